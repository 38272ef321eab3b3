"""The question bank: search by words and filters, the teacher's own questions only (admins: all), statistics from
past use worked out by hand on a small world (with no pupil named), copies into a draft that remember where they
came from, and questions saved to the bank."""

from __future__ import annotations

import asyncio
import math
import statistics
import uuid
from datetime import timedelta
from typing import NamedTuple

import pytest
from sqlalchemy import Boolean, Integer, Uuid, column, insert, select, table

from app import migrations
from app.db import create_engine
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    LearningObjective,
    MarkingStatus,
    Question,
    Role,
    SchoolClass,
    Unit,
    User,
    utcnow,
)
from app.models.base import JSONType
from app.services.bank.statistics import DISCRIMINATION_MINIMUM
from tests import dbs
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample


async def _teacher(client, session, username: str, role: Role = Role.teacher) -> User:
    teacher = await make_user(session, role, username=username)
    await client.login(username)
    return teacher


async def _search(client, **params) -> dict:
    response = await client.get("/api/bank/questions", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _texts(page: dict) -> set[str]:
    return {q["question_text"] for q in page["questions"]}


# --- Searching ------------------------------------------------------------------------------------------------


async def _library(session, owner: User) -> dict[str, object]:
    """Questions that differ in one way each: words, type, unit, objective, strand, difficulty, tags."""
    unit = Unit(title="Networks", year_group=8, owner_id=owner.id, vocabulary=[])
    other_unit = Unit(title="Programming", year_group=8, owner_id=owner.id, vocabulary=[])
    session.add_all([unit, other_unit])
    await session.flush()
    objective = LearningObjective(unit_id=unit.id, code="LO2", description="Describe a router", position=0,
                                  strands=[])
    session.add(objective)
    await session.flush()
    router_options = sample("multiple_choice")
    router_options["options"][0]["text"] = "A Router"
    await make_assessment(session, owner=owner, title="Networks quiz", unit_id=unit.id, questions=[
        {"type": "multiple_choice", "config": router_options, "question_text": "Which device joins networks?",
         "difficulty": 2, "strands": ["NW"], "learning_objective_id": objective.id},
        {"type": "text_input", "question_text": "What does CPU stand for?", "difficulty": 4, "strands": ["CS"],
         "tags": ["Hardware", "recall"]},
        {"type": "binary_convert", "question_text": "Convert 50% of 10 to binary", "difficulty": 3},
    ])
    await make_assessment(session, owner=owner, title="Loops", unit_id=other_unit.id, questions=[
        {"type": "multiple_select", "question_text": "Which are input devices?", "difficulty": 1,
         "strands": ["CS", "PG"], "tags": ["hardware"]},
    ])
    return {"unit": unit, "objective": objective}


async def test_words_match_text_options_and_tags_in_any_case_and_all_must_appear(client, session):
    teacher = await _teacher(client, session, "searcher")
    await _library(session, teacher)
    assert _texts(await _search(client, q="ROUTER")) == {"Which device joins networks?"}  # an option's text
    assert _texts(await _search(client, q="hardware")) == {"What does CPU stand for?", "Which are input devices?"}
    assert _texts(await _search(client, q="cpu")) == {"What does CPU stand for?"}
    assert _texts(await _search(client, q="hardware input")) == {"Which are input devices?"}
    assert _texts(await _search(client, q="devic")) == {"Which device joins networks?", "Which are input devices?"}
    assert (await _search(client, q="nothing-like-this"))["total"] == 0


async def test_an_edited_question_is_found_by_its_new_words(client, session):
    teacher = await _teacher(client, session, "editor")
    assessment = await make_assessment(session, owner=teacher, questions=[
        {"type": "multiple_choice", "question_text": "How many bits are in a byte?"}])
    [question] = (await _search(client, q="byte"))["questions"]
    edited = await client.patch(f"/api/assessments/{assessment.id}/questions/{question['id']}",
                                json={"question_text": "How many bits make a nibble?", "tags": ["Units"]})
    assert edited.status_code == 200, edited.text
    assert (await _search(client, q="byte"))["total"] == 0
    assert _texts(await _search(client, q="nibble units")) == {"How many bits make a nibble?"}


async def test_wildcards_in_words_are_taken_literally(client, session):
    teacher = await _teacher(client, session, "wildcards")
    await _library(session, teacher)
    assert _texts(await _search(client, q="50%")) == {"Convert 50% of 10 to binary"}
    assert (await _search(client, q="%"))["total"] == 1
    assert (await _search(client, q="_"))["total"] == 0


async def test_each_filter_narrows_the_search(client, session):
    teacher = await _teacher(client, session, "filterer")
    world = await _library(session, teacher)
    assert (await _search(client))["total"] == 4
    assert _texts(await _search(client, type="text_input")) == {"What does CPU stand for?"}
    assert len(_texts(await _search(client, unit_id=str(world["unit"].id)))) == 3
    assert _texts(await _search(client, objective_id=str(world["objective"].id))) == {"Which device joins networks?"}
    assert _texts(await _search(client, strand="CS")) == {"What does CPU stand for?", "Which are input devices?"}
    assert _texts(await _search(client, difficulty=1)) == {"Which are input devices?"}
    assert _texts(await _search(client, tags=["RECALL"])) == {"What does CPU stand for?"}
    assert _texts(await _search(client, tags=["hardware", "recall"])) == {"What does CPU stand for?"}
    assert _texts(await _search(client, strand="CS", difficulty=4, q="stand")) == {"What does CPU stand for?"}


async def test_results_come_a_page_at_a_time(client, session):
    teacher = await _teacher(client, session, "pager")
    await _library(session, teacher)
    first = await _search(client, page_size=3)
    second = await _search(client, page_size=3, page=2)
    assert (first["total"], len(first["questions"]), len(second["questions"])) == (4, 3, 1)
    assert not _texts(first) & _texts(second)


async def test_a_bad_filter_is_refused_with_a_message(client, session):
    await _teacher(client, session, "badfilter")
    for params in ({"difficulty": 9}, {"type": "essay"}, {"strand": "XX"}, {"page_size": 500}, {"unit_id": "x"}):
        response = await client.get("/api/bank/questions", params=params)
        assert response.status_code == 422, (params, response.text)
        assert response.json()["detail"], params


# --- Whose questions ---------------------------------------------------------------------------------------------


async def test_a_teacher_sees_only_their_own_questions_and_an_admin_sees_all(client, session, make_client):
    mine = await _teacher(client, session, "owner_a")
    colleague = await make_user(session, Role.teacher, username="colleague_b")
    await make_assessment(session, owner=mine, title="Mine", questions=[{"type": "multiple_choice",
                                                                         "question_text": "My own question"}])
    await make_assessment(session, owner=colleague, title="Theirs", questions=[{"type": "multiple_choice",
                                                                                "question_text": "Their question"}])
    assert _texts(await _search(client)) == {"My own question"}
    admin_client = await make_client()
    await make_user(session, Role.admin, username="head_admin")
    await admin_client.login("head_admin")
    assert _texts(await _search(admin_client)) == {"My own question", "Their question"}
    pupil_client = await make_client()
    await make_user(session, Role.pupil, username="a_pupil")
    await pupil_client.login("a_pupil")
    assert (await pupil_client.get("/api/bank/questions")).status_code == 403


async def test_a_deleted_assessments_questions_leave_the_bank_unless_saved(client, session):
    teacher = await _teacher(client, session, "saver")
    assessment = await make_assessment(session, owner=teacher, title="Old quiz", questions=[
        {"type": "multiple_choice", "question_text": "Keep me"}, {"type": "multiple_choice", "question_text": "Lose me"}])
    keep = next(q for q in (await _search(client))["questions"] if q["question_text"] == "Keep me")
    saved = await client.put(f"/api/bank/questions/{keep['id']}/saved", json={"tags": ["bytes", " units ", "bytes"]})
    assert saved.status_code == 200, saved.text
    assert saved.json()["tags"] == ["bytes", "units"]
    assert (await client.delete(f"/api/assessments/{assessment.id}")).status_code == 204
    page = await _search(client)
    assert _texts(page) == {"Keep me"}
    assert page["questions"][0]["assessment_deleted"] is True
    assert _texts(await _search(client, saved_only="true", q="units")) == {"Keep me"}
    assert (await client.delete(f"/api/bank/questions/{keep['id']}/saved")).status_code == 200
    assert (await _search(client))["total"] == 0


async def test_only_the_owner_saves_a_question_to_the_bank(client, session, make_client):
    owner = await make_user(session, Role.teacher, username="writer")
    assessment = await make_assessment(session, owner=owner, questions=["multiple_choice"])
    question_id = (await session.execute(select(Question.id).where(Question.assessment_id == assessment.id))).scalar()
    await _teacher(client, session, "not_the_writer")
    response = await client.put(f"/api/bank/questions/{question_id}/saved", json={})
    assert response.status_code == 404, response.text
    assert "not in your question bank" in response.json()["detail"]


# --- Statistics, worked out by hand ----------------------------------------------------------------------------


class Past(NamedTuple):
    """One pupil's completed attempt: the question under study (1 point) and another worth 4."""

    right_first_try: bool
    right_in_the_end: bool
    other_score: int  # out of 4: the rest of the attempt
    seconds: int
    hint: bool


# 21 pupils in two classes. The rest of the attempt (other_score / 4) is higher for those right first time.
PAST = [
    Past(True, True, 4, 30, False), Past(True, True, 3, 40, False), Past(True, True, 4, 20, True),
    Past(False, True, 2, 90, True), Past(False, False, 1, 60, False), Past(True, True, 2, 35, False),
    Past(False, False, 0, 80, True), Past(True, True, 3, 25, False), Past(False, True, 3, 70, False),
    Past(True, True, 4, 30, False), Past(False, False, 1, 100, True), Past(True, True, 2, 45, False),
    Past(True, True, 3, 30, False), Past(False, False, 2, 50, False), Past(True, True, 4, 20, False),
    Past(False, True, 1, 75, True), Past(True, True, 1, 40, False), Past(False, False, 0, 65, False),
    Past(True, True, 3, 30, False), Past(False, False, 2, 55, False), Past(True, True, 4, 25, True),
]


async def _past_attempt(session, pupil: User, assessment: Assessment, school_class: SchoolClass, studied: Question,
                        other: Question, past: Past, status: AttemptStatus = AttemptStatus.completed) -> Attempt:
    """An attempt as the app stores it: answers with their tries in the history (try 1 first)."""
    score = 1.0 if past.right_in_the_end else 0.0
    now = utcnow()
    attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id, status=status,
                      started_at=now - timedelta(minutes=10), completed_at=now, total_score=score + past.other_score,
                      max_score=5.0, question_order=[str(studied.id), str(other.id)])
    session.add(attempt)
    await session.flush()
    tries = [past.right_first_try] if past.right_first_try else [False, *([True] if past.right_in_the_end else [])]
    answer = Answer(attempt_id=attempt.id, question_id=studied.id, status=MarkingStatus.marked, score=score,
                    max_score=1.0, is_correct=past.right_in_the_end, tries=len(tries),
                    time_taken_seconds=past.seconds, hint_used=past.hint, answer_data={"selected_option": "x"})
    other_answer = Answer(attempt_id=attempt.id, question_id=other.id, status=MarkingStatus.marked,
                          score=float(past.other_score), max_score=4.0, is_correct=past.other_score == 4, tries=1,
                          time_taken_seconds=20, answer_data={"text": "x"})
    session.add_all([answer, other_answer])
    await session.flush()
    for number, right in enumerate(tries, start=1):
        session.add(AnswerHistory(answer_id=answer.id, try_number=number, is_correct=right, score=float(right),
                                  status=MarkingStatus.marked, answer_data={"selected_option": "x"}))
    session.add(AnswerHistory(answer_id=other_answer.id, try_number=1, is_correct=past.other_score == 4,
                              score=float(past.other_score), status=MarkingStatus.marked, answer_data={"text": "x"}))
    await session.flush()
    return attempt


