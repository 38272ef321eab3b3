"""Key words and their definitions, in the shapes teachers write them in a line of text.

    Binary – a number system that only uses 0s and 1s        a dash (or "=": "Hardware = physical parts…")
    LAN: a network that covers a small area                 a colon, in a "Key words" section only
    The **Program Counter** holds the address of…           a bold word at the start of a sentence
    A query is a request to find the data that…             "X is a / an / the …", "X means …"
    Verification is checking that data has been…            a word for a doing: "X is <doing>…"
    (a line under a "Volatile vs non-volatile" heading describing one side is read by `comparisons`)

Each gives a Candidate, which is kept only when its term is a short noun phrase and its definition describes
(`phrases`). Outside a vocabulary section the rules are stricter, because lesson plans use dashes too ("Starter –
recap"). Layout pairs (a slide's title and body, two text boxes, a <dl>, a card) are checked with `layout_pair`;
a key word set in capitals by a card's design ("CAESAR CIPHER") is read as a sentence would write it (`word_forms`).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.blocks import OPTION
from app.services.documents.phrases import (
    DASH,
    FINITE_VERBS,
    FORMULA_OPERATOR,
    is_definition,
    is_instruction,
    is_term,
    is_title_case,
)
from app.services.documents.sentence_shapes import (
    is_generic_word,
    is_title_tail,
    sets_a_scene,
)
from app.services.documents.word_forms import as_written, capitalised, expands, set_in_capitals

# "term – definition", "term - definition", "term = definition" (the term has no colon, dash or equals sign).
SEPARATED = re.compile(
    r"^(?P<term>[^\s–—:=][^–—:=]{0,58}?)\s*(?:\s[–—-]{1,2}|=)\s+(?P<definition>\S.{2,})$"
)
# A variable given a string in code: a lower-case name, "=", then a quoted string closed at once.
ASSIGNED_TEXT = re.compile(r"""^[a-z_][a-z0-9_]*\s=\s(?:"[^"]*"|'[^']*'|“[^”]*”)(?:\s*[.,;]|$)""")
# A variable given what a call returns: 'score = input("Enter your score: ")' (a code strip, lettered or not).
ASSIGNED_CALL = re.compile(r"^[A-Za-z_][\w.]*\(.*\)$")
# A teacher's note of the word to learn: "Key word – get them to write it down: a layer is a separate level…".
KEY_WORD_NOTE = re.compile(r"^key\s*(?:word|term)\s*[–—:-]\s*(?:[^:]{0,60}:\s+)?(?P<sentence>\S.{8,})$", re.IGNORECASE)
# "Short for binary digit", "Stands for…": how a word came to be, the opening of its meaning, never a term.
SHORT_FOR = re.compile(r"^(?:short\s+for|stands\s+for)\b", re.IGNORECASE)
COLON = re.compile(r"^(?P<term>[^\s:][^:]{0,58}?)\s*:\s+(?P<definition>\S.{2,})$")
# "SQL (Structured Query Language)": the key word is the abbreviation, and its expansion is part of its meaning.
ABBREVIATION_FIRST = re.compile(r"^(?P<short>(?=\w*[A-Z]\w*[A-Z])[A-Za-z0-9]{2,8})\s*\((?P<long>[^()]+\s[^()]+)\)$")
# The verb that joins a subject to what it is: "X is a…", "X are the…", "X means…", "X is when…", "X is one run
# through…" (not "one of…"), "X is used to…" (what it is for).
DEFINING_VERB = re.compile(
    r"^(?P<term>.{2,60}?)\s+(?:(?:is|are)\s+(?:just\s+|simply\s+|basically\s+)?"  # a hedge: "is just a…"
    r"(?=(?:a|an|the|when|where|how|one\b(?!\s+of\b)|used\s+(?:to|for)|(?:any|some)(?:one|body|thing)\s+(?:who|that))\b)"
    r"|means\s+|refers\s+to\s+)"
    r"(?P<definition>\S.{5,})$",
    re.IGNORECASE,
)
# What a kind of thing gives its user is what it is: "A menu-driven interface gives you a list of options…" (only
# after "a"/"an"; the verb stays in the meaning).
GIVES_YOU = re.compile(r"^(?:a|an)\s+(?P<term>[\w-]+(?:\s+[\w-]+){0,3}?)\s+"
                       r"(?P<definition>(?:gives|lets|allows)\s+(?:you|users?)\s.{5,})$", re.IGNORECASE)
