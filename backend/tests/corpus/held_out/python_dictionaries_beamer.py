"""Held out. Year 9 Python dictionaries: the teacher's LaTeX Beamer deck as the PDF pdfTeX makes (128 x 96 mm pages,
the Madrid look drawn as shapes: a blue frame-title bar, an author | title | date and "n / 17" footline, grey
navigation symbols, bullets drawn as triangles with no text; a title page, an "Outline" frame repeated at each
section with the other sections greyed, frames built up with \\pause so one frame is three pages each showing a
little more under the same frame number, "Definition", "Definition (Key and value)" and red "Watch out!" theorem
blocks holding the meanings with the word in italics, code listings with line numbers on a grey box, a
"Learning objectives" block, two columns comparing lists and dictionaries, a "Quick check" frame answered on the
next frame) and a worksheet made in LibreOffice Writer and saved as .docx (LibreOffice as the application, its
"Text Body", "Preformatted Text", "Table Heading" and "Table Contents" styles in Liberation fonts, a footer naming
the .odt it was first saved as, one word defined in a sentence, predict/fix/make questions on code, the teacher's
answers after a page break)."""

from __future__ import annotations

import io
import zipfile

from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt
from fpdf.enums import MethodReturnValue

from tests.corpus import formats as f

PAGE = (128.0, 96.0)  # Beamer's own page size, in millimetres
BLUE, MID, PALE = (51, 51, 178), (71, 71, 198), (220, 220, 240)
KINDS = {"block": (BLUE, (235, 235, 245)), "alert": ((204, 0, 0), (245, 230, 230))}
SECTIONS = ["Recap: lists", "Dictionaries", "Using a dictionary", "Quick check"]
DO_NOW = """scores = [12, 7, 19]
print(scores[1])"""
AGES = """ages = {"Amir": 14, "Bella": 13, "Chen": 14}
print(ages["Bella"])       # 13"""
STOCK = """stock = {"apples": 12, "pears": 0}
print(stock["apples"])     # look up  -> 12
stock["bananas"] = 30      # add a new pair
stock["pears"] = 5         # change a value
del stock["apples"]        # remove a pair"""
LOOP = """for name in ages:
    print(name, "is", ages[name])"""
QUICK = """d = {"a": 1, "b": 2}
d["a"] = 5
print(d)"""
# The frames much as the teacher typed them in LaTeX: "== title" starts a frame ("§ section" starts a section
# too), "\\pause" shows what follows on the next page of the same frame, "- " is a bullet, "1. " an enumerated
# line, "> title | text" a block ("!" a red alert block, "||" a new paragraph), "` NAME" a listing, "cols:" two
# columns (";" between lines, "|" between columns), and "__word__" the italic \\emph{word}.
FRAMES = """
== Learning objectives
> Learning objectives | By the end of this lesson you will be able to:
1. create a dictionary of key–value pairs in Python
2. look up, add and change a value using its key
3. loop through a dictionary to use every key and value
4. explain when a dictionary is a better choice than a list
== Recap: lists § Recap: lists
- A list keeps items in order.
- You find an item by its position, starting at 0.
` DO_NOW
\\pause
- This prints 7 – but what if we don't know where Bella's age is?
== What is a dictionary? § Dictionaries
- Think of a real dictionary: you look up a word and find its meaning.
\\pause
- In Python you look up a __key__ and find its __value__.
\\pause
> Definition | A __dictionary__ is a data structure that stores data as key–value pairs, so you can look a value \
up by its key instead of by its position.
== Keys and values
> Definition (Key and value) | The __key__ is the label you look something up by – every key in a dictionary \
must be unique. || The __value__ is the data stored with that key; two keys can have the same value.
` AGES
\\pause
- "Amir": 14 is one __key–value pair__: a key and the value stored with it, joined by a colon.
== Look up, add, change § Using a dictionary
` STOCK
- Square brackets [ ] with the key – not a number!
== Missing keys
! Watch out! | print(stock["kiwis"]) stops the program with a __KeyError__ – the error Python raises when you \
ask for a key that is not in the dictionary.
\\pause
- .get(key, default) – looks the key up but gives back the default instead of crashing
  - stock.get("kiwis", 0) gives 0
== Looping through a dictionary
` LOOP
- A for loop over a dictionary gives you each key in turn.
- Use the key to get the value: ages[name].
== List or dictionary?
cols: List; items in order; found by position; e.g. lap times in a race | Dictionary; key–value pairs; \
found by key; e.g. a phone book, a shop's stock
== Quick check § Quick check
1. What does this program print?
2. What error would print(d["c"]) give?
3. Would you store each pupil's house points by name in a list or a dictionary? Why?
` QUICK
== Quick check – answers
1. {'a': 5, 'b': 2}
2. KeyError
3. A dictionary – you look the points up by the pupil's name (the key).
== Next lesson
- Dictionaries inside dictionaries, and saving them as JSON.
- Homework on Teams: 'Dictionaries practice' – due Friday.
"""
LISTINGS = {"DO_NOW": DO_NOW, "AGES": AGES, "STOCK": STOCK, "LOOP": LOOP, "QUICK": QUICK}


