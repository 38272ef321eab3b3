"""Shapes first met in the twelfth held-out set: a scanned textbook page as PDF (words hyphenated at line ends, a
meaning set between dashes mid-sentence, a passage whose numbered markers point to numbered margin notes, a book's
numbered section as its heading) with a true-or-false sheet, a deck of two-level bullets with "e.g." lines under
the meanings, and a Sway saved as HTML ("By the end of this Sway…", "Keep your glossary open – …") with a
dictionary-style Word glossary ("**word** (noun) meaning")."""

from __future__ import annotations

from app.services.documents import extract, merge
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def _pdf(lines: list[str]) -> bytes:
    """A page of lines as printed, each line where the book broke it."""
    pdf = f.Pdf()
    pdf.add_page()
    for line in lines:
        pdf.line_of(line, size=11)
    return pdf.output_bytes()


def _dictionary_glossary() -> bytes:
    document = f.new_docx()
    document.add_heading("Networks: Glossary", level=0)
    document.add_heading("B", level=1)
    for word, meaning in [("bandwidth", "The amount of data that can be sent in one second."),
                          ("buffer", "A store that holds data until it can be used.")]:
        paragraph = document.add_paragraph()
        paragraph.add_run(word).bold = True
        paragraph.add_run(" (noun) ").italic = True
        paragraph.add_run(meaning)
        document.add_paragraph().add_run("e.g. Video calls need a lot of bandwidth.").italic = True
    return f.docx_bytes(document)


def test_a_dictionary_entry_gives_its_word_and_the_meaning_after_the_word_class():
    terms = _terms(_found("glossary.docx", _dictionary_glossary()))
    assert terms.get("Bandwidth") == "The amount of data that can be sent in one second", terms


def test_every_dictionary_entry_under_a_letter_heading_is_read():
    terms = _terms(_found("glossary.docx", _dictionary_glossary()))
    assert "Buffer" in terms, terms


def test_objectives_follow_by_the_end_of_this_whatever_the_pupils_work_through():
    page = ("<html><body><h2>What we're learning</h2><p>By the end of this Sway you should be able to:</p>"
            "<ul><li>Explain what a protocol is</li><li>Describe how data is sent in packets</li></ul></body></html>")
    assert _objectives(_found("sway.html", page.encode())) == ["Explain what a protocol is",
                                                               "Describe how data is sent in packets"]


def test_an_instruction_before_a_dash_is_not_a_key_word():
    page = "<html><body><h2>Packets</h2><p>Keep your glossary open – every bold word is in it.</p></body></html>"
    assert _terms(_found("sway.html", page.encode())) == {}


def test_an_example_line_under_a_meaning_names_no_key_words():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Key words", [
        "Input device",
        "  Hardware that sends data into a computer",
        "  e.g. a keyboard, a mouse, a scanner",
        "Output device",
        "  Hardware that shows or uses the results of processing",
    ])
    terms = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert sorted(terms) == ["Input device", "Output device"], terms


def test_a_word_marked_with_a_number_takes_the_meaning_of_its_numbered_note():
    text = ("A computer sends data across a network in small pieces called packets. Every packet carries the "
            "address of its destination, and a router (1) reads it to choose the next hop. The protocol (2) "
            "decides how the packets are put back together.\n\n"
            "(1) router a device that forwards packets between networks\n\n"
            "(2) protocol a set of rules for sending and receiving data\n")
    terms = _terms(_found("page.txt", text.encode()))
    assert terms.get("Router") == "A device that forwards packets between networks", terms


def test_the_longest_words_before_a_marker_that_open_the_note_are_the_key_word():
    text = ("Some data you leave on purpose: your active digital footprint (1) grows each time you post.\n\n"
            "(1) active digital footprint data you share on purpose, such as posts\n")
    assert "Active digital footprint" in _terms(_found("page.txt", text.encode()))


def test_a_word_broken_with_a_hyphen_at_a_line_end_is_mended():
    pdf = _pdf(["A router reads the address on every packet and sends it on towards its des-",
                "tination by the quickest route it knows about at the time."])
    (document,) = extract("page.pdf", pdf)
    assert "towards its destination by" in document.text, document.text


def test_a_compound_broken_at_its_own_hyphen_keeps_it():
    pdf = _pdf(["Most banks now ask you to turn on two-",
                "factor authentication before you can pay anyone new, and you can drag-and-",
                "drop the app onto your home screen."])
    (document,) = extract("page.pdf", pdf)
    assert "turn on two-factor authentication before" in document.text, document.text
    assert "you can drag-and-drop the app" in document.text, document.text


def test_a_meaning_between_dashes_in_a_wrapped_sentence_stays_in_its_paragraph():
    pdf = _pdf(["The good news is that you can keep yourself safe. Check",
                "your privacy settings – the options that control who can see your",
                "posts and your profile – on every app you use."])
    (document,) = extract("page.pdf", pdf)
    assert "Check your privacy settings – the options" in document.text, document.text


def test_a_word_explained_between_dashes_as_the_thing_that_does_something_is_a_key_word():
    text = ("Check your privacy settings – the options that control who can see your posts and your profile – "
            "on every app you use.\n")
    terms = _terms(_found("page.txt", text.encode()))
    assert terms.get("Privacy settings") == "The options that control who can see your posts and your profile", terms


def test_an_ing_word_explained_in_brackets_by_what_doing_it_is_is_a_key_word():
    text = "Avoid oversharing (giving away too much personal information, such as your address) when you post.\n"
    terms = _terms(_found("page.txt", text.encode()))
    assert terms.get("Oversharing", "").startswith("Giving away too much personal information"), terms


def test_statements_to_judge_true_or_false_are_not_meanings():
    sheet = f.new_docx()
    f.table(sheet, [["No.", "Statement", "T / F"],
                    ["1", "Bandwidth means the colour of a network cable.", ""],
                    ["2", "A router is a device that forwards packets between networks.", ""]])
    assert _terms(_found("sheet.docx", f.docx_bytes(sheet))) == {}


def test_a_true_or_false_sheet_is_titled_by_its_topic():
    sheet = f.new_docx()
    f.para(sheet, "Computer Networks – True or False?", size=20, bold=True)
    f.para(sheet, "Read each statement. Write T or F.")
    assert _found("sheet.docx", f.docx_bytes(sheet))["lesson_titles"][0] == "Computer Networks"


def test_a_textbook_section_is_titled_after_the_title_of_another_document_of_the_unit():
    page = "# 4.2 How the internet works\n\nA router reads the address on every packet.\n"
    sheet = "# Computer Networks\n\nAnswer the questions in full sentences.\n"
    documents = extract("page.md", page.encode()) + extract("sheet.md", sheet.encode())
    assert merge(documents).lesson_titles[0] == "Computer Networks"
