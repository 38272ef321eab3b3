"""What structure detection has found so far in one document, each item with where it came from.

Items are kept in the shapes of `found` (objectives, terms, sequences, code), deduplicated, capped so that one
strange document cannot produce an enormous structure, and marked with their origin: `where` ("slide 8",
"page 2", "table 1") and `quote` (the words they were taken from), when the reader said where the text was.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from app.services.documents.blocks import clean
from app.services.documents.found import (
    CodeSnippet,
    Heading,
    Objective,
    ObjectiveKind,
    StepSequence,
    Table,
    Term,
)
from app.services.documents.language import guess_language
from app.services.documents.named_things import names_no_key_word
from app.services.documents.phrases import LEVEL_LABEL, term_key

MAX_OBJECTIVES = 100
MAX_VOCABULARY = 300
# The kind a key word names itself with or leaves off ("Crop tool", "Read mode").
KIND_NOUNS = ("tool", "mode")
MAX_SEQUENCES = 50
MAX_STEPS = 30
MAX_SNIPPETS = 50
MAX_CODE_CHARS = 5000
MAX_QUOTE_CHARS = 300
I_CAN = re.compile(r"^I can\b", re.IGNORECASE)
# Numbers set in a code font (a binary number's digits in their own boxes, a sum worked in columns): no word, no
# name, so no program; a code font is how teachers line digits up.
ONLY_NUMBERS = re.compile(r"[\d\s+×÷*/=().,?_-]+")


class Origin(NamedTuple):
    """Where an item was found: the reader's place ("slide 8") and the words it was taken from."""

    where: str
    quote: str


def normal(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _mark(item: Objective | Term | StepSequence | CodeSnippet, origin: Origin | None) -> None:
    if origin is not None and origin.where:
        item["where"] = origin.where
        item["quote"] = clean(origin.quote)[:MAX_QUOTE_CHARS]


@dataclass
class Findings:
    """Objectives, vocabulary, sequences, code, tables, headings and titles found in one document."""

    headings: list[Heading] = field(default_factory=list)
    objectives: list[Objective] = field(default_factory=list)
    vocabulary: list[Term] = field(default_factory=list)
    sequences: list[StepSequence] = field(default_factory=list)
    code_snippets: list[CodeSnippet] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    lesson_titles: list[str] = field(default_factory=list)

    def add_objective(self, text: str, *, code: str = "", kind: ObjectiveKind = "objective",
                      origin: Origin | None = None) -> bool:
        text = re.sub(r"[;,]\s*(?:and)?\s*$", "", clean(text)).strip().lstrip("-–—•*· ").strip()
        text = LEVEL_LABEL.sub("", text)
        if len(text.split()) < 3 or len(text) > 400 or len(self.objectives) >= MAX_OBJECTIVES:
            return False
        text = text[:1].upper() + text[1:]
        key = normal(text)
        if any(normal(o["text"]) == key for o in self.objectives):
            return True
        if I_CAN.match(text):
            kind = "success_criterion"
        objective: Objective = {"code": code, "text": text, "kind": kind}
        _mark(objective, origin)
        self.objectives.append(objective)
        return True

    def add_term(self, term: str, definition: str, *, origin: Origin | None = None) -> bool:
        term = clean(term).strip(" :–—-*•").strip()
        definition = clean(definition).strip(" :–—-").strip()
        if not term or len(term) > 60 or len(term.split()) > 8 or len(definition) > 600:
            return False
        if names_no_key_word(term, definition):  # a person, a school, a card's label, a deadline
            return False
        key = term_key(term)
        if not key:
            return False
        for item in self.vocabulary:
            # "Internet of Things" is "Internet of Things (IoT)": the same word, its abbreviation left off.
            if term_key(item["term"]) == key or _unbracketed(item["term"]) == _unbracketed(term):
                if not item["definition"] and definition:
                    item["definition"] = definition
                    _mark(item, origin)
                return True
            if named_with_kind(term_key(item["term"]), key):
                item["term"] = term  # named in full: "Clone stamp" is the "Clone stamp tool"
                return True
            if named_with_kind(key, term_key(item["term"])):
                return True
        if len(self.vocabulary) >= MAX_VOCABULARY:
            return False
        found: Term = {"term": term, "definition": definition}
        _mark(found, origin)
        self.vocabulary.append(found)
        return True

    def name_in_full(self, name: str) -> None:
        """A found word the worksheet names more fully ("Controller" as "Data controller"): its fuller name."""
        key = term_key(name)
        for item in self.vocabulary:
            if key.endswith(f" {term_key(item['term'])}") and not any(term_key(i["term"]) == key for i in self.vocabulary):
                item["term"] = clean(name)
                return

    def add_sequence(self, title: str, steps: list[str], *, origin: Origin | None = None) -> None:
        steps = [clean(s) for s in steps if clean(s)][:MAX_STEPS]
        if len(steps) < 2 or len(self.sequences) >= MAX_SEQUENCES:
            return
        if any([normal(s) for s in seq["steps"]] == [normal(s) for s in steps] for seq in self.sequences):
            return
        sequence: StepSequence = {"title": clean(title) or "Steps", "steps": steps}
        _mark(sequence, origin)
        self.sequences.append(sequence)

    def add_code(self, code: str, title: str, *, language: str = "", origin: Origin | None = None) -> None:
        code = code.strip("\n")
        if not code.strip() or len(self.code_snippets) >= MAX_SNIPPETS or ONLY_NUMBERS.fullmatch(code):
            return
        if any(s["code"].strip() == code.strip() for s in self.code_snippets):
            return
        snippet: CodeSnippet = {"language": guess_language(code, named=language), "code": code[:MAX_CODE_CHARS],
                                "title": clean(title)}
        _mark(snippet, origin)
        self.code_snippets.append(snippet)

    def number_objectives(self) -> None:
        """Objectives without a code get the next free "LO<n>", so every objective can be referred to."""
        used = {o["code"] for o in self.objectives if o["code"]}
        number = 0
        for objective in self.objectives:
            if objective["code"]:
                continue
            number += 1
            while f"LO{number}" in used:
                number += 1
            objective["code"] = f"LO{number}"
            used.add(objective["code"])


def named_with_kind(short: str, full: str) -> bool:
    """Whether `full` is the key word `short` named with the kind of thing it is ("Append" and "Append mode",
    "Clone stamp" and "Clone stamp tool", as term keys): the same word, not two."""
    return any(full == f"{short} {kind}" for kind in KIND_NOUNS)


def _unbracketed(term: str) -> str:
    return term_key(re.sub(r"\s*\([^()]*\)", "", term)) or term_key(term)
