"""Races on a pupil's attempt: the tries limit, "Run my code" pressed twice, and a retry landing while the teacher
changes the retry credit, beaten by requests that arrive together. Each test sends its requests at the same time
(`at_once`) to the app on a database of its own."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from app import sandbox
from app.config import get_settings
from app.models import Answer, AnswerHistory, Attempt, AttemptStatus, Question, Role
from tests.factories import make_assessment, make_class, make_user
from tests.security.conftest import at_once

NO_TRIES_LEFT = "You have used all your tries for this question. Go on to the next question."
CLASH = "That clashes with something that already exists"
WRONG_ADD = "def add(a, b):\n    return a - b\n"


async def _pupil_on(seed: Any, real_clients: Any, question_type: str, **settings: Any) -> tuple[Any, dict, dict]:
    """A pupil signed in, an attempt started at an assessment with one question, and that question's config."""
    async with seed() as session:
        teacher = await make_user(session, Role.teacher)
        pupil = await make_user(session, Role.pupil)
        school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=[question_type],
                                           publish_to=[school_class], **settings)
        username, assessment_id = pupil.username, assessment.id
    client = real_clients()
    await client.login(username)
    started = await client.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert started.status_code == 200, started.text
    view = started.json()
    async with seed() as session:
        config = (await session.get(Question, uuid.UUID(view["questions"][0]["id"]))).config
    return client, view, config


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Gets an item each time code is run in the sandbox (clear it once the assessment is made: saving a code
    question runs its solution)."""
    started: list[int] = []
    real_run_tests = sandbox.run_tests

    async def counted(*args: Any, **kwargs: Any) -> Any:
        started.append(1)
        return await real_run_tests(*args, **kwargs)

    monkeypatch.setattr(sandbox, "run_tests", counted)
    return started


class Gate:
    """Once `closed`, holds pupil code before it runs until `release` is set; `started` is set when some code is
    waiting. (Open while the test's assessment is made: saving a code question runs its solution.)"""

    def __init__(self) -> None:
        self.closed = False
        self.started = asyncio.Event()
        self.release = asyncio.Event()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Gate:
    held = Gate()
    real_run_tests = sandbox.run_tests

    async def gated(*args: Any, **kwargs: Any) -> Any:
        if held.closed:
            held.started.set()
            await held.release.wait()
        return await real_run_tests(*args, **kwargs)

    monkeypatch.setattr(sandbox, "run_tests", gated)
    return held


def _submit_url(view: dict) -> str:
    return f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}/submit"


async def _stored(seed: Any, view: dict) -> tuple[int, int]:
    """(the answer's tries, how many tries its history holds)."""
    async with seed() as session:
        answer = (await session.execute(select(Answer).where(Answer.attempt_id == uuid.UUID(view["attempt_id"])))).scalar_one()
        history = await session.scalar(
            select(func.count()).select_from(AnswerHistory).where(AnswerHistory.answer_id == answer.id)
        )
        return answer.tries, history


async def _autosave(client: Any, view: dict, answer_data: dict) -> None:
    """Save once, so the answer's row exists before the race (otherwise the race is on creating it)."""
    url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}"
    saved = await client.put(url, json={"answer_data": answer_data, "seq": 1})
    assert saved.status_code == 200, saved.text


@pytest.mark.parametrize("saved_first", [False, True], ids=["first-answer", "after-a-save"])
async def test_simultaneous_submits_are_marked_only_as_often_as_the_tries_allow(seed, real_clients, saved_first):
    client, view, config = await _pupil_on(seed, real_clients, "multiple_choice", max_question_retries=2)
    wrong = next(o["id"] for o in config["options"] if not o["is_correct"])
    if saved_first:
        await _autosave(client, view, {"selected_option": wrong})
    replies = await at_once(*[client.post(_submit_url(view), json={"answer_data": {"selected_option": wrong}})
                              for _ in range(12)])
    marked = [r for r in replies if r.status_code == 200]
    refused = [r for r in replies if r.status_code != 200]
    assert len(marked) == 3, [r.text for r in replies]
    assert sorted(r.json()["tries"] for r in marked) == [1, 2, 3]
    assert {r.status_code for r in refused} == {409}
    assert {r.json()["detail"] for r in refused} == {NO_TRIES_LEFT}
    assert await _stored(seed, view) == (3, 3)


@pytest.mark.slow  # runs pupil code in the sandbox
@pytest.mark.parametrize("saved_first", [False, True], ids=["first-answer", "after-a-save"])
async def test_simultaneous_code_submits_run_no_more_often_than_the_tries_allow(seed, real_clients, runs, saved_first):
    client, view, _config = await _pupil_on(seed, real_clients, "python_code", max_question_retries=1)
    if saved_first:
        await _autosave(client, view, {"code": WRONG_ADD})
    runs.clear()
    replies = await at_once(*[client.post(_submit_url(view), json={"answer_data": {"code": WRONG_ADD}})
                              for _ in range(10)])
    assert len(runs) == 2, f"{len(runs)} runs for a question with 2 tries"
    assert sum(r.status_code == 200 for r in replies) == 2, [r.text for r in replies]
    assert {r.json()["detail"] for r in replies if r.status_code != 200} == {NO_TRIES_LEFT}
    assert await _stored(seed, view) == (2, 2)


