"""logic_gates: complete a truth table for a gate (AND, OR, NOT, XOR, NAND, NOR) or a small expression.

The outputs are computed here from the gate, never trusted from the author. Expressions are read by a tiny
parser (below) — never eval — over the input names, the six operators and brackets, with the precedence
NOT > AND/NAND > XOR > OR/NOR, left to right within a level.
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable
from typing import Literal

from pydantic import Field, field_validator

from app.question_types.base import (
    AnswerBase,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    error,
    require,
    warning,
)

TYPE = "logic_gates"
GATES = ("AND", "OR", "NOT", "XOR", "NAND", "NOR")
MAX_INPUTS = 4
MAX_EXPRESSION = 200
INPUT_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,9}$")
_TOKEN = re.compile(r"\s*(?:(?P<name>[A-Za-z][A-Za-z0-9_]*)|(?P<const>[01])|(?P<paren>[()]))")

Expr = tuple  # ("var", name) | ("const", 0/1) | ("NOT", e) | (op, left, right)


class ExpressionError(ValueError):
    """The expression cannot be read; the message says where."""


class Row(Part):
    inputs: dict[str, int]
    output: int | None = None
    fill_in: bool = False


class Config(QuestionConfigBase):
    type: Literal["logic_gates"] = TYPE
    gate: ShortText
    inputs: list[ShortText] = Field(max_length=MAX_INPUTS + 4)
    truth_table: list[Row] = Field(default_factory=list, max_length=64)


class Answer(AnswerBase):
    outputs: dict[str, int | bool | str | None] = Field(default_factory=dict, max_length=64)

    @field_validator("outputs", mode="before")
    @classmethod
    def _string_keys(cls, value: object) -> object:
        # JSON keys are strings; a Python caller may well use the row index itself.
        return {str(k): v for k, v in value.items()} if isinstance(value, dict) else value


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 64 rows, each a 0 or a 1: well under 2 KB.
MAX_ANSWER_BYTES = 4_096


# --- the expression parser -------------------------------------------------------------------------------


def tokenize(text: str) -> list[str]:
    tokens, position = [], 0
    text = text.strip()
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match or match.end() == position:
            raise ExpressionError(f"'{text[position:].strip()[:10]}' is not part of a logic expression.")
        tokens.append(match.group(match.lastgroup))
        position = match.end()
        while position < len(text) and text[position].isspace():
            position += 1
    return tokens


class _Parser:
    """Recursive descent over: or := xor ((OR|NOR) xor)*; xor := and (XOR and)*;
    and := not ((AND|NAND) not)*; not := NOT not | atom; atom := name | 0 | 1 | ( or )."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.position = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.position].upper() if self.position < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.position]
        self.position += 1
        return token

    def binary(self, operators: tuple[str, ...], operand: Callable[[], Expr]) -> Expr:
        left = operand()
        while self.peek() in operators:
            op = self.take().upper()
            left = (op, left, operand())
        return left

    def parse_or(self) -> Expr:
        return self.binary(("OR", "NOR"), self.parse_xor)

    def parse_xor(self) -> Expr:
        return self.binary(("XOR",), self.parse_and)

    def parse_and(self) -> Expr:
        return self.binary(("AND", "NAND"), self.parse_not)

    def parse_not(self) -> Expr:
        if self.peek() == "NOT":
            self.take()
            return ("NOT", self.parse_not())
        return self.parse_atom()

    def parse_atom(self) -> Expr:
        token = self.peek()
        if token is None:
            raise ExpressionError("The expression ends too early. Is something missing after an operator?")
        if token == "(":
            self.take()
            inner = self.parse_or()
            if self.peek() != ")":
                raise ExpressionError("A bracket is opened but never closed.")
            self.take()
            return inner
        if token in ("0", "1"):
            return ("const", int(self.take()))
        if token in GATES or token == ")":
            raise ExpressionError(
                f"'{self.tokens[self.position]}' cannot go there. Check the order of the expression."
            )
        return ("var", self.take())


