"""python_code, code_debug and trace_table, run through a sandbox double that really executes the code
(tests/question_types/sandbox_double.py). test_code_types_real_sandbox.py repeats the key cases on app.sandbox."""

from __future__ import annotations

import pytest

from app import question_types as qt
from app.errors import Invalid
from tests.question_types.helpers import errors_of, marked, problems_of, with_changes
from tests.question_types.samples import sample
from tests.question_types.sandbox_double import TIMEOUT_MESSAGE, SandboxDouble

sandbox = SandboxDouble()
ADD_RIGHT = "def add(a, b):\n    return a + b\n"


async def checked(config: dict) -> dict:
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok, result.errors
    return result.config


# --- python_code: authoring ---------------------------------------------------------------------------------


def tcase(input_: str, expected: str, visible: bool = True) -> dict:
    return {"input": input_, "expected": expected, "visible": visible}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"test_cases": []}, "config.test_cases"),
        ({"test_cases": [tcase("add(2, 3", "5")]}, "config.test_cases[0].input"),
        ({"test_cases": [tcase("add(2, 3)", "five five")]}, "config.test_cases[0].expected"),
        ({"time_limit_seconds": 11}, "config.time_limit_seconds"),
        ({"time_limit_seconds": 0}, "config.time_limit_seconds"),
        ({"hidden_test_weight": 1.5}, "config.hidden_test_weight"),
        ({"banned_keywords": ["two words"]}, "config.banned_keywords[0]"),
        ({"banned_keywords": ["return"], "required_keywords": ["return"]}, "config.banned_keywords"),
        ({"reference_solution": "  "}, "config.reference_solution"),
        ({"reference_solution": "def add(a, b):\n    return a +\n"}, "config.reference_solution"),
        ({"reference_solution": "def add(a, b):\n    return sum([a, b])\n"}, "config.reference_solution"),
        ({"reference_solution": "add = lambda a, b: a + b\n"}, "config.reference_solution"),  # no `return`
    ],
)
async def test_python_code_refuses_bad_configs(changes, field):
    assert field in await errors_of(with_changes("python_code", **changes), sandbox=sandbox)


async def test_python_code_syntax_error_in_reference_names_the_line():
    result = await qt.check(
        with_changes("python_code", reference_solution="def add(a, b):\n    return a +\n")
    )
    assert result.errors[0].message.startswith("Line 2: ")


async def test_python_code_warnings():
    config = with_changes(
        "python_code",
        test_cases=[tcase("add(1, 1)", "2", visible=False)],
        starter_code="def add(a, b)\n",
    )
    assert await problems_of(config, sandbox=sandbox) == [
        ("config.test_cases", "warning"),
        ("config.starter_code", "warning"),
    ]


async def test_python_code_normalises_expected_values_and_keywords():
    config = with_changes(
        "python_code",
        test_cases=[tcase("pair(1, 2)", "[1,2]"), tcase("name()", '"Sam"')],
        reference_solution="def pair(a, b):\n    return [a, b]\n\ndef name():\n    return 'Sam'\n",
        banned_keywords=["sum()", ".sort"],
        starter_code="",
    )
    result = await checked(config)
    assert [t["expected"] for t in result["test_cases"]] == ["[1, 2]", "'Sam'"]
    assert result["banned_keywords"] == ["sum", "sort"]


async def test_python_code_verify_runs_the_reference_against_every_test():
    config = with_changes(
        "python_code", test_cases=[tcase("add(2, 3)", "5"), tcase("add(2, 2)", "5", visible=False)]
    )
    result = await qt.check(config, sandbox=sandbox)
    assert [(p.field, p.message) for p in result.errors] == [
        (
            "config.test_cases[1].expected",
            "The reference solution gives 4 for add(2, 2), but the test expects 5.",
        )
    ]


async def test_python_code_verify_reports_a_crashing_test():
    config = with_changes("python_code", test_cases=[tcase("add(2, 3)", "5"), tcase("add(2, 'x')", "0")])
    result = await qt.check(config, sandbox=sandbox)
    assert result.errors[0].field == "config.test_cases[1].expected"
    assert "stops with TypeError" in result.errors[0].message


