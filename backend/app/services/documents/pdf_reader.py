"""PDFs: the text of each page (with pypdf), turned back into headings, list items and paragraphs.

A PDF keeps no headings or lists, only positioned text, so the shape is rebuilt from the lines: bullets
and numbers start items, known section names ("Learning objectives") and "Lesson 3…" become headings,
and a line that starts in lower case continues the line before (text wrapped by the page width).
"""

from __future__ import annotations

import io
import logging
import re
import time

from pypdf import PasswordType, PdfReader
from pypdf.errors import PdfReadError

from app.services.documents import safety
from app.services.documents.blocks import Block, clean, text_block
from app.services.documents.extracted import ExtractedDocument, build_document
from app.services.documents.structure import CODE_LINE, LESSON_TITLE, VOCAB_DASH, section_of

log = logging.getLogger(__name__)

# pypdf logs every small oddity of real-world PDFs as a warning; one summary line per file is enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """Extract a PDF's text, refusing password-protected files and capping pages, time and text."""
    budget.spend(name, len(data), limits)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise safety.password_protected(name)
        total = len(reader.pages)
    except safety.UploadRejected:
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds of error on damaged files; all mean "cannot read"
        raise safety.could_not_read(name, "PDF") from None
    warnings: list[str] = []
    lines: list[str] = []
    started = time.monotonic()
    characters = 0
    for index in range(min(total, limits.max_pdf_pages)):
        if time.monotonic() - started > limits.max_pdf_seconds:
            warnings.append(
                f"‘{name}’ took too long to read: only the first {index} of {total} pages were used."
            )
            break
        try:
            text = reader.pages[index].extract_text() or ""
        except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError, ZeroDivisionError):
            warnings.append(f"Page {index + 1} of ‘{name}’ could not be read and was left out.")
            continue
        lines.extend(text.splitlines())
        characters += len(text)
        if characters > limits.max_text_chars:
            break
    if total > limits.max_pdf_pages:
        warnings.append(
            f"‘{name}’ has {total} pages: only the first {limits.max_pdf_pages} were read."
        )
    if not lines and total == 0:
        raise safety.could_not_read(name, "PDF")
    return build_document(
        name, "pdf", lines_to_blocks(lines), size_bytes=len(data), max_text_chars=limits.max_text_chars,
        warnings=warnings, title=_metadata_title(reader),
    )


def _unlock(reader: PdfReader) -> bool:
    """Open a PDF that is only protected against editing (an empty password opens it); False if a password is needed."""
    try:
        return reader.decrypt("") != PasswordType.NOT_DECRYPTED
    except Exception:  # noqa: BLE001 - unsupported encryption is, for the teacher, the same as a password
        return False


def _metadata_title(reader: PdfReader) -> str:
    try:
        return clean(str((reader.metadata or {}).get("/Title") or ""))
    except Exception:  # noqa: BLE001 - metadata is optional and often malformed
        return ""


def lines_to_blocks(lines: list[str]) -> list[Block]:
    """Rebuild headings, items and paragraphs from lines of PDF text."""
    blocks: list[Block] = []
    for raw in lines:
        line = clean(raw)
        if not line or re.fullmatch(r"(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?", line, re.IGNORECASE):
            continue  # blank lines and page numbers
        previous = blocks[-1] if blocks else None
        if (
            previous is not None
            and previous.kind in ("paragraph", "item")
            and line[0].islower()
            and not previous.text.endswith((".", ":", "?", "!"))
            and not VOCAB_DASH.match(line)  # "bit – a binary digit" is its own line
            and not CODE_LINE.match(line)
        ):
            previous.text = f"{previous.text} {line}"
            continue
        if section_of(line) and len(line) <= 70:
            blocks.append(Block("heading", line.rstrip(":"), level=2))
        elif LESSON_TITLE.match(line) and len(line) <= 90:
            blocks.append(Block("heading", line, level=1))
        else:
            block = text_block(line)
            if block is not None:
                blocks.append(block)
    return blocks
