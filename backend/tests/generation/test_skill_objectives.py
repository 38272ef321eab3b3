"""An objective that names a skill ("Use a formula to…", "Work out…") is asked as a written question on how to do
it when a slide of the unit teaches it, so a unit whose objectives are all skills still gets a written answer from
its own teaching; with no slide about it, no such question is made. Small hand-built materials, written for these
tests."""

from __future__ import annotations

import random

from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline_passages import explain_objective
from tests.generation.test_topics import objective, slide

FORMULAS = GenerationMaterials(
    unit_title="Spreadsheet formulas",
    objectives=[objective("LO1", "Use a formula to add up a column of numbers")],
    vocabulary=[{"term": "Formula", "definition": "a calculation typed into a cell"}],
    text="A formula always begins with an equals sign. The SUM function adds up every number in a range of cells.",
    passages=slide(
        4,
        "Adding up",
        "A formula always begins with an equals sign",
        "The SUM function adds up every number in a column or a range of cells",
        "A range such as B2:B9 names the first and the last cell of the column",
    ),
)


def test_a_skill_objective_is_asked_as_how_to_do_it_when_a_slide_teaches_it():
    made = explain_objective(BuildContext.for_materials(FORMULAS, random.Random(1)), 4)
    assert made is not None, "a written question from the skill objective"
    assert made["question_text"].startswith("Explain how to use a formula to add up a column of numbers"), (
        made["question_text"]
    )


def test_the_how_to_questions_mark_scheme_is_the_slides_teaching():
    made = explain_objective(BuildContext.for_materials(FORMULAS, random.Random(1)), 4)
    scheme = [c["criterion"] for c in made["config"]["marking_guide"]["mark_scheme"]]
    assert any("equals sign" in criterion for criterion in scheme), scheme


def test_a_skill_objective_no_slide_teaches_makes_no_written_question():
    bare = GenerationMaterials(
        unit_title="Spreadsheet formulas",
        objectives=FORMULAS.objectives,
        vocabulary=FORMULAS.vocabulary,
        text="Open the sheet from the shared area.",
        passages=slide(1, "Today", "Open the sheet from the shared area"),
    )
    assert explain_objective(BuildContext.for_materials(bare, random.Random(1)), 4) is None
