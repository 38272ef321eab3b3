"""A worksheet's true-or-false statements, answered "TRUE" or "False – that's an actuator", are asked as true or
false (a statement alone in a box to type into would not tell a pupil what to answer), with the worksheet's reason
in the feedback. Small hand-built materials, written for these tests."""

from __future__ import annotations

import pytest

from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.offline_worksheet import true_or_false, worksheet_type
from tests.generation.test_topics import objective, slide


def _statement(number: int, text: str, answer: str) -> dict:
    return {"number": number, "text": text, "answer": answer, "options": [], "source": "IoT worksheet.docx",
            "where": f"paragraph {number}"}


SMART_HOMES = GenerationMaterials(
    unit_title="The Internet of Things",
    objectives=[objective("LO1", "Describe what a smart device is")],
    vocabulary=[{"term": "Sensor", "definition": "an input device that measures something in the real world"},
                {"term": "Actuator", "definition": "an output device that makes something move"},
                {"term": "Smart device", "definition": "a device connected to the internet that can be controlled"},
                {"term": "Internet of Things", "definition": "everyday devices connected to the internet"}],
    text="A smart thermostat has a temperature sensor. A smart lock has an actuator.",
    passages=slide(2, "Smart homes", "A smart thermostat has a temperature sensor", "A smart lock has an actuator"),
    questions=[_statement(1, "A smart fridge is part of the Internet of Things.", "TRUE"),
               _statement(2, "A sensor makes something move.", "FALSE – that's an actuator")],
)


@pytest.mark.parametrize(("answer", "judged"), [
    ("TRUE", ("True", "")), ("False – that's an actuator", ("False", "that's an actuator")),
    ("F (it needs updates)", ("False", "it needs updates")), ("true.", ("True", "")),
    ("Fast", None), ("Trojan", None), ("f", None), ("The fetch stage", None),
])
def test_an_answer_that_only_judges_a_statement(answer, judged):
    assert true_or_false(answer) == judged


def test_a_judged_statement_becomes_a_choice_and_an_answer_in_words_does_not():
    assert worksheet_type(_statement(1, "A sensor makes something move.", "False")) == "multiple_choice"
    assert worksheet_type(_statement(1, "What moves a smart lock?", "An actuator")) == "text_input"


async def test_the_statements_are_asked_as_true_or_false_with_the_worksheets_reason():
    draft = await generate_offline(SMART_HOMES, DraftRequest(num_questions=6), seed=1)
    judged = {q["question_text"]: q for q in draft.questions if "worksheet" in q.get("tags", [])}
    moving = judged["True or false? A sensor makes something move."]
    assert moving["type"] == "multiple_choice"
    options = moving["config"]["options"]
    assert [(o["text"], o["is_correct"]) for o in options] == [("True", False), ("False", True)]
    assert moving["feedback"]["correct"] == "Correct! It is false. That's an actuator."
    assert "True or false? A smart fridge is part of the Internet of Things." in judged
