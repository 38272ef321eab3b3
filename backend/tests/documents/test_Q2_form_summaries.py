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


def test_a_summary_in_a_wrong_shape_asks_no_more_than_it_can_hold():
    # An adversary's summary: a count with no question over it, a count larger than the class, twenty options, the
    # tick on the last one, and a thousand more of the same after it.
    lines = ["12 / 30 correct responses", "Orphan option 12 (40%)"]
    for n in range(1000):
        lines += [f"Which option is right in round {n}?", "999 / 3 correct responses"]
        lines += [f"{'✓ ' if k == 19 else ''}Option {k} of round {n} 1 (5%)" for k in range(20)]
    asked = _asked("Responses.txt", "\n".join(lines).encode())

    assert "Orphan option" not in " ".join(asked), asked
    # The options past the most a question may have are left out, so the tick on the twentieth answers nothing.
    assert all(answer == "" for answer in asked.values()), [a for a in asked.values() if a][:3]


def test_a_summary_copied_from_the_browser_with_its_buttons_and_tabs_is_read():
    # Copied from the Forms page and pasted into a text file: Windows line ends, tabs before the counts, a
    # "Copy chart" button under each question, a decimal comma, and the "Frequently missed" list first.
    text = "\r\n".join([
        "Networks quiz", "30 responses", "", "Insights", "Frequently missed questions",
        "Which device sends data between networks?\t18 / 30 correct responses", "",
        "Which device sends data between networks?", "Copy chart", "18 / 30 correct responses",
        "Switch\t9 (30%)", "Router\t18 (60%)", "Hub\t3 (10%)", "",
        "What does a firewall check?", "Copy chart", "25 / 30 correct responses",
        "The data coming in and going out of a network\t25 (83,3 %)", "How fast the network is\t5 (16,7 %)",
    ])

    asked = _asked("Networks quiz - Google Forms.txt", text.encode())

    assert asked == {
        "Which device sends data between networks?": "Router",
        "What does a firewall check?": "The data coming in and going out of a network",
    }
