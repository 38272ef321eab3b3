"""A teacher's levers on attempts (issue 18): handing in for a pupil, reopening, one pupil's extension (a later
closing time, extra attempts), extra time from access arrangements, the automatic hand-in when a window closes
(once, with several workers), what the pupil is told, the audit log and the class results."""

from __future__ import annotations

import asyncio
import csv
import io
import uuid
from datetime import datetime, timedelta

import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import create_engine
from app.models import (
    Assessment,
    AssessmentClass,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    AuditLog,
    ClassPupil,
    Question,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.services.attempts import closing
from tests.factories import make_assessment, make_class, make_user

QUESTIONS = ("binary_convert", "multiple_choice")
RIGHT = {"answer": "172"}  # the binary_convert sample's answer


async def _setup(session, **settings):
    teacher = await make_user(session, Role.teacher, username="teach")
    other_teacher = await make_user(session, Role.teacher, username="elsewhere")
    pip = await make_user(session, Role.pupil, username="pip")
    pat = await make_user(session, Role.pupil, username="pat")
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=[pip, pat])
    await make_class(session, name="7B", teachers=[other_teacher])
    assessment = await make_assessment(session, owner=teacher, questions=list(QUESTIONS), publish_to=[school_class],
                                       **settings)
    return teacher, pip, pat, school_class, assessment


async def _start(client, assessment_id) -> dict:
    response = await client.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert response.status_code == 200, response.text
    return response.json()


async def _save_first(client, view: dict, answer: dict = RIGHT) -> None:
    qid = next(q["id"] for q in view["questions"] if q["type"] == "binary_convert")
    response = await client.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{qid}",
                                json={"answer_data": answer, "seq": 1})
    assert response.status_code == 200, response.text


async def _audit(session, action: str, entity_id) -> list[AuditLog]:
    return list((await session.execute(
        select(AuditLog).where(AuditLog.action == action, AuditLog.entity_id == str(entity_id))
    )).scalars())


async def _window(session, assessment, school_class, *, until: datetime | None) -> None:
    await session.execute(update(AssessmentClass).where(
        AssessmentClass.assessment_id == assessment.id, AssessmentClass.class_id == school_class.id
    ).values(available_until=until))
    await session.flush()


async def _attempt(session, attempt_id) -> Attempt:
    return await session.get(Attempt, uuid.UUID(str(attempt_id)), populate_existing=True)


async def _as(make_client, username: str):
    client = await make_client()
    await client.login(username)
    return client


# --- Handing in for a pupil --------------------------------------------------------------------------------

async def test_teacher_hands_in_an_open_attempt_marking_what_was_saved(client, session, make_client):
    teacher, *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await _save_first(client, view)
    teach = await _as(make_client, "teach")

    response = await teach.post(f"/api/attempts/{view['attempt_id']}/finish")

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["status"], body["end_reason"], body["ended_by_id"]) == ("completed", "teacher", str(teacher.id))
    assert body["total_score"] == 2.0, "the saved right answer is marked; the blank question scores 0"
    assert body["max_score"] == 4.0
    assert len(await _audit(session, "attempt.hand_in", view["attempt_id"])) == 1


async def test_handing_in_a_finished_attempt_is_refused_and_changes_nothing(client, session, make_client):
    *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    teach = await _as(make_client, "teach")

    response = await teach.post(f"/api/attempts/{view['attempt_id']}/finish")

    assert response.status_code == 409
    assert "the pupil finished it" in response.json()["detail"]
    assert (await _attempt(session, view["attempt_id"])).end_reason == AttemptEnd.pupil
    assert await _audit(session, "attempt.hand_in", view["attempt_id"]) == []


