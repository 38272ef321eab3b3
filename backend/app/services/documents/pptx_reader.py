"""PowerPoint presentations (.pptx): slide titles, text frames, tables, grouped shapes and speaker notes.

The layout says more than the drawing order: a slide's body is read as belonging to its title (a slide titled
"Firewalls" whose body starts "A firewall checks…"), and free text boxes are paired by position (`slide_layout`).
A SmartArt graphic's words are read from its diagram data part (`smartart`).
Callouts an arrow joins to a code box ("annotated code") give the key words the code uses (`code_callouts`).
A slide with almost no text but a large picture has the picture read (`pictures`): its words are the slide's.
A slide with no title placeholder (Google Slides and design tools draw every title as a free text box) is titled
by its one short line set clearly bigger than all its other text.
Each block says which slide it is on ("slide 8", "slide 8 notes", "slide 3 (read from a picture)").
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.shapes.autoshape import Shape
from pptx.shapes.base import BaseShape
from pptx.shapes.connector import Connector
from pptx.shapes.picture import Picture
from pptx.slide import Slide
from pptx.text.text import TextFrame, _Paragraph

from app.services.documents import safety
from app.services.documents.blocks import Block, clean, text_block
from app.services.documents.clue_slides import revealed_terms, slide_links
from app.services.documents.code_callouts import Rect, callout_term, joined_to_code
from app.services.documents.docx_reader import is_monospace
from app.services.documents.extracted import ExtractedDocument, build_document
from app.services.documents.found import SlideSummary
from app.services.documents.letter_boxes import is_index_letter, letter_box_term
from app.services.documents.pictures import ALMOST_NO_WORDS, PictureReader, picture_blocks
from app.services.documents.sections import section_of
from app.services.documents.slide_layout import Box, pair_boxes
from app.services.documents.smartart import is_smartart, smartart_blocks

MAX_GROUP_DEPTH = 10
TITLE_PLACEHOLDERS = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
SUBTITLE_PLACEHOLDERS = {PP_PLACEHOLDER.SUBTITLE}
BODY_PLACEHOLDERS = {PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT}
# "Header & Footer → Apply to All" puts these on every slide: the teacher's name, a date, the slide's number.
FURNITURE_PLACEHOLDERS = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE}
LARGE_PICTURE = 0.2  # of the slide's area: a picture this big on a slide with almost no text is what it says
DEFAULT_SLIDE_AREA = 9144000 * 6858000  # a 4:3 slide in EMU, for a file that does not say its size
MAX_TITLE_WORDS = 12
TITLE_SIZE_RATIO = 1.2  # a free text box's font this much bigger than the rest of the slide's text is its title
MIN_TITLE_POINTS = 24


def read_pptx(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """Extract a presentation, slide by slide, with each slide's speaker notes after its content."""
    safety.check_office_file(name, data, "pptx", limits, budget)
    try:
        presentation = Presentation(io.BytesIO(data))
        area = (presentation.slide_width or 0) * (presentation.slide_height or 0) or DEFAULT_SLIDE_AREA
        pictures = PictureReader(limits, budget)
        blocks: list[Block] = []
        slides: list[SlideSummary] = []
        for number, slide in enumerate(presentation.slides, start=1):
            slide_blocks, summary = _slide(number, slide, pictures, area)
            blocks.extend(slide_blocks)
            slides.append(summary)
        blocks.extend(revealed_terms(slides, slide_links(presentation.slides)))  # a quiz game's clue and answer
        title = clean(presentation.core_properties.title or "")  # used only when no slide has a title
    except MemoryError:
        raise  # over the reading process's memory limit: refused as too big, not as damaged
    except Exception:  # noqa: BLE001 - python-pptx raises many kinds of error on damaged files; all mean "cannot read"
        raise safety.could_not_read(name, "PowerPoint presentation") from None
    return build_document(
        name, "pptx", blocks, size_bytes=len(data), max_text_chars=limits.max_text_chars, slides=slides, title=title,
        pictures=pictures.found(), ocr_seconds=pictures.seconds,
    )


