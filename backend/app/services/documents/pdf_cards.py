"""Key-word cards on a deck saved as PDF: each word paired with the meaning placed under (or beside) it.

Design tools (Canva, Adobe Express) draw a page's text boxes in the order they were made, and a teacher filling in
a grid of cards often types every word first and then every meaning, so the PDF holds "ENCRYPTION DECRYPTION
PLAINTEXT … Scrambling data so that… Turning scrambled data…": reading order pairs nothing. Here a page's lines
are gathered back into their boxes (lines at one left edge, or centred as on a sticky note, in one font, each just
under the last), and the boxes
are paired by position as free text boxes on a slide are (`slide_layout`): a short word in its own font with the
longer box under or beside it. Cards are kept only when the word stands out from its meaning (bold or bigger), at
least two are found, and the page does not already read each word just before its meaning (then it is a heading
over its text, read as such); whether a pair really is a key word and its meaning is for structure detection.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from app.services.documents.blocks import clean
from app.services.documents.pdf_layout import Line
from app.services.documents.pdf_strokes import Rect, Stroke, joined
from app.services.documents.slide_layout import Box, is_long, is_short, pair_boxes
from app.services.documents.word_forms import capitalised

EMU_PER_POINT = 12700
SAME_EDGE = 2.0  # points: lines of one box start at the same left edge
NEXT_LINE = 1.8  # font sizes: the most a box's next line sits under the one before
CHARACTER_WIDTH = 0.5  # of the font size: roughly how wide a character is
MIN_TABLE_ROWS = 3  # a column of this many rows, each lined up with the other columns', is a table's
STANDS_OUT = 1.15  # a word this much bigger than its meaning stands out even when not bold


@dataclass
class _Fragment:
    """One line of one box: a whole line of the page, or one cell of a line set apart in cells."""

    line: int  # its line's index on the page
    text: str
    x: float
    y: float
    size: float
    bold: bool


@dataclass
class _Gathered:
    fragments: list[_Fragment] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(fragment.text for fragment in self.fragments)

    def takes(self, fragment: _Fragment) -> bool:
        last = self.fragments[-1]
        return ((abs(fragment.x - last.x) <= SAME_EDGE or _centred_under(fragment, last))
                and abs(fragment.size - last.size) <= 0.5
                and fragment.bold == last.bold and 0 < last.y - fragment.y <= NEXT_LINE * max(last.size, 1.0))

    def box(self, index: int) -> Box:
        first, last = self.fragments[0], self.fragments[-1]
        width = max(len(f.text) for f in self.fragments) * first.size * CHARACTER_WIDTH
        top, bottom = -(first.y + 0.8 * first.size), -(last.y - 0.3 * last.size)  # down the page is larger
        return Box(index, round(first.x * EMU_PER_POINT), round(top * EMU_PER_POINT),
                   round(width * EMU_PER_POINT), round((bottom - top) * EMU_PER_POINT), self.text)


def paired_cards(page: list[Line], strokes: list[Stroke] = ()) -> list[Line]:
    """The page's lines with each card's word as a line carrying its `meaning`, and the meaning's own lines gone;
    the page as it was when it has fewer than two cards. Boxes a drawn line joins are paired first."""
    gathered = _gather(page)
    boxes = [g.box(i) for i, g in enumerate(gathered)]
    drawn = _joined_pairs(gathered, boxes, strokes)
    taken = {box.index for pair in drawn for box in pair}
    placed = [(term, meaning) for term, meaning in pair_boxes([b for b in boxes if b.index not in taken])
              if _stands_out(gathered[term.index], gathered[meaning.index])]
    if _table_header(gathered, placed):
        placed = []  # a table's header row over its columns: read as the table it is
    pairs = [*drawn, *placed]
    if len(pairs) < 2 or (not drawn and all(_read_as_heading(gathered, term, meaning) for term, meaning in pairs)):
        return page  # no cards, or each word is read just before its meaning already (a heading over its text)
    meanings = {term.index: clean(gathered[meaning.index].text) for term, meaning in pairs}
    used = {id(f) for _term, meaning in pairs for f in gathered[meaning.index].fragments}
    used |= {id(f) for term, _meaning in pairs for f in gathered[term.index].fragments}
    cards = {id(gathered[term.index].fragments[0]): term.index for term, _meaning in pairs}
    result: list[Line] = []
    for index, line in enumerate(page):
        fragments = [f for g in gathered for f in g.fragments if f.line == index]
        if not any(id(f) in used for f in fragments):
            result.append(line)
            continue
        for fragment in sorted(fragments, key=lambda f: f.x):
            if id(fragment) in cards:
                word = _named(fragment)
                result.append(_line(line, word, meaning=meanings[cards[id(fragment)]]))
            elif id(fragment) not in used:
                result.append(_line(line, fragment))
    return result


def _joined_pairs(gathered: list[_Gathered], boxes: list[Box], strokes: list[Stroke]) -> list[tuple[Box, Box]]:
    """(word, meaning) boxes a drawn line joins: a short word standing out from the longer box at the other end,
    each box in one pair at most."""
    rects = [_rect(g) for g in gathered]
    pairs: list[tuple[Box, Box]] = []
    used: set[int] = set()
    for one, other in joined(rects, list(strokes)):
        for term, meaning in ((boxes[one], boxes[other]), (boxes[other], boxes[one])):
            if ({term.index, meaning.index} & used or not is_short(term) or not is_long(meaning)
                    or not _stands_out(gathered[term.index], gathered[meaning.index])):
                continue
            used.update((term.index, meaning.index))
            pairs.append((term, meaning))
    return pairs


def _table_header(gathered: list[_Gathered], pairs: list[tuple[Box, Box]]) -> bool:
    """Two or more of the words paired sit side by side on one line and each one's "meaning" is the column of rows
    under it, the rows lined up across the columns ("Command | What it does" over "t.forward(100) | move…"): a
    table's header over its cells, where a card's meaning is its own wrapped text. The page is a table's, so its
    title is not a card either."""
    columns: dict[int, list[tuple[int, ...]]] = {}
    for term, meaning in pairs:
        rows = tuple(f.line for f in gathered[meaning.index].fragments)
        if len(rows) >= MIN_TABLE_ROWS and len(set(rows)) == len(rows):
            columns.setdefault(gathered[term.index].fragments[0].line, []).append(rows)
    return any(len(header) >= 2 and len(set(header)) == 1 for header in columns.values())


def _read_as_heading(gathered: list[_Gathered], term: Box, meaning: Box) -> bool:
    """The word's box comes just before its meaning's, on a line of its own: read in order, it heads its meaning.
    A word beside its meaning on one line is read as cells of that line, which pair nothing."""
    return (meaning.index == term.index + 1
            and gathered[term.index].fragments[-1].line != gathered[meaning.index].fragments[0].line)


def _rect(box: _Gathered) -> Rect:
    first, last = box.fragments[0], box.fragments[-1]
    width = max(len(f.text) for f in box.fragments) * first.size * CHARACTER_WIDTH
    return Rect(min(f.x for f in box.fragments), last.y - 0.3 * last.size, first.x + width,
                first.y + 0.8 * first.size, first.size)


def _gather(page: list[Line]) -> list[_Gathered]:
    """The page's boxes, each a run of fragments under one another, in the order their first lines are drawn."""
    boxes: list[_Gathered] = []
    for index, line in enumerate(page):
        for fragment in _fragments(index, line):
            box = next((b for b in reversed(boxes) if b.takes(fragment)), None)
            if box is None:
                boxes.append(_Gathered([fragment]))
            else:
                box.fragments.append(fragment)
    return boxes


