"""Route by route: every route in the OpenAPI document, called as someone not entitled to it.

The table of expected outcomes is in access_table.py (read it first). Each test seeds one world — teachers A and
B with their classes, pupils, units, assessments with attempts and answers, rubrics, an image and a job — then
sends every probe in the table as one caller and lists every row whose outcome differs, naming the route, the
caller, what was expected and what came back. Each probe runs inside a savepoint that is rolled back after it, so
a probe that wrongly succeeds (deleting A's unit, say) cannot change what the next probe sees.
"""

from __future__ import annotations

import json
import re
import uuid
from typing import Any, NamedTuple

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.main import app as fastapi_app
from app.models import (
    Answer,
    AssessmentShare,
    Extension,
    Job,
    JobStatus,
    LearningObjective,
    Media,
    Question,
    Role,
    RubricTemplate,
    Topic,
    Unit,
    UnitDocument,
    UserSession,
)
from tests.conftest import Client
from tests.documents.builders import lesson_plan_docx
from tests.factories import checked_config, make_assessment, make_class, make_user
from tests.question_types.samples import sample
from tests.security.access_table import PATH_IDS, TABLE, Answered, Row
from tests.test_media import tiny_png

# The callers of the table's columns, and who they are in the world.
CALLERS = {"anonymous": "anon", "pupil": "a2", "teacher": "b"}
CALLER_NAMES = {"anonymous": "anonymous", "pupil": "a pupil (a2)", "teacher": "another teacher (B)"}
ESSAY = "An algorithm is a set of steps that solves a problem, like the recipe for a cake or the route to school. "
A1_ESSAY_MARKER = "quokka"  # a word only a1's essay holds: no one else's response may contain it
A1_SHARED_MARKER = "wombat"  # a1's essay on A's shared assessment: A's colleagues must never see it
FILES = {
    "lesson": lambda: {"files": ("lesson.docx", lesson_plan_docx(), "application/octet-stream")},
    "image": lambda: {"file": ("diagram.png", tiny_png(), "image/png")},
    "ks3": lambda: {"file": ("set.ks3.json", _ks3_file(), "application/json")},
}


def _ks3_file() -> bytes:
    """A KS3 Assessment export with one multiple-choice question (app.services.exchange.ks3_json)."""
    question = {"type": "multiple_choice", "question_text": "Pick one.", "config": sample("multiple_choice")}
    return json.dumps({"format": "ks3-assessment", "version": 1, "assessment": {"title": "Shared set"},
                       "questions": [question], "pictures": []}).encode()


class World(NamedTuple):
    ids: dict[str, str]  # world names (see access_table) → ids and markers, as strings
    clients: dict[str, Client]  # signed in: a, b, a1, a2, b1, admin; and anon
    connection: AsyncConnection


# --- The world -----------------------------------------------------------------------------------------------


async def _people(session: AsyncSession, ids: dict[str, str]) -> dict[str, Any]:
    people = {
        "admin": await make_user(session, Role.admin, username="head"),
        "a": await make_user(session, Role.teacher, username="teacher_a"),
        "b": await make_user(session, Role.teacher, username="teacher_b"),
        "a1": await make_user(session, Role.pupil, username="pupil_a1"),
        "a2": await make_user(session, Role.pupil, username="pupil_a2"),
        "b1": await make_user(session, Role.pupil, username="pupil_b1"),
    }
    ids.update({name: str(user.id) for name, user in people.items()})
    ids["a1.username"] = "pupil_a1"
    return people


