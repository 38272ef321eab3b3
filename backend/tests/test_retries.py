"""Honest retries (issue 19): each auto-marked answer's first try is stored, retries earn what the assessment's
retry credit says, feedback before the last try never gives the right answer away, and teachers see first-try and
final figures side by side (class results, question analysis, CSV)."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import async_sessionmaker

from app import migrations
from app.db import create_engine
from app.models import (
    Answer,
    AnswerHistory,
    AnswerRelease,
    Assessment,
    Attempt,
    AttemptStatus,
    Question,
    RetryCredit,
    Role,
)
from app.services.marking.first_try import credit, share
from app.utils.feedback import LOOK_AGAIN
from tests.factories import make_assessment, make_class, make_user
from tests.test_migrations import fresh_url  # noqa: F401  (the fixture: a new database on each backend)

# A multiple-choice question whose feedback on a wrong answer names the right one, as the demo's used to.
REVEALING = {
    "type": "multiple_choice",
    "config": {"type": "multiple_choice", "shuffle_options": False, "options": [
        {"id": "a", "text": "8 bits", "is_correct": True},
        {"id": "b", "text": "4 bits", "is_correct": False,
         "distractor_feedback": "4 bits is half a byte. It is called a nibble."},
        {"id": "c", "text": "16 bits", "is_correct": False},
    ]},
    "feedback": {"correct": "One byte is 8 bits.", "incorrect": "Not quite. One byte is 8 bits.", "partial": ""},
}
KEY = "8 bits"


async def _setup(session, *, questions=(REVEALING,), show_answers=None, **settings):
    teacher = await make_user(session, Role.teacher, username="teach")
    pupil = await make_user(session, Role.pupil, username="pip")
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=list(questions), publish_to=[school_class],
                                       show_answers=show_answers, **settings)
    return assessment


async def _start(client, assessment):
    r = await client.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert r.status_code == 200, r.text
    return r.json()


TEXTS = {"a": "8 bits", "b": "4 bits", "c": "16 bits"}


async def _choose(client, session, view, index, letter):
    """Submit the option REVEALING calls `letter` (saving gives options ids of their own)."""
    question = await session.get(Question, uuid.UUID(view["questions"][index]["id"]))
    option = next(o["id"] for o in question.config["options"] if o["text"] == TEXTS[letter])
    return await _submit(client, view, index, {"selected_option": option})


async def _submit(client, view, index, answer_data):
    question = view["questions"][index]
    r = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                          json={"answer_data": answer_data})
    assert r.status_code == 200, r.text
    return r.json()


async def _answer(session, view, index=0) -> Answer:
    question_id = uuid.UUID(view["questions"][index]["id"])
    return (await session.execute(
        select(Answer).where(Answer.attempt_id == uuid.UUID(view["attempt_id"]), Answer.question_id == question_id)
        .execution_options(populate_existing=True)
    )).scalar_one()


# --- First try ---------------------------------------------------------------------------------------------

async def test_the_first_try_is_stored_and_kept_when_a_later_try_is_right(client, session):
    assessment = await _setup(session, retry_credit=RetryCredit.full)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0)
    await _choose(client, session, view, 0, "a")
    answer = await _answer(session, view)
    assert answer.is_correct is True, "the answer is right now"
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0), "the first try stays as it was"


async def test_an_answer_right_at_the_first_try_is_stored_as_right(client, session):
    assessment = await _setup(session)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "a")
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (True, 2.0)


async def test_a_code_answers_first_submit_is_its_first_try(client, session):
    assessment = await _setup(session, questions=["python_code"])
    await client.login("pip")
    view = await _start(client, assessment)
    first = await _submit(client, view, 0, {"code": "def add(a, b)\n    return a + b\n"})  # no colon: not run
    assert first["score"] == 0
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0)


@pytest.mark.slow  # runs code in the sandbox
async def test_a_code_answer_right_at_the_second_submit_keeps_its_first_try(client, session):
    assessment = await _setup(session, questions=["python_code"], retry_credit=RetryCredit.reduced)
    await client.login("pip")
    view = await _start(client, assessment)
    await _submit(client, view, 0, {"code": "def add(a, b)\n    return a + b\n"})
    second = await _submit(client, view, 0, {"code": "def add(a, b):\n    return a + b\n"})
    assert second["is_correct"] is True
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0)
    assert answer.score == 1.0, "half of 2 marks at the second try"


async def test_a_written_answer_has_no_first_try(client, session):
    assessment = await _setup(session, questions=["extended_text"])
    await client.login("pip")
    view = await _start(client, assessment)
    await _submit(client, view, 0, {"text": " ".join(["An algorithm is a set of steps."] * 4)})
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (None, None)


async def test_with_feedback_off_the_latest_submit_is_the_first_try(client, session):
    assessment = await _setup(session, show_immediate_feedback=False, retry_credit=RetryCredit.none)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await _choose(client, session, view, 0, "a")  # nothing was learnt between: a change, not a retry
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points, answer.score) == (True, 2.0, 2.0)


# --- Retry credit ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("policy", "second", "third"), [
    (RetryCredit.full, 2.0, 2.0),
    (RetryCredit.reduced, 1.0, 0.5),
    (RetryCredit.none, 0.0, 0.0),
])
async def test_retry_credit_decides_what_a_later_right_try_is_worth(client, session, policy, second, third):
    """Two questions: one right at the second try, one at the third; the attempt's total follows."""
    assessment = await _setup(session, questions=(REVEALING, REVEALING), retry_credit=policy)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    at_second = await _choose(client, session, view, 0, "a")
    assert at_second["score"] == second, policy
    for wrong in ("c", "b"):
        await _choose(client, session, view, 1, wrong)
    at_third = await _choose(client, session, view, 1, "a")
    assert at_third["score"] == third, policy
    if second < 2:
        assert "because it was not your first try" in at_second["message"]
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]), populate_existing=True)
    assert attempt.total_score == second + third, policy
    assert attempt.first_try_score == 0.0, "both first tries were wrong: the attempt keeps its first-try total too"
    history = (await session.execute(select(AnswerHistory.score).join(Answer).where(
        Answer.id == (await _answer(session, view)).id).order_by(AnswerHistory.try_number))).scalars().all()
    assert history == [0.0, 2.0], "the history keeps each try's own mark"


