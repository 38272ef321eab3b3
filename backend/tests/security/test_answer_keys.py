"""Answer keys stay away from a pupil while that pupil can still change an answer or start another attempt
(issue 15, "answer keys on retake").

The proof: an assessment of all 14 question types whose keys carry the marker "KEYMARK" (accepted answers,
mark-scheme criteria and the AI prompt, reference solutions and correct code, hidden tests and their expected
values, another accepted blank, the easier version's key) is taken by a pupil through every pupil endpoint:
attempt 1 finished with answers blank, not right and right; then attempt 2 while it is possible and under way.
Every response body is scanned for the marker and for the fields only a key has. Once no attempt is left and
the window has closed, results review shows the keys again."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

import httpx
from sqlalchemy import select, update

from app.models import Assessment, AssessmentClass, AssessmentStatus, Extension, Question, Role, User, utcnow
from tests.conftest import Client
from tests.factories import make_assessment, make_class, make_user
from tests.question_types.samples import sample

MARK = "KEYMARK"
# Fields only an answer key or a config's hidden part has: none may reach a pupil before keys may be shown.
KEY_FIELDS = {
    "correct_option", "correct_options", "accepted_answers", "forbidden_keywords", "marking_guide", "mark_scheme",
    "ai_marking_prompt", "correct_pairs", "correct_position", "solution", "alternative_solutions",
    "correct_answers", "reference_solution", "correct_code", "bug_description", "alternative_fixes",
    "correct_label", "is_distractor", "correct_answer", "trace_rows",
}
ESSAY = "The CPU is the part that carries out the instructions. A recipe is an algorithm."


def _configs() -> list[dict[str, Any]]:
    """The 14 questions (as make_assessment takes them), every key marked."""
    text_input = {"type": "text_input", "accepted_answers": [
        {"text": "cpu", "points": 1}, {"text": f"{MARK} central processing unit", "points": 1}],
        "case_sensitive": False, "max_length": 100, "required_keywords": [], "forbidden_keywords": [f"{MARK}NO"]}
    essay = {"type": "extended_text", "min_words": 1, "max_words": 150, "marking_guide": {
        "points_available": 4, "mark_scheme": [{"criterion": f"{MARK} says what the CPU does", "points": 2},
                                               {"criterion": f"{MARK} gives an example", "points": 2}]},
        "ai_marking_enabled": True, "ai_marking_prompt": f"{MARK} be generous"}
    completion = sample("code_completion")
    completion["blanks"][0]["correct_answers"] = ["range", f"{MARK}range"]
    code = {"type": "python_code", "starter_code": "def add(a, b):\n    ...\n", "test_cases": [
        {"input": "add(2, 3)", "expected": "5", "visible": True},
        {"input": f"add('{MARK}', 'HIDDEN')", "expected": f"'{MARK}HIDDEN'", "visible": False},
        {"input": "add(10, 32)", "expected": "42", "visible": False}],
        "hidden_test_weight": 0.5, "time_limit_seconds": 5, "banned_keywords": [], "required_keywords": [],
        "reference_solution": f"def add(a, b):\n    # {MARK} reference solution\n    return a + b\n"}
    debug = {"type": "code_debug", "buggy_code": "name = input()\nprint('Hello ' + nme)\n",
             "bug_description": f"{MARK}: the variable name is misspelt.",
             "correct_code": f"name = input()\n# {MARK} correct code\nprint('Hello ' + name)\n",
             "alternative_fixes": [f"nme = input()\n# {MARK} another fix\nprint('Hello ' + nme)\n"],
             "test_cases": [{"input": "Sam", "expected_output": "Hello Sam", "visible": True},
                            {"input": MARK, "expected_output": f"Hello {MARK}", "visible": False}],
             "time_limit_seconds": 5}
    easier = {"type": "text_input", "accepted_answers": [{"text": "10", "points": 1},
                                                         {"text": f"{MARK} ten", "points": 1}],
              "case_sensitive": False, "max_length": 20, "required_keywords": [], "forbidden_keywords": []}
    binary = {"type": "binary_convert", "config": {**sample("binary_convert"), "given_value": "1010"},
              "scaffold": {"type": "text_input", "question_text": "What is 1010 in denary? Count 8 and 2.",
                           "config": easier}}
    plain = ("multiple_choice", "multiple_select", "matching", "ordering", "parsons", "trace_table", "drag_label",
             "logic_gates")
    return [*({"type": name} for name in plain), binary,
            {"type": "text_input", "config": text_input}, {"type": "extended_text", "config": essay},
            {"type": "code_completion", "config": completion}, {"type": "python_code", "config": code},
            {"type": "code_debug", "config": debug}]


def _leaks(body: Any, where: str = "") -> list[str]:
    """Every piece of key material in a response body, with where it is."""
    found: list[str] = []
    if isinstance(body, str) and MARK in body:
        found.append(f"{where}: {body[:80]!r}")
    elif isinstance(body, list):
        for index, item in enumerate(body):
            found += _leaks(item, f"{where}[{index}]")
    elif isinstance(body, dict):
        if "text" in body and "is_correct" in body:
            found.append(f"{where}: an option with its is_correct flag")
        for key, value in body.items():
            if key in KEY_FIELDS:
                found.append(f"{where}.{key}")
            elif key == "answer_key" and value is not None:
                found.append(f"{where}.answer_key")
            else:
                found += _leaks(value, f"{where}.{key}")
    return found


class Recorded:
    """A pupil's client that keeps every response, so each can be scanned for key material."""

    def __init__(self, client: Client) -> None:
        self.client = client
        self.responses: list[tuple[str, httpx.Response]] = []

    async def call(self, method: str, path: str, *, expect: int = 200, **kwargs: Any) -> Any:
        response = await self.client.request(method, path, **kwargs)
        assert response.status_code == expect, f"{method} {path}: {response.status_code} {response.text}"
        self.responses.append((f"{method} {path}", response))
        return response.json() if response.content else None

    def assert_no_key_material(self, when: str) -> None:
        for label, response in self.responses:
            body = response.json() if response.content else None
            leaks = _leaks(body)
            assert leaks == [], f"{when}: {label} shows key material: {leaks[:6]}"
        self.responses.clear()


