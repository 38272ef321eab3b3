"""Shapes first met in the nineteenth held-out set, on printables and caption layouts: an A–Z grid of letter boxes
each joining a word and its meaning its own way, objectives in a teacher's speech bubble as numbered lower-case
lines, a course line naming the topic under a sheet's "A–Z of …" title, a leaflet's bold words defined in passing,
a "Content with Caption" deck (a caption about the list beside the objectives, a title naming two words the caption
defines in turn, a caption that names the title's word at its end, a story's scene under a picture), and Cornell
notes (a "Cues | Notes" grid of key words or prompts beside note-form lines, a "Topic:" field in the header box)."""

from __future__ import annotations

import io

from fpdf import FPDF
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Inches, Pt

from app.services.documents.word_forms import expands
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

CONTENT_WITH_CAPTION, PICTURE_WITH_CAPTION = 7, 8  # the default template's layouts


def _saved(deck) -> bytes:
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _box(slide, text: str, *, left: float, top: float, width: float, height: float, shape=None, size: int = 10):
    made = (slide.shapes.add_shape(shape, Inches(left), Inches(top), Inches(width), Inches(height)) if shape
            else slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height)))
    frame = made.text_frame
    for index, line in enumerate(text.split("\n")):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = Pt(size)
    return made


# An A–Z grid on a printable slide ---------------------------------------------------------------------------------

FILLED = {
    "A": "API – Application Programming Interface: a way for one program to ask another for data.",
    "B": "Bandwidth: how much data a connection can carry each second.",
    "C": "Cache means a small, fast store of data used again soon.",
    "D": "DNS → turns a web address into the IP address of a server.",
    "E": "Encryption … scrambles data so only the right person can read it.",
    "S": "SMTP → sends email from one mail server to another.",
    "P": "P2P (Peer to Peer) = computers sharing files with each other without a server.",
    "G": "……………………\n(hint: it joins networks)\n……………………………………",
    "H": "WORD BANK\nrouter · switch · packet",
}


def _grid_sheet(filled: dict[str, str]) -> bytes:
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(7.5), Inches(10.83)
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _box(slide, "THE A–Z OF NETWORKS", left=0.3, top=0.25, width=6.9, height=0.7, size=24)
    _box(slide, "Year 8 Computing · Networks · Lesson 2", left=0.3, top=1.0, width=4, height=0.3)
    for index, (letter, text) in enumerate(filled.items()):
        x, y = 0.3 + (index % 4) * 1.72, 3.1 + (index // 4) * 1.04
        _box(slide, letter, left=x + 0.04, top=y + 0.04, width=0.34, height=0.34, shape=MSO_SHAPE.OVAL, size=11)
        _box(slide, text, left=x + 0.36, top=y + 0.02, width=1.28, height=0.94, size=7)
    return _saved(deck)


def test_each_box_of_an_a_to_z_grid_gives_its_word_and_meaning_however_they_are_joined():
    words = _terms(_found("az.pptx", _grid_sheet(FILLED)))
    assert words["API (Application Programming Interface)"].startswith("A way for one program")
    assert words["Bandwidth"].startswith("How much data")
    assert words["Cache"].startswith("A small, fast store")
    assert words["DNS"].startswith("Turns a web address")
    assert words["Encryption"].startswith("Scrambles data")
    assert words["SMTP"].startswith("Sends email")  # a word in capitals with no vowel is an abbreviation
    assert words["P2P (Peer to Peer)"].startswith("Computers sharing files")


def test_a_grid_box_left_for_the_class_or_holding_a_word_bank_gives_no_word():
    words = _terms(_found("az.pptx", _grid_sheet(FILLED)))
    assert not any(letter in words for letter in "ABCDEGHPS")
    assert not any("hint" in meaning.lower() or "WORD BANK" in word for word, meaning in words.items())


def test_a_letter_beside_a_box_that_does_not_start_with_it_is_not_an_a_to_z_index():
    # A labelled diagram's "A" beside a sentence: the letter names a part of the diagram, and the pair stays as read.
    words = _terms(_found("az.pptx", _grid_sheet({"A": "Bandwidth: how much data a connection can carry each second."})))
    assert "A" not in words


def test_a_course_line_names_the_topic_of_an_a_to_z_sheet():
    assert _found("az.pptx", _grid_sheet(FILLED))["lesson_titles"][0] == "Networks"


def test_a_number_standing_for_to_or_for_is_read_in_an_abbreviation():
    assert expands("B2C", "Business to Consumer") and expands("P2P", "peer to peer")
    assert not expands("B2C", "Business for Consumer") and not expands("B2C", "Buy two cakes")


# A speech bubble's objectives on a printable ----------------------------------------------------------------------

def _bubble_sheet(bubble: str) -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[6])
    _box(slide, "Networks", left=0.3, top=0.25, width=6.9, height=0.7, size=24)
    _box(slide, bubble, left=1.5, top=1.4, width=5.7, height=1.2, shape=MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT)
    _box(slide, "I’ve started the grid for you. Fill in the rest using today’s lesson.", left=0.3, top=2.8,
         width=6.9, height=0.5)
    _box(slide, "Mr Khan · Computing · Y8 Unit 2 · print A4 please", left=0.3, top=10, width=6.9, height=0.3)
    return _saved(deck)


