"""What every question type shares: config/answer bases, Problem, Mark, opaque ids and safe shuffling.

A type module (one per question type) builds on these so that adding a type means writing one module.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import random
import re
import secrets
from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from app.errors import Invalid

T = TypeVar("T")

# Sanity bounds that stop absurd payloads before any work is done; the real authoring rules live in validate().
Id = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
ShortText = Annotated[str, StringConstraints(max_length=2000)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]
MAX_LIST = 50

# Answers the pupil types: generous, but bounded so a pasted novel is refused with a clear message.
MAX_ANSWER_TEXT = 20_000
MAX_CODE = 20_000


class Part(BaseModel):
    """Base of the nested parts of a config or answer (options, blocks, zones, ...)."""

    # No whitespace stripping here: code fields need their indentation and newlines exactly as written.
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class QuestionConfigBase(Part):
    """Base of every type's Config (what a teacher or the AI authors)."""


class AnswerBase(Part):
    """Base of every type's Answer (what the pupil submits as answer_data)."""


class Problem(BaseModel):
    """Something wrong with authored data. Errors make a question unanswerable; warnings are advice."""

    field: str
    message: str
    severity: Literal["error", "warning"] = "error"

    def prefixed(self, prefix: str) -> Problem:
        if not prefix:
            return self
        field = f"{prefix}.{self.field}" if self.field else prefix
        return Problem(field=field.replace(".[", "["), message=self.message, severity=self.severity)


def error(field: str, message: str) -> Problem:
    return Problem(field=field, message=message, severity="error")


def warning(field: str, message: str) -> Problem:
    return Problem(field=field, message=message, severity="warning")


class Mark(BaseModel):
    """The result of marking one answer. `score` is None only while awaiting (teacher/AI) marking."""

    score: float | None
    max_score: float
    is_correct: bool = False
    is_partial: bool = False
    awaiting_marking: bool = False
    correct_count: int | None = None
    total_count: int | None = None
    passed: int | None = None
    details: dict[str, Any] = Field(default_factory=dict)
    message: str = ""

    @classmethod
    def from_fraction(cls, fraction: float, points: float, **fields: Any) -> Mark:
        """fraction × points, clamped to [0, points] and rounded to 2 dp; full marks exactly when fraction ≥ 1."""
        if fraction is None or math.isnan(fraction):
            fraction = 0.0
        fraction = min(1.0, max(0.0, float(fraction)))
        # Float sums such as 0.1 + 0.2 + 0.7 must still count as full marks.
        if fraction > 1 - 1e-9:
            fraction = 1.0
        score = float(points) if fraction == 1.0 else round(fraction * points, 2)
        if fraction < 1.0 and score >= points:
            score = round(
                float(points) - 0.01, 2
            )  # almost right is not right: rounding must never award full marks
        score = min(float(points), max(0.0, score))
        return cls(
            score=score,
            max_score=float(points),
            is_correct=score == float(points) and points > 0,
            is_partial=0 < score < float(points),
            **fields,
        )

    @classmethod
    def awaiting(cls, points: float, *, message: str = "", **fields: Any) -> Mark:
        """Not marked yet (a teacher or the AI will): no score, and certainly not zero."""
        return cls(score=None, max_score=float(points), awaiting_marking=True, message=message, **fields)


# --- validation helpers ---------------------------------------------------------------------------------


def duplicates(values: Iterable[T]) -> set[T]:
    seen: set[T] = set()
    dups: set[T] = set()
    for value in values:
        (dups if value in seen else seen).add(value)
    return dups


def unique_problems(
    values: Sequence[str], field: Callable[[int], str], what: str, *, fold: bool = False
) -> list[Problem]:
    """An error on every repeat of a value (ids, texts), naming the later one."""
    problems = []
    seen: set[str] = set()
    for i, value in enumerate(values):
        key = value.strip().casefold() if fold else value
        if key in seen:
            problems.append(error(field(i), f"Two {what} are the same ('{value}'). Make each one different."))
        seen.add(key)
    return problems


def blank(text: str | None) -> bool:
    return text is None or not text.strip()


def nice_number(value: float) -> str:
    """2.0 → "2", 2.5 → "2.5": numbers as a person writes them."""
    return f"{value:g}" if value == int(value) else f"{round(value, 2):g}"


# --- parsing --------------------------------------------------------------------------------------------

