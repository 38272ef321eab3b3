"""The autosave, the busiest request: the pupil's answer as it is now, saved on every interaction.

Work is never lost: every interaction is autosaved with the client's per-question counter (`seq`), so a save
that arrives late can never overwrite a newer one, and the same save sent twice changes nothing. The autosave is
one statement (an INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE seq is newer) that also proves the attempt is
the pupil's and still open; on PostgreSQL the sign-in check is folded into it too (`save_signed_in`). Only
when it changes nothing do we look closer to say why. `save` is the one way in: it picks the path."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, Protocol

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Select,
    Table,
    Uuid,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.sql.dml import ReturningInsert

from app.db import session_scope
from app.db_direct import DirectRunner, DirectStatement
from app.errors import NotFound
from app.models import Answer, Attempt, AttemptStatus, MarkingStatus, Question, utcnow
from app.models.base import JSONType, UTCDateTime
from app.schemas.pupil import AnswerData, AutosaveIn, AutosaveOut
from app.services.accounts import sign_in
from app.services.attempts.access import own_attempt
from app.services.attempts.tries import MAX_ELAPSED_SECONDS
from app.utils.security import hash_token


class Caller(Protocol):
    """Who sent a save and what, as the request tells it (app.deps.AutosaveRequest)."""

    @property
    def token(self) -> str: ...  # the session cookie, checked inside the one statement

    @property
    def csrf_token(self) -> str: ...

    @property
    def body(self) -> AutosaveIn: ...

    async def pupil_id(self, session: AsyncSession) -> uuid.UUID:
        """The full sign-in check of every pupil route: the pupil's id, or the 401/403 that says why not."""
        ...

    def remember(self, pupil_id: uuid.UUID) -> None:
        """Tell the access log who saved, when the one statement signed them in."""
        ...


class SignedInSave(NamedTuple):
    """What the one statement did: whose save it was, and the reply (the seq now stored)."""

    pupil_id: uuid.UUID
    reply: AutosaveOut


# --- The one way in ----------------------------------------------------------------------------------------

async def save(sessions: async_sessionmaker[AsyncSession], direct: DirectRunner | None, caller: Caller, *,
               attempt_id: uuid.UUID, question_id: uuid.UUID) -> AutosaveOut:
    """Save the answer as it is now. Idempotent; an older save (lower seq) never overwrites a newer one.

    On PostgreSQL (`direct` is its pool) the sign-in check and the upsert are one statement and no session is
    opened. Anything else — not signed in, not their attempt, SQLite — takes the usual path, which says exactly
    why. That path opens its own session (so the fast one never pays for it) and commits when it succeeds."""
    body = caller.body
    if direct is not None:
        done = await save_signed_in(direct, token=caller.token, csrf_token=caller.csrf_token, attempt_id=attempt_id,
                                    question_id=question_id, answer_data=body.answer_data, seq=body.seq,
                                    elapsed_seconds=body.elapsed_seconds)
        if done is not None:
            caller.remember(done.pupil_id)
            return done.reply
    async with session_scope(sessions) as session:
        pupil_id = await caller.pupil_id(session)
        return await save_for_pupil(session, pupil_id=pupil_id, attempt_id=attempt_id, question_id=question_id,
                                    answer_data=body.answer_data, seq=body.seq, elapsed_seconds=body.elapsed_seconds)


# --- The statements ----------------------------------------------------------------------------------------

_AUTOSAVE_COLUMNS = [
    "id", "attempt_id", "question_id", "answer_data", "seq", "status", "max_score", "released",
    "mark_details", "time_taken_seconds", "tries", "hint_used", "scaffold_used", "first_answered_at",
    "last_answered_at", "created_at", "updated_at",
]


