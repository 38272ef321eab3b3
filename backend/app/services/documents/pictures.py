"""Pictures of words in lesson documents: reading them within the document's bounds, and what they say as blocks.

Teachers paste words as pictures: a definition slide made in another program, a screenshot of a glossary, a
scanned worksheet. A picture is read only where it is most of what there is — a slide or PDF page with almost no
text of its own (ALMOST_NO_WORDS) and a large picture, or a Word document that is mostly pictures; the readers
decide that, because each knows its own layout. One document reads at most `Limits.max_ocr_pictures` pictures,
each within `Limits.ocr_seconds_per_picture`, all within OCR_SHARE of DOCUMENT_MAX_SECONDS; whatever is left
unread is said to the teacher in plain words (`PictureText.note`).

What a picture says goes through the same structure detection as typed text (`picture_blocks`), and everything
found in it is marked "(read from a picture)" so the teacher knows to check it.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from docx.image.image import Image as PictureHeader

from app.services.documents import ocr
from app.services.documents.blocks import Block
from app.services.documents.found import PictureText
from app.services.documents.pdf_layout import lines_to_blocks
from app.services.documents.phrases import is_term
from app.services.documents.safety import Budget, Limits
from app.services.documents.tables import DEFINITION_HEADERS, TERM_HEADERS, key
from app.services.documents.vocabulary import Candidate, layout_pair, separated

FROM_A_PICTURE = "(read from a picture)"
NO_OCR = "Pictures with words in them were not read: this server cannot read text in pictures."
ALMOST_NO_WORDS = 15  # a slide or page with fewer words of its own than this, and a large picture, is the picture
OCR_SHARE = 0.5  # of the time one document may take to read (DOCUMENT_MAX_SECONDS), for its pictures
TIME_RESERVE = 2.0  # seconds kept back from the upload's deadline for reading the rest of it
MIN_SIDE_PIXELS = 100  # smaller pictures are icons and bullets
MAX_PIXELS = 25_000_000  # a 600 dpi scan of an A4 page is 35 million: larger pictures are not read
# The formats Tesseract reads that the header parser knows (WMF/EMF drawings and SVG are not pictures of words).
READABLE_TYPES = {"image/png", "image/jpeg", "image/gif", "image/tiff", "image/bmp"}
MIN_WORDS_READ = 2  # fewer words than this read from a picture is a photo's noise, not text
MAX_ROW_TERM_WORDS = 4  # a key word in a picture of a glossary row is at most this many words
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters or more
MAX_HEADING_WORDS = 8
# Why a picture was not read, in the order the note says them.
WHY_NOT = ("no_ocr", "count", "time", "unreadable")


def is_readable_picture(data: bytes) -> bool:
    """A picture Tesseract can read, by its header alone (nothing is decoded): a known format and a sane size."""
    try:
        header = PictureHeader.from_blob(data)
    except Exception:  # noqa: BLE001 - an unknown or damaged picture is simply not read
        return False
    width, height = header.px_width, header.px_height
    return (header.content_type in READABLE_TYPES and min(width, height) >= MIN_SIDE_PIXELS
            and width * height <= MAX_PIXELS)


@dataclass
class PictureReader:
    """One document's pictures: read while the document's time and count allow, with a record of what was read
    and what was not (and why)."""

    limits: Limits
    budget: Budget
    read: list[str] = field(default_factory=list)
    not_read: dict[str, list[str]] = field(default_factory=dict)  # why → places
    seconds: float = 0.0  # spent reading pictures
    pictures: int = 0  # pictures handed to Tesseract
    deadline: float = 0.0
    program: str | None = None
    started: bool = False

    def words(self, where: str, data: bytes) -> str:
        """The words in the picture at `where` ("slide 3"), or "" when it was not read (the reason is kept)."""
        if not is_readable_picture(data):
            return ""  # a drawing, an icon, or a format Tesseract cannot read: nothing to tell the teacher
        self._start()
        why, text = self._cannot_read(), ""
        if why is None:
            why, text = self._read(data)
        if why is not None:
            _add(self.not_read.setdefault(why, []), where)
            return ""
        if len(WORD.findall(text)) < MIN_WORDS_READ:
            return ""  # a photo or a drawing: what OCR makes of it is noise, and nothing was read
        _add(self.read, where)
        return text

    def _start(self) -> None:
        if not self.started:
            self.started = True
            self.program = ocr.program()
            share = time.monotonic() + OCR_SHARE * self.limits.max_seconds
            self.deadline = min(share, self.budget.deadline - min(TIME_RESERVE, 0.1 * self.limits.max_seconds))

    def _cannot_read(self) -> str | None:
        if self.program is None:
            return "no_ocr"
        if self.pictures >= self.limits.max_ocr_pictures:
            return "count"
        if self.deadline - time.monotonic() <= 0:
            return "time"
        return None

    def _read(self, data: bytes) -> tuple[str | None, str]:
        """(why it was not read, or None; the words) for one picture, timed."""
        self.pictures += 1
        started = time.monotonic()
        seconds = min(self.limits.ocr_seconds_per_picture, self.deadline - started)
        try:
            return None, ocr.read_words(self.program or ocr.PROGRAM, data, seconds=seconds)
        except ocr.PictureTooSlow:
            return "time", ""
        except ocr.NoOcr:
            self.program = None  # no English: no other picture will be read either
            return "no_ocr", ""
        except ocr.PictureUnreadable:
            return "unreadable", ""
        finally:
            self.seconds += time.monotonic() - started

    def found(self) -> PictureText:
        """What was read and what was not, as stored with the document."""
        not_read: list[str] = []
        for why in WHY_NOT:
            for where in self.not_read.get(why, []):
                _add(not_read, where)
        return PictureText(read=list(self.read), not_read=not_read, note=self._note())

    def _note(self) -> str:
        if "no_ocr" in self.not_read:
            return NO_OCR
        sentences = []
        for why in ("count", "time", "unreadable"):
            places = self.not_read.get(why)
            if places:
                one = len(places) == 1
                reason = {"count": f"at most {self.limits.max_ocr_pictures} pictures are read in one document",
                          "time": f"reading {'it' if one else 'them'} took too long",
                          "unreadable": f"{'it' if one else 'they'} could not be read"}[why]
                sentences.append(f"{_the_pictures(places)} {'was' if one else 'were'} not read: {reason}.")
        return " ".join(sentences)


def _add(places: list[str], where: str) -> None:
    if where not in places:
        places.append(where)


def _the_pictures(places: list[str]) -> str:
    """ "The pictures on slides 4 and 5", "The picture on page 2", "Pictures 1 and 3" (in a Word document)."""
    listed = place_list(places)
    if places[0].startswith("picture"):
        return listed[:1].upper() + listed[1:]
    return f"The picture{'s' if len(places) > 1 else ''} on {listed}"


def place_list(places: list[str]) -> str:
    """ "slide 2", "slides 2 and 3", "slides 2, 3 and 5", "pages 1 and 4": places of one kind, said once."""
    kinds = {where.partition(" ")[0] for where in places}
    if len(places) == 1 or len(kinds) != 1:
        return _and(places)
    numbers = [where.partition(" ")[2] for where in places]
    return f"{kinds.pop()}s {_and(numbers)}"


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} and {items[-1]}"


def picture_blocks(text: str, where: str) -> list[Block]:
    """What a picture says, as blocks at `where` "(read from a picture)": lines that wrapped are joined again,
    bullets and numbers start items, and a short line over longer ones is a heading that the next line may
    define ("CPU (Central Processing Unit)" over "Carries out the instructions…"), as a slide's title is."""
    lines = [line for line in text.splitlines() if _has_words(line)]
    blocks = lines_to_blocks(lines)
    marked = f"{where} {FROM_A_PICTURE}"
    for block in blocks:
        block.where = marked
    blocks = _glossary_read(blocks)
    for block, following in zip(blocks, blocks[1:], strict=False):
        if _heads(block, following):
            block.kind, block.level = "heading", 2  # level 2: a picture's heading never titles the lesson
            following.title_of = block.text
    return blocks