async def test_the_pupils_own_finish_records_that_they_finished(client, session):
    *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    assert (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")).status_code == 200
    attempt = await _attempt(session, view["attempt_id"])
    assert (attempt.end_reason, attempt.ended_by_id) == (AttemptEnd.pupil, None)


@pytest.mark.parametrize("who", ["elsewhere", "pat", "pip"])
async def test_only_a_teacher_of_the_class_may_hand_in_or_reopen(client, session, make_client, who):
    *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    caller = await _as(make_client, who)

    for action in ("finish", "reopen"):
        response = await caller.post(f"/api/attempts/{view['attempt_id']}/{action}")
        assert response.status_code == 403, f"{who} may not {action}: {response.text}"
    assert (await _attempt(session, view["attempt_id"])).status == AttemptStatus.in_progress


async def test_an_admin_may_hand_in_any_attempt(client, session, make_client):
    *_rest, assessment = await _setup(session)
    await make_user(session, Role.admin, username="head")
    await client.login("pip")
    view = await _start(client, assessment.id)
    admin = await _as(make_client, "head")
    assert (await admin.post(f"/api/attempts/{view['attempt_id']}/finish")).status_code == 200


# --- Reopening ---------------------------------------------------------------------------------------------

async def test_reopen_puts_a_finished_attempt_back_with_its_answers(client, session, make_client):
    *_rest, assessment = await _setup(session, time_limit_minutes=30)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await _save_first(client, view)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    teach = await _as(make_client, "teach")

    response = await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")

    assert response.status_code == 200, response.text
    body = response.json()
    assert (body["status"], body["end_reason"], body["completed_at"]) == ("in_progress", None, None)
    assert body["reopened_count"] == 1
    assert body["total_score"] is None, "totals are worked out again when it is next finished"
    assert len(await _audit(session, "attempt.reopen", view["attempt_id"])) == 1
    resumed = await _start(client, assessment.id)
    assert resumed["attempt_id"] == view["attempt_id"]
    blank = next(q for q in resumed["questions"] if q["type"] == "multiple_choice")
    assert blank["saved"]["status"] == "saved", "the question left blank can be answered now"
    option = blank["view"]["options"][0]["id"]
    await client.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{blank['id']}",
                     json={"answer_data": {"selected_option": option}, "seq": 1})
    summary = (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")).json()
    assert summary["max_score"] == 4.0
    assert (await _attempt(session, view["attempt_id"])).end_reason == AttemptEnd.pupil


async def test_reopen_is_refused_once_the_pupil_has_been_shown_the_answers(client, session, make_client):
    *_rest, assessment = await _setup(session, show_answers="after_finishing", max_attempts=1)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    review = await client.get(f"/api/pupil/attempts/{view['attempt_id']}/results")
    assert review.status_code == 200
    assert any(q["answer_key"] for q in review.json()["questions"]), "no attempts left: keys are shown"
    teach = await _as(make_client, "teach")

    response = await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")

    assert response.status_code == 409
    assert "already been shown the answers" in response.json()["detail"]


async def test_reopen_is_allowed_when_results_were_opened_without_the_answers(client, session, make_client):
    *_rest, assessment = await _setup(session, show_answers="after_finishing", max_attempts=2)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    review = await client.get(f"/api/pupil/attempts/{view['attempt_id']}/results")
    assert not any(q["answer_key"] for q in review.json()["questions"]), "an attempt is left: no keys"
    teach = await _as(make_client, "teach")
    assert (await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")).status_code == 200


async def test_reopen_after_the_window_closed_asks_for_more_time_first(client, session, make_client):
    _t, pip, _pat, school_class, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    await _window(session, assessment, school_class, until=utcnow() - timedelta(hours=1))
    teach = await _as(make_client, "teach")

    refused = await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")
    assert refused.status_code == 409
    assert "Give them more time first" in refused.json()["detail"]

    later = (utcnow() + timedelta(days=1)).isoformat()
    given = await teach.post(f"/api/assessments/{assessment.id}/extensions",
                             json={"class_id": str(school_class.id), "pupil_id": str(pip.id), "available_until": later})
    assert given.status_code == 200, given.text
    assert (await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")).status_code == 200


async def test_reopen_is_refused_when_the_time_limit_is_used_up(client, session, make_client):
    *_rest, assessment = await _setup(session, time_limit_minutes=10)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(view["attempt_id"]))
                          .values(time_taken_seconds=600))
    teach = await _as(make_client, "teach")

    response = await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")

    assert response.status_code == 409
    assert "used all of the 10 minutes" in response.json()["detail"]


async def test_an_open_attempt_cannot_be_reopened(client, session, make_client):
    *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    teach = await _as(make_client, "teach")
    response = await teach.post(f"/api/attempts/{view['attempt_id']}/reopen")
    assert response.status_code == 409
    assert "not finished" in response.json()["detail"]


# --- Extensions --------------------------------------------------------------------------------------------

async def test_extensions_are_given_changed_listed_and_removed_with_audit(client, session):
    teacher, pip, _pat, school_class, assessment = await _setup(session)
    await client.login("teach")
    url = f"/api/assessments/{assessment.id}/extensions"
    first = await client.post(url, json={"class_id": str(school_class.id), "pupil_id": str(pip.id),
                                         "extra_attempts": 1})
    assert first.status_code == 200, first.text
    later = (utcnow() + timedelta(days=2)).replace(microsecond=0)
    changed = await client.post(url, json={"class_id": str(school_class.id), "pupil_id": str(pip.id),
                                           "available_until": later.isoformat(), "extra_attempts": 2})
    assert changed.json()["id"] == first.json()["id"], "one extension per pupil: it is changed, not added"

    listed = (await client.get(url)).json()
    assert [(e["pupil_name"], e["class_name"], e["extra_attempts"]) for e in listed] == [(pip.name, "7A", 2)]
    assert datetime.fromisoformat(listed[0]["available_until"]) == later

    assert (await client.delete(f"{url}/{first.json()['id']}")).status_code == 204
    assert (await client.get(url)).json() == []
    assert (await client.delete(f"{url}/{first.json()['id']}")).status_code == 404
    for action in ("extension.create", "extension.update", "extension.delete"):
        assert len(await _audit(session, action, first.json()["id"])) == 1, action


@pytest.mark.parametrize(("who", "status"), [("elsewhere", 403), ("pip", 403)])
async def test_only_a_teacher_of_the_class_may_give_an_extension(client, session, who, status):
    _t, pip, _pat, school_class, assessment = await _setup(session)
    await client.login(who)
    response = await client.post(f"/api/assessments/{assessment.id}/extensions",
                                 json={"class_id": str(school_class.id), "pupil_id": str(pip.id),
                                       "extra_attempts": 1})
    assert response.status_code == status, response.text


async def test_an_extension_must_be_for_a_pupil_of_a_class_the_assessment_is_set_to(client, session):
    _t, pip, _pat, school_class, assessment = await _setup(session)
    outsider = await make_user(session, Role.pupil, username="outsider")
    teacher = (await session.execute(select(User).where(User.username == "teach"))).scalar_one()
    unset = await make_class(session, name="7C", teachers=[teacher], pupils=[pip])
    await client.login("teach")
    url = f"/api/assessments/{assessment.id}/extensions"

    def body(**changes):
        return {"class_id": str(school_class.id), "pupil_id": str(pip.id), "extra_attempts": 1, **changes}

    assert (await client.post(url, json=body(pupil_id=str(outsider.id)))).status_code == 404
    assert (await client.post(url, json=body(class_id=str(unset.id)))).status_code == 404
    past = (utcnow() - timedelta(minutes=5)).isoformat()
    passed = await client.post(url, json=body(available_until=past, extra_attempts=0))
    assert passed.status_code == 422
    assert "already passed" in passed.json()["detail"]
    assert (await client.post(url, json=body(extra_attempts=0))).status_code == 422, "an extension gives something"


async def test_a_later_closing_time_opens_the_assessment_for_that_pupil_only(client, session, make_client):
    teacher, pip, pat, school_class, assessment = await _setup(session)
    await _window(session, assessment, school_class, until=utcnow() - timedelta(minutes=5))
    later = (utcnow() + timedelta(hours=3)).replace(microsecond=0)
    teach = await _as(make_client, "teach")
    await teach.post(f"/api/assessments/{assessment.id}/extensions",
                     json={"class_id": str(school_class.id), "pupil_id": str(pip.id),
                           "available_until": later.isoformat()})

    await client.login("pip")
    board = (await client.get("/api/pupil/assessments")).json()
    assert [datetime.fromisoformat(c["available_until"]) for c in board["available"]] == [later]
    assert (await client.post(f"/api/pupil/assessments/{assessment.id}/start")).status_code == 200

    other = await _as(make_client, "pat")
    assert (await other.get("/api/pupil/assessments")).json()["available"] == []
    refused = await other.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert refused.status_code == 403
    assert "Ask your teacher if you need more time" in refused.json()["detail"]


async def test_extra_attempts_let_that_pupil_start_one_more(client, session, make_client):
    _t, pip, _pat, school_class, assessment = await _setup(session, max_attempts=1)
    for username in ("pip", "pat"):
        pupil = await _as(make_client, username)
        view = await _start(pupil, assessment.id)
        await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    teach = await _as(make_client, "teach")
    await teach.post(f"/api/assessments/{assessment.id}/extensions",
                     json={"class_id": str(school_class.id), "pupil_id": str(pip.id), "extra_attempts": 1})

    await client.login("pip")
    card = (await client.get("/api/pupil/assessments")).json()["available"][0]
    assert (card["attempts_used"], card["max_attempts"]) == (1, 2)
    assert (await _start(client, assessment.id))["attempt_number"] == 2
    other = await _as(make_client, "pat")
    assert (await other.post(f"/api/pupil/assessments/{assessment.id}/start")).status_code == 409


async def test_extra_time_lengthens_the_time_limit_for_that_pupil_only(client, session, make_client):
    _t, pip, _pat, _c, assessment = await _setup(session, time_limit_minutes=30)
    pip.access_arrangements = {"extra_time_percent": 25}
    await session.flush()

    await client.login("pip")
    mine = await _start(client, assessment.id)
    other = await _as(make_client, "pat")
    theirs = await _start(other, assessment.id)

    assert mine["settings"]["time_limit_minutes"] == 38, "30 minutes and 25% more, rounded up"
    assert theirs["settings"]["time_limit_minutes"] == 30
    ends = datetime.fromisoformat(mine["ends_at"]) - datetime.fromisoformat(mine["started_at"])
    assert ends == timedelta(minutes=38)
    assert (await client.get("/api/pupil/assessments")).json()["in_progress"][0]["time_limit_minutes"] == 38

    # 35 minutes in: still time for the pupil with extra time; the other pupil's time has ended.
    await session.execute(update(Attempt).where(Attempt.assessment_id == assessment.id)
                          .values(started_at=utcnow() - timedelta(minutes=35)))
    await _save_first(client, mine)
    qid = next(q["id"] for q in mine["questions"] if q["type"] == "binary_convert")
    saved = await client.put(f"/api/pupil/attempts/{mine['attempt_id']}/answers/{qid}",
                             json={"answer_data": RIGHT, "seq": 2})
    assert saved.json()["time_ended"] is False
    late = await other.put(f"/api/pupil/attempts/{theirs['attempt_id']}/answers/{qid}",
                           json={"answer_data": RIGHT, "seq": 1})
    assert late.json()["time_ended"] is True


# --- The automatic hand-in ---------------------------------------------------------------------------------

def _maker(connection) -> async_sessionmaker:
    return async_sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")


async def test_the_worker_hands_in_attempts_whose_window_closed_and_tells_the_pupil(client, session, connection,
                                                                                   make_client):
    _t, _pip, _pat, school_class, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    await _save_first(client, view)
    other = await _as(make_client, "pat")
    still_open = await _start(other, assessment.id)

    assert await closing.hand_in_due(_maker(connection)) == 0, "nothing is due while the window is open"
    await _window(session, assessment, school_class, until=utcnow() - timedelta(minutes=5))
    # pat has a later closing time, so only pip's attempt is due.
    pat = (await session.execute(select(User).where(User.username == "pat"))).scalar_one()
    teach = await _as(make_client, "teach")
    await teach.post(f"/api/assessments/{assessment.id}/extensions",
                     json={"class_id": str(school_class.id), "pupil_id": str(pat.id),
                           "available_until": (utcnow() + timedelta(hours=1)).isoformat()})

    assert await closing.hand_in_due(_maker(connection)) == 1
    assert await closing.hand_in_due(_maker(connection)) == 0, "handed in once"

    attempt = await _attempt(session, view["attempt_id"])
    assert (attempt.status, attempt.end_reason, attempt.total_score) == (AttemptStatus.completed,
                                                                       AttemptEnd.window_closed, 2.0)
    assert (await _attempt(session, still_open["attempt_id"])).status == AttemptStatus.in_progress
    entries = await _audit(session, "attempt.hand_in_closed", view["attempt_id"])
    assert [e.username for e in entries] == ["job worker"]

    card = (await client.get("/api/pupil/assessments")).json()["completed"][0]
    assert card["end_notice"] == "This assessment was handed in when it closed. Your answers were saved."
    assert (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/end-notice")).status_code == 204
    assert (await client.get("/api/pupil/assessments")).json()["completed"][0]["end_notice"] is None


async def test_the_worker_hands_in_attempts_whose_time_limit_ran_out_with_extra_time(client, session, connection,
                                                                                    make_client):
    _t, pip, _pat, _c, assessment = await _setup(session, time_limit_minutes=20)
    pip.access_arrangements = {"extra_time_percent": 50}
    await session.flush()
    await client.login("pip")
    mine = await _start(client, assessment.id)
    other = await _as(make_client, "pat")
    theirs = await _start(other, assessment.id)
    await session.execute(update(Attempt).where(Attempt.assessment_id == assessment.id)
                          .values(started_at=utcnow() - timedelta(minutes=25)))

    assert await closing.hand_in_due(_maker(connection)) == 1
    assert (await _attempt(session, theirs["attempt_id"])).end_reason == AttemptEnd.window_closed
    assert (await _attempt(session, mine["attempt_id"])).status == AttemptStatus.in_progress, "30 minutes for pip"


async def test_a_pupil_is_told_when_their_teacher_handed_it_in(client, session, make_client):
    *_rest, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    teach = await _as(make_client, "teach")
    await teach.post(f"/api/attempts/{view['attempt_id']}/finish")
    card = (await client.get("/api/pupil/assessments")).json()["completed"][0]
    assert card["end_notice"] == "Your teacher handed in this assessment for you. Your answers were saved."
    other = await _as(make_client, "pat")
    assert (await other.post(f"/api/pupil/attempts/{view['attempt_id']}/end-notice")).status_code == 403


@pytest.fixture
async def committed(database_url):
    """Real commits on two engines, as two API processes have: the rows made are removed afterwards."""
    engines = [create_engine(database_url) for _ in range(2)]
    makers = [async_sessionmaker(engine, expire_on_commit=False) for engine in engines]
    made: dict[str, list] = {"users": [], "classes": [], "assessments": []}
    yield makers, made
    async with makers[0]() as s:
        attempts = select(Attempt.id).where(Attempt.assessment_id.in_(made["assessments"]))
        ids = [str(i) for i in (await s.execute(attempts)).scalars()]
        await s.execute(delete(AuditLog).where(AuditLog.entity_id.in_(ids)))
        await s.execute(delete(Assessment).where(Assessment.id.in_(made["assessments"])))
        await s.execute(delete(SchoolClass).where(SchoolClass.id.in_(made["classes"])))
        await s.execute(delete(User).where(User.id.in_(made["users"])))
        await s.commit()
    for engine in engines:
        await engine.dispose()


async def test_two_workers_hand_in_each_attempt_exactly_once(committed):
    makers, made = committed
    tag = uuid.uuid4().hex[:6]
    async with makers[0]() as s:
        teacher = await make_user(s, Role.teacher, username=f"race-teacher-{tag}")
        pupils = [await make_user(s, Role.pupil, username=f"race-{tag}-{n}") for n in range(6)]
        school_class = await make_class(s, name=f"race-{tag}", teachers=[teacher], pupils=pupils)
        assessment = await make_assessment(s, owner=teacher, questions=["binary_convert"], publish_to=[school_class])
        made["users"] += [teacher.id, *(p.id for p in pupils)]
        made["classes"].append(school_class.id)
        made["assessments"].append(assessment.id)
        question_order = [str(q) for q in (await s.execute(
            select(Question.id).where(Question.assessment_id == assessment.id))).scalars()]
        attempts = [Attempt(pupil_id=p.id, assessment_id=assessment.id, class_id=school_class.id,
                            status=AttemptStatus.in_progress, question_order=question_order) for p in pupils]
        s.add_all(attempts)
        await s.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == assessment.id)
                        .values(available_until=utcnow() - timedelta(minutes=5)))
        await s.commit()
    ids = [a.id for a in attempts]

    handed_in = await asyncio.gather(*(closing.hand_in_due(maker) for maker in makers))

    assert sum(handed_in) == len(ids), f"each attempt handed in by exactly one worker: {handed_in}"
    async with makers[0]() as s:
        ended = (await s.execute(select(Attempt.end_reason).where(Attempt.id.in_(ids)))).scalars().all()
        entries = (await s.execute(select(AuditLog.entity_id).where(
            AuditLog.action == "attempt.hand_in_closed", AuditLog.entity_id.in_([str(i) for i in ids])))).scalars()
        assert sorted(entries) == sorted(str(i) for i in ids), "one audit entry for each attempt"
    assert set(ended) == {AttemptEnd.window_closed}


