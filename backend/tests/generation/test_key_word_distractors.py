"""A unit whose documents define only two key words still gets a question choosing the word for a meaning: the
wrong options are its other key words, named as key words though not defined. A heading asked as a question is
never offered as a key word. Small hand-built materials, written for these tests."""

from __future__ import annotations

import random

from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline_words import vocabulary_choice
from tests.generation.test_topics import objective, slide

BACKUPS = GenerationMaterials(
    unit_title="Keeping files safe",
    objectives=[objective("LO1", "Explain why we back up our files")],
    vocabulary=[
        {"term": "Backup", "definition": "a copy of a file kept somewhere else in case the first is lost"},
        {"term": "Cloud storage", "definition": "saving files on a company's servers over the internet"},
        {"term": "Ransomware", "definition": ""},
        {"term": "Hard drive", "definition": ""},
    ],
    text="A backup is a copy of a file. Ransomware locks your files. A hard drive can fail.",
    passages=[
        *slide(
            2,
            "What can go wrong?",
            "Ransomware locks your files until you pay",
            "A hard drive can fail without warning",
        )
    ],
)


def _word_choice() -> dict | None:
    return vocabulary_choice(BuildContext.for_materials(BACKUPS, random.Random(3)), 2)


def test_a_unit_with_two_meanings_gets_a_question_choosing_the_word_for_one():
    made = _word_choice()
    assert made is not None, "the word for a meaning, with the unit's other key words as wrong options"
    assert made["question_text"].startswith("Which key word means"), made["question_text"]


def test_the_wrong_options_are_the_units_other_key_words():
    options = {o["text"] for o in _word_choice()["config"]["options"]}
    assert options <= {"Backup", "Cloud storage", "Ransomware", "Hard drive"}, options


def test_a_heading_asked_as_a_question_is_never_an_option():
    options = {o["text"] for o in _word_choice()["config"]["options"]}
    assert "What can go wrong" not in options, options
