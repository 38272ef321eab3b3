"""Authoring questions: every save is checked by the question engine; unanswerable questions are refused.

Decision on editing a published assessment that pupils have answered: the edit is allowed, the question's
version goes up, and every submitted answer is re-marked against the new key (teachers' own marks are kept);
the response says how many answers were re-marked. Deleting an answered question is refused instead, because
it would delete pupils' work: duplicate the assessment to make a new version.

Checking a question (code questions run their reference solution) and re-marking (code answers run in the
sandbox) are slow, so they happen between short transactions, never inside one."""

from __future__ import annotations

import math
import random
import uuid
from datetime import datetime
from typing import Any, Literal, NamedTuple, NotRequired, TypedDict

from sqlalchemy import func, select
from sqlalchemy import update as sql_update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app import sandbox
from app.errors import Conflict, Invalid, NotFound
from app.models import Answer, Assessment, LearningObjective, Question, Topic, User, utcnow
from app.question_types.stored import Feedback, StoredConfig, StoredProblem, StoredScaffold
from app.schemas.assessments import (
    Preview,
    PreviewQuestion,
    PreviewSettings,
    QuestionIn,
    QuestionRead,
    QuestionSaved,
    QuestionUpdate,
    ScaffoldView,
)
from app.services.authoring import assessments
from app.services.core import audit
from app.services.marking import corrections, scoring
from app.utils import feedback as feedback_language


class QuestionFields(TypedDict):
    """The fields of a draft question that are checked together (from a teacher's form, the generator or the
    demo)."""

    type: str
    config: StoredConfig
    question_text: NotRequired[str | None]
    hint: NotRequired[str | None]
    scaffold: NotRequired[StoredScaffold | None]
    feedback: NotRequired[Feedback | None]


class CheckedQuestion(NamedTuple):
    """A checked question: the normalised config and easier version to store, and every problem found."""

    config: StoredConfig
    scaffold: StoredScaffold | None
    problems: list[StoredProblem]


class QuestionChange(NamedTuple):
    """A question just saved, the problems its check found, how many pupils' answers were re-marked, and how many
    kept a teacher's correction of their mark instead."""

    question: Question
    problems: list[StoredProblem]
    remarked: int = 0
    kept_corrections: int = 0


# What a route gives: its sessionmaker (each step a short transaction), or a session already in a transaction.
Sessions = AsyncSession | async_sessionmaker[AsyncSession]
# A question changed by someone else while a change to it was being checked is read and checked again, this many
# times at most.
EDIT_ROUNDS = 2
EDITED_MEANWHILE = ("Someone else changed this question while your change was being checked. Reload the page to "
                    "see their change, then make yours again.")


class KeyChangedMeanwhile(Conflict):
    """The question's key is no longer the version a change was worked out from (`expected_version`)."""

    def __init__(self) -> None:
        super().__init__(EDITED_MEANWHILE)


def _opener(sessions: Sessions) -> scoring.SessionOpener:
    if isinstance(sessions, AsyncSession):
        return scoring.within(sessions)
    return scoring.in_short_transactions(sessions)


def remark_notice(remarked: int, kept_corrections: int = 0) -> str | None:
    """What to tell the teacher when saving a question re-marked pupils' answers, and kept teachers' corrections
    (None when neither happened)."""
    kept = corrections.kept_notice(kept_corrections)
    if not remarked:
        return kept
    counted = "1 answer was" if remarked == 1 else f"{remarked} answers were"
    notice = (f"Pupils had already answered this question, so {counted} marked again with the new answer key. "
              "Their scores have been updated.")
    return f"{notice} {kept}" if kept else notice


def saved(change: QuestionChange, *, notice: str | None = None) -> QuestionSaved:
    """What the teacher is told after a save: the question with its answer key, its problems, and what was
    re-marked (`notice` replaces the usual word about re-marking)."""
    return QuestionSaved(
        question=assessments.question_read(change.question),
        problems=change.problems,
        remarked=change.remarked,
        notice=notice if notice is not None else remark_notice(change.remarked, change.kept_corrections),
    )


