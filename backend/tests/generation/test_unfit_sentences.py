"""Sentences of the documents a key-word gap must not be made from: a rule written as pseudo-code, a line of
working-out, and a question whose footnote marker points at its answer."""

from __future__ import annotations

from app.services.generation.unfit_text import is_statement


def test_a_rule_written_as_pseudo_code_is_not_a_statement():
    assert not is_statement("IF temperature > 28 THEN window OPEN and the fan goes on")


def test_a_line_of_working_out_is_not_a_statement():
    assert not is_statement("200 × 3 = 600 MB = 0.6 GB for all of the photos")


def test_a_question_with_a_footnote_marker_is_not_a_statement():
    assert not is_statement("How many bits are there in a nibble? ²")


def test_a_sentence_with_a_footnote_marker_is_judged_without_it():
    assert is_statement("A byte is a group of eight bits that stores one character.³")


def test_a_quiz_row_of_a_question_and_its_options_is_not_a_statement():
    assert not is_statement("How many bits are in 3 bytes? 24 11 3000 38 30 1")


def test_a_footnote_at_the_foot_of_the_page_is_an_answer_not_a_statement():
    assert not is_statement("⁷ Yes – 5000 MB is 5 GB, which is less than 16 GB")


def test_what_the_pupil_will_do_is_not_a_statement_when_you_will_is_shortened():
    assert not is_statement("you'll lose your changes and you'll have to save the file again")


def test_what_the_pupil_is_going_to_do_is_not_a_statement_when_you_are_is_shortened():
    assert not is_statement("You’re going to sort the photos into folders by date")


def test_a_sentence_that_says_what_a_thing_will_do_is_still_a_statement():
    assert is_statement("A backup means you will not lose your files if the disk breaks.")
