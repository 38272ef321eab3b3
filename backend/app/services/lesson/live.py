"""The live lesson view: every pupil of a class on one assessment, as it is now, those who may need help first.

A fixed handful of queries whatever the size of the class (the class, the link, the pupils, their latest
attempts, those attempts' answers, the questions, the open help requests), each through an index, so it stays
fast on a database of hundreds of thousands of answers (bench/live_view.py)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Integer,
    Row,
    Select,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.errors import NotFound
from app.models import (
    Answer,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    HelpRequest,
    Question,
    User,
    utcnow,
)
from app.schemas.live import LiveHelp, LivePupil, LiveQuestion, LiveStatus, LiveView
from app.services.accounts import classes
from app.services.authoring.assessments import is_open
from app.services.lesson import needs_help
from app.services.lesson.needs_help import QuestionWork

SNIPPET = 80  # characters of a question's text shown in its row
STATUS: dict[AttemptStatus, LiveStatus] = {
    AttemptStatus.in_progress: "working",
    AttemptStatus.abandoned: "on_break",
    AttemptStatus.completed: "finished",
}


class _Answers(NamedTuple):
    """One attempt's answers, summed up."""

    answered: int
    hints: int
    tries: int
    last_saved: datetime | None
    work: list[QuestionWork]


async def live_view(session: AsyncSession, *, teacher: User, class_id: uuid.UUID, assessment_id: uuid.UUID,
                    now: datetime | None = None) -> LiveView:
    """One row per pupil of the class (the teacher's, or any for an admin) on an assessment set for it."""
    now = now or utcnow()
    school_class = await classes.get_class(session, class_id, user=teacher, with_people=False)
    found = (await session.execute(
        select(AssessmentClass, Assessment.title, Assessment.status)
        .join(Assessment, Assessment.id == AssessmentClass.assessment_id)
        .where(AssessmentClass.assessment_id == assessment_id, AssessmentClass.class_id == class_id,
               Assessment.deleted_at.is_(None))
    )).first()
    if found is None:
        raise NotFound(f"This assessment has not been set for {school_class.name}.")
    link, title, status = found
    pupils = (await session.execute(
        select(User.id, User.name, User.first_name, User.last_name)
        .join(ClassPupil, ClassPupil.pupil_id == User.id).where(ClassPupil.class_id == class_id)
    )).all()
    attempts = await _latest_attempts(session, assessment_id, class_id)
    answers = await _answers(session, attempts)
    questions = await _question_snippets(session, assessment_id)
    helps = await _open_help(session, assessment_id, class_id)
    idle_minutes = get_settings().live_idle_minutes
    rows = []
    for pupil in pupils:
        attempt = attempts.get(pupil.id)
        row = _row(pupil, attempt, answers.get(attempt.id) if attempt else None, questions,
                   helps.get(pupil.id), now=now, idle_minutes=idle_minutes)
        rows.append((needs_help.row_order(row, f"{pupil.last_name or pupil.name} {pupil.first_name or ''}"), row))
    rows.sort(key=lambda item: item[0])
    return LiveView(assessment_id=assessment_id, title=title, class_id=class_id, class_name=school_class.name,
                    is_open=status == AssessmentStatus.published and is_open(link, now),
                    available_until=link.available_until, idle_minutes=idle_minutes, generated_at=now,
                    pupils=[row for _key, row in rows])


def _pupils_of(class_id: uuid.UUID) -> Select[tuple[uuid.UUID]]:
    return select(ClassPupil.pupil_id).where(ClassPupil.class_id == class_id)


async def _latest_attempts(session: AsyncSession, assessment_id: uuid.UUID,
                           class_id: uuid.UUID) -> dict[uuid.UUID, Row]:
    """Each pupil's latest attempt at the assessment (a reopened or second attempt replaces the first)."""
    rank = func.row_number().over(partition_by=Attempt.pupil_id,
                                  order_by=[Attempt.attempt_number.desc(), Attempt.started_at.desc()])
    ranked = (
        select(Attempt.id, Attempt.pupil_id, Attempt.status, Attempt.started_at, Attempt.completed_at,
               Attempt.last_activity_at, Attempt.time_taken_seconds, Attempt.question_order,
               Attempt.current_index, rank.label("rank"))
        .where(Attempt.assessment_id == assessment_id, Attempt.pupil_id.in_(_pupils_of(class_id)))
        .subquery()
    )
    rows = await session.execute(select(ranked).where(ranked.c.rank == 1))
    return {row.pupil_id: row for row in rows}


async def _answers(session: AsyncSession, attempts: dict[uuid.UUID, Row]) -> dict[uuid.UUID, _Answers]:
    """The attempts' answers summed up in the database (one row per attempt, through the answers' (attempt,
    question) index), and the few answers with enough hints or tries to be a reason, each with its number."""
    if not attempts:
        return {}
    numbers = {a.id: {qid: i + 1 for i, qid in enumerate(a.question_order or [])} for a in attempts.values()}
    helps = cast(Answer.hint_used, Integer) + cast(Answer.scaffold_used, Integer)
    # One expanding parameter: the ids go to the database as they are, not made into an expression each.
    mine = Answer.attempt_id.in_(bindparam("attempt_ids", expanding=True))
    ids = {"attempt_ids": list(numbers)}
    sums = await session.execute(
        select(Answer.attempt_id, func.sum(case((_has_answer(session), 1), else_=0)).label("answered"),
               func.sum(helps).label("helps"), func.sum(Answer.tries).label("tries"),
               func.max(Answer.updated_at).label("last_saved"))
        .where(mine).group_by(Answer.attempt_id), ids
    )
    notable = await session.execute(
        select(Answer.attempt_id, Answer.question_id, helps.label("helps"), Answer.tries)
        .where(mine, or_(helps >= needs_help.HINTS_ON_ONE_QUESTION, Answer.tries >= needs_help.TRIES_ON_ONE_QUESTION)),
        ids,
    )
    work: dict[uuid.UUID, list[QuestionWork]] = defaultdict(list)
    for row in notable:
        work[row.attempt_id].append(QuestionWork(numbers[row.attempt_id].get(str(row.question_id)), row.helps, row.tries))
    return {row.attempt_id: _Answers(int(row.answered or 0), int(row.helps or 0), int(row.tries or 0), row.last_saved,
                                     work[row.attempt_id]) for row in sums}


