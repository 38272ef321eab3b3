"""The autosave, the busiest request: the pupil's answer as it is now, saved on every interaction.

Work is never lost, and a save is never acknowledged and then dropped. Each page (browser tab) sends an id of its
own (`page`) and its counter (`seq`) with every save: within one page a save that arrives late never overwrites a
newer one, and the same save sent twice changes nothing; between pages the save received last wins (a second
screen starts a counter of its own). The reply says truthfully whether this save is the one stored, and whose is.

Checked at the door: the answer must fit its question — its type's Answer and size limit, or the easier version's
once the pupil switched to it (`question_types.answer_fits` works out in Python, before the statement, which types
it fits) — and once the time has ended (the time limit or the class window's closing, with its grace period) a
save no longer changes the answer that will be marked: it is kept as a late draft for the teacher to see. An answer
whose mark a teacher gave or corrected (`access.teacher_keeps`) is not changed at all.

All of that is one statement (an INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE) that also proves the attempt is
the pupil's and still open; on PostgreSQL the sign-in check is folded into it too (`save_signed_in`). Only when it
changes nothing do we look closer to say why. `save` is the one way in: it picks the path."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple, Protocol, TypedDict

from sqlalchemy import (
    ColumnElement,
    Float,
    Integer,
    Interval,
    Select,
    String,
    Table,
    Uuid,
    and_,
    any_,
    bindparam,
    case,
    cast,
    false,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased
from sqlalchemy.sql.dml import ReturningInsert
from sqlalchemy.sql.selectable import CTE, Subquery

from app import question_types as engine
from app.db import session_scope
from app.db_direct import DirectRunner, DirectStatement
from app.errors import AppError, Conflict, Invalid, NotFound, TooLarge
from app.models import (
    Answer,
    Assessment,
    AssessmentClass,
    Attempt,
    AttemptStatus,
    Extension,
    MarkingStatus,
    Question,
    User,
    utcnow,
)
from app.models.base import JSONType, UTCDateTime
from app.schemas.pupil import AnswerData, AutosaveIn, AutosaveOut, StoredAnswer, StoredAnswers
from app.services.accounts import sign_in
from app.services.attempts.access import (
    DRAFTED_TYPES,
    KEPT_BY_TEACHER,
    TIME_GRACE,
    own_attempt,
    teacher_keeps,
    time_ends_at,
    time_is_over,
)
from app.services.attempts.tries import MAX_ELAPSED_SECONDS
from app.utils.security import hash_token

# What the pupil is told: literal, calm, and never a blame word.
TOO_LONG = "This answer is too long to save. Make it shorter, and it will be saved."
DOES_NOT_FIT = ("This answer does not fit this question, so it was not saved. Reload the page to see the question "
                "as it is now.")
TIME_ENDED = ("The time for this assessment has ended. What you write now is kept for your teacher to see, but it "
              "will not be marked.")
# The biggest autosave request: the biggest answer any question type takes, and room for the counters around it.
# A bigger one is refused before it is all read (app.deps.autosave_request).
MAX_REQUEST_BYTES = engine.MAX_ANSWER_BYTES + 1024


class Caller(Protocol):
    """Who sent a save and what, as the request tells it (app.deps.AutosaveRequest)."""

    @property
    def token(self) -> str: ...  # the session cookie, checked inside the one statement

    @property
    def csrf_token(self) -> str: ...

    @property
    def body(self) -> AutosaveIn: ...

    @property
    def size(self) -> int: ...  # the request's bytes: the answer, and a few bytes of counters

    async def pupil_id(self, session: AsyncSession) -> uuid.UUID:
        """The full sign-in check of every pupil route: the pupil's id, or the 401/403 that says why not."""
        ...

    def remember(self, pupil_id: uuid.UUID) -> None:
        """Tell the access log who saved, when the one statement signed them in."""
        ...


class SaveValues(TypedDict):
    """The bind values of the autosave statement that come from the save itself."""

    new_id: uuid.UUID
    answer_data: AnswerData | None
    seq: int
    page: str | None
    elapsed: int
    now: datetime
    cutoff: datetime  # now, less the grace period: a time that ended before it has ended
    attempt_id: uuid.UUID
    question_id: uuid.UUID
    types: list[str]


