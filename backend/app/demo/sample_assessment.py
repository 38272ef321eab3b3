"""The demo school's sample assessment: one question of each of the 14 types, for 7A.

Every question goes through the same checks as a teacher's save (computed truth, reference solutions run in the
sandbox), with hints, easier versions where they help, inclusive feedback and a gentle difficulty progression."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import (
    AnswerRelease,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    LearningObjective,
    Question,
    SchoolClass,
    Unit,
    User,
    utcnow,
)
from app.services.authoring.questions import check_question, refresh_totals

TITLE = "Programming essentials and binary: check your understanding"


QUESTIONS: list[dict] = [
    {
        "type": "multiple_choice",
        "objective": "LO5",
        "strands": ["DI"],
        "difficulty": 1,
        "time": 45,
        "question_text": "How many bits are in one byte? Select ONE answer.",
        "config": {
            "type": "multiple_choice",
            "options": [
                {"id": "a", "text": "8 bits", "is_correct": True},
                {"id": "b", "text": "4 bits", "is_correct": False,
                 "distractor_feedback": "4 bits is half a byte. It is called a nibble."},
                {"id": "c", "text": "16 bits", "is_correct": False},
                {"id": "d", "text": "2 bits", "is_correct": False},
            ],
            "shuffle_options": True,
        },
        "hint": "A byte is the size of one character such as the letter A.",
        "feedback": {"correct": "One byte is 8 bits.", "incorrect": "Each bit is a 0 or a 1. A byte is a bigger group of bits than a nibble."},
    },
    {
        "type": "matching",
        "objective": "LO1",
        "strands": ["PG", "AL"],
        "difficulty": 1,
        "time": 90,
        "question_text": "Match each word to what it means.",
        "config": {
            "type": "matching",
            "left_items": [
                {"id": "l1", "text": "Variable"},
                {"id": "l2", "text": "Selection"},
                {"id": "l3", "text": "Iteration"},
            ],
            "right_items": [
                {"id": "r1", "text": "A named place that stores a value which can change"},
                {"id": "r2", "text": "Choosing which instructions to run using a condition"},
                {"id": "r3", "text": "Repeating a set of instructions"},
                {"id": "r4", "text": "Showing a result on the screen"},
            ],
            "correct_pairs": [{"left": "l1", "right": "r1"}, {"left": "l2", "right": "r2"},
                              {"left": "l3", "right": "r3"}],
            "shuffle_right": True,
        },
        "hint": "Iteration sounds a bit like 'repeat it'.",
        "feedback": {"correct": "You matched all {total} words.",
                     "partial": "You matched {correct} of {total} words.",
                     "incorrect": "Look at the key words again: variable, selection, iteration."},
    },
    {
        "type": "binary_convert",
        "objective": "LO5",
        "strands": ["DI", "CS"],
        "difficulty": 2,
        "time": 90,
        "question_text": "Convert the binary number 0000 1011 to denary (our normal numbers).",
        "config": {"type": "binary_convert", "conversion_type": "binary_to_decimal", "given_value": "0000 1011",
                   "correct_answer": "11", "show_working": True},
        "hint": "Write the place values 128, 64, 32, 16, 8, 4, 2, 1 above the bits. Add the values that have a 1.",
        "scaffold": {
            "type": "binary_convert",
            "question_text": "Convert the binary number 101 to denary. The place values are 4, 2 and 1.",
            "config": {"type": "binary_convert", "conversion_type": "binary_to_decimal", "given_value": "101",
                       "correct_answer": "5", "show_working": False},
        },
        "feedback": {"correct": "8 + 2 + 1 = 11.", "incorrect": "Write the place values 8, 4, 2, 1 above the digits. Add the place values that have a 1 under them."},
    },
    {
        "type": "ordering",
        "objective": "LO2",
        "strands": ["AL"],
        "difficulty": 2,
        "time": 60,
        "question_text": "Put the steps for signing in to a computer in the order they happen.",
        "config": {"type": "ordering", "items": [
            {"id": "1", "text": "Type your username", "correct_position": 1},
            {"id": "2", "text": "Type your password", "correct_position": 2},
            {"id": "3", "text": "Press Sign in", "correct_position": 3},
            {"id": "4", "text": "See your home screen", "correct_position": 4},
        ]},
        "hint": "Think about what you do first when you sit down at a school computer.",
        "feedback": {"correct": "That is the right sequence.", "partial": "{correct} of {total} steps are in the right place.",
                     "incorrect": "Think about what the computer must know about you before you can press the button."},
    },
    {
        "type": "multiple_select",
        "objective": "LO4",
        "strands": ["PG"],
        "difficulty": 2,
        "time": 60,
        "question_text": "Which TWO words start a loop in Python? Select TWO answers.",
        "config": {"type": "multiple_select", "options": [
            {"id": "a", "text": "for", "is_correct": True},
            {"id": "b", "text": "while", "is_correct": True},
            {"id": "c", "text": "if", "is_correct": False},
            {"id": "d", "text": "print", "is_correct": False},
        ], "min_selections": 2, "max_selections": 2, "shuffle_options": True},
        "hint": "One loop repeats a set number of times. The other repeats while a condition is True.",
        "feedback": {"correct": "for and while both start loops.", "partial": "You found {correct} of {total}.",
                     "incorrect": "A loop repeats code. Choose the words that make code repeat, not the ones that choose or show."},
    },
    {
        "type": "text_input",
        "objective": "LO1",
        "strands": ["PG"],
        "difficulty": 2,
        "time": 60,
        "question_text": "In Python, age = 12 stores a whole number. What is the name of the data type for whole numbers?",
        "config": {"type": "text_input", "accepted_answers": [{"text": "integer", "points": 1},
                                                             {"text": "int", "points": 1}],
                   "case_sensitive": False, "max_length": 50, "required_keywords": [], "forbidden_keywords": []},
        "hint": "It starts with the letters 'int'.",
        "feedback": {"correct": "Whole numbers are integers (int).", "incorrect": "Think about the kind of number 42 is: a whole number, with no decimal point."},
    },
    {
        "type": "code_completion",
        "objective": "LO4",
        "strands": ["PG"],
        "difficulty": 3,
        "time": 90,
        "question_text": "Fill in the blanks so the program prints the numbers 0 to 4.",
        "config": {"type": "code_completion", "code_template": "for i in {{BLANK_1}}(5):\n    {{BLANK_2}}(i)\n",
                   "blanks": [{"id": "BLANK_1", "correct_answers": ["range"], "hint": "It makes a sequence of numbers."},
                              {"id": "BLANK_2", "correct_answers": ["print"], "hint": "It shows a value on the screen."}]},
        "hint": "You need one command that makes numbers and one that shows them.",
        "feedback": {"correct": "range(5) gives 0 to 4 and print shows each one.",
                     "partial": "{correct} of {total} blanks are right.",
                     "incorrect": "The first blank makes a sequence of numbers. The second blank shows a value on the screen."},
    },
    {
        "type": "logic_gates",
        "objective": "LO6",
        "strands": ["CS"],
        "difficulty": 3,
        "time": 90,
        "question_text": "Complete the truth table for an AND gate.",
        "config": {"type": "logic_gates", "gate": "AND", "inputs": ["A", "B"], "truth_table": [
            {"inputs": {"A": a, "B": b}, "output": None, "fill_in": True} for a in (0, 1) for b in (0, 1)]},
        "hint": "An AND gate outputs 1 only when both inputs are 1.",
        "scaffold": {
            "type": "logic_gates",
            "question_text": "Complete the truth table for a NOT gate. It has one input.",
            "config": {"type": "logic_gates", "gate": "NOT", "inputs": ["A"], "truth_table": [
                {"inputs": {"A": a}, "output": None, "fill_in": True} for a in (0, 1)]},
        },
        "feedback": {"correct": "AND gives 1 only when A and B are both 1.",
                     "partial": "{correct} of {total} outputs are right.",
                     "incorrect": "Read each row. Ask: are both inputs 1 in this row?"},
    },
    {
        "type": "trace_table",
        "objective": "LO2",
        "strands": ["PG", "AL"],
        "difficulty": 3,
        "time": 150,
        "question_text": "Trace the program. Fill in the value of total each time it changes.",
        "config": {"type": "trace_table", "code": "total = 0\nfor i in range(1, 4):\n    total = total + i\n",
                   "variables": ["total", "i"], "trace_rows": [
                       {"step": 1, "description": "total is set to 0", "values": {"total": "0", "i": ""}},
                       {"step": 2, "description": "the loop starts with i = 1", "values": {"total": "0", "i": "1"}},
                       {"step": 3, "description": "", "values": {"total": "1", "i": "1"}},
                       {"step": 4, "description": "", "values": {"total": "1", "i": "2"}},
                       {"step": 5, "description": "", "values": {"total": "3", "i": "2"}},
                       {"step": 6, "description": "", "values": {"total": "3", "i": "3"}},
                       {"step": 7, "description": "", "values": {"total": "6", "i": "3"}}],
                   "cells_to_fill": [{"step": 3, "variable": "total"}, {"step": 5, "variable": "total"},
                                     {"step": 7, "variable": "total"}]},
        "hint": "Each time round the loop, add i to total.",
        "feedback": {"correct": "total goes 1, 3, 6.", "partial": "{correct} of {total} cells are right.",
                     "incorrect": "Go through the loop one step at a time. Each time, add the new value of i to total."},
    },
    {
        "type": "parsons",
        "objective": "LO4",
        "strands": ["PG"],
        "difficulty": 3,
        "time": 120,
        "question_text": "Put the lines in order to make a program that adds up 1, 2 and 3 and prints the total. "
                         "One line is not needed.",
        "config": {"type": "parsons", "blocks": [
            {"id": "b1", "code": "total = 0", "indent": 0, "is_distractor": False},
            {"id": "b2", "code": "for i in range(1, 4):", "indent": 0, "is_distractor": False},
            {"id": "b3", "code": "total = total + i", "indent": 1, "is_distractor": False},
            {"id": "b4", "code": "print(total)", "indent": 0, "is_distractor": False},
            {"id": "b5", "code": "for i in range(1, 4)", "indent": 0, "is_distractor": True},
        ], "solution": [{"block_id": "b1", "indent": 0}, {"block_id": "b2", "indent": 0},
                        {"block_id": "b3", "indent": 1}, {"block_id": "b4", "indent": 0}],
            "alternative_solutions": [], "enable_indentation": True, "max_distractors_penalty": 0.5},
        "hint": "A for line must end with a colon, and the line inside the loop is indented.",
        "feedback": {"correct": "The program prints 6.", "partial": "Some lines are in the right place.",
                     "incorrect": "Think about what must happen before the loop, inside it and after it."},
    },
    {
        "type": "drag_label",
        "objective": None,
        "strands": ["CS"],
        "difficulty": 4,
        "time": 90,
        "question_text": "Label the parts of the computer. Place one label on each box.",
        "image_url": "/img/demo/computer-parts.svg",
        "image_alt": "A drawing of a desktop computer: a screen, a tall box beside it, a keyboard in front and a "
                     "mouse to the right.",
        "config": {"type": "drag_label", "image": "/img/demo/computer-parts.svg",
                   "image_alt": "A drawing of a desktop computer: a screen, a tall box beside it, a keyboard in front "
                                "and a mouse to the right.",
                   "drop_zones": [
                       {"id": "z1", "x": 25, "y": 8, "w": 40, "h": 44, "correct_label": "l1"},
                       {"id": "z2", "x": 72.5, "y": 12, "w": 15, "h": 54, "correct_label": "l2"},
                       {"id": "z3", "x": 20, "y": 66, "w": 50, "h": 14, "correct_label": "l3"},
                       {"id": "z4", "x": 74, "y": 72, "w": 10, "h": 18, "correct_label": "l4"},
                   ],
                   "labels": [
                       {"id": "l1", "text": "Monitor", "is_distractor": False},
                       {"id": "l2", "text": "System unit", "is_distractor": False},
                       {"id": "l3", "text": "Keyboard", "is_distractor": False},
                       {"id": "l4", "text": "Mouse", "is_distractor": False},
                       {"id": "l5", "text": "Printer", "is_distractor": True},
                   ]},
        "hint": "The system unit is the box that holds the CPU and memory.",
        "feedback": {"correct": "All {total} labels are in the right place.",
                     "partial": "{correct} of {total} labels are in the right place.",
                     "incorrect": "Look at the shape of each part. Think about what each part does."},
    },
    {
        "type": "code_debug",
        "objective": "LO7",
        "strands": ["PG", "DD"],
        "difficulty": 4,
        "time": 150,
        "question_text": "This program should greet the person by name, but it stops with an error. Fix it.",
        "config": {"type": "code_debug", "buggy_code": "name = input()\nprint('Hello ' + nme)\n",
                   "bug_description": "The variable name is misspelt on line 2.",
                   "correct_code": "name = input()\nprint('Hello ' + name)\n",
                   "alternative_fixes": [],
                   "test_cases": [{"input": "Sam", "expected_output": "Hello Sam", "visible": True},
                                  {"input": "Priya", "expected_output": "Hello Priya", "visible": False}],
                   "time_limit_seconds": 5},
        "hint": "Compare the name of the variable on line 1 with the one on line 2.",
        "feedback": {"correct": "The variable names match now, so the program works.",
                     "partial": "{passed} of {total} tests pass.",
                     "incorrect": "Check the spelling of the variable on line 2."},
    },
    {
        "type": "python_code",
        "objective": "LO3",
        "strands": ["PG"],
        "difficulty": 5,
        "time": 240,
        "question_text": "Write a function is_even(n) that returns True when n is even and False when n is odd.",
        "config": {"type": "python_code",
                   "starter_code": "def is_even(n):\n    # return True or False\n    ...\n",
                   "test_cases": [{"input": "is_even(4)", "expected": "True", "visible": True},
                                  {"input": "is_even(7)", "expected": "False", "visible": True},
                                  {"input": "is_even(0)", "expected": "True", "visible": False},
                                  {"input": "is_even(101)", "expected": "False", "visible": False}],
                   "hidden_test_weight": 0.5, "time_limit_seconds": 5, "banned_keywords": [],
                   "required_keywords": ["return"],
                   "reference_solution": "def is_even(n):\n    return n % 2 == 0\n"},
        "hint": "n % 2 gives the remainder when n is divided by 2. Even numbers have a remainder of 0.",
        "scaffold": {
            "type": "code_completion",
            "question_text": "Fill in the blanks so the function returns True for even numbers.",
            "config": {"type": "code_completion", "code_template": "def is_even(n):\n    return n {{BLANK_1}} 2 == {{BLANK_2}}\n",
                       "blanks": [{"id": "BLANK_1", "correct_answers": ["%"], "hint": "The remainder operator."},
                                  {"id": "BLANK_2", "correct_answers": ["0"], "hint": None}]},
        },
        "feedback": {"correct": "Your function passes all {total} tests.",
                     "partial": "Your function passes {passed} of {total} tests.",
                     "incorrect": "Look at the test that did not pass. Think about the remainder when n is divided by 2."},
    },
    {
        "type": "extended_text",
        "objective": None,
        "strands": ["AL"],
        "difficulty": 5,
        "time": 300,
        "question_text": "Explain what an algorithm is. Give one example of an algorithm from everyday life.",
        "config": {"type": "extended_text", "min_words": 20, "max_words": 150,
                   "marking_guide": {"points_available": 4, "mark_scheme": [
                       {"criterion": "Says that an algorithm is a set of steps or instructions", "points": 2},
                       {"criterion": "Gives an everyday example, such as a recipe or directions", "points": 2}]},
                   "ai_marking_enabled": True, "ai_marking_prompt": "Be generous with spelling."},
        "hint": "Think about the steps you follow to make a sandwich.",
        "feedback": {"correct": "You explained it clearly and gave a good example.",
                     "partial": "You have part of the answer.",
                     "incorrect": "An algorithm is a set of steps to solve a problem, like a recipe."},
        "points": 4,
    },
]


async def seed(session: AsyncSession, *, unit: Unit, teacher: User, school_class: SchoolClass) -> Assessment:
    objectives = {
        o.code: o.id
        for o in (await session.execute(LearningObjective.__table__.select().where(
            LearningObjective.unit_id == unit.id))).all()
    }
    assessment = Assessment(
        title=TITLE,
        description="One question of each kind. Take your time: you can use hints, and your answers are saved.",
        unit_id=unit.id,
        owner_id=teacher.id,
        year_group=unit.year_group,
        status=AssessmentStatus.published,
        published_at=utcnow(),
        allow_hints=True,
        show_immediate_feedback=True,
        max_attempts=1,
        allow_question_retry=True,
        max_question_retries=2,
        ai_marking={},
        generation={},
    )
    session.add(assessment)
    await session.flush()
    for position, spec in enumerate(QUESTIONS):
        fields = {
            "type": spec["type"],
            "question_text": spec["question_text"],
            "config": spec["config"],
            "hint": spec["hint"],
            "scaffold": spec.get("scaffold"),
            "feedback": {"correct": "", "incorrect": "", "partial": "", **spec["feedback"]},
        }
        config, scaffold, problems = await check_question(fields)
        errors = [p for p in problems if p["severity"] == "error"]
        if errors:
            raise RuntimeError(f"demo question {position + 1} ({spec['type']}) does not check: {errors}")
        session.add(Question(
            assessment_id=assessment.id, position=position, type=spec["type"], question_text=spec["question_text"],
            config=config, scaffold=scaffold, hint=spec["hint"], feedback=fields["feedback"],
            points=spec.get("points", 2), difficulty=spec["difficulty"], time_estimate_seconds=spec["time"],
            image_url=spec.get("image_url"), image_alt=spec.get("image_alt"),
            learning_objective_id=objectives.get(spec["objective"]) if spec["objective"] else None,
            strands=spec["strands"], tags=["demo"], warnings=problems,
        ))
    await session.flush()
    await refresh_totals(session, assessment)
    # Answers once a pupil has finished (and has no attempt left), so the demo shows results review in full.
    session.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id,
                                show_answers=AnswerRelease.after_finishing))
    await session.flush()
    return assessment
