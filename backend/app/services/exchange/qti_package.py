"""Opening a QTI content package (a zip) safely: every check is made on the zip's own directory before any file
inside is decompressed, and each file is read into memory (never written to disk by its name).

Refused whole, each with what to do: a damaged zip, a zip claiming too many files, names that climb out of the
package (../, absolute paths, drive letters), files that expand far beyond their compressed size (a "zip bomb"),
more unzipped data than an import may hold, and files locked with a password."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from pathlib import PurePosixPath

from app.errors import Invalid, TooLarge
from app.services.documents import safety
from app.services.exchange import limits

MAX_FILES = 2000  # items, pictures and the manifest: a 300-question package with pictures has about 700
MAX_RATIO = 100  # unzipped size / zipped size, for a file over RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
MAX_XML_BYTES = 10 * 1024 * 1024  # one item or manifest: a real one is a few kilobytes
READ_ENDINGS = (".xml", ".png", ".jpg", ".jpeg", ".gif", ".webp")
EXPORT_AGAIN = "Export the questions again as a QTI 3.0 content package, or choose another file."


def max_unzipped_bytes() -> int:
    return 4 * limits.max_file_bytes()


def clean_path(raw: str) -> str:
    """A member's path as the manifest names it: forward slashes, no leading ./"""
    path = raw.replace("\\", "/")
    while path.startswith("./"):
        path = path[2:]
    return path


def resolve(base_file: str, href: str) -> str:
    """`href` (as an item or manifest writes it) as a path from the package's top, relative to `base_file`."""
    href = clean_path(href.split("#", 1)[0].split("?", 1)[0])
    parts: list[str] = list(PurePosixPath(base_file).parent.parts) if "/" in base_file else []
    for part in href.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if parts:
                parts.pop()
            continue
        parts.append(part)
    return "/".join(parts)


def read_zip(data: bytes) -> dict[str, bytes]:
    """The package's XML files and pictures by path, or a 4xx saying why the zip was refused."""
    count = safety.declared_member_count(data)
    if count is not None and count > MAX_FILES:
        raise _too_many(count)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError, struct.error):
        raise Invalid("This zip file is damaged, so it cannot be read. " + EXPORT_AGAIN) from None
    with archive:
        _check_members(members)
        return {clean_path(m.filename): _read(archive, m) for m in members
                if not safety.is_hidden(m.filename) and m.filename.lower().endswith(READ_ENDINGS)}


def _too_many(count: int) -> TooLarge:
    return TooLarge(f"This zip has {count:,} files inside it; a QTI package for one import can have at most "
                    f"{MAX_FILES:,}. Export fewer questions in each package.")


def _check_members(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_FILES:
        raise _too_many(len(members))
    for member in members:
        if safety.is_unsafe_path(member.filename):
            raise Invalid(f"This zip was refused for safety: the name of the file ‘{safety.display_name(member.filename)}’ "
                          "points outside the package (it starts with / or a drive, or contains ..). "
                          + EXPORT_AGAIN)
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise Invalid(f"This zip was refused for safety: ‘{safety.display_name(member.filename)}’ inside it "
                          f"expands to more than {MAX_RATIO} times its size (a “zip bomb”). " + EXPORT_AGAIN)
        if member.flag_bits & 0x1:
            raise Invalid("This zip is locked with a password, so it cannot be read. Make the package again "
                          "without a password.")
    if sum(m.file_size for m in members) > max_unzipped_bytes():
        raise TooLarge(f"Unzipped, this package would be larger than {max_unzipped_bytes() // (1024 * 1024)} MB, "
                       "the most an import can take. Export fewer questions, or use smaller pictures.")


def _read(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """One file's bytes, never more than it declared (zipfile stops there and checks the CRC)."""
    name = safety.display_name(member.filename)
    if member.filename.lower().endswith(".xml") and member.file_size > MAX_XML_BYTES:
        raise TooLarge(f"‘{name}’ in this package is larger than {MAX_XML_BYTES // (1024 * 1024)} MB, far more "
                       "than any question. It was not read. " + EXPORT_AGAIN)
    try:
        with archive.open(member) as handle:
            return handle.read(member.file_size + 1)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, ValueError, RuntimeError):
        raise Invalid(f"‘{name}’ in this zip is damaged, so the package cannot be read. " + EXPORT_AGAIN) from None
