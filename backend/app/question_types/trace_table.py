"""trace_table: fill in the values variables take as a program runs.

The rows are truth, not opinion: when the question is checked, verify() traces the code in the sandbox and
the traced rows replace the authored ones (a row each time a tracked variable changes value; "" = not set
yet). Each cell to fill is marked on its own after forgiving tidying (spaces, surrounding quotes, true/True).
"""

from __future__ import annotations

import random
from typing import Any, Literal

from pydantic import Field, field_validator

from app.question_types import python_source as src
from app.question_types.base import (
    AnswerBase,
    LongText,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    error,
    require,
    warning,
)

TYPE = "trace_table"
# Worked out by verify() (tracing the code), so problems here do not stop it running: an empty table is fine.
COMPUTED_FIELDS = ("trace_rows", "cells_to_fill")
MAX_VARIABLES = 6
MAX_ROWS = 30
MAX_CELL = 100
TIME_LIMIT = 5.0
Value = str | int | float | bool | None


def cell_text(value: Value) -> str:
    """How a value is written in the table: str() of simple values, "" for not set."""
    return "" if value is None else str(value)


class TraceRow(Part):
    step: int
    description: ShortText = ""
    values: dict[str, str] = Field(default_factory=dict)

    @field_validator("values", mode="before")
    @classmethod
    def _as_text(cls, value: Any) -> Any:
        # Authors (and the AI) write 4 or true as often as "4"; the table holds text.
        if isinstance(value, dict):
            return {
                k: cell_text(v) if isinstance(v, (int, float, bool)) or v is None else v
                for k, v in value.items()
            }
        return value


class Cell(Part):
    step: int
    variable: ShortText


class Config(QuestionConfigBase):
    type: Literal["trace_table"] = TYPE
    code: LongText
    variables: list[ShortText] = Field(max_length=MAX_VARIABLES + 4)
    trace_rows: list[TraceRow] = Field(max_length=MAX_ROWS + 20)
    cells_to_fill: list[Cell] = Field(max_length=MAX_ROWS * MAX_VARIABLES)


class Answer(AnswerBase):
    values: dict[str, Value] = Field(default_factory=dict, max_length=MAX_ROWS * MAX_VARIABLES)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 180 cells, each a short value from one step of a program: a few KB at most.
MAX_ANSWER_BYTES = 16_384


def cell_key(step: int, variable: str) -> str:
    return f"{step}_{variable}"


def _rows_by_step(config: Config) -> dict[int, TraceRow]:
    return {row.step: row for row in config.trace_rows}


def expected_value(config: Config, cell: Cell) -> str | None:
    row = _rows_by_step(config).get(cell.step)
    return None if row is None else row.values.get(cell.variable, "")


def _cell_problems(config: Config) -> list[Problem]:
    problems = []
    if not config.cells_to_fill:
        problems.append(error("cells_to_fill", "Choose at least one cell for pupils to fill in."))
    seen: set[str] = set()
    for k, cell in enumerate(config.cells_to_fill):
        field = f"cells_to_fill[{k}]"
        if cell.variable not in config.variables:
            problems.append(error(f"{field}.variable", f"'{cell.variable}' is not one of the variables."))
            continue
        value = expected_value(config, cell)
        if value is None:
            problems.append(error(f"{field}.step", f"There is no step {cell.step} in the table."))
        elif value == "":
            problems.append(
                error(field, f"{cell.variable} has no value at step {cell.step}. Choose a cell with a value.")
            )
        key = cell_key(cell.step, cell.variable)
        if key in seen:
            problems.append(error(field, "This cell is chosen twice."))
        seen.add(key)
    return problems


def validate(config: Config) -> list[Problem]:
    """Readable code; distinct variable names; steps 1..n; cells to fill that exist and have a value."""
    problems = []
    if blank(config.code):
        problems.append(error("code", "Write the program to trace."))
    else:
        line, reason = src.syntax_problem(config.code)
        if reason:
            problems.append(error("code", f"Line {line}: {reason}."))
    if not 1 <= len(config.variables) <= MAX_VARIABLES:
        problems.append(error("variables", f"Track 1 to {MAX_VARIABLES} variables."))
    for k, name in enumerate(config.variables):
        if not src.IDENTIFIER.match(name):
            problems.append(error(f"variables[{k}]", f"'{name}' is not a Python variable name."))
    if len(set(config.variables)) != len(config.variables):
        problems.append(error("variables", "Two variables have the same name."))
    if not config.trace_rows:
        problems.append(error("trace_rows", "The table has no rows. Check the code assigns the variables."))
    if len(config.trace_rows) > MAX_ROWS:
        problems.append(
            error(
                "trace_rows",
                f"The table has {len(config.trace_rows)} rows; keep it to {MAX_ROWS}. Use a shorter loop.",
            )
        )
    for k, row in enumerate(config.trace_rows):
        if row.step != k + 1:
            problems.append(
                error(f"trace_rows[{k}].step", f"Steps are numbered 1, 2, 3, …; this one should be {k + 1}.")
            )
        for name in row.values:
            if name not in config.variables:
                problems.append(error(f"trace_rows[{k}].values", f"'{name}' is not one of the variables."))
    return problems + _cell_problems(config)


