"""Held out. Year 8 animation: a PowerPoint deck in sections whose "Key words" slide is a menu of hyperlinked
buttons, each jumping to a hidden slide for its word at the back of the deck with a "Back to key words" button,
Bronze/Silver/Gold objectives, a "Many pupils think… but actually…" misconceptions slide; and "I have… Who has…"
loop cards printed to PDF, each clue the meaning of the word on another card."""

from __future__ import annotations

from lxml import etree
from pptx.util import Inches
from pptx.util import Pt as PptPt

from tests.corpus import formats as f

WORDS = [
    ("Frame", "One single still picture in an animation.",
     "A 10-second clip at 12 fps is made of 120 frames."),
    ("Frame rate", "How many frames are shown every second. It is measured in frames per second (fps).",
     "Films are usually 24 fps; a flipbook is about 12 fps."),
    ("Persistence of vision", "Your eye keeps an image for a split second after it has gone, so quick still "
     "pictures blur together into movement.", "It's why a flipbook looks like it's moving!"),
    ("Keyframe", "An important frame where something starts or stops changing, such as the start and end of a jump.",
     "Frame 1: ball on the ground. Frame 12: ball at the top."),
    ("Tweening", "The computer works out and draws the frames in between two keyframes for you.",
     "Short for “in-betweening”."),
    ("Onion skinning", "Showing the frame before (and after) faintly, so you can line up the next drawing.",
     "Tick “Onion skin” in Pivot Animator."),
    ("Stop motion", "Animation made by photographing real objects, moving them a tiny bit between each photo.",
     "Wallace and Gromit, Shaun the Sheep"),
    ("Timeline", "The strip along the bottom of the software that shows all your frames in order.",
     "Drag frames on the timeline to change the order."),
]
OBJECTIVES = [
    "🥉 Bronze: Describe what a frame and frame rate are",
    "🥈 Silver: Explain how persistence of vision makes still pictures look like they move",
    "🥇 Gold: Use keyframes, tweening and onion skinning to create a smooth animation",
]
MISCONCEPTIONS = [
    ("Many pupils think… animation is just for cartoons.",
     "…but actually animation is used in adverts, games, websites, weather maps and even science lessons."),
    ("Many pupils think… more frames always makes it better.",
     "…but actually it is the frame rate that matters: 100 frames at 2 fps still looks jerky."),
    ("Many pupils think… tweening means you don't need keyframes.",
     "…but actually the computer can only tween BETWEEN two keyframes that you have made."),
]


def _link(shape, target) -> None:
    shape.click_action.target_slide = target


