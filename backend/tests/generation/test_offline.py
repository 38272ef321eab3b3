"""The offline generator on real extracted lesson documents: a draft that passes the question engine's check,
varied, in progression, with hints and calm feedback — the same draft for the same seed."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from app import question_types as engine
from app import sandbox
from app.question_types import binary_convert
from app.services import documents
from app.services.generation import offline_passages as passages
from app.services.generation import quality
from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials, load_materials
from app.services.generation.offline import (
    DraftRequest,
    generate_offline,
    read_instructions,
    regenerate_offline,
)
from app.utils.feedback import language_problems
from tests.documents import builders
from tests.generation.conftest import extracted
from tests.generation.test_topics import slide


def fixture_materials() -> GenerationMaterials:
    """The documents fixtures (a Word lesson plan and PowerPoint slides), merged as the app merges them."""
    merged = documents.merge(extracted(("Lesson 1.docx", builders.lesson_plan_docx()),
                                       ("Lesson 3.pptx", builders.slides_pptx())))
    return GenerationMaterials(
        unit_title="Data and programming", year_group=7,
        objectives=[{"code": o["code"], "text": o["text"], "id": None, "strands": []} for o in merged.objectives],
        vocabulary=[{"term": v["term"], "definition": v["definition"]} for v in merged.vocabulary],
        sequences=merged.sequences, code_snippets=merged.code_snippets, text=merged.text)


def assert_follows_the_rules(questions: list[dict], low: int = 1, high: int = 5) -> None:
    types = [q["type"] for q in questions]
    assert len(set(types)) >= 4, types
    assert not quality.runs(types), types
    n = len(questions)
    k = quality.edge_count(n)
    early, late = quality.progression_bounds(low, high)
    assert all(q["difficulty"] <= early for q in questions[:k]), [q["difficulty"] for q in questions]
    assert all(q["difficulty"] >= late for q in questions[-k:]), [q["difficulty"] for q in questions]
    for q in questions:
        assert q["hint"].strip(), q
        assert q["feedback"]["correct"].startswith("Correct!")
        assert q["feedback"]["incorrect"].startswith("Not quite.")
        for text in (*q["feedback"].values(), q["hint"], q["question_text"]):
            assert not language_problems(text), (text, language_problems(text))
        assert q["objective_code"], q
        assert q["strands"], q


@pytest.mark.parametrize("count", [5, 10, 16])
async def test_draft_from_the_fixtures_passes_the_engine_with_variety_and_progression(count):
    draft = await generate_offline(fixture_materials(), DraftRequest(num_questions=count), seed=7)
    assert len(draft.questions) == count
    assert not draft.warnings
    assert_follows_the_rules(draft.questions)
    for question in draft.questions:
        result = await engine.check(question["config"], sandbox=sandbox)
        assert result.ok, (question["type"], result.errors)
        # Every question can be answered: the engine's own example answer gets full marks.
        mark = await engine.mark(question["config"], engine.example_answer(question["config"]),
                                 question["points"], sandbox=sandbox)
        assert mark.is_correct or mark.awaiting_marking, (question["type"], mark)
    assert quality.draft_problems(draft.questions, requested=count) == []


async def test_the_same_seed_gives_the_same_draft_and_another_seed_another():
    materials = fixture_materials()
    first = await generate_offline(materials, DraftRequest(num_questions=10), seed=123)
    again = await generate_offline(fixture_materials(), DraftRequest(num_questions=10), seed=123)
    other = await generate_offline(materials, DraftRequest(num_questions=10), seed=124)
    assert first.questions == again.questions
    assert first.questions != other.questions


async def test_answers_are_computed_not_copied():
    draft = await generate_offline(fixture_materials(), DraftRequest(num_questions=12, required_types=[
        "binary_convert", "logic_gates", "trace_table"]), seed=3)
    by_type = {q["type"]: q for q in draft.questions}
    binary = by_type["binary_convert"]["config"]
    source, target = binary_convert.systems(binary["conversion_type"])
    value = binary_convert.parse_number(binary["given_value"], source)
    assert binary["correct_answer"] == binary_convert.format_number(value, target)
    trace = by_type["trace_table"]["config"]
    report = await sandbox.trace_program(trace["code"], trace["variables"])
    assert [row["values"] for row in trace["trace_rows"]] == report.rows
    assert all(row["output"] in (0, 1) for row in by_type["logic_gates"]["config"]["truth_table"])


async def test_required_and_excluded_types_and_the_difficulty_range_are_respected():
    request = DraftRequest(num_questions=8, difficulty_min=1, difficulty_max=3,
                           required_types=["ordering", "code_completion"],
                           excluded_types=["multiple_choice", "python_code"])
    draft = await generate_offline(fixture_materials(), request, seed=11)
    types = Counter(q["type"] for q in draft.questions)
    assert types["ordering"] >= 1
    assert types["code_completion"] >= 1
    assert types["multiple_choice"] == 0
    assert types["python_code"] == 0
    assert all(1 <= q["difficulty"] <= 3 for q in draft.questions)
    assert_follows_the_rules(draft.questions, 1, 3)


async def test_instructions_ask_for_counts_and_conversions():
    hints = read_instructions("Focus on binary to decimal; include two Python questions. Make it easier.")
    assert hints.counts == {"python_code": 2}
    assert hints.conversion == "binary_to_decimal"
    assert hints.shift == -1
    draft = await generate_offline(fixture_materials(), DraftRequest(
        num_questions=10, instructions="Focus on binary to decimal; include two Python questions"), seed=5)
    types = Counter(q["type"] for q in draft.questions)
    assert types["python_code"] >= 2
    conversions = {q["config"]["conversion_type"] for q in draft.questions if q["type"] == "binary_convert"}
    assert conversions == {"binary_to_decimal"}


async def test_thin_materials_give_a_smaller_draft_and_say_why():
    thin = GenerationMaterials(unit_title="Staying safe", objectives=[
        {"code": "LO1", "text": "Describe how to keep a password safe", "id": None, "strands": ["SS"]}],
        vocabulary=[{"term": "Password", "definition": "a secret word that lets you into an account"}])
    draft = await generate_offline(thin, DraftRequest(num_questions=6), seed=1)
    assert len(draft.questions) < 6
    assert any("enough for" in w for w in draft.warnings)
    for question in draft.questions:
        assert (await engine.check(question["config"], sandbox=sandbox)).ok


async def test_parametric_computing_questions_stay_on_the_units_topics():
    safety = GenerationMaterials(unit_title="Online safety", text="Keep your password private. Tell an adult.",
                                 vocabulary=[{"term": t, "definition": d} for t, d in [
                                     ("Password", "a secret word that lets you into an account"),
                                     ("Phishing", "a message that tries to trick you into giving away details"),
                                     ("Privacy", "keeping your personal information to yourself"),
                                     ("Malware", "software made to harm a computer"),
                                     ("Firewall", "a barrier that checks traffic coming into a network")]])
    draft = await generate_offline(safety, DraftRequest(num_questions=5), seed=2)
    assert {q["type"] for q in draft.questions} <= {"multiple_choice", "matching", "text_input", "multiple_select",
                                                     "ordering"}


async def test_a_unit_about_loops_gets_loop_programs_not_every_python_template():
    loops = GenerationMaterials(
        unit_title="Loops in Python",
        text="Knowledge Organiser: Loops in Python\nIteration – repeating a section of code.\nA for loop repeats a "
             "set number of times. A while loop repeats while a condition is True.\nfor count in range(1, 6):\n"
             "    print(count)",
        vocabulary=[{"term": t, "definition": d} for t, d in [
            ("Iteration", "repeating a section of code"),
            ("For loop", "a count-controlled loop: it repeats a set number of times"),
            ("While loop", "a condition-controlled loop: it repeats while a condition is True"),
            ("Range", "gives the numbers a for loop counts through")]],
        code_snippets=[{"code": "for count in range(1, 6):\n    print(count)", "language": "python",
                        "context": "Code examples"}])
    draft = await generate_offline(loops, DraftRequest(num_questions=15), seed=3)
    programs = [q for q in draft.questions if q["type"] in ("python_code", "trace_table", "code_debug")]
    assert programs
    for q in programs:
        code = q["config"].get("reference_solution") or q["config"].get("code") or q["config"].get("correct_code")
        assert "for " in code or "while " in code, (q["question_text"], code)  # never add(a, b) or greet(name)
    assert not any("Knowledge Organiser" in q["question_text"] for q in draft.questions)  # a title, not a sentence


CAESAR = """message = input("Enter your message: ").upper()
key = int(input("Enter the key: "))
secret = ""
for letter in message:
    if letter.isalpha():
        number = ord(letter) - 65
        number = (number + key) % 26
        secret = secret + chr(number + 65)
    else:
        secret = secret + letter
