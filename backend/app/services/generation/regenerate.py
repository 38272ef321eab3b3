"""Regenerating one question of a draft with an instruction ("make it easier", "about input and output"),
keeping its type or changing it, by the AI or the offline generator, through the same validate-and-repair as
a whole draft. The new version replaces the old one through the normal question update (so a question pupils
have answered is re-marked, and the change is audited); if it still cannot be answered, nothing is changed.
No database session is held while the AI (or the offline generator) works: it can take a minute."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.db import session_scope
from app.errors import Invalid, NotFound
from app.models import LearningObjective, Question, User
from app.schemas.assessments import QuestionSaved, QuestionUpdate
from app.schemas.generation import RegenerateRequest
from app.services.ai.client import AIBadOutput, AIRequestRefused
from app.services.ai.provider import Provider
from app.services.authoring import assessments, questions
from app.services.core import rate_limit
from app.services.generation import ai_generator, offline
from app.services.generation.ai_generator import UsageLog
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.grounding import ASK_AGAIN, NOT_FOUND, ground, not_found
from app.services.generation.job import choose_provider
from app.services.generation.materials import GenerationMaterials, load_materials
from app.services.generation.repair import Checked, check_and_repair, problem_summary

# A single question is a small request; a teacher reviewing a draft may well ask for several.
REGENERATIONS_PER_DRAFT_ALLOWANCE = 5
RATE_MESSAGE = ("You have asked for {limit} new versions of questions in the last hour, which is the most allowed. "
                "You can edit the question by hand now, or try again later.")
STILL_FAILING = ("The new version of this question still had a problem ({problems}), so the question was not "
                 "changed. Try a different instruction, or edit it by hand.")


class RegenerationAsked(NamedTuple):
    """What making a new version needs, read in a short transaction before the slow part starts."""

    materials: GenerationMaterials
    current: DraftQuestion
    neighbours: list[str]  # the types of the questions around it, for variety
    provider: Provider | None  # None: the offline generator


async def regenerate_question(sessions: async_sessionmaker[AsyncSession], *, assessment_id: uuid.UUID,
                              question_id: uuid.UUID, body: RegenerateRequest, actor: User) -> QuestionSaved:
    """Replace a question with a new version, made by the AI or the offline generator; what the teacher is told.

    The question and the unit's materials are read in one short transaction and the request is counted in
    another; the AI (or the offline generator and its checks) then runs with no session, connection or lock
    held; the new version is saved through the normal question update, which re-marks between short transactions."""
    asked = await _read(sessions, assessment_id=assessment_id, question_id=question_id, body=body, actor=actor)
    limit = get_settings().rate_limit_generation * REGENERATIONS_PER_DRAFT_ALLOWANCE
    await rate_limit.take(sessions, "regeneration", str(actor.id), limit=limit, window=timedelta(hours=1),
                          message=RATE_MESSAGE.format(limit=limit))
    new_type = None if body.keep_type else body.question_type
    if asked.provider is None:
        checked = await _offline_version(asked.materials, asked.current, body, neighbours=asked.neighbours,
                                         new_type=new_type)
        notice = "A new version was made by the offline generator."
    else:
        log = UsageLog(user_id=actor.id, sessionmaker=sessions)  # each call's usage is committed at once
        checked = await _ai_version(asked.provider, asked.materials, asked.current, body, neighbours=asked.neighbours,
                                    new_type=new_type, log=log)
        notice = f"A new version was written by the AI ({asked.provider.model})."
    if checked.repairs:
        notice += " Repaired automatically: " + " ".join(checked.repairs)
    # Given the sessionmaker, the update checks and re-marks between short transactions of its own.
    change = await questions.update(sessions, assessment_id=assessment_id, question_id=question_id,
                                    data=_update(checked.fields, asked.materials), actor=actor)
    change.question.source = await _record_source(sessions, question_id, checked.fields)
    if _unfound(checked.fields):
        change.question.warnings = [*change.question.warnings, *_unfound(checked.fields)]
    remarked = questions.remark_notice(change.remarked, change.kept_corrections)
    if remarked:
        notice += " " + remarked
    return questions.saved(change, notice=notice)


async def _record_source(sessions: async_sessionmaker[AsyncSession], question_id: uuid.UUID,
                         fields: DraftQuestion) -> QuestionSource | None:
    """Keep where the new version came from, or the warning that its quote is not in the lesson materials. A
    question's source is not part of its answer key (and the warning is not one of the update's own checks), so
    they are written on their own, after the update."""
    source = fields.get("source")
    value = QuestionSource(**source) if source else None
    async with session_scope(sessions) as session:
        question = await session.get(Question, question_id)
        if question is not None:
            question.source = value
            unfound = _unfound(fields)
            if unfound:
                question.warnings = [*(w for w in question.warnings if w.get("message") != NOT_FOUND), *unfound]
    return value


def _unfound(fields: DraftQuestion) -> list:
    return [w for w in fields.get("warnings") or [] if w.get("message") == NOT_FOUND]


async def _read(sessions: async_sessionmaker[AsyncSession], *, assessment_id: uuid.UUID, question_id: uuid.UUID,
                body: RegenerateRequest, actor: User) -> RegenerationAsked:
    """Check the teacher may change this question and read what a new version is made from."""
    async with session_scope(sessions) as session:
        assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True, with_questions=True)
        ordered = list(assessment.questions)
        question = next((q for q in ordered if q.id == question_id), None)
        if question is None:
            raise NotFound("That question is not part of this assessment.")
        if body.question_type and body.keep_type and body.question_type != question.type:
            raise Invalid("keep_type is true but question_type asks for another type. Choose one or the other.")
        index = ordered.index(question)
        return RegenerationAsked(
            materials=await _materials(session, assessment.unit_id),
            current=await _current_fields(session, question),
            neighbours=[q.type for q in ordered[max(0, index - 2):index] + ordered[index + 1:index + 3]],
            provider=await choose_provider(session, body.provider),
        )


async def _offline_version(materials: GenerationMaterials, current: DraftQuestion, body: RegenerateRequest, *,
                           neighbours: list[str], new_type: str | None) -> Checked:
    """A new version from the offline generator (always one that passes the checks), or Invalid."""
    made = await offline.regenerate_offline(
        materials, current, keep_type=body.keep_type, instructions=body.instructions,
        seed=random.SystemRandom().randrange(1, 2**31), neighbour_types=neighbours, new_type=new_type)
    if made is None:
        raise Invalid("The offline generator could not make another question of this kind from the unit's "
                      "materials. Try changing the type, or edit the question by hand.")
    return made


async def _ai_version(provider: Provider, materials: GenerationMaterials, current: DraftQuestion,
                      body: RegenerateRequest, *, neighbours: list[str], new_type: str | None,
                      log: UsageLog) -> Checked:
    """A new version written by the AI and checked; asked again once, saying what is wrong, if it fails.
    Invalid (with the problems) when it still fails."""
    fields, _ = await ai_generator.rewrite_question(
        provider, materials, current, keep_type=body.keep_type, instructions=body.instructions,
        neighbour_types=neighbours, allowed_types=list(offline.GENERATABLE_TYPES), log=log, new_type=new_type)
    checked = await check_and_repair(fields)
    if not checked.ok:
        try:
            fields, _ = await ai_generator.rewrite_question(
                provider, materials, checked.fields, keep_type=True, instructions=body.instructions,
                neighbour_types=neighbours, allowed_types=list(offline.GENERATABLE_TYPES), log=log,
                problems=problem_summary(checked.errors, limit=8), operation="repair")
            checked = await check_and_repair(fields)
        except AIBadOutput:
            pass
    if not checked.ok:
        raise Invalid(STILL_FAILING.format(problems=problem_summary(checked.errors, limit=2)),
                      keep_changes=True, extra={"problems": checked.problems})
    located, found = ground(checked.fields, materials)
    if not found and materials.passages:  # asked once more to build it from the materials, as a draft's are
        again = await _asked_for_source(provider, materials, checked.fields, body, neighbours=neighbours, log=log)
        if again is not None:
            return again
    checked.fields = located if found else not_found(checked.fields)
    return checked


async def _asked_for_source(provider: Provider, materials: GenerationMaterials, fields: DraftQuestion,
                            body: RegenerateRequest, *, neighbours: list[str], log: UsageLog) -> Checked | None:
    """The new version written again from a passage of the materials; None when that fails the checks or does not
    quote the materials either (the first version is then kept with the warning)."""
    try:
        again, _ = await ai_generator.rewrite_question(
            provider, materials, fields, keep_type=True, instructions=body.instructions, neighbour_types=neighbours,
            allowed_types=list(offline.GENERATABLE_TYPES), log=log, problems=ASK_AGAIN, operation="repair")
    except (AIBadOutput, AIRequestRefused):
        return None
    checked = await check_and_repair(again)
    if not checked.ok:
        return None
    located, found = ground(checked.fields, materials)
    if not found:
        return None
    checked.fields = located
    return checked


async def _materials(session: AsyncSession, unit_id: uuid.UUID | None) -> GenerationMaterials:
    if unit_id is None:
        return GenerationMaterials()
    return await load_materials(session, unit_id)


async def _current_fields(session: AsyncSession, question: Question) -> DraftQuestion:
    """The question as it is now, in the shape a generated one has (with its objective's code)."""
    code = None
    if question.learning_objective_id:
        code = await session.scalar(select(LearningObjective.code).where(
            LearningObjective.id == question.learning_objective_id))
    return DraftQuestion(type=question.type, question_text=question.question_text, config=question.config,
                         difficulty=question.difficulty, points=question.points,
                         time_estimate_seconds=question.time_estimate_seconds, hint=question.hint,
                         feedback=question.feedback, scaffold=question.scaffold, objective_code=code,
                         strands=list(question.strands or []))


def _update(fields: DraftQuestion, materials: GenerationMaterials) -> QuestionUpdate:
    """The new version as a question update (every field set, so nothing of the old version lingers)."""
    objective_id = materials.objective_id(fields.get("objective_code"))
    update = QuestionUpdate(
        type=fields["type"],
        question_text=fields["question_text"][:5000],
        config=fields["config"],
        points=min(10, max(1, int(fields.get("points") or 1))),
        difficulty=min(5, max(1, int(fields.get("difficulty") or 3))),
        time_estimate_seconds=min(3600, max(5, int(fields.get("time_estimate_seconds") or 60))),
        hint=(fields.get("hint") or None) and fields["hint"][:1000],
        scaffold=fields.get("scaffold"),
        feedback={k: (v or "")[:1000] for k, v in (fields.get("feedback") or {}).items()
                  if k in ("correct", "incorrect", "partial")},
        strands=list(fields.get("strands") or []),
    )
    if objective_id is not None:
        update.learning_objective_id = objective_id
    return update
