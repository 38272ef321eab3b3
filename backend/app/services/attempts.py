"""A pupil taking an assessment: start or resume, autosave, submit, hints and easier versions, run code, finish.

Work is never lost: every interaction is autosaved with the client's per-question counter (`seq`), so a save
that arrives late can never overwrite a newer one, and the same save sent twice changes nothing. The autosave is
one statement (an INSERT … SELECT … ON CONFLICT DO UPDATE … WHERE seq is newer) that also proves the attempt is
the pupil's and still open; on PostgreSQL the sign-in check is folded into it too (`autosave_signed_in`). Only
when it changes nothing do we look closer to say why."""

from __future__ import annotations

import random
import secrets
import uuid
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import Float, Integer, Uuid, bindparam, case, cast, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app import sandbox
from app.config import get_settings
from app.db_direct import DirectRunner, DirectStatement
from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    MarkingStatus,
    Question,
    SchoolClass,
    User,
    utcnow,
)
from app.models.base import JSONType, UTCDateTime
from app.services.accounts import sign_in
from app.services.authoring.assessments import is_open
from app.services.authoring.questions import option_rng, pupil_question
from app.services.core import rate_limit
from app.services.marking import ai_suggestions, scoring
from app.utils.security import hash_token

OPEN_STATUSES = (AttemptStatus.in_progress, AttemptStatus.abandoned)
NOT_ANSWERED = "This question was not answered."


# --- Which assessments a pupil may take --------------------------------------------------------------------

async def links_for_pupil(session: AsyncSession, pupil: User, assessment_id: uuid.UUID | None = None):
    """(link, assessment, class name) for every class of the pupil's that an assessment is published to."""
    stmt = (
        select(AssessmentClass, Assessment, SchoolClass.name)
        .join(Assessment, Assessment.id == AssessmentClass.assessment_id)
        .join(SchoolClass, SchoolClass.id == AssessmentClass.class_id)
        .join(ClassPupil, ClassPupil.class_id == AssessmentClass.class_id)
        .where(
            ClassPupil.pupil_id == pupil.id,
            Assessment.deleted_at.is_(None),
            Assessment.status.in_([AssessmentStatus.published, AssessmentStatus.archived]),
        )
    )
    if assessment_id is not None:
        stmt = stmt.where(Assessment.id == assessment_id)
    return (await session.execute(stmt)).all()


def best_link(links: list):
    """An open window if there is one, else the one that closes last (for the message)."""
    now = utcnow()
    open_links = [row for row in links if is_open(row[0], now)]
    if open_links:
        return open_links[0]
    far = now + timedelta(days=36500)
    return max(links, key=lambda row: row[0].available_until or far)


def _when(moment) -> str:
    return moment.strftime("%A %-d %B at %H:%M")


async def _open_assessment_for(session: AsyncSession, pupil: User, assessment_id: uuid.UUID):
    links = await links_for_pupil(session, pupil, assessment_id)
    if not links:
        raise NotFound("This assessment is not set for any of your classes.")
    link, assessment, class_name = best_link(links)
    now = utcnow()
    if assessment.status == AssessmentStatus.archived:
        raise Forbidden("This assessment has finished. Your teacher has closed it.")
    if link.available_from and now < link.available_from:
        raise Forbidden(f"This assessment opens on {_when(link.available_from)}.")
    if link.available_until and now >= link.available_until:
        raise Forbidden(f"This assessment closed on {_when(link.available_until)}. Ask your teacher if you need "
                        "more time.")
    return link, assessment, class_name


def allowed_tries(assessment: Assessment) -> int | None:
    """How many times a question may be submitted; None = no limit (or no feedback, so changes are free)."""
    if not (assessment.show_immediate_feedback and get_settings().enable_immediate_feedback):
        return None
    if not assessment.allow_question_retry:
        return 1
    if assessment.max_question_retries == 0:
        return None
    return 1 + assessment.max_question_retries


