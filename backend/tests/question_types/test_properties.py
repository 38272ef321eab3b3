"""Property tests (hypothesis): for random valid configs and random answers, every score lies in [0, points],
is_correct / is_partial agree with the score, the example answer gets exactly full marks, checking is
idempotent, and the pupil view never carries an answer-only key."""

from __future__ import annotations

import asyncio
import random
import string
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app import question_types as qt
from app.question_types import binary_convert, logic_gates
from app.question_types.base import Mark
from app.utils.feedback import compose, fill_template, sentences
from tests.question_types.sandbox_double import SandboxDouble
from tests.question_types.test_engine import SECRET_KEYS, walk

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORDS = ["cpu", "ram", "input", "output", "byte", "bit", "loop", "data", "storage", "network"]
points = st.integers(min_value=1, max_value=10)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


def assert_sound(mark: Mark, pts: int) -> None:
    """The arithmetic rules of SPEC §3 for any mark."""
    assert mark.max_score == pts
    if mark.awaiting_marking:
        assert mark.score is None
        return
    assert mark.score is not None
    assert 0 <= mark.score <= pts
    assert round(mark.score, 2) == mark.score
    assert mark.is_correct == (mark.score == pts)
    assert mark.is_partial == (0 < mark.score < pts)


def checked(config: dict, sandbox: Any = None) -> dict:
    result = run(qt.check(config, sandbox=sandbox))
    assert result.ok, (config, result.errors)
    again = run(qt.check(result.config, sandbox=sandbox))
    assert again.config == result.config, "checking twice changes nothing"
    return result.config


def assert_view_is_safe(config: dict, seed: int | None) -> None:
    view = qt.pupil_view(config, None if seed is None else random.Random(seed))
    for path, key, _ in walk(view):
        assert key is None or (key not in SECRET_KEYS and not key.startswith("correct")), path


# --- config strategies (each draws a valid config) ------------------------------------------------------


@st.composite
def multiple_choice(draw) -> dict:
    n = draw(st.integers(2, 4))
    right = draw(st.integers(0, n - 1))
    return {
        "type": "multiple_choice",
        "options": [{"id": f"a{k}", "text": f"Option {k}", "is_correct": k == right} for k in range(n)],
        "shuffle_options": draw(st.booleans()),
    }


@st.composite
def multiple_select(draw) -> dict:
    n = draw(st.integers(2, 6))
    correct = draw(st.sets(st.integers(0, n - 1), min_size=1))
    low = draw(st.integers(1, len(correct)))
    high = draw(st.integers(len(correct), n))
    return {
        "type": "multiple_select",
        "options": [{"id": f"a{k}", "text": f"Option {k}", "is_correct": k in correct} for k in range(n)],
        "min_selections": low,
        "max_selections": high,
    }


@st.composite
def text_input(draw) -> dict:
    phrases = draw(
        st.lists(
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
            min_size=1,
            max_size=4,
            unique=True,
        )
    )
    first = phrases[0].split()
    return {
        "type": "text_input",
        "accepted_answers": [
            {"text": p, "points": 1 if k == 0 else draw(st.sampled_from([0, 0.25, 0.5, 1]))}
            for k, p in enumerate(phrases)
        ],
        "case_sensitive": draw(st.booleans()),
        "max_length": 60,
        "required_keywords": draw(st.lists(st.sampled_from(first), max_size=2, unique=True)),
        "forbidden_keywords": draw(st.lists(st.sampled_from(["printer", "mouse"]), max_size=1)),
    }


@st.composite
def matching(draw) -> dict:
    n = draw(st.integers(2, 8))
    extra = draw(st.integers(0, 3))
    order = draw(st.permutations(range(n + extra)))
    return {
        "type": "matching",
        "left_items": [{"id": f"l{k}", "text": f"Term {k}"} for k in range(n)],
        "right_items": [{"id": f"r{k}", "text": f"Meaning {k}"} for k in range(n + extra)],
        "correct_pairs": [{"left": f"l{k}", "right": f"r{order[k]}"} for k in range(n)],
        "shuffle_right": draw(st.booleans()),
    }


@st.composite
def ordering(draw) -> dict:
    n = draw(st.integers(2, 10))
    positions = draw(st.permutations(range(1, n + 1)))
    return {
        "type": "ordering",
        "items": [
            {"id": str(k + 1), "text": f"Step {k}", "correct_position": p} for k, p in enumerate(positions)
        ],
    }


