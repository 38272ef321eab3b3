"""Key words in lines a label or a source stands before, and the fuller name a worksheet's blank gives a word:

    Hint: consent means the person has freely agreed…                 → Consent: "The person has freely agreed…"
    UK GDPR, Article 4(7): ‘controller’ means the natural or legal…    → Controller: "The natural or legal…"
    Data controller = ________                                          → "Controller" is named "Data controller"
    Words to use: redundancy = losing your job because…                 → Redundancy: "Losing your job because…"
    Careful! Freeware is NOT open source. Freeware is software you…     → Freeware: "Software you…"

A helping label ("Hint:", "Tip:", "Note:") says how a line helps, not what it is, so the line is read without it,
each of its sentences in turn;
a law quoted with its source puts the word it defines in quotation marks; and a "Word = ____" line for pupils to
fill in names a word the lesson teaches as the teacher would name it. A label that says the line gives words to use
("Words to use:", "Key word:") stands before a word and its meaning joined as a glossary joins them. A word
denied one meaning and given another in the next sentence is what a teacher's correction of a misconception says.
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import SENTENCE_END, Candidate, defining_sentence, line_term, tidy
from app.services.documents.word_forms import capitalised

# "Note:", and a note named for who writes it or what it is for ("Teacher's note:", "FORENSICS NOTE:", "Fun fact:").
ASIDE_LABEL = re.compile(r"^(?:[A-Za-z’']{2,20}\s+)?(?:hint|top tip|tip|note|nb|n\.b\.|fact)\s*[:–—]\s+(?=\S)",
                         re.IGNORECASE)
# A note's sentences end at a capital's "!" too ("…a lower-case L! Phishing is…"), not at "e.g.".
NOTE_SENTENCE_END = re.compile(r"(?<=[\w)][.!?])(?<!\be\.g\.)(?<!\bi\.e\.)\s+(?=[A-Z])")
WORDS_LABEL = re.compile(r"^(?:(?:key|useful|new)\s+)?(?:words?|terms?|vocab(?:ulary)?)"
                         r"(?:\s+to\s+(?:use|know|learn|include))?\s*:\s+(?=\S)", re.IGNORECASE)
# A contract's or a policy's numbered clause ("1.3 'Authorisation' means…", "(b) “Scope” means…") is the same
# shape as a quoted law: the clause number stands where the source would.
CITED_DEFINITION = re.compile(r"^(?:[^:“”‘’\"]{3,80}:\s+|(?:\d{1,2}(?:\.\d{1,2}){0,2}\.?|\(?[a-z]\))\s+)?[“‘'\"](?P<term>[^“”‘’'\"]{2,40})[”’'\"]\s+means\s+"
                              r"(?P<meaning>\S.{8,})$")
# A contract's parties are defined too, but by who they are, not by what a word means: a name ("Riverside Bakery
# Ltd, the owner…") or a pointer back into the document ("the person named in this agreement").
PARTY = re.compile(r"^(?:[A-Z][\w&'’-]*\s+){1,4}(?:Ltd|plc|Limited|Inc|LLP|School|Academy|Council)\b"
                   r"|\b(?:named|listed|identified|set out)\s+(?:in|on|at)\s+(?:this|the)\s+"
                   r"(?:agreement|contract|document|policy|form|schedule)\b")
# A misconception put right, as a teacher's note puts it: "Careful! Freeware is NOT the same as open source.
# Freeware is software you can use for free…": the sentence after the denial says what the word is.
CORRECTED = re.compile(r"^(?:(?:be\s+)?careful|watch\s+out|remember|note)?\s*[!:]?\s*(?P<term>[^.!?:]{2,40}?)\s+"
                       r"(?:is|are)\s+not\s+[^.!?]{2,80}[.!]\s+(?P=term)\s+(?:is|are)\s+(?P<meaning>\S.{8,})$",
                       re.IGNORECASE)
# A blank to write a word's meaning in: "Data controller =", "Data controller = ______".
FILL_IN = re.compile(r"^(?P<name>[A-Z][a-z-]+(?:\s+[a-z-]+){0,3})\s*=\s*_*\s*$")


def labelled_term(text: str) -> Candidate | None:
    """A key word defined by a line after a helping label, or by a quoted law (see the module's shapes)."""
    text = text.strip()
    aside = ASIDE_LABEL.match(text)
    if aside is not None:  # a note may say something else first ("Look closely – … Phishing is a fake message…")
        sentences = NOTE_SENTENCE_END.split(text[aside.end():])
        return next((pair for sentence in sentences if (pair := defining_sentence(sentence)) is not None), None)
    words = WORDS_LABEL.match(text)
    if words is not None:
        return line_term(text[words.end():], in_section=False)
    corrected = CORRECTED.match(text)
    if corrected is not None and is_term(corrected["term"], max_words=4):
        meaning = SENTENCE_END.split(corrected["meaning"], maxsplit=1)[0].rstrip(".")
        return tidy(capitalised(corrected["term"]), capitalised(meaning)) if is_definition(meaning) else None
    cited = CITED_DEFINITION.match(text)
    if cited is not None and is_term(cited["term"], max_words=4) and is_definition(cited["meaning"]) \
            and not PARTY.search(cited["meaning"]):
        return tidy(capitalised(cited["term"]), capitalised(cited["meaning"].rstrip(".")))
    return None


def fill_in_name(text: str) -> str | None:
    """The word a "Word =" blank asks pupils to explain, or None."""
    match = FILL_IN.match(text.strip())
    return match["name"] if match and is_term(match["name"], max_words=4) else None


def is_aside_label(name: str) -> bool:
    """Whether a name is only a note's label ("FORENSICS NOTE", "Top tip"): the words after it are the note, never
    its meaning."""
    return ASIDE_LABEL.match(f"{name.strip(' :–—')}: x") is not None
