"""Code puzzles: Parsons (put the lines of a program in order) and code completion (fill in the missing words).

They are made from the unit's own code snippets when one fits, in the unit's language (of a Python program too
long for a Parsons puzzle, its longest loop, decision or function that fits). A unit that teaches
Python may also get short made-up Python programs. A unit taught in another language (Java, SQL…) gets its
puzzles in that language — named in the question and tagged with it, never run — and no Python unless the
teacher asks for it (the generator only builds these when the unit teaches Python or the teacher asks for the
type)."""

from __future__ import annotations

import ast
import re
import textwrap
from collections import Counter
from typing import NamedTuple, TypedDict

from app.services.generation.code_language import display_name, language_of, lesson_code
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.offline_words import question
from app.services.generation.passages import snippet_source

NOT_PUZZLES = {"text", "html"}  # what is not a program to put in order
MIN_PUZZLE_LINES, MAX_PUZZLE_LINES = 3, 10
BLOCKS = (ast.For, ast.While, ast.If, ast.FunctionDef, ast.With, ast.Try)  # parts of a program that stand alone
_PARSONS_PROGRAMS = [
    ("counts from 1 to {n} and then says it has finished",
     "for number in range(1, {n1}):\n    print(number)\nprint(\"Finished\")\n"),
    ("adds up the numbers from 1 to {n} and shows the total",
     "total = 0\nfor number in range(1, {n1}):\n    total = total + number\nprint(total)\n"),
    ("asks for an age and says whether the person can join a club for ages {n} and over",
     "age = int(input(\"How old are you? \"))\nif age >= {n}:\n    print(\"You can join the club.\")\nelse:\n"
     "    print(\"You can join when you are {n}.\")\n"),
]
_BLANK_WORDS = {
    "python": {
        "print": "It shows something on the screen.",
        "input": "It asks the user to type something.",
        "range": "It makes a sequence of numbers for a loop.",
        "int": "It turns text into a whole number.",
        "for": "It starts a loop that repeats.",
        "while": "It starts a loop that repeats while something is true.",
        "if": "It starts a decision.",
    },
    "java": {
        "if": "It starts a decision.",
        "else": "It runs when the condition is false.",
        "println": "It shows a line of text on the screen.",
        "int": "It is the data type for whole numbers.",
        "String": "It is the data type for text.",
        "for": "It starts a loop that repeats.",
        "while": "It starts a loop that repeats while something is true.",
    },
    "sql": {
        "SELECT": "It chooses the fields to show.",
        "FROM": "It names the table the data comes from.",
        "WHERE": "It gives the condition the records must meet.",
        "ORDER": "It sorts the results (with BY).",
    },
}


class CodeBlank(TypedDict):
    """A gap in a code-completion template and the words that fill it."""

    id: str
    correct_answers: list[str]
    hint: str


class Program(NamedTuple):
    """A program to make a puzzle from: what the pupil is told, the code, and where it came from."""

    lead: str
    code: str
    source: QuestionSource
    from_lesson: bool


def code_language(ctx: BuildContext) -> str:
    """The language the unit's code questions are in: Python when it teaches Python (or has no other code),
    else the language most of its snippets are in."""
    if ctx.model.teaches("python"):
        return "python"
    others = Counter(language_of(s) for s in ctx.materials.code_snippets)
    for language in ["python", *NOT_PUZZLES]:
        others.pop(language, None)
    return others.most_common(1)[0][0] if others else "python"


def _tags(language: str) -> tuple[str, ...]:
    return () if language == "python" else (language,)


