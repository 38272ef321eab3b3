"""Held out. Year 8 lesson on photo editing in Photopea: the Google Slides deck printed with "1 slide with notes" and
saved as PDF (A4 portrait, each page a framed 16:9 slide in the top half – a title, a few words, a drawn picture or
a tool table – and the speaker notes in plain type under it, where most meanings are: layer, airbrushing and
composite image defined only in the notes; a "Real or fake?" starter answered in the notes, a "Big question" and "In
this lesson you are going to:" objectives, a "Tool | Shortcut | What it does" table, a slide whose only words are a
slogan while the notes give its key word, numbered task steps, an "OK or not OK?" plenary, an exit ticket answered
in the notes, a page number) and a Word sheet of key-word bookmarks to print and cut out (landscape, a 1x3 table of
dashed cells each holding the same bookmark: an emoji heading, "word – meaning" lines, one word found nowhere else,
a name line; after a page break the bookmarks' backs, a "☐" checklist repeated three times)."""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from tests.corpus import formats as f

# Each slide: title, the words on the slide, a drawn picture or a table, and the speaker notes.
PHOTOS = f.sketch_png([
    ("rect", (30, 60, 280, 380), "#9fd3ef"), ("ellipse", (110, 120, 200, 220), "#f2c7a5"),
    ("rect", (320, 60, 570, 380), "#9fd3ef"), ("line", (320, 300, 570, 300), "#e8d28a"),
    ("ellipse", (420, 250, 520, 320), "#7f7f7f"),
])
LAYERS = f.sketch_png([
    ("rect", (120, 60, 480, 200), "#f4b183"), ("rect", (150, 150, 510, 290), "#a9d18e"),
    ("rect", (180, 240, 540, 380), "#9dc3e6"),
])
SLIDES = [
    {"title": "Photo Editing with Photopea",
     "lines": ["Year 8 Digital Media  ·  Lesson 2 of 6", "Ms Daniels"],
     "notes": "Register. Laptops out – log in and open photopea.com in Chrome (no account needed). Remind them "
              "their images from last lesson are in the shared drive, Y8 > Digital Media > Images."},
    {"title": "Starter: Real or fake?",
     "lines": ["Which of these photos have been edited?", "How can you tell?"],
     "picture": PHOTOS,
     "notes": "Answer: both have been edited. A has been airbrushed. Airbrushing means editing a photo of a person "
              "to smooth their skin or change their shape so that they look \"perfect\". B is a composite image "
              "– one picture made by combining parts of two or more photos (the rock was never on that beach). "
              "Ask them to spot the clues: shadows going the wrong way, blurry edges, repeated patterns."},
    {"title": "Big question: should edited photos always come with a label?",
     "lines": ["In this lesson you are going to:",
               "• use layers to build up an image without damaging the original",
               "• use the selection, crop and clone stamp tools",
               "• explain how edited images can mislead people"],
     "notes": "Don't answer the big question yet – we come back to it in the plenary. Quick hands up: who has "
              "used a filter on Snapchat or Instagram this week?"},
    {"title": "Layers",
     "lines": ["Think of layers like sheets of tracing paper stacked on top of each other."],
     "picture": LAYERS,
     "notes": "Key word – get them to write it down: a layer is a separate level of an image that you can edit "
              "without changing the rest of the picture. The layer at the TOP of the Layers panel is at the "
              "front. Demo: hide the eye icon, drag a layer up and down."},
    {"title": "Tool time",
     "table": [["Tool", "Shortcut", "What it does"],
               ["Crop tool", "C", "Cuts away the edges of a picture that you do not want"],
               ["Lasso tool", "L", "Lets you draw round part of a picture to select just that part"],
               ["Clone stamp tool", "S", "Copies pixels from one part of the picture and paints them over "
                                         "another part – great for getting rid of spots, wires and seagulls"]],
     "notes": "Demo each tool on the big screen. Clone stamp: hold Alt and click to pick where to copy FROM, then "
              "paint. Common mistake – forgetting to select the right layer first."},
    {"title": "Opacity and filters",
     "lines": ["Opacity = how see-through a layer is. 100% is solid, 0% is invisible.",
               "Filter = an effect applied to a whole layer in one go, e.g. blur, sepia, sharpen.",
               "Find them: Layers panel (Opacity) and the Filter menu"],
     "notes": "Show the same photo with 100%, 50% and 10% opacity. Don't let them spend the whole lesson on "
              "filters!"},
    {"title": "Edit smart, not hard ☺",
     "lines": ["Duplicate your background layer FIRST!", "Ctrl + J"],
     "notes": "This is non-destructive editing – they need the phrase for the assessment. Explain it: making "
              "changes in a way that never changes the original pixels, so you can always go back. If they "
              "wreck the copy they just delete it and duplicate again."},
    {"title": "Task: fix the beach photo",
     "lines": ["1. Open beach.jpg from the shared drive", "2. Duplicate the background layer (Ctrl + J)",
               "3. Crop it so the horizon is a third of the way down",
               "4. Use the clone stamp to remove the seagull and the bin",
               "5. Add a new layer with a title in the sky – lower its opacity to 70%",
               "6. File > Export as > JPG and save it in your folder"],
     "notes": "20 minutes. Circulate. Extension for anyone who finishes: use the lasso to cut out a person and "
              "add them to the beach – a composite. Screenshot their Layers panel for their evidence slide."},
    {"title": "OK or not OK?",
     "lines": ["Show me: ✔ OK   ✘ Not OK   ? It depends",
               "1. Removing a spot from your school photo",
               "2. Making a model's waist thinner in a clothes advert",
               "3. Adding a shark to a news photo of a busy beach",
               "Now: should edited photos always come with a label?"],
     "notes": "Most classes say 1 is OK. 2 – some countries, e.g. Norway, now make adverts label photos that "
              "have been airbrushed. 3 is not OK in the news because it misleads people about what really "
              "happened. Back to the big question – take 2 or 3 answers."},
    {"title": "Exit ticket (on a sticky note)",
     "lines": ["1. What is a layer?", "2. Which tool would you use to remove a spot from a photo?",
               "3. Why should you duplicate the background layer before you start editing?"],
     "notes": "Answers: 1. A separate level of an image you can edit without changing the rest. 2. The clone "
              "stamp tool. 3. So the original is never changed and you can always go back (non-destructive "
              "editing). Stick them on the door on the way out."},
]


