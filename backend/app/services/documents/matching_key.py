"""A matching activity answered by a key: key words numbered, their meanings lettered in shuffled order, and a key
that pairs them ("Answers: 1D 2E 3B 4A 5F 6C", in the slide's notes or under the lists). Each word the key pairs
with a meaning that describes it is a key word with that meaning, as a glossary would give it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.services.documents.blocks import Block
from app.services.documents.phrases import is_definition, is_term

MIN_PAIRS = 3
LETTERED = re.compile(r"^\(?(?P<letter>[A-Za-z])[.)]\s+(?P<text>\S.*)$")
NUMBERED = re.compile(r"^\(?(?P<number>\d{1,2})[.)]\s+(?P<text>\S.*)$")
KEY_PAIR = re.compile(r"(?P<number>\d{1,2})\s*[-–=:.)]?\s*(?P<letter>[A-Za-z])(?![A-Za-z])")
KEY_LABEL = re.compile(r"^[^:\d]{0,30}:\s*")  # "Answers:", "Key:"
KEY_SEPARATORS = re.compile(r"[\s,;/]+")


@dataclass
class KeyedPair:
    term: str
    meaning: str
    where: str


def keyed_pairs(blocks: list[Block]) -> list[KeyedPair]:
    """The words a matching key pairs with their meanings, group by group (a slide, or a part under a heading)."""
    pairs: list[KeyedPair] = []
    group: list[Block] = []
    opening = ""
    for block in [*blocks, Block("heading", level=1)]:
        if block.kind == "heading" and block.level <= 1 and block.text.strip().lower() != opening:
            pairs.extend(_group_pairs(group))
            group, opening = [], block.text.strip().lower()
        elif block.kind != "heading" or block.level > 1:  # a printout's title again over its key page: the same part
            group.append(block)
    return pairs


def _group_pairs(group: list[Block]) -> list[KeyedPair]:
    words: dict[int, Block] = {}
    meanings: dict[str, str] = {}
    key: list[tuple[int, str]] = []
    for block in group:
        if block.kind not in ("item", "paragraph"):
            continue
        numbered = NUMBERED.match(block.text)
        if block.number and not numbered:
            words.setdefault(block.number, block)
        elif numbered:
            words.setdefault(int(numbered["number"]), Block(block.kind, numbered["text"], where=block.where))
        elif block.letter:  # "A   In the countryside…" as a match-up printable sets it out (`match_letters`)
            meanings.setdefault(block.letter, block.text.strip())
        elif lettered := LETTERED.match(block.text):
            meanings.setdefault(lettered["letter"].upper(), lettered["text"].strip())
        elif (not key or len(key) < len(words)) and (more := _key(block.text, fewest=1)):
            key += more  # "Answers: 1D 2E 3B 4A", or "1 – B", "2 – F" …: the key one pair a line
    pairs = [KeyedPair(words[number].text.strip(), meanings[letter], words[number].where)
             for number, letter in key if number in words and letter in meanings]
    if len(pairs) < MIN_PAIRS or not all(is_term(p.term, max_words=4) and is_definition(p.meaning, min_words=2)
                                         for p in pairs):
        return []
    return pairs


def _key(text: str, *, fewest: int = MIN_PAIRS) -> list[tuple[int, str]]:
    """ "Answers: 1D 2E 3B 4A" → [(1, "D"), (2, "E"), …]: a line that is nothing but such pairs, or []."""
    rest = KEY_LABEL.sub("", text.strip(), count=1)
    found = [(int(m["number"]), m["letter"].upper()) for m in KEY_PAIR.finditer(rest)]
    if len(found) < fewest or KEY_SEPARATORS.sub("", KEY_PAIR.sub("", rest)):
        return []
    return found
