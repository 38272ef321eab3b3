"""Year 9 databases and SQL: a two-column PDF handout (objectives box, bullets typed with "•", a key-terms list, an
SQL query in a monospace font, a table of example data) and a Word sheet of SQL practice with its answers."""

from __future__ import annotations

from tests.corpus import formats as f

QUERY = """SELECT FirstName, Surname
FROM Students
WHERE Year = 9
ORDER BY Surname ASC;"""

STUDENTS = [["StudentID", "FirstName", "Surname", "Year"], ["1001", "Amira", "Khan", "9"],
            ["1002", "Josh", "Bell", "10"], ["1003", "Lily", "Evans", "9"]]


def _objectives_box(pdf: f.Pdf) -> None:
    pdf.set_fill_color(230, 240, 255)
    pdf.set_font(pdf.sans, "B", 11)
    pdf.cell(0, 7, pdf.typed("Learning objectives"), fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.sans, "", 10)
    for objective in ["Describe what tables, records and fields are",
                      "Write SQL queries using SELECT, FROM and WHERE",
                      "Explain why each table needs a primary key"]:
        pdf.cell(0, 6, pdf.typed(f"• {objective}"), fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)


def _column_text(pdf: f.Pdf, columns, text: str, *, bold: bool = False, mono: bool = False,
                 size: float = 10) -> None:
    pdf.set_font(pdf.mono if mono else pdf.sans, "B" if bold else "", size)
    columns.write(pdf.typed(text + "\n"))


def handout() -> bytes:
    pdf = f.Pdf(title="Databases")
    pdf.add_page()
    pdf.line_of("Databases & SQL", size=20, bold=True, height=10)
    pdf.line_of("Year 9 – Unit 4 – Lesson 1", size=10)
    pdf.ln(2)
    _objectives_box(pdf)
    with pdf.text_columns(ncols=2, gutter=8) as columns:
        _column_text(pdf, columns, "What is a database?", bold=True, size=13)
        _column_text(pdf, columns, "A database is an organised collection of data that can be searched, sorted and "
                                   "updated easily. Schools use one to store details about every student.")
        _column_text(pdf, columns, "")
        _column_text(pdf, columns, "Key terms", bold=True, size=13)
        for line in ["• Table – stores data about one type of thing, e.g. Students",
                     "• Record – one row in a table: all the data about one item",
                     "• Field – one column in a table, e.g. Surname",
                     "• Primary key – a field that uniquely identifies each record, e.g. StudentID"]:
            _column_text(pdf, columns, line)
        columns.new_column()
        _column_text(pdf, columns, "SQL", bold=True, size=13)
        _column_text(pdf, columns, "SQL (Structured Query Language) is the language used to search and change "
                                   "the data in a database.")
        _column_text(pdf, columns, "A query is a request to find the data that matches some criteria.")
        _column_text(pdf, columns, "")
        _column_text(pdf, columns, "Example query", bold=True)
        for line in QUERY.splitlines():
            _column_text(pdf, columns, line, mono=True, size=9)
        _column_text(pdf, columns, "")
        _column_text(pdf, columns, "This finds the first name and surname of every student in Year 9, in "
                                   "alphabetical order of surname.")
    pdf.ln(6)
    pdf.line_of("The Students table", bold=True)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(30, 40, 40, 20)) as grid:
        for cells in STUDENTS:
            row = grid.row()
            for cell in cells:
                row.cell(cell)
    return pdf.output_bytes()


PRACTICE = [
    ("Show the surname of every student.", "SELECT Surname FROM Students;"),
    ("Show all the fields for students in Year 10.", "SELECT * FROM Students WHERE Year = 10;"),
    ("Show the first names of students in Year 9, A to Z.",
     "SELECT FirstName FROM Students WHERE Year = 9 ORDER BY FirstName ASC;"),
]


def practice() -> bytes:
    document = f.new_docx()
    document.add_heading("SQL practice", level=1)
    f.para(document, "Use the Students table from the handout. Write the SQL for each question.")
    for number, (question, _answer) in enumerate(PRACTICE, start=1):
        f.para(document, f"Q{number} {question}")
    f.para(document, "")
    f.para(document, "Answers (teacher copy)", bold=True)
    for number, (_question, answer) in enumerate(PRACTICE, start=1):
        f.para(document, f"Q{number}")
        f.code_lines(document, answer, font="Consolas")
    return f.docx_bytes(document)


FILES = {
    "Databases and SQL.pdf": handout,
    "SQL practice.docx": practice,
}
