"""Shapes first met in the eleventh held-out set: a Notion toggle of key words whose meanings sit in the child
lines (one spelling out an abbreviation and giving a web address as its example), the same key word written with
and without its abbreviation in two documents of a unit, a "Today" slide of objectives, a homework's "This homework
checks that you can:" list, units brought in meaning first ("1000 bytes is a **kilobyte (KB)**"), a Frayer-model
sheet (the word in a shaded middle row of a 2x2 table) and key words spoken in a slide's speaker notes."""

from __future__ import annotations

from app.services.documents import extract, merge
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def test_a_meaning_with_a_web_address_as_its_example_is_still_a_meaning():
    text = ("## Key words\n\n"
            "- URL\n"
            "    - Uniform Resource Locator – the full address of a web page, e.g. https://www.bbc.co.uk/news\n"
            "- Domain name\n"
            "    - The human-friendly name of a website, e.g. bbc.co.uk\n")
    terms = _terms(_found("page.md", text.encode()))
    assert terms.get("URL", "").startswith("Uniform Resource Locator – the full address"), terms


def test_the_glossary_goes_on_after_a_meaning_with_a_web_address():
    text = ("## Key words\n\n"
            "- URL\n"
            "    - Uniform Resource Locator – the full address of a web page, e.g. https://www.bbc.co.uk/news\n"
            "- Domain name\n"
            "    - The human-friendly name of a website, e.g. bbc.co.uk\n")
    assert "Domain name" in _terms(_found("page.md", text.encode()))


def test_a_key_word_with_and_without_its_abbreviation_is_one_key_word_in_a_unit():
    notes = ("## Key words\n\n"
             "- DNS (Domain Name System)\n    - Looks up a domain name and finds the matching IP address\n"
             "- World Wide Web (WWW)\n    - All the web pages on the internet, linked together by hyperlinks\n")
    sheet = f.new_docx()
    f.table(sheet, [["Word", "Definition"],
                    ["World Wide Web", "All the web pages on the internet, joined together by hyperlinks"],
                    ["DNS", "The system that looks up the IP address that matches a domain name"]])
    documents = extract("notes.md", notes.encode()) + extract("sheet.docx", f.docx_bytes(sheet))
    assert sorted(t["term"] for t in merge(documents).vocabulary) == ["DNS (Domain Name System)", "World Wide Web (WWW)"]


def test_a_key_word_set_apart_in_a_table_keeps_its_spelt_out_name():
    document = f.new_docx()
    f.table(document, [["Key word", "Meaning"],
                       ["SaaS (Software as a Service)", "Software you use through a web browser instead of installing it"],
                       ["Cloud storage", "Saving files on servers online so you can get to them from any device"]])
    assert "SaaS (Software as a Service)" in _terms(_found("organiser.docx", f.docx_bytes(document)))


def test_the_answers_in_a_row_that_asks_a_question_are_not_key_words():
    text = ("## Internet vs Web\n\n"
            "| | The internet | The World Wide Web |\n| --- | --- | --- |\n"
            "| What is it? | Hardware – a network of networks | A collection of web pages |\n"
            "| Made of | cables, routers, satellites, servers | pages, links, images, videos |\n")
    assert _terms(_found("page.md", text.encode())) == {}


def test_a_bold_title_of_a_newspaper_is_not_a_key_word():
    text = "Pupils read **The Daily Byte** (newspaper sheet) and fill in the table.\n"
    assert _terms(_found("page.md", text.encode())) == {}


def test_a_slide_titled_today_lists_the_objectives():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Today", [
        "Describe what an embedded system is and give examples",
        "Explain the difference between a sensor and an actuator",
    ])
    found = _found("deck.pptx", f.pptx_bytes(presentation))
    assert _objectives(found) == ["Describe what an embedded system is and give examples",
                                  "Explain the difference between a sensor and an actuator"]


def test_a_homework_checking_that_you_can_lists_the_objectives():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("This homework checks that you can:", size=11, bold=True, height=8)
    for item in ("name the units of data from a bit to a petabyte", "put the units of data in order of size"):
        pdf.line_of(f"•  {item}", size=11)
    pdf.line_of("What you need to know", size=13, bold=True, height=10)
    found = _found("homework.pdf", pdf.output_bytes())
    assert [text.lower() for text in _objectives(found)] == ["name the units of data from a bit to a petabyte",
                                                             "put the units of data in order of size"]


def test_a_unit_brought_in_after_the_amount_it_stands_for_is_defined_by_that_amount():
    text = ("When we have 1000 bytes we call it a **kilobyte (KB)**. A short text document is a few KB.\n\n"
            "1000 kilobytes is one **megabyte (MB)** – about the size of a photo.\n\n"
            "1000 megabytes make a **gigabyte (GB)**. Films and games are measured in GB.\n")
    terms = _terms(_found("units.md", text.encode()))
    assert terms == {"Kilobyte (KB)": "1000 bytes", "Megabyte (MB)": "1000 kilobytes", "Gigabyte (GB)": "1000 megabytes"}