def feedback_on(assessment: Assessment) -> bool:
    return assessment.show_immediate_feedback and get_settings().enable_immediate_feedback


def is_locked(answer: Answer, assessment: Assessment) -> bool:
    if answer.submitted_at is None or not feedback_on(assessment):
        return False
    if answer.is_correct:
        return True
    limit = allowed_tries(assessment)
    return limit is not None and answer.tries >= limit


# --- Start / resume ----------------------------------------------------------------------------------------

async def start(session: AsyncSession, *, pupil: User, assessment_id: uuid.UUID) -> dict:
    """Resume the pupil's open attempt, or start a new one if attempts remain and the window is open."""
    link, assessment, _class_name = await _open_assessment_for(session, pupil, assessment_id)
    attempts = (
        await session.execute(
            select(Attempt).where(Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id)
            .order_by(Attempt.attempt_number)
        )
    ).scalars().all()
    current = next((a for a in attempts if a.status in OPEN_STATUSES), None)
    resumed = current is not None
    if current is None:
        if len(attempts) >= assessment.max_attempts:
            used = len(attempts)
            raise Conflict(
                f"You have already finished this assessment ({used} of {assessment.max_attempts} "
                f"attempt{'s' if assessment.max_attempts != 1 else ''} used). You can look at your results instead."
            )
        await rate_limit.hit(
            session, "attempt_start", str(pupil.id), limit=get_settings().rate_limit_attempts,
            window=timedelta(hours=1),
            message="You have started a lot of assessments in the last hour. Take a break and try again later.",
        )
        question_ids = (
            await session.execute(
                select(Question.id).where(Question.assessment_id == assessment.id).order_by(Question.position)
            )
        ).scalars().all()
        if not question_ids:
            raise Conflict("This assessment has no questions yet. Tell your teacher.")
        order = [str(qid) for qid in question_ids]
        if assessment.randomise_questions:
            random.Random(secrets.randbits(64)).shuffle(order)
        current = Attempt(
            pupil_id=pupil.id,
            assessment_id=assessment.id,
            class_id=link.class_id,
            attempt_number=(attempts[-1].attempt_number + 1) if attempts else 1,
            status=AttemptStatus.in_progress,
            started_at=utcnow(),
            last_activity_at=utcnow(),
            question_order=order,
            option_seed=(secrets.randbelow(2**31 - 2) + 1) if assessment.randomise_options else 0,
            current_index=0,
        )
        session.add(current)
        await session.flush()
    else:
        current.status = AttemptStatus.in_progress
        current.last_activity_at = utcnow()
    return await attempt_view(session, current, assessment, resumed=resumed)


async def attempt_view(session: AsyncSession, attempt: Attempt, assessment: Assessment, *, resumed: bool) -> dict:
    """The questions in this attempt's fixed order, pupil-safe, with everything already saved."""
    ids = [uuid.UUID(q) for q in attempt.question_order]
    questions = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {
        a.question_id: a
        for a in (await session.execute(select(Answer).where(Answer.attempt_id == attempt.id))).scalars()
    }
    seed = attempt.option_seed or None
    show_feedback = feedback_on(assessment)
    items = []
    for qid in ids:
        question = questions.get(qid)
        if question is None:  # deleted after the attempt began (only possible for unanswered questions)
            continue
        answer = answers.get(qid)
        data = pupil_question(question, number=len(items) + 1, rng=option_rng(seed, qid), include_hint=False)
        item = {
            **data,
            "hint_available": bool(question.hint) and assessment.allow_hints,
            "scaffold_available": bool(question.scaffold) and assessment.allow_hints,
            "hint": question.hint if answer is not None and answer.hint_used else None,
            "scaffold": data["scaffold"] if answer is not None and answer.scaffold_used else None,
            "saved": _saved(answer, assessment, show_feedback) if answer is not None else None,
        }
        items.append(item)
    ends_at = None
    if assessment.time_limit_minutes:
        ends_at = attempt.started_at + timedelta(minutes=assessment.time_limit_minutes)
    return {
        "attempt_id": attempt.id,
        "assessment_id": assessment.id,
        "title": assessment.title,
        "attempt_number": attempt.attempt_number,
        "started_at": attempt.started_at,
        "ends_at": ends_at,
        "current_index": min(attempt.current_index, max(len(items) - 1, 0)),
        "question_count": len(items),
        "settings": {
            "allow_hints": assessment.allow_hints,
            "show_immediate_feedback": show_feedback,
            "allow_question_retry": assessment.allow_question_retry,
            "max_question_retries": assessment.max_question_retries,
            "show_time_remaining": assessment.show_time_remaining,
            "time_limit_minutes": assessment.time_limit_minutes,
            "allow_review": assessment.allow_review,
        },
        "questions": items,
        "resumed": resumed,
    }


