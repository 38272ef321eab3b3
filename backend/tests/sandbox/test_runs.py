"""Ordinary pupil code, in this process and through the runner service: what passes, what does not, and why."""

from __future__ import annotations

import pytest

from app.errors import Invalid
from app.sandbox import ProgramCase, TestCase, run_program, run_tests, trace_program

pytestmark = pytest.mark.usefixtures("runner")

ADD_TESTS = [TestCase("add(2, 3)", "5"), TestCase("add(-1, 1)", "0"), TestCase("add('a', 'b')", "'ab'")]
FORBIDDEN = ("wrong", "incorrect", "failed", "bad")


def assert_calm(text: str) -> None:
    assert not any(word in text.lower() for word in FORBIDDEN), text


async def test_correct_code_passes_every_test():
    report = await run_tests("def add(a, b):\n    return a + b\n", ADD_TESTS)
    assert report.status == "ok"
    assert report.message == ""
    assert [r.passed for r in report.results] == [True, True, True]
    assert [r.got for r in report.results] == ["5", "0", "'ab'"]
    assert report.passed_count == 3
    assert 0 < report.duration_ms < 5000


async def test_partly_correct_code_passes_some_tests():
    code = "def add(a, b):\n    if a == -1:\n        return 99\n    return a + b\n"
    report = await run_tests(code, ADD_TESTS)
    assert report.status == "ok"
    assert [r.passed for r in report.results] == [True, False, True]
    assert report.results[1].got == "99"
    assert report.results[1].error is None
    assert report.passed_count == 2


async def test_syntax_error_reports_the_line_calmly():
    report = await run_tests("def add(a, b):\n    total = a + b\n    return total)\n", ADD_TESTS)
    assert report.status == "syntax_error"
    assert "line 3" in report.message
    assert_calm(report.message)
    assert report.passed_count == 0


async def test_indentation_error_reports_the_line():
    report = await run_tests("def add(a, b):\nreturn a + b\n", ADD_TESTS)
    assert report.status == "syntax_error"
    assert "line 2" in report.message
    assert "indent" in report.message


async def test_a_runtime_error_in_one_test_does_not_stop_the_others():
    code = "def half(n):\n    return 10 // n\n"
    tests = [TestCase("half(2)", "5"), TestCase("half(0)", "0"), TestCase("half(5)", "2")]
    report = await run_tests(code, tests)
    assert report.status == "ok"
    assert [r.passed for r in report.results] == [True, False, True]
    assert report.results[1].error == "Line 2: ZeroDivisionError: integer division or modulo by zero"


async def test_an_error_in_top_level_code_is_shown_and_the_tests_still_run():
    code = "def add(a, b):\n    return a + b\n\nprint(undefined_name)\n"
    report = await run_tests(code, ADD_TESTS[:1])
    assert report.results[0].passed
    assert "Line 4: NameError: name 'undefined_name' is not defined" in report.stdout


async def test_each_test_starts_from_the_code_as_written():
    """Every test runs in a process of its own: what one test changed (here, a list the function fills), the next
    does not see, so no test can carry another's input forward."""
    code = "calls = []\ndef add(a, b):\n    calls.append((a, b))\n    return len(calls)\n"
    report = await run_tests(code, [TestCase("add(1, 1)", "1"), TestCase("add(2, 2)", "1"), TestCase("calls", "[]")])
    assert report.status == "ok"
    assert [r.got for r in report.results] == ["1", "1", "[]"]


async def test_what_the_code_prints_when_it_loads_is_shown_once():
    code = "def add(a, b):\n    print('adding', a, b)\n    return a + b\n\nprint('loaded')\nprint(undefined_name)\n"
    report = await run_tests(code, [TestCase("add(1, 1)", "2"), TestCase("add(2, 2)", "4"), TestCase("add(3, 3)")])
    assert report.stdout == (
        "loaded\nLine 6: NameError: name 'undefined_name' is not defined\n"
        "adding 1 1\nadding 2 2\nadding 3 3\n"
    )


async def test_a_missing_function_is_a_calm_error_not_a_crash():
    report = await run_tests("x = 1\n", ADD_TESTS[:1])
    assert report.status == "ok"
    assert report.results[0].error == "NameError: name 'add' is not defined"


async def test_expected_none_just_shows_the_value():
    report = await run_tests("def add(a, b):\n    return a + b\n", [TestCase("add(2, 3)")])
    assert report.results[0].got == "5"
    assert not report.results[0].passed


async def test_unicode_output_and_values():
    code = "def greet(name):\n    print('héllo ✓ 你好 🙂', name)\n    return 'café ' + name\n"
    report = await run_tests(code, [TestCase("greet('Zoë')", repr("café Zoë"))])
    assert report.results[0].passed
    assert report.stdout == "héllo ✓ 你好 🙂 Zoë\n"


async def test_printed_output_is_returned():
    report = await run_tests("print('Hello')\nfor i in range(3):\n    print(i)\n", [])
    assert report.status == "ok"
    assert report.stdout == "Hello\n0\n1\n2\n"
    assert report.results == []


async def test_reprs_are_compared_exactly():
    code = "def half(n):\n    return n / 2\n"
    report = await run_tests(code, [TestCase("half(4)", "2"), TestCase("half(4)", "2.0")])
    assert [r.passed for r in report.results] == [False, True]


