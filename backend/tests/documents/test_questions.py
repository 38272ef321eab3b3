"""Questions already in the documents: numbered questions with their options and a marked answer (Word tables or
lists; bold, ✓, "(correct)", highlighted), question sheets with an answer sheet, answers sections, and an answers
file uploaded with its worksheet, matched by its name and the question numbers."""

from __future__ import annotations

from docx.enum.text import WD_COLOR_INDEX

from app.models import Role, Unit
from app.services.documents import merge, read_upload
from app.services.documents.materials import UnitMaterials
from tests.corpus import formats as f
from tests.corpus import load_packs
from tests.factories import make_user

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _read(files: dict[str, bytes]) -> UnitMaterials:
    return merge(document for name, data in files.items() for document in read_upload(name, data).documents)


def _table_quiz() -> bytes:
    document = f.new_docx()
    f.para(document, "Storage quiz", size=18, bold=True)
    f.table(document, [["1.", "Which of these is secondary storage?"], ["A", "RAM"], ["B", "**Hard disk drive**"],
                       ["C", "Cache"], ["D", "Registers"]])
    f.para(document, "")
    f.table(document, [["2.", "Which storage has no moving parts?"], ["A", "Magnetic"], ["B", "Optical"],
                       ["C", "Solid state ✓"], ["D", "Tape"]])
    f.para(document, "")
    f.para(document, "3. Explain why a laptop usually has solid state storage. (2 marks)")
    f.para(document, "________________________________________________")
    return f.docx_bytes(document)


def _answers() -> bytes:
    document = f.new_docx()
    f.para(document, "Storage quiz – answers", size=16, bold=True)
    f.para(document, "1. B")
    f.para(document, "2. C – solid state")
    f.para(document, "3. It has no moving parts, so it is not damaged when the laptop is moved")
    return f.docx_bytes(document)


def test_a_quiz_in_word_tables_gives_its_questions_options_and_marked_answers():
    materials = _read({"Storage quiz.docx": _table_quiz()})
    first, second, third = materials.questions
    assert (first["number"], first["text"]) == (1, "Which of these is secondary storage?")
    assert first["options"] == ["RAM", "Hard disk drive", "Cache", "Registers"]
    assert first["answer"] == "Hard disk drive", "the option in bold"
    assert second["options"][2] == "Solid state", "the tick is a mark, not part of the option"
    assert second["answer"] == "Solid state"
    assert (third["number"], third["text"]) == (3, "Explain why a laptop usually has solid state storage.")
    assert (third["options"], third["answer"]) == ([], "")
    assert first["source"] == "Storage quiz.docx"
    assert first["where"] == "table 1"


def test_an_answers_file_is_matched_to_its_quiz_by_name_and_numbers():
    materials = _read({"Storage quiz.docx": _table_quiz(), "Storage quiz - answers.docx": _answers()})
    assert len(materials.questions) == 3, "the answers are not questions of their own"
    third = materials.questions[2]
    assert third["answer"] == "It has no moving parts, so it is not damaged when the laptop is moved"
    assert third["answer_source"] == "Storage quiz - answers.docx"
    assert "answer_source" not in materials.questions[0], "the quiz's own marked answer stands"


def test_an_answer_given_as_a_letter_becomes_that_option():
    quiz = f.new_docx()
    f.para(quiz, "1. Which device sends packets between networks?")
    for line in ("A) Switch", "B) Router", "C) Hub"):
        f.para(quiz, line)
    f.para(quiz, "2. Which device connects the devices of one LAN?")
    for line in ("A) Switch", "B) Modem", "C) Printer"):
        f.para(quiz, line)
    answers = f.new_docx()
    f.para(answers, "1. B (router)")
    f.para(answers, "2. A")
    materials = _read({"Devices test.docx": f.docx_bytes(quiz), "Devices test mark scheme.docx": f.docx_bytes(answers)})
    assert [q["options"] for q in materials.questions] == [["Switch", "Router", "Hub"], ["Switch", "Modem", "Printer"]]
    assert [q["answer"] for q in materials.questions] == ["Router", "Switch"]


