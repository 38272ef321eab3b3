"""multiple_select: pick every correct option. Credit for each correct choice, less one for each other choice."""

from __future__ import annotations

import random
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_LIST,
    AnswerBase,
    Id,
    Mark,
    Problem,
    QuestionConfigBase,
    error,
    opaque_id_map,
    require,
    shuffled,
    warning,
)
from app.question_types.multiple_choice import Option, option_problems

TYPE = "multiple_select"
MAX_OPTIONS = 6
COMFORTABLE_OPTIONS = 4  # more than this is allowed but harder to hold in mind


class Config(QuestionConfigBase):
    type: Literal["multiple_select"] = TYPE
    options: list[Option] = Field(max_length=MAX_LIST)
    min_selections: int = 1
    max_selections: int | None = None  # None: up to every option
    shuffle_options: bool = True


class Answer(AnswerBase):
    selected_options: list[Id] = Field(default_factory=list, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 option ids of at most 64 characters: about 3.5 KB at the very most.
MAX_ANSWER_BYTES = 4_096


def max_selections(config: Config) -> int:
    return config.max_selections if config.max_selections is not None else len(config.options)


def validate(config: Config) -> list[Problem]:
    """At least one correct option, and min/max selections that allow the right answer to be submitted."""
    problems = []
    count = len(config.options)
    correct = sum(o.is_correct for o in config.options)
    if count < 2:
        problems.append(error("options", "Give at least 2 options."))
    if count > MAX_OPTIONS:
        problems.append(error("options", f"Use at most {MAX_OPTIONS} options (this has {count})."))
    elif count > COMFORTABLE_OPTIONS:
        problems.append(warning("options", f"{count} options is a lot to read. Four or fewer is easier."))
    if correct == 0:
        problems.append(error("options", "Mark at least one option as correct."))
    elif correct == count and count > 1:
        problems.append(warning("options", "Every option is correct. Add an option that is not."))
    top = max_selections(config)
    if config.min_selections < 1:
        problems.append(error("min_selections", "A pupil must be able to choose at least 1 option."))
    if config.max_selections is not None and config.max_selections > count:
        problems.append(error("max_selections", f"This is more than the {count} options there are."))
    if config.min_selections > top:
        problems.append(error("min_selections", "The smallest number of choices is bigger than the largest."))
    if correct and not config.min_selections <= correct <= top:
        problems.append(
            error(
                "max_selections" if correct > top else "min_selections",
                f"There are {correct} correct options, so pupils must be allowed to choose {correct}.",
            )
        )
    return problems + option_problems(config.options)


def normalise(config: Config) -> Config:
    """Nothing to compute."""
    return config


def opaque_ids(config: Config) -> Config:
    mapping = opaque_id_map([o.id for o in config.options], "o")
    options = [o.model_copy(update={"id": mapping.get(o.id, o.id)}) for o in config.options]
    return config.model_copy(update={"options": options})


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    options = list(config.options)
    if config.shuffle_options and rng is not None:
        options = shuffled(options, rng)
    return {
        "type": TYPE,
        "options": [{"id": o.id, "text": o.text} for o in options],
        "min_selections": config.min_selections,
        "max_selections": max_selections(config),
    }


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """max(0, correct chosen − other chosen) / number of correct options."""
    by_id = {o.id: o for o in config.options}
    chosen = answer.selected_options
    require(len(set(chosen)) == len(chosen), "The same answer was chosen twice. Choose each answer once.")
    require(
        all(c in by_id for c in chosen),
        "One of those answers is not an option. Choose from the options shown.",
    )
    top = max_selections(config)
    require(len(chosen) <= top, f"You can choose up to {top} answers. Remove one and try again.")
    total = sum(o.is_correct for o in config.options)
    right = sum(by_id[c].is_correct for c in chosen)
    other = len(chosen) - right
    message = next(
        (
            by_id[c].distractor_feedback
            for c in chosen
            if not by_id[c].is_correct and by_id[c].distractor_feedback
        ),
        "",
    )
    return Mark.from_fraction(
        max(0, right - other) / total if total else 0,
        points,
        correct_count=right,
        total_count=total,
        details={"chosen_correct": right, "chosen_other": other},
        message=message or "",
    )


def key_texts(config: Config) -> list[str]:
    """The right options' words (feedback naming them gives the answer away)."""
    return [o.text for o in config.options if o.is_correct]


def answer_key(config: Config) -> dict:
    return {"correct_options": [{"id": o.id, "text": o.text} for o in config.options if o.is_correct]}


def example_answer(config: Config) -> dict:
    return {"selected_options": [o.id for o in config.options if o.is_correct]}
