"""Revision windows, the teacher's side of FeedForward after the lesson: opening one for the written questions of
a class assignment's finished attempts (all of the class, or one pupil), closing it early, every draft of an
answer side by side with what changed word by word, and how many revised answers improved."""

from __future__ import annotations

import difflib
import re
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    Attempt,
    MarkingStatus,
    Question,
    Revision,
    RevisionWindow,
    SchoolClass,
    User,
    utcnow,
)
from app.schemas.revision import (
    AnswerDrafts,
    RevisedAnswer,
    RevisionOverview,
    TeacherDraft,
    WindowIn,
    WindowRead,
    WordChange,
)
from app.services.accounts import classes
from app.services.attempts.access import when
from app.services.attempts.revising import WRITTEN
from app.services.authoring import assessments
from app.services.core import audit
from app.services.marking.review_queue import markable_answer
from app.utils.dates import as_utc

# --- Opening and closing -------------------------------------------------------------------------------------

async def _assignment(session: AsyncSession, teacher: User, assessment_id: uuid.UUID,
                      class_id: uuid.UUID) -> Assessment:
    """The assessment (with its questions) set for the class, if this teacher may open windows on it."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True)
    link = await session.scalar(select(AssessmentClass.id).where(
        AssessmentClass.assessment_id == assessment_id, AssessmentClass.class_id == class_id))
    if link is None:
        raise NotFound("This assessment is not set for that class.")
    if assessment.owner_id != teacher.id and not await classes.teaches(session, teacher, class_id):
        raise Forbidden("You do not teach that class.")
    return assessment


def _written_questions(assessment: Assessment, wanted: list[uuid.UUID] | None) -> list[Question]:
    """The chosen questions, every one written (extended text); every written question when none are chosen."""
    by_id = {q.id: q for q in assessment.questions}
    if wanted is None:
        chosen = [q for q in sorted(assessment.questions, key=lambda q: q.position) if q.type == WRITTEN]
        if not chosen:
            raise Invalid("This assessment has no written questions to improve.")
        return chosen
    chosen = []
    for question_id in dict.fromkeys(wanted):
        question = by_id.get(question_id)
        if question is None:
            raise Invalid("One of the questions chosen is not part of this assessment.")
        if question.type != WRITTEN:
            raise Invalid(f"Question {question.position + 1} is not a written question. Only written answers "
                          "can be improved in a revision window.")
        chosen.append(question)
    if not chosen:
        raise Invalid("Choose at least one written question.")
    return chosen


def _times(opens_at: datetime | None, closes_at: datetime) -> tuple[datetime, datetime]:
    now = utcnow()
    opens, closes = as_utc(opens_at) or now, as_utc(closes_at)
    if closes <= now:
        raise Invalid("The closing time has already passed. Choose a time in the future.")
    if closes <= opens:
        raise Invalid("The window must close after it opens.")
    return opens, closes


async def _check_pupil(session: AsyncSession, body: WindowIn) -> None:
    """One pupil: they must have finished the assessment in that class."""
    if body.pupil_id is None:
        return
    finished = await session.scalar(select(Attempt.id).where(
        Attempt.pupil_id == body.pupil_id, Attempt.assessment_id == body.assessment_id,
        Attempt.class_id == body.class_id, Attempt.completed_at.is_not(None)).limit(1))
    if finished is None:
        raise Invalid("That pupil has not finished this assessment in that class, so there is nothing to improve.")


async def open_window(session: AsyncSession, *, teacher: User, body: WindowIn, ip: str | None) -> WindowRead:
    """Open a revision window for written questions of the class's (or one pupil's) finished attempts."""
    assessment = await _assignment(session, teacher, body.assessment_id, body.class_id)
    questions = _written_questions(assessment, body.question_ids)
    opens, closes = _times(body.opens_at, body.closes_at)
    await _check_pupil(session, body)
    window = RevisionWindow(assessment_id=assessment.id, class_id=body.class_id, pupil_id=body.pupil_id,
                            question_ids=[str(q.id) for q in questions], opens_at=opens, closes_at=closes,
                            created_by_id=teacher.id)
    session.add(window)
    await session.flush()
    await audit.record(session, "revision.open", user=teacher, entity_type="assessment", entity_id=assessment.id,
                       details={"window_id": str(window.id), "class_id": str(body.class_id),
                                "pupil_id": str(body.pupil_id) if body.pupil_id else None,
                                "closes_at": closes.isoformat()}, ip=ip)
    return (await _window_reads(session, assessment, [window]))[0]


async def close_window(session: AsyncSession, *, teacher: User, window_id: uuid.UUID, ip: str | None) -> WindowRead:
    """Close a window now, before its closing time. What pupils sent stays; their working copies are kept."""
    window = await session.get(RevisionWindow, window_id)
    if window is None:
        raise NotFound("That revision window does not exist.")
    assessment = await _assignment(session, teacher, window.assessment_id, window.class_id)
    now = utcnow()
    if window.closed_early_at is not None or window.closes_at <= now:
        raise Conflict("This revision window is already closed.")
    window.closed_early_at = now
    await audit.record(session, "revision.close", user=teacher, entity_type="assessment", entity_id=assessment.id,
                       details={"window_id": str(window.id)}, ip=ip)
    return (await _window_reads(session, assessment, [window]))[0]


def _numbers(assessment: Assessment, question_ids: list[str]) -> list[int]:
    positions = {str(q.id): q.position + 1 for q in assessment.questions}
    return sorted(positions[q] for q in question_ids if q in positions)


def _in_words(numbers: list[int], who: str, window: RevisionWindow, open_now: bool) -> str:
    listed = ", ".join(str(n) for n in numbers[:-1]) + (" and " if len(numbers) > 1 else "") + str(numbers[-1]) \
        if numbers else "none"
    which = f"Question{'s' if len(numbers) != 1 else ''} {listed}, {who}"
    if window.closed_early_at is not None:
        return f"{which}: closed early on {when(window.closed_early_at)}."
    if open_now:
        return f"{which}: open until {when(window.closes_at)}."
    if window.opens_at > utcnow():
        return f"{which}: opens on {when(window.opens_at)}, until {when(window.closes_at)}."
    return f"{which}: closed on {when(window.closes_at)}."


async def _window_reads(session: AsyncSession, assessment: Assessment,
                        windows: list[RevisionWindow]) -> list[WindowRead]:
    names = dict((await session.execute(select(User.id, User.name).where(
        User.id.in_({w.pupil_id for w in windows if w.pupil_id})))).all())
    class_names = dict((await session.execute(select(SchoolClass.id, SchoolClass.name).where(
        SchoolClass.id.in_({w.class_id for w in windows})))).all())
    now, reads = utcnow(), []
    for w in windows:
        open_now = w.opens_at <= now < w.closes_at and w.closed_early_at is None
        numbers = _numbers(assessment, w.question_ids)
        who = names.get(w.pupil_id, "one pupil") if w.pupil_id else f"all of {class_names.get(w.class_id, 'the class')}"
        reads.append(WindowRead(
            id=w.id, assessment_id=w.assessment_id, class_id=w.class_id, pupil_id=w.pupil_id,
            pupil_name=names.get(w.pupil_id) if w.pupil_id else None,
            question_ids=[uuid.UUID(q) for q in w.question_ids], question_numbers=numbers, opens_at=w.opens_at,
            closes_at=w.closes_at, closed_early_at=w.closed_early_at, open_now=open_now,
            summary=_in_words(numbers, who, w, open_now)))
    return reads


# --- The class view: who revised, and who improved -----------------------------------------------------------

def improved(old: float | None, new: float | None) -> bool:
    """A revised answer improved when the teacher's mark of its latest draft is higher than the mark before
    revising (no mark before counts as 0)."""
    return new is not None and new > (old or 0.0)


async def overview(session: AsyncSession, *, teacher: User, assessment_id: uuid.UUID,
                   class_id: uuid.UUID | None) -> RevisionOverview:
    """The windows of an assessment (one class, or every class the teacher may see), and each revised answer
    with its mark before and after: how many improved of how many revised."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True)
    mine = await classes.class_ids_for(session, teacher)
    stmt = select(RevisionWindow).where(RevisionWindow.assessment_id == assessment_id) \
        .order_by(RevisionWindow.created_at.desc())
    if class_id is not None:
        stmt = stmt.where(RevisionWindow.class_id == class_id)
    if mine is not None and assessment.owner_id != teacher.id:
        stmt = stmt.where(RevisionWindow.class_id.in_(mine))
    windows = list((await session.execute(stmt)).scalars())
    answers = await _revised_answers(session, assessment, [w.id for w in windows])
    return RevisionOverview(assessment_id=assessment_id, class_id=class_id,
                            windows=await _window_reads(session, assessment, windows),
                            revised=len(answers), improved=sum(1 for a in answers if a.improved), answers=answers)


