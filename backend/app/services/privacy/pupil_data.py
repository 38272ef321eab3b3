"""A pupil's rights: everything we hold about them as JSON (subject access), and erasure on request."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, TypedDict

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    AuditLog,
    ClassPupil,
    Question,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.services.accounts import sign_in, users
from app.services.core import audit

# The subject access export: one JSON document, in words a pupil (or their parents) can read. Answers and
# feedback are whatever JSON the question type stored. ("try" is a Python keyword, hence the functional form.)
ExportedTry = TypedDict(
    "ExportedTry", {"try": int, "answer": Any, "score": float | None, "feedback": str | None, "when": str | None}
)


class ExportedAnswer(TypedDict):
    question: str
    type: str
    answer: Any
    late_answer: Any  # what arrived after the time ended: kept for the teacher, never marked
    late_saved_at: str | None
    score: float | None
    out_of: float | None
    feedback: str | None
    hint_used: bool
    easier_version_used: bool
    tries: list[ExportedTry]


class ExportedAttempt(TypedDict):
    assessment: str
    attempt: int
    status: str
    started_at: str | None
    completed_at: str | None
    score: float | None
    out_of: float | None
    percentage: float | None
    answers: list[ExportedAnswer]


class ExportedPupil(TypedDict):
    username: str
    name: str
    first_name: str | None
    last_name: str | None
    year_group: int | None
    active: bool
    created_at: str | None
    last_login_at: str | None
    classes: list[str]


class ExportedActivity(TypedDict):
    action: str
    when: str | None
    ip: str | None


class PupilExport(TypedDict):
    exported_at: str
    pupil: ExportedPupil
    attempts: list[ExportedAttempt]
    account_activity: list[ExportedActivity]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def export(session: AsyncSession, *, pupil_id: uuid.UUID, actor: User, ip: str | None) -> PupilExport:
    """Everything held about one pupil, in a form they (or their parents) can read."""
    pupil = await users.get_user(session, pupil_id, role=Role.pupil)
    class_names = list((await session.execute(
        select(SchoolClass.name).join(ClassPupil, ClassPupil.class_id == SchoolClass.id)
        .where(ClassPupil.pupil_id == pupil.id))).scalars())
    attempts = (await session.execute(
        select(Attempt, Assessment.title).join(Assessment, Assessment.id == Attempt.assessment_id)
        .where(Attempt.pupil_id == pupil.id).order_by(Attempt.started_at))).all()
    answers_by_attempt = await _answers_by_attempt(session, [attempt.id for attempt, _title in attempts])
    logins = (await session.execute(
        select(AuditLog.action, AuditLog.created_at, AuditLog.ip).where(AuditLog.user_id == pupil.id)
        .order_by(AuditLog.created_at))).all()
    await audit.record(session, "pupil.export", user=actor, entity_type="user", entity_id=pupil.id, ip=ip)
    return {
        "exported_at": utcnow().isoformat(),
        "pupil": {"username": pupil.username, "name": pupil.name, "first_name": pupil.first_name,
                  "last_name": pupil.last_name, "year_group": pupil.year_group, "active": pupil.is_active,
                  "created_at": _iso(pupil.created_at), "last_login_at": _iso(pupil.last_login_at),
                  "classes": class_names},
        "attempts": [
            {"assessment": title, "attempt": a.attempt_number, "status": a.status.value,
             "started_at": _iso(a.started_at), "completed_at": _iso(a.completed_at), "score": a.total_score,
             "out_of": a.max_score, "percentage": a.percentage, "answers": answers_by_attempt.get(a.id, [])}
            for a, title in attempts
        ],
        "account_activity": [{"action": action, "when": _iso(when), "ip": ip_} for action, when, ip_ in logins],
    }


async def _answers_by_attempt(
    session: AsyncSession, attempt_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[ExportedAnswer]]:
    """Every answer of these attempts with its earlier tries, grouped by attempt."""
    answers_by_attempt: dict[uuid.UUID, list[ExportedAnswer]] = {}
    if not attempt_ids:
        return answers_by_attempt
    rows = (await session.execute(
        select(Answer, Question.question_text, Question.type).join(Question, Question.id == Answer.question_id)
        .where(Answer.attempt_id.in_(attempt_ids)))).all()
    history = await _tries_by_answer(session, [answer.id for answer, _text, _kind in rows])
    for answer, text, kind in rows:
        answers_by_attempt.setdefault(answer.attempt_id, []).append({
            "question": text, "type": kind, "answer": answer.answer_data, "late_answer": answer.late_answer_data,
            "late_saved_at": _iso(answer.late_saved_at), "score": answer.score,
            "out_of": answer.max_score, "feedback": answer.feedback if answer.released else None,
            "hint_used": answer.hint_used, "easier_version_used": answer.scaffold_used,
            "tries": history.get(answer.id, []),
        })
    return answers_by_attempt


async def _tries_by_answer(session: AsyncSession, answer_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[ExportedTry]]:
    history: dict[uuid.UUID, list[ExportedTry]] = {}
    tries = await session.execute(
        select(AnswerHistory).where(AnswerHistory.answer_id.in_(answer_ids)).order_by(AnswerHistory.try_number))
    for h in tries.scalars():
        history.setdefault(h.answer_id, []).append(
            {"try": h.try_number, "answer": h.answer_data, "score": h.score, "feedback": h.feedback,
             "when": _iso(h.created_at)})
    return history


async def erase(session: AsyncSession, *, pupil_id: uuid.UUID, actor: User, ip: str | None) -> None:
    """Delete the pupil and everything of theirs (attempts, answers, sessions, memberships). The audit log keeps
    that an erasure happened, by whom, but not who the pupil was."""
    pupil = await users.get_user(session, pupil_id, role=Role.pupil)
    year_group = pupil.year_group
    await sign_in.end_all_sessions(session, pupil.id)
    await session.execute(delete(Attempt).where(Attempt.pupil_id == pupil.id))
    # Log entries that name the pupil lose the link and the name; the events themselves stay.
    await session.execute(update(AuditLog).where(AuditLog.user_id == pupil.id).values(user_id=None, username=None))
    await session.execute(update(AuditLog).where(AuditLog.entity_id == str(pupil.id)).values(details={}))
    await session.delete(pupil)
    await session.flush()
    await audit.record(session, "pupil.erase", user=actor, entity_type="user", entity_id=pupil_id,
                       details={"year_group": year_group}, ip=ip)