class AnswerSave(NamedTuple):
    """One save as it arrived, and the question types its answer fits (`question_types.answer_fits`)."""

    attempt_id: uuid.UUID
    question_id: uuid.UUID
    answer_data: AnswerData | None
    seq: int
    page: str | None
    elapsed_seconds: int | None
    size: int
    fits: tuple[str, ...]

    def values(self, now: datetime) -> SaveValues:
        """The statement's values for this save (the caller's identity is added by each path)."""
        return {
            "new_id": uuid.uuid4(), "answer_data": self.answer_data, "seq": self.seq, "page": self.page,
            "elapsed": min(self.elapsed_seconds or 0, MAX_ELAPSED_SECONDS), "now": now, "cutoff": now - TIME_GRACE,
            "attempt_id": self.attempt_id, "question_id": self.question_id, "types": list(self.fits),
        }


def answer_save(*, attempt_id: uuid.UUID, question_id: uuid.UUID, answer_data: AnswerData | None, seq: int,
                page: str | None = None, elapsed_seconds: int | None = None, size: int | None = None) -> AnswerSave:
    """A save to make. `size` is its bytes as sent (the autosave gives its request's); without it, the answer's own."""
    if size is None:
        size = len(json.dumps(answer_data, ensure_ascii=False).encode())
    return AnswerSave(attempt_id, question_id, answer_data, seq, page, elapsed_seconds, size,
                      engine.answer_fits(answer_data, size))


class SignedInSave(NamedTuple):
    """What the one statement did: whose save it was, and the reply."""

    pupil_id: uuid.UUID
    reply: AutosaveOut


# --- The one way in ----------------------------------------------------------------------------------------

async def save(sessions: async_sessionmaker[AsyncSession], direct: DirectRunner | None, caller: Caller, *,
               attempt_id: uuid.UUID, question_id: uuid.UUID) -> AutosaveOut:
    """Save the answer as it is now (see the module docstring). Idempotent; within one page an older save (lower
    seq) never overwrites a newer one; between pages the save received last wins.

    On PostgreSQL (`direct` is its pool) the sign-in check and the upsert are one statement and no session is
    opened. Anything else — not signed in, not their attempt, an answer that does not fit, SQLite — takes the
    usual path, which says exactly why. That path opens its own session (so the fast one never pays for it) and
    commits when it succeeds."""
    body = caller.body
    wanted = answer_save(attempt_id=attempt_id, question_id=question_id, answer_data=body.answer_data, seq=body.seq,
                         page=body.page, elapsed_seconds=body.elapsed_seconds, size=caller.size)
    if direct is not None and wanted.fits:  # an answer that fits no question at all: the usual path says why
        done = await _signed_in(direct, caller.token, caller.csrf_token, wanted)
        if done is not None:
            caller.remember(done.pupil_id)
            return done.reply
    async with session_scope(sessions) as session:
        pupil_id = await caller.pupil_id(session)
        return await save_for_pupil(session, pupil_id=pupil_id, wanted=wanted)


# --- The statements ----------------------------------------------------------------------------------------

_AUTOSAVE_COLUMNS = [
    "id", "attempt_id", "question_id", "answer_data", "seq", "page_id", "status", "max_score", "released",
    "mark_details", "time_taken_seconds", "tries", "hint_used", "scaffold_used", "first_answered_at",
    "last_answered_at", "created_at", "updated_at", "late_answer_data", "late_saved_at",
]


def _insert(dialect: str) -> Callable[[Table], postgresql.Insert | sqlite.Insert]:
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


# Short names for the tables the statement reads (the one statement must stay short: see below).
_ATTEMPT = aliased(Attempt, name="a")
_QUESTION = aliased(Question, name="q")
_ASSESSMENT = aliased(Assessment, name="e")
_PUPIL = aliased(User, name="u")
_WINDOW = aliased(AssessmentClass, name="c")
_EXTENSION = aliased(Extension, name="x")


