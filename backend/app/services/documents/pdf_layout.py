"""A PDF page's lines with their layout, and the blocks they make.

A PDF keeps no headings or lists, only pieces of text placed on the page in a font. pypdf's text visitor gives
each piece's position, font and size, so the shape is rebuilt from them: a short line in a bold or bigger font is
a heading; a line in a monospace font is code (indented as it was drawn); bullets and numbers start items;
pieces of one line set far apart are table cells, and rows of them a table — once a table's columns are known,
the lines below that sit in them are its rows too, each piece in the column it starts under, and a line with
nothing in the first column (a wrapped cell, or cells centred in a taller row) carries on the row above; a line
that starts in lower case, or follows a line cut off ("…e.g."), continues the line before (text wrapped by the
page or column width) — unless it sits well below it, as the next box down a slide does. Columns come out one
after the other, in the order the PDF draws them. Known section names ("Learning objectives") and "Lesson 3…"
lines are headings whatever their font; a heading in letter-spaced capitals ("K E Y  W O R D S") is closed up.
A key-word card paired by `pdf_cards` comes as a line carrying its meaning, and becomes a "term" block.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from pypdf import PageObject

from app.services.documents.blocks import BULLET, CUT_OFF, NUMBERED, Block, clean, text_block
from app.services.documents.code_lines import CODE_LINE
from app.services.documents.pdf_strokes import Stroke, StrokeCollector
from app.services.documents.pdf_tables import PdfTable
from app.services.documents.sections import section_of
from app.services.documents.structure import LESSON_TITLE
from app.services.documents.vocabulary import line_term, separated

MONOSPACE = re.compile(r"mono|courier|consol|menlo|monaco|lucida ?console|inconsolata|code", re.IGNORECASE)
BOLD = re.compile(r"bold|black|heavy|semibold|demibold|,b\b", re.IGNORECASE)
MAX_PIECES = 50_000  # per page: a page drawing more is read only that far
CELL_GAP = 2.5  # pieces of one line further apart than this many font sizes are separate table cells
BIGGER = 1.3  # a line this many times the body size is a heading
SUBTITLED = re.compile(r"[^:,]{2,60}:\s+(?:\S+\s+){0,3}[^\s,]+")  # "Topic: a short subtitle", no list after it
MAX_HEADING_WORDS = 12
# Capitals with a space after each letter: a heading whose letters were spaced out, which PDF text extraction
# reads as separate letters.
LETTER_SPACED = re.compile(r"[A-Z](?: {1,4}[A-Z]){3,}")
# A line this many font sizes below the one before is not its wrapped continuation (wrapped lines are about 1.2
# apart): on a slide or a poster, the next box down.
APART = 2.2
WRAPPED = 1.6  # a big title's wrapped line sits within this many font sizes under the line before
# A word broken at the end of a line ("col-" over "lected"): printed text hyphenates to fit the column.
BROKEN_WORD = re.compile(r"(?<![\w-])([a-z]{2,})-$", re.IGNORECASE)
# Words that open a hyphenated compound: a line ending "two-" over "factor…" breaks at the compound's own hyphen,
# which is kept ("two-factor"), where "col-" over "lected" is a word hyphenated to fit and is mended.
COMPOUND_FIRST = {"self", "two", "three", "four", "multi", "non", "real", "long", "short", "high", "low", "well",
                  "user", "one", "full", "part", "anti", "cross", "built", "eye", "open", "face", "mid", "semi",
                  "read", "plug", "sign", "drag", "day", "time", "state", "up", "top", "end", "peer", "man",
                  "machine", "text", "hands", "touch", "cyber", "co", "pre", "post", "first", "second", "third"}
PAGE_NUMBER = re.compile(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE)


@dataclass
class _Piece:
    text: str
    x: float
    y: float
    size: float
    bold: bool
    mono: bool

    @property
    def end(self) -> float:
        """Roughly where the piece's text ends (a character is about half the font size wide)."""
        return self.x + len(self.text) * self.size * 0.5


