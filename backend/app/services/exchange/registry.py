"""The formats a teacher can export to and import from. A format is a name, a label, its file's ending and
media type, and two functions: `write` an ExportSource to bytes, `read` bytes into FileContents. Adding Moodle
XML, GIFT or QTI means one module and one line in FORMATS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from app.errors import Invalid
from app.services.exchange import ks3_json
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
    )
}
DEFAULT = ks3_json.NAME


def get(name: str | None) -> Format:
    """The format called `name` (ours when none is given), or Invalid listing the formats there are."""
    found = FORMATS.get(name or DEFAULT)
    if found is None:
        raise Invalid(f"‘{name}’ is not a format this server knows. Use one of: {', '.join(FORMATS)}.")
    return found
