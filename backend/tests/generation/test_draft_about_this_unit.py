"""What the draft takes from a unit is about that unit: a worksheet's recap question on an earlier unit is left
out, and a debugging program practises what the unit's key words and objectives name. Small hand-built materials,
written for these tests."""

from __future__ import annotations

import random

from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.offline_worksheet import about_this_unit
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


def _asked(number: int, text: str, answer: str, where: str) -> dict:
    return {"number": number, "text": text, "answer": answer, "options": [], "source": "Lesson.pptx", "where": where}


# A Python unit on lists whose opening slide recaps an earlier unit's basics (input, variables) before today's topic.
LISTS = GenerationMaterials(
    unit_title="Lists in Python",
    objectives=[objective("LO1", "Store several values in a list"),
                objective("LO2", "Use an index to get one item of a list")],
    vocabulary=[{"term": "List", "definition": "a collection of values stored under one name, in order"},
                {"term": "Index", "definition": "the position of an item in a list, counting from 0"}],
    code_snippets=[{"language": "python", "title": "Lists",
                    "code": "colours = [\"red\", \"green\"]\nprint(colours[0])"}],
    text="A list keeps values in order. The index of the first item is 0.",
    passages=[*slide(2, "Do Now – 4 minutes", "What does the input() function give back?",
                     "Why do programs use variables?", "How many items can a list hold?"),
              *slide(3, "Lists", "A list keeps values in order", "The index of the first item is 0"),
              *slide(9, "Exit ticket", "Why is a loop useful in a program?")],
    questions=[_asked(1, "What does the input() function give back?", "What the user typed, as a string", "slide 2"),
               _asked(2, "Why do programs use variables?", "To keep values while the program runs", "slide 2"),
               _asked(3, "How many items can a list hold?", "As many as the memory allows", "slide 2"),
               _asked(1, "Why is a loop useful in a program?", "It repeats lines without writing them again",
                      "slide 9")],
)


def _about_lists() -> list[str]:
    ctx = BuildContext.for_materials(LISTS, random.Random(1))
    return [q["text"] for q in about_this_unit(ctx, LISTS.questions)]


def test_a_recap_question_that_names_only_what_every_program_has_is_left_out():
    kept = _about_lists()
    assert "What does the input() function give back?" not in kept, kept
    assert "Why do programs use variables?" not in kept, kept


def test_a_recap_question_that_names_the_units_own_key_word_is_kept():
    assert "How many items can a list hold?" in _about_lists()


def test_a_question_outside_a_recap_may_name_only_the_topic_it_teaches():
    assert "Why is a loop useful in a program?" in _about_lists()
