"""A teacher's correction of a question's key, and the re-marking it causes (issue 15).

- An answer that no longer fits the key — a forged save, or an option the teacher has since removed — is marked 0
  with a note for the teacher, and never blocks the teacher's change of the key or the pupil's Finish.
- Re-marking runs with no transaction open: while many code answers are being re-marked, a pupil's autosave
  completes (an ordering check: the re-marking request is still pending when the autosave returns), and a mark is
  never written over an answer saved since it was read.
- Two teachers accepting answers for everyone at once (issue 19): neither accepted answer is lost to the other."""

from __future__ import annotations

import asyncio
import copy
import uuid
from typing import Any, NamedTuple

import pytest
from sqlalchemy import select

from app import sandbox
from app.models import Answer, Attempt, AttemptStatus, MarkingStatus, Question, Role, utcnow
from app.services.marking.scoring import DID_NOT_FIT, NOT_MARKED
from app.utils.feedback import FORBIDDEN_WORDS
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample
from tests.security.conftest import at_once

PUPIL_CODE = "def add(a, b):\n    # a pupil's code\n    return a + b\n"
NOT_YET_CODE = "def add(a, b):\n    # a pupil's code\n    return a - b\n"
MANY = 6


class School(NamedTuple):
    """A teacher, pupils in one class, and an assessment of one question set for it."""

    teacher: str
    pupils: list[str]
    pupil_ids: list[uuid.UUID]
    assessment_id: uuid.UUID
    question_id: uuid.UUID
    config: dict


async def _school(seed: Any, question: Any, *, pupils: int) -> School:
    tag = uuid.uuid4().hex[:8]
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=f"remark-t-{tag}")
        made = [await make_user(session, Role.pupil, username=f"remark-p{k}-{tag}") for k in range(pupils)]
        school_class = await make_class(session, teachers=[teacher], pupils=made)
        assessment = await make_assessment(session, owner=teacher, questions=[question], publish_to=[school_class],
                                           max_attempts=2)
        stored = (await session.execute(select(Question).where(Question.assessment_id == assessment.id))).scalar_one()
        return School(teacher.username, [p.username for p in made], [p.id for p in made], assessment.id, stored.id,
                      copy.deepcopy(stored.config))


async def _answered(seed: Any, school: School, pupil_id: uuid.UUID, answer_data: dict, *, submitted: bool = True,
                    finished: bool = True) -> uuid.UUID:
    """An attempt of the pupil's with this answer stored as it is (as a forged or an old save would be)."""
    now = utcnow()
    async with seed() as session:
        attempt = Attempt(pupil_id=pupil_id, assessment_id=school.assessment_id, attempt_number=1,
                          status=AttemptStatus.completed if finished else AttemptStatus.in_progress,
                          started_at=now, last_activity_at=now, completed_at=now if finished else None,
                          question_order=[str(school.question_id)], option_seed=0, current_index=0)
        session.add(attempt)
        await session.flush()
        session.add(Answer(attempt_id=attempt.id, question_id=school.question_id, answer_data=answer_data, seq=1,
                           status=MarkingStatus.marked if submitted else MarkingStatus.saved, max_score=2.0,
                           score=0.0 if submitted else None, is_correct=False if submitted else None,
                           released=submitted, mark_details={}, time_taken_seconds=5, tries=1 if submitted else 0,
                           hint_used=False, scaffold_used=False, first_answered_at=now, last_answered_at=now,
                           submitted_at=now if submitted else None, marked_at=now if submitted else None))
        return attempt.id


async def _answer(seed: Any, attempt_id: uuid.UUID) -> Answer:
    async with seed() as session:
        return (await session.execute(select(Answer).where(Answer.attempt_id == attempt_id))).scalar_one()


async def _signed_in(real_clients: Any, username: str) -> Any:
    client = real_clients()
    await client.login(username)
    return client


def _option(config: dict, *, correct: bool) -> str:
    return next(o["id"] for o in config["options"] if o["is_correct"] is correct)


def _assert_calm_note(answer: Answer) -> None:
    assert answer.score == 0
    assert answer.status == MarkingStatus.marked
    assert answer.mark_details[NOT_MARKED].startswith("Not marked: the saved answer does not fit"), answer.mark_details
    assert answer.feedback == DID_NOT_FIT
    assert not any(word in answer.feedback.lower() for word in FORBIDDEN_WORDS)


# --- Answers that no longer fit the key ----------------------------------------------------------------------

async def test_an_answer_that_does_not_fit_never_blocks_the_teachers_correction(seed, real_clients):
    school = await _school(seed, "multiple_choice", pupils=2)
    forged = await _answered(seed, school, school.pupil_ids[0], {"evil": "x"})
    not_right = _option(school.config, correct=False)
    honest = await _answered(seed, school, school.pupil_ids[1], {"selected_option": not_right})
    teacher = await _signed_in(real_clients, school.teacher)

    corrected = copy.deepcopy(school.config)
    for option in corrected["options"]:
        option["is_correct"] = option["id"] == not_right
    reply = await teacher.patch(f"/api/assessments/{school.assessment_id}/questions/{school.question_id}",
                                json={"config": corrected})

    assert reply.status_code == 200, reply.text
    assert reply.json()["remarked"] == 2
    assert "2 answers were marked again" in reply.json()["notice"]
    _assert_calm_note(await _answer(seed, forged))
    assert (await _answer(seed, honest)).score == 2.0


