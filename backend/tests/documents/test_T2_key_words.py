"""Key words a lesson explains without marking them: what happens "in a" thing said after a colon, across the line
break a printed box puts after that colon; and a thing of a quality the objectives ask about, said to be the list of
its qualities."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found, terms


def _notes(*lines: str, aim: str | None = None) -> dict[str, str]:
    """The key words of a Word document with these paragraphs, under one stated objective when given."""
    document = f.new_docx()
    f.para(document, "Lesson notes", style="Title")
    if aim is not None:
        f.para(document, "Learning objectives", bold=True)
        f.para(document, aim, style="List Bullet")
    for line in lines:
        f.para(document, line)
    return terms(found("notes.docx", f.docx_bytes(document)))


def _printed(*lines: str) -> dict[str, str]:
    """The key words of a PDF whose lines are these, each set as a line of its own."""
    pdf = f.Pdf(title="Notes")
    pdf.add_page()
    pdf.line_of("Network attacks", size=16, bold=True)
    for line in lines:
        pdf.line_of(line, size=11)
    return terms(found("notes.pdf", pdf.output_bytes()))


def test_what_any_one_does_in_a_thing_named_before_a_colon_is_its_meaning():
    found_terms = _notes(
        "Servers get thousands of requests at once in a flood attack: instead of asking for one page, a botnet "
        "sends requests until the server can no longer answer."
    )
    assert found_terms.get("Flood attack") == (
        "Instead of asking for one page, a botnet sends requests until the server can no longer answer"
    )


def test_what_happens_once_in_a_place_named_before_a_colon_is_not_a_meaning():
    found_terms = _notes(
        "Save your work in a new folder: your teacher will check it at the end of the lesson."
    )
    assert "New folder" not in found_terms


def test_a_sentence_a_printed_line_breaks_after_its_colon_is_read_whole():
    found_terms = _printed(
        "Servers get thousands of requests at once in a flood attack:",
        "instead of asking for one page, a botnet sends requests until the server can no longer answer.",
    )
    assert found_terms.get("Flood attack") == (
        "Instead of asking for one page, a botnet sends requests until the server can no longer answer"
    )


def test_a_thing_of_the_quality_an_objective_asks_about_is_the_list_of_its_qualities():
    found_terms = _notes(
        "A useful backup is recent (made in the last week), kept in another place, and checked to see that it "
        "opens.",
        aim="Explain what makes a backup useful",
    )
    assert found_terms.get("Useful backup") == (
        "Recent (made in the last week), kept in another place, and checked to see that it opens"
    )


def test_a_thing_called_good_is_not_a_key_word_when_no_objective_asks_what_makes_it_so():
    found_terms = _notes(
        "A good answer is short, clear, and uses the key words from today's lesson.",
        aim="Explain what makes a backup useful",
    )
    assert "Good answer" not in found_terms


def test_a_doing_and_the_way_it_is_done_finishing_a_list_s_stem_is_not_a_key_word():
    found_terms = _notes(
        "Anyone who keeps your data must make sure it is:",
        "stored safely – locked away from people who should not see it",
        "Firewall – a program that checks the data coming into a network",
    )
    assert list(found_terms) == ["Firewall"]


def test_the_ticked_option_of_a_printed_quiz_summary_is_what_its_question_asks_the_meaning_of():
    pdf = f.Pdf(title="Quiz responses")
    pdf.add_page()
    pdf.line_of("What is a firewall?", size=11, bold=True)
    pdf.line_of("12 / 20 correct responses", size=9)
    pdf.line_of("✓ A program that checks the data coming into a network    12 (60.0%)", size=10)
    pdf.line_of("    A cable that joins two networks together    8 (40.0%)", size=10)
    pdf.line_of("(2 points)", size=8)
    found_terms = terms(found("responses.pdf", pdf.output_bytes()))
    assert found_terms.get("Firewall") == "A program that checks the data coming into a network"


def test_a_quiz_summary_printed_with_its_chart_buttons_still_gives_the_ticked_meaning():
    # As Chrome prints a Forms summary page: the "Copy chart" button sits between each question and its count.
    pdf = f.Pdf(title="Quiz responses")
    pdf.add_page()
    pdf.line_of("What is a firewall?", size=11, bold=True)
    pdf.line_of("Copy chart", size=8)
    pdf.line_of("12 / 20 correct responses", size=9)
    pdf.line_of("✓ A program that checks the data coming into a network    12 (60.0%)", size=10)
    pdf.line_of("    A cable that joins two networks together    8 (40.0%)", size=10)
    found_terms = terms(found("responses.pdf", pdf.output_bytes()))
    assert found_terms.get("Firewall") == "A program that checks the data coming into a network"
