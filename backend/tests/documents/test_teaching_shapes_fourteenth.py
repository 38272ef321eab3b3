"""Shapes first met in the fourteenth held-out set: a Keynote deck whose slides ask "What is X?" and answer "X is…"
under it, with a licence-icon grid and a vocabulary bingo card; a Padlet wall as PDF (the teacher's key-word posts
among pupils' posts, bylines and likes, "LO:" aims run into the board's description, a word explained in a reply)
with a knowledge grid; a Google Docs HyperDoc whose table cell defines each kind of interface in a sentence of its
own, with a design brief whose floating "DESIGN WORDS" panel gives bold word, colon and meaning."""

from __future__ import annotations

from app.services.documents import extract, merge
from app.services.documents.sections import section_of
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def _bold_lines(document, lines: list[str]) -> None:
    """Lines typed as "**word:** meaning", the bold part in bold runs."""
    for line in lines:
        paragraph = document.add_paragraph()
        for index, part in enumerate(f.BOLD.split(line)):
            if part:
                paragraph.add_run(part).bold = bool(index % 2)


# HyperDoc and design brief ---------------------------------------------------------------------------------------

def test_each_paragraph_of_a_web_page_table_cell_is_a_line_of_its_own():
    page = ("<html><body><table><tr><td><p>EXPLORE</p></td><td><p>Read these, then fill in the table:</p>"
            "<p>A firewall is a barrier that checks the data coming into a network.</p></td></tr></table>"
            "</body></html>")
    terms = _terms(_found("hyperdoc.html", page.encode()))
    assert terms.get("Firewall") == "A barrier that checks the data coming into a network", terms


def test_a_subjects_own_words_heading_opens_a_vocabulary_section():
    document = f.new_docx()
    document.add_heading("Design brief", level=1)
    _bold_lines(document, ["**DESIGN WORDS**", "**Wireframe:** a simple plan of a screen drawn with boxes and lines.",
                           "**Prototype:** an early working model of your design that users can test.",
                           "Use at least 2 of these in your annotations!"])
    terms = _terms(_found("brief.docx", f.docx_bytes(document)))
    assert terms.get("Wireframe") == "a simple plan of a screen drawn with boxes and lines.", terms


def test_a_word_games_words_heading_is_not_a_vocabulary_section():
    assert section_of("Missing words") is None


def _interfaces(lines: list[str]) -> dict[str, str]:
    document = f.new_docx()
    document.add_heading("Types of interface", level=1)
    for line in lines:
        f.para(document, line)
    return _terms(_found("interfaces.docx", f.docx_bytes(document)))


def test_an_abbreviation_that_stands_for_words_and_what_it_does_next_is_a_key_word():
    terms = _interfaces(["GUI stands for graphical user interface. It lets you control the computer by pointing "
                         "and clicking on pictures."])
    assert terms.get("GUI (graphical user interface)") == \
        "Lets you control the computer by pointing and clicking on pictures", terms


def test_a_thing_named_with_its_abbreviation_and_what_you_do_with_it_is_a_key_word():
    terms = _interfaces(["In a command-line interface (CLI) you type commands as text. It is quick for experts."])
    assert terms.get("Command-line interface (CLI)") == "You type commands as text", terms


def test_an_abbreviation_spelled_out_after_a_colon_is_a_key_word():
    terms = _interfaces(["Most GUIs are WIMP: windows, icons, menus and a pointer."])
    assert terms.get("WIMP") == "Windows, icons, menus and a pointer", terms


def test_what_a_kind_of_thing_gives_you_is_its_meaning():
    terms = _interfaces(["A menu-driven interface gives you a list of options to pick from, one screen at a time."])
    assert terms.get("Menu-driven interface") == "Gives you a list of options to pick from, one screen at a time", terms


def test_a_page_with_no_heading_takes_its_title_from_the_unit_its_course_line_names():
    page = ("<html><head><title>Y9 UI Design HyperDoc</title></head><body>"
            "<p>Year 9 · Unit 4: User Interface Design · Lesson 2 of 4 · Mrs Okafor</p>"
            "<p>Work through the steps in order.</p></body></html>")
    assert _found("hyperdoc.html", page.encode())["lesson_titles"][0] == "User Interface Design"


# Keynote deck and bingo card -------------------------------------------------------------------------------------

def test_a_line_asking_what_a_word_is_over_a_line_answering_it_gives_a_key_word():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Key questions", [
        "What is plagiarism?", "Plagiarism is copying someone else's work and pretending it is your own.",
        "What is attribution?", "Attribution is giving credit to the creator of the work you use."])
    terms = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert terms.get("Plagiarism", "").rstrip(".") == "Copying someone else's work and pretending it is your own", terms


def test_a_name_followed_by_the_rule_it_sets_is_not_a_key_word():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Licences", ["NC – Non-Commercial: don't make money from it",
                                               "ND – No Derivatives: don't change it"])
    assert _terms(_found("deck.pptx", f.pptx_bytes(presentation))) == {}


def test_a_ranking_among_things_is_not_a_meaning():
    presentation = f.new_pptx()
    f.content_slide(presentation, "Which licence?", ["Look at the licence icons"],
                    notes="CC BY is the easiest to use. Point out the icons.")
    assert _terms(_found("deck.pptx", f.pptx_bytes(presentation))) == {}


