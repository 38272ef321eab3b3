"""A kind of thing defined by what it does, in a sentence of prose that opens on the kind's name:

    A brute force attack tries every possible key, one after…    → Brute force attack: "An attack that tries every…"
    Google's PageRank algorithm counts backlinks like votes…      → PageRank: "An algorithm that counts backlinks…"
    The real world is analogue – analogue data changes smoothly…  → Analogue data: "Data that changes smoothly…"

The name ends in a noun for a kind of thing a computing lesson teaches (an attack, an algorithm, a loop, data…), with
a word before it that says which kind: "A teacher stores the scores…" is a story, and "The algorithm gives every page
a score" says what one thing does, not what a kind is. A name coined in mixed case ("PageRank", "BitLocker") is the
key word on its own and needs no article; so do names of stuff (data, memory), which never take "a".
Only prose is read so (`whole_document` gives it paragraphs): a bullet under a slide's title says more about the
title ("Denial of Service" over "A DDoS attack uses lots of computers at once").
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import capitalised

COUNTABLE = (r"attack|algorithm|cipher|protocol|program|tool|app|system|service|engine|method|technique|sort|search"
             r"|loop|device|sensor|error|message|network|cable|motor|scam|virus|function|gate|server|card|chip|port"
             r"|interface|model|language|processor|register|drive|disk|key|check|test|table|chart|statement|address"
             r"|signal|file|format|wave")
MASS = r"data|memory|storage|software|hardware|malware|code|encryption|compression|energy|traffic"
# What it does, in the present: not what one thing has or is, wants or says ("A company wants to…"), and not a word
# that only ends in "s" ("Live code this in the console…" is an instruction).
DOES = (r"(?P<does>(?!(?:is|was|has|does|wants|seems|means|says|asks|thinks|decides|likes|gets|goes|this|its|yes"
        r"|always|sometimes|perhaps)\b)[a-z]{2,}(?<![su]s)s\s.{5,})")
WHICH = r"[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?"  # one or two words saying which kind ("brute force", "analogue")
KIND_DOES = re.compile(
    rf"^(?:(?:[Aa]n?)\s+(?P<which>{WHICH})\s+(?P<kind>{COUNTABLE})"
    rf"|(?P<stuff>{WHICH})\s+(?P<mass>{MASS})"
    rf"|(?:[A-Z][\w-]*[’']s\s+)?(?P<coined>[A-Z][a-z]+[A-Z][A-Za-z]*)\s+(?P<named>{COUNTABLE}|{MASS}))\s+{DOES}$"
)
# Where a sentence of prose begins, or a clause set after a dash ("…is analogue – analogue data changes…").
CLAUSE_START = re.compile(r"(?<=[a-z)][.!?])\s+(?=[A-Z])|\s[–—]\s+")
SENTENCE_END = re.compile(r"(?<=[a-z)])[.!?](?:\s|$)")


def kinds_defined(text: str) -> list[Candidate]:
    """The kinds of thing a paragraph defines by what they do, in the order it says them."""
    return [pair for clause in CLAUSE_START.split(text.strip()) if (pair := _kind_does(clause.strip())) is not None]


def _kind_does(clause: str) -> Candidate | None:
    match = KIND_DOES.match(SENTENCE_END.split(clause, maxsplit=1)[0])
    if match is None:
        return None
    does = match["does"].strip().rstrip(".")
    if match["coined"]:
        term, kind = match["coined"], match["named"]
    else:
        term = f"{match['which'] or match['stuff']} {match['kind'] or match['mass']}"
        kind = match["kind"] or match["mass"]
    if not is_term(term, max_words=4) or not is_definition(does, min_words=3):
        return None
    countable = re.fullmatch(COUNTABLE, kind) is not None
    article = ("an " if kind[0] in "aeiou" else "a ") if countable else ""
    return tidy(capitalised(term), capitalised(f"{article}{kind} that {does}"))