def _time_over(dialect: str) -> ColumnElement[bool]:
    """Whether the attempt's time has ended, as `access.time_ends_at` and `time_is_over` say: its time limit from
    its start (with the pupil's extra time, rounded up to a whole minute as AccessArrangements does), or the
    pupil's closing of its class window (their extension's, else the class's), passed by more than the grace
    period (`cutoff` is now minus it)."""
    cutoff = bindparam("cutoff", type_=UTCDateTime)
    extra = func.coalesce(_PUPIL.access_arrangements["extra_time_percent"].as_integer(), literal_column("0"))
    limit = _ASSESSMENT.time_limit_minutes
    # Whole minutes, rounded up: plain `/` of two integers divides as integers on both databases.
    scaled = (limit * (literal_column("100") + extra) + literal_column("99")).self_group()
    minutes = scaled.op("/", return_type=Integer)(literal_column("100"))
    if dialect == "postgresql":
        limit_over = _ATTEMPT.started_at + minutes * literal_column("interval '1 minute'", Interval) < cutoff
    else:  # SQLite keeps times as text: compared as Julian days
        limit_over = func.julianday(_ATTEMPT.started_at) + cast(minutes, Float) / 1440 < func.julianday(cutoff)
    closes = func.coalesce(_EXTENSION.available_until, _WINDOW.available_until)
    # NULL (no limit, no window) counts as not over, as it does in a CASE.
    return or_(and_(limit > literal_column("0"), limit_over), closes < cutoff)


def _target(pupil: ColumnElement[uuid.UUID], dialect: str) -> Select:
    """The question to save to, found only if the attempt is `pupil`'s and still open and the question is in it;
    with whether the answer fits it (its type, or the easier version's once the pupil switched to it), whether
    the time has ended, and the save stored before this one (if any)."""
    stored = Answer.__table__.alias("s")
    easier = case((stored.c.scaffold_used, _QUESTION.scaffold["type"].as_string()))
    return (
        select(
            _ATTEMPT.id.label("attempt_id"),
            _QUESTION.id.label("question_id"),
            _QUESTION.points.label("points"),  # stored as max_score (a float column: cast on insert)
            func.coalesce(stored.c.scaffold_used, false()).label("scaffold_used"),
            _fits(func.coalesce(easier, _QUESTION.type), dialect).label("fits"),
            _time_over(dialect).label("time_over"),
            stored.c.seq.label("stored_seq"),
            stored.c.page_id.label("stored_page"),
            # Named once each: the statement stays short, and the answer is sent (and converted) once.
            bindparam("now", type_=UTCDateTime).label("now"),
            bindparam("answer_data", type_=JSONType).label("answer"),
        )
        .select_from(_ATTEMPT)
        .join(_QUESTION, _QUESTION.assessment_id == _ATTEMPT.assessment_id)
        .join(_ASSESSMENT, _ASSESSMENT.id == _ATTEMPT.assessment_id)
        .join(_PUPIL, _PUPIL.id == _ATTEMPT.pupil_id)
        .outerjoin(_WINDOW, and_(_WINDOW.assessment_id == _ATTEMPT.assessment_id, _WINDOW.class_id == _ATTEMPT.class_id))
        .outerjoin(_EXTENSION, and_(_EXTENSION.assessment_id == _ATTEMPT.assessment_id,
                                    _EXTENSION.class_id == _ATTEMPT.class_id, _EXTENSION.pupil_id == _ATTEMPT.pupil_id))
        .outerjoin(stored, and_(stored.c.attempt_id == _ATTEMPT.id, stored.c.question_id == _QUESTION.id))
        .where(
            _ATTEMPT.id == bindparam("attempt_id", type_=Uuid),
            _ATTEMPT.pupil_id == pupil,
            _ATTEMPT.status != AttemptStatus.completed,  # open: in progress or paused (plain bind, no IN expansion)
            _QUESTION.id == bindparam("question_id", type_=Uuid),
            _not_kept_by_teacher(stored, _QUESTION.type),
        )
    )


