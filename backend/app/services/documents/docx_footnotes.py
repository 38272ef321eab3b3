"""Key words a Word document explains in real footnotes: a reference mark after the word in the passage
("…a reel of filament¹…"), the meaning only in the footnotes part at the foot of the page, which python-docx
does not read. The note may name the word first ("Extruder: the part…") or give the meaning alone.

The footnotes part has been through the same safety checks as every other part of the file (no DTD or entity,
within the size limits) and is parsed with python-docx's own parser, which resolves no entities.
"""

from __future__ import annotations

import re

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from app.services.documents.blocks import Block, clean
from app.services.documents.phrases import FINITE_VERBS, NOT_A_NOUN_START, is_term
from app.services.documents.word_forms import capitalised

MAX_NOTES = 500
MAX_UNNAMED_WORDS = 2  # a meaning-only note names a short word: "filament", "subtractive manufacturing"
# "Extruder: the part…", "STL file – the file type…": the note names its word before the meaning.
NAMED_NOTE = re.compile(r"^(?P<word>[^:–—]{1,60}?)\s*(?::|\s[–—-])\s+(?P<meaning>\S.*)$")
WORD = re.compile(r"[\w’'-]+")
# Where the noun phrase before a mark begins: after an article, a pronoun, a preposition or a verb.
BEFORE_A_NOUN = NOT_A_NOUN_START | FINITE_VERBS | {"a", "an", "the"}


def footnotes(document: Document) -> dict[str, str]:
    """The document's footnotes by id ("3" → "Computer-aided design – …"), without Word's separators."""
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == RT.FOOTNOTES and not rel.is_external), None)
    if part is None:
        return {}
    notes = {}
    for note in parse_xml(part.blob).iterchildren(qn("w:footnote")):
        if note.get(qn("w:type")) not in (None, "normal") or len(notes) >= MAX_NOTES:
            continue
        text = clean(" ".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in note.iter(qn("w:p"))))
        if text:
            notes[note.get(qn("w:id"))] = text
    return notes


def footnoted_terms(paragraph: Paragraph, notes: dict[str, str], where: str) -> list[Block]:
    """A laid-out term for each footnote referenced in a paragraph: the word just before the mark and its note."""
    found, before = [], ""
    for element in paragraph._p.iter(qn("w:t"), qn("w:footnoteReference")):
        if element.tag == qn("w:t"):
            before += element.text or ""
        elif (note := notes.get(element.get(qn("w:id")))) is not None:
            term, meaning = _noted(before, note)
            if term:
                found.append(Block("term", term, definition=meaning.rstrip("."), where=where))
    return found


def _noted(before: str, note: str) -> tuple[str, str]:
    """(the word a note explains, its meaning): the word the note names when the passage has it just before the
    mark, else the short noun phrase just before the mark and the whole note."""
    words = WORD.findall(re.split(r"[^\w\s’'-]", before)[-1])
    named = NAMED_NOTE.match(note)
    if named and " ".join(words[-len(named["word"].split()):]).lower() == named["word"].lower():
        return named["word"], named["meaning"]
    phrase: list[str] = []
    for word in reversed(words):
        if len(phrase) == MAX_UNNAMED_WORDS or word.lower() in BEFORE_A_NOUN:
            break
        phrase.insert(0, word)
        if word.isupper() and len(word) > 1:
            break  # "Designers use CAD": an abbreviation is the whole word
    term = " ".join(phrase)
    return (capitalised(term), note) if term and is_term(term, max_words=MAX_UNNAMED_WORDS) else ("", "")
