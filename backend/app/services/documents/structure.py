"""Teaching structure in a document's blocks: objectives, key vocabulary, sequences, code and titles.

The rules follow how KS3 computing materials are really written (NCCE Teach Computing lesson plans and
slides, and teachers' own): a "Learning objectives" heading over a bullet list, "Success criteria" with
"I can…" lines, a two-column "Key vocabulary" table or "term – definition" lines, an outline-plan table
of Starter / Main / Plenary, numbered steps in speaker notes, Python in a monospace font.
Everything found is a suggestion: the teacher sees it and corrects it before it is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from app.services.documents.blocks import BULLET, NUMBERED, Block, clean
from app.services.documents.found import (
    CodeSnippet,
    DocumentStructure,
    Heading,
    Objective,
    ObjectiveKind,
    StepSequence,
    Table,
    Term,
)

# Caps so one strange document cannot produce an enormous structure.
MAX_OBJECTIVES = 100
MAX_VOCABULARY = 300
MAX_SEQUENCES = 50
MAX_STEPS = 30
MAX_SNIPPETS = 50
MAX_CODE_CHARS = 5000
MAX_TABLES = 100
MAX_TABLE_ROWS = 200
MAX_TABLE_COLS = 12
MAX_CELL_CHARS = 2000
MAX_HEADINGS = 300
MAX_SECTION_ITEMS = 25
MAX_STEP_CHARS = 300  # a "section" longer than this is not a list of objectives

SECTION_PATTERNS: dict[str, re.Pattern[str]] = {
    "objectives": re.compile(
        r"(?:lesson |learning |key |unit )?(?:objectives?|outcomes?|intentions?|aims?|goals?)"
        r"|los|l\.?o\.?s?|walt|we are learning to|what (?:you|we) will learn"
        r"|by the end of (?:this|the) (?:lesson|unit)(?:,? (?:you|pupils|students|learners) will(?: be able to)?)?",
        re.IGNORECASE,
    ),
    "success_criteria": re.compile(r"success criteria|wilf|what i'?m looking for|i can statements?", re.IGNORECASE),
    "vocabulary": re.compile(
        r"(?:key |important |new |subject )?(?:vocabulary|vocab|keywords?|key words?|terms|terminology)|glossary",
        re.IGNORECASE,
    ),
    "sequence": re.compile(
        # Not bare "sequence" or "algorithm": those are KS3 vocabulary and topic headings too.
        r"lesson (?:sequence|outline|structure|plan|steps|activities|timeline)|outline(?: plan)?|running order"
        r"|steps|procedure|instructions|activities|timeline|order of (?:events|activities|the lesson)"
        r"|sequence of (?:events|activities|the lesson)|what to do",
        re.IGNORECASE,
    ),
}
# Optional tails teachers add to a section label: "Learning objectives (LOs)", "Key vocabulary for this lesson".
LABEL_TAIL = re.compile(r"\s*(\(.*\)|for (?:this|the|today'?s) (?:lesson|unit|session)|today)\s*$", re.IGNORECASE)
LABEL_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)])\s+", re.IGNORECASE)

LO_LINE = re.compile(
    r"^(?:LO|L\.O\.?|learning objective|objective)\s*(\d{1,2})\s*[:.)\-–—]\s*(?P<text>.+)$", re.IGNORECASE
)
I_CAN = re.compile(r"^I can\b", re.IGNORECASE)
I_STATEMENT = re.compile(r"^I (?:will|am able to|understand|know|should be able to|can)\b", re.IGNORECASE)
LEAD_IN = re.compile(r":\s*$")

VOCAB_DASH = re.compile(r"^(?P<term>[^\s–—:][^–—:]{0,58}?)\s+[–—-]{1,2}\s+(?P<definition>\S.{2,})$")
VOCAB_COLON = re.compile(r"^(?P<term>[^\s:][^:]{0,58}?)\s*:\s+(?P<definition>\S.{2,})$")
# Words that start lesson-plan lines ("Starter – recap", "Task 2 - pairs"), never vocabulary.
NOT_A_TERM = re.compile(
    r"^(?:slide|lesson|unit|week|part|task|activity|step|starter|plenary|main|homework|extension|note|notes"
    r"|example|question|answer|q\d*|a\d*|hint|time|timing|resources?|teacher|pupils?|students?|learners?"
    r"|objective|lo\d*|l\.o\.?\d*|success criteria|i can|i will|page|section|worksheet|figure|table|video"
    r"|introduction|intro|recap|review|discussion|demo|demonstration|assessment|differentiation|support"
    r"|challenge|stretch|key question|by the end|we are learning|walt|wilf|outline|preparation|date|class"
    r"|year|yr|ks\d|key stage|term \d|half term)\b",
    re.IGNORECASE,
)
TIME_EXPRESSION = re.compile(r"\b\d+\s*(?:-\s*\d+\s*)?(?:mins?|minutes?|hours?|hrs?)\b", re.IGNORECASE)

# Lesson phases as NCCE outline plans and teachers name them.
PHASE = re.compile(
    r"^(?P<phase>starter|do now|retrieval(?: practice)?|recap|introduction|intro|main(?: activity| task)?"
    r"|activity\s*\d*|task\s*\d*|demonstration|demo|discussion|plenary|review|assessment|exit ticket"
    r"|homework|extension|consolidation|wrap[- ]up)\b(?P<rest>.*)$",
    re.IGNORECASE,
)

TERM_HEADERS = {
    "term", "terms", "word", "words", "keyword", "keywords", "key word", "key words", "vocabulary",
    "key vocabulary", "key term", "key terms", "concept", "name",
}
DEFINITION_HEADERS = {
    "definition", "definitions", "meaning", "meanings", "description", "what it means", "explanation",
    "what does it mean?", "what it does",
}

CODE_LINE = re.compile(
    r"^\s*(?:def |class |for .+ in .+:|while .+:|if .+:|elif .+:|else\s*:|try\s*:|except\b.*:|import \w"
    r"|from [\w.]+ import|return\b|print\s*\(|#|[A-Za-z_][\w.]*(?:\[.*\])?\s*(?:=|\+=|-=|\*=)\s*\S"
    r"|[A-Za-z_][\w.]*\(.*\)\s*$)"
)
STRONG_CODE = re.compile(
    r"print\s*\(|input\s*\(|def \w+\s*\(|range\s*\(|len\s*\(|int\s*\(|str\s*\(|^\s*(?:for|while|if|elif)\b.*:\s*$"
    r"|^\s*import \w|^\s*from [\w.]+ import",
    re.MULTILINE,
)
HTML_CODE = re.compile(r"<(?:html|head|body|p|h[1-6]|div|a|img|ul|li|table)\b[^>]*>", re.IGNORECASE)
LESSON_TITLE = re.compile(r"^(?:lesson|session|week)\s*\d{1,2}\b", re.IGNORECASE)


def section_of(text: str) -> str | None:
    """The kind of section a heading or label names ("objectives", "vocabulary", ...), or None."""
    label = LABEL_NUMBER.sub("", clean(text)).rstrip(":").strip()
    label = LABEL_TAIL.sub("", label).strip().rstrip(":").strip()
    if not label or len(label) > 70:
        return None
    for kind, pattern in SECTION_PATTERNS.items():
        if pattern.fullmatch(label):
            return kind
    return None


class Label(NamedTuple):
    """A line that names a section, and whatever follows the colon on the same line."""

    kind: str
    rest: str


def split_label(text: str) -> Label | None:
    """ "Key vocabulary: binary, bit" → ("vocabulary", "binary, bit"); a bare label gives an empty rest."""
    text = clean(text)
    kind = section_of(text)
    if kind:
        return Label(kind, "")
    head, sep, rest = text.partition(":")
    if sep and (kind := section_of(head)):
        return Label(kind, rest.strip())
    return None


def looks_like_code(text: str) -> bool:
    """True for several lines that read as a program (Python above all), not as prose."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2 or not STRONG_CODE.search(text):
        return False
    return sum(1 for line in lines if CODE_LINE.match(line)) / len(lines) >= 0.6