def test_numbered_objectives_in_a_speech_bubble_after_by_the_end_of_today():
    data = _bubble_sheet("Mr Khan says: by the end of today you should be able to…\n1) describe what a router does"
                         "\n2) explain why networks use switches")
    assert _objectives(_found("sheet.pptx", data)) == ["Describe what a router does",
                                                       "Explain why networks use switches"]


def test_the_boxes_after_a_numbered_list_of_objectives_are_not_objectives():
    data = _bubble_sheet("Mr Khan says: by the end of today you should be able to…\n1) describe what a router does")
    found = _objectives(_found("sheet.pptx", data))
    assert not any("grid" in aim or "Khan" in aim for aim in found)


# A deck in the default template's caption layouts -----------------------------------------------------------------

def _caption_slide(deck, title: str, caption: str, lines: list[str], *, layout: int = CONTENT_WITH_CAPTION):
    slide = deck.slides.add_slide(deck.slide_layouts[layout])
    slide.shapes.title.text = title
    slide.placeholders[2].text_frame.text = caption
    if lines:
        slide.placeholders[1].text_frame.text = lines[0]
        for line in lines[1:]:
            slide.placeholders[1].text_frame.add_paragraph().text = line
    return slide


def test_a_caption_about_the_list_beside_the_objectives_is_not_one_of_them():
    deck = Presentation()
    _caption_slide(deck, "What are we learning?", "Tick them off as we go ✔",
                   ["☐ Describe how a router forwards packets", "☐ Explain what a switch does"])
    assert _objectives(_found("aims.pptx", _saved(deck))) == ["Describe how a router forwards packets",
                                                              "Explain what a switch does"]


def test_an_objective_that_writes_programs_is_still_an_objective():
    deck = Presentation()
    _caption_slide(deck, "What are we learning?", "Our aims",
                   ["Write programs that use loops", "Check these programs for errors with a trace table"])
    assert len(_objectives(_found("aims.pptx", _saved(deck)))) == 2


def test_a_title_naming_two_words_that_its_caption_defines_in_turn():
    deck = Presentation()
    _caption_slide(deck, "Router + switch", "Every network needs both. The router is a device that joins "
                   "networks together. The switch is a device that joins computers on one network.",
                   ["Home hub = router + switch"])
    words = _terms(_found("kit.pptx", _saved(deck)))
    assert words["Router"].startswith("A device that joins networks")
    assert words["Switch"].startswith("A device that joins computers")


def test_a_caption_that_names_the_title_word_at_its_end_is_its_meaning():
    deck = Presentation()
    _caption_slide(deck, "IP address", "Each device on the internet gets a number like 192.168.0.4. That number "
                   "is its address, so data can find it.", ["192.168.0.4"])
    assert "That number is its address" in _terms(_found("ip.pptx", _saved(deck))).get("IP address", "")


def test_a_sentence_about_every_thing_that_names_another_word_is_not_the_title_meaning():
    deck = Presentation()
    _caption_slide(deck, "Packets", "Each router on the way reads the packet header. That is the best route.",
                   ["Header", "Payload"])
    assert "Packets" not in _terms(_found("ip.pptx", _saved(deck)))


def test_a_story_set_in_a_place_under_a_picture_is_not_a_meaning():
    deck = Presentation()
    _caption_slide(deck, "The story", "Inside the computer is a little man in a room full of numbered mailboxes. "
                   "All he can do is follow instructions.", [], layout=PICTURE_WITH_CAPTION)
    assert _terms(_found("story.pptx", _saved(deck))) == {}


