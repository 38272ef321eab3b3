"""Held out. Year 10 GCSE social engineering: two pages of the exam board's specification printed to PDF (a running
header with the board, code and version, a section heading bar, "Content | Additional information" tables over
four sub-sections of which only one is the lesson's, the definitions only in the right-hand column, the spec's
website line and page numbers 35 and 36 as the footer) and the department's landscape Word scheme of work for the
three lessons (a header and a version footer, a details table, an "Intent" paragraph defining one word, a seven-column
lesson table whose cells hold "LO1" objective lines copied from the spec, vocabulary as a comma list with meanings
in brackets, activities defining two more words in passing, a misconceptions box, and an appendix table of the
third lesson's Do Now questions with the answers)."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Mm, Pt
from fpdf.fonts import FontFace

from tests.corpus import formats as f

SPEC_HEADER = "AQA GCSE Computer Science 8525. GCSE exams June 2022 onwards. Version 1.2 10 March 2023"
SPEC_FOOTER = (
    "Visit aqa.org.uk/8525 for the most up-to-date specification, resources, support and administration"
)
THREATS = [
    (
        "Be able to explain the following cyber security threats:\n• social engineering techniques\n• malicious "
        "code (malware)\n• pharming\n• weak and default passwords\n• misconfigured access rights\n• removable media\n"
        "• unpatched and/or outdated software.",
        "Students should be able to describe how each threat could be used to attack an organisation's network.",
    ),
]
SOCIAL = [
    (
        "Define the term social engineering.",
        "Social engineering is the art of manipulating people so they give up confidential information.",
    ),
    (
        "Describe what social engineering is and how it can be protected against.",
        "Students should be aware that people are often the weak point in secure systems.",
    ),
    (
        "Explain the following forms of social engineering:\n• blagging (pretexting)\n• phishing\n• shouldering "
        "(or shoulder surfing).",
        "Blagging is the act of creating and using an invented scenario to engage a targeted victim in a manner that "
        "increases the chance the victim will divulge information or perform actions that would be unlikely in "
        "ordinary circumstances.\n\nPhishing is a technique of fraudulently obtaining private information, often "
        "using email or SMS.\n\nShouldering is observing a person's private information over their shoulder eg "
        "cashpoint machine PIN numbers.",
    ),
]
MALWARE = [
    ("Define the term 'malware'.", ""),
    ("Describe what malware is and how it can be protected against.", ""),
    (
        "Describe the following forms of malware:\n• computer virus\n• trojan\n• spyware.",
        "Knowledge of specific named examples of malware is not required.",
    ),
]
DETECT = [
    (
        "Understand the following security measures:\n• biometric measures (particularly for mobile devices)\n"
        "• password systems\n• CAPTCHA (or similar)\n• using email confirmations to confirm a user's identity\n"
        "• automatic software updates.",
        "Students should be able to explain, with examples, how each measure helps to keep a network secure.",
    ),
]


def _spec_page(pdf: f.Pdf, number: int) -> None:
    pdf.add_page()
    pdf.set_text_color(90, 90, 90)
    pdf.set_font(pdf.sans, "", 7)
    pdf.cell(0, 5, pdf.typed(SPEC_HEADER), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    # The footer is drawn at once: the spec's pages are laid out by hand, not flowed.
    pdf.set_auto_page_break(auto=False)
    pdf.set_xy(10, 283)
    pdf.set_font(pdf.sans, "", 7)
    pdf.cell(170, 5, pdf.typed(SPEC_FOOTER))
    pdf.set_font(pdf.sans, "B", 9)
    pdf.cell(20, 5, str(number), align="R")
    pdf.set_xy(10, 22)
    pdf.set_auto_page_break(auto=True, margin=18)


def _spec_table(pdf: f.Pdf, heading: str, rows: list[tuple[str, str]]) -> None:
    pdf.set_font(pdf.sans, "B", 11)
    pdf.set_text_color(92, 42, 134)
    pdf.multi_cell(0, 7, pdf.typed(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font(pdf.sans, "", 9)
    style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(92, 42, 134))
    with pdf.table(
        col_widths=(90, 100), headings_style=style, line_height=4.6, text_align="LEFT", padding=2
    ) as made:
        made.row(["Content", "Additional information"])
        for content, extra in rows:
            made.row([pdf.typed(content), pdf.typed(extra)])
    pdf.ln(5)


def specification() -> bytes:
    pdf = f.Pdf(title="GCSE Computer Science specification")
    pdf.set_producer("Adobe PDF Library 17.0")
    pdf.set_creator("Adobe InDesign 18.2 (Windows)")
    _spec_page(pdf, 35)
    _spec_table(pdf, "3.6.1.1 Cyber security threats (continued)", THREATS)
    _spec_table(pdf, "3.6.1.2 Social engineering", SOCIAL)
    _spec_page(pdf, 36)
    _spec_table(pdf, "3.6.1.3 Malicious code (malware)", MALWARE)
    pdf.set_font(pdf.sans, "B", 13)
    pdf.set_fill_color(92, 42, 134)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(
        0,
        9,
        " 3.6.2 Methods to detect and prevent cyber security threats",
        fill=True,
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    _spec_table(pdf, "3.6.2.1 Methods to detect and prevent cyber security threats", DETECT)
    return pdf.output_bytes()


DETAILS = [
    [
        "**Year group:** 10",
        "**Exam board:** AQA 8525",
        "**Unit:** 3.6 Cyber security",
        "**No. of lessons:** 3",
    ],
    [
        "**Author:** Mr J Okafor",
        "**Term:** Spring 1",
        "**Spec ref:** 3.6.1.2",
        "**Homework:** Seneca 3.6.1.2",
    ],
]
INTENT = (
    "Pupils have already met the threats in 3.6.1.1 from the point of view of the machine. This mini-unit turns "
    "to the people. Most successful attacks on organisations start with a person, not a computer, so pupils "
    "should leave able to spot an attack and explain how to stop one. The aim is for every pupil to become "
    "part of a **human firewall** – people who are trained to spot and report social engineering attempts "
    "instead of falling for them."
)
LESSONS = [
    [
        "**Lesson**",
        "**Spec ref**",
        "**Learning objectives**",
        "**Key vocabulary**",
        "**Activities**",
        "**Resources**",
        "**Assessment**",
    ],
    [
        "L1\nWhat is social engineering?",
        "3.6.1.2",
        "LO1 Define the term social engineering\nLO2 Describe what social engineering is and how it can be protected "
        "against\nLO3 Explain why people are often the weak point in a secure system",
        "social engineering, human firewall, confidential information",
        "Starter: 'Would you hand it over?' – show of hands on what pupils would tell a stranger.\nMain: case study "
        "of the 2020 Twitter hack (staff phoned by 'IT support'). Pairs sort attack cards into 'attacks the machine' "
        "and 'attacks the person'.\nPlenary: hinge question on slide 11.",
        "L1 slides\nCase study sheet\nAttack cards (print 1 per pair)",
        "Hinge question\nExit ticket",
    ],
    [
        "L2\nBlagging, phishing and shouldering",
        "3.6.1.2",
        "LO1 Explain the following forms of social engineering: blagging (pretexting), phishing and shouldering "
        "(shoulder surfing)\nLO2 Identify the signs of a phishing email or text message\nLO3 Describe how vishing and "
        "smishing are forms of phishing",
        "blagging / pretexting, phishing, spear phishing (phishing aimed at one named person, using details about "
        "them), vishing (phishing by phone call), smishing (phishing by SMS text message), shouldering / shoulder "
        "surfing",
        "Starter: recap L1 on mini whiteboards.\nMain 1: blagging role-play – pairs read the 'help desk' phone "
        "scripts; the caller tries to get a password.\nMain 2: 'Spot the phish' – 8 emails and texts, highlight the "
        "clues (urgency, odd sender, links).\nMain 3: shouldering demo with a PIN pad on the visualiser.",
        "L2 slides\nRole-play scripts\nSpot the phish pack",
        "Spot the phish answers marked in green pen",
    ],
    [
        "L3\nProtecting people against social engineering",
        "3.6.1.2\n3.6.2.1",
        "LO1 Describe how an organisation can protect itself against social engineering\nLO2 Evaluate how well staff "
        "training protects against each form of social engineering\nLO3 Answer a 6-mark 'Explain' exam question on "
        "social engineering",
        "staff training, network policy, two-factor authentication, tailgating, baiting",
        "Do Now: retrieval quiz (appendix).\nMain: 'Also good to know (not on spec)' slide – tailgating is following "
        "an authorised person through a secure door without using your own pass; baiting is leaving an infected USB "
        "stick where a curious person will find it and plug it in. Groups write a one-page staff training poster.\n"
        "Exam question with PEEL frame; peer mark with mark scheme.",
        "L3 slides\nPEEL frame\nPast paper Q (June 22 Q9)",
        "6-mark question marked by teacher (DIRT next lesson)",
    ],
]
MISCONCEPTIONS = [
    "**Misconceptions to watch for**",
    "• 'Social engineering needs a computer.' It doesn't – a phone call or a person at the door is enough.",
    "• Pupils mix up phishing and pharming. Pharming is in 3.6.1.1, not this unit – don't teach it here.",
    "• 'Only old people fall for scams.' Use the Twitter case study: the staff there were young and tech-savvy.",
]
DO_NOW = [
    ["**#**", "**Question**", "**Answer**"],
    ["1", "What is social engineering?", "Manipulating people so they give up confidential information"],
    ["2", "What is another name for blagging?", "Pretexting"],
    ["3", "Phishing often uses email. Which other method does the spec mention?", "SMS (text messages)"],
    [
        "4",
        "What is shoulder surfing?",
        "Watching someone's private information over their shoulder, e.g. their PIN at a cashpoint",
    ],
    ["5", "Which type of phishing uses a phone call?", "Vishing"],
    [
        "6",
        "Give one way an organisation can protect itself against social engineering.",
        "e.g. staff training / a network policy / checking a caller's identity / never sharing passwords",
    ],
]


def scheme_of_work() -> bytes:
    document = f.new_docx(title="Y10 SoW Cyber security")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(15)
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(10)
    section.header.paragraphs[0].text = "Northfield Academy – Computing Department\tKS4 Curriculum"
    section.footer.paragraphs[0].text = (
        "Y10_SoW_3.6_SocialEngineering_v2.docx – reviewed JO 04/09/2024 – do not "
        "edit the master copy, save your own!"
    )
    f.para(document, "Scheme of Work – 3.6.1.2 Social engineering", size=20, bold=True)
    f.table(document, DETAILS)
    f.para(document)
    f.para(document, "Intent", bold=True, size=12)
    f.para(document, INTENT)
    f.para(
        document,
        "**Prior learning:** 3.5 Networks (L1–L8); 3.6.1.1 Cyber security threats.   **Next:** 3.6.1.3 "
        "Malicious code.",
    )
    f.table(document, LESSONS)
    for cell in document.tables[-1].rows[0].cells:
        f.cell_fill(cell, "D9E2F3")
    f.para(document)
    f.box(document, MISCONCEPTIONS, fill="FFF2CC")
    document.add_page_break()
    f.para(document, "Appendix – L3 Do Now retrieval quiz (answers for teacher)", size=14, bold=True)
    f.table(document, DO_NOW)
    f.para(
        document,
        "Links: Seneca assignment (set via Teams) · NCSC 'Top tips for staff' video · BBC Bitesize "
        "8525 Cyber security",
    )
    return f.docx_bytes(document)


FILES = {
    "8525 spec extract p35-36.pdf": specification,
    "Y10 SoW - Social engineering.docx": scheme_of_work,
}