def guess_language(code: str) -> str:
    if HTML_CODE.search(code):
        return "html"
    if STRONG_CODE.search(code) or re.search(r":\s*$", code, re.MULTILINE):
        return "python"
    return "text"


def _normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@dataclass
class _Found:
    """What has been found so far in one document."""

    headings: list[Heading] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    vocabulary: list[Term] = field(default_factory=list)
    sequences: list[StepSequence] = field(default_factory=list)
    code_snippets: list[CodeSnippet] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    lesson_titles: list[str] = field(default_factory=list)
    phase_steps: list[str] = field(default_factory=list)

    def add_objective(self, text: str, *, code: str = "", kind: ObjectiveKind = "objective") -> bool:
        text = re.sub(r"[;,]\s*(?:and)?\s*$", "", clean(text)).strip()
        if len(text.split()) < 3 or len(text) > 400 or len(self.objectives) >= MAX_OBJECTIVES:
            return False
        key = _normal(text)
        if any(_normal(o["text"]) == key for o in self.objectives):
            return True
        if I_CAN.match(text):
            kind = "success_criterion"
        self.objectives.append({"code": code, "text": text, "kind": kind})
        return True

    def add_term(self, term: str, definition: str) -> bool:
        term = clean(term).strip(" :–—-*•").strip()
        definition = clean(definition).strip(" :–—-").strip()
        if not term or len(term) > 60 or len(term.split()) > 6 or len(definition) > 600:
            return False
        if len(self.vocabulary) >= MAX_VOCABULARY:
            return False
        key = _normal(term)
        if not key:
            return False
        for item in self.vocabulary:
            if _normal(item["term"]) == key:
                if not item["definition"] and definition:
                    item["definition"] = definition
                return True
        self.vocabulary.append({"term": term, "definition": definition})
        return True

    def add_sequence(self, title: str, steps: list[str]) -> None:
        steps = [clean(s) for s in steps if clean(s)][:MAX_STEPS]
        if len(steps) < 2 or len(self.sequences) >= MAX_SEQUENCES:
            return
        if any([_normal(s) for s in seq["steps"]] == [_normal(s) for s in steps] for seq in self.sequences):
            return
        self.sequences.append({"title": clean(title) or "Steps", "steps": steps})

    def add_code(self, code: str, title: str) -> None:
        code = code.strip("\n")
        if not code.strip() or len(self.code_snippets) >= MAX_SNIPPETS:
            return
        if any(s["code"].strip() == code.strip() for s in self.code_snippets):
            return
        self.code_snippets.append(
            {"language": guess_language(code), "code": code[:MAX_CODE_CHARS], "title": clean(title)}
        )


