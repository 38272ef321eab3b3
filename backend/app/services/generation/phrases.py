"""How the generator reads short phrases of the lesson documents: which can stand as a key word, which topics a
heading names, and which lines define a word ("Hardware = physical parts of a computer", "A flowchart is a
diagram that shows…"). The topic model (topics.py) and the key facts (facts.py) share these rules."""

from __future__ import annotations

import re
from functools import lru_cache

from app.services.documents.phrases import FORMULA_OPERATOR, NAMED_WITH_COMMA, PERSON
from app.services.documents.sections import section_of
from app.services.generation.teaching_text import is_lesson_label, is_quiz_row
from app.services.generation.unfit_text import (
    COURSE_LABEL,
    LESSON_PART,
    answer_problem,
    calm_capitals,
    is_instruction,
    is_statement,
)

_GENERIC = {"objectives", "learning objectives", "lesson objectives", "success criteria", "key words", "keywords",
            "key terms", "vocabulary", "key vocabulary", "glossary", "do now", "starter", "plenary", "task", "tasks",
            "activity", "activities", "your turn", "homework", "extension", "exam question", "exam questions",
            "questions", "answers", "example", "examples", "summary", "recap", "introduction", "worksheet",
            "lesson plan", "resources", "outline plan", "lesson sequence", "speaker notes", "remember",
            "differentiation", "challenge", "worked example", "agenda", "contents", "review", "quiz", "notes",
            "lesson", "unit", "cycle", "steps", "process", "data", "information", "computer", "computers", "system",
            "types", "uses", "parts", "overview", "basics", "students", "pupils", "name", "date", "class",
            "fill in the gaps", "answer sheet", "slides", "practice", "revision", "key vocab", "vocab", "definitions",
            "word bank", "keyword", "key word", "key term", "mark scheme", "marking", "section a", "section b",
            "key points", "key learning points", "misconception", "misconceptions", "common misconception",
            "common misconceptions", "teacher tip", "lesson outline", "learning cycle", "topic", "title", "subject"}
_LANGUAGES = {"python", "java", "sql", "scratch", "javascript", "html", "c#", "c++", "pseudocode"}
# Words a key phrase does not start with: it is a clause or a comparison, not a name ("Much slower than RAM").
_NOT_A_NAME_START = {"much", "very", "more", "less", "most", "not", "only", "also", "just", "even", "so", "too",
                     "than", "when", "if", "because", "and", "but", "or", "then", "there", "it", "this", "that",
                     "these", "those", "they", "we", "you", "i", "my", "your", "our", "their", "is", "are", "can",
                     "will", "do", "does", "how", "why", "which", "who", "where", "other", "another"}
_SPOKEN_TO_THE_CLASS = {"i", "me", "we", "us", "you", "am"}  # words of a sentence to the class, never of a name
_NOT_A_NAME_END = {"that", "which", "who", "and", "or", "of", "the", "a", "an", "to", "in", "on", "for", "with", "is",
                   "are", "be", "can", "it", "its", "their", "your", "by", "from", "as", "at"}
_LEADING = re.compile(r"^(?:(?:what|who)\s+(?:is|are)\s+(?:an?\s+|the\s+)?|(?:types|kinds) of\s+"
                      r"|introduction to\s+|intro to\s+|the\s+)", re.I)
_TRAILING = re.compile(r"\s+(?:worksheet|slides|notes|answers?|answer sheet|questions|quiz|revision|practice"
                       r"|step by step|lesson|(?:in|with|using)\s+(?:python|java|scratch|sql|javascript|html))\s*$", re.I)
_PART_SPLIT = re.compile(r"\s+[–—-]\s+|:\s+")
_CODE_LIKE = re.compile(r"[=;{}<>]|\(\)|[a-z][A-Z]|^(?:SELECT|FROM|WHERE|ORDER BY|INSERT|UPDATE|DELETE|CREATE)\b")
# "Switch – …", "RAM: …", "Hardware = …", and a dictionary's "screen reader (noun) software that reads…".
_NAMED_FIRST = re.compile(r"^(?P<term>[^–—:=()]{2,50}?)\s*(?:[–—:=]|\s-\s|\s\((?:noun|verb|adjective|adj|n|v)\.?\))"
                          r"\s*(?P<rest>.{8,})$")
