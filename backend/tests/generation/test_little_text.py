"""Drafts from a unit whose readers found no key words: the words its own sentences and glossary lines define
("A cookie is a small text file…", "screen reader (noun) software that…") become key words with meanings, so the
draft reaches the size asked for; and where the documents hold too little, the draft's note says what the reader
found and what to add; aims a blog post announces in its running text are the unit's aims. Small hand-built
materials, written for these tests."""

from __future__ import annotations

import pytest

from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.quality import unit_problems
from app.services.generation.teaching_text import stated_aims
from tests.generation.test_topics import objective, slide

DEFINING = [
    "A cookie is a small text file that a website stores on your device.",
    "A session cookie is a cookie that is deleted as soon as you close the browser.",
    "A tracking pixel is a tiny invisible image hidden in a web page or an email.",
    "Consent is when a person agrees, freely and clearly, to their data being used.",
    "Profiling is using what is known about a person to guess what they will buy next.",
    "A privacy policy is the page that says what a website does with your data.",
]
COOKIES = GenerationMaterials(
    unit_title="Cookies and tracking",
    objectives=[objective("LO1", "Describe what a cookie stores"),
                objective("LO2", "Explain how websites track people")],
    passages=[*slide(2, "How websites remember you", *DEFINING[:3]),
              *slide(3, "Your data and the law", *DEFINING[3:])],
    text="\n".join(DEFINING),
)


def test_sentences_that_say_what_a_word_is_give_key_words():
    _model, facts = unit_model(COOKIES)
    terms = {f.term.lower() for f in facts}
    for term in ("cookie", "tracking pixel", "consent", "profiling", "privacy policy"):
        assert term in terms, f"{term!r} not among the key words found: {sorted(terms)}"


@pytest.mark.parametrize("sentence", [
    "sir is the extension compulsory",
    "The big problem engineers are trying to solve is noise.",
    "A wood-turner using a lathe is doing the opposite of a 3D printer.",
    "Cache is much faster than RAM.",
    "Miners are rewarded with new coins.",
    "It is a good idea to clear your cookies.",
    "Skyforge Legends is a made-up game for this story.",
    "The number in brackets is how many letters.",
])
def test_a_sentence_saying_something_else_about_a_thing_defines_no_key_word(sentence):
    materials = GenerationMaterials(unit_title="Cookies", passages=slide(2, "Notes", sentence), text=sentence)
    _model, facts = unit_model(materials)
    assert facts == [], f"{sentence!r} gave key words {[(f.term, f.definition) for f in facts]}"


def test_a_dictionary_style_glossary_line_gives_a_key_word():
    lines = ["screen reader (noun) software that reads out loud the text and buttons on the screen",
             "switch (noun) a large button that does one job, used instead of a keyboard or mouse"]
    materials = GenerationMaterials(unit_title="Assistive technology", passages=slide(4, "Glossary", *lines),
                                    text="\n".join(lines))
    _model, facts = unit_model(materials)
    assert {f.term.lower(): f.definition for f in facts} == {
        "screen reader": "Software that reads out loud the text and buttons on the screen",
        "switch": "A large button that does one job, used instead of a keyboard or mouse"}


def test_a_poster_word_in_capitals_over_its_meaning_gives_a_key_word():
    passages = [*slide(3, "DIGITAL WALLET", "Software that stores the keys you need to spend your cryptocurrency."),
                *slide(4, "PRIVATE KEY", "A secret code that proves you own your coins.")]
    materials = GenerationMaterials(unit_title="Cryptocurrency", passages=passages,
                                    text="\n".join(p["text"] for p in passages))
    _model, facts = unit_model(materials)
    assert {f.term for f in facts} == {"Digital wallet", "Private key"}


async def test_a_unit_with_no_key_words_but_defining_sentences_gets_the_draft_asked_for():
    draft = await generate_offline(COOKIES, DraftRequest(num_questions=10), seed=2)
    assert len(draft.questions) == 10, draft.warnings
    model, _ = unit_model(COOKIES)
    for question in draft.questions:
        assert unit_problems(question, model) == [], question
    assert len({q["type"] for q in draft.questions}) >= 4


async def test_a_short_draft_says_what_the_reader_found_too_little_of():
    bare = GenerationMaterials(
        unit_title="Sensors", objectives=[objective("LO1", "Explain the difference between a sensor and an actuator")],
        passages=slide(2, "Types of sensor", "Temperature", "Light", "Pressure", "A car has a rain sensor."),
        text="Temperature\nLight\nPressure\nA car has a rain sensor.")
    draft = await generate_offline(bare, DraftRequest(num_questions=12), seed=1)
    assert len(draft.questions) < 12
    note = next((w for w in draft.warnings if "questions you asked for" in w), "")
    assert "no key words with meanings" in note, note
    assert "1 learning objective" in note, note
    assert "Key vocabulary" in note, note
    assert "full sentences" in note, note


def test_aims_announced_in_running_text_are_the_units_aims():
    post = ("Hi 9C! This week we are learning to describe how automation is changing the world of work, explain the "
            "benefits and drawbacks of robots for workers, and form an opinion for Thursday's debate.")
    assert stated_aims(slide(1, "Will a robot take your job?", post)) == [
        "describe how automation is changing the world of work",
        "explain the benefits and drawbacks of robots for workers"]


def test_a_sentence_that_only_mentions_this_week_announces_no_aim():
    assert stated_aims(slide(1, "News", "This week we went to the science museum, explain it later.")) == []


def test_a_homework_line_with_its_deadline_is_not_teaching_text():
    from app.services.generation.teaching_text import is_logistics, teaching_sentence
    assert is_logistics("Seneca: 2.5 Translators – due Friday")
    assert not teaching_sentence("Homework on Seneca is due next Tuesday.")
    assert not is_logistics("A compiler translates the whole program before it runs.")
    assert teaching_sentence("A compiler translates the whole program before it runs.")


def test_note_numbers_are_left_out_of_a_quoted_sentence():
    from app.services.generation.offline_gaps import tidy_sentence
    assert tidy_sentence("It is translated from a low-level language [9], into machine code.") == \
        "It is translated from a low-level language, into machine code."
    assert tidy_sentence("[8] assembler – translates assembly language into machine code") == \
        "assembler – translates assembly language into machine code"
    assert tidy_sentence("Turn on geotagging (4) automatically.") == "Turn on geotagging automatically."
    assert tidy_sentence("Arrays start at [0] in Python.") == "Arrays start at [0] in Python."
