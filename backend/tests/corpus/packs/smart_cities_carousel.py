"""Held out. Year 8 smart cities: a PowerPoint of printable carousel "stations" (blank slides, a "How the carousel
works" slide of rules, then six station cards each a big "STATION n" number shape, a headline, a "READ ME" text box
in which the station's key word is explained in a short news-style paragraph, a clip-art picture and a "Discuss:"
question; the objectives only on the last "Debrief" slide as "Check – can you now…" points) and the Word recording
sheet pupils carry round (a landscape "Station | Big idea | What does it mean? | Good or bad for the city?" table,
station 1 filled in by the teacher as a worked example in italics, the rest empty, a "Think deeper" box)."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Inches

from tests.corpus import formats as f

STATIONS = [
    ("Traffic lights that think", "In Milton Keynes, **smart traffic lights** use cameras and sensors to count "
     "cars and change the timing of the lights to keep traffic moving. These are lights that adjust "
     "themselves to the traffic in real time.", "Would you trust a computer to control the traffic lights?"),
    ("Bins that shout", "A **smart bin** has a sensor inside that measures how full it is and sends a message when "
     "it needs emptying – so lorries only visit bins that are full.", "Who saves money here?"),
    ("Sensors everywhere", "A smart city is covered in **sensors**: small devices that measure something in the "
     "real world, like air pollution, noise or how many people walk past.", "What would you measure in our town?"),
    ("The city's brain", "All the readings go to a **control centre**. Engineers call it the city's brain: one "
     "place where the data from the whole city is collected, shown on screens and acted on.",
     "What happens if the control centre is hacked?"),
    ("Big data", "A city of a million people creates a LOT of data. Huge sets of data like this, too big to look "
     "at by hand, are called **big data**. Computers look for patterns in it.", "Can you think of a pattern?"),
    ("Who is watching?", "Cameras that recognise faces can find missing people – but they also track everyone. "
     "This is about **privacy**: your right to keep information about yourself and your life to yourself.",
     "Is it worth it?"),
]
CHECKS = [
    "Check – can you now…",
    "explain what makes a city a 'smart city'",
    "describe how sensors and data are used to run city services",
    "weigh up the benefits and the privacy risks of a smart city",
]


def carousel() -> bytes:
    deck = f.new_pptx(title="Carousel")
    slide = f.blank_slide(deck)
    f.text_box(slide, "SMART CITIES CAROUSEL", left=0.5, top=0.4, width=9, size=36, bold=True)
    f.text_box(slide, "How the carousel works\n1. 4 minutes at each station\n2. Read the READ ME box out loud\n"
               "3. Fill in your recording sheet\n4. Move clockwise when the bell goes!", left=0.5, top=1.6,
               width=9, height=3, size=20)
    picture = f.sketch_png([("rect", (80, 200, 180, 420), "#a9d18e"), ("rect", (220, 120, 330, 420), "#9dc3e6"),
                            ("rect", (370, 60, 470, 420), "#f4b183"), ("arc", (380, 0, 560, 120), "#2e75b6")])
    for number, (headline, read_me, discuss) in enumerate(STATIONS, start=1):
        slide = f.blank_slide(deck)
        f.shape_box(slide, f"STATION\n{number}", left=0.3, top=0.3, width=1.6, height=1.4, kind="OVAL",
                    fill="C00000", size=20, bold=True)
        f.text_box(slide, headline, left=2.2, top=0.5, width=7, size=32, bold=True)
        f.text_box(slide, "READ ME", left=0.5, top=2.0, width=5, size=14, bold=True)
        box = slide.shapes.add_textbox(*(int(v * 914400) for v in (0.5, 2.4, 5.2, 2.6)))
        box.text_frame.word_wrap = True
        f.fill_marked(box.text_frame, [read_me])
        f.picture(slide, picture, left=6.0, top=2.2, width=3.5)
        f.text_box(slide, f"Discuss: {discuss}", left=0.5, top=5.6, width=9, size=18)
        f.text_box(slide, "Print on A4 – laminate – 1 per table", left=6.5, top=7.0, width=3.4, size=9)
    slide = f.titled_slide(deck, "Debrief")
    f.text_box(slide, "\n".join(CHECKS), left=0.7, top=1.8, width=8.5, height=3, size=24)
    f.text_box(slide, "Thumbs up / sideways / down for each one", left=0.7, top=5.5, width=8.5, size=16)
    return f.pptx_bytes(deck)


ROWS = [
    ["**Station**", "**Big idea**", "**What does it mean?**", "**Good or bad for the city?**"],
    ["1", "Smart traffic lights", "Lights that change their timing using sensors so traffic keeps moving",
     "Good – less waiting and less pollution. Bad – if it breaks, jams everywhere"],
    ["2", "", "", ""], ["3", "", "", ""], ["4", "", "", ""], ["5", "", "", ""], ["6", "", "", ""],
]


def recording_sheet() -> bytes:
    document = f.new_docx(title="Recording sheet")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Inches(11.69), Inches(8.27)
    f.para(document, "Smart Cities – Carousel Recording Sheet", bold=True, size=18)
    f.para(document, "Name: ____________________   Form: ______   Start at station: ____")
    f.para(document, "Station 1 is done for you as an example. Use your own words!")
    f.table(document, ROWS)
    made = document.tables[0]
    for cell in made.rows[1].cells:
        for run in cell.paragraphs[0].runs:
            run.italic = True
    f.para(document, "")
    f.box(document, ["**Think deeper**", "Would you like to live in a smart city? Give one reason for and one "
                     "reason against.", "_" * 80, "_" * 80], fill="FFF2CC")
    return f.docx_bytes(document)


FILES = {
    "Smart cities carousel stations.pptx": carousel,
    "Carousel recording sheet.docx": recording_sheet,
}