def test_reduced_credit_never_takes_away_what_an_earlier_try_earned():
    counted = credit(RetryCredit.reduced, try_number=3, points=2.0, is_correct=True, first=(False, 0.0),
                     earned_before=0.75)  # 1.5 of 2 at the second try, halved
    assert counted.points == 0.75
    assert [share(RetryCredit.reduced, n) for n in (1, 2, 3, 4, 9)] == [1.0, 0.5, 0.25, 0.25, 0.25]


async def test_new_assessments_give_reduced_credit_and_a_teacher_can_change_it(client, session):
    await make_user(session, Role.teacher, username="teach")
    await client.login("teach")
    made = await client.post("/api/assessments", json={"title": "Retries"})
    assert made.status_code == 201, made.text
    assert made.json()["retry_credit"] == "reduced"
    changed = await client.patch(f"/api/assessments/{made.json()['id']}", json={"retry_credit": "none"})
    assert changed.json()["retry_credit"] == "none"
    refused = await client.patch(f"/api/assessments/{made.json()['id']}", json={"retry_credit": "double"})
    assert refused.status_code == 422
    assert "retry_credit" in refused.text


async def test_re_marking_after_a_key_change_follows_the_retry_credit(client, session):
    """The teacher makes "16 bits" the answer: the answer right at the second try is re-marked and credited."""
    assessment = await _setup(session, retry_credit=RetryCredit.reduced)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "b")
    await _choose(client, session, view, 0, "c")
    await _make_right(client, session, assessment, view, "16 bits")
    answer = await _answer(session, view)
    assert (answer.is_correct, answer.score) == (True, 1.0)
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0)


