"""Shapes first met in packs written by someone who had never read the readers (issue 16's held-out packs):
a PDF glossary table whose cells wrap and sit centred in taller rows, slides titled with the question their body
answers, a row of equal boxes that is a list, laws named with their year, "WALT" / "WILF" boxes beside their
statements, the admin rows of a lesson-plan template, formulas and comparisons that are not meanings, and the
chat of a class stream."""

from __future__ import annotations

from app.services.documents import extract, merge
from tests.corpus import formats as f


def _found(name: str, data: bytes) -> dict:
    (document,) = extract(name, data)
    return document.structure


def _terms(found: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in found["vocabulary"]}


def _glossary_pdf(*, align: str) -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Key Terms", size=14, bold=True, height=9)
    pdf.set_font(pdf.sans, "", 10)
    rows = [
        ("Key term", "What it means", "Example"),
        ("Analogue", "A signal that changes smoothly and continuously, like a real sound wave", "Your voice"),
        ("Digital", "Data stored as separate values in binary (0s and 1s)", "An MP3 file"),
        ("Sample rate", "The number of samples taken every second, measured in hertz (Hz)", "CD quality: 44,100 Hz"),
    ]
    with pdf.table(col_widths=(30, 95, 55), line_height=6, v_align=align) as grid:
        for cells in rows:
            row = grid.row()
            for cell in cells:
                row.cell(pdf.typed(cell))
    pdf.ln(4)
    pdf.line_of("Figure 1: a sound wave. Each orange line is one sample of the wave's height.", size=9)
    return pdf.output_bytes()


def test_a_pdf_table_with_wrapped_cells_centred_in_their_rows_keeps_each_row_whole():
    for align in ("MIDDLE", "TOP"):
        terms = _terms(_found("Sound.pdf", _glossary_pdf(align=align)))
        assert terms == {
            "Analogue": "A signal that changes smoothly and continuously, like a real sound wave",
            "Digital": "Data stored as separate values in binary (0s and 1s)",
            "Sample rate": "The number of samples taken every second, measured in hertz (Hz)",
        }, align


def test_the_text_under_a_pdf_table_is_not_one_of_its_rows():
    (document,) = extract("Sound.pdf", _glossary_pdf(align="MIDDLE"))
    table = next(rows for rows in document.structure.get("tables", []) if rows[0][0] == "Key term")
    assert [row[0] for row in table] == ["Key term", "Analogue", "Digital", "Sample rate"]
    assert "Figure 1" in document.text.split("Sample rate")[1]


def test_a_slide_titled_with_a_question_defines_the_word_it_asks_about():
    deck = f.new_pptx()
    f.content_slide(deck, "What is colour depth?", ["The number of bits used to store the colour of each pixel",
                                                    "1 bit → 2 colours"])
    f.content_slide(deck, "What is metadata?", ["Metadata is data about the image that is stored in the file"])
    f.content_slide(deck, "What is a pixel?", ["A pixel is the smallest single dot of colour in an image"])
    f.content_slide(deck, "What is the FDE cycle?", ["The fetch-decode-execute cycle is the process the CPU repeats "
                                                     "to carry out each instruction"])
    f.content_slide(deck, "How big is the file?", ["File size (bits) = width x height x colour depth"])
    assert _terms(_found("Images.pptx", f.pptx_bytes(deck))) == {
        "Colour depth": "The number of bits used to store the colour of each pixel",
        "Metadata": "Data about the image that is stored in the file",
        "Pixel": "The smallest single dot of colour in an image",
        "Fetch-decode-execute cycle": "The process the CPU repeats to carry out each instruction",
    }


def test_terms_across_the_top_pair_with_the_meanings_below_and_a_row_of_equal_boxes_is_a_list():
    deck = f.new_pptx()
    laws = f.titled_slide(deck, "Three laws you need to know")
    for index, (law, meaning) in enumerate([
        ("Computer Misuse Act 1990", "Makes it illegal to access a computer system without permission"),
        ("Data Protection Act 2018", "Controls how organisations collect, store and use personal data"),
        ("Copyright, Designs and Patents Act 1988", "Protects creative work from being copied without permission"),
    ]):
        f.shape_box(laws, law, left=0.3 + index * 3.2, top=1.6, width=3, height=1.1, bold=True)
        f.shape_box(laws, meaning, left=0.3 + index * 3.2, top=3.6, width=3, height=2, fill="FFF2CC", color="222222")
    rules = f.titled_slide(deck, "Personal data must be…")
    for index, rule in enumerate(["Used fairly and lawfully", "Only used for the stated purpose",
                                  "Accurate and up to date", "Kept no longer than needed", "Kept secure"]):
        f.shape_box(rules, rule, left=0.3 + index * 1.9, top=2, width=1.8, height=1.2, size=12)
    assert _terms(_found("Law.pptx", f.pptx_bytes(deck))) == {
        "Computer Misuse Act": "Makes it illegal to access a computer system without permission (1990)",
        "Data Protection Act": "Controls how organisations collect, store and use personal data (2018)",
        "Copyright, Designs and Patents Act": "Protects creative work from being copied without permission (1988)",
    }


