"""Key words introduced with their abbreviations, in a sentence of their own that says what they are or do:

    GUI stands for graphical user interface. It lets you control…      → GUI (graphical user interface): "Lets you…"
    In a command-line interface (CLI) you type commands as text…       → Command-line interface (CLI): "You type…"
    Most GUIs are WIMP: windows, icons, menus and a pointer.           → WIMP: "Windows, icons, menus and a pointer"
    Website owners use SEO (search engine optimisation) – they change…  → SEO (search engine optimisation): "They…"
    The account had two-factor authentication (2FA) switched on – as well as…  → Two-factor authentication (2FA)
    1 GHz (gigahertz) = 1 billion cycles per second                    → Gigahertz (GHz): "1 billion cycles per second"

An abbreviation is only ever spelled out for a word the lesson teaches, so the spelling out (checked against the
abbreviation's letters with `word_forms.expands`) is what marks the word; the rest of the sentence is its meaning.
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import capitalised, expands

SHORT = r"[A-Z][A-Za-z]{1,5}"  # "GUI", "VUI", "WiFi"
# "GUI stands for graphical user interface. It lets you…": the abbreviation, its words, then what it does.
STANDS_FOR = re.compile(rf"^(?P<short>{SHORT})\s+stands\s+for\s+(?P<long>[^.]{{3,60}})\.\s+(?:It|They)\s+"
                        rf"(?P<meaning>[a-z]+s?\s.+)$")
# "In a command-line interface (CLI) you type…", "With a voice user interface (VUI) you speak…": what you do with it.
USED_WITH = re.compile(rf"^(?:In|With|On|Using)\s+(?:a|an|the)\s+(?P<long>[\w’'-]+(?:\s+[\w’'-]+){{0,4}})\s+"
                       rf"\((?P<short>{SHORT})\),?\s+(?P<meaning>(?:you|we|users?|people)\s.+)$")
# "Most GUIs are WIMP: windows, icons, menus and a pointer.": an abbreviation spelled out after a colon.
SPELLED_OUT = re.compile(r"\b(?P<short>[A-Z]{3,6}):\s+(?P<long>[a-z][^.;:]{5,80})")
# "1 GHz (gigahertz) = 1 billion cycles…", "1 terabyte (TB) = 1000 gigabytes": one of a unit, with its symbol and its
# name (either first), is the amount it stands for.
ONE_UNIT = re.compile(r"^(?:1|one)\s+(?:(?P<symbol>[A-Za-z]{1,4})\s*\((?P<name>[a-z]{3,})\)"
                      r"|(?P<named>[a-z]{3,})\s*\((?P<symbolised>[A-Za-z]{1,4})\))\s*=\s*"
                      r"(?P<amount>(?:\d|one\b|a\b)[^=]{4,80})$", re.IGNORECASE)
# "…use SEO (search engine optimisation) – they change their pages so…": spelled out in brackets anywhere in a
# sentence, then explained after a dash (what those who use it do with it, often).
EXPLAINED_AFTER = re.compile(r"\b(?P<short>[A-Z]{2,6})\s+\((?P<long>[a-z][\w’'-]*(?:\s+[\w’'-]+){1,5})\)\s+[–—]\s+"
                             r"(?P<meaning>\S[^–—]{8,200})$")
# "…had two-factor authentication (2FA) switched on – as well as your password, you need…": spelled out first, the
# abbreviation in brackets, a few words more of the sentence, then what it is after a dash. The name is the words
# before the bracket that the abbreviation's letters spell.
NAMED_THEN_EXPLAINED = re.compile(r"(?P<before>[^()–—]{3,80}?)\s+\((?P<short>[0-9]?[A-Z][A-Za-z0-9]{1,5})\)"
                                  r"(?:\s+[a-z]+){0,3}\s+[–—]\s+(?P<meaning>[a-z][^–—]{8,200})$")
MAX_NAME_WORDS = 5
YOU = re.compile(r"^(?:you|we|users?|people|they)\s+")
FIRST_SENTENCE = re.compile(r"(?<=[a-z)][.!])\s+(?=[A-Z])")


def abbreviated_term(text: str) -> Candidate | None:
    """A key word a sentence introduces with its abbreviation, and its meaning (see the module's shapes)."""
    text = text.strip()
    if (match := STANDS_FOR.match(text)) and expands(match["short"], match["long"]):
        # Named as the sentence names it, spelling-out and all, as a heading over its meaning would be.
        return _pair(f"{match['short']} ({match['long'].strip()})", match["meaning"], set_apart=True)
    if (match := USED_WITH.match(text)) and expands(match["short"], match["long"]):
        # What "you" do with it is its meaning here, as a sentence about it says ("…you type commands as text").
        return _pair(f"{capitalised(match['long'])} ({match['short']})", match["meaning"], said_to_you=True)
    if (match := EXPLAINED_AFTER.search(text)) and expands(match["short"], match["long"]):
        return _pair(f"{match['short']} ({match['long'].strip()})", match["meaning"], said_to_you=True,
                     set_apart=True)
    if (match := NAMED_THEN_EXPLAINED.search(text)) and (name := _spelled_name(match["before"], match["short"])):
        return _pair(f"{capitalised(name)} ({match['short']})", match["meaning"], said_to_you=True, set_apart=True)
    if (match := SPELLED_OUT.search(text)) and expands(match["short"], match["long"]):
        # The words it stands for are its meaning, a list of them as often as not ("windows, icons, menus…").
        return _pair(match["short"], match["long"], spelled_out=True)
    return unit_term(text)


def _spelled_name(before: str, short: str) -> str:
    """The last words before an abbreviation's bracket that it stands for ("the account had two-factor
    authentication" → "two-factor authentication" for 2FA), or ""."""
    words = before.split()
    return next((" ".join(words[-count:]) for count in range(1, min(len(words), MAX_NAME_WORDS) + 1)
                 if expands(short, " ".join(words[-count:]))), "")


def unit_term(text: str) -> Candidate | None:
    """A unit named by its word with its symbol in brackets ("Gigahertz (GHz)", as a glossary lists units), defined by
    the amount one of it stands for. The symbol must be the name's own letters, in order ("kHz" of "kilohertz"): a
    bracket that is not the unit's symbol ("1 bag (big)") says something else."""
    match = ONE_UNIT.match(text)
    if match is None:
        return None
    symbol, name = match["symbol"] or match["symbolised"], match["name"] or match["named"]
    if not _letters_of(symbol, name):
        return None
    return tidy(f"{capitalised(name.lower())} ({symbol})", capitalised(match["amount"].strip().rstrip(".")),
                set_apart=True)


def _letters_of(symbol: str, name: str) -> bool:
    """Whether a unit's symbol is its name shortened: the same first letter, and each letter after it in order."""
    letters, rest = symbol.lower(), name.lower()
    if not letters or letters[0] != rest[0]:
        return False
    for letter in letters[1:]:
        at = rest.find(letter, 1)
        if at < 0:
            return False
        rest = rest[at:]
    return True


def _pair(term: str, meaning: str, *, said_to_you: bool = False, spelled_out: bool = False,
          set_apart: bool = False) -> Candidate | None:
    meaning = FIRST_SENTENCE.split(meaning.strip(), maxsplit=1)[0].rstrip(". ")
    checked = YOU.sub("", meaning) if said_to_you else meaning
    if not is_term(term) or len(meaning.split()) < 3 or not (spelled_out or is_definition(checked, min_words=3)):
        return None
    return tidy(term, capitalised(meaning), set_apart=set_apart)
