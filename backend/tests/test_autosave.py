"""The autosave, the busiest request: on PostgreSQL its sign-in check and upsert are one statement run directly on
a pooled connection (app.db_direct). It must refuse exactly what every other pupil route refuses, with the same
answers, and it must survive the database dropping a pooled connection."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

import psycopg
import pytest
from sqlalchemy import Integer, String, bindparam, cast, func, select, text, update
from sqlalchemy.exc import DataError

from app.db import Database
from app.db_direct import DirectConnections, DirectInTransaction, DirectStatement
from app.errors import Invalid, TooLarge
from app.models import Answer, Attempt, AttemptStatus, Role, UserSession, utcnow
from app.schemas.pupil import AutosaveOut
from app.services.attempts import autosave
from app.services.attempts.autosave import SignedInSave
from tests import dbs
from tests.factories import make_assessment, make_class, make_user


async def _class_with_two_pupils(session):
    teacher = await make_user(session, Role.teacher, username="teach")
    pip = await make_user(session, Role.pupil, username="pip")
    kit = await make_user(session, Role.pupil, username="kit")
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=[pip, kit])
    assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice", "text_input"],
                                       publish_to=[school_class])
    return pip, assessment


def _reply(saved: bool, seq: int) -> dict:
    """The reply to a save from a page that sends no page id, before the time ends."""
    return {"saved": saved, "seq": seq, "page": None, "time_ended": False, "message": None}


async def _started(client, assessment_id) -> tuple[str, list[str]]:
    view = (await client.post(f"/api/pupil/assessments/{assessment_id}/start")).json()
    return view["attempt_id"], [q["id"] for q in view["questions"]]


async def test_autosave_refuses_what_every_pupil_route_refuses_with_the_same_answers(client, session, make_client):
    pip, assessment = await _class_with_two_pupils(session)
    await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    url = f"/api/pupil/attempts/{attempt_id}/answers/{questions[0]}"
    body = {"answer_data": {"selected_option": None}, "seq": 3}

    assert (await client.put(url, json=body)).json() == _reply(True, 3)
    assert (await client.put(url, json=body)).json() == _reply(True, 3)  # the same save again
    late = await client.put(url, json={**body, "seq": 2})
    assert late.json() == _reply(False, 3)  # a late, older save: the newer one is kept, and this one was not

    kit = await make_client()
    await kit.login("kit")
    theirs = await kit.put(url, json=body)
    assert theirs.status_code == 403
    assert "someone else" in theirs.json()["detail"]
    elsewhere = await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{uuid.uuid4()}", json={**body, "seq": 9})
    assert elsewhere.status_code == 404
    assert "not part of this assessment" in elsewhere.json()["detail"]

    invalid = await client.put(url, json={"answer_data": {}, "seq": -1})
    assert invalid.status_code == 422
    assert invalid.json()["fields"][0]["field"] == "seq"
    not_json = await client.put(url, content=b"{not json", headers={"Content-Type": "application/json"})
    assert not_json.status_code == 422
    assert "not valid JSON" in not_json.json()["detail"]
    teacher = await make_client()
    await teacher.login("teach")
    assert (await teacher.put(url, json={"seq": "x"})).status_code == 403  # who is asking comes before the body
    assert (await (await make_client()).put(url, json={"seq": "x"})).status_code == 401

    await session.execute(update(UserSession).where(UserSession.user_id == pip.id)
                           .values(expires_at=utcnow() - timedelta(minutes=1)))
    await session.flush()
    expired = await client.put(url, json={**body, "seq": 4})
    assert expired.status_code == 401
    assert "sign in" in expired.json()["detail"].lower()
    await client.login("pip")
    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(attempt_id))
                          .values(status=AttemptStatus.completed))
    await session.flush()
    finished = await client.put(url, json={**body, "seq": 5})
    assert finished.status_code == 409
    assert "already finished" in finished.json()["detail"]

    answer = (await session.execute(select(Answer).where(Answer.attempt_id == uuid.UUID(attempt_id)))).scalar_one()
    await session.refresh(answer)
    assert answer.seq == 3  # nothing refused was written


async def test_the_access_log_names_the_pupil_who_saved(client, session, caplog):
    """The one-statement sign-in still tells the access log who it was, as every other route's does."""
    pip, assessment = await _class_with_two_pupils(session)
    await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    url = f"/api/pupil/attempts/{attempt_id}/answers/{questions[1]}"
    with caplog.at_level(logging.INFO, logger="app.access"):
        assert (await client.put(url, json={"answer_data": {"text": "x"}, "seq": 1})).status_code == 200
    lines = [r for r in caplog.records if r.name == "app.access" and getattr(r, "path", "") == url]
    assert [(r.status, r.user_id) for r in lines] == [(200, str(pip.id))]