async def test_the_pupil_never_sees_the_teachers_note(seed, real_clients):
    school = await _school(seed, "multiple_choice", pupils=1)
    attempt = await _answered(seed, school, school.pupil_ids[0], {"selected_option": "not-an-option"})
    teacher = await _signed_in(real_clients, school.teacher)
    reply = await teacher.patch(f"/api/assessments/{school.assessment_id}/questions/{school.question_id}",
                                json={"points": 3})
    assert reply.status_code == 200, reply.text
    pupil = await _signed_in(real_clients, school.pupils[0])
    review = await pupil.get(f"/api/pupil/attempts/{attempt}/results")
    assert review.status_code == 200, review.text
    [question] = review.json()["questions"]
    assert question["feedback"] == DID_NOT_FIT
    assert NOT_MARKED not in question["details"]
    # The teacher sees the note on the pupil's attempt.
    detail = (await teacher.get(f"/api/analytics/attempts/{attempt}")).json()
    [answer] = detail["answers"]
    assert answer["teacher_note"]
    assert answer["teacher_note"] not in question["feedback"]


async def test_an_answer_that_does_not_fit_never_blocks_finishing(seed, real_clients):
    school = await _school(seed, "multiple_choice", pupils=1)
    attempt = await _answered(seed, school, school.pupil_ids[0], {"evil": "x"}, submitted=False, finished=False)
    pupil = await _signed_in(real_clients, school.pupils[0])

    finished = await pupil.post(f"/api/pupil/attempts/{attempt}/complete")

    assert finished.status_code == 200, finished.text
    assert finished.json()["score"] == 0
    _assert_calm_note(await _answer(seed, attempt))


async def test_removing_an_option_a_pupil_chose_blocks_neither_the_teacher_nor_the_pupil(seed, real_clients):
    school = await _school(seed, "multiple_choice", pupils=2)
    chosen = _option(school.config, correct=False)
    submitted = await _answered(seed, school, school.pupil_ids[1], {"selected_option": chosen})
    pupil = await _signed_in(real_clients, school.pupils[0])
    view = (await pupil.post(f"/api/pupil/assessments/{school.assessment_id}/start")).json()
    saved = await pupil.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{school.question_id}",
                            json={"answer_data": {"selected_option": chosen}, "seq": 1})
    assert saved.status_code == 200, saved.text
    teacher = await _signed_in(real_clients, school.teacher)

    fewer = copy.deepcopy(school.config)
    fewer["options"] = [o for o in fewer["options"] if o["id"] != chosen]
    reply = await teacher.patch(f"/api/assessments/{school.assessment_id}/questions/{school.question_id}",
                                json={"config": fewer})
    assert reply.status_code == 200, reply.text
    assert reply.json()["remarked"] == 1
    _assert_calm_note(await _answer(seed, submitted))

    finished = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    assert finished.status_code == 200, finished.text
    _assert_calm_note(await _answer(seed, uuid.UUID(view["attempt_id"])))


# --- Re-marking with no transaction open ----------------------------------------------------------------------

