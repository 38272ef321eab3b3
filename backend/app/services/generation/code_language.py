"""Which programming language a code snippet from the lesson documents is in, for the generator.

The reader names each snippet's language (documents/language.py: the one guesser, by the code's own signs or the
name a document gives it). The generator adds one rule of its own: the sandbox runs Python, so a snippet counts
as Python only when its code really parses as Python; code labelled "python" that does not parse (Java in a
monospace font, a fragment) falls back to what its signs say, or "text". Only Python snippets may become runnable
questions."""

from __future__ import annotations

import ast
import re

from app.services.documents.found import CodeSnippet
from app.services.documents.language import SIGNS, guess_language

KNOWN = tuple(SIGNS)


def language_of(snippet: CodeSnippet) -> str:
    """The snippet's language: one of KNOWN, or "text" when the code does not say."""
    label = (snippet.get("language") or "").strip().lower()
    if label in KNOWN and label != "python":
        return label
    return sniff(lesson_code(snippet))  # a "python" label is believed only when the code parses as Python


def sniff(code: str) -> str:
    """The language the code's own signs show ("text" when none does; "python" only for code that parses)."""
    if not code.strip():
        return "text"
    guessed = guess_language(code)
    if guessed == "python":
        return "python" if _parses(code) else "text"
    if guessed == "text" and _parses(code) and any(sign.pattern.search(code) for sign in SIGNS["python"]):
        return "python"  # short but real Python ("for i in range(3): print(i)")
    return guessed


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def display_name(language: str) -> str:
    """The language as a teacher writes it: "Java", "SQL", "C#"."""
    return {"python": "Python", "java": "Java", "sql": "SQL", "pseudocode": "pseudocode", "html": "HTML",
            "javascript": "JavaScript", "csharp": "C#", "cpp": "C++", "vb": "Visual Basic"}.get(language, language)


# A program printed with its line numbers ("  7  if name == ''"): each line opens on a number, then the code.
_NUMBERED_LINE = re.compile(r"^(\s*\d{1,4})( *)(.*)$")


def lesson_code(snippet: CodeSnippet) -> str:
    """A snippet's code as a program: without the line numbers it was printed with, when every line has one and
    they go up (a listing from an editor), so it parses and its lines can be put in order."""
    code = (snippet.get("code") or "").strip("\n")
    lines = [line for line in code.splitlines() if line.strip()]
    numbered = [_NUMBERED_LINE.match(line) for line in lines]
    if len(lines) < 2 or not all(numbered):
        return code
    numbers = [int(m.group(1)) for m in numbered]
    if numbers != sorted(set(numbers)):
        return code
    gap = min(len(m.group(2)) for m in numbered if m.group(3))  # the column between the number and the code
    return "\n".join(line[len(m.group(1)) + gap:] for line, m in zip(lines, numbered, strict=True))
