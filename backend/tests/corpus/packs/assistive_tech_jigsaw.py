"""Held out. Year 8 assistive technology as a jigsaw lesson: the teacher's PowerPoint (the objectives only in the
title slide's subtitle after "Today:", a "How the jigsaw works" slide of home and expert groups, a timer picture,
a feedback-grid slide table left empty for the board, an exit ticket answered in the notes) and the Word expert
sheets (a header, a name and group line, four "EXPERT SHEET A–D" parts after page breaks, each a reading with the
key words bold and a "Glossary" of dictionary-style "word (noun)  meaning" entries, the word bold, a "Teach your
home group" box of three questions)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f

OBJECTIVES = [
    "identify assistive technologies that help people with different needs use a computer",
    "explain how one assistive technology works",
    "evaluate how well technology includes everyone",
]
SHEETS = [
    ("EXPERT SHEET A – Seeing", "Maya is blind. She uses a **screen reader** to hear what is on the screen, and a "
     "**braille display** on her desk so she can read emails with her fingertips. Her brother has low vision and "
     "turns on a **screen magnifier** when the text is too small.",
     ["screen reader (noun)  software that reads out loud the text and buttons on the screen",
      "braille display (noun)  a device with small pins that pop up to make braille letters you can feel",
      "screen magnifier (noun)  a tool that makes part of the screen bigger, like a magnifying glass"]),
    ("EXPERT SHEET B – Moving", "After a car accident Tom cannot use a mouse or keyboard. He controls his laptop "
     "with **eye-gaze tracking**, and his friend Sam, who has cerebral palsy, presses one big **switch** with his "
     "head to choose letters as they light up.",
     ["eye-gaze tracking (noun)  a camera that follows where your eyes look so you can move the pointer with them",
      "switch (noun)  a large button that does one job, used instead of a keyboard or mouse"]),
    ("EXPERT SHEET C – Hearing and speaking", "Priya is deaf. She turns on **closed captions** to watch videos "
     "in lessons. Her grandad writes all his texts with **speech recognition** because his hands shake.",
     ["closed captions (noun)  the words spoken in a video shown as text on the screen, which you can turn on or "
      "off",
      "speech recognition (noun)  software that turns the words you say into text or commands"]),
    ("EXPERT SHEET D – The big picture", "All of these are examples of **assistive technology**. Good designers "
     "think about everyone from the start: this is called **inclusive design**. Around 1 in 5 people in the UK "
     "has a disability.",
     ["assistive technology (noun)  any device or software that helps a disabled person do something they would "
      "find hard or impossible",
      "inclusive design (noun)  designing products so that as many people as possible can use them"]),
]
TEACH = ["**Teach your home group**", "1. Who is the person on your sheet and what is hard for them?",
         "2. Which technology helps them and how does it work?", "3. Is there anything it still can’t do?"]


def expert_sheets() -> bytes:
    document = f.new_docx(title="Expert sheets")
    header = document.sections[0].header.paragraphs[0]
    header.text = "Y8 Computing – Technology for everyone – Jigsaw lesson        Mr Okafor"
    f.para(document, "Name: ______________________   Home group: ____   Expert group: ____")
    f.para(document, "Read your sheet with your expert group. Highlight anything you will need to teach.")
    for index, (heading, reading, glossary) in enumerate(SHEETS):
        if index:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        f.para(document, heading, bold=True, size=16)
        f.para(document, reading)
        f.para(document, "Glossary", bold=True)
        for entry in glossary:
            word, _, meaning = entry.partition(")  ")
            f.para(document, f"**{word})**  {meaning}", size=10)
        f.box(document, TEACH, fill="FFF2CC")
    return f.docx_bytes(document)


def deck() -> bytes:
    presentation = f.new_pptx(title="Assistive technology jigsaw")
    f.title_slide(presentation, "Technology for everyone",
                  "Today:\n" + "\n".join(f"- {o}" for o in OBJECTIVES))
    f.content_slide(presentation, "How the jigsaw works", [
        "Sit in your HOME group (4 people)", "Each person gets a letter A, B, C or D",
        "Move to your EXPERT group – read your sheet together (10 mins)",
        "Go back home and teach your group (2 mins each)", "Fill in the feedback grid as you listen"])
    slide = f.titled_slide(presentation, "Expert time – 10 minutes")
    f.picture(slide, f.sketch_png([("ellipse", (150, 80, 450, 380), "#ffffff"), ("line", (300, 230, 300, 120),
                                   "#c00000"), ("line", (300, 230, 380, 230), "#333333")]),
              left=3.5, top=2, width=3)
    slide = f.titled_slide(presentation, "Feedback grid")
    f.slide_table(slide, [["", "Who does it help?", "How does it work?", "Limits"],
                          ["A", "", "", ""], ["B", "", "", ""], ["C", "", "", ""], ["D", "", "", ""]],
                  left=0.5, top=1.8, width=9)
    f.content_slide(presentation, "Exit ticket", [
        "1. Name one assistive technology for someone who is blind.",
        "2. What is inclusive design?", "3. Why should games companies care about it?"],
        notes="1. screen reader / braille display  2. designing products so as many people as possible can use "
              "them  3. more players, fairer, the law")
    return f.pptx_bytes(presentation)


FILES = {
    "Assistive tech jigsaw.pptx": deck,
    "Expert sheets A-D.docx": expert_sheets,
}