def _lesson_programs(ctx: BuildContext, language: str) -> list[Program]:
    """Snippets of the unit in `language` short and tidy enough to be a Parsons puzzle (of a Python program too
    long for one, its longest loop, decision or function that is short enough)."""
    found = []
    for snippet in ctx.materials.code_snippets:
        if language_of(snippet) != language:
            continue
        code = lesson_code(snippet)
        part = _part_that_fits(code) if language == "python" else ""
        code = part or code
        lines = [line for line in code.splitlines() if line.strip()]
        if not MIN_PUZZLE_LINES <= len(lines) <= MAX_PUZZLE_LINES or any(len(line) > 80 or "\t" in line
                                                                        for line in lines):
            continue
        repeated = [line for line, n in Counter(line.strip() for line in lines).items() if n > 1]
        if any(line.strip("{}();") for line in repeated):
            continue  # two identical lines (other than closing braces) make the order ambiguous
        if language == "python":
            try:
                ast.parse(code)
            except SyntaxError:
                continue
        title = (snippet.get("title") or "").strip()
        named = f" ('{title}')" if title else ""
        what = "part of the" if part else "this"
        lead = f"Put the lines of {what} {display_name(language)} program from the lesson{named} in order."
        found.append(Program(lead, code + "\n", snippet_source(snippet, ctx.materials.passages), True))
    return found


def _part_that_fits(code: str) -> str:
    """The longest whole loop, decision or function of a Python program too long to be a puzzle, that is short
    enough to be one (dedented); "" when the program fits as it is, or has no such part."""
    lines = code.splitlines()
    if sum(1 for line in lines if line.strip()) <= MAX_PUZZLE_LINES:
        return ""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return ""
    parts = []
    for node in ast.walk(tree):
        if isinstance(node, BLOCKS) and node.end_lineno is not None:
            part = textwrap.dedent("\n".join(lines[node.lineno - 1:node.end_lineno]))
            size = sum(1 for line in part.splitlines() if line.strip())
            if MIN_PUZZLE_LINES <= size <= MAX_PUZZLE_LINES:
                parts.append((size, -node.lineno, part))
    return max(parts)[2] if parts else ""


def _distractor(line: str, language: str) -> str | None:
    """A line that looks right but is not: a missing colon, a capital P, a missing bracket or semicolon."""
    stripped = line.strip()
    if language == "python":
        if stripped.endswith(":"):
            return stripped[:-1]
        if stripped.startswith("print("):
            return "Print(" + stripped[len("print("):]
    elif stripped.endswith(";"):
        return stripped[:-1]
    if stripped.endswith(")"):
        return stripped[:-1]
    return None


