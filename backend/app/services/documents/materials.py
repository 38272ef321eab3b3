"""All of a unit's documents merged into one set of materials: what the generators work from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from app.services.documents import crossword
from app.services.documents.answer_files import AnswersFile, attach_answers
from app.services.documents.findings import named_with_kind
from app.services.documents.found import (
    Clue,
    CodeSnippet,
    DocumentStructure,
    Objective,
    Question,
    Solution,
    StepSequence,
    Term,
)
from app.services.documents.phrases import term_key
from app.services.documents.titles import is_book_section, is_indirect_title, named_more_fully, names_a_sheet


class DocumentLike(Protocol):
    """An ExtractedDocument or a stored UnitDocument row: both have these."""

    filename: str
    text: str
    structure: DocumentStructure


@dataclass
class UnitMaterials:
    """Objectives and vocabulary (deduplicated), sequences, code snippets and the full text of a unit's documents.

    Each found item says which document it came from (`source`) and, when the reader knew, where in it (`where`:
    "slide 8") and the words it was taken from (`quote`). Vocabulary without a definition is kept (a teacher can
    add one); generators that need definitions use `defined_vocabulary`. A term is the same term in the singular
    or the plural ("virus" listed in a starter, "Viruses" defined on a slide). `questions` are the questions
    written in the documents, with the answers their own documents or a matching answers file give.
    """

    objectives: list[Objective] = field(default_factory=list)
    vocabulary: list[Term] = field(default_factory=list)
    sequences: list[StepSequence] = field(default_factory=list)
    code_snippets: list[CodeSnippet] = field(default_factory=list)
    lesson_titles: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    text: str = ""  # every document's text, each under "# <filename>"
    sources: list[str] = field(default_factory=list)

    @property
    def defined_vocabulary(self) -> list[Term]:
        return [item for item in self.vocabulary if item["definition"]]

    @property
    def is_empty(self) -> bool:
        return not (self.objectives or self.vocabulary or self.sequences or self.code_snippets or self.text.strip())


# A key word and its other name in brackets: "World Wide Web (WWW)", "DNS (Domain Name System)".
BRACKETED_NAME = re.compile(r"(?P<name>[^()]+?)\s*\((?P<other>[^()]+)\)")


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def merge(documents: Iterable[DocumentLike]) -> UnitMaterials:
    """Merge documents in the order given. Objective codes are kept when they are unique across the
    documents, otherwise every objective is renumbered LO1, LO2, … in order."""
    materials = UnitMaterials()
    vocabulary: dict[str, Term] = {}
    texts: list[str] = []
    answers: list[AnswersFile] = []
    clues: list[tuple[Clue, str]] = []
    solutions: list[Solution] = []
    titled: dict[str, str] = {}  # each title → the document that gave it first
    for document in documents:
        found = document.structure or {}
        source = document.filename
        materials.sources.append(source)
        if document.text.strip():
            texts.append(f"# {source}\n\n{document.text.strip()}")
        _add_objectives(materials.objectives, found.get("objectives", []), source)
        _add_vocabulary(vocabulary, found.get("vocabulary", []), source)
        _add_sequences(materials.sequences, found.get("sequences", []), source)
        _add_code(materials.code_snippets, found.get("code_snippets", []), source)
        _add_new(materials.lesson_titles, found.get("lesson_titles", []))
        titled.update((title, source) for title in found.get("lesson_titles", []) if title not in titled)
        headings = found.get("headings", [])
        _add_new(materials.headings, [h["text"] if isinstance(h, dict) else str(h) for h in headings])
        materials.questions.extend({**question, "options": list(question.get("options", [])), "source": source}
                                   for question in found.get("questions", []))
        if found.get("answers"):
            answers.append(AnswersFile(source, [dict(answer) for answer in found["answers"]]))
        clues += [(clue, source) for clue in found.get("clues", [])]
        solutions += found.get("solutions", [])
    # A unit's own titles before a textbook section's, a sheet's or a story's name (a title another document quotes:
    # "Read “Level Up Safely”"), and plain ones before titles asked as questions.
    # A title another names more fully gives way to it.
    found_titles = list(materials.lesson_titles)  # a list being sorted reads as empty
    materials.lesson_titles.sort(key=lambda title: (is_book_section(title), names_a_sheet(title),
                                                    _quoted_elsewhere(title, titled[title], texts),
                                                    is_indirect_title(title),
                                                    named_more_fully(title, found_titles)))
    attach_answers(materials.questions, answers)
    _add_crossword_words(vocabulary, clues, solutions)
    materials.vocabulary = _without_shortened(list(vocabulary.values()))
    materials.text = "\n\n".join(texts)
    codes = [o["code"] for o in materials.objectives]
    if any(not code for code in codes) or len(set(codes)) != len(codes):
        for number, objective in enumerate(materials.objectives, start=1):
            objective["code"] = f"LO{number}"
    return materials


def _quoted_elsewhere(title: str, source: str, texts: list[str]) -> bool:
    """Whether a document other than the one titled so names the title in quotation marks, as a worksheet names the
    story, book or video pupils work from ("Read “Level Up Safely”."); not as the title to write down ("title ‘…’").
    """
    quoted = re.compile(rf"(?P<before>\w{{0,20}}\W{{0,3}})[“\"‘']\s*{re.escape(title.strip())}\s*[”\"’']", re.IGNORECASE)
    # "Write the title ‘History of computers’": the lesson's own title, quoted as the one to write down.
    return any(found["before"].rstrip(" :").lower() != "title" for text in texts
               if not text.startswith(f"# {source}\n") for found in quoted.finditer(text))


def _origin(item: Objective | Term | StepSequence | CodeSnippet) -> dict[str, str]:
    """The `where` and `quote` of a stored item (documents stored before they were kept have neither)."""
    return {key: item[key] for key in ("where", "quote") if item.get(key)}


def _add_objectives(merged: list[Objective], found: list[Objective], source: str) -> None:
    """Objectives whose text is new to the unit (compared loosely: case and punctuation aside)."""
    seen = {_key(o["text"]) for o in merged}
    for objective in found:
        key = _key(objective.get("text", ""))
        if key and key not in seen:
            seen.add(key)
            merged.append(
                {
                    "code": objective.get("code", ""),
                    "text": objective["text"],
                    "kind": objective.get("kind", "objective"),
                    "source": source,
                    **_origin(objective),
                }
            )


def _add_vocabulary(merged: dict[str, Term], found: list[Term], source: str) -> None:
    """New terms; a term already found without a definition takes the first definition another document gives.
    A term with its abbreviation or expansion in brackets ("DNS (Domain Name System)") is the same key word as
    either half written alone in another document ("DNS"): the unit keeps the fuller name."""
    for item in found:
        key = term_key(item.get("term", ""))
        if not key:
            continue
        if key not in merged and (same := _same_word(merged, item["term"])) is not None:
            if "(" in item["term"] and "(" not in merged[same]["term"]:
                merged[same]["term"] = item["term"]
            key = same
        if key in merged:
            if not merged[key]["definition"] and item.get("definition"):
                merged[key].pop("where", None)
                merged[key].pop("quote", None)
                merged[key].update(definition=item["definition"], source=source, **_origin(item))
            continue
        merged[key] = {"term": item["term"], "definition": item.get("definition", ""), "source": source,
                       **_origin(item)}


def _same_word(merged: dict[str, Term], term: str) -> str | None:
    """The key of a merged term that is `term` with or without its bracketed other name, or None."""
    halves = _halves(term)
    for key, other in merged.items():
        if halves & _halves(other["term"]) and (len(halves) == 1) != (len(_halves(other["term"])) == 1):
            return key
    return None


def _halves(term: str) -> set[str]:
    """ "World Wide Web (WWW)" → {"world wide web", "www"}; a term without brackets → {its key}."""
    named = BRACKETED_NAME.fullmatch(term.strip())
    if named is None:
        return {term_key(term)}
    return {term_key(named["name"]), term_key(named["other"])}


def _add_crossword_words(merged: dict[str, Term], clues: list[tuple[Clue, str]], solutions: list[Solution]) -> None:
    """A crossword's words, from whichever document gives them, each defined by its clue."""
    sources = {id(clue): source for clue, source in clues}
    for word, clue in crossword.pair([clue for clue, _source in clues], solutions):
        _add_vocabulary(merged, [{"term": word, "definition": clue["clue"]}], sources[id(clue)])


