"""Moodle XML (Moodle's own question export, `<quiz><question type="…">`): what its writer (moodle_write.py) and
reader (moodle_read.py) share: the format's name, which of our types become which Moodle question types, and our
own fields carried as Moodle tags.

Our fields that Moodle has no place for ride in tags `ks3:<name>=<value>` (difficulty, time, strands, topic,
objective, easier version, feedback, the type's own settings), so a round trip keeps them; Moodle shows them as
tags in its question bank. Moodle keeps a tag's first 50 characters, so the long ones (an easier version, a
mark scheme) come back whole only from a file that has not been through Moodle itself."""

from __future__ import annotations

import json
from typing import Any

from app.errors import AppError
from app.models import Question
from app.services.exchange.limits import check_depth, strict_json

NAME = "moodle-xml"
LABEL = "Moodle XML (.xml)"
# Our type → the Moodle question type it is written as (binary_convert to denary is a numerical question).
MOODLE_TYPES = {"multiple_choice": "multichoice", "multiple_select": "multichoice", "text_input": "shortanswer",
                "binary_convert": "shortanswer", "extended_text": "essay", "matching": "matching",
                "ordering": "ordering", "code_completion": "multianswer", "python_code": "coderunner"}
# Types whose correct / partly correct / incorrect feedback Moodle holds; the others hold one general feedback.
COMBINED_FEEDBACK = {"multiple_choice", "multiple_select", "matching", "ordering"}
# The config settings Moodle has no place for, kept in the `ks3:config` tag.
CONFIG_EXTRAS: dict[str, tuple[str, ...]] = {
    "multiple_choice": (),
    "multiple_select": ("min_selections", "max_selections"),
    "text_input": ("max_length", "required_keywords", "forbidden_keywords"),
    "binary_convert": ("conversion_type", "given_value", "show_working"),
    "extended_text": ("marking_guide", "ai_marking_enabled", "ai_marking_prompt"),
    "matching": (),
    "ordering": (),
    "code_completion": ("blank_hints",),  # not a config key: each gap's hint, in order
    "python_code": ("hidden_test_weight", "banned_keywords", "required_keywords"),
}
FILE_META = "ks3-assessment:"  # the comment at the top holding the assessment's title, description and year
TAG_PREFIX = "ks3:"
NUMBER_TAGS = {"difficulty": "difficulty", "time": "time_estimate_seconds"}
TEXT_TAGS = {"type": "type", "topic": "topic", "image": "image_url", "image_alt": "image_alt"}
JSON_TAGS = {"objective": "objective", "scaffold": "scaffold", "feedback": "feedback", "config": "config"}
# Our fields (and the objective, topic and settings) as read from tags, before they are checked.
OurFields = dict[str, Any]


def looks_like_moodle(data: bytes) -> bool:
    """Whether a file is XML whose root is Moodle's <quiz> (judged from its first 4 KB)."""
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"<") and b"<quiz" in start


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def tags_for(question: Question, *, objective: dict | None, topic: str | None, feedback: bool,
             config: dict[str, Any]) -> list[str]:
    """Our fields as `ks3:` tags, then the question's own tags as they are."""
    tags = [f"{TAG_PREFIX}type={question.type}", f"{TAG_PREFIX}difficulty={question.difficulty}",
            f"{TAG_PREFIX}time={question.time_estimate_seconds}"]
    tags += [f"{TAG_PREFIX}strand={strand}" for strand in question.strands or []]
    if topic:
        tags.append(f"{TAG_PREFIX}topic={topic}")
    if objective:
        tags.append(f"{TAG_PREFIX}objective={_json(objective)}")
    if question.scaffold:
        tags.append(f"{TAG_PREFIX}scaffold={_json(question.scaffold)}")
    if feedback:
        tags.append(f"{TAG_PREFIX}feedback={_json(question.feedback)}")
    if config:
        tags.append(f"{TAG_PREFIX}config={_json(config)}")
    return tags + [tag for tag in question.tags or [] if not tag.startswith(TAG_PREFIX)]


def read_tags(tags: list[str]) -> tuple[OurFields, list[str]]:
    """Our fields from the `ks3:` tags (a value that does not read is ignored: it is only a tag), and the other
    tags, which are the question's own."""
    ours: OurFields = {"strands": []}
    plain: list[str] = []
    for tag in tags:
        name, _eq, value = tag[len(TAG_PREFIX):].partition("=")
        if not tag.startswith(TAG_PREFIX):
            plain.append(tag)
        elif name == "strand":
            ours["strands"].append(value)
        elif name in NUMBER_TAGS and value.strip().isdigit():
            ours[NUMBER_TAGS[name]] = int(value)
        elif name in TEXT_TAGS:
            ours[TEXT_TAGS[name]] = value
        elif name in JSON_TAGS and (parsed := _json_value(value)) is not None:
            ours[JSON_TAGS[name]] = parsed
    if not ours["strands"]:
        del ours["strands"]
    return ours, plain


def _json_value(text: str) -> Any:
    try:
        value = strict_json(text)
        check_depth(value)
    except (ValueError, RecursionError, AppError):
        return None
    return value
