"""Straight lines drawn on a PDF page, and the text boxes each one joins.

On an interactive whiteboard exported to PDF (Promethean, SMART) a teacher joins a key word to its meaning with a
drawn line, and the meaning may float anywhere: beside the word, before it or under it, a little askew. The line
is the pairing, so each stroke's two ends are matched to the boxes they touch (`joined`); `pdf_cards` pairs the
boxes joined that way before it pairs boxes by position.
"""

from __future__ import annotations

import math
from typing import NamedTuple

MAX_STROKES = 2_000  # per page: a drawing with more lines than this is a picture, not a board's annotations
REACH = 1.5  # font sizes: how far from a box a stroke's end may stop and still touch it


class Stroke(NamedTuple):
    """One straight line as drawn, in the page's points (y up, as the text's positions are)."""

    x1: float
    y1: float
    x2: float
    y2: float


class Rect(NamedTuple):
    """Where a box of text sits (points, y up) and the size of its font."""

    left: float
    bottom: float
    right: float
    top: float
    size: float


class StrokeCollector:
    """A pypdf `visitor_operand_before`: each "x y m  x y l  S" path of one segment becomes a Stroke."""

    def __init__(self, strokes: list[Stroke]) -> None:
        self.strokes = strokes
        self.path: list[tuple[float, float]] = []

    def visit(self, operator: bytes, args: list, cm: list[float], _tm: list[float]) -> None:
        if operator in (b"m", b"l") and len(args) == 2:
            x, y = float(args[0]), float(args[1])
            point = (x * cm[0] + y * cm[2] + cm[4], x * cm[1] + y * cm[3] + cm[5])
            self.path = [point] if operator == b"m" else [*self.path, point]
        elif operator in (b"S", b"s"):
            if len(self.path) == 2 and len(self.strokes) < MAX_STROKES:
                (x1, y1), (x2, y2) = self.path
                self.strokes.append(Stroke(x1, y1, x2, y2))
            self.path = []
        elif operator in (b"n", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"re"):
            self.path = []  # a filled or rectangular path: a shape, not a joining line


def joined(rects: list[Rect], strokes: list[Stroke]) -> list[tuple[int, int]]:
    """(index, index) of the two boxes each stroke joins: the nearest box to each end, within its reach."""
    pairs = []
    for stroke in strokes:
        start = _touched(rects, stroke.x1, stroke.y1)
        end = _touched(rects, stroke.x2, stroke.y2)
        if start is not None and end is not None and start != end:
            pairs.append((start, end))
    return pairs


def _touched(rects: list[Rect], x: float, y: float) -> int | None:
    distances = [(_distance(rect, x, y), index) for index, rect in enumerate(rects)]
    near = [(distance, index) for distance, index in distances if distance <= REACH * rects[index].size]
    return min(near)[1] if near else None


def _distance(rect: Rect, x: float, y: float) -> float:
    dx = max(rect.left - x, 0.0, x - rect.right)
    dy = max(rect.bottom - y, 0.0, y - rect.top)
    return math.hypot(dx, dy)
