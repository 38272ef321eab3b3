"""The formats a teacher can export to and import from. A format is a name, a label, its file's ending and
media type, and two functions: `write` an ExportSource to bytes, `read` bytes into FileContents. Adding Moodle
XML or QTI means one module (Moodle XML has four: moodle_*.py) and one line in FORMATS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import Invalid
from app.services.exchange import gift, ks3_json, moodle_read, moodle_write, moodle_xml, qti
from app.services.exchange.contents import ExportSource, FileContents


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    extension: str
    media_type: str
    write: Callable[[ExportSource], bytes]
    read: Callable[[bytes], FileContents]


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(ks3_json.NAME, ks3_json.LABEL, ".ks3.json", "application/json", ks3_json.write, ks3_json.read),
        Format(gift.NAME, gift.LABEL, ".gift.txt", "text/plain; charset=utf-8", gift.write, gift.read),
        Format(moodle_xml.NAME, moodle_xml.LABEL, ".moodle.xml", "application/xml", moodle_write.write,
               moodle_read.read),
        Format(qti.NAME, qti.LABEL, ".qti3.zip", "application/zip", qti.write, qti.read),
    )
}
DEFAULT = ks3_json.NAME
GIFT_ENDINGS = (".gift", ".txt")


def get(name: str | None) -> Format:
    """The format called `name` (ours when none is given), or Invalid listing the formats there are."""
    found = FORMATS.get(name or DEFAULT)
    if found is None:
        raise Invalid(f"‘{name}’ is not a format this server knows. Use one of: {', '.join(FORMATS)}.")
    return found


def detect(name: str | None, data: bytes, filename: str | None = None) -> Format:
    """The format to read an upload with: the one named; else QTI for a zip (a content package) or XML naming
    QTI; else Moodle XML for a file whose root is <quiz> or that is called .xml; else GIFT for a file called .gift
    or .txt, or for one that is not JSON and reads as GIFT; else ours (whose checks say what the file is
    instead)."""
    if name:
        return get(name)
    if qti.looks_like_qti(data, filename):
        return FORMATS[qti.NAME]
    if moodle_xml.looks_like_moodle(data) or (filename or "").lower().endswith(".xml"):
        return FORMATS[moodle_xml.NAME]
    if (filename or "").lower().endswith(GIFT_ENDINGS) or gift.looks_like_gift(data):
        return FORMATS[gift.NAME]
    return FORMATS[DEFAULT]