def _saved(answer: Answer, assessment: Assessment, show_feedback: bool) -> dict:
    submitted = answer.submitted_at is not None
    visible = show_feedback and submitted and answer.released
    return {
        "answer_data": answer.answer_data,
        "seq": answer.seq,
        "status": answer.status.value,
        "tries": answer.tries,
        "hint_used": answer.hint_used,
        "scaffold_used": answer.scaffold_used,
        "submitted": submitted,
        "locked": is_locked(answer, assessment),
        "feedback": answer.feedback if (show_feedback and submitted) else None,
        "score": answer.score if visible else None,
        "is_correct": answer.is_correct if visible else None,
        "is_partial": (answer.score is not None and 0 < answer.score < answer.max_score) if visible else None,
        "details": answer.mark_details if visible else {},
    }


# --- Autosave (the hot path) -------------------------------------------------------------------------------

_AUTOSAVE_COLUMNS = [
    "id", "attempt_id", "question_id", "answer_data", "seq", "status", "max_score", "released",
    "mark_details", "time_taken_seconds", "tries", "hint_used", "scaffold_used", "first_answered_at",
    "last_answered_at", "created_at", "updated_at",
]


def _insert(dialect: str):
    return postgresql.insert if dialect == "postgresql" else sqlite.insert


def _autosave_source(pupil):
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


def _upsert(dialect: str, source):
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


# Each statement is built once with bind parameters. Building one per request (column proxies for `excluded`,
# a fresh cache key) cost more CPU than everything else on this path together.

@lru_cache(maxsize=4)
def _autosave_statement(dialect: str):
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


async def autosave(
    session: AsyncSession, *, pupil_id: uuid.UUID, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: dict | None, seq: int, elapsed_seconds: int | None,
) -> dict:
    """Save a signed-in pupil's answer as it is now (see the module docstring): one statement on the connection."""
    connection = await session.connection()  # Core, not the ORM session: nothing here needs an object
    stored = (
        await connection.execute(_autosave_statement(connection.dialect.name), {
            "new_id": uuid.uuid4(), "answer_data": answer_data, "seq": seq, "elapsed": min(elapsed_seconds or 0, 86_400),
            "now": utcnow(), "attempt_id": attempt_id, "pupil_id": pupil_id, "question_id": question_id,
        })
    ).scalar_one_or_none()
    if stored is not None:
        return {"saved": True, "seq": stored}
    return await _why_not_saved(session, pupil_id=pupil_id, attempt_id=attempt_id, question_id=question_id)


async def autosave_signed_in(
    direct: DirectRunner, *, token: str, csrf_token: str, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: dict | None, seq: int, elapsed_seconds: int | None,
) -> tuple[uuid.UUID, dict] | None:
    """The autosave with the sign-in check folded into its one statement, run directly (PostgreSQL): a single
    round trip for the busiest request. Returns (pupil id, answer), or None when it did not save: the caller then
    takes the usual path (`get_pupil_id`, then `autosave`), which says exactly what is wrong."""
    row = await direct.first(_signed_in_autosave_statement(direct.dialect), {
        "token_hash": hash_token(token), "csrf_hash": hash_token(csrf_token),
        "new_id": uuid.uuid4(), "answer_data": answer_data, "seq": seq, "elapsed": min(elapsed_seconds or 0, 86_400),
        "now": utcnow(), "attempt_id": attempt_id, "question_id": question_id,
    })
    if row is None or row[1] is None:
        return None
    return row[0], {"saved": True, "seq": row[1]}


