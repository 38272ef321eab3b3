"""Paper versions (GET /api/assessments/{id}/paper): who may print them, a pupil version of an assessment with
all 14 question types that holds no answer anywhere, and an answer key that holds every one."""

from __future__ import annotations

import json

import pytest

from app import question_types as engine
from app.models import Role
from tests.factories import make_assessment, make_class, make_user

# Field names that only ever carry an answer or a mark scheme.
KEY_FIELDS = {"is_correct", "correct_option", "correct_options", "correct_answer", "correct_answers",
              "accepted_answers", "correct_pairs", "pairs", "correct_position", "order", "solution",
              "alternative_solutions", "is_distractor", "reference_solution", "marking_guide", "mark_scheme",
              "ai_marking_prompt", "correct_code", "bug_description", "alternative_fixes", "correct_label",
              "placements", "outputs", "cells", "distractor_feedback", "feedback"}


def _keys(value) -> set[str]:
    """Every field name anywhere in a JSON value."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in _keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in _keys(v)}
    return set()


def answers(config: dict) -> list[str]:
    """The texts of a question's answer and mark scheme: the key shows them all, the pupil paper none (short ones
    such as '0' or '1' are checked by shape instead, in test_the_pupil_paper_leaves_the_cells_to_fill_empty)."""
    kind = config["type"]
    hidden = [t["input"] for t in config.get("test_cases", []) if not t["visible"]]
    if kind == "text_input":
        return [a["text"] for a in config["accepted_answers"]]
    if kind == "extended_text":
        return [c["criterion"] for c in config["marking_guide"]["mark_scheme"]]
    if kind == "code_completion":
        return [a for b in config["blanks"] for a in b["correct_answers"]]
    if kind == "python_code":
        return [config["reference_solution"].strip(), *hidden]
    if kind == "code_debug":
        return [config["correct_code"].strip(), config["bug_description"], *config["alternative_fixes"]]
    if kind == "binary_convert":
        return [config["correct_answer"]]
    return []


def private(config: dict) -> list[str]:
    """What only the teacher and the marking ever see: the answers, the AI's marking prompt, hidden tests."""
    hidden = [t["input"] for t in config.get("test_cases", []) if not t["visible"]]
    return [*answers(config), *hidden, config.get("ai_marking_prompt") or ""]


def shows(question: dict, text: str) -> bool:
    """Whether `text` appears anywhere in a printed question (compared as JSON, so code with newlines counts)."""
    return bool(text) and json.dumps(text)[1:-1] in json.dumps(question)


async def _all_types(client, session, *, published_to=()):
    teacher = await make_user(session, Role.teacher, username="t")
    assessment = await make_assessment(session, owner=teacher, questions=list(engine.QUESTION_TYPES),
                                       title="Every type", publish_to=published_to)
    await client.login("t")
    return teacher, assessment


async def _paper(client, assessment_id, version: str) -> dict:
    response = await client.get(f"/api/assessments/{assessment_id}/paper", params={"version": version})
    assert response.status_code == 200, response.text
    return response.json()


async def test_the_pupil_paper_has_every_question_and_no_answer_field(client, session):
    _, assessment = await _all_types(client, session)
    paper = await _paper(client, assessment.id, "pupil")
    assert [q["type"] for q in paper["questions"]] == list(engine.QUESTION_TYPES)
    assert [q["number"] for q in paper["questions"]] == list(range(1, 15))
    assert paper["total_points"] == 28
    assert [q["key"] for q in paper["questions"]] == [None] * 14, "the pupil paper has an answer key"
    found = _keys(paper) & KEY_FIELDS
    assert found == set(), f"the pupil paper has answer fields: {sorted(found)}"


async def test_the_pupil_paper_contains_no_answer_text(client, session):
    _, assessment = await _all_types(client, session)
    await session.refresh(assessment, ["questions"])
    configs = {q.position + 1: q.config for q in assessment.questions}
    paper = await _paper(client, assessment.id, "pupil")
    for question in paper["questions"]:
        for secret in private(configs[question["number"]]):
            assert not shows(question, secret), f"{question['type']}: the pupil paper shows the answer {secret!r}"


