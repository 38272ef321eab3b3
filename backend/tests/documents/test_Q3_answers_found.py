"""Answers joined to their questions in more of the shapes teachers write them: answers in a lesson plan named
for something else ("Answers to the quiz:"), a run in the notes numbered with dashes ("Answers: 1 – … 2 – …"), a
mark scheme whose heading says more in brackets and whose answers say how the marks are given, and answers
written in under each question of an exit ticket."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import written_answers as _answers


def test_a_lesson_plan_answers_the_one_worksheet_that_asks_all_its_numbers():
    sheet = (
        "# Loops task\n\n## Check your understanding\n\n1. How many times does range(3) repeat?\n"
        "2. What does a while loop need to stop?\n3. What is an infinite loop?\n"
    )
    plan = (
        "Hi Sam,\n\nPlan for Thursday below.\n\nAnswers to the check your understanding qs:\n1) 3 times\n"
        "2) a condition that becomes False\n3) a loop that never stops\n\nThanks\nAlex\n"
    )
    answers = _answers({"README.md": sheet.encode(), "Cover plan from email.txt": plan.encode()})
    assert answers == {
        "How many times does range(3) repeat?": "3 times",
        "What does a while loop need to stop?": "a condition that becomes False",
        "What is an infinite loop?": "a loop that never stops",
    }


def test_slide_notes_that_number_a_run_of_answers_with_dashes():
    deck = f.new_pptx()
    f.content_slide(
        deck,
        "Plenary",
        ["1. Which layer of a drawing is drawn last?", "2. Why group shapes?"],
        notes="Mini whiteboards. Answers: 1 – the top one: it covers the rest. 2 – so they move together.",
    )
    answers = _answers({"Drawing.pptx": f.pptx_bytes(deck)})
    assert answers == {
        "Which layer of a drawing is drawn last?": "the top one: it covers the rest.",
        "Why group shapes?": "so they move together.",
    }


def test_a_mark_scheme_heading_with_a_long_note_in_brackets_answers_the_questions():
    sheet = f.new_docx()
    f.para(sheet, "1. State one right a data subject has. [1]")
    f.para(sheet, "2. Give one thing the regulator can do. [1]")
    f.para(sheet, "Mark scheme (teacher copy – please remove this page before printing!)", bold=True)
    f.para(sheet, "1. The right of access")
    f.para(sheet, "2. Fine the organisation")
    answers = _answers({"Law practice.docx": f.docx_bytes(sheet)})
    assert answers == {
        "State one right a data subject has.": "The right of access",
        "Give one thing the regulator can do.": "Fine the organisation",
    }


def test_how_a_mark_scheme_gives_its_marks_is_not_part_of_the_answer():
    sheet = (
        "# Exam practice\n\n1. Give two ways to keep data secure. [4]\n\n2. Explain what a fine is for. [2]\n\n"
        "# Mark scheme\n\n1. Two ways, 1 mark for the way and 1 for the description, e.g. use a password (1) "
        "so only staff can see it (1).\n\n2. To punish the organisation (1); to stop it happening again (1). "
        "Max 2.\n"
    )
    answers = _answers({"Security practice.md": sheet.encode()})
    assert answers["Give two ways to keep data secure."] == "e.g. use a password so only staff can see it.", (
        "how the marks are given, before the examples, is left out"
    )
    assert (
        answers["Explain what a fine is for."] == "To punish the organisation; to stop it happening again."
    ), "the most marks, after the answer, is left out"


def test_an_exit_ticket_with_an_answer_written_under_each_question():
    ticket = (
        "# Exit ticket\n\n1. Who wrote the first algorithm?\n\nAda Lovelace\n\n2. What replaced valves?\n\n"
        "transistors\n\n3. Why were early computers big?\n\nthey used thousands of valves\n"
    )
    assert _answers({"Flipchart.md": ticket.encode()}) == {
        "Who wrote the first algorithm?": "Ada Lovelace",
        "What replaced valves?": "transistors",
        "Why were early computers big?": "they used thousands of valves",
    }


def test_a_line_under_only_some_questions_is_not_their_answer():
    sheet = (
        "# Quiz\n\n1. Who wrote the first algorithm?\n\nThink about Babbage's friend.\n\n"
        "2. What replaced valves?\n\n3. Why were early computers big?\n\nLook at the photo.\n"
    )
    assert set(_answers({"Quiz.md": sheet.encode()}).values()) == {""}, (
        "hints under some questions: no pattern"
    )
