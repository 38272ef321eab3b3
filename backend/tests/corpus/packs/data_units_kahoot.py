"""Held out. Year 7 units of data: a self-marking homework saved from Word as a two-page PDF (a "This homework checks
that you can:" list, each unit brought in meaning first, "… is called a **bit**.", a units ladder table, numbered
questions with "¹"-style markers pointing to answers printed as footnotes at the foot of the last page) and the
Kahoot quiz for the next lesson, written in Kahoot's spreadsheet import template and copied out as tab-separated
text (the template's instruction rows, a header row, time limits and the correct answer given as a number)."""

from __future__ import annotations

from tests.corpus import formats as f

CAN = [
    "name the units of data from a bit to a petabyte",
    "put the units of data in order of size",
    "convert between bits, bytes, kilobytes and megabytes",
    "work out which storage device is big enough for a set of files",
]
NEED_TO_KNOW = [
    "Computers store everything as 1s and 0s. A single binary digit, a 0 or a 1, is called a **bit**. It is the "
    "smallest unit of data.",
    "Four bits together make a **nibble** (yes, really – half a byte!).",
    "A group of 8 bits is called a **byte**. One byte is enough to store one character of text, like the letter A.",
    "When we have 1000 bytes we call it a **kilobyte (KB)**. A short text document is a few KB.",
    "1000 kilobytes is one **megabyte (MB)** – about the size of a photo or a minute of music.",
    "1000 megabytes make a **gigabyte (GB)**. Films and games are measured in GB.",
    "1000 gigabytes is a **terabyte (TB)**, the size of a large hard disk drive.",
    "1000 terabytes is a **petabyte (PB)**. Only companies like Google and Netflix need this much!",
    "The amount of storage space a file takes up on a disk is its **file size**.",
]
LADDER = [
    ["Unit", "Symbol", "Size"],
    ["bit", "b", "a single 0 or 1"],
    ["nibble", "–", "4 bits"],
    ["byte", "B", "8 bits"],
    ["kilobyte", "KB", "1000 bytes"],
    ["megabyte", "MB", "1000 KB"],
    ["gigabyte", "GB", "1000 MB"],
    ["terabyte", "TB", "1000 GB"],
    ["petabyte", "PB", "1000 TB"],
]
QUESTIONS = [
    "How many bits are there in a byte?",
    "How many bits are there in a nibble?",
    "Put these in order, smallest first: GB, KB, TB, MB",
    "How many bytes are there in 3 KB?",
    "A song is 4 MB. How many KB is that?",
    "How many bits are in 2 bytes?",
    "A USB stick holds 16 GB. Will a 5000 MB film fit on it? Show your working.",
    "Sam has 200 photos of 3 MB each. How many GB do they take up?",
]
FOOTNOTES = [
    "8", "4", "KB, MB, GB, TB", "3000 bytes", "4000 KB", "16 bits",
    "Yes – 5000 MB is 5 GB, which is less than 16 GB", "200 × 3 = 600 MB = 0.6 GB",
]
SUPERS = "¹²³⁴⁵⁶⁷⁸"