def _vocabulary_line(found: _Found, text: str, *, in_section: bool) -> bool:
    """A "term – definition" (anywhere) or "term: definition" (in a vocabulary section) line."""
    match = VOCAB_DASH.match(text)
    if match is None and in_section:
        match = VOCAB_COLON.match(text)
    if match is None:
        return False
    term, definition = match["term"].strip(), match["definition"].strip()
    # Outside a vocabulary section be strict: lesson-plan lines use dashes too ("Starter – recap").
    if not in_section and (
        len(term.split()) > 4
        or NOT_A_TERM.match(term)
        or not term[0].isalpha()
        or len(definition.split()) < 4
        or TIME_EXPRESSION.search(definition)
        or term.endswith((".", "?", "!"))
    ):
        return False
    return found.add_term(term, definition)


def _vocabulary_terms(found: _Found, text: str) -> None:
    """The lines of a vocabulary cell or label: definitions where given, bare terms otherwise."""
    for line in text.splitlines():
        line = BULLET.sub("", NUMBERED.sub("", clean(line))).strip()
        if not line:
            continue
        if _vocabulary_line(found, line, in_section=True):
            continue
        for term in re.split(r"[,;]", line):
            if term.strip() and len(term.split()) <= 4:
                found.add_term(term, "")


class _Walker:
    """Reads blocks in order, keeping track of the section each one is in."""

    def __init__(self, found: _Found) -> None:
        self.found = found
        self.section: str | None = None
        self.section_title = ""
        self.section_items = 0
        self.section_steps: list[str] = []
        self.heading = ""  # the nearest real heading, to title sequences and code
        self.run: list[str] = []  # consecutive numbered items
        self.code_run: list[Block] = []

    # Sections ------------------------------------------------------------------------------------------
    def enter(self, kind: str | None, title: str) -> None:
        self.close_section()
        self.section, self.section_title, self.section_items = kind, title, 0

    def close_section(self) -> None:
        if self.section == "sequence":
            self.found.add_sequence(self.section_title or self.heading, self.section_steps)
        self.section, self.section_steps, self.section_items = None, [], 0

    def close_run(self) -> None:
        if len(self.run) >= 3:
            self.found.add_sequence(self.heading, self.run)
        self.run = []

    # Blocks --------------------------------------------------------------------------------------------
    def heading_block(self, block: Block) -> None:
        self.close_run()
        kind = None if block.synthetic else section_of(block.text)
        self.enter(kind, block.text)
        if not block.synthetic:
            self.heading = block.text
            if len(self.found.headings) < MAX_HEADINGS:
                self.found.headings.append({"text": block.text, "level": block.level})
            if LESSON_TITLE.match(block.text) and block.text not in self.found.lesson_titles:
                self.found.lesson_titles.append(block.text)

    def line_block(self, block: Block) -> None:
        text = block.text
        label = split_label(text) if block.kind == "paragraph" or len(text) <= 70 else None
        if label is not None and label.rest and self.section == "vocabulary":
            label = None  # "Instructions: steps a computer follows" is a definition here, not a new section
        if label is not None:
            self.close_run()
            self.enter(label.kind, text.partition(":")[0] if label.rest else text.rstrip(":"))
            if label.rest:
                self.section_line(label.rest, is_item=True)
            return
        if self.section is not None and self.section_line(text, is_item=block.kind == "item"):
            return
        if block.kind == "item" and block.ordered:
            self.run.append(text)
        else:
            self.close_run()
        self.anywhere_line(text, is_item=block.kind == "item")

    def section_line(self, text: str, *, is_item: bool) -> bool:
        """Use a line inside the current section; False when the section has ended."""
        if LEAD_IN.search(text) and len(text) < 120:
            return True  # "Pupils will be able to:"
        if not is_item and self.section_items and self.section in ("objectives", "success_criteria", "sequence"):
            # Prose after the list: the section is over.
            self.close_section()
            return False
        if self.section_items >= MAX_SECTION_ITEMS and self.section != "vocabulary":  # glossaries can be long
            self.close_section()
            return False
        self.section_items += 1 if is_item else 0
        if self.section in ("objectives", "success_criteria"):
            lo = LO_LINE.match(text)
            kind: ObjectiveKind = "success_criterion" if self.section == "success_criteria" else "objective"
            if lo:
                self.found.add_objective(lo["text"], code=f"LO{int(lo.group(1))}", kind=kind)
            elif not self.found.add_objective(text, kind=kind) and not is_item:
                return False
            return True
        if self.section == "vocabulary":
            if not _vocabulary_line(self.found, text, in_section=True) and len(text.split()) <= 12:
                _vocabulary_terms(self.found, text)
            return True
        if self.section == "sequence":
            if len(text) <= MAX_STEP_CHARS:
                self.section_steps.append(text)
            return True
        return False

    def anywhere_line(self, text: str, *, is_item: bool, phases: bool = True) -> None:
        """Rules that apply wherever a line is: LO codes, "I can…", dashed vocabulary, lesson phases."""
        lo = LO_LINE.match(text)
        if lo:
            self.found.add_objective(lo["text"], code=f"LO{int(lo.group(1))}")
            return
        if I_CAN.match(text) or (is_item and I_STATEMENT.match(text)):
            self.found.add_objective(text)
            return
        if _vocabulary_line(self.found, text, in_section=False):
            return
        phase = PHASE.match(text) if phases else None
        if phase and re.match(r"^\s*(?:\(|:|[–—-]|\d)", phase["rest"]):
            self.found.phase_steps.append(text)

    def table_block(self, block: Block) -> None:
        self.close_run()
        rows = [[clean(cell)[:MAX_CELL_CHARS] for cell in row[:MAX_TABLE_COLS]] for row in block.rows]
        rows = [row for row in rows if any(row)][:MAX_TABLE_ROWS]
        if not rows:
            return
        if len(self.found.tables) < MAX_TABLES:
            self.found.tables.append(rows)
        if self._vocabulary_table(rows):
            return
        header = rows[0]
        columns = self._section_columns(header)
        body = rows[1:] if columns else rows
        for row in body:
            first, *others = row
            label = split_label(first) if first else None
            if label and others:
                self._table_section(label.kind, "\n".join(c for c in [label.rest, *others] if c), first)
                continue
            for index, cell in enumerate(row):
                if index in columns:
                    self._table_section(columns[index], cell, header[index])
                    continue
                if self.section in ("objectives", "success_criteria", "vocabulary") and len(row) == 1:
                    for line in cell.splitlines():
                        self.section_line(BULLET.sub("", line).strip(), is_item=True)
                    continue
                self._cell_lines(cell)
            self._phase_row(row)
            for cell in row:
                if looks_like_code(cell):
                    self.found.add_code(cell, self.heading)

    def _phase_row(self, row: list[str]) -> None:
        """A row of an outline plan: "Starter (5 mins)" | "Pupils convert three numbers…"."""
        cells = [c for c in row if c and not TIME_EXPRESSION.fullmatch(c)]
        if len(cells) < 2 or not PHASE.match(cells[0]) or len(cells[0]) > 60:
            return
        if _normal(cells[0]) in ("activity", "activities", "task", "tasks"):
            return  # the header row: "Activity | Time | Description"
        first = re.split(r"(?<=[.!?])\s|\n", cells[1], maxsplit=1)[0]
        self.found.phase_steps.append(f"{_phase_name(cells[0])} – {first}"[:MAX_STEP_CHARS])

    def _vocabulary_table(self, rows: list[list[str]]) -> bool:
        first_row = rows[0]
        header = [_normal(c) for c in first_row]
        if len(header) >= 2 and header[0] in TERM_HEADERS and header[1] in DEFINITION_HEADERS:
            body = rows[1:]
        elif len(first_row) == 1 and section_of(first_row[0]) == "vocabulary" and all(len(r) >= 2 for r in rows[1:]):
            body = rows[1:]  # a merged title row over a two-column table
            if body and _normal(body[0][0]) in TERM_HEADERS:
                body = body[1:]
        elif self.section == "vocabulary" and all(len(r) == 2 for r in rows):
            body = rows[1:] if header[0] in TERM_HEADERS else rows
        else:
            return False
        for term, definition, *_ in (row for row in body if len(row) >= 2):
            if term:
                self.found.add_term(term, definition)
        return True

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
        previous = (self.section, self.section_title, self.section_items)
        self.section, self.section_title, self.section_items = kind, title, 0
        if kind == "vocabulary":
            _vocabulary_terms(self.found, text)
        else:
            steps = []
            for line in text.splitlines():
                line = BULLET.sub("", NUMBERED.sub("", line)).strip()
                if not line or (LEAD_IN.search(line) and len(line) < 120):
                    continue
                if kind == "sequence":
                    steps.append(line)
                else:
                    lo = LO_LINE.match(line)
                    code = f"LO{int(lo.group(1))}" if lo else ""
                    self.found.add_objective(
                        lo["text"] if lo else line,
                        code=code,
                        kind="success_criterion" if kind == "success_criteria" else "objective",
                    )
            if kind == "sequence":
                self.found.add_sequence(title.rstrip(":"), steps)
        self.section, self.section_title, self.section_items = previous

    def _cell_lines(self, cell: str) -> None:
        for line in cell.splitlines():
            line = clean(line)
            if not line:
                continue
            is_item = bool(BULLET.match(line) or NUMBERED.match(line))
            # Lesson phases in tables are read row by row (_phase_row), not cell by cell.
            self.anywhere_line(BULLET.sub("", NUMBERED.sub("", line)).strip(), is_item=is_item, phases=False)

    def code_block(self, block: Block) -> None:
        self.found.add_code(block.text, self.heading)