def _glossary_read(blocks: list[Block]) -> list[Block]:
    """A picture of a glossary table ("Keyword | Meaning") read as lines: OCR keeps no column gap, so each row under
    the header is split where its meaning begins ("Alt text A written description…" → "Alt text" / "A written…").
    The header row names the columns and is dropped; the rows end at the first line that does not split."""
    at = next((i for i, block in enumerate(blocks) if _names_columns(block.text)), None)
    if at is None:
        return blocks
    rows = []
    for block in blocks[at + 1:]:
        pair = _row_pair(block.text) if block.kind in ("paragraph", "item") else None
        if pair is None:
            break
        rows.append(Block("term", pair.term, definition=pair.definition, where=block.where))
    if not rows:
        return blocks
    return [*blocks[:at], *rows, *blocks[at + 1 + len(rows):]]


def _names_columns(text: str) -> bool:
    """ "Keyword Meaning", "Key term Definition": a term column's title, then a definition column's."""
    words = key(text).split()
    return any(" ".join(words[:cut]) in TERM_HEADERS and " ".join(words[cut:]) in DEFINITION_HEADERS
               for cut in range(1, len(words)))


def _row_pair(text: str) -> Candidate | None:
    """The shortest opening of up to four words, followed by a capital, that is a key word beside a meaning."""
    words = text.split()
    for cut in range(1, min(MAX_ROW_TERM_WORDS, len(words) - 1) + 1):
        if words[cut][:1].isupper() and (pair := layout_pair(" ".join(words[:cut]), " ".join(words[cut:]))):
            return pair
    return None


def _has_words(line: str) -> bool:
    """A line with at least one word in it: OCR reads a picture's borders and arrows as stray marks."""
    return bool(WORD.search(line)) and len(re.findall(r"[^\W\d_]", line)) >= 0.5 * len(line.replace(" ", ""))


def _heads(block: Block, following: Block) -> bool:
    text = block.text
    if block.kind != "paragraph" or following.kind not in ("paragraph", "item") or following.title_of:
        return False
    if len(text.split()) > MAX_HEADING_WORDS or text.endswith((".", ",", ";", ":", "?", "!")):
        return False
    if separated(text) is not None or not is_term(text, max_words=MAX_HEADING_WORDS):
        return False
    return len(following.text.split()) > len(text.split())
