"""Offline questions whose answers are computed, not written: binary and hexadecimal conversions, ordering
binary numbers, logic-gate truth tables, Python functions and debugging (trace tables: offline_trace.py).
Numbers and programs are chosen with the seeded generator, so a seed gives the same draft every time; the
question engine then recomputes every answer when the draft is checked.

They are parametric templates, not the unit's own words: the generator uses each only for a topic the unit
teaches (topics.py) or the teacher asks for, and each question's source is where the unit teaches that topic."""

from __future__ import annotations

from typing import Any, NamedTuple

from app.question_types import binary_convert
from app.question_types.stored import StoredScaffold
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.offline_words import question

PLACE_VALUES = "128, 64, 32, 16, 8, 4, 2, 1"


def _spaced_binary(value: int, bits: int) -> str:
    text = format(value, f"0{bits}b")
    return " ".join(text[i : i + 4] for i in range(0, bits, 4))


def _pick_number(ctx: BuildContext, low: int, high: int, key: str) -> int:
    for _ in range(50):
        value = ctx.rng.randint(low, high)
        if ctx.take(f"{key}:{value}"):
            return value
    return ctx.rng.randint(low, high)


# --- binary ----------------------------------------------------------------------------------------------

_CONVERSIONS = {
    1: ("binary_to_decimal", 4),
    2: ("binary_to_decimal", 8),
    3: ("decimal_to_binary", 8),
    4: ("binary_to_hex", 8),
    5: ("decimal_to_hex", 8),
}
_HINTS = {
    "binary_to_decimal": f"Write the place values {PLACE_VALUES} above the digits. Add up the place values that "
                         "have a 1 under them.",
    "decimal_to_binary": f"Write the place values {PLACE_VALUES}. Start at 128: if it fits into the number, write 1 "
                         "and take it away; if not, write 0. Move to the next place value.",
    "binary_to_hex": "Split the 8 bits into two groups of 4. Change each group into one hexadecimal digit "
                     "(10 is A, 11 is B, up to 15 is F).",
    "hex_to_binary": "Change each hexadecimal digit into 4 bits. A is 10, which is 1010.",
    "decimal_to_hex": "Divide the number by 16. The whole number part is the first digit and the remainder is "
                      "the second digit (10 is A, up to 15 is F).",
    "hex_to_decimal": "Multiply the first digit by 16, then add the second digit. A is 10, B is 11, up to F is 15.",
}
_NAMES = {"binary": "binary", "decimal": "denary", "hex": "hexadecimal"}


