"""Held out. Year 7 cyberbullying: a Word lesson booklet (a cover, a contents page that is a real TOC field with
hyperlinked entries, dot leaders and PAGEREF page numbers, bookmarked numbered headings, a "Page X of Y" footer of
PAGE and NUMPAGES fields, the aims as a numbered list, a scenario table, a traffic-light self-assessment table with
empty red/amber/green columns, help lines, and a glossary at the back as "Word<tab>meaning" paragraphs with a hanging
indent) and the department's key-vocabulary tracker saved from Excel as CSV in a .txt (a byte-order mark, CRLF,
a header row with odd columns – tier, "Say it" pronunciations, booklet page, dual-code tick – two words only there,
and trailing empty rows)."""

from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from tests.corpus import formats as f

AIMS = [
    "define cyberbullying and explain how it is different from face-to-face bullying",
    "recognise different types of cyberbullying",
    "explain the difference between a bystander and an upstander",
    "know how to block, report and save evidence of cyberbullying",
]
GLOSSARY = [
    ("Bystander", "Someone who sees bullying happening, online or offline, but does nothing to help."),
    ("Cyberbullying", "Using technology such as phones, games consoles, social media or messaging apps to hurt, "
     "threaten or embarrass someone on purpose, usually again and again."),
    ("Exclusion", "Deliberately leaving someone out of an online group, chat or game to hurt them."),
    ("Harassment", "Sending someone nasty, threatening or unwanted messages over and over again."),
    ("Impersonation", "Pretending to be someone else online, for example by hacking their account or making a fake "
     "profile, to get them into trouble."),
    ("Outing", "Sharing someone's secrets, private messages or embarrassing photos online without their permission."),
    ("Screenshot", "A picture of what is on your screen, which you can save as evidence."),
    ("Trolling", "Posting upsetting or offensive comments on purpose to start arguments or get a reaction."),
    ("Upstander", "Someone who sees bullying and does something safe to help, such as reporting it or supporting "
     "the person being bullied."),
]
SCENARIOS = [
    ("**Scenario**", "**Which type of cyberbullying is it?**"),
    ("Maya's friends make a new group chat for the sleepover and tell her she isn't allowed in it.", ""),
    ("Someone logs into Josh's Instagram and posts rude comments on other people's photos.", ""),
    ("Liam gets twenty messages a night from the same person saying he's a loser.", ""),
    ("A screenshot of Ava's private message to her best friend is shared with the whole year group.", ""),
    ("A player in an online game keeps posting nasty comments about a streamer to start a fight in the chat.", ""),
]
CAN_DO = [
    "I can define cyberbullying",
    "I can explain how cyberbullying is different from face-to-face bullying",
    "I can name at least four types of cyberbullying",
    "I can explain the difference between a bystander and an upstander",
    "I know how to block and report someone on an app I use",
    "I know how to save evidence and who I can tell",
]
HEADINGS = [  # (text, level, page shown in the contents)
    ("1. What is cyberbullying?", 1, 3),
    ("2. Types of cyberbullying", 1, 4),
    ("3. Bystanders and upstanders", 1, 5),
    ("4. What can I do?", 1, 6),
    ("5. How did I do?", 1, 7),
    ("Where to get help", 2, 7),
    ("Glossary", 1, 8),
]


def _field(paragraph, instruction: str, cached: str) -> None:
    """A Word field (PAGE, NUMPAGES, PAGEREF…) with its cached result, as Word saves it."""
    def run_with(element):
        run = OxmlElement("w:r")
        run.append(element)
        paragraph._p.append(run)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run_with(begin)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run_with(instr)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run_with(separate)
    paragraph.add_run(cached)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(end)


def _fld_char(paragraph, kind: str, instruction: str | None = None) -> None:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    run.append(char)
    paragraph._p.append(run)
    if instruction:
        instr_run = OxmlElement("w:r")
        instr = OxmlElement("w:instrText")
        instr.set(qn("xml:space"), "preserve")
        instr.text = f" {instruction} "
        instr_run.append(instr)
        paragraph._p.append(instr_run)


def _bookmark(paragraph, name: str, number: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(number))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(number))
    properties = paragraph._p.pPr
    paragraph._p.insert(1 if properties is not None else 0, start)
    paragraph._p.append(end)


