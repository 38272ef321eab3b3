"""Each format read from real files made with python-docx, python-pptx, a hand-written PDF and zipfile."""

from __future__ import annotations

import io
import tempfile
import zipfile
from dataclasses import asdict

import docx
import pytest
from pptx import Presentation
from pptx.util import Inches

from app.services.documents import Limits, UploadRejected, extract, merge, read_upload
from tests.documents import builders


def _only(filename: str, data: bytes):
    documents = extract(filename, data)
    assert len(documents) == 1
    return documents[0]


def _texts(items: list[dict], key: str = "text") -> list[str]:
    return [item[key] for item in items]


def _without_origin(items: list[dict]) -> list[dict]:
    """Found items without `where` and `quote` (what the reader saw, tested on their own below)."""
    return [{k: v for k, v in item.items() if k not in ("where", "quote")} for item in items]


# Word ----------------------------------------------------------------------------------------------------


def test_docx_lesson_plan_objectives_criteria_and_vocabulary():
    document = _only("Lesson plan.docx", builders.lesson_plan_docx())
    assert document.file_type == "docx"
    found = document.structure
    objectives = [o for o in found["objectives"] if o["kind"] == "objective"]
    criteria = [o for o in found["objectives"] if o["kind"] == "success_criterion"]
    assert _texts(objectives) == builders.LESSON_OBJECTIVES  # the lead-in line "…will be able to:" is not one
    assert _texts(criteria) == builders.SUCCESS_CRITERIA
    assert [o["code"] for o in found["objectives"]] == ["LO1", "LO2", "LO3", "LO4", "LO5"]
    terms = {v["term"]: v["definition"] for v in found["vocabulary"]}
    for term, definition in builders.VOCABULARY + builders.DASHED_VOCABULARY:
        assert terms[term] == definition
    # The header row of the table and the subtitle "Year 7 – Data representation…" are not vocabulary.
    assert set(terms) == {t for t, _ in builders.VOCABULARY + builders.DASHED_VOCABULARY}


def test_docx_outline_plan_table_becomes_the_lesson_sequence():
    found = _only("Lesson plan.docx", builders.lesson_plan_docx()).structure
    assert _without_origin(found["sequences"]) == [
        {
            "title": "Lesson sequence",
            "steps": [
                "Starter – Pupils count on their fingers in binary.",
                "Main activity 1 – Pupils convert denary numbers to binary with place-value cards.",
                "Main activity 2 – Pupils complete the conversion worksheet in pairs.",
                "Plenary – Pupils explain why a byte holds 256 values.",
            ],
        }
    ]


def test_docx_monospace_paragraphs_are_one_python_snippet_under_their_heading():
    document = _only("Lesson plan.docx", builders.lesson_plan_docx())
    assert _without_origin(document.structure["code_snippets"]) == [
        {"language": "python", "code": builders.PYTHON_SNIPPET, "title": "Worked example: converting with Python"}
    ]
    assert f"```\n{builders.PYTHON_SNIPPET}\n```" in document.text  # indentation kept in the text too


def test_docx_headings_titles_tables_and_text():
    document = _only("Lesson plan.docx", builders.lesson_plan_docx())
    found = document.structure
    assert found["lesson_titles"] == ["Lesson 1: Introduction to binary"]
    assert {"text": "Learning objectives", "level": 1} in found["headings"]
    assert {"text": "Remember", "level": 2} in found["headings"]
    assert found["tables"][0][0] == ["Term", "Definition"]
    assert found["tables"][1][1] == ["Starter", "5 mins", "Pupils count on their fingers in binary. They find the largest number."]
    assert "- Describe how computers use binary to represent data" in document.text
    assert "Binary | A number system that uses only the digits 0 and 1" in document.text
    assert found["slides"] == []
    assert document.warnings == []


def test_docx_objectives_in_a_label_table_with_lo_codes():
    document = _only("Lesson 2.docx", builders.objectives_table_docx())
    found = document.structure
    assert [(o["code"], o["text"], o["kind"]) for o in found["objectives"]] == [
        ("LO1", "Add two 8-bit binary numbers together", "objective"),
        ("LO2", "Explain what an overflow error is", "objective"),
        ("LO3", "I can add two binary numbers and show the carries", "success_criterion"),
        ("LO4", "I can spot when an overflow happens", "success_criterion"),
    ]
    terms = {v["term"]: v["definition"] for v in found["vocabulary"]}
    # Listed in the table without definitions, then defined by the dashed lines under "Key words".
    assert terms == {
        "overflow": "when a result is too large to fit in the available bits",
        "carry": "a digit passed to the next column on the left",
        "most significant bit": "",
    }


