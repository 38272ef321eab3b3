"""The API the marking, drafts and AI-settings pages need beyond the marking service itself: a pupil's drafts of one
answer (while the assessment is still open, with only released marks), the school's AI marking defaults for
teachers (never the key), and an assessment's AI marking settings checked before they are stored."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.models import Role, UserSession, utcnow
from app.services.privacy import retention
from tests.factories import make_assessment, make_class, make_user

ESSAY_CONFIG = {
    "type": "extended_text", "min_words": 0, "max_words": 200,
    "marking_guide": {"points_available": 4, "mark_scheme": [
        {"criterion": "Says an algorithm is a set of steps", "points": 2},
        {"criterion": "Gives an everyday example", "points": 2}]},
    "ai_marking_enabled": True,
}
FIRST = "An algorithm is a set of steps."
SECOND = "An algorithm is a set of steps. A recipe for a cake is an algorithm."


async def _setup(session, client, make_client):
    teacher = await make_user(session, Role.teacher, username="drafts-teacher")
    pupil = await make_user(session, Role.pupil, username="drafts-pupil")
    other = await make_user(session, Role.pupil, username="drafts-other")
    school_class = await make_class(session, teachers=[teacher], pupils=[pupil, other])
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                       questions=[("extended_text", ESSAY_CONFIG, 4)], allow_question_retry=True,
                                       max_question_retries=2, show_immediate_feedback=True)
    pupil_client = await make_client()
    await pupil_client.login("drafts-pupil")
    view = (await pupil_client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    question_id = view["questions"][0]["id"]
    await client.login("drafts-teacher")
    return {"assessment": assessment, "pupil": pupil_client, "attempt": view["attempt_id"], "question": question_id}


async def _submit(w, text):
    return await w["pupil"].post(f"/api/pupil/attempts/{w['attempt']}/answers/{w['question']}/submit",
                                 json={"answer_data": {"text": text}})


async def test_drafts_show_each_try_with_only_released_marks_while_the_assessment_is_open(client, session, make_client):
    w = await _setup(session, client, make_client)
    path = f"/api/pupil/attempts/{w['attempt']}/questions/{w['question']}/drafts"
    assert (await w["pupil"].get(path)).json() == {"question_id": w["question"], "max_score": 4.0, "drafts": []}

    assert (await _submit(w, FIRST)).json()["awaiting_marking"] is True
    [only] = (await w["pupil"].get(path)).json()["drafts"]
    assert only["answer_data"] == {"text": FIRST}
    assert only["released"] is False
    assert only["score"] is None
    assert only["feedback"] is None
    assert only["details"] == {}

    [item] = (await client.get("/api/marking/queue")).json()["items"]
    criteria = [{"criterion": "Says an algorithm is a set of steps", "met": True, "points": 2, "worth": 2,
                 "evidence": "a set of steps"},
                {"criterion": "Gives an everyday example", "met": False, "points": 0, "worth": 2, "evidence": ""}]
    decided = await client.post(f"/api/marking/answers/{item['answer_id']}",
                                json={"score": 2, "feedback": "Nearly there. Add an everyday example.",
                                      "criteria": criteria})
    assert decided.status_code == 200, decided.text
    # Marked but not released: the pupil still sees no mark, and cannot send a new draft yet.
    assert (await w["pupil"].get(path)).json()["drafts"][0]["score"] is None
    early = await _submit(w, SECOND)
    assert early.status_code == 409
    assert "not looked at your last draft" in early.json()["detail"]
    released = await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    assert released.json()["released"] == 1

    [first] = (await w["pupil"].get(path)).json()["drafts"]
    assert first["released"] is True
    assert first["score"] == 2.0
    assert first["feedback"] == "Nearly there. Add an everyday example."
    assert [c["met"] for c in first["details"]["criteria"]] == [True, False]

    assert (await _submit(w, SECOND)).status_code == 200
    first, second = (await w["pupil"].get(path)).json()["drafts"]
    assert (first["try_number"], second["try_number"]) == (1, 2)
    assert first["score"] == 2.0
    assert first["answer_data"] == {"text": FIRST}
    assert second["answer_data"] == {"text": SECOND}
    assert second["score"] is None
    assert second["released"] is False

    # The results page's earlier drafts carry the same released criteria, for "what improved".
    await w["pupil"].post(f"/api/pupil/attempts/{w['attempt']}/complete")
    results = (await w["pupil"].get(f"/api/pupil/attempts/{w['attempt']}/results")).json()
    [earlier] = results["questions"][0]["drafts"]
    assert earlier["details"]["criteria"][0]["met"] is True
    assert earlier["released"] is True


async def test_drafts_belong_to_their_pupil_and_their_question(client, session, make_client):
    w = await _setup(session, client, make_client)
    other = await make_client()
    await other.login("drafts-other")
    refused = await other.get(f"/api/pupil/attempts/{w['attempt']}/questions/{w['question']}/drafts")
    assert refused.status_code == 403
    assert refused.json()["detail"] == "This work belongs to someone else."
    stranger = "00000000-0000-4000-8000-000000000000"
    missing = await w["pupil"].get(f"/api/pupil/attempts/{w['attempt']}/questions/{stranger}/drafts")
    assert missing.status_code == 404
    assert "not part of this assessment" in missing.json()["detail"]
    teacher_try = await client.get(f"/api/pupil/attempts/{w['attempt']}/questions/{w['question']}/drafts")
    assert teacher_try.status_code == 403


async def test_teachers_read_the_school_ai_marking_defaults_but_never_the_key(client, session, make_client):
    await make_user(session, Role.admin, username="drafts-admin")
    await make_user(session, Role.teacher, username="plain-teacher")
    admin = await make_client()
    await admin.login("drafts-admin")
    await client.login("plain-teacher")
    before = (await client.get("/api/marking/ai-defaults")).json()
    assert before["configured"] is False
    assert "wait for you to mark them" in before["message"]
    assert before["runs_per_model"] == 1
    assert before["aggregation"] == "mean"
    assert before["models"]

    saved = await admin.put("/api/admin/ai-settings", json={
        "base_url": "http://127.0.0.1:9/v1", "api_key": "sk-secret-value-9876", "model": "main-model",
        "marking_models": ["marker-a", "marker-b"], "runs_per_model": 3, "aggregation": "median"})
    assert saved.status_code == 200, saved.text
    after = await client.get("/api/marking/ai-defaults")
    assert after.json() == {"configured": True, "models": ["marker-a", "marker-b"], "runs_per_model": 3,
                            "aggregation": "median", "message": None}
    assert "sk-secret" not in after.text
    assert "9876" not in after.text
    pupil = await make_user(session, Role.pupil, username="defaults-pupil")
    assert pupil.role == Role.pupil
    pupil_client = await make_client()
    await pupil_client.login("defaults-pupil")
    assert (await pupil_client.get("/api/marking/ai-defaults")).status_code == 403


async def test_an_assessments_ai_marking_settings_are_checked_before_they_are_stored(client, session):
    teacher = await make_user(session, Role.teacher, username="settings-teacher")
    assessment = await make_assessment(session, owner=teacher, questions=[("extended_text", ESSAY_CONFIG, 4)])
    await client.login("settings-teacher")
    path = f"/api/assessments/{assessment.id}"
    good = await client.patch(path, json={"ai_marking": {"models": ["marker-a", "marker-b"], "runs_per_model": 3,
                                                          "aggregation": "weighted_mean",
                                                          "model_weights": {"marker-a": 2, "marker-b": 1}},
                                          "auto_release_ai_marks": True})
    assert good.status_code == 200, good.text
    stored = good.json()
    assert stored["ai_marking"] == {"models": ["marker-a", "marker-b"], "runs_per_model": 3,
                                    "aggregation": "weighted_mean", "model_weights": {"marker-a": 2.0, "marker-b": 1.0}}
    assert stored["auto_release_ai_marks"] is True
    for bad in ({"runs_per_model": 9}, {"aggregation": "loudest"}, {"models": ["m"] * 6}, {"colour": "blue"},
                {"model_weights": {"m": -1}}):
        refused = await client.patch(path, json={"ai_marking": bad})
        assert refused.status_code == 422, (bad, refused.text)
    # Back to the school's defaults: an empty object.
    reset = await client.patch(path, json={"ai_marking": {}})
    assert reset.json()["ai_marking"] == {}


async def test_the_clean_up_removes_ended_sessions_and_keeps_live_ones(client, session):
    pupil = await make_user(session, Role.pupil, username="sessions-pupil")
    await client.login("sessions-pupil")  # a live session, through the real sign-in
    session.add(UserSession(user_id=pupil.id, token_hash="e" * 64, csrf_token="c" * 32, ip="10.0.0.9",
                            user_agent="Old browser", expires_at=utcnow() - timedelta(minutes=1)))
    await session.flush()
    result = await retention.purge(session)
    assert result["expired_sessions_deleted"] == 1
    left = (await session.execute(select(UserSession).where(UserSession.user_id == pupil.id))).scalars().all()
    assert len(left) == 1
    assert left[0].user_agent != "Old browser"
    assert (await client.get("/api/auth/me")).status_code == 200  # the live one still works
