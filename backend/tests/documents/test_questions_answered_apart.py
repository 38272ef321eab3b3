"""Questions whose answers are written apart from them: in the slide's notes ("Answers: a; b; c", or numbered),
on a later "check your answers" slide, in a run along one line ("Quiz answers: 1. … 2. …"), at the page's foot
under footnote marks, after a web page's "Show answer", in an answers sheet that repeats each question, and in a
teacher's copy of the worksheet."""

from __future__ import annotations

from app.services.documents import merge, read_upload
from app.services.documents.found import Question
from tests.corpus import formats as f


def _questions(files: dict[str, bytes]) -> list[Question]:
    return merge(document for name, data in files.items() for document in read_upload(name, data).documents).questions


def _answers(files: dict[str, bytes]) -> dict[str, str]:
    return {q["text"]: q["answer"] for q in _questions(files)}


def test_slide_notes_that_answer_the_slide_in_order_split_by_semicolons():
    deck = f.new_pptx()
    f.content_slide(deck, "Starter", ["1. What is a pixel?", "2. What is resolution?"],
                    notes="Answers: a single dot of colour; the number of pixels in an image. Take three hands up.")
    answers = _answers({"Bitmaps.pptx": f.pptx_bytes(deck)})
    assert answers["What is a pixel?"] == "a single dot of colour"
    assert answers["What is resolution?"] == "the number of pixels in an image.", "talk after the answers is left out"


def test_numbered_slide_notes_answer_the_slide_questions_of_the_same_number():
    deck = f.new_pptx()
    f.content_slide(deck, "True or false?", ["1. A router connects networks together.", "2. A switch needs Wi-Fi."],
                    notes="1. TRUE\n2. FALSE – a switch uses cables")
    answers = _answers({"Networks.pptx": f.pptx_bytes(deck)})
    assert answers == {"A router connects networks together.": "TRUE",
                       "A switch needs Wi-Fi.": "FALSE – a switch uses cables"}, "statements under 'True or false?'"


def test_a_check_your_answers_slide_answers_the_slide_before_and_the_next_slide_asks_again():
    deck = f.new_pptx()
    f.content_slide(deck, "Do Now", ["1. What does CPU stand for?", "2. Name one input device."])
    f.content_slide(deck, "Do Now – check your answers", ["1. Central Processing Unit", "2. A keyboard"])
    f.content_slide(deck, "Exit ticket", ["1. What does RAM stand for?"])
    answers = _answers({"CPU.pptx": f.pptx_bytes(deck)})
    assert answers["What does CPU stand for?"] == "Central Processing Unit"
    assert answers["Name one input device."] == "A keyboard", "'Do Now' sets commands asking"
    assert "What does RAM stand for?" in answers, "the slide after the answers asks questions again"


def test_a_run_of_numbered_answers_along_one_line_answers_the_questions_by_number():
    leaflet = f.new_docx()
    f.para(leaflet, "Quick quiz", bold=True, size=14)
    f.para(leaflet, "1. What does the padlock next to a web address mean?")
    f.para(leaflet, "2. Name one C2C website.")
    f.para(leaflet, "(answers on the back!)")
    f.para(leaflet, "Quiz answers: 1. The website uses HTTPS 2. e.g. eBay, Vinted")
    answers = _answers({"Shop safe leaflet.docx": f.docx_bytes(leaflet)})
    assert answers == {"What does the padlock next to a web address mean?": "The website uses HTTPS",
                       "Name one C2C website.": "e.g. eBay, Vinted"}


def test_an_answers_section_whose_runs_wrap_from_line_to_line():
    quiz = ("# Retrieval quiz\n\n1. What is the cloud?\n\n2. What does SaaS stand for?\n\n3. When did AWS launch?\n\n"
            "4. Why do data centres use so much electricity?\n\n"
            "# ANSWERS – fold the page up, no peeking!\n\n"
            "1. Servers you reach over the internet 2. Software as a Service 3.\n\n"
            "2006 4. The servers run all day and night\n")
    answers = _answers({"Cloud quiz.md": quiz.encode()})
    assert answers["What is the cloud?"] == "Servers you reach over the internet"
    assert answers["What does SaaS stand for?"] == "Software as a Service"
    assert answers["When did AWS launch?"] == "2006", "the number that ended a line is answered on the next"
    assert answers["Why do data centres use so much electricity?"] == "The servers run all day and night"


def test_footnote_marks_on_questions_are_answered_at_the_page_foot():
    homework = ("# Questions\n\n1. How many bits are there in a byte? ¹\n\n2. How many bits are in a nibble? ²\n\n"
                "¹ 8\n\n² 4\n")
    questions = _questions({"Homework.md": homework.encode()})
    assert [(q["text"], q["answer"]) for q in questions] == [("How many bits are there in a byte?", "8"),
                                                              ("How many bits are in a nibble?", "4")]


def test_a_web_pages_show_answer_reveals_the_answer_on_the_next_line():
    page = ("<h2>Check your understanding</h2><ol><li>What data type is the value true?</li></ol>"
            "<p>Show answer</p><p>Boolean.</p>"
            "<ol start='2'><li>What does typeof 3.14 give?</li></ol><p>Show answer</p><p>\"number\"</p>")
    answers = _answers({"Variables.html": f"<html><body>{page}</body></html>".encode()})
    assert answers == {"What data type is the value true?": "Boolean.", "What does typeof 3.14 give?": '"number"'}


