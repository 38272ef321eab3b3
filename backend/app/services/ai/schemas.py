"""The JSON schemas the AI must answer with (structured output), derived from the question engine's own
config models, and the envelope models that check an answer before its questions are validated one by one.

OpenAI's strict structured output accepts a subset of JSON Schema: every property required (optional ones
become nullable), `additionalProperties: false`, `anyOf` rather than `oneOf`, no defaults, and no free-form
maps. `strictify` rewrites the engine's schema into that subset; free-form maps (a logic-gate row's inputs,
a trace row's values) become lists of `{key, value}` entries, and `from_ai` turns an answer back into the
engine's shape. So the model is held to the same schema the engine checks, whichever server it is.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import lru_cache
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator

from app import question_types as engine
from app.models import STRAND_NAMES
from app.question_types.stored import StoredScaffold
from app.services.generation.draft_question import DraftQuestion, QuestionSource

# Types the AI may write. drag_label needs an image the model cannot provide.
AI_TYPES = tuple(t for t in engine.QUESTION_TYPES if t != "drag_label")
_DROP_KEYS = {"default", "title", "discriminator", "minLength", "maxLength", "maxItems", "minItems",
              "propertyNames", "examples"}
_DEF_PREFIX = "app__question_types__"

# A JSON Schema document (or one node of one), as the provider is sent it.
JsonSchema = dict[str, Any]
# Where a free-form map sits in a config: property names, "*" for every item of a list.
MapPath = tuple[str, ...]


def _short_name(name: str) -> str:
    return name.removeprefix(_DEF_PREFIX)


class _EngineSchema(NamedTuple):
    defs: dict[str, JsonSchema]  # definition name → its schema
    mapping: dict[str, str]  # question type → its config's definition name


@lru_cache
def _engine_schema() -> _EngineSchema:
    """The engine's discriminated union of configs as JSON Schema, with short definition names."""
    schema = TypeAdapter(engine.QuestionConfig).json_schema(ref_template="#/$defs/{model}")
    renamed = {_short_name(k): v for k, v in schema["$defs"].items()}

    def fix_refs(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: (f"#/$defs/{_short_name(v.split('/')[-1])}" if k == "$ref" else fix_refs(v))
                    for k, v in node.items()}
        if isinstance(node, list):
            return [fix_refs(v) for v in node]
        return node

    mapping = {t: _short_name(ref.split("/")[-1]) for t, ref in schema["discriminator"]["mapping"].items()}
    return _EngineSchema(defs=fix_refs(renamed), mapping=mapping)


def _is_map(node: JsonSchema) -> bool:
    return node.get("type") == "object" and isinstance(node.get("additionalProperties"), dict) and not node.get(
        "properties")


def strictify(node: Any) -> Any:
    """Rewrite a JSON Schema node into OpenAI's strict subset (see the module docstring)."""
    if isinstance(node, list):
        return [strictify(v) for v in node]
    if not isinstance(node, dict):
        return node
    if _is_map(node):
        value = strictify(node["additionalProperties"])
        return {"type": "array", "description": "entries of a map: one {key, value} per entry",
                "items": {"type": "object", "additionalProperties": False, "required": ["key", "value"],
                          "properties": {"key": {"type": "string"}, "value": value}}}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROP_KEYS:
            continue
        if key == "oneOf":
            out["anyOf"] = strictify(value)
        elif key == "const":
            out["enum"] = [value]
        elif key == "properties":
            out["properties"] = {name: strictify(sub) for name, sub in value.items()}
        else:
            out[key] = strictify(value)
    if out.get("type") == "object" and "properties" in out:
        required = set(node.get("required", []))
        for name, sub in out["properties"].items():
            # A constant (the config's "type") is what tells the union's members apart: never null.
            if name not in required and not _accepts_null(sub) and "const" not in node["properties"][name]:
                out["properties"][name] = {"anyOf": [sub, {"type": "null"}]}
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


def _accepts_null(node: JsonSchema) -> bool:
    return node.get("type") == "null" or any(o.get("type") == "null" for o in node.get("anyOf", []))


def _map_paths(node: Any, defs: dict[str, JsonSchema], path: MapPath,
               seen: frozenset[str] = frozenset()) -> list[MapPath]:
    """Where the engine schema has free-form maps, as paths ("truth_table", "*", "inputs")."""
    if not isinstance(node, dict):
        return []
    ref = node.get("$ref")
    if ref:
        name = ref.split("/")[-1]
        if name in seen:
            return []
        return _map_paths(defs[name], defs, path, seen | {name})
    if _is_map(node):
        return [path]
    found: list[MapPath] = []
    for option in node.get("anyOf", []) + node.get("oneOf", []):
        found += _map_paths(option, defs, path, seen)
    for name, sub in (node.get("properties") or {}).items():
        found += _map_paths(sub, defs, (*path, name), seen)
    if node.get("type") == "array" and isinstance(node.get("items"), dict):
        found += _map_paths(node["items"], defs, (*path, "*"), seen)
    return found