# A word for a doing, defined by what doing it is: "Verification is checking that data…", "Phishing is tricking
# people into…". The word names an action or a state (-ing, -tion, -ment…), so "Amira is sending an email" (a person
# doing something) is not one; "is going to…" and "is something…" are not doings.
DOING_DEFINITION = re.compile(
    r"^(?P<term>(?!(?:a|an|the|this|that|it|he|she|they|we|you|i|my|your|his|her|our|their)\s)[a-z][\w-]*"
    r"(?:\s+[\w-]+){0,2}?(?:ing|tion|sion|ment|ism|ance|ence|cy|ity|age))\s+(?:is|means)\s+"
    r"(?P<definition>(?!(?:going|getting|being|doing|trying|coming|having)\b)(?![a-z]*thing\b)[a-z]{2,}ing\s.{5,})$",
    re.IGNORECASE,
)
# A line naming what it is about before saying what that is: "Captions are words…", "A transcript is a copy…".
OWN_SUBJECT = re.compile(r"^(?:(?:a|an|the)\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,3}?)\s+(?:is|are|means)\s", re.IGNORECASE)
# A slide title asking what a key word is: "What is a pixel?", "What are protocols?", "What does RAM mean?".
EXAMPLES_TITLE = re.compile(r"^(?:some\s+)?(?:examples|types|kinds|uses)\s+of\b", re.IGNORECASE)
ASKED_TITLE = re.compile(r"^what\s+(?:is|are|does|do)\s+(?:(?:a|an|the)\s+)?(?P<term>[^?]{2,40}?)(?:\s+mean)?\s*\?$",
                         re.IGNORECASE)
# What exam questions and objectives ask of a key word: its meaning, or how the thing it names works ("explain how
# one assistive technology works": one of its kind, the kind being the word).
ASKED_MEANING = re.compile(
    r"\b(?:what is meant by|define|describe how|explain how)\s+(?:(?:a|an|the|one)\s+)?(?:(?:term|word)\s+)?"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?:\s+works\b|(?=\s*[.?]\s*(?:$|\[)))",
    re.IGNORECASE,
)
DISPLAY_WORD_LETTERS = 6  # a capitals word this long is a word set big, not an abbreviation
TITLE_PREPOSITIONS = {"of", "in", "on", "for", "with", "to", "at", "by", "from", "and"}
ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
# Joining words after a bold term: "The **Program Counter** holds…", "A **flowchart** is a diagram…".
LINKING = re.compile(r"^(?:is|are|means)\s+", re.IGNORECASE)
# A dictionary-style entry's word class between the word and its meaning: "**latency** (noun) The delay…".
WORD_CLASS = re.compile(r"^\((?:noun|verb|adjective|adverb|n|v|adj|adv)\.?\)\s*", re.IGNORECASE)
# A dictionary's entry: the word, its word class in brackets, then its meaning ("switch (noun)  a large button…").
DICTIONARY_ENTRY = re.compile(r"^(?P<term>[^\s()–—:=][^()–—:=]{0,58}?)\s*"
                              r"\((?:noun|verb|adjective|adverb|n|v|adj|adv)\.?\)\s*[–—:-]?\s+(?P<definition>\S.{2,})$",
                              re.IGNORECASE)
# An endnote's number before the word it explains: "[4] translator – a program that converts…" (marks come last).
NOTE_NUMBER = re.compile(r"^\[\d{1,2}\]\s*(?=[^\W\d])")
MAX_DEFINITION_CHARS = 600
SENTENCE_END = re.compile(r"(?<=[a-z)][.!])(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[A-Z])")  # a sentence ends ("e.g. Klarna" goes on)
SPELLED_OUT_FIRST = re.compile(r"^(?P<long>[A-Za-z][^–—:()]{2,80}?)\s+[–—]\s+(?P<meaning>\S.{3,})$")
EQUALS_ALIAS = re.compile(r"\(\s*=\s*([^()=]+?)\s*\)")  # "integrated circuit (= microchip)": another name for it
# "Computer Misuse Act 1990": the key word is the law's name; its year belongs with what it says.
DATED_NAME = re.compile(r"^(?P<name>.+\b(?:Act|Regulations|Bill|Directive))\s+(?P<year>(?:19|20)\d{2})$")
# An error's name (as Python, Java and C# name them), the message it prints, and what it means after a dash.
ERROR_MEANING = re.compile(r"^(?P<name>[A-Z]\w*(?:Error|Exception))(?::[^–—]*?)?\s+[–—-]\s+(?P<meaning>\S.{5,})$")