_ERROR_TEXT = {
    "missing": "this is required",
    "extra_forbidden": "this field is not used by this kind of question",
    "string_type": "this should be text",
    "int_type": "this should be a whole number",
    "int_parsing": "this should be a whole number",
    "int_from_float": "this should be a whole number",
    "float_type": "this should be a number",
    "float_parsing": "this should be a number",
    "bool_type": "this should be true or false",
    "bool_parsing": "this should be true or false",
    "list_type": "this should be a list",
    "dict_type": "this should be an object with named fields",
    "model_type": "this should be an object with named fields",
    "model_attributes_type": "this should be an object with named fields",
    "string_too_short": "this should not be empty",
}


def field_path(loc: Sequence[str | int], prefix: str = "") -> str:
    """('options', 1, 'text') → 'options[1].text' (with an optional 'config.' prefix)."""
    out = prefix
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _describe(err: dict[str, Any]) -> str:
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind in _ERROR_TEXT:
        return _ERROR_TEXT[kind]
    if kind == "string_too_long":
        return f"this is too long (at most {ctx.get('max_length')} characters)"
    if kind == "too_long":
        return f"this has too many entries (at most {ctx.get('max_length')})"
    if kind == "too_short":
        return f"this needs at least {ctx.get('min_length')} entries"
    if kind == "literal_error":
        return f"this should be one of {ctx.get('expected')}"
    if kind == "enum":
        return f"this should be one of {ctx.get('expected')}"
    return str(err.get("msg", "this is not valid")).rstrip(".")


def describe_validation_error(exc: ValidationError, prefix: str) -> str:
    """A pydantic error as sentences a teacher (or pupil) can act on, each naming the field."""
    parts = []
    for err in exc.errors()[:4]:
        path = field_path([p for p in err["loc"] if p not in ("function-after", "function-before")], prefix)
        parts.append(f"{path}: {_describe(err)}.")
    more = len(exc.errors()) - len(parts)
    if more > 0:
        parts.append(f"(and {more} more)")
    return " ".join(parts)


def parse_model(model: type[BaseModel], data: Any, prefix: str) -> Any:
    """model.model_validate(data), raising Invalid with field-naming messages instead of ValidationError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise Invalid(describe_validation_error(exc, prefix)) from None


# --- opaque ids ------------------------------------------------------------------------------------------

# One lower-case letter and 8 hex digits. Ids the pupil can read in the page must not say anything about the
# answer ("b1, b2, b3" in solution order, "cpu_zone"), so check() swaps any other id for a random one.
OPAQUE_ID = re.compile(r"^[a-z][0-9a-f]{8}$")


def opaque_id_map(ids: Iterable[str], prefix: str, taken: set[str] | None = None) -> dict[str, str]:
    """{old: new} for every id that is not already opaque. New ids are random, so they carry no information."""
    taken = set(taken or ())
    ids = list(ids)
    taken.update(i for i in ids if OPAQUE_ID.match(i))
    mapping: dict[str, str] = {}
    for old in ids:
        if OPAQUE_ID.match(old) or old in mapping:
            continue
        new = f"{prefix}{secrets.token_hex(4)}"
        while new in taken:
            new = f"{prefix}{secrets.token_hex(4)}"
        taken.add(new)
        mapping[old] = new
    return mapping


# --- shuffling -------------------------------------------------------------------------------------------


def config_seed_rng(config: BaseModel) -> random.Random:
    """A generator seeded from the config itself: the same order for everybody, every time."""
    blob = json.dumps(config.model_dump(mode="json"), sort_keys=True).encode()
    return random.Random(int.from_bytes(hashlib.sha256(blob).digest()[:8], "big"))


def shuffled(
    items: Sequence[T], rng: random.Random, *, avoid: Callable[[list[T]], bool] | None = None
) -> list[T]:
    """A shuffled copy; when `avoid(order)` says an order gives the answer away, try again (then rotate)."""
    order = list(items)
    if len(order) < 2:
        return order
    for _ in range(20):
        rng.shuffle(order)
        if avoid is None or not avoid(order):
            return order
    # Twenty revealing shuffles in a row only happens with tiny lists: look through them all, in random order.
    if len(order) <= 6:
        candidates = list(itertools.permutations(order))
        rng.shuffle(candidates)
        for candidate in candidates:
            if not avoid(list(candidate)):
                return list(candidate)
    return order  # every order reveals it (e.g. one real Parsons block): nothing better exists


def require(condition: bool, message: str) -> None:
    """Refuse a malformed answer with a message the pupil can act on."""
    if not condition:
        raise Invalid(message)
