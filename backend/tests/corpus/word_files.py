"""Word documents for the corpus packs, over python-docx."""

from __future__ import annotations

import datetime as dt
import io

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from tests.corpus.same_bytes import BOLD, FIXED_TIME, fixed_zip


def new_docx(*, title: str | None = None) -> DocxDocument:
    document = docx.Document()
    document.core_properties.title = title or ""
    document.core_properties.author = "Teacher"
    document.core_properties.created = dt.datetime(*FIXED_TIME)
    document.core_properties.modified = dt.datetime(*FIXED_TIME)
    return document


def docx_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def add_marked_runs(paragraph: Paragraph, text: str, *, size: float | None = None, font: str | None = None) -> None:
    """Add `text` to the paragraph, "**word**" parts as bold runs."""
    for index, part in enumerate(BOLD.split(text)):
        if not part:
            continue
        run = paragraph.add_run(part)
        run.bold = index % 2 == 1 or None
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font


def para(document: DocxDocument, text: str = "", *, style: str | None = None, size: float | None = None,
         bold: bool = False) -> Paragraph:
    """One paragraph as typed: "**…**" marks bold runs; `bold` makes the whole line bold (a home-made heading)."""
    paragraph = document.add_paragraph(style=style)
    add_marked_runs(paragraph, f"**{text}**" if bold and text else text, size=size)
    return paragraph


def code_lines(target: DocxDocument, code: str, *, font: str = "Courier New") -> None:
    """Code pasted into Word: one paragraph per line in a monospace font."""
    for line in code.splitlines():
        paragraph = target.add_paragraph()
        run = paragraph.add_run(line)
        run.font.name = font
        run.font.size = Pt(10)


def table(document: DocxDocument, rows: list[list[str]], *, style: str | None = "Table Grid") -> None:
    """A Word table; a cell's "\\n" starts a new paragraph in that cell, "**…**" marks bold runs."""
    columns = max(len(row) for row in rows)
    made = document.add_table(rows=len(rows), cols=columns)
    if style:
        made.style = style
    for row, cells in zip(made.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=False):
            lines = text.split("\n")
            add_marked_runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                add_marked_runs(cell.add_paragraph(), line)



def cell_fill(cell: docx.table._Cell, colour: str) -> None:
    """Shade a Word table cell (hex colour): python-docx has no setting, so the one <w:shd> Word writes."""
    shading = docx.oxml.OxmlElement("w:shd")
    shading.set(docx.oxml.ns.qn("w:val"), "clear")
    shading.set(docx.oxml.ns.qn("w:color"), "auto")
    shading.set(docx.oxml.ns.qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def table_borders(made: docx.table.Table, *, colour: str = "000000", size: int = 8) -> None:
    """Single borders on every edge of a Word table written directly on it, as Google Docs exports a table
    (no "Table Grid" style)."""
    borders = docx.oxml.OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = docx.oxml.OxmlElement(f"w:{edge}")
        line.set(docx.oxml.ns.qn("w:val"), "single")
        line.set(docx.oxml.ns.qn("w:sz"), str(size))
        line.set(docx.oxml.ns.qn("w:space"), "0")
        line.set(docx.oxml.ns.qn("w:color"), colour)
        borders.append(line)
    made._tbl.tblPr.append(borders)


def box(document: DocxDocument, lines: list[str], *, fill: str = "F2F2F2", style: str | None = "Table Grid",
        font: str | None = None, size: float | None = None) -> docx.table.Table:
    """A boxed panel in Word (a one-cell table, as teachers draw a word bank or a "Big questions" box): one
    paragraph per line, "**…**" marks bold runs, `font` gives every run a font (a monospace code box)."""
    made = document.add_table(rows=1, cols=1)
    if style:
        made.style = style
    cell = made.rows[0].cells[0]
    cell_fill(cell, fill)
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        add_marked_runs(paragraph, line, size=size, font=font)
    return made
