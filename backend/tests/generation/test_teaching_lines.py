"""Which lines of a unit's documents the generator treats as teaching, and how it words what it builds from the
rest: objectives become questions to the pupil, a numbered or emoji-topped heading still names its topic, emphasis
capitals are not shouting, and an objective is gapped only where the gap can be worked out. Small hand-built
materials, written for these tests."""

from __future__ import annotations

import random
import re

import pytest

from app.services.generation import offline_words as wording
from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.phrases import heading_phrases, line_definition, usable_phrase
from app.services.generation.teaching_text import is_lesson_label, teaching_sentence, written_task
from app.services.generation.topics import build_topic_model
from app.services.generation.unfit_text import answer_problem, calm_capitals
from tests.generation.test_topics import objective, slide


@pytest.mark.parametrize(("aim", "asked"), [
    ("I can explain how my password keeps my account safe", "Explain how your password keeps your account safe"),
    ("🏅 Level 2 – I can describe what a router does", "Describe what a router does"),
    ("Know how to back up a file", "Explain how to back up a file"),
    ("Understand the parts of a spreadsheet", "Describe the parts of a spreadsheet"),
    ("Recognise different kinds of storage", "Describe different kinds of storage"),
    ("To be able to compare two search engines", "Compare two search engines"),
])
def test_an_objective_becomes_a_written_question_to_the_pupil(aim, asked):
    assert written_task(aim) == asked


@pytest.mark.parametrize("aim", ["Draw the symbols for the AND and OR gates", "Use a formula to add up a column",
                                 "Write a balanced answer to a six-mark question"])
def test_an_objective_that_is_a_skill_is_no_written_question(aim):
    assert written_task(aim) is None


@pytest.mark.parametrize(("heading", "names"), [
    ("3. Routers and switches", ("Routers", "switches")),
    ("2. What is a firewall?", ("firewall",)),
    ("Spreadsheet formulas 🧮", ("Spreadsheet formulas",)),
])
def test_a_numbered_or_decorated_heading_still_names_its_topic(heading, names):
    assert heading_phrases(heading) == names


@pytest.mark.parametrize("heading", ["WORD CHECK", "Today’s missions", "Across", "Down", "Fun facts", "Boss level",
                                     "Where to get help", "Spot the scam", "Help a friend", "Story tracker",
                                     "Key Word Frayer Models", "Mark scheme"])
def test_a_heading_that_labels_a_part_of_the_lesson_names_no_topic(heading):
    assert heading_phrases(heading) == ()
    assert is_lesson_label(heading)


def test_a_question_to_the_class_names_no_topic():
    assert heading_phrases("What do these have in common?") == ()


@pytest.mark.parametrize("heading", ["Firewalls", "Range check", "Types of sensor", "Online games", "Primary key"])
def test_a_heading_that_names_a_topic_is_no_label(heading):
    assert not is_lesson_label(heading)


@pytest.mark.parametrize("name", ["Mrs Evans (DSL)", "Input → Process → Output"])
def test_a_person_or_a_flow_of_things_is_no_key_phrase(name):
    assert not usable_phrase(name)


@pytest.mark.parametrize("line", [
    "If Jo shares the photo, go to 12.",
    "Correct answer: the router reads the address.",
    "Most common wrong answer: a switch connects networks.",
    "19 / 27 correct responses for this question",
    "A table of all the errors in a program 3 (11.1%)",
    "🎮 Level 1 – I can name three parts of a network",
    "Topic: routers and switches in a school network",
    "Don't make videos play automatically on a web page.",
    "The number of marks for each question is shown in brackets.",
    "Printed key word cards are in the blue tray by the door.",
    "Works offline / runs faster / can use the camera",
    "Routers read addresses (1) and send packets on (1).",
])
def test_a_line_that_is_not_teaching_is_no_teaching_sentence(line):
    assert not teaching_sentence(line)


def test_a_sentence_of_a_task_is_no_teaching_sentence():
    task = "Sam keeps every photo on one memory stick. Explain why Sam should back up the photos. [4 marks]"
    assert not teaching_sentence("Sam keeps every photo on one memory stick.", passage=task)
    assert teaching_sentence("A backup is a second copy of a file kept somewhere else.")


def test_a_word_in_capitals_for_emphasis_is_calmed_but_shouting_is_not():
    assert calm_capitals("Check the data BEFORE the program uses it") == "Check the data before the program uses it"
    assert calm_capitals("FREE IPHONE WINNER CLICK NOW") == "FREE IPHONE WINNER CLICK NOW"
    assert answer_problem(calm_capitals("Validation checks the data BEFORE the program stores it")) is None


def test_a_definition_line_in_capitals_names_its_word_in_ordinary_letters():
    assert line_definition("PRESENCE CHECK – makes sure that something has been typed into a box") == (
        "Presence check", "makes sure that something has been typed into a box")


def test_pseudocode_keywords_labels_and_a_programs_names_are_no_key_phrases():
    materials = GenerationMaterials(
        unit_title="Algorithms", text="FOR i = 1 TO 10\nNEXT i\nFOR j = 1 TO 5\nNEXT j\n🌶 HOT task\nHOT challenge\n"
                                      "```\nUSERS = {}\nUSERS['a'] = 1\n```\nThe CPU runs it. The CPU is fast.")
    phrases = {p.text for p in build_topic_model(materials).phrases}
    assert "CPU" in phrases
    assert not phrases & {"FOR", "NEXT", "HOT", "USERS"}, phrases


# --- gaps in objectives ------------------------------------------------------------------------------------------

def _objective_gaps(*texts: str) -> list[str]:
    materials = GenerationMaterials(
        unit_title="Networks", objectives=[objective(f"LO{n}", t) for n, t in enumerate(texts, 1)],
        vocabulary=[{"term": "Router", "definition": "sends packets between networks"},
                    {"term": "Local area network (LAN)", "definition": "a network on one site"},
                    {"term": "Switch", "definition": "connects devices on one network"}])
    ctx = BuildContext.for_materials(materials, random.Random(1))
    made = []
    while (question := wording.objective_gap_fill(ctx, 2)) is not None:
        made.append(question["question_text"])
    return made


def test_an_objective_is_gapped_where_the_rest_of_it_gives_the_word_away():
    made = _objective_gaps("Explain how a router sends packets between two networks")
    assert len(made) == 1, made
    assert re.fullmatch(r'Fill in the gap with the missing key word\.\n"Explain how a (?:router|_____) sends packets '
                        r'between two (?:networks|_____)\."', made[0]), made
    assert made[0].count("_____") == 1


@pytest.mark.parametrize("text", ["Describe what is meant by a router", "Explain what a switch does",
                                  "Write a short report on how a router works in a home",
                                  "Compare a LAN with the network at home and at school"])
def test_an_objective_with_nothing_to_work_the_gap_out_from_is_not_gapped(text):
    assert _objective_gaps(text) == []


# --- written answers --------------------------------------------------------------------------------------------

async def test_a_unit_of_objectives_only_gets_the_written_answers_it_asked_for_rather_than_a_short_draft():
    materials = GenerationMaterials(
        unit_title="Networks", passages=slide(1, "Networks", "Networks connect computers together."),
        objectives=[objective("LO1", "Explain why schools use a network"),
                    objective("LO2", "Describe how data travels across a network"),
                    objective("LO3", "Explain the job of a router in a network"),
                    objective("LO4", "Describe two ways to keep a network secure")])
    draft = await generate_offline(materials, DraftRequest(num_questions=3), seed=1, runner_enabled=False)
    assert len(draft.questions) == 3, draft.warnings
    assert {q["type"] for q in draft.questions} == {"extended_text"}
