"""Free text boxes on a slide paired by position: a short term box with the longer box beside or below it.

Teachers lay out key words as separate boxes — "Viruses", "Worms", "Trojan horses" down the left with a box of
description to the right of each, or terms across the top with their descriptions underneath — and the order the
boxes were drawn in says nothing (the descriptions are often pasted first). So each short box is paired with the
nearest longer box that sits beside it (overlapping it vertically) or below it (overlapping it horizontally), each
box used once; a word dragged past its meaning (to its right) is paired with it only when nothing on the usual
side is left. A slide needs at least two such pairs: one short box next to one long one is as likely a caption.
A row of three or more boxes of one size is a list of peers ("Used fairly and lawfully", "Kept secure", …, or
three laws across the top with their meanings below): boxes of such a row are never paired with each other, and
a definition has more words than its term.
Whether a pair really is a key word and its meaning is for structure detection to judge.
"""

from __future__ import annotations

from typing import NamedTuple

EMU_PER_INCH = 914400
MAX_BESIDE_GAP = 2.0 * EMU_PER_INCH
MAX_BELOW_GAP = 1.0 * EMU_PER_INCH
# Added to the gap of a word on the far (right) side of its meaning, so that every pair the usual way round wins.
FAR_SIDE = 10 * EMU_PER_INCH
OVERLAP_TOLERANCE = 0.25 * EMU_PER_INCH
MAX_TERM_WORDS = 6
MAX_TERM_CHARS = 40
MIN_DEFINITION_WORDS = 3
MIN_PAIRS = 2
MIN_PEERS = 3


class Box(NamedTuple):
    """A text box: its position and size (EMU), its text, and its place in the slide's reading order."""

    index: int
    left: int
    top: int
    width: int
    height: int
    text: str

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height


def is_short(box: Box) -> bool:
    text = box.text.strip()
    words = text.split()
    return ("\n" not in text and 1 <= len(words) <= MAX_TERM_WORDS and len(text) <= MAX_TERM_CHARS
            and text[:1].isalpha() and not text.endswith((".", "?", "!", ":")) and ":" not in text)


def is_long(box: Box) -> bool:
    return len(box.text.split()) >= MIN_DEFINITION_WORDS


def _overlap(start_a: int, end_a: int, start_b: int, end_b: int) -> int:
    return min(end_a, end_b) - max(start_a, start_b)


def _beside(term: Box, definition: Box) -> int | None:
    """The gap when `definition` is to the right of `term`, level with it; None otherwise."""
    gap = definition.left - term.right
    if definition.left < term.left + term.width // 2 or not -OVERLAP_TOLERANCE <= gap <= MAX_BESIDE_GAP:
        return None
    level = _overlap(term.top, term.bottom, definition.top, definition.bottom)
    return gap if level >= min(term.height, definition.height) // 2 else None


def _after(term: Box, definition: Box) -> int | None:
    """The gap when `term` is to the right of `definition` and beside some of it: a word note dragged past its
    meaning lands a little out of line, so any overlap in height will do."""
    gap = term.left - definition.right
    if term.left < definition.left + definition.width // 2 or not -OVERLAP_TOLERANCE <= gap <= MAX_BESIDE_GAP:
        return None
    return gap if _overlap(term.top, term.bottom, definition.top, definition.bottom) > 0 else None


def _below(term: Box, definition: Box) -> int | None:
    """The gap when `definition` is under `term`, lined up with it; None otherwise."""
    gap = definition.top - term.bottom
    if definition.top < term.top + term.height // 2 or not -OVERLAP_TOLERANCE <= gap <= MAX_BELOW_GAP:
        return None
    lined_up = _overlap(term.left, term.right, definition.left, definition.right)
    return gap if lined_up >= min(term.width, definition.width) // 2 else None


def _same_size(a: Box, b: Box) -> bool:
    return (abs(a.width - b.width) <= OVERLAP_TOLERANCE and abs(a.height - b.height) <= OVERLAP_TOLERANCE
            and abs(a.top - b.top) <= OVERLAP_TOLERANCE)


def _rows_of_peers(boxes: list[Box]) -> set[frozenset[int]]:
    """Groups of three or more boxes of one size side by side."""
    groups = {frozenset(b.index for b in boxes if _same_size(a, b)) for a in boxes}
    return {group for group in groups if len(group) >= MIN_PEERS}


def pair_boxes(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """(term box, definition box) pairs, nearest first, each box in one pair at most; [] when fewer than two."""
    candidates = []
    peers = _rows_of_peers(boxes)
    for term in filter(is_short, boxes):
        for definition in filter(is_long, boxes):
            if definition.index == term.index or len(definition.text.split()) <= len(term.text.split()):
                continue
            if any({term.index, definition.index} <= group for group in peers):
                continue
            gaps = [g for g in (_beside(term, definition), _below(term, definition)) if g is not None]
            if not gaps and (after := _after(term, definition)) is not None:
                gaps = [after + FAR_SIDE]  # only when nothing on the usual side is left for either box
            if gaps:
                candidates.append((min(gaps), term.index, definition.index, term, definition))
    used: set[int] = set()
    pairs = []
    for _gap, _t, _d, term, definition in sorted(candidates, key=lambda c: c[:3]):
        if term.index in used or definition.index in used:
            continue
        used.update((term.index, definition.index))
        pairs.append((term, definition))
    return pairs if len(pairs) >= MIN_PAIRS else []