class PastWorld(NamedTuple):
    studied: Question
    pupils: list[User]
    attempts: list[Attempt]


async def _past_world(session, teacher: User, past: list[Past]) -> PastWorld:
    pupils = [await make_user(session, Role.pupil, username=f"pastpupil{n}") for n in range(len(past) + 1)]
    class_a = await make_class(session, name="8P1", teachers=[teacher], pupils=pupils[:12])
    class_b = await make_class(session, name="8P2", teachers=[teacher], pupils=pupils[12:])
    assessment = await make_assessment(session, owner=teacher, publish_to=[class_a, class_b], title="Used before",
                                       questions=[{"type": "multiple_choice", "question_text": "Studied", "points": 1},
                                                  {"type": "text_input", "question_text": "Other", "points": 4}])
    studied, other = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                            .order_by(Question.position))).scalars()
    attempts = [await _past_attempt(session, pupil, assessment, class_a if n < 12 else class_b, studied, other, p)
                for n, (pupil, p) in enumerate(zip(pupils, past, strict=False))]
    # Still in progress: not counted.
    attempts.append(await _past_attempt(session, pupils[-1], assessment, class_b, studied, other,
                                        Past(True, True, 0, 999, True), status=AttemptStatus.in_progress))
    return PastWorld(studied, pupils, attempts)