# --- Class results -----------------------------------------------------------------------------------------

async def test_class_results_count_handed_in_attempts_and_say_how_each_ended(client, session, connection,
                                                                             make_client):
    _t, _pip, _pat, school_class, assessment = await _setup(session)
    third = await make_user(session, Role.pupil, username="pim")
    session.add(ClassPupil(class_id=school_class.id, pupil_id=third.id))
    await session.flush()
    views = {}
    for username in ("pip", "pat", "pim"):
        pupil = await _as(make_client, username)
        views[username] = await _start(pupil, assessment.id)
        await _save_first(pupil, views[username])
        if username == "pip":
            await pupil.post(f"/api/pupil/attempts/{views[username]['attempt_id']}/complete")
    teach = await _as(make_client, "teach")
    await teach.post(f"/api/attempts/{views['pat']['attempt_id']}/finish")
    await _window(session, assessment, school_class, until=utcnow() - timedelta(minutes=5))
    await closing.hand_in_due(_maker(connection))

    results = (await teach.get(f"/api/analytics/assessments/{assessment.id}?class_id={school_class.id}")).json()

    assert (results["completed_count"], results["in_progress_count"]) == (3, 0)
    ended = {p["username"]: p["end_reason"] for p in results["pupils"]}
    assert ended == {"pip": "pupil", "pat": "teacher", "pim": "window_closed"}
    assert results["average"] == 50.0, "handed-in attempts count in the average"
    exported = (await teach.get(f"/api/analytics/assessments/{assessment.id}/export.csv?class_id={school_class.id}"))
    rows = list(csv.DictReader(io.StringIO(exported.text.lstrip("\ufeff"))))
    assert {row["Username"]: row["How it ended"] for row in rows} == {
        "pip": "Finished", "pat": "Handed in by teacher", "pim": "Handed in when it closed"}
