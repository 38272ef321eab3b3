"""Web pages, Markdown and plain text read like the other formats (issue 16), PDFs read with their layout, and every
item found saying where it came from. Files are built here in the shapes teachers keep them in."""

from __future__ import annotations

import pytest

from app.services.documents import Limits, UploadRejected, extract, read_upload
from tests.corpus import formats as f
from tests.documents import builders

PAGE = """<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>Computational Thinking | Mr Smith's Computing</title>
<style>.keyword { font-weight: bold; } nav a { color: red; }</style>
<script>var secret = "Decomposition – not from the lesson";</script>
</head><body>
<nav><a href="/">Home</a> | <a href="/ks3">KS3 – every lesson for Year 7, 8 and 9</a></nav>
<header><h1>Computational Thinking</h1><p>Year 7 &ndash; Lesson 1</p></header>
<main>
<h2>What we are learning today</h2>
<ul><li>Describe the four parts of computational thinking</li>
<li>Use decomposition to break a problem into smaller parts</li></ul>
<h2>Key ideas</h2>
<ul><li><strong>Computational thinking</strong> &ndash; a way of solving problems so that a computer could carry
out the solution</li></ul>
<dl><dt>Decomposition</dt><dd>Breaking a complex problem down into smaller, more manageable parts</dd>
<dt>Abstraction</dt><dd>Removing unnecessary detail so you can focus on what is important</dd></dl>
<table><tr><th>Term</th><th>Definition</th></tr><tr><td>Algorithm</td><td>A sequence of steps to solve a problem</td></tr>
</table>
<pre><code class="language-python">for step in range(3):
    print("Step", step)</code></pre>
<div hidden>Pattern recognition – hidden text the page never shows</div>
</main>
<footer>&copy; Mr Smith &middot; <a href="/privacy">Privacy – how we use your data on this site</a></footer>
<script>document.write("Abstraction – written by a script");</script>
</body></html>
"""


def _only(name: str, data: bytes):
    (document,) = extract(name, data)
    return document


def test_a_web_page_gives_its_lesson_without_scripts_styles_navigation_or_footer():
    document = _only("lesson.html", PAGE.encode())
    found = document.structure
    assert document.file_type == "html"
    assert [o["text"] for o in found["objectives"]] == [
        "Describe the four parts of computational thinking", "Use decomposition to break a problem into smaller parts",
    ]
    assert {v["term"]: v["definition"] for v in found["vocabulary"]} == {
        "Computational thinking": "a way of solving problems so that a computer could carry out the solution",
        "Decomposition": "Breaking a complex problem down into smaller, more manageable parts",
        "Abstraction": "Removing unnecessary detail so you can focus on what is important",
        "Algorithm": "A sequence of steps to solve a problem",
    }
    assert [(c["language"], c["code"]) for c in found["code_snippets"]] == [
        ("python", 'for step in range(3):\n    print("Step", step)')
    ]
    for hidden in ("secret", "Home", "font-weight", "Privacy", "written by a script", "hidden text"):
        assert hidden not in document.text, hidden


def test_a_web_page_is_titled_by_its_heading_not_its_title_tag():
    assert _only("lesson.htm", PAGE.encode()).structure["lesson_titles"] == ["Computational Thinking"]
    untitled = b"<html><head><title>Networks</title></head><body><p>Some text about networks.</p></body></html>"
    assert _only("networks.html", untitled).structure["lesson_titles"] == ["Networks"]


NOTES = """# Hardware and software – teacher notes

Year 7, lesson 1. Most pupils mix up *the computer* with
"the internet", so start from what they can touch.

## Objectives

* Know the difference between hardware and software
* Explain what an operating system does

## Key vocab

- **Hardware** – the physical parts of a computer system
- **Peripheral** – a device connected to a computer, such as a printer

## Timings

1. 5 min starter: what's inside a computer?
2. 15 min: slides, pupils copy the key terms
3. 5 min plenary: think – pair – share

> Tip: keep the old PC out of reach until the end

```java
System.out.println("Hello");
```
"""


