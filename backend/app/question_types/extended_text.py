"""extended_text: a written answer marked against a mark scheme by the AI and/or the teacher (SPEC §6).

This module never scores a written answer itself: a non-empty answer is "awaiting marking" (score None, not
zero) until the marking service records points on the scheme; scaled_mark() turns those into a Mark.
"""

from __future__ import annotations

import random
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_ANSWER_TEXT,
    MAX_LIST,
    AnswerBase,
    LongText,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    nice_number,
)

TYPE = "extended_text"
MAX_WORDS_LIMIT = 1000


class Criterion(Part):
    criterion: ShortText
    points: float


class MarkingGuide(Part):
    points_available: float
    mark_scheme: list[Criterion] = Field(max_length=MAX_LIST)


class Config(QuestionConfigBase):
    type: Literal["extended_text"] = TYPE
    min_words: int = 0
    max_words: int = 300
    marking_guide: MarkingGuide
    ai_marking_enabled: bool = True
    ai_marking_prompt: LongText | None = None


class Answer(AnswerBase):
    text: str | None = Field(default=None, max_length=MAX_ANSWER_TEXT)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): a written answer: 20,000 characters of ordinary text is about 20 KB, so 64 KB is
# generous; it is also firm for text in characters of several bytes each.
MAX_ANSWER_BYTES = 65_536


def word_count(text: str | None) -> int:
    return len((text or "").split())


def validate(config: Config) -> list[Problem]:
    """Sensible word limits and a mark scheme whose criteria add up to the points available."""
    problems = []
    if config.min_words < 0:
        problems.append(error("min_words", "The smallest number of words cannot be below 0."))
    if not 1 <= config.max_words <= MAX_WORDS_LIMIT:
        problems.append(error("max_words", f"Choose a word limit from 1 to {MAX_WORDS_LIMIT}."))
    if config.min_words > config.max_words:
        problems.append(error("min_words", "The smallest number of words is bigger than the word limit."))
    guide = config.marking_guide
    if guide.points_available <= 0:
        problems.append(
            error("marking_guide.points_available", "The mark scheme must be worth more than 0 points.")
        )
    if not guide.mark_scheme:
        problems.append(error("marking_guide.mark_scheme", "Add at least one criterion to mark against."))
    for i, criterion in enumerate(guide.mark_scheme):
        if blank(criterion.criterion):
            problems.append(
                error(f"marking_guide.mark_scheme[{i}].criterion", "Describe what earns these points.")
            )
        if criterion.points <= 0:
            problems.append(
                error(f"marking_guide.mark_scheme[{i}].points", "Each criterion must be worth more than 0.")
            )
    total = sum(c.points for c in guide.mark_scheme)
    if guide.mark_scheme and abs(total - guide.points_available) > 1e-9:
        problems.append(
            error(
                "marking_guide.points_available",
                f"The criteria add up to {nice_number(total)} but the scheme says "
                f"{nice_number(guide.points_available)} points are available.",
            )
        )
    return problems


def normalise(config: Config) -> Config:
    return config


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """Word limits only: never the mark scheme or the marking prompt."""
    return {"type": TYPE, "min_words": config.min_words, "max_words": config.max_words}


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Empty → 0; anything else waits for the AI/teacher marking service."""
    words = word_count(answer.text)
    if words == 0:
        return Mark.from_fraction(0, points, details={"word_count": 0})
    details = {
        "word_count": words,
        "over_limit": words > config.max_words,
        "under_minimum": words < config.min_words,
    }
    return Mark.awaiting(points, details=details)


def scaled_mark(config: Config, awarded: float, points: float, *, message: str = "") -> Mark:
    """Points awarded on the mark scheme (out of points_available) as a Mark out of the question's points."""
    available = config.marking_guide.points_available
    fraction = awarded / available if available > 0 else 0.0
    return Mark.from_fraction(fraction, points, message=message)


def answer_key(config: Config) -> dict:
    return {"marking_guide": config.marking_guide.model_dump()}


def details_without_key(details: dict) -> dict:
    """A released mark's criteria as a pupil sees them before keys may be shown: whether each part was met, its
    points and the evidence (the pupil's own words), but each named only by its number, since the criteria's
    words are the mark scheme."""
    criteria = details.get("criteria")
    if not isinstance(criteria, list):
        return details
    numbered = [
        {**criterion, "criterion": f"Part {number} of the mark scheme"} if isinstance(criterion, dict) else criterion
        for number, criterion in enumerate(criteria, start=1)
    ]
    return {**details, "criteria": numbered}


def example_answer(config: Config) -> dict:
    """A placeholder answer of the right length. Written answers are marked by a person or the AI, so no
    answer can be known to earn full marks; this one is only for demos and shape tests.
    """
    words = max(config.min_words, 1)
    criteria = " ".join(c.criterion for c in config.marking_guide.mark_scheme).split()
    text = (
        " ".join((criteria * (words // max(len(criteria), 1) + 1))[:words]) if criteria else "answer " * words
    )
    return {"text": text.strip()}
