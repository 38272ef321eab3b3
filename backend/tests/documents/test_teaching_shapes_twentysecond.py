"""Shapes first met in the twenty-second held-out set: a lesson plan written in Google Docs and downloaded as
Markdown (its "1\\." and "\\-" escapes, a table cell's lines joined by "<br>"), and a Jupyter notebook exported to
HTML by nbconvert (each heading followed by a "¶" permalink, the objectives a numbered list with code inside)."""

from __future__ import annotations

from app.services.documents import extract, glosses, vocabulary
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# A Google Docs plan downloaded as Markdown --------------------------------------------------------------------

GOOGLE_PLAN = """# Year 7 Computing \\- Lesson 2: Spreadsheets

**Unit:** Data \\& Modelling    **Teacher:** Mr Brook

| Big question | Why do businesses use spreadsheets? |
| :---- | :---- |
| Learning objectives | 1\\. Explain what a cell reference is<br>2\\. Use a formula to add up a column<br>3\\. Compare a formula with a function |
| Homework | Quiz \\- "Cells" (due Friday) |

## **Teacher notes**

A **cell reference** is the column letter and row number that name one cell, such as B3\\.
"""


def _plan_text() -> str:
    (document,) = extract("plan.md", GOOGLE_PLAN.encode("utf-8"))
    return document.text


def test_a_markdown_backslash_escape_reads_as_the_character_it_escapes():
    text = _plan_text()
    assert "\\" not in text, text


def test_a_markdown_table_cell_of_lines_joined_by_br_gives_each_objective():
    found = _objectives(_found("plan.md", GOOGLE_PLAN.encode("utf-8")))
    assert found == ["Explain what a cell reference is", "Use a formula to add up a column",
                     "Compare a formula with a function"]


def test_an_escaped_markdown_title_loses_its_escape_and_its_course():
    findings = _found("plan.md", GOOGLE_PLAN.encode("utf-8"))
    assert findings["lesson_titles"][0] == "Lesson 2: Spreadsheets"


# A Jupyter notebook exported to HTML by nbconvert ----------------------------------------------------------------

NOTEBOOK = """<!DOCTYPE html><html><head><title>Loops_Lesson3</title>
<style>a.anchor-link { display: none; }</style></head><body class="jp-Notebook"><main>
<div class="jp-Cell jp-MarkdownCell"><div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput">
<h1 id="Loops-in-Python">Loops in Python<a class="anchor-link" href="#Loops-in-Python">¶</a></h1>
<h3 id="By-the-end-of-this-notebook-you-will-be-able-to:">By the end of this notebook you will be able to:<a
class="anchor-link" href="#By-the-end-of-this-notebook-you-will-be-able-to:">¶</a></h3>
<ol>
<li>use a <code>for</code> loop to repeat code a set number of times</li>
<li>use <code>range()</code> with a start and a stop</li>
</ol>
<h2 id="1.-Iteration">1. Iteration<a class="anchor-link" href="#1.-Iteration">¶</a></h2>
<p>Repeating a set of steps is called <strong>iteration</strong>.</p>
</div></div></main></body></html>"""


def _notebook_headings() -> list[str]:
    return [heading["text"] for heading in _found("loops.html", NOTEBOOK.encode("utf-8"))["headings"]]


def test_a_headings_permalink_pilcrow_is_not_part_of_its_words():
    assert _notebook_headings() == ["Loops in Python", "By the end of this notebook you will be able to:",
                                    "1. Iteration"]


def test_a_notebook_s_numbered_objectives_with_code_inside_are_found():
    found = _objectives(_found("loops.html", NOTEBOOK.encode("utf-8")))
    assert found == ["Use a for loop to repeat code a set number of times", "Use range() with a start and a stop"]


def test_a_word_called_its_name_is_given_the_meaning_before_it():
    html = ("<p>Every character has a position number. The position of a character is called its <strong>index"
            "</strong>. Python starts counting at 0.</p>")
    found = _terms(_found("page.html", html.encode("utf-8")))
    assert found.get("Index") == "The position of a character"


def test_a_word_of_a_thing_which_is_something_is_given_that_meaning():
    html = ("<p>The <code>len()</code> function gives you the <strong>length</strong> of a string, which is the number "
            "of characters in it (spaces count too!).</p>")
    found = _terms(_found("page.html", html.encode("utf-8")))
    assert found.get("Length") == "The number of characters in it"


def test_a_variable_given_a_string_in_a_question_is_not_a_key_word():
    assert vocabulary.line_term('word = "keyboard". Write the code to print the substring "board". [2]',
                                in_section=False) is None


def test_a_word_equals_its_meaning_is_still_a_key_word():
    pair = vocabulary.line_term("bandwidth = the amount of data that can be sent in one second", in_section=False)
    assert pair is not None, "bandwidth = … was not read as a key word"


# A Word sheet of questions, its teacher's answers after a page break ---------------------------------------------


def _explain_sheet() -> bytes:
    document = f.new_docx()
    f.para(document, "Sorting cards", bold=True, size=16)
    f.para(document, "Explain it", bold=True, size=13)
    for line in ["1. What is a swap in a bubble sort?", "2. Card 4 is in the wrong place after pass 1. Explain why.",
                 "3. How many passes does a list of five items need at most?"]:
        f.para(document, line)
        f.para(document, "_" * 60)
    f.para(document, "TEACHER ANSWERS – remove before printing", bold=True)
    for line in ["1. Two items changing places", "2. One pass only moves the largest item to the end",
                 "3. Four"]:
        f.para(document, line)
    return f.docx_bytes(document)