def _slide(number: int, slide: Slide, pictures: PictureReader, area: int) -> tuple[list[Block], SlideSummary]:
    where = f"slide {number}"
    title_shape = _title_shape(slide)
    title = clean(title_shape.text_frame.text) if title_shape is not None else ""
    # Slides without a title still start a new group, so text on one slide never joins the previous one.
    blocks = [Block("heading", title or f"Slide {number}", level=1, synthetic=not title, where=where)]
    bullets: list[str] = []
    title_id = title_shape.shape_id if title_shape is not None else None
    placed = [p for p in _walk(slide.shapes, _SLIDE, 0)
              if (title_id is None or p.shape.shape_id != title_id) and not _placeholder_in(p.shape, FURNITURE_PLACEHOLDERS)]
    # Reading order: top to bottom, then left to right (the shape tree is in drawing order); a caption placeholder
    # beside a "… with Caption" layout's small title is read first, as the line that title heads.
    caption = _caption(slide, placed)
    placed.sort(key=lambda p: (p.shape is not caption, p.top // 45720, p.left))  # 45720 EMU = 1/20 inch bands
    shapes = [p.shape for p in placed]
    pairs = pair_boxes([box for index, p in enumerate(placed) if (box := _free_box(index, p)) is not None])
    definitions = {term.index: definition for term, definition in pairs}
    callouts = _code_callouts(slide, placed)
    paired = {box.index for pair in pairs for box in pair}
    body_read = False
    has_body = any(_is_body(shape) and shape.has_text_frame and shape.text_frame.text.strip() for shape in shapes)
    for index, shape in enumerate(shapes):
        if index in definitions:
            term, definition = _one_line(shape.text_frame.text), _one_line(definitions[index].text)
            if is_index_letter(term, definition):  # an A–Z grid's letter: the box beside it holds the word
                term, definition = letter_box_term(definition) or ("", definition)
            blocks.append(Block("term", term, definition=definition, where=where))
            bullets.extend([term, definition])
        elif index in paired:
            continue  # a definition box, read with its term
        elif index in callouts:
            term, definition = callouts[index]
            blocks.append(Block("term", term, definition=definition, where=where))
            bullets.extend([term, definition])
        elif getattr(shape, "has_table", False) and shape.has_table:
            blocks.extend(_table(shape, where))
        elif is_smartart(shape):
            diagram = smartart_blocks(shape, where)
            bullets.extend(block.text for block in diagram)
            blocks.extend(diagram)
        elif getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            frame = _text_frame(shape, bullets, where)
            # On a slide whose title is a free text box, its first other text box is the body.
            free_title = title_shape is not None and not title_shape.is_placeholder and number > 1  # not a cover
            # A "Title Only" slide's meaning is often typed in a drawn callout or shape: with no body placeholder,
            # the first such shape is the body. Not a plain text box (as often a caption or a key to a picture).
            drawn_body = not has_body and number > 1 and shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE
            if title and frame and not body_read and (_is_body(shape) or free_title or drawn_body):
                # The body's first line may define the title; not when the body marks its own key words in bold
                # ("The **z-order** is…" under "Stacking objects"): those are what it explains.
                if not any(block.emphasis for block in frame):
                    frame[0].title_of = title
                body_read = True
            blocks.extend(frame)
    blocks.extend(_pictures_read(shapes, blocks, where, pictures, area, bullets))
    notes = _notes(slide)
    if notes:
        blocks.append(Block("heading", "Speaker notes", level=2, synthetic=True, where=where))
        blocks.extend(b for line in notes.splitlines() if (b := text_block(line, where=f"{where} notes")) is not None)
    return blocks, SlideSummary(number=number, title=title, bullets=bullets, notes=notes)


def _code_callouts(slide: Slide, placed: list[_Placed]) -> dict[int, tuple[str, str]]:
    """The key words of the drawn callouts an arrow joins to the slide's code box, by place in reading order."""
    code = [Rect(p.left, p.top, p.width, p.height) for p in placed
            if getattr(p.shape, "has_text_frame", False) and p.shape.has_text_frame and _frame_is_code(p.shape.text_frame)]
    arrows = [((s.begin_x, s.begin_y), (s.end_x, s.end_y)) for s in slide.shapes if isinstance(s, Connector)]
    if not code or not arrows:
        return {}
    found: dict[int, tuple[str, str]] = {}
    for index, p in enumerate(placed):
        if p.shape.shape_type != MSO_SHAPE_TYPE.AUTO_SHAPE or not p.shape.has_text_frame or _frame_is_code(
                p.shape.text_frame) or not joined_to_code(Rect(p.left, p.top, p.width, p.height), code, arrows):
            continue
        if (candidate := callout_term(p.shape.text_frame.text)) is not None:
            found[index] = candidate
    return found


def _pictures_read(shapes: list[BaseShape], blocks: list[Block], where: str, pictures: PictureReader, area: int,
                   bullets: list[str]) -> list[Block]:
    """The words in the slide's large pictures, when the slide has almost no text of its own."""
    words = sum(len(b.text.split()) + len(b.definition.split()) + sum(len(" ".join(r).split()) for r in b.rows)
                for b in blocks if not b.synthetic)
    if words >= ALMOST_NO_WORDS:
        return []
    found: list[Block] = []
    for shape in shapes:
        if not isinstance(shape, Picture) or (shape.width or 0) * (shape.height or 0) < LARGE_PICTURE * area:
            continue
        try:
            data = shape.image.blob
        except Exception:  # noqa: BLE001 - a linked picture (not in the file) or a broken part: the slide reads on
            continue
        read = picture_blocks(pictures.words(where, data), where)
        bullets.extend(block.text for block in read)
        found.extend(read)
    return found


def _table(shape: BaseShape, where: str) -> list[Block]:
    rows = [[clean(cell.text) for cell in row.cells] for row in shape.table.rows]
    code = [cell.text for row in shape.table.rows for cell in row.cells if _frame_is_code(cell.text_frame)]
    # A cell all in bold: how a teacher marks the right option of a quiz laid out in a table.
    marked = {(r, c) for r, row in enumerate(shape.table.rows) for c, cell in enumerate(row.cells)
              if _all_bold(cell.text_frame)}
    return [Block("table", rows=rows, where=where, marked_cells=marked),
            *(Block("code", text, from_table=True, where=where) for text in code if text.strip())]


def _all_bold(frame: TextFrame) -> bool:
    runs = [run for paragraph in frame.paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.font.bold for run in runs)


def _free_box(index: int, placed: _Placed) -> Box | None:
    """A text box the teacher drew (not a placeholder, not code), as the layout pairing sees it."""
    shape = placed.shape
    if shape.is_placeholder or not getattr(shape, "has_text_frame", False) or not shape.has_text_frame:
        return None
    text = shape.text_frame.text.replace("\x0b", "\n").strip()
    if not text or _frame_is_code(shape.text_frame) or None in (shape.left, shape.top, shape.width, shape.height):
        return None
    if section_of(text):
        return None  # "WALT" in a box beside "We are learning to…": a label over what follows, not a key word
    return Box(index, placed.left, placed.top, placed.width, placed.height, text)


def _one_line(text: str) -> str:
    return " ".join(part for line in text.replace("\x0b", "\n").splitlines() if (part := clean(line)))


def _is_body(shape: BaseShape) -> bool:
    return _placeholder_in(shape, BODY_PLACEHOLDERS)


def _placeholder_in(shape: BaseShape, kinds: set) -> bool:
    if not shape.is_placeholder:
        return False
    try:
        return shape.placeholder_format.type in kinds
    except ValueError:
        return False


def _caption(slide: Slide, placed: list[_Placed]) -> BaseShape | None:
    """The caption of a "Content/Picture with Caption" layout: a text placeholder (BODY) beside a second, larger
    content or picture placeholder. Its text says what the small title is about, so it comes before the content."""
    captions = [p for p in placed if _placeholder_in(p.shape, {PP_PLACEHOLDER.BODY})]
    content = [p for p in placed if _placeholder_in(p.shape, {PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.PICTURE})]
    if len(captions) != 1 or len(content) != 1 or not captions[0].shape.has_text_frame:
        return None
    small, large = captions[0], content[0]
    beside = small.left + small.width <= large.left or large.left + large.width <= small.left
    return small.shape if beside and small.width * small.height < large.width * large.height else None


def _title_shape(slide: Slide) -> Shape | None:
    for shape in slide.placeholders:
        try:
            if shape.placeholder_format.type in TITLE_PLACEHOLDERS and shape.has_text_frame:
                return shape
        except ValueError:
            continue
    return _title_box(slide)


def _title_box(slide: Slide) -> Shape | None:
    """A free text box that is the slide's title: one short line, in a font of a title's size, set clearly bigger
    than every other text on the slide. None when no box stands out so (sizes left to the theme are unknown)."""
    sized = [(size, shape) for shape in slide.shapes
             if getattr(shape, "has_text_frame", False) and shape.has_text_frame and shape.text_frame.text.strip()
             and (size := _font_points(shape.text_frame))]
    if not sized:
        return None
    sized.sort(key=lambda pair: pair[0], reverse=True)
    size, shape = sized[0]
    text = shape.text_frame.text.replace("\x0b", "\n").strip()
    others = sized[1][0] if len(sized) > 1 else 0.0
    if "\n" in text or len(text.split()) > MAX_TITLE_WORDS or size < MIN_TITLE_POINTS or _frame_is_code(
            shape.text_frame):
        return None
    return shape if size >= TITLE_SIZE_RATIO * others else None


def _font_points(frame: TextFrame) -> float:
    """The biggest font size set on a text frame's runs, in points (0 when none is set)."""
    sizes = [run.font.size.pt for paragraph in frame.paragraphs for run in paragraph.runs
             if run.text.strip() and run.font.size is not None]
    return max(sizes, default=0.0)


class _Frame(NamedTuple):
    """How a group's own coordinates map onto the slide: slide = offset + (child - child_offset) * scale."""

    offset_x: float
    offset_y: float
    child_x: float
    child_y: float
    scale_x: float
    scale_y: float

    def inner(self, group: BaseShape) -> _Frame:
        """The frame of the shapes inside `group` (a group moved or resized after it was made keeps its shapes'
        old positions, with its own offset and extent saying where they are now)."""
        xfrm = group._element.grpSpPr.find(_XFRM)
        try:
            off, ext = xfrm.find(_A + "off"), xfrm.find(_A + "ext")
            ch_off, ch_ext = xfrm.find(_A + "chOff"), xfrm.find(_A + "chExt")
            x, y = self.place(int(off.get("x")), int(off.get("y")))
            cx, cy, ch_cx, ch_cy = (int(v) for v in (ext.get("cx"), ext.get("cy"), ch_ext.get("cx"), ch_ext.get("cy")))
            return _Frame(x, y, int(ch_off.get("x")), int(ch_off.get("y")),
                          self.scale_x * (cx / ch_cx if ch_cx else 1.0), self.scale_y * (cy / ch_cy if ch_cy else 1.0))
        except (AttributeError, TypeError, ValueError):  # a group without a full transform: read in place
            return self

    def place(self, x: int, y: int) -> tuple[float, float]:
        return (self.offset_x + (x - self.child_x) * self.scale_x, self.offset_y + (y - self.child_y) * self.scale_y)


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_XFRM = _A + "xfrm"
_SLIDE = _Frame(0, 0, 0, 0, 1.0, 1.0)


class _Placed(NamedTuple):
    """A shape with where it is on the slide (EMU), wherever it sits in groups."""

    shape: BaseShape
    left: int
    top: int
    width: int
    height: int


def _walk(shapes: Iterable[BaseShape], frame: _Frame, depth: int) -> Iterator[_Placed]:
    """Every shape with its place on the slide, looking inside groups (teachers group a diagram's labels with its
    arrows, and each key word with its meaning)."""
    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP and depth < MAX_GROUP_DEPTH:
            yield from _walk(shape.shapes, frame.inner(shape), depth + 1)
            continue
        left, top = frame.place(shape.left or 0, shape.top or 0)
        yield _Placed(shape, round(left), round(top), round((shape.width or 0) * frame.scale_x),
                      round((shape.height or 0) * frame.scale_y))


def _text_frame(shape: Shape, bullets: list[str], where: str) -> list[Block]:
    frame = shape.text_frame
    if _frame_is_code(frame):
        return [Block("code", frame.text.replace("\t", "    ").replace("\x0b", "\n"), where=where)]
    is_subtitle = False
    if shape.is_placeholder:
        try:
            is_subtitle = shape.placeholder_format.type in SUBTITLE_PLACEHOLDERS
        except ValueError:
            is_subtitle = False
    blocks = []
    for paragraph in frame.paragraphs:
        # A vertical tab is a line break inside one paragraph.
        emphasis = _bold_phrases(paragraph)
        for line in paragraph.text.replace("\x0b", "\n").splitlines():
            block = text_block(line, level=paragraph.level, where=where)
            if block is None:
                continue
            if is_subtitle:
                block = Block("paragraph", block.text, where=where)
            elif block.kind == "paragraph":
                # Slide text is bullet points, whether or not the bullet character is shown.
                block = Block("item", block.text, level=paragraph.level, ordered=_auto_numbered(paragraph),
                              where=where)
            block.emphasis = [phrase for phrase in emphasis if phrase != block.text]
            bullets.append(block.text)
            blocks.append(block)
    return blocks


def _bold_phrases(paragraph: _Paragraph) -> list[str]:
    """The bold words of a paragraph, one phrase for each run of bold runs."""
    phrases: list[str] = []
    current: list[str] = []
    for run in paragraph.runs:
        if run.font.bold or (current and not run.text.strip()):
            current.append(run.text)
        elif current:
            phrases.append(clean("".join(current)))
            current = []
    if current:
        phrases.append(clean("".join(current)))
    return [phrase for phrase in phrases if phrase]


def _auto_numbered(paragraph: _Paragraph) -> bool:
    p_pr = paragraph._p.pPr
    return p_pr is not None and any(child.tag.endswith("}buAutoNum") for child in p_pr)


def _frame_is_code(frame: TextFrame) -> bool:
    runs = [run for paragraph in frame.paragraphs for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(is_monospace(run.font.name) for run in runs)


def _notes(slide: Slide) -> str:
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    if frame is None:
        return ""
    return "\n".join(clean(line) for line in frame.text.replace("\x0b", "\n").splitlines() if clean(line))
