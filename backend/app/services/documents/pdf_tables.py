"""A table in a PDF page's lines: its columns and rows, read from where each line's pieces start (`pdf_layout`
finds the lines and hands each one that could be a row to the table being read)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.services.documents.blocks import CUT_OFF, clean

if TYPE_CHECKING:
    from app.services.documents.pdf_layout import Line

MIN_COLUMN_LINES = 2  # lines that must start a cell at one place inside a column for it to be a column of its own


class PdfTable:
    """A table being read: its columns start where the first row's cells do. A line below that sits in the
    columns (not spilling across one, not far below the last) is part of it; text in the first column starts a
    row, unless it carries on the cell above ("Copyright, Designs" / "and Patents Act"); a line with nothing
    there continues the row — a cell wrapped onto more lines, or cells centred in a row made taller by a
    neighbour, which the PDF draws above or below the row's other cells. A column the first row ran together (a
    header's "Shortcut  What it does" set closer than a cell gap) is found where later lines start cells inside
    one of its columns (`settled_rows`)."""

    MAX_GAP = 4.0  # font sizes between a row's lines, or between rows
    SLACK = 1.5  # font sizes a piece may start before its column (cells are padded, text is centred)
    OVERRUN = 4.0  # font sizes a cell's text may seem to run into the next column (its width is guessed)

    def __init__(self, first: Line) -> None:
        self.columns = first.cell_x
        self.where = first.where
        self.last = first
        self.lines: list[Line] = []
        self.rows: list[list[str]] = []
        self.add(first)

    def takes(self, line: Line, heading_size: float) -> bool:
        """Whether the line is the table's: in its columns, near the last line, not in a heading's size."""
        if line.where != self.where or not line.pieces or (heading_size and line.size >= heading_size):
            return False
        size = max(line.size, self.last.size, 1.0)
        if abs(line.y - self.last.y) > self.MAX_GAP * size:
            return False
        return self._cells(line) is not None

    def add(self, line: Line) -> None:
        self.lines.append(line)
        self._add_row(line)

    def settled_rows(self) -> list[list[str]]:
        """The rows, read again in the columns later lines show the first row ran together; as read when there
        are none, or when a line would not sit in them."""
        inside = self._columns_inside()
        if not inside:
            return self.rows
        read, columns = self.rows, self.columns
        self.columns, self.rows = sorted([*columns, *inside]), []
        if any(self._cells(line) is None for line in self.lines):
            self.columns, self.rows = columns, read
            return read
        for line in self.lines:
            self._add_row(line)
        return self.rows

    def _columns_inside(self) -> list[float]:
        """Where cells start, in lines after the first, well inside one of its columns, in enough lines to be a
        column and not a wide gap in one cell."""
        found: list[float] = []
        for line in self.lines[1:]:
            slack = self.SLACK * max(line.size, 1.0)
            for x in line.cell_x:
                if x <= self.columns[0] or any(abs(x - known) <= slack for known in [*self.columns, *found]):
                    continue
                if sum(any(abs(x - other) <= slack for other in later.cell_x) for later in self.lines[1:]) \
                        >= MIN_COLUMN_LINES:
                    found.append(x)
        return found

    def _add_row(self, line: Line) -> None:
        cells = self._cells(line) or [line.text]
        cells += [""] * (len(self.columns) - len(cells))
        if not self.rows or (cells[0] and not self._carries_on(cells[0], line)):
            self.rows.append(cells)
        else:
            self.rows[-1] = [f"{old} {new}".strip() for old, new in zip(self.rows[-1], cells, strict=True)]
        self.last = line

    def _carries_on(self, first_cell: str, line: Line) -> bool:
        """Whether text in the first column continues the row's first cell rather than starting a row. A bold
        header row is never continued by a plain line: "Command" over "t.forward(100)" starts the table's body."""
        above = self.rows[-1][0]
        if not above:
            return True  # the row's first cell was empty so far (drawn below the rest)
        if len(self.rows) == 1 and self.lines[0].bold and not line.bold:
            return False
        lower_case_terms = above[:1].islower()
        return bool(CUT_OFF.search(above)) or (first_cell[:1].islower() and not lower_case_terms)

    def _cells(self, line: Line) -> list[str] | None:
        """The line's text column by column, or None when it does not sit in the columns."""
        size = max(line.size, 1.0)
        texts = [""] * len(self.columns)
        column = -1
        for piece in line.pieces:
            if piece.text.strip():
                starts = [i for i, x in enumerate(self.columns) if piece.x >= x - self.SLACK * size]
                if not starts:
                    return None  # left of the table
                column = max(column, starts[-1])
                following = self.columns[column + 1] if column + 1 < len(self.columns) else None
                if following is not None and piece.end > following + self.OVERRUN * size:
                    return None  # runs across the next column: a line of text under the table
            if column >= 0:
                texts[column] += piece.text
        return [clean(text) for text in texts]