async def _revised_answers(session: AsyncSession, assessment: Assessment,
                           window_ids: list[uuid.UUID]) -> list[RevisedAnswer]:
    rows = (await session.execute(
        select(Revision, Answer, User.name)
        .join(Answer, Answer.id == Revision.answer_id).join(Attempt, Attempt.id == Answer.attempt_id)
        .join(User, User.id == Attempt.pupil_id)
        .where(Revision.window_id.in_(window_ids), Revision.drafts_sent > 0)
        .order_by(User.last_name, User.first_name, User.name))).all() if window_ids else []
    before = {(h.answer_id, h.try_number): h.score for h in (await session.execute(
        select(AnswerHistory).where(AnswerHistory.answer_id.in_([a.id for _r, a, _n in rows])))).scalars()}
    numbers = {q.id: q.position + 1 for q in assessment.questions}
    result = []
    for revision, answer, name in rows:
        old = before.get((answer.id, revision.baseline_try))
        new = answer.score if answer.status == MarkingStatus.teacher_marked else None
        result.append(RevisedAnswer(answer_id=answer.id, pupil_name=name, question_number=numbers.get(
            answer.question_id, 0), drafts_sent=revision.drafts_sent, old_score=old, new_score=new,
            improved=improved(old, new)))
    return result


# --- Drafts side by side -------------------------------------------------------------------------------------