async def _teacher_a_things(session: AsyncSession, p: dict[str, Any], ids: dict[str, str]) -> None:
    a = p["a"]
    school_class = await make_class(session, name="7A", teachers=[a], pupils=[p["a1"], p["a2"]])
    unit = Unit(title="Data representation", year_group=7, owner_id=a.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    topic = Topic(unit_id=unit.id, title="Binary", position=0)
    session.add(topic)
    await session.flush()
    objective = LearningObjective(unit_id=unit.id, topic_id=topic.id, code="LO1", description="Count in binary",
                                  position=0, strands=[])
    document = UnitDocument(unit_id=unit.id, uploaded_by_id=a.id, filename="lesson1.docx", file_type="docx",
                            size_bytes=100, text="Binary uses 0 and 1.", structure={}, warnings=[])
    media = Media(owner_id=a.id, filename="diagram.png", content_type="image/png", size_bytes=len(tiny_png()),
                  width=3, height=2, data=tiny_png())
    job = Job(kind="generate_assessment", status=JobStatus.done, created_by_id=a.id, payload={}, result={})
    rubrics = [RubricTemplate(owner_id=a.id, name=name, mark_scheme=[{"criterion": "Explains", "points": 2}],
                              points_available=2, shared=shared) for name, shared in (("A's", True), ("A's own", False))]
    session.add_all([objective, document, media, job, *rubrics])
    easier = {"type": "multiple_choice", "question_text": "How many bits in a byte?",
              "config": await checked_config("multiple_choice")}
    assessment = await make_assessment(
        session, owner=a, publish_to=[school_class], title="Binary quiz", unit_id=unit.id,
        questions=[{"type": "multiple_choice", "scaffold": easier}, {"type": "extended_text", "points": 4},
                   "binary_convert"],
    )
    done = await make_assessment(session, owner=a, publish_to=[school_class], title="Done quiz",
                                 questions=["multiple_choice"])
    await _shared_assessment(session, a, school_class, ids)
    # a1's extension of A's quiz in 7A (one more attempt), for the extension routes.
    extension = Extension(assessment_id=assessment.id, class_id=school_class.id, pupil_id=p["a1"].id,
                          extra_attempts=1, created_by_id=a.id)
    session.add(extension)
    await session.flush()
    ids["a1.extension"] = str(extension.id)
    mc, essay, spare = (await session.execute(
        select(Question.id).where(Question.assessment_id == assessment.id).order_by(Question.position))).scalars()
    ids.update({
        "a.class": str(school_class.id), "a.unit": str(unit.id), "a.topic": str(topic.id),
        "a.objective": str(objective.id), "a.document": str(document.id), "a.media": str(media.id),
        "a.job": str(job.id), "a.rubric": str(rubrics[0].id), "a.private_rubric": str(rubrics[1].id),
        "a.assessment": str(assessment.id), "a.done_assessment": str(done.id), "a.mc_question": str(mc),
        "a.essay_question": str(essay), "a.spare_question": str(spare),
    })


async def _shared_assessment(session: AsyncSession, a: Any, school_class: Any, ids: dict[str, str]) -> None:
    """A's quiz shared with the department (B is a colleague), set for 7A, where a1 answers it (_attempts)."""
    shared = await make_assessment(session, owner=a, publish_to=[school_class], title="Shared quiz",
                                   questions=["multiple_choice", {"type": "extended_text", "points": 4},
                                              "binary_convert"])
    session.add(AssessmentShare(assessment_id=shared.id, shared_by_id=a.id))
    await session.flush()
    question, essay, spare = (await session.execute(
        select(Question.id).where(Question.assessment_id == shared.id).order_by(Question.position))).scalars()
    ids.update({"a.shared_assessment": str(shared.id), "a.shared_question": str(question),
                "a.shared_essay": str(essay), "a.shared_spare": str(spare)})


async def _teacher_b_things(session: AsyncSession, p: dict[str, Any], ids: dict[str, str]) -> None:
    school_class = await make_class(session, name="7B", teachers=[p["b"]], pupils=[p["b1"]])
    assessment = await make_assessment(session, owner=p["b"], publish_to=[school_class], title="B's quiz",
                                       questions=[{"type": "extended_text", "points": 4}])
    rubric = RubricTemplate(owner_id=p["b"].id, name="B's", mark_scheme=[{"criterion": "Explains", "points": 2}],
                            points_available=2, shared=False)
    session.add(rubric)
    await session.flush()
    ids.update({"b.class": str(school_class.id), "b.assessment": str(assessment.id), "b.rubric": str(rubric.id)})


def _ok(response: httpx.Response) -> dict[str, Any]:
    assert response.status_code < 300, (response.request.url, response.status_code, response.text)
    return response.json() if response.content else {}


async def _essay_answer(session: AsyncSession, attempt_id: str) -> str:
    """The id of the written answer in an attempt (submitted, so waiting in the marking queue)."""
    found = await session.scalar(select(Answer.id).where(Answer.attempt_id == uuid.UUID(attempt_id),
                                                         Answer.submitted_at.is_not(None)))
    return str(found)


async def _attempts(session: AsyncSession, clients: dict[str, Client], ids: dict[str, str]) -> None:
    """a1: an open attempt on A's quiz (the choice saved, the essay submitted), one on A's shared quiz (the essay
    submitted) and a finished one on the done quiz;
    a2: a finished one on the done quiz; b1: an open attempt on B's quiz with the essay submitted."""
    a1, a2, b1 = clients["a1"], clients["a2"], clients["b1"]
    view = _ok(await a1.post(f"/api/pupil/assessments/{ids['a.assessment']}/start"))
    attempt = ids["a1.attempt"] = view["attempt_id"]
    [choice] = [q for q in view["questions"] if q["id"] == ids["a.mc_question"]]
    ids["a.option"] = choice["view"]["options"][0]["id"]
    _ok(await a1.put(f"/api/pupil/attempts/{attempt}/answers/{ids['a.mc_question']}",
                     json={"answer_data": {"selected_option": ids["a.option"]}, "seq": 1}))
    _ok(await a1.post(f"/api/pupil/attempts/{attempt}/answers/{ids['a.essay_question']}/submit",
                      json={"answer_data": {"text": ESSAY + A1_ESSAY_MARKER}}))
    ids["a1.essay_answer"], ids["a1.essay_marker"] = await _essay_answer(session, attempt), A1_ESSAY_MARKER
    ids["a1.help"] = _ok(await a1.post(f"/api/pupil/attempts/{attempt}/help",
                                       json={"question_id": ids["a.mc_question"]}))["id"]
    shared = _ok(await a1.post(f"/api/pupil/assessments/{ids['a.shared_assessment']}/start"))
    ids["a1.shared_attempt"], ids["a1.shared_marker"] = shared["attempt_id"], A1_SHARED_MARKER
    _ok(await a1.post(f"/api/pupil/attempts/{shared['attempt_id']}/answers/{ids['a.shared_essay']}/submit",
                      json={"answer_data": {"text": ESSAY + A1_SHARED_MARKER}}))
    for name, client in (("a1", a1), ("a2", a2)):
        done = _ok(await client.post(f"/api/pupil/assessments/{ids['a.done_assessment']}/start"))
        _ok(await client.post(f"/api/pupil/attempts/{done['attempt_id']}/complete"))
        ids[f"{name}.done_attempt"] = done["attempt_id"]
    view = _ok(await b1.post(f"/api/pupil/assessments/{ids['b.assessment']}/start"))
    essay = view["questions"][0]["id"]
    _ok(await b1.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{essay}/submit",
                      json={"answer_data": {"text": ESSAY}}))
    ids["b1.essay_answer"] = await _essay_answer(session, view["attempt_id"])


