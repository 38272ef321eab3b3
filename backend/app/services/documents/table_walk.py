"""Tables in a document's walk: a glossary table, a timed or outline lesson plan, a department template's
labelled rows ("Learning objectives | …", "Key vocabulary | …") and columns headed by a section, and any other
table read cell by cell with the line rules. `tables` tells what rows are; this reads them in the walk's context.
"""

from __future__ import annotations

import re

from app.services.documents import cornell, marked_work, tables, vocabulary, word_lists
from app.services.documents.blocks import BULLET, NUMBERED, Block, clean
from app.services.documents.code_lines import looks_like_code
from app.services.documents.findings import Findings
from app.services.documents.phrases import LO_LINE, objective_problem
from app.services.documents.sections import LEAD_IN, section_of, split_label
from app.services.documents.word_forms import expands

MAX_TABLES = 100
MAX_TABLE_ROWS = 200
MAX_TABLE_COLS = 12
MAX_CELL_CHARS = 2000
# A lesson-plan row about running the lesson rather than what it teaches ("Homework", "Resources", "Unit / lesson").
ADMIN_ROW = re.compile(
    r"^(?:homework|resources?|equipment|date|due|room|class(?:es)?|group|teacher|staff|unit|lesson|unit\s*/\s*lesson"
    r"|lesson\s*/\s*unit|differentiation|safeguarding|seating(?: plan)?|sen|send|eal|reflection|evaluation"
    r"|cover(?: notes)?|prior learning|links?)\b[^:]{0,20}:?$",
    re.IGNORECASE,
)

# A column for pupils to judge each statement true or false ("T / F", "True or false?"): the statements are claims,
# some false on purpose ("Geotagging means adding a hashtag…"), so none is read as a key word's meaning.
JUDGED_COLUMN = re.compile(r"^(?:t\s*/\s*f|true\s*(?:/|or)\s*false)\s*\??$", re.IGNORECASE)
# A row labelled with an abbreviation ("TDP (W)": its unit after it) whose meaning opens by spelling it out before a
# dash ("Thermal design power – the amount of heat…").
ABBREVIATED_LABEL = re.compile(r"^(?P<short>[A-Z]{2,6})\b(?!\s*[–—-])")
SPELLED_OPENING = re.compile(r"^(?P<long>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){1,5}?)(?=\s+[–—-]\s+\S)")


