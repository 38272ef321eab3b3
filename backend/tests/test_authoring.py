"""Teachers author, check, publish, duplicate and archive assessments; answers are re-marked when a key changes."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AnswerHistory, Attempt, Question, Role, utcnow
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample

PURE_TYPES = ["multiple_choice", "multiple_select", "text_input", "extended_text", "matching", "ordering",
              "parsons", "code_completion", "drag_label", "binary_convert", "logic_gates"]
LEAKS = ("is_correct", "correct_", "solution", "reference_solution", "mark_scheme", "correct_position",
         "correct_label", "correct_answer")


async def _teacher(client, session, username="t"):
    teacher = await make_user(session, Role.teacher, username=username)
    await client.login(username)
    return teacher


async def _new_assessment(client, **extra) -> str:
    r = await client.post("/api/assessments", json={"title": "Binary and logic", "year_group": 7, **extra})
    assert r.status_code == 201, r.text
    return r.json()["id"]


@pytest.mark.parametrize("type_name", PURE_TYPES)
async def test_add_every_type_is_checked_normalised_and_shown_with_its_key(client, session, type_name):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client)
    r = await client.post(f"/api/assessments/{assessment_id}/questions", json={
        "type": type_name, "question_text": "Answer this.", "config": sample(type_name), "points": 3,
        "hint": "Think about it.", "feedback": {"correct": "Correct!", "incorrect": "Have another look."},
    })
    assert r.status_code == 201, r.text
    saved = r.json()
    assert saved["question"]["type"] == type_name
    assert saved["question"]["answer_key"]
    assert all(p["severity"] == "warning" for p in saved["problems"])
    detail = (await client.get(f"/api/assessments/{assessment_id}")).json()
    assert detail["total_points"] == 3
    assert len(detail["questions"]) == 1
    preview = (await client.get(f"/api/assessments/{assessment_id}/preview")).json()
    text = json.dumps(preview["questions"][0]["view"])
    assert not any(leak in text for leak in LEAKS), text


async def test_unanswerable_question_is_refused_with_problems_by_field(client, session):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client)
    config = sample("multiple_choice")
    for option in config["options"]:
        option["is_correct"] = False
    r = await client.post(f"/api/assessments/{assessment_id}/questions",
                          json={"type": "multiple_choice", "question_text": "Pick one", "config": config})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"].startswith("This question cannot be saved yet.")
    assert any(p["field"].startswith("config.options") and p["severity"] == "error" for p in body["problems"])
    wrong_shape = await client.post(f"/api/assessments/{assessment_id}/questions",
                                    json={"type": "multiple_choice", "question_text": "x", "config": {"options": 3}})
    assert wrong_shape.status_code == 422
    assert "config" in wrong_shape.json()["detail"]
    mismatch = await client.post(f"/api/assessments/{assessment_id}/questions",
                                 json={"type": "ordering", "question_text": "x", "config": sample("matching")})
    assert mismatch.status_code == 422


async def test_wording_problems_are_saved_as_warnings(client, session):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client)
    r = await client.post(f"/api/assessments/{assessment_id}/questions", json={
        "type": "multiple_choice", "question_text": "Which is NOT a unit of storage?",
        "config": sample("multiple_choice"), "feedback": {"incorrect": "That is wrong."},
    })
    assert r.status_code == 201
    fields = {p["field"] for p in r.json()["problems"]}
    assert "question_text" in fields
    assert "feedback.incorrect" in fields


async def test_reorder_delete_and_totals(client, session):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client)
    ids = []
    for type_name in ("multiple_choice", "binary_convert", "ordering"):
        r = await client.post(f"/api/assessments/{assessment_id}/questions",
                              json={"type": type_name, "question_text": "Q", "config": sample(type_name),
                                    "points": 2, "time_estimate_seconds": 90})
        ids.append(r.json()["question"]["id"])
    bad = await client.post(f"/api/assessments/{assessment_id}/questions/reorder", json={"question_order": ids[:2]})
    assert bad.status_code == 422
    r = await client.post(f"/api/assessments/{assessment_id}/questions/reorder",
                          json={"question_order": [ids[2], ids[0], ids[1]]})
    assert [q["id"] for q in r.json()] == [ids[2], ids[0], ids[1]]
    assert (await client.delete(f"/api/assessments/{assessment_id}/questions/{ids[0]}")).status_code == 204
    detail = (await client.get(f"/api/assessments/{assessment_id}")).json()
    assert [q["position"] for q in detail["questions"]] == [0, 1]
    assert detail["total_points"] == 4
    assert detail["estimated_minutes"] == 3


async def test_publish_windows_and_classes(client, session):
    teacher = await _teacher(client, session)
    mine = await make_class(session, name="7A", teachers=[teacher])
    theirs = await make_class(session, name="7B", teachers=[await make_user(session, Role.teacher)])
    mine_id, theirs_id = str(mine.id), str(theirs.id)
    assessment_id = await _new_assessment(client)
    empty = await client.post(f"/api/assessments/{assessment_id}/publish", json={"classes": [{"class_id": mine_id}]})
    assert empty.status_code == 422
    assert "at least one question" in empty.json()["detail"]
    await client.post(f"/api/assessments/{assessment_id}/questions",
                      json={"type": "binary_convert", "question_text": "Convert", "config": sample("binary_convert")})
    start = utcnow() + timedelta(days=1)
    backwards = await client.post(f"/api/assessments/{assessment_id}/publish", json={"classes": [
        {"class_id": mine_id, "available_from": start.isoformat(), "available_until": (start - timedelta(hours=1)).isoformat()}]})
    assert backwards.status_code == 422
    other = await client.post(f"/api/assessments/{assessment_id}/publish", json={"classes": [{"class_id": theirs_id}]})
    assert other.status_code == 403
    assert "7B" in other.json()["detail"]
    ok = await client.post(f"/api/assessments/{assessment_id}/publish", json={"classes": [
        {"class_id": mine_id, "available_from": start.isoformat()}]})
    assert ok.status_code == 200
    assert ok.json()["status"] == "published"
    assert ok.json()["classes"][0]["class_name"] == "7A"
    listing = (await client.get("/api/assessments", params={"status": "published", "class_id": mine_id})).json()
    assert [a["id"] for a in listing] == [assessment_id]


async def test_publishing_is_blocked_by_stored_errors(client, session):
    teacher = await _teacher(client, session)
    mine = await make_class(session, teachers=[teacher])
    assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice"])
    question = (await session.execute(select(Question).where(Question.assessment_id == assessment.id))).scalar_one()
    question.warnings = [{"field": "config.options", "message": "No option is marked correct.", "severity": "error"}]
    await session.flush()
    r = await client.post(f"/api/assessments/{assessment.id}/publish", json={"classes": [{"class_id": str(mine.id)}]})
    assert r.status_code == 422
    assert "No option is marked correct" in r.json()["detail"]


async def test_status_duplicate_archive_delete(client, session):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client, max_attempts=2)
    await client.post(f"/api/assessments/{assessment_id}/questions",
                      json={"type": "logic_gates", "question_text": "Fill it in", "config": sample("logic_gates")})
    r = await client.post(f"/api/assessments/{assessment_id}/status", json={"status": "review"})
    assert r.json()["status"] == "review"
    copy = await client.post(f"/api/assessments/{assessment_id}/duplicate")
    assert copy.status_code == 201
    body = copy.json()
    assert body["status"] == "draft"
    assert body["title"].endswith("(copy)")
    assert len(body["questions"]) == 1
    assert body["max_attempts"] == 2
    assert body["id"] != assessment_id
    archived = await client.post(f"/api/assessments/{assessment_id}/archive")
    assert archived.json()["status"] == "archived"
    assert (await client.post(f"/api/assessments/{assessment_id}/status", json={"status": "draft"})).status_code == 409
    assert (await client.delete(f"/api/assessments/{body['id']}")).status_code == 204
    assert (await client.get(f"/api/assessments/{body['id']}")).status_code == 404


async def test_other_teachers_see_only_what_is_published_to_their_classes_and_cannot_edit(client, session, make_client):
    owner = await _teacher(client, session, "owner")
    colleague = await make_user(session, Role.teacher, username="colleague")
    shared = await make_class(session, name="8A", teachers=[owner, colleague])
    draft = await make_assessment(session, owner=owner, questions=["binary_convert"], title="Draft")
    published = await make_assessment(session, owner=owner, questions=["binary_convert"], publish_to=[shared],
                                      title="Published")
    draft_id, published_id = draft.id, published.id
    other = await make_client()
    await other.login("colleague")
    assert (await other.get(f"/api/assessments/{draft_id}")).status_code == 403
    seen = await other.get(f"/api/assessments/{published_id}")
    assert seen.status_code == 200
    assert seen.json()["can_edit"] is False
    assert [a["title"] for a in (await other.get("/api/assessments")).json()] == ["Published"]
    edit = await other.patch(f"/api/assessments/{published_id}", json={"title": "Mine now"})
    assert edit.status_code == 403
    assert "Duplicate" in edit.json()["detail"]
    copy = await other.post(f"/api/assessments/{published_id}/duplicate")
    assert copy.status_code == 201
    assert copy.json()["can_edit"] is True


async def test_changing_a_key_remarks_submitted_answers_and_deleting_answered_is_refused(client, session, make_client):
    teacher = await _teacher(client, session)
    pupil = await make_user(session, Role.pupil, username="p")
    school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=["binary_convert", "multiple_choice"],
                                       publish_to=[school_class])
    assessment_id = assessment.id
    pupil_client = await make_client()
    await pupil_client.login("p")
    view = (await pupil_client.post(f"/api/pupil/assessments/{assessment_id}/start")).json()
    mc = next(q for q in view["questions"] if q["type"] == "multiple_choice")
    question = await session.get(Question, uuid.UUID(mc["id"]))
    correct = next(o["id"] for o in question.config["options"] if o["is_correct"])
    wrong = next(o["id"] for o in question.config["options"] if not o["is_correct"])
    r = await pupil_client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{mc['id']}/submit",
                                json={"answer_data": {"selected_option": wrong}})
    assert r.json()["score"] == 0
    new_config = json.loads(json.dumps(question.config))
    for option in new_config["options"]:
        option["is_correct"] = option["id"] == wrong
    r = await client.patch(f"/api/assessments/{assessment_id}/questions/{mc['id']}", json={"config": new_config})
    assert r.status_code == 200, r.text
    assert r.json()["remarked"] == 1
    assert "marked again" in r.json()["notice"]
    assert r.json()["question"]["version"] == 2
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]))
    await session.refresh(attempt)
    assert attempt.total_score == 2.0
    refused = await client.delete(f"/api/assessments/{assessment_id}/questions/{mc['id']}")
    assert refused.status_code == 409
    assert "Duplicate the assessment" in refused.json()["detail"]
    history = (await session.execute(select(AnswerHistory))).scalars().all()
    assert len(history) == 1
    assert correct != wrong


async def test_preview_carries_the_settings_that_shape_the_pupil_screens(client, session):
    await _teacher(client, session)
    assessment_id = await _new_assessment(client, allow_hints=False, show_time_remaining=True, time_limit_minutes=20)
    r = await client.post(f"/api/assessments/{assessment_id}/questions", json={
        "type": "multiple_choice", "question_text": "Pick one.", "config": sample("multiple_choice"), "hint": "Count.",
    })
    assert r.status_code == 201, r.text
    preview = (await client.get(f"/api/assessments/{assessment_id}/preview")).json()
    assert preview["settings"] == {
        "allow_hints": False, "show_immediate_feedback": True, "allow_question_retry": True,
        "max_question_retries": 3, "show_time_remaining": True, "time_limit_minutes": 20,
    }
    assert preview["questions"][0]["hint"] is None  # hints off: the preview does not offer one either


async def test_regenerating_an_answered_question_says_the_answers_were_marked_again(client, session, make_client):
    teacher = await _teacher(client, session)
    pupil = await make_user(session, Role.pupil, username="p")
    school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=["binary_convert"], publish_to=[school_class])
    assessment_id = assessment.id
    pupil_client = await make_client()
    await pupil_client.login("p")
    view = (await pupil_client.post(f"/api/pupil/assessments/{assessment_id}/start")).json()
    qid = view["questions"][0]["id"]
    await pupil_client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{qid}/submit",
                            json={"answer_data": {"answer": "1"}})
    r = await client.post(f"/api/assessments/{assessment_id}/questions/{qid}/regenerate",
                          json={"keep_type": True, "provider": "offline"})
    assert r.status_code == 200, r.text
    assert r.json()["remarked"] == 1
    assert "offline generator" in r.json()["notice"]
    assert "1 answer was marked again" in r.json()["notice"]
