"""Question sheets laid out in other ways: a quiz site's export (.txt), a knowledge grid of numbered cells with a
grid of answers, a box titled "Do Now" holding its questions line by line, a question cut short at a line's end,
statements to judge under "True or false", and the numbered aims and tasks that are not questions."""

from __future__ import annotations

from app.services.documents import merge, read_upload
from app.services.documents.found import Question
from tests.corpus import formats as f


def _questions(files: dict[str, bytes]) -> list[Question]:
    return merge(document for name, data in files.items() for document in read_upload(name, data).documents).questions


QUIZ_EXPORT = """Quiz name: Y8 Charts retrieval
Number of questions: 3

Question 1 (Multiple Choice) – 30 seconds – 1 point
Which chart is best for comparing amounts in categories?
Answer choices:
a) Pie chart
b) Bar chart (correct)
c) Line graph

Question 2 (Fill in the blank) – 45 seconds – 2 points
The block of cells you select to make a chart is called the data ______.
Accepted answers: range; data range

Question 3 (Checkbox) – 45 seconds – 2 points
Which TWO of these should every chart have?
Answer choices:
a) A title (correct)
b) 3D effects
c) Axis titles (correct)

Question 4 (Open-ended) – 90 seconds – 0 points
Explain why a chart can be easier to read than a table.
Sample answer: You can see patterns at a glance.
"""


def test_a_quiz_sites_export_gives_each_question_under_its_header_with_its_answer():
    questions = _questions({"Quizizz - charts.txt": QUIZ_EXPORT.encode()})
    assert [q["text"] for q in questions] == [
        "Which chart is best for comparing amounts in categories?",
        "The block of cells you select to make a chart is called the data ______.",
        "Which TWO of these should every chart have?",
        "Explain why a chart can be easier to read than a table.",
    ], "the header says which question comes next; it is not a question"
    assert questions[0]["options"] == ["Pie chart", "Bar chart", "Line graph"]
    assert questions[0]["answer"] == "Bar chart"
    assert questions[1]["answer"] == "range", "the first accepted answer"
    assert questions[2]["answer"] == "A title; Axis titles", "both options marked right of a 'which TWO'"
    assert questions[3]["answer"] == "You can see patterns at a glance."


def test_a_knowledge_grid_of_numbered_cells_with_a_grid_of_answers():
    grid = f.new_docx()
    f.para(grid, "Knowledge grid: input and output", bold=True, size=16)
    f.table(grid, [["1 (1 pt)\nGive one example of an input device.", "2 (2 pts)\nWhat is a peripheral?"],
                   ["3 (3 pts)\nA sensor and an actuator: explain the difference.", "4 (1 pt)\nIs a printer input?"]])
    f.para(grid, "ANSWERS – swap books and mark in green pen", bold=True, size=14)
    f.table(grid, [["1 (1 pt)\nA keyboard", "2 (2 pts)\nA device connected to a computer"],
                   ["3 (3 pts)\nA sensor measures; an actuator moves", "4 (1 pt)\nNo – output"]])
    questions = _questions({"Knowledge grid - IO.docx": f.docx_bytes(grid)})
    assert [(q["number"], q["text"], q["answer"]) for q in questions] == [
        (1, "Give one example of an input device.", "A keyboard"),
        (2, "What is a peripheral?", "A device connected to a computer"),
        (3, "A sensor and an actuator: explain the difference.", "A sensor measures; an actuator moves"),
        (4, "Is a printer input?", "No – output"),
    ]


def test_a_box_titled_do_now_holds_its_questions_line_by_line():
    booklet = f.new_docx()
    f.para(booklet, "Lesson 1: where devices come from", bold=True, size=16)
    f.box(booklet, ["Do Now – answer in full sentences.", "1. Name two input devices.",
                    "2. What is the difference between hardware and software?"])
    f.box(booklet, ["Teach your group", "1. Who is the person on your sheet?"])
    questions = _questions({"Booklet.docx": f.docx_bytes(booklet)})
    assert [q["text"] for q in questions] == ["Name two input devices.",
                                              "What is the difference between hardware and software?"], (
        "a box not titled as questions is left alone")