@pytest.fixture
async def world(session, connection, make_client) -> World:
    ids: dict[str, str] = {}
    people = await _people(session, ids)
    await _teacher_a_things(session, people, ids)
    await _teacher_b_things(session, people, ids)
    clients = {"anon": await make_client()}
    for name, user in people.items():
        clients[name] = await make_client()
        await clients[name].login(user.username)
    await _attempts(session, clients, ids)
    ids["a.session"] = str(await session.scalar(select(UserSession.id).where(UserSession.user_id == people["a"].id)))
    await session.flush()
    session.expunge_all()  # the probes' savepoints must find nothing of the test's own left to flush
    return World(ids, clients, connection)


# --- Sending a probe -------------------------------------------------------------------------------------------


def _fill(value: Any, ids: dict[str, str]) -> Any:
    """The body or query with every "{name}" replaced by the world's id."""
    if isinstance(value, str):
        return re.sub(r"\{([\w.]+)\}", lambda m: ids[m[1]], value)
    if isinstance(value, dict):
        return {key: _fill(item, ids) for key, item in value.items()}
    if isinstance(value, list):
        return [_fill(item, ids) for item in value]
    return value


def _url(row: Row, ids: dict[str, str]) -> str:
    chosen = {**PATH_IDS, **(row.ids or {})}
    return re.sub(r"\{(\w+)\}", lambda m: ids[chosen[m[1]]], row.path)


