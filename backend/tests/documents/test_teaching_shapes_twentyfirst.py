"""Shapes first met in the twenty-first held-out set: dictionary-style "word (noun) meaning" glossary entries, a
box telling pupils to teach their group, an objective asking how "one" of a kind works, a reading whose key words
carry "[n]" note numbers explained only in endnotes, a course banner over the sheet's own title, key words whose
meanings are only in <abbr title="…"> tooltips, role cards ending "Words to use: word = meaning", and the aims
stated in a sentence of a blog post's opening paragraph ("we are learning to …, … and …")."""

from __future__ import annotations

from fpdf import FPDF

from app.services.documents import labelled_lines, titles, vocabulary
from app.services.documents.phrases import is_term
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# An expert sheet: a reading, then a glossary of dictionary entries and a box for the home group ------------------


def _expert_sheet() -> bytes:
    document = f.new_docx()
    f.para(document, "Sheet B – Moving", bold=True, size=16)
    f.para(document, "Tom controls his laptop with **eye-gaze tracking**, and Sam presses one big **switch**.")
    f.para(document, "Glossary", bold=True)
    f.para(document, "**eye-gaze tracking (noun)**  a camera that follows where your eyes look", size=10)
    f.para(document, "**switch (noun)**  a large button that does one job, used instead of a mouse", size=10)
    f.box(document, ["**Teach your home group**", "1. Who is the person on your sheet?",
                     "2. Which technology helps them?"], fill="FFF2CC")
    return f.docx_bytes(document)


def test_a_dictionary_entry_gives_the_word_and_its_meaning_without_its_word_class():
    found = _terms(_found("sheet.docx", _expert_sheet()))
    assert found.get("Switch") == "A large button that does one job, used instead of a mouse"


def test_a_dictionary_entry_of_two_words_is_read_too():
    found = _terms(_found("sheet.docx", _expert_sheet()))
    assert found.get("Eye-gaze tracking") == "A camera that follows where your eyes look"


def test_a_dictionary_entry_is_a_key_word_outside_a_glossary_too():
    pair = vocabulary.line_term("inclusive design (noun) designing products so that as many people as possible can "
                                "use them", in_section=False)
    assert pair == ("Inclusive design", "Designing products so that as many people as possible can use them")


def test_a_box_telling_pupils_to_teach_their_group_is_not_a_key_word():
    found = _terms(_found("sheet.docx", _expert_sheet()))
    assert "Teach your home group" not in found


def test_a_phrase_speaking_to_the_reader_is_not_a_term():
    assert not is_term("Teach your home group")
    assert not is_term("Check your answers")
    assert is_term("Home group")


def test_an_objective_about_one_of_a_kind_names_the_kind():
    pair = vocabulary.asked_term("Explain how one assistive technology works")
    assert pair is not None and pair.term == "Assistive technology"


# A worksheet whose key words carry note numbers, explained in endnotes under a rule ----------------------------

