"""How the corpus packs make their files: small helpers over python-docx, python-pptx, fpdf2 and Pillow.

Every helper returns plain bytes, the same bytes every run: Office files are zips whose members carry the time
they were written, so `fixed_zip` rewrites them with one fixed time, and PDFs get a fixed creation date.
Text is written as the teacher typed it (dashes, "•" typed by hand, bold runs), never shaped for the reader.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.shared import Pt
from docx.text.paragraph import Paragraph
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.xmlchemy import OxmlElement
from pptx.presentation import Presentation as PptxPresentation
from pptx.slide import Slide
from pptx.util import Inches
from pptx.util import Pt as PptPt

FIXED_TIME = (2024, 9, 2, 8, 30, 0)  # the first day of a school year; any fixed time would do
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
# "**bold**" in a helper's text becomes a bold run: teachers bold the key word inside a sentence.
BOLD = re.compile(r"\*\*(.+?)\*\*")

# Slide layouts of python-pptx's default template.
TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 0, 1, 5, 6


def fixed_zip(data: bytes) -> bytes:
    """The same zip with every member stamped with FIXED_TIME, so a file is byte-for-byte the same each run."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(fixed, source.read(info))
    return out.getvalue()


# Word ---------------------------------------------------------------------------------------------------------

def new_docx(*, title: str | None = None) -> DocxDocument:
    document = docx.Document()
    document.core_properties.title = title or ""
    document.core_properties.author = "Teacher"
    document.core_properties.created = dt.datetime(*FIXED_TIME)
    document.core_properties.modified = dt.datetime(*FIXED_TIME)
    return document


def docx_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def add_marked_runs(paragraph: Paragraph, text: str, *, size: float | None = None, font: str | None = None) -> None:
    """Add `text` to the paragraph, "**word**" parts as bold runs."""
    for index, part in enumerate(BOLD.split(text)):
        if not part:
            continue
        run = paragraph.add_run(part)
        run.bold = index % 2 == 1 or None
        if size:
            run.font.size = Pt(size)
        if font:
            run.font.name = font


def para(document: DocxDocument, text: str = "", *, style: str | None = None, size: float | None = None,
         bold: bool = False) -> Paragraph:
    """One paragraph as typed: "**…**" marks bold runs; `bold` makes the whole line bold (a home-made heading)."""
    paragraph = document.add_paragraph(style=style)
    add_marked_runs(paragraph, f"**{text}**" if bold and text else text, size=size)
    return paragraph


def code_lines(target: DocxDocument, code: str, *, font: str = "Courier New") -> None:
    """Code pasted into Word: one paragraph per line in a monospace font."""
    for line in code.splitlines():
        paragraph = target.add_paragraph()
        run = paragraph.add_run(line)
        run.font.name = font
        run.font.size = Pt(10)


def table(document: DocxDocument, rows: list[list[str]], *, style: str | None = "Table Grid") -> None:
    """A Word table; a cell's "\\n" starts a new paragraph in that cell, "**…**" marks bold runs."""
    columns = max(len(row) for row in rows)
    made = document.add_table(rows=len(rows), cols=columns)
    if style:
        made.style = style
    for row, cells in zip(made.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=False):
            lines = text.split("\n")
            add_marked_runs(cell.paragraphs[0], lines[0])
            for line in lines[1:]:
                add_marked_runs(cell.add_paragraph(), line)


# PowerPoint ---------------------------------------------------------------------------------------------------

def new_pptx(*, title: str | None = None) -> PptxPresentation:
    presentation = Presentation()
    presentation.core_properties.title = title or ""
    presentation.core_properties.author = "Teacher"
    presentation.core_properties.created = dt.datetime(*FIXED_TIME)
    presentation.core_properties.modified = dt.datetime(*FIXED_TIME)
    presentation.core_properties.last_modified_by = "Teacher"
    presentation.core_properties.revision = 3
    return presentation


def pptx_bytes(presentation: PptxPresentation) -> bytes:
    buffer = io.BytesIO()
    presentation.save(buffer)
    return fixed_zip(buffer.getvalue())


def title_slide(presentation: PptxPresentation, title: str, subtitle: str = "") -> Slide:
    slide = presentation.slides.add_slide(presentation.slide_layouts[TITLE_SLIDE])
    slide.shapes.title.text = title
    if subtitle:
        slide.placeholders[1].text = subtitle
    return slide