def parse_expression(text: str) -> Expr:
    """The expression as a small tree; raises ExpressionError with a readable reason."""
    if len(text) > MAX_EXPRESSION:
        raise ExpressionError(f"Keep the expression to {MAX_EXPRESSION} characters.")
    tokens = tokenize(text)
    if not tokens:
        raise ExpressionError("Write the gate or expression.")
    parser = _Parser(tokens)
    tree = parser.parse_or()
    if parser.position != len(tokens):
        raise ExpressionError(
            f"'{tokens[parser.position]}' cannot go there. Check the order of the expression."
        )
    return tree


def evaluate(tree: Expr, values: dict[str, int]) -> int:
    kind = tree[0]
    if kind == "var":
        return values[tree[1]]
    if kind == "const":
        return tree[1]
    if kind == "NOT":
        return 1 - evaluate(tree[1], values)
    a, b = evaluate(tree[1], values), evaluate(tree[2], values)
    return {
        "AND": a & b,
        "OR": a | b,
        "XOR": a ^ b,
        "NAND": 1 - (a & b),
        "NOR": 1 - (a | b),
    }[kind]


def names_in(tree: Expr) -> set[str]:
    if tree[0] == "var":
        return {tree[1]}
    if tree[0] == "const":
        return set()
    return set().union(*(names_in(child) for child in tree[1:]))


def gate_tree(config: Config) -> Expr:
    """The tree for the whole question: a named gate applied to the inputs in order, or the expression."""
    gate = config.gate.strip().upper()
    if gate in GATES:
        inputs = [("var", name) for name in config.inputs]
        if gate == "NOT":
            return ("NOT", inputs[0]) if inputs else ("const", 0)
        base = {"NAND": "AND", "NOR": "OR"}.get(gate, gate)
        tree = inputs[0] if inputs else ("const", 0)
        for item in inputs[1:]:
            tree = (base, tree, item)
        return ("NOT", tree) if gate in ("NAND", "NOR") else tree
    return parse_expression(config.gate)


def expression_text(config: Config) -> str:
    """The gate spelt out with its inputs: "A AND B", "NOT A", or the expression with tidy spacing."""
    gate = config.gate.strip().upper()
    if gate == "NOT" and config.inputs:
        return f"NOT {config.inputs[0]}"
    if gate in ("NAND", "NOR") and len(config.inputs) > 2:
        inner = (" AND " if gate == "NAND" else " OR ").join(config.inputs)
        return f"NOT ({inner})"
    if gate in GATES:
        return f" {gate} ".join(config.inputs)
    try:
        tokens = [t.upper() if t.upper() in GATES else t for t in tokenize(config.gate)]
    except ExpressionError:
        return config.gate.strip()
    return " ".join(tokens).replace("( ", "(").replace(" )", ")")


def combinations(inputs: list[str]) -> list[dict[str, int]]:
    """Every input combination, counting up in binary with the first input as the most significant bit."""
    return [dict(zip(inputs, bits, strict=True)) for bits in itertools.product((0, 1), repeat=len(inputs))]


# --- the type --------------------------------------------------------------------------------------------


def validate(config: Config) -> list[Problem]:
    """Readable gate over the inputs; the table has every combination once and at least one cell to fill."""
    problems = []
    n = len(config.inputs)
    if not 1 <= n <= MAX_INPUTS:
        problems.append(error("inputs", f"Use 1 to {MAX_INPUTS} inputs."))
    for k, name in enumerate(config.inputs):
        if not INPUT_NAME.match(name) or name.upper() in GATES:
            problems.append(
                error(f"inputs[{k}]", f"'{name}' cannot be an input name. Use a letter such as A.")
            )
    if len(set(config.inputs)) != n:
        problems.append(error("inputs", "Two inputs have the same name."))
    gate = config.gate.strip().upper()
    if gate == "NOT" and n != 1:
        problems.append(error("inputs", "A NOT gate has exactly one input."))
    elif gate in GATES and gate != "NOT" and n < 2:
        problems.append(error("inputs", f"An {gate} gate needs at least two inputs."))
    elif gate not in GATES:
        try:
            used = names_in(parse_expression(config.gate))
        except ExpressionError as exc:
            return [*problems, error("gate", str(exc))]
        for name in sorted(used - set(config.inputs)):
            problems.append(error("gate", f"The expression uses '{name}', which is not one of the inputs."))
        for name in config.inputs:
            if name not in used:
                problems.append(warning("inputs", f"The expression does not use the input '{name}'."))
    if problems:
        return problems
    return problems + _table_problems(config)


