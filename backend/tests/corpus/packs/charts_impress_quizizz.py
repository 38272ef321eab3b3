"""Held out. Year 8 spreadsheet charts and graphs: a LibreOffice Impress deck saved as .pptx (Impress's own
layout names, a "Aims" slide, a "Vocab" slide whose table has the words across the top row and their meanings in
the row beneath, a second such table for the rest of the words, chart-type slides each a drawn chart picture with
a caption, a "Which chart?" slide answered in the notes, a task slide) and the Quizizz quiz for the next lesson
exported as text (question blocks with "Answer choices", the correct one marked, time limits and points)."""

from __future__ import annotations

import io
import re
import zipfile

from PIL import Image, ImageDraw

from tests.corpus import formats as f

AIMS = [
    "Choose a suitable chart for a set of data and explain the choice",
    "Create a bar chart, a line graph and a pie chart from data in a spreadsheet",
    "Add a chart title, axis titles and a legend so a chart is easy to read",
]
VOCAB_A = [
    ("Chart", "Bar chart", "Line graph", "Pie chart"),
    ("A picture of data that makes it easier to see patterns",
     "Uses bars of different heights to compare amounts in separate categories",
     "Points joined by a line to show how something changes over time",
     "A circle cut into slices to show how a whole is split into parts"),
]
VOCAB_B = [
    ("Axis", "Legend", "Data range", "Scatter graph"),
    ("The line along the bottom (x) or up the side (y) of a chart, with a scale or labels",
     "The key that tells you what each colour or symbol on the chart stands for",
     "The block of cells you select to make the chart, e.g. A1:B7",
     "Plots pairs of values as dots to see if two things are related"),
]


