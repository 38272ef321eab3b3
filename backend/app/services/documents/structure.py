"""Teaching structure in a document's blocks: objectives, key vocabulary, sequences, code and titles.

The rules follow how KS3 computing materials are really written (published schemes' and teachers' own): a "Learning
objectives" heading over a bullet list, "Success criteria" with "I can…" lines, a "Key vocabulary" table or "term –
definition" lines, a slide titled with a key word whose body defines it, an outline-plan table of Starter / Main /
Plenary or a timetable of clock times, numbered steps in speaker notes, code in a monospace font. What a line is (a
key word, an objective, an instruction) is decided by `phrases`, `vocabulary` (`title_terms` for a slide's title
over its first line) and `comparisons`, which section a heading opens by `sections`, and the lesson's title by
`titles`; this module walks the blocks and knows which section each line is in (its tables through `table_walk`, the
lines of a glossary through `glossary_walk`, code typed without a code font through `code_lines`, a run of headed
key words through `headed_glossary`). Everything found is a suggestion the teacher checks before it is used.
"""

from __future__ import annotations

import re

from app.services.documents import (
    comparisons,
    crossword,
    glosses,
    headed_glossary,
    listed_aims,
    spoken,
    tables,
    title_terms,
    vocabulary,
)
from app.services.documents.abbreviated import abbreviated_term
from app.services.documents.blocks import Block, clean, with_aims_apart
from app.services.documents.code_comments import with_comment_prose
from app.services.documents.code_lines import promote_code
from app.services.documents.findings import Findings, Origin, normal
from app.services.documents.found import DocumentStructure, ObjectiveKind
from app.services.documents.glossary_walk import GlossaryWalk
from app.services.documents.labelled_lines import fill_in_name, labelled_term
from app.services.documents.language import guess_language
from app.services.documents.phrases import (
    CLOCK_TIME,
    EXAMPLE_HEADING,
    LEVEL_LABEL,
    LO_LINE,
    MINUTES_RANGE,
    objective_problem,
    term_key,
)
from app.services.documents.questions import find_questions
from app.services.documents.sections import (
    LEAD_IN,
    labelled_sentence,
    lead_in_section,
    lists_examples,
    looks_like_steps,
    recalls_earlier_lessons,
    section_of,
    split_label,
)
from app.services.documents.table_walk import TableWalk
from app.services.documents.title_pairs import two_word_title_terms
from app.services.documents.titles import lesson_titles
from app.services.documents.transcripts import SPOKEN
from app.services.documents.whole_document import add_whole_document_terms

__all__ = ["LESSON_TITLE", "analyse", "guess_language", "section_of", "split_label"]

MAX_HEADINGS = 300
MAX_SECTION_ITEMS = 25
MAX_STEP_CHARS = 300  # a "section" line longer than this is not a step
MAX_LISTED_OBJECTIVE_WORDS = 25
MIN_GLOSSARY_TERMS = 3  # key words listed in a glossary that make it the document's list of them

I_CAN = re.compile(r"^I can\b", re.IGNORECASE)
I_STATEMENT = re.compile(r"^I (?:will|am able to|understand|know|should be able to|can)\b", re.IGNORECASE)

LESSON_TITLE = re.compile(r"^(?:lesson|session|week)\s*\d{1,2}\b", re.IGNORECASE)
INLINE_BULLETS = re.compile(r"\s+[•·▪●◦|]\s+")  # a list typed along one line, by bullets or bars
ANSWER_WORDS = {"true", "false", "yes", "no", "correct", "incorrect", "right", "wrong"}
ANSWERS_HEADING = re.compile(r"\b(?:answers?|mark scheme|solutions?)\b", re.IGNORECASE)
# Labels over a list of arguments: their "Word – …" lines are its points, as an example's lines are its parts.
ARGUMENTS_LABEL = re.compile(r"(?:benefits|advantages|disadvantages|drawbacks|risks|pros|cons|for|against):?",
                             re.IGNORECASE)
