"""The question engine: the 14 question types and the one interface the rest of the app uses.

Each type is one module (config, answer, validate, normalise, pupil_view, mark, answer_key, example_answer;
verify and run_code for the code types). docs/question-types.md describes every JSON shape.
"""

from __future__ import annotations

import inspect
import random
from dataclasses import dataclass, field
from types import ModuleType
from typing import Annotated, Any, Union

from pydantic import Field, ValidationError

from app.errors import Invalid
from app.question_types import (
    binary_convert,
    code_completion,
    code_debug,
    drag_label,
    extended_text,
    logic_gates,
    matching,
    multiple_choice,
    multiple_select,
    ordering,
    parsons,
    python_code,
    text_input,
    trace_table,
)
from app.question_types.base import Mark, Problem, QuestionConfigBase, parse_model, warning

__all__ = [
    "REGISTRY",
    "QUESTION_TYPES",
    "QuestionConfig",
    "CheckResult",
    "Mark",
    "Problem",
    "parse_config",
    "parse_answer",
    "answer_fits",
    "answer_problem",
    "check",
    "pupil_view",
    "mark",
    "answer_key",
    "details_without_key",
    "example_answer",
    "run_code",
    "needs_sandbox",
]

REGISTRY: dict[str, ModuleType] = {
    m.TYPE: m
    for m in (
        multiple_choice,
        multiple_select,
        text_input,
        extended_text,
        matching,
        ordering,
        parsons,
        code_completion,
        python_code,
        code_debug,
        trace_table,
        drag_label,
        binary_convert,
        logic_gates,
    )
}
QUESTION_TYPES = tuple(REGISTRY)

QuestionConfig = Annotated[
    Union[  # noqa: UP007 - a discriminated union reads best spelled out
        multiple_choice.Config,
        multiple_select.Config,
        text_input.Config,
        extended_text.Config,
        matching.Config,
        ordering.Config,
        parsons.Config,
        code_completion.Config,
        python_code.Config,
        code_debug.Config,
        trace_table.Config,
        drag_label.Config,
        binary_convert.Config,
        logic_gates.Config,
    ],
    Field(discriminator="type"),
]


@dataclass
class CheckResult:
    """A checked question: the config to store (normalised, JSON-ready) and what is wrong or worth knowing."""

    config: dict[str, Any]
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when nothing makes the question unanswerable (warnings allowed)."""
        return not self.errors


def module_for(type_name: Any, *, prefix: str = "config") -> ModuleType:
    """The module of a question type; Invalid (naming the field) for an unknown one."""
    module = REGISTRY.get(type_name) if isinstance(type_name, str) else None
    if module is None:
        shown = f"'{type_name}' is not a question type" if type_name else "say which type of question this is"
        raise Invalid(f"{prefix}.type: {shown}. Choose one of: {', '.join(QUESTION_TYPES)}.")
    return module


def needs_sandbox(type_name: str) -> bool:
    """True for the types whose marking or checking runs code."""
    return hasattr(module_for(type_name), "verify") or inspect.iscoroutinefunction(module_for(type_name).mark)


def parse_config(data: Any, *, prefix: str = "config") -> QuestionConfigBase:
    """A config dict as its type's Config; raises Invalid naming the field ("config.options[1].text: …")."""
    if isinstance(data, QuestionConfigBase):
        return data
    if not isinstance(data, dict):
        raise Invalid(f"{prefix}: this should be an object with named fields, including its type.")
    return parse_model(module_for(data.get("type"), prefix=prefix).Config, data, prefix)


def parse_answer(type_name: str, data: Any) -> Any:
    """answer_data as the type's Answer. None or {} is an empty answer (it marks as 0)."""
    module = module_for(type_name, prefix="question")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise Invalid("answer: this should be an object with named fields.")
    return parse_model(module.Answer, data, "answer")


# --- Which questions an answer fits (the autosave's check at the door) ----------------------------------------

# The field names each type's Answer takes: an answer with any other key cannot be that type's (extra fields are
# forbidden), so only the types whose fields cover its keys are validated at all.
_ANSWER_FIELDS = {name: frozenset(module.Answer.model_fields) for name, module in REGISTRY.items()}
# The biggest answer any type takes: a request bigger than this is refused before it is read.
MAX_ANSWER_BYTES = max(module.MAX_ANSWER_BYTES for module in REGISTRY.values())
TOO_LONG = "too long"
DOES_NOT_FIT = "does not fit"


def answer_fits(answer_data: dict[str, Any] | None, size: int) -> tuple[str, ...]:
    """The question types `answer_data` is a valid answer for: its shape is the type's Answer, and `size` (its
    bytes as sent) is within the type's MAX_ANSWER_BYTES. None or {} is an empty answer, which fits every type.
    Cheap enough for every autosave: only the one or two types whose fields match its keys are validated."""
    keys = frozenset(answer_data or ())
    if not keys:  # nothing answered yet: every type takes that (checked once, below), within its size
        return tuple(name for name in _TAKES_EMPTY if size <= REGISTRY[name].MAX_ANSWER_BYTES)
    return tuple(
        name for name, fields in _ANSWER_FIELDS.items()
        if keys <= fields and answer_problem(name, answer_data, size) is None
    )