@pytest.mark.slow  # starts processes or waits for a time limit
async def test_python_code_verify_reports_a_reference_that_never_finishes():
    config = with_changes(
        "python_code",
        reference_solution="def add(a, b):\n    while True:\n        pass\n    return a + b\n",
        time_limit_seconds=1,
    )
    result = await qt.check(config, sandbox=sandbox)
    assert "config.reference_solution" in [p.field for p in result.errors]
    assert TIMEOUT_MESSAGE in result.errors[0].message


async def test_python_code_verify_warns_when_the_starter_code_already_passes():
    result = await qt.check(with_changes("python_code", starter_code=ADD_RIGHT), sandbox=sandbox)
    assert [(p.field, p.severity) for p in result.problems] == [("config.starter_code", "warning")]


@pytest.mark.parametrize(
    ("enabled", "reachable", "says"), [(False, True, "turned off"), (True, False, "could not be reached")]
)
async def test_python_code_verify_without_a_runner_is_a_warning(enabled, reachable, says):
    result = await qt.check(
        sample("python_code"), sandbox=SandboxDouble(enabled=enabled, reachable=reachable)
    )
    assert result.ok
    assert says in result.warnings[0].message


# --- python_code: marking ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "weight", "expected"),
    [
        (ADD_RIGHT, 0.5, 4.0),
        # add(2, 3)=5 ✓, add(0, 0)=0 ✓ (visible, both pass); add(-1, 1)=0 ✓, add(10, 32)=42 ✗ (hidden, half pass)
        ("def add(a, b):\n    return a + b if a < 10 else 0\n", 0.5, 3.0),
        ("def add(a, b):\n    return a + b if a < 10 else 0\n", 0.8, 2.4),
        # Visible 0 of 2, hidden 2 of 2: w × 1
        ("def add(a, b):\n    return a + b if a < 0 or a > 5 else -1\n", 0.5, 2.0),
        ("def add(a, b):\n    return a + b if a < 0 or a > 5 else -1\n", 0.8, 3.2),
        # Visible 1 of 2 (0 × 0 = 0), hidden 0 of 2: (1 − w) × 0.5
        ("def add(a, b):\n    return a * b\n", 0.5, 1.0),
        ("def add(a, b):\n    return 'five'\n", 0.5, 0.0),
    ],
)
async def test_python_code_weights_visible_and_hidden_tests(code, weight, expected):
    config = await checked(with_changes("python_code", hidden_test_weight=weight))
    mark = await marked(config, {"code": code}, sandbox=sandbox)
    assert mark.score == expected
    assert mark.total_count == 4


async def test_python_code_details_show_visible_tests_only():
    config = await checked(sample("python_code"))
    mark = await marked(config, {"code": "def add(a, b):\n    return a * b\n"}, sandbox=sandbox)
    assert mark.details["tests"] == [
        {"input": "add(2, 3)", "expected": "5", "got": "6", "passed": False, "error": None},
        {"input": "add(0, 0)", "expected": "0", "got": "0", "passed": True, "error": None},
    ]
    assert (mark.details["hidden_passed"], mark.details["hidden_total"], mark.passed) == (0, 2, 1)
    assert "add(10, 32)" not in str(mark.details)
    assert "42" not in str(mark.details)


async def test_python_code_same_value_written_differently_passes():
    config = await checked(
        with_changes(
            "python_code",
            test_cases=[tcase("pair()", "[1, 2]")],
            reference_solution="def pair():\n    return [1, 2]\n",
            required_keywords=[],
            starter_code="",
        )
    )
    assert (await marked(config, {"code": "def pair():\n    return [1,2]\n"}, sandbox=sandbox)).is_correct
    # Same value, different type: 2.0 is not the 2 asked for.
    ints = await checked(
        with_changes(
            "python_code",
            test_cases=[tcase("half(4)", "2")],
            reference_solution="def half(n):\n    return n // 2\n",
            starter_code="",
        )
    )
    assert (await marked(ints, {"code": "def half(n):\n    return n / 2\n"}, sandbox=sandbox)).score == 0.0


