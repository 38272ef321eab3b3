"""Lesson titles: an exam board's specification reference on a course line names where the lesson sits in the
course, never the lesson."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found


def _titles(*lines: str) -> list[str]:
    document = f.new_docx()
    for line in lines:
        f.para(document, line)
    return found("notes.docx", f.docx_bytes(document))["lesson_titles"]


def test_a_specification_reference_on_a_course_line_is_not_the_title():
    titles = _titles(
        "Year 10 Computing · AQA 8525 3.5.2 · Mr Lowe",
        "Read the clues below and find out how the network was attacked.",
    )
    assert "AQA 8525 3.5.2" not in titles


def test_a_topic_on_a_course_line_is_still_the_title():
    titles = _titles(
        "Year 10 Computing · Network security · Mr Lowe",
        "Read the clues below and find out how the network was attacked.",
    )
    assert titles[:1] == ["Network security"]
