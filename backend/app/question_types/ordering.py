"""ordering: put the items in the right order. Credit for each item in its correct position."""

from __future__ import annotations

import random
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
    config_seed_rng,
    error,
    opaque_id_map,
    require,
    shuffled,
    unique_problems,
)

TYPE = "ordering"
MAX_ITEMS = 10


class Item(Part):
    id: Id
    text: ShortText
    correct_position: int


class Config(QuestionConfigBase):
    type: Literal["ordering"] = TYPE
    items: list[Item] = Field(max_length=MAX_LIST)


class Answer(AnswerBase):
    order: list[Id] = Field(default_factory=list, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 item ids of at most 64 characters: about 3.5 KB at the very most.
MAX_ANSWER_BYTES = 4_096


def correct_order(config: Config) -> list[Item]:
    return sorted(config.items, key=lambda i: i.correct_position)


def validate(config: Config) -> list[Problem]:
    """2–10 items, distinct ids and texts, positions exactly 1..n."""
    problems = []
    n = len(config.items)
    if n < 2:
        problems.append(error("items", "Give at least 2 items to put in order."))
    if n > MAX_ITEMS:
        problems.append(error("items", f"Use at most {MAX_ITEMS} items (this has {n})."))
    problems += unique_problems([i.id for i in config.items], lambda k: f"items[{k}].id", "ids")
    problems += unique_problems(
        [i.text for i in config.items], lambda k: f"items[{k}].text", "items", fold=True
    )
    seen: set[int] = set()
    for k, item in enumerate(config.items):
        if blank(item.text):
            problems.append(error(f"items[{k}].text", "Write the text of this item."))
        if not 1 <= item.correct_position <= n:
            problems.append(error(f"items[{k}].correct_position", f"Positions run from 1 to {n}."))
        elif item.correct_position in seen:
            problems.append(
                error(f"items[{k}].correct_position", f"Two items are in position {item.correct_position}.")
            )
        seen.add(item.correct_position)
    return problems


def normalise(config: Config) -> Config:
    return config


def opaque_ids(config: Config) -> Config:
    """Ids such as 1, 2, 3 in the right order would sort themselves: make them random."""
    mapping = opaque_id_map([i.id for i in config.items], "i")
    return config.model_copy(
        update={"items": [i.model_copy(update={"id": mapping.get(i.id, i.id)}) for i in config.items]}
    )


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """Always shuffled, and never into the correct order (that would show the answer)."""
    answer = [i.id for i in correct_order(config)]
    items = shuffled(
        config.items, rng or config_seed_rng(config), avoid=lambda order: [i.id for i in order] == answer
    )
    return {"type": TYPE, "items": [{"id": i.id, "text": i.text} for i in items]}


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Items in their correct position / items. [] means not answered yet."""
    n = len(config.items)
    if not answer.order:
        return Mark.from_fraction(0, points, correct_count=0, total_count=n)
    ids = {i.id for i in config.items}
    require(all(i in ids for i in answer.order), "One of those items is not part of this question.")
    require(len(set(answer.order)) == len(answer.order) == n, "Put every item in the list exactly once.")
    position = {i.id: i.correct_position for i in config.items}
    results = {item_id: position[item_id] == k + 1 for k, item_id in enumerate(answer.order)}
    right = sum(results.values())
    return Mark.from_fraction(
        right / n, points, correct_count=right, total_count=n, details={"positions": results}
    )


def answer_key(config: Config) -> dict:
    return {"order": [{"id": i.id, "text": i.text} for i in correct_order(config)]}


def example_answer(config: Config) -> dict:
    return {"order": [i.id for i in correct_order(config)]}
