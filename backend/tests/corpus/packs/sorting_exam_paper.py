"""GCSE sorting algorithms: a teacher-made exam practice paper as a PDF (a front cover with instructions, question
parts 1(a), 1(c)(i), "[2 marks]" at the right, answer lines of dots, data in figure tables, an insertion sort in
OCR Exam Reference Language as a boxed, line-numbered figure, a table to complete, and a RAG checklist of "I can …"
statements on the last page) and its separate mark scheme PDF ("1 mark for each of:", "Accept …",
"Do not accept …")."""

from __future__ import annotations

from tests.corpus import formats as f

INDENT = 14  # millimetres between a question label and its text
DOTS = "." * 120


class Paper(f.Pdf):
    """A practice paper: a running footer with the paper's name and the page number."""

    def __init__(self, *, title: str, footer: str) -> None:
        super().__init__(title=title)
        self.footer_text = footer

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.sans, "", 8)
        self.cell(0, 5, self.typed(f"{self.footer_text}    Page {self.page_no()}"), align="C")

    def question(self, label: str, text: str = "", *, marks: int | None = None) -> None:
        """A question part: its label in bold at the margin, the text beside it, its marks at the right."""
        self.ln(2)
        self.set_font(self.sans, "B", 11)
        self.cell(INDENT, 6, label)
        self.set_font(self.sans, "", 11)
        self.multi_cell(0, 6, self.typed(text), new_x="LMARGIN", new_y="NEXT")
        if marks is not None:
            self.set_font(self.sans, "B", 11)
            self.cell(0, 6, f"[{marks} mark{'s' if marks > 1 else ''}]", align="R", new_x="LMARGIN", new_y="NEXT")

    def answer_lines(self, count: int) -> None:
        self.set_font(self.sans, "", 11)
        for _ in range(count):
            self.set_x(self.l_margin + INDENT)
            self.cell(0, 9, DOTS[:105], new_x="LMARGIN", new_y="NEXT")

    def grid(self, rows: list[list[str]], *, width: float, headings: bool = False) -> None:
        self.set_font(self.sans, "", 11)
        with self.table(width=width, text_align="CENTER", first_row_as_headings=headings,
                        line_height=8) as made:
            for cells in rows:
                row = made.row()
                for text in cells:
                    row.cell(text)
        self.ln(2)

    def caption(self, text: str) -> None:
        self.set_font(self.sans, "B", 10)
        self.cell(0, 6, text, align="C", new_x="LMARGIN", new_y="NEXT")


INSERTION_SORT = """01 procedure insertionSort(items)
02     for i = 1 to items.length - 1
03         current = items[i]
04         position = i
05         while position > 0 AND items[position - 1] > current
06             items[position] = items[position - 1]
07             position = position - 1
08         endwhile
09         items[position] = current
10     next i
11 endprocedure"""

CHECKLIST = [
    "I can describe how a bubble sort works",
    "I can carry out a bubble sort on a list of numbers, showing each pass",
    "I can describe how a merge sort splits a list and merges it back together",
    "I can describe how an insertion sort works",
    "I can follow a sorting algorithm written in OCR Exam Reference Language",
    "I can compare the advantages and disadvantages of the three sorting algorithms",
]


def _cover(pdf: Paper) -> None:
    pdf.add_page()
    pdf.line_of("GCSE Computer Science (J277)", size=12)
    pdf.line_of("Paper 2 practice – 2.1.3 Sorting algorithms", size=20, bold=True, height=11)
    pdf.ln(6)
    pdf.line_of("Name: ........................................................    Class: ..............")
    pdf.ln(4)
    pdf.line_of("Time allowed: 35 minutes", bold=True)
    pdf.line_of("Total: 25 marks", bold=True)
    pdf.ln(4)
    pdf.line_of("Instructions", bold=True)
    for rule in ["Answer all the questions.", "Write your answers in the spaces provided.",
                 "The number of marks for each question is shown in brackets [ ].",
                 "Do not use a calculator.",
                 "When you have finished, mark your paper in green pen using the mark scheme, then RAG the "
                 "checklist on the last page."]:
        pdf.line_of(f"•  {rule}")
    pdf.ln(8)
    pdf.grid([["Question", "1", "2", "3", "Total"], ["Mark", "/9", "/7", "/9", "/25"]], width=120)


