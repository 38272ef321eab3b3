"""The teacher's marking queue: accept and override (both kept), release gating on every pupil endpoint,
agreement figures, drafts of written answers, rubric templates."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.models import Answer, AuditLog, MarkingStatus, MarkReview, Role
from tests.factories import make_assessment, make_class, make_user

ESSAY = "An algorithm is a set of steps to solve a problem, like a recipe for a cake. " * 2


async def _essay_setup(session, client, make_client, **settings):
    teacher = await make_user(session, Role.teacher, username="teach")
    pupil = await make_user(session, Role.pupil, username="pip", name="Pip Jones")
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                       questions=[{"type": "extended_text", "points": 4}, "binary_convert"], **settings)
    pupil_client = await make_client()
    await pupil_client.login("pip")
    view = (await pupil_client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    essay = next(q for q in view["questions"] if q["type"] == "extended_text")
    r = await pupil_client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{essay['id']}/submit",
                                json={"answer_data": {"text": ESSAY}})
    assert r.json()["awaiting_marking"] is True
    await client.login("teach")
    return {"assessment": assessment, "class": school_class, "pupil_client": pupil_client, "view": view,
            "essay": essay, "teacher": teacher}


async def _suggest(session, answer_id, score=3.0):
    answer = await session.get(Answer, uuid.UUID(str(answer_id)))
    await session.refresh(answer)
    answer.status = MarkingStatus.ai_suggested
    answer.ai_suggestion = {"state": "suggested", "score": score, "feedback": "Nearly there. Add an example.",
                            "criteria": [{"criterion": "Steps", "met": True, "evidence": "a set of steps", "points": 2}],
                            "spread": 1.0, "runs": 3, "models": ["m"], "method": "mean"}
    await session.flush()


async def test_queue_lists_waiting_answers_and_says_when_no_ai_is_set_up(client, session, make_client):
    await _essay_setup(session, client, make_client)
    queue = (await client.get("/api/marking/queue")).json()
    assert queue["ai_configured"] is False
    assert "wait for you to mark them" in queue["message"]
    [item] = queue["items"]
    assert item["pupil_name"] == "Pip Jones"
    assert item["class_name"] == "7A"
    assert item["answer_text"] == ESSAY
    assert item["ai"]["state"] == "none"
    assert item["mark_scheme"]
    assert item["draft"] == 1
    filtered = (await client.get("/api/marking/queue", params={"assessment_id": str(uuid.uuid4())})).json()
    assert filtered["items"] == []


async def test_accept_override_release_and_every_pupil_endpoint_hides_unreleased_marks(client, session, make_client):
    w = await _essay_setup(session, client, make_client)
    pupil = w["pupil_client"]
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    await _suggest(session, item["answer_id"], score=3.0)
    r = await client.post(f"/api/marking/answers/{item['answer_id']}", json={"accept": True})
    assert r.status_code == 200
    assert r.json()["status"] == "teacher_marked"
    assert r.json()["released"] is False
    await pupil.post(f"/api/pupil/attempts/{w['view']['attempt_id']}/complete")

    async def pupil_sees_a_mark() -> bool:
        board = (await pupil.get("/api/pupil/assessments")).json()
        results = (await pupil.get(f"/api/pupil/attempts/{w['view']['attempt_id']}/results")).json()
        progress = (await pupil.get("/api/pupil/progress")).json()
        essay = next(q for q in results["questions"] if q["type"] == "extended_text")
        return (board["completed"][0]["percentage"] is not None or essay["score"] is not None
                or bool(progress) or "Add an example" in str(results))

    assert not await pupil_sees_a_mark()
    released = await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    assert released.json() == {"released": 1, "still_to_mark": 0}
    assert await pupil_sees_a_mark()
    review = (await session.execute(select(MarkReview))).scalar_one()
    assert review.accepted
    assert review.ai_score == 3.0
    assert review.final_score == 3.0


async def test_override_keeps_both_marks_and_feeds_agreement(client, session, make_client):
    w = await _essay_setup(session, client, make_client)
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    await _suggest(session, item["answer_id"], score=3.0)
    bad = await client.post(f"/api/marking/answers/{item['answer_id']}", json={"score": 9, "feedback": "x"})
    assert bad.status_code == 422
    assert "between 0 and 4" in bad.json()["detail"]
    rude = await client.post(f"/api/marking/answers/{item['answer_id']}", json={"score": 2, "feedback": "This is wrong."})
    assert rude.status_code == 422
    assert "reword" in rude.json()["detail"]
    r = await client.post(f"/api/marking/answers/{item['answer_id']}",
                          json={"score": 2, "feedback": "Nearly there. Give an everyday example."})
    assert r.status_code == 200
    assert r.json()["score"] == 2
    review = (await session.execute(select(MarkReview))).scalar_one()
    assert (review.ai_score, review.final_score, review.accepted) == (3.0, 2.0, False)
    agreement = (await client.get(f"/api/marking/agreement/{w['assessment'].id}")).json()
    [q] = agreement["questions"]
    assert (q["reviews"], q["agreement_rate"], q["within_one_point_rate"], q["mean_difference"]) == (1, 0.0, 1.0, 1.0)
    assert (await session.execute(select(AuditLog).where(AuditLog.action == "mark.override"))).scalar_one()


async def test_marking_by_hand_without_a_suggestion(client, session, make_client):
    await _essay_setup(session, client, make_client)
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    accept = await client.post(f"/api/marking/answers/{item['answer_id']}", json={"accept": True})
    assert accept.status_code == 422
    assert "no AI suggestion" in accept.json()["detail"]
    r = await client.post(f"/api/marking/answers/{item['answer_id']}", json={"score": 4, "feedback": "Correct! Well explained."})
    assert r.json()["status"] == "teacher_marked"
    assert (await client.get("/api/marking/queue")).json()["items"] == []
    assert (await client.get("/api/marking/queue", params={"include_marked": True})).json()["count"] == 1


async def test_other_teachers_cannot_mark_or_release(client, session, make_client):
    w = await _essay_setup(session, client, make_client)
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    await make_user(session, Role.teacher, username="other")
    other = await make_client()
    await other.login("other")
    assert (await other.get("/api/marking/queue")).json()["items"] == []
    r = await other.post(f"/api/marking/answers/{item['answer_id']}", json={"score": 1, "feedback": "Nearly there."})
    assert r.status_code == 403
    r = await other.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    assert r.status_code == 403


async def test_a_pupil_revises_a_written_answer_after_feedback(client, session, make_client):
    w = await _essay_setup(session, client, make_client, max_question_retries=2)
    pupil, view, essay = w["pupil_client"], w["view"], w["essay"]
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{essay['id']}/submit"
    early = await pupil.post(url, json={"answer_data": {"text": ESSAY + " More."}})
    assert early.status_code == 409
    assert "last draft" in early.json()["detail"]
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    await client.post(f"/api/marking/answers/{item['answer_id']}",
                      json={"score": 2, "feedback": "Nearly there. Give an everyday example."})
    await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    resumed = (await pupil.post(f"/api/pupil/assessments/{w['assessment'].id}/start")).json()
    saved = next(q for q in resumed["questions"] if q["type"] == "extended_text")["saved"]
    assert saved["feedback"].startswith("Nearly there")
    assert saved["locked"] is False
    second = await pupil.post(url, json={"answer_data": {"text": ESSAY + " For example a recipe."}})
    assert second.status_code == 200
    assert second.json()["awaiting_marking"] is True
    [item] = (await client.get("/api/marking/queue")).json()["items"]
    assert item["draft"] == 2
    await client.post(f"/api/marking/answers/{item['answer_id']}", json={"score": 4, "feedback": "Correct! Clear example."})
    await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    results = (await pupil.get(f"/api/pupil/attempts/{view['attempt_id']}/results")).json()
    essay_result = next(q for q in results["questions"] if q["type"] == "extended_text")
    assert essay_result["score"] == 4
    assert essay_result["feedback"].startswith("Correct!")
    [draft_one] = essay_result["drafts"]
    assert draft_one["score"] == 2
    assert draft_one["feedback"].startswith("Nearly there")


async def test_rubric_templates(client, session, make_client):
    await make_user(session, Role.teacher, username="t1")
    await make_user(session, Role.teacher, username="t2")
    await client.login("t1")
    scheme = [{"criterion": "Defines an algorithm", "points": 2}, {"criterion": "Gives an example", "points": 2}]
    r = await client.post("/api/rubrics", json={"name": "Explain a term", "mark_scheme": scheme, "shared": True})
    assert r.status_code == 201
    assert r.json()["points_available"] == 4
    assert r.json()["mine"] is True
    bad = await client.post("/api/rubrics", json={"name": "x", "mark_scheme": [{"criterion": "", "points": 1}]})
    assert bad.status_code == 422
    other = await make_client()
    await other.login("t2")
    listed = (await other.get("/api/rubrics")).json()
    assert [x["name"] for x in listed] == ["Explain a term"]
    assert listed[0]["mine"] is False
    assert (await other.put(f"/api/rubrics/{r.json()['id']}", json={"name": "Mine", "mark_scheme": scheme})).status_code == 403
    assert (await client.delete(f"/api/rubrics/{r.json()['id']}")).status_code == 204
