"""A worksheet's stage laid out as a table's row ("U / Use it" beside "a) …" and "b) …" a line each): each lettered
part that asks is a question numbered by its letter, and an answers line that names the stage and the part
("Use it b): …") answers it; a part that only instructs is a task."""

from __future__ import annotations

from app.services.documents import merge, read_upload
from tests.corpus import formats as f


def _sheet() -> bytes:
    sheet = f.new_docx()
    f.para(sheet, "Spreadsheet formulas", style="Title")
    f.table(sheet, [
        ["U\nUse it", "a) Type =SUM(B2:B6) into cell B7.\nb) Change B4 to 20. What happens to the total in B7?"],
        ["E\nExtend it", "Add a column that works out the average of each row."],
    ])
    f.para(sheet, "Teacher answers", style="Heading 1")
    f.para(sheet, "Use it b): the total goes up by itself, because the formula is worked out again.")
    return f.docx_bytes(sheet)


def test_a_lettered_part_that_asks_is_a_question_answered_by_the_line_that_names_its_stage_and_letter():
    questions = merge(read_upload("Formulas worksheet.docx", _sheet()).documents).questions

    assert [(q["number"], q["text"], q["answer"]) for q in questions] == [
        (2, "Change B4 to 20. What happens to the total in B7?",
         "the total goes up by itself, because the formula is worked out again."),
    ]