async def _send(world: World, row: Row, who: str) -> httpx.Response:
    """The probe as `who`, inside a savepoint rolled back afterwards; the caller's cookies are put back too (a
    probe may sign them in as someone else, or out)."""
    client = world.clients[who]
    cookies = httpx.Cookies(client.cookies)
    options: dict[str, Any] = {"params": _fill(row.query, world.ids) if row.query else None}
    if row.files:
        options["files"] = FILES[row.files]()
    elif row.method in ("POST", "PUT", "PATCH"):
        options["json"] = _fill(row.body if row.body is not None else {}, world.ids)
    savepoint = await world.connection.begin_nested()
    try:
        return await client.request(row.method, _url(row, world.ids), **options)
    except Exception as exc:  # noqa: BLE001 — a crash is one row's finding; the other rows still run
        return httpx.Response(500, text=f"the app raised {exc!r}")
    finally:
        await savepoint.rollback()
        client.cookies = cookies


def _describe(expected: int | Answered) -> str:
    if isinstance(expected, int):
        return f"refused with {expected}"
    parts = [f"answered (2xx, {expected.why})"]
    parts += [f"showing {', '.join(expected.shows)}"] if expected.shows else []
    parts += [f"hiding {', '.join(expected.hides)}"] if expected.hides else []
    return " ".join(parts)


def _mismatch(response: httpx.Response, expected: int | Answered, ids: dict[str, str]) -> str | None:
    """What differs from the expected outcome, or None."""
    got = response.status_code
    if isinstance(expected, int):
        return None if got == expected else f"got {got}"
    if not 200 <= got < 300:
        return f"got {got}"
    text = response.text
    missing = [name for name in expected.shows if ids[name] not in text]
    leaked = [name for name in expected.hides if ids[name] in text]
    if missing:
        return f"got {got} without {', '.join(missing)}"
    return f"got {got} naming {', '.join(leaked)}" if leaked else None


async def _check(world: World, row: Row, caller: str) -> str | None:
    expected: int | Answered = getattr(row, caller)
    ids = {**world.ids, "me": world.ids.get(CALLERS[caller], "")}
    response = await _send(world, row, CALLERS[caller])
    problem = _mismatch(response, expected, ids)
    if problem is None:
        return None
    variant = f" with {row.ids}" if row.ids else ""
    variant += f" ?{row.query}" if row.query else ""
    return (f"{row.method} {row.path}{variant} as {CALLER_NAMES[caller]}: expected {_describe(expected)}, "
            f"{problem}: {response.text[:160]}")


# --- The tests -------------------------------------------------------------------------------------------------


def test_every_route_in_the_openapi_document_is_in_the_table():
    served = {(method.upper(), path) for path, ops in fastapi_app.openapi()["paths"].items() for method in ops}
    listed = {(row.method, row.path) for row in TABLE}
    missing = sorted(served - listed)
    assert not missing, "routes with no row in tests/security/access_table.py: " + ", ".join(
        f"{m} {p}" for m, p in missing)
    stale = sorted(listed - served)
    assert not stale, "rows for routes the app no longer serves: " + ", ".join(f"{m} {p}" for m, p in stale)


@pytest.mark.parametrize("caller", list(CALLERS))
async def test_each_route_refuses_the_caller_or_answers_with_their_own_data(world, caller):
    problems = [problem for row in TABLE if (problem := await _check(world, row, caller))]
    assert not problems, f"{len(problems)} route(s) let {CALLER_NAMES[caller]} down:\n" + "\n".join(problems)


async def test_each_probe_is_served_to_whoever_is_entitled(world):
    """The same probes sent as the entitled caller are served: a refusal in the table is never a wrong id or body."""
    problems = []
    for row in TABLE:
        if row.entitled is None:
            continue
        response = await _send(world, row, row.entitled)
        served = response.status_code == row.control if row.control else 200 <= response.status_code < 300
        if not served:
            expected = row.control or "2xx"
            problems.append(f"{row.method} {row.path} {row.ids or ''} as {row.entitled}: expected {expected}, "
                            f"got {response.status_code}: {response.text[:160]}")
    assert not problems, "probes not served to the entitled caller:\n" + "\n".join(problems)