def test_a_question_cut_short_at_the_end_of_its_line_runs_on_into_the_next():
    quiz = ("# Retrieval quiz\n\n1. Look at the code corner. What would the program print if\n"
            "photos = 5000 and size_mb = 3?\n\n2. Why do data centres use so much electricity?\n")
    assert [q["text"] for q in _questions({"Quiz.md": quiz.encode()})] == [
        "Look at the code corner. What would the program print if photos = 5000 and size_mb = 3?",
        "Why do data centres use so much electricity?",
    ]


def test_statements_under_true_or_false_are_asked_and_the_answer_table_ticks_them():
    sheet = f.new_docx()
    f.para(sheet, "Digital footprints – True or False?", bold=True, size=16)
    f.table(sheet, [["No.", "Statement", "T / F"], ["1", "Your footprint is only what you post.", "☐"],
                    ["2", "Likes are part of your active footprint.", "☐"]])
    f.para(sheet, "ANSWERS – teacher copy", bold=True, size=14)
    f.table(sheet, [["No.", "T / F", "Correct version"], ["1", "F", "It is all the data you leave behind."],
                    ["2", "T", "✓ (true as it is)"]])
    questions = _questions({"Footprints.docx": f.docx_bytes(sheet)})
    assert [(q["text"], q["answer"]) for q in questions] == [
        ("Your footprint is only what you post.", "F It is all the data you leave behind."),
        ("Likes are part of your active footprint.", "T"),
    ], "the boxes to tick are not part of a statement, nor the tick part of its answer"


def test_numbered_aims_and_tasks_are_not_questions_in_a_document_that_asks():
    deck = f.new_pptx()
    f.content_slide(deck, "Do Now", ["1. What does the ALU do?", "2. Name one register."])
    f.content_slide(deck, "Learning objectives", ["1. Describe how clock speed affects performance",
                                                  "2. Explain how cache size affects performance"])
    f.content_slide(deck, "Your turn", ["1. Write a program that inputs two numbers.",
                                        "2. Change the program so it subtracts them."])
    questions = _questions({"CPU performance.pptx": f.pptx_bytes(deck)})
    assert [q["text"] for q in questions] == ["What does the ALU do?", "Name one register."]


def test_a_key_question_table_gives_its_questions_and_model_answers():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Key questions")
    f.slide_table(slide, [["Key question", "Model answer"], ["1. Why do car factories use robot arms?",
                                                             "They do repetitive jobs quickly"]],
                  left=0.5, top=1.5, width=9)
    questions = _questions({"Robotics.pptx": f.pptx_bytes(deck)})
    assert [(q["number"], q["text"], q["answer"]) for q in questions] == [
        (1, "Why do car factories use robot arms?", "They do repetitive jobs quickly")]


def test_a_booklets_contents_a_task_and_a_class_activity_are_not_questions():
    booklet = ("# Homework\n\n## Contents\n\n1. What is cyberbullying? 3\n\n2. What can I do? 6\n\n"
               "## Questions\n\n1. What is a bystander?\n\n2. Write a short paragraph (100-150 words): should apps "
               "ban anonymous accounts?\n\n3. Swap with your partner: did they use two key words?\n\n"
               "## Task: audit a website\n\n1. Give the website a score out of 10\n")
    assert [q["text"] for q in _questions({"Cyberbullying homework.md": booklet.encode()})] == [
        "What is a bystander?"]


def test_a_challenge_label_is_not_part_of_its_question_and_marks_do_not_stop_a_question_running_on():
    sheet = ("# Homework questions\n\n1. What is compression?\n\n2. Challenge: Explain why RLE can make data "
             "bigger.\n\n3. A word stored in 8-bit ASCII takes up\n7 bytes. How many characters does it have? [1]\n")
    assert [q["text"] for q in _questions({"Homework.md": sheet.encode()})] == [
        "What is compression?", "Explain why RLE can make data bigger.",
        "A word stored in 8-bit ASCII takes up 7 bytes. How many characters does it have?"]
