"""Held out. Year 9 computers and the law: a deck drawn like SmartArt by hand, every term in a coloured rounded
rectangle (an auto shape, not a text box) joined by arrows to a callout holding its definition; WALT/WILF instead
of objectives, a "Do Now" of five retrieval questions from earlier lessons with an answers slide, and an "Exit
ticket". With a Word case-study sheet left titled "Document1", the school in its header and a teacher's comment."""

from __future__ import annotations

import datetime as dt

from tests.corpus import formats as f

NAVY, TEAL, PLUM, AMBER = "1F3B73", "1B7F79", "7A3E8E", "C55A11"
CALLOUT = {"kind": "RECTANGULAR_CALLOUT", "fill": "FFF2CC", "color": "222222", "size": 13}
DO_NOW = """1. What is the digital divide?
2. Give one way that computers harm the environment.
3. What is e-waste?
4. Give one example of personal data.
5. What does ‘hacking’ mean?"""
DO_NOW_ANSWERS = """1. The gap between people who have computers and the internet and people who do not
2. They use a lot of electricity / old devices end up in landfill
3. Old electronic devices that are thrown away
4. Your name, address or date of birth (any one)
5. Getting into a computer system without permission"""
LAWS = [
    ("Computer Misuse Act 1990", NAVY,
     "Makes it illegal to access or change a computer system or its data without permission"),
    ("Data Protection Act 2018", TEAL,
     "Controls how organisations collect, store and use people’s personal data"),
    ("Copyright, Designs and Patents Act 1988", PLUM,
     "Protects people’s creative work (music, films, software, images) from being copied without permission"),
]
OFFENCES = [
    "1. Unauthorised access to computer material",
    "2. Unauthorised access with intent to commit a further crime",
    "3. Unauthorised modification of computer material",
]
DPA_RULES = ["Used fairly and lawfully", "Only used for the stated purpose", "Accurate and up to date",
             "Kept no longer than needed", "Kept secure"]
COPYRIGHT = [
    ("Copyright", "The legal right of the person who made a work to control how it is copied and shared"),
    ("Plagiarism", "Copying someone else’s work and passing it off as your own"),
    ("Software piracy", "Illegally copying, sharing or selling software"),
]


def _do_now(deck) -> None:
    questions = f.titled_slide(deck, "Do Now")
    f.shape_box(questions, DO_NOW, left=0.8, top=1.6, width=8.4, height=3.6, fill="DEEBF7", color="1F3B73",
                size=22)
    f.text_box(questions, "5 minutes · in silence · write the answers in your book", left=0.8, top=5.6, width=8.4,
               size=16)
    answers = f.titled_slide(deck, "Do Now – check your answers")
    f.shape_box(answers, DO_NOW_ANSWERS, left=0.5, top=1.6, width=9, height=4, fill="E2F0D9", color="222222",
                size=18)


def _walt_wilf(deck) -> None:
    slide = f.titled_slide(deck, "WALT / WILF")
    f.shape_box(slide, "WALT", left=0.5, top=1.7, width=1.6, height=1.4, fill=NAVY, size=24, bold=True)
    f.shape_box(slide, "We Are Learning To…\nunderstand the laws that control how computers and data are used",
                left=2.3, top=1.7, width=7.2, height=1.4, fill="DEEBF7", color="222222", size=18)
    f.shape_box(slide, "WILF", left=0.5, top=3.6, width=1.6, height=2.2, fill=AMBER, size=24, bold=True)
    f.shape_box(slide, "What I’m Looking For…\n• name the three main laws about computers\n"
                       "• describe what each law makes illegal\n• decide which law has been broken in a real case",
                left=2.3, top=3.6, width=7.2, height=2.2, fill="FBE5D6", color="222222", size=18)


def _three_laws(deck) -> None:
    slide = f.titled_slide(deck, "Three laws you need to know")
    for index, (law, colour, meaning) in enumerate(LAWS):
        left = 0.3 + index * 3.2
        f.shape_box(slide, law, left=left, top=1.6, width=3, height=1.1, fill=colour, bold=True)
        f.arrow(slide, start=(left + 1.5, 2.7), end=(left + 1.5, 3.5))
        f.shape_box(slide, meaning, left=left, top=3.6, width=3, height=2, **CALLOUT)


def _misuse_act(deck) -> None:
    slide = f.titled_slide(deck, "Computer Misuse Act: three offences")
    for index, offence in enumerate(OFFENCES):
        left = 0.3 + index * 3.3
        f.shape_box(slide, offence, left=left, top=2.4, width=2.8, height=1.6, fill=NAVY, size=15)
        if index:
            f.arrow(slide, start=(left - 0.5, 3.2), end=(left, 3.2))
    f.shape_box(slide, "Hacking – getting into a computer system or its data without permission", left=1.5,
                top=4.6, width=7, height=1, **CALLOUT)
    f.text_box(slide, "Each offence is more serious than the one before and carries a longer prison sentence",
               left=0.5, top=6, width=9, size=14)


