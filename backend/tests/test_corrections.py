"""Corrections of marks (issue 19): a teacher changes any mark with a reason — kept, audited, re-totalled, seen by
the pupil after release (the reason only once answers may be shown), kept through a later re-mark — and "accept
this answer for everyone" adds a common answer to the key, re-marks, and says whose mark changed."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.models import Answer, Attempt, AuditLog, ClassTeacher, MarkCorrection, Question, Role
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample

SHORT = ("text_input", sample("text_input"), 2)  # "central processing unit" (full) or "processor" (half)
REASON = "The answer means the same as the key: it gets full marks."


async def _school(session, *, pupils=("ada",), questions=(SHORT,), **settings):
    teacher = await make_user(session, Role.teacher, username="teach")
    made = [await make_user(session, Role.pupil, username=name, name=f"{name.title()} Pupil") for name in pupils]
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=made)
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class], questions=list(questions),
                                       max_attempts=1, **settings)
    stored = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                    .order_by(Question.position))).scalars().all()
    return {"teacher": teacher, "class": school_class, "assessment": assessment, "questions": list(stored),
            "pupils": made}


async def _take(make_client, username, assessment_id, answers: dict, *, finish=True):
    """The pupil starts the assessment, submits each answer (by question id) and finishes."""
    pupil = await make_client()
    await pupil.login(username)
    view = (await pupil.post(f"/api/pupil/assessments/{assessment_id}/start")).json()
    for question_id, data in answers.items():
        r = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question_id}/submit",
                             json={"answer_data": data})
        assert r.status_code == 200, r.text
    if finish:
        assert (await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")).status_code == 200
    return pupil, uuid.UUID(view["attempt_id"])


async def _answer(session, attempt_id) -> Answer:
    answer = (await session.execute(select(Answer).where(Answer.attempt_id == attempt_id))).scalars().first()
    await session.refresh(answer)
    return answer


async def _short_answered(session, client, make_client, text="cpu", **settings):
    w = await _school(session, **settings)
    question = w["questions"][0]
    pupil, attempt_id = await _take(make_client, "ada", w["assessment"].id, {question.id: {"text": text}})
    await client.login("teach")
    answer = await _answer(session, attempt_id)
    return {**w, "question": question, "pupil": pupil, "attempt_id": attempt_id, "answer": answer}


async def test_a_correction_changes_the_mark_retotals_the_attempt_and_is_kept_and_audited(client, session,
                                                                                           make_client):
    w = await _short_answered(session, client, make_client)
    assert w["answer"].score == 0
    r = await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 2, "reason": REASON})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["score"] == 2
    assert body["attempt_total"] == 2
    assert body["attempt_percentage"] == 100
    assert body["correction"]["old_score"] == 0
    assert body["correction"]["teacher_name"] == w["teacher"].name
    attempt = await session.get(Attempt, w["attempt_id"])
    await session.refresh(attempt)
    assert attempt.total_score == 2, "the attempt is re-totalled"
    [kept] = (await session.execute(select(MarkCorrection))).scalars().all()
    assert (kept.old_score, kept.new_score, kept.reason, kept.teacher_id) == (0, 2, REASON, w["teacher"].id)
    [entry] = (await session.execute(select(AuditLog).where(AuditLog.action == "mark.correct"))).scalars().all()
    assert entry.details["old_score"] == 0
    assert entry.details["new_score"] == 2
    assert entry.details["reason"] == REASON
    assert entry.username == "teach"


async def test_a_corrected_mark_stands_when_the_attempt_is_reopened(client, session, make_client):
    """A teacher corrects a mark, then reopens the attempt (to let the pupil finish another question): the pupil
    can no longer change the corrected answer — not by a submit, an autosave or their Finish — and is told why."""
    w = await _short_answered(session, client, make_client)
    answer_url = f"/api/pupil/attempts/{w['attempt_id']}/answers/{w['question'].id}"
    r = await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 2, "reason": REASON})
    assert r.status_code == 200, r.text
    reopened = await client.post(f"/api/attempts/{w['attempt_id']}/reopen")
    assert reopened.status_code == 200, reopened.text
    pupil = w["pupil"]
    view = (await pupil.post(f"/api/pupil/assessments/{w['assessment'].id}/start")).json()
    saved = view["questions"][0]["saved"]
    assert (saved["locked"], saved["status"]) == (True, "teacher_marked"), "the pupil's screen shows it locked"
    submit = await pupil.post(f"{answer_url}/submit", json={"answer_data": {"text": "ram"}})
    assert submit.status_code == 409, submit.text
    assert submit.json()["detail"].startswith("Your teacher has marked this answer, so it stays as it is.")
    save = await pupil.put(answer_url, json={"answer_data": {"text": "ram"}, "seq": 50})
    assert save.status_code == 409, save.text
    assert "Your teacher has marked this answer" in save.json()["detail"]
    assert (await pupil.post(f"/api/pupil/attempts/{w['attempt_id']}/complete")).status_code == 200
    answer = await _answer(session, w["attempt_id"])
    assert (answer.answer_data, answer.score, answer.status.value) == ({"text": "cpu"}, 2, "teacher_marked")
    attempt = await session.get(Attempt, w["attempt_id"])
    await session.refresh(attempt)
    assert attempt.total_score == 2, "the finished attempt keeps the teacher's mark"


async def test_a_written_answer_marked_by_the_teacher_can_still_be_improved_in_a_reopened_attempt(
        client, session, make_client):
    """Written answers are drafts: after a reopen the pupil may send a better one, which goes back to the teacher."""
    w = await _school(session, questions=[("extended_text", sample("extended_text"), 4)])
    question = w["questions"][0]
    text = " ".join(["An algorithm is a precise set of steps that solves a problem."] * 3)
    pupil, attempt_id = await _take(make_client, "ada", w["assessment"].id, {question.id: {"text": text}})
    await client.login("teach")
    answer = await _answer(session, attempt_id)
    r = await client.post(f"/api/marking/answers/{answer.id}/correction", json={"score": 2, "reason": REASON})
    assert r.status_code == 200, r.text
    released = await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    assert released.status_code == 200, released.text
    assert (await client.post(f"/api/attempts/{attempt_id}/reopen")).status_code == 200
    view = (await pupil.post(f"/api/pupil/assessments/{w['assessment'].id}/start")).json()
    assert view["questions"][0]["saved"]["locked"] is False
    better = await pupil.post(f"/api/pupil/attempts/{attempt_id}/answers/{question.id}/submit",
                              json={"answer_data": {"text": text + " For example, a recipe."}})
    assert better.status_code == 200, better.text
    assert (await _answer(session, attempt_id)).status.value == "awaiting_marking", "back to the teacher"


async def test_the_teachers_pages_and_the_analysis_show_the_corrected_mark(client, session, make_client):
    w = await _short_answered(session, client, make_client)
    await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 2, "reason": REASON})
    detail = (await client.get(f"/api/analytics/attempts/{w['attempt_id']}")).json()
    assert detail["score"] == 2
    assert detail["answers"][0]["corrections"][0]["reason"] == REASON
    base = f"/api/analytics/assessments/{w['assessment'].id}"
    responses = (await client.get(f"{base}/questions/{w['question'].id}/responses")).json()
    assert responses["responses"][0]["corrections"][0]["new_score"] == 2
    [stats] = (await client.get(f"{base}/questions")).json()["questions"]
    assert stats["success_rate"] == 1, "question analysis counts the corrected mark"
    assert stats["common_wrong_answers"] == []
    results = (await client.get(base)).json()
    assert results["pupils"][0]["percentage"] == 100


async def test_a_mark_outside_the_points_or_a_missing_reason_is_refused_with_what_to_do(client, session,
                                                                                          make_client):
    w = await _short_answered(session, client, make_client)
    url = f"/api/marking/answers/{w['answer'].id}/correction"
    for score, words in ((-1, "from 0 to 2"), (2.5, "from 0 to 2")):
        r = await client.post(url, json={"score": score, "reason": REASON})
        assert r.status_code == 422, f"a mark of {score} is refused"
        assert words in r.json()["detail"]
    for reason in ("", "   "):
        r = await client.post(url, json={"score": 1, "reason": reason})
        assert r.status_code == 422, f"the reason {reason!r} is refused"
        assert "Write a reason" in r.json()["detail"]
    r = await client.post(url, json={"score": 1, "reason": "x" * 1001})
    assert r.status_code == 422
    await session.refresh(w["answer"])
    assert w["answer"].score == 0, "nothing changed"
    assert (await session.execute(select(MarkCorrection))).scalars().all() == []


async def test_an_attempt_still_in_progress_cannot_be_corrected_yet(client, session, make_client):
    w = await _school(session)
    question = w["questions"][0]
    _pupil, attempt_id = await _take(make_client, "ada", w["assessment"].id, {question.id: {"text": "cpu"}},
                                     finish=False)
    await client.login("teach")
    answer = await _answer(session, attempt_id)
    r = await client.post(f"/api/marking/answers/{answer.id}/correction", json={"score": 2, "reason": REASON})
    assert r.status_code == 422
    assert "has not finished" in r.json()["detail"]


async def test_the_pupil_sees_the_corrected_mark_but_the_reason_only_once_answers_may_be_shown(client, session,
                                                                                                make_client):
    w = await _short_answered(session, client, make_client, show_answers="never")
    await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 2, "reason": REASON})
    results = (await w["pupil"].get(f"/api/pupil/attempts/{w['attempt_id']}/results")).json()
    [question] = results["questions"]
    assert question["score"] == 2
    assert results["score"] == 2
    assert question["correction"]["previous_score"] == 0
    assert question["correction"]["reason"] is None
    assert "when the answers are shown" in question["correction"]["note"]
    assert REASON not in str(results), "the reason may name the answer: hidden while keys are"


async def test_the_reason_is_shown_when_the_answers_are(client, session, make_client):
    w = await _short_answered(session, client, make_client, show_answers="after_finishing")
    await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 1, "reason": REASON})
    results = (await w["pupil"].get(f"/api/pupil/attempts/{w['attempt_id']}/results")).json()
    [question] = results["questions"]
    assert results["answers_shown"] is True
    assert question["correction"]["reason"] == REASON
    assert question["score"] == 1


async def test_a_correction_of_a_mark_not_yet_released_reaches_the_pupil_only_when_released(client, session,
                                                                                             make_client):
    w = await _school(session, questions=[{"type": "extended_text", "points": 4}], show_answers="after_finishing")
    essay = w["questions"][0]
    pupil, attempt_id = await _take(make_client, "ada", w["assessment"].id,
                                    {essay.id: {"text": "An algorithm is a set of steps. " * 3}})
    await client.login("teach")
    answer = await _answer(session, attempt_id)
    r = await client.post(f"/api/marking/answers/{answer.id}/correction", json={"score": 3, "reason": REASON})
    assert r.json()["released"] is False
    before = (await pupil.get(f"/api/pupil/attempts/{attempt_id}/results")).json()
    assert before["questions"][0]["score"] is None
    assert before["questions"][0]["correction"] is None
    assert REASON not in str(before)
    await client.post("/api/marking/release", json={"assessment_id": str(w["assessment"].id)})
    after = (await pupil.get(f"/api/pupil/attempts/{attempt_id}/results")).json()
    assert after["questions"][0]["score"] == 3
    assert after["questions"][0]["correction"]["reason"] == REASON


async def test_a_correction_survives_a_re_mark_after_the_key_changes_and_the_teacher_is_told(client, session,
                                                                                              make_client):
    w = await _short_answered(session, client, make_client)
    await client.post(f"/api/marking/answers/{w['answer'].id}/correction", json={"score": 1, "reason": REASON})
    config = dict(w["question"].config)
    config["accepted_answers"] = [*config["accepted_answers"], {"text": "cpu", "points": 1}]
    r = await client.patch(f"/api/assessments/{w['assessment'].id}/questions/{w['question'].id}",
                           json={"config": config})
    assert r.status_code == 200, r.text
    assert "1 answer keeps the mark a teacher corrected" in r.json()["notice"]
    await session.refresh(w["answer"])
    assert w["answer"].score == 1, "the new key (which gives 2) did not overwrite the correction"


async def test_accept_for_everyone_previews_then_re_marks_and_says_who_changed(client, session, make_client):
    w = await _school(session, pupils=("ada", "ben", "cal", "dee"))
    question = w["questions"][0]
    attempts = {}
    for name, text in (("ada", "CPU"), ("ben", "cpu"), ("cal", "ram"), ("dee", "cpu")):
        _pupil, attempts[name] = await _take(make_client, name, w["assessment"].id, {question.id: {"text": text}})
    await client.login("teach")
    dee = await _answer(session, attempts["dee"])
    await client.post(f"/api/marking/answers/{dee.id}/correction", json={"score": 1, "reason": REASON})
    base = f"/api/analytics/assessments/{w['assessment'].id}"
    [stats] = (await client.get(f"{base}/questions")).json()["questions"]
    assert stats["common_wrong_answers"][0] == {"answer": "cpu", "count": 3, "blank_id": None, "gap": None}

    url = f"/api/marking/questions/{question.id}/accept"
    preview = (await client.post(f"{url}/preview", json={"answer": "cpu"})).json()
    assert sorted(c["name"] for c in preview["changes"]) == ["Ada Pupil", "Ben Pupil"]
    assert preview["kept_corrections"] == 1
    assert "will change the mark of 2 pupils" in preview["message"]
    assert (await _answer(session, attempts["ada"])).score == 0, "the preview changes nothing"

    r = await client.post(url, json={"answer": "cpu"})
    assert r.status_code == 200, r.text
    done = r.json()
    assert [(c["name"], c["old_score"], c["new_score"]) for c in done["changes"]] == [
        ("Ada Pupil", 0, 2), ("Ben Pupil", 0, 2)]
    assert "The mark of 2 pupils changed" in done["message"]
    assert "keeps the mark a teacher corrected" in done["message"]
    await session.refresh(question)
    assert {"text": "cpu", "points": 1.0} in question.config["accepted_answers"]
    assert (await _answer(session, attempts["dee"])).score == 1, "the correction is kept"
    assert (await _answer(session, attempts["cal"])).score == 0
    [stats] = (await client.get(f"{base}/questions")).json()["questions"]
    # Dee's "cpu" keeps the teacher's 1 of 2, so it is still not fully right; Ada's and Ben's are.
    assert [(a["answer"], a["count"]) for a in stats["common_wrong_answers"]] == [("cpu", 1), ("ram", 1)]
    again = await client.post(url, json={"answer": "CPU"})
    assert again.status_code == 422
    assert "already an accepted answer" in again.json()["detail"]
    assert (await session.execute(select(AuditLog).where(AuditLog.action == "question.accept_answer"))).scalar()


async def test_accept_for_everyone_takes_a_gap_answer_in_fill_in_the_code_gaps(client, session, make_client):
    w = await _school(session, questions=[("code_completion", sample("code_completion"), 2)])
    question = w["questions"][0]
    first, second = (b["id"] for b in question.config["blanks"])
    _pupil, attempt_id = await _take(make_client, "ada", w["assessment"].id,
                                     {question.id: {"blanks": {first: "range", second: "Print"}}})
    await client.login("teach")
    [stats] = (await client.get(f"/api/analytics/assessments/{w['assessment'].id}/questions")).json()["questions"]
    assert stats["common_wrong_answers"] == [{"answer": "Print", "count": 1, "blank_id": second, "gap": 2}]
    url = f"/api/marking/questions/{question.id}/accept"
    assert (await client.post(url, json={"answer": "Print"})).status_code == 422, "the gap must be named"
    r = await client.post(url, json={"answer": "Print", "blank_id": second})
    assert r.status_code == 200, r.text
    assert [(c["old_score"], c["new_score"]) for c in r.json()["changes"]] == [(1, 2)]
    assert (await _answer(session, attempt_id)).score == 2


async def test_accept_for_everyone_is_refused_for_other_question_types(client, session, make_client):
    w = await _school(session, questions=["multiple_choice"])
    await client.login("teach")
    r = await client.post(f"/api/marking/questions/{w['questions'][0].id}/accept", json={"answer": "b"})
    assert r.status_code == 422
    assert "short answers and fill in the code gaps" in r.json()["detail"]


async def test_only_the_classs_teachers_the_owner_and_admins_may_correct_and_only_the_owner_accepts(
        client, session, make_client):
    w = await _short_answered(session, client, make_client)
    other = await make_user(session, Role.teacher, username="other")
    colleague = await make_user(session, Role.teacher, username="colleague")
    await make_user(session, Role.admin, username="boss")
    await make_class(session, name="7Z", teachers=[other])
    session.add(ClassTeacher(class_id=w["class"].id, teacher_id=colleague.id))
    await session.flush()
    correct = f"/api/marking/answers/{w['answer'].id}/correction"
    accept = f"/api/marking/questions/{w['question'].id}/accept"
    outsider = await make_client()
    await outsider.login("other")
    assert (await outsider.post(correct, json={"score": 2, "reason": REASON})).status_code == 403
    assert (await outsider.post(f"{accept}/preview", json={"answer": "cpu"})).status_code == 403
    assert (await outsider.post(accept, json={"answer": "cpu"})).status_code == 403
    assert (await w["pupil"].post(correct, json={"score": 2, "reason": REASON})).status_code == 403
    teaches = await make_client()
    await teaches.login("colleague")
    assert (await teaches.post(correct, json={"score": 1, "reason": REASON})).status_code == 200
    assert (await teaches.post(accept, json={"answer": "cpu"})).status_code == 403, "only the owner edits the key"
    admin = await make_client()
    await admin.login("boss")
    assert (await admin.post(correct, json={"score": 2, "reason": REASON})).status_code == 200
    assert (await admin.post(f"{accept}/preview", json={"answer": "cpu"})).status_code == 200