async def _school(seed: Any, *, max_attempts: int = 2, questions: list | None = None,
                  show_answers: str = "after_finishing") -> dict[str, Any]:
    """A teacher, a pupil and their class, given the 14 marked questions (open for a day). Answers are shown to
    the class after finishing unless said: the rule above every teacher's choice is what these tests prove
    (test_answer_release.py proves each choice)."""
    tag = uuid.uuid4().hex[:8]
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=f"keys-t-{tag}")
        pupil = await make_user(session, Role.pupil, username=f"keys-p-{tag}")
        school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
        assessment = await make_assessment(session, owner=teacher, questions=questions or _configs(),
                                           publish_to=[school_class], show_answers=show_answers,
                                           max_attempts=max_attempts, allow_question_retry=True,
                                           max_question_retries=1, allow_hints=True)
        await session.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == assessment.id)
                              .values(available_until=utcnow() + timedelta(days=1)))
        configs = {q.id: q.config for q in await _questions(session, assessment.id)}
    return {"teacher": teacher.username, "pupil": pupil.username, "assessment": assessment.id, "configs": configs,
            "class": school_class.id}


async def _questions(session: Any, assessment_id: uuid.UUID) -> list[Question]:
    return list((await session.execute(select(Question).where(Question.assessment_id == assessment_id))).scalars())


def _by_type(view: dict) -> dict[str, str]:
    return {q["type"]: q["id"] for q in view["questions"]}


def _right(type_name: str, config: dict) -> dict:
    if type_name == "multiple_select":
        return {"selected_options": [o["id"] for o in config["options"] if o["is_correct"]]}
    if type_name == "parsons":
        return {"blocks": config["solution"]}
    if type_name == "code_completion":
        return {"blanks": {"BLANK_1": "range", "BLANK_2": "print"}}
    if type_name == "drag_label":
        return {"placements": {z["id"]: z["correct_label"] for z in config["drop_zones"]}}
    raise AssertionError(type_name)


def _not_right(type_name: str, config: dict) -> dict:
    if type_name == "multiple_choice":
        return {"selected_option": next(o["id"] for o in config["options"] if not o["is_correct"])}
    if type_name == "matching":
        rights = [p["right"] for p in config["correct_pairs"]]
        return {"pairs": [{"left": p["left"], "right": rights[(k + 1) % len(rights)]}
                          for k, p in enumerate(config["correct_pairs"])]}
    if type_name == "trace_table":
        return {"values": {f"{c['step']}_{c['variable']}": "99" for c in config["cells_to_fill"]}}
    return {"text_input": {"text": "memory chip"}, "python_code": {"code": "def add(a, b):\n    return a - b\n"},
            "code_debug": {"code": "name = input()\nprint('Hi ' + name)\n"}}[type_name]