def _impress_app_xml(data: bytes) -> bytes:
    """The deck as Impress writes it: docProps/app.xml names LibreOffice as the application."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = source.read(info)
            if info.filename == "docProps/app.xml":
                text = member.decode("utf-8")
                text = re.sub(r"<Application>.*?</Application>",
                              "<Application>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88"
                              "</Application>", text)
                member = text.encode("utf-8")
            fixed = zipfile.ZipInfo(info.filename, date_time=f.FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, member)
    return out.getvalue()


def _chart_png(kind: str) -> bytes:
    """A chart copied out of Calc as a picture (no words: the slide's caption says what it is)."""
    image = Image.new("RGB", (640, 420), "#ffffff")
    draw = ImageDraw.Draw(image)
    colours = ["#004586", "#ff420e", "#ffd320", "#579d1c", "#7e0021"]
    if kind == "pie":
        start = 0
        for colour, share in zip(colours, (120, 90, 70, 50, 30), strict=True):
            draw.pieslice([170, 60, 470, 360], start=start, end=start + share, fill=colour, outline="#ffffff")
            start += share
    else:
        draw.line([60, 360, 600, 360], fill="#000000", width=3)
        draw.line([60, 40, 60, 360], fill="#000000", width=3)
        values = [120, 200, 160, 260, 300, 230]
        if kind == "bar":
            for index, value in enumerate(values):
                x = 90 + index * 85
                draw.rectangle([x, 360 - value, x + 55, 358], fill=colours[0])
        elif kind == "line":
            points = [(100 + index * 90, 360 - value) for index, value in enumerate(values)]
            draw.line(points, fill=colours[1], width=5)
            for x, y in points:
                draw.ellipse([x - 7, y - 7, x + 7, y + 7], fill=colours[1])
        else:
            for index in range(18):
                x = 90 + (index * 37) % 480
                y = 340 - (index * 29) % 260 // 2 - index * 8
                draw.ellipse([x - 6, y - 6, x + 6, y + 6], fill=colours[3])
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def deck() -> bytes:
    presentation = f.new_pptx(title="")
    presentation.core_properties.author = "Priya Nair"
    presentation.core_properties.last_modified_by = "Priya Nair"
    f.template_layout(presentation, f.TITLE_SLIDE, "Title Slide", {0: "PlaceHolder 1", 1: "PlaceHolder 2"})
    f.template_layout(presentation, f.TITLE_AND_CONTENT, "Title, Content", {0: "PlaceHolder 1", 1: "PlaceHolder 2"})
    f.template_layout(presentation, f.TITLE_ONLY, "Title Only", {0: "PlaceHolder 1"})
    f.title_slide(presentation, "Charts and Graphs in Spreadsheets", "Y8 Computing – Spreadsheets lesson 4\nMs Nair")
    f.content_slide(presentation, "Starter (5 mins)", [
        "Look at the table of Year 8 favourite crisps on your sheet.",
        "Which flavour is most popular?",
        "How long did it take you to find out?",
        "Would a picture make it quicker?",
    ], notes="Cold call 3 pupils. Answer: salt & vinegar (34). Point out it is slow to read numbers.")
    f.content_slide(presentation, "Aims", AIMS)
    slide = f.titled_slide(presentation, "Vocab")
    f.slide_table(slide, VOCAB_A, left=0.4, top=1.6, width=9.2, row_height=0.9)
    f.text_box(slide, "Copy these into the back of your book!", left=0.4, top=5.4, width=9, size=16, bold=True)
    slide = f.titled_slide(presentation, "Vocab (2)")
    f.slide_table(slide, VOCAB_B, left=0.4, top=1.6, width=9.2, row_height=0.9)
    for kind, title, caption in (
        ("bar", "Bar chart", "Best for comparing categories, e.g. votes for each crisp flavour."),
        ("line", "Line graph", "Best for data that changes over time, e.g. temperature each hour."),
        ("pie", "Pie chart", "Best for parts of a whole – use it only with a few categories that add up to 100%."),
        ("scatter", "Scatter graph", "Best for checking if two sets of numbers are linked, e.g. height and arm "
                                     "span."),
    ):
        slide = f.titled_slide(presentation, title)
        f.picture(slide, _chart_png(kind), left=1.8, top=1.4, width=6.4)
        f.text_box(slide, caption, left=0.8, top=5.8, width=8.4, size=16)
    f.content_slide(presentation, "Which chart?", [
        "A) Number of pupils in each house",
        "B) Height of a sunflower every week for 10 weeks",
        "C) How you spend your 24 hours in a day",
        "D) Hours of revision and test score for 30 pupils",
    ], notes="A bar chart, B line graph, C pie chart, D scatter graph. Ask WHY each time.")
    f.content_slide(presentation, "Making a chart in Calc / Excel", [
        "1. Highlight the data range (include the headings!)",
        "2. Insert → Chart",
        "3. Pick the chart type",
        "4. Add a chart title and axis titles",
        "5. Check the legend – delete it if there is only one set of data",
    ])
    f.content_slide(presentation, "Task", [
        "Open Y8_Crisps_Survey.ods from the shared area (Computing > Year 8 > Spreadsheets)",
        "Make a bar chart of the flavours",
        "Make a line graph of the sales per month",
        "Extension: make a pie chart. Is it a good choice? Write why / why not in a text box.",
        "Save as: Surname_Charts",
    ])
    f.content_slide(presentation, "Plenary", [
        "What is wrong with a chart that has no axis titles?",
        "Write one sentence on a sticky note and put it on the door on your way out",
    ], notes="Good answer: you cannot tell what the numbers mean / what units they are in.")
    return _impress_app_xml(f.pptx_bytes(presentation))


QUIZIZZ = """Quiz name: Y8 Charts & Graphs – retrieval
Created by: Ms P Nair
Subject: Computers
Grade: 8th grade
Number of questions: 8

Question 1 (Multiple Choice) – 30 seconds – 1 point
Which chart is best for comparing the number of pupils in each form group?
Answer choices:
a) Pie chart
b) Bar chart (correct)
c) Line graph
d) Scatter graph

Question 2 (Multiple Choice) – 30 seconds – 1 point
What does a legend on a chart do?
Answer choices:
a) Tells you what each colour or symbol stands for (correct)
b) Gives the chart its title
c) Shows the scale on the y axis
d) Sorts the data from biggest to smallest

Question 3 (Multiple Choice) – 20 seconds – 1 point
Which chart should you use to show the temperature every hour of the day?
Answer choices:
a) Bar chart
b) Pie chart
c) Line graph (correct)
d) Table

Question 4 (Fill in the blank) – 45 seconds – 2 points
The block of cells you select before inserting a chart is called the data ______.
Accepted answers: range; data range

Question 5 (Multiple Choice) – 30 seconds – 1 point
Why is a pie chart a bad choice for 15 categories?
Answer choices:
a) It cannot show numbers
b) The slices get too small to compare (correct)
c) It has no legend
d) It only works with text

Question 6 (Checkbox) – 45 seconds – 2 points
Which TWO of these should every chart have?
Answer choices:
a) A title (correct)
b) 3D effects
c) Axis titles (correct)
d) A background picture

Question 7 (Multiple Choice) – 30 seconds – 1 point
A scatter graph is used to...
Answer choices:
a) show parts of a whole
b) see if two sets of values are related (correct)
c) show changes over time
d) compare categories

Question 8 (Open-ended) – 90 seconds – 0 points
Explain why a chart can be easier to understand than a table of numbers.
Sample answer: You can see patterns, the biggest and smallest values and trends at a glance instead of reading every number.

--
Exported from Quizizz (now Wayground) · quizizz.com/admin/quiz/65f1c0a2b7e3d9001d4a2c71
"""


def quiz() -> bytes:
    return QUIZIZZ.encode("utf-8")


FILES = {
    "Y8 Spreadsheets L4 Charts.pptx": deck,
    "Quizizz - Y8 Charts & Graphs retrieval.txt": quiz,
}
