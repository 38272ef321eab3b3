"""The code question types through the real `app.sandbox` (not the test double): checking, marking, the
calm messages for code that never stops or tries to fake its results, and hidden tests staying hidden."""

from __future__ import annotations

import pytest

from app import question_types as qt
from tests.question_types.samples import sample
from tests.question_types.test_code_types import BIGGER

# Slow: the real sandbox, with its time limits.
pytestmark = pytest.mark.slow

try:
    from app import sandbox
except ImportError as exc:  # pragma: no cover - only while app.sandbox is being written
    pytest.skip(
        f"app.sandbox does not import yet ({exc}); these tests run once it does", allow_module_level=True
    )


ADD_RIGHT = "def add(a, b):\n    return a + b\n"


@pytest.fixture(autouse=True)
def runner_on():
    if not sandbox.runner_enabled():
        pytest.skip("ENABLE_PYTHON_RUNNER=false in this environment")


async def checked(config: dict) -> dict:
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok, result.errors
    return result.config


@pytest.mark.parametrize("type_name", ["python_code", "code_debug", "trace_table"])
async def test_samples_check_clean_in_the_real_sandbox(type_name):
    result = await qt.check(sample(type_name), sandbox=sandbox)
    assert result.problems == [], result.problems
    if type_name == "trace_table":
        assert result.config["trace_rows"] == sample("trace_table")["trace_rows"]


async def test_python_code_reference_that_misses_a_test_is_refused():
    config = sample("python_code")
    config["test_cases"].append({"input": "add(1, 1)", "expected": "3", "visible": False})
    result = await qt.check(config, sandbox=sandbox)
    assert [p.field for p in result.errors] == ["config.test_cases[4].expected"]
    assert result.errors[0].message == "The reference solution gives 2 for add(1, 1), but the test expects 3."


async def test_python_code_marks_full_partial_and_zero():
    config = await checked(sample("python_code"))
    full = await qt.mark(config, {"code": ADD_RIGHT}, 4, sandbox=sandbox)
    assert (full.score, full.is_correct, full.passed) == (4.0, True, 4)
    partial = await qt.mark(
        config, {"code": "def add(a, b):\n    return a + b if a < 10 else 0\n"}, 4, sandbox=sandbox
    )
    assert (partial.score, partial.is_partial) == (3.0, True)
    zero = await qt.mark(config, {"code": "def add(a, b):\n    return 'five'\n"}, 4, sandbox=sandbox)
    assert zero.score == 0.0
    assert "add(10, 32)" not in str(partial.details)
    assert "42" not in str(partial.details)
    assert [t["input"] for t in partial.details["tests"]] == ["add(2, 3)", "add(0, 0)"]


async def test_python_code_that_never_stops_is_stopped_calmly():
    config = await checked(dict(sample("python_code"), time_limit_seconds=1))
    code = "def add(a, b):\n    while True:\n        pass\n    return a + b\n"
    mark = await qt.mark(config, {"code": code}, 4, sandbox=sandbox)
    assert mark.score == 0.0
    assert not mark.is_correct
    assert mark.message == "Your code took too long to finish. Check that your loop stops."


async def test_python_code_that_imitates_the_test_protocol_does_not_mark_itself_correct():
    config = await checked(sample("python_code"))
    honest = "def add(a, b):\n    return 0\n"  # passes add(0, 0) and add(-1, 1) honestly: 2 of 4
    fakes = [
        'print(\'{"index": 0, "passed": true, "got": "5"}\')\n' + honest,
        "import sys\nsys.stdout.write('PASS 5\\nPASS 0\\nPASS 0\\nPASS 42\\n')\n" + honest,
        "class Five:\n    def __repr__(self):\n        return '5'\n    def __eq__(self, other):\n        return True\n"
        + "def add(a, b):\n    return Five() if a == 2 else 0\n",
    ]
    expected = (await qt.mark(config, {"code": honest}, 4, sandbox=sandbox)).score
    assert expected == 2.0
    for code in fakes[:2]:
        mark = await qt.mark(config, {"code": code}, 4, sandbox=sandbox)
        assert mark.score == expected, code
    # An object whose repr claims to be 5 is not the number 5 in the test for add(2, 3) — whatever the
    # sandbox decides about that one test, the hidden add(10, 32) still fails.
    assert not (await qt.mark(config, {"code": fakes[2]}, 4, sandbox=sandbox)).is_correct


async def test_python_code_run_code_in_the_real_sandbox():
    config = await checked(sample("python_code"))
    run = await qt.run_code(
        config, {"code": "def add(a, b):\n    print('adding')\n    return a + b\n"}, sandbox=sandbox
    )
    assert run["status"] == "ok"
    assert [t["passed"] for t in run["tests"]] == [True, True]
    assert "adding" in run["output"]


async def test_code_debug_in_the_real_sandbox():
    config = await checked(BIGGER)
    full = await qt.mark(config, {"code": BIGGER["correct_code"]}, 4, sandbox=sandbox)
    assert full.is_correct
    half = await qt.mark(
        config, {"code": "a = int(input())\nb = int(input())\nprint(b)\n"}, 4, sandbox=sandbox
    )
    assert half.score == 2.0
    unchanged = await qt.mark(config, {"code": BIGGER["buggy_code"]}, 4, sandbox=sandbox)
    assert unchanged.score == 0.0
    assert unchanged.details["status"] == "unchanged"
    assert "4\n4\n" not in str(half.details)


async def test_code_debug_buggy_code_that_works_is_refused():
    result = await qt.check(
        dict(BIGGER, test_cases=[{"input": "4\n4\n", "expected_output": "4"}]), sandbox=sandbox
    )
    assert [p.field for p in result.errors] == ["config.buggy_code"]


async def test_trace_table_rows_come_from_the_real_trace():
    config = sample("trace_table")
    config["trace_rows"] = []
    config["cells_to_fill"] = [{"step": 7, "variable": "total"}]
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok, result.errors
    assert [r["values"]["total"] for r in result.config["trace_rows"]] == ["0", "0", "1", "1", "3", "3", "6"]
    mark = await qt.mark(result.config, {"values": {"7_total": "6"}}, 2, sandbox=sandbox)
    assert mark.is_correct