def _sheet_questions() -> dict[str, str]:
    return {question["text"]: question["answer"] for question in _found("sheet.docx", _explain_sheet())["questions"]}


def test_a_command_numbered_in_a_run_of_questions_is_asked_too():
    assert "Card 4 is in the wrong place after pass 1. Explain why." in _sheet_questions()


def test_teacher_answers_under_a_note_to_remove_them_answer_the_questions():
    assert _sheet_questions().get("What is a swap in a bubble sort?") == "Two items changing places"


def test_a_numbered_command_after_a_step_is_not_asked():
    document = f.new_docx()
    for line in ["1. Open Scratch.", "2. Drag a move block. Explain what it does to your partner."]:
        f.para(document, line)
    assert _found("steps.docx", f.docx_bytes(document))["questions"] == []


# A match-up printable: numbered words, meanings lettered by a bare letter, the key on its own page --------------

MATCH_WORDS = ["Router", "Switch", "Server"]
MATCH_MEANINGS = ["Sends data between different networks", "A computer that provides a service to other computers",
                  "Connects devices on the same network"]


def _match_up() -> bytes:
    pdf = f.Pdf(title="Network hardware - Match up")
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(pdf.sans, "B", 20)
        pdf.set_xy(10, 14)
        pdf.cell(0, 10, "Network hardware", align="C")
        pdf.set_font(pdf.sans, "", 11)
        if page == 1:
            for index, (word, meaning) in enumerate(zip(MATCH_WORDS, MATCH_MEANINGS, strict=True)):
                pdf.set_xy(17, 46 + index * 38)
                pdf.cell(51, 6, f"{index + 1}.  {word}")
                pdf.set_xy(107, 48 + index * 38)
                pdf.cell(8, 6, "ABC"[index])
                pdf.set_xy(115, 48 + index * 38)
                pdf.cell(78, 6, meaning)
        else:
            for index, pair in enumerate(["1 - A", "2 - C", "3 - B"]):
                pdf.set_xy(80, 46 + index * 12)
                pdf.cell(50, 8, pair)
    return pdf.output_bytes()


def test_a_match_up_key_on_its_own_page_pairs_words_with_bare_lettered_meanings():
    found = _terms(_found("match.pdf", _match_up()))
    assert found.get("Switch") == "Connects devices on the same network"


def test_a_match_up_meaning_is_never_quoted_with_its_letter():
    (document,) = extract("match.pdf", _match_up())
    assert "B A computer that provides" not in document.text


def test_a_sentence_opening_with_a_capital_word_keeps_its_words():
    document = f.new_docx()
    for line in ["A Trojan hides inside a program you want.", "I Think before you click.",
                 "B Careful with links in emails."]:
        f.para(document, line)
    (read,) = extract("notes.docx", f.docx_bytes(document))
    assert "A Trojan hides inside" in read.text


def test_a_markdown_line_of_links_to_other_resources_is_no_meaning():
    plan = ("# Networks\n\nA **router** sends data between networks.\n\n"
            "Links: [Quiz](https://example.org/quiz) · [Video](https://example.org/video)\n")
    (document,) = extract("plan.md", plan.encode("utf-8"))
    assert "Quiz · Video" not in document.text


def test_a_notebook_title_loses_the_pictograph_after_its_words():
    page = "<h1>Lesson 2: Working with strings 🧵</h1><p>Run each cell in turn.</p>"
    assert _found("nb.html", page.encode("utf-8"))["lesson_titles"][0] == "Lesson 2: Working with strings"


def test_a_title_whose_course_names_a_topic_keeps_it():
    page = "<h1>Year 9 Spreadsheets - Lesson 2: Formulas</h1><p>Open the file.</p>"
    assert _found("p.html", page.encode("utf-8"))["lesson_titles"][0] == "Year 9 Spreadsheets - Lesson 2: Formulas"


def test_a_state_of_being_named_after_it_is_the_meaning():
    page = ("<p>Being left out of everyday things such as banking because you can't get online is called "
            "<strong>digital exclusion</strong>. Older people are most at risk.</p>")
    found = _terms(_found("notes.html", page.encode("utf-8")))
    assert found.get("Digital exclusion") == ("Being left out of everyday things such as banking because you can't "
                                              "get online")


def test_a_sentence_about_it_being_named_is_still_no_meaning():
    page = "<p>It is being called <strong>phishing</strong>. Older people are most at risk.</p>"
    assert "Phishing" not in _terms(_found("notes.html", page.encode("utf-8")))


def test_a_word_in_quotes_then_a_dash_and_the_kind_of_thing_it_is_is_a_key_word():
    pairs = glosses.unmarked_glosses("Some places are a ‘dead zone’ – an area where there is no Wi-Fi at all.")
    assert [(pair.term, pair.definition) for pair in pairs] == [("Dead zone", "An area where there is no Wi-Fi at all")]


def test_a_numbered_command_after_a_question_without_lines_to_write_on_is_not_asked():
    document = f.new_docx()
    for line in ["1. Type 5 + 3 in the console. What does it show?", "2. Try 5 * 3. Explain the difference."]:
        f.para(document, line)
    asked = [question["text"] for question in _found("steps.docx", f.docx_bytes(document))["questions"]]
    assert "Try 5 * 3. Explain the difference." not in asked
