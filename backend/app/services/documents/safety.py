"""Checks that run before any parser sees an uploaded file.

Every upload is hostile until shown otherwise: the name may lie about the content, a zip may expand to
gigabytes (a "zip bomb"), an XML part may declare entities that expand exponentially ("billion laughs"),
and a member of a zip may be named "../../etc/passwd". Nothing here writes a file to disk: zip members
are read into memory, within limits, and parsed from there.
"""

from __future__ import annotations

import io
import math
import re
import struct
import time
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from app.config import get_settings
from app.services.documents.blocks import INVISIBLE
from app.services.documents.extracted import (
    FILE_TYPE_NAMES,
    SPLIT_IT,
    UploadRejected,
    UploadTooLargeUnzipped,
    WholeUploadRejected,
)

SUPPORTED_EXTENSIONS = {".docx": "docx", ".pptx": "pptx", ".pdf": "pdf", ".zip": "zip", ".html": "html",
                        ".htm": "html", ".md": "md", ".txt": "txt"}
TEXT_TYPES = ("html", "md", "txt")  # read as text: no container to check, only that the bytes are text
# The start of a file that is not text whatever its name says: a zip (Office, too), a PDF, an old Office file.
BINARY_MAGICS = (b"PK\x03\x04", b"PK\x05\x06", b"%PDF-", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: old .doc/.ppt, and password-protected Office files
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
PROGRAM_MAGICS = (b"MZ", b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe", b"\xce\xfa\xed\xfe", b"#!")
# The part every real Word / PowerPoint file has.
OOXML_MAIN_PART = {"docx": "word/document.xml", "pptx": "ppt/presentation.xml"}
XML_PART = re.compile(r"\.(?:xml|rels|vml)$", re.IGNORECASE)
DTD = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
HIDDEN_NAMES = {".ds_store", "thumbs.db", "desktop.ini", "icon\r"}
MAX_NAME_CHARS = 120


@dataclass(frozen=True)
class Limits:
    """How much an upload may expand to, and the bounds on reading it (from the DOCUMENT_MAX_* settings)."""

    max_members: int = 200  # files inside one zip
    max_office_parts: int = 5000  # parts inside one .docx/.pptx (a 60-slide deck with notes has ~400)
    # One XML part of a .docx/.pptx: a 300-page plan's document.xml is ~10 MB; parsed, XML takes ~10x its size.
    max_office_xml_part: int = 40 * 1024 * 1024
    max_total_uncompressed: int = 200 * 1024 * 1024  # across everything inside one upload
    max_ratio: int = 100  # expanded size / compressed size, per member
    ratio_floor: int = 1024 * 1024  # members smaller than this expanded are never bombs, whatever their ratio
    max_nesting: int = 2  # a lesson pack zip inside a unit-folder zip, and one more level
    max_pdf_pages: int = 500  # a PDF with more is refused
    max_text_chars: int = 2_000_000  # per document; a document with more is refused
    max_seconds: float = 60.0  # to read one uploaded file, every document of a zip included
    max_memory_mb: int = 1024  # the address space of the process that reads one uploaded file
    # Pictures of words read with OCR (`pictures`): at most this many per document (0: none), each within this
    # time; all of a document's within half of max_seconds.
    max_ocr_pictures: int = 10
    ocr_seconds_per_picture: float = 5.0

    @classmethod
    def from_settings(cls) -> Limits:
        settings = get_settings()
        return cls(
            max_total_uncompressed=max(200 * 1024 * 1024, 4 * settings.max_upload_bytes),
            max_pdf_pages=settings.document_max_pages,
            max_text_chars=settings.document_max_characters,
            max_seconds=settings.document_max_seconds,
            max_memory_mb=settings.document_max_memory_mb,
        )


@dataclass
class Budget:
    """What reading one uploaded file may still spend: bytes decompressed (shared by nested zips and Office
    files) and time (until `deadline`, on the monotonic clock)."""

    remaining: int
    spent: int = field(default=0)
    upload: str = "upload"  # the uploaded file's name, for the refusal when its time is up
    deadline: float = math.inf

    def spend(self, name: str, amount: int, limits: Limits) -> None:
        if amount > self.remaining:
            raise UploadTooLargeUnzipped(_too_big_unzipped(name, limits))
        self.remaining -= amount
        self.spent += amount

    def check_time(self, limits: Limits) -> None:
        """Refuse the whole upload once its time is up (called between pages and between a zip's files)."""
        if time.monotonic() > self.deadline:
            raise too_slow(self.upload, limits)


def _what_to_do(name: str) -> str:
    return "Upload its documents in smaller groups." if extension(name) == ".zip" else SPLIT_IT


def too_many_pages(name: str, pages: int, limits: Limits) -> UploadRejected:
    return UploadRejected(f"‘{name}’ has more than {limits.max_pdf_pages:,} pages (it has {pages:,}). {SPLIT_IT}")


def too_slow(name: str, limits: Limits) -> WholeUploadRejected:
    return WholeUploadRejected(
        f"‘{name}’ took longer than {limits.max_seconds:g} seconds to read, so it was not used. {_what_to_do(name)}"
    )


def too_much_memory(name: str) -> WholeUploadRejected:
    return WholeUploadRejected(
        f"‘{name}’ needs more memory to read than this server allows, so it was not used. {_what_to_do(name)}"
    )


def display_name(raw: str | None) -> str:
    """A safe name to show and store: the last path part, without control or direction-changing characters."""
    name = unicodedata.normalize("NFC", raw or "").translate(INVISIBLE)
    name = name.replace("\\", "/").split("/")[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        name = f"{stem[: MAX_NAME_CHARS - len(ext) - 2]}…{dot}{ext}" if dot and len(ext) <= 5 else name[:MAX_NAME_CHARS]
    return name or "upload"


def extension(name: str) -> str:
    return PurePosixPath(name.lower()).suffix


def file_type_for(name: str, data: bytes, allowed: list[str]) -> str:
    """"docx" | "pptx" | "pdf" | "zip" | "html" | "md" | "txt", checked by name AND content; otherwise
    UploadRejected naming the file."""
    ext = extension(name)
    supported = [e for e in allowed if e in SUPPORTED_EXTENSIONS]
    if ext not in supported:
        kind = f"a {ext} file" if ext else "a file without an extension (such as .docx)"
        raise UploadRejected(
            f"‘{name}’ is {kind}, which cannot be used here. Upload {_list(supported)} files."
        )
    if not data:
        raise UploadRejected(f"‘{name}’ is empty (0 bytes). Check that it saved properly, then upload it again.")
    file_type = SUPPORTED_EXTENSIONS[ext]
    if file_type in TEXT_TYPES:
        if not _is_text(data):
            raise _not_what_it_says(name, data, file_type)
        return file_type
    if file_type == "pdf":
        if b"%PDF-" not in data[:1024]:
            raise _not_what_it_says(name, data, file_type)
        return file_type
    if data.startswith(OLE_MAGIC):
        raise _compound_file(name, data, file_type)
    if data.startswith(EMPTY_ZIP_MAGIC) and file_type == "zip":
        raise UploadRejected(f"‘{name}’ is an empty zip file. Add the lesson documents to it and upload it again.")
    if not data.startswith(ZIP_MAGIC):
        raise _not_what_it_says(name, data, file_type)
    return file_type


def _is_text(data: bytes) -> bool:
    """Bytes that can be a web page, Markdown or a text file: not a program, an Office file, a PDF or a picture, and
    no NUL characters (unless the file says it is UTF-16, where they are part of every letter)."""
    if (data.startswith(PROGRAM_MAGICS) and not data.startswith(b"#!")) or data.startswith(BINARY_MAGICS):
        return False  # a "#!" line starts scripts, which are text: only binaries are refused
    return b"\x00" not in data[:8192] or data.startswith((b"\xff\xfe", b"\xfe\xff"))


def _list(extensions: list[str]) -> str:
    return ", ".join(extensions[:-1]) + f" or {extensions[-1]}" if len(extensions) > 1 else "".join(extensions)


def _not_what_it_says(name: str, data: bytes, file_type: str) -> UploadRejected:
    what = FILE_TYPE_NAMES[file_type]
    if data.startswith(PROGRAM_MAGICS):
        return UploadRejected(
            f"‘{name}’ is not a {what}: it looks like a program, so it was refused. "
            "Only upload lesson documents (.docx, .pptx, .pdf, web pages or text files) or a .zip of them."
        )
    return UploadRejected(
        f"‘{name}’ is not really a {what}, even though its name ends in {extension(name)}. "
        f"Open it, save it again as a {what}, and upload that copy."
    )


def _compound_file(name: str, data: bytes, file_type: str) -> UploadRejected:
    """Old binary Office files and password-protected new ones share one container format."""
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        return password_protected(name)
    if file_type in ("docx", "pptx"):
        old = ".doc" if file_type == "docx" else ".ppt"
        return UploadRejected(
            f"‘{name}’ is in the old {old} format. Open it and use Save As to save it as {extension(name)}, "
            "then upload that copy."
        )
    return _not_what_it_says(name, data, file_type)


def password_protected(name: str) -> UploadRejected:
    return UploadRejected(
        f"‘{name}’ is password protected. Save a copy without a password and upload that."
    )


def could_not_read(name: str, what: str = "file") -> UploadRejected:
    return UploadRejected(
        f"‘{name}’ could not be read: the {what} may be damaged. Open it, save it again, and upload the new copy."
    )


def _too_big_unzipped(name: str, limits: Limits) -> str:
    return (
        f"‘{name}’ was refused: unzipped, it would be larger than {_megabytes(limits.max_total_uncompressed)}. "
        "Upload the lesson files in smaller groups."
    )


def _megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f} MB" if mb >= 1 else f"{mb:.2f} MB"


def declared_member_count(data: bytes) -> int | None:
    """The number of entries a zip says it has, read from its end record before anything is parsed.

    Opening a zip parses its whole central directory, so a zip claiming millions of entries is refused
    from these few bytes instead.
    """
    tail = data[-(65_535 + 22):]
    at = tail.rfind(EMPTY_ZIP_MAGIC)
    if at < 0 or at + 22 > len(tail):
        return None
    return struct.unpack("<H", tail[at + 10 : at + 12])[0]


def open_zip(
    name: str, data: bytes, limits: Limits, budget: Budget, *, what: str = "zip file", max_members: int | None = None
) -> zipfile.ZipFile:
    """A zip checked against the bomb limits (count, total size, ratio) before any member is read."""
    max_members = max_members or limits.max_members
    count = declared_member_count(data)
    if count is not None and count > max_members:
        raise UploadRejected(_too_many(name, count, max_members, what))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error):
        raise could_not_read(name, what) from None
    if len(members) > max_members:
        raise UploadRejected(_too_many(name, len(members), max_members, what))
    files = [m for m in members if not m.is_dir()]
    total = sum(m.file_size for m in files)
    if total > budget.remaining:
        raise UploadTooLargeUnzipped(_too_big_unzipped(name, limits))
    for member in files:
        if member.file_size > limits.ratio_floor and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            raise UploadRejected(
                f"‘{name}’ was refused for safety: ‘{display_name(member.filename)}’ inside it expands to "
                f"more than {limits.max_ratio} times its size (a “zip bomb”). If it is a real lesson file, "
                "upload it on its own."
            )
    return archive


def _too_many(name: str, count: int, max_members: int, what: str) -> str:
    if what != "zip file":
        return f"‘{name}’ was refused for safety: it has {count} parts inside it, far more than a real {what}."
    return (
        f"‘{name}’ has {count} files inside it; at most {max_members} can be read from one zip. "
        "Upload the lessons in smaller zips."
    )


def read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, name: str, limits: Limits, budget: Budget
) -> bytes:
    """One member's bytes, in memory, never more than it declared (zipfile stops there and checks the CRC)."""
    if member.flag_bits & 0x1:
        raise password_protected(name)
    budget.spend(name, member.file_size, limits)
    try:
        with archive.open(member) as handle:
            return handle.read(member.file_size + 1)
    except RuntimeError as exc:  # zipfile's way of saying "encrypted"
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise password_protected(name) from None
        raise could_not_read(name) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError):
        raise could_not_read(name) from None


