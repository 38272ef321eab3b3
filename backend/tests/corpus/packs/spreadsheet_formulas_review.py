"""Held out. A Year 9 spreadsheets lesson plan sent back by the head of department with tracked changes and
comments still in it, and the key-word flash cards printed for the plenary.

The plan (.docx) is Word prose under Heading 1/Heading 2: its learning objectives are a real multilevel numbered
list (1., 1.1., 1.2., 2., 2.1. from one numbering definition, not typed numbers); the reviewer's edits are tracked
changes (w:ins / w:del runs, one whole objective inserted, one whole objective deleted with its paragraph mark, a
definition rewritten), and her comments and the author's reply sit in the margin. What the teacher means is the
plan with every change accepted. The key words are a bulleted list "**Term** – meaning"; the lesson outline is
paragraphs with a bold "Starter (10 min):" label. The flash cards (.docx) print double-sided, their only title in
the page header: the key word alone, huge, on one page, and its meaning on the next page after a page break.
"""

from __future__ import annotations

import datetime as dt
import re

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from tests.corpus.formats import FIXED_TIME, add_marked_runs, docx_bytes, new_docx, para

AUTHOR, REVIEWER = ("J. Patel", "JP"), ("S. Lewis", "SL")
WHEN = dt.datetime(*FIXED_TIME).strftime("%Y-%m-%dT%H:%M:%SZ")
# "{+…+}" is text the reviewer inserted, "{-…-}" text she deleted, as Word's word diff shows them.
CHANGE = re.compile(r"(\{\+.+?\+\}|\{-.+?-\})")
NUMBERING = 90  # the abstractNum and num id of the objectives list, clear of python-docx's template ids

OBJECTIVES = [
    (0, "Explain the difference between data, a formula and a function"),
    (1, "Enter a formula that uses cell references instead of typed-in numbers"),
    (1, "Use the SUM{+, AVERAGE, MAX and MIN+}{- and AVERAGE-} functions on a range of cells"),
    (0, "Explain why using cell references means a spreadsheet updates {-itself-}{+automatically+} when the data "
        "changes"),
    (1, "Predict the new result of a formula when the value in one of its cells changes"),
    (0, "{+Replicate a formula down a column using the fill handle+}"),
    (0, "{-Format cells as currency and percentages-}"),
]

KEY_WORDS = [
    "**Cell** – one box in a spreadsheet, where a column and a row meet",
    "**Cell reference** – the column letter and row number that name a cell, e.g. B4",
    "**Range** – a block of cells next to each other, written with a colon, e.g. B2:B9",
    "**Formula** – {-a sum-}{+a calculation that starts with = and can use cell references, numbers and operators, "
    "e.g. =B2*C2+}",
    "**Function** – a ready-made formula with a name, e.g. =SUM(B2:B9) adds up every cell in the range",
    "{+**Fill handle** – the small square at the bottom right of a selected cell; drag it to copy a formula into "
    "the cells next to it+}",
]

OUTLINE = [
    "**Starter (10 min):** “The broken receipt” – a tuck shop receipt typed into a spreadsheet with the total "
    "typed in by hand. Change the price of one item: why is the total now wrong?",
    "**Teacher input (10 min):** formulas start with = and use cell references, not numbers. Live demo of =B2*C2 "
    "for one line of the receipt, then pupils copy it.",
    "**Main task (25 min):** Tuck shop spreadsheet – complete the Cost column with formulas, then use SUM"
    "{+, AVERAGE, MAX and MIN+}{- and AVERAGE-} in the summary box.",
    "**Plenary (10 min):** flash cards – pairs test each other on the key words.{+ Cards printed double-sided in "
    "the tray by the door.+}",
]

CARDS = [
    ("Cell", "One box in a spreadsheet, where a column and a row meet."),
    ("Cell reference", "The column letter and row number that name a cell, e.g. B4."),
    ("Range", "A block of cells next to each other, written with a colon, e.g. B2:B9."),
    ("Formula", "A calculation that starts with = and can use cell references, numbers and operators."),
    ("Function", "A ready-made formula with a name that does a job for you, e.g. SUM or AVERAGE."),
    ("SUM", "A function that adds up all the numbers in a range, e.g. =SUM(B2:B9)."),
    ("AVERAGE", "A function that finds the mean of a range: it adds the numbers up and divides by how many "
                "there are."),
    ("Fill handle", "The small square at the bottom right of a selected cell. Drag it to copy a formula into the "
                    "cells next to it."),
]


def _revision(kind: str, text: str, revision: int) -> OxmlElement:
    """A w:ins or w:del holding the reviewer's runs ("**…**" bold), as Word writes a tracked change."""
    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), str(revision))
    change.set(qn("w:author"), REVIEWER[0])
    change.set(qn("w:date"), WHEN)
    for index, part in enumerate(re.split(r"\*\*(.+?)\*\*", text)):
        if not part:
            continue
        run = OxmlElement("w:r")
        if index % 2:
            properties = OxmlElement("w:rPr")
            properties.append(OxmlElement("w:b"))
            run.append(properties)
        words = OxmlElement("w:delText" if kind == "del" else "w:t")
        words.set(qn("xml:space"), "preserve")
        words.text = part
        run.append(words)
        change.append(run)
    return change