def content_slide(presentation: PptxPresentation, title: str, lines: Iterable[str], *, notes: str = "") -> Slide:
    """A title and a body placeholder; a line starting with two spaces is a sub-point (level 1)."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[TITLE_AND_CONTENT])
    slide.shapes.title.text = title
    frame = slide.placeholders[1].text_frame
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line.strip()
        paragraph.level = 1 if line.startswith("  ") else 0
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def titled_slide(presentation: PptxPresentation, title: str) -> Slide:
    slide = presentation.slides.add_slide(presentation.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = title
    return slide


def blank_slide(presentation: PptxPresentation) -> Slide:
    return presentation.slides.add_slide(presentation.slide_layouts[BLANK])


def text_box(slide: Slide, text: str, *, left: float, top: float, width: float = 4, height: float = 1,
             size: float = 18, bold: bool = False, font: str | None = None) -> None:
    """A free text box (inches); each line of `text` is a paragraph."""
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(width), Inches(height))
    frame = box.text_frame
    frame.word_wrap = True
    for index, line in enumerate(text.splitlines()):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = PptPt(size)
        run.font.bold = bold or None
        if font:
            run.font.name = font


def slide_table(slide: Slide, rows: list[list[str]], *, left: float, top: float, width: float,
                row_height: float = 0.5) -> None:
    shape = slide.shapes.add_table(len(rows), len(rows[0]), Inches(left), Inches(top), Inches(width),
                                   Inches(row_height * len(rows)))
    for row, cells in zip(shape.table.rows, rows, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text


def picture(slide: Slide, png: bytes, *, left: float, top: float, width: float) -> None:
    slide.shapes.add_picture(io.BytesIO(png), Inches(left), Inches(top), width=Inches(width))


def shape_box(slide: Slide, text: str, *, left: float, top: float, width: float = 3, height: float = 1,
              kind: str = "ROUNDED_RECTANGLE", fill: str = "4472C4", color: str = "FFFFFF", size: float = 16,
              bold: bool = False) -> None:
    """A coloured auto shape with words in it (inches), as SmartArt-like diagrams are drawn by hand: `kind` names
    an MSO_SHAPE ("ROUNDED_RECTANGLE", "RECTANGULAR_CALLOUT", …), `fill` and `color` are hex colours."""
    shape = slide.shapes.add_shape(getattr(MSO_SHAPE, kind), Inches(left), Inches(top), Inches(width),
                                   Inches(height))
    shape.fill.solid()
    shape.fill.fore_color.rgb = RGBColor.from_string(fill)
    frame = shape.text_frame
    frame.word_wrap = True
    for index, line in enumerate(text.splitlines()):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = PptPt(size)
        run.font.bold = bold or None
        run.font.color.rgb = RGBColor.from_string(color)


def arrow(slide: Slide, *, start: tuple[float, float], end: tuple[float, float], color: str = "7F7F7F") -> None:
    """A straight connector line from `start` to `end` (inches) with an arrowhead at `end`."""
    line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(start[0]), Inches(start[1]),
                                      Inches(end[0]), Inches(end[1])).line
    line.color.rgb = RGBColor.from_string(color)
    line.width = PptPt(2.5)
    head = OxmlElement("a:tailEnd")  # python-pptx has no arrowhead setting: the one XML element PowerPoint writes
    head.set("type", "triangle")
    line._get_or_add_ln().append(head)


# Pictures -----------------------------------------------------------------------------------------------------

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


# PDF ----------------------------------------------------------------------------------------------------------

# Without DejaVu (a machine without the font), the PDF falls back to Helvetica, which has no "–" or "•".
_LATIN1 = str.maketrans({"–": "-", "—": "-", "•": "*", "‘": "'", "’": "'", "“": '"', "”": '"', "→": "->", "✓": "v"})


class Pdf(FPDF):
    """An A4 PDF with a sans font and a monospace font; `mono` and `sans` name them whichever were available."""

    def __init__(self, *, title: str | None = None) -> None:
        super().__init__(format="A4")
        self.set_creation_date(dt.datetime(*FIXED_TIME, tzinfo=dt.UTC))
        self.set_producer("Microsoft Word")
        if title:
            self.set_title(title)
        self.set_auto_page_break(auto=True, margin=15)
        if (DEJAVU / "DejaVuSans.ttf").exists():
            self.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
            self.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
            self.add_font("Mono", "", str(DEJAVU / "DejaVuSansMono.ttf"))
            self.sans, self.mono, self.unicode = "Sans", "Mono", True
        else:
            self.sans, self.mono, self.unicode = "Helvetica", "Courier", False

    def typed(self, value: str) -> str:
        """The text as this PDF's font can show it."""
        return value if self.unicode else value.translate(_LATIN1)

    def line_of(self, value: str, *, size: float = 11, bold: bool = False, mono: bool = False,
                height: float = 6) -> None:
        """One paragraph across the page (wrapped), in the sans font or the monospace one."""
        self.set_font(self.mono if mono else self.sans, "B" if bold else "", size)
        self.multi_cell(0, height, self.typed(value), new_x="LMARGIN", new_y="NEXT")

    def output_bytes(self) -> bytes:
        return bytes(self.output())