@dataclass
class Line:
    """One line of a page: its text (and cells, when set far apart), where it starts, and its font."""

    text: str
    cells: list[str] = field(default_factory=list)
    x: float = 0.0
    size: float = 0.0
    bold: bool = False
    mono: bool = False
    where: str = ""
    emphasis: list[str] = field(default_factory=list)  # bold phrases in a line that is not all bold
    y: float = 0.0
    cell_x: list[float] = field(default_factory=list)  # where each cell starts, when there are cells
    pieces: list[_Piece] = field(default_factory=list)
    meaning: str = ""  # a key word's card: the meaning the layout puts under it (`pdf_cards`)


def page_lines(page: PageObject, where: str, strokes: list[Stroke] | None = None) -> tuple[list[Line], int]:
    """The page's lines in the order the PDF draws them, and how many characters of text it has; the straight
    lines it draws are added to `strokes` when given."""
    pieces: list[_Piece] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text or len(pieces) >= MAX_PIECES:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]) or 1.0
        name = str((font or {}).get("/BaseFont", ""))
        pieces.append(_Piece(text, x, y, abs(size * scale), bool(BOLD.search(name)), bool(MONOSPACE.search(name))))

    drawn = StrokeCollector(strokes).visit if strokes is not None else None
    text = page.extract_text(visitor_text=visit, visitor_operand_before=drawn) or ""
    return _lines(pieces, where), len(text)


def _lines(pieces: list[_Piece], where: str) -> list[Line]:
    """Pieces grouped into lines: a newline in the text, or a move up or down the page, ends a line."""
    lines: list[Line] = []
    current: list[_Piece] = []
    for piece in pieces:
        parts = piece.text.split("\n")
        for index, part in enumerate(parts):
            if part:
                if current and (abs(piece.y - current[-1].y) > 0.5 * max(piece.size, 1.0)
                                or _another_box(current[-1], piece)):
                    lines.append(_line(current, where))
                    current = []
                current.append(_Piece(part, piece.x, piece.y, piece.size, piece.bold, piece.mono))
            if index < len(parts) - 1 and current:
                lines.append(_line(current, where))
                current = []
    if current:
        lines.append(_line(current, where))
    return [line for line in lines if line.text.strip()]


def _another_box(last: _Piece, piece: _Piece) -> bool:
    """A piece in another font size that starts left of the piece before it, at much the same height: a text box
    of its own (a meaning written beside its word on a whiteboard), not more of the line, which reads rightwards."""
    return piece.x < last.x - 1.0 and abs(piece.size - last.size) > 0.5


def _line(pieces: list[_Piece], where: str) -> Line:
    cells: list[list[_Piece]] = [[pieces[0]]]
    for previous, piece in zip(pieces, pieces[1:], strict=False):
        if piece.x - previous.end > CELL_GAP * max(piece.size, 1.0) and piece.text.strip():
            cells.append([piece])
        else:
            cells[-1].append(piece)
    inked = [p for p in pieces if p.text.strip()] or pieces
    texts = ["".join(p.text for p in cell) for cell in cells]
    bold = all(p.bold for p in inked)
    return Line(
        text="".join(p.text for p in pieces).rstrip(),
        cells=[clean(t) for t in texts] if len(cells) > 1 else [],
        x=pieces[0].x,
        size=max(p.size for p in inked),
        bold=bold,
        mono=all(p.mono for p in inked),
        where=where,
        emphasis=[] if bold else _bold_phrases(pieces),
        y=pieces[0].y,
        cell_x=[cell[0].x for cell in cells] if len(cells) > 1 else [],
        pieces=pieces,
    )


def _bold_phrases(pieces: list[_Piece]) -> list[str]:
    phrases: list[str] = []
    current = ""
    for piece in pieces:
        if piece.bold or (current and not piece.text.strip()):
            current += piece.text
        elif current:
            phrases.append(clean(current))
            current = ""
    return [p for p in [*phrases, clean(current)] if p]