def test_options_marked_correct_highlighted_or_in_bold_in_a_list():
    document = f.new_docx()
    f.para(document, "Quick quiz", size=16, bold=True)
    f.para(document, "1. What does RAM stand for?")
    f.para(document, "a) Read Access Memory")
    f.para(document, "b) Random Access Memory (correct)")
    f.para(document, "2. Which memory keeps its contents without power?")
    f.para(document, "a) RAM")
    highlighted = document.add_paragraph()
    highlighted.add_run("b) ROM").font.highlight_color = WD_COLOR_INDEX.YELLOW
    f.para(document, "3. Which is the fastest?")
    f.para(document, "a) Hard disk")
    f.para(document, "**b) Cache**")
    materials = _read({"Quick quiz.docx": f.docx_bytes(document)})
    assert [q["answer"] for q in materials.questions] == ["Random Access Memory", "ROM", "Cache"]
    assert materials.questions[0]["options"] == ["Read Access Memory", "Random Access Memory"]
    assert materials.vocabulary == [], "options are not key words"


def test_a_question_sheet_and_an_answer_sheet_of_sentences():
    questions = f.new_docx()
    f.para(questions, "Registers – Questions", size=16, bold=True)
    f.para(questions, "1. What does the Program Counter hold?")
    f.para(questions, "…………………………………………………………")
    f.para(questions, "2. What does the Accumulator store?")
    answers = f.new_docx()
    f.para(answers, "Registers – Answer sheet", size=16, bold=True)
    f.para(answers, "1. The **Program Counter** holds the address of the next instruction.")
    f.para(answers, "2. The **Accumulator** stores the results of calculations.")
    materials = _read({"Registers questions.docx": f.docx_bytes(questions),
                       "Registers answer sheet.docx": f.docx_bytes(answers)})
    assert [(q["number"], q["answer"]) for q in materials.questions] == [
        (1, "The Program Counter holds the address of the next instruction."),
        (2, "The Accumulator stores the results of calculations."),
    ]
    assert {"Program Counter", "Accumulator"} <= {v["term"] for v in materials.vocabulary}


def test_answers_after_an_answers_heading_in_the_same_document():
    document = f.new_docx()
    document.add_heading("SQL practice", level=1)
    f.para(document, "Q1 Show the name of every pupil.")
    f.para(document, "Q2 Show the pupils in Year 8.")
    f.para(document, "Answers (teacher copy)", bold=True)
    f.para(document, "Q1")
    f.code_lines(document, "SELECT Name FROM Pupils;", font="Consolas")
    f.para(document, "Q2")
    f.code_lines(document, "SELECT * FROM Pupils WHERE Year = 8;", font="Consolas")
    materials = _read({"SQL practice.docx": f.docx_bytes(document)})
    assert [(q["number"], q["text"], q["answer"]) for q in materials.questions] == [
        (1, "Show the name of every pupil.", "SELECT Name FROM Pupils;"),
        (2, "Show the pupils in Year 8.", "SELECT * FROM Pupils WHERE Year = 8;"),
    ]


def test_two_questions_each_keep_the_program_under_them():
    """The second "What will this program print?" asks about the program under it, not the one before it."""
    document = f.new_docx()
    f.para(document, "7. What will this program print?")
    f.code_lines(document, 'age = 4\nif age < 5:\n    print("Free entry")')
    f.para(document, "Answer: ____________________")
    f.para(document, "8. What will this program print?")
    f.code_lines(document, 'score = 15\nif score >= 12:\n    print("Well done!")')
    f.para(document, "Answer: ____________________")
    f.para(document, "9. What does line 2 of this program check?")
    (seven, eight, nine) = _read({"Selection worksheet.docx": f.docx_bytes(document)}).questions
    assert seven["code"].startswith("age = 4")
    assert eight["code"].startswith("score = 15")
    assert nine["code"].startswith("score = 15"), "a question with no program under it asks about the last one"


def test_a_question_about_code_keeps_its_code():
    document = f.new_docx()
    f.para(document, "1. What will this program print?", bold=True)
    f.code_lines(document, 'score = 75\nif score > 70:\n    print("Pass")')
    f.para(document, "Answer: ____________________")
    f.para(document, "2. Change the program so that it prints Merit for 80 or more.", bold=True)
    (first, second) = _read({"Selection worksheet.docx": f.docx_bytes(document)}).questions
    assert first["code"].startswith("score = 75")
    assert first["answer"] == "", "a line to write the answer on is not an answer"
    assert second["text"] == "Change the program so that it prints Merit for 80 or more."


def test_a_question_and_answer_table():
    document = f.new_docx()
    f.table(document, [["Question", "Answer"], ["What is a bit?", "A single binary digit, 0 or 1"],
                       ["How many bits are in a byte?", "8"]])
    materials = _read({"Binary Q and A.docx": f.docx_bytes(document)})
    assert [(q["number"], q["text"], q["answer"]) for q in materials.questions] == [
        (1, "What is a bit?", "A single binary digit, 0 or 1"), (2, "How many bits are in a byte?", "8")]


