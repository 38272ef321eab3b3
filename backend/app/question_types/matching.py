"""matching: join each left item to its right item. Right items may include extra distractors."""

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
    warning,
)

TYPE = "matching"
MAX_LEFT = 8


class Item(Part):
    id: Id
    text: ShortText


class Pair(Part):
    left: Id
    right: Id


class Config(QuestionConfigBase):
    type: Literal["matching"] = TYPE
    left_items: list[Item] = Field(max_length=MAX_LIST)
    right_items: list[Item] = Field(max_length=MAX_LIST)
    correct_pairs: list[Pair] = Field(max_length=MAX_LIST)
    shuffle_right: bool = True


class Answer(AnswerBase):
    pairs: list[Pair] = Field(default_factory=list, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 pairs of two ids of at most 64 characters: about 7 KB at the very most.
MAX_ANSWER_BYTES = 8_192


def validate(config: Config) -> list[Problem]:
    """2–8 left items, each with exactly one right item; each right item in at most one pair."""
    problems = []
    if len(config.left_items) < 2:
        problems.append(error("left_items", "Give at least 2 items to match."))
    if len(config.left_items) > MAX_LEFT:
        problems.append(
            error("left_items", f"Use at most {MAX_LEFT} items to match (this has {len(config.left_items)}).")
        )
    if len(config.right_items) < len(config.left_items):
        problems.append(error("right_items", "There must be a right item for every left item."))
    if len(config.right_items) > len(config.left_items) + 3:
        problems.append(warning("right_items", "More than 3 extra right items makes this hard to read."))
    for side in ("left_items", "right_items"):
        items = getattr(config, side)
        problems += unique_problems([i.id for i in items], lambda n, s=side: f"{s}[{n}].id", "ids")
        problems += unique_problems(
            [i.text for i in items], lambda n, s=side: f"{s}[{n}].text", "items", fold=True
        )
        for n, item in enumerate(items):
            if blank(item.text):
                problems.append(error(f"{side}[{n}].text", "Write the text of this item."))
    left_ids = {i.id for i in config.left_items}
    right_ids = {i.id for i in config.right_items}
    paired_left: set[str] = set()
    paired_right: set[str] = set()
    for n, pair in enumerate(config.correct_pairs):
        if pair.left not in left_ids:
            problems.append(
                error(f"correct_pairs[{n}].left", f"There is no left item with id '{pair.left}'.")
            )
        elif pair.left in paired_left:
            problems.append(
                error(f"correct_pairs[{n}].left", "This left item already has a pair. Give it only one.")
            )
        if pair.right not in right_ids:
            problems.append(
                error(f"correct_pairs[{n}].right", f"There is no right item with id '{pair.right}'.")
            )
        elif pair.right in paired_right:
            problems.append(
                error(f"correct_pairs[{n}].right", "This right item is already in a pair. Use each once.")
            )
        paired_left.add(pair.left)
        paired_right.add(pair.right)
    for n, item in enumerate(config.left_items):
        if item.id not in paired_left:
            problems.append(error(f"left_items[{n}]", f"'{item.text}' has no correct pair."))
    return problems


def normalise(config: Config) -> Config:
    return config


def opaque_ids(config: Config) -> Config:
    """Readable ids (l1↔r1) would pair themselves up in the page source: make them random."""
    left = opaque_id_map([i.id for i in config.left_items], "l")
    right = opaque_id_map([i.id for i in config.right_items], "r", taken=set(left.values()))
    return config.model_copy(
        update={
            "left_items": [i.model_copy(update={"id": left.get(i.id, i.id)}) for i in config.left_items],
            "right_items": [i.model_copy(update={"id": right.get(i.id, i.id)}) for i in config.right_items],
            "correct_pairs": [
                Pair(left=left.get(p.left, p.left), right=right.get(p.right, p.right))
                for p in config.correct_pairs
            ],
        }
    )


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """Left items in authored order; the right column shuffled (never lined up with the left) when shuffle_right."""
    right = list(config.right_items)
    if config.shuffle_right:
        partner = {p.left: p.right for p in config.correct_pairs}
        lined_up = [partner.get(i.id) for i in config.left_items]
        right = shuffled(
            right,
            rng or config_seed_rng(config),
            avoid=lambda order: [i.id for i in order[: len(lined_up)]] == lined_up,
        )
    return {
        "type": TYPE,
        "left_items": [{"id": i.id, "text": i.text} for i in config.left_items],
        "right_items": [{"id": i.id, "text": i.text} for i in right],
    }


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Correct pairs / left items."""
    left_ids = {i.id for i in config.left_items}
    right_ids = {i.id for i in config.right_items}
    lefts = [p.left for p in answer.pairs]
    rights = [p.right for p in answer.pairs]
    require(
        all(x in left_ids for x in lefts) and all(x in right_ids for x in rights),
        "One of those items is not part of this question. Match the items shown.",
    )
    require(len(set(lefts)) == len(lefts), "An item on the left was matched twice. Match each one once.")
    require(len(set(rights)) == len(rights), "An item on the right was used twice. Use each one once.")
    correct = {(p.left, p.right) for p in config.correct_pairs}
    results = {p.left: (p.left, p.right) in correct for p in answer.pairs}
    right_count = sum(results.values())
    total = len(config.left_items)
    return Mark.from_fraction(
        right_count / total if total else 0,
        points,
        correct_count=right_count,
        total_count=total,
        details={"pairs": results},
    )


def answer_key(config: Config) -> dict:
    left = {i.id: i.text for i in config.left_items}
    right = {i.id: i.text for i in config.right_items}
    return {
        "pairs": [
            {"left": left.get(p.left), "right": right.get(p.right), "left_id": p.left, "right_id": p.right}
            for p in config.correct_pairs
        ]
    }


def example_answer(config: Config) -> dict:
    return {"pairs": [{"left": p.left, "right": p.right} for p in config.correct_pairs]}
