"""A "Who am I?" riddle: a thing describes itself in the first person, and its name is in a box of its own (a
reveal box clicked on in the lesson, placed before or after the clues), as a slide of a starter or a plenary has it:

    Who am I?  (2/7)
    I connect the devices on a LAN together.                 the clues: what the thing is and does, said by it
    I read the MAC address on each frame and send it…
    SWITCH                                                   the answer, alone

Each slide (or part under a heading) asked so, with clues and exactly one short name among its lines, names a key
word; its meaning is the clues said of it ("Connects the devices on a LAN together. Reads the MAC address…").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.blocks import Block
from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import layout_pair
from app.services.documents.word_forms import as_written

RIDDLE = re.compile(r"^(?:who|what)\s+am\s+i\b|^guess\s+(?:who|what)\s+i\s+am\b", re.IGNORECASE)
CLUE = re.compile(r"^I(?:\s|['’]m\s)")
# Verbs that do not take an "s" for "it", and those that change.
MODALS = {"can", "could", "will", "would", "shall", "should", "may", "might", "must", "cannot", "can't"}
IRREGULAR = {"am": "is", "'m": "is", "’m": "is", "have": "has", "do": "does", "go": "goes", "was": "was",
             "don't": "doesn't", "haven't": "hasn't", "wasn't": "wasn't"}
PRONOUNS = {"my": "its", "me": "it", "myself": "itself", "mine": "its"}


class Riddle(NamedTuple):
    """A riddle's answer, the clues said of it, and where the riddle is."""

    term: str
    meaning: str
    where: str


def answered_riddles(blocks: list[Block]) -> list[Riddle]:
    """The key words named by riddles, with the clues said of them, group by group."""
    found = []
    for group in _groups(blocks):
        riddle = _answered(group)
        if riddle is not None:
            found.append(riddle)
    return found


def _groups(blocks: list[Block]) -> list[list[Block]]:
    """The lines of each slide (not its notes) or each part under a heading, with the heading first."""
    groups: list[list[Block]] = []
    for block in blocks:
        if block.kind == "heading":
            groups.append([block])
        elif groups and not block.where.endswith("notes"):
            groups[-1].append(block)
    return groups


def _answered(group: list[Block]) -> Riddle | None:
    heading, lines = group[0], [b for b in group[1:] if b.kind in ("paragraph", "item")]
    if not RIDDLE.match(heading.text.strip()) and not any(RIDDLE.match(b.text.strip()) for b in lines):
        return None
    clues = [b.text.strip() for b in lines if CLUE.match(b.text.strip())]
    meaning = " ".join(said_of_it(clue) for clue in clues)
    # The answer: the one other line that is a name (set in capitals, as a reveal box often is, or not).
    names = [b.text.strip() for b in lines if not CLUE.match(b.text.strip()) and not RIDDLE.match(b.text.strip())
             and is_term(as_written(b.text.strip(), meaning), max_words=5)]
    if not clues or len(names) != 1 or not is_definition(meaning, min_words=3):
        return None
    pair = layout_pair(names[0], meaning)
    return Riddle(pair.term, pair.definition, heading.where) if pair is not None else None


def said_of_it(clue: str) -> str:
    """A first-person clue said of the thing: "I send and receive data" → "Sends and receives data", "I am a cable
    with…" → "A cable with…", "…my own MAC address" → "…its own MAC address"."""
    words = re.sub(r"^I(?=['’]m\b)", "I ", clue.strip()).split()[1:]  # without the opening "I"
    if not words:
        return ""
    if words[0].lower() in ("am", "'m", "’m") and len(words) > 1 and words[1].lower() in ("a", "an", "the"):
        words = words[1:]  # "I am a cable…": what it is
    else:
        words[0] = _for_it(words[0])
        if len(words) > 2 and words[1] == "and":
            words[2] = _for_it(words[2])  # "send and receive"
    text = re.sub(r"\b(?:my|me|myself|mine)\b", lambda m: PRONOUNS[m[0].lower()], " ".join(words),
                  flags=re.IGNORECASE)
    text = re.sub(r"\bI am\b|\bI['’]m\b", "it is", text)
    text = re.sub(r"\bI (\w+)", lambda m: f"it {_for_it(m[1])}", text)
    return text[:1].upper() + text[1:]


def _for_it(verb: str) -> str:
    """A verb as "it" does it: "connect" → "connects", "carry" → "carries", "am" → "is"; "can" stays."""
    word = verb.lower()
    if word in MODALS or (not word.isalpha() and word not in IRREGULAR):
        return verb
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{verb}es"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return f"{verb[:-1]}ies"
    return f"{verb}s"
