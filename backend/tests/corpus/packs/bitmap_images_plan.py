"""Held out. Year 8 bitmap images: the department's lesson-plan template, one Word table whose first column names
each row (Learning objectives, Success criteria as All/Most/Some, Starter (5 mins), Main, Plenary, Differentiation,
Key vocabulary as a comma list in one cell, Resources), with the school in the page header; and a deck whose slide
titles are questions ("What is a pixel?") answered in the body, a pixel-art grid of 0s and 1s and a "Your turn"
slide with its answers on the next one."""

from __future__ import annotations

from tests.corpus import formats as f

PLAN = [
    ["Unit / lesson", "Data Representation – Lesson 2 of 6: Bitmap images"],
    ["Class", "8Y3   (Tues P3, room IT2)        Date: 12/11        Teacher: JKH"],
    ["Learning objectives", "LO1: To understand how a bitmap image is made from pixels\n"
                            "LO2: To explain how resolution and colour depth affect image quality and file size\n"
                            "LO3: To calculate the file size of a bitmap image"],
    ["Success criteria", "All: I can describe what a pixel is\n"
                         "Most: I can explain how colour depth changes the number of colours in an image\n"
                         "Some: I can calculate the file size of an image in bits and bytes"],
    ["Starter (5 mins)", "Do Now on slide 2 – zoom in on a photo until you see squares. Take 2-3 answers, cold call."],
    ["Main", "1. Slides 3-8: pixel, bitmap, resolution, colour depth, file size, metadata. Students copy the "
             "answers to each question into books.\n"
             "2. Pixel art: students draw an 8 x 8 smiley on grid paper in 1-bit colour (0 = white, 1 = black), then "
             "write the binary for each row under it.\n"
             "3. Swap binary with a partner and decode each other's picture.\n"
             "4. Your turn slide – file size questions 1-4, self-mark from the answers slide."],
    ["Plenary", "Mini whiteboards: hold up how many colours 2 bits can make. Back to the LOs – thumbs up/middle/down."],
    ["Differentiation", "Support: printed grid with row numbers for KM and RT; key word mat.\n"
                        "Stretch: Extension – how many colours can 24-bit colour show?\n"
                        "Seating: JB to sit at the front for the pixel art."],
    ["Key vocabulary", "pixel, bitmap, resolution, colour depth, file size, metadata"],
    ["Resources", "Y8 Data Rep L2.pptx, grid paper (A4, 1 cm), mini whiteboards + pens, "
                  "Teams > Computing Y8 > Files > Data Rep"],
    ["Homework", "Seneca – Bitmap images assignment, due next lesson"],
]
SMILEY = [
    "00111100",
    "01000010",
    "10100101",
    "10000001",
    "10100101",
    "10011001",
    "01000010",
    "00111100",
]


def lesson_plan() -> bytes:
    document = f.new_docx(title="Lesson Plan Template v3")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Northfield Academy – Computing Department"
    section.footer.paragraphs[0].text = "Lesson plan template – updated Sept 2024 – JKH"
    f.para(document, "COMPUTING LESSON PLAN", size=16, bold=True)
    f.table(document, [[f"**{label}**", text] for label, text in PLAN])
    f.para(document, "")
    f.para(document, "Reflection (after the lesson): ")
    return f.docx_bytes(document)


def slides() -> bytes:
    deck = f.new_pptx(title="Y8 Data Rep L2")
    f.title_slide(deck, "Bitmap Images", "Data Representation – Lesson 2 of 6")
    f.content_slide(deck, "Do Now", ["Zoom in on the photo on your screen until you see squares.",
                                     "What do you notice?", "Why do you think this happens?"],
                    notes="Cold call 2-3. Don't give the answer yet.")
    f.content_slide(deck, "What is a pixel?", [
        "A pixel is the smallest single dot of colour in an image",
        "The word comes from ‘picture element’",
    ])
    f.content_slide(deck, "What is a bitmap image?", [
        "An image made up of a grid of pixels, where the colour of each pixel is stored as a binary number",
        "Photos from a phone camera are bitmaps (.bmp, .png, .jpg)",
    ])
    f.content_slide(deck, "What is resolution?", [
        "The number of pixels in an image, written as width x height",
        "  e.g. 1920 x 1080",
        "Higher resolution = more detail, but a bigger file",
    ])
    f.content_slide(deck, "What is colour depth?", [
        "The number of bits used to store the colour of each pixel",
        "  1 bit → 2 colours (black and white)",
        "  2 bits → 4 colours",
        "  8 bits → 256 colours",
        "More bits = more colours, but a bigger file",
    ])
    f.content_slide(deck, "How big is the file?", [
        "File size is the amount of storage space the image takes up",
        "File size (bits) = width x height x colour depth",
        "Divide by 8 to get bytes",
        "  e.g. an 8 x 8 image in 1-bit colour = 64 bits = 8 bytes",
    ])
    f.content_slide(deck, "What is metadata?", [
        "Metadata is data about the image that is stored in the file with it",
        "  e.g. width, height, colour depth, date taken, location",
        "Without it the computer would not know how to show the pixels",
    ])
    art = f.titled_slide(deck, "Pixel art")
    f.slide_table(art, [list(row) for row in SMILEY], left=2.5, top=1.4, width=5, row_height=0.6)
    f.text_box(art, "0 = white     1 = black", left=3, top=6.4, width=4, size=20, bold=True)
    f.content_slide(deck, "Your turn", [
        "1. How many colours can a colour depth of 3 bits show?",
        "2. An image is 4 x 4 pixels in 1-bit colour. What is its file size in bits?",
        "3. An image is 10 x 10 pixels with a colour depth of 2 bits. What is its file size in bits?",
        "4. Why does increasing the resolution make the file bigger?",
        "Extension: how many colours can 24-bit colour show?",
    ])
    f.content_slide(deck, "Answers", [
        "1. 8 colours",
        "2. 16 bits",
        "3. 200 bits",
        "4. There are more pixels, and every pixel needs bits to store its colour",
    ])
    return f.pptx_bytes(deck)


FILES = {
    "Y8 Lesson 2 - Bitmap images - LESSON PLAN.docx": lesson_plan,
    "Y8 Data Rep L2.pptx": slides,
}