def _point_biserial_by_hand(past: list[Past]) -> float:
    """The textbook formula: (M1 − M0) / s · √(p·q), with s the population standard deviation of the rest."""
    rest = [p.other_score / 4 for p in past]
    right = [r for p, r in zip(past, rest, strict=True) if p.right_first_try]
    not_right = [r for p, r in zip(past, rest, strict=True) if not p.right_first_try]
    p = len(right) / len(past)
    return (statistics.mean(right) - statistics.mean(not_right)) / statistics.pstdev(rest) * math.sqrt(p * (1 - p))


async def test_statistics_from_past_use_match_the_hand_worked_figures(client, session):
    teacher = await _teacher(client, session, "statistician")
    assert len(PAST) >= DISCRIMINATION_MINIMUM
    await _past_world(session, teacher, PAST)
    [studied] = (await _search(client, q="studied"))["questions"]
    stats = studied["stats"]
    assert stats["answered"] == 21  # two classes; the attempt in progress is left out
    assert stats["right_first_try"] == 12  # not the 15 right in the end
    assert stats["facility"] == round(12 / 21, 3)
    assert stats["discrimination"] == round(_point_biserial_by_hand(PAST), 2)
    assert stats["discrimination"] == 0.67  # worked out once by hand, to catch a formula changed on both sides
    assert stats["average_time_seconds"] == round(sum(p.seconds for p in PAST) / 21, 1)
    assert stats["hint_rate"] == round(6 / 21, 3)


