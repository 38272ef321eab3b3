"""Moodle's Cloze questions (`multianswer`) read as fill-in-the-code: each typed gap such as
{1:SHORTANSWER:=range~=%100%xrange#feedback} becomes a blank whose answers are the full-marks ones. The code is
the <pre> block that holds the gaps, and the words around it the question; with no <pre>, the lines from the
first gap on are the code.

The text is scanned once from left to right (no backtracking regular expression over the whole text), so a file
full of unclosed "{1:SA:" cannot stall the reader."""

from __future__ import annotations

import html
import re
from typing import Any, NamedTuple

from app.services.exchange.html_text import TAG, html_to_text

_GAP_START = re.compile(r"\{(\d*):([A-Za-z_]+):")
_WEIGHT = re.compile(r"^%(-?\d+(?:[.,]\d*)?)%")
_ESCAPED = re.compile(r"\\(.)", re.DOTALL)
TYPED = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC", "NUMERICAL", "NM"}
NUMERICAL = {"NUMERICAL", "NM"}
DEFAULT_TEXT = "Fill in each gap in the code."
ClozeConfig = dict[str, Any]  # a code_completion config as JSON (checked later, as a teacher's save is)


class Gap(NamedTuple):
    start: int
    end: int
    kind: str
    body: str


def _unescaped(text: str, char: str, at: int) -> int:
    """The position of the next `char` not escaped with a backslash, or -1."""
    while (found := text.find(char, at)) >= 0:
        before = found - 1
        while before >= 0 and text[before] == "\\":
            before -= 1
        if (found - 1 - before) % 2 == 0:
            return found
        at = found + 1
    return -1


def _gaps(markup: str) -> list[Gap]:
    gaps, at = [], 0
    while found := _GAP_START.search(markup, at):
        close = _unescaped(markup, "}", found.end())
        if close < 0:
            break
        gaps.append(Gap(found.start(), close + 1, found.group(2).upper(), markup[found.end():close]))
        at = close + 1
    return gaps


def _split(text: str, char: str) -> list[str]:
    parts, at = [], 0
    while (found := _unescaped(text, char, at)) >= 0:
        parts.append(text[at:found])
        at = found + 1
    return [*parts, text[at:]]


def _plain(text: str) -> str:
    return html.unescape(_ESCAPED.sub(r"\1", text)).strip()


def _full_marks(number: int, gap: Gap) -> list[str]:
    """A typed gap's answers worth full marks (an = or %100%), as text."""
    answers = []
    for alternative in _split(gap.body, "~"):
        weight = _WEIGHT.match(alternative)
        fraction = 100.0 if alternative.startswith("=") else float(weight.group(1).replace(",", ".")) if weight else 0
        answer = alternative[1:] if alternative.startswith("=") else alternative[weight.end():] if weight else alternative
        # A # ends the answer and starts its feedback, unless it is part of an entity such as &#39;.
        answer = re.split(r"(?<![\\&])#", answer, maxsplit=1)[0]
        if fraction < 100:
            continue
        text = _plain(answer)
        if gap.kind in NUMERICAL:
            text = _exact(number, text)
        if text:
            answers.append(text)
    if not answers:
        raise ValueError(f"Gap {number} has no answer worth full marks (written =answer).")
    return answers


def _exact(number: int, text: str) -> str:
    value, _sep, tolerance = text.partition(":")
    if tolerance.strip() not in ("", "0", "0.0"):
        raise ValueError(f"Gap {number} accepts a range of numbers (‘{text[:40]}’), which this app cannot mark. "
                         "Give one exact answer instead.")
    return value.strip()


def _pre_text(inner: str) -> str:
    """The text of a <pre> block exactly as written: line breaks and spaces kept, tags dropped."""
    text = TAG.sub(lambda m: "\n" if (m.group(2) or "").lower() == "br" else "", inner.replace("\r\n", "\n"))
    text = html.unescape(text)
    return text[1:] if text.startswith("\n") else text  # HTML ignores a line break straight after <pre>


def cloze_question(markup: str, hints: list[Any] | None) -> tuple[str, ClozeConfig]:
    """(question text, code_completion config) from a Cloze question's HTML, or ValueError saying why it
    cannot be one."""
    gaps = _gaps(markup)
    if not gaps:
        raise ValueError("It has no gaps such as {1:SHORTANSWER:=answer}, so there is nothing to fill in.")
    blanks, pieces, at = [], [], 0
    for number, gap in enumerate(gaps, start=1):
        if gap.kind not in TYPED:
            raise ValueError(f"Gap {number} is a {gap.kind} gap (a choice from a list). This app's fill-in-the-code "
                             "blanks are typed, so the question is skipped.")
        hint = hints[number - 1] if hints and len(hints) == len(gaps) else None
        blanks.append({"id": f"BLANK_{number}", "correct_answers": _full_marks(number, gap),
                       **({"hint": hint} if isinstance(hint, str) and hint else {})})
        pieces += [markup[at:gap.start], f"{{{{BLANK_{number}}}}}"]
        at = gap.end
    marked = "".join([*pieces, markup[at:]])
    text, template = _split_code(marked)
    return text or DEFAULT_TEXT, {"type": "code_completion", "code_template": template, "blanks": blanks}


def _split_code(marked: str) -> tuple[str, str]:
    """The words and the code: the <pre> that holds the first blank, or the lines from the first blank on."""
    lower = marked.lower()
    first = marked.find("{{BLANK_1}}")
    start = lower.rfind("<pre", 0, first)
    end = lower.find("</pre>", first)
    if start >= 0 and end >= 0 and lower.find("</pre>", start, first) < 0:
        opened = marked.find(">", start) + 1
        return html_to_text(marked[:start] + marked[end + len("</pre>"):]), _pre_text(marked[opened:end])
    lines = html_to_text(marked).split("\n")
    code_from = next(n for n, line in enumerate(lines) if "{{BLANK_" in line)
    return "\n".join(lines[:code_from]).strip(), "\n".join(lines[code_from:])
