"""How the generation bench (bench/generation_quality.py) judges what it finds and drafts: when a found term, an
objective, a title or a question written in the documents matches the one a teacher listed, whether a question
mentions a listed term, and when a right answer is junk (an instruction, a link, an example-email line, SHOUTING or
a run of punctuation)."""

from __future__ import annotations

import re
import unicodedata

# Long all-capital words that are SQL, not shouting.
SQL_WORDS = {"SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "VALUES", "DISTINCT", "BETWEEN"}


# --- Matching --------------------------------------------------------------------------------------------------

def normal(text: str) -> str:
    """Lower case, punctuation as spaces, single spaces."""
    text = unicodedata.normalize("NFKC", text).lower().replace("_", " ")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def term_key(text: str) -> str:
    """A term as compared: normalised, without a trailing plural "s"."""
    key = normal(text)
    return singular(key) if key else key


def words_key(text: str) -> str:
    """Text as searched for terms and topic words: normalised, every word without a plural "s"."""
    return " ".join(singular(word) for word in normal(text).split())


def same_objective(found: str, expected: str) -> bool:
    a, b = normal(found), normal(expected)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short.split()) >= 3 and len(long.split()) <= len(short.split()) + 6 and f" {short} " in f" {long} ":
        return True
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / len(wa | wb) >= 0.75


def same_title(found: str, expected: str) -> bool:
    """Equal once normalised, or one inside the other ("Lesson 3 – Binary to Denary", "Networks")."""
    a, b = f" {normal(found)} ", f" {normal(expected)} "
    return bool(normal(found)) and (a in b or b in a)


# The marks a question or an answer shows: "[2]", "(2 marks)", "[1 mark]", an answer point's "(1)".
ANSWER_LINE = re.compile(r"_{3,}|\.{5,}|…{2,}")  # a line to write on, or a gap to fill
MARK_NOTE = re.compile(r"[(\[]\s*\d{1,2}\s*(?:marks?|points?)?\s*[)\]]", re.IGNORECASE)


# "True or false: …" before a statement to judge: the reader keeps the statement, and the draft asks it as true or
# false again (offline_worksheet), so the label is how it is asked, not part of what is asked.
JUDGE_LABEL = re.compile(r"^\s*true\s*(?:or|/)\s*false\s*[:?.–-]\s*", re.IGNORECASE)


def same_question(found: str, expected: str) -> bool:
    """A question (or an answer) written in a document, found as the teacher wrote it: equal once normalised and
    without its marks. A question cut short, or run on into the next line, is not the same question."""
    if ANSWER_LINE.search(found) and not ANSWER_LINE.search(expected):
        return False  # the lines to write the answer on, kept in the text: not as the teacher wrote it
    a, b = (normal(MARK_NOTE.sub(" ", JUDGE_LABEL.sub("", text))) for text in (found, expected))
    return bool(a) and a == b


def asked_as(found: dict, expected: str) -> bool:
    """A found question is the one written: by its words alone, or by its words and the program it is about, which
    the reader keeps apart ("What will this program print?" over its code), as an expected file may list either."""
    with_code = f"{found['text']}\n{found['code']}" if found.get("code") else ""
    return same_question(found["text"], expected) or bool(with_code and same_question(with_code, expected))


def mentions(text: str, phrases: list[str]) -> bool:
    haystack = f" {words_key(text)} "
    return any(f" {key} " in haystack for key in (words_key(p) for p in phrases) if key)


# --- Junk answers ----------------------------------------------------------------------------------------------

INSTRUCTION = re.compile(
    r"^\W*(?:\d{1,2}[:.]\d{2}\b"  # a timetable line: "9:45 What is network security?"
    r"|(?:the\s+)?(?:teachers?|students?|pupils?|learners?|class)\s+(?:will|should|to|then|can|must|complete"
    r"|use|look|work|write|watch|make|discuss)\b"
    r"|(?:extension|homework|task\s*\d*|activity\s*\d*|starter|plenary|challenge|do now)\b\s*[:–—-]"
    r"|(?:head|go|click|complete|watch|write|discuss|match|draw|fill|answer|open|log|visit|look|find|copy|label"
    r"|highlight|circle|underline|share|try|research|read)\s+(?:the|this|these|that|a|an|your|you|over|to|in"
    r"|into|on|out|up|through|with|each|all|down|back|at|it|them|here|now|any)\b)",
    re.IGNORECASE,
)
URL = re.compile(r"https?://|\bwww\.\S", re.IGNORECASE)
# A line of an example email: a header or greeting, or an address on its own (an address inside a definition is
# an example, not an email line).
EMAIL_LINE = re.compile(
    r"^\s*(?:subject|from|to|cc|bcc|dear|regards|kind regards)\s*[:,]|^\s*[\w.+-]+@[\w-]+\.[\w.]+\s*$", re.IGNORECASE
)
PUNCTUATION_RUN = re.compile(r"[!?$£€*#_…]{3,}|[!?]{2,}|\.{4,}")
CAPITALS = re.compile(r"\b[A-Z]{6,}\b")
SHOUTED_EXCLAMATION = re.compile(r"\b[A-Z]{4,}\b[^a-z]*!")


def junk_reason(answer: str) -> str | None:
    """Why a right answer is junk ("instruction", "url", "email", "shouting", "punctuation"), or None."""
    if URL.search(answer):
        return "url"
    if EMAIL_LINE.search(answer):
        return "email"
    if PUNCTUATION_RUN.search(answer):
        return "punctuation"
    if any(word not in SQL_WORDS for word in CAPITALS.findall(answer)) or SHOUTED_EXCLAMATION.search(answer):
        return "shouting"
    if INSTRUCTION.search(answer):
        return "instruction"
    return None


def answer_texts(question: dict) -> list[str]:
    """The texts a pupil must give or choose to be right. Computed answers (numbers, code) are not text."""
    config = question.get("config") or {}
    kind = question["type"]
    if kind in ("multiple_choice", "multiple_select"):
        return [o["text"] for o in config.get("options", []) if o.get("is_correct")]
    if kind == "text_input":
        return [a["text"] for a in config.get("accepted_answers", [])]
    if kind == "matching":
        return [i["text"] for i in config.get("left_items", []) + config.get("right_items", [])]
    if kind == "ordering":
        return [i["text"] for i in config.get("items", [])]
    return []


def config_text(value: object) -> str:
    """Every string in a question's config (options, items, code…), for the on-topic check."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return " ".join(config_text(v) for k, v in value.items() if k not in ("id", "type"))
    if isinstance(value, list):
        return " ".join(config_text(v) for v in value)
    return ""
