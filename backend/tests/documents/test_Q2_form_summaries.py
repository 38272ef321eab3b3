"""Questions read from an online quiz's responses summary printed to PDF or saved as text: the line over a count of
right answers is the question, the counted lines under it its options, and the ticked option (or, with no tick,
the one chosen as often as the question was answered right) its answer."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import written_answers


def _asked(name: str, data: bytes) -> dict[str, str]:
    return written_answers({name: data})


def _summary_pdf() -> bytes:
    pdf = f.Pdf(title="Networks quiz")
    pdf.add_page()
    pdf.line_of("Frequently missed questions", size=11, bold=True)
    pdf.line_of("What does a router do?   12 / 30 correct responses", size=10)
    for question, options, right in [
        ("What does a router do?", [("Stores web pages", 10), ("Sends data between networks", 12),
                                    ("Prints documents", 8)], "Sends data between networks"),
        ("Which cable is fastest?", [("Copper", 4), ("Fibre optic", 26)], "Fibre optic"),
    ]:
        pdf.line_of(question, size=11, bold=True)
        pdf.line_of(f"{dict(options)[right]} / 30 correct responses", size=9)
        for option, count in options:
            tick = "✓ " if option == right else "    "
            pdf.line_of(f"{tick}{option}    {count} ({count / 30:.1%})", size=10)
        pdf.line_of("(2 points)", size=8)
        pdf.ln(3)
    pdf.line_of("How much did you enjoy the lesson?", size=11, bold=True)
    pdf.line_of("30 responses", size=9)
    pdf.line_of("1 - not much    5 (16.7%)", size=10)
    return pdf.output_bytes()


def test_a_printed_responses_summary_asks_its_questions_with_the_ticked_option_as_the_answer():
    asked = _asked("Networks quiz (Responses).pdf", _summary_pdf())

    assert asked == {"What does a router do?": "Sends data between networks", "Which cable is fastest?": "Fibre optic"}


def test_with_no_tick_the_option_chosen_as_often_as_the_question_was_answered_right_is_the_answer():
    text = "\n".join([
        "Which of these is an input device?",
        "21 / 25 correct responses",
        "Keyboard 21 (84%)",
        "Monitor 3 (12%)",
        "Speaker 1 (4%)",
        "(1 point)",
    ])

    asked = _asked("Quiz responses.txt", text.encode())

    assert asked == {"Which of these is an input device?": "Keyboard"}