@st.composite
def parsons(draw) -> dict:
    n = draw(st.integers(1, 8))
    distractors = draw(st.integers(1 if n == 1 else 0, 3))
    indents = draw(st.lists(st.integers(0, 2), min_size=n, max_size=n))
    blocks = [{"id": f"b{k}", "code": f"x{k} = {k}", "indent": indents[k]} for k in range(n)]
    blocks += [{"id": f"d{k}", "code": f"x{k} == {k}", "is_distractor": True} for k in range(distractors)]
    solution = [{"block_id": f"b{k}", "indent": indents[k]} for k in range(n)]
    alternatives = []
    if n > 1 and draw(st.booleans()):
        swapped = draw(st.permutations(solution))
        if swapped != solution:
            alternatives.append(swapped)
    return {
        "type": "parsons",
        "blocks": blocks,
        "solution": solution,
        "alternative_solutions": alternatives,
        "enable_indentation": draw(st.booleans()),
        "max_distractors_penalty": draw(st.sampled_from([0, 0.25, 0.5, 1])),
    }


@st.composite
def code_completion(draw) -> dict:
    n = draw(st.integers(1, 4))
    answers = [
        draw(
            st.lists(
                st.sampled_from(["range", "print", "x + 1", "len(items)", "True", "'hi'"]),
                min_size=1,
                max_size=2,
                unique=True,
            )
        )
        for _ in range(n)
    ]
    return {
        "type": "code_completion",
        "code_template": "\n".join(f"v{k} = {{{{BLANK_{k + 1}}}}}" for k in range(n)),
        "blanks": [{"id": f"BLANK_{k + 1}", "correct_answers": answers[k]} for k in range(n)],
    }


@st.composite
def drag_label(draw) -> dict:
    n = draw(st.integers(1, 6))
    distractors = draw(st.integers(0, 2))
    cells = draw(st.permutations(range(9)))[:n]  # a 3 × 3 grid, so zones never overlap
    labels = draw(st.permutations(range(n)))
    return {
        "type": "drag_label",
        "image": "/api/media/x",
        "image_alt": "A diagram",
        "drop_zones": [
            {
                "id": f"z{k}",
                "x": (c % 3) * 33,
                "y": (c // 3) * 33,
                "w": 30,
                "h": 30,
                "correct_label": f"t{labels[k]}",
            }
            for k, c in enumerate(cells)
        ],
        "labels": [{"id": f"t{k}", "text": f"Label {k}"} for k in range(n)]
        + [{"id": f"x{k}", "text": f"Spare {k}", "is_distractor": True} for k in range(distractors)],
    }


@st.composite
def binary(draw) -> dict:
    conversion = draw(st.sampled_from(list(binary_convert.ConversionType.__args__)))
    value = draw(st.integers(0, binary_convert.MAX_VALUE))
    source = binary_convert.systems(conversion)[0]
    written = {"binary": bin(value)[2:], "decimal": str(value), "hex": hex(value)[2:]}[source]
    return {
        "type": "binary_convert",
        "conversion_type": conversion,
        "given_value": written,
        "show_working": draw(st.booleans()),
    }


def expressions(names: list[str]) -> st.SearchStrategy[str]:
    leaves = st.sampled_from(names)
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            inner.map(lambda e: f"NOT {e}"),
            st.tuples(inner, st.sampled_from(["AND", "OR", "XOR", "NAND", "NOR"]), inner).map(
                lambda t: f"({t[0]} {t[1]} {t[2]})"
            ),
        ),
        max_leaves=6,
    )


@st.composite
def logic(draw) -> dict:
    names = ["A", "B", "C"][: draw(st.integers(1, 3))]
    gate = draw(
        st.one_of(
            expressions(names),
            st.sampled_from(["AND", "OR", "XOR", "NAND", "NOR"]) if len(names) > 1 else st.just("NOT"),
        )
    )
    rows = logic_gates.combinations(names)
    fill = draw(st.sets(st.integers(0, len(rows) - 1), min_size=1))
    for n in names:  # the expression must use every input (otherwise it is a warning, which is fine, or
        if n not in gate and gate not in logic_gates.GATES:  # the gate must mention the inputs it reads)
            gate = f"({gate}) OR ({n} AND NOT {n})"
    return {
        "type": "logic_gates",
        "gate": gate,
        "inputs": names,
        "truth_table": [{"inputs": r, "fill_in": k in fill} for k, r in enumerate(rows)],
    }


