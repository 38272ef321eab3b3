"""Validate and repair: mechanical repairs first, then the question engine's check (which recomputes answers)."""

from __future__ import annotations

from app.services.ai.schemas import GeneratedQuestion
from app.services.generation.repair import check_and_repair, tidy_language
from app.utils.feedback import language_problems
from tests.generation import ai_answers


def fields(answer: dict) -> dict:
    return GeneratedQuestion.model_validate(answer).as_fields()


async def test_a_binary_answer_that_is_wrong_is_recomputed():
    checked = await check_and_repair(fields(ai_answers.binary(given="1010 1100", answer="170")))
    assert checked.ok
    assert checked.fields["config"]["correct_answer"] == "172"
    assert any("corrected to 172" in p["message"] for p in checked.problems)


async def test_five_options_are_trimmed_to_four_keeping_the_correct_one():
    question = fields(ai_answers.multiple_choice(options=5))
    question["config"]["options"].reverse()  # the correct option last, so trimming "the first four" would lose it
    checked = await check_and_repair(question)
    options = checked.fields["config"]["options"]
    assert checked.ok
    assert len(options) == 4
    assert [o["text"] for o in options if o["is_correct"]] == ["8 bits"]
    assert any("5 options" in r for r in checked.repairs)


async def test_all_of_the_above_and_extra_correct_options_are_removed():
    question = fields(ai_answers.multiple_choice(options=3))
    options = question["config"]["options"]
    options.append({"id": "o9", "text": "All of the above", "is_correct": False})
    options[1]["is_correct"] = True
    checked = await check_and_repair(question)
    texts = [o["text"] for o in checked.fields["config"]["options"]]
    assert checked.ok
    assert texts == ["8 bits", "16 bits"]


async def test_forbidden_feedback_words_are_reworded():
    question = fields(ai_answers.text_input())
    question["feedback"]["incorrect"] = "That is wrong. A bad guess failed."
    question["hint"] = "Do not give an incorrect spelling."
    checked = await check_and_repair(question)
    assert checked.ok
    for text in (*checked.fields["feedback"].values(), checked.fields["hint"]):
        assert not [p for p in language_problems(text) if "Uses the word" in p], text
    assert checked.fields["feedback"]["incorrect"] == "That is not right. A weak guess did not pass."
    assert tidy_language("Incorrectly placed.") == ("not quite right placed.", True)


async def test_missing_hint_and_feedback_get_plain_defaults():
    question = fields(ai_answers.ordering())
    question["hint"] = ""
    question["feedback"] = {"correct": "", "incorrect": "", "partial": ""}
    checked = await check_and_repair(question)
    assert checked.ok
    assert checked.fields["hint"]
    assert checked.fields["feedback"]["correct"].startswith("Correct!")
    assert checked.fields["feedback"]["partial"].startswith("Nearly there.")


async def test_a_trace_table_is_traced_and_its_cells_made_answerable():
    checked = await check_and_repair(fields(ai_answers.trace()))
    assert checked.ok, checked.problems
    rows = checked.fields["config"]["trace_rows"]
    assert rows[-1]["values"] == {"total": "6", "i": "3"}
    assert len(rows) == 7
    assert checked.fields["config"]["cells_to_fill"] == [{"step": 7, "variable": "total"}]


async def test_trace_cells_that_name_no_value_are_replaced():
    question = fields(ai_answers.trace())
    question["config"]["cells_to_fill"] = [{"step": 1, "variable": "i"}, {"step": 40, "variable": "total"}]
    checked = await check_and_repair(question)
    assert checked.ok
    assert checked.fields["config"]["cells_to_fill"] == [{"step": 7, "variable": "total"}, {"step": 7, "variable": "i"}]
    assert any("cells to fill" in r for r in checked.repairs)


async def test_python_tests_that_disagree_with_the_reference_are_recomputed_by_running_it():
    question = fields(ai_answers.python())
    question["config"]["test_cases"][1]["expected"] = "11"  # double(5) is 10
    checked = await check_and_repair(question)
    assert checked.ok, checked.problems
    assert [t["expected"] for t in checked.fields["config"]["test_cases"]] == ["4", "10"]
    assert any("running it" in r for r in checked.repairs)


async def test_a_reference_solution_that_crashes_stays_an_error():
    question = fields(ai_answers.python())
    question["config"]["reference_solution"] = "def double(n):\n    return n * undefined_name\n"
    checked = await check_and_repair(question)
    assert not checked.ok
    assert any("reference solution" in p["message"].lower() for p in checked.errors)


async def test_an_unanswerable_scaffold_is_dropped_and_the_question_kept():
    question = fields(ai_answers.binary())
    question["scaffold"] = {"type": "multiple_choice", "question_text": "Easier?", "hint": None,
                            "config": {"type": "multiple_choice", "options": [{"id": "a", "text": "1"}]}}
    checked = await check_and_repair(question)
    assert checked.ok
    assert checked.fields["scaffold"] is None
    assert any("easier version" in r for r in checked.repairs)


async def test_a_malformed_config_is_an_error_not_a_crash():
    question = fields(ai_answers.ordering())
    question["config"]["items"] = "Input, Process, Output"
    checked = await check_and_repair(question)
    assert not checked.ok
    assert checked.errors[0]["field"] == "config"


async def test_computed_truth_replaces_authored_logic_outputs():
    answer = ai_answers.logic()
    answer["config"]["truth_table"][3]["output"] = 0  # 1 AND 1 is 1
    checked = await check_and_repair(fields(answer))
    assert checked.ok
    assert [row["output"] for row in checked.fields["config"]["truth_table"]] == [0, 0, 0, 1]
