"""Lesson documents in, teaching structure out: Word, PowerPoint, PDF, web pages, Markdown and text, alone or zipped.

The readers are pure (no database, no files written); `library` keeps what a unit's uploads contained in the
database, and the unit's materials built from them. What is found (objectives, vocabulary, sequences, code, the
questions already written in the documents and their answers) has the shapes in `found`. Words in pictures are
read with Tesseract where a slide or page is little but a picture (`pictures`, `ocr`), when the server has it.

    result = read_upload("Unit 3.zip", data)        # every document in the upload, and what was skipped
    documents = extract("Lesson 1.docx", data)      # just the documents
    materials = merge(documents)                    # objectives, vocabulary, sequences, code, text

The server never parses a document in its own process: `reader_process.read_all_in_child` runs `read_upload` on
each file of an upload in one process of their own, within the bounds in `Limits` (pages, characters, seconds,
memory, each per file), which exits afterwards.
Anything unusable raises UploadRejected (a 422 with a message that names the file and says what to do).
"""

from __future__ import annotations

import time

from app.config import get_settings
from app.services.documents import safety
from app.services.documents.docx_reader import read_docx
from app.services.documents.extracted import (
    ExtractedDocument,
    SkippedFile,
    UploadRejected,
    UploadResult,
    UploadTooLargeUnzipped,
    WholeUploadRejected,
)
from app.services.documents.html_reader import read_html
from app.services.documents.materials import UnitMaterials, merge
from app.services.documents.pdf_reader import read_pdf
from app.services.documents.pptx_reader import read_pptx
from app.services.documents.safety import Limits, display_name
from app.services.documents.text_reader import read_md, read_txt
from app.services.documents.zip_reader import read_zip

__all__ = [
    "ExtractedDocument",
    "Limits",
    "SkippedFile",
    "UnitMaterials",
    "UploadRejected",
    "UploadResult",
    "UploadTooLargeUnzipped",
    "WholeUploadRejected",
    "display_name",
    "extract",
    "merge",
    "read_upload",
]

_READERS = {"docx": read_docx, "pptx": read_pptx, "pdf": read_pdf, "html": read_html, "md": read_md, "txt": read_txt}


def read_upload(
    filename: str, data: bytes, *, limits: Limits | None = None, allowed_extensions: list[str] | None = None
) -> UploadResult:
    """Read one uploaded file: a .docx, .pptx, .pdf, .html, .md or .txt gives one document, a .zip gives one per
    document inside.

    The extension must be allowed (ALLOWED_EXTENSIONS) and the content must match it.
    """
    limits = limits or Limits.from_settings()
    allowed = allowed_extensions or get_settings().allowed_extension_list
    name = safety.display_name(filename)
    budget = safety.Budget(
        remaining=limits.max_total_uncompressed, upload=name, deadline=time.monotonic() + limits.max_seconds
    )
    return _read(name, data, limits, budget, depth=0, allowed=allowed)


def extract(filename: str, data: bytes, *, limits: Limits | None = None) -> list[ExtractedDocument]:
    """The documents in one uploaded file (several for a .zip). Raises UploadRejected when none can be used."""
    return read_upload(filename, data, limits=limits).documents


def _read(name: str, data: bytes, limits: Limits, budget: safety.Budget, *, depth: int, allowed: list[str]) -> UploadResult:
    file_type = safety.file_type_for(name, data, allowed)
    if file_type == "zip":
        return read_zip(
            name,
            data,
            limits,
            budget,
            depth=depth,
            allowed=allowed,
            read_member_file=lambda inner, member, level: _read(
                inner, member, limits, budget, depth=level, allowed=allowed
            ),
        )
    document = _READERS[file_type](name, data, limits, budget)
    return UploadResult(filename=name, documents=[document])