def _stored_seq(pupil):
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


# The usual reason nothing was written: this save arrived after a newer one (a slow network). One query says so.
_NEWER_SAVE = _stored_seq(bindparam("pupil_id", type_=Uuid))


async def _why_not_saved(session: AsyncSession, *, pupil_id: uuid.UUID, attempt_id: uuid.UUID,
                         question_id: uuid.UUID) -> dict:
    """Nothing was written. Either we already have a newer save (fine), or say what is wrong."""
    connection = await session.connection()
    newer = (await connection.execute(_NEWER_SAVE, {
        "attempt_id": attempt_id, "question_id": question_id, "pupil_id": pupil_id,
    })).scalar_one_or_none()
    if newer is not None:
        return {"saved": True, "seq": newer}  # the server already has this save or a newer one
    attempt = await _own_attempt(session, pupil_id, attempt_id, need_open=True)
    answer = (
        await session.execute(select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question_id))
    ).scalar_one_or_none()
    if answer is None:
        raise NotFound("That question is not part of this assessment.")
    return {"saved": True, "seq": answer.seq}  # the server already has this save or a newer one


async def _own_attempt(session: AsyncSession, pupil_id: uuid.UUID, attempt_id: uuid.UUID, *,
                       need_open: bool) -> Attempt:
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("That attempt does not exist.")
    if attempt.pupil_id != pupil_id:
        raise Forbidden("This attempt belongs to someone else.")
    if need_open and attempt.status not in OPEN_STATUSES:
        raise Conflict("This assessment is already finished, so answers can no longer change.")
    return attempt


async def _attempt_question(session: AsyncSession, attempt: Attempt, question_id: uuid.UUID) -> Question:
    if str(question_id) not in attempt.question_order:
        raise NotFound("That question is not part of this assessment.")
    question = await session.get(Question, question_id)
    if question is None:
        raise NotFound("That question has been removed by your teacher.")
    return question


async def _answer_row(session: AsyncSession, attempt: Attempt, question: Question) -> Answer:
    answer = (
        await session.execute(select(Answer).where(Answer.attempt_id == attempt.id, Answer.question_id == question.id))
    ).scalar_one_or_none()
    if answer is None:
        now = utcnow()
        answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data=None, seq=0,
                        status=MarkingStatus.saved, max_score=float(question.points), released=False,
                        mark_details={}, time_taken_seconds=0, tries=0, hint_used=False, scaffold_used=False,
                        first_answered_at=None, last_answered_at=now)
        session.add(answer)
        await session.flush()
    return answer


# --- Submit, hints, easier versions, running code ----------------------------------------------------------