def slides_with_notes() -> bytes:
    pdf = f.Pdf(title="Photo editing L2")
    pdf.set_producer("Skia/PDF m120 Google Docs Renderer")
    pdf.set_auto_page_break(auto=False)
    left, top, width, height = 20.0, 18.0, 170.0, 95.625
    for number, slide in enumerate(SLIDES, start=1):
        pdf.add_page()
        pdf.set_draw_color(160, 160, 160)
        pdf.rect(left, top, width, height)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_xy(left + 8, top + 7)
        pdf.set_font(pdf.sans, "B", 20 if number > 1 else 26)
        pdf.multi_cell(width - 16, 9, pdf.typed(slide["title"]), new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y() + 3
        text_width = width - 16 if "picture" not in slide else 80
        for line in slide.get("lines", []):
            pdf.set_xy(left + 8, y)
            pdf.set_font(pdf.sans, "", 12)
            pdf.multi_cell(text_width, 6, pdf.typed(line), new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y() + 1.5
        if "picture" in slide:
            pdf.image(io.BytesIO(slide["picture"]), x=left + 92, y=top + 25, w=70)
        if "table" in slide:
            widths = [38, 22, 94]
            row_top = y
            for row_index, row in enumerate(slide["table"]):
                pdf.set_font(pdf.sans, "B" if row_index == 0 else "", 10)
                bottom = row_top
                for column, (cell, cell_width) in enumerate(zip(row, widths, strict=True)):
                    pdf.set_xy(left + 8 + sum(widths[:column]), row_top)
                    pdf.multi_cell(cell_width, 5.5, pdf.typed(cell), padding=1, new_x="LEFT", new_y="NEXT")
                    bottom = max(bottom, pdf.get_y())
                for column, cell_width in enumerate(widths):
                    pdf.rect(left + 8 + sum(widths[:column]), row_top, cell_width, bottom - row_top)
                row_top = bottom
        pdf.set_xy(left, top + height + 8)
        pdf.set_font(pdf.sans, "", 11)
        pdf.multi_cell(width, 6, pdf.typed(slide["notes"]), new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(0, 285)
        pdf.set_font(pdf.sans, "", 8)
        pdf.cell(200, 5, str(number), align="R")
    return pdf.output_bytes()


BOOKMARK = [
    "📷 PHOTO EDITING",
    "KEY WORDS",
    "Year 8 Digital Media",
    "",
    "**Layer** – a separate level of an image that you can edit without changing the rest of the picture",
    "**Opacity** – how see-through a layer is",
    "**Clone stamp** – copies pixels from one part of the picture and paints them over another part",
    "**Non-destructive editing** – editing in a way that never changes the original pixels",
    "**Layer mask** – hides parts of a layer without deleting them: paint black to hide, white to show",
    "",
    "Use me every lesson!",
    "Name: ………………………",
]
BACK = [
    "MY EDITING CHECKLIST",
    "☐ I duplicated the background layer",
    "☐ I named my layers",
    "☐ I checked my crop",
    "☐ I zoomed in to check the clone stamp",
    "☐ I exported as JPG AND saved the .psd",
    "",
    "Stuck? Ask 3 before me 🙋",
]


def _dashed(table) -> None:
    """Dashed cut lines round and between the bookmarks."""
    element = docx.oxml.OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideV"):
        line = docx.oxml.OxmlElement(f"w:{edge}")
        line.set(docx.oxml.ns.qn("w:val"), "dashed")
        line.set(docx.oxml.ns.qn("w:sz"), "6")
        line.set(docx.oxml.ns.qn("w:space"), "0")
        line.set(docx.oxml.ns.qn("w:color"), "808080")
        element.append(line)
    table._tbl.tblPr.append(element)


def _three_across(document, lines: list[str]) -> None:
    made = document.add_table(rows=1, cols=3)
    _dashed(made)
    for cell in made.rows[0].cells:
        cell.width = Cm(8.5)
        for index, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            heading = index < 2 or line.isupper()
            f.add_marked_runs(paragraph, f"**{line}**" if heading and line else line, size=14 if heading else 11)


def bookmarks() -> bytes:
    document = f.new_docx(title="Bookmarks")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.27)
    document.styles["Normal"].font.name = "Comic Sans MS"
    document.styles["Normal"].font.size = Pt(11)
    f.para(document, "Print double-sided (flip on short edge) on card, 1 sheet per 3 students. Cut along the "
                     "dashed lines. Laminate if you have time!", size=9)
    _three_across(document, BOOKMARK)
    document.add_page_break()
    _three_across(document, BACK)
    return f.docx_bytes(document)


FILES = {
    "Photo editing L2 (slides with notes).pdf": slides_with_notes,
    "Key word bookmarks - print 3 per page.docx": bookmarks,
}
