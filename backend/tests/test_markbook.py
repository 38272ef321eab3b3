"""The markbook and the class trends against figures worked out by hand on a small class: four assessments of
two 2-mark questions (multiple choice → LO1, strand AL; text → LO2, strand DI) set on known days, a fifth not
open yet; a pupil falling, one rising, one steady, one with an unfinished and a retaken attempt, one who never
started (with an extension), and a pupil of another class who must never appear."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.models import (
    Answer,
    AnswerHistory,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    AuditLog,
    Extension,
    LearningObjective,
    MarkingStatus,
    Question,
    Role,
    Unit,
    utcnow,
)
from app.services.analytics.markbook import trend
from tests.factories import make_assessment, make_class, make_user


def _day(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 9, 0, tzinfo=UTC)


async def _assessment(session, teacher, title, *, unit, lo1, lo2, classes, opens, closes=None):
    assessment = await make_assessment(
        session, owner=teacher, title=title, unit_id=unit.id if unit else None, max_attempts=2,
        questions=[{"type": "multiple_choice", "learning_objective_id": lo1.id, "strands": ["AL"]},
                   {"type": "text_input", "learning_objective_id": lo2.id, "strands": ["DI"]}])
    assessment.status = AssessmentStatus.published
    for school_class in classes:
        session.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id, available_from=opens,
                                    available_until=closes))
    await session.flush()
    assessment.qs = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                           .order_by(Question.position))).scalars().all()
    return assessment


async def _attempt(session, pupil, assessment, school_class, marks, *, end=AttemptEnd.pupil,
                   status=AttemptStatus.completed, number=1, day=None):
    """An attempt whose answers score `marks`: (first try, final) per question, in order, stored as marking stores
    them (the answers' first tries and history, the attempt's totals)."""
    total = float(sum(final for _first, final in marks))
    done = status == AttemptStatus.completed
    started = (day or utcnow()) + timedelta(minutes=number)
    attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id, attempt_number=number,
                      status=status, started_at=started, completed_at=started + timedelta(minutes=10) if done else None,
                      total_score=total if done else None, max_score=4.0,
                      first_try_score=float(sum(first for first, _final in marks)) if done else None,
                      percentage=100 * total / 4 if done else None, end_reason=end if done else None,
                      question_order=[str(q.id) for q in assessment.qs], option_seed=0)
    session.add(attempt)
    await session.flush()
    for question, (first, final) in zip(assessment.qs, marks, strict=False):
        answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data={}, seq=1,
                        status=MarkingStatus.marked, score=float(final), max_score=2.0, is_correct=final == 2,
                        released=True, mark_details={}, tries=1 if first == final else 2,
                        first_try_points=float(first), first_try_correct=first == 2)
        session.add(answer)
        await session.flush()
        tries = [first] if first == final else [first, final]
        for n, score in enumerate(tries, start=1):
            session.add(AnswerHistory(answer_id=answer.id, try_number=n, answer_data={}, score=float(score),
                                      is_correct=score == 2, status=MarkingStatus.marked, feedback="",
                                      mark_details={}, released=True))
    await session.flush()
    return attempt


@pytest.fixture
async def world(session):
    teacher = await make_user(session, Role.teacher, username="mbteach")
    other = await make_user(session, Role.teacher, username="mbother")
    admin = await make_user(session, Role.admin, username="mbadmin")
    names = ["Ada", "Ben", "Cy", "Dee", "Eve"]
    pupils = {n: await make_user(session, Role.pupil, username=f"mb{n.lower()}", name=f"{n} Test") for n in names}
    for i, n in enumerate(names):
        pupils[n].first_name, pupils[n].last_name = n, f"{chr(65 + i)}surname"
    zed = await make_user(session, Role.pupil, username="mbzed", name="Zed Other")
    school_class = await make_class(session, name="7M", teachers=[teacher], pupils=list(pupils.values()))
    other_class = await make_class(session, name="7N", teachers=[teacher, other], pupils=[zed])
    data = Unit(title="Data", year_group=7, vocabulary=[])
    networks = Unit(title="Networks", year_group=7, half_term=2, vocabulary=[])
    session.add_all([data, networks])
    await session.flush()
    lo1 = LearningObjective(unit_id=data.id, code="LO1", description="Bits", position=0, strands=[])
    lo2 = LearningObjective(unit_id=data.id, code="LO2", description="Bytes", position=1, strands=[])
    session.add_all([lo1, lo2])
    await session.flush()
    both = [school_class, other_class]
    a1 = await _assessment(session, teacher, "Bits quiz", unit=data, lo1=lo1, lo2=lo2, classes=both,
                           opens=_day(2025, 9, 10))
    a3 = await _assessment(session, teacher, "Network quiz", unit=networks, lo1=lo1, lo2=lo2, classes=[school_class],
                           opens=_day(2025, 9, 20))
    a2 = await _assessment(session, teacher, "Bytes quiz", unit=data, lo1=lo1, lo2=lo2, classes=[school_class],
                           opens=_day(2025, 10, 5))
    a4 = await _assessment(session, teacher, "Mixed quiz", unit=None, lo1=lo1, lo2=lo2, classes=[school_class],
                           opens=_day(2026, 1, 10), closes=_day(2026, 1, 17))
    a5 = await _assessment(session, teacher, "Later quiz", unit=None, lo1=lo1, lo2=lo2, classes=[school_class],
                           opens=utcnow() + timedelta(days=30))
    ada, ben, cy, dee, eve = (pupils[n] for n in names)
    c = school_class
    # Ada falls 100 → 75 → 50 → 25 (column order: a1, a3, a2, a4); her a1 text was right only at the second try.
    await _attempt(session, ada, a1, c, [(2, 2), (0, 2)])
    await _attempt(session, ada, a3, c, [(2, 2), (1, 1)], end=AttemptEnd.window_closed)
    await _attempt(session, ada, a2, c, [(2, 2), (0, 0)], end=AttemptEnd.teacher)
    await _attempt(session, ada, a4, c, [(0, 0), (1, 1)])
    # Ben rises 25 → 50 → 75 → 100.
    for assessment, marks in ((a1, [(1, 1), (0, 0)]), (a3, [(2, 2), (0, 0)]), (a2, [(2, 2), (1, 1)]),
                              (a4, [(2, 2), (2, 2)])):
        await _attempt(session, ben, assessment, c, marks)
    # Eve: 50 every time.
    for assessment in (a1, a3, a2, a4):
        await _attempt(session, eve, assessment, c, [(2, 2), (0, 0)])
    # Cy: a1 still open; a3 100; a2 taken twice (25 then 50: the later finished one counts); a4 missed.
    await _attempt(session, cy, a1, c, [(2, 2)], status=AttemptStatus.in_progress)
    await _attempt(session, cy, a3, c, [(2, 2), (2, 2)])
    await _attempt(session, cy, a2, c, [(1, 1), (0, 0)], day=utcnow() - timedelta(days=2))
    await _attempt(session, cy, a2, c, [(0, 0), (2, 2)], number=2)
    # Dee never started; she has a later closing time on the mixed quiz.
    session.add(Extension(assessment_id=a4.id, class_id=c.id, pupil_id=dee.id,
                          available_until=utcnow() + timedelta(days=3), extra_attempts=0))
    # Zed is in 7N only.
    await _attempt(session, zed, a1, other_class, [(0, 0), (0, 0)])
    await session.flush()
    return {"class": school_class, "other_class": other_class, "pupils": pupils, "zed": zed, "data": data,
            "networks": networks, "assessments": [a1, a3, a2, a4, a5], "admin": admin, "other": other}


async def _markbook(client, world, **params):
    response = await client.get(f"/api/classes/{world['class'].id}/markbook", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _rows(body):
    return {row["username"]: row for row in body["rows"]}


async def test_columns_are_the_class_assessments_in_the_order_set(client, world):
    await client.login("mbteach")
    body = await _markbook(client, world)
    assert [c["title"] for c in body["columns"]] == ["Bits quiz", "Network quiz", "Bytes quiz", "Mixed quiz",
                                                     "Later quiz"]
    assert [c["half_term"] for c in body["columns"][:4]] == [1, 2, 1, 3]
    assert [c["half_term_from"] for c in body["columns"][:4]] == ["date", "unit", "date", "date"]
    assert [u["title"] for u in body["units"]] == ["Data", "Networks"]


async def test_only_the_class_pupils_are_rows(client, world):
    await client.login("mbteach")
    body = await _markbook(client, world)
    assert [r["username"] for r in body["rows"]] == ["mbada", "mbben", "mbcy", "mbdee", "mbeve"]
    assert str(world["zed"].id) not in str(body)


async def test_cells_give_final_and_first_try_percentages(client, world):
    await client.login("mbteach")
    ada = _rows(await _markbook(client, world))["mbada"]
    assert [c["percentage"] for c in ada["cells"]] == [100.0, 75.0, 50.0, 25.0, None]
    # Bits quiz: 2 + 0 of 4 marks at the first try.
    assert [c["first_try_percentage"] for c in ada["cells"]] == [50.0, 75.0, 50.0, 25.0, None]
    assert (ada["average"], ada["first_try_average"]) == (62.5, 50.0)


async def test_cells_say_how_each_attempt_ended(client, world):
    await client.login("mbteach")
    rows = _rows(await _markbook(client, world))
    assert [c["state"] for c in rows["mbada"]["cells"]] == ["finished", "time_up", "handed_in", "finished", "not_open"]
    assert [c["state"] for c in rows["mbcy"]["cells"]] == ["in_progress", "finished", "finished", "missed", "not_open"]
    assert [c["state"] for c in rows["mbdee"]["cells"]] == ["not_started", "not_started", "not_started",
                                                            "not_started", "not_open"]
    assert [c["extension"] for c in rows["mbdee"]["cells"]] == [False, False, False, True, False]


async def test_the_later_finished_attempt_counts(client, world):
    await client.login("mbteach")
    cy = _rows(await _markbook(client, world))["mbcy"]
    assert [c["percentage"] for c in cy["cells"]] == [None, 100.0, 50.0, None, None]


async def test_trend_in_words_and_numbers(client, world):
    await client.login("mbteach")
    rows = _rows(await _markbook(client, world))
    assert (rows["mbada"]["trend"]["direction"], rows["mbada"]["trend"]["slope"]) == ("falling", -25.0)
    assert rows["mbada"]["trend"]["words"].startswith("Falling: down about 25 points an assessment")
    assert (rows["mbben"]["trend"]["direction"], rows["mbben"]["trend"]["slope"]) == ("rising", 25.0)
    assert (rows["mbeve"]["trend"]["direction"], rows["mbeve"]["trend"]["slope"]) == ("steady", 0.0)
    assert rows["mbcy"]["trend"]["direction"] == "not_enough"
    assert rows["mbcy"]["trend"]["percentages"] == [100.0, 50.0]


def test_trend_uses_the_last_window_and_the_steady_band():
    assert trend([10.0, 90.0, 50.0, 51.0, 52.0, 53.0, 54.0]).percentages == [50.0, 51.0, 52.0, 53.0, 54.0]
    assert trend([50.0, 51.0, 52.0]).direction == "steady"  # 1 point an assessment is within the band
    assert trend([50.0, 52.0, 54.0]).direction == "rising"  # 2 points an assessment is not


@pytest.mark.parametrize(("params", "titles"), [
    ({"half_term": 1}, ["Bits quiz", "Bytes quiz"]),
    ({"half_term": 2}, ["Network quiz"]),
    ({"date_from": "2025-09-15", "date_to": "2025-12-31"}, ["Network quiz", "Bytes quiz"]),
])
async def test_filters_narrow_the_columns(client, world, params, titles):
    await client.login("mbteach")
    body = await _markbook(client, world, **params)
    assert [c["title"] for c in body["columns"]] == titles
    assert all(len(r["cells"]) == len(titles) for r in body["rows"])


async def test_unit_filter_narrows_columns_and_the_trend(client, world):
    await client.login("mbteach")
    body = await _markbook(client, world, unit_id=str(world["data"].id))
    assert [c["title"] for c in body["columns"]] == ["Bits quiz", "Bytes quiz"]
    assert _rows(body)["mbada"]["trend"]["direction"] == "not_enough"
    assert len(body["units"]) == 2  # the choices stay, whatever is chosen


@pytest.mark.parametrize("params", [{"half_term": 7}, {"date_from": "2026-01-02", "date_to": "2026-01-01"},
                                    {"date_from": "yesterday"}])
async def test_bad_filters_are_refused_with_a_message(client, world, params):
    await client.login("mbteach")
    response = await client.get(f"/api/classes/{world['class'].id}/markbook", params=params)
    assert response.status_code == 422, response.text
    assert response.json()["detail"]


async def test_markbook_csv(client, world, session):
    await client.login("mbteach")
    response = await client.get(f"/api/classes/{world['class'].id}/markbook.csv", params={"half_term": 1})
    assert response.status_code == 200, response.text
    assert 'filename="7M-markbook.csv"' in response.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert rows[0] == ["Last name", "First name", "Username", "Bits quiz: final %", "Bits quiz: first try %",
                       "Bits quiz: how it ended", "Bytes quiz: final %", "Bytes quiz: first try %",
                       "Bytes quiz: how it ended", "Average final %", "Average first try %", "Trend"]
    ada = next(r for r in rows if r[2] == "mbada")
    assert ada[3:11] == ["100", "50", "Finished", "50", "50", "Handed in by teacher", "75", "50"]
    cy = next(r for r in rows if r[2] == "mbcy")
    assert cy[3:6] == ["", "", "Started, not finished"]
    assert "mbzed" not in response.text
    logged = (await session.execute(select(AuditLog).where(AuditLog.action == "markbook.export"))).scalar_one()
    assert logged.entity_id == str(world["class"].id)


async def test_class_trends_mastery_across_assessments(client, world):
    await client.login("mbteach")
    response = await client.get(f"/api/analytics/classes/{world['class'].id}/trends")
    assert response.status_code == 200, response.text
    body = response.json()
    # 14 finished chosen attempts (Ada, Ben, Eve 4 each, Cy 2), 2 marks per question each: 28 possible.
    assert (body["assessment_count"], body["attempt_count"]) == (5, 14)
    objectives = {o["code"]: o for o in body["objectives"]}
    assert (objectives["LO1"]["earned"], objectives["LO1"]["possible"]) == (23.0, 28.0)
    assert objectives["LO1"]["mastery"] == round(23 / 28, 3)
    assert (objectives["LO2"]["earned"], objectives["LO2"]["possible"]) == (11.0, 28.0)
    strands = {s["strand"]: s["mastery"] for s in body["strands"]}
    assert strands == {"AL": round(23 / 28, 3), "DI": round(11 / 28, 3)}


async def test_class_trends_follow_the_filters(client, world):
    await client.login("mbteach")
    response = await client.get(f"/api/analytics/classes/{world['class'].id}/trends",
                                params={"unit_id": str(world["data"].id)})
    body = response.json()
    # Bits and Bytes quizzes: Ada 2+2, Ben 1+2, Eve 2+2, Cy's Bytes 0 of 14.
    assert body["attempt_count"] == 7
    assert {o["code"]: o["earned"] for o in body["objectives"]}["LO1"] == 11.0


@pytest.mark.parametrize("path", ["markbook", "markbook.csv"])
async def test_a_teacher_of_another_class_is_refused(client, world, path):
    await client.login("mbother")
    response = await client.get(f"/api/classes/{world['class'].id}/{path}")
    assert response.status_code == 403
    assert "7M" in response.json()["detail"]


async def test_trends_refused_to_a_teacher_of_another_class(client, world):
    await client.login("mbother")
    response = await client.get(f"/api/analytics/classes/{world['class'].id}/trends")
    assert response.status_code == 403


async def test_an_admin_reads_any_markbook(client, world):
    await client.login("mbadmin")
    body = await _markbook(client, world)
    assert len(body["rows"]) == 5


async def test_a_pupil_is_refused(client, world):
    await client.login("mbada")
    response = await client.get(f"/api/classes/{world['class'].id}/markbook")
    assert response.status_code == 403


async def test_an_unknown_class_is_not_found(client, world):
    await client.login("mbteach")
    response = await client.get("/api/classes/00000000-0000-0000-0000-000000000000/markbook")
    assert response.status_code == 404


async def test_a_class_with_nothing_set_has_empty_rows(client, world, session):
    teacher = await make_user(session, Role.teacher, username="mbempty")
    pupil = await make_user(session, Role.pupil, username="mbnew")
    empty = await make_class(session, name="8E", teachers=[teacher], pupils=[pupil])
    await client.login("mbempty")
    body = (await client.get(f"/api/classes/{empty.id}/markbook")).json()
    assert body["columns"] == []
    assert [r["cells"] for r in body["rows"]] == [[]]
    trends = (await client.get(f"/api/analytics/classes/{empty.id}/trends")).json()
    assert (trends["attempt_count"], trends["objectives"]) == (0, [])
