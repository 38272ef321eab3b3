"""Improving a written answer after the lesson: which of a pupil's answers are open to revising now (a teacher's
revision window over a finished attempt), the working copy autosaved as they type, and each new draft sent, which
is marked as drafts are (an AI suggestion when set up, then the teacher's review)."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.errors import Conflict, Forbidden, Invalid, NotFound, TooLarge
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    AttemptStatus,
    Question,
    Revision,
    RevisionWindow,
    User,
    utcnow,
)
from app.schemas.pupil import AnswerData
from app.schemas.revision import PupilRevisions, RevisionItem, RevisionSaved, RevisionSaveIn
from app.services.attempts.access import hold_attempt, when
from app.services.attempts.tries import answer_row, claim_try, record_try
from app.services.marking import scoring

WRITTEN = "extended_text"
NOT_OPEN = "The time to improve this answer has ended, or has not started yet. Your answer is kept as it was."
WAITING = ("Your teacher has not looked at your last draft yet. You can send another one when you have your "
           "feedback. What you write is still saved.")


def window_is_open(now: datetime) -> ColumnElement[bool]:
    """SQL: the window is open at `now` (started, not ended, not closed early)."""
    return and_(RevisionWindow.opens_at <= now, RevisionWindow.closes_at > now,
                RevisionWindow.closed_early_at.is_(None))


def _covers_attempt() -> ColumnElement[bool]:
    """SQL: the window is over this attempt: the same assessment and class, and the pupil (or all of the class)."""
    return and_(RevisionWindow.assessment_id == Attempt.assessment_id, RevisionWindow.class_id == Attempt.class_id,
                or_(RevisionWindow.pupil_id.is_(None), RevisionWindow.pupil_id == Attempt.pupil_id))


async def revising_now(session: AsyncSession, attempt: Attempt) -> bool:
    """Whether an open window lets the pupil change a written answer of this attempt (so no key may be shown)."""
    if attempt.status != AttemptStatus.completed:
        return False
    found = await session.scalar(
        select(RevisionWindow.id).join(Attempt, _covers_attempt())
        .where(Attempt.id == attempt.id, window_is_open(utcnow())).limit(1))
    return found is not None


class _Open(NamedTuple):
    """One written answer open to revising: the window (the one closing last) and the pupil's latest finished
    attempt in that class."""

    window: RevisionWindow
    attempt: Attempt
    question_id: uuid.UUID


async def _open_for(session: AsyncSession, pupil: User, attempt_id: uuid.UUID | None = None) -> list[_Open]:
    """Every (attempt, written question) the pupil may improve now, each once, with the window closing last."""
    stmt = (select(RevisionWindow, Attempt).join(Attempt, _covers_attempt())
            .where(Attempt.pupil_id == pupil.id, Attempt.status == AttemptStatus.completed,
                   window_is_open(utcnow()))
            .order_by(Attempt.attempt_number.desc(), RevisionWindow.closes_at.desc()))
    latest: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
    found: dict[tuple[uuid.UUID, str], _Open] = {}
    for window, attempt in (await session.execute(stmt)).all():
        # Only the latest finished attempt in that class is revised.
        newest = latest.setdefault((attempt.assessment_id, window.class_id), attempt.attempt_number)
        if attempt.attempt_number != newest or (attempt_id is not None and attempt.id != attempt_id):
            continue
        for question_id in window.question_ids:
            if question_id in (attempt.question_order or []):
                found.setdefault((attempt.id, question_id), _Open(window, attempt, uuid.UUID(question_id)))
    return list(found.values())


# --- What the pupil sees -------------------------------------------------------------------------------------

class _Read(NamedTuple):
    """Everything the items are built from, read at once."""

    questions: dict[uuid.UUID, Question]
    titles: dict[uuid.UUID, str]
    answers: dict[tuple[uuid.UUID, uuid.UUID], Answer]
    revisions: dict[uuid.UUID, Revision]
    released: dict[uuid.UUID, AnswerHistory]  # the latest released draft of each answer


async def _read(session: AsyncSession, found: list[_Open]) -> _Read:
    question_ids = {o.question_id for o in found}
    attempt_ids = {o.attempt.id for o in found}
    questions = {q.id: q for q in (await session.execute(
        select(Question).where(Question.id.in_(question_ids)))).scalars()}
    titles = dict((await session.execute(select(Assessment.id, Assessment.title).where(
        Assessment.id.in_({o.attempt.assessment_id for o in found})))).all())
    answers = {(a.attempt_id, a.question_id): a for a in (await session.execute(
        select(Answer).where(Answer.attempt_id.in_(attempt_ids), Answer.question_id.in_(question_ids)))).scalars()}
    answer_ids = [a.id for a in answers.values()]
    revisions = {r.answer_id: r for r in (await session.execute(
        select(Revision).where(Revision.answer_id.in_(answer_ids)))).scalars()}
    released: dict[uuid.UUID, AnswerHistory] = {}
    for h in (await session.execute(
            select(AnswerHistory).where(AnswerHistory.answer_id.in_(answer_ids), AnswerHistory.released.is_(True))
            .order_by(AnswerHistory.try_number))).scalars():
        released[h.answer_id] = h
    return _Read(questions, titles, answers, revisions, released)


def _text(data: AnswerData | None) -> str:
    return str((data or {}).get("text") or "")


def _item(o: _Open, read: _Read) -> RevisionItem:
    question = read.questions[o.question_id]
    answer = read.answers.get((o.attempt.id, o.question_id))
    revision = read.revisions.get(answer.id) if answer else None
    feedback = read.released.get(answer.id) if answer else None
    number = o.attempt.question_order.index(str(o.question_id)) + 1
    sent = _text(answer.answer_data) if answer and answer.submitted_at else ""
    working = revision.draft_data if revision is not None and revision.saved_at is not None else None
    return RevisionItem(
        attempt_id=o.attempt.id, assessment_id=o.attempt.assessment_id,
        assessment_title=read.titles.get(o.attempt.assessment_id, ""), question_id=question.id,
        question_number=number, question_text=question.question_text, closes_at=o.window.closes_at,
        message=f"You can improve your answer to question {number} until {when(o.window.closes_at)}.",
        answer_text=sent, working_text=_text(working) if working is not None else sent,
        feedback=feedback.feedback if feedback else None, score=feedback.score if feedback else None,
        max_score=float(question.points),
        waiting_for_teacher=bool(answer and answer.submitted_at and not answer.released),
        drafts_sent=revision.drafts_sent if revision else 0,
    )


async def revisions_for(session: AsyncSession, pupil: User) -> PupilRevisions:
    """The written answers the pupil may improve now, with their released feedback, soonest closing first."""
    found = await _open_for(session, pupil)
    if not found:
        return PupilRevisions(items=[])
    read = await _read(session, found)
    items = [_item(o, read) for o in found if o.question_id in read.questions]
    items.sort(key=lambda i: (i.closes_at, i.assessment_title, i.question_number))
    return PupilRevisions(items=items)


# --- Saving the working copy, and sending a draft ------------------------------------------------------------

class _Revising(NamedTuple):
    open: _Open
    question: Question
    answer: Answer
    revision: Revision


async def _revising(session: AsyncSession, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
                    answer_data: AnswerData | None) -> _Revising:
    """The answer the pupil may improve now, its attempt held for this transaction, and its revision (made on the
    first save: the drafts sent before it are the ones revising started from)."""
    found = next((o for o in await _open_for(session, pupil, attempt_id) if o.question_id == question_id), None)
    if found is None:
        attempt = await session.get(Attempt, attempt_id)
        if attempt is None:
            raise NotFound("That attempt does not exist.")
        if attempt.pupil_id != pupil.id:
            raise Forbidden("This attempt belongs to someone else.")
        raise Conflict(NOT_OPEN)
    size = len(json.dumps(answer_data, separators=(",", ":"), ensure_ascii=False).encode())
    problem = engine.answer_problem(WRITTEN, answer_data, size)
    if problem == engine.TOO_LONG:
        raise TooLarge("Your answer is too long to save. Please make it shorter.", error="AnswerTooLong")
    if problem is not None:
        raise Invalid("answer_data: a written answer is {\"text\": \"…\"}.")
    await hold_attempt(session, attempt_id, need_open=False)
    question = await session.get(Question, question_id)
    answer = await answer_row(session, found.attempt, question)
    revision = (await session.execute(select(Revision).where(Revision.answer_id == answer.id))).scalar_one_or_none()
    if revision is None:
        revision = Revision(answer_id=answer.id, window_id=found.window.id, baseline_try=answer.tries, seq=0,
                            drafts_sent=0)
        session.add(revision)
    return _Revising(found, question, answer, revision)


async def save(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
               body: RevisionSaveIn) -> RevisionSaved:
    """Keep the working copy as it is now. Within one page an older save (lower seq) never overwrites a newer one;
    between pages the save received last wins."""
    found = await _revising(session, pupil, attempt_id, question_id, body.answer_data)
    revision = found.revision
    if revision.saved_at is not None and body.page == revision.page_id and body.seq <= revision.seq:
        return RevisionSaved(saved=False, saved_at=revision.saved_at)
    revision.draft_data, revision.seq, revision.page_id = body.answer_data, body.seq, body.page
    revision.saved_at = utcnow()
    return RevisionSaved(saved=True, saved_at=revision.saved_at)


async def send(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
               body: RevisionSaveIn) -> RevisionItem:
    """Send the working copy as a new draft: kept in the answer's history and marked as drafts are (the AI's
    suggestion when set up, then the teacher's review). One draft at a time waits for the teacher."""
    if not _text(body.answer_data).strip():
        raise Invalid("Write your improved answer before you send it.")
    found = await _revising(session, pupil, attempt_id, question_id, body.answer_data)
    answer, question, revision = found.answer, found.question, found.revision
    if not await claim_try(session, answer, limit=None, stop_when_right=False, draft_waits_for_teacher=True):
        raise Conflict(WAITING)
    now = utcnow()
    answer.answer_data = body.answer_data
    answer.first_answered_at = answer.first_answered_at or now
    answer.last_answered_at = answer.submitted_at = now
    marked = await scoring.mark(question, body.answer_data, answer=answer, strict=True)
    await record_try(session, answer, question, marked, answer_data=body.answer_data)
    revision.drafts_sent += 1
    revision.draft_data, revision.seq, revision.page_id, revision.saved_at = body.answer_data, body.seq, body.page, now
    await session.flush()
    await scoring.recompute_attempt(session, found.open.attempt)
    return _item(found.open, await _read(session, [found.open]))