@pytest.mark.slow  # runs pupil code in the sandbox
async def test_pressing_run_twice_at_once_runs_both_without_a_clash(seed, real_clients):
    client, view, _config = await _pupil_on(seed, real_clients, "python_code")
    url = f"/api/pupil/attempts/{view['attempt_id']}/questions/{view['questions'][0]['id']}/run"
    replies = await at_once(*[client.post(url, json={"code": WRONG_ADD}) for _ in range(2)])
    assert [r.status_code for r in replies] == [200, 200], [r.text for r in replies]
    assert not any(CLASH in r.text for r in replies)


@pytest.mark.slow  # runs pupil code in the sandbox
async def test_simultaneous_runs_pass_the_code_run_limit_only_as_often_as_it_allows(seed, real_clients, runs,
                                                                                     monkeypatch):
    client, view, _config = await _pupil_on(seed, real_clients, "python_code")
    monkeypatch.setattr(get_settings(), "rate_limit_code_runs", 3)
    runs.clear()
    url = f"/api/pupil/attempts/{view['attempt_id']}/questions/{view['questions'][0]['id']}/run"
    replies = await at_once(*[client.post(url, json={"code": WRONG_ADD}) for _ in range(10)])
    assert sorted(r.status_code for r in replies) == [200] * 3 + [429] * 7, [r.text for r in replies]
    assert len(runs) == 3


@pytest.mark.slow  # runs pupil code in the sandbox
async def test_finishing_while_a_code_submit_runs_keeps_that_submit_s_mark(seed, real_clients, gate):
    client, view, config = await _pupil_on(seed, real_clients, "python_code")
    gate.closed = True
    submit = asyncio.ensure_future(client.post(_submit_url(view),
                                               json={"answer_data": {"code": config["reference_solution"]}}))
    await asyncio.wait_for(gate.started.wait(), timeout=30)
    finished = await client.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    assert finished.status_code == 200, finished.text
    gate.release.set()
    submitted = await submit
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["is_correct"] is True
    assert await _stored(seed, view) == (1, 1), "the try is marked once, by its submit"
    async with seed() as session:
        attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]))
        assert attempt.status == AttemptStatus.completed
        assert attempt.total_score == 2


@pytest.mark.slow  # runs pupil code in the sandbox
async def test_a_code_submit_is_marked_again_when_the_key_changes_while_it_runs(seed, real_clients, gate):
    client, view, config = await _pupil_on(seed, real_clients, "python_code")
    gate.closed = True
    submit = asyncio.ensure_future(client.post(_submit_url(view),
                                               json={"answer_data": {"code": config["reference_solution"]}}))
    await asyncio.wait_for(gate.started.wait(), timeout=30)
    async with seed() as session:
        question = await session.get(Question, uuid.UUID(view["questions"][0]["id"]))
        question.points = 5
    gate.release.set()
    submitted = await submit
    assert submitted.status_code == 200, submitted.text
    assert submitted.json()["max_score"] == 5
    assert submitted.json()["score"] == 5


async def test_a_retry_submitted_while_the_teacher_changes_the_retry_credit_counts_under_the_new_one(
        seed: Any, real_clients: Any) -> None:
    """A pupil's right second try and the teacher's switch to "only the first try counts" arrive together, on
    three questions in turn: whichever lands first, the answer ends up counting under the new setting (0 marks:
    its first try was wrong), and the attempt's total agrees."""
    from app.models import RetryCredit

    async with seed() as session:
        teacher = await make_user(session, Role.teacher)
        pupil = await make_user(session, Role.pupil)
        school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice"] * 3,
                                           publish_to=[school_class], retry_credit=RetryCredit.full)
        names, assessment_id = (teacher.username, pupil.username), assessment.id
    owner, client = real_clients(), real_clients()
    await owner.login(names[0])
    await client.login(names[1])
    view = (await client.post(f"/api/pupil/assessments/{assessment_id}/start")).json()
    policies = ["none", "full", "none"]
    for question, policy in zip(view["questions"], policies, strict=True):
        async with seed() as session:
            options = (await session.get(Question, uuid.UUID(question["id"]))).config["options"]
        right = next(o["id"] for o in options if o["is_correct"])
        wrong = next(o["id"] for o in options if not o["is_correct"])
        url = f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit"
        first = await client.post(url, json={"answer_data": {"selected_option": wrong}})
        assert first.status_code == 200, first.text
        retried, changed = await at_once(client.post(url, json={"answer_data": {"selected_option": right}}),
                                         owner.patch(f"/api/assessments/{assessment_id}",
                                                     json={"retry_credit": policy}))
        assert (retried.status_code, changed.status_code) == (200, 200), (retried.text, changed.text)
        async with seed() as session:
            answer = (await session.execute(select(Answer).where(
                Answer.attempt_id == uuid.UUID(view["attempt_id"]),
                Answer.question_id == uuid.UUID(question["id"])))).scalar_one()
            expected = 0.0 if policy == "none" else answer.max_score
            assert (answer.is_correct, answer.score) == (True, expected), policy
    async with seed() as session:
        # The last change ("none") recounted every answer: none was right at its first try.
        attempt = await session.get(Attempt, uuid.UUID(view["attempt_id"]))
        assert (attempt.total_score, attempt.first_try_score) == (0.0, 0.0)