@lru_cache
def map_paths_by_type() -> dict[str, list[MapPath]]:
    """Per question type, where its config has free-form maps (written as lists of entries by the AI)."""
    schema = _engine_schema()
    return {t: _map_paths(schema.defs[name], schema.defs, ()) for t, name in schema.mapping.items()}


def _entries_to_dict(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(e, dict) and "key" in e for e in value):
        return {str(e["key"]): e.get("value") for e in value}
    return value


def _apply(data: Any, path: MapPath) -> Any:
    if not path:
        return _entries_to_dict(data)
    head, rest = path[0], path[1:]
    if head == "*" and isinstance(data, list):
        return [_apply(item, rest) for item in data]
    if isinstance(data, dict) and head in data:
        data[head] = _apply(data[head], rest)
    return data


def _drop_nulls(node: Any) -> Any:
    """Optional fields come back as null in strict mode; leaving them out lets the engine's defaults apply."""
    if isinstance(node, dict):
        return {k: _drop_nulls(v) for k, v in node.items() if v is not None}
    if isinstance(node, list):
        return [_drop_nulls(v) for v in node]
    return node


def from_ai(config: Any) -> Any:
    """A config as the AI wrote it (strict form) → the engine's shape: maps back from entries, nulls out."""
    if not isinstance(config, dict):
        return config
    data = _drop_nulls(copy.deepcopy(config))
    for path in map_paths_by_type().get(data.get("type"), []):
        data = _apply(data, path)
    return data


def _config_schema(types: tuple[str, ...]) -> tuple[JsonSchema, dict[str, JsonSchema]]:
    """(the union of the chosen types' configs, the $defs it needs), in strict form."""
    schema = _engine_schema()
    refs = [{"$ref": f"#/$defs/{schema.mapping[t]}"} for t in types]
    defs = {name: strictify(node) for name, node in schema.defs.items()}
    union = refs[0] if len(refs) == 1 else {"anyOf": refs}
    return union, _prune(defs, union)


def _prune(defs: dict[str, JsonSchema], root: JsonSchema) -> dict[str, JsonSchema]:
    """Only the definitions reachable from `root`."""
    needed: set[str] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if ref:
                name = ref.split("/")[-1]
                if name not in needed:
                    needed.add(name)
                    stack.append(defs[name])
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return {k: v for k, v in defs.items() if k in needed}


def _question_properties(types: tuple[str, ...], config: JsonSchema) -> dict[str, JsonSchema]:
    text = {"type": "string"}
    scaffold = {
        "anyOf": [
            {"type": "object", "additionalProperties": False,
             "required": ["type", "question_text", "config", "hint"],
             "description": "an easier version of the same question, or null",
             "properties": {"type": {"type": "string", "enum": list(types)}, "question_text": text,
                            "config": config, "hint": {"anyOf": [text, {"type": "null"}]}}},
            {"type": "null"},
        ]
    }
    return {
        "type": {"type": "string", "enum": list(types)},
        "question_text": {**text, "description": "plain text; `code` spans and fenced code allowed"},
        "difficulty": {"type": "integer", "enum": [1, 2, 3, 4, 5]},
        "points": {"type": "integer", "enum": list(range(1, 11))},
        "time_estimate_seconds": {"type": "integer"},
        "objective_code": {"anyOf": [text, {"type": "null"}], "description": "the learning objective's code, e.g. LO2"},
        "strands": {"type": "array", "items": {"type": "string", "enum": list(STRAND_NAMES)}},
        "hint": text,
        "feedback": {"type": "object", "additionalProperties": False, "required": ["correct", "incorrect", "partial"],
                     "properties": {"correct": text, "incorrect": text, "partial": text}},
        "config": config,
        "scaffold": scaffold,
        "source": {
            "anyOf": [
                {"type": "object", "additionalProperties": False, "required": ["file", "where", "quote"],
                 "properties": {"file": text, "where": text, "quote": text}},
                {"type": "null"},
            ],
            "description": "the passage of the materials the question is built from: the file, where in it (such as "
                           "\"slide 4\"), and its words copied exactly",
        },
    }


def _question_object(types: tuple[str, ...], config: JsonSchema) -> JsonSchema:
    properties = _question_properties(types, config)
    return {"type": "object", "additionalProperties": False, "required": list(properties), "properties": properties}


def draft_schema(types: list[str] | tuple[str, ...] | None = None) -> JsonSchema:
    """The structured-output schema for a whole draft: {"questions": [question, ...]}."""
    chosen = _chosen(types)
    config, defs = _config_schema(chosen)
    return {"type": "object", "additionalProperties": False, "required": ["questions"],
            "properties": {"questions": {"type": "array", "items": _question_object(chosen, config)}},
            "$defs": defs}


