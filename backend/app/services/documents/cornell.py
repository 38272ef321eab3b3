"""Cornell notes: a "Cues | Notes" grid whose left column holds key words (or prompts: "Multiply??") and whose right
column holds note-form lines, each opened by a dash. A cue's first note says what the cue is, in the shapes notes
take:

    LMC       | – a pretend computer we use to learn how a CPU works      → Little Man Computer (LMC): "A pretend…"
    FDE cycle | – fetch-decode-execute cycle = the 3 steps the…           → Fetch-decode-execute cycle (FDE cycle)
    Branch    | – a branch makes the program jump to…                     → Branch: "Makes the program jump to…"

A note that neither names its cue nor opens as a description ("– INP takes from the in-tray" beside "Talking to the
user") is a note on a prompt, not a meaning. An abbreviation cue is named with its spelling-out where the document
gives one ("Topic: Little Man Computer (LMC)")."""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term, term_key
from app.services.documents.vocabulary import Candidate, defining_sentence, tidy
from app.services.documents.word_forms import capitalised, expands

CUE_HEADERS = {"cue", "cues", "cue column", "questions", "key words", "keywords", "key ideas"}
NOTE_HEADERS = {"note", "notes", "notes column"}
NOTE_DASH = re.compile(r"(?:^|\s)[–—-]\s+")
EQUATED = re.compile(r"^(?P<named>[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s*(?:=|[–—]|:)\s+(?P<meaning>\S.{8,})$")
DESCRIPTION = re.compile(r"^(?:a|an|the|one|when|how|where)\s", re.IGNORECASE)


def is_cornell(header: list[str]) -> bool:
    """A "Cues | Notes" header row."""
    keys = [cell.strip().lower() for cell in header]
    return len(keys) == 2 and keys[0] in CUE_HEADERS and keys[1] in NOTE_HEADERS


def is_notes_rows(rows: list[list[str]]) -> bool:
    """Rows that go on a Cornell grid read as a table of its own: a cue beside lines each opened by a dash."""
    return all(len(row) == 2 and row[1].lstrip()[:1] in "–—-" for row in rows)


def cornell_terms(rows: list[list[str]], document: str) -> list[Candidate]:
    """The key words of a Cornell-notes grid (rows with its header), each with its first note as its meaning."""
    found = []
    for row in rows[1:]:
        if len(row) < 2 or not is_term(row[0].strip(), max_words=4):
            continue
        notes = [n.strip() for n in NOTE_DASH.split(row[1]) if n.strip()]
        if notes and (pair := _cue_meaning(row[0].strip(), notes[0])) is not None:
            found.append(_spelled_out(pair, document))
    return found


def _cue_meaning(cue: str, note: str) -> Candidate | None:
    note = note.rstrip(".")
    if (equated := EQUATED.match(note)) and (_spells_out(cue, equated["named"])
                                             or term_key(equated["named"]) == term_key(cue)):
        named = equated["named"]  # "fetch-decode-execute cycle = …" beside "FDE cycle": the word, spelled out
        name = cue if term_key(named) == term_key(cue) else f"{capitalised(named)} ({cue})"
        return tidy(name, capitalised(equated["meaning"]), set_apart=True)
    restated = defining_sentence(note)
    if restated is not None and term_key(restated.term) == term_key(cue):
        return restated
    doing = re.match(rf"^(?:(?:a|an|the)\s+)?{re.escape(cue)}s?\s+(?P<meaning>[a-z]+s\s.{{8,}})$", note, re.IGNORECASE)
    if doing is not None and is_definition(doing["meaning"], min_words=4):
        return tidy(cue, capitalised(doing["meaning"]), set_apart=True)  # "a branch makes the program jump…"
    if DESCRIPTION.match(note) and is_definition(note, min_words=4) and not re.search(
            rf"\b{re.escape(cue)}\b", note, re.IGNORECASE):
        return tidy(cue, capitalised(note), set_apart=True)  # "a pretend computer…" beside "LMC"
    return None


def _spells_out(cue: str, named: str) -> bool:
    """Whether a note's words spell out an abbreviated cue, any word after the abbreviation shared ("FDE cycle" /
    "fetch-decode-execute cycle", "RAM" / "random access memory")."""
    short, _space, tail = cue.partition(" ")
    words = named.split()
    if tail and [term_key(w) for w in words[-len(tail.split()):]] == [term_key(w) for w in tail.split()]:
        words = words[:-len(tail.split())]
    return bool(words) and expands(short, " ".join(words).replace("-", " "))


def _spelled_out(pair: Candidate, document: str) -> Candidate:
    """An abbreviation cue named with the spelling-out the document gives it ("Little Man Computer (LMC)")."""
    if not re.fullmatch(r"[A-Z]{2,6}", pair.term):
        return pair
    for match in re.finditer(rf"(?P<long>[A-Z][\w-]*(?:\s+[\w-]+){{1,5}}?)\s+\({pair.term}\)", document):
        words = match["long"].split()
        for start in range(len(words)):
            long = " ".join(words[start:])
            if expands(pair.term, long):
                return Candidate(f"{long} ({pair.term})", pair.definition)
    return pair