class TableWalk:
    """The table half of structure's walker, mixed into it: it shares the walker's state (the section a table sits
    in, the heading over it, what has been found) and hands cell lines to the walker's `section_line` and
    `anywhere_line`, key words to its `glossary_term` and plan steps to its `lesson_step`."""

    found: Findings
    section: str | None
    heading: str
    text: str
    notes_grid: bool  # the last table was a Cornell grid, which a PDF may break into several tables

    def table_block(self, block: Block) -> None:
        self.close_run()
        rows = [[clean(cell)[:MAX_CELL_CHARS] for cell in row[:MAX_TABLE_COLS]] for row in block.rows]
        rows = [row for row in rows if any(row)][:MAX_TABLE_ROWS]
        if not rows:
            return
        before = self.found.tables[-1] if self.found.tables else None
        if len(self.found.tables) < MAX_TABLES:
            self.found.tables.append(rows)
        rows = tables.without_card_letters(tables.joined_across_pages(before, rows) or rows)
        if (card := tables.word_card(rows)) is not None:
            self.glossary_term(*card, origin=self.origin(f"{card.term} – {card.definition}"))
            return
        # "Cues | Notes": key words or prompts beside note-form lines, the grid perhaps read as more than one table.
        self.notes_grid = cornell.is_cornell(rows[0]) or (self.notes_grid and cornell.is_notes_rows(rows))
        if self.notes_grid:
            for term, definition in cornell.cornell_terms([["Cues", "Notes"], *rows[cornell.is_cornell(rows[0]):]],
                                                          self.text):
                self.glossary_term(term, definition, origin=self.origin(f"{term} – {definition}"))
            return
        if (comments := marked_work.comment_column(rows[0])) is not None:
            for row in rows[1:]:  # a pupil's answers beside the marker's comments: only the comments teach
                for term, definition in marked_work.comment_terms(row[comments] if len(row) > comments else ""):
                    self.glossary_term(term, definition, origin=self.origin(f"{term} – {definition}"))
            return
        titled = len(rows[0]) == 1 and section_of(rows[0][0]) == "vocabulary"
        glossary = tables.glossary_rows(rows, in_vocabulary_section=self.section == "vocabulary", titled=titled)
        if glossary is not None:
            for term, definition in glossary:
                self.glossary_term(term, definition, origin=self.origin(f"{term} – {definition}"))
            return
        if any(JUDGED_COLUMN.match(cell) for cell in rows[0]):
            return
        if tables.is_self_rating(rows) and any(o["kind"] == "objective" for o in self.found.objectives):
            return  # the stated objectives came first: the grid's "I can…" rows only restate them to be rated
        # A timed plan ("Time | Activity") gives its activities in order; an outline plan names a phase in each row.
        timed = tables.timed_steps(rows)
        for step in timed or []:
            self.lesson_step("time", step)
        self._table_rows(rows, phases=timed is None)

    def _table_rows(self, rows: list[list[str]], *, phases: bool) -> None:
        header = rows[0]
        columns = self._section_columns(header)
        for row in rows[1:] if columns else rows:
            first, *others = row
            label = split_label(first) if first else None
            if label and others:
                self._table_section(label.kind, "\n".join(c for c in [label.rest, *others] if c), first)
                continue
            admin = bool(first and ADMIN_ROW.match(first)) and bool(others)
            asked = first.rstrip().endswith("?") and bool(others)
            for index, cell in enumerate(row):
                if admin:
                    break  # "Homework | Seneca – Bitmap images assignment…": the plan's admin, not the lesson
                if asked and index:
                    continue  # "What is it? | Hardware – a network of networks": an answer to the row, not a key word
                if index in columns:
                    self._table_section(columns[index], cell, header[index])
                    continue
                heading, _newline, rest = cell.partition("\n")
                inner = split_label(heading) if rest.strip() else None
                if inner is not None and not inner.rest:  # a cell titled "What I need to know" over its lines
                    self._table_section(inner.kind, rest, heading)
                    continue
                if self.section in ("objectives", "success_criteria", "vocabulary") and len(row) == 1:
                    for line in cell.splitlines():
                        self.section_line(BULLET.sub("", line).strip(), is_item=True)
                    continue
                if not looks_like_code(cell):  # "size_mb = 3.2  # …" is a line of a program, not a meaning
                    self._cell_lines(with_abbreviation(first, cell) if index else cell)
            step = tables.phase_step(row) if phases else None
            if step:
                self.lesson_step(*step)
            for cell in row:
                if looks_like_code(cell):
                    self.found.add_code(cell, self.heading, origin=self.origin(cell.splitlines()[0]))

    def _section_columns(self, header: list[str]) -> dict[int, str]:
        """Columns whose header names a section ("Learning objectives" over a column of cells).

        Only a header row of short labels counts: ["Learning objectives", "Describe how binary is used"]
        is a label with its content beside it, handled row by row instead.
        """
        if any(len(cell.split()) > 4 or "\n" in cell for cell in header):
            return {}
        columns = {}
        for index, cell in enumerate(header):
            kind = section_of(cell) if cell else None
            if kind in ("objectives", "success_criteria", "vocabulary"):
                columns[index] = kind
        return columns

    def _table_section(self, kind: str, text: str, title: str) -> None:
        """A table cell under a section label (a label row, or a labelled column)."""
        if kind == "vocabulary":
            self._vocabulary_cell(text)
            return
        lines = [BULLET.sub("", NUMBERED.sub("", line)).strip() for line in text.splitlines()]
        lines = [line for line in lines if line and not (LEAD_IN.search(line) and len(line) < 120)]
        if kind == "sequence":
            self.found.add_sequence(title.rstrip(":"), lines, origin=self.origin(title))
            return
        criterion = kind == "success_criteria"
        for line in lines:
            lo = LO_LINE.match(line)
            if lo is None and objective_problem(line) is not None:
                continue
            self.found.add_objective(lo["text"] if lo else line, code=f"LO{int(lo.group(1))}" if lo else "",
                                     kind="success_criterion" if criterion else "objective", origin=self.origin(line))

    def _vocabulary_cell(self, text: str) -> None:
        """The lines of a cell of key words: "word – meaning" lines, words listed, or (a worksheet's sidebar) a
        word alone on its line over its meaning, as a glossary's lines give them."""
        waiting = ""  # a key word alone on its line: the next line may be its meaning
        for line in text.splitlines():
            line = BULLET.sub("", NUMBERED.sub("", clean(line))).strip()
            pair = vocabulary.layout_pair(waiting, line) if waiting and line else None
            waiting = ""
            if pair is not None:
                self.glossary_term(*pair, origin=self.origin(f"{pair.term} – {line}"))
                continue
            for term, definition in word_lists.bracketed_meanings(line) or []:
                self.glossary_term(term, definition, origin=self.origin(term))
            if word_lists.bracketed_meanings(line):
                continue
            candidate = vocabulary.line_term(line, in_section=True) if line else None
            if candidate is not None:
                self.glossary_term(*candidate, origin=self.origin(line))
            listed = [] if candidate or not line else word_lists.bare_terms(line)
            for term in listed:
                self.glossary_term(term, "", origin=self.origin(term))
            waiting = line if listed == [line] else ""

    def _cell_lines(self, cell: str) -> None:
        for line in tables.card_lines(cell):
            line = clean(line)
            if not line:
                continue
            is_item = bool(BULLET.match(line) or NUMBERED.match(line))
            # Lesson phases in tables are read row by row (phase_step), not cell by cell.
            line = BULLET.sub("", NUMBERED.sub("", line)).strip()
            bold = [phrase for phrase in self.block.emphasis if phrase in line]
            self.anywhere_line(line, is_item=is_item, emphasis=bold, phases=False)


def with_abbreviation(label: str, cell: str) -> str:
    """A meaning that spells out its row's abbreviation before a dash, with the abbreviation beside it, as the key
    word is written in a sentence ("TDP (W)" / "Thermal design power – the amount…" reads "Thermal design power (TDP)
    – the amount…"); any other cell as it is."""
    short, spelled = ABBREVIATED_LABEL.match(label.strip()), SPELLED_OPENING.match(cell.strip())
    if short is None or spelled is None or not expands(short["short"], spelled["long"]):
        return cell
    return f"{spelled['long']} ({short['short']}){cell.strip()[spelled.end():]}"
