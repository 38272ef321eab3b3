"""A slide titled with two key words that its text defines one after the other, as a caption beside an example often
does ("Opcode + operand" / "The opcode is the first digit… The operand is the last two digits…", "Assembly language &
mnemonics" / "Assembly language is a low-level language… it uses mnemonics – short, easy-to-remember codes…").

Each word is read only from a sentence that names it as its subject ("The opcode is…") or from a dash right after
it ("mnemonics – short codes…"); both words must be found, else the title is one subject and read as such."""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import SENTENCE_END, Candidate, tidy
from app.services.documents.word_forms import capitalised

JOINED_TITLE = re.compile(r"^(?P<first>[^&+]{2,40}?)\s+(?:&|\+|and)\s+(?P<second>[^&+]{2,40})$", re.IGNORECASE)


def two_word_title_terms(title: str, line: str) -> list[Candidate]:
    """Both key words of a two-word title, each with its meaning from the line; [] unless both are defined."""
    match = JOINED_TITLE.match(title.strip())
    if match is None:
        return []
    words = [match["first"].strip(), match["second"].strip()]
    if not all(is_term(word, max_words=3) for word in words):
        return []
    sentences = SENTENCE_END.split(line.strip())
    found = [meaning for word in words if (meaning := _meaning_of(word, sentences))]
    if len(found) != len(words):
        return []
    return [tidy(capitalised(word), capitalised(meaning)) for word, meaning in zip(words, found, strict=True)]


def _meaning_of(word: str, sentences: list[str]) -> str:
    """What the sentences say the word is: the rest of the sentence it is the subject of, or what a dash after it
    says, up to the sentence's end."""
    name = re.escape(word.rstrip("s")) + r"s?"  # the title may name it in the plural ("mnemonics")
    for sentence in sentences:
        subject = re.match(rf"^(?:the\s+|an?\s+)?{name}\s+(?:is|are|means)\s+(?P<meaning>.+)$", sentence,
                           re.IGNORECASE)
        dashed = re.search(rf"\b{name}\s+[–—]\s+(?P<meaning>.+)$", sentence, re.IGNORECASE)
        for found in (subject, dashed):
            meaning = found["meaning"].strip().rstrip(".") if found else ""
            if meaning and is_definition(meaning, min_words=3):
                return meaning
    return ""
