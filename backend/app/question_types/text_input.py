"""text_input: a short typed answer, compared with the accepted answers after forgiving normalisation.

Marking, in order (docs/question-types.md):
1. normalise (trim, collapse spaces, drop one trailing . ! ?, casefold unless case_sensitive);
2. a forbidden keyword anywhere → 0;
3. the best accepted answer equal to the answer gives its points (0–1);
4. required keywords cap the fraction at found / required — and an answer matching no accepted answer scores
   that keyword fraction, so "mention input and output" questions need not list every wording.
"""

from __future__ import annotations

import random
import re
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_ANSWER_TEXT,
    MAX_LIST,
    AnswerBase,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    require,
    unique_problems,
    warning,
)

TYPE = "text_input"
MAX_LENGTH_LIMIT = 500


class AcceptedAnswer(Part):
    text: ShortText
    points: float = 1.0


class Config(QuestionConfigBase):
    type: Literal["text_input"] = TYPE
    accepted_answers: list[AcceptedAnswer] = Field(max_length=MAX_LIST)
    case_sensitive: bool = False
    max_length: int = 100
    required_keywords: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)
    forbidden_keywords: list[ShortText] = Field(default_factory=list, max_length=MAX_LIST)


class Answer(AnswerBase):
    text: str | None = Field(default=None, max_length=MAX_ANSWER_TEXT)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): a short answer (a word, a number, a sentence): an honest one is well under 1 KB.
MAX_ANSWER_BYTES = 8_192


def normalise_text(text: str, case_sensitive: bool) -> str:
    """How answers are compared: trimmed, single spaces, no final . ! ?, and casefolded unless case matters."""
    text = " ".join(text.split())
    if text and text[-1] in ".!?":
        text = text[:-1].rstrip()
    return text if case_sensitive else text.casefold()


def contains_keyword(text: str, keyword: str, case_sensitive: bool) -> bool:
    """Whole word or phrase match ("ram" is not found in "program")."""
    word = normalise_text(keyword, case_sensitive)
    if not word:
        return False
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def validate(config: Config) -> list[Problem]:
    """At least one fully correct accepted answer, sensible limits, and keyword rules that agree with them."""
    problems = []
    sensitive = config.case_sensitive
    if not config.accepted_answers:
        problems.append(error("accepted_answers", "Give at least one accepted answer."))
    elif not any(a.points >= 1 for a in config.accepted_answers):
        problems.append(
            error("accepted_answers", "At least one accepted answer must be worth full marks (points 1).")
        )
    for i, accepted in enumerate(config.accepted_answers):
        field = f"accepted_answers[{i}]"
        if blank(accepted.text):
            problems.append(error(f"{field}.text", "Write the accepted answer."))
            continue
        if not 0 <= accepted.points <= 1:
            problems.append(
                error(f"{field}.points", "Points are a fraction of the question's marks, from 0 to 1.")
            )
        if len(accepted.text.strip()) > config.max_length:
            problems.append(
                error(f"{field}.text", f"This is longer than the {config.max_length} characters allowed.")
            )
        text = normalise_text(accepted.text, sensitive)
        for keyword in config.forbidden_keywords:
            if contains_keyword(text, keyword, sensitive):
                problems.append(
                    error(
                        f"{field}.text", f"This accepted answer contains the forbidden keyword '{keyword}'."
                    )
                )
        missing = [k for k in config.required_keywords if not contains_keyword(text, k, sensitive)]
        if missing and accepted.points > 0:
            problems.append(
                warning(
                    f"{field}.text",
                    f"This accepted answer lacks the required keyword '{missing[0]}', so it can never score fully.",
                )
            )
    problems += unique_problems(
        [normalise_text(a.text, sensitive) for a in config.accepted_answers],
        lambda i: f"accepted_answers[{i}].text",
        "accepted answers",
    )
    if not 1 <= config.max_length <= MAX_LENGTH_LIMIT:
        problems.append(
            error("max_length", f"Choose a maximum length from 1 to {MAX_LENGTH_LIMIT} characters.")
        )
    for name in ("required_keywords", "forbidden_keywords"):
        for i, keyword in enumerate(getattr(config, name)):
            if blank(keyword):
                problems.append(error(f"{name}[{i}]", "Remove this empty keyword."))
    both = {normalise_text(k, sensitive) for k in config.required_keywords} & {
        normalise_text(k, sensitive) for k in config.forbidden_keywords
    }
    if both:
        problems.append(error("forbidden_keywords", f"'{sorted(both)[0]}' is both required and forbidden."))
    return problems


def normalise(config: Config) -> Config:
    """Accepted answers and keywords trimmed; nothing else to compute."""
    return config.model_copy(
        update={
            "accepted_answers": [
                a.model_copy(update={"text": a.text.strip()}) for a in config.accepted_answers
            ],
            "required_keywords": [k.strip() for k in config.required_keywords],
            "forbidden_keywords": [k.strip() for k in config.forbidden_keywords],
        }
    )


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    return {"type": TYPE, "max_length": config.max_length}


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Best accepted answer, then the keyword rules (module docstring)."""
    raw = (answer.text or "").strip()
    require(
        len(raw) <= config.max_length,
        f"Your answer is {len(raw)} characters long. Please keep it to {config.max_length} characters.",
    )
    keywords = config.required_keywords
    text = normalise_text(raw, config.case_sensitive)
    if not text:
        return Mark.from_fraction(0, points, correct_count=0, total_count=len(keywords) or 1)
    if any(contains_keyword(text, k, config.case_sensitive) for k in config.forbidden_keywords):
        return Mark.from_fraction(0, points, correct_count=0, total_count=len(keywords) or 1)
    matches = [
        a.points for a in config.accepted_answers if normalise_text(a.text, config.case_sensitive) == text
    ]
    fraction = max(matches, default=0.0)
    if keywords:
        found = sum(contains_keyword(text, k, config.case_sensitive) for k in keywords)
        keyword_fraction = found / len(keywords)
        fraction = min(fraction, keyword_fraction) if matches else keyword_fraction
        return Mark.from_fraction(fraction, points, correct_count=found, total_count=len(keywords))
    return Mark.from_fraction(fraction, points, correct_count=int(fraction >= 1), total_count=1)


def key_texts(config: Config) -> list[str]:
    """The answers worth full marks (feedback naming them gives the answer away)."""
    return [a.text for a in config.accepted_answers if a.points >= 1]


def answer_key(config: Config) -> dict:
    return {
        "accepted_answers": [a.model_dump() for a in config.accepted_answers],
        "required_keywords": list(config.required_keywords),
        "forbidden_keywords": list(config.forbidden_keywords),
        "case_sensitive": config.case_sensitive,
    }


def example_answer(config: Config) -> dict:
    """The best accepted answer — preferring one that also has every required keyword."""

    def has_keywords(text: str) -> bool:
        folded = normalise_text(text, config.case_sensitive)
        return all(contains_keyword(folded, k, config.case_sensitive) for k in config.required_keywords)

    best = max(config.accepted_answers, key=lambda a: (a.points >= 1 and has_keywords(a.text), a.points))
    return {"text": best.text}
