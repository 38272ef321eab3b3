"""The checks every imported file passes before its questions are read: its size, that it is JSON at all, how
deeply it nests, and how many questions it holds. Each refusal says what the teacher can do about it.

Formats in XML read it with safe_xml.py (no DTDs, no entities, limited nesting and elements) beside these;
nothing here parses XML."""

from __future__ import annotations

import json
import math
from typing import Any

from app.config import get_settings
from app.errors import Invalid, TooLarge

# Our own files nest about 8 levels (file → questions → config → rows → cells); anything far deeper is not an
# export, and a very deep one could exhaust the parser.
MAX_DEPTH = 24
CHOOSE_AN_EXPORT = ("Choose a file made with ‘Export’ in KS3 Assessment (it ends in .ks3.json), a Moodle XML file "
                    "(.xml), a GIFT file of questions (.gift or .txt), or a QTI 3.0 content package (.zip).")


def not_ours(reason: str = "") -> Invalid:
    """The refusal of a file that is not one of our exports: what it is instead, then what to do."""
    return Invalid(" ".join(filter(None, ("This file is not a KS3 Assessment export.", reason, CHOOSE_AN_EXPORT))))


def max_file_bytes() -> int:
    """The largest file an import accepts (the EXCHANGE_MAX_FILE_MB setting)."""
    return get_settings().exchange_max_file_mb * 1024 * 1024


def check_size(data: bytes) -> None:
    """Refuse an empty file, or one over the import limit (saying the limit)."""
    if not data:
        raise Invalid("This file is empty. Choose the file you exported again.")
    if len(data) > max_file_bytes():
        raise too_large()


def too_large() -> TooLarge:
    """The refusal of a file over the import limit, saying the limit."""
    return TooLarge(f"This file is larger than {get_settings().exchange_max_file_mb} MB, the most an import can "
                    "take. Export fewer questions, or use smaller pictures.")


def check_question_count(count: int) -> None:
    """Refuse a file with more questions than one import may create (the EXCHANGE_MAX_QUESTIONS setting)."""
    limit = get_settings().exchange_max_questions
    if count > limit:
        raise TooLarge(f"This file has {count:,} questions. One import can take at most {limit:,}. "
                       "Split the questions into smaller files.")


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not a number JSON allows")


def _finite(text: str) -> float:
    """A JSON number as a float; one too big to hold (1e400 becomes infinity) is refused, as no database keeps it."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is too large a number")
    return value


def strict_json(text: str) -> Any:
    """JSON with no NaN or infinity (no database keeps them): ValueError for those and for any JSON error,
    RecursionError for nesting deep enough to exhaust the parser."""
    return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)


def load_json(data: bytes) -> Any:
    """The file's JSON, or Invalid saying why it cannot be one of our exports (not text, a web page, broken
    or cut-off JSON, nested too deeply)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise not_ours("It is not text.") from None
    start = text.lstrip()[:200].lower()
    if start.startswith(("<!doctype html", "<html")) or "<html" in start:
        raise not_ours("It is a web page (HTML).")
    try:
        value = strict_json(text)
    except RecursionError:
        raise _too_deep() from None
    except ValueError as error:
        where = f" It breaks at line {error.lineno}, column {error.colno}." if hasattr(error, "lineno") else ""
        raise not_ours(f"It is not complete JSON: it may have been cut short or changed.{where}") from None
    check_depth(value)
    return value


def _too_deep() -> Invalid:
    return not_ours(f"Its data is nested more than {MAX_DEPTH} levels deep.")


def check_depth(value: Any) -> None:
    """Refuse JSON nested more than MAX_DEPTH levels (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        if isinstance(item, dict):
            stack.extend((child, depth + 1) for child in item.values() if isinstance(child, (dict, list)))
        elif isinstance(item, list):
            stack.extend((child, depth + 1) for child in item if isinstance(child, (dict, list)))
