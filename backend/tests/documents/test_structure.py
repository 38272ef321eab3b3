"""Structure detection on its own: the rules, and the lines they must leave alone."""

from __future__ import annotations

from app.services.documents.blocks import Block, merge_code, text_block, to_text
from app.services.documents.code_lines import looks_like_code
from app.services.documents.pdf_reader import lines_to_blocks
from app.services.documents.structure import analyse, section_of


def _lines(*lines: str) -> dict:
    """Analyse lines as a PDF's text would give them."""
    return analyse(lines_to_blocks(list(lines)))


def test_section_labels_as_teachers_write_them():
    assert section_of("Learning objectives") == "objectives"
    assert section_of("LEARNING OBJECTIVES:") == "objectives"
    assert section_of("Lesson objectives (LOs)") == "objectives"
    assert section_of("By the end of this lesson, pupils will be able to") == "objectives"
    assert section_of("WALT") == "objectives"
    assert section_of("Success criteria") == "success_criteria"
    assert section_of("Key vocabulary for this lesson") == "vocabulary"
    assert section_of("Keywords") == "vocabulary"
    assert section_of("Glossary") == "vocabulary"
    assert section_of("Outline plan") == "sequence"
    assert section_of("Lesson sequence") == "sequence"
    # Topic headings that share words with labels are not labels.
    for heading in ("Sequence", "Algorithm", "Binary numbers", "Objectives of the Data Protection Act in detail here"):
        assert section_of(heading) is None, heading


def test_lo_lines_and_i_can_lines_anywhere():
    found = _lines(
        "Lesson 5: Networks",
        "LO1: Describe what a network is",
        "LO 2 – Explain the difference between a LAN and a WAN",
        "Some introductory prose about computers in school.",
        "I can name two types of network",
        "I will be quiet",  # "I will" counts only in an objectives section or as a list item
    )
    assert [(o["code"], o["text"], o["kind"]) for o in found["objectives"]] == [
        ("LO1", "Describe what a network is", "objective"),
        ("LO2", "Explain the difference between a LAN and a WAN", "objective"),
        ("LO3", "I can name two types of network", "success_criterion"),
    ]


def test_objectives_section_ends_at_the_next_heading_and_skips_lead_ins():
    blocks = [
        Block("heading", "Objectives", level=2),
        Block("paragraph", "Pupils will be able to:"),
        Block("item", "Identify the inputs and outputs of a system"),
        Block("item", "Describe the purpose of a CPU"),
        Block("paragraph", "This lesson works best in the computer room, with a projector."),
        Block("heading", "Resources", level=2),
        Block("item", "Worksheet and mini whiteboards for every pupil"),
    ]
    found = analyse(blocks)
    assert [o["text"] for o in found["objectives"]] == [
        "Identify the inputs and outputs of a system", "Describe the purpose of a CPU"
    ]


def test_inline_labels_and_bare_keyword_lists():
    found = analyse(
        [
            Block("paragraph", "Learning objective: To understand how a search engine ranks pages"),
            Block("paragraph", "Key words: crawler, index, ranking algorithm"),
        ]
    )
    assert [o["text"] for o in found["objectives"]] == ["To understand how a search engine ranks pages"]
    assert found["vocabulary"] == [
        {"term": "crawler", "definition": ""},
        {"term": "index", "definition": ""},
        {"term": "ranking algorithm", "definition": ""},
    ]


def test_vocabulary_section_accepts_colons_and_dashes_and_fills_missing_definitions():
    found = _lines(
        "Key vocabulary",
        "• Selection: choosing which path a program takes",
        "• Iteration – repeating a set of instructions",
        "• Instructions: steps that a computer follows",  # a label word, but a definition here
        "Success criteria",
        "I can use an if statement",
    )
    assert found["vocabulary"] == [
        {"term": "Selection", "definition": "choosing which path a program takes"},
        {"term": "Iteration", "definition": "repeating a set of instructions"},
        {"term": "Instructions", "definition": "steps that a computer follows"},
    ]
    assert [o["kind"] for o in found["objectives"]] == ["success_criterion"]


def test_dashed_lines_outside_a_vocabulary_section_are_strict():
    found = _lines(
        "Algorithm – a set of step-by-step instructions to solve a problem",
        "Starter – pupils discuss what an algorithm is with a partner",
        "Task 2 - complete the worksheet in pairs and then swap",
        "Year 8 – Programming with Python for beginners in class",
        "Decomposition – breaking a problem down into smaller parts",
        "Time – 10 minutes for the whole of the practical task",
        "Binary – 2 mins",
        "Colon lines: are not vocabulary outside a vocabulary section",
    )
    assert [v["term"] for v in found["vocabulary"]] == ["Algorithm", "Decomposition"]


