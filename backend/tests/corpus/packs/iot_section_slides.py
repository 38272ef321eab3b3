"""Held out. Year 8 Internet of Things: a teacher's own PowerPoint mixing layouts (a "Section Header" slide for
each of the three parts of the lesson; key words brought in one a slide as a big capitalised "WORD" text box, a
clip-art picture and a one-sentence caption under it; a "Match the word to its meaning" slide of two text boxes
in shuffled order, answered in the notes; a "True or false?" slide answered in the notes; a "3-2-1" plenary) and
a two-page Word worksheet (a word bank above a fill-the-gaps paragraph, then on page two an extended-writing
question with a success-criteria checklist and lines)."""

from __future__ import annotations

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe what is meant by the Internet of Things",
    "Explain how a smart device uses sensors and actuators to do a job automatically",
    "Discuss the benefits and risks of having smart devices in the home",
]

# Simple clip art: a speaker, a bulb, a thermometer… drawn as shapes, as the pictures carry no words.
WIFI = [("arc", (200, 40, 400, 200), "#2f80ed"), ("arc", (240, 80, 360, 200), "#2f80ed")]
PICTURES = {
    "house": [("rect", (150, 200, 450, 420), "#f2c94c"), ("line", (130, 210, 300, 90), "#8b4513"),
              ("line", (300, 90, 470, 210), "#8b4513"), ("rect", (270, 320, 330, 420), "#8b4513"), *WIFI],
    "speaker": [("rect", (230, 180, 370, 420), "#4f4f4f"), ("ellipse", (260, 250, 340, 330), "#bdbdbd"), *WIFI],
    "thermometer": [("rect", (275, 80, 325, 340), "#ffffff"), ("ellipse", (250, 320, 350, 420), "#eb5757"),
                    ("line", (300, 180, 300, 340), "#eb5757")],
    "motor": [("ellipse", (180, 140, 420, 380), "#9b9b9b"), ("ellipse", (270, 230, 330, 290), "#333333"),
              ("line", (300, 260, 520, 260), "#333333")],
    "robot": [("rect", (200, 100, 400, 260), "#56ccf2"), ("ellipse", (240, 150, 280, 190), "#ffffff"),
              ("ellipse", (320, 150, 360, 190), "#ffffff"), ("rect", (220, 280, 380, 420), "#56ccf2")],
    "watch": [("rect", (260, 40, 340, 410), "#333333"), ("ellipse", (220, 150, 380, 310), "#27ae60")],
    "padlock": [("arc", (230, 60, 370, 300), "#828282"), ("rect", (210, 180, 390, 380), "#f2994a")],
    "download": [("line", (300, 80, 300, 320), "#2f80ed"), ("line", (220, 240, 300, 320), "#2f80ed"),
                 ("line", (380, 240, 300, 320), "#2f80ed"), ("rect", (180, 350, 420, 400), "#bdbdbd")],
}
# (WORD, picture, caption): one sentence under the picture, some of them not naming the word again.
KEY_WORD_SLIDES = {
    "Part 1": [
        ("INTERNET OF THINGS", "house", "The Internet of Things (IoT) is the network of everyday objects that are "
                                        "connected to the internet so they can send and receive data."),
        ("SMART DEVICE", "speaker", "An everyday object that can connect to the internet and be controlled or "
                                    "checked from somewhere else, e.g. a smart speaker, light bulb or doorbell."),
    ],
    "Part 2": [
        ("SENSOR", "thermometer", "A sensor measures something in the real world (temperature, light, movement, "
                                  "sound) and turns it into data the device can use."),
        ("ACTUATOR", "motor", "The part that makes something happen in the real world – a motor turns, a light "
                              "comes on, a lock opens."),
        ("AUTOMATION", "robot", "Automation is when a device carries out a task by itself without a person "
                                "having to do it."),
    ],
    "Part 3": [
        ("DEFAULT PASSWORD", "padlock", "The password a device comes with from the factory (often admin or 1234), "
                                        "which anyone can look up online."),
        ("FIRMWARE UPDATE", "download", "An update to the software built into a device that fixes bugs and "
                                        "closes security holes."),
    ],
}
MATCH_WORDS = ["1. Sensor", "2. Wearable", "3. Actuator", "4. Smart device", "5. Automation",
               "6. Internet of Things"]
