"""The lesson documents as source passages: each bullet point or paragraph with the file it is in and where
(slide 4, or the heading it is under), so a question built from it can say where it came from.

Slides come from the reader's slide summaries (title and bullets; speaker notes are the teacher's, not
taught content). Other documents come from their extracted text, whose lines the readers write as
"# heading", "- item", "1. item", "a | b" table rows, fenced code and plain paragraphs. A program's own comments and
docstring are passages too (`program_passages`): a walkthrough program is often where a unit explains its words
("# VALIDATION = checking that input data is sensible…")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Literal, TypedDict

from app.services.documents.found import CodeSnippet, DocumentStructure
from app.services.generation.code_language import lesson_code
from app.services.generation.draft_question import QuestionSource

PassageKind = Literal["bullet", "paragraph"]
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_ITEM = re.compile(r"^\s*(?:[-•*▪●◦–]|\d{1,2}[.)]|[a-z][.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z‘'\"(])")
MAX_PASSAGES = 2000
# A whole-line comment ("# …", "// …", "-- …").
_COMMENT = re.compile(r"^\s*(?:#|//|--)(?P<gap>\s*)(?P<text>.*)$")
_DECORATION = re.compile(r"^[-=*>~\s]+|[-=*~\s]+$")  # "# --- Presence check: …", "# ======"
_ARROW = re.compile(r"\s*(?:>>|->|=>)\s*")


class Passage(TypedDict):
    """One bullet point or paragraph of a lesson document."""

    text: str
    heading: str  # the slide's title or the heading the line is under ("" when none)
    file: str
    where: str  # "slide 4", "under ‘Key terms’", or "" when the document gives nothing better than its name
    kind: PassageKind


def document_passages(filename: str, text: str, structure: DocumentStructure | None) -> list[Passage]:
    """Every passage of one stored document, in order."""
    slides = (structure or {}).get("slides") or []
    if slides:
        found = []
        for slide in slides:
            title = (slide.get("title") or "").strip()
            for bullet in slide.get("bullets") or []:
                if bullet.strip():
                    found.append(Passage(text=_tidy(bullet), heading=title, file=filename,
                                         where=f"slide {slide['number']}", kind="bullet"))
        return found[:MAX_PASSAGES]
    return _text_passages(filename, text)


def _text_passages(filename: str, text: str) -> list[Passage]:
    found: list[Passage] = []
    heading, in_code, in_notes = "", False, False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("```"):
            in_code = not in_code
            continue
        if in_code or not line:
            continue
        match = _HEADING.match(line)
        if match:
            title = match.group(2).strip()
            in_notes = title.lower() == "speaker notes"
            if not in_notes:
                heading = title
            continue
        if in_notes or " | " in line:
            continue  # the teacher's notes; table rows (their terms come from the reader's vocabulary)
        kind: PassageKind = "bullet" if _ITEM.match(line) else "paragraph"
        where = f"under ‘{heading}’" if heading and heading != filename else ""
        found.append(Passage(text=_tidy(_ITEM.sub("", line, count=1)), heading=heading, file=filename,
                             where=where, kind=kind))
        if len(found) >= MAX_PASSAGES:
            break
    return found


def program_passages(snippet: CodeSnippet) -> list[Passage]:
    """The comments and docstring of one of the unit's programs as passages: a comment and the lines that carry it
    on (indented after their "#") as one passage, each line of a docstring as one, under the label it follows
    ("Learning objectives:")."""
    file, where = str(snippet.get("source") or ""), str(snippet.get("where") or "")
    heading = str(snippet.get("title") or "").strip()
    found: list[Passage] = []
    block: list[str] = []
    for text, carries_on in _comment_lines(lesson_code(snippet)):
        if block and not carries_on:
            found.append(Passage(text=_tidy(" ".join(block)), heading=heading, file=file, where=where,
                                 kind="paragraph"))
            block = []
        if text.endswith(":") and len(text.split()) <= 4:
            heading = text.rstrip(":")  # "Learning objectives:" over the lines that follow
        elif text:
            block.append(text)
    if block:
        found.append(Passage(text=_tidy(" ".join(block)), heading=heading, file=file, where=where, kind="paragraph"))
    return [p for p in found if len(p["text"].split()) >= 4]


def _comment_lines(code: str) -> list[tuple[str, bool]]:
    """(text, whether it carries on the comment before) for each line of a comment or a docstring."""
    found: list[tuple[str, bool]] = []
    quote = ""  # the quotes of the docstring the line is in
    for raw in code.splitlines():
        line = raw.strip()
        if quote or line[:3] in ('"""', "'''"):
            opening = not quote
            quote = quote or line[:3]
            body = line[3:] if opening else line
            if quote in body:
                body, quote = body[: body.index(quote)], ""
            found.append((_DECORATION.sub("", body.strip(" *•")), False))
            continue
        comment = _COMMENT.match(raw)
        if comment is None:
            found.append(("", False))
            continue
        text = _ARROW.sub(" – ", _DECORATION.sub("", comment["text"]))
        previous = found[-1][0] if found else ""
        found.append((text, len(comment["gap"]) > 1 and not previous.endswith((".", "!", "?"))))
    return found


def _tidy(text: str) -> str:
    return " ".join(text.split())


def sentences(passage: Passage) -> list[str]:
    """The passage's sentences (a bullet point is usually one)."""
    return [s.strip() for s in _SENTENCE_END.split(passage["text"]) if s.strip()]


def passage_source(passage: Passage, quote: str | None = None) -> QuestionSource:
    """Where a question built from this passage came from, with the words it was built from."""
    return QuestionSource(file=passage["file"], where=passage["where"], quote=_clip(quote or passage["text"]))


def _clip(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def find_passage(passages: list[Passage], text: str, file: str = "") -> Passage | None:
    """The passage holding `text` (compared without case, spacing or punctuation), preferring `file`."""
    key = _key(text)
    if len(key) < 3:
        return None
    matches = [p for p in passages if key in _key(p["text"])] or [p for p in passages if _key(p["heading"]) == key]
    return next((p for p in matches if p["file"] == file), matches[0] if matches else None)


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())


def item_source(item: Mapping[str, object], passages: list[Passage], *, quote: str, fallback: str = "") -> QuestionSource:
    """The source of a found item (a term, an objective, a sequence, a code snippet): its own `where` and
    `quote` when the reader gave them, else the passage that holds `quote`, else just its file."""
    file = str(item.get("source") or "")
    where = str(item.get("where") or "")
    words = str(item.get("quote") or "")
    if not where:
        passage = find_passage(passages, quote, file)
        if passage is not None and (not file or passage["file"] == file):
            file, where, words = passage["file"], passage["where"], words or passage["text"]
    if not file and not where:
        where = fallback
    return QuestionSource(file=file, where=where, quote=_clip(words or quote))


def snippet_source(snippet: Mapping[str, object], passages: list[Passage]) -> QuestionSource:
    """The source of a code snippet: its own `where` when the reader gave one, else the slide or section under
    the heading it was found beneath (code is not a passage of its own)."""
    code = str(snippet.get("code") or "").strip()
    first_line = code.splitlines()[0] if code else ""
    file, title = str(snippet.get("source") or ""), str(snippet.get("title") or "").strip()
    where = str(snippet.get("where") or "")
    if not where and title:
        heading = next((p for p in passages if p["heading"] == title and (not file or p["file"] == file)), None)
        where = heading["where"] if heading is not None else f"under ‘{title}’"
    return QuestionSource(file=file, where=where, quote=_clip(str(snippet.get("quote") or first_line)))