async def test_discrimination_is_left_out_below_the_minimum_number_of_answers(client, session):
    teacher = await _teacher(client, session, "fewanswers")
    await _past_world(session, teacher, PAST[:DISCRIMINATION_MINIMUM - 1])
    [studied] = (await _search(client, q="studied"))["questions"]
    assert studied["stats"]["answered"] == DISCRIMINATION_MINIMUM - 1
    assert studied["stats"]["discrimination"] is None
    assert studied["stats"]["facility"] is not None


async def test_a_question_nobody_has_answered_has_empty_statistics(client, session):
    teacher = await _teacher(client, session, "unused")
    await make_assessment(session, owner=teacher, questions=[{"type": "multiple_choice", "question_text": "New"}])
    [question] = (await _search(client))["questions"]
    assert question["stats"] == {"answered": 0, "right_first_try": 0, "facility": None, "discrimination": None,
                                 "discrimination_minimum": DISCRIMINATION_MINIMUM, "average_time_seconds": None,
                                 "hint_rate": None}


async def test_no_pupil_is_named_or_identified_in_the_bank(client, session):
    teacher = await _teacher(client, session, "private")
    world = await _past_world(session, teacher, PAST)
    body = (await client.get("/api/bank/questions")).text
    answers = (await session.execute(select(Answer.id).where(Answer.question_id == world.studied.id))).scalars()
    for pupil in world.pupils:
        for identifying in (str(pupil.id), pupil.username, pupil.name, pupil.first_name, pupil.last_name):
            assert identifying not in body, identifying
    for secret in [*(str(a.id) for a in world.attempts), *(str(a) for a in answers)]:
        assert secret not in body, secret