MATCH_MEANINGS = [
    "A. An object that connects to the internet and can be controlled remotely",
    "B. Makes something happen, e.g. turns a motor",
    "C. Everyday objects connected to the internet, sharing data",
    "D. Measures something in the real world",
    "E. A smart device you wear, like a fitness tracker or smartwatch",
    "F. A task done by a device with no person needed",
]
TRUE_FALSE = [
    ("A smart fridge is part of the Internet of Things.", "TRUE"),
    ("A sensor makes something move.", "FALSE – that's an actuator"),
    ("Smart devices can collect data about you even when you're not using them.", "TRUE"),
    ("You never need to update a smart device.", "FALSE – updates fix security holes"),
    ("If a smart lock's server goes down, the lock might stop working.", "TRUE"),
]


def key_word_slide(deck: object, word: str, picture: str, caption: str) -> None:
    slide = f.blank_slide(deck)
    f.text_box(slide, word, left=0.5, top=0.4, width=9, height=1.3, size=54, bold=True)
    f.picture(slide, f.sketch_png(PICTURES[picture]), left=3.0, top=1.9, width=4)
    f.text_box(slide, caption, left=0.8, top=5.2, width=8.4, height=1.2, size=20)


def deck() -> bytes:
    deck = f.new_pptx(title="PowerPoint Presentation")
    f.title_slide(deck, "The Internet of Things", "Year 8 Computing – Smart devices")
    f.content_slide(deck, "Learning objectives", OBJECTIVES)
    f.section_slide(deck, "Part 1", "What is the Internet of Things?")
    f.content_slide(deck, "Starter", [
        "How many things in your house connect to the internet?",
        "  Make a list with the person next to you – 2 minutes",
        "  Who has the longest list?",
    ], notes="Expect phones, laptops, TVs, consoles. Push for the less obvious ones: doorbells, speakers, "
             "heating, fridges, cars, pet feeders.")
    for word, picture, caption in KEY_WORD_SLIDES["Part 1"]:
        key_word_slide(deck, word, picture, caption)
    f.content_slide(deck, "Examples of IoT devices", [
        "Smart speakers (Alexa, Google Home)",
        "Smart heating – turn it on from your phone on the way home",
        "Video doorbells",
        "Fitness trackers and smartwatches",
        "Smart cities: traffic lights, bins that say when they are full",
        "Farming: soil sensors tell the farmer when to water",
    ])
    f.section_slide(deck, "Part 2", "How does a smart device work?")
    for word, picture, caption in KEY_WORD_SLIDES["Part 2"]:
        key_word_slide(deck, word, picture, caption)
    f.two_content_slide(deck, "Example: smart heating", [
        "INPUT – temperature sensor reads 17°C",
        "PROCESS – the thermostat compares it with the setting (20°C)",
        "OUTPUT – the actuator switches the boiler on",
    ], [
        "Sends the data over Wi-Fi to an app on your phone",
        "You can change the setting from anywhere",
        "It can learn when you get home and switch on by itself",
    ], notes="Draw the input-process-output loop on the board – it keeps checking.")
    match = f.titled_slide(deck, "Match the word to its meaning")
    f.text_box(match, "\n".join(MATCH_WORDS), left=0.5, top=1.6, width=3.0, height=4.5, size=18)
    f.text_box(match, "\n".join(MATCH_MEANINGS), left=3.8, top=1.6, width=5.8, height=4.5, size=16)
    match.notes_slide.notes_text_frame.text = "Answers: 1D 2E 3B 4A 5F 6C"
    f.section_slide(deck, "Part 3", "Smart homes: good or bad?")
    f.comparison_slide(deck, "Should every home be a smart home?", ("Benefits", [
        "Convenient – control things from anywhere",
        "Can save energy and money (heating only on when needed)",
        "Helps elderly or disabled people live independently",
        "Security cameras and alerts",
    ]), ("Risks", [
        "Devices collect data about you – who sees it?",
        "Can be hacked, especially with the default password",
        "Stops working if the internet or the company's server goes down",
        "Old devices stop getting updates",
    ]))
    for word, picture, caption in KEY_WORD_SLIDES["Part 3"]:
        key_word_slide(deck, word, picture, caption)
    f.content_slide(deck, "True or false?", [
        f"{number}. {statement}" for number, (statement, _answer) in enumerate(TRUE_FALSE, start=1)
    ] + ["Thumbs up for true, thumbs down for false!"],
        notes="\n".join(f"{number}. {answer}" for number, (_statement, answer) in enumerate(TRUE_FALSE, start=1)))
    f.content_slide(deck, "Worksheet", [
        "Part A – fill the gaps using the word bank",
        "Part B – extended writing: use the success criteria!",
        "Finish Part B for homework if you run out of time",
    ])
    f.content_slide(deck, "3-2-1", [
        "3 things you have learnt today",
        "2 key words and what they mean",
        "1 question you still have about the Internet of Things",
    ], notes="On the sticky notes – stick them on the door on the way out.")
    return f.pptx_bytes(deck)