BARE_LINK = re.compile(r"(?:https?://|www\.)\S+")  # a line that is only a web address
# Phases that open a lesson: a "sequence" of only these ("Starter…", "Do now…") is a starter, not the lesson.
OPENING_PHASES = {"starter", "do now", "retrieval", "retrieval practice", "recap", "introduction", "intro"}


class _Walker(TableWalk, GlossaryWalk):
    """Reads blocks in order, keeping track of the section each one is in."""

    def __init__(self, found: Findings) -> None:
        self.found = found
        self.section: str | None = None
        self.section_title = ""
        self.section_items = 0
        self.listed = False  # the section's lines so far are list items
        self.numbered = False  # … numbered ones
        self.notes_grid = False
        self.section_steps: list[str] = []
        self.section_origin: Origin | None = None
        self.section_level: int | None = None  # the level of the heading that opened the section, if one did
        self.start_glossary()
        self.after_lead_in = False  # the section began "…should be able to:": its plain lines are its list
        self.heading = ""  # the nearest real heading, to title sequences and code
        self.compared: list[str] = []  # the two things a "RAM vs ROM" heading compares
        self.compared_kind = ""  # what they are, when the document says ("Compare star and bus topologies")
        self.text = ""  # the whole document's text, where the kind of things compared may be named
        self.run: list[str] = []  # consecutive numbered items
        self.run_origin: Origin | None = None
        self.run_lead = ""  # the line before the run
        self.previous = ""  # the last line read outside a section
        self.block = Block("paragraph")  # the block being read, for the origin of what is found in it
        self.following = ""  # the next block's text: a line over a bare link is that link's title
        self.lesson_steps: dict[str, tuple[str, str]] = {}  # a lesson plan's lines: normalised → (phase or "time", step)
        self.lesson_origin: Origin | None = None
        self.glossary: set[str] = set()  # the keys of the key words the document lists in a glossary
        self.dashed: set[str] = set()  # …and of those only a "Word – what it does" line on another slide gave
        self.points = False  # under an example or a list of pros and cons: "Word – …" lines are its points
        self.recall_level: int | None = None  # the level of a "Do Now answers" heading the walk is under

    def origin(self, quote: str | None = None) -> Origin:
        return Origin(self.block.where, self.block.text if quote is None else quote)

    # Sections ------------------------------------------------------------------------------------------
    def enter(self, kind: str | None, title: str) -> None:
        self.close_section()
        self.section, self.section_title, self.section_items = kind, title, 0
        self.section_origin = self.origin(title)
        self.section_level = self.block.level if self.block.kind == "heading" else None
        self.start_glossary()
        self.after_lead_in = bool(LEAD_IN.search(title))

    def close_section(self) -> None:
        if self.section == "sequence":
            self.found.add_sequence(self.section_title or self.heading, self.section_steps, origin=self.section_origin)
        self.section, self.section_steps, self.section_items = None, [], 0
        self.listed = self.numbered = False

    def close_run(self) -> None:
        # "Answers to the questions:" over "1) 2", "2) 4": the line before a run titles it as a heading would.
        if len(self.run) >= 3 and looks_like_steps(self.run, f"{self.heading}\n{self.run_lead}"):
            self.found.add_sequence(self.heading, self.run, origin=self.run_origin)
        self.run = []

    def lesson_step(self, phase: str, step: str) -> None:
        if not self.lesson_steps:
            self.lesson_origin = self.origin(step)
        self.lesson_steps.setdefault(normal(step), (phase, step[:MAX_STEP_CHARS]))  # each line once (a dict: linear)

    # Blocks --------------------------------------------------------------------------------------------
    def heading_block(self, block: Block) -> None:
        self.close_run()
        if not block.synthetic and self.recall_level is not None and block.level <= self.recall_level:
            self.recall_level = None
        if not block.synthetic and recalls_earlier_lessons(block.text):
            self.recall_level = block.level
        if self.glossary_heading(block):
            return
        kind = None if block.synthetic else section_of(block.text)
        self.enter(kind, block.text)
        if not block.synthetic:
            self.heading = block.text
            self.points = bool(EXAMPLE_HEADING.match(block.text))
            self.compared = comparisons.comparison_sides(block.text)
            self.compared_kind = comparisons.compared_kind(self.compared, self.text) if self.compared else ""
            if len(self.found.headings) < MAX_HEADINGS:
                self.found.headings.append({"text": block.text, "level": block.level})
            if LESSON_TITLE.match(block.text) and block.text not in self.found.lesson_titles:
                self.found.lesson_titles.append(block.text)

    def line_block(self, block: Block) -> None:
        text = block.text
        # "Advantages:" over its points, or a list whose dashes give examples ("In-app purchases – skins, coins…")
        self.points = self.points or bool(ARGUMENTS_LABEL.fullmatch(text.strip())) \
            or (block.kind == "item" and lists_examples(text))
        lead_in = lead_in_section(text) if block.kind == "paragraph" else None
        if lead_in is not None and split_label(text) is None:
            self.close_run()
            self.enter(lead_in, text)
            return
        label = split_label(text) if block.kind == "paragraph" or len(text) <= 70 else None
        if label is None and block.kind == "paragraph" and (inner := labelled_sentence(text)) is not None:
            label, text = split_label(inner), inner  # "Lesson 4. LO: sort… · explain…. Post ONE…"
        if label is not None and label.rest and self.section == "vocabulary":
            label = None  # "Instructions: steps a computer follows" is a definition here, not a new section
        if label is not None:
            self.close_run()
            self.enter(label.kind, text.partition(":")[0] if label.rest else text.rstrip(":…"))
            if label.rest:  # "Key words: binary, bit" holds its own line only; "LO: Know… • Use…" a list
                for part in INLINE_BULLETS.split(label.rest):
                    self.listed_part(part.strip())
                self.close_section()
            return
        if block.title_of and not block.ordered and self.title_pair(block):
            return
        if LO_LINE.match(text) and self.section not in ("objectives", "success_criteria"):
            self.close_run()
            self.anywhere_line(text, is_item=block.kind == "item")
            return
        if self.section is not None and self.section_line(text, is_item=block.kind == "item"):
            return
        if block.kind == "item" and block.ordered:
            if not self.run:
                self.run_origin, self.run_lead = self.origin(), self.previous
            self.run.append(text)
        else:
            self.close_run()
        self.previous = text
        self.anywhere_line(text, is_item=block.kind == "item", emphasis=block.emphasis)

    def title_pair(self, block: Block) -> bool:
        """The first line of a slide's body, defining the slide's title ("Firewalls" / "A firewall checks…"); also
        a title that could head steps ("TIMELINE"), as steps are instructions or times, never a meaning."""
        steps = self.section == "sequence" and self.section_title == block.title_of and not self.section_steps
        if not steps and (section_of(block.title_of) is not None or self.section is not None):
            return False
        both = two_word_title_terms(block.title_of, block.text)  # "Opcode + operand": each defined in turn
        if both:
            return all([self.found.add_term(*pair, origin=self.origin()) for pair in both])
        pair = title_terms.title_term(block.title_of, block.text)
        added = pair is not None and self.found.add_term(*pair, origin=self.origin())
        if added and steps:
            self.close_section()
        return added

    def section_line(self, text: str, *, is_item: bool) -> bool:
        """Use a line inside the current section; False when the section has ended."""
        if LEAD_IN.search(text) and len(text) < 120 and not self.defines(text):
            return True  # "Pupils will be able to:"
        if self.section_items >= MAX_SECTION_ITEMS and self.section != "vocabulary":  # glossaries can be long
            self.close_section()
            return False
        if self.section in ("objectives", "success_criteria"):
            numbered = is_item and self.block is not None and self.block.ordered
            if (self.listed and not is_item) or (self.numbered and not numbered):
                # A plain line after the bulleted list ("Good luck!"), a bullet after the numbered one (the next
                # box on a printable sheet): the list is over.
                self.close_section()
                return False
            self.listed, self.numbered = is_item, numbered
            # Lines typed one under another after "…should be able to:" are that list, bullets or not.
            listed = is_item or (self.after_lead_in and len(text.split()) <= MAX_LISTED_OBJECTIVE_WORDS)
            return self.objective_line(text, is_item=listed)
        self.section_items += 1 if is_item else 0
        if self.section == "vocabulary":
            return self.vocabulary_line(text)
        if self.section == "sequence":
            if not is_item and self.section_items > 0:
                self.close_section()  # prose after the list of steps: the section is over
                return False
            if len(text) <= MAX_STEP_CHARS:
                self.section_steps.append(text)
            return True
        return False

    def objective_line(self, text: str, *, is_item: bool) -> bool:
        """An objective or success criterion: a list item that is not a timetable line, an activity, a task, a link
        or a fragment, or a plain line that reads as an objective statement. Anything else ends the section."""
        kind: ObjectiveKind = "success_criterion" if self.section == "success_criteria" else "objective"
        lo = LO_LINE.match(text)
        if lo:
            self.found.add_objective(lo["text"], code=f"LO{int(lo.group(1))}", kind=kind, origin=self.origin())
            self.section_items += 1
            return True
        statement = listed_aims.listed_aim(text, is_item=is_item, found=self.found.objectives, listed=self.section_items)
        if statement and self.found.add_objective(text, kind=kind, origin=self.origin()):
            self.section_items += 1
            return True
        if is_item and not CLOCK_TIME.match(text):
            return True  # an item of the list that is not an objective: left out, and the list goes on
        self.close_section()
        return False

    def anywhere_line(self, text: str, *, is_item: bool, emphasis: list[str] | None = None,
                      phases: bool = True) -> None:
        """Rules that apply wherever a line is: LO codes, "I can…", clock times, key words, lesson phases."""
        lo = LO_LINE.match(text)
        if lo:
            self.found.add_objective(lo["text"], code=f"LO{int(lo.group(1))}", origin=self.origin())
            return
        aim = LEVEL_LABEL.sub("", text)  # "🎮 Level 1 – I can…": the level says how far, not what is learnt
        if (I_CAN.match(aim) or (is_item and I_STATEMENT.match(aim))) and objective_problem(aim) is None:
            self.found.add_objective(text, origin=self.origin())
            return
        timed = CLOCK_TIME.match(text) or MINUTES_RANGE.match(text)
        if timed:  # "9:45 What is…", "0-5 mins Starter – …": a step of the lesson, never an objective
            self.lesson_step("time", text[timed.end():].strip(" -–—:"))
            return
        if self.recall_level is not None:
            return  # "Hardware is the physical parts…" answering a Do Now: a word an earlier lesson taught
        if (blank := fill_in_name(text)) is not None:
            self.found.name_in_full(blank)  # "Data controller =": the name the teacher gives a word found already
        candidate = (vocabulary.anywhere_term(text, emphasis or []) or labelled_term(text) or abbreviated_term(text)
                     or comparisons.compared_term(text, self.compared, self.compared_kind))
        if candidate is not None and is_item and candidate.term.lower() in ANSWER_WORDS \
                and (ANSWERS_HEADING.search(self.heading) or self.block.where.endswith("notes")):
            candidate = None  # "2. False – = stores a value…" under "Answers" or in a slide's notes: an answer
        if candidate is not None and BARE_LINK.fullmatch(self.following):
            candidate = None  # "ICO - Cookies and similar technologies" over its address: a reading list's entry
        if candidate is not None and self.points and candidate == vocabulary.line_term(text, in_section=False):
            candidate = None  # "INPUT – temperature sensor reads 17°C" in an example, "Convenient – …" a benefit
        if candidate is not None and self.block.where.endswith(SPOKEN) \
                and candidate == vocabulary.line_term(text, in_section=False):
            candidate = None  # "Subtractive – like using the lathe…": a speaker's pause, not a word set beside its meaning
        glossed = glosses.bold_glosses(text, emphasis or [])
        for pair in [candidate] if candidate is not None else []:
            glossed = [other for other in glossed if other.term.lower() != pair.term.lower()]
            if (self.found.add_term(*pair, origin=self.origin()) and self.block.where.startswith("slide")
                    and pair == vocabulary.line_term(text, in_section=False)):
                self.dashed.add(term_key(pair.term))
        for pair in glossed:  # "…a **fill** (the colour inside it) and a **stroke** (its outline)"
            self.found.add_term(*pair, origin=self.origin())
        if self.block.where.endswith(("notes", SPOKEN)) and candidate is None:  # words said aloud, not set out
            said = spoken.explained_words(text)
            glossed = [pair for pair in said if self.found.add_term(*pair, origin=self.origin())]
        if candidate is not None or glossed:
            return
        phase = tables.phase_of_line(text) if phases else None
        if phase:
            self.lesson_step(phase, text)

    def term_block(self, block: Block) -> None:
        """A term and definition the layout paired: kept when they read as one, else read as two lines."""
        self.close_run()
        pair = vocabulary.layout_pair(block.text, block.definition)
        if pair is not None and self.found.add_term(*pair, origin=self.origin(f"{block.text} – {block.definition}")):
            return
        for text in (block.text, block.definition):
            if text.strip():
                self.block = Block("item", text, where=block.where)
                self.line_block(self.block)

    def code_block(self, block: Block) -> None:
        self.close_run()
        self.found.add_code(block.text, self.heading, language=block.language,
                            origin=self.origin(block.text.strip().splitlines()[0] if block.text.strip() else ""))

    def finish(self) -> None:
        self.close_run()
        self.close_section()
        if len(self.glossary) >= MIN_GLOSSARY_TERMS:
            # A deck with a key-words slide: a "Light sensor – the LEDs measure…" line on another slide describes one
            # of the things the lesson shows, not a key word the teacher left out of the list. (A plan's "Remember"
            # lines under its glossary table are more key words.)
            loose = self.dashed - self.glossary
            self.found.vocabulary = [v for v in self.found.vocabulary if term_key(v["term"]) not in loose]
        phases = {phase for phase, _step in self.lesson_steps.values() if phase != "time"}
        timed = any(phase == "time" for phase, _step in self.lesson_steps.values())
        if len(self.lesson_steps) >= 2 and (timed or (len(phases) >= 2 and phases - OPENING_PHASES)):
            self.found.add_sequence("Lesson sequence", [step for _phase, step in self.lesson_steps.values()],
                                    origin=self.lesson_origin)