async def test_python_code_syntax_error_gives_the_line_calmly_without_running():
    counting = SandboxDouble()
    config = await checked(sample("python_code"))
    mark = await marked(config, {"code": "def add(a, b)\n    return a + b\n"}, sandbox=counting)
    assert mark.score == 0.0
    assert (
        mark.message
        == "Python could not understand line 1 of your code: expected ':'. Check brackets, colons and indentation."
    )
    assert counting.calls == []


async def test_python_code_banned_keyword_scores_zero_with_its_name():
    counting = SandboxDouble()
    config = await checked(sample("python_code"))
    mark = await marked(config, {"code": "def add(a, b):\n    return sum([a, b])\n"}, sandbox=counting)
    assert (mark.score, mark.details["status"]) == (0.0, "keyword_rule")
    assert mark.message == "This question asks you to solve it without using sum. Try writing it another way."
    assert counting.calls == []


async def test_python_code_keywords_in_strings_and_comments_do_not_count():
    config = await checked(sample("python_code"))
    code = "def add(a, b):\n    # no sum here\n    label = 'sum'\n    return a + b\n"
    assert (await marked(config, {"code": code}, sandbox=sandbox)).is_correct


async def test_python_code_required_keyword_missing():
    config = await checked(
        with_changes(
            "python_code",
            required_keywords=["for"],
            reference_solution="def add(a, b):\n    for _ in [0]:\n        return a + b\n",
        )
    )
    mark = await marked(config, {"code": "def add(a, b):\n    return a + b\n"}, sandbox=sandbox)
    assert mark.message == "This question asks you to use for in your code. Add it and try again."
    # A comprehension counts as a for loop.
    code = "def add(a, b):\n    return [a + b for _ in [0]][0]\n"
    assert (await marked(config, {"code": code}, sandbox=sandbox)).is_correct


@pytest.mark.slow  # starts processes or waits for a time limit
async def test_python_code_loop_that_never_stops_is_contained_and_reported_calmly():
    config = await checked(with_changes("python_code", time_limit_seconds=1))
    code = "def add(a, b):\n    while True:\n        pass\n    return a + b\n"
    mark = await marked(config, {"code": code}, sandbox=sandbox)
    assert (mark.score, mark.message, mark.details["status"]) == (0.0, TIMEOUT_MESSAGE, "timeout")


async def test_python_code_with_the_runner_off_awaits_the_teacher():
    config = await checked(sample("python_code"))
    off = await marked(config, {"code": ADD_RIGHT}, sandbox=SandboxDouble(enabled=False))
    assert (off.score, off.awaiting_marking, off.message) == (
        None,
        True,
        "Your teacher will check your code.",
    )
    down = await marked(config, {"code": ADD_RIGHT}, sandbox=SandboxDouble(reachable=False))
    assert down.awaiting_marking
    assert "could not be run just now" in down.message
    assert (await marked(config, {"code": ADD_RIGHT}, sandbox=None)).awaiting_marking


async def test_python_code_run_code_runs_visible_tests_and_shows_output():
    config = await checked(sample("python_code"))
    run = await qt.run_code(
        config, {"code": "def add(a, b):\n    print('adding')\n    return a + b\n"}, sandbox=sandbox
    )
    assert run["status"] == "ok"
    assert run["output"] == "adding\nadding\n"
    assert [t["input"] for t in run["tests"]] == ["add(2, 3)", "add(0, 0)"]
    assert all(t["passed"] for t in run["tests"])
    broken = await qt.run_code(config, {"code": "def add(a, b)"}, sandbox=sandbox)
    assert broken["status"] == "syntax_error"
    assert "line 1" in broken["message"]
    off = await qt.run_code(config, {"code": ADD_RIGHT}, sandbox=SandboxDouble(enabled=False))
    assert off["status"] == "disabled"


# --- code_debug --------------------------------------------------------------------------------------------