def _problem(field: str, message: str, severity: Literal["error", "warning"] = "error") -> StoredProblem:
    return {"field": field, "message": message, "severity": severity}


def _stored(problems: list[engine.Problem]) -> list[StoredProblem]:
    return [_problem(p.field, p.message, p.severity) for p in problems]


async def check_question(fields: QuestionFields) -> CheckedQuestion:
    """Check a whole question (config, scaffold, wording). Returns the normalised config and scaffold and
    every problem; computed truth (binary answers, logic outputs, traced rows) replaces authored values."""
    config_data = {**fields["config"], "type": fields["type"]}
    result = await engine.check(config_data, sandbox=sandbox)
    problems = _stored(result.problems)
    scaffold = fields.get("scaffold")
    if scaffold:
        scaffold_config = {**scaffold["config"], "type": scaffold["type"]}
        scaffold_result = await engine.check(scaffold_config, sandbox=sandbox, field_prefix="scaffold.config")
        problems += _stored(scaffold_result.problems)
        scaffold = {**scaffold, "config": scaffold_result.config}
    wording = {"question_text": fields.get("question_text") or "", "hint": fields.get("hint") or ""}
    for key, text in (fields.get("feedback") or {}).items():
        wording[f"feedback.{key}"] = text or ""
    for field, text in wording.items():
        for message in feedback_language.language_problems(text):
            problems.append(_problem(field, message, "warning"))
    problems += feedback_naming_answer(fields.get("feedback") or {}, result.config)
    return CheckedQuestion(result.config, scaffold, problems)


# The feedback a pupil may read before they have their last try: anything but the feedback on a right answer.
NOT_YET_FEEDBACK = ("incorrect", "partial")


def feedback_naming_answer(feedback: dict[str, Any], config: StoredConfig) -> list[StoredProblem]:
    """A warning for each piece of feedback a pupil reads on an answer that is not right yet (and for each
    option's own feedback) that names the right answer: a pupil who can try again would be handed it. Marking
    leaves such sentences out until the answer may be shown (app.utils.feedback.before_key); the warning asks
    the teacher to explain the idea instead."""
    texts = engine.key_texts(config)
    found = [(f"feedback.{key}", feedback.get(key)) for key in NOT_YET_FEEDBACK]
    found += [(f"config.options[{i}].distractor_feedback", option.get("distractor_feedback"))
              for i, option in enumerate(config.get("options") or []) if isinstance(option, dict)]
    problems = []
    for field, text in found:
        named = feedback_language.gives_away(text, texts)
        if named is not None:
            problems.append(_problem(field, f'Names the right answer ("{named}"). A pupil who can still try again '
                                            "would be given it, so it is shown only once the answers are. Explain "
                                            "the idea without the answer.", "warning"))
    return problems


def _refuse_if_errors(problems: list[StoredProblem]) -> None:
    errors = [p for p in problems if p["severity"] == "error"]
    if errors:
        summary = "; ".join(f"{p['field']}: {p['message']}" for p in errors[:4])
        raise Invalid(f"This question cannot be saved yet. {summary}", extra={"problems": problems})


async def _check_links(session: AsyncSession, assessment: Assessment, fields: dict[str, Any]) -> None:
    objective_id, topic_id = fields.get("learning_objective_id"), fields.get("topic_id")
    if objective_id is not None:
        objective = await session.get(LearningObjective, objective_id)
        if objective is None or (assessment.unit_id and objective.unit_id != assessment.unit_id):
            raise Invalid("learning_objective_id must be one of the unit's learning objectives.")
    if topic_id is not None:
        topic = await session.get(Topic, topic_id)
        if topic is None or (assessment.unit_id and topic.unit_id != assessment.unit_id):
            raise Invalid("topic_id must be one of the unit's topics.")


async def refresh_totals(session: AsyncSession, assessment: Assessment) -> None:
    """Recount an assessment's total points and estimated minutes from its questions."""
    points, seconds = (
        await session.execute(
            select(func.coalesce(func.sum(Question.points), 0), func.coalesce(func.sum(Question.time_estimate_seconds), 0))
            .where(Question.assessment_id == assessment.id)
        )
    ).one()
    assessment.total_points = int(points)
    assessment.estimated_minutes = math.ceil(int(seconds) / 60)
    assessment.updated_at = utcnow()