def test_docx_numbered_list_is_a_sequence_and_code_in_a_table_cell_is_a_snippet():
    found = _only("Lesson 2.docx", builders.objectives_table_docx()).structure
    assert _without_origin(found["sequences"]) == [
        {
            "title": "How to add binary numbers",
            "steps": [
                "Write the two numbers one above the other",
                "Start with the right-hand column",
                "Add the digits and any carry",
                "Write the result and carry 1 if the total is 2 or 3",
            ],
        }
    ]
    assert _texts(found["code_snippets"], "code") == ["a = 0b0101\nb = 0b0011\nprint(bin(a + b))"]


def test_docx_vocabulary_table_under_a_merged_title_row_and_column_of_objectives():
    document = docx.Document()
    vocabulary = document.add_table(rows=3, cols=2)
    title = vocabulary.rows[0].cells[0].merge(vocabulary.rows[0].cells[1])
    title.text = "Key vocabulary"
    vocabulary.rows[1].cells[0].text, vocabulary.rows[1].cells[1].text = "Input", "Data that goes into a program"
    vocabulary.rows[2].cells[0].text, vocabulary.rows[2].cells[1].text = "Output", "Data that a program gives out"
    objectives = document.add_table(rows=3, cols=2)
    objectives.rows[0].cells[0].text, objectives.rows[0].cells[1].text = "Learning objective", "Success criteria"
    objectives.rows[1].cells[0].text = "Explain what an input device does"
    objectives.rows[1].cells[1].text = "I can name three input devices"
    objectives.rows[2].cells[0].text = "Explain what an output device does"
    objectives.rows[2].cells[1].text = "I can name three output devices"
    buffer = io.BytesIO()
    document.save(buffer)
    found = _only("Devices.docx", buffer.getvalue()).structure
    assert _without_origin(found["vocabulary"]) == [
        {"term": "Input", "definition": "Data that goes into a program"},
        {"term": "Output", "definition": "Data that a program gives out"},
    ]
    assert [(o["text"], o["kind"]) for o in found["objectives"]] == [
        ("Explain what an input device does", "objective"),
        ("I can name three input devices", "success_criterion"),
        ("Explain what an output device does", "objective"),
        ("I can name three output devices", "success_criterion"),
    ]


# PowerPoint ----------------------------------------------------------------------------------------------


def test_pptx_slides_titles_bullets_and_speaker_notes():
    document = _only("Slides.pptx", builders.slides_pptx())
    assert document.file_type == "pptx"
    slides = document.structure["slides"]
    assert [s["title"] for s in slides] == [
        "Lesson 3: Sequencing with Python", "Learning objectives", "Key vocabulary", "Making a cup of tea",
        "Worked example",
    ]
    assert slides[1]["bullets"] == [
        "To write a program that runs instructions in sequence", "To predict the output of a short Python program"
    ]
    # Text inside a grouped shape is read, in top-to-bottom order.
    assert slides[3]["bullets"] == ["Boil the kettle", "Put a tea bag in the cup", "Pour in the water"]
    assert slides[3]["notes"].startswith("Lesson sequence:\n1. Starter: pupils write the steps")
    assert "Speaker notes" in document.text
    assert "Read the objectives aloud" in document.text


def test_pptx_objectives_vocabulary_sequence_from_notes_code_and_table():
    found = _only("Slides.pptx", builders.slides_pptx()).structure
    assert [(o["text"], o["kind"]) for o in found["objectives"]] == [
        ("To write a program that runs instructions in sequence", "objective"),
        ("To predict the output of a short Python program", "objective"),
        ("I can explain what each line of the program does.", "success_criterion"),  # from speaker notes
    ]
    assert _without_origin(found["vocabulary"]) == [
        {"term": "Sequence", "definition": "instructions carried out one after another, in order"},
        {"term": "Variable", "definition": "a named place in memory that stores a value"},
        {"term": "Output", "definition": "information that a program shows to the user"},
    ]
    assert _without_origin(found["sequences"]) == [{"title": "Lesson sequence", "steps": builders.SLIDE_SEQUENCE}]
    assert _without_origin(found["code_snippets"]) == [
        {
            "language": "python",
            "code": 'name = input("What is your name? ")\nprint("Hello " + name)',
            "title": "Worked example",
        }
    ]
    assert found["tables"] == [[["Line", "What happens"], ["1", "Asks for a name"], ["2", "Greets the user"]]]
    assert found["lesson_titles"] == ["Lesson 3: Sequencing with Python"]


