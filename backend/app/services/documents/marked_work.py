"""Marked work set out as a table: a pupil's answer in one column and the examiner's or teacher's comment beside it
("Candidate's answer | Examiner's comment", "Pupil response | Feedback"). The answers are a pupil's words, right or
wrong, so no key word is read from them; a comment may define a word the answer used ("A stakeholder is anyone
who…", "✓ Good use of ‘prototype’ – an early working model…"), while its judgement before a dash ("✓ Balanced – a
point for the other side…") names no key word.
"""

from __future__ import annotations

import re

from app.services.documents.vocabulary import SENTENCE_END, Candidate, defining_sentence, is_term, tidy

ANSWER_HEADER = re.compile(r"^(?:(?:candidate|pupil|student|learner|child)[’']?s?\s+)?(?:answers?|responses?|work)$",
                           re.IGNORECASE)
COMMENT_HEADER = re.compile(r"^(?:(?:examiner|teacher|marker|moderator)[’']?s?\s+)?(?:comments?|feedback|marking)$",
                            re.IGNORECASE)
TICKS = re.compile(r"^[\s✓✔✗✘×☑]+")
# One word in quotes before a dash, then what it means: "Good use of ‘prototype’ – an early working model…".
QUOTED_MEANING = re.compile(r"^[^‘“'\"–—]{0,40}[‘“'\"](?P<term>[^’”'\"]{2,40})[’”'\"]\s*[–—-]\s+(?P<meaning>\S.{5,})$")


def comment_column(header: list[str]) -> int | None:
    """The comment column of a marked-work table's header row, or None when the table is not one."""
    cells = [cell.strip().strip("*").strip() for cell in header]
    if not any(ANSWER_HEADER.match(cell) for cell in cells):
        return None
    return next((at for at, cell in enumerate(cells) if COMMENT_HEADER.match(cell)), None)


def comment_terms(comment: str) -> list[Candidate]:
    """The key words a comment defines: a quoted word before a dash and its meaning, or any sentence of it that
    defines a word ("Define the term! A stakeholder is anyone who…")."""
    found = []
    for line in comment.splitlines():
        line = TICKS.sub("", line).strip()
        quoted = QUOTED_MEANING.match(line)
        if quoted and is_term(quoted["term"]):
            found.append(tidy(quoted["term"], quoted["meaning"].rstrip(".")))
            continue
        for sentence in SENTENCE_END.split(line):
            if (candidate := defining_sentence(sentence)) is not None:
                found.append(candidate)
    return found