def parsons(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Arrange the lines of one of the lesson's own programs into order; difficulty 4 adds a distractor and asks
    for the indentation too."""
    language = code_language(ctx)
    options = _lesson_programs(ctx, language)
    ctx.rng.shuffle(options)
    return _first_parsons(ctx, options, language, difficulty)


def made_up_parsons(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Arrange the lines of a short made-up Python program (for a unit that teaches Python) into order."""
    if code_language(ctx) != "python":
        return None
    n = ctx.rng.randint(3, 6)
    options = [Program(f"Put the lines of code in order to make a program that {purpose.format(n=n)}.",
                       code.format(n=n, n1=n + 1), ctx.source_for("python"), False)
               for purpose, code in _PARSONS_PROGRAMS]
    return _first_parsons(ctx, options, "python", difficulty)


def _first_parsons(ctx: BuildContext, options: list[Program], language: str, difficulty: int) -> DraftQuestion | None:
    for program in options:
        if ctx.take(f"parsons:{program.code}"):
            return _parsons_question(ctx, program, language, harder=difficulty >= 4)
    return None


def _parsons_question(ctx: BuildContext, program: Program, language: str, *, harder: bool) -> DraftQuestion:
    lines = [line for line in program.code.splitlines() if line.strip()]
    blocks, solution = [], []
    for line in lines:
        indent = min(6, (len(line) - len(line.lstrip(" "))) // 4)
        block_id = ctx.new_id("b")
        blocks.append({"id": block_id, "code": line.strip(), "indent": indent, "is_distractor": False})
        solution.append({"block_id": block_id, "indent": indent})
    if harder:
        for line in reversed(lines):
            fake = _distractor(line, language)
            if fake and fake not in {b["code"] for b in blocks}:
                blocks.append({"id": ctx.new_id("b"), "code": fake, "indent": 0, "is_distractor": True})
                break
    ctx.rng.shuffle(blocks)
    extra = " One line is not needed." if harder and any(b["is_distractor"] for b in blocks) else ""
    indent_rule = " Indent the lines that belong inside a loop or an if." if harder else ""
    block_rule = "Lines ending in a colon start a block." if language == "python" else (
        "A line ending in { starts a block and } ends it." if language != "sql" else "SELECT comes first.")
    return question(
        ctx, "parsons", f"{program.lead}{extra}{indent_rule}",
        {"blocks": blocks, "solution": solution, "alternative_solutions": [], "enable_indentation": harder,
         "max_distractors_penalty": 0.5},
        4 if harder else 3, points=3, seconds=150 if harder else 110,
        hint=f"Find the first line: it usually sets up a variable or asks for input. {block_rule}",
        correct="Correct! The program is in the right order.",
        incorrect="Not quite. Read the lines you have placed from the top. Ask: could the computer run this "
                  "line yet?",
        partial="Nearly there. Most of the program is in order. Check the lines that are out of place.",
        about=f"program code sequence {language}", topic="python" if language == "python" else None,
        source=program.source, tags=_tags(language),
    )


def code_completion(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Fill in missing words in one of the lesson's own programs (of a long Python program, a part that fits)."""
    language = code_language(ctx)
    programs = [(_fitting(lesson_code(s), language), snippet_source(s, ctx.materials.passages))
                for s in ctx.materials.code_snippets if language_of(s) == language and "{{" not in s["code"]]
    return _first_completion(ctx, [(code, source) for code, source in programs
                                   if 1 <= len(code.strip().splitlines()) <= MAX_PUZZLE_LINES], language)


def made_up_code_completion(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Fill in missing words in a short made-up Python program (for a unit that teaches Python)."""
    if code_language(ctx) != "python":
        return None
    n = ctx.rng.randint(3, 8)
    return _first_completion(ctx, [(f"for number in range({n}):\n    print(number)", ctx.source_for("python")),
                                   ("name = input(\"What is your name? \")\nprint(\"Hello \" + name)",
                                    ctx.source_for("python"))], "python")


def _first_completion(ctx: BuildContext, programs: list[tuple[str, QuestionSource]],
                      language: str) -> DraftQuestion | None:
    words = _BLANK_WORDS.get(language)
    if words is None:
        return None
    for code, source in programs:
        if not ctx.take(f"complete:{code}"):
            continue
        template, blanks = _blanked(code, words)
        if not blanks:
            continue
        named = display_name(language)
        count = "word" if len(blanks) == 1 else "words"
        return question(
            ctx, "code_completion", f"Fill in the missing {named} {count} so the program works.",
            {"code_template": template + "\n", "blanks": blanks}, 3, points=len(blanks), seconds=90,
            hint=f"Each gap is a {named} keyword or built-in word. Read what the line needs to do.",
            correct="Correct! The program is complete.",
            incorrect=f"Not quite. Read each line and think about which {named} word does that job.",
            partial="Nearly there. {correct} of {total} gaps are right.",
            about=f"{language} program code", topic="python" if language == "python" else None,
            source=source, tags=_tags(language),
        )
    return None


def _fitting(code: str, language: str) -> str:
    """The program, or of a Python program too long to fill in, its longest part that fits."""
    return (_part_that_fits(code) or code) if language == "python" else code


def _blanked(code: str, words: dict[str, str]) -> tuple[str, list[CodeBlank]]:
    """The code with up to two of the known words taken out, and the blanks that hold them."""
    blanks: list[CodeBlank] = []
    template = code
    for word, hint in words.items():
        pattern = re.compile(rf"\b{word}\b(?=[\s(])")
        if len(blanks) < 2 and pattern.search(template):
            blank_id = f"BLANK_{len(blanks) + 1}"
            template = pattern.sub("{{" + blank_id + "}}", template, count=1)
            blanks.append({"id": blank_id, "correct_answers": [word], "hint": hint})
    return template, blanks