async def _make_right(client, session, assessment, view, text):
    """The teacher makes option `text` the right one (a key change: every answer is re-marked)."""
    await client.login("teach")
    question = await session.get(Question, uuid.UUID(view["questions"][0]["id"]), populate_existing=True)
    config = json.loads(json.dumps(question.config))
    config["options"] = [{**o, "is_correct": o["text"] == text} for o in config["options"]]
    r = await client.patch(f"/api/assessments/{assessment.id}/questions/{question.id}", json={"config": config})
    assert r.status_code == 200, r.text


async def _history_marks(session, view) -> list[float]:
    answer = await _answer(session, view)
    return (await session.execute(select(AnswerHistory.score).where(AnswerHistory.answer_id == answer.id)
                                  .order_by(AnswerHistory.try_number)
                                  .execution_options(populate_existing=True))).scalars().all()


async def test_a_key_change_re_marks_the_first_try_too(client, session):
    """Wrong at the first try ("16 bits"), right at the second ("8 bits"); then the teacher finds the key was
    wrong and makes "16 bits" the answer: the pupil was right first time, and counts for the whole mark."""
    assessment = await _setup(session, retry_credit=RetryCredit.reduced)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await _choose(client, session, view, 0, "a")
    assert (await _answer(session, view)).score == 1.0, "half marks at the second try"
    await _make_right(client, session, assessment, view, "16 bits")
    answer = await _answer(session, view)
    assert (answer.first_try_correct, answer.first_try_points) == (True, 2.0)
    assert answer.score == 2.0, "right at the first try: the whole mark, though the second try is wrong now"
    assert await _history_marks(session, view) == [2.0, 0.0], "each try's own mark against the new key"
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]), populate_existing=True)
    assert (attempt.total_score, attempt.first_try_score) == (2.0, 2.0)


@pytest.mark.parametrize(("policy", "expected"), [
    (RetryCredit.full, 2.0), (RetryCredit.reduced, 1.0), (RetryCredit.none, 0.0)])
async def test_changing_the_retry_credit_counts_answers_already_given_again(client, session, policy, expected):
    assessment = await _setup(session, questions=(REVEALING, REVEALING),
                              retry_credit=RetryCredit.full if policy != RetryCredit.full else RetryCredit.none)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await _choose(client, session, view, 0, "a")  # right at the second try
    await _choose(client, session, view, 1, "a")  # right at the first: worth 2 under every policy
    await client.login("teach")
    r = await client.patch(f"/api/assessments/{assessment.id}", json={"retry_credit": policy.value})
    assert r.status_code == 200, r.text
    assert r.json()["recounted_answers"] == 1, "only the answer right at a later try counts differently"
    answer = await _answer(session, view)
    assert answer.score == expected, policy
    assert (answer.first_try_correct, answer.first_try_points) == (False, 0.0), "the first try is what it was"
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]), populate_existing=True)
    assert (attempt.total_score, attempt.first_try_score) == (expected + 2.0, 2.0)
    again = await client.patch(f"/api/assessments/{assessment.id}", json={"title": "Renamed"})
    assert again.json()["recounted_answers"] is None, "a change that is not the retry credit counts nothing again"


async def test_recounting_after_a_key_change_counts_the_tries_marked_against_the_new_key(client, session):
    """The key changes, then the retry credit: the second counting starts from the re-marked tries."""
    assessment = await _setup(session, retry_credit=RetryCredit.full)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "b")
    await _choose(client, session, view, 0, "c")
    await _make_right(client, session, assessment, view, "16 bits")
    assert (await _answer(session, view)).score == 2.0, "full credit: right at the second try"
    r = await client.patch(f"/api/assessments/{assessment.id}", json={"retry_credit": "reduced"})
    assert r.json()["recounted_answers"] == 1
    assert (await _answer(session, view)).score == 1.0


# --- Feedback before the last try --------------------------------------------------------------------------

def _says(body: object) -> str:
    return json.dumps(body)


