"""Held out. Year 10 GCSE defensive design: the teacher's walkthrough program printed from Notepad++ to PDF (the file
path and print time as the page header, "Page n of 2" footer, every line numbered in a monospace font, the lesson
title and the learning objectives only in the module's docstring, each key word defined only in a code comment –
"# VALIDATION = …", "# --- Presence check: …", "# Length check – …", "# Type check. The …", "# AUTHENTICATION: …"
– above the Python that does it, "TODO" lines left in) and a Word exam-practice sheet (a department header, a
"Command words you need today" table of State / Describe / Explain / Compare with their meanings, which are exam
words and not key words, questions with "[2]" marks and lines, a code snippet to identify checks in, a
"Misconception alert!" box defining verification, and the mark scheme after a page break)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from tests.corpus import formats as f

PROGRAM = '''"""
Year 10 Computer Science - Defensive design (lesson 3 of 4)
Ms S. Ahmed - walkthrough code, go through this on the board then pupils edit their copy

Learning objectives:
  * explain why programs should validate the data that users input
  * write range, type, presence, length and format checks in Python
  * describe how authentication stops people misusing a program
"""

# DEFENSIVE DESIGN = planning and writing a program so that it keeps working and
#   cannot be misused, whatever the user types in.
# VALIDATION = checking that input data is sensible and allowed BEFORE the program uses it.
#   (It can't tell you the data is CORRECT - only that it is reasonable!)

import re

USERS = {"sahmed": "Popcorn#24", "admin": "Chang3Me!"}
PRICES = {"adult": 9.50, "child": 6.00}


# AUTHENTICATION: proving that a user really is who they say they are,
#   usually with a username and password, before they are let in.
def log_in():
    attempts = 0
    while attempts < 3:
        username = input("Username: ")
        password = input("Password: ")
        if USERS.get(username) == password:
            print("Welcome,", username)
            return True
        attempts = attempts + 1
        print("Wrong username or password.", 3 - attempts, "tries left")
    print("Account locked - see the box office")
    return False


def get_name():
    while True:
        name = input("Name for the booking: ").strip()
        # --- Presence check: makes sure something has actually been entered (not left blank)
        if name == "":
            print("You must enter a name")
        # Length check - the data has to have a set number of characters, here 3 to 15
        elif len(name) < 3 or len(name) > 15:
            print("Name must be 3 to 15 letters")
        else:
            return name


def get_tickets():
    while True:
        tickets = input("How many tickets? ")
        # Type check. The data must be the right data type, e.g. a whole number (integer)
        if not tickets.isdigit():
            print("Please type a whole number")
            continue
        tickets = int(tickets)
        # RANGE CHECK >> a number must be between a lower and an upper limit (1 to 8 here)
        if 1 <= tickets <= 8:
            return tickets
        print("You can book 1 to 8 tickets")


def get_code():
    # Format check: the data must match a set pattern. A promo code is 2 capital letters
    #   then 4 digits, e.g. PC2024
    code = input("Promo code (or press Enter): ")
    if code == "" or re.fullmatch(r"[A-Z]{2}[0-9]{4}", code):
        return code
    print("That is not a valid promo code")
    return ""


# Input sanitisation = cleaning up input by removing or escaping characters that could
#   be harmful, like ' ; < > , before it is stored or used in a database query.
def sanitise(text):
    for bad in "';<>":
        text = text.replace(bad, "")
    return text


# TODO: add a lookup check for the film name (list of films showing today)
# TODO: pupils - add a check so a child ticket can't be booked for an 18 film

if log_in():
    name = sanitise(get_name())
    tickets = get_tickets()
    code = get_code()
    cost = tickets * PRICES["adult"]
    if code:
        cost = cost * 0.9
    print("Booking for", name, "-", tickets, "tickets, total", round(cost, 2))
'''


class _Printout(f.Pdf):
    """Notepad++ "Print…" to Microsoft Print to PDF: the path and time as a header, a page footer."""

    def header(self) -> None:
        self.set_font(self.sans, "", 8)
        self.cell(0, 5, self.typed(r"C:\Users\sahmed\OneDrive - Hallcross Academy\Y10 CS\Defensive design"
                                   r"\booking_walkthrough.py"), new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "07/12/2026 08:12", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.sans, "", 8)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def printout() -> bytes:
    pdf = _Printout(title="booking_walkthrough.py")
    pdf.set_producer("Microsoft: Print To PDF")
    pdf.add_page()
    for number, line in enumerate(PROGRAM.splitlines(), start=1):
        pdf.line_of(f"{number:>3}  {line}", size=8.5, mono=True, height=4.1)
    return pdf.output_bytes()


COMMAND_WORDS = [
    ["**Command word**", "**What it wants you to do**"],
    ["State / Identify", "Give a short answer or name something. No explanation needed."],
    ["Describe", "Say what something is like or what happens, step by step."],
    ["Explain", "Give reasons: say why or how. Use “because” or “so that”."],
    ["Compare", "Say what is the same AND what is different about two things."],
]

QUESTIONS = [
    ("State two validation checks that could be used on a pupil’s date of birth.", "[2]"),
    ("Describe what is meant by authentication.", "[2]"),
    ("Explain the difference between validation and verification.", "[2]"),
    ("Look at the code below. Identify the type of validation check used on line 2 and on line 4.", "[2]"),
    ("Explain why a program that saves data into a database should sanitise its inputs.", "[2]"),
]

SNIPPET = [
    'age = input("Enter your age: ")',
    "if not age.isdigit():",
    '    print("Numbers only")',
    "elif int(age) < 11 or int(age) > 18:",
    '    print("Age must be 11 to 18")',
]

MARK_SCHEME = [
    "1.  Any two of: presence check (1), type/format check, e.g. DD/MM/YYYY (1), range check, e.g. not in the "
    "future / age 11–18 (1).",
    "2.  Checking that a user is who they say they are (1) e.g. with a username and password / biometrics (1).",
    "3.  Validation checks that data is sensible / follows the rules (1); verification checks that data has been "
    "entered or copied accurately, e.g. double entry (1).",
    "4.  Line 2: type check (1). Line 4: range check (1).",
    "5.  Harmful characters / code could be typed in (1) so removing them stops the database being damaged or "
    "read (SQL injection) (1).",
]


def exam_sheet() -> bytes:
    document = f.new_docx(title="Defensive design exam practice")
    header = document.sections[0].header.paragraphs[0]
    header.text = "Hallcross Academy – Computing Department                Y10 GCSE | Unit 2.3 Robust programs"
    f.para(document, "Defensive design – exam practice", style="Title")
    f.para(document, "Name: ______________________   Class: 10__   Date: ___________")
    f.para(document, "Command words you need today", style="Heading 2")
    f.table(document, COMMAND_WORDS)
    f.para(document, "")
    f.para(document, "Questions", style="Heading 2")
    for number, (question, marks) in enumerate(QUESTIONS, start=1):
        f.para(document, f"{number}.  {question}   {marks}")
        if number == 4:
            f.box(document, SNIPPET, fill="F2F2F2", font="Courier New", size=10)
        for _ in range(3):
            f.para(document, "." * 110, size=9)
    f.box(document, [
        "**⚠ Misconception alert!**",
        "Validation does NOT check that data is correct. If you type 12 instead of 13 for your age, it passes!",
        "**Verification** is checking that data has been entered or copied accurately – for example typing your "
        "new password twice, or proof-reading it against the original.",
    ], fill="FCE4D6")
    f.para(document, "Total: ____ / 10", bold=True)
    f.para(document).add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "Mark scheme (teacher copy)", style="Heading 2")
    for line in MARK_SCHEME:
        paragraph = f.para(document, line)
        paragraph.paragraph_format.space_after = Pt(6)
    return f.docx_bytes(document)


FILES = {
    "booking_walkthrough.pdf": printout,
    "Defensive design - exam practice.docx": exam_sheet,
}
