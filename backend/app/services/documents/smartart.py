"""SmartArt graphics on a slide: the words are not in any slide shape but in the diagram's data part, which the
slide's graphic frame points at (python-pptx sees only the frame). Each node is read in the diagram's own order
(its connections, not the drawing's positions), a node's sub-text indented under it, as a bulleted list would be.

The data part has been through the same safety checks as every other part of the file (no DTD or entity, within
the size limits) and is parsed with python-pptx's own parser, which resolves no entities.
"""

from __future__ import annotations

from pptx.oxml import parse_xml
from pptx.oxml.xmlchemy import BaseOxmlElement
from pptx.shapes.base import BaseShape

from app.services.documents.blocks import Block, clean, text_block

DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_DGM = "{" + DIAGRAM + "}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DATA_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}dm"
MAX_NODES = 500
MAX_DEPTH = 10
TEXT_POINTS = {None, "node", "asst"}  # the points a teacher types in; the rest are joins and presentation


def is_smartart(shape: BaseShape) -> bool:
    """A graphic frame holding a SmartArt diagram."""
    data = shape._element.find(f".//{_A}graphicData")
    return data is not None and data.get("uri") == DIAGRAM


def smartart_blocks(shape: BaseShape, where: str) -> list[Block]:
    """The diagram's nodes as items: a top-level node at level 0, its sub-text at level 1 under it."""
    ids = shape._element.find(f".//{_DGM}relIds")
    rel = ids.get(_DATA_REL) if ids is not None else None
    if not rel or rel not in shape.part.rels or shape.part.rels[rel].is_external:
        return []
    try:
        model = parse_xml(shape.part.related_part(rel).blob)
    except (KeyError, ValueError, SyntaxError):  # lxml's XMLSyntaxError is a SyntaxError: the slide reads on
        return []
    texts, kinds = _points(model)
    blocks = []
    for node, level in _in_order(model, texts, kinds):
        for line in texts[node]:
            block = text_block(line, level=level, where=where)
            if block is not None:
                if block.kind == "paragraph":
                    block = Block("item", block.text, level=level, where=where)
                blocks.append(block)
    return blocks


def _points(model: BaseOxmlElement) -> tuple[dict[str, list[str]], dict[str, str | None]]:
    """Each point's lines of text (its paragraphs) and its type, by model id, up to MAX_NODES points."""
    texts: dict[str, list[str]] = {}
    kinds: dict[str, str | None] = {}
    for point in model.iter(f"{_DGM}pt"):
        if len(kinds) >= MAX_NODES:
            break
        key = point.get("modelId")
        if key is None:
            continue
        kinds[key] = point.get("type")
        body = point.find(f"{_DGM}t")
        paragraphs = body.iter(f"{_A}p") if body is not None else []
        texts[key] = [line for p in paragraphs if (line := clean("".join(t.text or "" for t in p.iter(f"{_A}t"))))]
    return texts, kinds


def _in_order(model: BaseOxmlElement, texts: dict[str, list[str]], kinds: dict[str, str | None]) -> list[tuple[str, int]]:
    """The text nodes depth first from the document point, by each connection's order; in the part's own order
    when the connections do not reach them (a part saved without its connection list)."""
    children: dict[str, list[tuple[int, str]]] = {}
    for link in model.iter(f"{_DGM}cxn"):
        if link.get("type") not in (None, "parOf"):
            continue
        try:
            order = int(link.get("srcOrd") or 0)
        except ValueError:
            order = 0
        children.setdefault(link.get("srcId"), []).append((order, link.get("destId")))
    root = next((key for key, kind in kinds.items() if kind == "doc"), None)
    found: list[tuple[str, int]] = []
    seen: set[str] = set()
    stack = [(key, 0) for _, key in sorted(children.get(root, []), reverse=True)]
    while stack and len(found) < MAX_NODES:
        key, depth = stack.pop()
        if key in seen or kinds.get(key, "") not in TEXT_POINTS:
            continue
        seen.add(key)
        found.append((key, depth))
        if depth < MAX_DEPTH:
            stack.extend((child, depth + 1) for _, child in sorted(children.get(key, []), reverse=True))
    if not found:
        found = [(key, 0) for key, kind in kinds.items() if kind in TEXT_POINTS]
    return [(key, depth) for key, depth in found if texts.get(key)]
