"""The optional access-arrangement columns of the pupil CSV, read the way a school office types them ("25%",
"yes", "Large", "20 minutes"). A cell that cannot be read becomes one plain message for that row; a blank cell
means the usual setting."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, get_args

from app.schemas.access import AccessArrangements, LineSpacing, TextSize, Tint

YES = {"yes", "y", "true", "1", "on", "x", "✓"}
NO = {"no", "n", "false", "0", "off", "none", "-", ""}
OFF = {"", "no", "n", "none", "off", "0", "-"}


def _header(name: str) -> str:
    return " ".join(name.strip().lower().replace("_", " ").split())


def _yes_no(value: str, column: str) -> bool:
    cleaned = value.strip().lower()
    if cleaned in YES:
        return True
    if cleaned in NO:
        return False
    raise ValueError(f"the {column} ‘{value}’ is not yes or no")


def _extra_time(value: str, column: str) -> int:
    cleaned = value.strip().lower()
    if cleaned in OFF:
        return 0
    match = re.fullmatch(r"\+?\s*(\d{1,3})\s*(%|percent|per cent)?", cleaned)
    if not match or int(match.group(1)) > 200:
        raise ValueError(f"the {column} ‘{value}’ is not a percentage from 0% to 200% (for example 25%)")
    return int(match.group(1))


def _break_minutes(value: str, column: str) -> int | None:
    cleaned = value.strip().lower()
    if cleaned in OFF:
        return None
    match = re.fullmatch(r"(?:every\s*)?(\d{1,3})\s*(m|min|mins|minute|minutes)?", cleaned)
    if not match or not 5 <= int(match.group(1)) <= 120:
        raise ValueError(f"the {column} ‘{value}’ is not a number of minutes from 5 to 120 (or no)")
    return int(match.group(1))


def _choice(choices: tuple[str, ...], usual: str) -> Callable[[str, str], str]:
    def read(value: str, column: str) -> str:
        cleaned = value.strip().lower()
        if cleaned in ("", "no", "none", "-"):
            return usual
        if cleaned in choices:
            return cleaned
        raise ValueError(f"the {column} ‘{value}’ is not one of: {', '.join(choices)}")

    return read


# field -> (header names it may have, how its cell is read)
COLUMNS: dict[str, tuple[set[str], Callable[[str, str], Any]]] = {
    "extra_time_percent": ({"extra time", "extra time %", "extra time percent"}, _extra_time),
    "read_aloud": ({"read aloud", "reader"}, _yes_no),
    "text_size": ({"text size", "print size"}, _choice(get_args(TextSize), "normal")),
    "dyslexia_font": ({"dyslexia font", "dyslexia friendly font"}, _yes_no),
    "line_spacing": ({"line spacing"}, _choice(get_args(LineSpacing), "normal")),
    "background_tint": ({"background tint", "tint", "overlay", "coloured overlay", "colored overlay"},
                        _choice(get_args(Tint), "none")),
    "reduced_motion": ({"reduced motion", "reduce motion"}, _yes_no),
    "break_reminder_minutes": ({"break reminder", "break reminder minutes", "breaks"}, _break_minutes),
}
# How each column is named in a message (the first-listed plain name).
COLUMN_WORDS = {field: field.replace("_percent", "").replace("_minutes", "").replace("_", " ") for field in COLUMNS}


def column_map(header: list[str]) -> dict[str, int]:
    """Which of the arrangement columns the header row has: field -> column index."""
    cleaned = [_header(name) for name in header]
    found = {}
    for field, (names, _read) in COLUMNS.items():
        for index, name in enumerate(cleaned):
            if name in names:
                found[field] = index
                break
    return found


def read_arrangements(cells: list[str], columns: dict[str, int]) -> tuple[AccessArrangements, list[str]]:
    """One row's arrangements (the usual setting for each column it leaves blank) and its problems."""
    values: dict[str, Any] = {}
    problems = []
    for field, index in columns.items():
        value = cells[index] if index < len(cells) else ""
        try:
            values[field] = COLUMNS[field][1](value, COLUMN_WORDS[field])
        except ValueError as error:
            problems.append(str(error))
    return AccessArrangements.model_validate(values), problems