def homework() -> bytes:
    pdf = f.Pdf(title="Units of data homework")
    pdf.add_page()
    pdf.line_of("Oakfield Academy – Computing", size=9)
    pdf.line_of("Homework 3: How big is a file? Units of data", size=16, bold=True, height=9)
    pdf.line_of("Year 7   |   Set: Monday 30th November   |   Due: Monday 7th December", size=10)
    pdf.line_of("This homework checks that you can:", size=11, bold=True, height=8)
    for item in CAN:
        pdf.line_of(f"•  {item}", size=11)
    pdf.line_of("What you need to know", size=13, bold=True, height=10)
    for sentence in NEED_TO_KNOW:
        pdf.set_font(pdf.sans, "", 11)
        pdf.multi_cell(0, 6, pdf.typed(sentence), markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.line_of("Note: some websites say 1 KB = 1024 bytes. For our exam board you can use 1000 – both get the "
                "mark.", size=9)
    pdf.ln(3)
    pdf.set_font(pdf.sans, "B", 11)
    widths = (40, 30, 60)
    for row_index, row in enumerate(LADDER):
        pdf.set_font(pdf.sans, "B" if row_index == 0 else "", 11)
        for text, width in zip(row, widths, strict=True):
            pdf.cell(width, 7, pdf.typed(text), border=1)
        pdf.ln(7)
    pdf.add_page()
    pdf.line_of("Questions", size=13, bold=True, height=10)
    pdf.line_of("Answer in your book. When you have finished, mark your own work using the footnotes at the "
                "bottom of this page and write your score at the top. Be honest!", size=10)
    pdf.ln(2)
    for number, question in enumerate(QUESTIONS, start=1):
        pdf.line_of(f"{number}.  {question} {SUPERS[number - 1]}", size=11)
        pdf.line_of("_" * 70, size=11, height=9)
    pdf.set_y(-58)
    pdf.line(10, pdf.get_y(), 80, pdf.get_y())
    pdf.ln(2)
    for number, answer in enumerate(FOOTNOTES, start=1):
        pdf.line_of(f"{SUPERS[number - 1]} {answer}", size=8, height=4.2)
    return pdf.output_bytes()


TEMPLATE_TOP = [
    "Quiz template\t\t\t\t\t\t",
    "Add questions, at least two answer alternatives, time limit and choose correct answers (at least one). Have "
    "fun creating your awesome quiz!\t\t\t\t\t\t",
    "Remember: questions have a limit of 120 characters and answers can have 75 characters max. Text will turn red "
    "in Excel or Google Docs if you exceed this limit. If several answers are correct, separate them with a comma."
    "\t\t\t\t\t\t",
    "See an example question below (don't forget to overwrite this with your first question!)\t\t\t\t\t\t",
    "And remember,  if you're not using Excel you need to export to .xlsx format before you upload to Kahoot!"
    "\t\t\t\t\t\t",
    "\t\t\t\t\t\t",
    "Question - max 120 characters\tAnswer 1 - max 75 characters\tAnswer 2 - max 75 characters\tAnswer 3 - max 75 "
    "characters\tAnswer 4 - max 75 characters\tTime limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs\t"
    "Correct answer(s) - choose at least one",
]
KAHOOT = [
    ("What is the smallest unit of data?", "Byte", "Bit", "Nibble", "Kilobyte", "20", "2"),
    ("A single 0 or 1 is called a…", "Bit", "Byte", "Binary", "Digit", "20", "1"),
    ("How many bits in a byte?", "4", "16", "8", "10", "20", "3"),
    ("Half a byte (4 bits) is called a…", "Bite", "Nibble", "Chunk", "Kilobit", "20", "2"),
    ("1000 bytes =", "1 MB", "1 GB", "1 KB", "1 TB", "20", "3"),
    ("Which is biggest?", "Megabyte", "Terabyte", "Gigabyte", "Petabyte", "20", "4"),
    ("Which is the smallest?", "1 TB", "1 MB", "1 GB", "1 KB", "20", "4"),
    ("About how big is one photo on a phone?", "3 KB", "3 MB", "3 GB", "3 TB", "30", "2"),
    ("How many MB in 2 GB?", "200", "2000", "20", "20000", "30", "2"),
    ("How many bits are in 3 bytes?", "24", "11", "3000", "38", "30", "1"),
    ("What would you measure a large hard disk drive in?", "Terabytes", "Kilobytes", "Bits", "Nibbles", "20",
     "1"),
    ("One character of text, like the letter A, needs about…", "1 bit", "1 byte", "1 KB", "1 MB", "20", "2"),
]


def kahoot_text() -> bytes:
    rows = TEMPLATE_TOP + ["\t".join(row) for row in KAHOOT]
    rows += ["\t\t\t\t\t\t"] * 3
    return ("\r\n".join(rows) + "\r\n").encode("utf-8")


FILES = {
    "Y7 HW3 Units of data.pdf": homework,
    "KahootQuizTemplate - units of data.txt": kahoot_text,
}
