"""Year 9 physical computing (micro:bit sensors and actuators): a Quizlet set exported as text (term TAB
definition, one card a line, pasted into Notepad) and the Google Slides deck it goes with, downloaded as .pptx (16:9,
every shape a free text box named "Google Shape;…" – titles too, never a title placeholder – a "Vocab" slide as a
two-column table, MakeCode JavaScript in a Courier New box, quiz answers on the next slide, notes for the teacher)."""

from __future__ import annotations

from pptx.slide import Slide
from pptx.util import Inches

from tests.corpus import formats as f

CARDS = [
    ("Physical computing", "Using hardware and code together to build systems that sense and respond to the real "
                           "world"),
    ("Microcontroller", "A small computer on a single chip that is programmed to control one device, e.g. the "
                        "micro:bit"),
    ("Embedded system", "A computer built into a bigger device to do one dedicated job, e.g. in a washing machine "
                        "or a car"),
    ("Input device", "Hardware that sends data into a computer, e.g. a button, keyboard or sensor"),
    ("Output device", "Hardware the computer uses to send information or actions out, e.g. a screen, speaker or "
                      "motor"),
    ("Sensor", "An input device that measures a physical quantity such as light, temperature, sound or movement"),
    ("Actuator", "An output device that makes something physically happen, e.g. a motor turning or a valve "
                 "opening"),
    ("Accelerometer", "A sensor that measures acceleration, so it can detect movement, tilt and shaking"),
    ("Magnetometer", "A sensor that measures magnetic fields - the micro:bit uses it as a compass"),
    ("Light level", "A reading from 0 (dark) to 255 (bright) that the micro:bit measures with its LED display"),
    ("Servo motor", "An actuator that turns to an exact angle between 0 and 180 degrees"),
    ("Pins", "The gold connectors along the edge of the micro:bit, used to connect extra components (P0, P1, P2, "
             "3V, GND)"),
    ("Threshold", "The value a sensor reading is compared with to decide what happens, e.g. if temperature > 25"),
    ("Event handler", "Code that runs when something happens, e.g. on button A pressed"),
    ("Forever loop", "A loop that repeats the code inside it for as long as the micro:bit has power"),
]


def quizlet_export() -> bytes:
    # Quizlet's export: term, a tab, the definition; rows on new lines, no title and no final newline.
    return "\n".join(f"{term}\t{definition}" for term, definition in CARDS).encode("utf-8")


WINDOW_OPENER = """input.onButtonPressed(Button.A, function () {
    basic.showNumber(input.temperature())
})
basic.forever(function () {
    if (input.temperature() > 25) {
        pins.servoWritePin(AnalogPin.P0, 180)
        basic.showIcon(IconNames.Yes)
    } else {
        pins.servoWritePin(AnalogPin.P0, 0)
        basic.clearScreen()
    }
    basic.pause(1000)
})"""

# Google names a slide by its page id: "p3" for slides made in the deck, "g…_0_N" for slides pasted from another.
PAGE_IDS = ["p1", "p2", "g2b7e1c0a9f4_0_0", "p3", "p4", "p5", "g2b7e1c0a9f4_0_12", "p6", "p7", "p8", "p9", "p10"]


class GoogleDeck:
    """A deck as Google Slides downloads it: blank slides of free text boxes, each shape named "Google Shape;n;page"."""

    def __init__(self) -> None:
        self.deck = f.new_pptx(title="Y9 Physical Computing L2 - Sensors & Actuators")
        self.deck.core_properties.author = ""
        self.deck.slide_width, self.deck.slide_height = Inches(10), Inches(5.625)
        self.shape_number = 54

    def slide(self, title: str, *, notes: str = "") -> Slide:
        slide = f.blank_slide(self.deck)
        f.text_box(slide, title, left=0.4, top=0.3, width=9.2, height=0.8, size=30, bold=True, font="Lexend")
        if notes:
            slide.notes_slide.notes_text_frame.text = notes
        return slide

    def body(self, slide: Slide, text: str, *, left: float = 0.4, top: float = 1.3, width: float = 9.2,
             size: float = 18, font: str = "Arial") -> None:
        height = min(0.5 * len(text.splitlines()), 4.2)  # Google sizes a box to its text, within the slide
        f.text_box(slide, text, left=left, top=top, width=width, height=height, size=size, font=font)

    def pptx(self) -> bytes:
        for slide, page in zip(self.deck.slides, PAGE_IDS, strict=True):
            for shape in slide.shapes:
                shape.name = f"Google Shape;{self.shape_number};{page}"
                self.shape_number += 1
        return f.pptx_bytes(self.deck)