def tracked(paragraph: Paragraph, text: str, first_revision: int) -> int:
    """Write `text` into the paragraph with its "{+…+}"/"{-…-}" parts as tracked changes; gives the next id."""
    revision = first_revision
    for part in CHANGE.split(text):
        if part.startswith("{+"):
            paragraph._p.append(_revision("ins", part[2:-2], revision))
            revision += 1
        elif part.startswith("{-"):
            paragraph._p.append(_revision("del", part[2:-2], revision))
            revision += 1
        elif part:
            add_marked_runs(paragraph, part)
    whole = CHANGE.fullmatch(text)
    if whole:  # the paragraph mark itself was inserted or deleted, so the whole line comes or goes
        mark = OxmlElement("w:rPr")
        mark.append(_revision("ins" if text.startswith("{+") else "del", "", revision))
        paragraph._p.get_or_add_pPr().append(mark)
        revision += 1
    return revision


def _objectives_numbering(document: DocxDocument) -> None:
    """One multilevel list definition: "1." at level 0 and "1.1." at level 1, as Word's "1., 1.1., 1.1.1." list."""
    numbering = document.part.numbering_part.element
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
        for level, text, left, hanging in ((0, "%1.", 360, 360), (1, "%1.%2.", 792, 432)))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUMBERING}">'
                         f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>')
    numbering.xpath("./w:abstractNum")[-1].addnext(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUMBERING}">'
                               f'<w:abstractNumId w:val="{NUMBERING}"/></w:num>'))


def _comment(document: DocxDocument, run: Run, text: str, who: tuple[str, str]) -> None:
    comment = document.add_comment(run, text=text, author=who[0], initials=who[1])
    comment._comment_elm.date = dt.datetime(*FIXED_TIME)


def _objectives(document: DocxDocument, revision: int) -> int:
    document.add_heading("Learning objectives", level=2)
    para(document, "By the end of the lesson pupils will be able to:")
    _objectives_numbering(document)
    for level, text in OBJECTIVES:
        paragraph = document.add_paragraph(style="List Paragraph")
        numbers = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        numbers.get_or_add_ilvl().val = level
        numbers.get_or_add_numId().val = NUMBERING
        revision = tracked(paragraph, text, revision)
    return revision


def lesson_plan() -> bytes:
    document = new_docx(title="Y9 Spreadsheets L2 Formulas and functions")
    document.add_heading("Year 9 Spreadsheets – Lesson 2: Formulas and functions", level=1)
    para(document, "Unit: Y9 Spreadsheet modelling (Autumn 2)     Time: 60 minutes     Room: IT3")
    unit = document.paragraphs[-1].runs[0]
    revision = _objectives(document, 100)  # revision ids clear of the comment ids
    document.add_heading("Key words", level=2)
    for line in KEY_WORDS:
        revision = tracked(document.add_paragraph(style="List Bullet"), line, revision)
    document.add_heading("Lesson outline", level=2)
    for line in OUTLINE:
        revision = tracked(document.add_paragraph(), line, revision)
    starter = document.paragraphs[-len(OUTLINE)].runs[0]
    _comment(document, unit, "Jas – I've tracked my changes, accept the ones you're happy with. Formatting "
             "currency has moved to L3 so I've taken that objective out.", REVIEWER)
    _comment(document, document.paragraphs[-2].runs[0], "The Y9 project next half term needs MAX and MIN – can "
             "we get them in here as well?", REVIEWER)
    _comment(document, starter, "Love this starter – can you put it in the department folder?", REVIEWER)
    _comment(document, starter, "Done – it's in Y9 > Spreadsheets > L2.", AUTHOR)
    return docx_bytes(document)


def flash_cards() -> bytes:
    document = new_docx(title="Spreadsheets flash cards")
    header = document.sections[0].header.paragraphs[0]
    header.text = "Y9 Spreadsheets – Key word flash cards (print double-sided, flip on the long edge)"
    for index, (term, meaning) in enumerate(CARDS):
        if index:
            document.add_page_break()
        front = para(document, term, bold=True, size=48)
        front.alignment = WD_ALIGN_PARAGRAPH.CENTER
        document.add_page_break()
        back = document.add_paragraph()
        back.alignment = WD_ALIGN_PARAGRAPH.CENTER
        back.add_run(meaning).font.size = Pt(24)
    return docx_bytes(document)


FILES = {
    "Y9 Spreadsheets L2 Formulas and functions v2 (SL comments).docx": lesson_plan,
    "Y9 Spreadsheets flash cards.docx": flash_cards,
}