def _without_shortened(terms: list[Term]) -> list[Term]:
    """Without a word listed bare ("bitmap" in a plan's key vocabulary) that a defined term starts with ("Bitmap
    image: an image made up of…"): the teacher meant that term, and the unit has it. Nor a word another document
    names with its kind ("Clone stamp" where another has "Clone stamp tool"): one word, named in full."""
    defined = [term_key(t["term"]).split() for t in terms if t["definition"]]
    keys = [term_key(t["term"]) for t in terms]
    return [t for t in terms if (t["definition"] or not _starts_any(term_key(t["term"]).split(), defined))
            and not any(named_with_kind(term_key(t["term"]), key) for key in keys)]  # "Clone stamp" by "… tool"


def _starts_any(words: list[str], longer: list[list[str]]) -> bool:
    return any(len(other) > len(words) and other[:len(words)] == words for other in longer)


def _add_sequences(merged: list[StepSequence], found: list[StepSequence], source: str) -> None:
    """Sequences whose steps are new to the unit."""
    seen = {tuple(_key(step) for step in s["steps"]) for s in merged}
    for sequence in found:
        key = tuple(_key(step) for step in sequence.get("steps", []))
        if key and key not in seen:
            seen.add(key)
            merged.append({"title": sequence.get("title", ""), "steps": sequence["steps"], "source": source,
                           **_origin(sequence)})


def _add_code(merged: list[CodeSnippet], found: list[CodeSnippet], source: str) -> None:
    """Code snippets not already found (the same code in two documents is kept once)."""
    seen = {s["code"].strip() for s in merged}
    for snippet in found:
        code = snippet.get("code", "").strip()
        if code and code not in seen:
            seen.add(code)
            merged.append({**snippet, "source": source})


def _add_new(merged: list[str], found: list[str]) -> None:
    for text in found:
        if text not in merged:
            merged.append(text)
