"""When pupils see answers (issue 19): the teacher's choice per class assignment — after each question, after
finishing, after the window closes (the default; "Show answers now" with no closing date; a pupil's own closing
time with an extension) or never — and never while that pupil can still start an attempt or change that answer.

The proof walks EVERY route a pupil can call (the routes the access table lets a pupil in, checked complete
against the app) for a pupil of the class and a classmate with an extension, at each release point, for each of
the four choices, and scans every response for key material (tests/security/test_answer_keys.py's scanner)."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from app.models import AssessmentClass, AuditLog, Extension, Media, Question, Role, User, utcnow
from tests.conftest import Client
from tests.factories import make_assessment, make_class, make_user
from tests.security.access_table import TABLE, Answered
from tests.security.test_answer_keys import _configs, _leaks, _not_right, _right
from tests.test_media import tiny_png

SETTINGS = ("after_each_question", "after_finishing", "after_closing", "never")
PUPILS = ("a1", "a2", "b1")  # the access table's pupils


def pupil_routes() -> set[tuple[str, str]]:
    """Every route a pupil can call: those the access table answers for a pupil, or serves to one."""
    return {(row.method, row.path) for row in TABLE if isinstance(row.pupil, Answered) or row.entitled in PUPILS}


class Scanned:
    """A pupil's client that keeps every response with the route it came from and the question it is about."""

    def __init__(self, client: Client, username: str) -> None:
        self.client = client
        self.username = username
        self.responses: list[tuple[str, str | None, httpx.Response]] = []
        self.routes: set[tuple[str, str]] = set()

    async def call(self, method: str, route: str, *, expect: int | None = 200, client: Client | None = None,
                   **kwargs: Any) -> Any:
        """Send `route` with its {names} filled from kwargs; `expect` None takes any answer that is not a 5xx."""
        names = {key: str(kwargs.pop(key)) for key in list(kwargs) if f"{{{key}}}" in route}
        response = await (client or self.client).request(method, route.format(**names), **kwargs)
        label = f"{method} {route.format(**names)}"
        if expect is None:
            assert response.status_code < 500, f"{label}: {response.status_code} {response.text}"
        else:
            assert response.status_code == expect, f"{label}: {response.status_code} {response.text}"
        self.routes.add((method, route))
        self.responses.append((label, names.get("question_id"), response))
        is_json = response.headers.get("content-type", "").startswith("application/json")
        return response.json() if is_json and response.content else None

    def leaks(self, allowed: set[str] = frozenset()) -> list[str]:
        """Key material in every response since the last look (answers to the `allowed` questions left out)."""
        found = []
        for label, question_id, response in self.responses:
            if question_id in allowed:
                continue
            if not response.headers.get("content-type", "").startswith("application/json"):
                found += [f"{label}: the marker"] if b"KEYMARK" in response.content else []
                continue
            body = response.json() if response.content else None
            if isinstance(body, dict) and isinstance(body.get("questions"), list):
                body = {**body, "questions": [q for q in body["questions"] if q.get("id") not in allowed]}
            found += [f"{label}: {leak}" for leak in _leaks(body)]
        self.responses.clear()
        return found