BIGGER = {
    "type": "code_debug",
    "buggy_code": "a = int(input())\nb = int(input())\nprint(a if a < b else b)\n",
    "bug_description": "The comparison picks the smaller number.",
    "correct_code": "a = int(input())\nb = int(input())\nprint(a if a > b else b)\n",
    "alternative_fixes": ["a = int(input())\nb = int(input())\nprint(max(a, b))\n"],
    "test_cases": [
        {"input": "1\n2\n", "expected_output": "2"},
        {"input": "5\n3\n", "expected_output": "5"},
        {"input": "4\n4\n", "expected_output": "4", "visible": False},
    ],
}


def bigger(**changes) -> dict:
    import copy

    config = copy.deepcopy(BIGGER)
    config.update(changes)
    return config


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"correct_code": "print(max(a, b)"}, "config.correct_code"),
        ({"correct_code": BIGGER["buggy_code"] + "# same\n"}, "config.buggy_code"),
        ({"alternative_fixes": ["print("]}, "config.alternative_fixes[0]"),
        ({"test_cases": []}, "config.test_cases"),
        ({"time_limit_seconds": 20}, "config.time_limit_seconds"),
    ],
)
async def test_code_debug_refuses_bad_configs(changes, field):
    assert field in await errors_of(bigger(**changes), sandbox=sandbox)


async def test_code_debug_sample_and_bigger_check_clean():
    assert await problems_of(BIGGER, sandbox=sandbox) == []
    assert await problems_of(sample("code_debug"), sandbox=sandbox) == []


async def test_code_debug_buggy_code_may_have_a_syntax_error_as_its_bug():
    config = bigger(
        buggy_code="a = int(input())\nb = int(input())\nif a > b\n    print(a)\nelse:\n    print(b)\n"
    )
    assert await problems_of(config, sandbox=sandbox) == []


async def test_code_debug_verify_checks_outputs_and_fills_missing_ones():
    wrong = bigger(test_cases=[{"input": "1\n2\n", "expected_output": "3"}])
    result = await qt.check(wrong, sandbox=sandbox)
    assert [(p.field, p.message) for p in result.errors] == [
        (
            "config.test_cases[0].expected_output",
            "The correct code prints '2' for this input, but the test expects '3'.",
        )
    ]
    missing = await qt.check(bigger(test_cases=[{"input": "1\n2\n"}, {"input": "9\n3\n"}]), sandbox=sandbox)
    assert missing.ok
    assert [t["expected_output"] for t in missing.config["test_cases"]] == ["2", "9"]


async def test_code_debug_buggy_code_must_get_something_wrong():
    config = bigger(test_cases=[{"input": "4\n4\n", "expected_output": "4"}])
    result = await qt.check(config, sandbox=sandbox)
    assert [p.field for p in result.errors] == ["config.buggy_code"]
    assert "nothing to fix" in result.errors[0].message


async def test_code_debug_alternative_fixes_must_work():
    result = await qt.check(
        bigger(alternative_fixes=["a = int(input())\nb = int(input())\nprint(b)\n"]), sandbox=sandbox
    )
    assert [p.field for p in result.errors] == ["config.alternative_fixes[0]"]


async def test_code_debug_without_a_runner():
    off = SandboxDouble(enabled=False)
    assert [p.severity for p in (await qt.check(BIGGER, sandbox=off)).problems] == ["warning"]
    missing = await qt.check(bigger(test_cases=[{"input": "1\n2\n"}]), sandbox=off)
    assert [p.field for p in missing.errors] == ["config.test_cases"]


@pytest.mark.parametrize(
    ("code", "expected", "passed"),
    [
        (BIGGER["correct_code"], 4.0, 3),
        (BIGGER["alternative_fixes"][0], 4.0, 3),
        # The buggy code passes only the hidden 4/4 test; 2 tests to fix.
        ("a = int(input())\nb = int(input())\nprint(b)\n", 2.0, 2),  # fixes 1 → 1/2
        ("a = int(input())\nb = int(input())\nprint(a)\n", 2.0, 2),
        # Fixes 2 but breaks the one that worked: (2 − 1)/2.
        ("a = int(input())\nb = int(input())\nprint(max(a, b) + (a == b))\n", 2.0, 2),
        ("print('nothing')\n", 0.0, 0),
    ],
)
async def test_code_debug_credit_is_for_what_was_fixed(code, expected, passed):
    config = await checked(BIGGER)
    mark = await marked(config, {"code": code}, sandbox=sandbox)
    assert (mark.score, mark.passed) == (expected, passed)


