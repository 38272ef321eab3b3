"""The demo school's sample assessment: every one of its 14 questions can be answered wrongly, partly and
correctly through the pupil API, with the expected scores (three tries are allowed per question)."""

from __future__ import annotations

import copy
import uuid

import pytest
from sqlalchemy import select

from app import question_types as engine
from app.demo.seed import seed_demo
from app.models import Assessment, Question, RetryCredit

POINTS = 2


def _wrong_and_partial(config: dict) -> tuple[dict, dict | None]:
    """A wrong answer and (where the type gives partial credit) a partly right one, built from the key."""
    kind = config["type"]
    key = engine.example_answer(config)
    if kind == "multiple_choice":
        return {"selected_option": next(o["id"] for o in config["options"] if not o["is_correct"])}, None
    if kind == "multiple_select":
        right = [o["id"] for o in config["options"] if o["is_correct"]]
        wrong = [o["id"] for o in config["options"] if not o["is_correct"]]
        return {"selected_options": wrong[:2]}, {"selected_options": right[:1]}
    if kind == "text_input":
        return {"text": "string"}, None
    if kind == "binary_convert":
        return {"answer": "12"}, None
    if kind == "matching":
        pairs = key["pairs"]
        rights = [p["right"] for p in pairs]
        rotated = [{"left": p["left"], "right": rights[(i + 1) % len(rights)]} for i, p in enumerate(pairs)]
        partial = copy.deepcopy(pairs)
        spare = next(r["id"] for r in config["right_items"] if r["id"] not in rights)
        partial[0]["right"] = spare
        return {"pairs": rotated}, {"pairs": partial}
    if kind == "ordering":
        order = key["order"]
        return {"order": list(reversed(order))}, {"order": order[:2] + [order[3], order[2]]}
    if kind == "parsons":
        blocks = key["blocks"]
        distractor = next(b["id"] for b in config["blocks"] if b["is_distractor"])
        return {"blocks": [{"block_id": distractor, "indent": 0}]}, {"blocks": [blocks[1], blocks[0], *blocks[2:]]}
    if kind == "code_completion":
        partial = dict(key["blanks"])
        partial["BLANK_2"] = "show"
        return {"blanks": {k: "nothing" for k in key["blanks"]}}, {"blanks": partial}
    if kind == "logic_gates":
        flipped = {k: 1 - v for k, v in key["outputs"].items()}
        partial = dict(key["outputs"])
        first = next(iter(partial))
        partial[first] = 1 - partial[first]
        return {"outputs": flipped}, {"outputs": partial}
    if kind == "trace_table":
        wrong = {k: "99" for k in key["values"]}
        partial = dict(key["values"])
        partial[next(iter(partial))] = "99"
        return {"values": wrong}, {"values": partial}
    if kind == "drag_label":
        placements = key["placements"]
        zones = list(placements)
        partial = dict(placements)
        partial[zones[0]], partial[zones[1]] = placements[zones[1]], placements[zones[0]]
        rotated = {z: placements[zones[(i + 1) % len(zones)]] for i, z in enumerate(zones)}
        return {"placements": rotated}, {"placements": partial}
    if kind == "code_debug":
        return ({"code": config["buggy_code"]},
                {"code": "name = input()\nprint('Hello Sam')\n"})  # right for the visible test only
    if kind == "python_code":
        return {"code": "def is_even(n):\n    return n % 2 == 1\n"}, {"code": "def is_even(n):\n    return n == 4\n"}
    if kind == "extended_text":
        return {"text": "I do not know."}, None
    raise AssertionError(f"no answers for {kind}")


async def test_every_demo_question_scores_zero_partly_and_full(client, session):
    await seed_demo(session, if_empty=False)
    await client.login("pupil", "demo1234")
    board = (await client.get("/api/pupil/assessments")).json()
    [card] = board["available"]
    assert card["question_count"] == 14
    assert card["max_attempts"] == 1
    # Each type's marks at every try, whole: what retries are worth is tested in test_retries.py.
    demo = await session.get(Assessment, uuid.UUID(card["assessment_id"]))
    assert demo.retry_credit == RetryCredit.reduced  # a new assessment's default
    demo.retry_credit = RetryCredit.full
    await session.flush()
    view = (await client.post(f"/api/pupil/assessments/{card['assessment_id']}/start")).json()
    assert sorted(q["type"] for q in view["questions"]) == sorted(engine.REGISTRY)
    attempt_id = view["attempt_id"]
    for item in view["questions"]:
        question = await session.get(Question, uuid.UUID(item["id"]))
        url = f"/api/pupil/attempts/{attempt_id}/answers/{item['id']}/submit"
        wrong, partial = _wrong_and_partial(question.config)
        first = (await client.post(url, json={"answer_data": wrong})).json()
        if question.type == "extended_text":
            assert first["awaiting_marking"] is True
            assert first["score"] is None
            continue
        assert first["score"] == 0, (question.type, first)
        assert first["feedback"].startswith("Not quite."), first["feedback"]
        if partial is not None:
            second = (await client.post(url, json={"answer_data": partial})).json()
            assert 0 < second["score"] < POINTS, (question.type, second)
            assert second["is_partial"], (question.type, second)
            assert second["feedback"].startswith("Nearly there"), second["feedback"]
        last = (await client.post(url, json={"answer_data": engine.example_answer(question.config)})).json()
        assert last["score"] == POINTS, (question.type, last)
        assert last["is_correct"], (question.type, last)
        assert last["locked"], (question.type, last)
    summary = (await client.post(f"/api/pupil/attempts/{attempt_id}/complete")).json()
    assert summary["score"] == 13 * POINTS
    assert summary["max_score"] == 13 * POINTS
    assert summary["waiting_for_teacher"] == 1
    assert summary["headline"] == "Fantastic work!"
    again = await client.post(f"/api/pupil/assessments/{card['assessment_id']}/start")
    assert again.status_code == 409


@pytest.mark.parametrize("answer,expected", [("11", 2.0), ("0011", 2.0), (" 11 ", 2.0), ("1011", 0.0), ("12", 0.0)])
async def test_binary_answers_are_normalised(client, session, answer, expected):
    await seed_demo(session, if_empty=False)
    question = (await session.execute(select(Question).where(Question.type == "binary_convert"))).scalar_one()
    result = await engine.mark(question.config, {"answer": answer}, 2)
    assert result.score == expected
