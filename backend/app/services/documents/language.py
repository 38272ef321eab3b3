"""Which language a piece of code is written in: a small guesser a teacher can follow.

Each language has a few signs, each worth points: `System.out.println` and `public class` for Java, `SELECT … FROM`
for SQL, `def name():` and `print(` for Python, `ENDIF` and `←` for pseudocode, tags for HTML (and the CSS rule-sets
that style a page: lessons teach them as part of the web page, so a style sheet counts as its HTML). The language with
the most points wins when it has enough of them; otherwise the code is "text". Signs are counted once per line,
so one long program does not outvote a clear short one.
"""

from __future__ import annotations

import re
from typing import NamedTuple

# Below this many points the code is too plain to name ("x = 5" could be almost anything).
ENOUGH = 2


class Sign(NamedTuple):
    pattern: re.Pattern[str]
    points: int


def _sign(pattern: str, points: int, flags: int = 0) -> Sign:
    return Sign(re.compile(pattern, flags | re.MULTILINE), points)


SIGNS: dict[str, list[Sign]] = {
    "java": [
        _sign(r"\bSystem\.out\.print(?:ln)?\s*\(", 5),
        _sign(r"\bpublic\s+(?:static\s+)?(?:class|void|int|String|boolean|double)\b", 4),
        _sign(r"\bimport\s+java\.", 5),
        _sign(r"\bString\[\]|\bnew\s+Scanner\s*\(|\bScanner\b", 3),
        _sign(r"^\s*(?:int|double|float|char|boolean|String|long)\s+\w+\s*(?:=[^=].*)?;\s*$", 2),
        _sign(r"\}\s*else(?:\s+if\b.*)?\s*\{", 2),
        _sign(r"\.equals\s*\(|\.length\(\)|\.nextInt\s*\(|\.nextLine\s*\(", 2),
    ],
    "javascript": [
        _sign(r"\bconsole\.log\s*\(", 5),
        _sign(r"^\s*(?:let|const|var)\s+\w+\s*=", 2),
        _sign(r"\bfunction\s+\w*\s*\(.*\)\s*\{", 3),
        _sign(r"=>\s*[{(]?|\bdocument\.(?:getElementById|querySelector)\b", 3),
    ],
    "python": [
        _sign(r"^\s*def\s+\w+\s*\(.*\)\s*:\s*$", 4),
        _sign(r"\bprint\s*\(", 2),
        _sign(r"\binput\s*\(", 2),
        _sign(r"^\s*(?:if|elif|while|for)\b.*:\s*(?:#.*)?$", 2),
        _sign(r"^\s*elif\b|^\s*else\s*:\s*$", 2),
        _sign(r"\brange\s*\(|\blen\s*\(|\bint\s*\(|\bstr\s*\(", 1),
        _sign(r"^\s*import\s+\w+\s*$|^\s*from\s+[\w.]+\s+import\b", 3),
        _sign(r"\bTrue\b|\bFalse\b|\bNone\b", 1),
    ],
    "sql": [
        _sign(r"\bSELECT\b.+\bFROM\b|^\s*SELECT\b", 4, re.IGNORECASE),
        _sign(r"^\s*(?:FROM|WHERE|ORDER\s+BY|GROUP\s+BY|HAVING)\b", 2, re.IGNORECASE),
        _sign(r"\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bCREATE\s+TABLE\b", 5, re.IGNORECASE),
        _sign(r"\bINNER\s+JOIN\b|\bLEFT\s+JOIN\b|\bPRIMARY\s+KEY\b", 3, re.IGNORECASE),
    ],
    "pseudocode": [
        _sign(r"^\s*(?:END\s?IF|END\s?WHILE|END\s?FOR|ENDFUNCTION|ENDPROCEDURE|END\s?REPEAT)\b", 4, re.IGNORECASE),
        _sign(r"^\s*(?:OUTPUT|INPUT|DISPLAY|PRINT)\s+[\"'\w]", 2),
        _sign(r"←|<-\s*\w", 3),
        _sign(r"^\s*(?:SET\s+\w+\s+TO|REPEAT\s*$|UNTIL\b|NEXT\s+\w+\s*$|FOR\s+\w+\s*(?:←|=|<-)\s*\S+\s+TO\b)", 3,
              re.IGNORECASE),
        _sign(r"^\s*IF\b.*\bTHEN\s*$", 2, re.IGNORECASE),
        _sign(r"\bRECEIVE\b.*\bFROM\b|\bSEND\b.*\bTO\s+DISPLAY\b", 4),
    ],
    "csharp": [
        _sign(r"\bConsole\.(?:Write|WriteLine|Read|ReadLine)\s*\(", 5),
        _sign(r"^\s*using\s+System\s*;", 5),
    ],
    "vb": [
        _sign(r"^\s*Dim\s+\w+\s+As\b", 5, re.IGNORECASE),
        _sign(r"^\s*End\s+(?:Sub|Function|Module)\b", 4, re.IGNORECASE),
    ],
    "cpp": [
        _sign(r"^\s*#include\s*<", 5),
        _sign(r"\bstd::|\bcout\s*<<|\bcin\s*>>", 4),
    ],
    "html": [
        _sign(r"<(?:html|head|body|p|h[1-6]|div|a|img|ul|ol|li|table|tr|td|span|form|input)\b[^>]*>", 3,
              re.IGNORECASE),
        _sign(r"</\w+>", 1),
        _sign(r"<!DOCTYPE\s+html", 5, re.IGNORECASE),
        # A style sheet's rule-set: a selector opening its block, and "property: value;" declarations in it (not a
        # program's "else {" or "case 1:").
        _sign(r"^\s*(?!(?:else|do|try|finally|class|switch|struct|enum)\b)[#.]?[a-z][\w\s,>:.#-]{0,60}\{\s*$", 1,
              re.IGNORECASE),
        _sign(r"^\s*(?!(?:case|default)\b)[a-z][a-z-]*\s*:[^;{}=]*;\s*(?:/\*|$)", 1),
    ],
}
# Names a document may give a code block (a Markdown fence, an HTML class), as this guesser names languages.
KNOWN_NAMES = {"py": "python", "python3": "python", "js": "javascript", "htm": "html", "pseudo": "pseudocode",
               "mysql": "sql", "sqlite": "sql", "postgresql": "sql", "c#": "csharp", "cs": "csharp", "c++": "cpp",
               "vbnet": "vb", "css": "html", **{name: name for name in SIGNS}}


def scores(code: str) -> dict[str, int]:
    """Points per language: each sign counts once per line it appears on."""
    lines = code.splitlines() or [code]
    totals = dict.fromkeys(SIGNS, 0)
    for language, signs in SIGNS.items():
        for sign in signs:
            totals[language] += sign.points * sum(1 for line in lines if sign.pattern.search(line))
    return totals


def guess_language(code: str, *, named: str = "") -> str:
    """ "python", "java", "javascript", "sql", "pseudocode", "csharp", "vb", "cpp", "html" or "text" (when no
    language has enough signs).

    A language the document names itself (`named`, such as a Markdown fence's "java") wins when it is one we know.
    """
    if named and named.lower() in KNOWN_NAMES:
        return KNOWN_NAMES[named.lower()]
    totals = scores(code)
    best = max(totals, key=lambda language: totals[language])
    return best if totals[best] >= ENOUGH else "text"
