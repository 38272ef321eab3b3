"""An A–Z grid: one box a letter, a circled letter beside the box a word beginning with it is written in, joined to
its meaning however the teacher typed that box:

    B | B2C – Business to Consumer: a business sells…   → B2C (Business to Consumer): "A business sells…"
    C | C2C (Consumer to Consumer) = ordinary people…   → C2C (Consumer to Consumer): "Ordinary people…"
    D | Digital wallet: an app that stores…             → Digital wallet: "An app that stores…"
    E | E-commerce means buying and selling…            → E-commerce: "Buying and selling…"
    H | HTTPS → the secure version of HTTP…             → HTTPS: "The secure version of HTTP…"
    P | Payment gateway … checks your card details…     → Payment gateway: "Checks your card details…"

The letter is the grid's index, never the word: the box beside it is read on its own. A box left for the class
(dotted lines, a hint) or one holding something else (a word bank) gives no word."""

from __future__ import annotations

import re

from app.services.documents.word_forms import capitalised, expands

# The word (a few words at most), any spelling-out of it in brackets, then one of the joins teachers type.
JOINED = re.compile(r"^(?P<word>[A-Za-z0-9][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s*(?:\((?P<long>[^()]{3,60})\)\s*)?"
                    r"(?:\s[–—-]|=|:|→|…|\.{3}|\smeans\b)\s*(?P<meaning>\S.{8,})$")
SPELLED_FIRST = re.compile(r"^(?P<long>[A-Za-z][\w’' -]{3,60}?)\s*:\s+(?P<meaning>\S.{8,})$")


def is_index_letter(letter: str, text: str) -> bool:
    """Whether a box holding one capital letter indexes the box beside it: the words there begin with it."""
    letter, text = letter.strip(), text.strip()
    return len(letter) == 1 and letter.isalpha() and letter.isupper() and text[:1].upper() == letter


def letter_box_term(text: str) -> tuple[str, str] | None:
    """The word and meaning written in one box of an A–Z grid (see the module's shapes), or None."""
    match = JOINED.match(" ".join(text.split()))
    if match is None:
        return None
    word, long, meaning = match["word"], match["long"], match["meaning"].strip()
    if long is None and (spelled := SPELLED_FIRST.match(meaning)) and expands(word, spelled["long"]):
        long, meaning = spelled["long"], spelled["meaning"]  # "B2C – Business to Consumer: a business sells…"
    if long is not None and not expands(word, long):
        return None  # "(hint: …)", a bracket that is not the word spelled out
    named = f"{word} ({long.strip()})" if long else word
    return named, capitalised(meaning.rstrip("."))
