"""Held out. Year 7 digital footprint and social media: a textbook page photocopied and scanned on the school copier
to PDF (the page a slightly tilted greyscale picture with speckles, and the copier's invisible OCR text layer over
it, its blocks in the order the OCR found them: page number and running header first, then the margin notes, then
the title, the passage and the "In this section you will:" box, the teacher's stuck-on label last; words broken with
hyphens at the ends of lines; a reading passage with numbered markers whose numbered margin notes give the
meanings) and the teacher's Word "True or false? Correct the false ones!" sheet (a school header and motto footer,
name/form/date line, one "LO:", a four-column table of numbered statements, then a teacher copy of the answers
with the corrected statements after a page break)."""

from __future__ import annotations

import io
import random

from docx.enum.text import WD_BREAK
from fpdf.enums import TextMode
from PIL import Image, ImageDraw

from tests.corpus import formats as f

PAGE = (1240, 1754)  # A4 at 150 dpi
MM = 210 / PAGE[0]

# Each block: (x, y, size, bold, lines), in pixels on the scanned page. The passage wraps as the printed page did.
HEADER = (90, 60, 20, False, ["UNIT 2  LIVING ONLINE"])
PAGE_NUMBER = (1120, 1660, 22, False, ["37"])
TITLE = (90, 120, 44, True, ["2.3  Your digital footprint"])
AIMS = (90, 200, 22, False, [
    "In this section you will:",
    "•  find out what a digital footprint is",
    "•  learn the difference between an active and a passive",
    "    footprint",
    "•  think about how your footprint could affect your future",
])
PASSAGE = (90, 400, 23, False, [
    "Every time you go online you leave a trail behind you. Your",
    "digital footprint (1) is made up of everything you do on the inter-",
    "net: the sites you visit, the messages you send and the things",
    "you buy. Some of it you leave on purpose. When you post a photo,",
    "write a comment or like a video you are adding to your active",
    "digital footprint (2). Other data is collected about you quietly, in",
    "the background. Websites and apps record your searches, your",
    "location and how long you look at each post. This is your pas-",
    "sive digital footprint (3), and most people have no idea how big",
    "it is.",
    "",
    "Photos can give away more than you think. Many phones switch",
    "on geotagging (4) automatically, so anyone who sees the picture",
    "can work out where it was taken – even your street.",
    "",
    "Your footprint is very hard to remove. A post can be screen-",
    "shotted and shared in seconds, and copies may stay on servers",
    "long after you press delete. More and more colleges and em-",
    "ployers search for applicants online before they offer them a",
    "place or a job, so your online reputation (5) really matters.",
    "",
    "The good news is that you are in control of a lot of it. Check",
    "your privacy settings – the options that control who can see your",
    "posts and your profile – on every app you use, and think before",
    "you post. Avoid oversharing (giving away too much personal in-",
    "formation, such as your school, your address or your phone",
    "number). A positive footprint can even help you: a blog about",
    "your coding projects could impress a future employer.",
    "",
    "THINK ABOUT IT  If someone searched your name today, what",
    "would they find?",
])
NOTES = (900, 400, 19, False, [
    "(1) digital footprint",
    "the trail of data you",
    "leave behind whenever",
    "you use the internet",
    "",
    "(2) active digital",
    "footprint  data you",
    "share on purpose, such",
    "as posts, comments and",
    "photos",
    "",
    "(3) passive digital",
    "footprint  data col-",
    "lected about you with-",
    "out you knowing, such",
    "as your searches and",
    "location",
    "",
    "(4) geotagging  adding",
    "the location where a",
    "photo was taken to the",
    "photo or post",
    "",
    "(5) online reputation",
    "what other people think",
    "of you from what they",
    "find about you online",
])
LABEL = (700, 1420, 20, False, [
    "7C / 7D  –  read pp.36-37, highlight",
    "the 5 margin words, then do the",
    "True/False sheet.   Mr Doyle",
])
ORDER = [PAGE_NUMBER, HEADER, NOTES, TITLE, PASSAGE, AIMS, LABEL]  # as the copier's OCR read the page


