"""Uploaded lesson documents, what was found in them, and the teacher's corrections."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import Field

from app.models import Strand
from app.schemas.base import ReadSchema, Schema
from app.schemas.units import ObjectiveRead


class Provenance(ReadSchema):
    """Where in its document a found item came from, for the teacher to check it against."""

    where: str | None = Field(default=None, description='"slide 8", "page 2", "table 1", "paragraph 12"')
    quote: str | None = Field(default=None, description="The words it was taken from")


class FoundObjective(Provenance):
    code: str
    text: str
    kind: str = Field(default="objective", description='"objective" or "success_criterion" (an "I can…" line)')
    source: str | None = Field(default=None, description="The document it was found in")


class FoundTerm(Provenance):
    term: str
    definition: str = Field(description="Empty when the document listed the word without a definition")
    source: str | None = None


class FoundSequence(Provenance):
    title: str
    steps: list[str]
    source: str | None = None


class FoundSnippet(Provenance):
    language: str
    code: str
    title: str
    source: str | None = None


class FoundQuestion(Provenance):
    """A question already written in a document, with its options and answer when the documents give them."""

    number: int = Field(description="The question's number in its document")
    label: str | None = Field(default=None, description='An exam paper\'s part, as the paper numbers it: "1(c)(ii)"')
    text: str
    options: list[str] = Field(default_factory=list, description="Empty for a question answered in words")
    answer: str = Field(default="", description="The right option's text, or the answer's words; empty when none")
    code: str | None = Field(default=None, description="The program the question is about, when it has one")
    source: str | None = Field(default=None, description="The document the question is in")
    answer_source: str | None = Field(default=None, description="The answers file the answer came from, if another")
    answer_where: str | None = Field(default=None, description="Where in that answers file")


class PictureReport(ReadSchema):
    """Pictures of words in a document, read with OCR (where this server can)."""

    read: list[str] = Field(default_factory=list, description='Where pictures were read: "slide 3", "page 2"')
    not_read: list[str] = Field(default_factory=list, description="Where a picture of words was not read")
    note: str = Field(default="", description="Why those were not read, in plain words; empty when all were read")


class DocumentSummary(ReadSchema):
    """One stored document and what was found in it."""

    id: uuid.UUID
    filename: str
    file_type: str
    size_bytes: int
    created_at: datetime
    objectives: list[FoundObjective]
    vocabulary: list[FoundTerm]
    vocabulary_count: int
    sequences: list[FoundSequence]
    code_snippet_count: int
    slide_count: int
    lesson_titles: list[str]
    preview: str = Field(description="The first few hundred characters of the text")
    warnings: list[str]
    questions: list[FoundQuestion] = Field(default_factory=list, description="Questions written in this document")
    question_count: int = 0
    answer_count: int = Field(default=0, description="Answers this document holds for another document's questions")
    pictures: PictureReport = Field(default_factory=PictureReport)


class UploadLimits(ReadSchema):
    """What an upload may be, so the page can check files before sending them."""

    max_upload_mb: int
    max_files: int
    allowed_extensions: list[str]


class SkippedFileRead(ReadSchema):
    name: str
    reason: str


class UploadedFileResult(ReadSchema):
    """What happened to one uploaded file."""

    filename: str
    status: Literal["read", "refused"]
    detail: str = Field(description="What was read, or why the file was refused and what to do")
    documents: list[DocumentSummary] = Field(default_factory=list)
    skipped: list[SkippedFileRead] = Field(default_factory=list, description="Files inside a zip that were not used")


class UploadReport(ReadSchema):
    """Every uploaded file, read or refused. One bad file never stops the good ones being stored."""

    message: str
    read: int = Field(description="Files read")
    refused: int = Field(description="Files refused")
    documents_stored: int
    files: list[UploadedFileResult]


class FoundMaterials(ReadSchema):
    """Merged from all of the unit's documents: suggestions for the teacher to correct."""

    document_count: int
    objectives: list[FoundObjective]
    vocabulary: list[FoundTerm]
    sequences: list[FoundSequence]
    code_snippets: list[FoundSnippet]
    lesson_titles: list[str]
    questions: list[FoundQuestion] = Field(
        default_factory=list, description="Questions written in the documents, with answers from answers files"
    )


class VocabularyItem(Schema):
    term: str = Field(min_length=1, max_length=100)
    definition: str = Field(default="", max_length=1000)


class SavedMaterials(ReadSchema):
    """What the unit holds now: the teacher's objectives and vocabulary."""

    objectives: list[ObjectiveRead]
    vocabulary: list[VocabularyItem]


class MaterialsRead(ReadSchema):
    found: FoundMaterials
    saved: SavedMaterials


class ObjectiveCorrection(Schema):
    code: str = Field(min_length=1, max_length=20, description='e.g. "LO1"')
    description: str = Field(min_length=1, max_length=1000)
    strands: list[Strand] = Field(default_factory=list, max_length=10)


class MaterialsUpdate(Schema):
    """The teacher's corrected objectives and vocabulary; they replace the unit's."""

    objectives: list[ObjectiveCorrection] = Field(max_length=200)
    vocabulary: list[VocabularyItem] = Field(max_length=500)