# Added for the sixth held-out set -----------------------------------------------------------------------------

def marked_content_slide(presentation: PptxPresentation, title: str, lines: Iterable[str], *,
                         notes: str = "") -> Slide:
    """A title and body slide whose lines keep "**…**" as bold runs (key words bolded inside a sentence); a line
    starting with two spaces is a sub-point (level 1)."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[TITLE_AND_CONTENT])
    slide.shapes.title.text = title
    fill_marked(slide.placeholders[1].text_frame, lines)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def fill_marked(frame: object, lines: Iterable[str]) -> None:
    """Fill a slide's text frame with lines whose "**…**" are bold runs; a line starting with two spaces is a
    sub-point (level 1)."""
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.level = 1 if line.startswith("  ") else 0
        for part_index, part in enumerate(BOLD.split(line.strip())):
            if part:
                run = paragraph.add_run()
                run.text = part
                run.font.bold = part_index % 2 == 1 or None


# Added for the seventh held-out set ---------------------------------------------------------------------------

# More slide layouts of python-pptx's default template.
TWO_CONTENT, COMPARISON = 3, 4


def _bullets(frame: object, lines: Iterable[str]) -> None:
    """Fill a placeholder's text frame: a line starting with two spaces is a sub-point (level 1)."""
    for index, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.text = line.strip()
        paragraph.level = 1 if line.startswith("  ") else 0


def two_content_slide(presentation: PptxPresentation, title: str, left: Iterable[str], right: Iterable[str], *,
                      notes: str = "") -> Slide:
    """The default "Two Content" layout: a title and two bulleted placeholders side by side."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[TWO_CONTENT])
    slide.shapes.title.text = title
    _bullets(slide.placeholders[1].text_frame, left)
    _bullets(slide.placeholders[2].text_frame, right)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def comparison_slide(presentation: PptxPresentation, title: str, left: tuple[str, list[str]],
                     right: tuple[str, list[str]], *, notes: str = "") -> Slide:
    """The default "Comparison" layout: a title, then a heading and a bulleted placeholder in each column;
    `left` and `right` are (heading, lines)."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[COMPARISON])
    slide.shapes.title.text = title
    for heading_index, (heading, lines) in ((1, left), (3, right)):
        slide.placeholders[heading_index].text = heading
        _bullets(slide.placeholders[heading_index + 1].text_frame, lines)
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