async def test_code_debug_unchanged_program_scores_zero_even_with_new_comments():
    config = await checked(BIGGER)
    for code in (BIGGER["buggy_code"], "# my fix\n" + BIGGER["buggy_code"].replace(" = ", "=") + "\n\n"):
        mark = await marked(config, {"code": code}, sandbox=sandbox)
        assert (mark.score, mark.details["status"]) == (0.0, "unchanged")
        assert mark.message.startswith("This is the same program you were given.")


async def test_code_debug_details_hide_hidden_tests_and_baseline_runs_are_remembered():
    config = await checked(
        bigger(
            test_cases=[
                *BIGGER["test_cases"][:2],
                {"input": "7\n6\n", "expected_output": "7", "visible": False},
            ]
        )
    )
    counting = SandboxDouble()
    first = await marked(config, {"code": "a = int(input())\nb = int(input())\nprint(b)\n"}, sandbox=counting)
    assert [t["input"] for t in first.details["tests"]] == ["1\n2\n", "5\n3\n"]
    assert "7\n6\n" not in str(first.details)
    assert (first.details["hidden_passed"], first.details["hidden_total"]) == (0, 1)
    runs_first = len(counting.calls)
    await marked(config, {"code": "a = int(input())\nb = int(input())\nprint(a)\n"}, sandbox=counting)
    assert len(counting.calls) - runs_first == 1, "the buggy program's results were cached"


async def test_code_debug_syntax_error_and_runner_off():
    config = await checked(BIGGER)
    broken = await marked(config, {"code": "print(max(a, b)"}, sandbox=sandbox)
    assert broken.score == 0.0
    assert "line 1" in broken.message
    off = await marked(config, {"code": BIGGER["correct_code"]}, sandbox=SandboxDouble(enabled=False))
    assert off.awaiting_marking


async def test_code_debug_run_code_uses_visible_tests():
    config = await checked(BIGGER)
    run = await qt.run_code(config, {"code": BIGGER["correct_code"]}, sandbox=sandbox)
    assert [t["passed"] for t in run["tests"]] == [True, True]
    assert run["output"] == "2\n5\n"


# --- trace_table -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code": "total = 0\nfor i in range(3)\n"}, "config.code"),
        ({"variables": ["total", "total"]}, "config.variables"),
        ({"variables": ["total", "2x"]}, "config.variables[1]"),
        ({"variables": []}, "config.variables"),
        ({"cells_to_fill": []}, "config.cells_to_fill"),
        ({"cells_to_fill": [{"step": 9, "variable": "total"}]}, "config.cells_to_fill[0].step"),
        ({"cells_to_fill": [{"step": 1, "variable": "count"}]}, "config.cells_to_fill[0].variable"),
        ({"cells_to_fill": [{"step": 1, "variable": "i"}]}, "config.cells_to_fill[0]"),  # i is not set yet
        (
            {"cells_to_fill": [{"step": 3, "variable": "total"}, {"step": 3, "variable": "total"}]},
            "config.cells_to_fill[1]",
        ),
    ],
)
async def test_trace_table_refuses_bad_configs(changes, field):
    assert field in await errors_of(with_changes("trace_table", **changes))


async def test_trace_table_steps_and_values_must_fit_the_variables():
    config = sample("trace_table")
    config["trace_rows"][1]["step"] = 5
    config["trace_rows"][2]["values"]["count"] = "1"
    errors = await errors_of(config)
    assert "config.trace_rows[1].step" in errors
    assert "config.trace_rows[2].values" in errors