async def submit(
    session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
    answer_data: dict | None, seq: int | None, elapsed_seconds: int | None,
) -> dict:
    """Mark one answer now. Every try goes to the answer history; retries follow the assessment's settings."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await _attempt_question(session, attempt, question_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    answer = await _answer_row(session, attempt, question)
    show = feedback_on(assessment)
    limit = allowed_tries(assessment)
    if show and answer.is_correct and answer.submitted_at is not None:
        raise Conflict("You have already answered this question correctly. Go on to the next question.")
    if limit is not None and answer.tries >= limit:
        raise Conflict("You have used all your tries for this question. Go on to the next question.")
    if question.type == "extended_text" and answer.submitted_at is not None and not answer.released:
        raise Conflict("Your teacher has not looked at your last draft yet. You can improve it when you have "
                       "your feedback.")
    now = utcnow()
    answer.answer_data = answer_data
    if seq is not None and seq > answer.seq:
        answer.seq = seq
    if elapsed_seconds:
        answer.time_taken_seconds = max(answer.time_taken_seconds, min(elapsed_seconds, 86_400))
    answer.first_answered_at = answer.first_answered_at or now
    answer.last_answered_at = now
    answer.submitted_at = now
    result = await scoring.mark(question, answer_data, answer=answer)
    answer.tries += 1
    scoring.apply(answer, question, result)
    session.add(AnswerHistory(
        answer_id=answer.id, try_number=answer.tries, answer_data=answer_data, score=answer.score,
        is_correct=answer.is_correct, status=answer.status, feedback=answer.feedback,
        mark_details=answer.mark_details, hint_used=answer.hint_used, released=answer.released,
    ))
    attempt.last_activity_at = now
    await session.flush()
    await ai_suggestions.after_marking(session, answer=answer, question=question)
    await scoring.recompute_attempt(session, attempt)
    tries_left = None if limit is None else max(0, limit - answer.tries)
    locked = is_locked(answer, assessment)
    if not show:
        return {"saved": True, "feedback_shown": False, "message": "Your answer is saved.", "tries": answer.tries,
                "tries_left": None, "can_retry": False, "locked": False}
    if result.awaiting_marking:
        return {"saved": True, "feedback_shown": True, "message": scoring.AWAITING_MESSAGE,
                "awaiting_marking": True, "feedback": answer.feedback, "tries": answer.tries,
                "tries_left": tries_left, "can_retry": False, "locked": locked,
                "max_score": answer.max_score}
    can_retry = not answer.is_correct and not locked
    message = "Your answer is saved."
    if can_retry:
        message = "You can try again." if tries_left is None else (
            f"You can try again. You have {tries_left} more {'try' if tries_left == 1 else 'tries'}."
        )
    return {
        "saved": True,
        "feedback_shown": True,
        "message": message,
        "score": answer.score,
        "max_score": answer.max_score,
        "is_correct": answer.is_correct,
        "is_partial": bool(answer.score and not answer.is_correct),
        "awaiting_marking": False,
        "feedback": answer.feedback,
        "details": answer.mark_details,
        "tries": answer.tries,
        "tries_left": tries_left,
        "can_retry": can_retry,
        "locked": locked,
    }


async def use_hint(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> dict:
    """Show the hint and record that it was used (it never changes the score)."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await _attempt_question(session, attempt, question_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    if not assessment.allow_hints:
        raise Forbidden("Hints are switched off for this assessment.")
    if not question.hint:
        raise NotFound("This question does not have a hint.")
    answer = await _answer_row(session, attempt, question)
    answer.hint_used = True
    return {"hint": question.hint}


async def use_scaffold(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID) -> dict:
    """Switch this question to its easier version (recorded; the pupil answers the easier version)."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await _attempt_question(session, attempt, question_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    if not assessment.allow_hints:
        raise Forbidden("Easier versions are switched off for this assessment.")
    if not question.scaffold:
        raise NotFound("This question does not have an easier version.")
    answer = await _answer_row(session, attempt, question)
    if answer.submitted_at is not None and not answer.scaffold_used:
        raise Conflict("You have already submitted an answer to this question, so it cannot change to the easier "
                       "version now.")
    if not answer.scaffold_used:
        answer.scaffold_used = True
        answer.answer_data = None  # the easier version has its own kind of answer
    scaffold = question.scaffold
    return {
        "type": scaffold["type"],
        "question_text": scaffold["question_text"],
        "view": engine.pupil_view(scaffold["config"], option_rng(attempt.option_seed or None, question.id)),
    }


async def run_code(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, question_id: uuid.UUID,
                   code: str) -> dict:
    """Run the pupil's code against the visible tests only (hidden tests run when it is marked)."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    question = await _attempt_question(session, attempt, question_id)
    answer = await _answer_row(session, attempt, question)
    config = scoring.config_for(question, answer)
    if config.get("type") not in ("python_code", "code_debug"):
        raise Invalid("Only code questions can be run.")
    await rate_limit.hit(
        session, "code_run", str(pupil.id), limit=get_settings().rate_limit_code_runs, window=timedelta(minutes=1),
        message="You have run your code a lot in the last minute. Wait a moment, read your code, then try again.",
    )
    return await engine.run_code(config, {"code": code}, sandbox=sandbox)