async def _teacher_marks_essay(teacher: Client, assessment_id: uuid.UUID) -> None:
    """The teacher marks the written answer against the mark scheme (naming each criterion), short of full marks
    (so another draft may follow while tries are left), and releases it."""
    queue = (await teacher.get("/api/marking/queue", params={"assessment_id": str(assessment_id)})).json()
    for item in queue["items"]:
        criteria = [{"criterion": c["criterion"], "met": k == 0, "points": 2 if k == 0 else 0, "worth": 2,
                     "evidence": "carries out the instructions" if k == 0 else ""}
                    for k, c in enumerate(item["mark_scheme"])]
        decided = await teacher.post(f"/api/marking/answers/{item['answer_id']}", json={  # 1 of 2: not full marks
            "score": 1, "feedback": "Nearly there. Add an example of your own.", "criteria": criteria})
        assert decided.status_code == 200, decided.text
    released = await teacher.post("/api/marking/release", json={"assessment_id": str(assessment_id)})
    assert released.status_code == 200, released.text


async def _first_attempt(pupil: Recorded, school: dict, teacher: Client) -> str:
    """Attempt 1 through every pupil endpoint: blank, not right and right answers, a hint, the easier version,
    running code, drafts, a break; finished, then reviewed after the teacher released the written answer."""
    configs = school["configs"]
    await pupil.call("GET", "/api/pupil/assessments")
    await pupil.call("GET", "/api/pupil/progress")
    view = await pupil.call("POST", f"/api/pupil/assessments/{school['assessment']}/start")
    attempt, ids = view["attempt_id"], _by_type(view)
    base = f"/api/pupil/attempts/{attempt}"
    await pupil.call("PUT", f"{base}/position", json={"index": 3}, expect=204)
    await pupil.call("POST", f"{base}/questions/{ids['text_input']}/hint")
    await pupil.call("POST", f"{base}/questions/{ids['binary_convert']}/scaffold")
    await pupil.call("PUT", f"{base}/answers/{ids['matching']}", json={
        "answer_data": _not_right("matching", configs[uuid.UUID(ids["matching"])]), "seq": 1})
    await pupil.call("PUT", f"{base}/answers/{ids['drag_label']}", json={
        "answer_data": _right("drag_label", configs[uuid.UUID(ids["drag_label"])]), "seq": 1})
    for name in ("multiple_choice", "text_input", "python_code", "code_debug", "trace_table"):
        await pupil.call("POST", f"{base}/answers/{ids[name]}/submit",
                         json={"answer_data": _not_right(name, configs[uuid.UUID(ids[name])])})
    await pupil.call("POST", f"{base}/answers/{ids['binary_convert']}/submit", json={"answer_data": {"text": "11"}})
    for name in ("multiple_select", "parsons", "code_completion"):
        await pupil.call("POST", f"{base}/answers/{ids[name]}/submit",
                         json={"answer_data": _right(name, configs[uuid.UUID(ids[name])])})
    await pupil.call("POST", f"{base}/answers/{ids['extended_text']}/submit", json={"answer_data": {"text": ESSAY}})
    await pupil.call("POST", f"{base}/questions/{ids['python_code']}/run", json={"code": "def add(a, b):\n    return a\n"})
    await pupil.call("POST", f"{base}/questions/{ids['code_debug']}/run", json={"code": "print(input())\n"})
    await pupil.call("POST", f"{base}/break", expect=204)
    await pupil.call("POST", f"/api/pupil/assessments/{school['assessment']}/start")
    await pupil.call("POST", f"{base}/complete")
    await pupil.call("GET", f"{base}/results")
    await _teacher_marks_essay(teacher, school["assessment"])
    await pupil.call("GET", f"{base}/results")
    for question_id in ids.values():
        await pupil.call("GET", f"{base}/questions/{question_id}/drafts")
    await pupil.call("GET", "/api/pupil/assessments")
    await pupil.call("GET", "/api/pupil/progress")
    return attempt


