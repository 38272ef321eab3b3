"""Held out. Year 9 robotics: a teacher's PowerPoint in the default layouts whose key words are two-level bullets,
the word the parent bullet and its meaning (and sometimes an "e.g." line) the child bullets, with the objectives
as children of a "By the end of this lesson you will be able to:" parent, a "three Ds" slide in the same nested
shape that is content rather than vocabulary, a "Robot or not?" starter, a learning-journey road map of six lesson
stops drawn as shapes and arrows with a "YOU ARE HERE" callout, a "Key questions" slide as a "Key question | Model
answer" table, a task and an exit ticket, notes on some slides; and an SEN-friendly dual-coded word mat in Word (a
three-column "Picture | Word | What it means" table, a clip-art icon in each first cell, short plain meanings, a
large font and a "say it, read it" instruction)."""

from __future__ import annotations

import io

from docx.shared import Inches, Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Define what a robot is",
    "Identify the main parts of a robot and what each part does",
    "Explain why robots are used for jobs that are dull, dirty or dangerous",
]
KEY_WORDS_1 = [
    "Robot",
    "  A machine that can sense its surroundings, decide what to do and carry out physical tasks by itself",
    "Robotics",
    "  The branch of computing and engineering that designs, builds and programs robots",
    "Sensor",
    "  An input device that measures something in the robot’s surroundings",
    "  e.g. an ultrasonic distance sensor, a bump switch, a camera",
    "Actuator",
    "  The part that makes the robot move or act, such as a motor, a servo or a gripper",
]
KEY_WORDS_2 = [
    "Controller",
    "  The “brain” of the robot: a small computer (a microcontroller) that runs the program",
    "End effector",
    "  The tool on the end of a robot arm that does the job",
    "  e.g. a gripper, a welding torch, a paint sprayer",
    "Autonomous",
    "  Able to work without a human controlling it",
    "Cobot",
    "  A collaborative robot, built to work safely alongside people",
]
THREE_DS = [
    "Dull",
    "  The same job over and over again, e.g. putting lids on jars on a production line",
    "Dirty",
    "  Jobs in filthy or unhealthy places, e.g. cleaning sewers, spraying paint",
    "Dangerous",
    "  Jobs that could hurt or kill a person, e.g. bomb disposal, exploring Mars, inside a nuclear reactor",
]
KEY_QUESTIONS = [
    ("1. What is the difference between a robot and a computer?",
     "A robot can move and act on the physical world using actuators; a computer only processes data."),
    ("2. Why do car factories use robot arms?",
     "They do dull, repetitive jobs quickly and accurately, 24 hours a day, without getting tired."),
    ("3. Name two sensors a robot vacuum cleaner might use.",
     "A bump (touch) sensor and an infrared or ultrasonic distance sensor (also accept a camera or a light "
     "sensor)."),
    ("4. Is a self-driving car a robot? Explain your answer.",
     "Yes – it senses its surroundings with cameras and radar, decides what to do and moves by itself, so it is "
     "an autonomous robot."),
]
JOURNEY = ["1. What is a robot?", "2. Sensors & motors", "3. Programming a buggy", "4. Robots at work",
           "5. AI & robot ethics", "6. Assessment"]