def test_walt_and_wilf_boxes_label_the_objectives_and_success_criteria_beside_them():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "WALT / WILF")
    f.shape_box(slide, "WALT", left=0.5, top=1.7, width=1.6, height=1.4, bold=True)
    f.shape_box(slide, "We Are Learning To…\nunderstand the laws that control how computers and data are used",
                left=2.3, top=1.7, width=7.2, height=1.4)
    f.shape_box(slide, "WILF", left=0.5, top=3.6, width=1.6, height=2.2, bold=True)
    f.shape_box(slide, "What I’m Looking For…\n• name the three main laws about computers\n"
                       "• describe what each law makes illegal", left=2.3, top=3.6, width=7.2, height=2.2)
    found = _found("Law.pptx", f.pptx_bytes(deck))
    assert [(o["text"], o["kind"]) for o in found["objectives"]] == [
        ("Understand the laws that control how computers and data are used", "objective"),
        ("Name the three main laws about computers", "success_criterion"),
        ("Describe what each law makes illegal", "success_criterion"),
    ]
    assert _terms(found) == {}


def test_the_admin_rows_of_a_lesson_plan_template_give_no_key_words_or_title():
    document = f.new_docx(title="Lesson Plan Template v3")
    f.para(document, "COMPUTING LESSON PLAN", size=16, bold=True)
    f.table(document, [
        ["**Unit / lesson**", "Data Representation – Lesson 2 of 6: Bitmap images"],
        ["**Key vocabulary**", "pixel, bitmap, colour depth"],
        ["**Homework**", "Seneca – Bitmap images assignment, due next lesson"],
        ["**Resources**", "Grid paper – A4, 1 cm squares, one per pupil"],
    ])
    found = _found("Plan.docx", f.docx_bytes(document))
    assert _terms(found) == {"pixel": "", "bitmap": "", "colour depth": ""}
    assert found["lesson_titles"] == []


def test_a_word_listed_bare_gives_way_to_the_defined_term_it_starts():
    plan = f.new_docx()
    f.para(plan, "Key vocabulary: pixel, bitmap")
    deck = f.new_pptx()
    f.content_slide(deck, "What is a bitmap image?", ["An image made up of a grid of pixels, where the colour of "
                                                      "each pixel is stored as a binary number"])
    documents = [*extract("Plan.docx", f.docx_bytes(plan)), *extract("Images.pptx", f.pptx_bytes(deck))]
    assert [t["term"] for t in merge(documents).vocabulary] == ["pixel", "Bitmap image"]


def test_comparisons_and_class_stream_chat_are_not_key_words():
    text = ("Higher resolution = more detail, but a bigger file\n"
            "Amira Khan 10:42\n"
            "sir is the extension compulsory\n"
            "Reminder: bring headphones on Thursday for the Audacity practical.\n")
    assert _terms(_found("Stream.txt", text.encode())) == {}


# The third blind set -------------------------------------------------------------------------------------------


OBSIDIAN_NOTE = """---
title: "Selection in Python"
tags: [ks3, python]
---

> [!abstract] Learning objectives
> - Explain what selection is and why programs need it
> - Use if, elif and else to choose between paths

> [!info]- Key words
> Selection:: choosing which lines of code run next, depending on a condition
> Boolean:: a data type with only two values, True and False

%% 8C struggled with input() last week %%

- [x] **Do now (5 min)** – what will this print?
- [ ] ==Exit ticket== – write one if/else

> [!success]- Worksheet answers
> 1. True
> 2. False – = stores a value, == compares two values

#ks3 #python
"""


def test_an_obsidian_note_reads_its_callouts_fields_and_tasks_as_plain_markdown():
    (document,) = extract("Selection.md", OBSIDIAN_NOTE.encode())
    found = document.structure
    assert [o["text"] for o in found["objectives"]] == ["Explain what selection is and why programs need it",
                                                         "Use if, elif and else to choose between paths"]
    assert _terms(found) == {
        "Selection": "choosing which lines of code run next, depending on a condition",
        "Boolean": "a data type with only two values, True and False",
    }
    assert found["lesson_titles"] == ["Selection in Python"]
    for hidden in ("tags:", "struggled", "[x]", "==Exit", "#ks3", "[!"):
        assert hidden not in document.text, hidden


def test_a_deck_saved_as_pdf_reads_each_page_as_a_slide_without_its_running_footer():
    from tests.corpus.packs.networks_slides_pdf import slides_pdf

    (document,) = extract("Networks.pdf", slides_pdf())
    found = document.structure
    terms = _terms(found)
    assert terms["LAN"].startswith("Local Area Network: Covers a small area")
    assert terms["NIC"].startswith("Network Interface Card: ")
    assert terms["Router"].startswith("Sends data between different networks")
    assert "Communicate" not in terms, "a list of examples is not a meaning"
    assert "Connecting Computers" not in terms, "a title page's subtitle is not a meaning"
    assert "Lesson 1" not in document.text.split("Connecting Computers", 1)[1].split("\n# ", 2)[-1]
    assert not any("Networks · Lesson" in o["text"] for o in found["objectives"])