def cell_fill(cell: docx.table._Cell, colour: str) -> None:
    """Shade a Word table cell (hex colour): python-docx has no setting, so the one <w:shd> Word writes."""
    shading = docx.oxml.OxmlElement("w:shd")
    shading.set(docx.oxml.ns.qn("w:val"), "clear")
    shading.set(docx.oxml.ns.qn("w:color"), "auto")
    shading.set(docx.oxml.ns.qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def table_borders(made: docx.table.Table, *, colour: str = "000000", size: int = 8) -> None:
    """Single borders on every edge of a Word table written directly on it, as Google Docs exports a table
    (no "Table Grid" style)."""
    borders = docx.oxml.OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = docx.oxml.OxmlElement(f"w:{edge}")
        line.set(docx.oxml.ns.qn("w:val"), "single")
        line.set(docx.oxml.ns.qn("w:sz"), str(size))
        line.set(docx.oxml.ns.qn("w:space"), "0")
        line.set(docx.oxml.ns.qn("w:color"), colour)
        borders.append(line)
    made._tbl.tblPr.append(borders)


def box(document: DocxDocument, lines: list[str], *, fill: str = "F2F2F2", style: str | None = "Table Grid",
        font: str | None = None, size: float | None = None) -> docx.table.Table:
    """A boxed panel in Word (a one-cell table, as teachers draw a word bank or a "Big questions" box): one
    paragraph per line, "**…**" marks bold runs, `font` gives every run a font (a monospace code box)."""
    made = document.add_table(rows=1, cols=1)
    if style:
        made.style = style
    cell = made.rows[0].cells[0]
    cell_fill(cell, fill)
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        add_marked_runs(paragraph, line, size=size, font=font)
    return made


# Added for the eighth held-out set ----------------------------------------------------------------------------

# A Google Slides 16:9 page in millimetres (10 × 5.625 inches), as "Download as PDF" makes it.
SLIDE_PAGE = (254.0, 142.875)


def template_layout(presentation: PptxPresentation, index: int, name: str, placeholders: dict[int, str]) -> None:
    """Rename a layout of the default template and its placeholders (by idx) as a school's own template names
    them ("KA Do Now", "Lesson Title"): python-pptx cannot make a layout, so the default one is renamed."""
    layout = presentation.slide_layouts[index]
    layout.name = name
    for placeholder in layout.placeholders:
        if placeholder.placeholder_format.idx in placeholders:
            placeholder.name = placeholders[placeholder.placeholder_format.idx]


def master_picture(presentation: PptxPresentation, png: bytes, *, left: float, top: float, width: float,
                   height: float) -> None:
    """A picture on the slide master (a school logo): it shows on every slide, yet no slide holds it. python-pptx
    adds pictures only to slides, so the <p:pic> element goes into the master's shape tree directly."""
    master = presentation.slide_master
    _image, rel_id = master.part.get_or_add_image_part(io.BytesIO(png))
    shapes = master.shapes
    shapes._spTree.add_pic(shapes._next_shape_id, "School logo", "", rel_id, Inches(left), Inches(top),
                           Inches(width), Inches(height))


def master_text(presentation: PptxPresentation, text: str, *, left: float, top: float, width: float,
                height: float, size: float = 10, color: str = "FFFFFF") -> None:
    """A text box on the slide master (a school's strapline): on every slide, in no slide's own shapes."""
    shapes = presentation.slide_master.shapes
    element = shapes._spTree.add_textbox(shapes._next_shape_id, "Strapline", Inches(left), Inches(top),
                                         Inches(width), Inches(height))
    run = shapes._shape_factory(element).text_frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = PptPt(size)
    run.font.color.rgb = RGBColor.from_string(color)


def template_slide(presentation: PptxPresentation, layout: int, texts: dict[int, list[str]], *,
                   notes: str = "") -> Slide:
    """A slide on one of the template's layouts, its placeholders keeping the template's names (as when the
    template's sample slides are duplicated): `texts` gives each placeholder (by idx) its lines, "**…**" marks
    bold runs and a line starting with two spaces is a sub-point (level 1)."""
    chosen = presentation.slide_layouts[layout]
    slide = presentation.slides.add_slide(chosen)
    names = {p.placeholder_format.idx: p.name for p in chosen.placeholders}
    for placeholder in slide.placeholders:
        index = placeholder.placeholder_format.idx
        placeholder.name = names.get(index, placeholder.name)
        if texts.get(index):
            fill_marked(placeholder.text_frame, texts[index])
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


# Added for the ninth held-out set -----------------------------------------------------------------------------

SECTION_HEADER = 2  # the default template's "Section Header" layout


def section_slide(presentation: PptxPresentation, title: str, text: str = "", *, notes: str = "") -> Slide:
    """The default "Section Header" layout: a big title and a line of text under it, one per part of a lesson."""
    slide = presentation.slides.add_slide(presentation.slide_layouts[SECTION_HEADER])
    slide.shapes.title.text = title
    if text:
        slide.placeholders[1].text = text
    if notes:
        slide.notes_slide.notes_text_frame.text = notes
    return slide


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


# Added for the tenth held-out set -----------------------------------------------------------------------------

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
