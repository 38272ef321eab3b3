"""Held out. Year 8 cloud gaming: the teacher's Mentimeter presentation exported to PDF after the lesson, with the
class's results (16:9 pages, "Go to www.menti.com and use the code …" across the top of each and the Mentimeter
name at the foot; a heading slide, a word cloud of the games pupils play drawn at different sizes and scattered, a
"Learning intentions" bullets slide, a poll as bars with counts, a paragraph slide defining the topic, a drawn
how-it-works loop of boxes, arrows and numbered labels, a "Words you need" bullets slide of "word – meaning" lines,
three quiz slides marked "Question n of 3" with each option's count and a "✓" on the right one – one right option
the only meaning of a word – a leaderboard of nicknames, an open-ended slide of pupils' answers and a scales slide
of averages) and a Word escape room to print ("ESCAPE THE LAG!": a header and footer, the story, numbered rules, four
puzzles each opening a padlock – a 3-digit lock from a ping table, a 4-letter word lock whose acrostic clues are the
only meanings of three words, a directional lock of TRUE ↑ / FALSE ↓ statements, a colour lock from a table of
broadband plans after a sentence defining one word between dashes – a lock sheet table, and after a page break the
teacher's codes, set-up notes and hint cards)."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

W, H = f.SLIDE_PAGE
JOIN = "Go to www.menti.com and use the code 3814 2976"
WORD_CLOUD = [
    ("Fortnite", 40, 95, 62),
    ("Minecraft", 30, 40, 45),
    ("Roblox", 26, 150, 48),
    ("FIFA", 24, 60, 88),
    ("COD", 20, 170, 85),
    ("GTA", 16, 35, 100),
    ("Rocket League", 14, 115, 108),
    ("Among Us", 11, 180, 105),
    ("Forza", 10, 30, 70),
]
INTENTIONS = [
    "explain what cloud gaming is and how it works",
    "describe how latency, bandwidth and frame rate affect a cloud game",
    "weigh up the advantages and disadvantages of cloud gaming compared with a console",
]
POLL = [
    ("Yes – Xbox Cloud Gaming", 6),
    ("Yes – GeForce NOW", 3),
    ("Yes – something else", 4),
    ("No", 14),
    ("What's that??", 0),
]
CLOUD_GAMING = (
    "Cloud gaming means the game runs on a powerful server in a data centre, not on your own device. The "
    "server sends the picture to you as a video stream, and every button you press travels back to the "
    "server over the internet. So you can play a big game on a phone, an old laptop or a smart TV."
)
WORDS = [
    "Latency – the time it takes for data to travel from your device to the server and back, measured in "
    "milliseconds (ms)",
    "Bandwidth – how much data can be sent each second, measured in megabits per second (Mbps)",
    "Frame rate – how many pictures (frames) are shown each second, measured in frames per second (fps)",
]
QUIZ = [
    (
        "Which of these causes lag in a cloud game?",
        [
            ("High latency", 17, True),
            ("A small hard drive", 3, False),
            ("A slow printer", 1, False),
            ("A dim screen", 2, False),
        ],
    ),
    (
        "What is ping?",
        [
            ("A sound the console makes", 2, False),
            ("A test that measures latency, in milliseconds (ms)", 15, True),
            ("The size of a game download", 4, False),
            ("A type of graphics card", 2, False),
        ],
    ),
    (
        "Which connection would be best for cloud gaming?",
        [
            ("Fibre broadband, 100 Mbps, 15 ms ping", 19, True),
            ("Hotel Wi-Fi, 5 Mbps, 120 ms ping", 2, False),
            ("4G on a train, 8 Mbps, 70 ms ping", 1, False),
            ("Dial-up, 0.05 Mbps", 1, False),
        ],
    ),
]
LEADERS = [
    ("SpeedyG", 2940),
    ("aimbot_amy", 2810),
    ("Creeper99", 2655),
    ("noobmaster", 2400),
    ("LagLord", 2190),
]
OPEN = [
    "no because my wifi is trash",
    "yes you dont need to buy a ps5",
    "maybe if it didnt lag",
    "yes cos you can play on your phone on the bus",
    "no, fortnite needs low latency",
    "only if its free",
    "yes no updates to download!!",
    "no the data centre is too far away from us",
]
SCALES = [("What cloud gaming is", 4.1), ("Latency and ping", 3.6), ("Bandwidth and frame rate", 3.2)]


def _menti_page(pdf: f.Pdf, title: str) -> None:
    pdf.add_page(format=(W, H))
    pdf.set_fill_color(255, 255, 255)
    pdf.set_text_color(110, 110, 110)
    pdf.set_font(pdf.sans, "", 9)
    pdf.set_xy(0, 4)
    pdf.cell(W, 5, JOIN, align="C")
    pdf.set_font(pdf.sans, "B", 8)
    pdf.set_xy(W - 40, H - 9)
    pdf.cell(32, 5, "Mentimeter", align="R")
    pdf.set_text_color(16, 16, 56)
    if title:
        pdf.set_font(pdf.sans, "B", 20)
        pdf.set_xy(16, 14)
        pdf.multi_cell(W - 32, 9, pdf.typed(title), align="L", new_x="LMARGIN", new_y="NEXT")


def _bars(pdf: f.Pdf, options: list[tuple[str, int, bool]], total: int) -> None:
    width = (W - 40) / len(options)
    for index, (label, count, right) in enumerate(options):
        x = 20 + index * width
        height = 50 * count / max(c for _l, c, _r in options)
        pdf.set_fill_color(*((80, 112, 255) if right or total == 0 else (190, 198, 255)))
        pdf.rect(x + 8, 105 - height, width - 16, height, style="F")
        pdf.set_font(pdf.sans, "B", 11)
        pdf.set_xy(x, 97 - height)
        pdf.cell(width, 7, f"{count}", align="C")
        pdf.set_font(pdf.sans, "", 9)
        pdf.set_xy(x + 2, 107)
        pdf.multi_cell(width - 4, 4.5, pdf.typed(("✓ " if right else "") + label), align="C")


def _loop_diagram(pdf: f.Pdf) -> None:
    boxes = [(20, "Your device"), (100, "The internet"), (180, "Data centre")]
    pdf.set_draw_color(16, 16, 56)
    for x, label in boxes:
        pdf.set_fill_color(225, 230, 255)
        pdf.rect(x, 50, 52, 22, style="DF", round_corners=True)
        pdf.set_font(pdf.sans, "B", 12)
        pdf.set_xy(x, 57)
        pdf.cell(52, 8, label, align="C")
    for start, end, y in ((72, 100, 56), (152, 180, 56), (180, 152, 68), (100, 72, 68)):
        pdf.line(start, y, end, y)
        tip = 1 if end > start else -1
        pdf.polygon([(end, y), (end - 3 * tip, y - 1.5), (end - 3 * tip, y + 1.5)], style="F")
    labels = [
        (74, 44, "① You press jump"),
        (154, 44, "② Input sent to server"),
        (150, 76, "③ Server runs the game"),
        (70, 76, "④ Video streamed back"),
    ]
    pdf.set_font(pdf.sans, "", 9)
    for x, y, label in labels:
        pdf.set_xy(x, y)
        pdf.cell(40, 5, pdf.typed(label))
    pdf.set_font(pdf.sans, "", 11)
    pdf.set_xy(20, 95)
    pdf.multi_cell(W - 40, 6, "All of this happens about 60 times every second.", align="C")


def menti_export() -> bytes:
    pdf = f.Pdf(title="Cloud gaming – Mentimeter")
    pdf.set_producer("Skia/PDF m120")
    pdf.set_creator("Mentimeter")
    pdf.set_auto_page_break(auto=False)
    _menti_page(pdf, "")
    pdf.set_font(pdf.sans, "B", 34)
    pdf.set_xy(0, 50)
    pdf.cell(W, 16, "Cloud gaming", align="C")
    pdf.set_font(pdf.sans, "", 13)
    pdf.set_xy(0, 70)
    pdf.cell(W, 8, pdf.typed("Is it the end of the console?  ·  Year 8 Computing  ·  Ms Rahman"), align="C")
    _menti_page(pdf, "What games do you play? (one word)")
    for word, size, x, y in WORD_CLOUD:
        pdf.set_font(pdf.sans, "B", size)
        pdf.set_xy(x, y - size / 3)
        pdf.cell(0, size / 2, word)
    pdf.set_font(pdf.sans, "", 9)
    pdf.set_xy(16, H - 10)
    pdf.cell(60, 5, "27 responses")
    _menti_page(pdf, "Learning intentions")
    pdf.set_font(pdf.sans, "", 15)
    pdf.set_xy(20, 36)
    pdf.cell(0, 8, "We are learning to:", new_x="LMARGIN", new_y="NEXT")
    for line in INTENTIONS:
        pdf.set_x(26)
        pdf.multi_cell(W - 50, 9, pdf.typed(f"•  {line}"), align="L", new_x="LMARGIN", new_y="NEXT")
    _menti_page(pdf, "Have you ever played a game streamed from the cloud?")
    _bars(pdf, [(label, count, False) for label, count in POLL], 0)
    _menti_page(pdf, "What is cloud gaming?")
    pdf.set_font(pdf.sans, "", 15)
    pdf.set_xy(24, 40)
    pdf.multi_cell(W - 48, 9, pdf.typed(CLOUD_GAMING), align="L")
    _menti_page(pdf, "How it works")
    _loop_diagram(pdf)
    _menti_page(pdf, "Words you need")
    pdf.set_font(pdf.sans, "", 14)
    pdf.set_xy(20, 38)
    for line in WORDS:
        pdf.set_x(24)
        pdf.multi_cell(W - 48, 8, pdf.typed(f"•  {line}"), align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    for number, (question, options) in enumerate(QUIZ, start=1):
        _menti_page(pdf, "")
        pdf.set_font(pdf.sans, "", 10)
        pdf.set_xy(16, 13)
        pdf.cell(0, 5, f"Question {number} of 3")
        pdf.set_font(pdf.sans, "B", 20)
        pdf.set_xy(16, 20)
        pdf.multi_cell(W - 32, 9, pdf.typed(question), align="L")
        _bars(pdf, options, sum(count for _label, count, _right in options))
    _menti_page(pdf, "Leaderboard")
    pdf.set_font(pdf.sans, "", 14)
    for place, (name, points) in enumerate(LEADERS, start=1):
        pdf.set_xy(60, 30 + place * 12)
        pdf.cell(90, 9, f"{place}   {name}")
        pdf.cell(40, 9, f"{points:,} pts", align="R")
    _menti_page(pdf, "Would you swap your console for cloud gaming? Why?")
    pdf.set_font(pdf.sans, "", 10)
    for index, answer in enumerate(OPEN):
        x, y = 16 + (index % 4) * 56, 44 + (index // 4) * 36
        pdf.set_fill_color(255, 244, 214)
        pdf.rect(x, y, 52, 30, style="F")
        pdf.set_xy(x + 2, y + 3)
        pdf.multi_cell(48, 5, answer, align="L")
    _menti_page(pdf, "How confident are you now?")
    pdf.set_font(pdf.sans, "", 13)
    for index, (statement, average) in enumerate(SCALES):
        y = 46 + index * 22
        pdf.set_xy(20, y)
        pdf.cell(80, 8, statement)
        pdf.set_fill_color(225, 230, 255)
        pdf.rect(110, y + 3, 100, 2, style="F")
        pdf.set_fill_color(80, 112, 255)
        pdf.circle(x=110 + (average - 1) * 25, y=y + 4, radius=3, style="F")
        pdf.set_xy(214, y)
        pdf.cell(20, 8, f"{average}")
    return pdf.output_bytes()


STORY = (
    "Oh no! Your team has been pulled inside a cloud game that keeps freezing. The game’s server is locked away "
    "in a data centre behind FOUR padlocks. Crack all four codes before the timer hits zero to get back to "
    "real life. You have 25 minutes. Good luck, gamers!"
)
RULES = [
    "Work in your team of four. Every puzzle opens one padlock.",
    "Write each code on your LOCK SHEET at the end.",
    "When you think you have a code, try it on the lockbox (or ask Ms Rahman to check).",
    "A hint card costs you 2 minutes!",
]
PUZZLE_1 = (
    "You live in Manchester. Add together the ping of every server a UK player could use without noticeable "
    "lag (under 100 ms). The total is your 3-digit code."
)
PINGS = [
    ["**Server**", "**Ping (ms)**"],
    ["London", "18"],
    ["Paris", "31"],
    ["New York", "85"],
    ["Tokyo", "240"],
    ["Sydney", "290"],
]
PUZZLE_2 = "Fill in each answer. The FIRST letters of the four answers spell the 4-letter code."
ACROSTIC = [
    "a) P _ _ _ _ _  loss: when some of the data sent across the internet never arrives, so the picture "
    "glitches or jumps",
    "b) I _ _ _ _  lag: the delay between pressing a button and seeing it happen on screen",
    "c) N _ _ _ _ _: the company whose cloud gaming service is called GeForce NOW",
    "d) G _ _: short for graphics processing unit – the chip on the server that draws every frame of the "
    "game",
]
PUZZLE_3 = "For each statement, TRUE = ↑ and FALSE = ↓. The five arrows in order are your code."
STATEMENTS = [
    "1. Cloud gaming needs a powerful graphics card in your own device.",
    "2. More bandwidth means more data can be sent each second.",
    "3. Lower latency is better for fast games.",
    "4. Frame rate is measured in Mbps.",
    "5. A wired connection usually has less latency than Wi-Fi.",
]
PUZZLE_4_INTRO = (
    "Cloud games run in data centres – huge buildings full of servers that run all day and night – and "
    "the closer you live to one, the lower your ping. A cloud game needs at least 10 Mbps."
)
PUZZLE_4 = (
    "Cross out any plan under 10 Mbps, then put the rest in order of ping, lowest first. The crossed-out plan "
    "goes last. The four colours in order are your code."
)
PLANS = [
    ["**Plan**", "**Speed**", "**Ping**"],
    ["RED", "10 Mbps", "40 ms"],
    ["BLUE", "50 Mbps", "15 ms"],
    ["GREEN", "100 Mbps", "90 ms"],
    ["YELLOW", "3 Mbps", "20 ms"],
]
LOCK_SHEET = [
    ["**Lock**", "**Type**", "**Code**", "**Checked ✓**"],
    ["1", "3-digit", "", ""],
    ["2", "4-letter word", "", ""],
    ["3", "Directional", "", ""],
    ["4", "Colour", "", ""],
]
CODES = [
    "Lock 1 (3-digit): 134 (18 + 31 + 85)",
    "Lock 2 (word): PING (Packet, Input, NVIDIA, GPU)",
    "Lock 3 (directional): ↓ ↑ ↑ ↓ ↑",
    "Lock 4 (colour): BLUE – RED – GREEN – YELLOW (yellow is under 10 Mbps)",
]
SETUP = [
    "Set the locks before the lesson and reset them between classes (default 000 / AAAA).",
    "One envelope per team: puzzles 1–4 and the lock sheet. Hint cards stay on your desk.",
    "Hint 1: Tokyo and Sydney are too far away.  Hint 2: c) is a company that makes graphics cards.",
    "Hint 3: frame rate is measured in fps.  Hint 4: YELLOW fails the 10 Mbps rule.",
]


def escape_room() -> bytes:
    document = f.new_docx(title="Escape the lag")
    document.styles["Normal"].font.name = "Arial"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Year 8 Computing – Cloud gaming\tLesson 3"
    section.footer.paragraphs[
        0
    ].text = "Ms Rahman – print on A4, one set per team of 4 – DO NOT print the last page!"
    f.para(document, "🔒 ESCAPE THE LAG! 🔒", size=24, bold=True)
    f.para(document, STORY)
    f.para(document, "How to play", bold=True)
    for number, rule in enumerate(RULES, start=1):
        f.para(document, f"{number}. {rule}")
    f.para(document, "PUZZLE 1 – 🔢 3-DIGIT LOCK: The ping test", size=14, bold=True)
    f.para(document, PUZZLE_1)
    f.table(document, PINGS)
    f.para(document, "PUZZLE 2 – 🔤 WORD LOCK: Four letters", size=14, bold=True)
    f.para(document, PUZZLE_2)
    for clue in ACROSTIC:
        f.para(document, clue)
    f.para(document, "PUZZLE 3 – ⬆️ DIRECTIONAL LOCK: True or false?", size=14, bold=True)
    f.para(document, PUZZLE_3)
    for statement in STATEMENTS:
        f.para(document, f"{statement}     ☐ ↑   ☐ ↓")
    f.para(document, "PUZZLE 4 – 🎨 COLOUR LOCK: Pick a plan", size=14, bold=True)
    f.para(document, PUZZLE_4_INTRO)
    f.para(document, PUZZLE_4)
    f.table(document, PLANS)
    for row, colour in zip(
        document.tables[-1].rows[1:], ("FF9999", "9DC3E6", "A9D18E", "FFE699"), strict=True
    ):
        f.cell_fill(row.cells[0], colour)
    f.para(document)
    f.para(document, "LOCK SHEET  –  Team name: ____________________", size=14, bold=True)
    f.table(document, LOCK_SHEET)
    document.add_page_break()
    f.para(document, "TEACHER ONLY – codes and set-up", size=16, bold=True)
    for line in CODES + [""] + SETUP:
        f.para(document, line)
    return f.docx_bytes(document)


FILES = {
    "Cloud gaming - Mentimeter results.pdf": menti_export,
    "Escape the lag - escape room.docx": escape_room,
}
