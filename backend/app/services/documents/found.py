"""The teaching structure found in a document, as it is stored (UnitDocument.structure is this JSON) and merged.

Each shape is a TypedDict because it is JSON in the database: rows stored before a key was added lack it, so
readers of stored structure keep their defaults (`.get("kind", "objective")`). Keys marked NotRequired are
added when the documents of a unit are merged (`source`), the teacher's corrections are used (`strands`), or the
reader knew where in the document an item was: `where` ("slide 8", "page 2", "table 1", "paragraph 12",
"line 14") and `quote` (the words it was taken from, at most 300 characters).
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


class SlideSummary(TypedDict):
    number: int
    title: str
    bullets: list[str]
    notes: str  # the speaker notes


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
