"""Questions answered on the slide or page after them: a clue slide with an "Answer" button and its answer slide,
a quiz page whose answers page follows it in a deck saved as PDF; numbered questions in a table's cell answered by
number after the table; an exam question set without a number, with the teacher's model answer under its own
heading."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f
from tests.documents.shapes import written_answers as _answers
from tests.documents.shapes import written_questions as _questions


def _clue_pair(deck, strip: str, clue: str, answer: str) -> None:
    """A clue slide (a strip saying what it is worth, the clue, an "Answer" button) and its answer slide."""
    clue_slide = f.blank_slide(deck)
    f.text_box(clue_slide, strip, left=0, top=0, width=10, height=0.8, size=20, bold=True)
    f.shape_box(clue_slide, clue, left=0.8, top=1.4, width=8.4, height=3.5, size=28)
    answer_slide = f.blank_slide(deck)
    f.text_box(answer_slide, strip, left=0, top=0, width=10, height=0.8, size=20, bold=True)
    f.text_box(answer_slide, answer, left=0.8, top=2.4, width=8.4, height=2, size=32, bold=True)
    f.shape_box(answer_slide, "Back to the board", left=7, top=6.4, width=2.4, height=0.6)
    f.shape_box(clue_slide, "Answer", left=7, top=6.4, width=2.4, height=0.6)


def test_a_clue_slide_with_an_answer_button_is_answered_by_the_next_slide():
    deck = f.new_pptx()
    f.content_slide(deck, "Storage showdown", ["Pick a category and a score.", "Answer as a question."])
    _clue_pair(
        deck,
        "MEMORY – 10",
        "The fast memory on the processor chip that holds the data used most often.",
        "What is cache?",
    )
    _clue_pair(
        deck,
        "STORAGE – 20",
        "Storage with no moving parts that keeps its data when the power is off.",
        "What is solid state storage?",
    )
    _clue_pair(deck, "LAST ROUND", "List three units of storage from the smallest up.", "Bit, nibble, byte")
    answers = _answers({"Storage showdown.pptx": f.pptx_bytes(deck)})
    assert answers == {
        "The fast memory on the processor chip that holds the data used most often.": "What is cache?",
        "Storage with no moving parts that keeps its data when the power is off.": "What is solid state storage?",
        "List three units of storage from the smallest up.": "Bit, nibble, byte",
    }, (
        "each clue once, answered by the first new line of the slide after it; the strip and buttons are neither"
    )


def test_an_answer_label_on_a_worksheet_is_not_a_clue_button():
    sheet = f.new_docx()
    f.para(sheet, "Binary facts", bold=True)
    f.para(sheet, "A computer stores every number as a pattern of ones and zeros.")
    f.para(sheet, "Answer")
    f.para(sheet, "Each one or zero is called a bit.")
    assert _questions({"Binary facts.docx": f.docx_bytes(sheet)}) == [], (
        "no slides: no clue and its answer slide"
    )


def _slide_pdf(pages: list[tuple[str, list[str]]]) -> bytes:
    pdf = f.Pdf(title="Lesson deck")
    pdf.set_auto_page_break(auto=False)
    for title, lines in pages:
        pdf.add_page(format=f.SLIDE_PAGE)
        pdf.set_font(pdf.sans, "B", 26)
        pdf.set_xy(12, 9)
        pdf.cell(230, 14, pdf.typed(title))
        pdf.set_xy(14, 30)
        for line in lines:
            pdf.set_x(14)
            pdf.set_font(pdf.sans, "", 16)
            pdf.multi_cell(226, 9, pdf.typed(line), align="L", new_x="LMARGIN", new_y="NEXT")
    return pdf.output_bytes()


def test_a_deck_saved_as_pdf_answers_each_quiz_on_its_next_page_and_asks_again_after():
    deck = _slide_pdf(
        [
            ("Starter", ["1. What does RAM stand for?", "2. Which device shows a picture?"]),
            ("Starter – answers", ["1. Random access memory", "2. A monitor"]),
            ("Binary", ["Computers store data as ones and zeros."]),
            (
                "Exit quiz",
                ["1. How many bits are in a byte?", "2. What is the largest number 4 bits can hold?"],
            ),
            ("Exit quiz – answers", ["1. Eight", "2. Fifteen"]),
        ]
    )
    answers = _answers({"Lesson 2 - Binary.pdf": deck})
    assert answers == {
        "What does RAM stand for?": "Random access memory",
        "Which device shows a picture?": "A monitor",
        "How many bits are in a byte?": "Eight",
        "What is the largest number 4 bits can hold?": "Fifteen",
    }


def test_numbered_questions_in_a_table_cell_are_answered_by_number_after_a_page_break():
    sheet = f.new_docx()
    f.para(sheet, "Loops lesson", bold=True)
    f.table(
        sheet,
        [
            ["Read", "Read the program below and say what it prints."],
            [
                "Explore",
                "1. What does the loop repeat?\n2. How many times does it run?\n"
                "Hint: a loop repeats the lines indented under it.",
            ],
        ],
    )
    sheet.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(sheet, "Teacher answers – Explore", bold=True)
    f.para(sheet, "1. The two print lines", style="List Number")
    f.para(sheet, "2. Five times", style="List Number")
    answers = _answers({"Loops lesson.docx": f.docx_bytes(sheet)})
    assert answers == {
        "What does the loop repeat?": "The two print lines",
        "How many times does it run?": "Five times",
    }


def test_a_cell_of_numbered_steps_that_ask_nothing_is_no_questions():
    sheet = f.new_docx()
    f.table(sheet, [["Make", "1. Open the editor.\n2. Type the program in.\n3. Save it as loops.py."]])
    assert _questions({"Loops lesson.docx": f.docx_bytes(sheet)}) == []


def test_an_exam_question_without_a_number_is_answered_by_the_model_answer_under_its_own_heading():
    sheet = f.new_docx()
    f.para(sheet, "Exam question", bold=True)
    f.para(sheet, "Describe two ways a firewall protects a network. [4]")
    f.para(sheet, "Model answer (4/4)", bold=True)
    f.para(
        sheet,
        "It blocks traffic from addresses it does not trust [✓ way]. It also checks the ports that "
        "packets use [✓ way] [✓ described].",
    )
    f.para(sheet, "Your turn", bold=True)
    f.para(sheet, "Use two key words. Explain why a network needs a firewall. [2]")
    f.para(sheet, "_" * 80)
    answers = _answers({"Firewalls literacy.docx": f.docx_bytes(sheet)})
    assert answers == {
        "Describe two ways a firewall protects a network.": "It blocks traffic from addresses it does not trust. "
        "It also checks the ports that packets use.",
        "Use two key words. Explain why a network needs a firewall.": "",
    }, "the marker's ticks are not part of the answer; the next question has none"


def test_numbered_aims_under_by_the_end_of_today_are_not_questions_after_a_quiz():
    deck = _slide_pdf(
        [
            ("Retrieval quiz", ["1. What is an algorithm?"]),
            ("Retrieval quiz – answers", ["1. A set of steps that solves a problem"]),
            (
                "By the end of today you will be able to:",
                ["1. Work out the output of a flowchart", "2. Explain what a decision box does"],
            ),
        ]
    )
    assert _answers({"Flowcharts.pdf": deck}) == {
        "What is an algorithm?": "A set of steps that solves a problem"
    }


def test_working_that_gives_the_answer_is_left_out_but_a_reason_in_brackets_stays():
    quiz = (
        "# Binary quiz\n\n1. Convert 1111 to denary.\n\nAnswer: 15 (8 + 4 + 2 + 1 = 15)\n\n"
        "2. How many characters fit in 7 bytes of ASCII?\n\nAnswer: 7 characters (8 bits = 1 byte per character)"
        "\n\n3. What angle does a regular hexagon turn at each corner?\n\nAnswer: 60 (360 ÷ 6)\n\n"
        "4. Convert 200 into hexadecimal.\n\nAnswer: C8 (200 ÷ 16 = 12 r 8)\n"
    )
    assert _answers({"Binary quiz.md": quiz.encode()}) == {
        "Convert 1111 to denary.": "15",
        "How many characters fit in 7 bytes of ASCII?": "7 characters (8 bits = 1 byte per character)",
        "What angle does a regular hexagon turn at each corner?": "60 (360 ÷ 6)",
        "Convert 200 into hexadecimal.": "C8",
    }, "working out a sum, or ending in the answer it shows, is left out; a reason or a sum alone stays"


def test_a_cell_titled_as_a_task_over_numbered_prompts_is_no_questions():
    sheet = f.new_docx()
    f.table(sheet, [["Share with your table\n1. What did your person find hard?\n2. What helped them?"]])
    assert _questions({"Expert sheet.docx": f.docx_bytes(sheet)}) == [], (
        "prompts for a talk, under a task's title"
    )


def test_a_question_pointing_at_the_program_before_it_is_asked_with_the_program():
    slides = (
        "# Loops\n\nA loop repeats the lines under it.\n\n```python\nfor number in range(3):\n    print(number)\n```"
        "\n\n← What will this print?\n\n← Try changing the 3\n"
    )
    questions = _questions({"Loops.md": slides.encode()})
    assert [(q["text"], q.get("code")) for q in questions] == [
        ("What will this print?", "for number in range(3):\n    print(number)")
    ], "the arrow's task that asks nothing is not"


def test_a_rule_that_quotes_a_question_does_not_ask_one():
    deck = f.new_pptx()
    f.content_slide(
        deck,
        "Quiz rules",
        ["1. Pick a square on the board.", "2. Reply in the form “Who is …?”", "3. Which team scored most?"],
    )
    questions = _questions({"Quiz game.pptx": f.pptx_bytes(deck)})
    assert [q["text"] for q in questions] == ["Which team scored most?"], (
        "its only question mark is in the quote"
    )


def test_a_scenario_question_after_a_mark_scheme_is_asked_again():
    sheet = f.new_docx()
    f.para(sheet, "1. State what a cookie is. [1]")
    f.para(sheet, "Mark scheme", bold=True)
    f.table(sheet, [["Answer", "Marks"], ["A small file a website stores on your device (1)", "1"]])
    f.para(
        sheet, "2. A shop wants to store cookies on its visitors' phones. Give one reason why it would. [2]"
    )
    f.para(sheet, "Mark scheme", bold=True)
    f.table(sheet, [["Answer", "Marks"], ["To remember what is in the basket (1)", "2"]])
    answers = _answers({"Cookies practice.docx": f.docx_bytes(sheet)})
    assert answers == {
        "State what a cookie is.": "A small file a website stores on your device",
        "A shop wants to store cookies on its visitors' phones. Give one reason why it would.": (
            "To remember what is in the basket"
        ),
    }, "its command comes after the scenario"


def test_an_exit_ticket_slides_one_task_is_answered_by_the_model_answer_in_its_notes():
    deck = f.new_pptx()
    f.content_slide(
        deck,
        "Exit ticket",
        ["On a mini whiteboard:", "Explain why a long password is safer."],
        notes="Model answer: it takes far longer to guess, because there are more combinations",
    )
    f.content_slide(deck, "Do Now", ["Write down three input devices."], notes="Give them two minutes.")
    answers = _answers({"Passwords.pptx": f.pptx_bytes(deck)})
    assert answers == {
        "Explain why a long password is safer.": (
            "it takes far longer to guess, because there are more combinations"
        )
    }, "a task its notes do not answer is not asked"
