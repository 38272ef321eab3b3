""""Accept this answer for everyone", from question analysis: a common answer that was marked not right is added
to the question's key (a short answer's accepted answers, or one gap's answers in fill in the code gaps), and
every pupil's answer to the question is re-marked; the teacher is told first whose mark it would change, and
afterwards whose mark did (names, old → new). Binary conversion is left out: its key is worked out from the
number, so another answer cannot be right.

The change goes through the ordinary question edit (app.services.authoring.questions.update), so it is checked,
versioned and re-marked exactly like a key the teacher edits by hand, and teachers' own marks and corrections are
kept (and counted)."""

from __future__ import annotations

import copy
import uuid
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Conflict, Invalid, NotFound
from app.models import Answer, Attempt, Question, User
from app.question_types import code_completion, text_input
from app.question_types.stored import StoredConfig
from app.schemas.assessments import QuestionUpdate
from app.schemas.corrections import Accepted, AcceptIn, AcceptPreview, PupilChange
from app.services.authoring import assessments, questions
from app.services.core import audit
from app.services.marking import corrections, scoring

ACCEPTING_TYPES = (text_input.TYPE, code_completion.TYPE)
# Accepting works the new key out from the key as it is; if another change lands first, it starts again from that
# one (two teachers accepting answers at once both keep theirs), this many times at most.
ACCEPT_ROUNDS = 5
KEY_KEPT_CHANGING = ("The answer key of this question kept changing while your answer was being added. Reload the "
                     "page, check the key, then accept the answer again.")
NOT_THIS_TYPE = ("Accepting an answer for everyone works for short answers and fill in the code gaps. For this "
                 "question, edit its answer key, or correct one pupil's mark from their answer.")


async def _question(session: AsyncSession, teacher: User, question_id: uuid.UUID) -> Question:
    """The question, if this teacher may change its key (its assessment's owner, or an admin)."""
    question = await session.get(Question, question_id)
    if question is None:
        raise NotFound("That question does not exist. It may have been deleted.")
    await assessments.get_for_teacher(session, question.assessment_id, teacher, edit=True)
    if question.type not in ACCEPTING_TYPES:
        raise Invalid(NOT_THIS_TYPE)
    return question


def _with_short_answer(config: StoredConfig, answer: str) -> StoredConfig:
    sensitive = bool(config.get("case_sensitive"))
    wanted = text_input.normalise_text(answer, sensitive)
    accepted = [dict(a) for a in config.get("accepted_answers", [])]
    same = [a for a in accepted if text_input.normalise_text(a.get("text", ""), sensitive) == wanted]
    if any(float(a.get("points", 1)) >= 1 for a in same):
        raise Invalid(f"“{answer}” is already an accepted answer worth full marks.")
    if same:
        same[0]["points"] = 1.0  # accepted for part marks until now: worth full marks from now on
    else:
        accepted.append({"text": answer, "points": 1.0})
    return {**config, "accepted_answers": accepted}


def _with_gap_answer(config: StoredConfig, answer: str, blank_id: str | None) -> StoredConfig:
    blanks = [dict(b) for b in config.get("blanks", [])]
    blank = next((b for b in blanks if b.get("id") == blank_id), None)
    if blank is None:
        raise Invalid("Say which gap this answer is for (blank_id): it must be one of the question's gaps.")
    if code_completion.blank_is_right(answer, blank.get("correct_answers", [])):
        raise Invalid(f"“{answer}” is already a right answer for this gap.")
    blank["correct_answers"] = [*blank.get("correct_answers", []), answer]
    return {**config, "blanks": blanks}


def new_key(question: Question, body: AcceptIn) -> StoredConfig:
    """The question's key with the answer accepted (Invalid if it already is)."""
    answer = " ".join(body.answer.split())
    if not answer:
        raise Invalid("Give the answer to accept.")
    config = copy.deepcopy(question.config)
    if question.type == text_input.TYPE:
        return _with_short_answer(config, answer)
    return _with_gap_answer(config, answer, body.blank_id)


class _Marked(NamedTuple):
    """One pupil's answer to the question with its current mark."""

    answer_id: uuid.UUID
    pupil_id: uuid.UUID
    name: str
    score: float | None
    answer_data: dict[str, Any] | None
    remarked: bool  # its mark comes from the key (not a teacher's), and the key it is marked against changes


