"""Held out. GCSE representing characters: one chapter of a published revision guide as a PDF (an exam-board style
publisher's two-column pages numbered from 42, a running header with the chapter name, an "In this chapter you
will learn to:" opener, numbered sections whose key words are bold and defined inside the sentence, a code table,
an ASCII against Unicode table, "Key point" and "Exam tip" boxes, a "Worked example" calculating a text's size,
end-of-chapter "Test yourself" questions with marks, and their short answers on the last page of the PDF) and the
teacher's own one-page homework slip for it in Word."""

from __future__ import annotations

from tests.corpus import formats as f

CHAPTER = "Chapter 4: Representing characters"
FIRST_PAGE = 42
TOP, BOTTOM, LEFT, GUTTER, COLUMN = 22.0, 278.0, 15.0, 8.0, 86.0
LEARN_TO = [
    "explain what a character set is",
    "describe ASCII, extended ASCII and Unicode",
    "compare ASCII and Unicode",
    "calculate the number of bits needed to store a piece of text",
]
BOX_COLOURS = {"Key point": (222, 235, 247), "Exam tip": (255, 242, 204), "Worked example": (226, 239, 218)}


class Guide(f.Pdf):
    """A revision guide's pages: blocks flow down the left column, then the right, then onto the next page."""

    def __init__(self) -> None:
        super().__init__(title="GCSE Computer Science Revision Guide – Chapter 4")
        self.set_producer("Adobe PDF Library 17.0")
        self.set_auto_page_break(auto=False)
        self.set_margins(LEFT, TOP, LEFT)
        self.column, self.column_top = 0, TOP
        self.running = CHAPTER

    def header(self) -> None:
        self.set_font(self.sans, "", 8)
        self.set_text_color(90, 90, 90)
        self.set_xy(LEFT, 10)
        self.cell(90, 5, self.typed(self.running))
        self.cell(90, 5, "Section 2 – Data representation", align="R")
        self.line(LEFT, 16, 195, 16)
        self.set_text_color(0, 0, 0)

    def footer(self) -> None:
        number = FIRST_PAGE + self.page_no() - 1
        self.set_font(self.sans, "B", 9)
        self.set_xy(LEFT, 287)
        self.cell(180, 5, str(number), align="R" if number % 2 else "L")

    def new_page(self) -> None:
        self.add_page()
        self.column, self.column_top = 0, TOP
        self.set_y(TOP)

    def full_width(self, text: str, *, size: float, bold: bool = True, height: float = 8) -> None:
        """Across both columns (the chapter opener): the columns start below it."""
        self.set_font(self.sans, "B" if bold else "", size)
        self.set_x(LEFT)
        self.multi_cell(180, height, self.typed(text), new_x="LMARGIN", new_y="NEXT", markdown=True)
        self.column_top = self.get_y() + 2

    def _room(self, height: float) -> None:
        """Move to the next column, or the next page, when `height` does not fit below."""
        if self.get_y() + height > BOTTOM:
            if self.column == 0:
                self.column = 1
                self.set_y(self.column_top)
            else:
                self.new_page()
        self.set_x(LEFT + self.column * (COLUMN + GUTTER))

    def _measure(self, text: str, *, size: float, bold: bool = False, width: float = COLUMN) -> float:
        self.set_font(self.sans, "B" if bold else "", size)
        return self.multi_cell(width, 4.6, self.typed(text), markdown=True, dry_run=True, output="HEIGHT")

    def heading(self, text: str) -> None:
        self._room(20)
        self.set_font(self.sans, "B", 12)
        self.set_text_color(31, 78, 121)
        self.multi_cell(COLUMN, 7, self.typed(text), new_x="LEFT", new_y="NEXT")
        self.set_text_color(0, 0, 0)

    def text(self, text: str) -> None:
        self._room(self._measure(text, size=9.5))
        self.set_font(self.sans, "", 9.5)
        self.multi_cell(COLUMN, 4.6, self.typed(text), new_x="LEFT", new_y="NEXT", markdown=True)
        self.ln(2)
        self.set_x(LEFT + self.column * (COLUMN + GUTTER))

    def panel(self, kind: str, lines: list[str]) -> None:
        """A "Key point", "Exam tip" or "Worked example" box: a shaded panel with its label in bold."""
        width = COLUMN - 4
        height = 9 + sum(self._measure(line, size=9, width=width) + 1 for line in lines)
        self._room(height + 3)
        x, y = self.get_x(), self.get_y()
        self.set_fill_color(*BOX_COLOURS[kind])
        self.rect(x, y, COLUMN, height, style="F")
        self.set_xy(x + 2, y + 2)
        self.set_font(self.sans, "B", 10)
        self.cell(width, 5, kind, new_x="LEFT", new_y="NEXT")
        for line in lines:
            self.set_font(self.sans, "", 9)
            self.multi_cell(width, 4.6, self.typed(line), new_x="LEFT", new_y="NEXT", markdown=True)
            self.ln(1)
        self.set_xy(x, y + height + 3)

    def grid(self, rows: list[list[str]], widths: list[float]) -> None:
        self._room(5.5 * len(rows) + 3)
        x = self.get_x()
        for index, row in enumerate(rows):
            self.set_font(self.sans, "B" if index == 0 else "", 8.5)
            for cell, width in zip(row, widths, strict=True):
                self.cell(width, 5.5, self.typed(cell), border=1)
            self.ln(5.5)
            self.set_x(x)
        self.ln(3)
        self.set_x(x)


