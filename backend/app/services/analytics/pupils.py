"""One pupil: their record across assessments (attempts, progress over time, strengths and areas to develop),
and one attempt answer by answer with every try."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFound
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    AttemptStatus,
    ClassPupil,
    LearningObjective,
    Question,
    SchoolClass,
    Unit,
    User,
)
from app.schemas.analytics import (
    AnswerDetail,
    AttemptDetail,
    ClassRef,
    HistoryEntry,
    ProgressEntry,
    PupilAttempt,
    PupilInfo,
    PupilRecord,
)
from app.schemas.corrections import CorrectionRead
from app.services.accounts import users
from app.services.analytics.mastery import QuestionScore, rollup
from app.services.marking import corrections, scoring

# Objectives with at least this mastery are strengths; below DEVELOP_BELOW, areas to develop.
STRENGTH_FROM = 0.7
DEVELOP_BELOW = 0.5


async def pupil_record(session: AsyncSession, *, pupil_id: uuid.UUID, teacher: User) -> PupilRecord:
    """Every attempt of a pupil the teacher teaches, their progress over time, and strengths and areas to
    develop."""
    pupil = await users.get_pupil_for(session, teacher, pupil_id)
    info = await _pupil_info(session, pupil)
    attempts = await _attempts(session, pupil)
    mastery = rollup(await _question_scores(session, pupil))
    return PupilRecord(
        pupil=info,
        attempts=attempts,
        progress=_progress(attempts),
        objectives=mastery.objectives,
        strands=mastery.strands,
        strengths=[o for o in mastery.objectives if o.mastery is not None and o.mastery >= STRENGTH_FROM],
        to_develop=[o for o in mastery.objectives if o.mastery is not None and o.mastery < DEVELOP_BELOW],
    )


async def _pupil_info(session: AsyncSession, pupil: User) -> PupilInfo:
    rows = await session.execute(
        select(SchoolClass.id, SchoolClass.name).join(ClassPupil, ClassPupil.class_id == SchoolClass.id)
        .where(ClassPupil.pupil_id == pupil.id).order_by(SchoolClass.name))
    return PupilInfo(id=pupil.id, name=pupil.name, username=pupil.username, year_group=pupil.year_group,
                     first_name=pupil.first_name, last_name=pupil.last_name, is_active=pupil.is_active,
                     classes=[ClassRef(class_id=row.id, class_name=row.name) for row in rows])


async def _attempts(session: AsyncSession, pupil: User) -> list[PupilAttempt]:
    """The pupil's attempts, newest first, with the hints they used (one query for all the hints)."""
    rows = (await session.execute(
        select(Attempt, Assessment.title, Unit.title.label("unit_title"), Unit.half_term)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(Attempt.pupil_id == pupil.id, Assessment.deleted_at.is_(None))
        .order_by(Attempt.started_at.desc()))).all()
    hints = await _hints_by_attempt(session, [row.Attempt.id for row in rows])
    return [
        PupilAttempt(attempt_id=a.id, assessment_id=a.assessment_id, title=title, attempt_number=a.attempt_number,
                     status=a.status.value, started_at=a.started_at, completed_at=a.completed_at,
                     time_taken_seconds=a.time_taken_seconds, score=a.total_score, max_score=a.max_score,
                     percentage=a.percentage, hints_used=hints.get(a.id, 0), unit_title=unit_title,
                     half_term=half_term)
        for a, title, unit_title, half_term in rows
    ]


