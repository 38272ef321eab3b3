"""A script's or a transcript's small talk is never a key word's meaning or a right answer: the podcast guest's
"Hi everyone. Yes, I'm the one who…" and the host's unfinished "And the opposite would be..."."""

from __future__ import annotations

from app.services.generation.unfit_text import answer_problem


def test_a_greeting_is_conversational_speech():
    assert answer_problem("Hi everyone. Yes, I'm the one who fixes the laptops") == "conversational speech"


def test_a_speaker_talking_about_themself_is_conversational_speech():
    assert answer_problem("Yes, I'm the one who tells you off for leaving prints on the bed") == \
        "conversational speech"


def test_a_line_left_for_the_other_speaker_to_finish_is_conversational_speech():
    assert answer_problem("And the opposite would be...") == "conversational speech"


def test_a_meaning_that_describes_a_thing_is_not_conversational_speech():
    assert answer_problem("Software that cuts a 3D model into thin layers for the printer") is None


def test_a_word_likened_to_something_in_speech_is_not_a_line_defining_it():
    from app.services.generation.phrases import line_definition

    assert line_definition("Subtractive – like using the lathe, where you start with a block and cut bits away.") \
        is None
