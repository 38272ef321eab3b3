"""What a pupil sees of one finished attempt: the summary at the end, every draft of an answer, results review.

Only released marks and feedback are shown; an answer a teacher has not marked yet says so and shows no score.
Keys, and anything in a mark that gives one away, only once the pupil can neither change an answer nor start
another attempt, and the teacher's choice for the class shows them (app.services.attempts.keys)."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.errors import Forbidden, NotFound
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    AttemptStatus,
    LearningObjective,
    Question,
    User,
    utcnow,
)
from app.schemas.corrections import CorrectionRead
from app.schemas.pupil import Draft, Drafts, Results, ReviewQuestion, Summary
from app.services.attempts import keys
from app.services.attempts.access import attempt_work
from app.services.authoring.questions import option_rng
from app.services.marking import corrections


class Band(NamedTuple):
    """The words for a score at or above `threshold` per cent: every band is encouraging."""

    threshold: int
    band: str
    headline: str
    message: str


BANDS = (
    Band(80, "fantastic", "Fantastic work!", "You showed a really strong understanding of this topic."),
    Band(60, "well_done", "Well done!", "You understand a lot of this topic. Keep practising the parts below."),
    Band(40, "good_effort", "Good effort!", "You have made a good start. The parts below are worth practising."),
    Band(0, "thank_you", "Thank you for completing this assessment.",
         "Ask your teacher if you need help with any of it. Every try helps you learn."),
)
NEXT_STEPS = "Your teacher will look at your answers. You can look at this page again from your dashboard."
NOT_MARKED_YET = "Your teacher has not marked this yet."


class _Marked(NamedTuple):
    """An answer with its question and the learning objective the question checks (if one is set)."""

    answer: Answer
    question: Question
    objective: str | None


def band_for(percentage: float | None) -> Band:
    """The highest band the score reaches (no score yet counts as 0)."""
    value = percentage or 0
    return next((band for band in BANDS if value >= band.threshold), BANDS[-1])


def _waiting_for_teacher(answer: Answer | None) -> bool:
    return answer is not None and not answer.released and answer.submitted_at is not None


# --- The summary at the end --------------------------------------------------------------------------------

async def summary(session: AsyncSession, *, attempt: Attempt) -> Summary:
    """The end screen: celebrate finishing, the score so far, what went well, what to practise, what next."""
    assessment = await session.get(Assessment, attempt.assessment_id)
    rows = [
        _Marked(answer, question, objective)
        for answer, question, objective in await session.execute(
            select(Answer, Question, LearningObjective.description)
            .join(Question, Question.id == Answer.question_id)
            .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id)
            .where(Answer.attempt_id == attempt.id)
        )
    ]
    released = [r for r in rows if r.answer.released and r.answer.score is not None]
    waiting = sum(1 for r in rows if _waiting_for_teacher(r.answer))
    score = round(sum(r.answer.score for r in released), 2)
    maximum = float(sum(r.answer.max_score for r in released))
    percentage = round(100 * score / maximum, 1) if maximum else None
    band = band_for(percentage)
    went_well, to_practise = _topics(released, attempt)
    return Summary(
        attempt_id=attempt.id,
        title=assessment.title,
        score=score,
        max_score=maximum,
        percentage=percentage,
        band=band.band,
        headline=band.headline,
        message=band.message,
        went_well=went_well[:3],
        to_practise=[t for t in to_practise if t not in went_well][:3],
        waiting_for_teacher=waiting,
        next_steps=_next_steps(waiting),
        time_taken_seconds=attempt.time_taken_seconds,
        can_review=True,
    )


def _topics(released: list[_Marked], attempt: Attempt) -> tuple[list[str], list[str]]:
    """(what went well, what to practise): learning objectives, or question numbers where none is set."""
    numbers = {qid: i + 1 for i, qid in enumerate(attempt.question_order)}
    went_well: list[str] = []
    to_practise: list[str] = []
    for row in sorted(released, key=lambda r: numbers.get(str(r.question.id), 0)):
        target = went_well if row.answer.is_correct else to_practise
        text = row.objective or f"Question {numbers.get(str(row.question.id), row.question.position + 1)}"
        if text not in target:
            target.append(text)
    return went_well, to_practise


def _next_steps(waiting: int) -> str:
    if not waiting:
        return NEXT_STEPS
    how_many = "one of your answers" if waiting == 1 else f"{waiting} of your answers"
    return f"Your teacher will mark {how_many}, and then you can see the feedback. " + NEXT_STEPS


# --- Drafts and results review -----------------------------------------------------------------------------

async def _pupils_attempt(session: AsyncSession, pupil: User, attempt_id: uuid.UUID, *, missing: str,
                          someone_else: str) -> Attempt:
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise Forbidden(missing)
    if attempt.pupil_id != pupil.id:
        raise Forbidden(someone_else)
    return attempt


def _draft(h: AnswerHistory, *, show_keys: bool) -> Draft:
    """One submitted draft as its pupil may see it: the mark, feedback and criteria only once released (and the
    criteria's words, the mark scheme, only once keys may be shown)."""
    return Draft(try_number=h.try_number, answer_data=h.answer_data, released=h.released,
                 score=h.score if h.released else None,
                 feedback=keys.pupil_feedback(h.feedback, h.feedback_before_key, show_keys=show_keys)
                 if h.released else None,
                 details=keys.pupil_details(h.mark_details, show_keys=show_keys) if h.released else {},
                 created_at=h.created_at.isoformat())


def _answers_shown(attempt: Attempt) -> None:
    """Remember that the pupil has been sent this attempt's answer key: no attempt at the assessment may be
    reopened after that (app.services.attempts.hand_in)."""
    if attempt.answers_shown_at is None:
        attempt.answers_shown_at = utcnow()


async def drafts(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> Drafts:
    """Every draft of one of my answers, oldest first (the last is the latest), for comparing them side by side.
    Works while the assessment is still open, so a pupil improving a written answer sees what changed."""
    attempt = await _pupils_attempt(session, pupil, attempt_id, missing="That attempt does not exist.",
                                    someone_else="This work belongs to someone else.")
    if str(question_id) not in (attempt.question_order or []):
        raise NotFound("That question is not part of this assessment.")
    question = await session.get(Question, question_id)
    answer = (await session.execute(
        select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question_id)
    )).scalar_one_or_none()
    rows = (await session.execute(
        select(AnswerHistory).where(AnswerHistory.answer_id == answer.id).order_by(AnswerHistory.try_number)
    )).scalars().all() if answer is not None else []
    assessment = await session.get(Assessment, attempt.assessment_id)
    show_keys = answer is not None and keys.may_show_keys(
        await keys.key_access(session, pupil, assessment, attempt, answer=answer,
                              question_type=question.type if question else ""))
    if show_keys and rows:
        _answers_shown(attempt)
    return Drafts(question_id=question_id, max_score=float(question.points) if question else None,
                  drafts=[_draft(h, show_keys=show_keys) for h in rows])


async def results(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> Results:
    """Results review: each question, the pupil's answer and the released feedback; the answers too once the
    teacher's choice for the class allows (app.services.attempts.keys), and in words when they will be."""
    attempt = await _pupils_attempt(session, pupil, attempt_id, missing="Those results do not exist.",
                                    someone_else="These results belong to someone else.")
    assessment = await session.get(Assessment, attempt.assessment_id)
    if attempt.status != AttemptStatus.completed:
        raise Forbidden("Finish the assessment first, then you can look at your results.")
    work = await attempt_work(session, attempt)
    history = await _history(session, attempt)
    seed = attempt.option_seed or None
    access = await keys.key_access(session, pupil, assessment, attempt)
    show_keys = keys.may_show_keys(access)
    if show_keys:
        _answers_shown(attempt)
    changed = await corrections.for_answers(session, [a.id for a in work.answers.values()])
    items = [
        _review_question(question, work.answers.get(question.id), history, number=number, seed=seed,
                         show_keys=show_keys, changed=changed)
        for number, question in enumerate(work.questions, start=1)
    ]
    waiting = sum(1 for question in work.questions if _waiting_for_teacher(work.answers.get(question.id)))
    all_released = waiting == 0
    return Results(
        attempt_id=attempt.id,
        title=assessment.title,
        completed_at=attempt.completed_at,
        score=attempt.total_score if all_released else None,
        max_score=attempt.max_score if all_released else None,
        percentage=attempt.percentage if all_released else None,
        waiting_for_teacher=waiting,
        answers_shown=show_keys,
        answers_note=keys.answers_note(access, shown=show_keys),
        questions=items,
    )


async def _history(session: AsyncSession, attempt: Attempt) -> dict[uuid.UUID, list[AnswerHistory]]:
    """Every try of each answer in the attempt (by answer id), oldest first."""
    history: dict[uuid.UUID, list[AnswerHistory]] = {}
    for h in (
        await session.execute(
            select(AnswerHistory).join(Answer, Answer.id == AnswerHistory.answer_id)
            .where(Answer.attempt_id == attempt.id).order_by(AnswerHistory.try_number)
        )
    ).scalars():
        history.setdefault(h.answer_id, []).append(h)
    return history


def _review_question(question: Question, answer: Answer | None, history: dict[uuid.UUID, list[AnswerHistory]], *,
                     number: int, seed: int | None, show_keys: bool,
                     changed: dict[uuid.UUID, list[CorrectionRead]]) -> ReviewQuestion:
    """One question in results review: the version the pupil answered, their answer, the released feedback and,
    once released and keys may be shown, the answer key; earlier drafts too (the last try is the answer shown)."""
    released = answer is not None and answer.released
    easier = answer is not None and answer.scaffold_used and bool(question.scaffold)
    config = question.scaffold["config"] if easier else question.config
    return ReviewQuestion(
        number=number,
        id=question.id,
        type=config.get("type", question.type),
        question_text=question.scaffold["question_text"] if easier else question.question_text,
        image_url=question.image_url,
        image_alt=question.image_alt,
        view=engine.pupil_view(config, option_rng(seed, question.id)),
        answer_data=answer.answer_data if answer else None,
        status=answer.status.value if answer else "saved",
        score=answer.score if released else None,
        max_score=float(question.points),
        is_correct=answer.is_correct if released else None,
        feedback=keys.pupil_feedback(answer.feedback, answer.feedback_before_key, show_keys=show_keys)
        if released else NOT_MARKED_YET,
        details=keys.pupil_details(answer.mark_details, show_keys=show_keys) if released else {},
        answer_key=keys.pupil_answer_key(config, show_keys=show_keys and released),
        hint_used=bool(answer and answer.hint_used),
        drafts=[_draft(h, show_keys=show_keys) for h in history.get(answer.id, [])[:-1]] if answer else [],
        correction=corrections.pupil_correction(changed.get(answer.id, []), released=released,
                                                show_keys=show_keys) if answer else None,
    )