class Candidate(NamedTuple):
    """A key word and its definition ("" when the document listed the word alone)."""

    term: str
    definition: str


def tidy(term: str, definition: str, *, set_apart: bool = False) -> Candidate:
    """Trim the marks around a term and definition; an abbreviation-first term keeps its expansion in the
    definition ("GUI (graphical user interface) – windows…" → GUI: "Graphical user interface: windows…"), and a
    law's year goes with its definition ("Data Protection Act 2018" → "Data Protection Act": "… (2018)").
    A term `set_apart` by the layout (a table cell, a line over its meaning) is named as the teacher set it out,
    expansion and all ("DNS (Domain Name System)"): there the expansion is part of the heading, not of a sentence."""
    term = term.strip().strip("*•:–—-").strip()
    definition = definition.strip().strip(":–—-").strip()
    dated = DATED_NAME.match(term)
    if dated and definition:
        term, definition = dated["name"], f"{definition} ({dated['year']})"
    term = EQUALS_ALIAS.sub(r"(\1)", term)
    abbreviation = None if set_apart else ABBREVIATION_FIRST.match(term)
    if abbreviation:
        expansion = capitalised(abbreviation["long"].strip())
        term = abbreviation["short"]
        definition = f"{expansion}: {definition}" if definition else expansion
    return Candidate(term, definition[:MAX_DEFINITION_CHARS])


def separated(text: str, *, colon: bool = False) -> Candidate | None:
    """The term and definition of a "term – definition" (or "=", a dictionary's "term (noun) definition", or with
    `colon`, "term: definition") line, an endnote's number before it or not."""
    text = NOTE_NUMBER.sub("", text, count=1)
    entry = DICTIONARY_ENTRY.match(text)
    if entry is not None:  # set out as a dictionary sets it out, as the bold word over its class is (`bold_term`)
        return tidy(capitalised(entry["term"]), capitalised(entry["definition"].strip().rstrip(".")))
    match = SEPARATED.match(text) or (COLON.match(text) if colon else None)
    return tidy(match["term"], match["definition"]) if match else None


def line_term(text: str, *, in_section: bool) -> Candidate | None:
    """A separated line that is really a key word and its meaning: inside a vocabulary section any short noun
    phrase with a meaning; elsewhere only a noun phrase of up to four words with a definition of four or more."""
    if not in_section and OPTION.match(text):
        return None  # "C. Hardly ever – each stage is signed off": a question's lettered option, not a glossary line
    candidate = separated(text, colon=in_section)
    if candidate is not None:  # "Class set – 7R / 7T – please do not write on this copy": a notice, then a task
        candidate = Candidate(candidate.term, without_task_after_dash(candidate.definition))
    if candidate is not None and (set_big := set_in_capitals(candidate.term, candidate.definition)):
        candidate = Candidate(set_big, candidate.definition)  # "QUANTUM ADVANTAGE = when…": capitals for display
    if candidate is None or (" = " in text and FORMULA_OPERATOR.search(candidate.definition)):
        return None  # "number of bits = number of characters × bits per character": how to work it out
    if text.count(" = ") > 1:
        return None  # "Dual-core = 2, quad-core = 4, octa-core = 8": values listed, not one meaning
    if " = " in text and (ASSIGNED_TEXT.match(text) or ASSIGNED_CALL.match(candidate.definition)):
        return None  # 'word = "keyboard". Write the code…': a program's variable given a string, not a meaning
    if in_section:
        ok = is_term(candidate.term) and is_definition(candidate.definition, min_words=1)
    else:  # "Networks – End of Unit Quiz" is a heading typed as a line
        ok = (is_term(candidate.term, max_words=4) and is_definition(candidate.definition, min_words=4)
              and not is_title_case(candidate.definition) and not _is_clause(candidate.term)
              and not is_title_tail(candidate.definition))
    if ok and "=" in text and not DASH.search(text.partition("=")[0]):
        return _spelled_out_first(candidate)  # "EULA = End User Licence Agreement – …": the two names equated
    return candidate if ok else None


