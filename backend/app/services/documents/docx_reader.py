"""Word documents (.docx): headings, paragraphs, bullet and numbered lists, tables and code, in reading order.

Teachers often make headings by hand (a short line in bold, or in a bigger font) and mark key words in bold
inside a sentence ("The **Program Counter** holds…"): both are kept, as headings and as a block's emphasis.
Each block says where it is ("paragraph 12", "table 2"), for the teacher to find it again. A document that is
mostly pictures (a scanned worksheet pasted into Word) has its large pictures read (`pictures`): their words
follow the paragraph that holds them, at "picture 1 (read from a picture)". The words in floating text boxes and
shapes follow the paragraph they are anchored in (`docx_drawings`), and a key word explained in a footnote follows
its paragraph as a laid-out term (`docx_footnotes`). A document still holding tracked
changes (a plan back from the head of department) is read with every change accepted: insertions kept, deletions
and moved-away text left out — what the teacher will teach.
"""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from app.services.documents import safety
from app.services.documents.blocks import BULLET, NUMBERED, OPTION, Block, clean, text_block
from app.services.documents.docx_drawings import (
    large_pictures,
    opens_with_tick_box,
    read_pictures,
    table_pictures,
    text_box_paragraphs,
)
from app.services.documents.docx_footnotes import footnoted_terms, footnotes
from app.services.documents.extracted import ExtractedDocument, build_document
from app.services.documents.pictures import PictureReader
from app.services.documents.sections import split_label
from app.services.documents.vocabulary import line_term

MONOSPACE_FONTS = (
    "courier", "consolas", "lucida console", "monaco", "menlo", "source code", "fira code", "fira mono",
    "cascadia", "dejavu sans mono", "liberation mono", "roboto mono", "jetbrains mono", "ubuntu mono",
    "andale mono", "inconsolata", "sf mono", "ibm plex mono", "noto sans mono", "pt mono",
)
CODE_STYLES = ("code", "preformatted", "macro text", "source", "monospace")
MAX_CELL_DEPTH = 3  # tables inside tables inside tables
# A home-made heading: a short line all in bold, or in a font this big (points); one in a title's size may ask a
# question ("Lesson 5 – Can a computer be unfair?", a OneNote page's title).
HEADING_POINTS = 14
TITLE_POINTS = 18
MAX_HEADING_WORDS = 12
# A line with a colon and words after it ("Word bank: volatile…") is a label and its content, not a heading.
LABEL_WITH_CONTENT = re.compile(r":\s*\S")


TRACKED = {qn("w:ins"): "keep", qn("w:moveTo"): "keep", qn("w:del"): "drop", qn("w:moveFrom"): "drop"}


def _accept_tracked_changes(document: Document) -> None:
    """Every tracked change in the body accepted: an insertion's runs take its place, a deletion goes."""
    changes = [element for element in document.element.body.iter(*TRACKED)]
    for element in reversed(changes):  # innermost first, so an insertion inside a deletion goes with it
        parent = element.getparent()
        if parent is None:
            continue
        if TRACKED[element.tag] == "keep":
            for child in list(element):
                element.addprevious(child)
        parent.remove(element)


