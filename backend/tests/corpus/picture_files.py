"""Pictures for the corpus packs, over Pillow: slides of words, sketches, screenshots of tables."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw, ImageFont

from tests.corpus.same_bytes import DEJAVU


def font(size: int, *, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    path = DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if path.exists():
        return ImageFont.truetype(str(path), size)
    return ImageFont.load_default(size=size)


def picture_png(lines: list[str], *, width: int = 1600, height: int = 900, size: int = 44,
                background: str = "#fff6d5") -> bytes:
    """A picture of words, as a teacher pastes a screenshot or a made-in-Canva graphic: "**line**" is bold."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle([20, 20, width - 21, height - 21], outline="#1f3b73", width=6)
    y = 70
    for line in lines:
        bold = line.startswith("**") and line.endswith("**")
        text = line.strip("*")
        if text:
            draw.text((80, y), text, fill="#1f3b73" if bold else "#111111", font=font(size + 8 if bold else size,
                                                                                       bold=bold))
        y += int(size * 1.6)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()



def sketch_png(shapes: list[tuple[str, tuple[int, int, int, int], str]], *, width: int = 600, height: int = 450,
               background: str = "#ffffff") -> bytes:
    """A clip-art picture without words, as a teacher pastes beside a key word: each shape is (kind, box,
    colour), `kind` one of "rect", "ellipse", "arc" (the top half of the box, as Wi-Fi waves) or "line"."""
    image = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(image)
    for kind, (x0, y0, x1, y1), colour in shapes:
        if kind == "rect":
            draw.rounded_rectangle([x0, y0, x1, y1], radius=18, fill=colour, outline="#333333", width=4)
        elif kind == "ellipse":
            draw.ellipse([x0, y0, x1, y1], fill=colour, outline="#333333", width=4)
        elif kind == "arc":
            draw.arc([x0, y0, x1, y1], start=200, end=340, fill=colour, width=10)
        else:
            draw.line([x0, y0, x1, y1], fill=colour, width=8)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def table_png(rows: list[list[str]], *, widths: list[int], size: int = 26, header: str = "#4f81bd",
              stripe: str = "#dce6f1") -> bytes:
    """A screenshot of a table (a Word or Excel table snipped and pasted onto a slide): the first row is a
    coloured header, the rest striped; each cell wraps its words to its column `widths` (pixels)."""
    body = font(size)
    lines = []
    for cells in rows:
        wrapped = []
        for text, width in zip(cells, widths, strict=True):
            words, line, out = text.split(), "", []
            for word in words:
                trial = f"{line} {word}".strip()
                if line and body.getlength(trial) > width - 24:
                    out.append(line)
                    line = word
                else:
                    line = trial
            wrapped.append([*out, line])
        lines.append(wrapped)
    row_heights = [max(len(cell) for cell in row) * int(size * 1.35) + 20 for row in lines]
    image = Image.new("RGB", (sum(widths) + 2, sum(row_heights) + 2), "#ffffff")
    draw = ImageDraw.Draw(image)
    y = 0
    for number, (row, height) in enumerate(zip(lines, row_heights, strict=True)):
        x = 0
        fill = header if number == 0 else (stripe if number % 2 == 0 else "#ffffff")
        for cell, width in zip(row, widths, strict=True):
            draw.rectangle([x, y, x + width, y + height], fill=fill, outline="#7f7f7f", width=2)
            for index, text in enumerate(cell):
                draw.text((x + 12, y + 10 + index * int(size * 1.35)), text,
                          fill="#ffffff" if number == 0 else "#111111", font=font(size, bold=number == 0))
            x += width
        y += height
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()
