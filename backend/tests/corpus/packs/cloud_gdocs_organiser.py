"""Held out. Year 9 cloud computing: a knowledge organiser written in Google Docs and downloaded as .docx (Arial,
tables with borders written on them and no table style, a "Keyword | Definition | Example" table with some
examples left blank, a shaded "Big questions" box, pros and cons typed with "•" in a two-column table, a key-dates
timeline as a two-row table of years over events, a Python snippet in a Roboto Mono table cell, one more key word
defined in brackets in a paragraph) and a one-page retrieval quiz printed from Word to PDF (ten numbered questions
on dotted lines, the answers printed upside down at the foot of the page for folding under)."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Explain what cloud computing is and give examples of cloud services",
    "Describe the advantages and disadvantages of storing data in the cloud",
    "Compare cloud storage with local storage",
    "Discuss the environmental impact of data centres",
]
BIG_QUESTIONS = [
    "**BIG QUESTIONS**",
    "Where is my data when it is “in the cloud”?",
    "Why would a business pay for cloud services instead of buying its own servers?",
    "Who can see the files I store online?",
    "Is streaming and cloud storage bad for the planet?",
]
VOCABULARY = [
    ("**Keyword**", "**Definition**", "**Example**"),
    ("The cloud", "Servers in data centres that you access over the internet instead of your own device",
     "Google Drive, iCloud"),
    ("Cloud computing", "Using storage, software or processing power over the internet rather than on your own "
     "computer", "Editing a Google Doc in a browser"),
    ("Server", "A powerful computer that provides a service to other computers on a network",
     "A web server sends you web pages"),
    ("Data centre", "A building full of servers, with its own power supply, cooling and security", ""),
    ("Cloud storage", "Saving files on servers online so you can get to them from any device",
     "OneDrive, Dropbox"),
    ("Local storage", "Storage inside or plugged into your own device", "Your laptop’s SSD, a USB stick"),
    ("SaaS (Software as a Service)", "Software you use through a web browser instead of installing it",
     "Canva, Microsoft 365 online"),
    ("Sync", "Keeping the same, up-to-date copy of your files on all of your devices",
     "A photo taken on your phone appears on your laptop"),
    ("Subscription", "Paying regularly, e.g. every month, to keep using a service", ""),
    ("Collaboration", "Several people working on the same file at the same time", "A shared Google Slides deck"),
]
PROS = [
    "• Access your files from any device with an internet connection",
    "• Files are backed up, so they are safe if your laptop breaks",
    "• Easy to share files and collaborate",
    "• No need to buy expensive hardware – you pay for what you use",
]
CONS = [
    "• No internet = no files",
    "• You rely on the company – it could close or put its prices up",
    "• Your data could be hacked or seen by other people",
    "• Subscriptions cost money every month",
    "• Data centres use huge amounts of electricity and water",
]
TIMELINE = [
    ("1961", "1999", "2006", "2007", "2011", "2012"),
    ("John McCarthy says computing could one day be sold like electricity – a ‘utility’",
     "Salesforce sells business software over the internet (early SaaS)",
     "Amazon launches Amazon Web Services (AWS)", "Dropbox is founded", "Apple launches iCloud",
     "Google Drive launches"),
]
CODE = """# How much cloud storage do my photos need?
photos = 2500
size_mb = 3.2   # average size of one photo
total_gb = photos * size_mb / 1000
print("You need", total_gb, "GB")
if total_gb > 15:
    print("That's more than Google's free 15 GB!")"""
ENVIRONMENT = ("The cloud is not really a cloud – it is millions of servers in data centres that run 24 hours a "
               "day, every day. Data centres use about 1–1.5% of all the electricity in the world, and a lot of "
               "it goes on cooling, to stop the servers overheating. This gives the cloud a large **carbon "
               "footprint** (the total amount of greenhouse gas released by something we make or use). Some "
               "companies now build data centres in cold countries such as Iceland and Norway, power them with "
               "wind, hydro or geothermal energy and use the waste heat to warm nearby homes.")


def _google_table(document, rows, *, header_fill: str | None = None, widths: list[float] | None = None):
    """A table as Google Docs exports it: borders written on the table, no table style."""
    made = document.add_table(rows=len(rows), cols=len(rows[0]))
    f.table_borders(made)
    for row_index, (row, cells) in enumerate(zip(made.rows, rows, strict=True)):
        for cell, text in zip(row.cells, cells, strict=True):
            lines = text.split("\n")
            f.add_marked_runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                f.add_marked_runs(cell.add_paragraph(), line)
            if header_fill and row_index == 0:
                f.cell_fill(cell, header_fill)
    return made


def organiser() -> bytes:
    document = f.new_docx()
    document.core_properties.author = ""  # Google Docs writes no author into a downloaded file
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(10)
    document.add_heading("Cloud Computing – Knowledge Organiser", level=0)
    f.para(document, "Year 9 Computing  |  Unit 3  |  Spring Term")
    document.add_heading("By the end of this unit you should be able to:", level=2)
    for objective in OBJECTIVES:
        f.para(document, objective, style="List Bullet")
    big = f.box(document, BIG_QUESTIONS, fill="DEEAF6", style=None)
    f.table_borders(big, colour="2E75B6", size=12)
    document.add_heading("Key vocabulary", level=2)
    _google_table(document, VOCABULARY, header_fill="D9D9D9")
    document.add_heading("Why use the cloud?", level=2)
    _google_table(document, [("**✔ Advantages**", "**✘ Disadvantages**"), ("\n".join(PROS), "\n".join(CONS))])
    document.add_heading("Key dates", level=2)
    _google_table(document, [tuple(f"**{year}**" for year in TIMELINE[0]), TIMELINE[1]], header_fill="FCE5CD")
    document.add_heading("The cloud and the environment", level=2)
    f.para(document, ENVIRONMENT)
    document.add_heading("Code corner (Python) – how much cloud storage do I need?", level=2)
    code = f.box(document, CODE.splitlines(), fill="F3F3F3", style=None, font="Roboto Mono", size=9)
    f.table_borders(code, colour="B7B7B7")
    f.para(document, "Try it: change photos and size_mb to match your own phone. Do you need to pay for storage?")
    return f.docx_bytes(document)


QUIZ = [
    "What is “the cloud”?",
    "What is the name for a building full of servers?",
    "Give one example of a cloud storage service.",
    "What does SaaS stand for?",
    "In which year did Amazon launch AWS?",
    "Give one advantage of storing your files in the cloud.",
    "Give one disadvantage of storing your files in the cloud.",
    "What does “sync” mean?",
    "Look at the code corner on your knowledge organiser. What would the program print if photos = 5000 and "
    "size_mb = 3?",
    "Why do data centres use so much electricity?",
]
ANSWERS = [
    "ANSWERS – fold the page up, no peeking!",
    "1. Servers in data centres that you access over the internet   2. A data centre   3. e.g. OneDrive, Google "
    "Drive, iCloud, Dropbox   4. Software as a Service   5. 2006",
    "6. e.g. you can get your files from any device / they are backed up / easy to share   7. e.g. you need an "
    "internet connection / it could be hacked / subscriptions cost money   8. Keeping the same, up-to-date copy of "
    "your files on all of your devices   9. You need 15.0 GB   10. The servers run all day and night and have to "
    "be kept cool",
]


def retrieval_quiz() -> bytes:
    pdf = f.Pdf(title="Cloud retrieval quiz")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.add_page()
    pdf.line_of("Cloud Computing – Retrieval Quiz", size=18, bold=True, height=10)
    pdf.line_of("Year 9  |  From memory first! Then check with your knowledge organiser and correct in green pen.",
                size=10)
    pdf.line_of("Name: ____________________________          Score:  ____ / 10", size=10, height=10)
    for number, question in enumerate(QUIZ, start=1):
        pdf.line_of(f"{number}.  {question}", size=11)
        pdf.line_of("." * 130, size=9, height=8)
    # The answers sit upside down under a dashed fold line, as the teacher rotated the text box in Word.
    top = 236
    pdf.set_auto_page_break(auto=False)  # one page: the answers sit in the bottom margin zone if need be
    pdf.set_dash_pattern(dash=2, gap=2)
    pdf.line(10, top, 200, top)
    pdf.set_dash_pattern()
    with pdf.rotation(180, x=105, y=top + 17):
        pdf.set_xy(15, top + 5)
        for index, line in enumerate(ANSWERS):
            pdf.set_font(pdf.sans, "B" if index == 0 else "", 8)
            pdf.multi_cell(180, 4, pdf.typed(line), new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(15)
    return pdf.output_bytes()


FILES = {
    "Y9 Cloud Computing Knowledge Organiser.docx": organiser,
    "Cloud retrieval quiz.pdf": retrieval_quiz,
}
