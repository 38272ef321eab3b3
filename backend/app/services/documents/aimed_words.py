"""Key words the objectives name, set out as "Word: what it is" in the lesson's own lines ("Compare the waterfall
model with agile development" over a note "Agile development: the software is built in small pieces…"). Outside a
key-words section a colon line is most often a label ("Task 1: …", "Homework: …"), so it is read as a key word only
when the document's stated objectives name that word: then it is what the lesson sets out to teach. So is a thing
of a quality the objectives ask about ("Explain what makes a password strong"), said to be what its qualities are in
a sentence listing them ("A strong password is long (…), mixes letters…, and is not used…"): a sentence that merely
calls a thing good or short ("A good answer is short") names no quality an objective asks about."""

from __future__ import annotations

import re

from app.services.documents import vocabulary
from app.services.documents.blocks import Block
from app.services.documents.findings import Findings, Origin
from app.services.documents.phrases import is_definition
from app.services.documents.word_forms import capitalised

MIN_MEANING_WORDS = 6  # a sentence that explains, not a label's few words ("Homework: page 4")
# "A strong password is long (…), mixes letters, numbers and symbols, and is not used…": a thing of one quality,
# then a list of what it is and does (a comma in it), to the sentence's end.
QUALITIES = re.compile(r"^(?:A|An)\s+(?P<quality>[a-z]{3,})\s+(?P<noun>[a-z][\w-]{2,})\s+(?:is|are)\s+"
                       r"(?P<meaning>[a-z][^.!?,]{1,80},\s[^.!?]{5,200})[.!]?$")


def add_aimed_words(found: Findings, blocks: list[Block]) -> None:
    """Add each colon line's word and meaning when the found objectives name the word."""
    aims = " . ".join(objective["text"].lower() for objective in found.objectives)
    if not aims:
        return
    for block in (block for block in blocks if block.kind == "paragraph" and ":" in block.text):
        colon = vocabulary.COLON.match(block.text)
        said = vocabulary.tidy(colon["term"], colon["definition"]) if colon else None
        explains = said is not None and is_definition(said.definition, min_words=MIN_MEANING_WORDS)
        if said is not None and explains and _named_in(said.term, aims):
            found.add_term(said.term, said.definition, origin=Origin(block.where, block.text))
    for block in (block for block in blocks if block.kind in ("paragraph", "item")):
        for sentence in vocabulary.SENTENCE_END.split(block.text.strip()):
            listed = QUALITIES.match(sentence)
            if listed is not None and _quality_asked(listed["quality"], listed["noun"], aims) \
                    and is_definition(listed["meaning"], min_words=MIN_MEANING_WORDS):
                said = vocabulary.tidy(capitalised(f"{listed['quality']} {listed['noun']}"),
                                       capitalised(listed["meaning"]))
                found.add_term(*said, origin=Origin(block.where, sentence))


def _named_in(term: str, aims: str) -> bool:
    words = term.lower().split()
    if not 1 <= len(words) <= 4:
        return False
    # Named whole: at the end of its noun phrase, so "the main functions of an OS" does not name "Main".
    ends = r"s?(?=\s*$|\s*[,.;:)]|\s+(?:with|and|or|in|of|to|for|from|by|as|on|is|are|that|which|when|works?)\b)"
    return re.search(r"\b" + r"\s+".join(map(re.escape, words)) + ends, aims) is not None


def _quality_asked(quality: str, noun: str, aims: str) -> bool:
    """Whether the objectives ask what gives a thing the quality: "what makes a password strong"."""
    asks = rf"\bmakes?\s+(?:a|an|the|your)?\s*{re.escape(noun)}s?\s+{re.escape(quality)}\b"
    return re.search(asks, aims) is not None
