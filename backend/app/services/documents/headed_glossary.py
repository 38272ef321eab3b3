"""Key words set as headings (or asked as questions) with their meanings under them, one after another (flash
cards, a glossary page, a wall of posts, a slide of "What is X?" lines each answered "X is…").

One heading over one line is as likely a slide's title over its first point; a run of them is a glossary, and
each heading then reads as the title its line defines (`Block.title_of`), as a slide's title and body do. Posts on
a wall (Padlet) carry a byline and a count of likes around each title and body: short lines like those between
the pairs do not end the run. A line asking what a key word is, over a line that answers it, is such a pair too.
"""

from __future__ import annotations

import re

from app.services.documents import title_terms, vocabulary
from app.services.documents.blocks import Block

MIN_HEADED_TERMS = 3  # heading + meaning pairs in a row that make a glossary of headings
MAX_FURNITURE = 2  # short lines between two pairs (a post's byline, its likes) that keep the run going
MAX_FURNITURE_WORDS = 4


def pair_headings(blocks: list[Block]) -> None:
    """A key word as a heading and its meaning under it, again and again (flash cards, a glossary page): in a run
    of at least MIN_HEADED_TERMS such pairs, each heading is defined by the line under it, as on a slide. Once a
    document has such a run, a lone pair elsewhere in it is one of its glossary's too (a card pinned in another
    column) when it has the glossary's shape: a meaning that does not name its heading again, and not a byline."""
    runs = _runs(blocks)
    if not any(len(run) >= MIN_HEADED_TERMS for run in runs):
        return
    for run in runs:
        for meaning, heading in run:
            if len(run) >= MIN_HEADED_TERMS or not (_names_its_heading(heading, meaning.text)
                                                     or _is_furniture(meaning)):
                meaning.title_of = heading


def _runs(blocks: list[Block]) -> list[list[tuple[Block, str]]]:
    """The heading + meaning pairs, (the meaning, its heading), in runs that only short lines come between."""
    runs: list[list[tuple[Block, str]]] = [[]]
    index, furniture = 0, 0
    while index < len(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _heads_a_meaning(blocks[index], following):
            runs[-1].append((following, blocks[index].text))
            index, furniture = index + 2, 0
            continue
        if runs[-1] and furniture < MAX_FURNITURE and _is_furniture(blocks[index]):
            index, furniture = index + 1, furniture + 1
            continue
        if runs[-1]:
            runs.append([])
        index, furniture = index + 1, 0
    return [run for run in runs if run]


def pair_asked_lines(blocks: list[Block]) -> None:
    """ "What is plagiarism?" over "Plagiarism is copying…": a line asking what a key word is, and the line under
    it answering, are a title and the line that defines it (as a slide titled with the question would be)."""
    for asked, answer in zip(blocks, blocks[1:], strict=False):
        if (asked.kind in ("paragraph", "item") and answer.kind == asked.kind and not answer.title_of
                and vocabulary.ASKED_TITLE.match(asked.text.strip())
                and title_terms.title_term(asked.text, answer.text) is not None):
            answer.title_of = asked.text


def _heads_a_meaning(heading: Block, following: Block) -> bool:
    # A meaning typed in lower case under a title is a pupil's quick comment on a post, not a glossary's meaning.
    return (heading.kind == "heading" and not heading.synthetic and following.kind == "paragraph"
            and not following.title_of and not following.text[:1].islower()
            and title_terms.title_term(heading.text, following.text) is not None)


def _is_furniture(block: Block) -> bool:
    """A short line between posts: who posted it and when ("Mr Adeyemi 3d"), its likes ("♥ 4")."""
    return block.kind == "paragraph" and len(block.text.split()) <= MAX_FURNITURE_WORDS \
        and not block.text.rstrip().endswith((".", ":", "?"))


def _names_its_heading(heading: str, line: str) -> bool:
    """ "Touchscreen" / "A touchscreen is BOTH: …": a sentence about the heading, not a glossary's bare meaning."""
    return bool(re.match(rf"(?:(?:a|an|the)\s+)?{re.escape(heading.strip())}\b", line.strip(), re.IGNORECASE))
