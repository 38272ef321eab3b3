"""Key words a teacher names and explains aloud, as a slide's speaker notes script them. Nothing marks the word (no
bold, no layout, no "Key words" heading), so the shapes of the spoken sentence do:

    We call that an embedded system – a computer system built into…      named, then its meaning after a dash
    This is a control system: a system that uses sensors to…             named, then its meaning after a colon
    That loop back is called feedback: the output changes…
    …controlled by a microcontroller, which is a small computer on…      ", which is a …" after the word
    …work with digital data, which is stored as separate values…         ", which is stored…": a kind of data
    …get them to write it down: a sensor is an input device that…        a sentence (or a clause after a colon)
                                                                          saying what the word is
    …go through an ADC, an analogue-to-digital converter, which turns…    an abbreviation beside its expansion
    The slicer is software that cuts…  /  Supports are extra bits of…      said without an article: a kind of thing
                                                                          named in a word or two, then "that…"/"of…"

Each meaning must describe (`phrases.is_definition`) and each word be a short noun phrase (`phrases.is_term`).
"""

from __future__ import annotations

import re

from app.services.documents.phrases import CONSTRUCTS, is_definition, is_term
from app.services.documents.vocabulary import Candidate, defining_sentence, tidy
from app.services.documents.word_forms import capitalised, expands

MAX_MEANING = r"[^.!?]{8,200}"
NAMED_THEN_EXPLAINED = re.compile(
    r"\b(?:we\s+call\s+(?:this|that|it|them)|(?:this|that|it)\s+is|(?:is|are)\s+called)\s+(?:(?:a|an|the)\s+)?"
    # Not "that is called X – and then…": "called" is the naming, and "and…" goes on with the story.
    rf"(?P<term>(?!called\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?)\s*(?::|\s[–—-])\s+"
    rf"(?P<meaning>(?!(?:and|but|so|then)\b){MAX_MEANING})",
    re.IGNORECASE,
)
WHICH_IS = re.compile(
    rf"\b(?:a|an)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+which\s+(?:is|are)\s+(?P<meaning>(?:a|an)\s{MAX_MEANING})",
    re.IGNORECASE,
)
# "…with digital data, which is stored as…": a two-word name whose second word is the kind of thing it is.
WHICH_IS_DONE = re.compile(
    r"\b(?:a|an|the|with|of|to|on|in|by|from|use|uses)\s+(?P<term>[a-z][\w-]*\s+(?P<kind>[a-z][\w-]*)),\s+which\s+"
    rf"(?:is|are)\s+(?P<done>[a-z]+ed\s{MAX_MEANING})",
    re.IGNORECASE,
)
BESIDE_EXPANSION = re.compile(
    r"\b(?P<short>[A-Z]{2,6}),\s+(?:a|an|the)\s+(?P<long>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}),\s+which\s+"
    rf"(?P<does>[a-z]+s\s{MAX_MEANING})"
)
# Speech drops the article a written definition has ("The slicer is software that…", "Supports are extra bits of
# plastic…"): the subject, "is"/"are", one or two words naming a kind of thing, then what narrows it.
KIND_WITHOUT_ARTICLE = re.compile(
    r"^(?:(?:the|a|an)\s+)?(?P<term>[\w-]+(?:\s+[\w-]+)?)\s+(?:is|are)\s+"
    r"(?P<meaning>(?!(?:a|an|the|so|very|really|too|quite|just|not|also|still|now|always|never|all|only)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:that|which|of|used|designed|made)\s[^.!?]{8,200})",
    re.IGNORECASE,
)
# A condition, then the name for it: "If the computer spends more time swapping than…, that is called disk
# thrashing" → Disk thrashing: "When the computer spends more time swapping than…".
CONDITION_NAMED = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:if|when|whenever)\s+(?P<meaning>[^.!?,]{10,200}),\s+(?:that|this|it)(?:'s|’s|\s+is)\s+"
    r"(?:also\s+)?called\s+(?:(?:a|an|the)\s+)?(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?=\s*(?:[.!?,;:]|[–—-]\s|$))",
    re.IGNORECASE,
)
# An answer's opening word before the sentence that says what a word is: "Because RAM is the main memory that…".
REASON_OPENER = re.compile(r"^(?:because|since|well,|yes[,!]?|so,)\s+(?=[A-Z])", re.IGNORECASE)
# A counted subject is people or things in an activity ("Act it out: five pupils are the registers"), not a word.
COUNTED = re.compile(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|some|all|both)\b", re.IGNORECASE)
# Where a spoken sentence (or the clause after "write it down:") begins.
CLAUSE_START = re.compile(r"(?<=[.!?])\s+(?=[A-Z])|[:;]\s+")


def explained_words(text: str) -> list[Candidate]:
    """The key words a passage of the teacher's script names and explains, in the order it says them."""
    found = [_kept(m["term"], m["meaning"]) for m in NAMED_THEN_EXPLAINED.finditer(text)]
    found += [_kept(m["term"], m["meaning"]) for m in WHICH_IS.finditer(text)]
    found += [_kept(m["term"], f"when {m['meaning']}") for m in CONDITION_NAMED.finditer(text)]
    found += [_kept(m["term"], f"{m['kind']} {m['done']}") for m in WHICH_IS_DONE.finditer(text)]
    found += [_kept(f"{m['short']} ({m['long']})", m["does"]) for m in BESIDE_EXPANSION.finditer(text)
              if expands(m["short"], m["long"])]
    clauses = CLAUSE_START.split(text)
    found += [defining_sentence(REASON_OPENER.sub("", clause, count=1)) for clause in clauses]
    found += [_kept(m["term"], m["meaning"]) for clause in clauses if (m := KIND_WITHOUT_ARTICLE.match(clause))]
    return [_named_as_construct(pair) for pair in found if pair is not None and not COUNTED.match(pair.term)]


def _named_as_construct(pair: Candidate) -> Candidate:
    """ "forever is a loop that runs…": a keyword said to be a kind of construct is named with it ("Forever loop"),
    as a glossary would list it."""
    kind = re.match(r"(?:a|an)\s+(\w+)", pair.definition, re.IGNORECASE)
    if len(pair.term.split()) == 1 and kind is not None and kind[1].lower() in CONSTRUCTS:
        return Candidate(f"{pair.term} {kind[1].lower()}", pair.definition)
    return pair


def _kept(term: str, meaning: str) -> Candidate | None:
    meaning = meaning.strip().rstrip(".,;")
    if not is_term(term, max_words=4) or not is_definition(meaning, min_words=3):
        return None
    return tidy(capitalised(term), capitalised(meaning), set_apart=True)
