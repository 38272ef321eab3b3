"""The teaching structure found in a document, as it is stored (UnitDocument.structure is this JSON) and merged.

Each shape is a TypedDict because it is JSON in the database: rows stored before a key was added lack it, so
readers of stored structure keep their defaults (`.get("kind", "objective")`). Keys marked NotRequired are
added when the documents of a unit are merged (`source`), the teacher's corrections are used (`strands`), or the
reader knew where in the document an item was: `where` ("slide 8", "page 2", "table 1", "paragraph 12",
"line 14"; "slide 3 (read from a picture)" for words read from a picture) and `quote` (the words it was taken
from, at most 300 characters).
"""

from __future__ import annotations

from typing import Literal, NotRequired

# pydantic reads these shapes (the reader process replies in JSON), and before Python 3.12 it needs this TypedDict.
from typing_extensions import TypedDict

ObjectiveKind = Literal["objective", "success_criterion"]
Table = list[list[str]]  # rows of cell text


class Heading(TypedDict):
    text: str
    level: int  # 0 = the document's title


class Objective(TypedDict):
    """A learning objective, or a success criterion ("I can…")."""

    code: str  # "LO1"; numbered in order when the document gave none
    text: str
    kind: ObjectiveKind
    source: NotRequired[str]  # the document it was found in
    strands: NotRequired[list[str]]  # only on the teacher's saved objectives
    where: NotRequired[str]  # where in the document: "slide 8"
    quote: NotRequired[str]  # the words it was taken from


class Term(TypedDict):
    """A key word and its meaning."""

    term: str
    definition: str  # "" when the document listed the word without one
    source: NotRequired[str]
    where: NotRequired[str]
    quote: NotRequired[str]


class StepSequence(TypedDict):
    """Steps in order: a lesson's outline, numbered instructions, an algorithm."""

    title: str
    steps: list[str]
    source: NotRequired[str]
    where: NotRequired[str]  # where the sequence starts
    quote: NotRequired[str]


class CodeSnippet(TypedDict):
    language: str  # "python", "java", "javascript", "sql", "pseudocode", "html" or "text" (see `language`)
    code: str
    title: str  # the nearest heading
    source: NotRequired[str]
    where: NotRequired[str]
    quote: NotRequired[str]  # the code's first line


class Question(TypedDict):
    """A question already written in a document: numbered, perhaps with options, perhaps with its answer.

    `answer` is the marked option's text for a question with options (bold, "✓", "(correct)", highlighted, or
    given as a letter in an answers file), the answer's own words otherwise, and "" when the documents give none.
    """

    number: int  # as the document numbers it (a question and answer table: its row)
    text: str
    options: list[str]  # [] for a question to answer in words
    answer: str
    code: NotRequired[str]  # the program a question is about ("What will this program print?")
    label: NotRequired[str]  # an exam paper's part: "1(c)(ii)" (its `number` is the question, 1)
    source: NotRequired[str]  # the document the question is in
    where: NotRequired[str]
    quote: NotRequired[str]
    answer_source: NotRequired[str]  # the answers file the answer came from, when it is another document
    answer_where: NotRequired[str]  # where in that file


class Answer(TypedDict):
    """A numbered answer in an answers file (or an answers section) that is matched to its question by number."""

    number: int
    text: str
    where: NotRequired[str]
    label: NotRequired[str]  # an exam paper's part as its mark scheme keys it: "1(c)(ii)"
    question: NotRequired[str]  # the question as the answers sheet repeats it ("What is a sprite? – A character…")


class PictureText(TypedDict):
    """Which pictures of words were read with OCR (slides, pages, or a Word document's pictures by number)."""

    read: list[str]  # "slide 3": its picture was read, and what it says is marked "(read from a picture)"
    not_read: list[str]  # places whose picture seemed to hold words but was not read
    note: str  # why those were not read, for the teacher ("" when there are none)


class SlideSummary(TypedDict):
    number: int
    title: str
    bullets: list[str]
    notes: str  # the speaker notes


class Clue(TypedDict):
    """A crossword clue: the meaning of the word that fills it."""

    direction: str  # "across" or "down"
    number: int
    clue: str
    letters: int


class Solution(TypedDict):
    """A crossword's word, by its clue's direction and number."""

    direction: str
    number: int
    word: str


class DocumentStructure(TypedDict):
    """Everything structure detection found in one document."""

    headings: list[Heading]
    objectives: list[Objective]
    vocabulary: list[Term]
    sequences: list[StepSequence]
    code_snippets: list[CodeSnippet]
    tables: list[Table]
    lesson_titles: list[str]
    slides: NotRequired[list[SlideSummary]]  # set by the reader: empty except for presentations
    questions: NotRequired[list[Question]]  # questions written in the document, with any answers it gives
    answers: NotRequired[list[Answer]]  # an answers file's answers, for the questions of another document
    pictures: NotRequired[PictureText]  # set by the readers that look at pictures (pptx, docx, pdf)
    clues: NotRequired[list[Clue]]  # a key-word crossword's clues
    solutions: NotRequired[list[Solution]]  # a crossword's words by clue number (often in the teacher's answers)
