"""Key words met in a detective lesson's case file and in worked examples: a word defined inside a note after
something else is said, a name spelled out before its abbreviation and explained after a dash, a thing named in
passing and glossed after one dash, a bold word narrowed before its meaning; and names that are never key words
(a person, a school, a card's label, a deadline, a button's place on the screen)."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found, terms


def _notes(*lines: str) -> dict[str, str]:
    """The key words of a Word document with these paragraphs ("**…**" in bold)."""
    document = f.new_docx()
    f.para(document, "Lesson notes", style="Title")
    for line in lines:
        f.para(document, line)
    return terms(found("notes.docx", f.docx_bytes(document)))


def test_a_word_defined_in_a_later_sentence_of_a_note_is_a_key_word():
    found_terms = _notes(
        "DETECTIVE NOTE: check the sender – the “0” in g00gle is a zero! Smishing is a fake text message that "
        "tricks you into clicking a link."
    )
    assert found_terms.get("Smishing") == "A fake text message that tricks you into clicking a link"


def test_a_name_spelled_out_before_its_abbreviation_and_explained_after_a_dash_is_a_key_word():
    found_terms = _notes(
        "Her email had two-step verification (2SV) switched on – after your password, you type a code that an app "
        "on your phone shows you."
    )
    assert "Two-step verification (2SV)" in found_terms


def test_a_thing_named_in_passing_and_glossed_after_one_dash_is_a_key_word():
    found_terms = _notes(
        "Dad has bought a smart speaker – a device that listens for your voice and answers you."
    )
    assert found_terms.get("Smart speaker") == "A device that listens for your voice and answers you"


def test_a_gloss_may_name_a_file_by_its_extension():
    found_terms = _notes(
        "All our pages share one **style sheet** – a single .css file that sets the colours and fonts of the site."
    )
    assert found_terms.get("Style sheet") == "A single .css file that sets the colours and fonts of the site"


def test_a_bold_word_narrowed_before_what_it_does_is_said_of_its_kind():
    found_terms = _notes("A **circular shift** of one place moves the last bit round to the front.")
    assert found_terms.get("Circular shift") == "A shift of one place moves the last bit round to the front"


def test_a_bold_word_after_in_a_is_what_happens_in_its_kind():
    found_terms = _notes(
        "Add the columns. In a **full adder** the carry from the column before is a third input."
    )
    assert (
        found_terms.get("Full adder") == "An adder in which the carry from the column before is a third input"
    )


def test_a_person_a_school_a_card_label_and_a_deadline_are_not_key_words():
    found_terms = _notes(
        "Riverside Academy – Computing Department – Year 8 networks and the internet",
        "C3 RECEIPT – printed at the till in the canteen on Tuesday",
        "Priya Shah – the laptop in C1 was left unlocked, and C2 shows her logging in at 09:10.",
        "Due Monday – spreadsheet task on the shared drive",
        "Router – a device that forwards packets between networks",
    )
    assert list(found_terms) == ["Router"]


def test_a_button_s_place_on_the_screen_is_not_its_meaning():
    found_terms = _notes("Click **Publish** (top right) to share your page with the class.")
    assert "Publish" not in found_terms