def _question_1(pdf: Paper) -> None:
    pdf.add_page()
    pdf.question("1", "A teacher stores the scores from a class quiz in a list. The list needs to be sorted into "
                      "ascending order (smallest to largest).")
    pdf.ln(2)
    pdf.grid([["42", "17", "8", "31", "25", "12"]], width=110)
    pdf.caption("Figure 1")
    pdf.question("(a)", "State what is meant by a sorting algorithm.", marks=1)
    pdf.answer_lines(2)
    pdf.question("(b)", "Describe how a bubble sort works.", marks=3)
    pdf.answer_lines(5)
    pdf.question("(c)", "A pass is one run through the list, comparing each pair of adjacent items.")
    pdf.question("(i)", "Show the list in Figure 1 after the first pass of a bubble sort.", marks=2)
    pdf.grid([["", "", "", "", "", ""]], width=110)
    pdf.question("(ii)", "State how many swaps were made during the first pass.", marks=1)
    pdf.answer_lines(1)
    pdf.question("(iii)", "Explain how a bubble sort knows that the list is sorted and it can stop.", marks=2)
    pdf.answer_lines(4)


def _question_2(pdf: Paper) -> None:
    pdf.add_page()
    pdf.question("2", "A merge sort is used to put a list of names into alphabetical order.")
    pdf.ln(2)
    pdf.grid([["Maya", "Ben", "Zoe", "Ali", "Kit", "Fern", "Dan", "Joe"]], width=150)
    pdf.caption("Figure 2")
    pdf.question("(a)", "Describe the first stage of a merge sort.", marks=2)
    pdf.answer_lines(3)
    pdf.question("(b)", "The list in Figure 2 has been split into single items. Show how the sublists are merged to "
                        "sort the list into alphabetical order.", marks=3)
    pdf.answer_lines(5)
    pdf.question("(c)", "Give one advantage of a merge sort compared with a bubble sort.", marks=1)
    pdf.answer_lines(2)
    pdf.question("(d)", "Give one disadvantage of a merge sort.", marks=1)
    pdf.answer_lines(2)


def _question_3(pdf: Paper) -> None:
    pdf.add_page()
    pdf.question("3", "Figure 3 shows a sorting algorithm written in OCR Exam Reference Language.")
    pdf.ln(2)
    top = pdf.get_y()
    pdf.set_font(pdf.mono, "", 10)
    for line in INSERTION_SORT.splitlines():
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin + 2, top - 2, 170, pdf.get_y() - top + 4)
    pdf.ln(4)
    pdf.caption("Figure 3")
    pdf.question("(a)", "Identify the sorting algorithm shown in Figure 3 and describe how it works.", marks=3)
    pdf.answer_lines(4)
    pdf.question("(b)", "State the purpose of the variable current on line 03.", marks=1)
    pdf.answer_lines(2)
    pdf.question("(c)", "The list [5, 2, 4, 1] is passed to insertionSort. Complete the table to show the contents "
                        "of items after each pass of the for loop.", marks=3)
    pdf.grid([["After pass", "items[0]", "items[1]", "items[2]", "items[3]"],
              ["1", "", "", "", ""], ["2", "", "", "", ""], ["3", "", "", "", ""]], width=140, headings=True)
    pdf.question("(d)", "Explain why an insertion sort is a good choice for a list that is already almost in "
                        "order.", marks=2)
    pdf.answer_lines(3)
    pdf.ln(4)
    pdf.line_of("END OF QUESTIONS", bold=True)


def _checklist(pdf: Paper) -> None:
    pdf.add_page()
    pdf.line_of("Revision checklist – sorting algorithms", size=14, bold=True, height=8)
    pdf.line_of("After marking your paper, colour each box: Red = I can't do this yet, Amber = I can do it with "
                "help, Green = I'm confident.", size=10)
    pdf.ln(3)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(130, 15, 15, 15), text_align=("LEFT", "CENTER", "CENTER", "CENTER"),
                   line_height=7) as made:
        for cells in [["", "R", "A", "G"], *([statement, "", "", ""] for statement in CHECKLIST)]:
            row = made.row()
            for text in cells:
                row.cell(text)