def _page_picture() -> bytes:
    image = Image.new("L", PAGE, 246)
    draw = ImageDraw.Draw(image)
    draw.rectangle([80, 190, 860, 360], outline=90, width=3)  # the "In this section" box
    draw.line([880, 390, 880, 1240], fill=150, width=2)  # the margin rule
    draw.rectangle([685, 1405, 1160, 1510], fill=232, outline=120, width=2)  # the stuck-on label
    for x, y, size, bold, lines in ORDER:
        for index, line in enumerate(lines):
            draw.text((x, y + index * int(size * 1.45)), line, fill=25, font=f.font(size, bold=bold))
    rng = random.Random(37)
    for _ in range(2500):  # copier speckle
        px, py = rng.randrange(PAGE[0]), rng.randrange(PAGE[1])
        draw.point((px, py), fill=rng.randrange(60, 200))
    draw.rectangle([0, 0, 14, PAGE[1]], fill=70)  # the dark edge of the book's spine
    tilted = image.rotate(0.7, resample=Image.BICUBIC, fillcolor=246)
    out = io.BytesIO()
    tilted.save(out, "JPEG", quality=70)
    return out.getvalue()


def scanned_pdf() -> bytes:
    pdf = f.Pdf()
    pdf.set_producer("KONICA MINOLTA bizhub C458")
    pdf.set_creator("KONICA MINOLTA bizhub C458")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.image(io.BytesIO(_page_picture()), x=0, y=0, w=210, h=297)
    pdf.text_mode = TextMode.INVISIBLE
    for x, y, size, _bold, lines in ORDER:
        pdf.set_font(pdf.sans, "", size * 0.48)
        for index, line in enumerate(lines):
            if line:
                pdf.text((x) * MM, (y + index * int(size * 1.45) + size) * MM, pdf.typed(line))
    return pdf.output_bytes()


STATEMENTS = [
    ("Your digital footprint is only the things you post yourself.", "F",
     "Your digital footprint is all the data you leave behind when you use the internet, including data collected "
     "about you."),
    ("Comments, likes and photos you share are part of your active digital footprint.", "T", ""),
    ("A passive digital footprint is data collected about you without you knowing, like your searches and "
     "location.", "T", ""),
    ("Once you delete a post it has gone from the internet forever.", "F",
     "Other people may have screenshotted or shared it, and copies can stay on servers."),
    ("Geotagging means adding a hashtag to a photo.", "F",
     "Geotagging means adding the location where a photo was taken to the photo or post."),
    ("Colleges and employers sometimes look at applicants’ social media.", "T", ""),
    ("Oversharing means not posting enough about yourself.", "F",
     "Oversharing means giving away too much personal information online."),
    ("Privacy settings let you control who can see your posts and profile.", "T", ""),
    ("If your account is private, nobody can ever share what you post.", "F",
     "Your followers can still screenshot or share your posts."),
    ("A good online reputation can help you get a job or a place at college.", "T", ""),
]


def true_false_docx() -> bytes:
    document = f.new_docx(title="")
    document.core_properties.author = "J Doyle"
    section = document.sections[0]
    section.header.paragraphs[0].text = "St Aidan’s Catholic High School – Computing Department"
    section.footer.paragraphs[0].text = "Be Ready • Be Respectful • Be Safe"
    f.para(document, "Digital Footprints – True or False?", size=20, bold=True)
    f.para(document, "Name: ______________________   Form: ______   Date: ____________")
    f.para(document, "LO: I can explain how my digital footprint could affect my future.")
    f.para(document, "Read each statement. Write T or F. If it is false, **correct it** so that it is true. Use "
                     "the textbook page (p.37) to help you.")
    f.table(document, [["No.", "Statement", "T / F", "If it is false, correct it here"]]
            + [[str(number), text, "", ""] for number, (text, _answer, _fix) in enumerate(STATEMENTS, start=1)])
    f.para(document, "")
    f.para(document, "Finished? On the back, write three tips for a Year 6 pupil getting their first phone.")
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "ANSWERS – teacher copy (do not print for pupils)", bold=True)
    f.table(document, [["No.", "T / F", "Correct version"]]
            + [[str(number), answer, fix or "✓ (true as it is)"]
               for number, (_text, answer, fix) in enumerate(STATEMENTS, start=1)])
    return f.docx_bytes(document)


FILES = {
    "Scan_20251104_0937.pdf": scanned_pdf,
    "Y7 Digital Footprints True or False.docx": true_false_docx,
}
