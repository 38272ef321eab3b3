"""An exam paper's parts ("1", "(a)", "(c)(i)" with "[2 marks]") are its questions, answered by a mark scheme
keyed "1(a)", "1(c)(ii)" (a table or lines), without the marker's guidance or the marks; a revision guide's "[2]"
marks and "[1]" point marks are not part of a question or an answer."""

from __future__ import annotations

from app.services.documents import merge, read_upload
from app.services.documents.found import Question
from tests.corpus import formats as f


def _questions(files: dict[str, bytes]) -> list[Question]:
    return merge(document for name, data in files.items() for document in read_upload(name, data).documents).questions


def _paper() -> bytes:
    paper = f.new_docx()
    f.para(paper, "Paper 2 practice – sorting algorithms", bold=True, size=16)
    f.table(paper, [["1", "A teacher stores the scores from a class quiz in a list."],
                    ["(a)", "State what is meant by a sorting algorithm. [1 mark] ........"],
                    ["(b)", "A pass is one run through the list, comparing each pair of items in turn."],
                    ["(i)", "Show the list after the first pass of a bubble sort. [2 marks]"]])
    f.para(paper, "(ii) State how many swaps were made during the first pass.")
    f.para(paper, "[1 mark]", bold=True)
    f.para(paper, "2 Figure 2 shows a merge sort.")
    f.para(paper, "(a) Describe the first stage of a merge sort.")
    f.para(paper, "[2 marks]", bold=True)
    return f.docx_bytes(paper)


def _mark_scheme() -> bytes:
    scheme = f.new_docx()
    f.para(scheme, "Mark scheme", bold=True, size=16)
    f.table(scheme, [["Question", "Answer", "Marks"],
                     ["1(a)", "An algorithm that puts data into order. Accept: arranges a list", "1"]])
    for line in ["1(b)(i)", "17, 8, 31, 42", "1 mark for 42 at the end of the list", "1(b)(ii) 5 1", "2(a)",
                 "1 mark for each of:", "The list is split in half repeatedly (1)",
                 "until each sublist holds one item (1).", "Do not accept: 'it is split'", "Total: 6 marks"]:
        f.para(scheme, line)
    return f.docx_bytes(scheme)


def test_the_parts_of_an_exam_paper_are_its_questions():
    questions = _questions({"Sorting practice paper.docx": _paper()})
    assert [(q["label"], q["text"]) for q in questions] == [
        ("1(a)", "State what is meant by a sorting algorithm."),
        ("1(b)(i)", "Show the list after the first pass of a bubble sort."),
        ("1(b)(ii)", "State how many swaps were made during the first pass."),
        ("2(a)", "Describe the first stage of a merge sort."),
    ], "a part that only leads into its sub-parts is not asked; marks and the line to write on are not part of one"


def test_a_mark_scheme_answers_the_parts_by_their_keys():
    questions = _questions({"Sorting practice paper.docx": _paper(), "Sorting mark scheme.docx": _mark_scheme()})
    answers = {q["label"]: q["answer"] for q in questions}
    assert answers["1(a)"] == "An algorithm that puts data into order.", "what else it accepts is for the marker"
    assert answers["1(b)(i)"] == "17, 8, 31, 42", "a list's last number is not its marks"
    assert answers["1(b)(ii)"] == "5", "the 1 after the answer is its marks"
    assert answers["2(a)"] == "The list is split in half repeatedly; until each sublist holds one item.", (
        "its points, without '(1)' or the marker's guidance")
    assert all(not q["text"][:1].isdigit() for q in questions), "a mark scheme's key is not a question"


def test_a_revision_guides_bracketed_marks_are_not_part_of_a_question_or_answer():
    guide = ("# Exam-style questions\n\n1. What is meant by a character set? [2]\n\n"
             "Answer: A list of the characters a computer can recognise [1], each with its own code [1]\n")
    questions = _questions({"Revision guide.md": guide.encode()})
    assert [(q["text"], q["answer"]) for q in questions] == [
        ("What is meant by a character set?", "A list of the characters a computer can recognise, each with its own code")]


def test_a_practice_sheet_with_a_mark_scheme_under_each_question():
    sheet = f.new_docx()
    f.para(sheet, "Exam question practice: blockchain", bold=True, size=16)
    f.para(sheet, "1. State what is meant by the term cryptocurrency. [1]")
    f.para(sheet, "Mark scheme", bold=True, size=13)
    f.table(sheet, [["Answer", "Marks"], ["A digital currency that exists only electronically (1)\nand is not issued "
                                          "by a bank", "1"], ["Do not accept: “online money” on its own", ""]])
    f.para(sheet, "2. Describe how a new transaction is added to a blockchain. [3]")
    f.para(sheet, "Mark scheme", bold=True, size=13)
    f.table(sheet, [["Answer", "Marks"], ["Transactions are grouped into a block (1)", "Max 3"]])
    questions = _questions({"EQP 3 - Blockchain.docx": f.docx_bytes(sheet)})
    assert [(q["text"], q["answer"]) for q in questions] == [
        ("State what is meant by the term cryptocurrency.",
         "A digital currency that exists only electronically and is not issued by a bank"),
        ("Describe how a new transaction is added to a blockchain.", "Transactions are grouped into a block"),
    ], "the question after a mark scheme is asked again; each table answers the question above it"


async def test_the_materials_api_gives_each_part_its_label(client, session):
    """The materials step lists each part by the paper's own label, not "1." again and again."""
    from app.models import Role, Unit
    from tests.factories import make_user

    teacher = await make_user(session, Role.teacher, username="teacher")
    await client.login("teacher")
    unit = Unit(title="Sorting", year_group=10, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    response = await client.post(f"/api/units/{unit.id}/documents",
                                 files=[("files", ("Sorting practice paper.docx", _paper(), docx))])
    assert response.status_code == 201, response.text
    found = (await client.get(f"/api/units/{unit.id}/materials")).json()["found"]["questions"]
    assert [(q["number"], q["label"]) for q in found][:2] == [(1, "1(a)"), (1, "1(b)(i)")]
    assert found[0]["text"] == "State what is meant by a sorting algorithm."


def test_every_line_to_answer_on_is_left_out_of_the_question():
    """A PDF cell can hold a part's text, its marks and all its answer lines: the question is the text alone."""
    from app.services.documents.question_lines import question_text

    assert question_text("Describe how a bubble sort works. [3 marks] ........ ........ ........") == \
        "Describe how a bubble sort works."
    assert question_text("The block of cells is called the data ______.") == "The block of cells is called the data ______."


def test_a_long_answer_line_followed_by_more_text_is_read_at_once():
    """Adversarial and ordinary at once: a worksheet line of thousands of dots with its marks after them. A pattern
    that repeats a group of dot runs backtracks without end on it, and the upload would time out."""
    from app.services.documents.question_lines import question_text

    dots = "." * 5000
    assert question_text(f"Describe a byte {dots} [2 marks]").startswith("Describe a byte")
    assert question_text(f"Describe a byte. [3 marks] {' '.join(['........'] * 2000)}") == "Describe a byte."
