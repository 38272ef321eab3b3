"""Drafting questions with the AI: the prompts, fitting the materials into the budget, and asking again.

Every question names its source (the file, where in it, and the words it was built from): the prompt lists where
things are in the materials, and generation.grounding checks each quote is really there.

Large materials: the structured parts (objectives, vocabulary, sequences, code) are always sent. The full text
is sent as it is when it fits the budget (OPENAI_MAX_TOKENS tokens of materials, at about 4 characters a token);
otherwise it is split at document and heading boundaries into chunks of that size and the model summarises each
chunk first (operation "summarise"), keeping definitions, facts in order and code. At most MAX_SUMMARY_CHUNKS
chunks are summarised (the rest is left out, and the teacher is told); if the summaries together are still too
long, each is cut to its share of the budget. Only the teacher's materials and instructions are ever sent —
never a pupil's name or work."""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TypedDict

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.services.ai import prompts
from app.services.ai.client import CallUsage, chat_json
from app.services.ai.provider import Provider
from app.services.ai.schemas import (
    AI_TYPES,
    SUMMARY_SCHEMA,
    GeneratedOne,
    MaterialsSummary,
    check_types,
    draft_schema,
    question_schema,
)
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.grounding import source_list
from app.services.generation.materials import (
    CHARS_PER_TOKEN,
    GenerationMaterials,
    split_into_chunks,
    structured_lines,
)
from app.services.generation.quality import TYPE_NAMES

MAX_SUMMARY_CHUNKS = 8
SUMMARY_WORDS = 250
Progress = Callable[[int, str], Awaitable[None]]


class UsageTarget(TypedDict):
    """The keyword arguments of chat_json that say where its usage row goes."""

    user_id: uuid.UUID | None
    session: AsyncSession | None
    sessionmaker: async_sessionmaker | None


@dataclass
class UsageLog:
    """Where usage rows go, and who they are for: a job's sessionmaker or a request's session."""

    user_id: uuid.UUID | None
    session: AsyncSession | None = None
    sessionmaker: async_sessionmaker | None = None

    def kwargs(self) -> UsageTarget:
        return UsageTarget(user_id=self.user_id, session=self.session, sessionmaker=self.sessionmaker)


@dataclass
class AIDraft:
    questions: list[DraftQuestion]  # as the model wrote them: not yet checked
    usage: list[CallUsage] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    model: str = ""


def materials_budget_chars(provider: Provider) -> int:
    return max(1, provider.max_tokens) * CHARS_PER_TOKEN


