"""How a key word is written: set in capitals by a design for display ("CAESAR CIPHER" is "Caesar cipher"), or as
an abbreviation ("RAM", and what it stands for), and with its first letter in capitals."""

from __future__ import annotations

import re

NAMED_THING = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:function|command|formula|keyword|statement|operator"
                         r"|instruction|tag|query|method)\b", re.IGNORECASE)
ABBREVIATION_LETTERS = 3  # "RAM", "CPU", "KEY": a word this short in capitals may be an abbreviation
SMALL_WORDS = {"of", "and", "the", "for", "to", "a", "an", "in", "on"}


def set_in_capitals(term: str, definition: str) -> str:
    """A key word set in capitals by the design of a card or a slide ("CAESAR CIPHER" over "A cipher that
    shifts…"), as a sentence would write it ("Caesar cipher"): the capitals are typography, not shouting. Short
    words keep their capitals, as they may be abbreviations ("RAM"); a function's name stays as it is written
    ("AVERAGE" / "A function that…"). "" for a term not in capitals."""
    if not term.isupper() or not any(c.islower() for c in definition) or NAMED_THING.match(definition):
        return ""
    if term.isalpha() and not set(term.lower()) & set("aeiouy"):
        return ""  # "HTTPS", "SMTP": no word is spelled without a vowel, so an abbreviation, not a word set big
    spelt_out = re.match(r"(?:[A-Z][\w-]*(?:\s+(?:of|and|for|the))?\s+)+", definition)
    if spelt_out and expands(term, spelt_out.group()):
        return ""  # "WCAG" / "Web Content Accessibility Guidelines – …": an abbreviation, not a word set big
    # A bracketed abbreviation after the name keeps its capitals: "NETWORK INTERFACE CARD (NIC)".
    words = [word if len(word) <= ABBREVIATION_LETTERS or word.startswith("(") else word.lower()
             for word in term.split()]
    return capitalised(" ".join(words))


def as_written(term: str, definition: str) -> str:
    """A term as a sentence would write it: a key word set in capitals for display in lower case (see
    `set_in_capitals`), any other term as it is."""
    return set_in_capitals(term, definition) or term


def expands(short: str, long: str) -> bool:
    """Whether `long` is what the abbreviation `short` stands for ("LAN", "Local Area Network")."""
    letters = short.strip()
    # "B2C" (business to consumer), "P2P", "B4L": a 2 or a 4 stands for the small word "to" or "for" between.
    if (numbered := re.fullmatch(r"([A-Z]{1,3})([24])([A-Z]{1,3})", letters)) is not None:
        small = "to" if numbered[2] == "2" else "for"
        halves = re.split(rf"\s+{small}\s+", long.strip(), maxsplit=1, flags=re.IGNORECASE)
        return len(halves) == 2 and all(_initials(half) == part for half, part in zip(halves, numbered.group(1, 3), strict=True))
    if not 2 <= len(letters) <= 6 or not letters.isupper() or not letters.isalpha():
        return False
    words = re.findall(r"[A-Za-z][\w-]*", long)
    initials = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS)
    # "analogue-to-digital converter" stands for ADC: each part of a hyphenated word may give its letter.
    parts = "".join(p[0] for w in words for p in w.split("-") if p and p.lower() not in SMALL_WORDS)
    return letters in (initials.upper(), parts.upper())


def _initials(words: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", words) if w.lower() not in SMALL_WORDS).upper()


def capitalised(text: str) -> str:
    """The first letter in capitals, unless the word is written in mixed case on purpose ("iPhone", "eSafety")."""
    if not text or (len(text) > 1 and text[1].isupper()):
        return text
    return text[:1].upper() + text[1:]
