"""Held out. Year 7 file management revision: a "revision clock" drawn in Publisher and saved as an A4 landscape PDF
(a school header line, name line and instructions, a clock face of twelve five-minute segments with "0–5 mins"
labels round the rim and the topic in the middle, twelve boxed notes placed round the clock in clock order, each a
heading and the teacher's example notes, key words defined as "X = …", "X – …" and "… is called X", file types
as extension lists, a "Mr Hughes' example" sticker and an "I can…" tick-box list in a corner) and a Word "What
does a 6-mark answer look like?" sheet (school header, a "Learning objective:" line, the question in a shaded box,
a model answer whose paragraphs carry the teacher's bracketed comments in red after each point, one key word
defined inside the answer, a "Why this gets full marks" list, a "Common mistakes" table and a "Now you try"
question with lines)."""

from __future__ import annotations

import math

from docx.shared import Pt, RGBColor

from tests.corpus import formats as f

SEGMENTS = [
    ("Files", "File = a collection of data stored under one name, e.g. an essay, a photo or a song."),
    ("Folders", "A folder is a container that holds files (and other folders) to keep them organised."),
    ("Subfolders & the root", "Subfolder – a folder inside another folder. The folder at the very top, e.g. C:\\ "
     "or your OneDrive, is called the root folder."),
    ("File extensions", "The letters after the dot (.docx, .jpg). They tell the computer what type of file it "
     "is and which program opens it = the file extension."),
    ("Images", ".jpg – photos   .png – screenshots, logos   .gif – short animations"),
    ("Sound & video", ".mp3 .wav – sound     .mp4 .mov – video"),
    ("Documents", ".docx Word  .pptx PowerPoint  .xlsx Excel  .pdf (looks the same on any device)  .txt plain "
     "text"),
    ("File paths", "File path – the full address of a file, showing every folder you go through to reach it: "
     "C:\\Users\\Sam\\Computing\\Homework.docx"),
    ("Naming files", "Naming convention = an agreed way of naming files so they are easy to find, e.g. "
     "Y7_Comp_Spreadsheets_v2 – NOT Document1!"),
    ("File size", "KB < MB < GB. A photo ≈ 3 MB, a film ≈ 4 GB. Check the size before you email it!"),
    ("Backups", "Backup – a copy of your files kept somewhere else in case the original is lost, deleted or "
     "damaged. Remember 3-2-1!"),
    ("Deleting & recovering", "Deleted files go to the Recycle Bin until you empty it. Ctrl+Z to undo a "
     "mistake."),
]
I_CAN = [
    "I can explain what files, folders and file extensions are",
    "I can recognise common file types",
    "I can write a file path",
    "I can explain why naming conventions and backups matter",
]


