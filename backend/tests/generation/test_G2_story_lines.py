"""A story's lines are no key words and meanings: a suspect card's "MR DUNN" is a person, not a word to gap; "Motive:
the PE department would not share the hall" tells what a group did; "No – the filter shows…" answers a question;
"Good: “A girl using a laptop”" labels a caption. Small hand-built materials, written for this test."""

from __future__ import annotations

from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage


def _passage(text: str, heading: str, where: str) -> Passage:
    return Passage(text=text, heading=heading, file="case.pdf", where=where, kind="paragraph")


def _case(*passages: Passage) -> GenerationMaterials:
    return GenerationMaterials(unit_title="Passwords", passages=[
        *passages,
        _passage("Passphrase: three random words joined together into one password", "Password lab", "page 5"),
    ])


def test_a_persons_name_in_capitals_is_no_key_phrase():
    model, _facts = unit_model(_case(_passage("IT technician who knows the school's systems", "MR DUNN", "page 2")))
    assert "Mr dunn" not in [p.text for p in model.phrases], model.phrases


def test_what_a_group_did_is_no_meaning():
    _model, facts = unit_model(_case(_passage("Motive: the drama club would not share the hall", "Suspect", "page 2")))
    assert [f.term for f in facts] == ["Passphrase"], facts


def test_a_yes_or_no_answer_is_no_key_word():
    _model, facts = unit_model(_case(_passage("No – the email filter shows the link was never clicked", "Solution",
                                              "page 3")))
    assert [f.term for f in facts] == ["Passphrase"], facts


def test_a_captions_label_is_no_key_phrase():
    model, _facts = unit_model(_case(_passage("Good: “A girl in a wheelchair using a laptop”", "Alt text", "page 4")))
    assert "Good" not in [p.text for p in model.phrases], model.phrases


def test_a_thing_described_in_the_past_is_still_a_meaning():
    _model, facts = unit_model(_case(_passage("ENIAC: a computer that was built in 1945 to work out firing tables",
                                              "History", "page 4")))
    assert "ENIAC" in [f.term for f in facts], facts