async def test_the_pupil_paper_leaves_the_cells_to_fill_empty(client, session):
    _, assessment = await _all_types(client, session)
    paper = await _paper(client, assessment.id, "pupil")
    by_type = {q["type"]: q["view"] for q in paper["questions"]}
    trace = by_type["trace_table"]
    to_fill = {(c["step"], c["variable"]) for c in trace["cells_to_fill"]}
    assert to_fill, "the trace table sample has cells to fill"
    for row in trace["rows"]:
        for name, value in row["values"].items():
            if (row["step"], name) in to_fill:
                assert value is None, f"trace_table: step {row['step']} {name} is filled in ({value!r})"
    gates = by_type["logic_gates"]
    assert [r["output"] for r in gates["rows"] if r["fill_in"]] == [None] * sum(r["fill_in"] for r in gates["rows"])


async def test_the_pupil_paper_never_lists_items_in_the_answers_order(client, session):
    _, assessment = await _all_types(client, session)
    await session.refresh(assessment, ["questions"])
    keys = {q.type: engine.answer_key(q.config) for q in assessment.questions}
    by_type = {q["type"]: q["view"] for q in (await _paper(client, assessment.id, "pupil"))["questions"]}
    assert [i["id"] for i in by_type["ordering"]["items"]] != [i["id"] for i in keys["ordering"]["order"]]
    solution = [s["block_id"] for s in keys["parsons"]["solution"]]
    printed = [b["id"] for b in by_type["parsons"]["blocks"] if b["id"] in set(solution)]
    assert printed != solution


async def test_the_key_has_every_answer_and_mark_scheme(client, session):
    _, assessment = await _all_types(client, session)
    await session.refresh(assessment, ["questions"])
    configs = {q.position + 1: q.config for q in assessment.questions}
    paper = await _paper(client, assessment.id, "key")
    assert paper["version"] == "key"
    for question in paper["questions"]:
        config = configs[question["number"]]
        assert question["key"] == engine.answer_key(config), f"{question['type']}: the key is not the answer key"
        for secret in answers(config):
            assert shows(question, secret), f"{question['type']}: the key does not show {secret!r}"


async def test_room_to_write_follows_the_question(client, session):
    _, assessment = await _all_types(client, session)
    lines = {q["type"]: q["writing_lines"] for q in (await _paper(client, assessment.id, "pupil"))["questions"]}
    assert lines["text_input"] == 1
    assert lines["extended_text"] >= 10, "150 words need many lines"
    assert lines["python_code"] >= 6
    assert lines["multiple_choice"] == 0, "tick boxes need no lines"


async def test_a_teacher_of_a_class_it_is_published_to_may_print_it(client, session, make_client):
    teacher = await make_user(session, Role.teacher, username="t")
    colleague = await make_user(session, Role.teacher, username="colleague")
    shared = await make_class(session, teachers=[teacher, colleague])
    assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice"], publish_to=[shared])
    other = await make_client()
    await other.login("colleague")
    assert (await other.get(f"/api/assessments/{assessment.id}/paper?version=key")).status_code == 200


@pytest.mark.parametrize("version", ["pupil", "key"])
async def test_another_teacher_may_not_print_it(client, session, make_client, version):
    _, assessment = await _all_types(client, session)
    await make_user(session, Role.teacher, username="other")
    other = await make_client()
    await other.login("other")
    response = await other.get(f"/api/assessments/{assessment.id}/paper", params={"version": version})
    assert response.status_code == 403
    assert response.json()["detail"] == "This assessment belongs to another teacher."


@pytest.mark.parametrize("version", ["pupil", "key"])
async def test_a_pupil_may_not_print_it(client, session, make_client, version):
    teacher = await make_user(session, Role.teacher, username="t")
    pupil = await make_user(session, Role.pupil, username="p")
    school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=["text_input"], publish_to=[school_class])
    pupil_client = await make_client()
    await pupil_client.login("p")
    response = await pupil_client.get(f"/api/assessments/{assessment.id}/paper", params={"version": version})
    assert response.status_code == 403


async def test_signed_out_is_refused(client, session):
    teacher = await make_user(session, Role.teacher, username="t")
    assessment = await make_assessment(session, owner=teacher, questions=["text_input"])
    assert (await client.get(f"/api/assessments/{assessment.id}/paper")).status_code == 401


async def test_an_unknown_version_gets_a_clear_message(client, session):
    _, assessment = await _all_types(client, session)
    response = await client.get(f"/api/assessments/{assessment.id}/paper", params={"version": "answers"})
    assert response.status_code == 422
    assert "version" in response.json()["detail"]


async def test_a_missing_assessment_is_not_found(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    response = await client.get("/api/assessments/00000000-0000-0000-0000-000000000000/paper")
    assert response.status_code == 404