def question_schema(types: list[str] | tuple[str, ...] | None = None) -> JsonSchema:
    """The structured-output schema for one question (regenerating a question): {"question": question}."""
    chosen = _chosen(types)
    config, defs = _config_schema(chosen)
    return {"type": "object", "additionalProperties": False, "required": ["question"],
            "properties": {"question": _question_object(chosen, config)}, "$defs": defs}


SUMMARY_SCHEMA: JsonSchema = {
    "type": "object", "additionalProperties": False, "required": ["summary", "key_facts", "vocabulary"],
    "properties": {
        "summary": {"type": "string"},
        "key_facts": {"type": "array", "items": {"type": "string"}},
        "vocabulary": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["term", "definition"],
            "properties": {"term": {"type": "string"}, "definition": {"type": "string"}}}},
    },
}


def _chosen(types: list[str] | tuple[str, ...] | None) -> tuple[str, ...]:
    chosen = tuple(t for t in (types or AI_TYPES) if t in AI_TYPES)
    if not chosen:
        raise ValueError("at least one question type the AI can write is needed")
    return chosen


# --- envelope models: the shape around each question, checked before the configs are ------------------


class _Envelope(BaseModel):
    model_config = ConfigDict(extra="ignore")


class GeneratedFeedback(_Envelope):
    correct: str = ""
    incorrect: str = ""
    partial: str = ""


class GeneratedScaffold(_Envelope):
    type: str
    question_text: str
    config: dict
    hint: str | None = None


class GeneratedSource(_Envelope):
    """Where the model says a question came from; generation.grounding checks the quote is really there."""

    file: str = ""
    where: str = ""
    quote: str = ""


class GeneratedQuestion(_Envelope):
    """One question as the AI wrote it. The config is only checked to be an object here; the question engine
    checks (and repair mends) the rest, so one bad config does not throw away the whole draft."""

    type: str
    question_text: str = Field(min_length=1)
    difficulty: int = Field(default=3, ge=1, le=5)
    points: int = Field(default=1, ge=1, le=10)
    time_estimate_seconds: int = Field(default=60, ge=5, le=3600)
    objective_code: str | None = None
    strands: list[str] = Field(default_factory=list)
    hint: str | None = None
    feedback: GeneratedFeedback = Field(default_factory=GeneratedFeedback)
    config: dict
    scaffold: GeneratedScaffold | None = None
    source: GeneratedSource | None = None

    @field_validator("difficulty", mode="before")
    @classmethod
    def _clamp_difficulty(cls, value: Any) -> Any:
        return min(5, max(1, value)) if isinstance(value, int) else value

    @field_validator("points", mode="before")
    @classmethod
    def _clamp_points(cls, value: Any) -> Any:
        return min(10, max(1, value)) if isinstance(value, int) else value

    @field_validator("time_estimate_seconds", mode="before")
    @classmethod
    def _clamp_time(cls, value: Any) -> Any:
        return min(3600, max(5, value)) if isinstance(value, int) else value

    @field_validator("strands", mode="before")
    @classmethod
    def _known_strands(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [s for s in value if isinstance(s, str) and s in STRAND_NAMES]
        return value

    def as_fields(self) -> DraftQuestion:
        """The question as the fields a stored Question has, with the config in the engine's shape."""
        config = {**from_ai(self.config), "type": self.type}
        scaffold = None
        if self.scaffold is not None:
            scaffold = StoredScaffold(type=self.scaffold.type, question_text=self.scaffold.question_text,
                                config={**from_ai(self.scaffold.config), "type": self.scaffold.type},
                                hint=self.scaffold.hint)
        return DraftQuestion(
            type=self.type,
            question_text=self.question_text,
            difficulty=self.difficulty,
            points=self.points,
            time_estimate_seconds=self.time_estimate_seconds,
            objective_code=self.objective_code,
            strands=self.strands,
            hint=self.hint or "",
            feedback=self.feedback.model_dump(),
            config=config,
            scaffold=scaffold,
            source=QuestionSource(**self.source.model_dump()) if self.source is not None else None,
        )


class GeneratedDraft(_Envelope):
    questions: list[GeneratedQuestion] = Field(min_length=1)


class GeneratedOne(_Envelope):
    question: GeneratedQuestion


class MaterialsSummary(_Envelope):
    summary: str
    key_facts: list[str] = Field(default_factory=list)
    vocabulary: list[dict] = Field(default_factory=list)


def check_types(types: tuple[str, ...]) -> Callable[[Any], GeneratedDraft]:
    """A chat_json validator for a draft: the envelope must parse and every question's type be allowed."""

    def validate(data: Any) -> GeneratedDraft:
        draft = GeneratedDraft.model_validate(data)
        unknown = sorted({q.type for q in draft.questions if q.type not in types})
        if unknown:
            raise ValueError(f"questions use types that are not allowed here: {', '.join(unknown)}; "
                             f"use only {', '.join(types)}")
        return draft

    return validate