def _titled_docx(title: str) -> bytes:
    document = f.new_docx()
    document.add_heading(title, level=1)
    f.para(document, "Cross out each word when you hear its clue.")
    return f.docx_bytes(document)


def test_a_question_title_gives_way_to_another_documents_plain_title():
    presentation = f.new_pptx()
    f.title_slide(presentation, "Who owns it?", "Year 8")
    f.content_slide(presentation, "Starter", ["Can you use any photo you find online?"])
    documents = [*extract("deck.pptx", f.pptx_bytes(presentation)),
                 *extract("bingo.docx", _titled_docx("VOCAB BINGO – Copyright & Creative Commons"))]
    assert merge(documents).lesson_titles[0] == "Copyright & Creative Commons"


def test_a_knowledge_grids_title_is_the_topic_after_its_label():
    assert _found("grid.docx", _titled_docx("Knowledge Grid: Input & Output Devices"))["lesson_titles"][0] == \
        "Input & Output Devices"


# Padlet wall -----------------------------------------------------------------------------------------------------

def _wall(posts: list[tuple[str, str, str]]) -> bytes:
    """Posts as a wall exported to Word: a byline, the post's title as a heading, its body, its likes."""
    document = f.new_docx()
    document.add_heading("Sorting devices", level=1)
    for author, title, body in posts:
        f.para(document, f"{author} 3d")
        document.add_heading(title, level=2)
        f.para(document, body)
        f.para(document, "♥ 2")
    return f.docx_bytes(document)


TEACHER_POSTS = [("Mr Adeyemi", "Input device", "Hardware that sends data into the computer, e.g. a keyboard."),
                 ("Mr Adeyemi", "Output device", "Hardware that takes data from the computer and shows it to us."),
                 ("Mr Adeyemi", "Peripheral", "Any device that is connected to a computer but is not part of it.")]


def test_key_word_posts_between_bylines_and_likes_are_a_glossary():
    terms = _terms(_found("wall.docx", _wall(TEACHER_POSTS)))
    assert terms.get("Output device") == "Hardware that takes data from the computer and shows it to us.", terms


def test_a_pupils_lower_case_comment_under_a_post_title_is_not_a_meaning():
    pupils = [("Ayesha K", "Microphone", "its input because it records your voice"),
              ("Tom R", "Webcam", "input it sends video to the computer"),
              ("Leo M", "Printer", "output because the paper comes out of it")]
    assert "Webcam" not in _terms(_found("wall.docx", _wall(TEACHER_POSTS + pupils)))


def test_a_lone_key_word_post_elsewhere_on_a_wall_with_a_glossary_is_a_key_word():
    posts = TEACHER_POSTS + [("Tom R", "Webcam", "input it sends video to the computer"),
                             ("Mr Adeyemi", "Actuator", "An output device that makes something move, like a motor.")]
    terms = _terms(_found("wall.docx", _wall(posts)))
    assert terms.get("Actuator") == "An output device that makes something move, like a motor.", terms


def test_a_teachers_name_is_never_a_key_word():
    posts = TEACHER_POSTS + [("Tom R", "Printer", "input because you put paper in it"),
                             ("Mr Adeyemi", "Mr Adeyemi", "Careful Tom! The data comes out onto the paper.")]
    assert "Mr Adeyemi" not in _terms(_found("wall.docx", _wall(posts)))


def test_objectives_labelled_inside_a_boards_description_are_found():
    document = f.new_docx()
    document.add_heading("Input & Output", level=1)
    f.para(document, "Computing Lesson 4. LO: sort devices into input and output · explain what a peripheral is. "
                     "Post ONE device each.")
    assert _objectives(_found("wall.docx", f.docx_bytes(document))) == [
        "Sort devices into input and output", "Explain what a peripheral is"]


def test_a_word_set_equal_to_its_meaning_inside_a_reply_is_a_key_word():
    document = f.new_docx()
    document.add_heading("Monitor", level=2)
    f.para(document, "Good word! Resolution = how many pixels the screen can show. More pixels = a sharper picture.")
    terms = _terms(_found("wall.docx", f.docx_bytes(document)))
    assert terms.get("Resolution") == "How many pixels the screen can show", terms


def test_a_key_to_the_pupils_own_work_set_with_equals_is_not_a_key_word():
    document = f.new_docx()
    document.add_heading("Revision clock", level=2)
    f.para(document, "Use the unit booklet. Red pen = anything you got wrong in the end-of-unit quiz.")
    assert _terms(_found("clock.docx", f.docx_bytes(document))) == {}


def test_a_word_named_after_the_sentence_describing_it_we_call_it_is_a_key_word():
    document = f.new_docx()
    document.add_heading("Touchscreen", level=2)
    f.para(document, "A touchscreen is both: you tap it to input, and it shows you the output. "
                     "We call it an input/output device.")
    assert "Input/output device" in _terms(_found("wall.docx", f.docx_bytes(document)))


def test_a_pdf_line_wrapped_after_an_equals_is_joined_to_the_sentence_it_ends():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.set_font(pdf.sans, "", 10)
    pdf.multi_cell(80, 5, pdf.typed("Good word! Resolution = how many pixels the screen can show. More pixels = "
                                    "a sharper picture."))
    terms = _terms(_found("wall.pdf", pdf.output_bytes()))
    assert terms.get("Resolution") == "How many pixels the screen can show", terms
