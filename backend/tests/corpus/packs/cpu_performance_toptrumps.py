"""Held out. A Year 10 GCSE PowerPoint on CPU performance in the default layouts (a "Do Now" answered in the notes,
a numbered "Learning objectives" slide, an "Inside a quad-core CPU" diagram of grey, blue, green and yellow shapes
whose only words are the numbered labels "① Core", "② Cache" and "③ Clock" with arrows, their meanings in a separate
"KEY" text box under it numbered ① to ③ without the words, a clock-speed slide with the word bold in a sentence and
"1 GHz (gigahertz) = …" as a sub-point, a "Two Content" cores slide whose key word is defined only in the speaker
notes, a cache slide of L1/L2/L3 sub-points, a "Which is faster?" table of two CPUs and their benchmark scores, an
exam question and an exit ticket answered in the notes), a Word "CPU Top Trumps" card set (a department line,
print-and-cut instructions, numbered "How to play" rules, a "Stat | What it means | Winning card" table defining two
words inside the stat explanations, then after a page break nine CPU cards as a 3x3 table, each a bold name over
"Stat: value" lines, a small-print source note) and the chat of the live Teams lesson copied into a .txt ("[09:19]
Name" lines over messages, "(Staff)" after the teacher's name, emoji, pupils' questions answered so that two more
words are defined only in the teacher's chat replies, a Seneca homework link)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe how clock speed affects the performance of a CPU",
    "Explain how the number of cores affects performance",
    "Explain how the size of the cache affects performance",
    "Evaluate which CPU is best for a given user",
]


def deck() -> bytes:
    p = f.new_pptx(title="CPU Performance")
    f.title_slide(p, "CPU Performance", "What makes one CPU faster than another?\nGCSE 1.1 Systems architecture – "
                  "Lesson 4")
    f.content_slide(p, "Do Now (5 mins, silent)", [
        "1. What does the ALU do?",
        "2. Which register holds the address of the next instruction?",
        "3. What happens in the decode stage of the FDE cycle?",
        "4. Why does the CPU need RAM?",
    ], notes="Answers: 1 arithmetic and logic calculations / comparisons. 2 program counter. 3 the CU works out "
             "what the instruction means. 4 to hold the programs and data currently in use. Cold call, no hands up.")
    f.content_slide(p, "Learning objectives", [f"{n}. {o}" for n, o in enumerate(OBJECTIVES, start=1)],
                    notes="Read out, don't copy – they're on the Teams assignment.")
    slide = f.titled_slide(p, "Inside a quad-core CPU")
    f.shape_box(slide, "", left=0.4, top=1.6, width=5.2, height=4.4, kind="RECTANGLE", fill="BFBFBF")
    for index, (x, y) in enumerate([(0.7, 1.9), (3.2, 1.9), (0.7, 3.5), (3.2, 3.5)]):
        f.shape_box(slide, f"{index + 1}", left=x, top=y, width=2.1, height=1.3, kind="RECTANGLE", fill="4472C4",
                    size=12)
    f.shape_box(slide, "", left=0.7, top=5.0, width=4.6, height=0.7, kind="RECTANGLE", fill="70AD47")
    f.shape_box(slide, "", left=6.0, top=5.1, width=0.8, height=0.8, kind="OVAL", fill="FFC000")
    f.text_box(slide, "① Core", left=6.0, top=1.7, width=1.6, height=0.4, size=14, bold=True)
    f.arrow(slide, start=(6.0, 1.9), end=(5.3, 2.4))
    f.text_box(slide, "② Cache", left=6.0, top=4.2, width=1.6, height=0.4, size=14, bold=True)
    f.arrow(slide, start=(6.0, 4.5), end=(5.3, 5.3))
    f.text_box(slide, "③ Clock", left=6.9, top=5.2, width=1.4, height=0.4, size=14, bold=True)
    f.text_box(slide, "KEY\n"
               "①  A separate processing unit inside the CPU. Each one can fetch, decode and execute its own "
               "instructions.\n"
               "②  A small amount of very fast memory on the CPU chip. It holds the data and instructions used most "
               "often, so the CPU does not have to wait for RAM.\n"
               "③  Sends out a steady stream of electrical pulses. On each pulse the CPU carries out one step of "
               "the FDE cycle.", left=0.4, top=6.1, width=9.2, height=1.3, size=10)
    f.marked_content_slide(p, "Clock speed", [
        "**Clock speed** is the number of cycles the CPU carries out every second",
        "It is measured in hertz (Hz)",
        "  1 GHz (gigahertz) = 1 billion cycles per second",
        "  A 3.6 GHz CPU → 3.6 billion cycles every second",
        "Higher clock speed → more instructions per second → faster",
        "BUT: faster clock = more heat 🔥",
    ])
    f.two_content_slide(p, "Cores", [
        "More cores = more instructions processed at the same time",
        "Dual-core = 2, quad-core = 4, octa-core = 8",
        "Great for multitasking – e.g. gaming while streaming",
    ], [
        "BUT 4 cores ≠ 4 × as fast",
        "The program has to be written to split its work up",
        "Some tasks must be done in order, one step after another",
        "Cores have to spend time talking to each other",
    ], notes="Parallel processing is the key word here – it's when several cores each work on a different part "
             "of a task at the same time. Make sure they write it down. Analogy: 4 people building one Lego set.")
    f.content_slide(p, "Cache", [
        "Cache is much faster than RAM – but very expensive, so there isn't much of it",
        "More cache → more of what the CPU needs is close by → less waiting for RAM",
        "Levels:",
        "  L1 – smallest and fastest, inside each core",
        "  L2 – bigger, a bit slower",
        "  L3 – biggest, shared by all the cores",
    ])
    slide = f.titled_slide(p, "Which is faster?")
    f.slide_table(slide, [
        ["", "CPU A", "CPU B"],
        ["Clock speed", "3.0 GHz", "4.2 GHz"],
        ["Cores", "8", "2"],
        ["Cache", "16 MB", "4 MB"],
        ["Benchmark score", "21 800", "9 400"],
    ], left=1.0, top=1.8, width=8.0)
    f.text_box(slide, "Discuss with your partner: CPU B has the higher clock speed. Why does CPU A win?",
               left=1.0, top=5.0, width=8.0, height=0.8, size=16)
    f.content_slide(p, "Exam question", [
        "Priya wants a new laptop for video editing.",
        "Explain two characteristics of a CPU that would improve the laptop's performance. [4]",
    ], notes="1 mark per characteristic, 1 for the explanation: more cores – more instructions at once / render "
             "while editing; higher clock speed – more instructions per second; larger cache – more data kept "
             "close to the CPU, fewer trips to RAM. Max 4.")
    f.content_slide(p, "Exit ticket", [
        "1. What unit is clock speed measured in?",
        "2. Why might a quad-core CPU not be four times faster than a single-core CPU?",
        "3. Why is it faster to get data from cache than from RAM?",
    ], notes="1 hertz / GHz. 2 not all programs can split their work between cores / some tasks must be done in "
             "order. 3 cache is on the CPU chip and is made of faster memory.")
    return f.pptx_bytes(p)


CARDS = [
    ("Intel Core i3-12100", "3.3 GHz", "4", "12 MB", "12 900", "60 W", "£95"),
    ("Intel Core i5-13400", "2.5 GHz", "10", "20 MB", "25 400", "65 W", "£190"),
    ("Intel Core i9-13900K", "3.0 GHz", "24", "36 MB", "59 700", "125 W", "£520"),
    ("AMD Ryzen 5 5600", "3.5 GHz", "6", "32 MB", "21 500", "65 W", "£115"),
    ("AMD Ryzen 7 7800X3D", "4.2 GHz", "8", "96 MB", "34 500", "120 W", "£360"),
    ("AMD Ryzen 9 7950X", "4.5 GHz", "16", "64 MB", "62 800", "170 W", "£550"),
    ("Apple M2", "3.5 GHz", "8", "24 MB", "25 100", "20 W", "—"),
    ("Raspberry Pi 4 (BCM2711)", "1.8 GHz", "4", "1 MB", "1 100", "6 W", "£35*"),
    ("Intel Pentium 4 (2004)", "3.4 GHz", "1", "1 MB", "450", "89 W", "museum!"),
]


def top_trumps() -> bytes:
    d = f.new_docx(title="CPU Top Trumps")
    d.styles["Normal"].font.name = "Calibri"
    f.para(d, "Oakfield Academy – Computer Science Department", size=9)
    d.add_heading("CPU Top Trumps", level=1)
    f.para(d, "Year 10 – Systems Architecture. Print onto card (A4, 200gsm), cut out and laminate. One set per "
              "group of 3–4.")
    d.add_heading("How to play", level=2)
    for rule in [
        "Deal all the cards face down. Everyone holds their pile and looks only at their top card.",
        "The player left of the dealer reads out one stat from their top card, e.g. “Cores: 10”.",
        "Everyone reads the same stat from their top card. Highest wins (lowest wins for TDP and price!).",
        "The winner takes all the top cards and puts them at the bottom of their pile.",
        "A draw? The cards go in the middle and the winner of the next round takes them.",
        "Win by collecting every card – or whoever has most when Mr Okafor calls time.",
    ]:
        f.para(d, rule, style="List Number")
    d.add_heading("What do the stats mean?", level=2)
    f.table(d, [
        ["**Stat**", "**What it means**", "**Winning card**"],
        ["Clock speed (GHz)", "Base speed of the clock: billions of cycles per second", "Highest"],
        ["Cores", "How many cores the chip has", "Highest"],
        ["Cache (MB)", "Total of the L2 and L3 cache on the chip", "Highest"],
        ["Benchmark score", "The result of a benchmark: a test program that runs exactly the same tasks on "
                            "every CPU so their performance can be compared fairly", "Highest"],
        ["TDP (W)", "Thermal design power – the amount of heat the CPU gives off when it is working hard, which "
                    "the cooling system has to get rid of. Measured in watts.", "Lowest"],
        ["Price", "Roughly what it cost new (2024)", "Lowest"],
    ])
    paragraph = d.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    rows = []
    for start in range(0, len(CARDS), 3):
        rows.append([
            f"**{name}**\nClock speed: {clock}\nCores: {cores}\nCache: {cache}\nBenchmark score: {bench}\n"
            f"TDP: {tdp}\nPrice: {price}" for name, clock, cores, cache, bench, tdp, price in CARDS[start:start + 3]
        ])
    f.table(d, rows)
    note = f.para(d, "* Whole computer! Benchmark scores are multi-core scores rounded to the nearest 100, from "
                     "cpubenchmark.net (Oct 2024) – near enough for the game.")
    for run in note.runs:
        run.font.size = Pt(8)
    return f.docx_bytes(d)


CHAT = "\n".join([
    "Meeting chat – 10C/Cs1 Computer Science (live lesson)",
    "Tuesday 3 November",
    "",
    "[09:01] Okafor, Daniel (Staff)",
    "Morning 10C 👋 mics off please, cameras optional. Do Now is on the screen, 5 mins.",
    "",
    "[09:02] Amelia Hart",
    "morning sir",
    "",
    "[09:02] Josh Bennett",
    "morning",
    "",
    "[09:06] Okafor, Daniel (Staff)",
    "Answers in the chat please for Q2 – which register?",
    "",
    "[09:06] Amelia Hart",
    "program counter",
    "",
    "[09:06] Leo Marsh",
    "PC",
    "",
    "[09:07] Okafor, Daniel (Staff)",
    "👍 both right",
    "",
    "[09:19] Tom Reid",
    "sir what is overclocking my brother does it on his pc",
    "",
    "[09:20] Okafor, Daniel (Staff)",
    "Great question Tom. Overclocking is setting a CPU to run at a higher clock speed than the "
    "manufacturer rated it for. You get more speed, but more heat – and it can make the computer crash "
    "or wear the CPU out sooner.",
    "",
    "[09:21] Tom Reid",
    "ok thanks",
    "",
    "[09:23] Maisie Clarke",
    "whats the metal thing with the fins on top of the cpu called",
    "",
    "[09:24] Okafor, Daniel (Staff)",
    "That's a heat sink – a block of metal that soaks up heat from the CPU and spreads it out into the "
    "air so the CPU doesn't overheat. There's usually a fan on top of it too.",
    "",
    "[09:24] Josh Bennett",
    "is my phone multi core",
    "",
    "[09:25] Okafor, Daniel (Staff)",
    "Almost certainly – most phones are octa-core (8 cores) now.",
    "",
    "[09:31] Leo Marsh",
    "sir my internet cut out what slide are we on",
    "",
    "[09:31] Okafor, Daniel (Staff)",
    'Slide 8, "Which is faster?" – have a go at the discussion question in the chat',
    "",
    "[09:33] Leo Marsh",
    "A because it has more cores and cache so it can do more at once",
    "",
    "[09:34] Okafor, Daniel (Staff)",
    "Spot on Leo.",
    "",
    "[09:52] Okafor, Daniel (Staff)",
    'Homework: Seneca assignment "1.1.3 Performance" – due Friday. '
    'https://app.senecalearning.com/classroom/class/10c-cs1/assignments',
    "Top Trumps next lesson when we're back in school 🃏",
    "",
    "[09:53] Amelia Hart",
    "thank you sir",
    "",
    "[09:53] Maisie Clarke",
    "thank you",
    "",
])


def chat() -> bytes:
    return CHAT.encode("utf-8")


FILES = {
    "L4 CPU performance.pptx": deck,
    "CPU Top Trumps cards.docx": top_trumps,
    "10C live lesson chat 3 Nov.txt": chat,
}