def unspaced(text: str) -> str:
    """A heading set in letter-spaced capitals, as design tools track them out ("K E Y  W O R D S"), with its letters
    closed up: "KEY WORDS" where the words were set further apart, else one word ("KEYWORDS"). "" for other text."""
    text = text.strip()
    if not LETTER_SPACED.fullmatch(text):
        return ""
    return " ".join(word.replace(" ", "") for word in re.split(r" {2,}", text))


def body_size(lines: list[Line]) -> float:
    """The font size most of the text is in (by characters)."""
    sizes = Counter()
    for line in lines:
        sizes[round(line.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def lines_to_blocks(lines: list[Line] | list[str]) -> list[Block]:
    """Rebuild headings, items, paragraphs, tables and code from a document's lines (plain strings are lines
    without layout: no fonts, no cells)."""
    laid_out = [line if isinstance(line, Line) else Line(text=line) for line in lines]
    body = body_size(laid_out)
    builder = _Builder(body)
    for line in laid_out:
        builder.add(line)
    builder.flush_table()
    builder.flush_code()
    return builder.blocks


class _Builder:
    """Blocks made line by line, with the run of table rows or code lines being collected."""

    def __init__(self, body: float) -> None:
        self.body = body
        self.blocks: list[Block] = []
        self.table: PdfTable | None = None
        self.code: list[Line] = []
        self.previous: Line | None = None

    def add(self, line: Line) -> None:
        text = clean(line.text)
        if not text or PAGE_NUMBER.fullmatch(text):
            return  # blank lines and page numbers
        if line.meaning:
            self.flush_table()
            self.flush_code()
            self.blocks.append(Block("term", text, definition=clean(line.meaning), where=line.where))
            self.previous = None
            return
        if line.mono:
            self.flush_table()
            self.code.append(line)
            return
        self.flush_code()
        if line.bold or (self.body and line.size >= BIGGER * self.body):
            text = unspaced(line.text) or text
        if self.table is not None and self.table.takes(line, BIGGER * self.body):
            self.table.add(line)
            return
        self.flush_table()
        if line.cells:
            self.table = PdfTable(line)
            return
        if not (self.continues(line, text) or self.wraps_title(line, text)):
            self.blocks.append(self.block(line, text))
        self.previous = line

    def wraps_title(self, line: Line, text: str) -> bool:
        """Join a big title wrapped by its box ("Drawing shapes with Python" / "Turtle"): a line in the same big
        font just under a big heading that ends with no stop. Only titles set bigger than the body: bold lines of
        body size one under another are a label and a key word, not one heading."""
        last, previous = (self.blocks[-1] if self.blocks else None), self.previous
        if last is None or previous is None or last.kind != "heading" or last.where != line.where:
            return False
        big = self.body and min(line.size, previous.size) >= BIGGER * self.body
        same_font = line.bold == previous.bold and abs(line.size - previous.size) <= 0.5
        if not (big and same_font) or previous.y - line.y > WRAPPED * max(line.size, 1.0):
            return False
        if last.text.endswith((".", ":", "?", "!")) or len(f"{last.text} {text}".split()) > MAX_HEADING_WORDS:
            return False
        last.text = _joined(last.text, text)
        return True

    def continues(self, line: Line, text: str) -> bool:
        """Join a wrapped line to the paragraph or item before it."""
        last = self.blocks[-1] if self.blocks else None
        previous = self.previous
        if last is None or previous is None or last.kind not in ("paragraph", "item"):
            return False
        if last.where != line.where:  # a sentence a page break cuts ("…SC3 I can explain" / "what causes…")
            over = text[:1].islower() and not last.text.rstrip().endswith((".", ":", "?", "!", "]", ")"))
            if not over or line.bold != previous.bold or abs(line.size - previous.size) > 0.5:
                return False
            last.text = _joined(last.text, text)
            return True
        if line.bold != previous.bold or BULLET.match(text) or NUMBERED.match(text) or CODE_LINE.match(text):
            return False
        if previous.y - line.y > APART * max(line.size, previous.size, 1.0):
            return False  # a text box placed further down the page, not the next line of this one
        carried_on = text[0].islower() and not last.text.endswith((".", ":", "?", "!"))
        # "bit – a binary digit" is its own line, but not a dash in a wrapped sentence ("Check" / "your privacy
        # settings – the options that…").
        # A "term" holding a sentence's end ("screen can show. More pixels = …") is the wrapped sentence's tail.
        said = separated(text)
        if said is not None and not re.search(r"[.!?]\s", said.term) \
                and not (carried_on and separated(last.text) is None):
            return False
        unclosed = last.text.count("(") > last.text.count(")")  # "ASCII (American Standard Code for Information"
        if not (carried_on or unclosed or CUT_OFF.search(last.text)):
            return False
        emphasis = list(line.emphasis)
        if last.emphasis and emphasis and last.text.endswith(last.emphasis[-1]) and text.startswith(emphasis[0]):
            emphasis[0] = f"{last.emphasis.pop()} {emphasis[0]}"  # "**control" / "characters**": one bold phrase
        last.text = _joined(last.text, text)
        last.emphasis = [*last.emphasis, *emphasis]  # the bold words of every line of the paragraph
        return True

    def block(self, line: Line, text: str) -> Block:
        level = self.heading_level(line, text)
        if level is not None:
            return Block("heading", text.rstrip(":"), level=level, where=line.where)
        block = text_block(text, where=line.where) or Block("paragraph", text, where=line.where)
        block.emphasis = line.emphasis
        return block

    def heading_level(self, line: Line, text: str) -> int | None:
        bigger = self.body and line.size >= BIGGER * self.body
        # "Word bank: volatile…" is a label and its content; a big "QUANTUM COMPUTING: THE BASICS" a title and subtitle.
        labelled = re.search(r":\s+\S", text) and not (bigger and SUBTITLED.fullmatch(text))
        short = (len(text.split()) <= MAX_HEADING_WORDS and not text.endswith((".", ",", ";"))
                 and not labelled and line_term(text, in_section=False) is None)
        if short and not BULLET.match(text) and not NUMBERED.match(text) and (line.bold or bigger):
            return 1 if bigger else 2
        if section_of(text) and len(text) <= 70:
            return 2
        if LESSON_TITLE.match(text) and len(text) <= 90:
            return 1
        return None

    def flush_table(self) -> None:
        if self.table is None:
            return
        table, self.table = self.table, None
        rows = table.settled_rows()
        if len(rows) >= 2:
            self.blocks.append(Block("table", rows=rows, where=table.where))
        else:  # one line of spaced-out words is not a table
            cells = [cell for cell in rows[0] if cell]
            self.blocks.append(text_block(" ".join(cells), where=table.where)
                               or Block("paragraph", " ".join(cells), where=table.where))
        self.previous = None

    def flush_code(self) -> None:
        """Code lines as drawn: each line indented by how far right of the leftmost line it starts."""
        if not self.code:
            return
        left = min(line.x for line in self.code)
        width = 0.6 * max(self.code[0].size, 1.0)  # a monospace character is about 0.6 of the font size wide
        text = "\n".join(" " * max(round((line.x - left) / width), len(line.text) - len(line.text.lstrip()))
                         + line.text.strip() for line in self.code)
        self.blocks.append(Block("code", text, where=self.code[0].where))
        self.code = []
        self.previous = None


def _joined(text: str, wrapped: str) -> str:
    """A line and the wrapped line after it, a word broken by a hyphen at the line's end mended ("col-" +
    "lected…" is "collected…"); a compound's own hyphen ("two-" + "factor") and one in a word already
    hyphenated ("drag-and-") are kept."""
    if not (re.search(r"\w-$", text) and wrapped[:1].islower()):
        return f"{text} {wrapped}"
    broken = BROKEN_WORD.search(text)
    if broken and broken[1].lower() not in COMPOUND_FIRST:
        return f"{text[:-1]}{wrapped}"
    return f"{text}{wrapped}"