def _not_kept_by_teacher(stored: Table, question_type: ColumnElement[str]) -> ColumnElement[bool]:
    """`access.teacher_keeps` in SQL: no stored answer, or not one whose mark a teacher gave or corrected (a
    teacher's mark is only ever on a submitted answer). Literal values: the statement stays short."""
    drafted = [literal_column(f"'{name}'") for name in sorted(DRAFTED_TYPES)]
    return or_(stored.c.status.is_distinct_from(literal_column(f"'{MarkingStatus.teacher_marked.value}'")),
               question_type.in_(drafted))


def _fits(answer_type: ColumnElement[str], dialect: str) -> ColumnElement[bool]:
    """The answer fits a question of `answer_type`: it is one of the types worked out before the statement."""
    if dialect == "postgresql":  # one array value: the statement is compiled once, whatever the list's length
        return answer_type == any_(bindparam("types", type_=postgresql.ARRAY(String)))
    return answer_type.in_(bindparam("types", expanding=True))


def _autosave_source(target: Subquery | CTE) -> Select:
    """The row to upsert: this save, if its answer fits the target question. Once the time has ended, the answer
    goes in as the late draft and the answer that will be marked is left as it was."""
    now, answer, over = target.c.now, target.c.answer, target.c.time_over
    on_time_now = case((over, null()), else_=now)
    return select(
        bindparam("new_id", type_=Uuid),
        target.c.attempt_id,
        target.c.question_id,
        case((over, literal_column("'null'", JSONType)), else_=answer),  # no answer yet is JSON null, as everywhere
        bindparam("seq", type_=Integer),
        bindparam("page", type_=String),
        literal_column(f"'{MarkingStatus.saved.value}'"),
        target.c.points,
        false(),
        literal({}, JSONType),
        bindparam("elapsed", type_=Integer),
        literal_column("0", Integer),
        false(),
        target.c.scaffold_used,  # the kind of answer it was checked against: the update needs the row to agree
        on_time_now,
        on_time_now,
        now,
        now,
        case((over, answer), else_=null()),
        case((over, now), else_=null()),
    ).where(target.c.fits)


def _upsert(dialect: str, source: Select) -> ReturningInsert:
    """INSERT … SELECT `source` … ON CONFLICT DO UPDATE unless a newer save of the same page is stored, RETURNING
    the seq and page now stored and when a late draft was last kept (this save's `now` if it was one)."""
    # On the table, not the ORM class: executed with parameters, an ORM insert would become a bulk insert.
    answers = Answer.__table__
    insert = _insert(dialect)(answers).from_select(_AUTOSAVE_COLUMNS, source)
    new = insert.excluded
    late = new.late_saved_at.is_not(None)
    return insert.on_conflict_do_update(
        index_elements=[answers.c.attempt_id, answers.c.question_id],
        set_={
            "answer_data": case((late, answers.c.answer_data), else_=new.answer_data),
            "late_answer_data": case((late, new.late_answer_data), else_=answers.c.late_answer_data),
            "late_saved_at": func.coalesce(new.late_saved_at, answers.c.late_saved_at),
            "seq": new.seq,
            "page_id": new.page_id,
            "last_answered_at": func.coalesce(new.last_answered_at, answers.c.last_answered_at),
            "updated_at": new.updated_at,
            "first_answered_at": func.coalesce(answers.c.first_answered_at, new.first_answered_at),
            "time_taken_seconds": case(
                (new.time_taken_seconds > answers.c.time_taken_seconds, new.time_taken_seconds),
                else_=answers.c.time_taken_seconds,
            ),
        },
        where=and_(
            # Between pages the save received last wins; within one page only a newer one (a higher seq).
            or_(answers.c.page_id.is_distinct_from(new.page_id), answers.c.seq < new.seq),
            # Still the kind of answer it was checked against (the pupil may have switched to the easier version).
            answers.c.scaffold_used == new.scaffold_used,
        ),
    ).returning(answers.c.seq, answers.c.page_id, answers.c.late_saved_at)