def test_numbered_runs_become_sequences_titled_by_their_heading():
    found = analyse(
        [
            Block("heading", "Making toast", level=2),
            Block("item", "Put the bread in the toaster", ordered=True),
            Block("item", "Press the lever down", ordered=True),
            Block("item", "Wait for the toast to pop up", ordered=True),
            Block("paragraph", "Two numbered items are not enough for a sequence:"),
            Block("item", "First", ordered=True),
            Block("item", "Second", ordered=True),
        ]
    )
    assert found["sequences"] == [
        {
            "title": "Making toast",
            "steps": ["Put the bread in the toaster", "Press the lever down", "Wait for the toast to pop up"],
        }
    ]


def test_lesson_phase_lines_make_a_lesson_sequence():
    found = _lines(
        "Starter (5 mins): pupils sort the devices into input and output",
        "Some teacher notes in between.",
        "Main activity: pupils label a diagram of a computer system",
        "Plenary – exit ticket on the three parts of a computer",
        "Review of the lesson will happen next week",  # no phase separator: not a step
    )
    assert found["sequences"] == [
        {
            "title": "Lesson sequence",
            "steps": [
                "Starter (5 mins): pupils sort the devices into input and output",
                "Main activity: pupils label a diagram of a computer system",
                "Plenary – exit ticket on the three parts of a computer",
            ],
        }
    ]


def test_sequence_section_from_a_label_row_table():
    found = analyse(
        [Block("table", rows=[["Lesson steps", "1. Log in\n2. Open Python\n3. Type the program\n4. Run it"]])]
    )
    assert found["sequences"] == [
        {"title": "Lesson steps", "steps": ["Log in", "Open Python", "Type the program", "Run it"]}
    ]


def test_code_detection_needs_real_code():
    assert looks_like_code('age = int(input("Age? "))\nif age > 12:\n    print("Teen")')
    assert not looks_like_code("print the worksheet\nhand it out to the class")
    assert not looks_like_code('print("one line only")')
    found = analyse(
        [
            Block("heading", "Try this", level=2),
            Block("paragraph", 'for count in range(3):'),
            Block("paragraph", 'print("Hello")'),
            Block("paragraph", "What does the program print?"),
        ]
    )
    assert found["code_snippets"] == [
        {"language": "python", "code": 'for count in range(3):\nprint("Hello")', "title": "Try this"}
    ]
    html = analyse([Block("code", "<html>\n<body>\n<p>Hello</p>\n</body>\n</html>")])
    assert html["code_snippets"][0]["language"] == "html"


def test_lesson_titles_fall_back_to_the_first_top_heading():
    assert analyse([Block("heading", "Spreadsheets", level=1), Block("heading", "Formulae", level=2)])[
        "lesson_titles"
    ] == ["Spreadsheets"]
    assert analyse([Block("paragraph", "text")], title="Week 3 Networks")["lesson_titles"] == ["Week 3 Networks"]


def test_objective_numbering_fills_gaps_around_explicit_codes():
    found = _lines(
        "LO2: Explain what a protocol is",
        "Learning objectives",
        "• Describe what a router does",
        "• Describe what a switch does",
    )
    assert [(o["code"], o["text"]) for o in found["objectives"]] == [
        ("LO2", "Explain what a protocol is"),
        ("LO1", "Describe what a router does"),
        ("LO3", "Describe what a switch does"),
    ]


def test_blocks_from_plain_lines_and_text_rendering():
    assert text_block("• Bullet point") == Block("item", "Bullet point")
    assert text_block("3) Third step") == Block("item", "Third step", ordered=True, number=3)
    assert text_block("Step 2: Open the file") == Block("item", "Open the file", ordered=True, number=2)
    assert text_block("1.5 hours of lessons") == Block("paragraph", "1.5 hours of lessons")
    assert text_block("  \u200b  ") is None
    assert text_block("Hidden\u202e text\x00") == Block("paragraph", "Hidden text")
    blocks = merge_code([Block("code", "x = 1"), Block("code", ""), Block("code", "print(x)"), Block("paragraph", "Done")])
    assert blocks[0] == Block("code", "x = 1\n\nprint(x)")
    assert to_text([Block("heading", "Title", level=1), Block("item", "a", level=1), *blocks]) == (
        "# Title\n  - a\n```\nx = 1\n\nprint(x)\n```\nDone"
    )


def test_an_objectives_section_stops_after_25_items():
    items = [Block("item", f"Describe step number {n} of the algorithm") for n in range(40)]
    found = analyse([Block("heading", "Objectives", level=1), *items])
    assert len(found["objectives"]) == 25


def test_caps_keep_strange_documents_small():
    found = analyse([Block("heading", "Glossary", level=1)] + [Block("item", f"Term{n}: meaning number {n}") for n in range(400)])
    assert len(found["vocabulary"]) == 300  # a long glossary is read, up to the cap
    huge_table = Block("table", rows=[[f"cell {r} {c}" for c in range(30)] for r in range(500)])
    table = analyse([huge_table])["tables"][0]
    assert len(table) == 200
    assert len(table[0]) == 12