def without_task_after_dash(text: str) -> str:
    """A meaning without the task or notice a dash adds after it ("7R / 7T – please do not write on this copy"):
    what pupils are told to do is no part of what a word means."""
    parts = DASH.split(text)
    return " – ".join(parts[:-1]) if len(parts) > 1 and is_instruction(parts[-1]) else text


def _spelled_out_first(candidate: Candidate) -> Candidate:
    """ "EULA = End User Licence Agreement – the rules you agree to…": an abbreviation set equal to what it stands
    for, then a dash and its meaning, is named with its spelling out, as "EULA (End User Licence Agreement)" would
    be. After a dash ("LAN – Local Area Network – a network…") the spelling out opens the meaning, as in `tidy`."""
    spelled = SPELLED_OUT_FIRST.match(candidate.definition)
    if spelled is None or not expands(candidate.term, spelled["long"]):
        return candidate
    return Candidate(f"{candidate.term} ({spelled['long'].strip()})", capitalised(spelled["meaning"]))


def _is_clause(term: str) -> bool:
    """ "def starts the definition": an article after a word that is not a preposition is a clause (a subject, its
    verb and an object) talking about something, not the name of a thing ("Man in the middle" is a name)."""
    words = term.lower().split()
    return any(word in ("the", "a", "an") and words[index - 1] not in TITLE_PREPOSITIONS | {"or"}
               for index, word in enumerate(words) if index)


def bold_term(text: str, emphasis: list[str]) -> Candidate | None:
    """ "The **Program Counter (PC)** holds the address…" → Program Counter (PC): "Holds the address…".

    The bold words must open the sentence (after "The"/"A"/"An"), and what follows must describe them.
    """
    if not emphasis:
        return None
    bold = emphasis[0].strip()
    if not bold or not ARTICLE.sub("", text.strip(), count=1).startswith(bold):
        return None
    rest = ARTICLE.sub("", own_sentences(text.strip(), bold, emphasis), count=1)  # up to the next bold word's
    after = WORD_CLASS.sub("– ", rest[len(bold):].strip(), count=1)
    short = re.match(r"^\((?P<short>[A-Z]{2,6})\)\s*", after)
    if short is not None and expands(short["short"], bold):  # "**Buy now, pay later** (BNPL) lets you…"
        bold, after = f"{bold} ({short['short']})", after[short.end():]
    # "**Hardware** – the physical parts…", or "The **CPU** is the part…" (the linking "is" dropped).
    if not (after[:1] in ("–", "—", "-", ":", "=") or says_what_it_does(after)):
        return None  # "**Lossy** compression works…": the bold word is only the start of the name
    after = after[1:].strip() if after[:1] in ("–", "—", "-", ":", "=") else LINKING.sub("", after, count=1)
    after = _about_it(after, bold)
    if not is_term(bold, max_words=5) or not is_definition(after, min_words=3):
        return None
    return tidy(capitalised(bold), capitalised(after.rstrip(".")))


def _about_it(meaning: str, term: str) -> str:
    """A meaning's first sentence and the sentences after it that go on about the word ("It remembers…", "Persistent
    cookies are…"); not a task, a picture's credit or an aside that follows it ("Tick the messages…", "Meta Quest 3,
    2023", "If it is more than…")."""
    sentences = SENTENCE_END.split(meaning)
    kept = sentences[:1]
    for sentence in sentences[1:]:
        if not re.match(rf"(?:it|they|this|{re.escape(term)}(?:s|es)?)\b", sentence, re.IGNORECASE):
            break
        kept.append(sentence)
    return " ".join(kept)