# Each statement is built once with bind parameters. Building one per request (column proxies for `excluded`,
# a fresh cache key) cost more CPU than everything else on this path together.

@lru_cache(maxsize=4)
def _autosave_statement(dialect: str) -> ReturningInsert:
    """The autosave for a pupil already signed in (their id a bind parameter)."""
    target = _target(bindparam("pupil_id", type_=Uuid), dialect).subquery("t")
    return _upsert(dialect, _autosave_source(target))


@lru_cache(maxsize=4)
def _signed_in_autosave_statement(dialect: Dialect) -> DirectStatement:
    """Sign-in check and autosave in one statement (PostgreSQL): who is signed in by the session cookie, then the
    upsert for them. Gives a `_SignedInRow`: no row when the sign-in check fails; the save stored, or else (read
    from the statement's snapshot, before the upsert) whether the answer fits, whether the time has ended and the
    save already stored, so that a late or repeated save of the same page is answered without another trip."""
    who = sign_in.signed_in_pupil().cte("who")
    # Short names: psycopg converts a statement of up to 4,096 characters once and caches it; a longer one would be
    # converted on every save (test_autosave.py keeps it short).
    target = _target(who.c.pupil_id, "postgresql").cte("t")
    saved = _upsert("postgresql", _autosave_source(target)).cte("w")
    return DirectStatement(
        select(who.c.pupil_id, saved.c.seq, saved.c.page_id, saved.c.late_saved_at, target.c.fits,
               target.c.time_over, target.c.stored_seq, target.c.stored_page)
        .select_from(who.outerjoin(target, true()).outerjoin(saved, true())),
        dialect,
    )


class _SignedInRow(NamedTuple):
    """The one statement's answer (see `_signed_in_autosave_statement`)."""

    pupil_id: uuid.UUID
    seq: int | None  # the save stored by this statement: its seq and page, and when a late draft was last kept
    page: str | None
    late_saved_at: datetime | None
    fits: bool | None  # None: not a question of the pupil's open attempt
    time_over: bool | None
    stored_seq: int | None  # the save stored before
    stored_page: str | None


# --- The two paths -----------------------------------------------------------------------------------------

async def save_signed_in(
    direct: DirectRunner, *, token: str, csrf_token: str, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: AnswerData | None, seq: int, elapsed_seconds: int | None, page: str | None = None,
) -> SignedInSave | None:
    """The autosave with the sign-in check folded into its one statement, run directly (PostgreSQL): a single
    round trip for the busiest request. None when it did not save and cannot say why: the caller then takes the
    usual path (the full sign-in check, then `save_for_pupil`), which says exactly what is wrong."""
    wanted = answer_save(attempt_id=attempt_id, question_id=question_id, answer_data=answer_data, seq=seq,
                         page=page, elapsed_seconds=elapsed_seconds)
    return await _signed_in(direct, token, csrf_token, wanted)


async def _signed_in(direct: DirectRunner, token: str, csrf_token: str, wanted: AnswerSave) -> SignedInSave | None:
    now = utcnow()
    found = await direct.first(_signed_in_autosave_statement(direct.dialect), {
        "token_hash": hash_token(token), "csrf_hash": hash_token(csrf_token), **wanted.values(now),
    })
    if found is None:  # not signed in as a pupil
        return None
    row = _SignedInRow._make(found)
    if row.seq is not None:
        return SignedInSave(row.pupil_id, _reply(True, row.seq, row.page, row.late_saved_at == now))
    # Not stored. A late or repeated save of the same page is answered here; anything else (not theirs, an answer
    # that does not fit, another save that won meanwhile) takes the usual path, which looks again.
    if row.fits and row.stored_seq is not None and row.stored_page == wanted.page and row.stored_seq >= wanted.seq:
        return SignedInSave(row.pupil_id, _reply(row.stored_seq == wanted.seq, row.stored_seq, row.stored_page,
                                                 bool(row.time_over)))
    return None