async def set_position(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID, index: int) -> None:
    """Remember which question the pupil is on, so they come back to exactly that screen."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    attempt.current_index = min(index, max(len(attempt.question_order) - 1, 0))
    attempt.last_activity_at = utcnow()


async def take_a_break(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> None:
    """Everything is already saved; mark the attempt as paused so the dashboard offers to resume it."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=True)
    attempt.status = AttemptStatus.abandoned
    attempt.last_activity_at = utcnow()


# --- Finish ------------------------------------------------------------------------------------------------

async def complete(session: AsyncSession, *, pupil: User, attempt_id: uuid.UUID) -> Attempt:
    """Finish the attempt: mark everything not yet marked (nothing typed is ignored), then total it up."""
    attempt = await _own_attempt(session, pupil.id, attempt_id, need_open=False)
    if attempt.status == AttemptStatus.completed:
        return attempt
    assessment = await session.get(Assessment, attempt.assessment_id)
    ids = [uuid.UUID(q) for q in attempt.question_order]
    questions = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {
        a.question_id: a
        for a in (await session.execute(select(Answer).where(Answer.attempt_id == attempt.id))).scalars()
    }
    last_tries = {
        answer_id: data
        for answer_id, data in (
            await session.execute(
                select(AnswerHistory.answer_id, AnswerHistory.answer_data)
                .join(Answer, Answer.id == AnswerHistory.answer_id)
                .where(Answer.attempt_id == attempt.id)
                .order_by(AnswerHistory.try_number)
            )
        ).all()
    }
    now = utcnow()
    limit = allowed_tries(assessment)
    for qid in ids:
        question = questions.get(qid)
        if question is None:
            continue
        answer = answers.get(qid)
        if answer is None:
            answer = await _answer_row(session, attempt, question)
        unsubmitted = answer.submitted_at is None
        changed_since = (not unsubmitted and answer.answer_data != last_tries.get(answer.id)
                         and not answer.is_correct and (limit is None or answer.tries < limit)
                         and (question.type != "extended_text" or answer.released))
        if not (unsubmitted or changed_since):
            continue
        if unsubmitted and _is_empty(answer.answer_data):
            answer.status = MarkingStatus.marked
            answer.score, answer.is_correct, answer.max_score = 0.0, False, float(question.points)
            answer.released, answer.released_at, answer.marked_at = True, now, now
            answer.feedback = NOT_ANSWERED
            continue
        result = await scoring.mark(question, answer.answer_data, answer=answer)
        answer.tries += 1
        answer.submitted_at = now
        scoring.apply(answer, question, result)
        session.add(AnswerHistory(
            answer_id=answer.id, try_number=answer.tries, answer_data=answer.answer_data, score=answer.score,
            is_correct=answer.is_correct, status=answer.status, feedback=answer.feedback,
            mark_details=answer.mark_details, hint_used=answer.hint_used, released=answer.released,
        ))
        await ai_suggestions.after_marking(session, answer=answer, question=question)
    attempt.status = AttemptStatus.completed
    attempt.completed_at = now
    attempt.last_activity_at = now
    attempt.time_taken_seconds = int((now - attempt.started_at).total_seconds())
    await session.flush()
    await scoring.recompute_attempt(session, attempt)
    return attempt


def _is_empty(data: dict | None) -> bool:
    if not data:
        return True
    return all(value in (None, "", [], {}) for value in data.values())