def read_docx(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """Extract a Word document. Safety checks (zip limits, no DTDs) run before python-docx opens it."""
    safety.check_office_file(name, data, "docx", limits, budget)
    pictures = PictureReader(limits, budget)
    try:
        document = docx.Document(io.BytesIO(data))
        _accept_tracked_changes(document)
        reader = _Reader(document)
        blocks = read_pictures(reader.blocks(), reader.pictures, pictures)
        title = clean(document.core_properties.title or "")  # used only when the content names no title
    except MemoryError:
        raise  # over the reading process's memory limit: refused as too big, not as damaged
    except Exception:  # noqa: BLE001 - python-docx raises many kinds of error on damaged files; all mean "cannot read"
        raise safety.could_not_read(name, "Word document") from None
    return build_document(
        name, "docx", blocks, size_bytes=len(data), max_text_chars=limits.max_text_chars, title=title,
        pictures=pictures.found(), ocr_seconds=pictures.seconds,
    )


def is_monospace(font_name: str | None) -> bool:
    return bool(font_name) and any(font in font_name.lower() for font in MONOSPACE_FONTS)


class _Reader:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.pictures: list[tuple[int, bytes]] = []  # large pictures: (the block they follow, their bytes)
        self.formats = _numbering_formats(document)
        self.counters: dict[tuple[str, str], int] = {}  # (numId, level) → the number Word shows on the last item
        self.styles, self.default_style = _paragraph_styles(document)
        self.bold_styles = _bold_character_styles(document)
        self.paragraphs = 0
        self.tables = 0
        self.notes = footnotes(document)

    def style(self, paragraph: Paragraph) -> tuple[str, str | None]:
        """(style name in lower case, its font) — looked up once per style, not per paragraph
        (python-docx's paragraph.style rescans every style each time: seconds on a long plan)."""
        p_pr = paragraph._p.pPr
        style_id = p_pr.style if p_pr is not None else None
        return self.styles.get(style_id, self.default_style) if style_id else self.default_style

    def blocks(self) -> list[Block]:
        blocks: list[Block] = self.header_aims()
        for item in self.document.iter_inner_content():
            if isinstance(item, Paragraph):
                for paragraph in (item, *text_box_paragraphs(item)):
                    block = self.paragraph(paragraph)
                    if block is not None:
                        blocks.append(block)
                    if self.notes:
                        blocks.extend(footnoted_terms(paragraph, self.notes, f"paragraph {self.paragraphs}"))
                self.pictures.extend((len(blocks), data) for data in large_pictures(self.document, item))
            elif isinstance(item, Table):
                self.tables += 1
                blocks.extend(self.table(item))
                self.pictures.extend((len(blocks), data) for data in table_pictures(self.document, item))
        return blocks

    def header_aims(self) -> list[Block]:
        """A page header's labelled line of aims or key words ("Aims: explain… | describe…"), which a teacher puts
        there to show on every page. The rest of a header (school, class, teacher) says whose it is, and is left."""
        found: list[Block] = []
        seen: set[str] = set()
        for section in self.document.sections:
            for paragraph in section.header.paragraphs if not section.header.is_linked_to_previous else []:
                text = clean(paragraph.text)
                label = split_label(text) if text not in seen else None
                seen.add(text)
                if label is not None and label.rest and label.kind in ("objectives", "success_criteria"):
                    found.append(Block("paragraph", text, where="page header"))
        return found

    def paragraph(self, paragraph: Paragraph) -> Block | None:
        lowered, _font = self.style(paragraph)
        text = paragraph.text
        if text.strip():
            self.paragraphs += 1
        where = f"paragraph {self.paragraphs}"
        if self.is_code(paragraph, lowered):
            return Block("code", text.replace("\t", "    ").rstrip(), where=where)
        text = clean(text)
        if not text:
            return None
        if lowered == "title":
            return Block("heading", text, level=0, where=where)
        if lowered.startswith("heading"):
            digits = "".join(ch for ch in lowered if ch.isdigit())
            return Block("heading", text, level=int(digits) if digits else 1, where=where)
        list_kind = self.list_kind(paragraph, lowered)
        bold, size = self.emphasis(paragraph)
        marked = bold == [text] or self.is_marked(paragraph.runs)
        if list_kind is not None:
            level = self.list_level(paragraph)
            block = text_block(text, level=level) or Block("item", text)
            shown, letter = self.shown_number(paragraph)
            if letter and not block.ordered:  # Word letters it ("A.") but the text has no letter: as if typed
                return Block("item", f"{letter}. {block.text}", level=level, where=where, emphasis=bold,
                             marked=marked)
            return Block("item", block.text, level=level, ordered=list_kind == "ordered" or block.ordered,
                         where=where, emphasis=bold, number=block.number or shown, marked=marked)
        heading = _home_made_heading(text, all_bold=bold == [text], points=size)
        if heading is not None:
            return Block("heading", text, level=heading, where=where)
        if opens_with_tick_box(paragraph):
            return Block("item", text, where=where, emphasis=bold if bold != [text] else [])
        block = text_block(text, where=where)
        if block is not None:
            block.emphasis = bold if bold != [text] else []
            block.marked = marked
        return block

    def emphasis(self, paragraph: Paragraph) -> tuple[list[str], float]:
        """The bold phrases of a paragraph (one for each run of bold runs) and its largest font size in points."""
        phrases: list[str] = []
        current: list[str] = []
        size = 0.0
        for run in paragraph.runs:
            if run.font.size is not None:
                size = max(size, run.font.size.pt)
            if not run.text.strip():
                current.append(run.text)
                continue
            if self.is_bold(run):
                current.append(run.text)
            elif current:
                phrases.append(clean("".join(current)))
                current = []
        if current:
            phrases.append(clean("".join(current)))
        return [p for p in phrases if p], size

    def is_marked(self, runs: list[Run]) -> bool:
        """Whether every run with text in it is bold or highlighted: how a teacher marks the right option."""
        inked = [run for run in runs if run.text.strip()]
        return bool(inked) and all(self.is_bold(run) or run.font.highlight_color not in (None, WD_COLOR_INDEX.AUTO)
                                   for run in inked)

    def is_bold(self, run: Run) -> bool:
        if run.bold:
            return True
        r_pr = run._r.rPr
        style = r_pr.rStyle.val if r_pr is not None and r_pr.rStyle is not None else None
        return bool(style and self.bold_styles.get(style))

    def is_code(self, paragraph: Paragraph, style: str) -> bool:
        if any(word in style for word in CODE_STYLES):
            return True
        runs = [run for run in paragraph.runs if run.text.strip()]
        if not runs:
            return False
        style_font = self.style(paragraph)[1]
        return all(is_monospace(run.font.name or style_font) for run in runs)

    def list_kind(self, paragraph: Paragraph, style: str) -> str | None:
        """"ordered" / "bullet" for list paragraphs (by numbering definition or list style), else None."""
        num_pr = _num_pr(paragraph)
        if num_pr is not None:
            num_id, level = num_pr
            fmt = self.formats.get((num_id, level)) or self.formats.get((num_id, "0"))
            if fmt is not None:
                return "bullet" if fmt in ("bullet", "none") else "ordered"
        if style.startswith("list number"):
            return "ordered"
        if style.startswith(("list bullet", "list paragraph", "list")):
            return "bullet"
        return None

    def shown_number(self, paragraph: Paragraph) -> tuple[int, str]:
        """The number Word shows before an automatically numbered item, and its letter when the list is lettered
        ("A", "b"): (0, "") for other paragraphs. Deeper levels start again under each new item."""
        num_pr = _num_pr(paragraph)
        if num_pr is None:
            return 0, ""
        num_id, level = num_pr
        fmt = self.formats.get((num_id, level)) or self.formats.get((num_id, "0"))
        if fmt in (None, "bullet", "none"):
            return 0, ""
        number = self.counters.get((num_id, level), 0) + 1
        self.counters[(num_id, level)] = number
        for known in [key for key in self.counters if key[0] == num_id and _depth(key[1]) > _depth(level)]:
            del self.counters[known]
        if fmt in ("upperLetter", "lowerLetter") and number <= 26:
            letter = chr(ord("A") + number - 1)
            return number, letter if fmt == "upperLetter" else letter.lower()
        return number, ""

    def list_level(self, paragraph: Paragraph) -> int:
        num_pr = _num_pr(paragraph)
        return int(num_pr[1]) if num_pr is not None and num_pr[1].isdigit() else 0

    def table(self, table: Table, depth: int = 0) -> list[Block]:
        """The table as rows of cell text, plus code blocks for cells written in a code font."""
        rows: list[list[str]] = []
        code: list[Block] = []
        marked: set[tuple[int, int]] = set()
        bold: list[str] = []  # words set in bold inside a cell's sentences, glossed as a paragraph's are
        for row in table.rows:
            cells, seen = [], set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell is reported once per grid column it spans
                    continue
                seen.add(id(cell._tc))
                if self.is_marked([run for paragraph in cell.paragraphs for run in paragraph.runs]):
                    marked.add((len(rows), len(cells)))
                for paragraph in cell.paragraphs:
                    phrases = self.emphasis(paragraph)[0]
                    bold += [phrase for phrase in phrases if phrase != clean(paragraph.text)]
                cells.append(self.cell_text(cell, code, depth))
            rows.append(cells)
        where = f"table {self.tables}"
        for block in code:
            block.where = where
        return [Block("table", rows=rows, where=where, marked_cells=marked, emphasis=bold), *code]

    def cell_text(self, cell: _Cell, code: list[Block], depth: int) -> str:
        lines: list[str] = []
        code_lines: list[str] = []
        for item in cell.iter_inner_content():
            if isinstance(item, Paragraph):
                style = self.style(item)[0]
                if self.is_code(item, style):
                    code_lines.append(item.text.replace("\t", "    ").rstrip())
                    lines.append(item.text.rstrip())
                    continue
                text = clean(item.text)
                if text:
                    kind = self.list_kind(item, style)
                    lines.append(f"- {text}" if kind == "bullet" else f"1. {text}" if kind == "ordered" else text)
            elif isinstance(item, Table) and depth < MAX_CELL_DEPTH:
                for block in self.table(item, depth + 1):
                    if block.kind == "table":
                        lines.extend(" | ".join(r) for r in block.rows)
                    else:
                        code.append(block)
        if any(line.strip() for line in code_lines):
            code.append(Block("code", "\n".join(code_lines).strip("\n"), from_table=True))
        return "\n".join(lines)


def _home_made_heading(text: str, *, all_bold: bool, points: float) -> int | None:
    """The level of a heading typed as a short bold or big line (1 when big, 2 when only bold), or None."""
    if not (all_bold or points >= HEADING_POINTS) or len(text.split()) > MAX_HEADING_WORDS or len(text) > 100:
        return None
    title_size = points >= TITLE_POINTS  # a title may ask ("Can a computer be unfair?") or have a colon
    if (text.endswith((".", "?", "!", ";", ",")) and not (title_size and text.endswith("?"))) \
            or NUMBERED.match(text) or BULLET.match(text) or (LABEL_WITH_CONTENT.search(text) and not title_size):
        return None
    if OPTION.match(text):
        return None  # "b) Cache" in bold is a quiz question's right option
    if line_term(text, in_section=False) is not None:
        return None  # "Firewall – blocks traffic that breaks its rules", all in bold, is a key word
    return 1 if points >= HEADING_POINTS else 2


def _bold_character_styles(document: Document) -> dict[str, bool]:
    """Character style id → whether it is bold ("Strong" is), looked up once per document."""
    bold = {}
    for style in document.styles:
        if getattr(style, "type", None) == WD_STYLE_TYPE.CHARACTER:
            bold[style.style_id] = bool(style.font.bold)
    return bold


def _paragraph_styles(document: Document) -> tuple[dict[str, tuple[str, str | None]], tuple[str, str | None]]:
    """style id → (lower-case name, font name inherited through "based on"), and the default style."""
    styles: dict[str, tuple[str, str | None]] = {}
    default: tuple[str, str | None] = ("normal", None)
    for style in document.styles:
        if getattr(style, "type", None) != WD_STYLE_TYPE.PARAGRAPH:
            continue
        font, base, depth = None, style, 0
        while base is not None and font is None and depth < 10:
            font, base, depth = base.font.name, base.base_style, depth + 1
        styles[style.style_id] = ((style.name or "").lower(), font)
        if style.element.get(qn("w:default")) in ("1", "true"):
            default = styles[style.style_id]
    return styles, default


def _depth(level: str) -> int:
    return int(level) if level.isdigit() else 0


def _num_pr(paragraph: Paragraph) -> tuple[str, str] | None:
    p_pr = paragraph._p.pPr
    if p_pr is None or p_pr.numPr is None:
        return None
    num_id = p_pr.numPr.find(qn("w:numId"))
    ilvl = p_pr.numPr.find(qn("w:ilvl"))
    if num_id is None or num_id.get(qn("w:val")) in (None, "0"):
        return None
    return num_id.get(qn("w:val")), ilvl.get(qn("w:val")) if ilvl is not None else "0"


def _numbering_formats(document: Document) -> dict[tuple[str, str], str]:
    """(numId, level) → number format ("bullet", "decimal", ...) from the document's numbering part."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    abstract: dict[str, dict[str, str]] = {}
    for definition in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for lvl in definition.findall(qn("w:lvl")):
            fmt = lvl.find(qn("w:numFmt"))
            levels[lvl.get(qn("w:ilvl"))] = fmt.get(qn("w:val")) if fmt is not None else "decimal"
        abstract[definition.get(qn("w:abstractNumId"))] = levels
    formats = {}
    for num in numbering.findall(qn("w:num")):
        ref = num.find(qn("w:abstractNumId"))
        if ref is None:
            continue
        for level, fmt in abstract.get(ref.get(qn("w:val")), {}).items():
            formats[(num.get(qn("w:numId")), level)] = fmt
    return formats
