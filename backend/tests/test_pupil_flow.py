"""A pupil takes an assessment through the API: start/resume, autosave ordering, submit and retries, hints,
easier versions, finishing, results review, windows, attempts, other people's work, rate limits."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app import question_types as engine
from app.models import (
    Answer,
    AnswerHistory,
    AnswerRelease,
    AssessmentClass,
    Attempt,
    AttemptStatus,
    Question,
    Role,
    utcnow,
)
from tests.factories import make_assessment, make_class, make_user

LEAKS = ("is_correct", "correct_position", "correct_label", "correct_answer", "mark_scheme", "solution")


async def _setup(session, *, questions=("multiple_choice", "binary_convert", "ordering"), **settings):
    teacher = await make_user(session, Role.teacher, username="teach")
    pupil = await make_user(session, Role.pupil, username="pip")
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=list(questions), publish_to=[school_class],
                                       **settings)
    return teacher, pupil, school_class, assessment


async def _start(client, assessment_id):
    r = await client.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert r.status_code == 200, r.text
    return r.json()


async def _config(session, question_id) -> dict:
    return (await session.get(Question, uuid.UUID(str(question_id)))).config


async def test_dashboard_start_resume_and_no_answer_key(client, session):
    _t, _p, _c, assessment = await _setup(session)
    assessment_id = str(assessment.id)
    await client.login("pip")
    board = (await client.get("/api/pupil/assessments")).json()
    assert [c["assessment_id"] for c in board["available"]] == [assessment_id]
    view = await _start(client, assessment_id)
    assert view["question_count"] == 3
    assert view["resumed"] is False
    assert [q["number"] for q in view["questions"]] == [1, 2, 3]
    text = json.dumps(view)
    assert not any(leak in text for leak in LEAKS)
    assert all(q["hint"] is None for q in view["questions"])
    assert all(q["hint_available"] for q in view["questions"])
    again = await _start(client, assessment_id)
    assert again["attempt_id"] == view["attempt_id"]
    assert again["resumed"] is True
    board = (await client.get("/api/pupil/assessments")).json()
    assert board["available"] == []
    assert board["in_progress"][0]["attempt_id"] == view["attempt_id"]


async def test_autosave_is_ordered_idempotent_and_restored(client, session):
    _t, _p, _c, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    attempt_id, qid = view["attempt_id"], view["questions"][1]["id"]
    url = f"/api/pupil/attempts/{attempt_id}/answers/{qid}"
    first = (await client.put(url, json={"answer_data": {"answer": "1"}, "seq": 1})).json()
    assert (first["saved"], first["seq"]) == (True, 1)
    assert (await client.put(url, json={"answer_data": {"answer": "101"}, "seq": 3, "elapsed_seconds": 40})).json()["seq"] == 3
    late = await client.put(url, json={"answer_data": {"answer": "10"}, "seq": 2})  # older save arriving late
    assert (late.json()["saved"], late.json()["seq"]) == (False, 3)  # not stored: the newer save is kept
    repeat = await client.put(url, json={"answer_data": {"answer": "101"}, "seq": 3})
    assert (repeat.json()["saved"], repeat.json()["seq"]) == (True, 3)
    restored = await _start(client, assessment.id)
    saved = restored["questions"][1]["saved"]
    assert saved["answer_data"] == {"answer": "101"}
    assert saved["seq"] == 3
    assert saved["submitted"] is False
    answer = (await session.execute(select(Answer))).scalar_one()
    assert answer.time_taken_seconds == 40
    assert answer.first_answered_at is not None


async def test_autosave_refuses_other_peoples_attempts_and_finished_ones(client, session, make_client):
    _t, _p, school_class, assessment = await _setup(session)
    await make_user(session, Role.pupil, username="other")
    await client.login("pip")
    view = await _start(client, assessment.id)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"
    other = await make_client()
    await other.login("other")
    r = await other.put(url, json={"answer_data": {"selected_option": "x"}, "seq": 1})
    assert r.status_code == 403
    assert "someone else" in r.json()["detail"]
    r = await other.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    assert r.status_code == 403
    stranger_question = await client.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{uuid.uuid4()}",
                                         json={"answer_data": {}, "seq": 1})
    assert stranger_question.status_code == 404
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    finished = await client.put(url, json={"answer_data": {"selected_option": "x"}, "seq": 9})
    assert finished.status_code == 409
    assert "already finished" in finished.json()["detail"]


async def test_submit_feedback_retries_and_history(client, session):
    _t, _p, _c, assessment = await _setup(session, max_question_retries=1)
    await client.login("pip")
    view = await _start(client, assessment.id)
    mc = next(q for q in view["questions"] if q["type"] == "multiple_choice")
    config = await _config(session, mc["id"])
    wrong = next(o["id"] for o in config["options"] if not o["is_correct"])
    right = next(o["id"] for o in config["options"] if o["is_correct"])
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{mc['id']}/submit"
    first = (await client.post(url, json={"answer_data": {"selected_option": wrong}})).json()
    assert first["score"] == 0
    assert first["feedback"].startswith("Not quite.")
    assert first["can_retry"] is True
    assert first["tries_left"] == 1
    assert "1 more try" in first["message"]
    for word in ("wrong", "incorrect", "failed", "bad"):
        assert word not in first["feedback"].lower()
    second = (await client.post(url, json={"answer_data": {"selected_option": right}})).json()
    assert second["is_correct"] is True
    assert second["feedback"].startswith("Correct!")
    assert second["locked"] is True
    third = await client.post(url, json={"answer_data": {"selected_option": right}})
    assert third.status_code == 409
    assert "already answered this question correctly" in third.json()["detail"]
    history = (await session.execute(select(AnswerHistory).order_by(AnswerHistory.try_number))).scalars().all()
    assert [(h.try_number, h.score) for h in history] == [(1, 0.0), (2, 2.0)]


async def test_no_more_tries_after_the_limit(client, session):
    _t, _p, _c, assessment = await _setup(session, allow_question_retry=False)
    await client.login("pip")
    view = await _start(client, assessment.id)
    q = view["questions"][1]
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{q['id']}/submit"
    r = (await client.post(url, json={"answer_data": {"answer": "nonsense"}})).json()
    assert r["can_retry"] is False
    assert r["locked"] is True
    assert r["tries_left"] == 0
    again = await client.post(url, json={"answer_data": {"answer": "1"}})
    assert again.status_code == 409
    assert "used all your tries" in again.json()["detail"]


async def test_without_immediate_feedback_answers_are_just_saved(client, session):
    _t, _p, _c, assessment = await _setup(session, show_immediate_feedback=False)
    await client.login("pip")
    view = await _start(client, assessment.id)
    q = view["questions"][0]
    r = (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{q['id']}/submit",
                           json={"answer_data": {"selected_option": "zzz"}}))
    assert r.status_code == 422  # an option that does not exist is malformed, not a wrong answer
    config = await _config(session, q["id"])
    r = (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{q['id']}/submit",
                           json={"answer_data": {"selected_option": config["options"][0]["id"]}})).json()
    assert r["feedback_shown"] is False
    assert r["message"] == "Your answer is saved."
    assert r["score"] is None
    assert r["feedback"] is None
    resumed = await _start(client, assessment.id)
    assert resumed["questions"][0]["saved"]["score"] is None
    assert resumed["questions"][0]["saved"]["feedback"] is None


async def test_hint_and_easier_version_are_recorded_and_the_easier_version_is_marked(client, session):
    scaffold_config = {"type": "multiple_choice", "options": [
        {"id": "a", "text": "1", "is_correct": True}, {"id": "b", "text": "2", "is_correct": False}]}
    _t, _p, _c, assessment = await _setup(session, questions=[
        {"type": "binary_convert", "scaffold": {"type": "multiple_choice", "question_text": "What is 1 in denary?",
                                                "config": scaffold_config}},
    ])
    question = (await session.execute(select(Question))).scalar_one()
    from app import sandbox

    question.scaffold = {**question.scaffold, "config": (await engine.check(scaffold_config, sandbox=sandbox)).config}
    await session.flush()
    await client.login("pip")
    view = await _start(client, assessment.id)
    q = view["questions"][0]
    assert q["scaffold_available"] is True
    assert q["scaffold"] is None
    hint = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{q['id']}/hint")
    assert hint.json()["hint"] == "Read the question slowly."
    assert "does not change your score" in hint.json()["message"]
    easier = (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{q['id']}/scaffold")).json()
    assert easier["type"] == "multiple_choice"
    assert "is_correct" not in json.dumps(easier)
    right = next(o["id"] for o in question.scaffold["config"]["options"] if o["is_correct"])
    r = (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{q['id']}/submit",
                           json={"answer_data": {"selected_option": right}})).json()
    assert r["is_correct"] is True
    assert "hint helped" in r["feedback"]
    resumed = await _start(client, assessment.id)
    assert resumed["questions"][0]["hint"] == "Read the question slowly."
    assert resumed["questions"][0]["scaffold"]["type"] == "multiple_choice"
    answer = (await session.execute(select(Answer))).scalar_one()
    await session.refresh(answer)
    assert answer.hint_used
    assert answer.scaffold_used


async def test_hints_switched_off(client, session):
    _t, _p, _c, assessment = await _setup(session, allow_hints=False)
    await client.login("pip")
    view = await _start(client, assessment.id)
    q = view["questions"][0]
    assert q["hint_available"] is False
    r = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{q['id']}/hint")
    assert r.status_code == 403
    assert "switched off" in r.json()["detail"]


async def test_complete_marks_everything_and_gives_the_summary(client, session):
    _t, _p, _c, assessment = await _setup(session, questions=("binary_convert", "binary_convert", "ordering",
                                                               "extended_text"))
    await client.login("pip")
    view = await _start(client, assessment.id)
    attempt_id = view["attempt_id"]
    first, second, ordering, essay = view["questions"]
    key = engine.example_answer(await _config(session, first["id"]))
    # answered and submitted; answered but never submitted (still marked); ordering left empty; essay typed
    await client.post(f"/api/pupil/attempts/{attempt_id}/answers/{first['id']}/submit", json={"answer_data": key})
    key2 = engine.example_answer(await _config(session, second["id"]))
    await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{second['id']}", json={"answer_data": key2, "seq": 1})
    await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{essay['id']}",
                     json={"answer_data": {"text": "A CPU fetches instructions and decodes them. " * 5}, "seq": 1})
    summary = (await client.post(f"/api/pupil/attempts/{attempt_id}/complete")).json()
    assert summary["score"] == 4
    assert summary["max_score"] == 6
    assert summary["percentage"] == 66.7
    assert summary["headline"] == "Well done!"
    assert summary["waiting_for_teacher"] == 1
    assert "will mark one of your answers" in summary["next_steps"]
    again = await client.post(f"/api/pupil/attempts/{attempt_id}/complete")
    assert again.json()["score"] == 4
    attempt = await session.get(Attempt, uuid.UUID(attempt_id))
    await session.refresh(attempt)
    assert attempt.status == AttemptStatus.completed
    assert attempt.total_score == 4
    assert attempt.max_score == 8
    unanswered = (await session.execute(select(Answer).where(Answer.question_id == uuid.UUID(ordering["id"])))).scalar_one()
    assert unanswered.score == 0
    assert unanswered.feedback == "This question was not answered."
    board = (await client.get("/api/pupil/assessments")).json()
    done = board["completed"][0]
    assert done["percentage"] is None  # not all released yet
    assert done["waiting_for_teacher"] == 1
    assert (await client.get("/api/pupil/progress")).json() == []


async def test_results_review_waits_for_finishing_and_the_class_choice_and_hides_unreleased_marks(client, session):
    _t, _p, _c, assessment = await _setup(session, questions=("binary_convert", "extended_text"),
                                          show_answers="never")
    assessment_id = assessment.id
    await client.login("pip")
    view = await _start(client, assessment_id)
    attempt_id = view["attempt_id"]
    early = await client.get(f"/api/pupil/attempts/{attempt_id}/results")
    assert early.status_code == 403
    assert "Finish the assessment first" in early.json()["detail"]
    await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{view['questions'][1]['id']}",
                     json={"answer_data": {"text": "words " * 40}, "seq": 1})
    await client.post(f"/api/pupil/attempts/{attempt_id}/complete")
    never = (await client.get(f"/api/pupil/attempts/{attempt_id}/results")).json()
    assert [q["answer_key"] for q in never["questions"]] == [None, None], "never: the pupil's answers, no keys"
    assert never["answers_note"] == "Your teacher has chosen not to show the answers to this assessment."
    link = (await session.execute(select(AssessmentClass))).scalar_one()
    link.show_answers = AnswerRelease.after_finishing
    await session.flush()
    results = (await client.get(f"/api/pupil/attempts/{attempt_id}/results")).json()
    binary, essay = results["questions"]
    assert binary["answer_key"]
    assert binary["score"] == 0
    assert essay["score"] is None
    assert essay["answer_key"] is None
    assert "not marked this yet" in essay["feedback"]
    assert results["percentage"] is None
    assert results["waiting_for_teacher"] == 1
    assert results["answers_shown"] is True


async def test_windows_attempt_limits_and_classes(client, session, make_client):
    teacher, _p, school_class, assessment = await _setup(session)
    link = (await session.execute(select(AssessmentClass))).scalar_one()
    link.available_from = utcnow() + timedelta(days=2)
    await session.flush()
    await client.login("pip")
    r = await client.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert r.status_code == 403
    assert "opens on" in r.json()["detail"]
    link.available_from, link.available_until = None, utcnow() - timedelta(minutes=1)
    await session.flush()
    r = await client.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert r.status_code == 403
    assert "closed on" in r.json()["detail"]
    link.available_until = None
    await session.flush()
    view = await _start(client, assessment.id)
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    r = await client.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert r.status_code == 409
    assert "1 of 1 attempt used" in r.json()["detail"]
    await make_user(session, Role.pupil, username="outsider")
    outsider = await make_client()
    await outsider.login("outsider")
    r = await outsider.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert r.status_code == 404
    assert "not set for any of your classes" in r.json()["detail"]


async def test_attempt_start_rate_limit(client, session, monkeypatch):
    from app.config import get_settings

    teacher, pupil, school_class, first = await _setup(session)
    second = await make_assessment(session, owner=teacher, questions=["binary_convert"], publish_to=[school_class])
    monkeypatch.setattr(get_settings(), "rate_limit_attempts", 1)
    await client.login("pip")
    await _start(client, first.id)
    r = await client.post(f"/api/pupil/assessments/{second.id}/start")
    assert r.status_code == 429
    assert "Take a break" in r.json()["detail"]


async def test_randomised_order_is_fixed_per_attempt(client, session):
    _t, _p, _c, assessment = await _setup(session, questions=["binary_convert"] * 6 + ["multiple_choice"],
                                          randomise_questions=True, randomise_options=True)
    await client.login("pip")
    view = await _start(client, assessment.id)
    again = await _start(client, assessment.id)
    assert [q["id"] for q in view["questions"]] == [q["id"] for q in again["questions"]]
    assert [q["view"] for q in view["questions"]] == [q["view"] for q in again["questions"]]
    count = await session.scalar(select(func.count()).select_from(Attempt))
    assert count == 1


async def test_position_and_break(client, session):
    _t, _p, _c, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    assert (await client.put(f"/api/pupil/attempts/{view['attempt_id']}/position", json={"index": 2})).status_code == 204
    assert (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/break")).status_code == 204
    board = (await client.get("/api/pupil/assessments")).json()
    assert board["in_progress"][0]["attempt_id"] == view["attempt_id"]
    resumed = await _start(client, assessment.id)
    assert resumed["current_index"] == 2
    assert resumed["resumed"] is True


@pytest.mark.slow  # starts processes or waits for a time limit
async def test_run_my_code_runs_visible_tests_in_the_sandbox_and_is_rate_limited(client, session, monkeypatch):
    from app.config import get_settings

    _t, _p, _c, assessment = await _setup(session, questions=["python_code"])
    await client.login("pip")
    view = await _start(client, assessment.id)
    q = view["questions"][0]
    url = f"/api/pupil/attempts/{view['attempt_id']}/questions/{q['id']}/run"
    r = await client.post(url, json={"code": "def add(a, b):\n    print('adding')\n    return a + b\n"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["status"] == "ok"
    assert "adding" in body["output"]
    assert body["tests"]
    assert all(t["passed"] for t in body["tests"])
    config = await _config(session, q["id"])
    assert len(body["tests"]) == sum(1 for t in config["test_cases"] if t["visible"])  # hidden tests stay hidden
    slow = await client.post(url, json={"code": "while True:\n    pass\n"})
    assert slow.json()["status"] == "timeout"
    assert "loop" in slow.json()["message"]
    monkeypatch.setattr(get_settings(), "rate_limit_code_runs", 2)
    limited = await client.post(url, json={"code": "x = 1"})
    assert limited.status_code == 429
    assert "Wait a moment" in limited.json()["detail"]


async def test_nul_characters_are_dropped_not_a_server_error(client, session):
    _t, _p, _c, assessment = await _setup(session, questions=["extended_text"])
    await client.login("pip")
    view = await _start(client, assessment.id)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"
    r = await client.put(url, json={"answer_data": {"text": "an\u0000swer"}, "seq": 1})
    assert r.status_code == 200, r.text
    answer = (await session.execute(select(Answer))).scalar_one()
    assert answer.answer_data == {"text": "answer"}
    search = await client.get("/api/pupil/assessments", params={"x": "\u0000"})
    assert search.status_code == 200


async def test_the_lean_autosave_sign_in_makes_every_check_the_other_pupil_routes_make(client, session, make_client):
    """Autosave looks the pupil up without loading objects (it is the busiest request); it must still refuse what
    CurrentPupil refuses: no session, a missing or wrong CSRF token, and anyone who is not a pupil."""
    _t, _p, _c, assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment.id)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"
    body = {"answer_data": {"selected_option": None}, "seq": 1}
    wrong_token = await client.put(url, json=body, headers={"X-CSRF-Token": "not-the-token"})
    assert wrong_token.status_code == 403
    assert wrong_token.json()["error"] == "CSRFFailed"
    nobody = await make_client()
    signed_out = await nobody.put(url, json=body)
    assert signed_out.status_code == 401
    assert "sign in" in signed_out.json()["detail"].lower()
    teacher = await make_client()
    await teacher.login("teach")
    refused = await teacher.put(url, json=body)
    assert refused.status_code == 403
    assert "for pupils" in refused.json()["detail"]
    saved = (await client.put(url, json=body)).json()
    assert (saved["saved"], saved["seq"]) == (True, 1)
    assert (await session.execute(select(func.count()).select_from(Answer))).scalar_one() == 1


# --- The time limit, enforced by the server ----------------------------------------------------------------

TIME_OVER = "The time for this assessment has ended. Your answers were saved."


async def _timed_attempt(client, session, *, seconds_after_the_end: int):
    """A binary-conversion question in a 10-minute assessment whose attempt began long enough ago that its time
    ended `seconds_after_the_end` seconds ago; (attempt view, the question, its full-marks answer)."""
    _t, _p, _c, assessment = await _setup(session, questions=["binary_convert"], time_limit_minutes=10)
    await client.login("pip")
    view = await _start(client, assessment.id)
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]))
    attempt.started_at = utcnow() - timedelta(minutes=10, seconds=seconds_after_the_end)
    await session.flush()
    question = view["questions"][0]
    return view, question, engine.example_answer(await _config(session, question["id"]))


async def _the_answer(session) -> Answer:
    answer = (await session.execute(select(Answer))).scalar_one()
    await session.refresh(answer)
    return answer


async def test_a_submit_after_the_time_ends_is_kept_as_a_late_draft_and_not_marked(client, session):
    view, question, key = await _timed_attempt(client, session, seconds_after_the_end=90)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit"
    late = await client.post(url, json={"answer_data": key})
    assert late.status_code == 409
    assert late.json()["detail"] == TIME_OVER
    answer = await _the_answer(session)
    assert answer.late_answer_data == key
    assert answer.late_saved_at is not None
    assert answer.answer_data is None
    assert answer.tries == 0
    assert answer.score is None
    assert await session.scalar(select(func.count()).select_from(AnswerHistory)) == 0


async def test_the_teacher_sees_what_was_written_after_the_time_ended(client, session, make_client):
    view, question, key = await _timed_attempt(client, session, seconds_after_the_end=90)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit"
    assert (await client.post(url, json={"answer_data": key})).status_code == 409
    teacher = await make_client()
    await teacher.login("teach")
    detail = (await teacher.get(f"/api/analytics/attempts/{view['attempt_id']}")).json()
    (answer,) = detail["answers"]
    assert answer["late_answer_data"] == key
    assert answer["late_saved_at"] is not None
    assert answer["score"] is None


async def test_a_submit_within_the_grace_period_is_marked(client, session):
    view, question, key = await _timed_attempt(client, session, seconds_after_the_end=20)
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit"
    marked = await client.post(url, json={"answer_data": key})
    assert marked.status_code == 200, marked.text
    assert marked.json()["is_correct"] is True


async def test_a_submit_after_the_window_closes_is_refused(client, session):
    _t, _p, _c, assessment = await _setup(session, questions=["binary_convert"])
    await client.login("pip")
    view = await _start(client, assessment.id)
    link = (await session.execute(select(AssessmentClass))).scalar_one()
    link.available_until = utcnow() - timedelta(minutes=2)
    await session.flush()
    question = view["questions"][0]
    late = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                             json={"answer_data": {"answer": "101"}})
    assert late.status_code == 409
    assert late.json()["detail"] == TIME_OVER
    assert (await _the_answer(session)).late_answer_data == {"answer": "101"}


async def test_finishing_after_the_time_ends_marks_what_was_saved_by_the_end(client, session):
    view, question, key = await _timed_attempt(client, session, seconds_after_the_end=-120)
    attempt_id = view["attempt_id"]
    saved = await client.put(f"/api/pupil/attempts/{attempt_id}/answers/{question['id']}",
                             json={"answer_data": key, "seq": 1})
    assert saved.status_code == 200, saved.text
    attempt = await session.get(Attempt, uuid.UUID(attempt_id))
    attempt.started_at -= timedelta(minutes=5)  # now the time ended three minutes ago
    await session.flush()
    late = await client.post(f"/api/pupil/attempts/{attempt_id}/answers/{question['id']}/submit",
                             json={"answer_data": {"answer": "1"}})
    assert late.status_code == 409
    summary = await client.post(f"/api/pupil/attempts/{attempt_id}/complete")
    assert summary.status_code == 200, summary.text
    assert summary.json()["score"] == summary.json()["max_score"]
    answer = await _the_answer(session)
    assert answer.answer_data == key
    assert answer.late_answer_data == {"answer": "1"}
    assert answer.is_correct is True
