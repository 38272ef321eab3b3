"""A topic model of a unit: what its materials really teach, so the offline generator asks about that and the
checks can tell when a question (the AI's too) is about something else.

It is built from the unit's title and description, key vocabulary, headings and slide titles, objectives,
sequences and code snippets (with their languages), never from one word in passing:
- key phrases: the unit's terms, the topics its headings name ("Firewalls", "What is the FDE cycle?" → "FDE
  cycle"), and names the text spells out with an abbreviation ("Program Counter (PC)"), each with a weight;
- parametric topics (binary and number bases, logic gates, programming in Python), each with a weight from
  where it is mentioned (the title and objectives count most, the running text least) and the share of the
  unit's objectives and key phrases about it. A topic is taught when its weight reaches TAUGHT; "programming in
  Python" needs Python code, or Python named in the title, objectives or headings of a unit that names what programs
  are made of (variables, loops…) or has pupils write one and has no code in another language: a unit about
  translators or high- and low-level languages names Python and teaches no program. The share caps how much of a
  draft its templates may fill, so a unit mostly about something else gets one such question at most;
- the code languages of its snippets.

    model = build_topic_model(materials, instructions="include two binary questions")
    model.teaches("binary"); model.allowance("binary", 12); model.about_unit(question_text)
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from app.services.documents.phrases import EXAMPLE_HEADING
from app.services.generation.code_language import display_name, language_of
from app.services.generation.draft_question import QuestionSource
from app.services.generation.materials import GenerationMaterials, UnitObjective
from app.services.generation.passages import find_passage, item_source, passage_source, snippet_source
from app.services.generation.phrases import heading_phrases, line_definition, usable_phrase
from app.services.generation.teaching_text import LESSON_FURNITURE, is_signposting, written_task
from app.services.generation.topic_words import topic_words
from app.services.generation.unfit_text import answer_problem, is_quoted_speech, objective_problem

TAUGHT = 3.0
TOPIC_WORD_WEIGHT = 0.8  # below every key word the readers or the headings give
NAMED_WEIGHT = 2.0  # key words (3 with a meaning, 2 without), words a line defines (2.5), headings' subjects (2)
MAX_SHARE = 0.6  # the most of a draft one topic's templates may fill, unless the teacher asks for more
TOPIC_SIGNS = {
    # Not "binary search" or "binary tree": those are algorithms and structures, not number bases; nor "hex colour
    # code": a web page's colour, named in passing by a unit on styling pages.
    "binary": re.compile(r"\b(binary(?!\s+(?:search(?:es|ing)?|trees?|codes?))|denary"
                         r"|(?:hexadecimal|hex)(?!\s+colou?rs?\b)|number bases?|base (?:2|10|16)|place values?)\b",
                         re.I),
    "logic": re.compile(r"\b(logic gates?|logic circuits?|truth tables?|boolean (?:logic|algebra|expressions?)"
                        r"|(?:and|or|not|xor|nand|nor) gates?)\b", re.I),
    "python": re.compile(r"\bpython\b", re.I),
}
# Words that make an item part of a taught topic's share (and a question about it on topic), once it is taught.
TOPIC_WORDS = {
    "binary": re.compile(r"\b(bits?|bytes?|nibbles?|convert\w*|numbers?)\b", re.I),
    "logic": re.compile(r"\b(gates?|inputs?|outputs?|and|or|not|xor|boolean|logic)\b", re.I),
    "python": re.compile(r"\b(programs?|programming|code|coding|variables?|loops?|iteration|selection|sequence"
                         r"|if statements?|functions?|print|input|output|debug\w*|trace tables?|algorithms?)\b",
                         re.I),
}
# Naming a language is not teaching programming: a unit on translators says "Python is a high-level language" and
# teaches no program. Without Python code, Python is taught only where the unit names what programs are made of
# (variables, loops, selection, functions…) or has pupils write one.
PROGRAMMING_TAUGHT = re.compile(
    r"\b(?:variables?|(?:for|while|nested) loops?|loops?|iteration|iterate|selection|if[- ]?(?:statements?|else)"
    r"|elif|functions? (?:that|to|with|called)|(?:define|call|write|use)s? (?:a |your )?functions?|procedures?"
    r"|subroutines?|parameters?|return values?|data types?|integers?|strings?|booleans?|arrays?"
    r"|indentation|syntax errors?|trace tables?|debug\w*)\b|\b(?:print|input)\s*\("
    # pupils write one ("Write a Python program…", "I can write code that…"), not "programmers write programs"
    r"|(?:^|\b(?:to|can|will|able to|how to|you|we|I)\s+)(?:write|create|code|program)\s+"
    r"(?:a |an |your |our )?(?:(?:python|simple|short|small|first|own|new) )?(?:programs?|scripts?|code)\b", re.I)
_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,5})s?(?![\w-])")
_NOT_KEY_ACRONYMS = {"GCSE", "KS", "DSL", "PDF", "OK", "TV", "UK", "ICT", "IT", "PE", "SEN", "LO", "LOS", "AM", "PM",
                     "YES", "NO", "DO", "AND", "OR", "NOT", "THE", "TO", "FROM", "ID", "IF", "ON", "IN", "AT", "WHERE",
                     "ORDER", "BY", "INTO", "SET", "ASC", "DESC", "NULL", "TRUE", "FALSE", "WALT", "WILF", "WAGOLL",
                     "EBI", "WWW", "THEN", "ELSE", "ELIF", "ENDIF", "WHILE", "REPEAT", "UNTIL", "PRINT", "RETURN",
                     "OFF", "OPEN", "END", "FOR", "NEXT", "INPUT", "STEP", "ENDFOR", "CASE"}
_ABBREVIATED = re.compile(r"\b([A-Z][\w-]*(?:\s+(?:of|and|the|[A-Z][\w-]*)){0,4})\s+\(([A-Z][A-Za-z]{1,5})\)")
_EXPANDED = re.compile(r"\b([A-Z]{2,6})\s+\(((?:[A-Z][a-z]+\s?){2,5})\)")


@dataclass(frozen=True)
class KeyPhrase:
    """Something the unit teaches, by name: "Caesar cipher", "Program Counter (PC)"."""

    text: str
    forms: tuple[str, ...]  # what counts as saying it ("Program Counter (PC)" → "Program Counter", "PC")
    weight: float
    source: QuestionSource


@dataclass(frozen=True)
class Topic:
    """A parametric topic (binary, logic, python) and how much of the unit is about it."""

    name: str
    weight: float
    share: float  # of the unit's objectives and key phrases, the part about this topic
    source: QuestionSource | None  # the strongest evidence, for the questions made from it


@dataclass
class TopicModel:
    """What the unit teaches (see the module's docstring)."""

    phrases: list[KeyPhrase] = field(default_factory=list)  # heaviest first
    topics: dict[str, Topic] = field(default_factory=dict)
    languages: set[str] = field(default_factory=set)  # of its code snippets: "python", "java", "sql"…
    objectives: list[UnitObjective] = field(default_factory=list)  # the usable ones
    focus: set[str] = field(default_factory=set)  # topics the teacher's instructions ask for

    def teaches(self, topic: str) -> bool:
        known = self.topics.get(topic)
        return topic in self.focus or (known is not None and known.weight >= TAUGHT)

    def allowance(self, topic: str, questions: int) -> int:
        """How many of `questions` this topic's templates may fill: all when the teacher asks for the topic, none
        when the unit does not teach it, else its share of the unit (at least one, at most MAX_SHARE)."""
        if topic in self.focus:
            return questions
        if not self.teaches(topic):
            return 0
        share = self.topics[topic].share
        return max(1, min(math.ceil(questions * MAX_SHARE), round(questions * share)))

    def source_for(self, topic: str) -> QuestionSource | None:
        known = self.topics.get(topic)
        if known is not None and known.source is not None and self.teaches(topic):
            return known.source
        if topic in self.focus:
            return QuestionSource(file="", where="your instructions", quote="")
        return None

    def add_phrases(self, phrases: Iterable[KeyPhrase]) -> None:
        """Add key phrases found after the model was built (the words the unit's facts define)."""
        known = {_phrase_key(p.text) for p in self.phrases}
        self.phrases += [p for p in phrases if _phrase_key(p.text) not in known]
        self.phrases.sort(key=lambda p: -p.weight)

    def phrase_in(self, text: str) -> KeyPhrase | None:
        """The heaviest key phrase `text` says."""
        haystack = _normal(text)
        return next((p for p in self.phrases if any(_says(haystack, form) for form in p.forms)), None)

    def about_unit(self, text: str, *, named: bool = False) -> bool:
        """Whether `text` (a question and its answers) is about the unit: it says one of its key phrases, or words
        of a topic it teaches, or names a language its code is in, or asks for one of its objectives in the
        objective's own words. `named`: a key phrase counts only when the unit names it as a key word, defines it in
        a line or heads a section with it (not an abbreviation in passing)."""
        phrase = self.phrase_in(text)
        if phrase is not None and (not named or phrase.weight >= NAMED_WEIGHT):
            return True
        haystack = _normal(text)
        asked = [form for o in self.objectives for form in (o["text"], written_task(o["text"]) or "")]
        if any(len(aim.split()) >= 4 and f" {aim} " in haystack for aim in (_normal(form).strip() for form in asked)):
            return True  # "Explain how edited images can mislead people.": the unit's aim, whatever words it uses
        for name in self.topics:
            if self.teaches(name) and (TOPIC_SIGNS[name].search(text) or TOPIC_WORDS[name].search(text)):
                return True
        return any(re.search(rf"\b{re.escape(display_name(lang))}\b", text) for lang in self.languages)


def build_topic_model(materials: GenerationMaterials, instructions: str = "") -> TopicModel:
    """The unit's topic model from its materials; topics named in `instructions` are the teacher's focus."""
    objectives = [o for o in materials.objectives if objective_problem(o["text"]) is None]
    model = TopicModel(objectives=objectives,
                       languages={language_of(s) for s in materials.code_snippets} - {"text"},
                       focus={name for name, sign in TOPIC_SIGNS.items() if sign.search(instructions or "")})
    model.phrases = key_phrases(materials)
    items = [o["text"] for o in objectives] + [p.text for p in model.phrases]
    for name in TOPIC_SIGNS:
        weight, source = _evidence(materials, objectives, name)
        if weight <= 0:
            continue
        share = _share(items, name) if weight >= TAUGHT else 0.0
        model.topics[name] = Topic(name=name, weight=weight, share=share, source=source)
    return model


# --- key phrases -------------------------------------------------------------------------------------------------

def key_phrases(materials: GenerationMaterials) -> list[KeyPhrase]:
    """The unit's key phrases, heaviest first: terms (3 with a definition, 2 without), words a line of the
    documents defines ("Hardware = …", 2.5), topics named by headings and slide titles (2), names spelt out with
    an abbreviation in the text (1.5), abbreviations (1), topic words its objectives and titles name and its
    teaching text says (topic_words.py, 0.8); each gains a little for every time the text says it."""
    found: dict[str, KeyPhrase] = {}

    def add(text: str, weight: float, source: QuestionSource, forms: Iterable[str] = ()) -> None:
        key = _phrase_key(text)
        if not key:
            return
        known = found.get(key)
        if known is None or known.weight < weight:
            all_forms = tuple(dict.fromkeys([text, *forms, *(known.forms if known else ())]))
            found[key] = KeyPhrase(text=text, forms=all_forms, weight=weight, source=source)

    for term in materials.vocabulary:
        text = " ".join(str(term.get("term", "")).split())
        if usable_phrase(text):
            source = item_source(term, materials.passages, quote=f"{text} – {term.get('definition', '')}".strip(" –"))
            add(text, 3.0 if term.get("definition") else 2.0, source, _forms(text))
    for passage in materials.passages:
        defined = line_definition(passage["text"]) if not EXAMPLE_HEADING.match(passage["heading"]) else None
        # not "Childline – 0800 1111", nor "Good: “A girl using a laptop”" (a caption's label, not a word taught)
        if defined and not is_signposting(passage["text"], passage["heading"]) and not is_quoted_speech(defined[1]):
            add(defined[0], 2.5, QuestionSource(file=passage["file"], where=passage["where"], quote=passage["text"]),
                _forms(defined[0]))
        for phrase in heading_phrases(passage["heading"]):
            add(phrase, 2.0, QuestionSource(file=passage["file"], where=passage["where"], quote=passage["heading"]))
    for heading in [*materials.headings, *materials.lesson_titles, materials.unit_title]:
        for phrase in heading_phrases(heading):
            add(phrase, 1.5, item_source({}, materials.passages, quote=heading, fallback="the unit's title"))
    for passage in materials.passages:
        for full, short in _abbreviations(passage["text"]):
            quote = passage["text"]
            add(f"{full} ({short})", 1.5, QuestionSource(file=passage["file"], where=passage["where"], quote=quote),
                (full, short))
    for short in _acronyms(materials.text):
        passage = find_passage(materials.passages, short)
        add(short, 1.0, passage_source(passage, short) if passage else QuestionSource(file="", where="", quote=short))
    for word in topic_words(materials):  # named by an objective or a title, then taught: "search engine"
        add(word.text, TOPIC_WORD_WEIGHT, passage_source(word.passage, word.text))
    text = _normal(materials.text)
    weighted = [KeyPhrase(p.text, p.forms, p.weight + min(1.0, 0.25 * sum(_count(text, f) for f in p.forms)),
                          p.source) for p in found.values()]
    return sorted(weighted, key=lambda p: -p.weight)


def _forms(term: str) -> list[str]:
    """A term's other forms: "Program Counter (PC)" → "Program Counter", "PC"."""
    match = re.fullmatch(r"(.+?)\s*\(([^)]{1,40})\)", term)
    return [match.group(1).strip(), match.group(2).strip()] if match else []


def _acronyms(text: str) -> list[str]:
    """Abbreviations the text uses at least twice ("RAM", "CPU"), which in computing are nearly always key words."""
    found: dict[str, int] = {}
    for line in re.sub(r"(?s)```.*?```", "", text).splitlines():  # not a program's names ("USERS", "TODO")
        if answer_problem(line) in ("an example email line", "words in capitals (shouting)", "a run of punctuation",
                                    "a web link"):
            continue  # "FREE IPHONE!!! CLICK NOW!!!", "CLICK HERE >>> www…" name nothing the lesson teaches
        for word in _ACRONYM.findall(line):
            if word not in _NOT_KEY_ACRONYMS and word.lower() not in LESSON_FURNITURE:  # not "HOT", "MILD", "QUIZ"
                found[word] = found.get(word, 0) + 1
    # A word the text writes in small letters more often than in capitals is a word set in capitals on a banner or
    # a heading ("📷 PHOTO EDITING" over sentences about a "photo"), not an abbreviation.
    lowered = Counter(re.findall(r"(?<![\w-])[a-z]{2,5}(?![\w-])", text))
    return [word for word, count in found.items() if count >= 2 and lowered[word.lower()] <= count]


def _abbreviations(text: str) -> list[tuple[str, str]]:
    found = [(re.sub(r"^(?:The|A|An)\s+", "", m.group(1)), m.group(2)) for m in _ABBREVIATED.finditer(text)]
    found += [(m.group(2).strip(), m.group(1)) for m in _EXPANDED.finditer(text)]
    return [(full, short) for full, short in found if usable_phrase(full) and len(full.split()) >= 2]


# --- parametric topics -------------------------------------------------------------------------------------------

def _evidence(materials: GenerationMaterials, objectives: list[UnitObjective],
              name: str) -> tuple[float, QuestionSource | None]:
    """How strongly the unit teaches a topic, and the item that shows it best."""
    sign = TOPIC_SIGNS[name]
    weight, best, best_rank = 0.0, None, (False, 0.0)
    named = False  # a title, objective, heading, key word or program names the topic, not only a meaning

    def seen(amount: float, source: QuestionSource, *, naming: bool = True) -> None:
        nonlocal weight, best, best_rank, named
        weight += amount
        named = named or naming
        rank = (bool(source["file"]), amount)  # a place in a document beats the unit's title or typed objectives
        if rank > best_rank:
            best, best_rank = source, rank

    if sign.search(materials.unit_title):
        seen(4.0, QuestionSource(file="", where="the unit's title", quote=materials.unit_title))
    if sign.search(materials.unit_description):
        seen(4.0, QuestionSource(file="", where="the unit's description", quote=materials.unit_description[:300]))
    for objective in objectives:
        if sign.search(objective["text"]):
            seen(3.0, item_source(objective, materials.passages, quote=objective["text"],
                                  fallback="the unit's learning objectives"))
    for heading in dict.fromkeys([*materials.headings, *materials.lesson_titles]):
        if sign.search(heading):
            seen(2.0, item_source({}, materials.passages, quote=heading))
    for term in materials.vocabulary:
        if sign.search(str(term.get("term", ""))):
            seen(2.0, item_source(term, materials.passages, quote=str(term.get("term", ""))))
        elif sign.search(str(term.get("definition", ""))):
            seen(1.0, item_source(term, materials.passages, quote=str(term.get("definition", ""))), naming=False)
    has_code = False
    if name == "python":
        for snippet in materials.code_snippets:
            if language_of(snippet) == "python":
                has_code = True
                seen(3.0, snippet_source(snippet, materials.passages))
    text_mentions = len(sign.findall(materials.text))
    weight += min(2.0, 0.5 * text_mentions)
    if not named:  # said only in meanings and running text ("…into binary numbers"): used, not taught
        weight = min(weight, TAUGHT - 0.5)
    if name == "python" and not has_code and not _teaches_programming(materials, objectives):
        weight = min(weight, TAUGHT - 0.5)  # a language named, translators discussed: no program taught
    return weight, best


def _teaches_programming(materials: GenerationMaterials, objectives: list[UnitObjective]) -> bool:
    """Whether the unit teaches writing programs in Python rather than only naming it: it has no code in another
    language (a Java unit that mentions Python teaches Java), and its title, description, objectives, headings or
    key words name what programs are made of or ask pupils to write one."""
    if any(language_of(s) not in ("python", "text") for s in materials.code_snippets):
        return False
    items = [materials.unit_title, materials.unit_description, *(o["text"] for o in objectives),
             *materials.headings, *materials.lesson_titles, *(str(t.get("term", "")) for t in materials.vocabulary)]
    return any(PROGRAMMING_TAUGHT.search(item) for item in items)


def _share(items: list[str], name: str) -> float:
    """The part of the unit's objectives and key phrases about a topic."""
    if not items:
        return 1.0
    about = [i for i in items if TOPIC_SIGNS[name].search(i) or TOPIC_WORDS[name].search(i)]
    return len(about) / len(items)


# --- matching ------------------------------------------------------------------------------------------------------

@lru_cache(maxsize=16384)
def _normal(text: str) -> str:
    """Lower case, punctuation (except hyphens inside words) as spaces, single spaces, padded for whole-word search."""
    text = re.sub(r"[^\w\s-]|(?<!\w)-|-(?!\w)", " ", (text or "").lower().replace("_", " "))
    return f" {' '.join(text.split())} "


def _phrase_key(text: str) -> str:
    words = _normal(text).split()
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def _says(haystack: str, form: str) -> bool:
    """Whether normalised text says a phrase (whole words; a plural "s" either side is fine)."""
    needle = _normal(form).strip()
    if not needle:
        return False
    if len(needle) <= 3 and needle.isalpha():  # an abbreviation: "PC", "RAM" must be said as a word
        return f" {needle} " in haystack or f" {needle}s " in haystack
    singular = needle[:-1] if len(needle) > 3 and needle.endswith("s") and not needle.endswith("ss") else needle
    return any(f" {variant} " in haystack for variant in (needle, singular, singular + "s", singular + "es"))


def _count(haystack: str, form: str) -> int:
    needle = _normal(form).strip()
    return haystack.count(f" {needle} ") if needle else 0