async def test_trace_table_verify_replaces_authored_rows_with_traced_ones():
    config = sample("trace_table")
    config["trace_rows"][4]["values"]["total"] = "4"  # wrong: 1 + 2 is 3
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok
    assert [(p.field, p.severity) for p in result.problems] == [("config.trace_rows", "warning")]
    assert "1 row(s) differed" in result.problems[0].message
    assert result.config["trace_rows"][4]["values"] == {"total": "3", "i": "2"}
    assert result.config["trace_rows"][0]["description"] == "total is set to 0"


async def test_trace_table_verify_rebuilds_a_table_of_the_wrong_length():
    config = sample("trace_table")
    config["trace_rows"] = config["trace_rows"][:4]
    config["cells_to_fill"] = [{"step": 3, "variable": "total"}]
    result = await qt.check(config, sandbox=sandbox)
    assert len(result.config["trace_rows"]) == 7
    assert {r["description"] for r in result.config["trace_rows"]} == {""}
    assert "3 row(s) differed" in result.problems[0].message


async def test_trace_table_verify_catches_cells_that_no_longer_exist():
    config = with_changes(
        "trace_table",
        code="total = 0\nfor i in range(1, 2):\n    total = total + i\n",
        cells_to_fill=[{"step": 7, "variable": "total"}],
    )
    result = await qt.check(config, sandbox=sandbox)
    assert [p.field for p in result.errors] == ["config.cells_to_fill[0].step"]


@pytest.mark.slow  # starts processes or waits for a time limit
async def test_trace_table_verify_reports_code_that_does_not_finish():
    result = await qt.check(
        with_changes("trace_table", code="total = 0\nwhile True:\n    total = 1\n"), sandbox=sandbox
    )
    assert [p.field for p in result.errors] == ["config.code"]


async def test_trace_table_without_a_runner_keeps_authored_rows_with_a_warning():
    result = await qt.check(sample("trace_table"), sandbox=SandboxDouble(enabled=False))
    assert result.ok
    assert "turned off" in result.warnings[0].message


@pytest.mark.parametrize(
    ("values", "expected", "details"),
    [
        (
            {"3_total": "1", "5_total": "3", "7_total": "6"},
            3.0,
            {"3_total": True, "5_total": True, "7_total": True},
        ),
        ({"3_total": " 1 ", "5_total": 3, "7_total": "'6'"}, 3.0, None),
        ({"3_total": "1", "5_total": "4"}, 1.0, {"3_total": True, "5_total": False}),
        ({"3_total": "", "5_total": None}, 0.0, {}),
        ({}, 0.0, {}),
    ],
)
async def test_trace_table_marks_each_cell_forgivingly(values, expected, details):
    mark = await marked(sample("trace_table"), {"values": values}, points=3)
    assert mark.score == expected
    if details is not None:
        assert mark.details["cells"] == details


async def test_trace_table_booleans_strings_and_lists():
    code = "found = False\nname = 'Sam'\nitems = []\nitems.append(1)\nitems.append(2)\nfound = True\n"
    config = {
        "type": "trace_table",
        "code": code,
        "variables": ["found", "name", "items"],
        "trace_rows": [],
        "cells_to_fill": [
            {"step": 2, "variable": "name"},
            {"step": 5, "variable": "items"},
            {"step": 6, "variable": "found"},
        ],
    }
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok, result.errors
    rows = result.config["trace_rows"]
    assert rows[-1]["values"] == {"found": "True", "name": "Sam", "items": "[1, 2]"}
    answer = {"values": {"2_name": '"Sam"', "5_items": "[1,2]", "6_found": "true"}}
    assert (await marked(result.config, answer, points=3)).score == 3.0
    assert (await marked(result.config, {"values": {"2_name": "sam"}}, points=3)).score == 0.0


async def test_trace_table_malformed_answers_are_refused():
    with pytest.raises(Invalid, match="not a cell to fill"):
        await marked(sample("trace_table"), {"values": {"1_total": "0"}})
    with pytest.raises(Invalid, match="at most 100"):
        await marked(sample("trace_table"), {"values": {"3_total": "9" * 101}})