def _has_answer(session: AsyncSession) -> ColumnElement[bool]:
    """Something in the stored answer: not null and not only empty values (the rule finishing uses, in
    attempts/lifecycle.py), worked out by the database so the answers themselves never travel."""
    if session.get_bind().dialect.name == "postgresql":
        return literal_column(
            "CASE WHEN jsonb_typeof(answers.answer_data) = 'object' THEN EXISTS (SELECT 1 FROM "
            "jsonb_each(answers.answer_data) AS part WHERE part.value NOT IN "
            "('null'::jsonb, '\"\"'::jsonb, '[]'::jsonb, '{}'::jsonb)) ELSE false END", Boolean)
    return literal_column(
        "(json_type(answers.answer_data) = 'object' AND EXISTS (SELECT 1 FROM json_each(answers.answer_data) AS part "
        "WHERE part.type != 'null' AND NOT (part.type = 'text' AND part.value = '') "
        "AND NOT (part.type IN ('array', 'object') AND part.value IN ('[]', '{}'))))", Boolean)


async def _question_snippets(session: AsyncSession, assessment_id: uuid.UUID) -> dict[str, str]:
    """The start of each question's text, by id as it appears in an attempt's question order."""
    rows = await session.execute(
        select(Question.id, func.substr(Question.question_text, 1, SNIPPET * 2).label("text"))
        .where(Question.assessment_id == assessment_id)
    )
    return {str(row.id): _snippet(row.text) for row in rows}


def _snippet(text: str) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= SNIPPET else plain[: SNIPPET - 1].rstrip() + "…"


async def _open_help(session: AsyncSession, assessment_id: uuid.UUID, class_id: uuid.UUID) -> dict[uuid.UUID, LiveHelp]:
    """Each pupil's earliest help request no teacher has marked seen yet."""
    rows = await session.execute(
        select(HelpRequest.id, HelpRequest.created_at, HelpRequest.question_id, Attempt.pupil_id,
               Attempt.question_order)
        .join(Attempt, Attempt.id == HelpRequest.attempt_id)
        .where(Attempt.assessment_id == assessment_id, Attempt.pupil_id.in_(_pupils_of(class_id)),
               HelpRequest.seen_at.is_(None))
        .order_by(HelpRequest.created_at)
    )
    found: dict[uuid.UUID, LiveHelp] = {}
    for row in rows:
        if row.pupil_id not in found:
            order = row.question_order or []
            number = order.index(str(row.question_id)) + 1 if str(row.question_id) in order else None
            found[row.pupil_id] = LiveHelp(id=row.id, asked_at=row.created_at, question_number=number)
    return found


def _row(pupil: Row, attempt: Row | None, done: _Answers | None, questions: dict[str, str],
         help_request: LiveHelp | None, *, now: datetime, idle_minutes: int) -> LivePupil:
    """One pupil's row: what they have done so far and why they may need help."""
    done = done or _Answers(0, 0, 0, None, [])
    status: LiveStatus = STATUS[attempt.status] if attempt else "not_started"
    last_activity = _last_activity(attempt, done) if attempt else None
    return LivePupil(
        pupil_id=pupil.id, name=pupil.name, status=status, attempt_id=attempt.id if attempt else None,
        answered=done.answered,
        question_count=len(attempt.question_order or []) if attempt else len(questions),
        current_question=_current(attempt, questions) if status in needs_help.OPEN else None,
        time_used_seconds=_time_used(attempt, last_activity) if attempt else None,
        hints_used=done.hints, tries=done.tries, last_activity_at=last_activity, help_request=help_request,
        needs_help_reasons=needs_help.reasons(status=status, help_request=help_request, last_activity=last_activity,
                                              now=now, idle_minutes=idle_minutes, work=done.work),
    )


def _last_activity(attempt: Row, done: _Answers) -> datetime:
    """The latest of: starting, moving between questions or a break, a save or submit, finishing."""
    moments = [attempt.started_at, attempt.last_activity_at, attempt.completed_at, done.last_saved]
    return max(m for m in moments if m is not None)


def _current(attempt: Row, questions: dict[str, str]) -> LiveQuestion | None:
    order = attempt.question_order or []
    if not order:
        return None
    index = min(max(attempt.current_index, 0), len(order) - 1)
    return LiveQuestion(number=index + 1, text=questions.get(order[index], "This question was removed."))


def _time_used(attempt: Row, last_activity: datetime) -> int:
    """From starting to finishing; while open, to the last thing the pupil did (a break does not count on)."""
    if attempt.status == AttemptStatus.completed and attempt.time_taken_seconds is not None:
        return attempt.time_taken_seconds
    return max(0, int((last_activity - attempt.started_at).total_seconds()))
