"""Held out. Year 8 copyright and Creative Commons: an Apple Keynote deck exported to PowerPoint (20 x 11.25 inch
slides, layouts and placeholders keeping Keynote's names, titles in placeholders but the rest in grouped text
boxes, key words as "What is X?" questions each answered "X is…" in the same group, "Learning goals", a Creative
Commons licence-icon grid, a "Can I use it?" scenario slide answered in the presenter notes) and a Word vocabulary
bingo card (a 3x3 grid of words, "BINGO!" rules, and after a page break the caller's clues written as "I am…"
riddles, numbered in calling order, each with its word in brackets)."""

from __future__ import annotations

import io

from docx.enum.text import WD_BREAK
from docx.shared import Pt
from pptx.util import Inches
from pptx.util import Pt as PptPt

from tests.corpus import formats as f

GOALS = [
    "Explain what copyright is and why it exists",
    "Describe the difference between copyright, Creative Commons and public domain",
    "Give credit correctly when using someone else's work",
]
# (question, answer): the answer always starts with the key word itself.
QANDA = [
    ("What is copyright?", "Copyright is the legal right that the creator of an original work has to control who "
     "copies, shares or changes it."),
    ("What is intellectual property?", "Intellectual property is something original that you have created with "
     "your mind, such as a song, a photo, a story, a logo or a computer program."),
    ("What is plagiarism?", "Plagiarism is copying someone else's work or ideas and pretending they are your own."),
    ("What is a licence?", "A licence is permission from the owner, often written down, that says how you are "
     "allowed to use their work."),
    ("What is Creative Commons?", "Creative Commons is a set of free licences that creators can put on their work "
     "so that other people can reuse it, as long as they follow the conditions."),
    ("What is the public domain?", "The public domain is all the work that nobody owns the copyright to any more, "
     "so anyone can use it for free."),
    ("What is attribution?", "Attribution is giving credit to the creator by saying who made the work and where "
     "you found it."),
    ("What is fair dealing?", "Fair dealing is a part of UK copyright law that lets you use small parts of a work "
     "without asking, for things like study, review or news reporting."),
    ("What does royalty-free mean?", "Royalty-free means you pay once (or nothing) to use something and do not "
     "have to pay the owner again every time you use it."),
]
CC_ICONS = [
    ("BY", "Give credit to the creator"),
    ("SA", "Share Alike: share your new work under the same licence"),
    ("NC", "Non-Commercial: don't make money from it"),
    ("ND", "No Derivatives: don't change it"),
]


def _keynote_deck(presentation) -> None:
    """Keynote writes its own layout and placeholder names into the .pptx it exports."""
    f.template_layout(presentation, 0, "Title & Subtitle", {0: "Title 1", 1: "Body 2"})
    f.template_layout(presentation, 1, "Title & Bullets", {0: "Title 1", 1: "Body Level One"})
    f.template_layout(presentation, 5, "Title - Top", {0: "Title 1"})
    f.template_layout(presentation, 6, "Blank", {})
    presentation.slide_width = Inches(20)
    presentation.slide_height = Inches(11.25)


def _group(slide, name: str, pieces: list[tuple[str, float, float, float, float, float, bool]]) -> None:
    """A Keynote group: free text boxes (text, left, top, width, height, size, bold) grouped together."""
    group = slide.shapes.add_group_shape()
    group.name = name
    for text, left, top, width, height, size, bold in pieces:
        box = group.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
        box.name = f"Text {len(group.shapes) + 40}"
        frame = box.text_frame
        frame.word_wrap = True
        for index, line in enumerate(text.splitlines()):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            run = paragraph.add_run()
            run.text = line
            run.font.size = PptPt(size)
            run.font.bold = bold or None
            run.font.name = "Avenir Next"


