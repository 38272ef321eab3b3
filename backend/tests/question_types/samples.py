"""One good config per question type, as a teacher or the AI would author it (readable ids; check() makes them
opaque). Reused by other tests and by the demo assessment — keep every sample answerable and valid."""

from __future__ import annotations

import copy

SAMPLES: dict[str, dict] = {
    "multiple_choice": {
        "type": "multiple_choice",
        "options": [
            {"id": "a", "text": "8 bits", "is_correct": True},
            {
                "id": "b",
                "text": "4 bits",
                "is_correct": False,
                "distractor_feedback": "4 bits is called a nibble.",
            },
            {"id": "c", "text": "16 bits", "is_correct": False},
            {"id": "d", "text": "2 bits", "is_correct": False},
        ],
        "shuffle_options": True,
    },
    "multiple_select": {
        "type": "multiple_select",
        "options": [
            {"id": "a", "text": "Keyboard", "is_correct": True},
            {"id": "b", "text": "Mouse", "is_correct": True},
            {"id": "c", "text": "Monitor", "is_correct": False},
            {"id": "d", "text": "Speaker", "is_correct": False},
        ],
        "min_selections": 1,
        "max_selections": 3,
        "shuffle_options": True,
    },
    "text_input": {
        "type": "text_input",
        "accepted_answers": [
            {"text": "central processing unit", "points": 1},
            {"text": "processor", "points": 0.5},
        ],
        "case_sensitive": False,
        "max_length": 100,
        "required_keywords": [],
        "forbidden_keywords": ["memory"],
    },
    "extended_text": {
        "type": "extended_text",
        "min_words": 20,
        "max_words": 150,
        "marking_guide": {
            "points_available": 4,
            "mark_scheme": [
                {"criterion": "Says that an algorithm is a set of steps to solve a problem", "points": 2},
                {"criterion": "Gives an everyday example, such as a recipe", "points": 2},
            ],
        },
        "ai_marking_enabled": True,
        "ai_marking_prompt": "Be generous with spelling.",
    },
    "matching": {
        "type": "matching",
        "left_items": [
            {"id": "l1", "text": "CPU"},
            {"id": "l2", "text": "RAM"},
            {"id": "l3", "text": "Hard disk"},
        ],
        "right_items": [
            {"id": "r1", "text": "Carries out instructions"},
            {"id": "r2", "text": "Holds programs while they run"},
            {"id": "r3", "text": "Stores files when the power is off"},
            {"id": "r4", "text": "Shows pictures on a screen"},
        ],
        "correct_pairs": [
            {"left": "l1", "right": "r1"},
            {"left": "l2", "right": "r2"},
            {"left": "l3", "right": "r3"},
        ],
        "shuffle_right": True,
    },
    "ordering": {
        "type": "ordering",
        "items": [
            {"id": "1", "text": "Input", "correct_position": 1},
            {"id": "2", "text": "Process", "correct_position": 2},
            {"id": "3", "text": "Output", "correct_position": 3},
            {"id": "4", "text": "Storage", "correct_position": 4},
        ],
    },
    "parsons": {
        "type": "parsons",
        "blocks": [
            {"id": "b1", "code": "total = 0", "indent": 0, "is_distractor": False},
            {"id": "b2", "code": "for i in range(1, 4):", "indent": 0, "is_distractor": False},
            {"id": "b3", "code": "total = total + i", "indent": 1, "is_distractor": False},
            {"id": "b4", "code": "print(total)", "indent": 0, "is_distractor": False},
            {"id": "b5", "code": "for i in range(1, 4)", "indent": 0, "is_distractor": True},
        ],
        "solution": [
            {"block_id": "b1", "indent": 0},
            {"block_id": "b2", "indent": 0},
            {"block_id": "b3", "indent": 1},
            {"block_id": "b4", "indent": 0},
        ],
        "alternative_solutions": [],
        "enable_indentation": True,
        "max_distractors_penalty": 0.5,
    },
    "code_completion": {
        "type": "code_completion",
        "code_template": "for i in {{BLANK_1}}(5):\n    {{BLANK_2}}(i)\n",
        "blanks": [
            {"id": "BLANK_1", "correct_answers": ["range"], "hint": "It makes a sequence of numbers."},
            {"id": "BLANK_2", "correct_answers": ["print"], "hint": None},
        ],
    },
    "python_code": {
        "type": "python_code",
        "starter_code": "def add(a, b):\n    # your code here\n    ...\n",
        "test_cases": [
            {"input": "add(2, 3)", "expected": "5", "visible": True},
            {"input": "add(0, 0)", "expected": "0", "visible": True},
            {"input": "add(-1, 1)", "expected": "0", "visible": False},
            {"input": "add(10, 32)", "expected": "42", "visible": False},
        ],
        "hidden_test_weight": 0.5,
        "time_limit_seconds": 5,
        "banned_keywords": ["sum"],
        "required_keywords": ["return"],
        "reference_solution": "def add(a, b):\n    return a + b\n",
    },
    "code_debug": {
        "type": "code_debug",
        "buggy_code": "name = input()\nprint('Hello ' + nme)\n",
        "bug_description": "The variable name is misspelt on line 2.",
        "correct_code": "name = input()\nprint('Hello ' + name)\n",
        "alternative_fixes": ["nme = input()\nprint('Hello ' + nme)\n"],
        "test_cases": [
            {"input": "Sam", "expected_output": "Hello Sam", "visible": True},
            {"input": "Priya", "expected_output": "Hello Priya", "visible": False},
        ],
        "time_limit_seconds": 5,
    },
    "trace_table": {
        "type": "trace_table",
        "code": "total = 0\nfor i in range(1, 4):\n    total = total + i\n",
        "variables": ["total", "i"],
        "trace_rows": [
            {"step": 1, "description": "total is set to 0", "values": {"total": "0", "i": ""}},
            {"step": 2, "description": "the loop starts", "values": {"total": "0", "i": "1"}},
            {"step": 3, "description": "", "values": {"total": "1", "i": "1"}},
            {"step": 4, "description": "", "values": {"total": "1", "i": "2"}},
            {"step": 5, "description": "", "values": {"total": "3", "i": "2"}},
            {"step": 6, "description": "", "values": {"total": "3", "i": "3"}},
            {"step": 7, "description": "", "values": {"total": "6", "i": "3"}},
        ],
        "cells_to_fill": [
            {"step": 3, "variable": "total"},
            {"step": 5, "variable": "total"},
            {"step": 7, "variable": "total"},
        ],
    },
    "drag_label": {
        "type": "drag_label",
        "image": "/api/media/computer.png",
        "image_alt": "A desktop computer with three parts marked",
        "drop_zones": [
            {"id": "z1", "x": 10, "y": 10, "w": 30, "h": 20, "correct_label": "l1"},
            {"id": "z2", "x": 50, "y": 10, "w": 30, "h": 20, "correct_label": "l2"},
            {"id": "z3", "x": 10, "y": 60, "w": 30, "h": 20, "correct_label": "l3"},
        ],
        "labels": [
            {"id": "l1", "text": "Monitor", "is_distractor": False},
            {"id": "l2", "text": "Keyboard", "is_distractor": False},
            {"id": "l3", "text": "Mouse", "is_distractor": False},
            {"id": "l4", "text": "Printer", "is_distractor": True},
        ],
    },
    "binary_convert": {
        "type": "binary_convert",
        "conversion_type": "binary_to_decimal",
        "given_value": "1010 1100",
        "correct_answer": "172",
        "show_working": True,
    },
    "logic_gates": {
        "type": "logic_gates",
        "gate": "A AND (B OR NOT C)",
        "inputs": ["A", "B", "C"],
        "truth_table": [
            {"inputs": {"A": a, "B": b, "C": c}, "output": None, "fill_in": (a + b + c) % 2 == 1}
            for a in (0, 1)
            for b in (0, 1)
            for c in (0, 1)
        ],
    },
}


def sample(type_name: str) -> dict:
    """A fresh copy of the sample config for a type (tests may change it freely)."""
    return copy.deepcopy(SAMPLES[type_name])
