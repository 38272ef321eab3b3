"""What the draft takes from a unit is about that unit: a worksheet's recap question on an earlier unit is left
out, and a debugging program practises what the unit's key words and objectives name. Small hand-built materials,
written for these tests."""

from __future__ import annotations

from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from tests.generation.test_topics import objective, slide

SENSORS = GenerationMaterials(
    unit_title="Sensors and actuators",
    objectives=[objective("LO1", "Describe what a sensor measures"),
                objective("LO2", "Explain how an actuator is controlled by a computer")],
    vocabulary=[{"term": "Sensor", "definition": "an input device that measures a physical quantity"},
                {"term": "Actuator", "definition": "an output device that makes something move"},
                {"term": "Control system", "definition": "a computer system that reads sensors and drives actuators"},
                {"term": "Feedback", "definition": "the output changes the conditions the sensor measures"}],
    text="A greenhouse uses a temperature sensor. A motor is an actuator that opens the window. Do Now: what is "
         "the difference between RAM and ROM? RAM loses its data when the power is off.",
    passages=slide(2, "Sensors", "A greenhouse uses a temperature sensor", "A motor is an actuator"),
    questions=[{"number": 1, "text": "What is the difference between RAM and ROM?",
                "answer": "RAM loses its data when the power is off; ROM keeps it", "options": [],
                "source": "Do Now.docx", "where": "paragraph 2"},
               {"number": 2, "text": "Which sensor would a greenhouse use to know when to open a window?",
                "answer": "A temperature sensor", "options": [], "source": "Do Now.docx", "where": "paragraph 3"}],
)

SELECTION = GenerationMaterials(
    unit_title="Selection in Python",
    objectives=[objective("LO1", "Use if statements to choose what a program does"),
                objective("LO2", "Use comparison operators in a condition")],
    vocabulary=[{"term": "Selection", "definition": "choosing which lines of code run next"},
                {"term": "Comparison operator", "definition": "compares two values, such as > or =="}],
    code_snippets=[{"language": "python", "title": "Ticket price",
                    "code": "age = int(input())\nif age < 12:\n    print(\"Child\")\nelse:\n    print(\"Adult\")"}],
    text="An if statement uses a condition. The program turns the input into an integer with int() and the "
         "operator < compares it with 12.",
    passages=slide(3, "If statements", "An if statement uses a condition"),
)


async def test_a_recap_question_on_an_earlier_unit_is_left_out_of_the_draft():
    draft = await generate_offline(SENSORS, DraftRequest(num_questions=12), seed=1)
    texts = [q["question_text"] for q in draft.questions]
    assert any("greenhouse" in text for text in texts), "the worksheet's question about this unit is used"
    assert not any("RAM and ROM" in text for text in texts), texts


async def test_a_debugging_question_in_a_selection_unit_practises_selection():
    for seed in range(1, 6):
        draft = await generate_offline(SELECTION, DraftRequest(num_questions=4, required_types=["code_debug"]),
                                       seed=seed, runner_enabled=True)
        debugs = [q for q in draft.questions if q["type"] == "code_debug"]
        assert debugs and "if " in debugs[0]["config"]["buggy_code"], (seed, [q["question_text"] for q in debugs])
