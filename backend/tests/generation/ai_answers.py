"""What a well-behaved model answers, in the strict structured-output form (optional fields present as null,
maps as {key, value} entries), for the fake OpenAI server to send back."""

from __future__ import annotations

import copy

FEEDBACK = {"correct": "Correct! Well done.", "incorrect": "Not quite. Check each step again.",
            "partial": "Nearly there. {correct} of {total} are right."}


# A passage of the documents fixture's lesson plan (tests/documents/builders.py), as the model cites it.
LESSON_SOURCE = {"file": "Lesson 1.docx", "where": "", "quote": "This lesson introduces binary numbers."}


def envelope(qtype: str, text: str, config: dict, difficulty: int, *, objective: str = "LO1",
             strands: list[str] | None = None, hint: str = "Read the question slowly.", scaffold: dict | None = None,
             feedback: dict | None = None, points: int = 1, source: dict | None = LESSON_SOURCE) -> dict:
    return {"type": qtype, "question_text": text, "difficulty": difficulty, "points": points,
            "time_estimate_seconds": 60, "objective_code": objective, "strands": strands or ["DI"], "hint": hint,
            "feedback": dict(feedback or FEEDBACK), "config": {**config, "type": qtype}, "scaffold": scaffold,
            "source": dict(source) if source else None}


def multiple_choice(difficulty: int = 1, *, options: int = 3) -> dict:
    texts = ["8 bits", "4 bits", "16 bits", "2 bits", "32 bits"][:options]
    return envelope("multiple_choice", "How many bits are in one byte? Select ONE answer.", {
        "options": [{"id": f"o{k}", "text": t, "is_correct": k == 0, "distractor_feedback": None}
                    for k, t in enumerate(texts)],
        "shuffle_options": True}, difficulty)


def binary(difficulty: int = 2, *, given: str = "1010", answer: str = "10") -> dict:
    return envelope("binary_convert", f"Convert the binary number {given} into denary.", {
        "conversion_type": "binary_to_decimal", "given_value": given, "correct_answer": answer,
        "show_working": True}, difficulty)


def logic(difficulty: int = 3) -> dict:
    rows = []
    for a in (0, 1):
        for b in (0, 1):
            rows.append({"inputs": [{"key": "A", "value": a}, {"key": "B", "value": b}], "output": a & b,
                         "fill_in": True})
    return envelope("logic_gates", "Complete the truth table for the AND gate.",
                    {"gate": "AND", "inputs": ["A", "B"], "truth_table": rows}, difficulty, strands=["CS"])


def text_input(difficulty: int = 2) -> dict:
    return envelope("text_input", "Type the key word that means: a single binary digit.", {
        "accepted_answers": [{"text": "bit", "points": 1}], "case_sensitive": False, "max_length": 50,
        "required_keywords": None, "forbidden_keywords": None}, difficulty)


def ordering(difficulty: int = 3) -> dict:
    return envelope("ordering", "Put these steps in order.", {"items": [
        {"id": "s1", "text": "Input", "correct_position": 1}, {"id": "s2", "text": "Process", "correct_position": 2},
        {"id": "s3", "text": "Output", "correct_position": 3}]}, difficulty, strands=["AL"])


def trace(difficulty: int = 4) -> dict:
    # The rows written here are deliberately incomplete: the app traces the code itself.
    return envelope("trace_table", "Complete the trace table.", {
        "code": "total = 0\nfor i in range(1, 4):\n    total = total + i\n", "variables": ["total", "i"],
        "trace_rows": [{"step": 1, "description": "", "values": [{"key": "total", "value": "0"},
                                                                  {"key": "i", "value": ""}]}],
        "cells_to_fill": [{"step": 7, "variable": "total"}]}, difficulty, strands=["PG"])


def python(difficulty: int = 5) -> dict:
    return envelope("python_code", "Write a function `double(n)` that returns n multiplied by 2.", {
        "starter_code": "def double(n):\n    pass\n",
        "test_cases": [{"input": "double(2)", "expected": "4", "visible": True},
                       {"input": "double(5)", "expected": "10", "visible": False}],
        "hidden_test_weight": None, "time_limit_seconds": None, "banned_keywords": None,
        "required_keywords": ["return"], "reference_solution": "def double(n):\n    return n * 2\n"},
        difficulty, strands=["PG"], points=3)


def matching(difficulty: int = 2) -> dict:
    return envelope("matching", "Match each key word to its meaning.", {
        "left_items": [{"id": "a", "text": "Bit"}, {"id": "b", "text": "Byte"}],
        "right_items": [{"id": "x", "text": "A single binary digit"}, {"id": "y", "text": "A group of 8 bits"}],
        "correct_pairs": [{"left": "a", "right": "x"}, {"left": "b", "right": "y"}], "shuffle_right": None},
        difficulty)


def good_draft(n: int = 6) -> dict:
    """A draft that follows every rule: 6 types, rising difficulty."""
    questions = [multiple_choice(1), text_input(2), matching(2), logic(3), ordering(3), binary(4), trace(4),
                 python(5)]
    chosen = questions[: n - 1] + [questions[-1]] if n < len(questions) else questions[:n]
    return {"questions": copy.deepcopy(chosen)}