def _button(slide, text: str, *, left: float, top: float, width: float = 2.1, height: float = 0.8,
            fill: str = "7030A0", size: float = 18):
    shape = slide.shapes.add_shape(f.MSO_SHAPE.ROUNDED_RECTANGLE, Inches(left), Inches(top), Inches(width),
                                   Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = f.RGBColor.from_string(fill)
    run = shape.text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = PptPt(size)
    run.font.bold = True
    run.font.color.rgb = f.RGBColor.from_string("FFFFFF")
    return shape


def _sections(presentation, sections: list[tuple[str, list]]) -> None:
    """PowerPoint's sections: a <p14:sectionLst> in the presentation's extension list, listing slide ids."""
    p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    p14 = "http://schemas.microsoft.com/office/powerpoint/2010/main"
    root = presentation.part._element
    ext_list = root.find(f"{{{p}}}extLst")
    if ext_list is None:
        ext_list = etree.SubElement(root, f"{{{p}}}extLst")
    ext = etree.SubElement(ext_list, f"{{{p}}}ext", uri="{521415D9-36F7-43E2-AB2F-B90AF26B5E84}")
    section_list = etree.SubElement(ext, f"{{{p14}}}sectionLst", nsmap={"p14": p14})
    for number, (name, slides) in enumerate(sections, start=1):
        section = etree.SubElement(section_list, f"{{{p14}}}section", name=name,
                                   id=f"{{6A1F3C2B-0000-4000-8000-00000000000{number}}}")
        ids = etree.SubElement(section, f"{{{p14}}}sldIdLst")
        for slide in slides:
            etree.SubElement(ids, f"{{{p14}}}sldId", id=str(slide.slide_id))


def deck() -> bytes:
    presentation = f.new_pptx(title="Animation L1")
    presentation.core_properties.author = "H Okafor"
    title = f.title_slide(presentation, "Animation: bringing pictures to life",
                          "Year 8 Computing • Unit 4 • Lesson 1 of 5\nMiss Okafor")
    starter = f.titled_slide(presentation, "Starter – how does a flipbook work?")
    f.picture(starter, f.sketch_png([("rect", (120, 80, 480, 380), "#fff2cc"), ("ellipse", (230, 150, 330, 250),
                                     "#ed7d31"), ("line", (130, 300, 470, 300), "#7f7f7f")]),
              left=0.6, top=1.6, width=4)
    f.text_box(starter, "Flick through the flipbook on your table.\n\n1. What do you notice about each page?\n"
               "2. Why does it look like it is moving?\n3. What happens if you flick it slowly?",
               left=5, top=1.7, width=4.5, height=3.5, size=20)
    starter.notes_slide.notes_text_frame.text = (
        "Answers: each page is slightly different; our eyes/brain blend the pictures together; slowly it looks "
        "jerky, you see separate pictures. Don't give away 'persistence of vision' yet!")
    objectives = f.content_slide(presentation, "Learning objectives", OBJECTIVES)
    menu = f.titled_slide(presentation, "Key words – click a word to find out more")
    buttons = []
    for index, (word, _meaning, _example) in enumerate(WORDS):
        buttons.append(_button(menu, word, left=0.5 + (index % 4) * 2.3, top=2 + (index // 4) * 1.5))
    f.text_box(menu, "Copy each word and its meaning into your book before you click the next one.",
               left=0.5, top=5.5, width=9, height=0.6, size=14)
    misconceptions = f.titled_slide(presentation, "Misconceptions ⚠")
    for index, (think, actually) in enumerate(MISCONCEPTIONS):
        f.shape_box(misconceptions, think, left=0.4, top=1.6 + index * 1.7, width=4.2, height=1.4,
                    kind="RECTANGULAR_CALLOUT", fill="F4B183", color="000000", size=15)
        f.shape_box(misconceptions, actually, left=5.0, top=1.6 + index * 1.7, width=4.6, height=1.4,
                    fill="A9D18E", color="000000", size=15)
    task = f.content_slide(presentation, "Task: bouncing ball in Pivot Animator", [
        "Open Pivot Animator from the Start menu",
        "Draw the ball on the floor – this is your first keyframe",
        "Add a frame and move the ball up a little (turn onion skin on!)",
        "Keep going until the ball reaches the top, then bring it back down",
        "Set the frame rate to 12 fps and press Play",
        "Extension: squash the ball when it hits the floor",
        "Save as Y8_Animation_YourName.piv in your Computing folder",
    ])
    plenary = f.content_slide(presentation, "Plenary – exit ticket", [
        "1. What is a frame?",
        "2. Your animation looks jerky. What could you change?",
        "3. What does tweening do?",
    ], notes="1. One single still picture in an animation. 2. Increase the frame rate / add more frames with "
             "smaller changes. 3. The computer draws the frames in between two keyframes.")
    word_slides = []
    for word, meaning, example in WORDS:
        slide = f.titled_slide(presentation, word.upper())
        slide._element.set("show", "0")  # hidden: only reached from the key-word menu
        f.shape_box(slide, meaning, left=0.7, top=1.7, width=8.6, height=2,
                    kind="ROUNDED_RECTANGULAR_CALLOUT", fill="E2D5F0", color="000000", size=26)
        f.text_box(slide, f"Example: {example}", left=0.7, top=4.1, width=8.6, height=0.8, size=18)
        back = _button(slide, "⟵ Back to key words", left=6.6, top=6.3, width=3, height=0.7, fill="404040",
                       size=14)
        _link(back, menu)
        word_slides.append(slide)
    for button, slide in zip(buttons, word_slides, strict=True):
        _link(button, slide)
    _sections(presentation, [
        ("Starter", [title, starter, objectives]),
        ("Key words", [menu, misconceptions]),
        ("Make it", [task]),
        ("Plenary", [plenary]),
        ("Key word slides (hidden)", word_slides),
    ])
    return f.pptx_bytes(presentation)


# "I have… Who has…": each card's clue is the meaning of the word on the next card; the last loops to the first.
CARDS = [
    ("FRAME RATE", "the name for one single still picture in an animation?"),
    ("FRAME", "the name for the strip that shows all your frames in order?"),
    ("TIMELINE", "the name for animation made by photographing real objects and moving them a tiny bit each time?"),
    ("STOP MOTION", "the important frames where something starts or stops changing?"),
    ("KEYFRAMES", "the word for the computer drawing the frames in between two keyframes?"),
    ("TWEENING", "the tool that shows the frame before faintly so you can line up your drawing?"),
    ("ONION SKINNING", "the reason still pictures shown quickly blur together into movement?"),
    ("PERSISTENCE OF VISION", "how many frames are shown every second (measured in fps)?"),
]


def loop_cards() -> bytes:
    pdf = f.Pdf(title="I have who has - animation")
    pdf.add_page()
    pdf.line_of("I have… Who has…?   Animation key words", size=16, bold=True, height=9)
    pdf.line_of("Teacher: print on card, cut along the dashed lines and give one card to each pupil (or pairs). "
                "The pupil with the ★ card starts by reading out their “Who has…”. Time the class – can you beat "
                "2 minutes?", size=9, height=5)
    width, height, top = 92, 52, 36
    pdf.set_dash_pattern(dash=1.5, gap=1.5)
    for index, (have, who) in enumerate(CARDS):
        x = 10 + (index % 2) * (width + 6)
        y = top + (index // 2) * (height + 6)
        pdf.rect(x, y, width, height)
        pdf.set_xy(x + 4, y + 4)
        pdf.set_font(pdf.sans, "", 10)
        pdf.cell(width - 8, 5, pdf.typed("I have…" + ("   ★" if index == 0 else "")))
        pdf.set_xy(x + 4, y + 12)
        pdf.set_font(pdf.sans, "B", 16)
        pdf.cell(width - 8, 9, pdf.typed(have), align="C")
        pdf.set_xy(x + 4, y + 26)
        pdf.set_font(pdf.sans, "", 10)
        pdf.cell(width - 8, 5, pdf.typed("Who has…"))
        pdf.set_xy(x + 4, y + 32)
        pdf.set_font(pdf.sans, "", 11)
        pdf.multi_cell(width - 8, 5.5, pdf.typed(who), align="L")
    pdf.set_dash_pattern()
    pdf.set_auto_page_break(auto=False)
    pdf.set_xy(10, 282)
    pdf.set_font(pdf.sans, "", 7)
    pdf.cell(0, 4, pdf.typed("Y8 Animation – Miss Okafor – Computing Dept"), align="R")
    return pdf.output_bytes()


FILES = {
    "Y8 Animation L1 - frames and flipbooks.pptx": deck,
    "I have who has - animation keywords.pdf": loop_cards,
}