def binary_conversion(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Convert a number between binary, denary and hexadecimal; harder = more bits, or hexadecimal."""
    conversion, bits = _CONVERSIONS[difficulty]
    preferred = ctx.prefer.get("conversion")
    if preferred:
        conversion = preferred
        bits = 4 if difficulty <= 1 and preferred.startswith("binary") else 8
    source, target = binary_convert.systems(conversion)
    low = 1 if bits == 4 else (16 if difficulty <= 3 else 100)
    value = _pick_number(ctx, low, 15 if bits == 4 else 255, "number")
    shown = _given(value, source, bits)
    answer = binary_convert.format_number(value, target)
    text = f"Convert the {_NAMES[source]} number {shown} into {_NAMES[target]}."
    if target == "binary":
        text += " Write all 8 bits."
    scaffold: StoredScaffold | None = None
    if difficulty >= 2 and source in ("binary", "decimal"):
        small = ctx.rng.randint(3, 15)
        scaffold = {
            "type": "binary_convert",
            "question_text": f"Convert the {_NAMES[source]} number {_given(small, source, 4)} into {_NAMES[target]}.",
            "config": {"type": "binary_convert", "conversion_type": conversion,
                       "given_value": _given(small, source, 4), "show_working": True},
            "hint": "This number is smaller. Use the place values 8, 4, 2, 1.",
        }
    return question(
        ctx, "binary_convert", text,
        {"conversion_type": conversion, "given_value": shown, "correct_answer": answer, "show_working": True},
        difficulty, points=1 if difficulty <= 2 else 2, seconds=45 + 15 * difficulty,
        hint=_HINTS[conversion],
        correct=f"Correct! {shown} in {_NAMES[source]} is {answer} in {_NAMES[target]}.",
        incorrect="Not quite. " + _HINTS[conversion] + " Check each step.",
        scaffold=scaffold, about=f"convert {_NAMES[source]} {_NAMES[target]} binary", topic="binary", source=ctx.source_for("binary"),
    )


def _given(value: int, system: str, bits: int) -> str:
    if system == "binary":
        return _spaced_binary(value, bits)
    if system == "hex":
        return format(value, "X")
    return str(value)


def binary_ordering(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Put binary numbers in order of size (the pupil must convert or compare place values)."""
    count = 4 if difficulty <= 3 else 5
    values: list[int] = []
    while len(values) < count:
        value = ctx.rng.randint(3, 255)
        if all(abs(value - v) > 4 for v in values):
            values.append(value)
    ordered = sorted(values)
    items = [{"id": ctx.new_id("i"), "text": _spaced_binary(v, 8), "correct_position": n}
             for n, v in enumerate(ordered, start=1)]
    return question(
        ctx, "ordering", "Put these binary numbers in order of size. The smallest number goes at the top.",
        {"items": items}, min(max(difficulty, 3), 4), points=2, seconds=90 + 20 * count,
        hint="Compare the digits from the left. The first place where two numbers differ decides which is bigger.",
        correct="Correct! The binary numbers are in order from smallest to largest.",
        incorrect="Not quite. Change each number into denary, then put them in order.",
        partial="Nearly there. {correct} of {total} numbers are in the right place.",
        about="binary numbers place value", topic="binary", source=ctx.source_for("binary"),
    )


def binary_select(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Select the TWO binary numbers with a given denary value range (computed)."""
    threshold = ctx.rng.choice([50, 64, 100, 128])
    big = [ctx.rng.randint(threshold + 5, 255) for _ in range(2)]
    small = [ctx.rng.randint(2, threshold - 5) for _ in range(2)]
    if len(set(big + small)) < 4:
        return None
    options = [{"id": ctx.new_id("o"), "text": _spaced_binary(v, 8), "is_correct": True} for v in big]
    options += [{"id": ctx.new_id("o"), "text": _spaced_binary(v, 8), "is_correct": False,
                 "distractor_feedback": f"{_spaced_binary(v, 8)} is {v} in denary."} for v in small]
    ctx.rng.shuffle(options)
    return question(
        ctx, "multiple_select", f"Select the TWO binary numbers that are bigger than {threshold} in denary.",
        {"options": options, "min_selections": 1, "max_selections": 2, "shuffle_options": True},
        3, points=2, seconds=100,
        hint=f"Change each binary number into denary using the place values {PLACE_VALUES}.",
        correct="Correct! You found both numbers.",
        incorrect="Not quite. Change each number into denary first, then compare it with "
                  f"{threshold}.",
        partial="Nearly there. You found {correct} of the {total} numbers.",
        about="binary denary place value", topic="binary", source=ctx.source_for("binary"),
    )


# --- logic gates ------------------------------------------------------------------------------------------

_GATE_HINTS = {
    "NOT": "NOT turns 1 into 0 and 0 into 1.",
    "AND": "AND gives 1 only when both inputs are 1.",
    "OR": "OR gives 1 when at least one input is 1.",
    "XOR": "XOR gives 1 when exactly one input is 1.",
    "NAND": "NAND is AND followed by NOT. Work out AND first, then swap 1 and 0.",
    "NOR": "NOR is OR followed by NOT. Work out OR first, then swap 1 and 0.",
}


def logic_gate(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Complete a truth table: NOT (1), AND/OR (2), XOR/NAND/NOR (3), a two-gate expression (4), three inputs (5).
    Outputs are left for the engine to compute."""
    if difficulty <= 1:
        gate, inputs = "NOT", ["A"]
    elif difficulty == 2:
        gate, inputs = ctx.rng.choice(["AND", "OR"]), ["A", "B"]
    elif difficulty == 3:
        gate, inputs = ctx.rng.choice(["XOR", "NAND", "NOR"]), ["A", "B"]
    elif difficulty == 4:
        gate, inputs = ctx.rng.choice(["A AND NOT B", "NOT A OR B", "NOT (A AND B)"]), ["A", "B"]
    else:
        gate, inputs = ctx.rng.choice(["(A OR B) AND C", "A AND (B OR C)", "(A AND B) OR NOT C"]), ["A", "B", "C"]
    if not ctx.take(f"gate:{gate}"):
        return None
    combos = [[(n >> (len(inputs) - 1 - k)) & 1 for k in range(len(inputs))] for n in range(2 ** len(inputs))]
    fill_count = len(combos) if len(combos) <= 4 else 4
    fill = set(ctx.rng.sample(range(len(combos)), fill_count))
    rows = [{"inputs": dict(zip(inputs, combo, strict=True)), "fill_in": i in fill} for i, combo in enumerate(combos)]
    single = gate in _GATE_HINTS
    described = f"the {gate} gate" if single else f"the expression {gate}"
    hint = _GATE_HINTS[gate] if single else ("Work out the part in brackets (or the NOT) first, for each row. "
                                             "Then use it to work out the whole expression.")
    return question(
        ctx, "logic_gates", f"Complete the truth table for {described}. Write 1 or 0 in each empty box.",
        {"gate": gate, "inputs": inputs, "truth_table": rows}, difficulty, points=2, seconds=40 + 25 * difficulty,
        hint=hint,
        correct="Correct! Every output in the truth table is right.",
        incorrect=f"Not quite. {hint} Check each row one at a time.",
        partial="Nearly there. {correct} of {total} outputs are right. Check the others one row at a time.",
        about=f"logic gate truth table {gate}", topic="logic", source=ctx.source_for("logic"),
    )


# --- Python functions and debugging (Parsons puzzles and code completion: offline_code.py) ---------------------

class _Function(NamedTuple):
    """A small function for a pupil to write, with its tests (arguments, expected value) computed here."""

    name: str
    purpose: str
    parameters: str
    body: str  # the reference solution's body
    cases: list[tuple[tuple[Any, ...], Any]]
    banned: list[str]
    required: list[str]
    difficulty: int
    concepts: tuple[str, ...] = ("function", "functions", "return", "parameter", "subroutine", "procedure")


_LOOPING = ("loop", "loops", "for loop", "iteration", "count controlled")
_SELECTING = ("selection", "if statement", "if statements", "comparison operator", "comparison operators")
_FUNCTIONS = [
    _Function("double", "returns the number n multiplied by 2", "n", "    return n * 2\n",
              [((3,), 6), ((10,), 20), ((0,), 0), ((-4,), -8)], [], ["return"], 4),
    _Function("add", "returns the total of a and b", "a, b", "    return a + b\n",
              [((2, 3), 5), ((10, 5), 15), ((-1, 1), 0)], [], ["return"], 4),
    _Function("greet", "returns the text 'Hello ' followed by the name", "name", "    return 'Hello ' + name\n",
              [(("Sam",), "Hello Sam"), (("Ava",), "Hello Ava"), (("Li",), "Hello Li")], [], ["return"], 4),
    _Function("larger", "returns the larger of the two numbers a and b", "a, b",
              "    if a > b:\n        return a\n    return b\n",
              [((3, 7), 7), ((9, 2), 9), ((5, 5), 5)], ["max"], ["if", "return"], 5, _SELECTING),
    _Function("is_even", "returns True when the number n is even and False when it is odd", "n",
              "    return n % 2 == 0\n",
              [((4,), True), ((7,), False), ((0,), True)], [], ["return"], 5, (*_SELECTING, "modulo", "mod")),
    _Function("count_up", "returns a list of the whole numbers from 1 to n", "n",
              "    numbers = []\n    for number in range(1, n + 1):\n        numbers.append(number)\n"
              "    return numbers\n",
              [((3,), [1, 2, 3]), ((1,), [1]), ((5,), [1, 2, 3, 4, 5])], [], ["for", "return"], 5,
              (*_LOOPING, "list")),
]


def python_function(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Write a small Python function; tests are computed here and the reference is run against them by check()."""
    if not ctx.runner_enabled:
        return None
    about_unit = ctx.about_unit_first(_FUNCTIONS, lambda f: f.concepts, asked="python_code")
    named = ctx.about_unit_first(_FUNCTIONS, lambda f: f.concepts)
    level = min(5, max(4, difficulty))
    # What the unit names before the rest, then the asked level before the others.
    choices = sorted(about_unit, key=lambda f: (f not in named, f.difficulty != level, ctx.rng.random()))
    for name, purpose, params, body, cases, banned, required, level, _concepts in choices:
        if not ctx.take(f"function:{name}"):
            continue
        tests = [{"input": f"{name}({', '.join(repr(a) for a in args)})", "expected": repr(value),
                  "visible": k < 2} for k, (args, value) in enumerate(cases)]
        rules = ""
        if banned:
            rules = " Do not use " + ", ".join(f"`{b}`" for b in banned) + "."
        return question(
            ctx, "python_code",
            f"Write a function called `{name}({params})` that {purpose}.{rules} Press 'Run my code' to test it.",
            {"starter_code": f"def {name}({params}):\n    # Write your code here\n    pass\n",
             "test_cases": tests, "hidden_test_weight": 0.5, "time_limit_seconds": 5,
             "banned_keywords": banned, "required_keywords": required,
             "reference_solution": f"def {name}({params}):\n{body}"},
            level, points=4, seconds=240 if level == 4 else 300,
            hint="Use `return` to give back the answer. Test your function with the examples shown.",
            correct="Correct! Your function passes every test.",
            incorrect="Not quite. Look at the test that did not pass. Compare what your function gave with what "
                      "was expected.",
            partial="Nearly there. {passed} tests passed. Look at the ones that did not pass.",
            about="python function program return", topic="python", source=ctx.source_for("python"),
        )
    return None


_SUBROUTINES = ("function", "functions", "subroutine", "subroutines", "procedure", "procedures", "parameter",
                "parameters", "argument", "arguments", "return", "return value", "def")


class _BuggyProgram(NamedTuple):
    """A short program with one bug, its fix, and tests as (input, expected output)."""

    purpose: str
    buggy: str
    correct: str
    bug: str
    cases: list[tuple[str, str]]
    difficulty: int
    concepts: tuple[str, ...]


_DEBUG_PROGRAMS = [
    _BuggyProgram("ask for a name and say hello",
                  "name = input()\nprint(\"Hello \" + nme)\n", "name = input()\nprint(\"Hello \" + name)\n",
                  "The variable name is spelt differently on line 2.",
                  [("Sam", "Hello Sam"), ("Ava", "Hello Ava")], 4, ("variable", "variables", "input", "string")),
    _BuggyProgram("print three times the number typed in",
                  "number = int(input())\nprint(number + 3)\n", "number = int(input())\nprint(number * 3)\n",
                  "Line 2 adds 3 instead of multiplying by 3.", [("4", "12"), ("10", "30")], 4,
                  ("input", "operator", "operators", "arithmetic", "integer")),
    _BuggyProgram("print the numbers 1 to 5, one on each line",
                  "for number in range(1, 5):\n    print(number)\n",
                  "for number in range(1, 6):\n    print(number)\n",
                  "range(1, 5) stops before 5, so the loop ends too early.", [("", "1\n2\n3\n4\n5")], 5, _LOOPING),
    _BuggyProgram("print 'Pass' when the score typed in is 50 or more",
                  "score = int(input())\nif score > 50:\n    print(\"Pass\")\nelse:\n    print(\"Try again\")\n",
                  "score = int(input())\nif score >= 50:\n    print(\"Pass\")\nelse:\n    print(\"Try again\")\n",
                  "A score of exactly 50 should pass, but > leaves 50 out.",
                  [("50", "Pass"), ("70", "Pass"), ("20", "Try again")], 5, _SELECTING),
    _BuggyProgram("use a function to print double the number typed in",
                  "def double(number):\n    return number * 2\n\nvalue = int(input())\nprint(double(number))\n",
                  "def double(number):\n    return number * 2\n\nvalue = int(input())\nprint(double(value))\n",
                  "Line 5 passes number to the function, but number only exists inside the function.",
                  [("4", "8"), ("10", "20")], 5, _SUBROUTINES),
]


def code_debug(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Find and fix the one bug in a short program; tests are run by check()."""
    if not ctx.runner_enabled:
        return None
    about_unit = ctx.about_unit_first(_DEBUG_PROGRAMS, lambda p: p.concepts, asked="code_debug")
    # The program about what the key words and objectives name most first (a unit on selection gets the `if`
    # program, not the sum its lines also use), then the one nearest the wanted difficulty.
    wanted = min(5, max(4, difficulty))
    choices = sorted(about_unit, key=lambda p: (-ctx.times_named(p.concepts), p.difficulty != wanted, ctx.rng.random()))
    for purpose, buggy, correct, bug, cases, level, _concepts in choices:
        if not ctx.take(f"debug:{buggy}"):
            continue
        return question(
            ctx, "code_debug", f"This program should {purpose}. It has one bug. Fix the bug.",
            {"buggy_code": buggy, "bug_description": bug, "correct_code": correct, "alternative_fixes": [],
             "test_cases": [{"input": given, "expected_output": output, "visible": True} for given, output in cases],
             "time_limit_seconds": 5},
            level, points=3, seconds=200,
            hint="Run the program and compare what it prints with what it should print. Then read each line.",
            correct="Correct! You found and fixed the bug.",
            incorrect="Not quite. Run the program with the test input and compare the output with the expected "
                      "output.",
            partial="Nearly there. Some tests pass now. Check the ones that do not.",
            about="debug python program", topic="python", source=ctx.source_for("python"),
        )
    return None