async def _school(seed: Any, setting: str, *, until_days: float | None = 1) -> dict[str, Any]:
    """A teacher; pupils p (the class's window) and x (an extension two days longer) in one class; the 14 marked
    questions, one attempt each, tries and hints on; a question picture."""
    tag = uuid.uuid4().hex[:8]
    async with seed() as session:
        teacher = await make_user(session, Role.teacher, username=f"rel-t-{tag}")
        p = await make_user(session, Role.pupil, username=f"rel-p-{tag}")
        x = await make_user(session, Role.pupil, username=f"rel-x-{tag}")
        school_class = await make_class(session, teachers=[teacher], pupils=[p, x])
        assessment = await make_assessment(session, owner=teacher, questions=_configs(), publish_to=[school_class],
                                           show_answers=setting, max_attempts=1, allow_question_retry=True,
                                           max_question_retries=1, allow_hints=True)
        until = utcnow() + timedelta(days=until_days) if until_days is not None else None
        await session.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == assessment.id)
                              .values(available_until=until))
        session.add(Extension(assessment_id=assessment.id, class_id=school_class.id, pupil_id=x.id,
                              available_until=utcnow() + timedelta(days=3)))
        media = Media(owner_id=teacher.id, filename="parts.png", content_type="image/png", size_bytes=len(tiny_png()),
                      width=3, height=2, data=tiny_png())
        session.add(media)
        await session.flush()
        configs = {str(q.id): q.config for q in (await session.execute(
            select(Question).where(Question.assessment_id == assessment.id))).scalars()}
    return {"teacher": teacher.username, "p": p.username, "x": x.username, "assessment": assessment.id,
            "class": school_class.id, "x_id": x.id, "configs": configs, "media": media.id}


async def _signed_in(real_clients: Any, username: str) -> Scanned:
    client = real_clients()
    await client.login(username)
    return Scanned(client, username)


async def _everyone_may_call(pupil: Scanned, real_clients: Any, school: dict) -> None:
    """The routes about the pupil's account and the school, not one attempt: signing in and out on a second
    client, their sessions, display choices, dashboard, progress, the taxonomy, a question picture, the sign-in
    page's single sign-on buttons and messages."""
    second = real_clients()
    signed_in = await pupil.call("POST", "/api/auth/login", client=second,
                                 json={"username": pupil.username, "password": "password123"})
    second.headers["X-CSRF-Token"] = signed_in["csrf_token"]
    await pupil.call("POST", "/api/auth/logout", client=second, expect=None)
    for method, route in (("GET", "/api/health"), ("GET", "/api/ready"), ("GET", "/api/taxonomy"),
                          ("GET", "/api/auth/me"), ("GET", "/api/auth/sessions"), ("GET", "/api/pupil/assessments"),
                          ("GET", "/api/pupil/progress"), ("GET", "/api/pupil/revisions"),
                          ("GET", "/api/sso/providers")):
        await pupil.call(method, route)
    await pupil.call("GET", "/api/sso/problem", params={"token": "not-a-token"}, expect=None)
    await pupil.call("PUT", "/api/pupil/preferences", json={"larger_text": True})
    await pupil.call("GET", "/api/media/{media_id}", media_id=school["media"])
    await pupil.call("POST", "/api/auth/sessions/end-others")


async def _every_attempt_route(pupil: Scanned, school: dict, attempt: str, ids: dict[str, str], *,
                               finished: bool) -> None:
    """Every route about one attempt and its questions (refusals too: their words are scanned). An open attempt is
    not finished here, and is not sent answers (the flow before chose them)."""
    base = {"attempt_id": attempt, "expect": None}
    question = ids["ordering"]
    await pupil.call("POST", "/api/pupil/assessments/{assessment_id}/start", assessment_id=school["assessment"],
                     expect=None)
    await pupil.call("GET", "/api/pupil/attempts/{attempt_id}/answers", **base)
    await pupil.call("GET", "/api/pupil/attempts/{attempt_id}/results", **base)
    await pupil.call("PUT", "/api/pupil/attempts/{attempt_id}/position", json={"index": 1}, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/help", json={"question_id": question}, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/end-notice", **base)
    for question_id in ids.values():
        await pupil.call("GET", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/drafts",
                         question_id=question_id, **base)
    if not finished:
        return
    await pupil.call("PUT", "/api/pupil/attempts/{attempt_id}/answers/{question_id}", question_id=question,
                     json={"answer_data": {"order": []}, "seq": 99}, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit", question_id=question,
                     json={"answer_data": {"order": []}}, **base)
    for action in ("hint", "scaffold"):
        await pupil.call("POST", f"/api/pupil/attempts/{{attempt_id}}/questions/{{question_id}}/{action}",
                         question_id=question, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/run",
                     question_id=ids["python_code"], json={"code": "print(1)\n"}, **base)
    written = {"question_id": ids["extended_text"], "json": {"answer_data": {"text": "Better."}, "seq": 1}}
    await pupil.call("PUT", "/api/pupil/attempts/{attempt_id}/revisions/{question_id}", **written, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/revisions/{question_id}/send", **written, **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/break", **base)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/complete", **base)