def test_pptx_numbered_notes_under_an_untitled_slide_take_the_nearest_title():
    presentation = Presentation()
    titled = presentation.slides.add_slide(presentation.slide_layouts[5])
    titled.shapes.title.text = "Sorting algorithms"
    blank = presentation.slides.add_slide(presentation.slide_layouts[6])
    blank.shapes.add_textbox(Inches(1), Inches(1), Inches(4), Inches(1)).text_frame.text = "Bubble sort"
    blank.notes_slide.notes_text_frame.text = (
        "1. Compare the first two items\n2. Swap them if they are in the wrong order\n"
        "3. Move along one place\n4. Repeat until no swaps are made"
    )
    buffer = io.BytesIO()
    presentation.save(buffer)
    found = _only("Sorting.pptx", buffer.getvalue()).structure
    assert [s["title"] for s in found["slides"]] == ["Sorting algorithms", ""]
    assert _without_origin(found["sequences"]) == [
        {
            "title": "Sorting algorithms",
            "steps": [
                "Compare the first two items", "Swap them if they are in the wrong order", "Move along one place",
                "Repeat until no swaps are made",
            ],
        }
    ]
    assert {"text": "Slide 2", "level": 1} not in found["headings"]  # made-up headings are not reported


# PDF -----------------------------------------------------------------------------------------------------


def test_pdf_worksheet_text_objectives_vocabulary_and_steps():
    document = _only("Worksheet.pdf", builders.worksheet_pdf())
    assert document.file_type == "pdf"
    found = document.structure
    assert [(o["code"], o["text"]) for o in found["objectives"]] == [
        ("LO1", "Describe how a linear search finds an item in a list"),
        ("LO2", "Compare a linear search with a binary search"),
        ("LO3", "I can trace a linear search through a list of numbers"),
    ]
    assert _without_origin(found["vocabulary"]) == [
        {"term": "Linear search", "definition": "checks each item in turn until the target is found"},
        {"term": "Binary search", "definition": "repeatedly halves a sorted list to find the target"},
    ]
    assert found["sequences"][0]["title"] == "Steps"
    assert len(found["sequences"][0]["steps"]) == 4
    assert found["lesson_titles"][0] == "Lesson 4: Searching algorithms"
    assert "Otherwise move to the next item and repeat" in document.text


def test_pdf_wrapped_lines_are_joined_and_page_numbers_dropped():
    data = builders.pdf_bytes(
        [["Learning objectives", "• Explain how the internet sends data in packets from one", "computer to another", "1"]]
    )
    document = _only("Networks.pdf", data)
    assert _texts(document.structure["objectives"]) == [
        "Explain how the internet sends data in packets from one computer to another"
    ]
    assert "\n1\n" not in document.text


def test_pdf_page_bound_and_scanned_pdf_warning():
    """A PDF over the page bound (DOCUMENT_MAX_PAGES) is refused, saying what to do; one at the bound is read whole."""
    many = builders.pdf_bytes([[f"Page text {n}"] for n in range(12)])
    with pytest.raises(UploadRejected) as refused:
        extract("Long.pdf", many, limits=Limits(max_pdf_pages=5))
    assert refused.value.detail == (
        "‘Long.pdf’ has more than 5 pages (it has 12). Split it, or upload the lesson's pages only."
    )
    document = extract("Long.pdf", many, limits=Limits(max_pdf_pages=12))[0]
    assert "Page text 11" in document.text
    assert document.warnings == []
    blank = _only("Scan.pdf", builders.pdf_bytes([[]]))
    assert blank.text == ""
    assert "scanned image" in blank.warnings[0]


def test_pdf_locked_only_against_editing_is_read():
    document = _only("Locked.pdf", builders.owner_locked_pdf())
    assert "linear search" in document.text


# Zip -----------------------------------------------------------------------------------------------------


def test_unit_folder_zip_with_nested_lesson_pack():
    result = read_upload("Y7 Unit.zip", builders.unit_zip())
    assert [d.filename for d in result.documents] == [
        "Y7 Unit.zip/Y7 Data representation/Lesson 1/Lesson plan.docx",
        "Y7 Unit.zip/Y7 Data representation/Lesson 2/Lesson plan.docx",
        "Y7 Unit.zip/Y7 Data representation/Lesson 3/Slides.pptx",
        "Y7 Unit.zip/Y7 Data representation/Lesson pack.zip/Lesson 4/notes.txt",
        "Y7 Unit.zip/Y7 Data representation/Lesson pack.zip/Lesson 4/Worksheet.pdf",
    ]
    assert [d.file_type for d in result.documents] == ["docx", "docx", "pptx", "txt", "pdf"]
    # __MACOSX, .DS_Store and Office lock files are skipped silently; other files are reported once per zip.
    assert [(s.name, s.reason) for s in result.skipped] == [
        (
            "Y7 Unit.zip",
            "1 file in ‘Y7 Unit.zip’ was not read (.png): only .docx, .pptx, .pdf, .html, .md and .txt files are "
            "used.",
        ),
    ]
    members = zipfile.ZipFile(io.BytesIO(builders.unit_zip()))
    assert result.documents[0].size_bytes == members.getinfo("Y7 Data representation/Lesson 1/Lesson plan.docx").file_size