async def test_a_switched_off_account_cannot_autosave(client, session):
    pip, assessment = await _class_with_two_pupils(session)
    await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    pip.is_active = False
    await session.flush()
    r = await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{questions[1]}",
                         json={"answer_data": {"text": "x"}, "seq": 1})
    assert r.status_code == 401


async def test_the_one_statement_saves_only_for_the_signed_in_pupil(client, session, connection, database_url):
    """The service itself, not the API: on PostgreSQL the one statement does the saving (the usual path is only
    for refusals), and it returns nothing for anything it must not save. SQLite has no such statement."""
    if connection.dialect.name == "sqlite":
        assert Database(database_url).direct is None  # SQLite always takes the usual path
        return
    assert Database(database_url).direct is not None
    pip, assessment = await _class_with_two_pupils(session)
    signed = await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    token = client.cookies.get("ks3_session")
    direct = DirectInTransaction(connection)

    async def save(seq: int, *, csrf: str = signed["csrf_token"], cookie: str = token, question: str = questions[1]):
        return await autosave.save_signed_in(
            direct, token=cookie, csrf_token=csrf, attempt_id=uuid.UUID(attempt_id), question_id=uuid.UUID(question),
            answer_data={"text": f"draft {seq}"}, seq=seq, elapsed_seconds=seq,
        )

    assert await save(2) == SignedInSave(pip.id, AutosaveOut(saved=True, seq=2))
    assert await save(1) == SignedInSave(pip.id, AutosaveOut(saved=False, seq=2))  # late: the newer save stays
    assert await save(3, csrf="not-the-token") is None
    assert await save(3, cookie="not-a-session") is None
    assert await save(3, question=str(uuid.uuid4())) is None
    answer = (await session.execute(select(Answer).where(Answer.attempt_id == uuid.UUID(attempt_id)))).scalar_one()
    await session.refresh(answer)
    assert (answer.seq, answer.answer_data, answer.time_taken_seconds) == (2, {"text": "draft 2"}, 2)
    # Values go through their column types as through the ORM: no answer yet is JSON null, not SQL NULL.
    await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{questions[0]}", json={"answer_data": None, "seq": 1})
    await autosave.save_signed_in(direct, token=token, csrf_token=signed["csrf_token"],
                                  attempt_id=uuid.UUID(attempt_id), question_id=uuid.UUID(questions[1]),
                                  answer_data=None, seq=5, elapsed_seconds=None)
    kinds = (await session.execute(select(func.jsonb_typeof(Answer.answer_data))
                                   .where(Answer.attempt_id == uuid.UUID(attempt_id)))).scalars().all()
    assert kinds == ["null", "null"]


@pytest.fixture
async def direct_pool():
    """The pool on a throwaway PostgreSQL database of its own (it needs no tables)."""
    server = dbs.required_postgres_server("the direct pool's tests")
    url = dbs.create_postgres_database(server, prefix="ks3_direct")
    pool = DirectConnections(url, pool_size=1)
    yield pool
    await pool.dispose()
    dbs.drop_postgres_database(url)


async def test_a_pooled_connection_the_database_dropped_is_replaced_and_the_statement_run_again(direct_pool):
    backend = DirectStatement(select(text("pg_backend_pid()")), direct_pool.dialect)
    first_pid = (await direct_pool.first(backend, {}))[0]
    terminate = DirectStatement(select(func.pg_terminate_backend(bindparam("pid", type_=Integer))), direct_pool.dialect)
    async with await psycopg.AsyncConnection.connect(dbs.libpq_url(direct_pool.engine.url.render_as_string(hide_password=False))) as other:
        await other.execute(terminate.sql, terminate.parameters({"pid": first_pid}))
    echo = DirectStatement(select(bindparam("n", type_=Integer)), direct_pool.dialect)
    assert (await direct_pool.first(echo, {"n": 7})) == (7,)
    assert (await direct_pool.first(backend, {}))[0] != first_pid


async def test_an_error_in_the_statement_is_sqlalchemys_and_not_retried(direct_pool):
    as_number = DirectStatement(select(cast(bindparam("t", type_=String), Integer)), direct_pool.dialect)
    with pytest.raises(DataError):  # the app answers this with its usual 422
        await direct_pool.first(as_number, {"t": "seven"})
    assert (await direct_pool.first(as_number, {"t": "7"})) == (7,)  # the connection is still good
    with pytest.raises(ValueError, match="expected the values"):
        await direct_pool.first(as_number, {"n": "7"})