async def _take_and_finish(pupil: Scanned, school: dict) -> tuple[str, dict[str, str], set[str]]:
    """The attempt, as a pupil takes it: a hint, the easier version, saves, code run; multiple choice not right
    twice (no tries left) and multiple select right (so both can no longer change), the rest saved or not right.
    Returns the attempt, the question ids by type and the questions that can no longer change."""
    configs = school["configs"]
    view = await pupil.call("POST", "/api/pupil/assessments/{assessment_id}/start", assessment_id=school["assessment"])
    attempt = view["attempt_id"]
    ids = {q["type"]: q["id"] for q in view["questions"]}
    at = {"attempt_id": attempt}
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/hint",
                     question_id=ids["text_input"], **at)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/scaffold",
                     question_id=ids["binary_convert"], **at)
    await pupil.call("PUT", "/api/pupil/attempts/{attempt_id}/answers/{question_id}", question_id=ids["matching"],
                     json={"answer_data": _not_right("matching", configs[ids["matching"]]), "seq": 1}, **at)
    not_right = _not_right("multiple_choice", configs[ids["multiple_choice"]])
    for _try in range(2):
        reply = await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit",
                                 question_id=ids["multiple_choice"], json={"answer_data": not_right}, **at)
    assert reply["locked"] is True
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit",
                     question_id=ids["multiple_select"],
                     json={"answer_data": _right("multiple_select", configs[ids["multiple_select"]])}, **at)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit",
                     question_id=ids["text_input"], json={"answer_data": _not_right("text_input", {})}, **at)
    await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/questions/{question_id}/run",
                     question_id=ids["python_code"], json={"code": "def add(a, b):\n    return a\n"}, **at)
    await _every_attempt_route(pupil, school, attempt, ids, finished=False)
    await pupil.call("POST", "/api/pupil/assessments/{assessment_id}/start", assessment_id=school["assessment"])
    locked = {ids["multiple_choice"], ids["multiple_select"]}
    return attempt, ids, locked


async def _review(pupil: Scanned, attempt: str) -> dict:
    return await pupil.call("GET", "/api/pupil/attempts/{attempt_id}/results", attempt_id=attempt)


def _all_keys_shown(review: dict) -> bool:
    """Every released answer in the review carries its key (the written answer waits for its teacher)."""
    return review["answers_shown"] and all(q["answer_key"] is not None for q in review["questions"]
                                           if q["type"] != "extended_text")


async def _close(seed: Any, school: dict, *, pupil_too: bool) -> None:
    """Close the class's window (and, with pupil_too, x's extension too)."""
    past = utcnow() - timedelta(minutes=5)
    async with seed() as session:
        await session.execute(update(AssessmentClass).where(AssessmentClass.assessment_id == school["assessment"])
                              .values(available_until=past))
        if pupil_too:
            await session.execute(update(Extension).where(Extension.pupil_id == school["x_id"])
                                  .values(available_until=past))


async def _sweep(pupil: Scanned, real_clients: Any, school: dict, attempt: str, ids: dict[str, str]) -> dict:
    """Every pupil route once more, for this moment; the results review it gave."""
    await _everyone_may_call(pupil, real_clients, school)
    await _every_attempt_route(pupil, school, attempt, ids, finished=True)
    return await _review(pupil, attempt)


