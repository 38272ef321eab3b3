"""Shapes first met in the fifteenth held-out set: a LibreOffice Impress deck whose vocabulary tables lay the words
across the top row with their meanings in the row beneath; a Word reading sheet whose key words carry real Word
footnotes, with a podcast script whose guest defines words in speech; a Canva infographic PDF."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.builders import footnoted_docx as _footnoted_sheet
from tests.documents.shapes import found as _found
from tests.documents.shapes import terms as _terms

# Impress deck: a vocabulary table laid across ------------------------------------------------------------------

def _deck_with_table(rows: list[tuple[str, ...]]) -> bytes:
    presentation = f.new_pptx(title="")
    slide = f.titled_slide(presentation, "Words")
    f.slide_table(slide, rows, left=0.4, top=1.6, width=9.2, row_height=0.9)
    return f.pptx_bytes(presentation)


def test_a_table_with_words_across_its_top_row_pairs_each_word_with_the_meaning_beneath_it():
    rows = [("Router", "Switch", "Hub"),
            ("Sends data between different networks using IP addresses",
             "Sends data only to the device on a network it is meant for",
             "Sends every message to every device connected to it")]
    terms = _terms(_found("deck.pptx", _deck_with_table(rows)))
    assert terms.get("Switch") == "Sends data only to the device on a network it is meant for", terms


def test_a_header_row_over_one_row_of_data_is_not_a_table_laid_across():
    rows = [("Term", "Definition"), ("Router", "Sends data between different networks using IP addresses")]
    terms = _terms(_found("deck.pptx", _deck_with_table(rows)))
    assert "Term" not in terms, terms


# Word reading sheet: key words explained in real footnotes ------------------------------------------------------

def test_a_footnote_giving_only_a_meaning_defines_the_word_before_its_mark():
    sheet = _footnoted_sheet("Data travels across the network as a packet[1] that are put back together.",
                             {1: "Small chunks of data sent separately across a network."})
    terms = _terms(_found("sheet.docx", sheet))
    assert terms.get("Packet") == "Small chunks of data sent separately across a network", terms


def test_a_footnote_that_names_its_word_defines_that_word():
    sheet = _footnoted_sheet("Every device on a network has an IP address[1], like a house number.",
                             {1: "IP address: a unique number that identifies a device on a network."})
    terms = _terms(_found("sheet.docx", sheet))
    assert terms.get("IP address") == "a unique number that identifies a device on a network", terms


def test_an_abbreviation_before_a_footnote_mark_is_the_whole_word():
    sheet = _footnoted_sheet("Designers use CAD[1] software to draw the product.",
                             {1: "Computer-aided design – using a computer program to design a product."})
    terms = _terms(_found("sheet.docx", sheet))
    assert terms.get("CAD") == "Computer-aided design – using a computer program to design a product", terms


# Podcast script: speakers' turns are speech --------------------------------------------------------------------

SCRIPT = """Episode 4: networks
HOST: Mr Shah
GUEST: Ms Patel
[JINGLE]
HOST: Welcome back. Today we are talking about how the internet moves your data around.
GUEST: Hi everyone. Yes, I'm the one who fixes the Wi-Fi when it breaks.
HOST: [laughs] So what does a router do?
GUEST: Routers are small computers that pass data between different networks along the best path.
HOST: And the box in the classroom cupboard?
GUEST: The switch – like a postman for one building, it sends each message to the right computer.
HOST: Thanks for coming in.
"""


def _script_terms(script: str) -> dict[str, str]:
    return _terms(_found("podcast.txt", script.encode()))


def test_a_speakers_turn_defines_a_word_said_without_an_article():
    terms = _script_terms(SCRIPT)
    assert terms.get("Routers") == "Small computers that pass data between different networks along the best path", \
        terms


def test_a_dash_in_a_speakers_turn_is_a_pause_not_a_word_beside_its_meaning():
    terms = _script_terms(SCRIPT)
    assert "The switch" not in terms and "Switch" not in terms, terms


def test_a_speakers_name_is_not_a_key_word():
    terms = _script_terms(SCRIPT)
    assert not {"HOST", "GUEST", "Host", "Guest"} & set(terms), terms


def test_notes_with_a_labelled_line_or_two_are_not_a_script():
    from app.services.documents.transcripts import script_speakers

    lines = ["Task: make a poster", "Homework: revise", "Task: label the diagram", "A router joins networks."]
    assert script_speakers(lines) == set()


# Titles --------------------------------------------------------------------------------------------------------

def test_a_title_naming_a_topic_then_asking_about_it_is_titled_by_its_topic():
    document = f.new_docx()
    document.add_heading("ROBOTICS: HOW DO ROBOTS SENSE THE WORLD?", level=1)
    document.add_paragraph("Robots use sensors to measure what is around them.")
    assert _found("sheet.docx", f.docx_bytes(document))["lesson_titles"][0] == "ROBOTICS"


# Canva infographic PDF -----------------------------------------------------------------------------------------

def _infographic(lines: list[tuple[str, float, bool]]) -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    for text, size, bold in lines:
        pdf.line_of(text, size=size, bold=bold)
    return pdf.output_bytes()


BODY = [("Robots are machines that can carry out tasks on their own, often ones that are dull or dangerous.", 10,
         False)] * 3


def test_a_big_banner_with_a_short_subtitle_after_a_colon_is_a_title():
    pdf = _infographic([("ROBOTICS: THE BASICS", 24, True), *BODY])
    assert _found("poster.pdf", pdf)["lesson_titles"][0] == "ROBOTICS: THE BASICS"


def test_a_key_word_in_capitals_equal_to_its_meaning_is_a_key_word():
    pdf = _infographic([*BODY, ("MACHINE LEARNING = when a computer improves at a task by learning from examples.",
                                10, True)])
    terms = _terms(_found("poster.pdf", pdf))
    assert terms.get("Machine learning") == "when a computer improves at a task by learning from examples.", terms


def test_a_short_word_in_capitals_over_short_for_its_expansion_is_a_key_word():
    tiles = [("SENSOR", "A device that measures something in the world around a robot, such as light or heat."),
             ("APP", "Short for application: a program made to do one job, often on a phone."),
             ("ACTUATOR", "A part that makes a robot move, such as a motor or a pump.")]
    pdf = _infographic([("ROBOTICS: THE BASICS", 24, True), *BODY,
                        *[line for word, caption in tiles for line in ((word, 13, True), (caption, 10, False))]])
    terms = _terms(_found("poster.pdf", pdf))
    assert "Short for application" in terms.get("APP", ""), terms
