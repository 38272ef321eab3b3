"""A note's label ("FORENSICS NOTE:", "Top tip:") is no key word of the unit: the words after it are the note, and
a draft must not ask what "Forensics note" means; nor what a school, a card's label or a deadline means, which the
reader already refuses. Small hand-built materials, written for these tests."""

from __future__ import annotations

from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage


def _passage(text: str, where: str) -> Passage:
    return Passage(text=text, heading="Evidence", file="case.pdf", where=where, kind="paragraph")


def test_a_notes_label_is_no_key_word_of_the_unit():
    case = GenerationMaterials(unit_title="Passwords", passages=[
        _passage("FORENSICS NOTE: the passwords were all common words that appear in any word list", "page 2"),
        _passage("Top tip: a long passphrase is easier to remember than a short jumble of symbols", "page 3"),
        _passage("Passphrase: three random words joined together", "page 4"),
    ])
    _model, facts = unit_model(case)
    assert [f.term for f in facts] == ["Passphrase"], facts


def test_what_the_reader_never_takes_for_a_key_word_the_generator_does_not_either():
    # A case file's lines as a teacher types them: a school's header, a card's label, a deadline, over a meaning.
    case = GenerationMaterials(unit_title="Passwords", passages=[
        _passage("Park Hill Academy: the school whose PE account was hacked on Sunday night", "page 1"),
        _passage("E2 photo: a picture posted with the password on a sticky note behind it", "page 2"),
        _passage("Due Friday: a poster that explains how to choose a strong password", "page 3"),
        _passage("Passphrase: three random words joined together", "page 4"),
    ])
    _model, facts = unit_model(case)
    assert [f.term for f in facts] == ["Passphrase"], facts
