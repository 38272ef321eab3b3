"""An answers section's working in brackets: dropped when it only works the answer out ("47 (2 × 16 = 32, + 15 =
47)"), kept when it checks a binary answer in denary ("0111 0111 (85 + 34 = 119)"), which the answer does not say
by itself."""

from __future__ import annotations

from tests.documents.shapes import written_answers


def _asked(name: str, data: bytes) -> dict[str, str]:
    return written_answers({name: data})


def test_a_denary_check_after_a_binary_answer_stays_and_working_after_a_denary_answer_goes():
    sheet = "\n".join([
        "Number systems quiz",
        "1. What is 0101 0101 + 0010 0010 in binary?",
        "2. What is the hexadecimal number 2F in denary?",
        "Answers",
        "1. 0111 0111 (85 + 34 = 119)",
        "2. 47 (2 × 16 = 32, + 15 = 47)",
    ])

    asked = _asked("Number systems quiz.txt", sheet.encode())

    assert asked == {
        "What is 0101 0101 + 0010 0010 in binary?": "0111 0111 (85 + 34 = 119)",
        "What is the hexadecimal number 2F in denary?": "47",
    }
