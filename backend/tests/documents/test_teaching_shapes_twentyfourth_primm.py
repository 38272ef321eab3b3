"""Shapes first met in the twenty-fourth held-out set (a PRIMM worksheet and its deck saved as PDF): "I am learning
to:" over lower-case bullets; a deck's title page whose big title wraps onto a second line; a slide page with a
table whose header row stands over its columns (not key-word cards); a slide titled "Meet the …" over the line that
says what it is; "This is the **X**: …" and "Doing this like this is called **X**." naming a bold key word; and a
page title of dash-separated parts (teacher, subject, year, topic) that names one topic."""

from __future__ import annotations

from app.services.documents import extract, merge
from app.services.documents.titles import lesson_titles
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def test_i_am_learning_to_opens_lower_case_objectives():
    document = f.new_docx()
    f.para(document, "Robots that follow lines", style="Title")
    f.para(document, "I am learning to:", bold=True)
    for line in ["• read a sensor and act on what it says", "• use a while loop to keep a robot moving"]:
        f.para(document, line)
    found = _objectives(_found("sheet.docx", f.docx_bytes(document)))
    assert [text.lower() for text in found] == [
        "read a sensor and act on what it says",
        "use a while loop to keep a robot moving",
    ]


def _slide_pdf(
    pages: list[tuple[str, list[str]]], *, cover: str = "", table: list[tuple[str, ...]] = ()
) -> bytes:
    """A 16:9 deck as Google Slides downloads it: a cover page with a big title wrapped over two lines, then each
    page's bold title over body lines ("**…**" bold), the last page holding `table` when given."""
    pdf = f.Pdf()
    pdf.set_auto_page_break(auto=False)
    if cover:
        pdf.add_page(format=f.SLIDE_PAGE)
        pdf.set_font(pdf.sans, "B", 34)
        pdf.set_xy(14, 45)
        pdf.multi_cell(180, 16, cover, align="L")
        pdf.set_font(pdf.sans, "", 16)
        pdf.set_x(14)
        pdf.cell(200, 10, "Year 8  ·  Lesson 2  ·  Ms Adeyemi")
    for title, lines in pages:
        pdf.add_page(format=f.SLIDE_PAGE)
        pdf.set_font(pdf.sans, "B", 26)
        pdf.set_xy(12, 9)
        pdf.cell(230, 14, title)
        pdf.set_xy(14, 30)
        for line in lines:
            pdf.set_x(14)
            pdf.set_font(pdf.sans, "", 15)
            pdf.multi_cell(226, 9, line, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
    if table:
        pdf.set_xy(20, 70)
        pdf.set_font(pdf.sans, "", 13)
        with pdf.table(width=200, line_height=8) as made:
            for cells in table:
                row = made.row()
                for cell in cells:
                    row.cell(cell)
    return pdf.output_bytes()


DO_NOW = [
    (
        "Do Now",
        [
            "Answer in your book – 3 minutes.",
            "1. What is a sound wave made of?",
            "2. What does a speaker do with an electrical signal?",
            "3. Name one input and one output.",
        ],
    )
]


def test_a_cover_title_wrapped_onto_two_lines_is_one_title():
    deck = _slide_pdf(DO_NOW, cover="Making music with a buzzer and a speaker")
    assert _found("deck.pdf", deck)["lesson_titles"][0] == "Making music with a buzzer and a speaker"


COMMANDS = [
    ("Command", "What it does"),
    ("m.play(tune)", "play a tune"),
    ("m.pitch(440)", "play one note"),
    ("m.stop()", "stop playing"),
    ("m.set_tempo(120)", "change the speed"),
]


def test_a_table_header_over_its_columns_is_no_key_word():
    deck = _slide_pdf([("Music commands", ["Type these into the editor."])], table=COMMANDS)
    found = _terms(_found("deck.pdf", deck))
    assert "Command" not in found, found


def test_a_page_title_over_a_table_page_stays_its_heading():
    deck = _slide_pdf(
        [
            (
                "The tempo rule",
                [
                    "A tune plays faster when the tempo is higher.",
                    "This is the **tempo**: the number of beats in every minute.",
                ],
            )
        ],
        table=[("Tune", "Tempo"), ("March", "120"), ("Lullaby", "60"), ("Dance", "140")],
    )
    found = _terms(_found("deck.pdf", deck))
    assert "The tempo rule" not in found, found


def test_a_table_of_calls_given_their_values_names_no_key_words():
    deck = _slide_pdf([("Music commands", ["Type these into the editor."])], table=COMMANDS)
    found = _terms(_found("deck.pdf", deck))
    assert "m.play(tune)" not in found, found


def test_a_function_named_bare_in_a_command_table_is_a_key_word():
    deck = _slide_pdf(
        [("Functions", ["Use these in your program."])],
        table=[
            ("Command", "What it does"),
            ("len()", "counts the items in a list"),
            ("input()", "asks the user to type something"),
            ("int()", "turns text into a whole number"),
        ],
    )
    assert "len()" in _terms(_found("deck.pdf", deck))


def test_a_title_over_what_to_do_for_a_purpose_is_no_key_word():
    presentation = f.new_pptx()
    f.title_slide(presentation, "Sharing", "Year 7")
    f.content_slide(
        presentation,
        "The sharing rule",
        ["To share sweets fairly, every person must get the same number.", "Count them out one at a time."],
    )
    assert "Sharing rule" not in _terms(_found("deck.pptx", f.pptx_bytes(presentation)))


def test_this_is_the_bold_word_then_its_meaning_after_a_colon():
    deck = _slide_pdf(
        [
            (
                "Speed",
                [
                    "A tune plays faster when the tempo is higher.",
                    "This is the **tempo**: the number of beats in every minute.",
                ],
            )
        ]
    )
    assert _terms(_found("deck.pdf", deck)).get("Tempo") == "The number of beats in every minute"


def test_a_doing_like_this_is_called_a_bold_word():
    document = f.new_docx()
    f.para(document, "Lists", style="Title")
    f.para(document, "Putting items in order from smallest to largest like this is called **sorting**.")
    found = _terms(_found("sheet.docx", f.docx_bytes(document)))
    assert found.get("Sorting") == "Putting items in order from smallest to largest"


def test_a_slide_meeting_a_thing_names_it_as_the_key_word():
    presentation = f.new_pptx()
    f.title_slide(presentation, "Robots", "Year 8")
    f.content_slide(
        presentation,
        "Meet the buggy",
        ["The buggy is the small robot car that you program.", "It has two wheels and a light sensor."],
    )
    found = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert found.get("Buggy", "").rstrip(".") == "The small robot car that you program", found


def test_a_page_title_of_course_parts_and_one_topic_names_that_topic():
    assert lesson_titles([], [], "Mrs Patel – Computing - Year 8 - Sound and sampling") == [
        "Sound and sampling"
    ]


def test_a_sheet_named_for_a_method_then_its_topic_gives_way_to_the_deck_title():
    document = f.new_docx()
    f.para(document, "PRIMM: Making music", style="Title")
    f.para(document, "Read the code and predict what it plays.")
    deck = _slide_pdf(DO_NOW, cover="Making music with a buzzer and a speaker")
    documents = [*extract("sheet.docx", f.docx_bytes(document)), *extract("deck.pdf", deck)]
    assert merge(documents).lesson_titles[0] == "Making music with a buzzer and a speaker"


def test_a_deck_titled_as_a_journey_gives_way_to_a_plainer_title():
    presentation = f.new_pptx()
    f.title_slide(presentation, "From Clay Tablets to the Cloud", "Year 7 Computing")
    f.content_slide(presentation, "Do Now", ["Where do you keep your photos?"])
    document = f.new_docx()
    f.para(document, "Storage through time", style="Title")
    f.para(document, "Put the storage devices in order, oldest first.")
    documents = [
        *extract("deck.pptx", f.pptx_bytes(presentation)),
        *extract("sheet.docx", f.docx_bytes(document)),
    ]
    assert merge(documents).lesson_titles[0] == "Storage through time"


def test_a_title_quoted_as_the_one_to_write_down_still_names_the_lesson():
    presentation = f.new_pptx()
    f.title_slide(presentation, "From Clay Tablets to the Cloud", "Year 7 Computing")
    f.content_slide(
        presentation,
        "Do Now",
        ["Where do you keep your photos?"],
        notes="Books out: date and the title ‘Storage through time’, underlined.",
    )
    document = f.new_docx()
    f.para(document, "Storage through time", style="Title")
    f.para(document, "Put the storage devices in order, oldest first.")
    documents = [
        *extract("deck.pptx", f.pptx_bytes(presentation)),
        *extract("sheet.docx", f.docx_bytes(document)),
    ]
    assert merge(documents).lesson_titles[0] == "Storage through time"
