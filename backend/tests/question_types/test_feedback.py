"""The feedback language of SPEC §1/§6: openers, templates, length, hint acknowledgement, forbidden words."""

from __future__ import annotations

import pytest

from app.question_types.base import Mark
from app.utils.feedback import (
    FORBIDDEN_WORDS,
    compose,
    fill_template,
    language_problems,
    opener,
    sentences,
)

FULL = Mark.from_fraction(1, 2, correct_count=4, total_count=4)
PART = Mark.from_fraction(0.75, 2, correct_count=3, total_count=4)
NONE = Mark.from_fraction(0, 2, correct_count=0, total_count=4)
CODE = Mark.from_fraction(0.5, 4, correct_count=2, total_count=4, passed=2)
AWAIT = Mark.awaiting(4)


def test_openers_follow_the_mark():
    assert opener(FULL) == "Correct!"
    assert opener(PART) == "Nearly there."
    assert opener(NONE) == "Not quite."
    assert opener(AWAIT) == ""
    # A stored mark (a dict of the same shape) works too.
    assert opener(PART.model_dump()) == "Nearly there."


def test_fill_template_fills_known_placeholders():
    assert (
        fill_template("You got {correct} of {total}, scoring {score}.", PART)
        == "You got 3 of 4, scoring 1.5."
    )
    assert fill_template("{passed} tests passed", CODE) == "2 tests passed"
    # Without tests, {passed} means the parts that were right.
    assert fill_template("{passed} right", PART) == "3 right"
    assert fill_template("{score} marks", FULL) == "2 marks"


def test_fill_template_leaves_other_braces_and_never_raises():
    assert fill_template("A set looks like {1, 2} and {name}", PART) == "A set looks like {1, 2} and {name}"
    assert fill_template("{correct", PART) == "{correct"
    assert fill_template("{score}", AWAIT) == "{score}"  # no score yet: left alone rather than "None"
    assert fill_template(None, PART) == ""
    assert fill_template(42, PART) == ""
    assert fill_template("{{correct}}", PART) == "{3}"


def test_compose_picks_the_template_for_the_mark():
    feedback = {
        "correct": "A byte is 8 bits.",
        "incorrect": "Count the bits again.",
        "partial": "You got {correct} of {total}.",
    }
    assert compose(feedback, FULL) == "Correct! A byte is 8 bits."
    assert compose(feedback, PART) == "Nearly there. You got 3 of 4."
    assert compose(feedback, NONE) == "Not quite. Count the bits again."


def test_compose_falls_back_from_partial_to_incorrect():
    assert compose({"incorrect": "Check each pair."}, PART) == "Nearly there. Check each pair."
    assert compose({}, NONE) == "Not quite."
    assert compose(None, FULL) == "Correct!"


def test_compose_adds_the_type_message_after_the_template():
    mark = Mark.from_fraction(0, 1, message="4 bits is called a nibble.")
    assert (
        compose({"incorrect": "A byte is 8 bits."}, mark)
        == "Not quite. A byte is 8 bits. 4 bits is called a nibble."
    )


def test_compose_acknowledges_the_hint_only_on_a_correct_answer():
    assert (
        compose({"correct": "Well done."}, FULL, hint_used=True)
        == "Correct! Well done. Using the hint helped you get there."
    )
    assert "hint" not in compose({"incorrect": "Try again."}, NONE, hint_used=True)


def test_compose_keeps_to_four_sentences_and_keeps_the_most_useful():
    long = {"incorrect": "One. Two. Three. Four. Five."}
    mark = Mark.from_fraction(0, 1, message="Your loop never stops. Check the condition.")
    text = compose(long, mark)
    assert len(sentences(text)) == 4
    assert text == "Not quite. One. Two. Your loop never stops."  # template first, then the message
    full_hint = compose({"correct": "One. Two. Three."}, FULL, hint_used=True)
    assert full_hint == "Correct! One. Two. Using the hint helped you get there."


def test_compose_does_not_repeat_an_opener_the_template_already_has():
    assert compose({"correct": "Correct! A byte is 8 bits."}, FULL) == "Correct! A byte is 8 bits."
    assert compose({"incorrect": "Not quite. Look again."}, NONE) == "Not quite. Look again."
    # The mark decides: a template that claims "Correct!" on a partial answer does not get to say so.
    assert compose({"partial": "Correct! Mostly."}, PART) == "Nearly there. Mostly."


def test_compose_while_awaiting_marking():
    assert compose({"correct": "Good."}, AWAIT) == "Your answer is saved. Your teacher will mark it."
    waiting = Mark.awaiting(4, message="Your teacher will check your code.")
    assert (
        compose({}, waiting)
        == "Your teacher will check your code. Your answer is saved. Your teacher will mark it."
    )


def test_compose_output_obeys_the_language_rules_for_every_mark():
    feedback = {
        "correct": "Well done.",
        "partial": "You got {correct} of {total}.",
        "incorrect": "Look at each step.",
    }
    for mark in (FULL, PART, NONE, CODE, AWAIT):
        assert language_problems(compose(feedback, mark, hint_used=True)) == []


@pytest.mark.parametrize("word", FORBIDDEN_WORDS)
def test_forbidden_words_are_found_as_whole_words(word):
    assert language_problems(f"That is {word}.")
    assert language_problems(f"That is {word.upper()}.")
    assert language_problems(f"{word}-ish"), "a hyphen still separates words"
    assert not language_problems(f"the {word}ness_of_it variable_{word}")


def test_forbidden_word_variants_and_harmless_lookalikes():
    assert language_problems("You answered wrongly")
    assert language_problems("It was badly done")
    assert not language_problems("Your badge is ready")
    assert not language_problems("The test `if result is bad:` shows it")  # code is quoted, not phrasing


@pytest.mark.parametrize(
    "text",
    [
        "Which is NOT an input device?",
        "Which of these is not a loop?",
        "Which one doesn't use electricity?",
        "All of the above",
        "none of the above",
        "Name every device EXCEPT the printer",
    ],
)
def test_negative_phrasing_is_found(text):
    assert language_problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "Complete the truth table for A AND NOT B",
        "Which device is an input device?",
        "Select ONE answer.",
        "Check that your loop stops.",
        "",
    ],
)
def test_positive_phrasing_passes(text):
    assert language_problems(text) == []


def test_language_problems_tolerates_non_text():
    assert language_problems(None) == []
    assert language_problems(12) == []


def test_calm_swaps_forbidden_words_in_text_from_elsewhere():
    from app.utils.feedback import calm

    assert calm("bad input on line 2") == "unexpected input on line 2"
    assert calm("Test FAILED") == "Test did not work"
    assert language_problems(calm("wrong, incorrect, failed, bad")) == []


def test_every_message_the_engine_writes_follows_the_language_rules():
    """Scan the string literals of every type module (not docstrings or comments) for forbidden words."""
    import ast
    from pathlib import Path

    import app.question_types as package

    folder = Path(package.__file__).parent
    found = []
    for path in sorted(folder.glob("*.py")):
        tree = ast.parse(path.read_text())
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                problems = [p for p in language_problems(node.value) if p.startswith("Uses the word")]
                if problems:
                    found.append((path.name, node.lineno, node.value))
    assert len(list(folder.glob("*.py"))) >= 16
    assert found == []
