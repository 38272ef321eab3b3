"""What a pupil sees about their own work: the dashboard, the progress chart, the summary and results review.

Only released marks and feedback are shown; an answer a teacher has not marked yet says so and shows no score."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.errors import Forbidden, NotFound
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    LearningObjective,
    Question,
    Unit,
    User,
)
from app.services import attempts as attempts_service
from app.services.authoring.assessments import is_open
from app.services.authoring.questions import option_rng

BANDS = (
    (80, "fantastic", "Fantastic work!", "You showed a really strong understanding of this topic."),
    (60, "well_done", "Well done!", "You understand a lot of this topic. Keep practising the parts below."),
    (40, "good_effort", "Good effort!", "You have made a good start. The parts below are worth practising."),
    (0, "thank_you", "Thank you for completing this assessment.",
     "Ask your teacher if you need help with any of it. Every try helps you learn."),
)
NEXT_STEPS = "Your teacher will look at your answers. You can look at this page again from your dashboard."


def band_for(percentage: float | None) -> tuple[str, str, str]:
    value = percentage or 0
    for threshold, band, headline, message in BANDS:
        if value >= threshold:
            return band, headline, message
    return BANDS[-1][1:]


async def dashboard(session: AsyncSession, pupil: User) -> dict:
    links = await attempts_service.links_for_pupil(session, pupil)
    by_assessment: dict[uuid.UUID, list] = {}
    for row in links:
        by_assessment.setdefault(row[1].id, []).append(row)
    ids = list(by_assessment)
    counts = dict(
        (await session.execute(
            select(Question.assessment_id, func.count()).where(Question.assessment_id.in_(ids))
            .group_by(Question.assessment_id)
        )).all()
    ) if ids else {}
    attempts = (
        await session.execute(
            select(Attempt).where(Attempt.pupil_id == pupil.id).order_by(Attempt.started_at.desc())
        )
    ).scalars().all()
    attempt_ids = [a.id for a in attempts]
    answered = dict(
        (await session.execute(
            select(Answer.attempt_id, func.count())
            .where(Answer.attempt_id.in_(attempt_ids), Answer.answer_data.is_not(None))
            .group_by(Answer.attempt_id)
        )).all()
    ) if attempt_ids else {}
    waiting = dict(
        (await session.execute(
            select(Answer.attempt_id, func.count())
            .where(Answer.attempt_id.in_(attempt_ids), Answer.released.is_(False), Answer.submitted_at.is_not(None))
            .group_by(Answer.attempt_id)
        )).all()
    ) if attempt_ids else {}
    assessments = {row[1].id: row[1] for row in links}
    extra = [a.assessment_id for a in attempts if a.assessment_id not in assessments]
    if extra:  # completed work for assessments no longer published to the pupil's classes
        for a in (await session.execute(select(Assessment).where(Assessment.id.in_(extra)))).scalars():
            assessments[a.id] = a

    def card(assessment: Assessment, link_row=None, attempt: Attempt | None = None) -> dict:
        link = link_row[0] if link_row else None
        used = sum(1 for a in attempts if a.assessment_id == assessment.id)
        data = {
            "assessment_id": assessment.id,
            "title": assessment.title,
            "description": assessment.description,
            "class_name": link_row[2] if link_row else None,
            "question_count": counts.get(assessment.id, len(attempt.question_order) if attempt else 0),
            "estimated_minutes": assessment.estimated_minutes,
            "time_limit_minutes": assessment.time_limit_minutes,
            "available_until": link.available_until if link else None,
            "allow_hints": assessment.allow_hints,
            "attempts_used": used,
            "max_attempts": assessment.max_attempts,
        }
        if attempt is not None:
            pending = waiting.get(attempt.id, 0)
            released = attempt.status == AttemptStatus.completed and pending == 0
            data.update(
                attempt_id=attempt.id,
                answered_count=answered.get(attempt.id, 0),
                completed_at=attempt.completed_at,
                waiting_for_teacher=pending,
                percentage=attempt.percentage if released else None,
                score=attempt.total_score if released else None,
                max_score=attempt.max_score if released else None,
                can_review=attempt.status == AttemptStatus.completed and assessment.allow_review,
            )
        return data

    available, in_progress, completed = [], [], []
    for assessment_id, rows in by_assessment.items():
        assessment = assessments[assessment_id]
        link_row = attempts_service.best_link(rows)
        mine = [a for a in attempts if a.assessment_id == assessment_id]
        open_attempt = next((a for a in mine if a.status != AttemptStatus.completed), None)
        window_open = is_open(link_row[0]) and assessment.status == AssessmentStatus.published
        if open_attempt is not None and window_open:
            in_progress.append(card(assessment, link_row, open_attempt))
        elif open_attempt is None and window_open and len(mine) < assessment.max_attempts:
            available.append(card(assessment, link_row))
    for attempt in attempts:
        if attempt.status == AttemptStatus.completed and attempt.assessment_id in assessments:
            rows = by_assessment.get(attempt.assessment_id)
            completed.append(card(assessments[attempt.assessment_id], attempts_service.best_link(rows) if rows else None,
                                  attempt))
    available.sort(key=lambda c: (c["available_until"] is None, c["available_until"] or 0, c["title"]))
    return {"available": available, "in_progress": in_progress, "completed": completed}


async def progress(session: AsyncSession, pupil: User) -> list[dict]:
    """Completed attempts whose marks are all released, oldest first, for the progress chart."""
    pending = (
        select(func.count()).where(Answer.attempt_id == Attempt.id, Answer.released.is_(False),
                                   Answer.submitted_at.is_not(None))
        .correlate(Attempt).scalar_subquery()
    )
    rows = await session.execute(
        select(Attempt, Assessment.title, Unit.title, Unit.half_term)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(Attempt.pupil_id == pupil.id, Attempt.status == AttemptStatus.completed,
               Attempt.percentage.is_not(None), pending == 0)
        .order_by(Attempt.completed_at)
    )
    return [
        {"attempt_id": a.id, "assessment_id": a.assessment_id, "title": title, "completed_at": a.completed_at,
         "percentage": a.percentage, "unit_title": unit_title, "half_term": half_term}
        for a, title, unit_title, half_term in rows
    ]


async def summary(session: AsyncSession, *, pupil: User, attempt: Attempt) -> dict:
    """The end screen: celebrate finishing, the score so far, what went well, what to practise, what next."""
    assessment = await session.get(Assessment, attempt.assessment_id)
    rows = (
        await session.execute(
            select(Answer, Question, LearningObjective.description)
            .join(Question, Question.id == Answer.question_id)
            .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id)
            .where(Answer.attempt_id == attempt.id)
        )
    ).all()
    numbers = {qid: i + 1 for i, qid in enumerate(attempt.question_order)}
    released = [(a, q, o) for a, q, o in rows if a.released and a.score is not None]
    waiting = sum(1 for a, _q, _o in rows if not a.released and a.submitted_at is not None)
    score = round(sum(a.score for a, _q, _o in released), 2)
    maximum = float(sum(a.max_score for a, _q, _o in released))
    percentage = round(100 * score / maximum, 1) if maximum else None
    band, headline, message = band_for(percentage)

    def label(question: Question, objective: str | None) -> str:
        return objective or f"Question {numbers.get(str(question.id), question.position + 1)}"

    went_well, to_practise = [], []
    for a, q, o in sorted(released, key=lambda r: numbers.get(str(r[1].id), 0)):
        target = went_well if a.is_correct else to_practise
        text = label(q, o)
        if text not in target:
            target.append(text)
    next_steps = NEXT_STEPS
    if waiting:
        how_many = "one of your answers" if waiting == 1 else f"{waiting} of your answers"
        next_steps = f"Your teacher will mark {how_many}, and then you can see the feedback. " + NEXT_STEPS
    return {
        "attempt_id": attempt.id,
        "title": assessment.title,
        "score": score,
        "max_score": maximum,
        "percentage": percentage,
        "band": band,
        "headline": headline,
        "message": message,
        "went_well": went_well[:3],
        "to_practise": [t for t in to_practise if t not in went_well][:3],
        "waiting_for_teacher": waiting,
        "next_steps": next_steps,
        "time_taken_seconds": attempt.time_taken_seconds,
        "can_review": assessment.allow_review,
    }


def draft_entry(h: AnswerHistory) -> dict:
    """One submitted draft as its pupil may see it: the mark, feedback and criteria only once released."""
    return {"try_number": h.try_number, "answer_data": h.answer_data, "released": h.released,
            "score": h.score if h.released else None, "feedback": h.feedback if h.released else None,
            "details": (h.mark_details or {}) if h.released else {}, "created_at": h.created_at.isoformat()}


async def drafts(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> dict:
    """Every draft of one of my answers, oldest first (the last is the latest), for comparing them side by side.
    Works while the assessment is still open, so a pupil improving a written answer sees what changed."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None or attempt.pupil_id != pupil.id:
        raise Forbidden("This work belongs to someone else.") if attempt else Forbidden("That attempt does not exist.")
    if str(question_id) not in (attempt.question_order or []):
        raise NotFound("That question is not part of this assessment.")
    question = await session.get(Question, question_id)
    answer = (await session.execute(
        select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question_id)
    )).scalar_one_or_none()
    rows = (await session.execute(
        select(AnswerHistory).where(AnswerHistory.answer_id == answer.id).order_by(AnswerHistory.try_number)
    )).scalars().all() if answer is not None else []
    return {"question_id": question_id, "max_score": float(question.points) if question else None,
            "drafts": [draft_entry(h) for h in rows]}


