"""How a key word is written: set in capitals by a design for display ("CAESAR CIPHER" is "Caesar cipher"), or as
an abbreviation ("RAM", and what it stands for), and with its first letter in capitals."""

from __future__ import annotations

import re

NAMED_THING = re.compile(r"^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:function|command|formula|keyword|statement|operator"
                         r"|instruction|tag|query|method)\b", re.IGNORECASE)
ABBREVIATION_LETTERS = 3  # "RAM", "CPU", "KEY": a word this short in capitals may be an abbreviation
# Letters, or letters with a digit inside standing for a word it sounds like ("B2C", "P2P"), or opening for the
# number the name opens with ("2FA", two-factor authentication).
ABBREVIATION = re.compile(r"[0-9]?[A-Z]+(?:[0-9][A-Z]+)?")
SOUNDED_DIGITS = {"to": "2", "for": "4"}  # B2C, P2P: the digit stands for a joining word
NUMBER_WORDS = {"one": "1", "two": "2", "three": "3", "four": "4"}
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
    # So does a pair of abbreviations joined by a slash: "TCP/IP".
    words = [word if max(map(len, word.split("/"))) <= ABBREVIATION_LETTERS or word.startswith("(")
             else word.lower() for word in term.split()]
    return capitalised(" ".join(words))


def as_written(term: str, definition: str) -> str:
    """A term as a sentence would write it: a key word set in capitals for display in lower case (see
    `set_in_capitals`), any other term as it is."""
    return set_in_capitals(term, definition) or term


def expands(short: str, long: str) -> bool:
    """Whether `long` is what the abbreviation `short` stands for ("LAN", "Local Area Network"); a digit may stand
    for a small word it sounds like ("B2C", "Business to Consumer")."""
    letters = short.strip()
    if not 2 <= len(letters) <= 6 or not letters.isupper() or not ABBREVIATION.fullmatch(letters):
        return False
    words = re.findall(r"[A-Za-z][\w-]*(?:['’]s\b)?", long)  # "Commissioner’s" gives one letter
    initials = "".join(w[0] for w in words if w.lower() not in SMALL_WORDS)
    # "analogue-to-digital converter" stands for ADC: each part of a hyphenated word may give its letter.
    pieces = [p for w in words for p in w.split("-") if p and p.lower() not in SMALL_WORDS]
    parts = "".join(p[0] for p in pieces)
    sounded = "".join(SOUNDED_DIGITS.get(w.lower(), "" if w.lower() in SMALL_WORDS else w[0]) for w in words)
    # "2FA": a leading digit is the number the name opens with ("two-factor authentication"), never a later word.
    counted = NUMBER_WORDS.get(pieces[0].lower(), "") + parts[1:] if pieces else ""
    return letters in (initials.upper(), parts.upper(), sounded.upper()) \
        or (letters[0].isdigit() and letters == counted.upper())


def capitalised(text: str) -> str:
    """The first letter in capitals, unless the word is written in mixed case on purpose ("iPhone", "eSafety")."""
    if not text or (len(text) > 1 and text[1].isupper()):
        return text
    return text[:1].upper() + text[1:]