def _toc_entry(document, text: str, level: int, page: int, anchor: str, *, first: bool, last: bool):
    paragraph = document.add_paragraph(style=f"TOC {level}")
    paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    if first:
        _fld_char(paragraph, "begin", 'TOC \\o "1-2" \\h \\z \\u')
        _fld_char(paragraph, "separate")
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    paragraph._p.append(link)
    for piece in (text, "\t"):
        run = OxmlElement("w:r")
        if piece == "\t":
            run.append(OxmlElement("w:tab"))
        else:
            t = OxmlElement("w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            run.append(t)
        link.append(run)
    # the page number: a PAGEREF field inside the hyperlink
    holder = document.add_paragraph()
    _field(holder, f"PAGEREF {anchor} \\h", str(page))
    for run in list(holder._p):
        if run.tag == qn("w:r"):
            link.append(run)
    holder._p.getparent().remove(holder._p)
    if last:
        _fld_char(paragraph, "end")


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def booklet() -> bytes:
    document = f.new_docx(title="Cyberbullying booklet")
    document.core_properties.author = "S.Patel"
    for level in (1, 2):
        style = document.styles.add_style(f"TOC {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = document.styles["Normal"]
        style.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        style.paragraph_format.space_after = Pt(5)
    glossary_style = document.styles.add_style("Glossary Entry", WD_STYLE_TYPE.PARAGRAPH)
    glossary_style.base_style = document.styles["Normal"]
    glossary_style.paragraph_format.left_indent = Cm(3.5)
    glossary_style.paragraph_format.first_line_indent = Cm(-3.5)
    glossary_style.paragraph_format.tab_stops.add_tab_stop(Cm(3.5))
    document.styles["Normal"].font.name = "Century Gothic"
    document.styles["Normal"].font.size = Pt(11)

    footer = document.sections[0].footer.paragraphs[0]
    footer.add_run("Kingsmead Academy  •  Computing & PSHE  •  Respect – Resilience – Responsibility\t\tPage ")
    _field(footer, "PAGE", "1")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES", "8")

    # cover
    f.para(document, "")
    f.para(document, "Staying Kind Online", size=36, bold=True)
    f.para(document, "Cyberbullying – Year 7 Lesson Booklet", size=20)
    f.para(document, "")
    f.para(document, "Name: _______________________________      Form: ________")
    f.para(document, "Teacher: Mrs Patel")
    f.para(document, "")
    f.para(document, "Keep this booklet in your Computing folder. You will need it for Lessons 5 and 6.")
    _page_break(document)

    # contents
    document.add_paragraph("Contents", style="TOC Heading")
    for index, (text, level, page) in enumerate(HEADINGS):
        _toc_entry(document, text, level, page, f"_Toc15330{index:04d}", first=index == 0,
                   last=index == len(HEADINGS) - 1)
    _page_break(document)

    def heading(index: int):
        text, level, _page = HEADINGS[index]
        made = document.add_heading(text, level=level)
        _bookmark(made, f"_Toc15330{index:04d}", index)
        return made

    heading(0)
    f.para(document, "By the end of these two lessons I will be able to:", bold=True)
    for aim in AIMS:
        f.para(document, aim, style="List Number")
    f.para(document, "Most of us use a phone, a tablet or a games console every day, and most of the time it is "
                     "fun. But technology can also be used to hurt people. Cyberbullying can happen at any time of "
                     "the day or night, it can follow you home, and the person doing it can hide behind a fake name "
                     "– which makes it different from bullying in the playground.")
    f.para(document, "Task 1: Think – Pair – Share. Why might cyberbullying feel worse than face-to-face "
                     "bullying? Write two reasons.", bold=True)
    for _ in range(4):
        f.para(document, "_" * 80)
    _page_break(document)

    heading(1)
    f.para(document, "Cyberbullying comes in lots of different forms. Read the glossary at the back of this "
                     "booklet, then decide which type each scenario shows.")
    f.table(document, SCENARIOS)
    f.para(document, "")
    f.para(document, "Word bank: trolling   •   harassment   •   exclusion   •   impersonation   •   outing")
    _page_break(document)

    heading(2)
    f.para(document, "Most cyberbullying is seen by other people – in a group chat, on a game or under a post. "
                     "What they do next really matters.")
    f.table(document, [
        ("**If I am a bystander I might…**", "**If I am an upstander I might…**"),
        ("laugh, ‘like’ the post or share it\nsay nothing because it’s not my problem",
         "refuse to share it and tell them it’s not OK\nmessage the person to check they are alright\n"
         "report it to the app and tell an adult"),
    ])
    f.para(document, "Task 2: Write a message you could send to someone who is being bullied in a group chat.",
           bold=True)
    for _ in range(3):
        f.para(document, "_" * 80)
    _page_break(document)

    heading(3)
    f.para(document, "Remember: STOP – BLOCK – TELL – SAVE", bold=True, size=14)
    for step in ["Don’t reply or get into an argument – that is what they want.",
                 "Block the person and report them using the app’s report button.",
                 "Take a screenshot of the messages before you delete anything.",
                 "Tell a trusted adult: a parent or carer, your form tutor, or Mrs Evans (DSL)."]:
        f.para(document, step, style="List Bullet")
    f.box(document, ["💡 Did you know?", "You can report cyberbullying anonymously in school using the Tootoot app. "
                     "Nobody will know it was you who told."], fill="FFF2CC")
    _page_break(document)

    heading(4)
    f.para(document, "Colour in the box that shows how confident you feel now.")
    rows = [("**I can…**", "**🔴**", "**🟠**", "**🟢**")] + [(line, "", "", "") for line in CAN_DO]
    made = document.add_table(rows=len(rows), cols=4)
    made.style = "Table Grid"
    for row_index, (row, cells) in enumerate(zip(made.rows, rows, strict=True)):
        for column, (cell, text) in enumerate(zip(row.cells, cells, strict=True)):
            f.add_marked_runs(cell.paragraphs[0], text)
            if row_index == 0 and column:
                f.cell_fill(cell, ("FF0000", "FFC000", "00B050")[column - 1])
    f.para(document, "")
    f.para(document, "One thing I will do differently online after these lessons:  _______________________________")
    heading(5)
    for line in ["Childline – 0800 1111 or childline.org.uk (free, and it won’t show on your phone bill)",
                 "CEOP – www.ceop.police.uk/safety-centre (if an adult is making you feel uncomfortable)",
                 "Report Harmful Content – reportharmfulcontent.com",
                 "In school: your form tutor, Head of Year, or Mrs Evans (Designated Safeguarding Lead)"]:
        f.para(document, line, style="List Bullet")
    _page_break(document)

    heading(6)
    for word, meaning in GLOSSARY:
        paragraph = document.add_paragraph(style="Glossary Entry")
        run = paragraph.add_run(word)
        run.bold = True
        paragraph.add_run("\t" + meaning)
    return f.docx_bytes(document)


TRACKER = [
    ["Ref", "Unit", "Keyword", "Tier", "Say it", "Student-friendly definition", "Booklet p.", "Dual code?",
     "Taught (tick)", "", ""],
    ["Y7.5.01", "Cyberbullying", "Cyberbullying", "3", "SY-ber-bull-ee-ing", GLOSSARY[1][1], "3", "Y", "", "", ""],
    ["Y7.5.02", "Cyberbullying", "Trolling", "3", "TROLL-ing", GLOSSARY[7][1], "4", "Y", "", "", ""],
    ["Y7.5.03", "Cyberbullying", "Harassment", "2", "HA-rass-ment", GLOSSARY[3][1], "4", "N", "", "", ""],
    ["Y7.5.04", "Cyberbullying", "Exclusion", "2", "ex-CLOO-zhun", GLOSSARY[2][1], "4", "N", "", "", ""],
    ["Y7.5.05", "Cyberbullying", "Impersonation", "2", "im-PER-son-AY-shun", GLOSSARY[4][1], "4", "Y", "", "", ""],
    ["Y7.5.06", "Cyberbullying", "Outing", "3", "OWT-ing", GLOSSARY[5][1], "4", "N", "", "", ""],
    ["Y7.5.07", "Cyberbullying", "Bystander", "2", "BY-stand-er", GLOSSARY[0][1], "5", "Y", "", "", ""],
    ["Y7.5.08", "Cyberbullying", "Upstander", "2", "UP-stand-er", GLOSSARY[8][1], "5", "Y", "", "", ""],
    ["Y7.5.09", "Cyberbullying", "Screenshot", "3", "", GLOSSARY[6][1], "6", "Y", "", "", ""],
    ["Y7.5.10", "Cyberbullying", "Anonymous", "2", "a-NON-ee-mus", "When nobody knows who you are, because your "
     "name is hidden.", "6", "N", "", "", "SP to add to booklet"],
    ["Y7.5.11", "Cyberbullying", "Report", "2", "", "Telling the app, website or an adult about something "
     "harmful so they can deal with it.", "", "N", "", "", ""],
]


def _csv_cell(text: str) -> str:
    if any(ch in text for ch in ',"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def tracker() -> bytes:
    lines = [",".join(_csv_cell(cell) for cell in row) for row in TRACKER]
    lines += [",,,,,,,,,,"] * 3
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


FILES = {
    "Y7 Cyberbullying booklet (L5-6).docx": booklet,
    "KS3 vocab tracker - Y7 Unit 5 cyberbullying.txt": tracker,
}
