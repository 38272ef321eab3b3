"""Trace tables: a Python program traced in the sandbox, the later changes of its variables left for the pupil.

The program is the lesson's own when one of its Python snippets can be traced as it stands (short, no input, at
least two variables, it runs to the end); otherwise a short made-up one practising what the unit teaches
(assignment, a for loop, selection, a while loop), those its key words and objectives name first. Numbers come from the
seeded generator, so a seed gives the same draft every time."""

from __future__ import annotations

import ast
import re
from typing import NamedTuple

from app import sandbox
from app.services.generation.code_language import language_of, lesson_code
from app.services.generation.context import BuildContext, most_named
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.offline_words import question
from app.services.generation.passages import snippet_source

MAX_TRACED_LINES = 12
MAX_VARIABLES = 3


class _TraceKind(NamedTuple):
    name: str
    difficulty: int
    concepts: tuple[str, ...]  # the ideas it practises, for units that name them (BuildContext.about_unit_first)


_TRACE_KINDS = [
    _TraceKind("assignment", 3, ("variable", "variables", "assignment", "swap")),
    _TraceKind("for loop", 4, ("loop", "loops", "for loop", "iteration", "count controlled")),
    _TraceKind("selection", 4, ("selection", "if statement", "if statements", "elif", "branch", "branching")),
    _TraceKind("while loop", 5, ("loop", "loops", "while loop", "iteration", "condition controlled")),
    _TraceKind("function", 4, ("function", "functions", "subroutine", "subroutines", "procedure", "parameter",
                               "parameters", "return", "return value", "def")),
]


class _Program(NamedTuple):
    """A program to trace: the code, the variables in the table, and what the pupil is told about it."""

    code: str
    variables: list[str]
    lead: str
    source: QuestionSource


def _lesson_programs(ctx: BuildContext) -> list[_Program]:
    """The unit's Python snippets that can be traced as they stand."""
    found = []
    for snippet in ctx.materials.code_snippets:
        code = lesson_code(snippet)
        variables = _assigned(code) if language_of(snippet) == "python" else []
        if len(variables) < 2:
            continue
        title = (snippet.get("title") or "").strip()
        named = f" ('{title}')" if title else ""
        found.append(_Program(code + "\n", variables, f"This program is from the lesson{named}.",
                              snippet_source(snippet, ctx.materials.passages)))
    return found


def _assigned(code: str) -> list[str]:
    """The variables a short program sets, in the order it first sets them (at most MAX_VARIABLES); none for a
    program too long to trace by hand, one that waits for input, or one that does not parse."""
    if sum(1 for line in code.splitlines() if line.strip()) > MAX_TRACED_LINES or "input(" in code:
        return []
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return []
    targets = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign):
            targets += node.targets
        elif isinstance(node, ast.AugAssign | ast.For):
            targets.append(node.target)
    names = [t.id for t in sorted((t for t in targets if isinstance(t, ast.Name)), key=lambda t: t.lineno)]
    return list(dict.fromkeys(names))[:MAX_VARIABLES]


