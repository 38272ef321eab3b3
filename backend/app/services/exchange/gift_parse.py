"""Reading GIFT text (Moodle's "GIFT format") into plain parsed questions, before they are mapped to our types.

What the documentation allows and this reads: `//` comment lines, blank lines between questions, `$CATEGORY:`
lines, a title `::Q1::`, a text format `[html]` `[moodle]` `[plain]` `[markdown]`, the escapes \\ \\~ \\= \\# \\{
\\} \\: and \\n, one answer block `{...}` (anywhere in the text: text after it makes a missing-word question),
answers `=right` `~wrong` with weights `%50%` and feedback `#...`, general feedback `####...`, true/false `{T}`,
numerical `{#...}`, matching `=a -> b` and essays `{}`. HTML is reduced to its text: raw HTML is never kept.

Each question is parsed on its own, so a broken one carries a `problem` instead of stopping the file; the
parse is a single pass over the text with no recursion, whatever the file holds."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from app.services.exchange.html_text import TAG, drop_comments, drop_hidden
from app.services.exchange.limits import strict_json

# Escapes become private-use characters while the structure is read, so an escaped ~ is never an answer marker.
ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004", "\\}": "\ue005",
           "\\:": "\ue006", "\\n": "\ue007"}
RESTORE = {"\ue000": "\\", "\ue001": "~", "\ue002": "=", "\ue003": "#", "\ue004": "{", "\ue005": "}",
           "\ue006": ":", "\ue007": "\n"}
_ESCAPE = re.compile("|".join(re.escape(e) for e in ESCAPES))
_PRIVATE = re.compile("[\ue000-\ue007]")
_FORMAT = re.compile(r"^\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(#.*)?$", re.IGNORECASE | re.DOTALL)
# Our own fields from a `// ks3:` comment, as JSON: checked later exactly as a teacher's save is.
OurFields = dict[str, Any]
META = "// ks3:"  # our own fields for the question after it (JSON on one line)
FILE_META = "// ks3-assessment:"  # the assessment's title and description (JSON on one line)


@dataclass
class Answer:
    text: str
    right: bool  # marked = (or a positive weight)
    weight: float | None = None  # the %n% before it, when given
    feedback: str = ""
    match: str | None = None  # the right-hand side of "left -> right"


@dataclass
class ParsedQuestion:
    number: int
    kind: str = ""  # choice, short, numerical, true_false, matching, essay
    title: str = ""
    text: str = ""
    answers: list[Answer] = field(default_factory=list)
    general_feedback: str = ""
    meta: OurFields = field(default_factory=dict)
    problem: str | None = None


@dataclass
class ParsedFile:
    questions: list[ParsedQuestion]
    categories: list[str]
    file_meta: OurFields


MAX_TEXT = 20_000  # characters in one piece of text: far above what a question holds (5,000)
GIFT_BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


def html_to_text(markup: str) -> str:
    """HTML reduced to plain text, with linear scans (app.services.exchange.html_text says why): comments,
    scripts and styles dropped with their content, other tags dropped (a line break for each break, paragraph
    or list item), entities decoded, spaces collapsed within lines (GIFT's own line breaks are kept), at most
    one blank line between paragraphs. A "<" that starts no tag is kept as the text it is."""
    markup = drop_hidden(drop_comments(markup))
    markup = TAG.sub(lambda m: "\n" if (m.group(2) or "").lower() in GIFT_BREAKS else "", markup)
    lines = [" ".join(line.split()) for line in html.unescape(markup).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def to_text(raw: str, text_format: str) -> str:
    """A piece of GIFT as the words to store: escapes undone; HTML (and Moodle's own format, which is HTML too)
    reduced to text; plain and markdown kept as written."""
    if len(raw) > MAX_TEXT:
        raise _Unreadable(f"Its text is longer than {MAX_TEXT:,} characters, far more than a question can hold.")
    if text_format in ("plain", "markdown"):
        text = _restore(raw)
        return "\n".join(line.rstrip() for line in text.strip().split("\n"))
    # Escaped characters are literal text, so they are protected from the HTML reading as entities.
    protected = "".join(html.escape(RESTORE[c]) if c in RESTORE else c for c in raw)
    return html_to_text(protected)


def _restore(text: str) -> str:
    return _PRIVATE.sub(lambda m: RESTORE[m.group(0)], text)


class Block(NamedTuple):
    """One question's lines, and our fields from the comment before it."""

    lines: list[str]
    meta: OurFields


def _blocks(text: str) -> tuple[list[Block], OurFields]:
    """The file cut into questions at blank lines, comment lines dropped; each with our `// ks3:` fields."""
    blocks: list[Block] = []
    current: list[str] = []
    meta: OurFields = {}
    file_meta: OurFields = {}
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            if current:
                blocks.append(Block(current, meta))
                current, meta = [], {}
            continue
        if stripped.startswith("//"):
            if stripped.startswith(META):
                meta = _json_object(stripped[len(META):])
            elif stripped.startswith(FILE_META):
                file_meta = _json_object(stripped[len(FILE_META):])
            continue
        current.append(line)
    if current:
        blocks.append(Block(current, meta))
    return blocks, file_meta


def _json_object(text: str) -> OurFields:
    """Our fields from a comment; a comment that is not a JSON object is only a comment."""
    try:
        value = strict_json(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def count_questions(text: str) -> int:
    """How many questions (blocks that are not categories) the text holds, before any is parsed."""
    blocks, _meta = _blocks(text)
    return sum(1 for lines, _ in blocks if not lines[0].strip().startswith("$CATEGORY:"))


def parse(text: str) -> ParsedFile:
    """Every question in the GIFT text, in order, each parsed or carrying the reason it could not be."""
    text = _ESCAPE.sub(lambda m: ESCAPES[m.group(0)], _PRIVATE.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    blocks, file_meta = _blocks(text)
    questions: list[ParsedQuestion] = []
    categories: list[str] = []
    for lines, meta in blocks:
        if lines[0].strip().startswith("$CATEGORY:"):
            categories.append(_restore(lines[0].strip()[len("$CATEGORY:"):]).strip())
            lines = lines[1:]
            if not lines:
                continue
        question = ParsedQuestion(number=len(questions) + 1, meta=meta)
        try:
            _parse_question("\n".join(lines), question)
        except _Unreadable as reason:
            question.problem = str(reason)
        questions.append(question)
    return ParsedFile(questions, categories, file_meta)


class _Unreadable(Exception):
    """Why one question cannot be read (it is skipped with this reason)."""


def _parse_question(block: str, question: ParsedQuestion) -> None:
    rest = block.strip()
    if rest.startswith("::"):
        end = rest.find("::", 2)
        if end < 0:
            raise _Unreadable("Its title starts with :: but has no closing ::.")
        question.title = _restore(rest[2:end]).strip()
        rest = rest[end + 2:].strip()
    text_format = "moodle"
    found = _FORMAT.match(rest)
    if found:
        text_format = found.group(1).lower()
        rest = rest[found.end():]
    opening = rest.find("{")
    if opening < 0:
        raise _Unreadable("It has no answers in { } (a description only), so there is nothing to answer.")
    closing = rest.find("}", opening)
    inner_opening = rest.find("{", opening + 1)
    if closing < 0:
        raise _Unreadable("Its answers start with { but never end with }. Check for a missing }.")
    if 0 <= inner_opening < closing:
        raise _Unreadable("It has a { inside its answers. Write \\{ for a { that is part of the text.")
    if rest.find("{", closing) >= 0:
        raise _Unreadable("It has more than one answer block { }. Each question can have one.")
    before, body, after = rest[:opening].strip(), rest[opening + 1:closing].strip(), rest[closing + 1:].strip()
    # Text after the answers makes a missing-word question: the answer goes in the gap.
    raw_text = f"{before} _____ {after}" if after else before
    question.text = to_text(raw_text, text_format)
    if not question.text:
        raise _Unreadable("It has answers but no question text.")
    if "####" in body:
        body, general = body.split("####", 1)
        question.general_feedback = to_text(general, text_format)
        body = body.strip()
    _parse_answers(body, question, text_format)


def _parse_answers(body: str, question: ParsedQuestion, text_format: str) -> None:
    if not body:
        question.kind = "essay"
        return
    true_false = _TRUE_FALSE.match(body)
    if true_false:
        question.kind = "true_false"
        right = true_false.group(1).upper().startswith("T")
        # Feedback is given for a wrong answer first, then for a right one.
        feedback = (true_false.group(2) or "").split("#")[1:] + ["", ""]
        question.answers = [Answer("True", right, feedback=to_text(feedback[1 if right else 0], text_format)),
                            Answer("False", not right, feedback=to_text(feedback[0 if right else 1], text_format))]
        return
    if body.startswith("#"):
        question.kind = "numerical"
        body = body[1:].strip()
        if body[:1] not in ("=", "~"):
            body = "=" + body
    pieces = [p for p in re.split(r"(?=[=~])", body) if p.strip()]
    if not pieces or pieces[0][0] not in "=~":
        raise _Unreadable("Its answers must each start with = (right) or ~ (wrong).")
    for piece in pieces:
        question.answers.append(_answer(piece, text_format))
    if question.kind == "numerical":
        return
    only_right = all(p[0] == "=" for p in pieces)
    # As Moodle reads it: matching when every answer is "=left -> right"; otherwise "->" is just text.
    if only_right and all(a.match is not None for a in question.answers):
        question.kind = "matching"
        return
    for answer in question.answers:
        if answer.match is not None:
            answer.text, answer.match = f"{answer.text} -> {answer.match}", None
    question.kind = "short" if only_right else "choice"


def _answer(piece: str, text_format: str) -> Answer:
    marker, text = piece[0], piece[1:].strip()
    weight = None
    found = _WEIGHT.match(text)
    if found:
        weight = float(found.group(1))
        text = text[found.end():].strip()
    feedback = ""
    if "#" in text:
        text, feedback = text.split("#", 1)
    match = None
    if "->" in text:
        text, match = text.split("->", 1)
        match = to_text(match, text_format)
    right = weight > 0 if weight is not None else marker == "="
    return Answer(to_text(text, text_format), right, weight, to_text(feedback, text_format), match)


def escape(text: str) -> str:
    """Text written into GIFT: the special characters escaped and line breaks as \\n, so it is read back as is."""
    out = text.replace("\\", "\\\\")
    for char in "~=#{}:":
        out = out.replace(char, "\\" + char)
    return out.replace("\r\n", "\n").replace("\n", "\\n")