def answer_problem(type_name: str, answer_data: dict[str, Any] | None, size: int) -> str | None:
    """Why `answer_data` is not an answer to a question of this type: TOO_LONG (over the type's size, or a text
    over its length), DOES_NOT_FIT (any other shape), or None when it is one."""
    module = module_for(type_name, prefix="question")
    if size > module.MAX_ANSWER_BYTES:
        return TOO_LONG
    try:
        module.Answer.model_validate(answer_data or {})
    except ValidationError as error:
        lengths = all(e["type"] in ("string_too_long", "too_long") for e in error.errors())
        return TOO_LONG if lengths else DOES_NOT_FIT
    return None


_TAKES_EMPTY = tuple(name for name in REGISTRY if answer_problem(name, None, 0) is None)


def _prepared(config_data: Any) -> tuple[ModuleType, QuestionConfigBase]:
    """Parse and normalise: computed truth (binary answers, gate outputs) is recomputed, never trusted."""
    config = parse_config(config_data)
    module = REGISTRY[config.type]
    return module, module.normalise(config)


async def check(config_data: Any, *, sandbox: Any = None, field_prefix: str = "config") -> CheckResult:
    """For saving a question (or a scaffold): parse, make ids opaque, normalise, validate, and — for the code
    types, when nothing else is wrong — verify by running code. Raises Invalid only for a malformed shape."""
    config = parse_config(config_data, prefix=field_prefix)
    module = REGISTRY[config.type]
    if hasattr(module, "opaque_ids"):
        config = module.opaque_ids(config)
    normalised = module.normalise(config)
    problems: list[Problem] = []
    if hasattr(module, "corrections"):
        problems += module.corrections(config, normalised)
    problems += module.validate(normalised)
    # Code is run only when nothing else is wrong — apart from what running it will work out (trace rows).
    computed = getattr(module, "COMPUTED_FIELDS", ())
    if hasattr(module, "verify") and all(
        p.severity != "error" or _top_field(p.field) in computed for p in problems
    ):
        if sandbox is None:
            problems.append(warning("", "This question runs code, and it was not checked by running it."))
        else:
            normalised, more = await module.verify(normalised, sandbox)
            # verify() re-checks the fields it computes, so its verdict replaces the earlier one.
            problems = [
                p for p in problems if p.severity != "error" or _top_field(p.field) not in computed
            ] + more
    problems.sort(key=lambda p: p.severity != "error")  # errors first; stable within each kind
    return CheckResult(
        config=normalised.model_dump(mode="json"),
        problems=[p.prefixed(field_prefix) for p in problems],
    )


def _top_field(path: str) -> str:
    """'cells_to_fill[0].step' → 'cells_to_fill'."""
    return path.split(".")[0].split("[")[0]


def pupil_view(config_data: Any, rng: random.Random | None = None) -> dict:
    """What the pupil's browser is sent: never the answer. rng=None keeps optional shuffles in authored order
    (lists whose order would give the answer away are always shuffled, from a seed taken from the config)."""
    module, config = _prepared(config_data)
    return module.pupil_view(config, rng)


async def mark(config_data: Any, answer_data: Any, points: float, *, sandbox: Any = None) -> Mark:
    """Mark one answer: a Mark with score in [0, points] (None while awaiting marking). Raises Invalid for a
    malformed answer; an empty one scores 0."""
    module, config = _prepared(config_data)
    answer = parse_answer(config.type, answer_data)
    if inspect.iscoroutinefunction(module.mark):
        return await module.mark(config, answer, points, sandbox)
    return module.mark(config, answer, points)


def answer_key(config_data: Any) -> dict:
    """A compact, teacher-facing statement of the right answer (results review after release, teacher screens)."""
    module, config = _prepared(config_data)
    return {"type": config.type, **module.answer_key(config)}


def key_texts(config_data: Any) -> list[str]:
    """The short texts a pupil chooses or types to be right (a right option's words, an accepted answer, a
    computed number), for spotting feedback that gives the answer away. Types whose answer is not such a text
    (pairs, orders, code, tables) have none; a config that does not parse has none."""
    try:
        module, config = _prepared(config_data)
    except (Invalid, ValueError):
        return []
    found = module.key_texts(config) if hasattr(module, "key_texts") else []
    return [text.strip() for text in found if isinstance(text, str) and text.strip()]


def details_without_key(details: dict[str, Any]) -> dict[str, Any]:
    """A mark's details with whatever would give the key away taken out, for a pupil who may not see keys yet
    (each type that stores such details says how, in its `details_without_key`; the rest are shown as they are)."""
    shown = dict(details)
    for module in REGISTRY.values():
        if hasattr(module, "details_without_key"):
            shown = module.details_without_key(shown)
    return shown


def example_answer(config_data: Any) -> dict:
    """An answer_data that gets full marks (extended_text: a placeholder of the right length, since only a
    person or the AI can mark it)."""
    module, config = _prepared(config_data)
    return module.example_answer(config)


async def run_code(config_data: Any, answer_data: Any, *, sandbox: Any) -> dict:
    """ "Run my code" for python_code and code_debug: the visible tests' results and the program's output."""
    module, config = _prepared(config_data)
    if not hasattr(module, "run_code"):
        raise Invalid("Only Python questions have code to run.")
    return await module.run_code(config, parse_answer(config.type, answer_data), sandbox)
