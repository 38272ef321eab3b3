"""PDFs: each page's text with its layout (pypdf), within the bounds on pages, characters and time.

How the lines are turned back into headings, items, tables and code is in `pdf_layout`. Each block says
which page it is on. A page with almost no text but a large picture (a scanned page) has the picture read
(`pictures`): its words follow the page's own, at "page 3 (read from a picture)". On a deck, key-word cards are
paired by position (`pdf_cards`). A teacher's comments (sticky notes, typed boxes, highlights' comments) follow
the page they are on (`pdf_annotations`). The title comes from the content (its first big heading); the file's title
property is used only when there is none, since it is often left over from another document.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from pypdf import PageObject, PasswordType, PdfReader
from pypdf.errors import PyPdfError

from app.services.documents import safety
from app.services.documents.blocks import Block, clean
from app.services.documents.extracted import ExtractedDocument, build_document, too_much_text
from app.services.documents.pdf_annotations import comment_blocks, comments
from app.services.documents.pdf_cards import paired_cards
from app.services.documents.pdf_layout import Line, lines_to_blocks, page_lines
from app.services.documents.pdf_strokes import Stroke
from app.services.documents.pictures import ALMOST_NO_WORDS, MAX_PIXELS, PictureReader, picture_blocks
from app.services.documents.word_forms import expands

log = logging.getLogger(__name__)
PAGE_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, ZeroDivisionError,
               IndexError)
# A line on at least this share of the pages (of three or more) is a running header or footer.
MIN_RUNNING_PAGES = 3
RUNNING_SHARE = 0.5
# What a browser prints at the top and foot of each page: "02/10/2024, 09:14  <page title>", "<address>  1/2".
BROWSER_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\b"
                           r"|(?:https?|file)://\S+\s+\d{1,4}\s*/\s*\d{1,4}$", re.IGNORECASE)
# The file's path an editor prints at the top of each page ("C:\Users\…\booking.py", "/home/…/notes.txt").
FILE_PATH = re.compile(r"(?:[A-Za-z]:\\|\\\\|/|~/)\S.*[\\/][^\\/]+\.\w{1,5}")
SLIDE_WORDS = 60  # a deck saved as PDF has at most about this many words a page
WIDESCREEN = 1.6  # width over height: a 16:9 page (A4 landscape is 1.41)
WIDESCREEN_WORDS = 2  # times SLIDE_WORDS a widescreen page may hold and still be a slide
# A picture at least this many pixels wide and high may be a scanned page of words.
MIN_PICTURE_WIDTH = 500
MIN_PICTURE_HEIGHT = 250

# pypdf logs every small oddity of real-world PDFs as a warning; one summary line per file is enough.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def read_pdf(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """Extract a PDF's text, refusing password-protected files and PDFs over the bounds on pages, text and time."""
    budget.spend(name, len(data), limits)
    reader = _open(name, data, limits)
    pictures = PictureReader(limits, budget)
    warnings: list[str] = []
    pages: list[list[Line]] = []
    strokes: list[list[Stroke]] = []  # the lines each page draws, for key words joined to their meanings
    read: dict[int, list[Block]] = {}  # page number → the words of its picture
    commented: dict[int, list[Block]] = {}  # page number → the teacher's comments on it
    characters = 0
    total = len(reader.pages)
    for index in range(total):
        budget.check_time(limits)
        where = f"page {index + 1}"
        try:
            drawn: list[Stroke] = []
            page, count = page_lines(reader.pages[index], where, drawn)
        except PAGE_ERRORS:
            warnings.append(f"Page {index + 1} of ‘{name}’ could not be read and was left out.")
            continue
        notes = _comments(reader.pages[index])
        characters += count + sum(len(text) for text in notes)
        if notes:
            commented[index + 1] = comment_blocks(notes, f"{where} (comment)")
        if characters > limits.max_text_chars:
            raise too_much_text(name, limits.max_text_chars)
        pages.append(page)
        strokes.append(drawn)
        if sum(len(line.text.split()) for line in page) < ALMOST_NO_WORDS:
            picture = _largest_picture(reader.pages[index])
            if picture:
                read[index + 1] = picture_blocks(pictures.words(where, picture), where)
    if not any(pages) and total == 0:
        raise safety.could_not_read(name, "PDF")
    slide_like = _slide_like(reader, pages)
    if slide_like:
        pages = [paired_cards(page, drawn) for page, drawn in zip(pages, strokes, strict=True)]
    blocks = lines_to_blocks(_without_running_lines(pages))
    if slide_like:
        blocks = _title_slide_bodies(blocks)
    return build_document(
        name, "pdf", _with_pictures(blocks, _after_page(read, commented)), size_bytes=len(data),
        max_text_chars=limits.max_text_chars, warnings=warnings, title=_metadata_title(reader),
        pictures=pictures.found(), ocr_seconds=pictures.seconds,
    )