def slides() -> bytes:
    google = GoogleDeck()
    cover = f.blank_slide(google.deck)
    f.text_box(cover, "Sensors and Actuators", left=0.6, top=1.6, width=8.8, height=1.2, size=44, bold=True,
               font="Lexend")
    f.text_box(cover, "Physical computing with the micro:bit · Y9 Lesson 2", left=0.6, top=2.9, width=8.8,
               size=20, font="Arial")

    do_now = google.slide("Do Now", notes=(
        "Answers – inputs: keyboard, microphone, thermometer. Outputs: speaker, motor, LED. Someone usually argues "
        "about the LED – on the micro:bit it can be both! Good link to light level later."))
    google.body(do_now, "Sort these into INPUT or OUTPUT:\n\nkeyboard      speaker      microphone\n"
                        "motor      thermometer      LED", size=22)

    aims = google.slide("Learning Intention")
    google.body(aims, "To understand how sensors and actuators let a computer sense and control the physical world",
                size=20)
    f.text_box(aims, "Success Criteria", left=0.4, top=2.3, width=9.2, size=24, bold=True, font="Lexend")
    google.body(aims, "I can name three sensors built into the micro:bit\n"
                      "I can explain the difference between a sensor and an actuator\n"
                      "I can program the micro:bit to react when a sensor reading passes a threshold", top=2.9)

    vocab = google.slide("Vocab")
    f.slide_table(vocab, [
        ["Word", "Meaning"],
        ["Sensor", "an input device that measures something in the physical world (light, temperature, movement)"],
        ["Actuator", "an output device that makes something physically happen, e.g. a motor turns"],
        ["Microcontroller", "a small computer on one chip that controls a device"],
        ["Threshold", "the value a sensor reading is compared with to decide what happens"],
        ["Physical computing", "using hardware + code to build things that sense and respond to the real world"],
    ], left=0.4, top=1.2, width=9.2, row_height=0.65)

    what = google.slide("What is physical computing?")
    google.body(what, "Building systems that SENSE the world and RESPOND to it.\n"
                      "Input (sensor) → Process (microcontroller) → Output (actuator)\n"
                      "Examples: automatic doors, a thermostat, parking sensors, a smart watch counting steps\n"
                      "The micro:bit is a microcontroller – the same kind of chip that is embedded in washing "
                      "machines and cars. A computer built into a bigger device to do one job is an embedded system.")

    sensors = google.slide("Sensors on the micro:bit", notes=(
        "Hold up a micro:bit and point to each one. The temperature sensor is inside the processor so it reads a "
        "bit warm. Light level uses the LEDs themselves – they can work backwards as light sensors."))
    for index, label in enumerate([
            "Accelerometer – detects movement, tilt and shaking",
            "Compass (magnetometer) – detects magnetic fields, so it knows which way is north",
            "Light sensor – the LEDs measure light level from 0 (dark) to 255 (bright)",
            "Temperature sensor – built into the processor, gives °C",
            "Buttons A and B (and the touch logo on the V2)",
            "Microphone – V2 only, measures sound level"]):
        f.text_box(sensors, label, left=0.4 + 4.7 * (index % 2), top=1.3 + 1.3 * (index // 2), width=4.4,
                   height=1.1, size=15, font="Arial")

    actuators = google.slide("Actuators", notes=(
        "Pass round the servos. Stress the wiring colours before anyone plugs anything in: orange signal to P0, red "
        "to 3V, brown to GND."))
    google.body(actuators, "An actuator turns an electrical signal into movement or action.\n"
                           "The micro:bit has no motors of its own – we connect them to its pins: the gold "
                           "connectors along the bottom edge (P0, P1, P2, 3V, GND).\n"
                           "A servo motor turns to an exact angle between 0° and 180°.\n"
                           "Other actuators: buzzers, speakers, motors, solenoids, pumps")

    code = google.slide("Code it: automatic window opener", notes=(
        "We're using the JavaScript view in MakeCode today (toggle at the top). Point out: forever is a loop that "
        "runs for as long as the micro:bit has power; on button A pressed is an event handler – it only runs when "
        "the button is pressed. 25 is the threshold – ask what happens at exactly 25."))
    google.body(code, WINDOW_OPENER, left=0.4, top=1.1, width=6.2, size=12, font="Courier New")
    f.text_box(code, "25 is our threshold: above it the servo turns to 180° and opens the window", left=6.8,
               top=2.0, width=2.8, height=1.5, size=16, bold=True, font="Arial")

    task = google.slide("Your task")
    google.body(task, "1. Open makecode.microbit.org and switch to JavaScript\n"
                      "2. Type in the window opener code\n"
                      "3. Test it in the simulator: drag the temperature above 25\n"
                      "4. Download it to your micro:bit and plug the servo into P0\n"
                      "Extension: use the accelerometer to make a step counter (input.onGesture(Gesture.Shake, …))",
                size=18)

    quiz = google.slide("Quick Quiz")
    google.body(quiz, "1. Is a temperature sensor an input or an output device?\n"
                      "2. Which micro:bit sensor detects tilt and shaking?\n"
                      "3. Give one example of an actuator.\n"
                      "4. In the window opener code, what temperature makes the servo open the window?", size=20)
    answers = google.slide("Answers")
    google.body(answers, "1. Input\n2. Accelerometer\n3. e.g. servo motor, buzzer, speaker, motor\n"
                         "4. Anything above 25°C (more than 25, not 25 itself)", size=20)

    exit_ticket = google.slide("Exit Ticket", notes=(
        "Model answer: a sensor is an input that measures something in its surroundings, e.g. a light sensor; an "
        "actuator is an output that makes something move or happen, e.g. a servo motor opening a window."))
    google.body(exit_ticket, "On a sticky note:\nExplain the difference between a sensor and an actuator. Give an "
                             "example of each.", size=22)
    return google.pptx()


FILES = {
    "Y9 physical computing quizlet.txt": quizlet_export,
    "Y9 Physical Computing L2 - Sensors & Actuators.pptx": slides,
}