async def _answers(session: AsyncSession, question_id: uuid.UUID, *, easier: bool) -> list[_Marked]:
    """Every handed-in answer to the question; `easier`: the question has an easier version (answers to it are
    marked against its own key, which accepting does not change)."""
    rows = await session.execute(
        select(Answer.id, Attempt.pupil_id, User.name, Answer.score, Answer.answer_data, Answer.status,
               Answer.scaffold_used, Answer.content_purged_at)
        .join(Attempt, Attempt.id == Answer.attempt_id).join(User, User.id == Attempt.pupil_id)
        .where(Answer.question_id == question_id, Answer.submitted_at.is_not(None))
        .order_by(User.last_name, User.first_name, Answer.id)
    )
    return [
        _Marked(row.id, row.pupil_id, row.name, row.score, row.answer_data,
                row.status in scoring.REMARKED_STATUSES and row.content_purged_at is None
                and not (row.scaffold_used and easier))
        for row in rows
    ]


def _changes(before: list[_Marked], after: dict[uuid.UUID, float | None]) -> list[PupilChange]:
    return [PupilChange(pupil_id=m.pupil_id, name=m.name, answer_id=m.answer_id, old_score=m.score,
                        new_score=after.get(m.answer_id))
            for m in before if m.answer_id in after and after[m.answer_id] != m.score]


def _message(answer: str, changes: list[PupilChange], kept: int, *, done: bool) -> str:
    pupils = "1 pupil" if len(changes) == 1 else f"{len(changes)} pupils"
    if done:
        text = f"“{answer}” is now accepted. " + (f"The mark of {pupils} changed." if changes
                                                  else "No pupil's mark changed.")
    else:
        text = (f"Accepting “{answer}” will change the mark of {pupils}." if changes
                else f"Accepting “{answer}” will not change any pupil's mark now; it counts for answers to come.")
    kept_words = corrections.kept_notice(kept)
    return f"{text} {kept_words}" if kept_words else text


async def preview(session: AsyncSession, *, teacher: User, question_id: uuid.UUID, body: AcceptIn) -> AcceptPreview:
    """Whose mark accepting the answer would change, and how (nothing is changed)."""
    question = await _question(session, teacher, question_id)
    config = new_key(question, body)
    points = float(question.points)
    before = await _answers(session, question.id, easier=bool(question.scaffold))
    predicted: dict[uuid.UUID, float | None] = {}
    for marked in before:
        if marked.remarked:
            result = await scoring.mark_config(config, marked.answer_data, points)
            predicted[marked.answer_id] = None if result.awaiting_marking else float(result.score or 0)
    changes = _changes(before, predicted)
    kept = await corrections.kept_on_question(session, question.id)
    answer = " ".join(body.answer.split())
    return AcceptPreview(question_id=question.id, answer=answer, changes=changes, kept_corrections=kept,
                         message=_message(answer, changes, kept, done=False))


async def accept(sessions: async_sessionmaker[AsyncSession], *, teacher: User, question_id: uuid.UUID,
                 body: AcceptIn, ip: str | None) -> Accepted:
    """Add the answer to the key and re-mark every answer to the question (between short transactions, like any
    key edit); then say whose mark changed, from what to what."""
    for _round in range(ACCEPT_ROUNDS):
        async with session_scope(sessions) as session:
            question = await _question(session, teacher, question_id)
            assessment_id, config, easier = question.assessment_id, new_key(question, body), bool(question.scaffold)
            version = question.version
            before = await _answers(session, question_id, easier=easier)
        try:
            change = await questions.update(sessions, assessment_id=assessment_id, question_id=question_id,
                                            data=QuestionUpdate(config=config), actor=teacher,
                                            expected_version=version)
            break
        except questions.KeyChangedMeanwhile:
            continue  # another change to the key (another teacher's accepted answer) landed first: add to that
    else:
        raise Conflict(KEY_KEPT_CHANGING)
    answer = " ".join(body.answer.split())
    async with session_scope(sessions) as session:
        after = {m.answer_id: m.score for m in await _answers(session, question_id, easier=easier)}
        changes = _changes(before, after)
        await audit.record(session, "question.accept_answer", user=teacher, entity_type="question",
                           entity_id=question_id, details={"answer": answer, "blank_id": body.blank_id,
                                                           "changed": len(changes),
                                                           "kept_corrections": change.kept_corrections}, ip=ip)
    return Accepted(question_id=question_id, answer=answer, changes=changes, kept_corrections=change.kept_corrections,
                    message=_message(answer, changes, change.kept_corrections, done=True))