def _frames() -> list[tuple[str, str | None, list[list[str]]]]:
    """(title, section, pages): each page the source lines shown on it, a new page at each \\pause."""
    frames = []
    for source in FRAMES.replace("\\\n", "").split("\n== ")[1:]:
        head, *lines = source.splitlines()
        title, _, section = (part.strip() for part in head.partition("§"))
        pages = [[]]
        for line in lines:
            if line == "\\pause":
                pages.append(list(pages[-1]))
            else:
                pages[-1].append(line)
        frames.append((title, section or None, pages))
    return frames


class Beamer(f.Pdf):
    """The deck as pdfTeX draws a Beamer "Madrid" frame: every decoration a shape, only the words as text."""

    def __init__(self) -> None:
        super().__init__(title="Python dictionaries")
        self.set_producer("pdfTeX-1.40.25")
        self.set_creator("LaTeX with Beamer class")
        self.set_author("Mr D. Patel")
        self.set_auto_page_break(auto=False)
        self.set_margins(7, 6, 7)
        if self.unicode:
            self.add_font("Sans", "I", str(f.DEJAVU / "DejaVuSans-Oblique.ttf"))
            self.add_font("Sans", "BI", str(f.DEJAVU / "DejaVuSans-BoldOblique.ttf"))
        # The title page, the outline, the frames and an outline frame at the start of each section.
        self.total = 2 + len(_frames()) + len(SECTIONS)
        self.number = 0

    def frame(self, title: str, *, new: bool = True) -> None:
        """A page of the deck: a new frame, or (`new` False) the next overlay of the same frame."""
        self.number += new
        self.add_page(format=PAGE)
        if title:
            self.set_fill_color(*BLUE)
            self.rect(0, 0, PAGE[0], 10, style="F")
            self.set_text_color(255, 255, 255)
            self.set_font(self.sans, "", 11)
            self.set_xy(4, 2)
            self.cell(0, 6, self.typed(title))
        self._footline(self.number)
        self.set_text_color(0, 0, 0)
        self.set_xy(7, 14)

    def _footline(self, number: int) -> None:
        boxes = (
            (BLUE, "D. Patel (Northfield Academy)"),
            (MID, "Python dictionaries"),
            (PALE, f"Spring 2025        {number} / {self.total}"),
        )
        self.set_font(self.sans, "", 5)
        for index, (fill, words) in enumerate(boxes):
            self.set_fill_color(*fill)
            self.set_text_color(*((0, 0, 0) if fill == PALE else (255, 255, 255)))
            self.set_xy(index * PAGE[0] / 3, PAGE[1] - 4)
            self.cell(PAGE[0] / 3, 4, words, fill=True, align="C")
        self.set_draw_color(170, 170, 190)  # the navigation symbols: little arrows and boxes, never words
        for index in range(6):
            x = 78 + index * 7
            self.polygon([(x, 88.5), (x + 2, 87.5), (x + 2, 89.5)], style="D")
            self.rect(x + 2.5, 87.6, 2, 1.8)

    def bullet(self, line: str, *, marker: str | None = None) -> None:
        indent = 5 if line.startswith("  ") else 0
        y = self.get_y()
        if marker:
            self.set_font(self.sans, "", 8)
            self.set_text_color(*BLUE)
            self.set_xy(8 + indent, y)
            self.cell(5, 4.6, marker)
            self.set_text_color(0, 0, 0)
        else:
            self.set_fill_color(*BLUE)
            self.polygon([(9 + indent, y + 1.3), (11 + indent, y + 2.3), (9 + indent, y + 3.3)], style="F")
        self.set_xy(13 + indent, y)
        self.set_font(self.sans, "", 8 if indent else 9)
        text = self.typed(line.strip())
        self.multi_cell(108 - indent, 4.6, text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(0.8)

    def block(self, kind: str, title: str, lines: list[str]) -> None:
        head, body = KINDS[kind]
        text = "\n".join(self.typed(line) for line in lines)
        self.set_font(self.sans, "", 8.5)
        height = self.multi_cell(
            107, 4.4, text, markdown=True, align="L", dry_run=True, output=MethodReturnValue.HEIGHT
        )
        x, y = 9, self.get_y()
        self.set_fill_color(*head)
        self.rect(x, y, 110, 5.5, style="F")
        self.set_fill_color(*body)
        self.rect(x, y + 5.5, 110, height + 3, style="F")
        self.set_text_color(255, 255, 255)
        self.set_xy(x + 1.5, y + 0.3)
        self.cell(0, 5, self.typed(title))
        self.set_text_color(0, 0, 0)
        self.set_xy(x + 1.5, y + 7)
        self.multi_cell(107, 4.4, text, markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + height + 11)

    def code(self, code: str) -> None:
        lines = code.splitlines()
        y = self.get_y()
        self.set_fill_color(242, 242, 242)
        self.rect(13, y, 106, len(lines) * 4 + 2, style="F")
        for number, line in enumerate(lines, start=1):
            self.set_text_color(150, 150, 150)
            self.set_font(self.mono, "", 5)
            self.set_xy(8, y + 1 + (number - 1) * 4)
            self.cell(4, 4, str(number), align="R")
            self.set_text_color(0, 0, 0)
            self.set_font(self.mono, "", 7)
            self.set_xy(14, y + 1 + (number - 1) * 4)
            self.cell(104, 4, self.typed(line))
        self.set_xy(7, y + len(lines) * 4 + 5)


def _title_page(deck: Beamer) -> None:
    deck.frame("")
    deck.set_fill_color(*BLUE)
    deck.rect(14, 22, 100, 18, style="F")
    deck.set_text_color(255, 255, 255)
    deck.set_font(deck.sans, "", 14)
    deck.set_xy(14, 24)
    deck.cell(100, 7, "Python dictionaries", align="C")
    deck.set_font(deck.sans, "", 8)
    deck.set_xy(14, 31)
    deck.cell(100, 6, "Year 9 Programming – Lesson 4", align="C")
    deck.set_text_color(0, 0, 0)
    for y, words in (
        (48, "Mr D. Patel"),
        (56, "Computing Department, Northfield Academy"),
        (64, "Spring 2025"),
    ):
        deck.set_font(deck.sans, "", 8 if y > 48 else 9)
        deck.set_xy(14, y)
        deck.cell(100, 5, deck.typed(words), align="C")


def _outline(deck: Beamer, current: str | None) -> None:
    deck.frame("Outline")
    for number, section in enumerate(SECTIONS, start=1):
        grey = current is not None and section != current
        deck.set_text_color(*((170, 170, 200) if grey else (0, 0, 0)))
        deck.set_font(deck.sans, "", 10)
        deck.set_xy(14, 20 + number * 9)
        deck.cell(0, 6, f"{number}   {section}")
    deck.set_text_color(0, 0, 0)


def _show(deck: Beamer, line: str) -> None:
    """One source line of a frame, drawn as Beamer draws it."""
    if line.startswith(("- ", "  - ")):
        deck.bullet(line.replace("- ", "", 1))
    elif line[:1].isdigit():
        marker, _, text = line.partition(" ")
        deck.bullet(text, marker=marker)
    elif line.startswith("` "):
        deck.code(LISTINGS[line[2:]])
    elif line.startswith("cols: "):
        top = deck.get_y()
        for x, column in zip((10, 66), line[6:].split(" | "), strict=True):
            deck.set_y(top)
            for index, text in enumerate(column.split("; ")):
                deck.set_font(deck.sans, "B" if index == 0 else "", 9)
                deck.set_x(x)
                deck.multi_cell(52, 5, deck.typed(text), align="L", new_x="LMARGIN", new_y="NEXT")
    else:
        title, _, text = line[2:].partition(" | ")
        deck.block("alert" if line.startswith("!") else "block", title, text.split(" || "))


def slides() -> bytes:
    deck = Beamer()
    _title_page(deck)
    _outline(deck, None)
    for title, section, pages in _frames():
        if section:  # \\AtBeginSection: the outline again, this section bright and the rest greyed
            _outline(deck, section)
        for step, lines in enumerate(pages):
            deck.frame(title, new=step == 0)
            for line in lines:
                _show(deck, line)
    return deck.output_bytes()


APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats'
    '.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/'
    '2006/docPropsVTypes"><Template></Template><TotalTime>52</TotalTime><Application>LibreOffice/7.5.9.2$'
    "Windows_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</Application><AppVersion>"
    "15.0000</AppVersion><Pages>3</Pages><Words>540</Words><Paragraphs>86</Paragraphs></Properties>"
)
CAPITALS = """capitals = {"France": "Paris", "Spain": "Madrid", "Italy": "Rome"}
print(capitals["Spain"])
capitals["Germany"] = "Berlin"
print(len(capitals))
capitals["Italy"] = "Roma"
print(capitals["Italy"])
print("Japan" in capitals)"""
PETS = """pets = {"cat": 3, "dog": 5}
print(pets["hamster"])"""
PREDICT = [f"What does line {number} print?" for number in (2, 4, 6, 7)]
FIX = "This program crashes. Name the error, then rewrite line 2 so that it prints 0 instead of crashing."
MAKE = (
    "Write a program that stores the prices of five tuck-shop items in a dictionary, asks the user for an item "
    "and prints its price. If the item is not in the dictionary, print “Sorry, we don’t sell that”."
)
ANSWERS = ["1. Madrid", "2. 4", "3. Roma", "4. False", '5. KeyError – print(pets.get("hamster", 0))']
MODEL = """prices = {"crisps": 0.6, "water": 0.8, "apple": 0.4, "cookie": 0.75, "juice": 1.0}
item = input("What would you like? ")
if item in prices:
    print(prices[item])
else:
    print("Sorry, we don't sell that")"""


