"""The common shape every reader turns a document into: an ordered list of blocks.

Readers (Word, PowerPoint, PDF, web pages, Markdown and plain text) know their format and its layout;
`structure.py` knows teaching materials. Blocks are the seam between them, so structure detection works the
same whichever format a teacher used. A reader says where each block is (`where`: "slide 3", "page 2"), which
words were bold, and what the layout pairs (a slide's title with its body, a term box with the box beside it).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

# "term": a key word and its definition that the layout puts together (a <dl>, two text boxes side by side);
# structure detection still decides whether they really are a term and a definition.
BlockKind = Literal["heading", "paragraph", "item", "table", "code", "term"]

# A bullet typed by hand (or kept by PDF text extraction) at the start of a line.
# Bullets, dashes, ticks, arrows typed as bullets ("→ explain…" on a sticky note) and the empty boxes of a
# checklist ("☐ I can…").
BULLET = re.compile(r"^\s*[•●▪■◦○·‣⁃►▶➢➤→⇒➔✓✔☐☑☒□▢❑\-\*–—]\s+")
# "1. ", "2) ", "(3) ", "Step 4:", "Step 4 -" — a numbered step or list item.
# A line that cannot end a sentence: the next line carries on from it (after a possessive, its noun: "Google's" /
# "PageRank algorithm counts…").
CUT_OFF = re.compile(r"(?:\be\.g\.|\bi\.e\.|[,–—&/-]|\b(?:the|a|an|and|or|of|to|with|for|that|which|in|on|by)"
                     r"|\w[’']s)\s*$", re.IGNORECASE)
NUMBERED = re.compile(r"^\s*(?:\(?\d{1,2}[.)]|step\s+\d{1,2}\s*[:.\-–—)]?)\s+(?=\S)", re.IGNORECASE)
# "A. ", "b) ", "(c) " — a lettered option of a quiz question.
OPTION = re.compile(r"^\s*\(?(?P<letter>[A-Fa-f])[.)]\s+(?=\S)")
# A line that only says when or where from a page was written: OneNote's "Pasted from <address>" under copied
# text, a page's date ("Monday, 7 October 2024") and the time under it ("10:15"). Never part of the lesson.
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
PASTED_FROM = re.compile(r"pasted from\s*<[^<>]*>", re.IGNORECASE)
DATE_LINE = re.compile(rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}"
                       rf"|{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\d{{4}}", re.IGNORECASE)
TIME_LINE = re.compile(r"\d{1,2}:\d{2}(?:\s*[ap]m)?", re.IGNORECASE)
# Characters that only hide or reorder text (zero-width, bidi overrides), and control characters other than
# tab and newline (PostgreSQL cannot even store NUL): never useful in teaching text.
INVISIBLE = dict.fromkeys(
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]
    + [c for c in range(32) if c not in (9, 10, 13)]
    + [0x7F]
)


@dataclass
class Block:
    """One heading, paragraph, list item, table, line of code or laid-out term, in reading order."""

    kind: BlockKind
    text: str = ""
    level: int = 0  # heading level (0 = document title) or list indent
    ordered: bool = False  # a numbered list item
    rows: list[list[str]] = field(default_factory=list)  # tables only
    # Headings we made up (slide numbers, "Speaker notes"): they group text but are not the author's headings.
    synthetic: bool = False
    # Code found inside a table cell: already part of the table's text, so not printed twice.
    from_table: bool = False
    where: str = ""  # "slide 3", "page 2", "table 1": for the teacher, where an item was found
    definition: str = ""  # terms only
    emphasis: list[str] = field(default_factory=list)  # bold phrases inside the line (not a line that is all bold)
    # The title of the slide whose body starts with this line: a slide titled "Malware" whose body begins
    # "Software that is damaging…" defines its title.
    title_of: str = ""
    language: str = ""  # code only: the language the document names (a Markdown fence, an HTML class)
    number: int = 0  # the number typed before a numbered item ("3. What…" is 3); 0 when none was typed
    letter: str = ""  # a match-up's meaning lettered by a bare capital ("B  The gap between…"): that letter
    # Marked out by the author: a line all in bold or highlighted (the right option of a quiz question).
    marked: bool = False
    marked_cells: set[tuple[int, int]] = field(default_factory=set)  # tables: (row, column) of such cells


def clean(text: str) -> str:
    """Text with invisible characters removed, non-breaking spaces made plain and runs of spaces collapsed."""
    text = unicodedata.normalize("NFC", text).translate(INVISIBLE)
    text = text.replace("\u00a0", " ").replace("\u2009", " ").replace("\t", " ")
    return re.sub(r"[ ]{2,}", " ", text).strip()


def text_block(text: str, *, level: int = 0, where: str = "") -> Block | None:
    """A block for one line of plain text: a list item when it starts with a bullet or a number."""
    text = clean(text)
    if not text:
        return None
    numbered = NUMBERED.match(text)
    if numbered:
        digits = re.search(r"\d+", numbered.group(0))
        return Block("item", text[numbered.end():].strip(), level=level, ordered=True, where=where,
                     number=int(digits.group(0)) if digits else 0)
    if BULLET.match(text):
        return Block("item", BULLET.sub("", text, count=1).strip(), level=level, where=where)
    return Block("paragraph", text, level=level, where=where)

# Where each of a line's numbered aims starts: "LO1 …  LO2 …", "SC1 … SC2 …" (objectives, success criteria).
NUMBERED_AIM = re.compile(r"(?:^|\s+)(?=(?:LO|SC|L\.O\.)\s?\d{1,2}\b)")
AIM_CODE = re.compile(r"^SC\s?\d{1,2}\s*[:.)–—-]?\s*")  # an "LO1:" stays, to be read with its code


def with_aims_apart(blocks: list[Block]) -> list[Block]:
    """A strip of numbered aims typed along one line ("SC1 I can…   SC2 I can…   SC3 I can…", as a sheet's foot
    carries them) as one item each; any other block as it is."""
    apart: list[Block] = []
    for block in blocks:
        parts = NUMBERED_AIM.split(block.text)[1:] if block.kind in ("paragraph", "item") else []
        if len(parts) < 2:
            apart.append(block)
            continue
        apart += [Block("item", AIM_CODE.sub("", part).strip(), where=block.where) for part in parts]
    return apart


def merge_code(blocks: list[Block]) -> list[Block]:
    """Consecutive code lines become one code block (blank lines inside the code are kept)."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if (
            block.kind == "code"
            and previous is not None
            and previous.kind == "code"
            and previous.from_table == block.from_table
            and not block.from_table
        ):
            previous.text = f"{previous.text}\n{block.text}"
        else:
            merged.append(block)
    for block in merged:
        if block.kind == "code":
            block.text = block.text.strip("\n")
    return [b for b in merged if b.kind != "code" or b.text.strip()]


