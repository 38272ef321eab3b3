"""Held out. Year 7 input and output devices: a class Padlet wall saved as a landscape PDF (the wall's title,
the teacher's name and post count, a description holding the lesson's "LO:" aims run together with " · ", four
"Shelf" columns of post cards in Padlet's order: the teacher's pinned key-word posts, each the word as the post
title and its meaning as the body, then pupils' posts with names, "2d" ages, heart and comment counts and the
teacher's replies, one pupil's wrong post corrected in a comment, one word defined only in a reply, a link post,
the longest column running on to a second page, the padlet.com footer) and a Word knowledge-retrieval grid (a
4x4 table of numbered questions shaded green, amber and red for 1, 2 and 3 points, "Target: 20 points", a score
box, and the answers in the same grid after a page break)."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.shared import Mm, Pt

from tests.corpus import formats as f

AIMS = ["sort devices into input and output", "explain what a peripheral is",
        "choose suitable devices for users with different needs"]
# Each column: a heading and its posts as (author, age, title, body, hearts, comments).
COLUMNS = [
    ("READ ME FIRST", [
        ("Mr Adeyemi", "3d", "How to post", "Click + at the bottom of a column. Put the device as the title and "
         "say WHY it is input or output. Use your first name and initial only!", 0, []),
        ("Mr Adeyemi", "3d", "Input device", "Hardware that sends data into the computer, e.g. keyboard, mouse, "
         "microphone.", 4, []),
        ("Mr Adeyemi", "3d", "Output device", "Hardware that takes data from the computer and shows it to us or "
         "does something with it – a screen, speakers, a printer.", 3, []),
        ("Mr Adeyemi", "3d", "Peripheral", "Any device that is connected to a computer but is not part of the "
         "main computer itself (the CPU and memory). Mice, printers and webcams are all peripherals.", 2, []),
        ("Mr Adeyemi", "3d", "Sensor", "An input device that measures something in the real world, like light, "
         "temperature or movement, and sends it to the computer.", 1, []),
        ("Mr Adeyemi", "3d", "Actuator", "An output device that makes something move – a motor in a robot arm or "
         "the motor that opens an automatic door.", 1, []),
    ]),
    ("INPUT", [
        ("Ayesha K", "2d", "Microphone", "its input because it records your voice into the computer", 2, []),
        ("Tom R", "2d", "Webcam", "input it sends video to zoom", 1, []),
        ("Leo M", "2d", "Printer", "input because you put paper in it", 0,
         [("Mr Adeyemi", "Careful Leo! The paper goes in, but the DATA comes out of the computer onto the "
           "paper – so a printer is an output device. Can you move your post?")]),
        ("Grace H", "2d", "Barcode scanner", "at tesco it reads the barcode and the price comes up", 3,
         [("Mr Adeyemi", "Great real-life example :)")]),
        ("Mr Adeyemi", "1d", "Touchscreen", "A touchscreen is BOTH: you tap it to input, and it shows you the "
         "output. We call it an input/output device.", 5, []),
    ]),
    ("OUTPUT", [
        ("Jayden P", "2d", "Speakers", "output they play sound", 1, []),
        ("Maisie W", "2d", "Monitor", "shows you whats on the computer. better monitors have a higher "
         "resolution", 2, [("Mr Adeyemi", "Good word! Resolution = how many pixels the screen can show. More "
                            "pixels = a sharper picture.")]),
        ("Oliver S", "1d", "Game controller vibrating", "the rumble is output", 4,
         [("Mr Adeyemi", "Yes – and the buttons are input!")]),
        ("Zara B", "1d", "3D printer", "output it makes actual objects", 2, []),
    ]),
    ("HELPING EVERYONE", [
        ("Mr Adeyemi", "1d", "Assistive technology", "Devices and software that help people with a disability "
         "to use a computer. Post one you know about below!", 2, []),
        ("Hannah C", "1d", "Braille display", "for blind people the dots pop up so you can feel the words", 3, []),
        ("Sam T", "1d", "Eye tracker", "my cousin uses one, he moves the mouse with his eyes", 6,
         [("Mr Adeyemi", "Thanks for sharing Sam!")]),
        ("Mr Adeyemi", "1d", "Watch: how Stephen Hawking used his computer", "youtube.com/watch?v=UErbwiJH1dI",
         1, []),
    ]),
]


def padlet() -> bytes:
    pdf = f.Pdf(title="7C Input & Output – what’s in your house?")
    pdf.set_producer("Skia/PDF m120")
    pdf.set_creator("Padlet")
    pdf.add_page(orientation="L")
    pdf.set_auto_page_break(auto=False)
    pdf.set_fill_color(233, 236, 239)
    pdf.rect(0, 0, 297, 210, style="F")
    pdf.set_xy(10, 8)
    pdf.set_font(pdf.sans, "B", 16)
    pdf.cell(0, 8, pdf.typed("7C Input & Output – what’s in your house?"),
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.sans, "", 8)
    pdf.cell(0, 5, pdf.typed("Mr Adeyemi  •  19 posts  •  Modified 1d"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(pdf.sans, "", 8)
    pdf.multi_cell(270, 4, pdf.typed("Computing Lesson 4. LO: " + " · ".join(AIMS) + ". Post ONE device each, "
                                     "then like 3 posts that are right."), new_x="LMARGIN", new_y="NEXT")
    width, gap = 66, 4
    pending = [list(posts) for _heading, posts in COLUMNS]
    page, top = 1, 30
    while any(pending):
        if page > 1:
            pdf.add_page(orientation="L")
            pdf.set_fill_color(233, 236, 239)
            pdf.rect(0, 0, 297, 210, style="F")
            top = 10
        for column, (heading, _posts) in enumerate(COLUMNS):
            x = 10 + column * (width + gap)
            y = top
            if page == 1:
                pdf.set_xy(x, y)
                pdf.set_font(pdf.sans, "B", 10)
                pdf.cell(width, 6, pdf.typed(heading))
                y += 8
            while pending[column]:
                author, age, title, body, hearts, comments = pending[column][0]
                pdf.set_font(pdf.sans, "", 7)
                lines = 2 + len(pdf.multi_cell(width - 4, 3.4, pdf.typed(body), dry_run=True, output="LINES"))
                for _who, reply in comments:
                    lines += 1 + len(pdf.multi_cell(width - 8, 3.2, pdf.typed(reply), dry_run=True,
                                                    output="LINES"))
                height = lines * 3.4 + 9
                if y + height > 198:
                    break
                pending[column].pop(0)
                pdf.set_fill_color(255, 255, 255)
                pdf.rect(x, y, width, height, style="F")
                pdf.set_xy(x + 2, y + 1.5)
                pdf.set_font(pdf.sans, "", 6)
                pdf.cell(width - 4, 3, pdf.typed(f"{author}  {age}"), new_x="LEFT", new_y="NEXT")
                pdf.set_font(pdf.sans, "B", 8)
                pdf.multi_cell(width - 4, 4, pdf.typed(title), new_x="LEFT", new_y="NEXT")
                pdf.set_font(pdf.sans, "", 7)
                pdf.multi_cell(width - 4, 3.4, pdf.typed(body), new_x="LEFT", new_y="NEXT")
                pdf.set_font(pdf.sans, "", 6)
                counts = f"♥ {hearts}" + (f"   {len(comments)} comment{'s' if len(comments) > 1 else ''}"
                                          if comments else "")
                pdf.cell(width - 4, 3.4, pdf.typed(counts), new_x="LEFT", new_y="NEXT")
                for who, reply in comments:
                    pdf.set_x(x + 6)
                    pdf.set_font(pdf.sans, "B", 6)
                    pdf.cell(width - 8, 3.2, pdf.typed(who), new_x="LEFT", new_y="NEXT")
                    pdf.set_font(pdf.sans, "", 6.5)
                    pdf.multi_cell(width - 8, 3.2, pdf.typed(reply), new_x="LEFT", new_y="NEXT")
                y += height + 3
        pdf.set_xy(10, 202)
        pdf.set_font(pdf.sans, "", 6)
        pdf.cell(0, 4, f"Made with padlet   padlet.com/madeyemi/7c-input-output-2p9xq4k   Page {page}")
        page += 1
    return pdf.output_bytes()


# (points, question, answer)
GRID = [
    (1, "Give one example of an input device.", "e.g. keyboard, mouse, microphone, webcam, scanner"),
    (1, "Give one example of an output device.", "e.g. monitor, speakers, printer, headphones"),
    (2, "What is a peripheral?", "A device connected to a computer that is not part of the main computer"),
    (1, "Is a printer input or output?", "Output"),
    (2, "Why is a touchscreen called an input/output device?", "You tap it to input and it shows the output"),
    (1, "Which device would you use to record a podcast?", "A microphone"),
    (3, "A sensor and an actuator: explain the difference.", "A sensor is an input that measures something in "
     "the real world; an actuator is an output that makes something move"),
    (2, "Name a sensor a greenhouse might use and say what it measures.", "e.g. temperature sensor – how hot it "
     "is / light sensor – how bright it is / moisture sensor – how wet the soil is"),
    (1, "Is a webcam input or output?", "Input"),
    (3, "A pupil who is blind wants to read a web page. Suggest two devices that could help.", "e.g. a Braille "
     "display and headphones/speakers with a screen reader"),
    (2, "What is assistive technology?", "Devices and software that help people with a disability use a "
     "computer"),
    (2, "What does a higher screen resolution mean?", "More pixels, so a sharper picture"),
    (1, "Name the input device at a supermarket checkout.", "A barcode scanner"),
    (3, "Suggest the input and output devices for a self-driving car.", "e.g. inputs: cameras, sensors, GPS; "
     "outputs: motors, brakes, steering, screen, speakers"),
    (2, "Give two output devices on a games console controller.", "e.g. the vibration motor (rumble), a light, "
     "a speaker"),
    (3, "Explain why a 3D printer is an output device.", "It takes data from the computer and turns it into a "
     "real object"),
]
FILLS = {1: "C6EFCE", 2: "FFEB9C", 3: "FFC7CE"}


def _grid(document, *, answers: bool) -> None:
    made = document.add_table(rows=4, cols=4)
    made.style = "Table Grid"
    for index, (points, question, answer) in enumerate(GRID):
        cell = made.rows[index // 4].cells[index % 4]
        f.cell_fill(cell, FILLS[points])
        f.add_marked_runs(cell.paragraphs[0], f"**{index + 1}**   ({points} pt{'s' if points > 1 else ''})",
                          size=9)
        f.add_marked_runs(cell.add_paragraph(), answer if answers else question, size=10)
        if not answers:
            cell.add_paragraph()
            cell.add_paragraph()


def knowledge_grid() -> bytes:
    document = f.new_docx(title="Knowledge grid")
    document.core_properties.author = "Adeyemi, D"
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.left_margin = section.right_margin = Mm(12)
    section.header.paragraphs[0].text = "Computing Department – Year 7 Hardware"
    document.styles["Normal"].font.size = Pt(10)
    f.para(document, "Knowledge Grid: Input & Output Devices", bold=True, size=18)
    f.para(document, "Answer in your book. Green = 1 point, amber = 2 points, red = 3 points. You do NOT have to "
                     "go in order. **Target: 20 points** in 15 minutes.")
    _grid(document, answers=False)
    f.para(document, "")
    f.box(document, ["My score: ______ / 30        Teacher check: ☐"], fill="FFFFFF")
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "ANSWERS – swap books and mark in green pen", bold=True, size=14)
    _grid(document, answers=True)
    return f.docx_bytes(document)


FILES = {
    "7C Input & Output padlet.pdf": padlet,
    "Knowledge grid - IO devices.docx": knowledge_grid,
}
