"""Reading Python source without running it: syntax messages a pupil can act on, the words a program uses
(for keyword rules), and comparing values and program output. Shared by the code question types.
"""

from __future__ import annotations

import ast
import io
import keyword
import re
import tokenize
from typing import Any

from app.utils.feedback import calm

IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_SHOWN = 500  # characters of a value or output shown back to a pupil


def parse(code: str) -> tuple[ast.Module | None, str]:
    """(tree, "") or (None, a calm message naming the line)."""
    try:
        return ast.parse(code), ""
    except SyntaxError as exc:
        reason = calm(exc.msg or "this line could not be read").rstrip(".")
        line = f"line {exc.lineno}" if exc.lineno else "one line"
        return (
            None,
            f"Python could not understand {line} of your code: {reason}. Check brackets, colons and indentation.",
        )
    except (ValueError, RecursionError, MemoryError):
        return None, "Python could not read your code. Check it for unusual characters."


def syntax_problem(code: str) -> tuple[int | None, str]:
    """For teachers' code: (line, reason) of the first syntax problem, or (None, "")."""
    try:
        ast.parse(code)
        return None, ""
    except SyntaxError as exc:
        return exc.lineno, (exc.msg or "invalid syntax")
    except (ValueError, RecursionError, MemoryError) as exc:
        return None, str(exc) or "unreadable code"


def words_used(code: str, tree: ast.AST) -> set[str]:
    """Every keyword, name, attribute and imported module the program uses — never text inside strings or
    comments. Comprehensions use "for" (and "if" when they filter)."""
    words: set[str] = set()
    try:
        for token in tokenize.generate_tokens(io.StringIO(code).readline):
            if token.type == tokenize.NAME and keyword.iskeyword(token.string):
                words.add(token.string)
    except (tokenize.TokenError, IndentationError, SyntaxError):
        pass
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            words.add(node.id)
        elif isinstance(node, ast.Attribute):
            words.add(node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            words.add(node.name)
        elif isinstance(node, ast.alias):
            words.update(node.name.split("."))
        elif isinstance(node, ast.ImportFrom) and node.module:
            words.update(node.module.split("."))
        elif isinstance(node, ast.comprehension):
            words.add("for")
            if node.ifs:
                words.add("if")
    return words


def clean_keyword(word: str) -> str:
    """ "sum()" → "sum", ".sort" → "sort": teachers write keywords as they would say them."""
    return word.strip().removesuffix("()").lstrip(".").strip()


def keyword_rule_message(code: str, tree: ast.AST, banned: list[str], required: list[str]) -> str:
    """A calm message for the first keyword rule the code breaks, or ""."""
    used = words_used(code, tree)
    for word in banned:
        if word in used:
            return f"This question asks you to solve it without using {word}. Try writing it another way."
    for word in required:
        if word not in used:
            return f"This question asks you to use {word} in your code. Add it and try again."
    return ""


def literal(text: str | None) -> tuple[bool, Any]:
    """(True, value) if text is a Python literal; (False, None) otherwise."""
    if text is None or len(text) > 10_000:
        return False, None
    try:
        return True, ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False, None


def canonical_repr(text: str) -> str:
    """A literal's canonical repr ("[1,2]" → "[1, 2]"); anything else unchanged (but trimmed)."""
    ok, value = literal(text)
    return repr(value) if ok else text.strip()


def values_match(got: str | None, expected: str) -> bool:
    """Does a returned value's repr match the expected repr? Equal text, or equal literals of the same type
    (so 5 == 5 but True is not 1 and "5" is not 5)."""
    if got is None:
        return False
    if got.strip() == expected.strip():
        return True
    ok_got, value_got = literal(got)
    ok_expected, value_expected = literal(expected)
    if not (ok_got and ok_expected) or type(value_got) is not type(value_expected):
        return False
    try:
        return bool(value_got == value_expected)
    except Exception:  # noqa: BLE001 - comparing odd literals must never break marking
        return False


def normalise_output(text: str | None) -> str:
    """Program output as compared: Windows line ends, trailing spaces on each line and trailing blank lines
    do not matter."""
    if text is None:
        return ""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(line.rstrip() for line in lines).rstrip("\n")


def shown(text: str | None) -> str | None:
    """A value or output trimmed to a length that is kind to show on screen."""
    if text is None or len(text) <= MAX_SHOWN:
        return text
    return text[:MAX_SHOWN] + " …"


def same_program(a: str, b: str) -> bool:
    """True when two pieces of code are the same program apart from spacing and comments."""
    tree_a, _ = parse(a)
    tree_b, _ = parse(b)
    if tree_a is not None and tree_b is not None:
        return ast.dump(tree_a) == ast.dump(tree_b)
    squash = lambda s: [line.rstrip() for line in s.strip().splitlines() if line.strip()]  # noqa: E731
    return squash(a) == squash(b)


RUNNER_OFF = "Your teacher will check your code."
RUNNER_UNAVAILABLE = "Your code could not be run just now. It is saved, and your teacher will check it."