def _endnotes_sheet(banner: str = "") -> bytes:
    pdf = FPDF()
    pdf.add_page()
    if banner:  # a dark strip across the top of the page
        pdf.set_fill_color(31, 59, 115)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("Helvetica", "B", 14)
        pdf.cell(0, 9, banner, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
    pdf.set_font("Helvetica", "B", 18)
    pdf.cell(0, 12, "Networks: how data travels", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(0, 6, "Data is split into packets [1] before it is sent. Each packet is passed on by a router [2] "
                         "until it reaches the computer it was sent to.", new_x="LMARGIN", new_y="NEXT")
    pdf.line(10, 250, 200, 250)
    pdf.set_y(252)
    pdf.set_font("Helvetica", "", 7.5)
    for note in ("[1] packet - a small chunk of data sent across a network",
                 "[2] router - a device that forwards packets between networks"):
        pdf.cell(0, 4, note, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_an_endnote_gives_the_meaning_of_the_word_its_number_marks():
    found = _terms(_found("sheet.pdf", _endnotes_sheet()))
    assert found.get("router") == "a device that forwards packets between networks"


def test_every_endnote_is_read():
    found = _terms(_found("sheet.pdf", _endnotes_sheet()))
    assert sorted(found) == ["packet", "router"]


def test_marks_at_the_end_of_a_question_are_not_a_note_number():
    assert vocabulary.line_term("Explain what a router does – two marks [2]", in_section=False) is None


# A course banner over the sheet's own title --------------------------------------------------------------------

def test_a_course_banner_is_not_the_sheets_title():
    findings = _found("sheet.pdf", _endnotes_sheet("GCSE Computer Science | Unit 1.3 Networks | Lesson 2 of 5"))
    assert findings["lesson_titles"][0] == "Networks: how data travels"


def test_a_banner_is_only_course_unit_and_lesson_numbers():
    assert titles.is_course_banner("GCSE Computer Science | Unit 2.5 Languages | Lesson 3 of 4")
    assert titles.is_course_banner("Year 9 · Unit 4: User Interface Design · Lesson 2")
    assert not titles.is_course_banner("Year 8 Computing · E-commerce · Lesson 3")  # the topic is its own part
    assert not titles.is_course_banner("Networks | Routers")


# A class blog post: aims in its opening sentence, key words in tooltips ------------------------------------------

BLOG = """<html><head><title>Is the cloud safe? – Year 8 Blog</title></head><body>
<header><div class="site-title">Year 8 Computing Blog</div><nav><a href="/">Home</a></nav></header>
<main><article><h1>Is the cloud safe?</h1>
<p>Hi 8R! This week we are learning to describe what <abbr title="storing files on servers that you reach over
the internet">cloud storage</abbr> is, explain the risks and benefits of sharing files for pupils and teachers,
and judge which service to use. Hover over the dotted words.</p>
<p>Every file you save to the cloud is copied to a <abbr title="a powerful computer that stores files and sends
them to other computers">server</abbr> in a data centre.</p></article></main></body></html>"""


def test_a_word_with_its_meaning_in_a_tooltip_is_a_key_word():
    found = _terms(_found("post.html", BLOG.encode()))
    assert found.get("cloud storage") == "storing files on servers that you reach over the internet"


def test_every_tooltip_of_the_page_is_read():
    found = _terms(_found("post.html", BLOG.encode()))
    assert sorted(found) == ["cloud storage", "server"]


def test_the_aims_in_a_sentence_of_the_opening_paragraph_are_objectives():
    assert _objectives(_found("post.html", BLOG.encode())) == [
        "Describe what cloud storage is",
        "Explain the risks and benefits of sharing files for pupils and teachers",
        "Judge which service to use",
    ]


def test_learning_about_a_topic_states_no_aim():
    page = b"<html><body><h1>Networks</h1><p>This week we are learning about networks. Read the page.</p></body></html>"
    assert _objectives(_found("post.html", page)) == []


def test_aims_stated_in_a_word_paragraph_are_objectives_too():
    document = f.new_docx()
    f.para(document, "Spreadsheets", style="Title")
    f.para(document, "Today we are learning to enter formulas in cells and use the SUM function.")
    assert _objectives(_found("plan.docx", f.docx_bytes(document))) == ["Enter formulas in cells",
                                                                        "Use the SUM function"]


# Role cards ending with the words to use ----------------------------------------------------------------------

def test_a_words_to_use_line_gives_the_word_and_its_meaning():
    pair = labelled_lines.labelled_term("Words to use: redundancy = losing your job because your employer no longer "
                                        "needs anyone to do it")
    assert pair == ("redundancy", "losing your job because your employer no longer needs anyone to do it")


def test_role_cards_in_a_table_give_their_words_to_use():
    document = f.new_docx()
    f.para(document, "Motion: This house would ban phones in school.")
    f.table(document, [["**Head teacher (FOR)**\nPhones distract my pupils.\nWords to use: distraction = "
                        "something that takes your attention away from what you should be doing",
                        "**Parent (AGAINST)**\nI need to reach my child.\nWords to use: emergency contact = a person "
                        "the school can call if something goes wrong"]])
    found = _terms(_found("debate.docx", f.docx_bytes(document)))
    assert sorted(found) == ["distraction", "emergency contact"]


# A pack of the lesson's resources named for its topic -----------------------------------------------------------

def _pack(title: str) -> bytes:
    document = f.new_docx()
    f.para(document, title, style="Title")
    f.para(document, "Motion: This house believes that robots will do more good than harm.")
    return f.docx_bytes(document)


def test_a_pack_named_for_its_topic_gives_the_topic_as_the_title():
    assert _found("pack.docx", _pack("Automation Debate Pack"))["lesson_titles"][0] == "Automation"


def test_a_pack_named_only_for_its_course_keeps_its_name():
    assert _found("pack.docx", _pack("Year 9 Computing booklet"))["lesson_titles"][0] == "Year 9 Computing booklet"


def test_a_tooltip_in_a_table_cell_is_read_with_its_table():
    page = (b'<html><body><h1>Storage</h1><table><tr><td>An <abbr title="a storage device with no moving parts that '
            b'keeps data on memory chips">SSD</abbr> is fast.</td></tr></table></body></html>')
    found = _terms(_found("page.html", page))
    assert found.get("SSD") == "a storage device with no moving parts that keeps data on memory chips"
