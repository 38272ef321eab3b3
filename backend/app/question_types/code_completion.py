"""code_completion: fill the {{BLANK_n}} gaps in a piece of code. Each blank is marked on its own.

A blank is trimmed and compared with each correct answer as a sequence of Python tokens, so `x+1` and
`x + 1` are the same answer while `inrange` and `in range` are not. Text that does not tokenise is compared
with its spaces collapsed. Case always matters (it does in Python).
"""

from __future__ import annotations

import io
import random
import re
import tokenize
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_LIST,
    AnswerBase,
    Id,
    LongText,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    require,
    unique_problems,
)

TYPE = "code_completion"
MARKER = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")
BLANK_ID = re.compile(r"^BLANK_[1-9][0-9]*$")
MAX_BLANK_ANSWER = 200
_SKIPPED_TOKENS = {
    tokenize.NEWLINE,
    tokenize.NL,
    tokenize.ENDMARKER,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.COMMENT,
}


class Blank(Part):
    id: Id
    correct_answers: list[ShortText] = Field(max_length=MAX_LIST)
    hint: ShortText | None = None


class Config(QuestionConfigBase):
    type: Literal["code_completion"] = TYPE
    code_template: LongText
    blanks: list[Blank] = Field(max_length=MAX_LIST)


class Answer(AnswerBase):
    blanks: dict[Id, str | None] = Field(default_factory=dict, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 blanks, each a fragment of one line of code: a few KB at most.
MAX_ANSWER_BYTES = 16_384


def markers(template: str) -> list[str]:
    """Blank ids in the order they appear in the template."""
    return [m.group(1) for m in MARKER.finditer(template)]


def validate(config: Config) -> list[Problem]:
    """Markers and blanks agree one to one; every blank has an answer."""
    problems = []
    found = markers(config.code_template)
    if not found:
        problems.append(error("code_template", "Put at least one {{BLANK_1}} marker in the code."))
    for marker_id in sorted({m for m in found if found.count(m) > 1}):
        problems.append(
            error("code_template", f"The marker {{{{{marker_id}}}}} appears more than once. Use each once.")
        )
    problems += unique_problems([b.id for b in config.blanks], lambda k: f"blanks[{k}].id", "blank ids")
    ids = {b.id for b in config.blanks}
    for marker_id in dict.fromkeys(found):
        if marker_id not in ids:
            problems.append(error("blanks", f"The marker {{{{{marker_id}}}}} has no blank with its answers."))
    for k, item in enumerate(config.blanks):
        field = f"blanks[{k}]"
        if not BLANK_ID.match(item.id):
            problems.append(error(f"{field}.id", "Name blanks BLANK_1, BLANK_2, and so on."))
        if item.id not in found:
            problems.append(
                error(f"{field}.id", f"There is no {{{{{item.id}}}}} marker in the code for this blank.")
            )
        if not any(not blank(a) for a in item.correct_answers):
            problems.append(
                error(f"{field}.correct_answers", "Give at least one correct answer for this blank.")
            )
        for n, answer in enumerate(item.correct_answers):
            if blank(answer):
                problems.append(error(f"{field}.correct_answers[{n}]", "Remove this empty answer."))
            elif len(answer.strip()) > MAX_BLANK_ANSWER:
                problems.append(
                    error(f"{field}.correct_answers[{n}]", f"Keep answers to {MAX_BLANK_ANSWER} characters.")
                )
    return problems


def normalise(config: Config) -> Config:
    """Blanks in template order, answers trimmed."""
    order = {m: k for k, m in enumerate(markers(config.code_template))}
    blanks = sorted(config.blanks, key=lambda b: order.get(b.id, len(order)))
    blanks = [
        b.model_copy(update={"correct_answers": [a.strip() for a in b.correct_answers]}) for b in blanks
    ]
    return config.model_copy(update={"blanks": blanks})


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The template with its markers, and each blank's id and hint."""
    hints = {b.id: b.hint for b in config.blanks}
    return {
        "type": TYPE,
        "code_template": config.code_template,
        "blanks": [{"id": m, "hint": hints.get(m)} for m in dict.fromkeys(markers(config.code_template))],
    }


def comparable(text: str) -> tuple[str, ...]:
    """A blank's answer as Python tokens (or, if it does not tokenise, its words)."""
    text = text.strip()
    tokens: list[str] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type == tokenize.ERRORTOKEN and token.string.strip():
                return ("text", *text.split())
            if token.type not in _SKIPPED_TOKENS and token.string.strip():
                tokens.append(token.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        # An open bracket such as "range(" is fine: the tokens read so far are the answer.
        pass
    return ("tokens", *tokens)


def blank_is_right(given: str, answers: list[str]) -> bool:
    value = comparable(given)
    return bool(given.strip()) and any(value == comparable(a) for a in answers)


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Right blanks / blanks."""
    ids = {b.id for b in config.blanks}
    require(all(k in ids for k in answer.blanks), "One of those blanks is not part of this question.")
    require(
        all(len(v or "") <= MAX_BLANK_ANSWER for v in answer.blanks.values()),
        f"Each gap takes at most {MAX_BLANK_ANSWER} characters.",
    )
    results = {b.id: blank_is_right(answer.blanks.get(b.id) or "", b.correct_answers) for b in config.blanks}
    right = sum(results.values())
    total = len(config.blanks)
    return Mark.from_fraction(
        right / total if total else 0,
        points,
        correct_count=right,
        total_count=total,
        details={"blanks": results},
    )


def key_texts(config: Config) -> list[str]:
    """Each blank's accepted words (feedback naming them gives the answer away)."""
    return [answer for blank in config.blanks for answer in blank.correct_answers]


def answer_key(config: Config) -> dict:
    return {"blanks": {b.id: list(b.correct_answers) for b in config.blanks}}


def example_answer(config: Config) -> dict:
    return {"blanks": {b.id: next(a for a in b.correct_answers if a.strip()) for b in config.blanks}}