def _data_protection(deck) -> None:
    slide = f.titled_slide(deck, "Data Protection Act 2018")
    boxes = [
        ("Data subject", "The person the data is about"),
        ("Personal data", "Information about a living person who can be identified from it, e.g. name, address, "
                          "date of birth"),
        ("Data controller", "The organisation that collects the data and decides how it is used"),
    ]
    for index, (term, meaning) in enumerate(boxes):
        left = 0.3 + index * 3.3
        f.shape_box(slide, term, left=left, top=1.5, width=2.8, height=0.9, fill=TEAL, bold=True)
        f.shape_box(slide, meaning, left=left, top=2.8, width=2.8, height=1.5, **CALLOUT)
        if index:
            f.arrow(slide, start=(left - 0.5, 1.95), end=(left, 1.95))
    f.text_box(slide, "Personal data must be…", left=0.3, top=4.6, width=5, size=16, bold=True)
    for index, rule in enumerate(DPA_RULES):
        f.shape_box(slide, rule, left=0.3 + index * 1.9, top=5.2, width=1.8, height=1.2, fill="9DC3E6",
                    color="222222", size=12)


def _copyright(deck) -> None:
    slide = f.titled_slide(deck, "Copyright, Designs and Patents Act 1988")
    for index, (term, meaning) in enumerate(COPYRIGHT):
        top = 1.6 + index * 1.8
        f.shape_box(slide, term, left=0.5, top=top, width=2.6, height=1.1, fill=PLUM, bold=True)
        f.arrow(slide, start=(3.1, top + 0.55), end=(4, top + 0.55))
        f.shape_box(slide, meaning, left=4.1, top=top, width=5.4, height=1.1, **CALLOUT)


def slides() -> bytes:
    deck = f.new_pptx()
    f.title_slide(deck, "Computers and the Law", "Year 9 · Ethics & Law · Lesson 4 of 6")
    _do_now(deck)
    _walt_wilf(deck)
    _three_laws(deck)
    _misuse_act(deck)
    _data_protection(deck)
    _copyright(deck)
    f.content_slide(deck, "Case studies", [
        "Use the case studies sheet. For each case, decide which law has been broken and why.",
        "Work with the person next to you (seating plan on the board).",
        "Extension: should the punishment for hacking be tougher? Argue both sides.",
        "Stick the sheet in your book when you have finished.",
    ])
    ticket = f.titled_slide(deck, "Exit ticket")
    f.shape_box(ticket, "On your sticky note:\nName the law that makes hacking illegal, and give one rule the Data "
                        "Protection Act sets for personal data.\nStick it on the door as you leave.",
                left=1, top=1.8, width=8, height=3.4, fill=AMBER, size=22)
    ticket.notes_slide.notes_text_frame.text = ("Answers: Computer Misuse Act. Any DPA rule, e.g. kept secure, "
                                                "accurate, only used for the stated purpose.")
    return f.pptx_bytes(deck)


CASES = [
    ("Case A", "Liam guesses his teacher’s password, logs in as her and changes his own test marks."),
    ("Case B", "A gym sells its members’ names, phone numbers and addresses to a double-glazing company without "
               "asking them."),
    ("Case C", "Priya downloads a new film from a free website and shares the file with her friends."),
    ("Case D", "Tom copies a paragraph from a website into his homework and says he wrote it himself."),
    ("Case E", "A hacker gets into a bank’s computer system so that he can move money into his own account."),
]


def case_studies() -> bytes:
    document = f.new_docx(title="Document1")
    document.core_properties.author = "KHa"
    section = document.sections[0]
    section.header.paragraphs[0].text = "St Aidan’s C of E High School  |  Computing  |  Year 9"
    section.footer.paragraphs[0].text = "© St Aidan’s Computing Department 2024 – do not share outside school"
    f.para(document, "Ethics & Law L4 – Case studies", size=14, bold=True)
    instruction = f.para(document, "Read each case. Decide which law has been broken and explain why.")
    comment = document.add_comment(instruction.runs, text="KHa: add a DPA case for 9X2?", author="K Hall",
                                   initials="KHa")
    # python-docx stamps a new comment with the time it was made: fixed, so the file is the same every run.
    comment._comment_elm.date = dt.datetime(*f.FIXED_TIME, tzinfo=dt.UTC)
    for label, text in CASES:
        f.para(document, f"**{label}:** {text}")
    f.para(document, "")
    f.table(document, [["Case", "Law broken", "Why?"]] + [[label, "", ""] for label, _ in CASES])
    f.para(document, "")
    f.para(document, "Extension: Should the punishment for hacking be tougher? Write one paragraph for and one "
                     "against.")
    f.para(document, "Homework: find a news story about a data breach and bring it next lesson (KHa 14/11).")
    return f.docx_bytes(document)


FILES = {
    "Y9 Computers and the Law L4.pptx": slides,
    "Law case studies.docx": case_studies,
}
