"""What extraction hands back: one ExtractedDocument per readable file, and the refusals."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeVar

from app.errors import Invalid
from app.services.documents import structure
from app.services.documents.blocks import INVISIBLE, Block, merge_code, to_text, without_stamps
from app.services.documents.found import DocumentStructure, PictureText, SlideSummary
from app.services.documents.match_letters import with_letters_apart

FileType = Literal["docx", "pptx", "pdf", "html", "md", "txt"]

FILE_TYPE_NAMES = {"docx": "Word document", "pptx": "PowerPoint presentation", "pdf": "PDF", "zip": "zip file",
                   "html": "web page", "md": "Markdown file", "txt": "text file"}


class UploadRejected(Invalid):
    """A file that cannot be used. The message names the file and says what to do instead."""

    error = "UploadRejected"


class WholeUploadRejected(UploadRejected):
    """The uploaded file is refused whole: inside a zip, reading does not skip past it to the next document."""


class UploadTooLargeUnzipped(WholeUploadRejected):
    """The whole upload would expand past its budget."""


# What to do about a document over one of the bounds on reading (pages, characters, seconds, memory).
SPLIT_IT = "Split it, or upload the lesson's pages only."


def too_much_text(name: str, max_text_chars: int) -> UploadRejected:
    """The refusal for a document with more text than one document may hold (DOCUMENT_MAX_CHARACTERS)."""
    return UploadRejected(f"‘{name}’ has more than {max_text_chars:,} characters of text. {SPLIT_IT}")


@dataclass
class ExtractedDocument:
    """The text and teaching structure found in one document (the original file is not kept)."""

    filename: str
    file_type: FileType
    text: str
    structure: DocumentStructure
    warnings: list[str] = field(default_factory=list)
    size_bytes: int = 0
    ocr_seconds: float = 0.0  # of reading it, the time spent reading pictures of words (not stored)


@dataclass
class SkippedFile:
    """A file inside a zip that was not read, and why (for the teacher)."""

    name: str
    reason: str


@dataclass
class UploadResult:
    """Everything read from one uploaded file: several documents when it was a zip."""

    filename: str
    documents: list[ExtractedDocument]
    skipped: list[SkippedFile] = field(default_factory=list)


def build_document(
    filename: str,
    file_type: FileType,
    blocks: list[Block],
    *,
    size_bytes: int,
    max_text_chars: int,
    warnings: list[str] | None = None,
    slides: list[SlideSummary] | None = None,
    title: str = "",
    pictures: PictureText | None = None,
    ocr_seconds: float = 0.0,
) -> ExtractedDocument:
    """Run structure detection over a reader's blocks; a text over `max_text_chars` is refused. `pictures` says
    which pictures of words were read (readers that look at pictures give it, even when there were none)."""
    warnings = list(warnings or [])
    blocks = with_letters_apart(without_stamps(merge_code(blocks)))
    text = to_text(blocks)
    if len(text) > max_text_chars:
        raise too_much_text(filename, max_text_chars)
    if not text.strip():
        warnings.append(_no_text_warning(filename, file_type))
    found = structure.analyse(blocks, title=title, filename=filename)
    found["slides"] = slides or []
    if pictures is not None:
        found["pictures"] = pictures
    return ExtractedDocument(
        filename=filename,
        file_type=file_type,
        text=storable(text),
        structure=storable(found),
        warnings=warnings,
        size_bytes=size_bytes,
        ocr_seconds=ocr_seconds,
    )


Stored = TypeVar("Stored")  # a JSON value: what goes in comes back in the same shape


def storable(value: Stored) -> Stored:
    """Strings safe for any database: no NUL or other control characters, no lone surrogates."""
    if isinstance(value, str):
        value = value.translate(INVISIBLE)
        return value.encode("utf-8", errors="replace").decode("utf-8")
    if isinstance(value, dict):
        return {key: storable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [storable(item) for item in value]
    return value


def _no_text_warning(filename: str, file_type: FileType) -> str:
    if file_type == "pdf":
        return (
            f"No text was found in ‘{filename}’. It may be a scanned image. "
            "Upload the original Word or PowerPoint file instead if you have it."
        )
    return f"No text was found in ‘{filename}’."
