"""What every corpus file maker shares: one fixed time, so a file is the same bytes every run, the fonts, and
"**bold**" marks."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

FIXED_TIME = (2024, 9, 2, 8, 30, 0)  # the first day of a school year; any fixed time would do
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# "**bold**" in a helper's text becomes a bold run: teachers bold the key word inside a sentence.
BOLD = re.compile(r"\*\*(.+?)\*\*")


def fixed_zip(data: bytes) -> bytes:
    """The same zip with every member stamped with FIXED_TIME, so a file is byte-for-byte the same each run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()