def _table_problems(config: Config) -> list[Problem]:
    problems = []
    expected = {tuple(c.values()) for c in combinations(config.inputs)}
    seen: set[tuple[int, ...]] = set()
    for k, row in enumerate(config.truth_table):
        if set(row.inputs) != set(config.inputs):
            problems.append(
                error(f"truth_table[{k}].inputs", f"Give a value for each input: {', '.join(config.inputs)}.")
            )
            continue
        if any(v not in (0, 1) for v in row.inputs.values()):
            problems.append(error(f"truth_table[{k}].inputs", "Input values are 0 or 1."))
            continue
        key = tuple(row.inputs[name] for name in config.inputs)
        if key in seen:
            problems.append(error(f"truth_table[{k}]", "This row repeats an earlier row."))
        seen.add(key)
    missing = sorted(expected - seen)
    if missing:
        example = ", ".join(f"{name}={v}" for name, v in zip(config.inputs, missing[0], strict=True))
        problems.append(
            error("truth_table", f"The table needs every combination of inputs; {example} is missing.")
        )
    if config.truth_table and not any(r.fill_in for r in config.truth_table):
        problems.append(error("truth_table", "Choose at least one row for pupils to fill in."))
    return problems


def normalise(config: Config) -> Config:
    """Outputs computed from the gate; an empty table becomes the full table with every output to fill."""
    gate = config.gate.strip()
    if gate.upper() in GATES:
        gate = gate.upper()
    config = config.model_copy(update={"gate": gate})
    try:
        tree = gate_tree(config)
    except ExpressionError:
        return config
    inputs = set(config.inputs)
    if not names_in(tree) <= inputs or not config.inputs:
        return config
    rows = config.truth_table or [Row(inputs=c, fill_in=True) for c in combinations(config.inputs)]
    computed = []
    for row in rows:
        complete = set(row.inputs) == inputs and all(v in (0, 1) for v in row.inputs.values())
        computed.append(row.model_copy(update={"output": evaluate(tree, row.inputs)}) if complete else row)
    return config.model_copy(update={"truth_table": computed})


def corrections(before: Config, after: Config) -> list[Problem]:
    """A warning for each authored output that the computed table changed."""
    problems = []
    for k, (old, new) in enumerate(zip(before.truth_table, after.truth_table, strict=False)):
        if old.output is not None and old.output != new.output:
            problems.append(
                warning(
                    f"truth_table[{k}].output",
                    f"The output was {old.output}; it has been corrected to {new.output}.",
                )
            )
    return problems


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """The table with the fill-in outputs left empty (null)."""
    return {
        "type": TYPE,
        "gate": config.gate,
        "expression": expression_text(config),
        "inputs": list(config.inputs),
        "rows": [
            {
                "index": k,
                "inputs": dict(row.inputs),
                "output": None if row.fill_in else row.output,
                "fill_in": row.fill_in,
            }
            for k, row in enumerate(config.truth_table)
        ],
    }


def _bit(value: int | bool | str | None) -> int | None:
    """0 or 1 from 0/1, true/false or "0"/"1"; None when the cell is empty. Anything else is refused."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return int(value)
    text = str(value).strip()
    require(text in ("0", "1"), "Each output is 0 or 1.")
    return int(text)


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Right fill-in cells / fill-in cells."""
    fill = {str(k): row for k, row in enumerate(config.truth_table) if row.fill_in}
    require(all(k in fill for k in answer.outputs), "One of those rows is not a row to fill in.")
    given = {key: bit for key, value in answer.outputs.items() if (bit := _bit(value)) is not None}
    results = {key: fill[key].output == bit for key, bit in given.items()}
    right = sum(results.values())
    total = len(fill)
    return Mark.from_fraction(
        right / total if total else 0,
        points,
        correct_count=right,
        total_count=total,
        details={"rows": results},
    )


def answer_key(config: Config) -> dict:
    return {"outputs": {str(k): row.output for k, row in enumerate(config.truth_table) if row.fill_in}}


def example_answer(config: Config) -> dict:
    return answer_key(config)
