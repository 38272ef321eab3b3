"""PowerPoint decks for the corpus packs, over python-pptx and the default template's layouts."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_CONNECTOR, MSO_SHAPE
from pptx.oxml.xmlchemy import OxmlElement
from pptx.presentation import Presentation as PptxPresentation
from pptx.slide import Slide
from pptx.util import Inches
from pptx.util import Pt as PptPt

from tests.corpus.same_bytes import BOLD, FIXED_TIME, fixed_zip

# Slide layouts of python-pptx's default template.
TITLE_SLIDE, TITLE_AND_CONTENT, TITLE_ONLY, BLANK = 0, 1, 5, 6


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
    _lines_as_runs(box.text_frame, text, size=size, bold=bold, font=font)


def _lines_as_runs(frame: object, text: str, *, size: float, bold: bool, font: str | None = None,
                   color: str | None = None) -> None:
    """Fill a shape's text frame: each line of `text` a paragraph of one run, wrapped inside the shape."""
    frame.word_wrap = True
    for index, line in enumerate(text.splitlines()):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        run.font.size = PptPt(size)
        run.font.bold = bold or None
        if font:
            run.font.name = font
        if color:
            run.font.color.rgb = RGBColor.from_string(color)


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
    _lines_as_runs(shape.text_frame, text, size=size, bold=bold, color=color)


def arrow(slide: Slide, *, start: tuple[float, float], end: tuple[float, float], color: str = "7F7F7F") -> None:
    """A straight connector line from `start` to `end` (inches) with an arrowhead at `end`."""
    line = slide.shapes.add_connector(MSO_CONNECTOR.STRAIGHT, Inches(start[0]), Inches(start[1]),
                                      Inches(end[0]), Inches(end[1])).line
    line.color.rgb = RGBColor.from_string(color)
    line.width = PptPt(2.5)
    head = OxmlElement("a:tailEnd")  # python-pptx has no arrowhead setting: the one XML element PowerPoint writes
    head.set("type", "triangle")
    line._get_or_add_ln().append(head)



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
