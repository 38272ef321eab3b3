"""multiple_choice: pick ONE of 2–4 options. All or nothing; a chosen distractor may explain itself."""

from __future__ import annotations

import random
import re
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_LIST,
    AnswerBase,
    Id,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    opaque_id_map,
    require,
    shuffled,
    unique_problems,
    warning,
)
from app.utils.feedback import language_problems

TYPE = "multiple_choice"
MAX_OPTIONS = 4  # SPEC §1: at most 4 options, so a pupil can hold them all in mind

# "All of the above" makes a pupil hold every option at once and compare; the house rules forbid it.
ABOVE = re.compile(r"\b(all|none|both|neither) of (the|these) (above|options)\b", re.IGNORECASE)


class Option(Part):
    id: Id
    text: ShortText
    is_correct: bool = False
    distractor_feedback: ShortText | None = None


class Config(QuestionConfigBase):
    type: Literal["multiple_choice"] = TYPE
    options: list[Option] = Field(max_length=MAX_LIST)
    shuffle_options: bool = True


class Answer(AnswerBase):
    selected_option: Id | None = None


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): one option id of at most 64 characters: under 100 bytes even as sent.
MAX_ANSWER_BYTES = 1_024


def option_problems(options: list[Option]) -> list[Problem]:
    """Checks shared with multiple_select: ids, texts, "of the above", feedback language."""
    problems = unique_problems([o.id for o in options], lambda i: f"options[{i}].id", "option ids")
    problems += unique_problems(
        [o.text for o in options], lambda i: f"options[{i}].text", "options", fold=True
    )
    for i, option in enumerate(options):
        if blank(option.text):
            problems.append(error(f"options[{i}].text", "Write the text of this option."))
        elif ABOVE.search(option.text):
            problems.append(
                warning(
                    f"options[{i}].text", 'Avoid "all/none of the above": give every option its own answer.'
                )
            )
        for message in language_problems(option.distractor_feedback):
            problems.append(warning(f"options[{i}].distractor_feedback", message))
    return problems


def validate(config: Config) -> list[Problem]:
    """2–4 options, exactly one correct, distinct ids and texts."""
    problems = []
    count = len(config.options)
    if count < 2:
        problems.append(error("options", "Give at least 2 options."))
    if count > MAX_OPTIONS:
        problems.append(
            error("options", f"Use at most {MAX_OPTIONS} options (this has {count}). Remove a distractor.")
        )
    correct = [i for i, o in enumerate(config.options) if o.is_correct]
    if not correct:
        problems.append(error("options", "Mark one option as the correct answer."))
    elif len(correct) > 1:
        problems.append(
            error(
                f"options[{correct[1]}].is_correct",
                "Only one option can be correct. Use multiple_select for more.",
            )
        )
    return problems + option_problems(config.options)


def normalise(config: Config) -> Config:
    """Nothing to compute for a multiple-choice question."""
    return config


def opaque_ids(config: Config) -> Config:
    """Replace readable option ids (which could say "correct") with random ones."""
    mapping = opaque_id_map([o.id for o in config.options], "o")
    options = [o.model_copy(update={"id": mapping.get(o.id, o.id)}) for o in config.options]
    return config.model_copy(update={"options": options})


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The options' ids and texts; shuffled only when the config allows it and the caller passes an rng."""
    options = list(config.options)
    if config.shuffle_options and rng is not None:
        options = shuffled(options, rng)
    return {"type": TYPE, "options": [{"id": o.id, "text": o.text} for o in options]}


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """All or nothing; a chosen distractor's own feedback becomes the message."""
    if answer.selected_option is None:
        return Mark.from_fraction(0, points, correct_count=0, total_count=1)
    chosen = next((o for o in config.options if o.id == answer.selected_option), None)
    require(chosen is not None, "That answer is not one of the options. Choose one of the options shown.")
    assert chosen is not None
    return Mark.from_fraction(
        1 if chosen.is_correct else 0,
        points,
        correct_count=int(chosen.is_correct),
        total_count=1,
        message="" if chosen.is_correct else (chosen.distractor_feedback or ""),
    )


def key_texts(config: Config) -> list[str]:
    """The right option's words (feedback naming them gives the answer away)."""
    return [o.text for o in config.options if o.is_correct]


def answer_key(config: Config) -> dict:
    correct = next((o for o in config.options if o.is_correct), None)
    return {"correct_option": {"id": correct.id, "text": correct.text} if correct else None}


def example_answer(config: Config) -> dict:
    correct = next(o for o in config.options if o.is_correct)
    return {"selected_option": correct.id}