async def _second_attempt(pupil: Recorded, school: dict, teacher: Client, first: str) -> str:
    """Attempt 2 under way: a question with no tries left, a released written answer, attempt 1's review."""
    configs = school["configs"]
    view = await pupil.call("POST", f"/api/pupil/assessments/{school['assessment']}/start")
    attempt, ids = view["attempt_id"], _by_type(view)
    assert attempt != first
    base = f"/api/pupil/attempts/{attempt}"
    not_right = _not_right("multiple_choice", configs[uuid.UUID(ids["multiple_choice"])])
    await pupil.call("POST", f"{base}/answers/{ids['multiple_choice']}/submit", json={"answer_data": not_right})
    locked = await pupil.call("POST", f"{base}/answers/{ids['multiple_choice']}/submit",
                              json={"answer_data": not_right})
    assert locked["locked"] is True
    await pupil.call("POST", f"{base}/answers/{ids['extended_text']}/submit", json={"answer_data": {"text": ESSAY}})
    await _teacher_marks_essay(teacher, school["assessment"])
    await pupil.call("POST", f"/api/pupil/assessments/{school['assessment']}/start")
    await pupil.call("GET", f"{base}/questions/{ids['extended_text']}/drafts")
    await pupil.call("GET", f"/api/pupil/attempts/{first}/results")
    await pupil.call("GET", f"/api/pupil/attempts/{first}/questions/{ids['extended_text']}/drafts")
    await pupil.call("GET", "/api/pupil/assessments")
    return attempt


async def _signed_in(real_clients: Any, username: str) -> Client:
    client = real_clients()
    await client.login(username)
    return client


async def test_no_pupil_response_shows_key_material_while_another_attempt_or_a_change_is_possible(seed, real_clients):
    school = await _school(seed)
    teacher = await _signed_in(real_clients, school["teacher"])
    pupil = Recorded(await _signed_in(real_clients, school["pupil"]))

    first = await _first_attempt(pupil, school, teacher)
    pupil.assert_no_key_material("attempt 1 finished, attempt 2 still possible")

    second = await _second_attempt(pupil, school, teacher, first)
    pupil.assert_no_key_material("attempt 2 under way")

    await pupil.call("POST", f"/api/pupil/attempts/{second}/complete")
    async with seed() as session:
        await session.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == school["assessment"])
                              .values(available_until=utcnow() - timedelta(minutes=5)))
    review = await pupil.call("GET", f"/api/pupil/attempts/{first}/results")
    keys = {q["type"]: q["answer_key"] for q in review["questions"]}
    assert all(key is not None for key in keys.values()), f"keys missing from the final review: {keys}"
    assert MARK in keys["python_code"]["reference_solution"]
    essay = next(q for q in review["questions"] if q["type"] == "extended_text")
    assert MARK in json.dumps(essay["details"]), "the released criteria name the mark scheme once keys may show"


async def _finished_without_answers(seed: Any, real_clients: Any, *, max_attempts: int) -> tuple[dict, Client, str]:
    school = await _school(seed, max_attempts=max_attempts)
    pupil = await _signed_in(real_clients, school["pupil"])
    view = (await pupil.post(f"/api/pupil/assessments/{school['assessment']}/start")).json()
    done = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    assert done.status_code == 200, done.text
    return school, pupil, view["attempt_id"]


async def _keys_in_review(pupil: Client, attempt: str) -> list[dict | None]:
    review = await pupil.get(f"/api/pupil/attempts/{attempt}/results")
    assert review.status_code == 200, review.text
    return [q["answer_key"] for q in review.json()["questions"]]


async def test_finishing_with_nothing_answered_shows_no_key_while_a_retake_is_possible(seed, real_clients):
    _school_, pupil, attempt = await _finished_without_answers(seed, real_clients, max_attempts=2)
    review = await pupil.get(f"/api/pupil/attempts/{attempt}/results")
    assert _leaks(review.json()) == []


async def test_keys_show_once_every_attempt_is_used_even_while_the_window_is_open(seed, real_clients):
    _school_, pupil, attempt = await _finished_without_answers(seed, real_clients, max_attempts=1)
    assert all(key is not None for key in await _keys_in_review(pupil, attempt))


