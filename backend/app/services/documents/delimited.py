"""Text whose lines are a spreadsheet's rows: cells set apart by tabs (a flash-card set exported as "term TAB
meaning", rows copied from a spreadsheet) or comma-separated values saved as text ("Week","Lesson title",…, every
cell in quotes, a cell's own line breaks kept inside its quotes). Either is a table; a leading row with only its
first cell filled is the sheet's title, above the table, and rows with no cell filled are left out."""

from __future__ import annotations

import csv
import io
from collections import Counter

from app.services.documents.blocks import Block, clean

MIN_ROWS = 3
ROW_SHARE = 0.8  # of a text's rows with the same number of cells make it a table
QUOTED_SHARE = 0.5
MIN_PLAIN_CELLS = 3  # unquoted comma-separated rows need this many cells: prose has commas too


def tabbed_rows(lines: list[str]) -> list[list[str]] | None:
    """The rows of a text set out in tab-separated cells, every line with the same number of them (two or more), or
    None for other text. A tab inside an indented line is not a cell break: outlines indent with tabs."""
    filled = [line for line in lines if line.strip()]
    rows = [[clean(cell) for cell in line.split("\t")] for line in filled if not line[:1].isspace()]
    widths = Counter(len(row) for row in rows if all(row))
    if not widths or len(filled) < MIN_ROWS:
        return None
    width, count = widths.most_common(1)[0]
    if width < 2 or count < ROW_SHARE * len(filled):
        return None
    return [row for row in rows if len(row) == width and all(row)]


def csv_blocks(text: str) -> list[Block] | None:
    """A text of comma-separated rows as a table (its title row as a heading over it), or None for other text.

    Quoted rows need two cells; unquoted ones three, and no line may be prose that only happens to have commas:
    every row must have the same number of cells."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_ROWS:
        return None
    # Quoted cells: most lines open with a quote (the others are a cell's own later lines) and cells meet at '","'.
    quoted = '","' in text and sum(line.startswith('"') for line in lines) >= QUOTED_SHARE * len(lines)
    try:
        rows = [["\n".join(filter(None, (clean(part) for part in cell.split("\n")))) for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""), strict=True)]
    except csv.Error:
        return None
    rows = [row for row in rows if any(row)]
    widths = Counter(len(row) for row in rows)
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    least = 2 if quoted else MIN_PLAIN_CELLS
    if width < least or count < ROW_SHARE * len(rows) or (not quoted and count < len(rows)) or len(rows) < MIN_ROWS:
        return None
    blocks = []
    while rows and len(rows) > MIN_ROWS - 1 and rows[0][0] and not any(rows[0][1:]):
        blocks.append(Block("heading", rows.pop(0)[0], level=1, where="line 1"))
    blocks.append(Block("table", rows=[row for row in rows if len(row) == width], where="line 1"))
    return blocks