async def _ordered(session: AsyncSession, assessment_id: uuid.UUID) -> list[Question]:
    rows = await session.execute(
        select(Question).where(Question.assessment_id == assessment_id).order_by(Question.position, Question.created_at)
    )
    return list(rows.scalars())


def _renumber(questions: list[Question]) -> None:
    for position, question in enumerate(questions):
        question.position = position


async def add(sessions: Sessions, *, assessment_id: uuid.UUID, data: QuestionIn, actor: User) -> QuestionChange:
    """Add a checked question (refused with every problem listed when it cannot be answered as written).

    The check runs with no transaction open (a code question runs its reference solution); see `update` for
    `sessions`."""
    open_session = _opener(sessions)
    async with open_session() as session:
        assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
        await _check_links(session, assessment, data.model_dump())
    checked = await check_question(data.model_dump(mode="json"))
    _refuse_if_errors(checked.problems)
    async with open_session() as session:
        return await _insert(session, assessment_id, data, checked, actor)


async def _insert(session: AsyncSession, assessment_id: uuid.UUID, data: QuestionIn, checked: CheckedQuestion,
                  actor: User) -> QuestionChange:
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
    existing = await _ordered(session, assessment.id)
    position = len(existing) if data.position is None else min(data.position, len(existing))
    question = Question(
        assessment_id=assessment.id,
        position=position,
        type=data.type,
        question_text=data.question_text,
        config=checked.config,
        points=data.points,
        difficulty=data.difficulty,
        time_estimate_seconds=data.time_estimate_seconds,
        hint=data.hint,
        scaffold=checked.scaffold,
        feedback=data.model_dump(mode="json")["feedback"],
        image_url=data.image_url,
        image_alt=data.image_alt,
        learning_objective_id=data.learning_objective_id,
        topic_id=data.topic_id,
        strands=[s.value for s in data.strands],
        tags=data.tags,
        warnings=checked.problems,
        version=1,
    )
    session.add(question)
    existing.insert(position, question)
    _renumber(existing)
    await session.flush()
    await refresh_totals(session, assessment)
    await audit.record(session, "question.create", user=actor, entity_type="question", entity_id=question.id,
                       details={"assessment_id": str(assessment.id), "type": data.type})
    return QuestionChange(question, checked.problems)


async def _get_question(session: AsyncSession, assessment_id: uuid.UUID, question_id: uuid.UUID) -> Question:
    question = await session.get(Question, question_id, populate_existing=True)
    if question is None or question.assessment_id != assessment_id:
        raise NotFound("That question is not part of this assessment.")
    return question


class _Edit(NamedTuple):
    """A change to a question, read and merged over the question as it was (its version and update time): checked
    with no session open, then saved only if the question is still as it was read."""

    version: int
    updated_at: datetime
    merged: QuestionFields
    changes: dict[str, Any]


class _Saved(NamedTuple):
    """A saved change: the question, and whether its answer key changed (so answers are re-marked)."""

    question: Question
    key_changed: bool