_DEFINED = re.compile(r"^(?:the\s+|an?\s+)?(?P<term>[^,;:–—]{2,50}?)\s+(?:is|are|means|refers to)\s+(?P<rest>.{8,})$",
                      re.I)


# An agreement's clause number before the word it defines: "1.1 'Client' means…", "(b) Personal data means…".
_CLAUSE_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2}){1,2}\.?|\d{1,2}[.)]|\(?[a-h]\))\s+(?=\S)")
LETTERED_LABEL = re.compile(r"^[A-Za-z]+\s+(?:[A-Z]|\d{1,3})$")


@lru_cache(maxsize=8192)
def usable_phrase(text: str) -> bool:
    """A term or heading that can stand as a key phrase (and so as an answer): a short name, not a task, a line of
    code, a number, a course label, an example email or a single letter."""
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or len(text.strip(" .")) < 2:
        return False
    listed = "," in text and not NAMED_WITH_COMMA.match(text)  # "Copyright, Designs and Patents Act" is one name
    listed = listed or "→" in text or "->" in text  # "Input → Process → Output": a flow of things, not one
    if any(c.isdigit() for c in text) or _CODE_LIKE.search(text) or text.endswith(("…", "...", ":")) or listed:
        return False
    if LETTERED_LABEL.match(text.strip()):
        return False  # "Case B", "Source A", "Figure 2": which one of a set, not a name
    if PERSON.match(text.strip()) or PERSON.match(" ".join(w[:1].upper() + w[1:].lower() for w in words)):
        return False  # "Mrs Evans (DSL)", "MR DUNN" on a suspect card: a person, not something taught
    bare = re.sub(r"[^\w)\]'’\"]+$", "", text)  # "Exit ticket 🎟️", "Starter 🔥": the label without its emoji
    if LESSON_PART.search(f"{bare}:") or section_of(bare) is not None:
        return False  # the label of a part of the lesson ("Extension answer", "Word bank", "Key words to use")
    lowered = text.lower().strip(" .")
    if lowered in _GENERIC or lowered in _LANGUAGES or lowered.startswith(("example", "e.g")):
        return False
    if words[0].lower().strip("‘'\"(") in _NOT_A_NAME_START or " than " in f" {lowered} ":
        return False
    if len(words) > 1 and words[-1].lower() in _NOT_A_NAME_END:
        return False  # a clause cut short ("Stores instructions and data that"), not a name
    if any(word.lower() in ("is", "are") for word in words[1:-1]):
        return False  # a sentence ("A string is text"), not a name
    if any(word.lower().strip("‘'\"(),") in _SPOKEN_TO_THE_CLASS for word in words):
        return False  # "Today I am working towards", "By the end you will": the lesson talking, not a name
    return answer_problem(text) is None


def is_generic_heading(heading: str) -> bool:
    """A heading that names a part of the lesson ("Learning objectives", "Key words", "Do Now"), not a topic."""
    text = " ".join(COURSE_LABEL.sub(" ", heading or "").split()).strip(" –—-:?!.…").lower()
    return text in _GENERIC or bool(re.match(r"^(?:today we will|we are learning|by the end|success criteria)", text))