@pytest.mark.parametrize("setting", SETTINGS)
async def test_every_pupil_response_follows_when_the_class_sees_answers(seed, real_clients, setting):
    school = await _school(seed, setting)
    p = await _signed_in(real_clients, school["p"])
    x = await _signed_in(real_clients, school["x"])
    practice = setting == "after_each_question"

    # 1. Under way: only practice shows a question's key, and only once it can no longer change.
    await _everyone_may_call(p, real_clients, school)
    attempt_p, ids, locked = await _take_and_finish(p, school)
    screen = await p.call("POST", "/api/pupil/assessments/{assessment_id}/start", assessment_id=school["assessment"])
    saved = {q["id"]: q["saved"] for q in screen["questions"] if q["saved"]}
    assert [saved[q]["answer_key"] is not None for q in sorted(locked)] == [practice, practice], \
        "a question that can no longer change shows its key in practice, and only in practice"
    assert p.leaks(allowed=locked if practice else set()) == [], f"{setting}: key material while under way"
    attempt_x, _ids, _locked = await _take_and_finish(x, school)
    assert x.leaks(allowed=locked if practice else set()) == []

    # 2. Both finished, the window still open.
    for pupil, attempt in ((p, attempt_p), (x, attempt_x)):
        await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/complete", attempt_id=attempt)
    shows_now = setting in ("after_each_question", "after_finishing")
    for pupil, attempt in ((p, attempt_p), (x, attempt_x)):
        review = await _sweep(pupil, real_clients, school, attempt, ids)
        assert _all_keys_shown(review) is shows_now, f"{setting}: finished, window open"
        if not shows_now:
            assert pupil.leaks() == [], f"{setting}: key material after finishing"
        pupil.leaks()
    assert p.routes | x.routes == pupil_routes(), "the scan must call every route a pupil can call: " \
        f"left out {sorted(pupil_routes() - p.routes - x.routes)}"

    # 3. The class's window closed; x's own (extension) is still open.
    await _close(seed, school, pupil_too=False)
    review_p = await _sweep(p, real_clients, school, attempt_p, ids)
    review_x = await _sweep(x, real_clients, school, attempt_x, ids)
    assert _all_keys_shown(review_p) is (setting != "never"), f"{setting}: the class's window closed"
    assert _all_keys_shown(review_x) is shows_now, f"{setting}: the extension pupil's own window is still open"
    if setting == "after_closing":
        assert x.leaks() == [], "the extension pupil sees no key before their own window closes"
        assert "closes on" in review_x["answers_note"]
    if setting == "never":
        assert p.leaks() == [] and x.leaks() == [], "never: no key material, ever"

    # 4. x's own window closed too.
    await _close(seed, school, pupil_too=True)
    review_x = await _sweep(x, real_clients, school, attempt_x, ids)
    assert _all_keys_shown(review_x) is (setting != "never"), f"{setting}: the extension pupil's window closed"
    if setting == "never":
        assert x.leaks() == []
        assert review_x["answers_note"] == "Your teacher has chosen not to show the answers to this assessment."


async def _teacher(real_clients: Any, school: dict) -> Client:
    client = real_clients()
    await client.login(school["teacher"])
    return client


async def _show(teacher: Client, school: dict, shown: bool) -> httpx.Response:
    return await teacher.put(f"/api/assessments/{school['assessment']}/classes/{school['class']}/answers-shown",
                             json={"shown": shown})