async def test_a_test_the_teacher_mistyped_is_reported_on_that_test_only():
    report = await run_tests(
        "def add(a, b):\n    return a + b\n", [TestCase("add(2, ", "5"), TestCase("add(1, 1)", "2")]
    )
    assert not report.results[0].passed
    assert "could not be read" in report.results[0].error
    assert report.results[1].passed


async def test_program_reads_its_stdin_once_per_case():
    code = "name = input('Name? ')\nage = int(input())\nprint('Hello', name)\nprint('Next year you will be', age + 1)\n"
    cases = [
        ProgramCase("Sam\n12\n", "Name? Hello Sam\nNext year you will be 13"),
        ProgramCase("Aisha\n11\n", "Name? Hello Aisha\nNext year you will be 13"),
    ]
    report = await run_program(code, cases)
    assert report.status == "ok"
    assert [r.passed for r in report.results] == [True, False]
    assert report.results[1].got == "Name? Hello Aisha\nNext year you will be 12\n"
    assert report.stdout == report.results[0].got


async def test_program_output_ignores_trailing_spaces_and_blank_lines():
    code = "print('a   ')\nprint('b')\nprint()\nprint()\n"
    report = await run_program(code, [ProgramCase("", "a\nb"), ProgramCase("", "a\nb\nc")])
    assert [r.passed for r in report.results] == [True, False]


async def test_run_my_code_shows_the_output_without_judging_it():
    report = await run_program("for i in range(3):\n    print(i * i)\n", [ProgramCase()])
    assert report.status == "ok"
    assert report.stdout == "0\n1\n4\n"
    assert report.results[0].got == "0\n1\n4\n"
    assert not report.results[0].passed


async def test_program_that_asks_for_more_input_than_given_says_so():
    report = await run_program("a = input()\nb = input()\nprint(a + b)\n", [ProgramCase("1\n", "11")])
    result = report.results[0]
    assert not result.passed
    assert "Line 2: EOFError" in result.error
    assert "no more input" in result.error


async def test_program_that_crashes_after_printing_the_right_output_is_not_passed():
    report = await run_program("print('42')\nprint(1 / 0)\n", [ProgramCase("", "42")])
    assert not report.results[0].passed
    assert report.results[0].error == "Line 2: ZeroDivisionError: division by zero"


async def test_program_cases_do_not_share_variables():
    code = "try:\n    seen\nexcept NameError:\n    seen = 'fresh'\nprint(seen)\n"
    report = await run_program(code, [ProgramCase("", "fresh"), ProgramCase("", "fresh")])
    assert report.passed_count == 2


async def test_trace_rows_for_a_small_loop():
    code = "total = 0\nfor i in range(1, 4):\n    total = total + i\nprint(total)\n"
    report = await trace_program(code, ["i", "total", "output"])
    assert report.status == "ok"
    assert report.rows == [
        {"i": "", "total": "0", "output": ""},
        {"i": "1", "total": "0", "output": ""},
        {"i": "1", "total": "1", "output": ""},
        {"i": "2", "total": "1", "output": ""},
        {"i": "2", "total": "3", "output": ""},
        {"i": "3", "total": "3", "output": ""},
        {"i": "3", "total": "6", "output": ""},
        {"i": "3", "total": "6", "output": "6"},
    ]
    assert report.output == "6\n"


async def test_trace_renders_values_like_a_trace_table():
    code = "word = 'ab'\nitems = []\nitems.append(word)\nflag = True\nhalf = 7 / 2\n"
    report = await trace_program(code, ["word", "items", "flag", "half"])
    assert report.rows[-1] == {"word": "ab", "items": "['ab']", "flag": "True", "half": "3.5"}
    assert report.rows[1] == {"word": "ab", "items": "[]", "flag": "", "half": ""}


async def test_trace_without_output_ignores_prints_and_follows_functions():
    code = "def double(n):\n    result = n * 2\n    return result\n\nresult = double(4)\nprint(result)\n"
    report = await trace_program(code, ["result"])
    assert report.status == "ok"
    assert report.rows == [{"result": "8"}]
    assert report.output == "8\n"


async def test_trace_stops_at_the_row_limit():
    report = await trace_program("n = 0\nwhile True:\n    n = n + 1\n", ["n"], max_rows=50, time_limit=5)
    assert report.status == "output_limit"
    assert len(report.rows) == 50
    assert "50 rows" in report.message


async def test_trace_reports_an_error_in_the_code():
    report = await trace_program("x = 1\ny = x + z\n", ["x", "y"])
    assert report.status == "crashed"
    assert report.message == "Line 2: NameError: name 'z' is not defined"
    assert report.rows == [{"x": "1", "y": ""}]


async def test_code_that_is_too_long_is_refused_with_a_clear_message():
    with pytest.raises(Invalid, match="longer than 100,000 characters"):
        await run_tests("x = 1\n" * 30_000, ADD_TESTS)


async def test_trace_variables_must_be_python_names():
    with pytest.raises(Invalid, match="is not a Python variable name"):
        await trace_program("x = 1\n", ["x y"])


async def test_many_long_results_are_not_mistaken_for_tampering():
    code = "def big(n):\n    return 'x' * 60_000 + str(n)\n"
    tests = [TestCase(f"big({n})", repr("x" * 60_000 + str(n))) for n in range(100)]
    report = await run_tests(code, tests, time_limit=10)
    assert report.status == "ok"
    assert report.passed_count == 100


async def test_trace_cells_are_cut_short():
    report = await trace_program("numbers = list(range(1000))\n", ["numbers"])
    cell = report.rows[0]["numbers"]
    assert len(cell) == 201
    assert cell.endswith("…")