async def test_keys_show_once_the_window_closes_even_with_an_attempt_left(seed, real_clients):
    school, pupil, attempt = await _finished_without_answers(seed, real_clients, max_attempts=2)
    assert all(key is None for key in await _keys_in_review(pupil, attempt))
    async with seed() as session:
        await session.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == school["assessment"])
                              .values(available_until=utcnow() - timedelta(minutes=1)))
    assert all(key is not None for key in await _keys_in_review(pupil, attempt))


async def test_keys_show_once_the_assessment_is_archived_even_with_an_attempt_left(seed, real_clients):
    school, pupil, attempt = await _finished_without_answers(seed, real_clients, max_attempts=2)
    async with seed() as session:
        await session.execute(update(Assessment).where(Assessment.id == school["assessment"])
                              .values(status=AssessmentStatus.archived))
    assert all(key is not None for key in await _keys_in_review(pupil, attempt))


async def test_a_written_answer_that_can_no_longer_change_shows_its_criteria_when_no_attempt_can_follow(
        seed, real_clients):
    essay = next(q for q in _configs() if q["type"] == "extended_text")
    school = await _school(seed, max_attempts=1, questions=[essay], show_answers="after_each_question")
    teacher = await _signed_in(real_clients, school["teacher"])
    pupil = await _signed_in(real_clients, school["pupil"])
    view = (await pupil.post(f"/api/pupil/assessments/{school['assessment']}/start")).json()
    question = view["questions"][0]["id"]
    base = f"/api/pupil/attempts/{view['attempt_id']}"

    async def draft_marked() -> tuple[dict, dict]:
        sent = await pupil.post(f"{base}/answers/{question}/submit", json={"answer_data": {"text": ESSAY}})
        assert sent.status_code == 200, sent.text
        await _teacher_marks_essay(teacher, school["assessment"])
        drafts = (await pupil.get(f"{base}/questions/{question}/drafts")).json()
        screen = (await pupil.post(f"/api/pupil/assessments/{school['assessment']}/start")).json()
        return drafts, screen

    drafts, screen = await draft_marked()  # another draft may follow: the criteria are numbered, not named
    assert _leaks(drafts) == []
    assert _leaks(screen) == []
    assert drafts["drafts"][0]["details"]["criteria"][0]["criterion"] == "Part 1 of the mark scheme"
    drafts, screen = await draft_marked()  # no tries left, and no other attempt: its own feedback in full
    assert screen["questions"][0]["saved"]["locked"] is True
    assert MARK in drafts["drafts"][1]["details"]["criteria"][0]["criterion"]
    assert MARK in screen["questions"][0]["saved"]["details"]["criteria"][0]["criterion"]


async def test_a_pupil_given_another_attempt_sees_no_criteria_of_an_answer_that_can_no_longer_change(
        seed, real_clients):
    """An extension's extra attempt is another attempt to follow: the locked answer's own criteria stay numbered."""
    essay = next(q for q in _configs() if q["type"] == "extended_text")
    school = await _school(seed, max_attempts=1, questions=[essay], show_answers="after_each_question")
    teacher = await _signed_in(real_clients, school["teacher"])
    pupil = await _signed_in(real_clients, school["pupil"])
    async with seed() as session:
        link = await session.scalar(select(AssessmentClass).where(
            AssessmentClass.assessment_id == school["assessment"]))
        pupil_id = await session.scalar(select(User.id).where(User.username == school["pupil"]))
        session.add(Extension(assessment_id=school["assessment"], class_id=link.class_id, pupil_id=pupil_id,
                              extra_attempts=1))
    view = (await pupil.post(f"/api/pupil/assessments/{school['assessment']}/start")).json()
    question = view["questions"][0]["id"]
    base = f"/api/pupil/attempts/{view['attempt_id']}"
    for _draft in range(2):  # two drafts: no tries left, so the answer can no longer change
        sent = await pupil.post(f"{base}/answers/{question}/submit", json={"answer_data": {"text": ESSAY}})
        assert sent.status_code == 200, sent.text
        await _teacher_marks_essay(teacher, school["assessment"])
    screen = (await pupil.post(f"/api/pupil/assessments/{school['assessment']}/start")).json()
    drafts = (await pupil.get(f"{base}/questions/{question}/drafts")).json()
    assert screen["questions"][0]["saved"]["locked"] is True
    assert _leaks(screen) == []
    assert _leaks(drafts) == []