def word_changes(before: str, after: str) -> list[WordChange]:
    """What changed from one draft to the next, word by word (spaces and line breaks kept with their word)."""
    old, new = re.findall(r"\S+\s*", before), re.findall(r"\S+\s*", after)
    changes: list[WordChange] = []
    matcher = difflib.SequenceMatcher(a=[w.strip() for w in old], b=[w.strip() for w in new], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            changes.append(WordChange(op="same", text="".join(new[j1:j2])))
            continue
        if i2 > i1:
            changes.append(WordChange(op="removed", text="".join(old[i1:i2])))
        if j2 > j1:
            changes.append(WordChange(op="added", text="".join(new[j1:j2])))
    return changes


async def answer_drafts(session: AsyncSession, *, teacher: User, answer_id: uuid.UUID) -> AnswerDrafts:
    """Every draft of a written answer, oldest first, each with its mark and what changed since the one before."""
    found = await markable_answer(session, teacher, answer_id)
    history = (await session.execute(select(AnswerHistory).where(AnswerHistory.answer_id == answer_id)
                                     .order_by(AnswerHistory.try_number))).scalars().all()
    revision = (await session.execute(select(Revision).where(Revision.answer_id == answer_id))).scalar_one_or_none()
    pupil = await session.get(User, found.attempt.pupil_id)
    drafts, previous = [], ""
    for h in history:
        text = str((h.answer_data or {}).get("text") or "")
        drafts.append(TeacherDraft(
            try_number=h.try_number, text=text, score=h.score, status=h.status.value, released=h.released,
            feedback=h.feedback, after_revising=revision is not None and h.try_number > revision.baseline_try,
            changes=word_changes(previous, text), created_at=h.created_at))
        previous = text
    return AnswerDrafts(answer_id=answer_id, pupil_name=pupil.name if pupil else "", question_number=(
        found.attempt.question_order.index(str(found.question.id)) + 1
        if str(found.question.id) in (found.attempt.question_order or []) else found.question.position + 1),
        question_text=found.question.question_text, max_score=float(found.question.points), drafts=drafts)
