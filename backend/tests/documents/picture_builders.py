"""Lesson files whose words are in pictures, as teachers make them: a graphic made in another program and pasted
onto a slide, a scanned worksheet pasted into Word, a PDF page that is one scanned image. The pictures are drawn
here with Pillow in DejaVu Sans, large and clear (tests.corpus.formats.picture_png)."""

from __future__ import annotations

import io
import random
import struct
import warnings
import zlib

from docx.shared import Inches
from PIL import Image, ImageDraw, ImageFilter

from tests.corpus import formats as f

# A picture of two abbreviations and what they mean, the way a "made in Canva" slide shows them.
ABBREVIATIONS = [
    "**CPU (Central Processing Unit)**",
    "Carries out the instructions of a program.",
    "",
    "**GPU (Graphics Processing Unit)**",
    "Draws the images that are shown on the screen.",
]
# A picture of a glossary, under a slide titled "Key words".
GLOSSARY = [
    "Motherboard – the main circuit board inside a computer",
    "Heat sink – a metal part that keeps the CPU cool",
]
# Words in a scanned worksheet.
WORKSHEET = [
    "**Storage devices**",
    "Solid state drive – storage that uses flash memory",
    "Optical disc – storage that is read with a laser",
]


def picture_slides(*, pictures: int = 2) -> bytes:
    """A title slide, then slides whose words are only in a picture: slide 2 has no title at all, slide 3 only
    the title "Key words"; more picture-only slides when `pictures` asks for them."""
    deck = f.new_pptx()
    f.title_slide(deck, "Inside a computer", "Year 8 Computing")
    blank = f.blank_slide(deck)
    f.picture(blank, f.picture_png(ABBREVIATIONS), left=0.4, top=0.6, width=9.2)
    if pictures >= 2:
        titled = f.titled_slide(deck, "Key words")
        f.picture(titled, f.picture_png(GLOSSARY, height=500), left=0.4, top=1.6, width=9.2)
    for _extra in range(pictures - 2):
        more = f.blank_slide(deck)
        f.picture(more, f.picture_png(ABBREVIATIONS), left=0.4, top=0.6, width=9.2)
    return f.pptx_bytes(deck)


def busy_slide_with_a_picture() -> bytes:
    """A slide full of text with a picture beside it: its words are already there, so the picture is not read."""
    deck = f.new_pptx()
    slide = f.content_slide(deck, "Inside a computer", [
        "The CPU carries out the instructions of a program",
        "The GPU draws the images that are shown on the screen",
        "The motherboard is the main circuit board inside a computer",
        "A heat sink is a metal part that keeps the CPU cool",
        "Storage keeps data when the computer is switched off",
    ])
    f.picture(slide, f.picture_png(ABBREVIATIONS), left=5.5, top=4.5, width=4)
    return f.pptx_bytes(deck)


def scanned_worksheet_docx() -> bytes:
    """A Word document that is a title and a scanned page pasted in as a picture."""
    document = f.new_docx()
    f.para(document, "Storage – worksheet", size=16, bold=True)
    document.add_picture(io.BytesIO(f.picture_png(WORKSHEET, height=600)), width=Inches(6))
    return f.docx_bytes(document)


def scanned_pdf() -> bytes:
    """A PDF whose only page is a scanned picture of a worksheet."""
    pdf = f.Pdf()
    pdf.add_page()
    image = Image.open(io.BytesIO(f.picture_png(WORKSHEET, height=600)))
    pdf.image(image, x=10, y=10, w=190)
    return pdf.output_bytes()


def photo_jpeg() -> bytes:
    """A photo with no words in it (coloured shapes and lines, a little blurred), as a JPEG."""
    shapes = random.Random(3)
    image = Image.new("RGB", (1600, 900), "#88aacc")
    draw = ImageDraw.Draw(image)
    for _ in range(300):
        x, y = shapes.randint(0, 1600), shapes.randint(0, 900)
        colour = tuple(shapes.randint(0, 255) for _ in range(3))
        draw.rectangle([x, y, x + shapes.randint(5, 120), y + shapes.randint(5, 60)], fill=colour)
    for _ in range(100):
        draw.line([shapes.randint(0, 1600), shapes.randint(0, 900), shapes.randint(0, 1600), shapes.randint(0, 900)],
                  fill="black", width=3)
    out = io.BytesIO()
    image.filter(ImageFilter.GaussianBlur(1)).save(out, "JPEG")
    return out.getvalue()


def photo_slide() -> bytes:
    """A slide titled "Inside a computer" that is a photo with no words in it."""
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Inside a computer")
    f.picture(slide, photo_jpeg(), left=0.5, top=1.5, width=9)
    return f.pptx_bytes(deck)


def pixel_bomb_png(side: int = 13_000) -> bytes:
    """A tiny PNG whose header claims side x side pixels (169 million by default): an adversary's picture that
    would take gigabytes to decode. Made from a real small PNG with its IHDR size forged and its CRC put right."""
    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, "PNG")
    data = bytearray(out.getvalue())
    data[16:24] = struct.pack(">II", side, side)  # IHDR: width, height
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))  # the chunk's type and data, then its CRC
    return bytes(data)


def pixel_bomb_slide() -> bytes:
    """A slide with a title and nothing but a picture that claims to be enormous."""
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "Storage devices")
    with warnings.catch_warnings():  # python-pptx asks Pillow for the size, which warns about such pictures
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        f.picture(slide, pixel_bomb_png(), left=0.5, top=1.5, width=9)
    return f.pptx_bytes(deck)