class Gate:
    """Holds every run of a pupil's code in the sandbox until released (the teacher's reference solution runs
    freely), so the test knows re-marking is under way and stays so until the other request has been answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = asyncio.Event()
        self.release = asyncio.Event()
        real = sandbox.run_tests

        async def gated(code: str, *args: Any, **kwargs: Any) -> Any:
            if "a pupil's code" in code:
                self.started.set()
                await asyncio.wait_for(self.release.wait(), timeout=120)
            return await real(code, *args, **kwargs)

        monkeypatch.setattr(sandbox, "run_tests", gated)


def _code_question() -> tuple[str, dict, int]:
    config = sample("python_code")
    config.update(banned_keywords=[], required_keywords=[])
    return ("python_code", config, 2)


def _with_another_test(config: dict) -> dict:
    changed = copy.deepcopy(config)
    changed["test_cases"].append({"input": "add(100, 1)", "expected": "101", "visible": False})
    return changed


async def test_a_pupils_save_completes_while_many_code_answers_are_re_marked(seed, real_clients, monkeypatch):
    school = await _school(seed, _code_question(), pupils=MANY + 1)
    for pupil_id in school.pupil_ids[:MANY]:
        await _answered(seed, school, pupil_id, {"code": NOT_YET_CODE})
    saver = await _signed_in(real_clients, school.pupils[MANY])
    view = (await saver.post(f"/api/pupil/assessments/{school.assessment_id}/start")).json()
    teacher = await _signed_in(real_clients, school.teacher)
    gate = Gate(monkeypatch)

    remarking = asyncio.create_task(teacher.patch(
        f"/api/assessments/{school.assessment_id}/questions/{school.question_id}",
        json={"config": _with_another_test(school.config)}))
    try:
        await asyncio.wait_for(gate.started.wait(), timeout=60)
        saved = await saver.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{school.question_id}",
                                json={"answer_data": {"code": "def add(a, b):\n    return 0\n"}, "seq": 1})
        assert saved.status_code == 200, saved.text
        assert not remarking.done(), "the re-marking finished before the save was answered: the order proves nothing"
    finally:
        gate.release.set()
    reply = await asyncio.wait_for(remarking, timeout=120)
    assert reply.status_code == 200, reply.text
    assert reply.json()["remarked"] == MANY


async def test_an_answer_saved_while_it_is_re_marked_gets_the_mark_of_what_was_saved(seed, real_clients, monkeypatch):
    school = await _school(seed, _code_question(), pupils=1)
    attempt = await _answered(seed, school, school.pupil_ids[0], {"code": NOT_YET_CODE}, finished=False)
    pupil = await _signed_in(real_clients, school.pupils[0])
    teacher = await _signed_in(real_clients, school.teacher)
    gate = Gate(monkeypatch)

    remarking = asyncio.create_task(teacher.patch(
        f"/api/assessments/{school.assessment_id}/questions/{school.question_id}",
        json={"config": _with_another_test(school.config)}))
    try:
        await asyncio.wait_for(gate.started.wait(), timeout=60)  # the old code is being marked now
        saved = await pupil.put(f"/api/pupil/attempts/{attempt}/answers/{school.question_id}",
                                json={"answer_data": {"code": PUPIL_CODE}, "seq": 2})
        assert saved.status_code == 200, saved.text
    finally:
        gate.release.set()
    reply = await asyncio.wait_for(remarking, timeout=120)
    assert reply.status_code == 200, reply.text

    answer = await _answer(seed, attempt)
    assert answer.answer_data == {"code": PUPIL_CODE}
    assert answer.score == 2.0, "the mark of the code read before the save was written over the saved code"
    assert reply.json()["remarked"] == 1


async def test_two_changes_to_one_question_at_once_both_stay(seed, real_clients):
    school = await _school(seed, "multiple_choice", pupils=0)
    teacher = await _signed_in(real_clients, school.teacher)
    url = f"/api/assessments/{school.assessment_id}/questions/{school.question_id}"

    worded, hinted = await at_once(teacher.patch(url, json={"question_text": "How many bits are in a byte?"}),
                                   teacher.patch(url, json={"hint": "Think of a byte as a small box of bits."}))

    assert worded.status_code == 200, worded.text
    assert hinted.status_code == 200, hinted.text
    async with seed() as session:
        question = await session.get(Question, school.question_id)
    assert question.question_text == "How many bits are in a byte?"
    assert question.hint == "Think of a byte as a small box of bits."


async def test_two_teachers_accepting_answers_for_everyone_at_once_both_count(seed, real_clients):
    """The owner accepts "cpu" while an admin accepts "ram" for the same question: both answers end up in the key
    and every pupil's answer is marked against the key with both. Each round's requests interleave differently."""
    async with seed() as session:
        teacher = await make_user(session, Role.teacher)
        admin = await make_user(session, Role.admin)
        pupils = [await make_user(session, Role.pupil) for _ in range(2)]
        school_class = await make_class(session, teachers=[teacher], pupils=pupils)
        assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                           questions=[("text_input", sample("text_input"), 2)])
        question_id = (await session.execute(select(Question.id).where(Question.assessment_id == assessment.id)
                                             )).scalar_one()
        names = (teacher.username, admin.username, [p.username for p in pupils])
    attempts = []
    for username, text in zip(names[2], ("cpu", "ram"), strict=True):
        pupil = real_clients()
        await pupil.login(username)
        view = (await pupil.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
        r = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{question_id}/submit",
                             json={"answer_data": {"text": text}})
        assert r.status_code == 200, r.text
        attempts.append(uuid.UUID(view["attempt_id"]))
    owner, head = real_clients(), real_clients()
    await owner.login(names[0])
    await head.login(names[1])
    url = f"/api/marking/questions/{question_id}/accept"
    for _round in range(3):
        both = await at_once(owner.post(url, json={"answer": "cpu"}), head.post(url, json={"answer": "ram"}))
        assert [r.status_code for r in both] == [200, 200], [r.text for r in both]
        async with seed() as session:
            config = (await session.get(Question, question_id)).config
            accepted = {a["text"] for a in config["accepted_answers"] if a["points"] == 1.0}
            assert {"cpu", "ram"} <= accepted, accepted
            scores = [(await session.execute(select(Answer.score).where(Answer.attempt_id == attempt))).scalar_one()
                      for attempt in attempts]
            assert scores == [2, 2]
            question = await session.get(Question, question_id)  # the next round starts as the first did
            question.config = {**config, "accepted_answers": [a for a in config["accepted_answers"]
                                                              if a["text"] not in ("cpu", "ram")]}
            question.version += 1
            for attempt in attempts:
                answer = (await session.execute(select(Answer).where(Answer.attempt_id == attempt))).scalar_one()
                answer.score, answer.is_correct = 0.0, False
