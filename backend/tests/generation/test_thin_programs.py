"""A unit taught through its own program: a walkthrough listing printed with its line numbers, whose comments explain
the key words, beside an exam sheet — where the readers found one key word. The draft is still whole, asks about
the unit's own program and words, and never fills up with made-up programs about something else. Small hand-built
materials, written for these tests."""

from __future__ import annotations

import ast
import random

from app.services.generation import offline_code, offline_computing
from app.services.generation.code_language import language_of, lesson_code
from app.services.generation.context import BuildContext
from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.passages import program_passages
from app.services.generation.quality import unit_problems
from tests.generation.test_topics import objective, slide

LISTING = """\
  1  \"\"\"
  2  Year 9 - Stock checker (lesson 2 of 3)
  4  Learning objectives:
  5    * explain why a stock program should check what the user types in
  6    * describe how a password check protects the stock list
  7  \"\"\"
  9  # STOCK LEVEL = how many of an item the shop has left, kept for every item the shop sells.
 10  # REORDER POINT: the stock level at which the shop orders more of an item,
 11  #   so that the shelf is never empty.
 12  # Password check -> comparing what the user types with the stored password before they are let in.
 14  STOCK = {"pens": 40, "rulers": 12}
 15  REORDER = {"pens": 10, "rulers": 5}
 18  def needs_order(item):
 19      # Lead time - the number of days a supplier takes to deliver an order.
 20      if STOCK[item] <= REORDER[item]:
 21          return True
 22      return False
 25  def sell(item, amount):
 26      # Barcode = the pattern of lines the till reads to know which item is being sold.
 27      STOCK[item] = STOCK[item] - amount
 28      if needs_order(item):
 29          print("Order more", item)
 30      return STOCK[item]
"""
EXAM = slide(2, "Questions", "Describe what is meant by a reorder point. [2]",
             "Explain why the program checks the password before showing the stock list. [2]",
             "Stock control keeps track of how many of each item a shop has left.",
             "A stock control program can order more of an item automatically when the stock level is low.",
             "Shops use a barcode scanner at the till so the stock level changes as soon as an item is sold.",
             file="Stock exam practice.docx")


def program_unit(**changes) -> GenerationMaterials:
    snippet = {"language": "python", "code": LISTING, "title": "", "source": "stock_walkthrough.pdf",
               "where": "page 1"}
    values = {"unit_title": "Stock control", "vocabulary": [{"term": "Barcode", "definition": ""}],
              "code_snippets": [snippet], "passages": EXAM + program_passages(snippet),
              "text": "\n".join(p["text"] for p in EXAM)}
    return GenerationMaterials(**{**values, **changes})


# --- the program ------------------------------------------------------------------------------------------------

def test_a_listing_printed_with_line_numbers_is_read_as_its_program():
    code = lesson_code({"language": "python", "code": LISTING, "title": ""})
    ast.parse(code)
    assert code.splitlines()[-1] == "    return STOCK[item]"
    assert language_of({"language": "python", "code": LISTING, "title": ""}) == "python"


def test_code_whose_lines_are_not_all_numbered_is_left_as_it_is():
    code = "for number in range(3):\n    print(number)\n10 + 2"
    assert lesson_code({"language": "python", "code": code, "title": ""}) == code


def test_a_programs_comments_and_docstring_are_read_as_its_teaching():
    texts = [p["text"] for p in program_passages(program_unit().code_snippets[0])]
    assert "REORDER POINT: the stock level at which the shop orders more of an item, so that the shelf is never " \
           "empty." in texts
    assert "Password check – comparing what the user types with the stored password before they are let in." in texts
    aims = [p for p in program_passages(program_unit().code_snippets[0]) if p["heading"] == "Learning objectives"]
    assert [p["text"] for p in aims][:1] == ["explain why a stock program should check what the user types in"]


def test_the_key_words_a_programs_comments_define_are_the_units_key_words():
    _model, facts = unit_model(program_unit())
    meanings = {f.term: f.definition for f in facts}
    assert meanings.get("Stock level") == "How many of an item the shop has left, kept for every item the shop sells"
    assert {"Reorder point", "Password check", "Lead time", "Barcode"} <= set(meanings), meanings


async def test_a_unit_taught_through_its_own_program_gets_a_whole_varied_draft():
    draft = await generate_offline(program_unit(), DraftRequest(num_questions=12), seed=1, runner_enabled=False)
    types = {q["type"] for q in draft.questions}
    assert len(draft.questions) == 12, [q["question_text"] for q in draft.questions]
    assert len(types) >= 4, types
    assert types & {"parsons", "code_completion"}, types


async def test_a_programs_own_puzzles_and_its_stated_aims_are_about_the_unit():
    materials = program_unit()
    model, _facts = unit_model(materials)
    draft = await generate_offline(materials, DraftRequest(num_questions=12), seed=2, runner_enabled=False)
    assert [(q["question_text"], p) for q in draft.questions for p in unit_problems(q, model)] == []
    written = [q["question_text"] for q in draft.questions if q["type"] == "extended_text"]
    assert any(text.startswith("Explain why a stock program should check") for text in written), written


# --- made-up programs -------------------------------------------------------------------------------------------

def test_a_unit_using_python_for_something_else_gets_no_made_up_programs():
    ctx = BuildContext.for_materials(program_unit(), random.Random(1), runner_enabled=True)
    assert offline_computing.code_debug(ctx, 4) is None
    assert offline_computing.python_function(ctx, 4) is None


def test_a_unit_whose_objectives_name_a_programming_idea_still_gets_made_up_programs():
    loops = program_unit(objectives=[objective("LO1", "Use a for loop to repeat code")])
    ctx = BuildContext.for_materials(loops, random.Random(1), runner_enabled=True)
    assert offline_computing.code_debug(ctx, 5) is not None


def test_a_fill_in_the_code_puzzle_is_made_from_a_part_of_a_long_lesson_program():
    ctx = BuildContext.for_materials(program_unit(), random.Random(1))
    puzzle = offline_code.code_completion(ctx, 3)
    assert puzzle is not None
    template = puzzle["config"]["code_template"]
    assert "STOCK[item]" in template, template
    assert "{{BLANK_1}}" in template