def analyse(blocks: list[Block], *, title: str = "", filename: str = "") -> DocumentStructure:
    """The structure of one document: headings, objectives, vocabulary, sequences, code, tables, titles, and the
    questions written in it (an answers file, known by its `filename` or its heading, gives answers instead).

    `title` is the file's title property: used only when the content names no title of its own, because a
    property is often left over from the file the teacher saved over ("Year 9 Spreadsheets" on a deck about
    operating systems).
    """
    found = Findings()
    walker = _Walker(found)
    walker.text = "\n".join(block.text for block in blocks)
    blocks = with_aims_apart(promote_code(blocks))
    headed_glossary.pair_headings(blocks)
    headed_glossary.pair_asked_lines(blocks)
    questions = find_questions(blocks, filename=filename)
    blocks = with_comment_prose(blocks)  # a walkthrough program's docstring and comments are read as its lines
    for index, block in enumerate(blocks):
        walker.block = block
        walker.following = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
        if block.kind == "heading":
            walker.heading_block(block)
        elif block.kind in ("paragraph", "item"):
            walker.line_block(block)
        elif block.kind == "table":
            walker.table_block(block)
        elif block.kind == "code":
            walker.code_block(block)
        elif block.kind == "term":
            walker.term_block(block)
    walker.finish()
    add_whole_document_terms(found, blocks, "\n".join([walker.text, *(cell for b in blocks for row in b.rows for cell in row)]))
    found.lesson_titles = lesson_titles(blocks, found.lesson_titles, clean(title))
    found.number_objectives()
    puzzle = crossword.read(blocks)
    return {
        **({"clues": puzzle.clues} if puzzle.clues else {}),
        **({"solutions": puzzle.solutions} if puzzle.solutions else {}),
        "headings": found.headings,
        "objectives": found.objectives,
        "vocabulary": found.vocabulary,
        "sequences": found.sequences,
        "code_snippets": found.code_snippets,
        "tables": found.tables,
        "lesson_titles": found.lesson_titles,
        "questions": questions.questions,
        "answers": questions.answers,
    }