print(secret)"""


async def test_a_lesson_program_too_long_for_a_puzzle_gives_its_loop_rather_than_a_made_up_program():
    cipher = GenerationMaterials(
        unit_title="Secret messages",
        vocabulary=[{"term": "Caesar cipher", "definition": "a cipher that shifts every letter the same number of "
                                                            "places along the alphabet"}],
        code_snippets=[{"code": CAESAR, "language": "python", "title": "A Caesar cipher in Python"}])
    draft = await generate_offline(cipher, DraftRequest(num_questions=1, required_types=["parsons"]), seed=1)
    (puzzle,) = draft.questions
    assert puzzle["question_text"].startswith("Put the lines of part of the Python program from the lesson")
    lines = {block["code"] for block in puzzle["config"]["blocks"] if not block["is_distractor"]}
    assert "for letter in message:" in lines and "print(secret)" not in lines


async def test_regenerate_offline_keeps_or_changes_the_type_and_follows_easier():
    materials = fixture_materials()
    draft = await generate_offline(materials, DraftRequest(num_questions=10, required_types=["binary_convert"]),
                                   seed=9)
    binary = next(q for q in draft.questions if q["type"] == "binary_convert")
    same = (await regenerate_offline(materials, binary, keep_type=True, instructions="", seed=1,
                                     neighbour_types=[])).fields
    assert same["type"] == "binary_convert"
    assert same["config"] != binary["config"]
    current = next(q for q in draft.questions if q["difficulty"] == 3)
    other = (await regenerate_offline(materials, current, keep_type=False, instructions="make it easier", seed=2,
                                      neighbour_types=["multiple_choice"])).fields
    assert other["type"] not in (current["type"], "multiple_choice")
    assert other["difficulty"] <= current["difficulty"]
    assert (await engine.check(other["config"], sandbox=sandbox)).ok


def test_target_difficulties_rise_with_easy_starts_and_hard_ends():
    assert quality.target_difficulties(10) == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    assert quality.target_difficulties(5, 2, 4) == [2, 3, 3, 4, 4]
    assert quality.target_difficulties(1) == [3]


def test_arrange_orders_by_difficulty_and_breaks_long_runs():
    questions = [{"type": "multiple_choice", "difficulty": 2}] * 5 + [{"type": "matching", "difficulty": 2},
                                                                      {"type": "ordering", "difficulty": 1}]
    arranged = quality.arrange([dict(q) for q in questions])
    assert arranged[0]["type"] == "ordering"
    assert not quality.runs([q["type"] for q in arranged])


async def test_load_materials_prefers_the_teachers_corrections(session, unit_with_objectives):
    unit_with_objectives.vocabulary = [{"term": "Bit", "definition": "a 0 or a 1"}]
    await session.flush()
    materials = await load_materials(session, unit_with_objectives.id)
    assert [o["code"] for o in materials.objectives] == ["LO1", "LO2"]
    assert materials.objectives[0]["id"]
    assert [(v["term"], v["definition"]) for v in materials.vocabulary] == [("Bit", "a 0 or a 1")]
    assert materials.vocabulary[0]["source"] == "Lesson 1.docx"  # the document that defines it, for citing
    assert materials.sequences
    assert materials.code_snippets
    assert "Lesson 1.docx" in materials.sources
    assert materials.objective_id("lo2") == materials.objectives[1]["id"]


CLOUD_CODE = """photos = 2500
size_mb = 3.2   # average size of one photo
total_gb = photos * size_mb / 1000
print("You need", total_gb, "GB")"""


async def test_a_lesson_program_that_can_be_traced_is_the_trace_table():
    cloud = GenerationMaterials(
        unit_title="Cloud computing",
        vocabulary=[{"term": "Cloud storage", "definition": "saving files on servers online"}],
        code_snippets=[{"code": CLOUD_CODE, "language": "python", "title": "Code corner"}])
    draft = await generate_offline(cloud, DraftRequest(num_questions=1, required_types=["trace_table"]), seed=1)
    (trace,) = draft.questions
    assert trace["question_text"].startswith("This program is from the lesson ('Code corner').")
    assert trace["config"]["code"] == CLOUD_CODE + "\n"
    assert trace["config"]["variables"] == ["photos", "size_mb", "total_gb"]


async def test_a_made_up_trace_practises_what_the_key_words_name_not_what_the_text_mentions():
    lists = GenerationMaterials(
        unit_title="Lists",
        text="So far every variable you have made holds one value. A list holds many.",
        vocabulary=[{"term": t, "definition": d} for t, d in [
            ("List", "a collection of items stored in order under one name"),
            ("For loop", "a loop that runs once for each item in a list"),
            ("Iteration", "doing the same thing to each item in turn")]])
    for seed in range(4):
        draft = await generate_offline(lists, DraftRequest(num_questions=1, required_types=["trace_table"]),
                                       seed=seed)
        (trace,) = draft.questions
        assert "for " in trace["config"]["code"] or "while " in trace["config"]["code"], trace["config"]["code"]


async def test_a_made_up_trace_in_a_unit_on_selection_chooses_with_if_and_elif():
    selection = GenerationMaterials(
        unit_title="Selection",
        objectives=[{"code": "LO1", "text": "Use if, elif and else to choose between paths", "id": None,
                     "strands": []}],
        vocabulary=[{"term": "Selection", "definition": "choosing which lines of code run, depending on a condition"},
                    {"term": "Condition", "definition": "a question whose answer is True or False"}])
    for seed in range(4):
        draft = await generate_offline(selection, DraftRequest(num_questions=1, required_types=["trace_table"]),
                                       seed=seed)
        (trace,) = draft.questions
        assert "elif " in trace["config"]["code"], trace["config"]["code"]


def test_a_section_of_steps_for_the_pupil_is_not_a_topic_to_describe():
    setup = slide(2, "Setup", "Click the assignment link in the Teams channel and accept it.",
                  "Open main.py in Replit and press Run to see the shopping list.",
                  "When you finish a task, open the Git tab and type a commit message.")
    lists = slide(3, "Lists", "A list stores many values in order under one name.",
                  "Each value in a list has an index that starts at 0.")
    materials = GenerationMaterials(unit_title="Lists", passages=setup + lists)
    ctx = BuildContext.for_materials(materials, random.Random(1))
    described = [passages.describe_topic(ctx, 4) for _ in range(3)]
    assert [q["question_text"] for q in described if q] == [
        "Describe what is meant by 'Lists'. Write 2 to 5 sentences."]