def _made_up_program(ctx: BuildContext, difficulty: int) -> _Program | None:
    """A program of about this difficulty, among those practising what the unit names (what its key words and
    objectives name before what its text only mentions: a unit on lists mentions variables, it teaches loops);
    None for a unit whose own programs are for something else (BuildContext.about_unit_first)."""
    taught = " " + " ".join(re.findall(r"[a-z]+", " ".join(
        [p.text for p in ctx.model.phrases] + [o["text"] for o in ctx.model.objectives]).lower())) + " "
    kinds = (most_named(_TRACE_KINDS, lambda kind: kind.concepts, taught)
             or ctx.about_unit_first(_TRACE_KINDS, lambda kind: kind.concepts, asked="trace_table"))
    if not kinds:
        return None
    kinds = [kind for kind in kinds if f"trace kind:{kind.name}" not in ctx.used] or kinds  # vary them
    level = min(kinds, key=lambda kind: (abs(kind.difficulty - min(5, max(3, difficulty))), ctx.rng.random()))
    ctx.used.add(f"trace kind:{level.name}")
    if level.name == "assignment":
        a, b = ctx.rng.randint(2, 9), ctx.rng.randint(2, 9)
        code, variables, purpose = f"x = {a}\ny = {b}\nx = x + y\ny = x - y\n", ["x", "y"], "changes two variables"
    elif level.name == "for loop":
        end = ctx.rng.randint(4, 5)
        code = f"total = 0\nfor number in range(1, {end}):\n    total = total + number\n"
        variables, purpose = ["total", "number"], "adds up numbers in a loop"
    elif level.name == "selection":
        points = ctx.rng.randint(6, 14)
        code = (f"points = {points}\nbonus = 0\nif points > 10:\n    bonus = 5\nelif points > 5:\n    bonus = 2\n"
                f"points = points + bonus\n")
        variables, purpose = ["points", "bonus"], "uses if and elif to choose a bonus"
    elif level.name == "function":
        a, b = ctx.rng.randint(2, 6), ctx.rng.randint(1, 4)
        code = f"def double(number):\n    return number * 2\n\nx = {a}\ny = double(x)\nx = double(y) - {b}\n"
        variables, purpose = ["x", "y"], "calls a function that returns a value"
    else:
        start, step = ctx.rng.randint(1, 3), ctx.rng.randint(2, 3)
        limit = start + step * ctx.rng.randint(3, 4)
        code = (f"count = {start}\nlaps = 0\nwhile count < {limit}:\n    count = count + {step}\n"
                f"    laps = laps + 1\n")
        variables, purpose = ["count", "laps"], "counts up in a while loop"
    return _Program(code, variables, f"This program {purpose}.", ctx.source_for("python"))


async def trace_table(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Trace one of the lesson's own short programs; the rows come from running it in the sandbox, the cells to
    fill are the later changes."""
    if not ctx.runner_enabled:
        return None
    for program in _lesson_programs(ctx):
        if ctx.take(f"trace:{program.code}") and (traced := await _traced(ctx, program, difficulty)) is not None:
            return traced
    return None


async def made_up_trace_table(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Trace a short made-up program practising what the unit names (for a unit that teaches Python)."""
    if not ctx.runner_enabled:
        return None
    program = _made_up_program(ctx, difficulty)
    if program is None or not ctx.take(f"trace:{program.code}"):
        return None
    return await _traced(ctx, program, difficulty)


async def _traced(ctx: BuildContext, program: _Program, difficulty: int) -> DraftQuestion | None:
    report = await sandbox.trace_program(program.code, program.variables)
    if report.status != "ok" or len(report.rows) < 2:
        return None
    rows = [{"step": k + 1, "description": "", "values": {v: row.get(v, "") for v in program.variables}}
            for k, row in enumerate(report.rows)]
    changed = []
    for k, row in enumerate(rows):
        before = rows[k - 1]["values"] if k else {}
        for name in program.variables:
            if row["values"][name] != "" and row["values"][name] != before.get(name, ""):
                changed.append({"step": row["step"], "variable": name})
    cells = changed[-(2 if difficulty <= 3 else 3):]
    return question(
        ctx, "trace_table",
        f"{program.lead} Complete the trace table: write the value of each variable in the empty boxes.",
        {"code": program.code, "variables": program.variables, "trace_rows": rows, "cells_to_fill": cells},
        difficulty, points=3, seconds=120 + 30 * (difficulty - 3),
        hint="Go through the program one line at a time. Each time a variable changes, write its new value in the "
             "next row.",
        correct="Correct! You traced the program exactly.",
        incorrect="Not quite. Run the program in your head one line at a time, and write down each new value.",
        partial="Nearly there. {correct} of {total} boxes are right. Go through the program again, line by line.",
        about="trace program variables loop", topic="python", source=program.source,
    )
