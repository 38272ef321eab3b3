"""Key words set as headings with their meanings under them, one after another (flash cards, a glossary page).

One heading over one line is as likely a slide's title over its first point; a run of them is a glossary, and
each heading then reads as the title its line defines (`Block.title_of`), as a slide's title and body do.
"""

from __future__ import annotations

from app.services.documents import vocabulary
from app.services.documents.blocks import Block

MIN_HEADED_TERMS = 3  # heading + meaning pairs in a row that make a glossary of headings


def pair_headings(blocks: list[Block]) -> None:
    """A key word as a heading and its meaning under it, again and again (flash cards, a glossary page): in a run
    of at least MIN_HEADED_TERMS such pairs, each heading is defined by the line under it, as on a slide."""
    run: list[tuple[Block, str]] = []  # (the meaning, its heading)
    index = 0
    while index < len(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if following is not None and _heads_a_meaning(blocks[index], following):
            run.append((following, blocks[index].text))
            index += 2
            continue
        _define_by_headings(run)
        run = []
        index += 1
    _define_by_headings(run)


def _heads_a_meaning(heading: Block, following: Block) -> bool:
    return (heading.kind == "heading" and not heading.synthetic and following.kind == "paragraph"
            and not following.title_of and vocabulary.title_term(heading.text, following.text) is not None)


def _define_by_headings(run: list[tuple[Block, str]]) -> None:
    if len(run) >= MIN_HEADED_TERMS:
        for meaning, heading in run:
            meaning.title_of = heading