PURE = st.one_of(
    multiple_choice(),
    multiple_select(),
    text_input(),
    matching(),
    ordering(),
    parsons(),
    code_completion(),
    drag_label(),
    binary(),
    logic(),
)


# --- answers drawn for a checked config ---------------------------------------------------------------------


def random_answer(draw, config: dict) -> dict:
    """A well-formed (not necessarily right) answer for this config."""
    kind = config["type"]
    if kind == "multiple_choice":
        return {"selected_option": draw(st.sampled_from([None] + [o["id"] for o in config["options"]]))}
    if kind == "multiple_select":
        ids = [o["id"] for o in config["options"]]
        top = config["max_selections"] or len(ids)
        return {"selected_options": draw(st.lists(st.sampled_from(ids), max_size=top, unique=True))}
    if kind == "text_input":
        words = st.sampled_from(WORDS + ["printer", "CPU", "Input"])
        return {"text": draw(st.lists(words, max_size=4).map(" ".join))}
    if kind == "matching":
        lefts = draw(st.lists(st.sampled_from([i["id"] for i in config["left_items"]]), unique=True))
        rights = draw(st.permutations([i["id"] for i in config["right_items"]]))
        return {"pairs": [{"left": a, "right": b} for a, b in zip(lefts, rights, strict=False)]}
    if kind == "ordering":
        return {"order": draw(st.one_of(st.just([]), st.permutations([i["id"] for i in config["items"]])))}
    if kind == "parsons":
        ids = draw(st.lists(st.sampled_from([b["id"] for b in config["blocks"]]), unique=True))
        return {"blocks": [{"block_id": b, "indent": draw(st.integers(0, 3))} for b in ids]}
    if kind == "code_completion":
        values = st.one_of(
            st.none(),
            st.sampled_from(["range", "print", "x+1", "len( items )", "true", "'hi'"]),
            st.text(max_size=20),
        )
        return {"blanks": {b["id"]: draw(values) for b in config["blanks"] if draw(st.booleans())}}
    if kind == "drag_label":
        zones = draw(st.lists(st.sampled_from([z["id"] for z in config["drop_zones"]]), unique=True))
        labels = draw(st.permutations([lb["id"] for lb in config["labels"]]))
        return {"placements": dict(zip(zones, labels, strict=False))}
    if kind == "binary_convert":
        return {
            "answer": draw(
                st.one_of(st.text(alphabet="0123456789abcdefABCDEFxb #", max_size=20), st.integers(0, 70000))
            )
        }
    if kind == "logic_gates":
        fill = [str(k) for k, r in enumerate(config["truth_table"]) if r["fill_in"]]
        return {
            "outputs": {
                k: draw(st.sampled_from([0, 1, True, "1", None])) for k in fill if draw(st.booleans())
            }
        }
    raise AssertionError(kind)


@PROPERTY_SETTINGS
@given(config=PURE, pts=points, data=st.data())
def test_scores_stay_within_points_and_the_key_gets_full_marks(config, pts, data):
    config = checked(config)
    for _ in range(3):
        assert_sound(run(qt.mark(config, random_answer(data.draw, config), pts)), pts)
    full = run(qt.mark(config, qt.example_answer(config), pts))
    assert_sound(full, pts)
    assert full.is_correct
    assert full.score == pts
    assert_view_is_safe(config, data.draw(st.one_of(st.none(), st.integers(0, 10_000))))


@PROPERTY_SETTINGS
@given(config=ordering(), seed=st.integers(0, 10_000))
def test_ordering_view_is_never_the_answer(config, seed):
    config = checked(config)
    right = [i["id"] for i in sorted(config["items"], key=lambda i: i["correct_position"])]
    assert [i["id"] for i in qt.pupil_view(config, random.Random(seed))["items"]] != right