def _insert(dialect: str) -> Callable[[Table], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def _autosave_source(pupil: ColumnElement[uuid.UUID]) -> Select:
    """The row to upsert, found only if the attempt is `pupil`'s and still open and the question is in it."""
    now = bindparam("now", type_=UTCDateTime)
    return (
        select(
            bindparam("new_id", type_=Uuid),
            Attempt.id,
            Question.id,
            bindparam("answer_data", type_=JSONType),
            bindparam("seq", type_=Integer),
            literal(MarkingStatus.saved.value),
            cast(Question.points, Float),
            literal(False),
            literal({}, JSONType),
            bindparam("elapsed", type_=Integer),
            literal(0),
            literal(False),
            literal(False),
            now,
            now,
            now,
            now,
        )
        .select_from(Attempt)
        .join(Question, Question.assessment_id == Attempt.assessment_id)
        .where(
            Attempt.id == bindparam("attempt_id", type_=Uuid),
            Attempt.pupil_id == pupil,
            Attempt.status != AttemptStatus.completed,  # open: in progress or paused (plain bind, no IN expansion)
            Question.id == bindparam("question_id", type_=Uuid),
        )
    )


def _upsert(dialect: str, source: Select) -> ReturningInsert:
    """INSERT … SELECT `source` … ON CONFLICT DO UPDATE only when this save is newer, RETURNING the stored seq."""
    # On the table, not the ORM class: executed with parameters, an ORM insert would become a bulk insert.
    answers = Answer.__table__
    insert = _insert(dialect)(answers).from_select(_AUTOSAVE_COLUMNS, source)
    excluded = insert.excluded
    return insert.on_conflict_do_update(
        index_elements=[answers.c.attempt_id, answers.c.question_id],
        set_={
            "answer_data": excluded.answer_data,
            "seq": excluded.seq,
            "last_answered_at": excluded.last_answered_at,
            "updated_at": excluded.updated_at,
            "first_answered_at": func.coalesce(answers.c.first_answered_at, excluded.first_answered_at),
            "time_taken_seconds": case(
                (excluded.time_taken_seconds > answers.c.time_taken_seconds, excluded.time_taken_seconds),
                else_=answers.c.time_taken_seconds,
            ),
        },
        where=answers.c.seq < excluded.seq,
    ).returning(answers.c.seq)


def _stored_seq(pupil: ColumnElement[uuid.UUID]) -> Select:
    """The seq stored for the question, if the attempt is `pupil`'s and still open."""
    return (
        select(Answer.seq)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .where(
            Answer.attempt_id == bindparam("attempt_id", type_=Uuid),
            Answer.question_id == bindparam("question_id", type_=Uuid),
            Attempt.pupil_id == pupil,
            Attempt.status != AttemptStatus.completed,
        )
    )


# Each statement is built once with bind parameters. Building one per request (column proxies for `excluded`,
# a fresh cache key) cost more CPU than everything else on this path together.

@lru_cache(maxsize=4)
def _autosave_statement(dialect: str) -> ReturningInsert:
    """The autosave for a pupil already signed in (their id a bind parameter)."""
    return _upsert(dialect, _autosave_source(bindparam("pupil_id", type_=Uuid)))


@lru_cache(maxsize=4)
def _signed_in_autosave_statement(dialect: Dialect) -> DirectStatement:
    """Sign-in check and autosave in one statement (PostgreSQL): who is signed in by the session cookie, then the
    upsert for them. Gives (pupil id, the seq now stored): no row when the sign-in check fails; the seq already
    stored when this save arrived after a newer one; a null seq when the attempt or question is not theirs to
    save (the usual path then says which)."""
    who = sign_in.signed_in_pupil().cte("who")
    saved = _upsert("postgresql", _autosave_source(who.c.pupil_id)).cte("saved")
    # A late save: the newer seq already there, read from the statement's snapshot (before the upsert). Only if
    # it is at least this save's: a lower one means another save won since then, and the usual path looks again.
    already = _stored_seq(who.c.pupil_id).scalar_subquery()
    already = case((already >= bindparam("seq", type_=Integer), already))
    return DirectStatement(select(who.c.pupil_id, func.coalesce(select(saved.c.seq).scalar_subquery(), already)),
                           dialect)


# The usual reason nothing was written: this save arrived after a newer one (a slow network). One query says so.
_NEWER_SAVE = _stored_seq(bindparam("pupil_id", type_=Uuid))


# --- The two paths -----------------------------------------------------------------------------------------

async def save_signed_in(
    direct: DirectRunner, *, token: str, csrf_token: str, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int, elapsed_seconds: int | None,
) -> SignedInSave | None:
    """The autosave with the sign-in check folded into its one statement, run directly (PostgreSQL): a single
    round trip for the busiest request. None when it did not save: the caller then takes the usual path
    (the full sign-in check, then `save_for_pupil`), which says exactly what is wrong."""
    row = await direct.first(_signed_in_autosave_statement(direct.dialect), {
        "token_hash": hash_token(token), "csrf_hash": hash_token(csrf_token),
        "new_id": uuid.uuid4(), "answer_data": answer_data, "seq": seq,
        "elapsed": min(elapsed_seconds or 0, MAX_ELAPSED_SECONDS),
        "now": utcnow(), "attempt_id": attempt_id, "question_id": question_id,
    })
    if row is None:  # not signed in as a pupil
        return None
    pupil_id, stored = row
    if stored is None:  # not theirs to save, or another save won meanwhile
        return None
    return SignedInSave(pupil_id, AutosaveOut(saved=True, seq=stored))


async def save_for_pupil(
    session: AsyncSession, *, pupil_id: uuid.UUID, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int, elapsed_seconds: int | None,
) -> AutosaveOut:
    """Save a signed-in pupil's answer as it is now (see the module docstring): one statement on the connection."""
    connection = await session.connection()  # Core, not the ORM session: nothing here needs an object
    stored = (
        await connection.execute(_autosave_statement(connection.dialect.name), {
            "new_id": uuid.uuid4(), "answer_data": answer_data, "seq": seq,
            "elapsed": min(elapsed_seconds or 0, MAX_ELAPSED_SECONDS),
            "now": utcnow(), "attempt_id": attempt_id, "pupil_id": pupil_id, "question_id": question_id,
        })
    ).scalar_one_or_none()
    if stored is not None:
        return AutosaveOut(saved=True, seq=stored)
    return await _why_not_saved(session, pupil_id=pupil_id, attempt_id=attempt_id, question_id=question_id)


async def _why_not_saved(session: AsyncSession, *, pupil_id: uuid.UUID, attempt_id: uuid.UUID,
                         question_id: uuid.UUID) -> AutosaveOut:
    """Nothing was written. Either we already have a newer save (fine), or say what is wrong."""
    connection = await session.connection()
    newer = (await connection.execute(_NEWER_SAVE, {
        "attempt_id": attempt_id, "question_id": question_id, "pupil_id": pupil_id,
    })).scalar_one_or_none()
    if newer is not None:
        return AutosaveOut(saved=True, seq=newer)  # the server already has this save or a newer one
    attempt = await own_attempt(session, pupil_id, attempt_id, need_open=True)
    answer = (
        await session.execute(select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question_id))
    ).scalar_one_or_none()
    if answer is None:
        raise NotFound("That question is not part of this assessment.")
    return AutosaveOut(saved=True, seq=answer.seq)  # the server already has this save or a newer one
