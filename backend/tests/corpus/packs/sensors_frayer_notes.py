"""Held out. Year 8 embedded systems, sensors and actuators: a PowerPoint whose slides are mostly pictures and short
headings while the key words and their meanings are spoken in the speaker notes as the teacher's script, and a Word
Frayer-model vocabulary sheet (one 2x2 table a word, the word in a shaded middle row, "Definition",
"Characteristics", "Examples", "Non-examples" quadrants, two left blank for pupils)."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe what an embedded system is and give examples",
    "Explain the difference between a sensor and an actuator",
    "Identify the inputs, processes and outputs in a control system",
]


def _thermostat_png() -> bytes:
    return f.sketch_png([
        ("rect", (120, 80, 480, 380), "#e7e6e6"),
        ("ellipse", (210, 150, 390, 330), "#f4b183"),
        ("line", (300, 240, 360, 190), "#c00000"),
    ])


def _washing_machine_png() -> bytes:
    return f.sketch_png([
        ("rect", (140, 60, 460, 400), "#ffffff"),
        ("ellipse", (200, 140, 400, 340), "#9dc3e6"),
        ("rect", (160, 80, 260, 110), "#a9d18e"),
    ])


def deck() -> bytes:
    presentation = f.new_pptx(title="Y8 Embedded systems L2")
    f.title_slide(presentation, "Sensors and Actuators", "Year 8 – Embedded Systems – Lesson 2\nMr Okafor")
    f.content_slide(presentation, "Do Now", [
        "1. Name two input devices",
        "2. What does CPU stand for?",
        "3. What is the difference between RAM and ROM?",
    ], notes="Give them 4 minutes, silent. Answers: 1. e.g. keyboard, mouse, microphone. 2. Central Processing "
             "Unit. 3. RAM is volatile and can be changed, ROM keeps its contents when the power is off. "
             "Cold call – lolly sticks.")
    f.content_slide(presentation, "Today", OBJECTIVES,
                    notes="Read these out. Pupils write the date and title, no need to copy the objectives.")
    slide = f.titled_slide(presentation, "What do these have in common?")
    f.picture(slide, _thermostat_png(), left=0.8, top=1.8, width=3.8)
    f.picture(slide, _washing_machine_png(), left=5.2, top=1.8, width=3.8)
    slide.notes_slide.notes_text_frame.text = (
        "Take a few ideas first. Then: both of these have a tiny computer inside them. We call that an embedded "
        "system – a computer system built into a bigger device to do one dedicated job. Unlike your laptop, you "
        "can't install new apps on it. Most of them are controlled by a microcontroller, which is a small computer "
        "on a single chip with its own processor, memory and input/output pins. Ask: how many embedded systems "
        "did you use before 9am today?")
    slide = f.titled_slide(presentation, "Input → Process → Output")
    f.shape_box(slide, "INPUT", left=0.5, top=2.5, width=2.5, height=1.2, fill="70AD47")
    f.shape_box(slide, "PROCESS", left=3.75, top=2.5, width=2.5, height=1.2, fill="4472C4")
    f.shape_box(slide, "OUTPUT", left=7.0, top=2.5, width=2.5, height=1.2, fill="ED7D31")
    f.arrow(slide, start=(3.0, 3.1), end=(3.75, 3.1))
    f.arrow(slide, start=(6.25, 3.1), end=(7.0, 3.1))
    slide.notes_slide.notes_text_frame.text = (
        "Every embedded system follows this. The input side is usually a sensor. Say it slowly and get them to "
        "write it down: a sensor is an input device that measures a physical quantity, like temperature or light, "
        "and turns it into data the computer can use. Then the output side. An actuator is an output device that "
        "makes something physically move or happen – a motor, a pump, a valve, a buzzer. Sensor in, actuator out.")
    f.content_slide(presentation, "Types of sensor", [
        "Temperature",
        "Light",
        "Pressure",
        "Moisture",
        "Motion (PIR)",
        "Ultrasonic",
    ], notes="Quick-fire: where would you find each one? Thermostat, automatic street lamp, car alarm / "
             "pressure pad, greenhouse, burglar alarm, parking sensor. Don't go into how ultrasonic works yet, "
             "that's Thursday.")
    slide = f.titled_slide(presentation, "Analogue or digital?")
    f.text_box(slide, "~~~~~~~~~~~~~~~~~~~\n\n0 1 1 0 1 0 0 1", left=1.5, top=2.0, width=7, height=2, size=32)
    slide.notes_slide.notes_text_frame.text = (
        "The real world is analogue – analogue data changes smoothly and can take any value in a range, like the "
        "temperature of this room. The computer can only work with digital data, which is stored as separate "
        "values, in binary. So the sensor's reading has to go through an ADC, an analogue-to-digital converter, "
        "which turns the continuous signal into binary numbers the processor can store. Draw the wave on the board "
        "and chop it into steps.")
    slide = f.titled_slide(presentation, "The greenhouse")
    f.text_box(slide, "IF moisture < 30 THEN pump ON\nIF temperature > 28 THEN window OPEN",
               left=1.0, top=2.2, width=8, height=1.5, size=24)
    slide.notes_slide.notes_text_frame.text = (
        "This is a control system: a system that uses sensors to check conditions and actuators to change them, "
        "without a person. The processor keeps looping – read the sensors, compare, switch the actuators, read "
        "again. That loop back is called feedback: the output changes the conditions, and the sensor measures the "
        "change on the next loop. Ask them to find the sensors and the actuators here.")
    f.content_slide(presentation, "Your task", [
        "Complete the Frayer model sheet for four words",
        "Use today's slides and your notes",
        "Extension: design a control system for a smart bin – list its sensors and actuators",
    ], notes="15 minutes. Sheet is on Teams under Files > Y8 > Embedded if anyone is absent.")
    f.content_slide(presentation, "Exit ticket", [
        "A car has a rain sensor and windscreen wipers.",
        "  Which one is the actuator?",
        "  Why does the rain sensor's reading need converting?",
    ], notes="Answers: the wiper motor is the actuator; the sensor's reading is analogue and the processor "
             "can only use digital data, so it goes through an ADC.")
    return f.pptx_bytes(presentation)


FRAYER = [
    ("Sensor",
     "An input device that measures a physical quantity and turns it into data",
     "Is an input\nMeasures the real world\nOften gives an analogue reading",
     "Temperature sensor in a thermostat\nLight sensor on a street lamp",
     "A keyboard (a person presses it)\nA speaker"),
    ("Actuator",
     "An output device that makes something physically move or happen",
     "Is an output\nIs switched on or off by the processor",
     "Motor in a washing machine drum\nPump in a greenhouse",
     "A temperature sensor\nA monitor (shows information but moves nothing)"),
    ("Embedded system", "", "", "", ""),
    ("Microcontroller", "", "", "", ""),
]


def frayer_sheet() -> bytes:
    document = f.new_docx(title="Frayer models")
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    header = document.sections[0].header.paragraphs[0]
    header.text = "Computing Department – Year 8 – Embedded Systems"
    f.para(document, "Key Word Frayer Models", size=20, bold=True)
    f.para(document, "Name: ______________________   Form: ______")
    f.para(document, "Two have been done for you. Fill in the last two using the slides from today's lesson. "
                     "Non-examples are things that are NOT the word – they help you see where the edges are.")
    for word, definition, characteristics, examples, non_examples in FRAYER:
        made = document.add_table(rows=3, cols=2)
        made.style = "Table Grid"
        cells = made.rows
        top = [f"**Definition**\n{definition}", f"**Characteristics**\n{characteristics}"]
        bottom = [f"**Examples**\n{examples}", f"**Non-examples**\n{non_examples}"]
        for cell, text in zip(cells[0].cells, top, strict=True):
            lines = text.split("\n")
            f.add_marked_runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                f.add_marked_runs(cell.add_paragraph(), line)
        middle = cells[1].cells[0].merge(cells[1].cells[1])
        f.add_marked_runs(middle.paragraphs[0], f"**{word.upper()}**", size=16)
        f.cell_fill(middle, "FFF2CC")
        for cell, text in zip(cells[2].cells, bottom, strict=True):
            lines = text.split("\n")
            f.add_marked_runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                f.add_marked_runs(cell.add_paragraph(), line)
        f.para(document, "")
    f.para(document, "Stuck? Ask your partner first, then check the slides on Teams. "
                     "Remember: sensor = IN, actuator = OUT.")
    return f.docx_bytes(document)


FILES = {
    "Y8 Embedded L2 sensors and actuators.pptx": deck,
    "Frayer model - embedded systems.docx": frayer_sheet,
}
