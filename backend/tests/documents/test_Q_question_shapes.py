"""Questions written in more shapes: "Q1."… in the "You do" cells of a table of worked examples, a harder one
labelled "Challenge Q5.", a sum to do ("Add 0011 0011 and…"), an exam question on a slide answered in its notes
(less how the marks are given), a run of answers in the notes with talk after it, a "Question:" label, a class
stream's question post answered in the teacher's comment, an unnumbered question over a line to write on, and a
first-person writing frame that is not a question."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f
from tests.documents.shapes import written_answers as _asked


def _worked_examples_sheet() -> bytes:
    sheet = f.new_docx()
    f.para(sheet, "Denary addition – I do, We do, You do", style="Title")
    f.table(
        sheet,
        [
            ["", "I do", "We do", "You do"],
            [
                "1\nAdding",
                "12 + 30 = 42\nAdd the tens, then the ones.",
                "21 + 14 = ____",
                "Q1. Add 45 and 23. Show your working.",
            ],
            [
                "2\nCarrying",
                "18 + 25 = 43\nCarry the ten.",
                "27 + 36 = ____",
                "Q2. Add 58 and 37. Why do you carry?",
            ],
        ],
    )
    f.para(
        sheet,
        "Challenge Q3. A pupil says “adding two odd numbers gives an odd number”. Add 15 and 17 and "
        "explain why the pupil is wrong.",
    )
    f.para(sheet, "_" * 80)
    sheet.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(sheet, "ANSWERS (teacher copy)", bold=True)
    for line in ["Q1. 68", "Q2. 95 – 8 + 7 = 15, so one ten is carried.", "Q3. 32, which is even."]:
        f.para(sheet, line)
    return f.docx_bytes(sheet)


def test_questions_numbered_in_the_you_do_cells_of_a_worked_examples_table_are_asked_and_answered():
    asked = _asked({"Addition - I do We do You do.docx": _worked_examples_sheet()})
    assert asked.get("Add 45 and 23. Show your working.") == "68", (
        "the You do cell is a question, answered by number"
    )
    assert asked.get("Add 58 and 37. Why do you carry?") == "95 – 8 + 7 = 15, so one ten is carried."
    assert "12 + 30 = 42\nAdd the tens, then the ones." not in asked, "the I do example is not a question"


def test_a_question_labelled_challenge_before_its_number_is_asked_and_answered():
    asked = _asked({"Addition - I do We do You do.docx": _worked_examples_sheet()})
    challenge = (
        "A pupil says “adding two odd numbers gives an odd number”. Add 15 and 17 and explain why the pupil "
        "is wrong."
    )
    assert asked.get(challenge) == "32, which is even.", "'Challenge Q3.' numbers the question 3"


def _deck() -> bytes:
    deck = f.new_pptx()
    f.content_slide(
        deck,
        "Do Now",
        [
            "1. Convert 9 to binary.",
            "2. What is 1010 in denary?",
            "3. What is the largest number 4 bits can hold?",
        ],
        notes="Answers: 1) 1001 2) 10 3) 15. Take the register while they work.",
    )
    f.content_slide(
        deck,
        "Exam question",
        ["Add together 0101 and 0011. Give your answer in binary and explain how you checked it. [3]"],
        notes="Answer: 1000 – 5 + 3 = 8. 1 mark answer, 1 mark carries, 1 mark check.",
    )
    f.content_slide(
        deck,
        "Exit ticket",
        [
            "Mailbox 8 holds 3 and mailbox 9 holds 4.",
            "What is in the accumulator after these instructions?",
            "LDA 8",
            "ADD 9",
        ],
        notes="Model answer: 7",
    )
    f.content_slide(
        deck,
        "Exit ticket",
        ["1. What is overflow?", "2. Add 0110 and 0011."],
        notes="Answers: 1) Needing more bits than there are. 2) 1001",
    )
    return f.pptx_bytes(deck)


def test_an_exam_question_on_a_slide_is_answered_by_its_notes_without_how_the_marks_are_given():
    asked = _asked({"Binary.pptx": _deck()})
    question = "Add together 0101 and 0011. Give your answer in binary and explain how you checked it."
    assert asked.get(question) == "1000 – 5 + 3 = 8.", (
        "the marks' breakdown after the answer is for the marker"
    )


def test_a_slide_task_with_lines_after_it_is_not_asked_without_them():
    asked = _asked({"Binary.pptx": _deck()})
    assert "What is in the accumulator after these instructions?" not in asked, (
        "the program after it is part of it"
    )
    assert "ADD 9" not in asked, "an instruction of a program is not a sum to do"


def test_a_numbered_sum_to_do_under_an_exit_ticket_is_a_question():
    asked = _asked({"Binary.pptx": _deck()})
    assert asked.get("Add 0110 and 0011.") == "1001"


def test_talk_after_the_last_answer_of_a_run_in_the_notes_is_left_out():
    asked = _asked({"Binary.pptx": _deck()})
    assert asked.get("What is the largest number 4 bits can hold?") == "15.", "the register is not the answer"
    assert asked.get("Convert 9 to binary.") == "1001"


def test_a_question_label_is_not_part_of_the_question():
    page = (
        "<html><body><h1>Lesson 3: Selectors</h1><h3>Assessment: Check for Understanding</h3><ol>"
        "<li>Question: What does a class selector start with?</li>"
        "<li>Question: Why might two rules style the same element?</li></ol></body></html>"
    )
    asked = _asked({"Lesson 3 - Teacher Guide.html": page.encode()})
    assert set(asked) == {
        "What does a class selector start with?",
        "Why might two rules style the same element?",
    }


def _stream() -> bytes:
    pdf = f.Pdf(title="Stream - 9Y Computing")
    pdf.add_page()
    for line in [
        "9Y Computing",
        "Miss Reid posted a new question: Exit ticket – networks",
        "14:05",
        "Which device sends data packets between networks?",
        "27 answered",
        "2 class comments",
        "Sam Patel 14:07",
        "the answer is a switch",
        "Miss Reid 14:20",
        "Good thinking Sam, but the answer is a router (a switch works inside one network).",
        "Miss Reid posted a new assignment: Network diagram",
        "13:30",
        "What will you draw first? Start with the router.",
    ]:
        pdf.line_of(line)
    return pdf.output_bytes()


def test_a_class_streams_question_post_is_answered_by_the_posters_comment():
    asked = _asked({"Stream - 9Y Computing.pdf": _stream()})
    assert asked.get("Which device sends data packets between networks?") == "a router", (
        "the teacher's comment gives the answer, not the pupil's"
    )


def test_an_assignment_post_in_a_class_stream_asks_nothing():
    asked = _asked({"Stream - 9Y Computing.pdf": _stream()})
    assert "What will you draw first? Start with the router." not in asked


def _notebook() -> bytes:
    notebook = f.new_docx()
    f.para(notebook, "Detective's notebook", style="Title")
    f.table(
        notebook,
        [["Password", "Time to crack"], ["letmein", "instantly"], ["BlueKettleRiver!2", "centuries"]],
    )
    f.para(notebook, "Which of these passwords is stronger? Why?")
    f.para(notebook, "_" * 80)
    f.box(
        notebook,
        [
            "STEP 3 – My verdict",
            "I think ______________ did it because ______________",
            "______________________________________________",
        ],
    )
    f.para(notebook, "Task 2: Which password would you remember best? Why?")
    f.para(notebook, "_" * 80)
    return f.docx_bytes(notebook)


def test_an_unnumbered_question_over_a_line_to_write_on_is_asked():
    asked = _asked({"Detective's notebook.docx": _notebook()})
    assert "Which of these passwords is stronger? Why?" in asked


def test_a_first_person_writing_frame_is_not_a_question():
    asked = _asked({"Detective's notebook.docx": _notebook()})
    assert not [text for text in asked if "I think" in text], "a sentence to finish is the pupil's statement"


def test_a_labelled_task_over_a_line_to_write_on_stays_a_task():
    asked = _asked({"Detective's notebook.docx": _notebook()})
    assert not [text for text in asked if "remember best" in text]
