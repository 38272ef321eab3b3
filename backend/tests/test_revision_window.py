"""FeedForward after the lesson through HTTP: a teacher opens a revision window (its own times, written questions
only, a class or one pupil) and may close it early; pupils see it with their released feedback, autosave and send
new drafts only while it is open; the teacher sees the drafts side by side with what changed, and how many of the
revised answers improved. Answer keys stay hidden while a window is open."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select

from app.models import Answer, RevisionWindow, Role, utcnow
from tests.factories import make_assessment, make_class, make_user

ESSAY = "An algorithm is a set of steps."
BETTER = "An algorithm is a set of steps to solve a problem, like a recipe for a cake."


def _later(**delta) -> str:
    return (utcnow() + timedelta(**delta)).isoformat()


async def _finished_class(session, client, make_client, pupils=("pip",), **settings):
    """Pupils who each wrote a short essay and finished; the teacher gave it 1 mark and released it."""
    teacher = await make_user(session, Role.teacher, username="teach")
    users = [await make_user(session, Role.pupil, username=name, name=name.title()) for name in pupils]
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=users)
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                       questions=[{"type": "extended_text", "points": 4}, "binary_convert"],
                                       **settings)
    clients = {}
    for name in pupils:
        c = clients[name] = await make_client()
        await c.login(name)
        view = (await c.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
        essay = next(q for q in view["questions"] if q["type"] == "extended_text")
        binary = next(q for q in view["questions"] if q["type"] == "binary_convert")
        r = await c.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{essay['id']}/submit",
                         json={"answer_data": {"text": ESSAY}})
        assert r.status_code == 200, r.text
        assert (await c.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")).status_code == 200
        c.attempt, c.essay, c.binary = view["attempt_id"], essay["id"], binary["id"]
    await client.login("teach")
    for item in (await client.get("/api/marking/queue")).json()["items"]:
        r = await client.post(f"/api/marking/answers/{item['answer_id']}",
                              json={"score": 1, "feedback": "A good start. Say what the steps are for."})
        assert r.status_code == 200, r.text
    assert (await client.post("/api/marking/release", json={"assessment_id": str(assessment.id)})).status_code == 200
    return {"assessment": assessment, "class": school_class, "pupils": clients, "users": users, "teacher": teacher}


async def _open(client, w, **body):
    return await client.post("/api/marking/revision-windows", json={
        "assessment_id": str(w["assessment"].id), "class_id": str(w["class"].id), "closes_at": _later(days=3),
        **body})


async def test_times_are_told_in_the_schools_own_time(client, session, make_client):
    """A window closing at 14:30 UTC on a July day closes at 15:30 on the school's clocks (British Summer Time);
    one closing at 14:30 UTC in December at 14:30 (Greenwich Mean Time)."""
    w = await _finished_class(session, client, make_client)
    summer = await _open(client, w, closes_at="2027-07-05T14:30:00Z")
    assert summer.status_code == 201, summer.text
    assert summer.json()["summary"].endswith("open until Monday 5 July at 15:30.")
    [item] = (await w["pupils"]["pip"].get("/api/pupil/revisions")).json()["items"]
    assert item["message"].startswith("You can improve your answer to question 1 until Monday 5 July at 15:30")
    closed = await client.post(f"/api/marking/revision-windows/{summer.json()['id']}/close")
    assert closed.status_code == 200, closed.text
    winter = await _open(client, w, closes_at="2027-12-06T14:30:00Z")
    assert winter.json()["summary"].endswith("open until Monday 6 December at 14:30.")


async def test_an_open_window_shows_the_pupil_when_and_their_feedback(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    r = await _open(client, w)
    assert r.status_code == 201, r.text
    window = r.json()
    assert window["open_now"] is True
    assert window["question_numbers"] == [1]
    assert window["summary"].startswith("Question 1, all of 7A: open until ")
    pip = w["pupils"]["pip"]
    [item] = (await pip.get("/api/pupil/revisions")).json()["items"]
    assert item["message"].startswith("You can improve your answer to question 1 until ")
    assert item["feedback"] == "A good start. Say what the steps are for."
    assert item["score"] == 1
    assert item["answer_text"] == ESSAY
    assert item["working_text"] == ESSAY


async def test_only_written_questions_can_be_revised(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    r = await _open(client, w, question_ids=[w["pupils"]["pip"].binary])
    assert r.status_code == 422
    assert "Question 2 is not a written question" in r.json()["detail"]
    pip = w["pupils"]["pip"]
    r = await pip.put(f"/api/pupil/attempts/{pip.attempt}/revisions/{pip.binary}",
                      json={"answer_data": {"text": "1010"}, "seq": 1})
    assert r.status_code == 409  # no window covers a question that is not written


async def test_window_times_are_checked(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    past = await _open(client, w, closes_at=_later(minutes=-5))
    assert past.status_code == 422
    assert "already passed" in past.json()["detail"]
    backwards = await _open(client, w, opens_at=_later(days=2), closes_at=_later(days=1))
    assert backwards.status_code == 422
    assert "close after it opens" in backwards.json()["detail"]


async def test_drafts_are_taken_only_while_the_window_is_open(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    pip = w["pupils"]["pip"]
    url = f"/api/pupil/attempts/{pip.attempt}/revisions/{pip.essay}"
    before = await pip.put(url, json={"answer_data": {"text": BETTER}, "seq": 1})
    assert before.status_code == 409
    later = (await _open(client, w, opens_at=_later(hours=1), closes_at=_later(hours=2))).json()
    assert later["open_now"] is False
    assert (await pip.get("/api/pupil/revisions")).json()["items"] == []
    assert (await pip.put(url, json={"answer_data": {"text": BETTER}, "seq": 1})).status_code == 409
    window = (await _open(client, w)).json()
    assert (await pip.put(url, json={"answer_data": {"text": BETTER}, "seq": 2})).json()["saved"] is True
    older = await pip.put(url, json={"answer_data": {"text": "old"}, "seq": 1})
    assert older.json()["saved"] is False
    [item] = (await pip.get("/api/pupil/revisions")).json()["items"]
    assert item["working_text"] == BETTER
    sent = await pip.post(f"{url}/send", json={"answer_data": {"text": BETTER}, "seq": 3})
    assert sent.status_code == 200, sent.text
    assert sent.json()["waiting_for_teacher"] is True
    assert sent.json()["drafts_sent"] == 1
    again = await pip.post(f"{url}/send", json={"answer_data": {"text": BETTER + " More."}, "seq": 4})
    assert again.status_code == 409
    assert "not looked at your last draft" in again.json()["detail"]
    closed = await client.post(f"/api/marking/revision-windows/{window['id']}/close")
    assert closed.status_code == 200
    assert closed.json()["closed_early_at"] is not None
    assert (await pip.put(url, json={"answer_data": {"text": "late"}, "seq": 9})).status_code == 409
    assert (await client.post(f"/api/marking/revision-windows/{window['id']}/close")).status_code == 409


async def test_a_window_that_has_reached_its_closing_time_takes_nothing(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    pip = w["pupils"]["pip"]
    window = (await _open(client, w)).json()
    stored = await session.get(RevisionWindow, uuid.UUID(window["id"]))
    stored.opens_at, stored.closes_at = utcnow() - timedelta(hours=2), utcnow() - timedelta(seconds=1)
    await session.flush()
    r = await pip.put(f"/api/pupil/attempts/{pip.attempt}/revisions/{pip.essay}",
                      json={"answer_data": {"text": BETTER}, "seq": 1})
    assert r.status_code == 409
    assert "time to improve this answer has ended" in r.json()["detail"]


async def test_a_window_for_one_pupil_leaves_the_rest_of_the_class_out(client, session, make_client):
    w = await _finished_class(session, client, make_client, pupils=("pip", "kit"))
    r = await _open(client, w, pupil_id=str(w["users"][1].id))
    assert r.status_code == 201, r.text
    assert r.json()["summary"].startswith("Question 1, Kit: open until ")
    assert len((await w["pupils"]["kit"].get("/api/pupil/revisions")).json()["items"]) == 1
    assert (await w["pupils"]["pip"].get("/api/pupil/revisions")).json()["items"] == []


async def test_the_class_view_counts_improved_of_revised_and_shows_drafts_side_by_side(client, session, make_client):
    w = await _finished_class(session, client, make_client, pupils=("pip", "kit"))
    await _open(client, w)
    for name in ("pip", "kit"):
        c = w["pupils"][name]
        r = await c.post(f"/api/pupil/attempts/{c.attempt}/revisions/{c.essay}/send",
                         json={"answer_data": {"text": BETTER}, "seq": 1})
        assert r.status_code == 200, r.text
    marks = {"Pip": 3, "Kit": 1}  # Pip improved from 1 to 3; Kit's new draft kept 1
    for item in (await client.get("/api/marking/queue")).json()["items"]:
        assert item["draft"] == 2
        await client.post(f"/api/marking/answers/{item['answer_id']}",
                          json={"score": marks[item["pupil_name"]], "feedback": "Well done, that is clearer."})
    view = (await client.get("/api/marking/revision-windows",
                             params={"assessment_id": str(w["assessment"].id)})).json()
    assert view["revised"] == 2
    assert view["improved"] == 1
    pip = next(a for a in view["answers"] if a["pupil_name"] == "Pip")
    assert (pip["old_score"], pip["new_score"], pip["improved"]) == (1, 3, True)
    drafts = (await client.get(f"/api/marking/answers/{pip['answer_id']}/drafts")).json()
    assert [d["after_revising"] for d in drafts["drafts"]] == [False, True]
    assert [d["score"] for d in drafts["drafts"]] == [1, 3]
    added = "".join(c["text"] for c in drafts["drafts"][1]["changes"] if c["op"] == "added")
    assert "to solve a problem" in added
    removed = [c["text"].strip() for c in drafts["drafts"][1]["changes"] if c["op"] == "removed"]
    assert removed == ["steps."]  # "steps." became "steps to solve a problem, …"
    assert drafts["drafts"][1]["changes"][0] == {"op": "same", "text": "An algorithm is a set of "}


async def test_keys_stay_hidden_while_a_window_is_open(client, session, make_client):
    w = await _finished_class(session, client, make_client, show_answers="after_finishing", max_attempts=1)
    pip = w["pupils"]["pip"]
    assert (await pip.get(f"/api/pupil/attempts/{pip.attempt}/results")).json()["answers_shown"] is True
    window = (await _open(client, w)).json()
    results = (await pip.get(f"/api/pupil/attempts/{pip.attempt}/results")).json()
    assert results["answers_shown"] is False
    assert results["answers_note"] == "You can still improve a written answer, so the answers are not shown yet."
    await client.post(f"/api/marking/revision-windows/{window['id']}/close")
    assert (await pip.get(f"/api/pupil/attempts/{pip.attempt}/results")).json()["answers_shown"] is True


async def test_another_teacher_cannot_open_or_close_a_window_on_this_class(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    window = (await _open(client, w)).json()
    await make_user(session, Role.teacher, username="other")
    other = await make_client()
    await other.login("other")
    assert (await other.post(f"/api/marking/revision-windows/{window['id']}/close")).status_code == 403
    assert (await _open(other, w)).status_code == 403
    answer = (await session.execute(select(Answer.id).where(Answer.status == "teacher_marked"))).scalars().first()
    assert (await other.get(f"/api/marking/answers/{answer}/drafts")).status_code == 403


async def test_asking_the_ai_without_an_ai_service_says_what_to_do(client, session, make_client):
    w = await _finished_class(session, client, make_client)
    await _open(client, w)
    pip = w["pupils"]["pip"]
    await pip.post(f"/api/pupil/attempts/{pip.attempt}/revisions/{pip.essay}/send",
                   json={"answer_data": {"text": BETTER}, "seq": 1})
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    r = await client.post(f"/api/marking/answers/{item['answer_id']}/ask-ai")
    assert r.status_code == 409
    assert "No AI service is set up" in r.json()["detail"]


async def test_retention_removes_the_working_copy_with_the_rest_of_the_written_answer(client, session, make_client):
    from app.models import Attempt, Revision
    from app.services.privacy import retention

    w = await _finished_class(session, client, make_client)
    await _open(client, w)
    pip = w["pupils"]["pip"]
    r = await pip.put(f"/api/pupil/attempts/{pip.attempt}/revisions/{pip.essay}",
                      json={"answer_data": {"text": BETTER}, "seq": 1})
    assert r.json()["saved"] is True
    attempt = await session.get(Attempt, uuid.UUID(pip.attempt))
    attempt.started_at = utcnow() - timedelta(days=400)  # past the written content's year, not the record's six
    await session.flush()
    await retention.purge(session)
    revision = (await session.execute(select(Revision))).scalar_one()
    await session.refresh(revision)
    assert revision.draft_data is None
