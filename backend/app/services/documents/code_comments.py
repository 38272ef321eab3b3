"""Teaching text written inside a program: a walkthrough program whose docstring holds the lesson's title and
objectives, and whose comments name each key word above the code that does it.

    \"\"\"Learning objectives:                                   a docstring's lines, read as any lines of a document
      * explain why programs should validate…\"\"\"
    # VALIDATION = checking that input data is sensible…      a comment naming a word and giving its meaning after
    # --- Presence check: makes sure something…               "=", a dash, a colon, ">>" or "->" (its decoration
    # Type check. The data must be the right data type…       aside), or after a full stop, as a sentence "The…"
    #   carried on in an indented comment line

The meaning is judged as a "word – meaning" line outside a key-words section is (`vocabulary.line_term`), so a
comment about the program ("# Ask the user for their name", "# total = total + price") is not one. Comment tags
("TODO:", "FIXME") are notes to the programmer, never prose. Line numbers an editor printed down the margin are set
aside first. The prose is for structure detection only: the program keeps its comments.
"""

from __future__ import annotations

import re

from app.services.documents import vocabulary
from app.services.documents.blocks import Block, text_block

# A whole-line comment: Python's and the shell's "#", the C family's "//", SQL's "-- ".
COMMENT = re.compile(r"^\s*(?:#+|//+|--(?=\s))(?P<indent>\s*)(?P<text>.*)$")
DOCSTRING = re.compile(r"^[rRuU]?(?P<quotes>\"\"\"|''')(?P<text>.*)$")
# Lines of dashes or stars drawn round a comment ("# --- Presence check", "# ***"), not words.
DECORATION = re.compile(r"^[-=*~#>+_]+\s*")
TAG = re.compile(r"^(?:TODO|FIXME|XXX|HACK|BUG|NOTE|NB)\b", re.IGNORECASE)
# The separators a comment puts between a word and its meaning, besides the "=" and dashes every line may use.
SEPARATOR = re.compile(r"^(?P<word>[^:>=.–—]{2,40}?)\s*(?::|>>|->|=>|→|\.(?=\s+(?:The|A|An)\s))\s+(?P<rest>\S.*)$")
# An editor's line number at the start of every line ("  7  def log_in():").
LINE_NUMBER = re.compile(r"^\s*(?P<number>\d{1,4})(?:\s|$)")
MIN_NUMBERED = 3


def with_comment_prose(blocks: list[Block]) -> list[Block]:
    """The blocks, each piece of code followed by the prose of its docstrings and comments."""
    result: list[Block] = []
    for block in blocks:
        result.append(block)
        if block.kind == "code":
            result.extend(comment_blocks(block))
    return result


def comment_blocks(code: Block) -> list[Block]:
    """The docstrings' lines and the comments of a piece of code as blocks: a comment naming a word with its
    meaning as a "term", any other line as the line it is."""
    blocks: list[Block] = []
    for line in _prose_lines(_without_line_numbers(code.text.splitlines())):
        dashed = SEPARATOR.match(line)
        candidate = vocabulary.line_term(f"{dashed['word']} – {dashed['rest']}" if dashed else line, in_section=False)
        if candidate is not None:
            blocks.append(Block("term", candidate.term, definition=candidate.definition, where=code.where))
        elif (block := text_block(line, where=code.where)) is not None:
            blocks.append(block)
    return blocks


def _prose_lines(lines: list[str]) -> list[str]:
    """Each docstring line, and each comment with the comment lines indented further that carry it on, joined;
    comment tags and their lines left out."""
    prose: list[str] = []
    closing = ""  # the quotes that end the docstring being read
    indent = -1  # the indent of the comment being read (-1: none is)
    tagged = False
    for line in lines:
        stripped = line.strip()
        if closing:
            text, ended, _rest = stripped.partition(closing)
            closing = "" if ended else closing
            prose.append(text)
            continue
        if (opened := DOCSTRING.match(stripped)) is not None:
            text, ended, _rest = opened["text"].partition(opened["quotes"])
            closing = "" if ended else opened["quotes"]
            prose.append(text)
            indent = -1
            continue
        comment = COMMENT.match(line)
        if comment is None:
            indent = -1
            continue
        text = DECORATION.sub("", comment["text"]).strip()
        carried_on = indent >= 0 and prose and len(comment["indent"]) > indent
        if carried_on:
            if not tagged:
                prose[-1] = f"{prose[-1]} {text}"
            continue
        tagged = bool(TAG.match(text))
        indent = len(comment["indent"]) if text else -1  # an empty "#" carries nothing on
        if not tagged and text:
            prose.append(text)
    return [text.strip() for text in prose if text.strip()]


def _without_line_numbers(lines: list[str]) -> list[str]:
    """The lines without the numbers an editor printed down the margin, when every line has one and they go up."""
    written = [line for line in lines if line.strip()]
    numbers = [int(match["number"]) if (match := LINE_NUMBER.match(line)) else -1 for line in written]
    if len(written) < MIN_NUMBERED or -1 in numbers or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return lines
    return [LINE_NUMBER.sub("", line, count=1) for line in lines]