def test_a_keyword_wall_is_a_vocabulary_section():
    from tests.corpus.packs.networks_slides_pdf import keyword_wall

    terms = _terms(_found("Wall.pptx", keyword_wall()))
    assert terms["Wireless access point"] == "lets devices join a LAN by Wi-Fi instead of a cable"
    assert terms["Bandwidth"] == "how much data can be sent across a connection each second"
    assert len(terms) == 9


def test_a_plan_with_tracked_changes_is_read_with_every_change_accepted():
    from tests.corpus.packs.spreadsheet_formulas_review import lesson_plan

    found = _found("Plan.docx", lesson_plan())
    objectives = [o["text"] for o in found["objectives"]]
    assert "Use the SUM, AVERAGE, MAX and MIN functions on a range of cells" in objectives
    assert "Replicate a formula down a column using the fill handle" in objectives
    assert not any("currency" in o for o in objectives), "a deleted objective is gone"
    assert _terms(found)["Formula"].startswith("a calculation that starts with =")


def test_flash_cards_of_headings_over_meanings_are_a_glossary():
    from tests.corpus.packs.spreadsheet_formulas_review import flash_cards

    terms = _terms(_found("Cards.docx", flash_cards()))
    assert terms["AVERAGE"].startswith("A function that finds the mean of a range")
    assert terms["SUM"].startswith("A function that adds up")
    assert terms["Fill handle"].startswith("The small square")


def test_a_heading_over_one_line_of_meaning_is_not_a_key_word_on_its_own():
    document = f.new_docx()
    f.para(document, "Networks", style="Heading 1")
    f.para(document, "Networks are everywhere in modern life, from schools to shops.")
    f.para(document, "Homework", style="Heading 1")
    f.para(document, "Find out how your home connects to the internet.")
    assert _terms(_found("Notes.docx", f.docx_bytes(document))) == {}


# The fourth blind set ------------------------------------------------------------------------------------------


MIND_MAP = """Searching algorithms
\tLinear search
\t\tStart at the first item
\t\tGot to the end? → not in the list
\tKey words
\t\tTarget
\t\t\tthe item you are searching for
\t\tMidpoint
\t\t\tthe middle item of the part of the list still being searched
\tCompare (1000 sorted items)
\t\tLinear: worst case 1000 checks
\t\tBinary: worst case 10 checks
"""


def test_a_mind_map_outline_keeps_its_shape_and_its_key_words():
    found = _found("Mind map.txt", MIND_MAP.encode())
    assert _terms(found) == {"Target": "the item you are searching for",
                             "Midpoint": "the middle item of the part of the list still being searched"}
    assert found["lesson_titles"] == ["Searching algorithms"]


GOOGLE_SITES = """<html><body>
<h2><div role="button" aria-label="Copy heading link"><span>link</span></div><span>Key words</span></h2>
<p>Click a key word to see what it means.</p>
<div><div role="button" aria-expanded="false"><p><span style="font-weight:700">Linear search</span></p></div>
<div><p>Checks each item in the list in turn, starting at the first, until it finds the target or gets to the end
of the list.</p></div></div>
<div><div role="button" aria-expanded="false"><p><span style="font-weight:700">Efficiency</span></p></div>
<div><p>How few steps (or how little time) an algorithm needs to do its job.</p></div></div>
</body></html>"""


def test_collapsible_key_words_on_a_web_page_pair_with_the_meaning_under_them():
    terms = _terms(_found("Searching.html", GOOGLE_SITES.encode()))
    assert set(terms) == {"Linear search", "Efficiency"}, "an icon button's name ('link') is not a key word"
    assert terms["Efficiency"].startswith("How few steps")


def test_a_title_under_a_title_heading_and_a_title_after_its_kind_of_sheet():
    cover = f.new_docx()
    f.para(cover, "COVER WORK", style="Heading 1")
    f.para(cover, "Title (for the board)", style="Heading 2")
    f.para(cover, "Scratch Maze Game – Walls and Winning")
    assert _found("Cover.docx", f.docx_bytes(cover))["lesson_titles"][0] == "Scratch Maze Game – Walls and Winning"
    mat = f.new_docx()
    f.para(mat, "Year 8 Computing – Learning Mat – HTML: Building a Web Page", bold=True)
    f.para(mat, "LO: Know the structure of an HTML page • Use tags to add headings • Add an image and a hyperlink")
    found = _found("Mat.docx", f.docx_bytes(mat))
    assert found["lesson_titles"][0] == "HTML: Building a Web Page"
    assert [o["text"] for o in found["objectives"]] == ["Know the structure of an HTML page",
                                                         "Use tags to add headings", "Add an image and a hyperlink"]