def _without_running_lines(pages: list[list[Line]]) -> list[Line]:
    """Every page's lines but the running header and footer: a line that comes back on most pages, its numbers
    aside ("Y7 Networks · Lesson 1   4"), or the stamps a web browser or an editor prints at a page's edges (the
    date and time, the page's address or the file's path, and "1/2"), on however few pages."""
    counts = Counter(k for page in pages for k in {_running_key(line) for line in _edges(page)})
    running = {k for k, n in counts.items() if len(pages) >= MIN_RUNNING_PAGES and n >= RUNNING_SHARE * len(pages)}
    kept: list[Line] = []
    for page in pages:
        stamps, edges = _stamps(page), _edges(page)
        kept += [line for index, line in enumerate(page)
                 if index not in stamps and (line not in edges or _running_key(line) not in running)]
    return kept


def _stamps(page: list[Line]) -> set[int]:
    """Where the page's print stamps are: the lines at its top and foot that a browser or an editor printed (the
    date and time, the address or the file's path, "1/2"), however many pages there are."""
    found: set[int] = set()
    for order in (range(len(page)), range(len(page) - 1, -1, -1)):
        for index in order:
            text = clean(page[index].text)
            if not (BROWSER_STAMP.match(text) or FILE_PATH.fullmatch(text)):
                break
            found.add(index)
    return found


def _edges(page: list[Line]) -> list[Line]:
    """Where a header or footer sits: the first and last lines of a page that has more than them."""
    return [page[0], page[-1]] if len(page) > 2 else []


def _running_key(line: Line) -> str:
    return re.sub(r"\d+", "#", clean(line.text)).lower()


def _slide_like(reader: PdfReader, pages: list[list[Line]]) -> bool:
    """A deck saved as PDF: landscape pages with few words each (one idea a page). A widescreen (16:9) page is a
    slide or a whiteboard frame, never a printed sheet, so it may hold more (a Jamboard frame of sticky notes)."""
    try:
        boxes = [page.mediabox for page in reader.pages]
        landscape = sum(1 for box in boxes if float(box.width) > float(box.height))
        widescreen = all(float(box.width) >= WIDESCREEN * float(box.height) for box in boxes)
    except PAGE_ERRORS:
        return False
    words = sum(len(line.text.split()) for page in pages for line in page)
    most = SLIDE_WORDS * (WIDESCREEN_WORDS if widescreen else 1)
    return bool(pages) and landscape >= 0.8 * len(boxes) and words <= most * len(pages)


def _title_slide_bodies(blocks: list[Block]) -> list[Block]:
    """On each page of a deck, the first line under the page's heading may define it, as on a slide ("Router" /
    "Sends data between different networks…"); an acronym's expansion joins the line after it ("LAN" / "Local Area
    Network" / "Covers a small area…")."""
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        if block.kind != "heading" or block.where in seen:
            continue
        seen.add(block.where)
        body = [b for b in blocks[index + 1:index + 4] if b.where == block.where and b.kind == "paragraph"]
        if not body:
            continue
        first = body[0]
        if len(body) > 1 and expands(block.text, first.text):
            first.text = f"{first.text}: {body[1].text}"
            body[1].text = ""
        first.title_of = block.text
    return [b for b in blocks if b.kind != "paragraph" or b.text]


def _largest_picture(page: PageObject) -> bytes:
    """The page's largest picture, if it is large enough to be a page of words (a scan), as PNG or JPEG bytes."""
    try:
        xobjects = page["/Resources"].get_object().get("/XObject")
        best, best_size = None, 0
        for key, reference in (xobjects.get_object() if xobjects is not None else {}).items():
            picture = reference.get_object()
            if picture.get("/Subtype") != "/Image":
                continue
            width, height = int(picture.get("/Width", 0)), int(picture.get("/Height", 0))
            if width >= MIN_PICTURE_WIDTH and height >= MIN_PICTURE_HEIGHT and width * height > best_size:
                best, best_size = key, width * height
        return page.images[best].data if best is not None and best_size <= MAX_PIXELS else b""
    except Exception:  # noqa: BLE001 - pypdf and Pillow fail in many ways on odd pictures: the page keeps its text
        return b""


def _comments(page: PageObject) -> list[str]:
    try:
        return comments(page)
    except PAGE_ERRORS:  # a damaged annotation: the page keeps its text
        return []


def _after_page(*extras: dict[int, list[Block]]) -> dict[int, list[Block]]:
    """What follows each page's own blocks: its picture's words, then the comments on it."""
    merged: dict[int, list[Block]] = {}
    for extra in extras:
        for page, blocks in extra.items():
            merged.setdefault(page, []).extend(blocks)
    return merged


def _with_pictures(blocks: list[Block], read: dict[int, list[Block]]) -> list[Block]:
    """The blocks with each page's picture words after that page's own blocks."""
    result: list[Block] = []
    waiting = sorted(read.items())
    for block in blocks:
        page = re.match(r"page (\d+)", block.where)
        while waiting and page is not None and waiting[0][0] < int(page.group(1)):
            result.extend(waiting.pop(0)[1])
        result.append(block)
    for _page, words in waiting:
        result.extend(words)
    return result


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