def _frayer(document, word: str, definition: str) -> None:
    """One Frayer model: a 2x2 table of labelled quadrants round the word, set in a merged middle row."""
    made = document.add_table(rows=3, cols=2)
    made.style = "Table Grid"
    quadrants = [("Definition", definition), ("Characteristics", "Is an input"), ("Examples", "A thermostat"),
                 ("Non-examples", "A speaker")]
    for cell, (label, text) in zip([*made.rows[0].cells, *made.rows[2].cells], quadrants, strict=True):
        cell.paragraphs[0].text = label
        cell.add_paragraph(text)
    middle = made.rows[1].cells[0].merge(made.rows[1].cells[1])
    middle.paragraphs[0].text = word.upper()
    document.add_paragraph("")


def test_a_frayer_model_gives_its_word_and_the_definition_quadrant():
    document = f.new_docx()
    _frayer(document, "Light sensor", "An input device that measures how bright it is")
    assert _terms(_found("frayer.docx", f.docx_bytes(document))) == {
        "Light sensor": "An input device that measures how bright it is"}


def test_a_frayer_model_left_blank_for_pupils_still_names_its_word():
    document = f.new_docx()
    _frayer(document, "Microcontroller", "")
    assert _terms(_found("frayer.docx", f.docx_bytes(document))) == {"Microcontroller": ""}


def _notes_deck(notes: str) -> bytes:
    presentation = f.new_pptx()
    slide = f.titled_slide(presentation, "What do these have in common?")
    slide.notes_slide.notes_text_frame.text = notes
    return f.pptx_bytes(presentation)


def test_a_word_named_then_explained_after_a_dash_in_the_notes_is_a_key_word():
    notes = ("Take a few ideas first. We call that a firewall – a program that checks the data coming into a "
             "network. Ask: who has one at home?")
    terms = _terms(_found("deck.pptx", _notes_deck(notes)))
    assert terms == {"Firewall": "A program that checks the data coming into a network"}


def test_a_word_called_by_its_name_then_explained_after_a_colon_is_a_key_word():
    notes = ("This is a control system: a system that uses sensors to check conditions, without a person. The loop "
             "back is called feedback: the output changes the conditions for the next reading.")
    terms = _terms(_found("deck.pptx", _notes_deck(notes)))
    assert terms == {"Control system": "A system that uses sensors to check conditions, without a person",
                     "Feedback": "The output changes the conditions for the next reading"}


def test_a_word_the_script_defines_with_which_is_is_a_key_word():
    notes = "Most of them are run by a microcontroller, which is a small computer on a single chip. Ask them why."
    assert _terms(_found("deck.pptx", _notes_deck(notes))) == {"Microcontroller": "A small computer on a single chip"}


def test_a_sentence_inside_the_notes_saying_what_a_word_is_defines_it():
    notes = "Then the output side. An actuator is an output device that makes something move. Sensor in, actuator out."
    assert _terms(_found("deck.pptx", _notes_deck(notes))) == {
        "Actuator": "An output device that makes something move"}


def test_an_abbreviation_set_beside_its_hyphenated_expansion_in_the_notes_is_a_key_word():
    notes = ("So the reading goes through an ADC, an analogue-to-digital converter, which turns the continuous "
             "signal into binary numbers. Draw the wave on the board.")
    assert _terms(_found("deck.pptx", _notes_deck(notes))) == {
        "ADC (analogue-to-digital converter)": "Turns the continuous signal into binary numbers"}


def test_people_counted_out_for_a_role_play_in_the_notes_are_not_a_key_word():
    notes = "Act it out: five pupils are the registers, pass the instruction cards along."
    assert _terms(_found("deck.pptx", _notes_deck(notes))) == {}


def test_a_keyword_the_notes_call_a_loop_is_named_as_that_loop():
    notes = "Point out: forever is a loop that runs for as long as the micro:bit has power; then try it."
    assert list(_terms(_found("deck.pptx", _notes_deck(notes)))) == ["Forever loop"]


def test_an_aside_in_brackets_after_a_bold_word_is_not_its_meaning():
    text = "Four bits together make a **nibble** (yes, really – half a byte!).\n"
    assert not _terms(_found("units.md", text.encode())).get("Nibble", "").startswith("Yes")


def test_a_unit_brought_in_after_an_amount_in_words_is_defined_by_it():
    text = "Four bits together make a **nibble** (yes, really – half a byte!).\n"
    assert _terms(_found("units.md", text.encode())) == {"Nibble": "Four bits together"}


def test_a_word_the_script_says_is_stored_or_made_some_way_is_defined_as_that_kind_of_thing():
    notes = "The computer can only work with digital data, which is stored as separate values, in binary. Draw it."
    assert _terms(_found("deck.pptx", _notes_deck(notes))) == {"Digital data": "Data stored as separate values, in binary"}