async def test_the_usual_path_keeps_the_same_rules_as_the_one_statement(client, session):
    """`save_for_pupil` (SQLite, and PostgreSQL's refusals): the answer must fit, a newer save of the same page is
    kept and the reply says this one was not stored, the save received last wins between pages, and after the
    time has ended a save is a late draft."""
    pip, assessment = await _class_with_two_pupils(session)
    await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)

    async def save(answer_data, seq: int, page: str | None = "tab-a") -> AutosaveOut:
        wanted = autosave.answer_save(attempt_id=uuid.UUID(attempt_id), question_id=uuid.UUID(questions[1]),
                                      answer_data=answer_data, seq=seq, page=page)
        return await autosave.save_for_pupil(session, pupil_id=pip.id, wanted=wanted)

    assert await save({"text": "a"}, 5) == AutosaveOut(saved=True, seq=5, page="tab-a")
    assert await save({"text": "older"}, 4) == AutosaveOut(saved=False, seq=5, page="tab-a")
    assert await save({"text": "a"}, 5) == AutosaveOut(saved=True, seq=5, page="tab-a")
    assert await save({"text": "b"}, 1, "tab-b") == AutosaveOut(saved=True, seq=1, page="tab-b")
    with pytest.raises(Invalid, match="does not fit this question"):
        await save({"selected_option": "x"}, 9)
    with pytest.raises(TooLarge, match="too long to save"):
        await save({"text": "x" * 9000}, 9)

    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(attempt_id))
                          .values(started_at=utcnow() - timedelta(hours=2)))
    assessment.time_limit_minutes = 30
    await session.flush()
    late = await save({"text": "late"}, 2, "tab-b")
    assert (late.saved, late.time_ended) == (True, True)
    assert late.message == autosave.TIME_ENDED
    answer = (await session.execute(select(Answer).where(Answer.question_id == uuid.UUID(questions[1])))).scalar_one()
    await session.refresh(answer)
    assert (answer.answer_data, answer.late_answer_data) == ({"text": "b"}, {"text": "late"})
    repeated = await save({"text": "late"}, 2, "tab-b")
    assert (repeated.saved, repeated.time_ended) == (True, True)


async def test_a_first_save_after_the_time_ends_leaves_json_null_as_the_answer(client, session, connection):
    """As everywhere, no answer yet is JSON null (not SQL NULL), also when the first save is a late draft."""
    if connection.dialect.name == "sqlite":
        return  # the JSON kinds are PostgreSQL's (jsonb_typeof)
    pip, assessment = await _class_with_two_pupils(session)
    assessment.time_limit_minutes = 1
    await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(attempt_id))
                          .values(started_at=utcnow() - timedelta(hours=1)))
    await session.flush()
    reply = await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{questions[1]}",
                             json={"answer_data": {"text": "x"}, "seq": 1})
    assert reply.json()["time_ended"] is True
    kinds = (await session.execute(select(func.jsonb_typeof(Answer.answer_data), func.jsonb_typeof(
        Answer.late_answer_data)).where(Answer.attempt_id == uuid.UUID(attempt_id)))).one()
    assert tuple(kinds) == ("null", "object")


async def test_the_one_statement_saves_nothing_that_does_not_fit(client, session, connection):
    if connection.dialect.name == "sqlite":
        return  # SQLite has no such statement
    pip, assessment = await _class_with_two_pupils(session)
    signed = await client.login("pip")
    attempt_id, questions = await _started(client, assessment.id)
    direct = DirectInTransaction(connection)
    done = await autosave.save_signed_in(
        direct, token=client.cookies.get("ks3_session"), csrf_token=signed["csrf_token"],
        attempt_id=uuid.UUID(attempt_id), question_id=uuid.UUID(questions[0]), answer_data={"text": "not a choice"},
        seq=1, elapsed_seconds=None,
    )
    assert done is None  # the usual path then says why (a 422)
    count = (await session.execute(select(func.count()).select_from(Answer))).scalar_one()
    assert count == 0


def test_the_one_statement_is_short_enough_for_psycopg_to_convert_it_once():
    """psycopg converts a statement's %(name)s placeholders once and caches the result, but only for statements of
    up to MAX_CACHED_STATEMENT_LENGTH characters: a longer autosave was converted again on every save (about a
    tenth of a millisecond of the app's CPU each time, on the busiest request)."""
    from psycopg import _queries
    from sqlalchemy.dialects.postgresql import psycopg as pg_psycopg

    sql = autosave._signed_in_autosave_statement(pg_psycopg.dialect()).sql
    assert len(sql) <= _queries.MAX_CACHED_STATEMENT_LENGTH - 128, len(sql)  # with room for small changes