async def save_for_pupil(session: AsyncSession, *, pupil_id: uuid.UUID, wanted: AnswerSave) -> AutosaveOut:
    """Save a signed-in pupil's answer as it is now (see the module docstring): one statement on the connection."""
    if wanted.fits:
        connection = await session.connection()  # Core, not the ORM session: nothing here needs an object
        now = utcnow()
        row = (await connection.execute(_autosave_statement(connection.dialect.name),
                                        {**wanted.values(now), "pupil_id": pupil_id})).first()
        if row is not None:
            return _reply(True, row.seq, row.page_id, row.late_saved_at == now)
    return await _why_not_saved(session, pupil_id=pupil_id, wanted=wanted)


async def _why_not_saved(session: AsyncSession, *, pupil_id: uuid.UUID, wanted: AnswerSave) -> AutosaveOut:
    """Nothing was written. Either a newer save of the same page is stored (said so: this one was not), or say
    what is wrong: not their attempt, finished, not its question, or an answer that does not fit it."""
    attempt = await own_attempt(session, pupil_id, wanted.attempt_id, need_open=True)
    question = await session.get(Question, wanted.question_id)
    if question is None or question.assessment_id != attempt.assessment_id:
        raise NotFound("That question is not part of this assessment.")
    stored = (await session.execute(
        select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question.id)
    )).scalar_one_or_none()
    answer_type = _answer_type(question, stored)
    if answer_type not in wanted.fits:
        raise _refusal(answer_type, wanted)
    if stored is not None and teacher_keeps(stored, question.type):
        raise Conflict(KEPT_BY_TEACHER, error="KeptByTeacher")
    assessment = await session.get(Assessment, attempt.assessment_id)
    ended = time_is_over(await time_ends_at(session, attempt, assessment))
    if stored is None:  # another request is making the row just now: this save was not stored, and is sent again
        return _reply(False, 0, None, ended)
    # A newer save of the same page is stored (or this very one); or another save won just now and this one is sent
    # again. Either way the reply says truthfully whether this save is the one stored.
    mine = stored.page_id == wanted.page and stored.seq == wanted.seq
    return _reply(mine, stored.seq, stored.page_id, ended)


def _answer_type(question: Question, stored: Answer | None) -> str:
    """The type an answer to this question must fit: the easier version's once the pupil switched to it."""
    if stored is not None and stored.scaffold_used and question.scaffold:
        return question.scaffold.get("type") or question.type
    return question.type


def _refusal(answer_type: str, wanted: AnswerSave) -> AppError:
    """Why an answer cannot be saved to a question of `answer_type`, in words for the pupil."""
    if engine.answer_problem(answer_type, wanted.answer_data, wanted.size) == engine.TOO_LONG:
        return TooLarge(TOO_LONG, error="AnswerTooLong")
    return Invalid(DOES_NOT_FIT, error="AnswerDoesNotFit")


def _reply(saved: bool, seq: int, page: str | None, time_ended: bool) -> AutosaveOut:
    return AutosaveOut(saved=saved, seq=seq, page=page, time_ended=time_ended,
                       message=TIME_ENDED if time_ended else None)


# --- What is stored ----------------------------------------------------------------------------------------

async def stored_answers(session: AsyncSession, *, pupil_id: uuid.UUID, attempt_id: uuid.UUID) -> StoredAnswers:
    """The answers stored for the pupil's open attempt, each with the page that saved it, and whether the time has
    ended: a page compares them with its own to show an answer changed on another screen as it is now."""
    attempt = await own_attempt(session, pupil_id, attempt_id, need_open=True)
    rows = await session.execute(
        select(Answer.question_id, Answer.answer_data, Answer.seq, Answer.page_id, Answer.scaffold_used)
        .where(Answer.attempt_id == attempt.id).order_by(Answer.created_at, Answer.question_id)
    )
    assessment = await session.get(Assessment, attempt.assessment_id)
    ended = time_is_over(await time_ends_at(session, attempt, assessment))
    return StoredAnswers(
        answers=[StoredAnswer(question_id=r.question_id, answer_data=r.answer_data, seq=r.seq, page=r.page_id,
                              scaffold_used=r.scaffold_used) for r in rows],
        time_ended=ended,
        message=TIME_ENDED if ended else None,
    )