def test_the_steps_of_a_process_are_not_questions():
    deck = f.new_pptx()
    f.content_slide(deck, "The cycle step by step", [
        "1. The address in the PC is copied to the MAR",
        "2. The PC is incremented by 1",
        "3. The instruction is fetched and copied into the MDR",
    ])
    plan = f.new_docx()
    f.para(plan, "Lesson plan", size=16, bold=True)
    f.para(plan, "1. Explain to the class what a register is")
    f.para(plan, "2. Pupils complete the card sort")
    materials = _read({"Cycle.pptx": f.pptx_bytes(deck), "Plan.docx": f.docx_bytes(plan)})
    assert materials.questions == []


def test_an_answers_file_with_no_matching_questions_is_left_unmatched():
    answers = f.new_docx()
    f.para(answers, "1. B")
    f.para(answers, "2. A")
    materials = _read({"Binary answers.docx": f.docx_bytes(answers), "Storage quiz.docx": _table_quiz()})
    assert materials.questions[0]["answer"] == "Hard disk drive"
    assert all("answer_source" not in q for q in materials.questions)


def test_the_networks_quiz_pack_gives_the_questions_its_expected_file_lists():
    (pack,) = load_packs(names=["networks_quiz"])
    materials = _read(pack.files)
    found = {q["number"]: q for q in materials.questions}
    for expected in pack.expected["questions_in_documents"]:
        question = found.get(expected["number"])
        assert question is not None, f"question {expected['number']} was not found"
        assert question["text"] == expected["text"]
        assert question["answer"].replace("’", "'") == expected["answer"], question
        assert question["source"] == "Networks Quiz.docx"
    assert len(materials.questions) == len(pack.expected["questions_in_documents"])


async def test_the_materials_api_gives_the_questions_and_where_their_answers_came_from(client, session):
    teacher = await make_user(session, Role.teacher, username="teacher")
    await client.login("teacher")
    unit = Unit(title="Storage", year_group=8, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    response = await client.post(f"/api/units/{unit.id}/documents", files=[
        ("files", ("Storage quiz.docx", _table_quiz(), DOCX)),
        ("files", ("Storage quiz - answers.docx", _answers(), DOCX)),
    ])
    assert response.status_code == 201, response.text
    quiz, answers = (file["documents"][0] for file in response.json()["files"])
    assert quiz["question_count"] == 3
    assert answers["question_count"] == 0
    assert answers["answer_count"] == 3
    found = (await client.get(f"/api/units/{unit.id}/materials")).json()["found"]
    assert [q["number"] for q in found["questions"]] == [1, 2, 3]
    assert found["questions"][0]["options"] == ["RAM", "Hard disk drive", "Cache", "Registers"]
    assert found["questions"][2]["answer_source"] == "Storage quiz - answers.docx"
    assert found["questions"][2]["where"] == "paragraph 2"


def test_a_truth_table_and_the_timings_of_a_lesson_are_not_questions():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "AND gate")
    f.slide_table(slide, [["A", "B", "Output"], ["0", "0", "0"], ["1", "0", "0"], ["1", "1", "1"]],
                  left=1, top=2, width=6)
    notes = "## Timings\n\n1. 5 min starter: \"what's inside a computer?\" – show the old PC\n2. 15 min: slides\n"
    materials = _read({"Logic quiz.pptx": f.pptx_bytes(deck), "Teacher notes.md": notes.encode()})
    assert materials.questions == []


def test_a_place_to_write_the_answer_does_not_start_the_answers():
    document = f.new_docx()
    f.para(document, "Binary worksheet", size=16, bold=True)
    f.para(document, "1. What is 1010 in denary?")
    f.para(document, "Answer:")
    f.para(document, "2. What is 1111 in denary?")
    f.para(document, "Answer:")
    materials = _read({"Binary worksheet.docx": f.docx_bytes(document)})
    assert [(q["number"], q["answer"]) for q in materials.questions] == [(1, ""), (2, "")]


def test_an_option_whose_words_are_bold_but_not_its_letter_is_the_marked_one():
    """How teachers really mark it in Word: they select the words and press Ctrl+B, leaving "b)" plain."""
    document = f.new_docx()
    f.para(document, "1. What does LAN stand for?")
    f.para(document, "a) Large Area Network")
    f.para(document, "b) **Local Area Network**")
    f.para(document, "c) Long Access Node")
    f.para(document, "2. Which device joins networks together?")
    f.para(document, "a) **Router**  ")
    f.para(document, "b) Monitor")
    materials = _read({"Networks quiz.docx": f.docx_bytes(document)})
    assert [q["answer"] for q in materials.questions] == ["Local Area Network", "Router"]