def _writer_styles(document) -> None:
    """The styles LibreOffice writes into a .docx, under its own names and in its Liberation fonts."""
    document.styles["Normal"].font.name = "Liberation Serif"
    document.styles["Normal"].font.size = Pt(12)
    for name, font, size, bold in (
        ("Text Body", "Liberation Serif", 12, False),
        ("Preformatted Text", "Liberation Mono", 10, False),
        ("Table Contents", "Liberation Serif", 11, False),
        ("Table Heading", "Liberation Serif", 11, True),
    ):
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.font.name, style.font.size, style.font.bold = font, Pt(size), bold


def _code(document, code: str) -> None:
    for line in code.splitlines():
        document.add_paragraph(line, style="Preformatted Text")


REMEMBER = (
    "A dictionary is written with curly brackets { }. Each key is joined to its value with a colon, and the pairs "
    "are separated by commas. Dictionaries are **mutable**, which means you can change, add or remove items after "
    "the dictionary has been made."
)
SYNTAX = [["I want to…", "Python"], ["look up a value", 'capitals["Spain"]'],
          ["add or change a value", 'capitals["Germany"] = "Berlin"']]  # fmt: skip


def worksheet() -> bytes:
    document = f.new_docx(title="")
    document.core_properties.author = "dpatel"
    _writer_styles(document)

    def text(line: str) -> None:
        f.para(document, line, style="Text Body")

    document.sections[0].footer.paragraphs[0].text = "dictionaries_L4_worksheet.odt\tPage 1"
    document.add_paragraph("Python dictionaries – Lesson 4 worksheet", style="Title")
    text("Name: ______________________     Form: ________     Date: ____________")
    document.add_heading("Remember", level=1)
    text(REMEMBER)
    f.table(document, SYNTAX)
    for index, row in enumerate(document.tables[-1].rows):
        for cell in row.cells:
            cell.paragraphs[0].style = "Table Contents" if index else "Table Heading"
    document.add_heading("Part A – Predict", level=1)
    _code(document, CAPITALS)
    for number, question in enumerate(PREDICT, start=1):
        text(f"{number}. {question}   ………………………………")
    document.add_heading("Part B – Fix", level=1)
    _code(document, PETS)
    text(f"5. {FIX}")
    text("……………………………………………………………………………………")
    document.add_heading("Part C – Make", level=1)
    text(f"6. {MAKE}")
    text("Extension: let the user add a new item and its price to the dictionary.")
    document.add_page_break()
    document.add_heading("Answers (teacher copy)", level=1)
    for line in [*ANSWERS, "6. e.g."]:
        text(line)
    _code(document, MODEL)
    data = f.docx_bytes(document)
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = APP_XML.encode("utf-8") if info.filename == "docProps/app.xml" else source.read(info)
            target.writestr(info, body)
    return out.getvalue()


FILES = {
    "L4 Dictionaries (beamer).pdf": slides,
    "Dictionaries worksheet.docx": worksheet,
}