async def update(
    sessions: Sessions, *, assessment_id: uuid.UUID, question_id: uuid.UUID, data: QuestionUpdate, actor: User,
    expected_version: int | None = None,
) -> QuestionChange:
    """Change a question. A changed answer key re-marks existing answers (and says how many). A change worked out
    from the key as it was (`expected_version`: accepting an answer adds it to that key) is refused with
    KeyChangedMeanwhile once the key is another version, so it never undoes a change made in between.

    The slow parts run with no transaction open: checking the question (a code question runs its reference
    solution) and re-marking (code answers run in the sandbox), so pupils' saves carry on meanwhile. Given a
    sessionmaker, each read and each write is a short transaction of its own; given a session (a caller already
    inside a transaction), every step uses that one."""
    open_session = _opener(sessions)
    for _round in range(EDIT_ROUNDS):
        async with open_session() as session:
            edit = await _read_edit(session, assessment_id, question_id, data, actor)
        if expected_version is not None and edit.version != expected_version:
            raise KeyChangedMeanwhile()
        checked = await check_question(edit.merged)
        _refuse_if_errors(checked.problems)
        async with open_session() as session:
            saved = await _save_edit(session, assessment_id, question_id, edit, checked, data=data, actor=actor)
        if saved is not None:
            break
    else:
        raise Conflict(EDITED_MEANWHILE)
    remarked = kept = 0
    if saved.key_changed:
        remarked = await scoring.remark_question(open_session, question_id)
        async with open_session() as session:
            kept = await corrections.kept_on_question(session, question_id)
            await audit.record(session, "question.remark", user=actor, entity_type="question",
                               entity_id=question_id, details={"version": saved.question.version,
                                                               "remarked": remarked, "kept_corrections": kept})
    return QuestionChange(saved.question, checked.problems, remarked, kept)


async def _read_edit(session: AsyncSession, assessment_id: uuid.UUID, question_id: uuid.UUID,
                     data: QuestionUpdate, actor: User) -> _Edit:
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
    question = await _get_question(session, assessment_id, question_id)
    changes = data.model_dump(mode="json", exclude_unset=True)
    if "type" in changes and changes["type"] != question.type and "config" not in changes:
        raise Invalid("Changing the question type needs a new config for that type.")
    await _check_links(session, assessment, data.model_dump(exclude_unset=True))
    return _Edit(question.version, question.updated_at, _merged(question, changes), changes)


async def _save_edit(session: AsyncSession, assessment_id: uuid.UUID, question_id: uuid.UUID, edit: _Edit,
                     checked: CheckedQuestion, *, data: QuestionUpdate, actor: User) -> _Saved | None:
    """Write the checked change, or None if the question changed since it was read (then it is read again)."""
    now = utcnow()
    # The first write takes the question (its row; on SQLite the write lock) only if it is as it was read.
    held = await session.execute(
        sql_update(Question)
        .where(Question.id == question_id, Question.version == edit.version, Question.updated_at == edit.updated_at)
        .values(updated_at=now).execution_options(synchronize_session=False)
    )
    if held.rowcount != 1:
        await _get_question(session, assessment_id, question_id)  # NotFound if it has gone
        return None
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
    question = await _get_question(session, assessment_id, question_id)
    key_changed = _key_changed(question, edit.merged, checked, data)
    _apply(question, edit.merged, checked, changes=edit.changes, data=data)
    if key_changed:
        question.version += 1
    await session.flush()
    await refresh_totals(session, assessment)
    await audit.record(session, "question.update", user=actor, entity_type="question", entity_id=question.id,
                       details={"fields": sorted(edit.changes), "key_changed": key_changed})
    return _Saved(question, key_changed)


def _key_changed(question: Question, merged: QuestionFields, checked: CheckedQuestion, data: QuestionUpdate) -> bool:
    """Whether answers would be marked differently: the type, the key, the easier version's key or the points."""
    return (
        merged["type"] != question.type
        or checked.config != question.config
        or (checked.scaffold or {}).get("config") != (question.scaffold or {}).get("config")
        or (data.points is not None and data.points != question.points)
    )


def _merged(question: Question, changes: dict[str, Any]) -> QuestionFields:
    """The fields to check: the changed ones over what the question holds now."""
    return {
        "type": changes.get("type") or question.type,
        "question_text": changes.get("question_text") or question.question_text,
        "config": changes["config"] if changes.get("config") is not None else question.config,
        "hint": changes.get("hint", question.hint),
        "scaffold": changes.get("scaffold", question.scaffold),
        "feedback": changes["feedback"] if changes.get("feedback") is not None else question.feedback,
    }


