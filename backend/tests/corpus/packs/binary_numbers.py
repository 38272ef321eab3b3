"""Year 8 binary: a timed lesson plan (a Time | Activity | Resources table under a bold home-made header, with a
real objectives list and success criteria) and the slides the plan refers to."""

from __future__ import annotations

from tests.corpus import formats as f

TIMINGS = [
    ["Time", "Activity", "Resources"],
    ["0-5 mins", "Starter: Do Now – what number comes after 9? After 99? Discuss why we ‘carry’.", "Slide 2"],
    ["5-15", "Teacher explains place value in denary, then in binary (slides 3-6). Students copy the place value "
             "table into their books.", "Slides, mini whiteboards"],
    ["15-30", "Binary cards activity – students in groups of 5 make numbers with the cards", "Binary cards (1 set "
              "per group)"],
    ["30-45", "Worksheet: binary to denary conversions Q1-10.\nExtension: denary to binary Q11-15", "Worksheet"],
    ["45-50", "Plenary – hinge question on mini whiteboards: what is 1010 in denary?", "MWB"],
]


def lesson_plan() -> bytes:
    document = f.new_docx(title="Lesson plan template 2023-24")
    f.para(document, "Lesson 3 – Binary to Denary", size=16, bold=True)
    f.para(document, "Class: 8C2        Teacher: Mr Patel        Date: 14/11")
    f.para(document, "Learning objectives", bold=True)
    for objective in ["Explain why computers use binary",
                      "Convert 8-bit binary numbers into denary",
                      "Convert denary numbers up to 255 into binary"]:
        f.para(document, objective, style="List Bullet")
    f.para(document, "Success criteria", bold=True)
    for criterion in ["I can count to 15 in binary", "I can convert a binary number to denary using place values"]:
        f.para(document, criterion, style="List Bullet")
    f.para(document, "")
    f.table(document, TIMINGS)
    f.para(document, "")
    f.para(document, "Key words: binary, denary, bit, byte, place value")
    f.para(document, "Homework: Binary birthday card – write your age (and your family’s ages) in binary")
    return f.docx_bytes(document)


def slides() -> bytes:
    deck = f.new_pptx(title="Binary to Denary")
    f.title_slide(deck, "Binary to Denary", "Lesson 3")
    f.content_slide(deck, "Do Now", ["What number comes after 9?", "What number comes after 99?",
                                     "What happens to the digits?"])
    f.content_slide(deck, "Key words", [
        "Binary – a number system that only uses 0s and 1s (base 2)",
        "Denary – the number system we normally use, with digits 0-9 (base 10)",
        "Bit – a single binary digit, 0 or 1",
        "Byte – a group of 8 bits",
        "Place value – the value a digit has because of its position",
    ])
    values = f.titled_slide(deck, "Binary place values")
    f.slide_table(values, [["128", "64", "32", "16", "8", "4", "2", "1"],
                           ["0", "0", "0", "0", "1", "0", "1", "0"]], left=0.5, top=2, width=9)
    f.text_box(values, "8 + 2 = 10", left=3.5, top=3.6, width=3, size=28, bold=True)
    f.content_slide(deck, "Why binary?", [
        "Computers are made of billions of tiny switches called transistors",
        "A switch is either on (1) or off (0)",
    ])
    return f.pptx_bytes(deck)


FILES = {
    "Binary lesson plan.docx": lesson_plan,
    "Binary slides.pptx": slides,
}
