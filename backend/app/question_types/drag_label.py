"""drag_label: place labels on marked areas of an image. Credit for each correctly labelled area.

The renderer offers a click/keyboard alternative to dragging ("Choose a label, then choose area 1"), which is
why each zone in the pupil view carries a number.
"""

from __future__ import annotations

import random
import re
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

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

TYPE = "drag_label"
MAX_ZONES = 10
# Where an image may come from: our own media (a path), the web, or an inline raster/SVG image. Never a
# "javascript:" or other scheme a browser might act on.
IMAGE_URL = re.compile(r"^(/(?!/)|https?://|data:image/(png|jpeg|gif|webp|svg\+xml);base64,)", re.IGNORECASE)


class Zone(Part):
    id: Id
    x: float
    y: float
    w: float
    h: float
    correct_label: Id


class Label(Part):
    id: Id
    text: ShortText
    is_distractor: bool = False


class Config(QuestionConfigBase):
    type: Literal["drag_label"] = TYPE
    image: Annotated[str, StringConstraints(max_length=2_000_000)]
    image_alt: ShortText = ""
    drop_zones: list[Zone] = Field(max_length=MAX_LIST)
    labels: list[Label] = Field(max_length=MAX_LIST)


class Answer(AnswerBase):
    placements: dict[Id, Id | None] = Field(default_factory=dict, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 zone-to-label pairs of ids of at most 64 characters: about 7 KB at most.
MAX_ANSWER_BYTES = 8_192


def _overlap(a: Zone, b: Zone) -> bool:
    return a.x < b.x + b.w and b.x < a.x + a.w and a.y < b.y + b.h and b.y < a.y + a.h


def validate(config: Config) -> list[Problem]:
    """Zones inside the image, each with its own real label; a safe image URL with a description."""
    problems = []
    if blank(config.image):
        problems.append(error("image", "Choose the image to label."))
    elif not IMAGE_URL.match(config.image.strip()):
        problems.append(error("image", "Use an uploaded image, or a web address starting with https://."))
    if blank(config.image_alt):
        problems.append(warning("image_alt", "Describe the image for pupils who use a screen reader."))
    if not config.drop_zones:
        problems.append(error("drop_zones", "Mark at least one area on the image."))
    if len(config.drop_zones) > MAX_ZONES:
        problems.append(
            error("drop_zones", f"Use at most {MAX_ZONES} areas (this has {len(config.drop_zones)}).")
        )
    problems += unique_problems(
        [z.id for z in config.drop_zones], lambda k: f"drop_zones[{k}].id", "area ids"
    )
    problems += unique_problems([lb.id for lb in config.labels], lambda k: f"labels[{k}].id", "label ids")
    problems += unique_problems(
        [lb.text for lb in config.labels], lambda k: f"labels[{k}].text", "labels", fold=True
    )
    labels = {lb.id: lb for lb in config.labels}
    used: set[str] = set()
    for k, zone in enumerate(config.drop_zones):
        field = f"drop_zones[{k}]"
        for name in ("x", "y", "w", "h"):
            if not 0 <= getattr(zone, name) <= 100:
                problems.append(
                    error(f"{field}.{name}", "Positions and sizes are percentages of the image, 0 to 100.")
                )
        if zone.w <= 0 or zone.h <= 0:
            problems.append(error(field, "This area has no size. Give it a width and a height."))
        if zone.x + zone.w > 100.0001 or zone.y + zone.h > 100.0001:
            problems.append(error(field, "This area reaches past the edge of the image."))
        label = labels.get(zone.correct_label)
        if label is None:
            problems.append(
                error(f"{field}.correct_label", f"There is no label with id '{zone.correct_label}'.")
            )
        elif label.is_distractor:
            problems.append(error(f"{field}.correct_label", "This area's label is marked as a distractor."))
        elif zone.correct_label in used:
            problems.append(
                error(f"{field}.correct_label", "Another area already uses this label. Use each label once.")
            )
        used.add(zone.correct_label)
        for other in config.drop_zones[:k]:
            if _overlap(zone, other):
                problems.append(
                    warning(field, "This area overlaps another one, which makes it hard to choose.")
                )
                break
    for k, label in enumerate(config.labels):
        if blank(label.text):
            problems.append(error(f"labels[{k}].text", "Write the text of this label."))
        if not label.is_distractor and label.id not in used:
            problems.append(
                warning(f"labels[{k}]", "No area uses this label. Mark it as a distractor or use it.")
            )
    return problems


def normalise(config: Config) -> Config:
    return config.model_copy(update={"image": config.image.strip()})


def opaque_ids(config: Config) -> Config:
    """Zone ids like "cpu_zone" and label ids like "l1" ↔ "z1" would say which label goes where."""
    zones = opaque_id_map([z.id for z in config.drop_zones], "z")
    labels = opaque_id_map([lb.id for lb in config.labels], "t", taken=set(zones.values()))
    return config.model_copy(
        update={
            "drop_zones": [
                z.model_copy(
                    update={
                        "id": zones.get(z.id, z.id),
                        "correct_label": labels.get(z.correct_label, z.correct_label),
                    }
                )
                for z in config.drop_zones
            ],
            "labels": [lb.model_copy(update={"id": labels.get(lb.id, lb.id)}) for lb in config.labels],
        }
    )


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The image, numbered areas and every label (always shuffled: the authored order often follows the areas)."""
    in_zone_order = [z.correct_label for z in config.drop_zones]
    labels = shuffled(
        config.labels,
        rng or config_seed_rng(config),
        avoid=lambda order: [lb.id for lb in order if lb.id in set(in_zone_order)] == in_zone_order,
    )
    return {
        "type": TYPE,
        "image": config.image,
        "image_alt": config.image_alt,
        "drop_zones": [
            {"id": z.id, "number": k + 1, "x": z.x, "y": z.y, "w": z.w, "h": z.h}
            for k, z in enumerate(config.drop_zones)
        ],
        "labels": [{"id": lb.id, "text": lb.text} for lb in labels],
    }


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Correct placements / areas."""
    zones = {z.id: z for z in config.drop_zones}
    label_ids = {lb.id for lb in config.labels}
    placed = {zone: label for zone, label in answer.placements.items() if label is not None}
    require(all(z in zones for z in placed), "One of those areas is not part of this picture.")
    require(
        all(lb in label_ids for lb in placed.values()), "One of those labels is not part of this question."
    )
    require(len(set(placed.values())) == len(placed), "A label was placed twice. Use each label once.")
    results = {zone: zones[zone].correct_label == label for zone, label in placed.items()}
    right = sum(results.values())
    total = len(config.drop_zones)
    return Mark.from_fraction(
        right / total if total else 0,
        points,
        correct_count=right,
        total_count=total,
        details={"zones": results},
    )


def answer_key(config: Config) -> dict:
    text = {lb.id: lb.text for lb in config.labels}
    return {
        "placements": {
            z.id: {"label_id": z.correct_label, "text": text.get(z.correct_label)} for z in config.drop_zones
        }
    }


def example_answer(config: Config) -> dict:
    return {"placements": {z.id: z.correct_label for z in config.drop_zones}}