@PROPERTY_SETTINGS
@given(config=parsons(), seed=st.integers(0, 10_000))
def test_parsons_view_never_shows_a_solution_in_order(config, seed):
    config = checked(config)
    code = {b["id"]: b["code"] for b in config["blocks"]}
    solutions = [
        [code[p["block_id"]] for p in s] for s in [config["solution"], *config["alternative_solutions"]]
    ]
    shown = [b["code"] for b in qt.pupil_view(config, random.Random(seed))["blocks"]]
    # Unavoidable only when the solutions cover every order (two lines, both orders accepted).
    if all(len(s) > 1 for s in solutions) and (len(solutions) == 1 or all(len(s) > 2 for s in solutions)):
        for solution in solutions:
            assert [c for c in shown if c in solution] != solution


@PROPERTY_SETTINGS
@given(config=logic())
def test_logic_tables_agree_with_python_booleans(config):
    config = checked(config)
    tree = logic_gates.gate_tree(qt.parse_config(config))
    # An independent evaluation: the same tree through Python's own operators on booleans.
    ops = {
        "AND": lambda a, b: a and b,
        "OR": lambda a, b: a or b,
        "XOR": lambda a, b: a != b,
        "NAND": lambda a, b: not (a and b),
        "NOR": lambda a, b: not (a or b),
    }

    def truth(node, env):
        if node[0] == "var":
            return bool(env[node[1]])
        if node[0] == "const":
            return bool(node[1])
        if node[0] == "NOT":
            return not truth(node[1], env)
        return ops[node[0]](truth(node[1], env), truth(node[2], env))

    for row in config["truth_table"]:
        assert row["output"] == int(truth(tree, row["inputs"]))


@PROPERTY_SETTINGS
@given(config=binary())
def test_binary_answers_round_trip(config):
    config = checked(config)
    source, target = binary_convert.systems(config["conversion_type"])
    value = binary_convert.parse_number(config["given_value"], source)
    assert binary_convert.parse_number(config["correct_answer"], target) == value


@PROPERTY_SETTINGS
@given(fraction=st.floats(allow_nan=True, allow_infinity=False, width=32), pts=points)
def test_mark_from_any_fraction_is_sound(fraction, pts):
    mark = Mark.from_fraction(fraction, pts)
    assert_sound(mark, pts)
    assert mark.is_correct == (fraction >= 1 - 1e-9)


@PROPERTY_SETTINGS
@given(
    template=st.text(alphabet=string.printable + "{}", max_size=80),
    fraction=st.sampled_from([0, 0.5, 1]),
    hint=st.booleans(),
    message=st.text(alphabet=string.ascii_letters + " .!?", max_size=60),
)
def test_feedback_never_raises_and_stays_short(template, fraction, hint, message):
    mark = Mark.from_fraction(fraction, 4, correct_count=2, total_count=4, message=message)
    fill_template(template, mark)
    text = compose({"correct": template, "partial": template, "incorrect": template}, mark, hint_used=hint)
    assert len(sentences(text)) <= 4
    assert text.startswith(("Correct!", "Nearly there.", "Not quite."))


# --- code: a few real runs ------------------------------------------------------------------------------------

sandbox = SandboxDouble()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    k=st.integers(-5, 5),
    j=st.integers(-5, 5),
    inputs=st.lists(st.integers(-20, 20), min_size=1, max_size=4, unique=True),
    hidden=st.lists(st.booleans(), min_size=4, max_size=4),
    weight=st.sampled_from([0, 0.3, 0.5, 1]),
    pts=points,
    operator=st.sampled_from(["+", "*", "-"]),
)
def test_python_code_scores_are_sound(k, j, inputs, hidden, weight, pts, operator):
    config = checked(
        {
            "type": "python_code",
            "test_cases": [
                {"input": f"f({x})", "expected": str(x + k), "visible": not hidden[n]}
                for n, x in enumerate(inputs)
            ],
            "hidden_test_weight": weight,
            "reference_solution": f"def f(x):\n    return x + {k}\n",
            "time_limit_seconds": 5,
        },
        sandbox=sandbox,
    )
    attempt = run(
        qt.mark(config, {"code": f"def f(x):\n    return x {operator} {j}\n"}, pts, sandbox=sandbox)
    )
    assert_sound(attempt, pts)
    if (operator, j) == ("+", k) or (operator, j) == ("-", -k):
        assert attempt.is_correct
    full = run(qt.mark(config, qt.example_answer(config), pts, sandbox=sandbox))
    assert full.is_correct
    assert full.score == pts