async def results(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> dict:
    """Results review: each question, the pupil's answer and the released feedback (when the teacher allows)."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None or attempt.pupil_id != pupil.id:
        raise Forbidden("These results belong to someone else.") if attempt else Forbidden("Those results do not exist.")
    assessment = await session.get(Assessment, attempt.assessment_id)
    if attempt.status != AttemptStatus.completed:
        raise Forbidden("Finish the assessment first, then you can look at your results.")
    if not assessment.allow_review:
        raise Forbidden("Your teacher has not opened the results for review yet.")
    ids = [uuid.UUID(q) for q in attempt.question_order]
    questions = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {
        a.question_id: a
        for a in (await session.execute(select(Answer).where(Answer.attempt_id == attempt.id))).scalars()
    }
    history: dict[uuid.UUID, list] = {}
    for h in (
        await session.execute(
            select(AnswerHistory).join(Answer, Answer.id == AnswerHistory.answer_id)
            .where(Answer.attempt_id == attempt.id).order_by(AnswerHistory.try_number)
        )
    ).scalars():
        history.setdefault(h.answer_id, []).append(h)
    items, waiting = [], 0
    for qid in ids:
        question = questions.get(qid)
        if question is None:
            continue
        answer = answers.get(qid)
        released = bool(answer and answer.released)
        if answer is not None and not released and answer.submitted_at is not None:
            waiting += 1
        config = question.scaffold["config"] if answer and answer.scaffold_used and question.scaffold else question.config
        drafts = [draft_entry(h) for h in history.get(answer.id, [])[:-1]] if answer else []
        items.append({
            "number": len(items) + 1,
            "id": question.id,
            "type": config.get("type", question.type),
            "question_text": question.scaffold["question_text"] if answer and answer.scaffold_used and question.scaffold
            else question.question_text,
            "image_url": question.image_url,
            "image_alt": question.image_alt,
            "view": engine.pupil_view(config, option_rng(attempt.option_seed or None, question.id)),
            "answer_data": answer.answer_data if answer else None,
            "status": answer.status.value if answer else "saved",
            "score": answer.score if released else None,
            "max_score": float(question.points),
            "is_correct": answer.is_correct if released else None,
            "feedback": answer.feedback if released else "Your teacher has not marked this yet.",
            "details": answer.mark_details if released else {},
            "answer_key": engine.answer_key(config) if released else None,
            "hint_used": bool(answer and answer.hint_used),
            "drafts": drafts,
        })
    all_released = waiting == 0
    return {
        "attempt_id": attempt.id,
        "title": assessment.title,
        "completed_at": attempt.completed_at,
        "score": attempt.total_score if all_released else None,
        "max_score": attempt.max_score if all_released else None,
        "percentage": attempt.percentage if all_released else None,
        "waiting_for_teacher": waiting,
        "questions": items,
    }