CONTENT = [
    ("heading", "4.1 Characters and character sets"),
    ("text", "Computers can only store binary, so every letter, digit and symbol you type has to be given a binary "
             "code. A **character** is any single letter, digit, punctuation mark, symbol or space that can be "
             "typed. A **character set** is the complete list of characters a computer can recognise, together "
             "with the unique binary code that stands for each one. The number a character is given in the "
             "character set is its **character code**."),
    ("text", "When you press a key, the keyboard sends the code for that character. The computer stores the code, "
             "and when the text is shown on screen it looks the code up in the character set to find which symbol "
             "to draw."),
    ("Key point", ["Two computers must use the same character set to share text, or it comes out as nonsense. "
                   "That is why character sets are agreed standards."]),
    ("heading", "4.2 ASCII"),
    ("text", "**ASCII** (American Standard Code for Information Interchange) is a character set that uses 7 bits "
             "for each character. 7 bits give 2⁷ = 128 different codes: enough for the upper and lower case "
             "English letters, the digits 0 to 9, punctuation and some **control characters**, codes that do not "
             "print anything but give an instruction, such as a new line or a tab."),
    ("grid", [["Character", "Denary code", "Binary code"], ["space", "32", "0100000"], ["0", "48", "0110000"],
              ["A", "65", "1000001"], ["B", "66", "1000010"], ["a", "97", "1100001"]]),
    ("text", "The codes are in order. If you know that A is 65, you can work out that E is 69. The lower case "
             "letters start at 97, so a lower case letter's code is always 32 more than its capital's."),
    ("Exam tip", ["You don't need to learn the ASCII table, but you may be given one code and asked for another. "
                  "Count on (or back) from the code you are given."]),
    ("heading", "4.3 Extended ASCII"),
    ("text", "**Extended ASCII** uses 8 bits (one byte) for each character, giving 256 codes. The first 128 are "
             "the same as ASCII; the other 128 are used for symbols such as é, ü and £. Different countries used "
             "the extra codes for different characters, so text sent abroad could come out wrong."),
    ("heading", "4.4 Unicode"),
    ("text", "**Unicode** is a character set that can represent the characters of almost every written language "
             "in the world, as well as maths symbols and emoji. It uses up to 32 bits for each character, so there "
             "is room for over a million characters. The first 128 Unicode characters are the same as ASCII, so "
             "old ASCII text can still be read."),
    ("text", "Unicode text is usually stored as **UTF-8**, which uses 8 bits for characters that are in ASCII and "
             "up to 32 bits for the others, so English text takes no more space than it has to."),
    ("grid", [["", "ASCII", "Unicode"], ["Bits per character", "7 (8 extended)", "up to 32"],
              ["Characters", "128 (256)", "over 1 million"], ["Languages", "English only", "almost all"],
              ["File size", "smaller", "larger"]]),
    ("Key point", ["Unicode can represent far more characters than ASCII, but each character takes more bits, so "
                   "the same text can take up more storage space."]),
    ("heading", "4.5 Working out the size of text"),
    ("text", "The **bits per character** is the number of bits a character set uses to store one character. To "
             "find how much storage a piece of text needs:"),
    ("text", "**number of bits = number of characters × bits per character**"),
    ("Worked example", [
        "The text message \"See you at 6pm!\" is stored using 8-bit extended ASCII. How many bytes does it take?",
        "1. Count the characters, including spaces and punctuation: 15 characters.",
        "2. Multiply by the bits per character: 15 × 8 = 120 bits.",
        "3. Divide by 8 to get bytes: 120 ÷ 8 = 15 bytes.",
        "In 32-bit Unicode the same message would need 15 × 32 = 480 bits, which is 60 bytes.",
    ]),
    ("Exam tip", ["Always show your working and give the units (bits or bytes). Spaces and punctuation are "
                  "characters too: lots of students forget to count them and lose the mark."]),
    ("heading", "4.6 Sorting text"),
    ("text", "Because the codes are in order, a computer can sort words into alphabetical order by comparing "
             "their character codes, one character at a time. Capital letters have smaller codes than lower case "
             "letters, so a computer sorting by code puts \"Zebra\" before \"apple\"."),
    ("Key point", ["Text is stored as a sequence of character codes. Everything a computer does with text "
                   "(storing, sending, sorting, searching) it does with the codes."]),
]
TEST_YOURSELF = [
    ("What is meant by a character set?", 2),
    ("How many bits does ASCII use for each character?", 1),
    ("How many different characters can 7-bit ASCII represent?", 1),
    ("The ASCII code for 'C' is 67. What is the ASCII code for 'H'?", 1),
    ("Give one reason why Unicode was introduced.", 1),
    ("A word stored in 8-bit extended ASCII takes up 7 bytes. How many characters does the word have?", 1),
    ("Calculate the number of bits needed to store \"Hello world\" using 16-bit Unicode. Show your working.", 2),
    ("Explain one disadvantage of using Unicode instead of ASCII.", 2),
]
ANSWERS = [
    "A list of all the characters a computer can recognise [1], each with its own unique binary code [1].",
    "7 bits",
    "128",
    "72",
    "ASCII only had enough codes for English characters; Unicode can represent the characters of (almost) every "
    "language.",
    "7 characters (8 bits = 1 byte per character)",
    "11 characters [1] × 16 = 176 bits [1]",
    "Each character takes more bits [1], so the text takes up more storage space / the file is larger [1].",
]