def deck() -> bytes:
    presentation = f.new_pptx(title="Robotics L1")
    f.title_slide(presentation, "Robots and Robotics", "Y9 Computing – Physical Computing – Lesson 1\nMr Hughes")
    f.content_slide(presentation, "Starter: Robot or not?", [
        "Talk to your partner – which of these are robots? Why?",
        "A washing machine",
        "A Roomba vacuum cleaner",
        "A drone",
        "A calculator",
        "A self-driving car",
        "A robot arm in a car factory",
    ], notes="2 mins paired talk then cold call. No right answers yet – come back to this at the end.")
    journey = f.titled_slide(presentation, "Our learning journey")
    for index, stop in enumerate(JOURNEY):
        left = 0.4 + (index % 3) * 3.2
        top = 2.0 if index < 3 else 4.6
        f.shape_box(journey, stop, left=left, top=top, width=2.6, height=1.0, kind="OVAL",
                    fill="FFC000" if index == 0 else "5B9BD5", color="000000" if index == 0 else "FFFFFF",
                    size=14, bold=index == 0)
        if index in (0, 1, 3, 4):
            f.arrow(journey, start=(left + 2.6, top + 0.5), end=(left + 3.2, top + 0.5))
    f.arrow(journey, start=(8.1, 3.0), end=(1.7, 4.6))
    f.shape_box(journey, "YOU ARE HERE", left=0.6, top=1.4, width=2.0, height=0.5, kind="RECTANGULAR_CALLOUT",
                fill="C00000", size=12, bold=True)
    f.content_slide(presentation, "Lesson objectives", [
        "By the end of this lesson you will be able to:",
        *(f"  {objective}" for objective in OBJECTIVES),
    ])
    f.content_slide(presentation, "Key words (1)", KEY_WORDS_1,
                    notes="Books out – titles underlined, copy the key words in green. Sensor and actuator come "
                          "up again in lesson 2.")
    f.content_slide(presentation, "Key words (2)", KEY_WORDS_2,
                    notes="Show the Boston Dynamics clip after this slide if time (3 mins).")
    f.content_slide(presentation, "The three Ds – why use a robot?", THREE_DS)
    questions = f.titled_slide(presentation, "Key questions")
    f.slide_table(questions, [["Key question", "Model answer"], *map(list, KEY_QUESTIONS)], left=0.4, top=1.5,
                  width=9.2, row_height=1.0)
    f.content_slide(presentation, "Task: label the robot arm", [
        "Use your word mat to label the diagram on the back of the sheet",
        "Label: controller, sensor, actuator, end effector",
        "Then answer key questions 1–4 in full sentences",
        "Challenge: design a robot for a dull, dirty or dangerous job",
    ])
    f.content_slide(presentation, "Exit ticket", [
        "On your sticky note:",
        "Name one job you think a robot should NOT do – and say why",
        "Stick it on the door on your way out!",
    ], notes="Read a few out at the start of lesson 2 as a hook for the ethics lesson.")
    return f.pptx_bytes(presentation)


WORD_MAT = [
    ("Robot", "A machine that senses, thinks and acts by itself.",
     [("rect", (200, 140, 400, 330), "#9dc3e6"), ("ellipse", (230, 50, 370, 150), "#bdd7ee"),
      ("line", (200, 200, 110, 290), "#404040"), ("line", (400, 200, 490, 290), "#404040")]),
    ("Sensor", "Tells the robot what is around it.",
     [("ellipse", (240, 170, 360, 290), "#a9d18e"), ("arc", (160, 90, 440, 370), "#548235"),
      ("arc", (100, 40, 500, 420), "#548235")]),
    ("Actuator", "Makes the robot move.",
     [("rect", (160, 170, 400, 290), "#f4b183"), ("ellipse", (400, 195, 470, 265), "#c55a11")]),
    ("Controller", "The robot’s brain. It runs the program.",
     [("rect", (150, 120, 450, 330), "#548235"), ("rect", (230, 190, 370, 260), "#262626")]),
    ("End effector", "The robot’s hand or tool.",
     [("line", (120, 380, 300, 200), "#7f7f7f"), ("line", (300, 200, 420, 120), "#7f7f7f"),
      ("line", (300, 200, 440, 240), "#7f7f7f")]),
    ("Autonomous", "Works on its own, with no human.",
     [("rect", (140, 200, 460, 320), "#ffd966"), ("ellipse", (170, 300, 250, 380), "#262626"),
      ("ellipse", (350, 300, 430, 380), "#262626")]),
    ("Cobot", "A robot that works safely next to people.",
     [("ellipse", (100, 120, 220, 240), "#f8cbad"), ("rect", (300, 140, 480, 320), "#9dc3e6")]),
]


def word_mat() -> bytes:
    document = f.new_docx(title="Robotics word mat")
    document.core_properties.author = "D Hughes"
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(14)
    f.para(document, "Robotics – My Word Mat", size=24, bold=True)
    f.para(document, "Look at the picture 👀  Say the word 🗣  Read what it means 📖")
    made = document.add_table(rows=len(WORD_MAT) + 1, cols=3)
    made.style = "Table Grid"
    for cell, heading in zip(made.rows[0].cells, ["Picture", "Word", "What it means"], strict=True):
        f.add_marked_runs(cell.paragraphs[0], f"**{heading}**")
        f.cell_fill(cell, "FFF2CC")
    for row, (word, meaning, shapes) in zip(made.rows[1:], WORD_MAT, strict=True):
        row.cells[0].paragraphs[0].add_run().add_picture(io.BytesIO(f.sketch_png(shapes)), width=Inches(1.0))
        f.add_marked_runs(row.cells[1].paragraphs[0], f"**{word}**", size=18)
        f.add_marked_runs(row.cells[2].paragraphs[0], meaning, size=16)
    f.para(document, "")
    f.para(document, "Y9 Physical Computing • Lesson 1 • Keep in your folder", size=10)
    return f.docx_bytes(document)


FILES = {
    "Robotics L1.pptx": deck,
    "Robotics word mat (dual coded).docx": word_mat,
}