async def fit_materials(provider: Provider, materials: GenerationMaterials, log: UsageLog,
                        progress: Progress | None = None) -> tuple[str, str, list[str], list[CallUsage]]:
    """(materials text for the prompt, a note for the prompt, notes for the teacher, usage of summary calls)."""
    budget = materials_budget_chars(provider)
    text = materials.text.strip()
    if len(text) <= budget:
        return text or "(no text: use the objectives and vocabulary above)", "", [], []
    chunks = split_into_chunks(text, budget)
    notes = []
    if len(chunks) > MAX_SUMMARY_CHUNKS:
        notes.append(f"The materials were very long: the first {MAX_SUMMARY_CHUNKS} of {len(chunks)} parts were "
                     "summarised and the rest was left out. Upload fewer documents for a fuller draft.")
        chunks = chunks[:MAX_SUMMARY_CHUNKS]
    summaries, usages = [], []
    for number, chunk in enumerate(chunks, start=1):
        if progress is not None:
            await progress(10 + int(20 * (number - 1) / len(chunks)),
                           f"Summarising the materials (part {number} of {len(chunks)})")
        message = prompts.render("summarise_materials", part=number, parts=len(chunks),
                                 unit_title=materials.unit_title, max_words=SUMMARY_WORDS, text=chunk)
        data, usage = await chat_json(
            provider, [{"role": "user", "content": message}], schema=SUMMARY_SCHEMA, schema_name="materials_summary",
            operation="summarise", max_tokens=min(provider.max_tokens, SUMMARY_WORDS * 3),
            validate=MaterialsSummary.model_validate, **log.kwargs())
        usages.append(usage)
        summaries.append(_summary_text(number, data))
    share = max(200, budget // max(1, len(summaries)))
    combined = "\n\n".join(s if len(s) <= share else s[: share - 1] + "…" for s in summaries)
    notes.append(f"The materials were longer than the AI budget, so they were summarised in {len(chunks)} "
                 "part(s) first.")
    return combined, " (summarised, part by part, because they were too long to send whole)", notes, usages


def _summary_text(number: int, summary: MaterialsSummary) -> str:
    lines = [f"Part {number}: {summary.summary.strip()}"]
    lines += [f"- {fact}" for fact in summary.key_facts]
    lines += [f"- {v.get('term')}: {v.get('definition')}" for v in summary.vocabulary if v.get("term")]
    return "\n".join(lines)


def allowed_ai_types(allowed: list[str]) -> tuple[str, ...]:
    return tuple(t for t in AI_TYPES if t in allowed)


async def generate_with_ai(provider: Provider, materials: GenerationMaterials, *, title: str, num_questions: int,
                           difficulty_min: int, difficulty_max: int, allowed_types: list[str],
                           required_types: list[str], instructions: str, time_limit_minutes: int | None,
                           log: UsageLog, progress: Progress | None = None) -> AIDraft:
    """Ask the model for a whole draft. Questions come back as stored-question fields, not yet checked."""
    types = allowed_ai_types(allowed_types)
    text, note, notes, usages = await fit_materials(provider, materials, log, progress)
    parts = structured_lines(materials)
    user = prompts.render(
        "user_template", num_questions=num_questions, unit_title=materials.unit_title,
        year_group=materials.year_group, title=title, difficulty_min=difficulty_min, difficulty_max=difficulty_max,
        allowed_types=", ".join(types),
        required_types=", ".join(t for t in required_types if t in types) or "(none)",
        time_limit=f"about {time_limit_minutes} minutes" if time_limit_minutes else "(not set)",
        materials_note=note, materials=text, instructions=instructions.strip() or "(none)",
        sources=source_list(materials), **parts)
    if progress is not None:
        await progress(30, "The AI is writing the questions")
    draft, usage = await chat_json(
        provider, [{"role": "system", "content": prompts.text("system")}, {"role": "user", "content": user}],
        schema=draft_schema(types), schema_name="assessment_draft", operation="generate",
        validate=check_types(types), **log.kwargs())
    usages.append(usage)
    notes += [n for n in usage.notes if n not in notes]
    return AIDraft(questions=[q.as_fields() for q in draft.questions[:num_questions]], usage=usages, notes=notes,
                   model=usage.model)


async def rewrite_question(provider: Provider, materials: GenerationMaterials, current: DraftQuestion, *,
                           keep_type: bool, instructions: str, neighbour_types: list[str], allowed_types: list[str],
                           log: UsageLog, new_type: str | None = None, problems: str = "",
                           operation: str = "regenerate") -> tuple[DraftQuestion, CallUsage]:
    """One question written again by the model: to the teacher's instruction (regenerate), or to fix the
    problems the checks found (re-ask). Returns (fields, usage)."""
    if keep_type:
        types = (current["type"],)
        type_rule = f"Keep the question type: it must stay {current['type']}."
    elif new_type:
        types = (new_type,)
        type_rule = f"Change the question type to {new_type}."
    else:
        types = tuple(t for t in allowed_ai_types(allowed_types) if t != current["type"]) or (current["type"],)
        type_rule = ("Use a different question type from the current one, choosing from: " + ", ".join(types) + ".")
    parts = structured_lines(materials)
    budget = materials_budget_chars(provider) // 2
    shown = {k: current.get(k) for k in ("type", "question_text", "difficulty", "points", "hint", "feedback",
                                         "config", "objective_code", "strands", "source")}
    message = prompts.render(
        "regenerate_question", unit_title=materials.unit_title, year_group=materials.year_group,
        question=json.dumps(shown, ensure_ascii=False, default=str), type_rule=type_rule,
        neighbour_types=", ".join(TYPE_NAMES.get(t, t) for t in neighbour_types) or "(none)",
        difficulty=current.get("difficulty", 3), objectives=parts["objectives"], vocabulary=parts["vocabulary"],
        materials=(materials.text[:budget] or "(none)"), instructions=instructions.strip() or "(none)",
        sources=source_list(materials),
        problems=f"The checks found these problems; fix every one:\n{problems}\n" if problems else "")
    data, usage = await chat_json(
        provider, [{"role": "system", "content": prompts.text("system")}, {"role": "user", "content": message}],
        schema=question_schema(types), schema_name="one_question", operation=operation,
        validate=_one_of(types), **log.kwargs())
    return data.question.as_fields(), usage


def _one_of(types: tuple[str, ...]) -> Callable[[object], GeneratedOne]:
    def validate(data: object) -> GeneratedOne:
        one = GeneratedOne.model_validate(data)
        if one.question.type not in types:
            raise ValueError(f"question.type must be one of {', '.join(types)}")
        return one

    return validate