def _apply(
    question: Question,
    merged: QuestionFields,
    checked: CheckedQuestion,
    *,
    changes: dict[str, Any],
    data: QuestionUpdate,
) -> None:
    """Write the checked fields and the other changes onto the question."""
    question.type = merged["type"]
    question.question_text = merged["question_text"]
    question.config = checked.config
    question.hint = merged["hint"]
    question.scaffold = checked.scaffold
    question.feedback = merged["feedback"]
    for key in ("points", "difficulty", "time_estimate_seconds", "image_url", "image_alt", "tags"):
        if key in changes and (changes[key] is not None or key in ("image_url", "image_alt")):
            setattr(question, key, changes[key])
    for key in ("learning_objective_id", "topic_id"):
        if key in changes:
            setattr(question, key, getattr(data, key))
    if changes.get("strands") is not None:
        question.strands = changes["strands"]
    question.warnings = checked.problems
    question.updated_at = utcnow()


async def delete(session: AsyncSession, *, assessment_id: uuid.UUID, question_id: uuid.UUID, actor: User) -> None:
    """Delete a question nobody has answered (deleting answers would delete pupils' work)."""
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
    question = await _get_question(session, assessment_id, question_id)
    answered = await session.scalar(select(func.count()).where(Answer.question_id == question.id))
    if answered:
        raise Conflict(
            f"Pupils have already answered this question ({answered} answer{'s' if answered != 1 else ''}), so "
            "deleting it would delete their work. Duplicate the assessment to make a new version without it."
        )
    await session.delete(question)
    await session.flush()
    _renumber(await _ordered(session, assessment.id))
    await refresh_totals(session, assessment)
    await audit.record(session, "question.delete", user=actor, entity_type="question", entity_id=question_id,
                       details={"assessment_id": str(assessment_id)})


async def reorder(
    session: AsyncSession, *, assessment_id: uuid.UUID, order: list[uuid.UUID], actor: User
) -> list[QuestionRead]:
    """Put the questions in a new order (every question exactly once); the questions in that order."""
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, edit=True)
    questions = {q.id: q for q in await _ordered(session, assessment.id)}
    if len(order) != len(set(order)) or set(order) != set(questions):
        raise Invalid("question_order must list every question of this assessment exactly once.")
    for position, question_id in enumerate(order):
        questions[question_id].position = position
    assessment.updated_at = utcnow()
    await session.flush()
    await audit.record(session, "question.reorder", user=actor, entity_type="assessment", entity_id=assessment_id)
    return [assessments.question_read(questions[qid]) for qid in order]


def option_rng(seed: int | None, question_id: uuid.UUID) -> random.Random | None:
    """The shuffle for one question in one attempt: fixed by the attempt's seed so a resume looks the same."""
    if seed is None:
        return None
    return random.Random(f"{seed}:{question_id}")


def pupil_question(question: Question, *, number: int, rng: random.Random | None, include_hint: bool) -> PreviewQuestion:
    """What a pupil (or a teacher previewing as one) is sent for a question: never the answer."""
    scaffold = None
    if question.scaffold:
        scaffold = ScaffoldView(
            type=question.scaffold["type"],
            question_text=question.scaffold["question_text"],
            view=engine.pupil_view(question.scaffold["config"], rng),
        )
    return PreviewQuestion(
        id=question.id,
        number=number,
        type=question.type,
        question_text=question.question_text,
        image_url=question.image_url,
        image_alt=question.image_alt,
        points=question.points,
        hint=question.hint if include_hint else None,
        view=engine.pupil_view(question.config, rng),
        scaffold=scaffold,
    )


async def preview(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User) -> Preview:
    """The pupil screens exactly as a pupil would receive them (answers stripped), nothing saved. Colleagues an
    assessment is shared with may preview it too."""
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, questions_only=True,
                                                   with_questions=True)
    seed = 0 if assessment.randomise_options else None
    return Preview(
        assessment_id=assessment.id,
        title=assessment.title,
        question_count=len(assessment.questions),
        estimated_minutes=assessment.estimated_minutes,
        # The settings that change what the pupil screens show (hint buttons, feedback, time display).
        settings=PreviewSettings.model_validate(assessment),
        questions=[
            pupil_question(q, number=i + 1, rng=option_rng(seed, q.id), include_hint=assessment.allow_hints)
            for i, q in enumerate(assessment.questions)
        ],
    )