def test_an_answers_sheet_that_repeats_each_question_answers_it_in_another_document():
    handout = "# Do now\n\n1. What is a sprite?\n\n# Exit ticket\n\n1. What does a forever block do?\n"
    cover = f.new_docx()
    f.para(cover, "Cover work", bold=True, size=16)
    f.para(cover, "Answers (in case pupils ask)", bold=True, size=13)
    f.para(cover, "1. What is a sprite? – A character that moves around the stage.")
    f.para(cover, "1. What does a forever block do? – It repeats the blocks inside it.")
    answers = _answers({"Maze handout.md": handout.encode(), "COVER 7C3.docx": f.docx_bytes(cover)})
    assert answers == {"What is a sprite?": "A character that moves around the stage.",
                       "What does a forever block do?": "It repeats the blocks inside it."}


def test_a_teachers_copy_gives_its_answers_to_the_worksheets_questions_once():
    worksheet = "# Check your understanding\n\n1. What does HTML stand for?\n\n2. Spot the mistake: <h1>Hi<h1>\n"
    copy = ("# Check your understanding\n\n1. What does HTML stand for?\n\nAnswer: HyperText Markup Language\n\n"
            "2. Spot the mistake: <h1>Hi<h1>\n\nAnswer: The closing tag needs a slash\n")
    questions = _questions({"HTML mat.md": worksheet.encode(), "HTML mat - TEACHER ANSWERS.md": copy.encode()})
    assert [(q["text"], q["answer"], q["source"]) for q in questions] == [
        ("What does HTML stand for?", "HyperText Markup Language", "HTML mat.md"),
        ("Spot the mistake: <h1>Hi<h1>", "The closing tag needs a slash", "HTML mat.md"),
    ], "each question once, from the worksheet, with the copy's answer"


def test_the_working_after_an_answer_is_not_part_of_it():
    quiz = "# Hex quiz\n\n1. Convert the hexadecimal number 2F into denary. (2 marks)\n\nAnswer: 47 (2 × 16 = 32, + 15 = 47)\n"
    assert _answers({"Hex quiz.md": quiz.encode()}) == {"Convert the hexadecimal number 2F into denary.": "47"}


def test_a_slide_per_question_with_its_answer_on_the_next_slide():
    deck = f.new_pptx()
    f.content_slide(deck, "Quiz – Question 1", ["Which compression suits a program file?", "A) Lossy",
                                                "B) Lossless"])
    f.content_slide(deck, "Question 1 – answer", ["B) Lossless", "If data was removed the program would not run"])
    questions = _questions({"Compression.pptx": f.pptx_bytes(deck)})
    assert [(q["number"], q["text"], q["options"], q["answer"]) for q in questions] == [
        (1, "Which compression suits a program file?", ["Lossy", "Lossless"], "Lossless")]


def test_a_results_page_gives_the_correct_answer_under_each_question():
    report = ("# Most missed questions\n\nWhat does a router use to decide where to send a packet?\n\n"
              "Correct answer: the destination IP address\n\nMost common wrong answer: the MAC address (9 students)\n")
    assert _answers({"Assignment report.md": report.encode()}) == {
        "What does a router use to decide where to send a packet?": "the destination IP address"}


def test_a_do_now_answers_heading_at_the_back_answers_each_lessons_do_now():
    booklet = ("# Lesson 1\n\n## Do Now\n\n1. What is hardware?\n\n# Lesson 2\n\n## Do Now\n\n"
               "1. What is a carbon footprint?\n\n# Do Now answers\n\n## Lesson 1\n\n1. The parts you can touch\n\n"
               "## Lesson 2\n\n1. The greenhouse gases made by something\n")
    assert _answers({"Booklet.md": booklet.encode()}) == {"What is hardware?": "The parts you can touch",
                                                          "What is a carbon footprint?": "The greenhouse gases made by something"}


def test_speaker_notes_that_number_their_answers_bare_or_after_a_sentence():
    deck = f.new_pptx()
    f.content_slide(deck, "Exit ticket", ["1. What unit is clock speed measured in?", "2. Where is cache?"],
                    notes="1 hertz / GHz. 2 on the CPU chip")
    f.content_slide(deck, "Do Now", ["1. What does CPU stand for?", "2. Name an input device."],
                    notes="Give them 4 minutes. Answers: 1. Central Processing Unit 2. A mouse")
    answers = _answers({"CPU.pptx": f.pptx_bytes(deck)})
    assert answers["What unit is clock speed measured in?"] == "hertz / GHz."
    assert answers["Where is cache?"] == "on the CPU chip"
    assert answers["What does CPU stand for?"] == "Central Processing Unit", "the label after a sentence"
    assert answers["Name an input device."] == "A mouse"


def test_markdown_slides_keep_the_answers_in_a_comment():
    slides = ("# Exit ticket\n\n1. What does freemium mean?\n2. What is an event handler?\n\n<!--\n"
              "1. Free to download, but you pay for extras.\n2. The code that runs when an event happens.\n-->\n")
    assert _answers({"apps-lesson.md": slides.encode()}) == {
        "What does freemium mean?": "Free to download, but you pay for extras.",
        "What is an event handler?": "The code that runs when an event happens."}


def test_a_marked_test_gives_each_question_its_options_and_the_right_answer():
    page = ("<h2>Test section</h2><p>What is a cookie?</p><ul><li>A program</li><li>A small text file</li></ul>"
            "<p>You answered: A small text file. Correct!</p>"
            "<p>Who sets a third-party cookie?</p><ul><li>The website you visit</li><li>An advertiser</li></ul>"
            "<p>You answered: The website you visit. Correct answer: An advertiser</p>")
    questions = _questions({"Cookies revision.html": f"<html><body>{page}</body></html>".encode()})
    assert [(q["text"], q["options"], q["answer"]) for q in questions] == [
        ("What is a cookie?", ["A program", "A small text file"], "A small text file"),
        ("Who sets a third-party cookie?", ["The website you visit", "An advertiser"], "An advertiser"),
    ], "the pupil's answer when marked correct, else the correct answer shown"