def guide() -> bytes:
    pdf = Guide()
    pdf.new_page()
    pdf.full_width("4  Representing characters", size=22, height=12)
    pdf.full_width("In this chapter you will learn to:", size=10, height=6)
    pdf.full_width("\n".join(f"•  {line}" for line in LEARN_TO), size=10, bold=False, height=5.5)
    for kind, value in CONTENT:
        if kind == "heading":
            pdf.heading(value)
        elif kind == "text":
            pdf.text(value)
        elif kind == "grid":
            pdf.grid(value, [34, 26, 26])
        else:
            pdf.panel(kind, value)
    pdf.heading("Test yourself")
    for number, (question, marks) in enumerate(TEST_YOURSELF, start=1):
        pdf.text(f"{number}. {question} [{marks}]")
    pdf.running = "Answers"
    pdf.new_page()
    pdf.full_width("Answers", size=18, height=10)
    pdf.heading("Chapter 4 – Test yourself (page 43)")
    for number, answer in enumerate(ANSWERS, start=1):
        pdf.text(f"{number}. {answer}")
    return pdf.output_bytes()


HOMEWORK = [
    "Read pages 42–44 of the revision guide (Chapter 4) and make a flash card for each bold key word.",
    "Answer the Test yourself questions in your book WITHOUT looking at the answers.",
    "Then mark them in green pen using the answers at the back.",
    "Bring your flash cards next Tuesday – there will be a quiz on them!",
]


def homework_slip() -> bytes:
    document = f.new_docx(title="Homework")
    f.para(document, "Y10 Computer Science – Homework 6", size=14, bold=True)
    f.para(document, "Topic: Representing characters (ASCII and Unicode)")
    for number, line in enumerate(HOMEWORK, start=1):
        f.para(document, f"{number}. {line}")
    f.para(document, "Score: ____ / 11        Parent/carer signature: ____________________")
    return f.docx_bytes(document)


FILES = {
    "RevisionGuide_Ch4_characters.pdf": guide,
    "Homework 6 - characters.docx": homework_slip,
}