# --- Adding to an assessment -------------------------------------------------------------------------------------


async def _own_draft(client, **extra) -> str:
    response = await client.post("/api/assessments", json={"title": "New draft", **extra})
    assert response.status_code == 201, response.text
    return response.json()["id"]


async def test_adding_copies_questions_in_order_each_remembering_where_it_came_from(client, session):
    teacher = await _teacher(client, session, "copier")
    world = await _library(session, teacher)
    by_text = {q["question_text"]: q for q in (await _search(client))["questions"]}
    picked = [by_text["What does CPU stand for?"]["id"], by_text["Which device joins networks?"]["id"]]
    draft = await _own_draft(client)
    response = await client.post("/api/bank/add", json={"assessment_id": draft, "question_ids": picked})
    assert response.status_code == 201, response.text
    assert response.json()["question_count"] == 2
    detail = (await client.get(f"/api/assessments/{draft}")).json()
    assert [q["question_text"] for q in detail["questions"]] == ["What does CPU stand for?",
                                                                 "Which device joins networks?"]
    assert [q["copied_from_title"] for q in detail["questions"]] == ["Networks quiz", "Networks quiz"]
    assert detail["questions"][0]["tags"] == ["Hardware", "recall"]
    assert detail["total_points"] == 4
    copies = (await session.execute(select(Question).where(Question.assessment_id == uuid.UUID(draft))
                                    .order_by(Question.position))).scalars().all()
    assert [str(c.copied_from_id) for c in copies] == picked
    assert copies[1].learning_objective_id == world["objective"].id  # the draft has no unit: the link stays
    originals = {q.id: q for q in (await session.execute(
        select(Question).where(Question.id.in_([uuid.UUID(p) for p in picked])))).scalars()}
    assert [c.config for c in copies] == [originals[c.copied_from_id].config for c in copies]
    assert all(original.assessment_id != uuid.UUID(draft) for original in originals.values())


async def test_a_copy_into_another_units_draft_leaves_the_objective_behind(client, session):
    teacher = await _teacher(client, session, "unitcopier")
    await _library(session, teacher)
    other_unit = (await session.execute(select(Unit.id).where(Unit.title == "Programming"))).scalar_one()
    [router_question] = (await _search(client, q="router"))["questions"]
    draft = await _own_draft(client, unit_id=str(other_unit))
    response = await client.post("/api/bank/add", json={"assessment_id": draft,
                                                        "question_ids": [router_question["id"]]})
    assert response.status_code == 201, response.text
    [copy] = (await client.get(f"/api/assessments/{draft}")).json()["questions"]
    assert copy["learning_objective_id"] is None
    assert copy["copied_from_title"] == "Networks quiz"


async def test_adding_is_refused_clearly_to_a_published_assessment(client, session):
    teacher = await _teacher(client, session, "publishedtarget")
    school_class = await make_class(session, teachers=[teacher])
    published = await make_assessment(session, owner=teacher, publish_to=[school_class], title="Live quiz",
                                      questions=["multiple_choice"])
    assert published.status == AssessmentStatus.published
    [question] = (await _search(client))["questions"]
    response = await client.post("/api/bank/add", json={"assessment_id": str(published.id),
                                                        "question_ids": [question["id"]]})
    assert response.status_code == 409, response.text
    assert "duplicate" in response.json()["detail"]