def test_markdown_notes_keep_their_headings_lists_bold_words_and_fenced_code():
    found = _only("notes.md", NOTES.encode()).structure
    assert found["lesson_titles"] == ["Hardware and software – teacher notes"]
    assert [o["text"] for o in found["objectives"]] == [
        "Know the difference between hardware and software", "Explain what an operating system does",
    ]
    assert {v["term"] for v in found["vocabulary"]} == {"Hardware", "Peripheral"}
    (timings,) = [s for s in found["sequences"] if s["title"] == "Timings"]
    assert len(timings["steps"]) == 3, "the tip after the list is not a step"
    assert [(c["language"], c["code"]) for c in found["code_snippets"]] == [("java", 'System.out.println("Hello");')]


STARTER = """Starter - Year 8 - Malware lesson 2

Do now (5 mins) - answer in your books:
1) What does the word 'malware' mean?
2) Name one way a computer could get a virus

LO: To describe how different types of malware spread and the damage they do

Key words: virus, worm, trojan horse, spyware
Homework: Binary birthday card – write your age in binary
"""


def test_a_plain_text_starter_is_read_line_by_line_with_its_labels():
    document = _only("Malware starter.txt", STARTER.encode("cp1252"))  # as Notepad on a school PC saves it
    found = document.structure
    assert found["lesson_titles"] == ["Malware lesson 2"]  # the kind of sheet and the year are not its title
    assert [o["text"] for o in found["objectives"]] == [
        "To describe how different types of malware spread and the damage they do"
    ]
    assert [v["term"] for v in found["vocabulary"]] == ["virus", "worm", "trojan horse", "spyware"]
    assert found["sequences"] == [], "a starter's lines are not the lesson's sequence"


def _two_column_pdf() -> bytes:
    pdf = f.Pdf(title="Old handout")
    pdf.add_page()
    pdf.line_of("Databases & SQL", size=20, bold=True, height=10)
    pdf.line_of("Learning objectives", size=11, bold=True)
    pdf.line_of("• Describe what tables, records and fields are", size=10)
    pdf.set_font(pdf.sans, "", 10)
    pdf.multi_cell(0, 6, "The **Control Unit** decodes instructions and sends out control signals.", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    with pdf.text_columns(ncols=2, gutter=8) as columns:
        for text, bold, mono, size in [
            ("Key terms", True, False, 13),
            ("• Table – stores data about one type of thing, e.g. Students", False, False, 10),
            ("• Primary key – a field that uniquely identifies each record, e.g. StudentID", False, False, 10),
            ("Example query", True, False, 10),
            ("SELECT FirstName, Surname", False, True, 9),
            ("FROM Students", False, True, 9),
            ("WHERE Year = 9;", False, True, 9),
        ]:
            pdf.set_font(pdf.mono if mono else pdf.sans, "B" if bold else "", size)
            columns.write(pdf.typed(text + "\n"))
    pdf.ln(4)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(40, 40, 40)) as grid:
        for cells in [["StudentID", "FirstName", "Year"], ["1001", "Amira", "9"], ["1002", "Josh", "10"]]:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    return pdf.output_bytes()


def test_a_pdf_is_read_with_its_layout_headings_wrapped_bullets_monospace_code_and_tables():
    document = _only("Handout.pdf", _two_column_pdf())
    found = document.structure
    assert found["lesson_titles"][0] == "Databases & SQL", "the big bold line, not the title property"
    assert [o["text"] for o in found["objectives"]] == ["Describe what tables, records and fields are"]
    assert {v["term"]: v["definition"] for v in found["vocabulary"]} == {
        "Control Unit": "Decodes instructions and sends out control signals",  # bold in the PDF's font
        "Table": "stores data about one type of thing, e.g. Students",
        "Primary key": "a field that uniquely identifies each record, e.g. StudentID",
    }
    assert [(c["language"], c["code"]) for c in found["code_snippets"]] == [
        ("sql", "SELECT FirstName, Surname\nFROM Students\nWHERE Year = 9;")
    ]
    assert ["StudentID", "FirstName", "Year"] in found["tables"][0]


