"""Shapes first met in the sixteenth held-out set: a deck whose key words each have a slide of their own, the
word as its title and its meaning in a drawn callout, with Bronze/Silver/Gold objectives; a Word booklet whose aims
follow "By the end of these two lessons I will be able to:" and end in a traffic-light self-assessment grid; a
key-terms sheet printed from Excel across two pages (the words on one, their meanings on the next) beside slides
titled with a question."""

from __future__ import annotations

from app.services.documents import extract
from app.services.documents.materials import merge
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# A deck: a slide per key word, its meaning in a callout ------------------------------------------------------

def _word_slide_deck(meaning_shape: str) -> bytes:
    presentation = f.new_pptx(title="")
    f.title_slide(presentation, "Networks", "Year 8")
    slide = f.titled_slide(presentation, "MODEM")
    if meaning_shape == "callout":
        f.shape_box(slide, "A device that turns the computer's digital signals into ones a phone line can carry.",
                    left=0.7, top=1.7, width=8.6, height=2, kind="ROUNDED_RECTANGULAR_CALLOUT", color="000000")
    else:
        f.text_box(slide, "0 = off     1 = on", left=3, top=6.4, width=4, size=20)
    return f.pptx_bytes(presentation)


def test_a_slide_titled_with_a_word_over_a_callout_of_its_meaning_defines_the_word():
    terms = _terms(_found("deck.pptx", _word_slide_deck("callout")))
    assert "digital signals" in terms.get("MODEM", terms.get("Modem", "")), terms


def test_a_word_slide_titled_with_a_word_that_could_head_steps_still_defines_it():
    presentation = f.new_pptx(title="")
    f.title_slide(presentation, "Animation", "Year 8")
    slide = f.titled_slide(presentation, "TIMELINE")
    f.shape_box(slide, "The strip along the bottom of the software that shows all your frames in order.",
                left=0.7, top=1.7, width=8.6, height=2, kind="ROUNDED_RECTANGULAR_CALLOUT", color="000000")
    f.text_box(slide, "Example: drag frames on the timeline to change their order.", left=0.7, top=4.1, width=8.6)
    terms = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert "shows all your frames" in terms.get("Timeline", ""), terms


def test_a_caption_in_a_text_box_under_a_title_is_not_its_meaning():
    terms = _terms(_found("deck.pptx", _word_slide_deck("text box")))
    assert not terms, terms


def test_a_medal_label_before_an_objective_is_left_off():
    presentation = f.new_pptx(title="")
    f.content_slide(presentation, "Learning objectives", [
        "🥉 Bronze: Describe what a modem does",
        "🥈 Silver: Explain how data travels between networks",
        "Gold – Compare wired and wireless connections",
    ])
    objectives = _objectives(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert objectives == ["Describe what a modem does", "Explain how data travels between networks",
                          "Compare wired and wireless connections"], objectives


# A Word booklet: aims in the pupil's voice, then a self-assessment grid ---------------------------------------

AIMS = ["describe what a network is and why we use one", "explain what a router does"]
CAN_DO = ["I can say what a network is", "I can name two devices on a network", "I can explain what a router does"]


def _booklet(*, with_aims: bool) -> bytes:
    document = f.new_docx()
    document.add_heading("Networks", level=1)
    if with_aims:
        document.add_heading("By the end of these two lessons I will be able to:", level=2)
        for aim in AIMS:
            f.para(document, aim, style="List Number")
    f.para(document, "Colour in the box that shows how confident you feel now.")
    f.table(document, [["I can…", "🔴", "🟠", "🟢"], *[[line, "", "", ""] for line in CAN_DO]])
    return f.docx_bytes(document)


def test_aims_after_by_the_end_of_these_lessons_in_the_pupils_voice_are_objectives():
    objectives = _objectives(_found("booklet.docx", _booklet(with_aims=True)))
    assert "Explain what a router does" in objectives, objectives


def test_a_self_assessment_grid_after_stated_aims_adds_no_objectives():
    objectives = _objectives(_found("booklet.docx", _booklet(with_aims=True)))
    assert not [o for o in objectives if o.startswith("I can")], objectives


def test_a_self_assessment_grid_is_still_read_when_no_aims_are_stated():
    objectives = _objectives(_found("booklet.docx", _booklet(with_aims=False)))
    assert "I can explain what a router does" in objectives, objectives


def test_a_help_lines_phone_number_is_not_a_meaning():
    document = f.new_docx()
    document.add_heading("Where to get help", level=2)
    for line in ["Childline – 0800 1111 or childline.org.uk (free, and it will not show on your bill)",
                 "Samaritans – 116 123, any time of the day or night"]:
        f.para(document, line, style="List Bullet")
    terms = _terms(_found("booklet.docx", f.docx_bytes(document)))
    assert "Childline" not in terms, terms


# Marp slides: a word in bold opening a later sentence of its paragraph -----------------------------------------

def test_a_bold_word_opening_a_later_sentence_is_defined_by_that_sentence():
    slides = (b"## Apps are event-driven\n\nAn app spends most of its time waiting for you. An **event** is "
              b"something that happens while the app is running, like a tap or a swipe.\n")
    terms = _terms(_found("slides.md", slides))
    assert terms.get("Event", "").startswith("Something that happens while the app is running"), terms


# A key-terms sheet printed from Excel across two pages --------------------------------------------------------

WORDS = [("Router", "Networks"), ("Switch", "Networks"), ("Firewall", "Security")]
MEANINGS = ["Sends data between different networks.", "Sends data to the right device on one network.",
            "Checks data coming in and blocks what is not allowed."]


def _sheet_across_pages() -> bytes:
    pdf = f.Pdf(title="Y8 Networks key terms")
    pdf.set_font(pdf.sans, "", 9)
    pages = [[("#", "Key term", "Topic"), *[(str(n), word, topic) for n, (word, topic) in enumerate(WORDS, 1)]],
             [("Definition", "Example", "Learnt? ✓"), *[(meaning, "At school", "") for meaning in MEANINGS]]]
    for rows in pages:
        pdf.add_page()
        with pdf.table(col_widths=(30, 60, 30) if len(rows[0]) == 3 and rows[0][0] == "#" else (110, 40, 20),
                       first_row_as_headings=False) as table:
            for row in rows:
                table.row([pdf.typed(cell) for cell in row])
    return pdf.output_bytes()


def test_a_sheet_printed_across_two_pages_pairs_each_word_with_the_meaning_in_its_row():
    terms = _terms(_found("Y8 Networks key terms.pdf", _sheet_across_pages()))
    assert terms.get("Switch") == "Sends data to the right device on one network.", terms


def test_a_slides_title_comes_before_a_sheets_name():
    slides = b"# What is a network?\n\nA network is two or more computers connected together.\n"
    documents = extract("lesson.md", slides) + extract("Y8 Networks key terms.pdf", _sheet_across_pages())
    assert merge(documents).lesson_titles[0] == "What is a network?"
