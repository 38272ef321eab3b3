"""A run of numbered answers whose last answer is cut short at its line's end: the next line carries it on up to
its sentence's end, and the teacher's talk after that is not part of it."""

from __future__ import annotations

from tests.documents.shapes import written_answers


def _asked(name: str, data: bytes) -> dict[str, str]:
    return written_answers({name: data})


def test_the_last_answer_of_a_run_goes_on_into_the_next_line_up_to_its_sentence_end():
    sheet = "\n".join([
        "Exit ticket",
        "1. What is RAM?",
        "2. Why does a computer need ROM?",
        "",
        "Answers: 1. Memory the computer uses while it runs. 2. It holds the start-up instructions",
        "",
        "(the boot program) that run first. Collect the tickets at the door.",
    ])

    asked = _asked("Exit ticket.txt", sheet.encode())

    assert asked == {
        "What is RAM?": "Memory the computer uses while it runs.",
        "Why does a computer need ROM?": "It holds the start-up instructions (the boot program) that run first.",
    }
