"""binary_convert: convert a number between binary, denary (decimal) and hexadecimal.

The right answer is computed here, never trusted from the author (or the AI). Pupils' answers are read
forgivingly: spaces between binary groups, leading zeros, 0b/0x prefixes and lower-case hex are all fine.
"""

from __future__ import annotations

import random
from typing import Literal

from pydantic import Field

from app.question_types.base import AnswerBase, Mark, Problem, QuestionConfigBase, error, require, warning

TYPE = "binary_convert"
MAX_VALUE = 65535  # 16 bits: the KS3 range
ConversionType = Literal[
    "binary_to_decimal",
    "decimal_to_binary",
    "binary_to_hex",
    "hex_to_binary",
    "decimal_to_hex",
    "hex_to_decimal",
]
BASES = {"binary": 2, "decimal": 10, "hex": 16}
# UK classrooms say "denary" for base 10.
LABELS = {"binary": "binary", "decimal": "denary", "hex": "hexadecimal"}
DIGIT_RULES = {
    "binary": "A binary number uses only the digits 0 and 1.",
    "decimal": "A denary number uses only the digits 0 to 9.",
    "hex": "A hexadecimal number uses only the digits 0 to 9 and the letters A to F.",
}
MAX_ANSWER = 100


class Config(QuestionConfigBase):
    type: Literal["binary_convert"] = TYPE
    conversion_type: ConversionType
    given_value: str | int
    correct_answer: str | int | None = None
    show_working: bool = False


class Answer(AnswerBase):
    answer: str | int | None = None
    working: str | None = Field(default=None, max_length=5000)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): a number and up to 5,000 characters of working: about 5 KB, 15 KB in the widest
# characters.
MAX_ANSWER_BYTES = 16_384


def systems(conversion_type: str) -> tuple[str, str]:
    """ "binary_to_hex" → ("binary", "hex")."""
    source, _, target = conversion_type.partition("_to_")
    return source, target


def parse_number(text: str | int | None, system: str) -> int | None:
    """The value of `text` written in `system`, forgiving spacing, prefixes and case; None if it is not one."""
    if text is None:
        return None
    value = str(text).strip().replace(" ", "").replace("_", "").lower()
    if system == "binary":
        value = value.removeprefix("0b")
        digits = "01"
    elif system == "hex":
        value = value.removeprefix("0x").removeprefix("#").removesuffix("h")
        digits = "0123456789abcdef"
    else:
        value = value.replace(",", "")  # "1,024"
        digits = "0123456789"
    if not value or any(c not in digits for c in value):
        return None
    return int(value, BASES[system])


def format_number(value: int, system: str) -> str:
    """How the answer key writes a value: binary in 8 or 16 digits, hex in capitals, no prefixes."""
    if system == "binary":
        return format(value, "08b" if value < 256 else "016b")
    if system == "hex":
        return format(value, "X")
    return str(value)


def given(config: Config) -> int | None:
    return parse_number(config.given_value, systems(config.conversion_type)[0])


def validate(config: Config) -> list[Problem]:
    """The given value must be a number in the source system, within 0–65535."""
    source, _ = systems(config.conversion_type)
    value = given(config)
    if value is None:
        return [
            error(
                "given_value",
                f"'{config.given_value}' is not a {LABELS[source]} number. {DIGIT_RULES[source]}",
            )
        ]
    if value > MAX_VALUE:
        return [error("given_value", f"Keep numbers between 0 and {MAX_VALUE} (16 bits) for KS3.")]
    return []


def normalise(config: Config) -> Config:
    """Computes correct_answer from the given value (the authored one is not trusted)."""
    source, target = systems(config.conversion_type)
    value = given(config)
    given_text = str(config.given_value).strip()
    if value is None or value > MAX_VALUE:
        return config.model_copy(update={"given_value": given_text})
    return config.model_copy(
        update={"given_value": given_text, "correct_answer": format_number(value, target)}
    )


def corrections(before: Config, after: Config) -> list[Problem]:
    """A warning when the authored answer disagreed with the computed one."""
    target = systems(after.conversion_type)[1]
    if before.correct_answer is None or after.correct_answer is None:
        return []
    if parse_number(before.correct_answer, target) != parse_number(after.correct_answer, target):
        return [
            warning(
                "correct_answer",
                f"The answer given was {before.correct_answer}; it has been corrected to {after.correct_answer}.",
            )
        ]
    return []


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    source, target = systems(config.conversion_type)
    return {
        "type": TYPE,
        "conversion_type": config.conversion_type,
        "given_value": str(config.given_value),
        "from_label": LABELS[source],
        "to_label": LABELS[target],
        "show_working": config.show_working,
    }


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Exact value after forgiving normalisation."""
    text = "" if answer.answer is None else str(answer.answer).strip()
    require(len(text) <= MAX_ANSWER, f"Your answer is too long. Please keep it to {MAX_ANSWER} characters.")
    if not text:
        return Mark.from_fraction(0, points, correct_count=0, total_count=1)
    target = systems(config.conversion_type)[1]
    value = parse_number(text, target)
    if value is None:
        return Mark.from_fraction(0, points, correct_count=0, total_count=1, message=DIGIT_RULES[target])
    right = value == given(config)
    return Mark.from_fraction(int(right), points, correct_count=int(right), total_count=1)


def key_texts(config: Config) -> list[str]:
    """The computed answer (feedback naming it gives the answer away)."""
    return [normalise(config).correct_answer]


def answer_key(config: Config) -> dict:
    return {"correct_answer": normalise(config).correct_answer}


def example_answer(config: Config) -> dict:
    return {"answer": normalise(config).correct_answer}