def check_office_file(name: str, data: bytes, file_type: str, limits: Limits, budget: Budget) -> None:
    """A .docx/.pptx: a real Office zip, within the bomb limits, with no DTD or entity in any XML part."""
    what = FILE_TYPE_NAMES[file_type]
    archive = open_zip(name, data, limits, budget, what=what, max_members=limits.max_office_parts)
    with archive:
        names = set(archive.namelist())
        if OOXML_MAIN_PART[file_type] not in names:
            other = next((t for t, part in OOXML_MAIN_PART.items() if part in names), None)
            hint = f" It looks like a {FILE_TYPE_NAMES[other]}; rename it to end in .{other}." if other else ""
            raise UploadRejected(
                f"‘{name}’ is not really a {what}, even though its name ends in {extension(name)}.{hint}"
                if hint
                else f"‘{name}’ is not really a {what}. Open it, save it again as a {what}, and upload that copy."
            )
        for member in archive.infolist():
            if member.is_dir() or not XML_PART.search(member.filename):
                continue
            if member.flag_bits & 0x1:
                raise could_not_read(name, what)
            if member.file_size > limits.max_office_xml_part:
                raise UploadRejected(
                    f"‘{name}’ is too large to read: its text alone is over {_megabytes(limits.max_office_xml_part)}. "
                    "Split it into smaller documents."
                )
            part = read_member(archive, member, name, limits, budget)
            if declares_entities(part):
                raise UploadRejected(
                    f"‘{name}’ was refused for safety: it contains XML entity declarations, which real "
                    f"{what}s do not use. Open it in Office, save a new copy, and upload that."
                )


def declares_entities(xml: bytes) -> bool:
    """True when an XML part has a DOCTYPE or ENTITY declaration (in UTF-8 or UTF-16)."""
    if DTD.search(xml):
        return True
    if xml[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in xml[:64]:
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            try:
                if DTD.search(xml.decode(encoding, errors="ignore").encode("utf-8")):
                    return True
            except (UnicodeError, LookupError):
                continue
    return False


def is_hidden(path: str) -> bool:
    """macOS resource forks, Windows thumbnails, Office lock files and dot-files: never lesson material."""
    parts = [p for p in path.replace("\\", "/").split("/") if p]
    if not parts:
        return True
    if any(p == "__MACOSX" or p.startswith(".") for p in parts):
        return True
    last = parts[-1]
    return last.lower() in HIDDEN_NAMES or last.startswith("~$")


def is_unsafe_path(path: str) -> bool:
    """Absolute paths, drive letters and ".." segments: names meant to escape the folder."""
    normal = path.replace("\\", "/")
    if normal.startswith("/") or re.match(r"^[A-Za-z]:", normal):
        return True
    return any(part == ".." for part in normal.split("/"))
