"""What a Word document draws rather than types: pictures, floating text boxes and shapes, tick-box icons.

A poster or a task sheet is often only text boxes and shapes placed on the page (a banner, a cloud, a box of
instructions); their words are paragraphs inside the drawing, which python-docx does not read. They are read here,
in the order they sit on the page (top to bottom, then left to right) when they float, once each (Word also writes
an old-style copy of every box for older readers). A small picture at the start of a line is a tick box (OneNote's
To Do tag exported to Word): the line is an item of a checklist. Large pictures, in the body or in a table's cells,
may be pages of words (a scanned worksheet), read by `pictures` when the document is mostly pictures.
"""

from __future__ import annotations

from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from app.services.documents.blocks import Block
from app.services.documents.pictures import PictureReader, picture_blocks

# A picture at least this wide and this big (EMU) may be a page of words; a document with fewer words of its own
# than WORDS_PER_PICTURE for each such picture is mostly pictures, and they are read.
MIN_PICTURE_WIDTH = int(2.5 * 914400)
MIN_PICTURE_AREA = 6 * 914400 * 914400
WORDS_PER_PICTURE = 80
MAX_ICON_WIDTH = 914400 // 2  # EMU: a picture this narrow before a line's words is an icon (a tick box)
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
TEXT_BOX = qn("w:txbxContent")


def text_box_paragraphs(paragraph: Paragraph) -> list[Paragraph]:
    """The paragraphs inside the text boxes and shapes anchored in a paragraph, box by box in page order."""
    boxes = [box for box in paragraph._p.iter(TEXT_BOX) if not _inside(box, {FALLBACK, TEXT_BOX})]
    places = [_place(box) for box in boxes]
    if all(place is not None for place in places):
        boxes = [box for _place, box in sorted(zip(places, boxes, strict=True), key=lambda pair: pair[0])]
    return [Paragraph(p, paragraph._parent) for box in boxes for p in box.iterchildren(qn("w:p"))]


def opens_with_tick_box(paragraph: Paragraph) -> bool:
    """A line whose first run is only a small picture and whose words follow: a box to tick before them."""
    runs = paragraph._p.findall(qn("w:r"))
    if not runs or not paragraph.text.strip():
        return False
    extents = runs[0].findall(f"{qn('w:drawing')}/{qn('wp:inline')}/{qn('wp:extent')}")
    return bool(extents) and not runs[0].findall(qn("w:t")) and int(extents[0].get("cx") or 0) <= MAX_ICON_WIDTH


def large_pictures(document: Document, paragraph: Paragraph) -> list[bytes]:
    """The pictures in a paragraph big enough to hold a page of words (not icons or logos)."""
    found = []
    for drawing in paragraph._p.xpath(".//w:drawing"):
        extent = drawing.xpath(".//wp:extent")
        if not extent:
            continue
        width, height = (int(extent[0].get(side) or 0) for side in ("cx", "cy"))
        if width < MIN_PICTURE_WIDTH or width * height < MIN_PICTURE_AREA:
            continue
        for part_id in drawing.xpath(".//a:blip/@r:embed")[:1]:
            part = document.part.related_parts.get(part_id)
            if part is not None and hasattr(part, "blob"):
                found.append(part.blob)
    return found


def table_pictures(document: Document, table: Table) -> list[bytes]:
    """The large pictures in a table's cells (a worksheet laid out in a table, a scan pasted into a cell)."""
    return [data for p in table._tbl.iter(qn("w:p")) for data in large_pictures(document, Paragraph(p, table))]


def read_pictures(blocks: list[Block], found: list[tuple[int, bytes]], pictures: PictureReader) -> list[Block]:
    """The blocks with the words of the document's large pictures after the blocks that hold them, when the
    document is mostly pictures (fewer than WORDS_PER_PICTURE words of its own for each)."""
    words = sum(len(b.text.split()) + sum(len(" ".join(row).split()) for row in b.rows) for b in blocks)
    if not found or words >= WORDS_PER_PICTURE * len(found):
        return blocks
    read = [(after, picture_blocks(pictures.words(f"picture {number}", data), f"picture {number}"))
            for number, (after, data) in enumerate(found, start=1)]
    result = list(blocks)
    for after, words in reversed(read):  # from the end, so the places still to come do not move
        result[after:after] = words
    return result


def _inside(element: object, tags: set[str]) -> bool:
    return any(ancestor.tag in tags for ancestor in element.iterancestors())


def _place(box: object) -> tuple[int, int] | None:
    """Where a floating box sits (top, left, in EMU), or None for a box in the line of text."""
    anchor = next((a for a in box.iterancestors(qn("wp:anchor"))), None)
    if anchor is None:
        return None
    offsets = [anchor.find(f"{qn(side)}/{qn('wp:posOffset')}") for side in ("wp:positionV", "wp:positionH")]
    if any(offset is None or not (offset.text or "").strip().lstrip("-").isdigit() for offset in offsets):
        return None
    return int(offsets[0].text), int(offsets[1].text)