def paper() -> bytes:
    pdf = Paper(title="Sorting algorithms practice paper", footer="J277 2.1.3 Sorting algorithms – practice")
    _cover(pdf)
    _question_1(pdf)
    _question_2(pdf)
    _question_3(pdf)
    _checklist(pdf)
    return pdf.output_bytes()


# The mark scheme: (question, answer lines, marks), as a department's mark schemes are laid out.
MARKS = [
    ("1(a)", "An algorithm that puts items of data into order.\n"
             "Accept: arranges a list into ascending or descending order.\n"
             "Do not accept: 'organises the data' on its own.", "1"),
    ("1(b)", "1 mark for each of:\n"
             "•  compares each pair of adjacent items\n"
             "•  swaps them if they are in the wrong order\n"
             "•  repeats passes through the list until a pass is made with no swaps.\n"
             "Accept: the largest item 'bubbles' to the end of the list on each pass.", "3"),
    ("1(c)(i)", "17, 8, 31, 25, 12, 42\n"
                "1 mark for 42 at the end of the list\n"
                "1 mark for the other five items in the order shown", "2"),
    ("1(c)(ii)", "5", "1"),
    ("1(c)(iii)", "1 mark for each of:\n"
                  "•  it makes a pass through the list with no swaps\n"
                  "•  it uses a flag / Boolean variable to record whether a swap was made in the pass.\n"
                  "Do not accept: 'when the list is in order' – this is not how the algorithm knows.", "2"),
    ("2(a)", "The list is split in half repeatedly (1) until each sublist contains only one item (1).", "2"),
    ("2(b)", "1 mark for each row:\n"
             "Ben Maya | Ali Zoe | Fern Kit | Dan Joe\n"
             "Ali Ben Maya Zoe | Dan Fern Joe Kit\n"
             "Ali Ben Dan Fern Joe Kit Maya Zoe\n"
             "Merging: pairs of sublists are merged into one ordered list until only one list is left.", "3"),
    ("2(c)", "It is faster / more efficient for large lists.\n"
             "Accept: it makes fewer comparisons on a large list.\n"
             "Do not accept: 'it is quicker' with no reference to large lists; 'it is easier to write'.", "1"),
    ("2(d)", "It uses more memory because it creates new lists.\n"
             "Accept: it is more complex to program; it is slower than other sorts on small lists.", "1"),
    ("3(a)", "Insertion sort (1)\n"
             "It takes each item in turn (1) and inserts it into the correct position in the sorted part of the "
             "list (1).", "3"),
    ("3(b)", "It stores the item that is being inserted into the sorted part of the list.\n"
             "Accept: holds the value being moved / the value to be placed.", "1"),
    ("3(c)", "1 mark for each row:\n"
             "After pass 1: 2, 5, 4, 1\n"
             "After pass 2: 2, 4, 5, 1\n"
             "After pass 3: 1, 2, 4, 5", "3"),
    ("3(d)", "1 mark for each of:\n"
             "•  each item only has to move a small number of places (or not at all)\n"
             "•  so few comparisons / shifts are needed – the while loop stops straight away.\n"
             "Do not accept: 'it is the fastest sort' on its own.", "2"),
]


def mark_scheme() -> bytes:
    pdf = Paper(title="Mark scheme", footer="J277 2.1.3 Sorting algorithms – mark scheme")
    pdf.add_page()
    pdf.line_of("Sorting algorithms practice paper", size=12)
    pdf.line_of("Mark scheme", size=20, bold=True, height=11)
    pdf.line_of("Mark in green pen. Where an answer line shows (1), award one mark for each point made, up to the "
                "marks for the question.", size=10)
    pdf.ln(3)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(22, 143, 15), text_align=("LEFT", "LEFT", "CENTER"), line_height=6) as made:
        for cells in [["Question", "Answer", "Marks"], *MARKS]:
            row = made.row()
            for text in cells:
                row.cell(pdf.typed(text))
    pdf.ln(4)
    pdf.line_of("Total: 25 marks", bold=True)
    return pdf.output_bytes()


FILES = {
    "Sorting algorithms practice paper.pdf": paper,
    "Sorting algorithms mark scheme.pdf": mark_scheme,
}