async def test_adding_someone_elses_question_or_to_someone_elses_draft_is_refused(client, session):
    teacher = await _teacher(client, session, "taker")
    colleague = await make_user(session, Role.teacher, username="other_owner")
    theirs = await make_assessment(session, owner=colleague, title="Theirs", questions=["multiple_choice"])
    their_question = (await session.execute(select(Question.id).where(Question.assessment_id == theirs.id))).scalar()
    mine = await make_assessment(session, owner=teacher, title="Mine", questions=["multiple_choice"])
    my_question = (await session.execute(select(Question.id).where(Question.assessment_id == mine.id))).scalar()
    draft = await _own_draft(client)
    not_mine = await client.post("/api/bank/add", json={"assessment_id": draft, "question_ids": [str(their_question)]})
    assert not_mine.status_code == 404, not_mine.text
    into_theirs = await client.post("/api/bank/add", json={"assessment_id": str(theirs.id),
                                                           "question_ids": [str(my_question)]})
    assert into_theirs.status_code == 403, into_theirs.text
    empty = await client.post("/api/bank/add", json={"assessment_id": draft, "question_ids": []})
    assert empty.status_code == 422, empty.text


# --- The migration -------------------------------------------------------------------------------------------------


@pytest.fixture(params=dbs.backends())
def database_at_0005(request, tmp_path):
    """A fresh database migrated to the revision before the bank's."""
    if request.param == "sqlite":
        url = dbs.sqlite_url(tmp_path, "bank-migration.db")
    else:
        url = dbs.create_postgres_database(dbs.required_postgres_server("the bank's migration"), prefix="ks3_bank")
    migrations.upgrade(url, "0005")
    yield url
    if request.param != "sqlite":
        dbs.drop_postgres_database(url)


async def test_the_migration_gives_existing_questions_their_searchable_words(database_at_0005):
    assessment_id, question_id = uuid.uuid4(), uuid.uuid4()
    flags = ("allow_hints", "show_immediate_feedback", "randomise_questions", "randomise_options",
             "allow_question_retry", "show_time_remaining", "allow_review", "auto_release_ai_marks")
    numbers = ("max_attempts", "max_question_retries", "total_points", "estimated_minutes")
    assessments = table("assessments", column("id", Uuid()), column("title"), column("description"),
                        column("status"), column("ai_marking", JSONType), column("generation", JSONType),
                        *(column(flag, Boolean()) for flag in flags), *(column(n, Integer()) for n in numbers))
    questions = table("questions", column("id", Uuid()), column("assessment_id", Uuid()), column("type"),
                      column("question_text"), column("config", JSONType), column("feedback", JSONType),
                      column("strands", JSONType), column("tags", JSONType), column("warnings", JSONType),
                      *(column(n, Integer()) for n in ("position", "difficulty", "points",
                                                       "time_estimate_seconds", "version")))
    engine = create_engine(database_at_0005)
    try:
        async with engine.begin() as connection:
            await connection.execute(insert(assessments).values(
                id=assessment_id, title="Old quiz", description="", status="draft", ai_marking={}, generation={},
                **dict.fromkeys(flags, False), **dict.fromkeys(numbers, 1)))
            await connection.execute(insert(questions).values(
                id=question_id, assessment_id=assessment_id, type="multiple_choice", question_text="Which Device?",
                config={"options": [{"id": "a", "text": "A Router"}], "shuffle_options": True}, feedback={},
                strands=[], tags=["Recall"], warnings=[], position=0, difficulty=2, points=1,
                time_estimate_seconds=60, version=1))
        await asyncio.to_thread(migrations.upgrade, database_at_0005)
        async with engine.connect() as connection:
            words = await connection.scalar(select(Question.search_text).where(Question.id == question_id))
    finally:
        await engine.dispose()
    assert words == "which device? a router recall"
