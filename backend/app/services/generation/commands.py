"""Whether a sentence is a command: it opens on a verb telling someone what to do ("Print one copy of the cheat sheet
per pair", "Announce something to your class", "Open index.html and change the band name"). A teacher's preparation,
a task's steps and a page's buttons are worded so; a lesson's statements open on what they are about ("A firewall
checks…", "Using a strong password keeps…", "Without a firewall, …").

No list of verbs could hold every command, so the shape decides: a capitalised first word that is not a word of the
closed classes (prepositions, conjunctions, adverbs, quantifiers…) nor a plural, past or -ing form, followed by a
determiner, an object pronoun or a file name — where a statement's subject would be followed by its verb ("Software
that…" is a subject, so "that" is not among them).

    opens_on_a_command("Print one copy of the CSS cheat sheet per pair")   # True
    opens_on_a_command("Hackers use phishing emails to steal passwords")  # False
"""

from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


# Words that may open a statement and be followed by "the", "a", "this"…: "Without a firewall…", "Like the CPU…".
_OPENERS = frozenset(_words("""
    about above across after against along although among amongst around as at because before behind below beneath
    beside besides between beyond but by despite down during each either even every except for from here hence if
    in inside instead into just like many most much near nearly neither never next no nor not now of off on once
    only onto or otherwise out outside over overall past per perhaps plus since so some sometimes soon still such
    than that then there therefore these this those though through throughout thus till to today together tomorrow
    toward towards under underneath unless unlike until up upon via what whatever when whenever where whereas
    wherever whether which whichever while whilst who whom whose why with within without yet yesterday also almost
    all any both half how again ever later earlier nowadays first firstly secondly thirdly lastly finally meanwhile
    maybe however indeed the a an my your our their his her its
"""))
# What follows a command's verb: what it is done to ("the sheet", "one copy", "something", "them").
_OBJECT = frozenset(_words("""
    the a an this these those your my our their his her its one two three four five each every all some any
    something someone somebody everything everyone anything anyone it them him me us yourself yourselves up out
    down off
"""))
_FIRST = re.compile(r"^\W*([A-Z][a-z]+)\s+(\S+)")
_FILE_NAME = re.compile(r"^[\w-]+\.[a-z]{2,4}\b")  # "index.html", "style.css"


def opens_on_a_command(text: str) -> bool:
    """Whether `text` opens on a verb telling the reader what to do (see the module's docstring)."""
    match = _FIRST.match(text)
    if match is None:
        return False
    first, second = match.group(1).lower(), match.group(2)
    if first in _OPENERS or first.endswith(("s", "ed", "ing", "ly")):
        return False  # "Without a…", "Hackers use…", "Encrypted data…", "Using a password…", "Usually the…"
    # In small letters as written: "Bystander Someone who sees…" is a glossary's word and then its meaning.
    return second.rstrip(".,;:!") in _OBJECT or bool(_FILE_NAME.match(second))