async def test_feedback_while_tries_remain_never_names_the_answer(client, session):
    assessment = await _setup(session, max_question_retries=2, show_answers=AnswerRelease.after_finishing)
    await client.login("pip")
    view = await _start(client, assessment)
    reply = await _choose(client, session, view, 0, "c")
    assert reply["can_retry"] is True
    assert reply["feedback"].startswith("Not quite.")
    assert KEY not in _says(reply), reply
    own = await _choose(client, session, view, 0, "b")
    assert "nibble" in own["feedback"], "a distractor's own feedback explains the misconception"
    assert KEY not in _says(own)
    resumed = await _start(client, assessment)  # the question screen on coming back
    assert KEY not in _says(resumed["questions"][0]["saved"])
    stored = await client.get(f"/api/pupil/attempts/{view['attempt_id']}/answers")
    assert KEY not in stored.text


async def test_the_full_explanation_comes_when_the_answers_are_shown(client, session):
    assessment = await _setup(session, max_question_retries=2, show_answers=AnswerRelease.after_finishing)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await _choose(client, session, view, 0, "b")
    last = await _choose(client, session, view, 0, "c")
    assert last["can_retry"] is False
    assert KEY not in _says(last), "another attempt could still follow (practice keys come only in practice)"
    done = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    assert done.status_code == 200, done.text
    results = (await client.get(f"/api/pupil/attempts/{view['attempt_id']}/results")).json()
    assert results["answers_shown"] is True
    [question] = results["questions"]
    assert question["feedback"] == "Not quite. One byte is 8 bits."
    assert [d["feedback"] for d in question["drafts"]][0] == "Not quite. One byte is 8 bits."


async def test_results_keep_the_answer_hidden_while_another_attempt_is_left(client, session):
    assessment = await _setup(session, max_attempts=2, show_answers=AnswerRelease.after_finishing)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    results = await client.get(f"/api/pupil/attempts/{view['attempt_id']}/results")
    assert results.status_code == 200
    assert results.json()["answers_shown"] is False
    [question] = results.json()["questions"]  # its options are on screen: the feedback must not say which is right
    assert (question["answer_key"], question["feedback"]) == (None, "Not quite. " + LOOK_AGAIN)
    attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]))
    assert attempt.status == AttemptStatus.completed


async def test_a_question_whose_feedback_names_the_answer_gets_a_warning(client, session):
    assessment = await _setup(session, questions=())
    await client.login("teach")
    r = await client.post(f"/api/assessments/{assessment.id}/questions", json={
        "type": "multiple_choice", "question_text": "How many bits are in one byte?", "points": 1,
        "config": REVEALING["config"] | {"options": [
            *REVEALING["config"]["options"][:2],
            {"id": "c", "text": "16 bits", "is_correct": False, "distractor_feedback": "That is two lots of 8 bits."},
        ]},
        "feedback": {"correct": "One byte is 8 bits.", "incorrect": "One byte is 8 bits."},
    })
    assert r.status_code == 201, r.text
    warned = {p["field"]: p["message"] for p in r.json()["problems"] if "Names the right answer" in p["message"]}
    assert set(warned) == {"feedback.incorrect", "config.options[2].distractor_feedback"}
    assert '"8 bits"' in warned["feedback.incorrect"]


async def test_the_demo_assessment_follows_the_rule():
    from app.demo.sample_assessment import QUESTIONS
    from app.services.authoring.questions import feedback_naming_answer

    for spec in QUESTIONS:
        assert feedback_naming_answer(spec["feedback"], spec["config"]) == [], spec["question_text"]


# --- Teachers' figures -------------------------------------------------------------------------------------