WORD_BANK = ["sensors", "internet", "actuator", "data", "automation", "hacked", "default password", "update"]
GAP_FILL = (
    "The Internet of Things is made up of everyday objects that are connected to the ____________ . A smart "
    "heating system uses ____________ to measure the temperature of a room. The thermostat sends this "
    "____________ to an app on your phone. If the room is too cold, an ____________ switches the boiler on. "
    "Because the heating can do this without anyone pressing a button, this is an example of ____________ . "
    "Smart devices can be ____________ if they still use their ____________ , so you should change it when you "
    "set the device up and always install the latest ____________ ."
)
EXTENDED_QUESTION = ('"Every home should be a smart home." Discuss the benefits and risks of having smart devices '
                     "in the home. Give your own opinion at the end. (8 marks)")
SUCCESS_CRITERIA = [
    "☐ I have explained at least two benefits of smart devices",
    "☐ I have explained at least two risks of smart devices",
    "☐ I have used examples of real devices",
    "☐ I have used at least three key words (e.g. sensor, actuator, automation)",
    "☐ I have given my own opinion and said why",
]
LINE = "_" * 80


def worksheet() -> bytes:
    document = f.new_docx(title="IoT worksheet")
    f.para(document, "The Internet of Things – Worksheet", size=16, bold=True)
    f.para(document, "Name: ________________________   Form: ________")
    f.para(document)
    f.para(document, "Part A: Fill the gaps", size=13, bold=True)
    f.para(document, "Use the words in the word bank to fill the gaps. Each word is used once.")
    f.table(document, [WORD_BANK[:4], WORD_BANK[4:]])
    f.para(document)
    f.para(document, GAP_FILL)
    f.para(document)
    f.para(document, "Extension: Think of a smart device in your house. What is its sensor and what is its "
                     "actuator?")
    f.para(document, LINE)
    f.para(document, LINE)
    document.add_page_break()
    f.para(document, "Part B: Extended writing", size=13, bold=True)
    f.para(document, EXTENDED_QUESTION, bold=True)
    f.para(document, "Success criteria – tick them off when you have done them:")
    for line in SUCCESS_CRITERIA:
        f.para(document, line)
    f.para(document)
    for _ in range(18):
        f.para(document, LINE)
    return f.docx_bytes(document)


FILES = {
    "IoT lesson (new).pptx": deck,
    "IoT worksheet Y8.docx": worksheet,
}