def own_sentences(text: str, bold: str, emphasis: list[str]) -> str:
    """The sentences of a paragraph from the one a bold key word opens up to the next one another bold word opens
    ("A **session cookie** is deleted… A **persistent cookie** stays…": each word's meaning is its own), or ""
    when no sentence opens with it."""
    starts = {}
    for phrase in dict.fromkeys(p.strip() for p in emphasis if p.strip()):
        opening = re.search(rf"(?:^|(?<=[.!?])\s+)(?=(?:(?:the|a|an)\s+)?{re.escape(phrase)}(?!\w))", text, re.IGNORECASE)
        if opening is not None:
            starts[phrase] = opening.end()
    if bold not in starts:
        return ""
    ends = [start for start in starts.values() if start > starts[bold]]
    return text[starts[bold]:min(ends, default=len(text))].strip()


def says_what_it_does(predicate: str) -> bool:
    """What follows a bold subject starts with its verb ("holds the address…", "is the part…", "quickly
    sends…"), not with more of the subject's name ("compression works…")."""
    first = predicate.split(maxsplit=1)[0].lower() if predicate.split() else ""
    return first.endswith(("s", "ly")) or first in FINITE_VERBS


def defining_sentence(text: str) -> Candidate | None:
    """ "A database is an organised collection of data…" → Database: "An organised collection of data…".

    Only a subject of up to four words that is a noun phrase on its own ("The CPU runs programs…" has no
    defining verb; "This is a…" has no noun phrase).
    """
    match = DEFINING_VERB.match(text.strip()) or GIVES_YOU.match(text.strip()) or DOING_DEFINITION.match(text.strip())
    if match is None or sets_a_scene(text):  # "Inside the computer is a little man…": a story
        return None
    term = ARTICLE.sub("", match["term"].strip(), count=1)
    # The sentence is the definition; what follows its full stop is about something else.
    definition = SENTENCE_END.split(match["definition"].strip(), maxsplit=1)[0].rstrip(".")
    named = is_term(term, max_words=4) or is_generic_word(match["term"])  # "A page is…", not "Page 2"
    if not named or not is_definition(definition, min_words=3):
        return None
    return tidy(capitalised(term), capitalised(definition))


def anywhere_term(text: str, emphasis: list[str]) -> Candidate | None:
    """A key word defined in a line outside any vocabulary section, in any of the shapes above, or one a question or
    objective asks the meaning of (`asked_term`)."""
    if (noted := KEY_WORD_NOTE.match(text.strip())) is not None:  # the label names no word: its sentence does
        return defining_sentence(capitalised(noted["sentence"]))
    said = separated(text, colon=False)
    if said is not None and _is_clause(said.term):
        return None  # "def starts the definition – …", "**const** makes a constant – …": a line about the code
    return (line_term(text, in_section=False) or bold_term(text, emphasis) or defining_sentence(text)
            or error_term(text) or asked_term(text))


def error_term(text: str) -> Candidate | None:
    """ "IndexError: list index out of range – you asked for an index…": an error, named as programs print it, and
    what it means. The meaning may speak to the pupil ("you…"), as explanations of errors do."""
    match = ERROR_MEANING.match(text.strip())
    if match is None or is_instruction(match["meaning"]):
        return None
    return tidy(match["name"], capitalised(match["meaning"].rstrip(".")))


def asked_term(text: str) -> Candidate | None:
    """ "State what is meant by a sorting algorithm.", "Define the term protocol.", "I can describe how an insertion
    sort works": a question or objective asking what a key word means, or how the thing it names works, names a key
    word (its meaning is the answer, which the mark scheme may give)."""
    match = ASKED_MEANING.search(text)
    if match is None:
        return None
    term = ARTICLE.sub("", match["term"].strip(), count=1)
    return Candidate(capitalised(term), "") if is_term(term, max_words=3) else None


def layout_pair(term: str, definition: str, *, max_words: int = 6) -> Candidate | None:
    """A term and definition the layout puts together (two text boxes, a <dl>, a glossary table row)."""
    term, definition = term.strip(), definition.strip()
    term = as_written(term, definition)
    if not is_term(term, max_words=max_words) or not is_definition(definition, min_words=2):
        return None
    return tidy(term, definition, set_apart=True)
