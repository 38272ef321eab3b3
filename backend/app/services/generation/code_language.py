"""Which programming language a code snippet from the lesson documents is in.

The readers label a snippet ("python", "html", "text"), but a label can be missing or wrong (Java pasted into a
slide in a monospace font looks like Python to a font check), so the code itself decides when it is clear: a
Python label is kept only for code that parses as Python, and unlabelled code is recognised as Python, Java,
SQL, pseudocode, HTML or Scratch-like text by its own marks. The sandbox runs Python, so only Python snippets
may become runnable questions."""

from __future__ import annotations

import ast
import re

from app.services.documents.found import CodeSnippet

KNOWN = ("python", "java", "sql", "pseudocode", "html", "javascript", "csharp", "cpp", "vb")
_JAVA = re.compile(r"\bpublic\s+(?:static\s+)?(?:class|void)\b|System\.out\.print|\bString\[\]|\bnew\s+Scanner\b"
                   r"|\b(?:int|double|boolean|String|char)\s+\w+\s*=[^=].*;")
_CSHARP = re.compile(r"\bConsole\.(?:Write|Read)|\busing\s+System\s*;")
_CPP = re.compile(r"#include\s*<|\bstd::|\bcout\s*<<")
_JAVASCRIPT = re.compile(r"\bconsole\.log\(|\b(?:let|const|var)\s+\w+\s*=|\bfunction\s+\w+\s*\(|=>")
_SQL = re.compile(r"^\s*(?:SELECT\b[\s\S]+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b"
                  r"|CREATE\s+TABLE\b)", re.IGNORECASE)
_HTML = re.compile(r"<\s*(?:html|body|head|div|p|h[1-6]|a|img|ul|li|table|!doctype)\b", re.IGNORECASE)
_PSEUDOCODE = re.compile(r"\b(?:OUTPUT|INPUT|ENDIF|ENDWHILE|END\s?IF|END\s?WHILE|NEXT\s+\w+|REPEAT|UNTIL"
                         r"|THEN|ENDFOR|PROCEDURE|ENDPROCEDURE)\b")
_VB = re.compile(r"\bDim\s+\w+\s+As\b|\bEnd\s+Sub\b|\bConsole\.WriteLine\b")
_PYTHON_MARKS = re.compile(r"\bprint\(|\binput\(|\bdef\s+\w+\(|\bfor\s+\w+\s+in\b|\bwhile\b.*:|\bif\b.*:\s*$"
                           r"|\bimport\s+\w+|^\s*\w+\s*=\s*\S", re.MULTILINE)


def language_of(snippet: CodeSnippet) -> str:
    """The snippet's language: one of KNOWN, or "text" when the code does not say."""
    code = snippet.get("code") or ""
    label = (snippet.get("language") or "").strip().lower()
    sniffed = sniff(code)
    if label in KNOWN and label != "python":
        return label
    return sniffed  # a "python" label is believed only when the code parses as Python


def sniff(code: str) -> str:
    """The language the code's own marks show ("text" when none does)."""
    if not code.strip():
        return "text"
    if _SQL.search(code):
        return "sql"
    if _HTML.search(code):
        return "html"
    if _CSHARP.search(code) or _VB.search(code):
        return "csharp" if _CSHARP.search(code) else "vb"
    if _CPP.search(code):
        return "cpp"
    if _JAVA.search(code):
        return "java"
    if _JAVASCRIPT.search(code):
        return "javascript"
    if _PSEUDOCODE.search(code):
        return "pseudocode"
    if _is_python(code):
        return "python"
    return "text"


def _is_python(code: str) -> bool:
    if not _PYTHON_MARKS.search(code):
        return False
    try:
        ast.parse(code)
    except (SyntaxError, ValueError):
        return False
    return True


def display_name(language: str) -> str:
    """The language as a teacher writes it: "Java", "SQL", "C#"."""
    return {"python": "Python", "java": "Java", "sql": "SQL", "pseudocode": "pseudocode", "html": "HTML",
            "javascript": "JavaScript", "csharp": "C#", "cpp": "C++", "vb": "Visual Basic"}.get(language, language)