def normalise(config: Config) -> Config:
    """Every row has a value (maybe "") for every variable (unknown names are kept for validate to report)."""
    rows = [
        row.model_copy(
            update={"values": {**{name: row.values.get(name, "") for name in config.variables}, **row.values}}
        )
        for row in config.trace_rows
    ]
    return config.model_copy(update={"trace_rows": rows})


async def verify(config: Config, sandbox: Any) -> tuple[Config, list[Problem]]:
    """Traces the code; the computed rows replace the authored ones (with a warning if they differed).
    The problems returned include every error of the final table: check() relies on that."""
    traced, notes = await _traced(config, sandbox)
    return traced, notes + [p for p in validate(traced) if p.severity == "error"]


async def _traced(config: Config, sandbox: Any) -> tuple[Config, list[Problem]]:
    if not sandbox.runner_enabled():
        return config, [
            warning(
                "trace_rows",
                "The Python runner is turned off, so the rows were not checked by running the code.",
            )
        ]
    report = await sandbox.trace_program(config.code, list(config.variables), time_limit=TIME_LIMIT)
    if report.status in ("unavailable", "disabled"):
        return config, [
            warning("trace_rows", "The Python runner could not be reached, so the rows were not checked.")
        ]
    if report.status != "ok":
        return config, [error("code", f"The code could not be traced: {report.message or report.status}")]
    same_length = len(report.rows) == len(config.trace_rows)
    rows = [
        TraceRow(
            step=k + 1,
            description=config.trace_rows[k].description if same_length else "",
            values={name: row.get(name, "") for name in config.variables},
        )
        for k, row in enumerate(report.rows)
    ]
    notes = []
    if [r.values for r in rows] != [r.values for r in config.trace_rows]:
        changed = sum(a.values != b.values for a, b in zip(rows, config.trace_rows, strict=False))
        changed += abs(len(rows) - len(config.trace_rows))
        notes.append(
            warning(
                "trace_rows",
                f"The rows were worked out by running the code; {changed} row(s) differed from the ones written.",
            )
        )
    return config.model_copy(update={"trace_rows": rows}), notes


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The code and table, with every cell to fill set to null."""
    hidden = {(c.step, c.variable) for c in config.cells_to_fill}
    return {
        "type": TYPE,
        "code": config.code,
        "variables": list(config.variables),
        "rows": [
            {
                "step": row.step,
                "description": row.description,
                "values": {
                    name: None if (row.step, name) in hidden else row.values.get(name, "")
                    for name in config.variables
                },
            }
            for row in config.trace_rows
        ],
        "cells_to_fill": [
            {"step": c.step, "variable": c.variable, "key": cell_key(c.step, c.variable)}
            for c in config.cells_to_fill
        ],
    }


_BOOLEAN_WORDS = {"true": "True", "false": "False", "none": "None"}


def tidy_cell(value: Value) -> str:
    """Forgiving comparison: trimmed, surrounding quotes removed, true/TRUE → True (and False, None)."""
    text = cell_text(value).strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return _BOOLEAN_WORDS.get(text.lower(), text)


def cell_matches(given: Value, expected: str | None) -> bool:
    """Equal after tidying, or the same Python literal written with different spacing ([1,2] and [1, 2])."""
    a, b = tidy_cell(given), tidy_cell(expected)
    return a == b or src.values_match(a, b)


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Right cells / cells to fill."""
    keys = {cell_key(c.step, c.variable): c for c in config.cells_to_fill}
    require(all(k in keys for k in answer.values), "One of those cells is not a cell to fill in.")
    require(
        all(len(cell_text(v)) <= MAX_CELL for v in answer.values.values()),
        f"Each cell takes at most {MAX_CELL} characters.",
    )
    results = {
        key: cell_matches(value, expected_value(config, keys[key]))
        for key, value in answer.values.items()
        if cell_text(value).strip()
    }
    right = sum(results.values())
    total = len(keys)
    return Mark.from_fraction(
        right / total if total else 0,
        points,
        correct_count=right,
        total_count=total,
        details={"cells": results},
    )


def answer_key(config: Config) -> dict:
    return {"cells": {cell_key(c.step, c.variable): expected_value(config, c) for c in config.cells_to_fill}}


def example_answer(config: Config) -> dict:
    return {"values": answer_key(config)["cells"]}