def deck() -> bytes:
    presentation = f.new_pptx(title="Copyright")
    presentation.core_properties.author = "Rachel Lindqvist"
    presentation.core_properties.last_modified_by = "Rachel Lindqvist"
    _keynote_deck(presentation)

    f.template_slide(presentation, 0, {0: ["Who owns it?"], 1: ["Copyright & Creative Commons  ·  Year 8  ·  Ms L"]})

    slide = f.template_slide(presentation, 5, {0: ["Starter"]},
                             notes="Take hands up. Most will say yes – just because it's on Google doesn't "
                                   "mean it's free.")
    _group(slide, "Group 7", [
        ("You find a great photo of a tiger on Google Images.", 1.5, 2.6, 17, 1.2, 40, False),
        ("Can you put it on the front of your project?\nCan you print it on a T-shirt and sell it?", 1.5, 4.2, 17,
         2.5, 36, True),
        ("Think – Pair – Share  (2 mins)", 1.5, 8.4, 10, 0.9, 28, False),
    ])

    f.template_slide(presentation, 1, {0: ["Learning goals"], 1: GOALS})

    for start in (0, 3, 6):
        slide = f.template_slide(presentation, 5, {0: ["Key questions"]})
        for row, (question, answer) in enumerate(QANDA[start:start + 3]):
            _group(slide, f"Group {12 + start + row}", [
                (question, 1.2, 2.4 + row * 2.8, 5.6, 1.2, 34, True),
                (answer, 7.2, 2.4 + row * 2.8, 11.6, 2.4, 28, False),
            ])

    slide = f.template_slide(presentation, 5, {0: ["Creative Commons licences"]},
                             notes="CC BY is the easiest to use. CC BY-NC-ND is the strictest. Point out the "
                                   "licence on the Wikimedia Commons page.")
    for index, (code, meaning) in enumerate(CC_ICONS):
        left = 1.2 + index * 4.6
        slide.shapes.add_picture(
            io.BytesIO(f.sketch_png([("ellipse", (40, 40, 260, 260), "#111111"),
                                                   ("ellipse", (90, 90, 210, 210), "#ffffff")],
                                                  width=300, height=300)),
            Inches(left + 0.9), Inches(2.4), width=Inches(2.2))
        _group(slide, f"Group {30 + index}", [(code, left, 4.9, 4, 0.9, 40, True),
                                              (meaning, left, 5.9, 4, 2, 24, False)])
    f.text_box(slide, "Find licences at creativecommons.org  |  search.creativecommons.org", left=1.2, top=9.6,
               width=16, height=0.8, size=22)

    slide = f.template_slide(presentation, 5, {0: ["Can I use it?"]},
                             notes="A – Yes, if you credit the photographer (CC BY).\n"
                                   "B – No. It's copyright and selling it isn't fair dealing.\n"
                                   "C – Yes – Beethoven died in 1827, so the music is in the public domain. But a "
                                   "modern RECORDING of it may still be copyright!\n"
                                   "D – Only if the licence isn't NC.")
    for index, text in enumerate([
            "A  A CC BY photo from Wikimedia Commons in your school presentation",
            "B  A Marvel poster printed on mugs you sell at the school fair",
            "C  Beethoven's Für Elise in your YouTube video",
            "D  A CC BY-NC drawing on a T-shirt you sell online"]):
        _group(slide, f"Group {40 + index}", [(text, 1.5, 2.4 + index * 1.9, 17, 1.5, 32, False)])

    slide = f.template_slide(presentation, 1, {0: ["How to give credit"], 1: [
        "Use TASL:",
        "  Title – what is it called?",
        "  Author – who made it?",
        "  Source – where did you find it? (link)",
        "  Licence – e.g. CC BY 4.0",
        "\u201cTiger\u201d by J. Smith, flickr.com/photos/…, CC BY 2.0"]})

    f.template_slide(presentation, 1, {0: ["Task"], 1: [
        "Make a 3-slide presentation about your favourite animal",
        "Only use images with a Creative Commons licence",
        "Credit EVERY image using TASL on your last slide",
        "Extension: which licence would you put on your own work? Why?"]})

    f.template_slide(presentation, 0, {0: ["Vocab bingo!"], 1: ["Get your bingo card out – pens ready"]})
    return f.pptx_bytes(presentation)


CARD = [
    ["PLAGIARISM", "LICENCE", "PUBLIC DOMAIN"],
    ["ATTRIBUTION", "COPYRIGHT", "FAIR DEALING"],
    ["ROYALTY-FREE", "CREATIVE COMMONS", "INTELLECTUAL PROPERTY"],
]
CLUES = [
    ("I am the legal right a creator has to say who can copy, share or change their original work.", "copyright"),
    ("I am what you have to do when you say who made a picture and where you found it.", "attribution"),
    ("I am copying someone's work and passing it off as your own. Teachers hate me!", "plagiarism"),
    ("I am where work goes when nobody owns the copyright any more. Shakespeare lives here.", "public domain"),
    ("I am a set of free licences so people can reuse your work if they follow the rules.", "Creative Commons"),
    ("I am written permission from the owner saying how you can use their work.", "licence"),
    ("I am the part of UK law that lets you use a small bit of a work for study, review or the news.",
     "fair dealing"),
    ("I am anything original you create with your mind – a song, a logo, even a program.",
     "intellectual property"),
    ("I mean you pay once, or nothing, and never pay the owner again each time you use it.", "royalty-free"),
]


def bingo() -> bytes:
    document = f.new_docx(title="Vocab bingo")
    document.core_properties.author = "Rachel Lindqvist"
    document.styles["Normal"].font.name = "Comic Sans MS"
    f.para(document, "VOCAB BINGO – Copyright & Creative Commons", bold=True, size=20)
    f.para(document, "Name: ______________________     8L__")
    f.para(document, "Ms L will read out a clue. If the answer is on your card, cross it out. Three in a row = "
                     "shout BINGO! Full house = a merit.")
    made = document.add_table(rows=3, cols=3)
    made.style = "Table Grid"
    for row, words in zip(made.rows, CARD, strict=True):
        row.height = Pt(90)
        for cell, word in zip(row.cells, words, strict=True):
            f.add_marked_runs(cell.paragraphs[0], f"**{word}**", size=16)
    f.para(document, "")
    f.para(document, "Ms L's card – do not print double-sided!", size=8)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "Caller's clues (read in this order, tick as you go)", bold=True, size=14)
    for number, (clue, word) in enumerate(CLUES, start=1):
        f.para(document, f"{number}.  {clue}  ({word})")
    f.para(document, "")
    f.para(document, "Winner(s): ______________________________")
    return f.docx_bytes(document)


FILES = {
    "Copyright - who owns it.pptx": deck,
    "Vocab bingo - copyright.docx": bingo,
}