async def _hints_by_attempt(session: AsyncSession, attempt_ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not attempt_ids:
        return {}
    rows = await session.execute(
        select(Answer.attempt_id, func.sum(case((Answer.hint_used, 1), else_=0)).label("hints"))
        .where(Answer.attempt_id.in_(attempt_ids)).group_by(Answer.attempt_id))
    return {row.attempt_id: int(row.hints or 0) for row in rows}


def _progress(attempts: list[PupilAttempt]) -> list[ProgressEntry]:
    """Completed attempts with a percentage, oldest first (the progress chart)."""
    completed = [a for a in attempts if a.status == AttemptStatus.completed.value and a.percentage is not None]
    return [
        ProgressEntry(attempt_id=a.attempt_id, title=a.title, completed_at=a.completed_at, percentage=a.percentage,
                      half_term=a.half_term)
        for a in sorted(completed, key=lambda a: a.completed_at)
    ]


async def _question_scores(session: AsyncSession, pupil: User) -> list[QuestionScore]:
    """Points earned and possible per question over all the pupil's completed attempts."""
    rows = await session.execute(
        select(Question, LearningObjective, func.sum(Answer.score).label("earned"),
               func.sum(Answer.max_score).label("possible"))
        .join(Answer, Answer.question_id == Question.id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id)
        .where(Attempt.pupil_id == pupil.id, Attempt.status == AttemptStatus.completed, Answer.score.is_not(None))
        .group_by(Question.id, LearningObjective.id))
    return [QuestionScore(question=row.Question, objective=row.LearningObjective, earned=row.earned or 0.0,
                          possible=row.possible or 0.0) for row in rows]


# --- One attempt --------------------------------------------------------------------------------------------

async def attempt_detail(session: AsyncSession, *, attempt_id: uuid.UUID, teacher: User) -> AttemptDetail:
    """One attempt answer by answer, each with its full history of tries."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("That attempt does not exist.")
    pupil = await users.get_pupil_for(session, teacher, attempt.pupil_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    ids = [uuid.UUID(q) for q in attempt.question_order]
    questions = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {a.question_id: a for a in (await session.execute(
        select(Answer).where(Answer.attempt_id == attempt.id))).scalars()}
    history = await _history(session, attempt)
    changed = await corrections.for_answers(session, [a.id for a in answers.values()])
    items = [
        _answer_detail(number, questions[qid], answers.get(qid), history, changed)
        for number, qid in enumerate(ids, start=1)
        if qid in questions
    ]
    return AttemptDetail(
        attempt_id=attempt.id, pupil_id=pupil.id, pupil_name=pupil.name, title=assessment.title,
        status=attempt.status.value, score=attempt.total_score, max_score=attempt.max_score,
        percentage=attempt.percentage, started_at=attempt.started_at, completed_at=attempt.completed_at,
        time_taken_seconds=attempt.time_taken_seconds, answers=items,
    )


async def _history(session: AsyncSession, attempt: Attempt) -> dict[uuid.UUID, list[HistoryEntry]]:
    """Every try at every answer of the attempt, by answer id, in order."""
    history: dict[uuid.UUID, list[HistoryEntry]] = defaultdict(list)
    for h in (await session.execute(
            select(AnswerHistory).join(Answer, Answer.id == AnswerHistory.answer_id)
            .where(Answer.attempt_id == attempt.id).order_by(AnswerHistory.try_number))).scalars():
        history[h.answer_id].append(HistoryEntry(
            try_number=h.try_number, answer_data=h.answer_data, score=h.score, is_correct=h.is_correct,
            feedback=h.feedback, hint_used=h.hint_used, created_at=h.created_at))
    return history


def _answer_detail(number: int, question: Question, answer: Answer | None,
                   history: dict[uuid.UUID, list[HistoryEntry]],
                   changed: dict[uuid.UUID, list[CorrectionRead]]) -> AnswerDetail:
    """One question of the attempt, answered or not."""
    return AnswerDetail(
        number=number, question_id=question.id, type=question.type, question_text=question.question_text,
        points=question.points, answer_id=answer.id if answer else None,
        answer_data=answer.answer_data if answer else None,
        status=answer.status.value if answer else "not_answered", score=answer.score if answer else None,
        is_correct=answer.is_correct if answer else None, feedback=answer.feedback if answer else None,
        hint_used=bool(answer and answer.hint_used), scaffold_used=bool(answer and answer.scaffold_used),
        tries=answer.tries if answer else 0, time_taken_seconds=answer.time_taken_seconds if answer else 0,
        history=history.get(answer.id, []) if answer else [],
        late_answer_data=answer.late_answer_data if answer else None,
        late_saved_at=answer.late_saved_at if answer else None,
        teacher_note=(answer.mark_details or {}).get(scoring.NOT_MARKED) if answer else None,
        corrections=changed.get(answer.id, []) if answer else [],
    )