def _centred_under(fragment: _Fragment, last: _Fragment) -> bool:
    """A shorter line centred under the one before: a sticky note or a card centres its wrapped text, so its lines
    share a middle, not a left edge. Widths are estimates, so the middles need only be within a font size."""
    def middle(f: _Fragment) -> float:
        return f.x + len(f.text) * f.size * CHARACTER_WIDTH / 2

    return fragment.x > last.x + SAME_EDGE and abs(middle(fragment) - middle(last)) <= max(last.size, 1.0)


def _fragments(index: int, line: Line) -> list[_Fragment]:
    if not line.cells:
        return [_Fragment(index, clean(line.text), line.x, line.y, line.size, line.bold)]
    return [_Fragment(index, text, x, line.y, *_cell_font(line, x, end))
            for text, x, end in zip(line.cells, line.cell_x, [*line.cell_x[1:], math.inf], strict=True) if text]


def _cell_font(line: Line, start: float, end: float) -> tuple[float, bool]:
    """A cell's own size and weight: a bold tick set beside a quiz option ("b  if score > 10   ✓") does not make
    the option a bold word standing out from the line under it."""
    inked = [p for p in line.pieces if start - 0.5 <= p.x < end - 0.5 and p.text.strip()]
    if not inked:
        return line.size, line.bold
    return max(p.size for p in inked), all(p.bold for p in inked)


def _stands_out(term: _Gathered, meaning: _Gathered) -> bool:
    """A card's word is set apart from its meaning: in bold, or bigger; a caption in the body font is not."""
    word, text = term.fragments[0], meaning.fragments[0]
    return len(term.fragments) == 1 and ((word.bold and not text.bold) or word.size >= STANDS_OUT * text.size)


def _named(word: _Fragment) -> _Fragment:
    """A card's words as a list of key words names them: "punched card", handwritten on a board in lower case, is
    "Punched card". One word in lower case may be code ("print"), and stays as written."""
    if " " not in word.text or word.text != word.text.lower():
        return word
    return _Fragment(word.line, capitalised(word.text), word.x, word.y, word.size, word.bold)


def _line(line: Line, fragment: _Fragment, *, meaning: str = "") -> Line:
    return Line(text=fragment.text, x=fragment.x, size=line.size, bold=line.bold, mono=line.mono, where=line.where,
                y=line.y, meaning=meaning)