@lru_cache(maxsize=8192)
def heading_phrases(heading: str) -> tuple[str, ...]:
    """The topics a heading or slide title names: "What is the FDE cycle?" → ["FDE cycle"], "Hardware & Software"
    → ["Hardware", "Software"], "Lesson Plan – Network Security" → ["Network Security"]; none for "Do Now",
    "Sort it!", "Learning objectives" or a question to the class."""
    text = " ".join(COURSE_LABEL.sub(" ", heading or "").split()).strip(" –—-:")
    text = re.sub(r"\s*[^\w\s)\]'’\"?.!]+$", "", text)  # "Programming Constructs 🌶": the title without its emoji
    text = re.sub(r"^(?:\d{1,2}[.)]|[①-⑳])\s*", "", text)  # "3. Bystanders and upstanders": a numbered section
    if text.isupper() and " " in text:
        text = text.capitalize()  # "DIGITAL WALLET" over its meaning on a poster: a heading's style, not shouting
    if not text or "!" in text or is_instruction(text) or re.match(r"^(?:be|stay|keep|let'?s)\b", text, re.I):
        return ()
    if is_lesson_label(re.sub(r"[^\w\s'’]", " ", text)):
        return ()  # "WORD CHECK", "Today's missions", "Across": a part of the lesson or a sheet, never a concept
    if text.endswith("?") and not re.match(r"(?i:what\s+(?:is|are|was|were))\s|(?i:who\s+(?:is|are|was|were))\s+[A-Z]", text):
        return ()  # a question to the class ("Who is watching?"), not "What is the FDE cycle?" or "Who is Ada Lovelace?"
    parts = [_bare(p) for p in _PART_SPLIT.split(text)]
    parts = [p for p in parts if p and p.lower() not in _GENERIC and p.lower() not in _LANGUAGES]
    if len(parts) != 1:
        return ()
    names = re.split(r"\s+(?:vs\.?|versus|&|and)\s+", parts[0], flags=re.I)
    if len(names) > 1 and all(1 <= len(n.split()) <= 3 for n in names):
        return tuple(n for n in names if usable_phrase(n))
    return (parts[0],) if usable_phrase(parts[0]) else ()


def _bare(text: str) -> str:
    for _ in range(2):
        text = _TRAILING.sub("", _LEADING.sub("", text.strip(" ?.:–—-"))).strip(" ?.:–—-")
    return text


def line_definition(text: str) -> tuple[str, str] | None:
    """(term, definition) when a line defines a word: "Hardware = physical parts of a computer", "Clock speed –
    the number of cycles…". The term must be a short name and the definition a statement, not a task."""
    match = _NAMED_FIRST.match(text.strip())
    if not match or is_quiz_row(text):
        return None  # nor "Correct answer: the destination address": a row of a quiz, not a word and its meaning
    term, rest = match.group("term").strip(" ‘’'\""), calm_capitals(match.group("rest").strip())
    if term.isupper() and (" " in term or len(term) > 5):
        term = term.capitalize()  # "DEFENSIVE DESIGN = …", "RANGE CHECK – …": a heading's capitals, not a name's
    if len(term.split()) > 4 or not usable_phrase(term) or len(rest.split()) < 4:
        return None
    if len(term.split()) > 1 and is_lesson_label(term):
        return None  # "Next lesson – …", "True or false – …": a part of the lesson, not a word it teaches
    if re.match(r"like\b", rest, re.IGNORECASE):
        return None  # "Subtractive – like using the lathe, where…": a comparison said aloud, not what the word is
    if text.count("=") == 1 and FORMULA_OPERATOR.search(rest):
        return None  # "number of bits = number of characters × bits per character": how to work it out
    return (term, rest) if is_statement(rest) else None


def defined_subject(text: str) -> tuple[str, str] | None:
    """(subject, what it is) when a sentence says what something is: "A flowchart is a diagram that…",
    "Network security means protecting…"."""
    match = _DEFINED.match(_CLAUSE_NUMBER.sub("", text.strip(), count=1))
    if not match:
        return None
    term = match.group("term").strip(" ‘’'\"")
    return (term, match.group("rest")) if len(term.split()) <= 5 and usable_phrase(term) else None


def names_something_else(text: str, phrase: str) -> bool:
    """Whether a line defines some word other than `phrase` ("Variable – a named location…" under a heading that
    names "Selection")."""
    for found in (line_definition(text), defined_subject(text)):
        if found and not shares_word(found[0], phrase):
            return True
    return False


def shares_word(a: str, b: str) -> bool:
    return bool(_content_words(a) & _content_words(b))


def _content_words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in {"the", "and"}}