def _phase_name(cell: str) -> str:
    return clean(re.split(r"[(\n]", cell, maxsplit=1)[0]).rstrip(" :–—-")


def promote_code(blocks: list[Block]) -> list[Block]:
    """Runs of plain paragraphs that are clearly a program (typed without a code font) become code."""
    result: list[Block] = []
    run: list[Block] = []

    def flush() -> None:
        text = "\n".join(b.text for b in run)
        if len(run) >= 2 and looks_like_code(text):
            result.append(Block("code", text))
        else:
            result.extend(run)
        run.clear()

    for block in blocks:
        if block.kind == "paragraph" and CODE_LINE.match(block.text):
            run.append(block)
            continue
        flush()
        result.append(block)
    flush()
    return result


def analyse(blocks: list[Block], *, title: str = "") -> DocumentStructure:
    """The structure of one document: headings, objectives, vocabulary, sequences, code, tables, titles."""
    found = _Found()
    walker = _Walker(found)
    for block in promote_code(blocks):
        if block.kind == "heading":
            walker.heading_block(block)
        elif block.kind in ("paragraph", "item"):
            walker.line_block(block)
        elif block.kind == "table":
            walker.table_block(block)
        elif block.kind == "code":
            walker.close_run()
            walker.code_block(block)
    walker.close_run()
    walker.close_section()
    if len(found.phase_steps) >= 2:
        found.add_sequence("Lesson sequence", found.phase_steps)
    title = clean(title)
    if title and title not in found.lesson_titles and (LESSON_TITLE.match(title) or not found.lesson_titles):
        found.lesson_titles.insert(0, title)
    if not found.lesson_titles:
        first = next((h["text"] for h in found.headings if h["level"] <= 1), "")
        if first:
            found.lesson_titles.append(first)
    _number_objectives(found.objectives)
    return {
        "headings": found.headings,
        "objectives": found.objectives,
        "vocabulary": found.vocabulary,
        "sequences": found.sequences,
        "code_snippets": found.code_snippets,
        "tables": found.tables,
        "lesson_titles": found.lesson_titles,
    }


def _number_objectives(objectives: list[Objective]) -> None:
    """Objectives without a code get the next free "LO<n>", so every objective can be referred to."""
    used = {o["code"] for o in objectives if o["code"]}
    number = 0
    for objective in objectives:
        if objective["code"]:
            continue
        number += 1
        while f"LO{number}" in used:
            number += 1
        objective["code"] = f"LO{number}"
        used.add(objective["code"])