async def _right_at_second_try(client, session):
    """The pupil gets question 1 right at the second try (reduced credit: 1 of 2) and question 2 at the first."""
    assessment = await _setup(session, questions=(REVEALING, REVEALING), retry_credit=RetryCredit.reduced)
    await client.login("pip")
    view = await _start(client, assessment)
    await _choose(client, session, view, 0, "c")
    await _choose(client, session, view, 0, "a")
    await _choose(client, session, view, 1, "a")
    assert (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")).status_code == 200
    await client.login("teach")
    return assessment


async def test_class_results_show_first_try_and_final_scores(client, session):
    assessment = await _right_at_second_try(client, session)
    [pupil] = (await client.get(f"/api/analytics/assessments/{assessment.id}")).json()["pupils"]
    assert (pupil["score"], pupil["percentage"]) == (3.0, 75.0)
    assert (pupil["first_try_score"], pupil["first_try_percentage"]) == (2.0, 50.0)


async def test_question_analysis_shows_first_try_beside_final(client, session):
    assessment = await _right_at_second_try(client, session)
    first, second = (await client.get(f"/api/analytics/assessments/{assessment.id}/questions")).json()["questions"]
    assert (first["success_rate"], first["first_try_success_rate"]) == (1.0, 0.0)
    assert (first["average_score_rate"], first["first_try_average_score_rate"]) == (0.5, 0.0)
    assert (second["first_try_success_rate"], second["first_try_answers"]) == (1.0, 1)


async def test_the_csv_appends_first_try_columns(client, session):
    assessment = await _right_at_second_try(client, session)
    text = (await client.get(f"/api/analytics/assessments/{assessment.id}/export.csv")).text
    heading, row = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert heading[11:] == ["How it ended", "Q1", "Q2", "First-try score", "First-try percentage", "Q1 first try",
                            "Q2 first try"]
    assert row[12:] == ["1", "2", "2", "50", "0", "2"]


# --- The migration -----------------------------------------------------------------------------------------

async def test_the_migration_fills_the_first_try_from_the_answer_history(fresh_url):  # noqa: F811
    """Answers marked before the columns existed get their first try from the history's try 1; a written answer
    (awaiting its teacher at try 1) stays without one."""
    await asyncio.to_thread(migrations.upgrade, fresh_url)
    ids = await _seed_answers(fresh_url)
    await asyncio.to_thread(migrations.downgrade, fresh_url, "20261207_0110")
    await asyncio.to_thread(migrations.upgrade, fresh_url)
    engine = create_engine(fresh_url)
    try:
        async with async_sessionmaker(engine)() as session:
            found = {row.id: (row.first_try_correct, row.first_try_points) for row in await session.execute(
                select(Answer.id, Answer.first_try_correct, Answer.first_try_points))}
            credit_kept = (await session.execute(select(Assessment.retry_credit))).scalars().all()
    finally:
        await engine.dispose()
    assert found == {ids["retried"]: (False, 0.0), ids["first"]: (True, 2.0), ids["written"]: (None, None)}
    assert credit_kept == [RetryCredit.full], "an existing assessment keeps full credit"


async def _seed_answers(url: str) -> dict[str, uuid.UUID]:
    engine = create_engine(url)
    try:
        async with async_sessionmaker(engine, expire_on_commit=False)() as session:
            teacher = await make_user(session, Role.teacher, username="teach")
            pupil = await make_user(session, Role.pupil, username="pip")
            assessment = await make_assessment(session, owner=teacher,
                                               questions=["multiple_choice", "binary_convert", "extended_text"])
            questions = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                               .order_by(Question.position))).scalars().all()
            attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, status=AttemptStatus.completed,
                              question_order=[str(q.id) for q in questions])
            session.add(attempt)
            await session.flush()
            tries = {"retried": [(0.0, False, "marked"), (2.0, True, "marked")], "first": [(2.0, True, "marked")],
                     "written": [(None, None, "awaiting_marking")]}
            ids = {}
            for question, (name, marks) in zip(questions, tries.items(), strict=True):
                answer = Answer(attempt_id=attempt.id, question_id=question.id, score=marks[-1][0],
                                is_correct=marks[-1][1], tries=len(marks), max_score=2.0)
                session.add(answer)
                await session.flush()
                ids[name] = answer.id
                for number, (score, right, status) in enumerate(marks, start=1):
                    session.add(AnswerHistory(answer_id=answer.id, try_number=number, score=score, is_correct=right,
                                              status=status))
            await session.commit()
    finally:
        await engine.dispose()
    return ids
