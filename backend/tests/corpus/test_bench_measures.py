"""How the quality bench tells that a question written in the documents was found: as the teacher wrote it, with
the reader's way of keeping a statement's "True or false:" label and a question's program apart allowed for."""

from __future__ import annotations

from bench.draft_measures import asked_as, same_question


def test_a_statement_to_judge_is_the_same_with_or_without_its_true_or_false_label():
    assert same_question("The else part needs its own condition.",
                         "True or false: The else part needs its own condition.")
    assert not same_question("The else part needs its own condition.", "True or false: A program can have one elif.")


def test_a_question_about_a_program_is_found_by_its_words_and_its_code():
    found = {"text": "What will this program print?", "code": 'score = 15\nif score >= 12:\n    print("Well done!")'}
    assert asked_as(found, 'What will this program print?\nscore = 15\nif score >= 12:\n    print("Well done!")')
    assert asked_as(found, "What will this program print?")  # an expected file may list the words alone
    assert not asked_as(found, 'What will this program print?\nscore = 3\nprint("Try again")')


def test_a_question_cut_short_is_not_the_one_written():
    assert not same_question("What will this", "What will this program print?")