def clock() -> bytes:
    pdf = f.Pdf(title="Revision clock - file management")
    pdf.set_producer("Microsoft® Publisher for Microsoft 365")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page(orientation="L")
    pdf.set_font(pdf.sans, "", 8)
    pdf.set_xy(10, 6)
    pdf.cell(0, 4, pdf.typed("Kingsmead School  •  Computing  •  Year 7 Unit 1: Using Computers Sensibly"))
    pdf.set_xy(10, 11)
    pdf.set_font(pdf.sans, "B", 18)
    pdf.cell(150, 8, pdf.typed("REVISION CLOCK: File Management"))
    pdf.set_font(pdf.sans, "", 9)
    pdf.set_xy(200, 12)
    pdf.cell(0, 5, "Name: ______________________")
    pdf.set_xy(10, 20)
    pdf.multi_cell(277, 4, pdf.typed("Spend 5 minutes on each section, going clockwise. Use your exercise book and "
                                     "the unit booklet. Red pen = anything you got wrong in the end-of-unit quiz."))
    cx, cy, radius = 148.5, 118.0, 38.0
    pdf.set_line_width(0.6)
    pdf.set_draw_color(31, 59, 115)
    pdf.ellipse(cx - radius, cy - radius, 2 * radius, 2 * radius)
    for index in range(12):
        angle = math.radians(index * 30 - 90)
        pdf.line(cx, cy, cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        middle = math.radians(index * 30 - 75)
        pdf.set_font(pdf.sans, "", 6)
        pdf.set_xy(cx + (radius - 9) * math.cos(middle) - 6, cy + (radius - 9) * math.sin(middle) - 2)
        pdf.cell(12, 4, pdf.typed(f"{index * 5}–{index * 5 + 5}"), align="C")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(cx - 15, cy - 10, 30, 20, style="DF")
    pdf.set_font(pdf.sans, "B", 8)
    pdf.set_xy(cx - 15, cy - 6)
    pdf.multi_cell(30, 4, "FILE\nMANAGEMENT\n60 mins", align="C")
    for index, (heading, note) in enumerate(SEGMENTS):
        middle = math.radians(index * 30 - 75)
        x = cx + 100 * math.cos(middle) - 31
        y = cy + 68 * math.sin(middle) - 11
        pdf.set_draw_color(31, 59, 115)
        pdf.set_line_width(0.3)
        pdf.rect(x, y, 62, 23)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font(pdf.sans, "B", 7.5)
        pdf.cell(60, 4, pdf.typed(f"{index * 5}–{index * 5 + 5} mins: {heading}"))
        pdf.set_xy(x + 1, y + 5.5)
        pdf.set_font(pdf.sans, "", 6.5)
        pdf.multi_cell(60, 3, pdf.typed(note))
    pdf.set_fill_color(255, 230, 153)
    pdf.set_xy(236, 30)
    pdf.set_font(pdf.sans, "B", 8)
    pdf.multi_cell(50, 5, pdf.typed("Mr Hughes’ example – make your OWN, don’t just copy it!"), border=1, fill=True,
                   align="C")
    pdf.set_xy(10, 32)
    pdf.set_font(pdf.sans, "B", 8)
    pdf.cell(60, 4, "After revising, tick what you can do:")
    pdf.set_font(pdf.sans, "", 7)
    for number, line in enumerate(I_CAN):
        pdf.set_xy(10, 37 + number * 4.5)
        pdf.cell(80, 4, pdf.typed(f"☐ {line}"))
    return pdf.output_bytes()


QUESTION = ("Priya is in Year 7. She has 300 files saved on her desktop with names like “Document1”, “homework” "
            "and “final FINAL v2”. She keeps losing her homework and her laptop is old. Explain how Priya could "
            "manage her files better. [6 marks]")
ANSWER = [
    [("Firstly, Priya should make a folder for each subject, such as Computing and English, and move her files into "
      "them. ", False), ("[✔ 1 mark – a clear action, not just “be organised”] ", True),
     ("Inside each subject folder she could make subfolders for each unit, so her files are kept in a ", False),
     ("hierarchical structure", "bold"), (", where folders sit inside other folders like the branches of a tree. ",
                                          False),
     ("[✔ key word used AND explained – this is what gets the top marks] ", True),
     ("This means she will know exactly where to look and will not waste time scrolling through 300 files. ",
      False), ("[✔ “This means…” – she has explained WHY]", True)],
    [("Secondly, Priya should rename her files using a naming convention, for example Y7_Computing_Spreadsheets_v2. ",
      False), ("[✔ 1 mark + an example] ", True),
     ("This is better than “Document1” because the name tells her what is in the file, so she can search for it. ",
      False), ("[✔ explained]", True)],
    [("Finally, she should back up her work to OneDrive or a USB stick, so that if her old laptop breaks she still "
      "has a copy. ", False), ("[✔ 1 mark – links back to “her laptop is old” in the question!] ", True),
     ("[TOTAL: 6/6 – three points, each one explained. Notice it never just lists key words.]", True)],
]


def model_answer() -> bytes:
    document = f.new_docx(title="")
    document.core_properties.author = "S Hughes"
    document.styles["Normal"].font.name = "Century Gothic"
    document.styles["Normal"].font.size = Pt(11)
    document.sections[0].header.paragraphs[0].text = "Kingsmead School – Computing Department – Year 7"
    document.add_heading("What does a 6-mark answer look like?", level=1)
    f.para(document, "Learning objective: To write a clear, well-structured 6-mark answer about managing files.")
    f.para(document, "Name: ____________________   Form: ______")
    f.box(document, ["**Question 1**", QUESTION], fill="DDEBF7")
    f.para(document, "")
    f.para(document, "Model answer", bold=True, size=14)
    for paragraph_parts in ANSWER:
        paragraph = document.add_paragraph()
        for text, kind in paragraph_parts:
            run = paragraph.add_run(text)
            if kind is True:
                run.bold = True
                run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            elif kind == "bold":
                run.bold = True
    f.para(document, "Why this gets full marks", bold=True, size=13)
    for line in ["Three separate points – one for each 2 marks",
                 "Every point has a “because…” or “This means…” after it",
                 "Uses the key words: folder, subfolder, naming convention, backup",
                 "Keeps talking about Priya – not files in general"]:
        f.para(document, line, style="List Bullet")
    f.para(document, "Common mistakes", bold=True, size=13)
    f.table(document, [["**What students wrote**", "**Why it loses marks**"],
                       ["“She should organise her files.”", "Too vague – organise them HOW?"],
                       ["“Folders, subfolders, backups.”", "Just a list – nothing is explained"],
                       ["“She should buy a new laptop.”", "Not about managing files at all!"]])
    f.para(document, "")
    f.para(document, "Now you try – Question 2", bold=True, size=13)
    f.para(document, "Jay saves all of his coursework on one USB stick. Explain why Jay should back up his files "
                     "and how he could do it. [4 marks]")
    for _ in range(6):
        f.para(document, "_" * 80)
    return f.docx_bytes(document)


FILES = {
    "File management revision clock.pdf": clock,
    "Model answer - file management 6 marker.docx": model_answer,
}
