"""PDFs: each page's text with its layout (pypdf), within the bounds on pages, characters and time.

How the lines are turned back into headings, items, tables and code is in `pdf_layout`. Each block says
which page it is on. The title comes from the content (its first big heading); the file's title property is
used only when there is none, since it is often left over from another document.
"""

from __future__ import annotations

import io
import logging

from pypdf import PasswordType, PdfReader
from pypdf.errors import PyPdfError

from app.services.documents import safety
from app.services.documents.blocks import clean
from app.services.documents.extracted import ExtractedDocument, build_document, too_much_text
from app.services.documents.pdf_layout import Line, lines_to_blocks, page_lines

log = logging.getLogger(__name__)

# pypdf logs every small oddity of real-world PDFs as a warning; one summary line per file is enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """Extract a PDF's text, refusing password-protected files and PDFs over the bounds on pages, text and time."""
    budget.spend(name, len(data), limits)
    reader = _open(name, data, limits)
    warnings: list[str] = []
    lines: list[Line] = []
    characters = 0
    total = len(reader.pages)
    for index in range(total):
        budget.check_time(limits)
        try:
            page, count = page_lines(reader.pages[index], f"page {index + 1}")
        except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, ZeroDivisionError,
                IndexError):
            warnings.append(f"Page {index + 1} of ‘{name}’ could not be read and was left out.")
            continue
        characters += count
        if characters > limits.max_text_chars:
            raise too_much_text(name, limits.max_text_chars)
        lines.extend(page)
    if not lines and total == 0:
        raise safety.could_not_read(name, "PDF")
    return build_document(
        name, "pdf", lines_to_blocks(lines), size_bytes=len(data), max_text_chars=limits.max_text_chars,
        warnings=warnings, title=_metadata_title(reader),
    )


def _open(name: str, data: bytes, limits: safety.Limits) -> PdfReader:
    """The PDF, unlocked, with no more pages than the limit: the count its page tree declares is checked before
    the tree is walked (walking 100,000 pages takes hundreds of MB), and the real count after."""
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not _unlock(reader):
            raise safety.password_protected(name)
        declared = _declared_pages(reader)
        if declared > limits.max_pdf_pages:
            raise safety.too_many_pages(name, declared, limits)
        total = len(reader.pages)
    except (safety.UploadRejected, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - pypdf raises many kinds of error on damaged files; all mean "cannot read"
        raise safety.could_not_read(name, "PDF") from None
    if total > limits.max_pdf_pages:
        raise safety.too_many_pages(name, total, limits)
    return reader


def _declared_pages(reader: PdfReader) -> int:
    """The page count the page tree claims (0 when it claims none that makes sense; walking it will tell)."""
    try:
        count = reader.root_object["/Pages"].get_object()["/Count"]
        return int(count) if isinstance(count, int) else 0
    except Exception:  # noqa: BLE001 - a damaged tree is found out when it is walked
        return 0


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