def test_a_question_with_several_options_marked_has_no_answer_rather_than_a_guessed_one():
    """Two bold options (a teacher who bolded a distractor too, or every option's first word): which is right is
    not known, so the question gets no answer -- and a draft never uses it with a wrong key."""
    document = f.new_docx()
    f.para(document, "1. Which of these is an input device?")
    f.para(document, "a) **Keyboard**")
    f.para(document, "b) **Printer**")
    f.para(document, "c) Speaker")
    f.para(document, "2. Which of these is an output device?")
    f.para(document, "a) Mouse")
    f.para(document, "b) Monitor ✓")
    materials = _read({"Devices quiz.docx": f.docx_bytes(document)})
    assert [q["answer"] for q in materials.questions] == ["", "Monitor"]


def test_an_answers_file_naming_a_letter_the_question_does_not_have_gives_no_option():
    """A mis-typed answers file ("1. E" for a four-option question) is kept as written, never moved to an option."""
    document = f.new_docx()
    f.para(document, "Storage quiz", size=18, bold=True)
    f.para(document, "1. Which of these is secondary storage?")
    for option in ("a) RAM", "b) Hard disk drive", "c) Cache", "d) Registers"):
        f.para(document, option)
    f.para(document, "2. Which storage has no moving parts?")
    for option in ("a) Magnetic", "b) Optical", "c) Solid state", "d) Tape"):
        f.para(document, option)
    materials = _read({"Storage quiz.docx": f.docx_bytes(document),
                       "Storage quiz answers.docx": _answers_doc(["1. E", "2. C"])})
    first, second = materials.questions[:2]
    assert first["answer"] not in first["options"]
    assert second["answer"] == "Solid state"


def _answers_doc(lines: list[str]) -> bytes:
    document = f.new_docx()
    f.para(document, "Storage quiz – answers", size=16, bold=True)
    for line in lines:
        f.para(document, line)
    return f.docx_bytes(document)


def _numbered_lists(document, formats: dict[int, str]) -> None:
    """Word's own numbering (numId → format, e.g. {7: "decimal", 8: "upperLetter"}): the numbers and letters are
    shown by Word, never typed in the text."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = document.part.numbering_part.element
    for num_id, fmt in formats.items():
        numbering.insert(0, parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="{num_id + 100}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
            f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{num_id + 100}"/>'
                                   f'</w:num>'))


def _listed(document, text: str, num_id: int):
    from docx.oxml import parse_xml

    paragraph = f.para(document, text)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:ilvl w:val="0"/>'
        f'<w:numId w:val="{num_id}"/></w:numPr>'))
    return paragraph


def test_questions_and_options_numbered_and_lettered_by_word_itself():
    document = f.new_docx()
    _numbered_lists(document, {7: "decimal", 8: "upperLetter", 9: "upperLetter"})
    f.para(document, "Networks quiz", size=16, bold=True)
    _listed(document, "Which device connects different networks together?", 7)
    for option in ("Switch", "**Router**", "Hub"):
        _listed(document, option, 8)
    _listed(document, "What does WAN stand for?", 7)
    for option in ("Wireless Access Network", "Wide Area Network ✓"):
        _listed(document, option, 9)
    materials = _read({"Networks quiz.docx": f.docx_bytes(document)})
    first, second = materials.questions
    assert (first["number"], first["options"], first["answer"]) == (1, ["Switch", "Router", "Hub"], "Router")
    assert (second["number"], second["options"], second["answer"]) == (
        2, ["Wireless Access Network", "Wide Area Network"], "Wide Area Network")


def test_a_quiz_slide_in_a_table_with_the_right_option_in_bold():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Quick quiz")
    f.slide_table(slide, [["1.", "Which device connects different networks together?"], ["A", "Switch"],
                          ["B", "Router"], ["C", "Hub"]], left=0.5, top=1.8, width=9)
    table = next(shape for shape in slide.shapes if shape.has_table).table
    for paragraph in table.cell(2, 1).text_frame.paragraphs:
        for run in paragraph.runs:
            run.font.bold = True  # the teacher made the right answer bold
    (question,) = _read({"Quiz.pptx": f.pptx_bytes(deck)}).questions
    assert question["options"] == ["Switch", "Router", "Hub"]
    assert question["answer"] == "Router"