def _deck() -> bytes:
    deck = f.new_pptx()
    f.title_slide(deck, "Network Security")
    f.content_slide(deck, "Learning objectives", ["To understand the main threats to a network"])
    f.content_slide(deck, "Firewalls", ["A firewall checks the data coming into and going out of a network"])
    return f.pptx_bytes(deck)


def _plan() -> bytes:
    document = f.new_docx()
    f.para(document, "Starter: which operating systems do you use at home?")
    f.table(document, [["Term", "Definition"], ["Router", "Sends data packets between networks"]])
    f.para(document, "Plenary: exit ticket on the three parts of a computer")
    return f.docx_bytes(document)


@pytest.mark.parametrize(("name", "data", "kind", "expected"), [
    ("Slides.pptx", _deck(), "vocabulary",
     ("slide 3", "A firewall checks the data coming into and going out of a network")),
    ("Slides.pptx", _deck(), "objectives", ("slide 2", "To understand the main threats to a network")),
    ("Plan.docx", _plan(), "vocabulary", ("table 1", "Router – Sends data packets between networks")),
    ("Plan.docx", _plan(), "sequences", ("paragraph 1", "Starter: which operating systems do you use at home?")),
    ("Handout.pdf", _two_column_pdf(), "code_snippets", ("page 1", "SELECT FirstName, Surname")),
    ("lesson.html", PAGE.encode(), "vocabulary",
     ("paragraph 7", "Computational thinking – a way of solving problems so that a computer could carry out the "
                     "solution")),
    ("notes.md", NOTES.encode(), "vocabulary", ("line 13", "Hardware – the physical parts of a computer system")),
    ("starter.txt", STARTER.encode(), "objectives",
     ("line 7", "LO: To describe how different types of malware spread and the damage they do")),
])
def test_each_item_found_says_where_it_came_from_and_quotes_the_words(name, data, kind, expected):
    first = _only(name, data).structure[kind][0]
    assert (first["where"], first["quote"]) == expected


@pytest.mark.parametrize("name", ["notes.txt", "lesson.html", "notes.md"])
def test_a_text_file_that_is_really_a_program_or_another_format_is_refused(name):
    for data, says in [(b"MZ\x90\x00\x03" + b"\x00" * 60, "looks like a program"),
                       (b"PK\x03\x04" + b"\x00" * 60, "is not really a"),
                       (b"%PDF-1.4\n" + b"\x00" * 60, "is not really a"),
                       (b"plain words\x00\x00\x00 and nulls", "is not really a")]:
        with pytest.raises(UploadRejected) as refused:
            read_upload(name, data)
        assert says in refused.value.detail, (name, data[:8])


def test_text_over_the_character_bound_is_refused_and_deep_nesting_is_read():
    with pytest.raises(UploadRejected) as refused:
        extract("notes.txt", b"binary digits " * 200, limits=Limits(max_text_chars=1000))
    assert "has more than 1,000 characters of text" in refused.value.detail
    nested = b"<div>" * 5000 + b"<p>Binary \xe2\x80\x93 a number system that uses only 0 and 1</p>" + b"</div>" * 5000
    assert "Binary – a number system" in _only("deep.html", nested).text


def test_a_zip_of_web_pages_and_notes_is_read_like_any_lesson_pack():
    result = read_upload("Pack.zip", builders._zip({"Lesson 1/lesson.html": PAGE.encode(), "Lesson 1/notes.md": NOTES.encode(),
                                           "Lesson 1/starter.txt": STARTER.encode()}))
    assert [d.file_type for d in result.documents] == ["html", "md", "txt"]
