"""Teacher analytics against hand-computed figures on a small class with partial credit, retries, hints, a
second attempt, an abandoned attempt and a pupil who never started."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import (
    Answer,
    AnswerHistory,
    Attempt,
    AttemptStatus,
    LearningObjective,
    MarkingStatus,
    Question,
    Role,
    Unit,
    utcnow,
)
from tests.factories import make_assessment, make_class, make_user


async def _answer(session, attempt, question, *, data, score, correct, tries=1, hint=False, seconds=30,
                  details=None, status=MarkingStatus.marked):
    answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data=data, seq=1, status=status,
                    score=score, max_score=float(question.points), is_correct=correct, released=True,
                    mark_details=details or {}, time_taken_seconds=seconds, tries=tries, hint_used=hint,
                    scaffold_used=False, submitted_at=utcnow())
    if status == MarkingStatus.marked:  # as marking stores it: the first try was not right when there were more
        answer.first_try_correct, answer.first_try_points = (correct, score) if tries == 1 else (False, 0.0)
    session.add(answer)
    await session.flush()
    for n in range(1, tries + 1):
        session.add(AnswerHistory(answer_id=answer.id, try_number=n, answer_data=data,
                                  score=score if n == tries else 0.0, is_correct=correct if n == tries else False,
                                  status=status, feedback="", mark_details={}, hint_used=hint, released=True))
    return answer


def _attempt(session, pupil, assessment, school_class, *, number=1, status=AttemptStatus.completed, total=None,
             percentage=None, minutes=10, days_ago=1):
    started = utcnow() - timedelta(days=days_ago, minutes=minutes)
    attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id, attempt_number=number,
                      status=status, started_at=started,
                      completed_at=started + timedelta(minutes=minutes) if status == AttemptStatus.completed else None,
                      time_taken_seconds=minutes * 60 if status == AttemptStatus.completed else None,
                      total_score=total, max_score=8.0, percentage=percentage,
                      question_order=[str(q.id) for q in assessment.questions_sorted], option_seed=0)
    session.add(attempt)
    return attempt


@pytest.fixture
async def seeded(session):
    teacher = await make_user(session, Role.teacher, username="teach")
    names = ["Ada", "Ben", "Cy", "Dee", "Eve"]
    pupils = [await make_user(session, Role.pupil, username=n.lower(), name=f"{n} Test") for n in names]
    for i, p in enumerate(pupils):
        p.first_name, p.last_name = names[i], f"{chr(65 + i)}surname"
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=pupils)
    unit = Unit(title="Data", year_group=7, vocabulary=[])
    session.add(unit)
    await session.flush()
    lo1 = LearningObjective(unit_id=unit.id, code="LO1", description="Binary", position=0, strands=[])
    lo2 = LearningObjective(unit_id=unit.id, code="LO2", description="Hardware", position=1, strands=[])
    session.add_all([lo1, lo2])
    await session.flush()
    assessment = await make_assessment(
        session, owner=teacher, publish_to=[school_class], max_attempts=2, unit_id=unit.id,
        questions=[{"type": "multiple_choice", "learning_objective_id": lo2.id, "strands": ["CS"]},
                   {"type": "multiple_select", "learning_objective_id": lo2.id, "strands": ["CS"]},
                   {"type": "text_input", "learning_objective_id": lo2.id, "strands": ["CS", "DI"]},
                   {"type": "binary_convert", "learning_objective_id": lo1.id, "strands": ["DI"]}])
    qs = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                .order_by(Question.position))).scalars().all()
    assessment.questions_sorted = qs
    mc, ms, ti, bc = qs
    right = next(o["id"] for o in mc.config["options"] if o["is_correct"])
    wrong = [o["id"] for o in mc.config["options"] if not o["is_correct"]]
    ms_right = [o["id"] for o in ms.config["options"] if o["is_correct"]]
    ada, ben, cy, dee, _eve = pupils
    # Ada: 62.5% — MC right on the second try with a hint, MS half, text not right, binary right
    a = _attempt(session, ada, assessment, school_class, total=5.0, percentage=62.5, minutes=12)
    await session.flush()
    await _answer(session, a, mc, data={"selected_option": right}, score=2.0, correct=True, tries=2, hint=True, seconds=40)
    await _answer(session, a, ms, data={"selected_options": ms_right[:1]}, score=1.0, correct=False, seconds=60)
    await _answer(session, a, ti, data={"text": "Memory "}, score=0.0, correct=False, seconds=20)
    await _answer(session, a, bc, data={"answer": "172"}, score=2.0, correct=True, seconds=80)
    # Ben: 50% — MC distractor, MS right, text right, binary not right
    b = _attempt(session, ben, assessment, school_class, total=4.0, percentage=50.0, minutes=8)
    await session.flush()
    await _answer(session, b, mc, data={"selected_option": wrong[0]}, score=0.0, correct=False, seconds=20)
    await _answer(session, b, ms, data={"selected_options": ms_right}, score=2.0, correct=True, seconds=30)
    await _answer(session, b, ti, data={"text": "processor"}, score=2.0, correct=True, seconds=30)
    await _answer(session, b, bc, data={"answer": "171"}, score=0.0, correct=False, seconds=100)
    # Cy: first attempt 25%, second attempt 75% (the one that counts)
    c1 = _attempt(session, cy, assessment, school_class, number=1, total=2.0, percentage=25.0, days_ago=3)
    await session.flush()
    await _answer(session, c1, mc, data={"selected_option": wrong[0]}, score=0.0, correct=False)
    c2 = _attempt(session, cy, assessment, school_class, number=2, total=6.0, percentage=75.0, days_ago=1, minutes=15)
    await session.flush()
    await _answer(session, c2, mc, data={"selected_option": right}, score=2.0, correct=True, hint=True, seconds=10)
    await _answer(session, c2, ms, data={"selected_options": ms_right}, score=2.0, correct=True, seconds=30)
    await _answer(session, c2, ti, data={"text": "memory"}, score=0.0, correct=False, seconds=50)
    await _answer(session, c2, bc, data={"answer": "172"}, score=2.0, correct=True, seconds=60)
    # Dee: abandoned part-way; Eve never started
    d = _attempt(session, dee, assessment, school_class, status=AttemptStatus.abandoned)
    await session.flush()
    await _answer(session, d, mc, data={"selected_option": wrong[1]}, score=0.0, correct=False)
    await session.flush()
    return {"teacher": teacher, "assessment": assessment, "class": school_class, "questions": qs,
            "pupils": pupils, "right": right, "wrong": wrong, "lo1": lo1, "lo2": lo2, "attempt_ada": a}


async def test_class_results(client, seeded):
    await client.login("teach")
    r = await client.get(f"/api/analytics/assessments/{seeded['assessment'].id}",
                         params={"class_id": str(seeded["class"].id)})
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["pupil_count"], body["completed_count"], body["in_progress_count"], body["not_started_count"]) == (5, 3, 1, 1)
    assert (body["average"], body["median"], body["highest"], body["lowest"]) == (62.5, 62.5, 75.0, 50.0)
    assert [b["count"] for b in body["distribution"]] == [0, 0, 0, 0, 0, 1, 1, 1, 0, 0]
    by_name = {p["username"]: p for p in body["pupils"]}
    assert by_name["cy"]["percentage"] == 75.0
    assert by_name["cy"]["time_taken_seconds"] == 900
    assert by_name["ada"]["hints_used"] == 1
    assert by_name["dee"]["status"] == "in_progress"
    assert by_name["dee"]["percentage"] is None
    assert by_name["eve"]["status"] == "not_started"
    assert [p["username"] for p in body["needing_attention"]] == ["eve"]
    assert [p["username"] for p in body["pupils"]] == ["ada", "ben", "cy", "dee", "eve"]


async def test_question_analysis(client, seeded):
    await client.login("teach")
    body = (await client.get(f"/api/analytics/assessments/{seeded['assessment'].id}/questions")).json()
    mc, ms, ti, bc = body["questions"]
    # Only the chosen, completed attempts count: Ada, Ben and Cy's second attempt.
    assert mc["responses"] == 3
    assert mc["success_rate"] == round(2 / 3, 3)
    assert mc["hint_rate"] == round(2 / 3, 3)
    assert mc["average_tries"] == round(4 / 3, 2)
    assert mc["average_time_seconds"] == round(70 / 3, 1)
    options = {o["option_id"]: o["count"] for o in mc["options"]}
    assert options[seeded["right"]] == 2
    assert options[seeded["wrong"][0]] == 1
    assert options[seeded["wrong"][1]] == 0
    assert ms["success_rate"] == round(2 / 3, 3)
    assert ms["partial_rate"] == round(1 / 3, 3)
    ms_counts = sorted(o["count"] for o in ms["options"])
    assert ms_counts == [0, 0, 2, 3]
    assert ti["success_rate"] == round(1 / 3, 3)
    assert ti["flagged"] is True
    assert ti["common_wrong_answers"] == [{"answer": "memory", "count": 2, "blank_id": None, "gap": None}]
    assert bc["common_wrong_answers"] == [{"answer": "171", "count": 1, "blank_id": None, "gap": None}]
    assert bc["flagged"] is False
    responses = (await client.get(
        f"/api/analytics/assessments/{seeded['assessment'].id}/questions/{ti['question_id']}/responses",
        params={"only": "not_correct"})).json()
    assert sorted(r["name"] for r in responses["responses"]) == ["Ada Test", "Cy Test"]


async def test_mastery_by_objective_and_strand(client, seeded):
    await client.login("teach")
    body = (await client.get(f"/api/analytics/assessments/{seeded['assessment'].id}/objectives")).json()
    objectives = {o["code"]: o for o in body["objectives"]}
    # LO1 (binary): 2 + 0 + 2 of 6; LO2 (MC, MS, text): (2+1+0) + (0+2+2) + (2+2+0) = 11 of 18
    assert objectives["LO1"]["mastery"] == round(4 / 6, 3)
    assert objectives["LO2"]["mastery"] == round(11 / 18, 3)
    strands = {s["strand"]: s for s in body["strands"]}
    # CS: MC, MS, text = 11/18; DI: text + binary = (0+2+0) + (2+0+2) = 6/12
    assert strands["CS"]["mastery"] == round(11 / 18, 3)
    assert strands["DI"]["mastery"] == 0.5
    assert strands["DI"]["name"] == "Data and information"


async def test_pupil_record_and_attempt_history(client, seeded):
    await client.login("teach")
    ada = seeded["pupils"][0]
    body = (await client.get(f"/api/analytics/pupils/{ada.id}")).json()
    assert body["pupil"]["classes"][0]["class_name"] == "7A"
    assert [a["percentage"] for a in body["attempts"]] == [62.5]
    assert [p["percentage"] for p in body["progress"]] == [62.5]
    assert [o["code"] for o in body["strengths"]] == ["LO1"]
    detail = (await client.get(f"/api/analytics/attempts/{seeded['attempt_ada'].id}")).json()
    first = detail["answers"][0]
    assert first["tries"] == 2
    assert [h["try_number"] for h in first["history"]] == [1, 2]
    assert [h["is_correct"] for h in first["history"]] == [False, True]
    assert first["hint_used"] is True


async def test_csv_export(client, seeded, session):
    await client.login("teach")
    r = await client.get(f"/api/analytics/assessments/{seeded['assessment'].id}/export.csv")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows[0][:8] == ["Last name", "First name", "Username", "Class", "Status", "Score", "Out of", "Percentage"]
    assert rows[0][12:16] == ["Q1", "Q2", "Q3", "Q4"]  # where they always were
    assert rows[0][16:] == ["First-try score", "First-try percentage", "Q1 first try", "Q2 first try",
                            "Q3 first try", "Q4 first try"]  # appended, so old spreadsheets still line up
    by_user = {row[2]: row for row in rows[1:]}
    assert by_user["ada"][4:8] == ["completed", "5", "8", "62.5"]
    assert by_user["ada"][12:16] == ["2", "1", "0", "2"]
    assert by_user["ada"][16:18] == ["3", "37.5"]  # Q1 was right only at the second try
    assert by_user["ada"][18:] == ["0", "1", "0", "2"]
    assert by_user["eve"][16:] == [""] * 6
    assert by_user["eve"][4] == "not started"
    assert by_user["eve"][5] == ""
    from app.models import AuditLog

    assert (await session.execute(select(AuditLog).where(AuditLog.action == "results.export"))).scalar_one()


async def test_formula_like_names_are_neutralised_in_csv(client, seeded, session):
    pupil = seeded["pupils"][4]
    pupil.last_name = "=HYPERLINK(\"http://x\")"
    await session.flush()
    await client.login("teach")
    text = (await client.get(f"/api/analytics/assessments/{seeded['assessment'].id}/export.csv")).text
    assert "'=HYPERLINK" in text


async def test_dashboard(client, seeded):
    await client.login("teach")
    body = (await client.get("/api/analytics/dashboard")).json()
    assert body["counts"]["published"] == 1
    assert body["completed_this_week"] == 4
    assert body["attempts_this_week"] == 5
    assert body["recent_activity"]
    assert "completed" in body["recent_activity"][0]["text"]
    assert body["recent_assessments"][0]["average_percentage"] is not None


async def test_other_teachers_cannot_see_the_class(client, seeded, make_client, session):
    await make_user(session, Role.teacher, username="other")
    other = await make_client()
    await other.login("other")
    assessment_id = seeded["assessment"].id
    assert (await other.get(f"/api/analytics/assessments/{assessment_id}")).status_code == 403
    assert (await other.get(f"/api/analytics/pupils/{seeded['pupils'][0].id}")).status_code == 403
    assert (await other.get(f"/api/analytics/attempts/{seeded['attempt_ada'].id}")).status_code == 403
    assert (await other.get(f"/api/analytics/assessments/{assessment_id}/export.csv")).status_code == 403
    await client.login("teach")
    stranger_class = await make_class(session, name="9Z")
    r = await client.get(f"/api/analytics/assessments/{assessment_id}", params={"class_id": str(stranger_class.id)})
    assert r.status_code == 404