def test_lessons_sort_in_natural_order():
    data = builders._zip({f"Lesson {n}/Worksheet.pdf": builders.pdf_bytes([[f"Lesson {n} text"]]) for n in (10, 2, 1)})
    names = [d.filename for d in extract("Pack.zip", data)]
    assert names == ["Pack.zip/Lesson 1/Worksheet.pdf", "Pack.zip/Lesson 2/Worksheet.pdf", "Pack.zip/Lesson 10/Worksheet.pdf"]


def test_zip_nesting_is_followed_two_levels_deep_only():
    innermost = builders._zip({"deep.pdf": builders.worksheet_pdf()})
    level2 = builders._zip({"level3.zip": innermost, "two.pdf": builders.worksheet_pdf()})
    level1 = builders._zip({"level2.zip": level2, "one.pdf": builders.worksheet_pdf()})
    result = read_upload("Top.zip", builders._zip({"level1.zip": level1}))
    assert [d.filename for d in result.documents] == [
        "Top.zip/level1.zip/level2.zip/two.pdf",
        "Top.zip/level1.zip/one.pdf",
    ]
    assert [(s.name, s.reason) for s in result.skipped] == [
        ("Top.zip/level1.zip/level2.zip/level3.zip", "Skipped: zips inside zips are opened only 2 levels deep.")
    ]


def test_merge_deduplicates_across_a_unit_and_renumbers_clashing_codes():
    documents = extract("Unit.zip", builders.unit_zip())
    again = extract("Lesson plan copy.docx", builders.lesson_plan_docx())
    materials = merge(documents + again)
    texts = [o["text"] for o in materials.objectives]
    assert len(texts) == len(set(texts)) == 15
    assert [o["code"] for o in materials.objectives] == [f"LO{n}" for n in range(1, 16)]
    assert materials.objectives[0]["source"] == "Unit.zip/Y7 Data representation/Lesson 1/Lesson plan.docx"
    terms = [v["term"].lower() for v in materials.vocabulary]
    assert len(terms) == len(set(terms))
    assert {"binary", "overflow", "sequence", "linear search"} <= set(terms)
    assert {v["term"] for v in materials.defined_vocabulary} >= {"Binary", "overflow"}
    assert "most significant bit" not in {v["term"] for v in materials.defined_vocabulary}
    assert len(materials.sequences) == 4
    assert len(materials.code_snippets) == 3
    assert materials.lesson_titles == [
        "Lesson 1: Introduction to binary", "Lesson 2: Binary addition", "Lesson 3: Sequencing with Python",
        "Lesson 4: Searching algorithms",
    ]
    assert materials.text.startswith("# Unit.zip/Y7 Data representation/Lesson 1/Lesson plan.docx\n\n")
    assert materials.text.count("\n# Unit.zip/") == 4  # the lesson pack's notes.txt is read too
    assert not materials.is_empty
    assert asdict(materials)["objectives"][0]["code"] == "LO1"


def test_merge_keeps_unique_codes_from_the_documents():
    materials = merge(extract("Lesson 2.docx", builders.objectives_table_docx()))
    assert [o["code"] for o in materials.objectives] == ["LO1", "LO2", "LO3", "LO4"]
    assert merge([]).is_empty


def test_zip_member_text_is_read_from_memory_not_written_to_disk(tmp_path, monkeypatch):
    """Extraction never creates files: run it with the working directory and temp dir somewhere watched."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    read_upload("Unit.zip", builders.traversal_zip())
    read_upload("Y7 Unit.zip", builders.unit_zip())
    assert list(tmp_path.iterdir()) == []


def test_docx_inside_zip_is_checked_like_an_upload():
    data = builders._zip({"Lesson 1/Plan.docx": builders.renamed_exe(), "Lesson 2/Plan.docx": builders.lesson_plan_docx()})
    result = read_upload("Pack.zip", data)
    assert [d.filename for d in result.documents] == ["Pack.zip/Lesson 2/Plan.docx"]
    assert result.skipped[0].name == "Pack.zip/Lesson 1/Plan.docx"
    assert "looks like a program" in result.skipped[0].reason


def test_stored_zip_member_sizes_are_reported():
    data = builders._zip({"a.pdf": builders.worksheet_pdf()}, compression=zipfile.ZIP_STORED)
    assert extract("a.zip", data)[0].size_bytes == len(builders.worksheet_pdf())