def without_stamps(blocks: list[Block]) -> list[Block]:
    """The blocks without the lines that only stamp a page with its date (and the time under it) or say where it
    was pasted from. A time on its own elsewhere may be a lesson plan's timing, and stays."""
    kept: list[Block] = []
    dated = False
    for block in blocks:
        text = block.text.strip() if block.kind == "paragraph" else ""
        stamp = bool(PASTED_FROM.fullmatch(text) or DATE_LINE.fullmatch(text) or (dated and TIME_LINE.fullmatch(text)))
        dated = bool(DATE_LINE.fullmatch(text))
        if not stamp:
            kept.append(block)
    return kept


def to_text(blocks: list[Block]) -> str:
    """Plain text in a light Markdown shape (headings, bullets, tables, fenced code) for people and the AI."""
    lines: list[str] = []
    for block in blocks:
        if block.kind == "heading":
            lines.extend(["", f"{'#' * max(1, min(block.level, 6))} {block.text}"])
        elif block.kind == "item":
            indent = "  " * min(block.level, 4)
            lines.append(f"{indent}{'1.' if block.ordered else '-'} {block.text}")
        elif block.kind == "table":
            lines.append("")
            lines.extend(" | ".join(cell.replace("\n", " / ") for cell in row) for row in block.rows)
            lines.append("")
        elif block.kind == "code":
            if not block.from_table:
                lines.extend(["```", block.text, "```"])
        elif block.kind == "term":
            lines.append(f"{block.text} – {block.definition}" if block.definition else block.text)
        else:
            lines.append(block.text)
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