async def test_show_answers_now_with_no_closing_date_and_hide_them_again(seed, real_clients):
    school = await _school(seed, "after_closing", until_days=None)
    p = await _signed_in(real_clients, school["p"])
    attempt = (await p.call("POST", "/api/pupil/assessments/{assessment_id}/start",
                            assessment_id=school["assessment"]))["attempt_id"]
    await p.call("POST", "/api/pupil/attempts/{attempt_id}/complete", attempt_id=attempt)
    waiting = await _review(p, attempt)
    assert not _all_keys_shown(waiting)
    assert waiting["answers_note"] == "You will see the answers when your teacher shows them."
    assert p.leaks() == []
    teacher = await _teacher(real_clients, school)

    shown = await _show(teacher, school, True)
    assert shown.status_code == 200, shown.text
    [link] = shown.json()["classes"]
    assert link["show_answers"] == "after_closing" and link["answers_released_at"] is not None
    released = await _review(p, attempt)
    assert _all_keys_shown(released)
    assert released["answers_note"] == "The right answers are shown with each question."

    hidden = await _show(teacher, school, False)
    assert hidden.json()["classes"][0]["answers_released_at"] is None
    assert not _all_keys_shown(await _review(p, attempt))
    p.leaks()
    async with seed() as session:
        actions = (await session.execute(select(AuditLog.action, AuditLog.details).where(
            AuditLog.entity_id == str(school["assessment"])).order_by(AuditLog.created_at))).all()
    assert [a for a, _d in actions if a.startswith("assessment.answers")] == [
        "assessment.answers_shown", "assessment.answers_hidden"]
    assert all(d["class_id"] == str(school["class"]) for a, d in actions if a.startswith("assessment.answers"))


async def test_showing_answers_now_never_reaches_a_pupil_who_can_still_take_it(seed, real_clients):
    """The extension pupil (x) has not started: their window is open, so "Show answers now" shows them nothing;
    the pupil who finished (p) sees them."""
    school = await _school(seed, "after_closing", until_days=None)
    p = await _signed_in(real_clients, school["p"])
    x = await _signed_in(real_clients, school["x"])
    async with seed() as session:
        await session.execute(update(Extension).where(Extension.pupil_id == school["x_id"])
                              .values(extra_attempts=1))
    attempts = {}
    for pupil in (p, x):
        attempts[pupil.username] = (await pupil.call(
            "POST", "/api/pupil/assessments/{assessment_id}/start", assessment_id=school["assessment"]))["attempt_id"]
        await pupil.call("POST", "/api/pupil/attempts/{attempt_id}/complete", attempt_id=attempts[pupil.username])
    assert (await _show(await _teacher(real_clients, school), school, True)).status_code == 200
    assert _all_keys_shown(await _review(p, attempts[p.username]))
    review_x = await _review(x, attempts[x.username])
    assert not _all_keys_shown(review_x), "x has another attempt: no answers yet"
    assert review_x["answers_note"].startswith("You can take this assessment again")
    assert x.leaks() == []


@pytest.mark.parametrize("setting", ["after_each_question", "after_finishing", "never"])
async def test_show_answers_now_is_only_for_classes_that_see_them_when_it_closes(seed, real_clients, setting):
    school = await _school(seed, setting, until_days=None)
    refused = await _show(await _teacher(real_clients, school), school, True)
    assert refused.status_code == 409
    assert "Show answers now" in refused.json()["detail"]


async def test_a_new_class_assignment_shows_answers_when_it_closes_and_keeps_its_choice_when_republished(
        seed, real_clients):
    school = await _school(seed, "never")
    teacher = await _teacher(real_clients, school)
    async with seed() as session:
        teacher_user = await session.scalar(select(User).where(User.username == school["teacher"]))
        other = await make_class(session, name=f"8Z-{uuid.uuid4().hex[:4]}", teachers=[teacher_user])
    url = f"/api/assessments/{school['assessment']}/publish"
    published = await teacher.post(url, json={"classes": [{"class_id": str(school["class"])},
                                                          {"class_id": str(other.id)}]})
    assert published.status_code == 200, published.text
    choices = {c["class_id"]: c["show_answers"] for c in published.json()["classes"]}
    assert choices == {str(school["class"]): "never", str(other.id): "after_closing"}
    changed = await teacher.post(url, json={"classes": [{"class_id": str(other.id), "show_answers": "after_finishing"}]})
    assert {c["class_id"]: c["show_answers"] for c in changed.json()["classes"]}[str(other.id)] == "after_finishing"
    wrong = await teacher.post(url, json={"classes": [{"class_id": str(other.id), "show_answers": "sometimes"}]})
    assert wrong.status_code == 422