def test_an_activity_label_with_a_pictograph_after_it_is_not_a_key_word():
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "Exit ticket 🎟"
    slide.placeholders[1].text_frame.text = "Mailbox 20 holds 7 and mailbox 21 holds 5."
    slide.placeholders[1].text_frame.add_paragraph().text = "What is in the accumulator after LDA 20, ADD 21?"
    assert _terms(_found("exit.pptx", _saved(deck))) == {}


def test_a_deck_title_said_to_the_class_is_an_indirect_title():
    from app.services.documents.titles import is_indirect_title

    assert is_indirect_title("Meet the Little Man") and is_indirect_title("Welcome to Python")
    assert not is_indirect_title("Meeting deadlines with Gantt charts")


# Cornell notes printed to PDF -------------------------------------------------------------------------------------

CORNELL = [
    ("CPU", ["- the part of a computer that carries out instructions", "- has a clock and cores"]),
    ("RAM cycle", ["- random access memory cycle = one read or write of the main memory by the processor",
                   "- many each second"]),
    ("Cache", ["- a cache keeps copies of data the processor will use again soon", "- L1, L2, L3"]),
    ("Faster??", ["- more cores do not always help", "- some programs use one core"]),
    ("Talking to the printer", ["- OUT sends the value to the printer queue for the user", "- slow!"]),
]


def _cornell_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 9, "Topic: Central Processing Unit (CPU)    Name: Ms Ray    Class: 9C    Date: 09/01/25", border=1,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(50, 8, "Cues", border=1, fill=True)
    pdf.cell(0, 8, "Notes", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    for cue, notes in CORNELL:
        top = pdf.get_y()
        bottom = top + max(len(notes) * 5.5 + 8, 24)
        pdf.set_xy(12, top + 2)
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(46, 6, cue)
        pdf.set_font("Helvetica", "", 10)
        pdf.set_y(top + 2)
        for note in notes:
            pdf.set_x(62)
            pdf.multi_cell(136, 5.5, note, new_x="LMARGIN", new_y="NEXT")
        pdf.rect(10, top, 50, bottom - top)
        pdf.rect(60, top, 140, bottom - top)
        pdf.set_xy(10, bottom)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Summary: the CPU runs instructions one at a time, fetching them from memory.")
    return bytes(pdf.output())


def test_cornell_cues_are_key_words_their_first_note_the_meaning():
    words = _terms(_found("cornell.pdf", _cornell_pdf()))
    assert words["Central Processing Unit (CPU)"].startswith("The part of a computer")
    assert words["Random access memory cycle (RAM cycle)"].startswith("One read or write")
    assert words["Cache"].startswith("Keeps copies of data")


def test_cornell_cues_that_are_prompts_are_not_key_words():
    words = _terms(_found("cornell.pdf", _cornell_pdf()))
    assert not any(word.startswith(("Faster", "Talking")) for word in words)


def test_a_notes_template_topic_field_is_the_title():
    assert _found("cornell.pdf", _cornell_pdf())["lesson_titles"][0] == "Central Processing Unit"


# A leaflet's bold words, defined in passing -----------------------------------------------------------------------

def _leaflet_pdf() -> bytes:
    pdf = FPDF(format="A4", orientation="L")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(85, 7, "HOW DOES STREAMING WORK?", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9.5)
    for text in ["1  Pick a film in the app.",
                 "2  The app fills a **buffer** - the store that holds the next few seconds of video.",
                 "3  Enjoy the film.",
                 "**Adaptive bitrate streaming** (ABS) changes the quality when your connection slows down, e.g. Netflix. Clever!"]:
        pdf.multi_cell(85, 5, text, new_x="LMARGIN", new_y="NEXT", markdown=True)
        pdf.ln(2)
    return bytes(pdf.output())


def test_a_bold_word_in_a_step_with_its_meaning_after_one_dash():
    assert _terms(_found("leaflet.pdf", _leaflet_pdf()))["Buffer"].startswith("The store that holds")


def test_a_bold_name_with_its_abbreviation_in_brackets_then_what_it_does():
    words = _terms(_found("leaflet.pdf", _leaflet_pdf()))
    assert words["Adaptive bitrate streaming (ABS)"].startswith("Changes the quality")
    assert words["Adaptive bitrate streaming (ABS)"].endswith("e.g. Netflix")  # "e.g." does not end the sentence
