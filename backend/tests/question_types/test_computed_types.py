"""code_completion, binary_convert and logic_gates: answers compared with forgiving normalisation or computed."""

from __future__ import annotations

import pytest

from app import question_types as qt
from app.errors import Invalid
from app.question_types import logic_gates
from tests.question_types.helpers import errors_of, marked, messages_of, problems_of, score, with_changes
from tests.question_types.samples import sample

# --- code_completion -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"code_template": "print('no gaps')"}, "config.code_template"),
        ({"code_template": "{{BLANK_1}} {{BLANK_1}} {{BLANK_2}}"}, "config.code_template"),
        ({"code_template": "for i in {{BLANK_1}}(5):\n    pass"}, "config.blanks[1].id"),
        ({"code_template": "{{BLANK_1}} {{BLANK_2}} {{BLANK_3}}"}, "config.blanks"),
        (
            {
                "blanks": [
                    {"id": "BLANK_1", "correct_answers": ["range"]},
                    {"id": "BLANK_2", "correct_answers": []},
                ]
            },
            "config.blanks[1].correct_answers",
        ),
        (
            {
                "blanks": [
                    {"id": "BLANK_1", "correct_answers": ["range"]},
                    {"id": "BLANK_2", "correct_answers": ["  "]},
                ]
            },
            "config.blanks[1].correct_answers",
        ),
        (
            {
                "code_template": "{{gap}} {{BLANK_2}}",
                "blanks": [
                    {"id": "gap", "correct_answers": ["x"]},
                    {"id": "BLANK_2", "correct_answers": ["y"]},
                ],
            },
            "config.blanks[0].id",
        ),
    ],
)
async def test_code_completion_markers_and_blanks_must_agree(changes, field):
    assert field in await errors_of(with_changes("code_completion", **changes))


@pytest.mark.parametrize(
    ("blanks", "expected", "details"),
    [
        ({"BLANK_1": "range", "BLANK_2": "print"}, 4.0, {"BLANK_1": True, "BLANK_2": True}),
        ({"BLANK_1": "  range ", "BLANK_2": "Print"}, 2.0, {"BLANK_1": True, "BLANK_2": False}),
        ({"BLANK_1": "list"}, 0.0, {"BLANK_1": False, "BLANK_2": False}),
        ({"BLANK_1": None, "BLANK_2": ""}, 0.0, {"BLANK_1": False, "BLANK_2": False}),
    ],
)
async def test_code_completion_marks_each_blank(blanks, expected, details):
    mark = await marked(sample("code_completion"), {"blanks": blanks})
    assert (mark.score, mark.details["blanks"]) == (expected, details)


@pytest.mark.parametrize(
    ("given", "accepted", "right"),
    [
        ("x+1", "x + 1", True),
        ("x  +  1", "x + 1", True),
        ("inrange", "in range", False),
        ("'a b'", "'a  b'", False),  # spaces inside a string matter
        ("range(", "range (", True),  # unfinished brackets still tokenise
        ("i<10", "i < 10", True),
    ],
)
async def test_code_completion_compares_python_tokens(given, accepted, right):
    config = with_changes(
        "code_completion",
        code_template="x = {{BLANK_1}}",
        blanks=[{"id": "BLANK_1", "correct_answers": [accepted]}],
    )
    assert (await score(config, {"blanks": {"BLANK_1": given}}) == 4.0) is right


async def test_code_completion_malformed_answers_are_refused():
    with pytest.raises(Invalid, match="not part of this question"):
        await score(sample("code_completion"), {"blanks": {"BLANK_9": "x"}})
    with pytest.raises(Invalid, match="at most 200"):
        await score(sample("code_completion"), {"blanks": {"BLANK_1": "x" * 201}})


async def test_code_completion_view_lists_blanks_in_template_order_with_hints():
    config = sample("code_completion")
    config["blanks"].reverse()
    view = qt.pupil_view(config)
    assert view["blanks"] == [
        {"id": "BLANK_1", "hint": "It makes a sequence of numbers."},
        {"id": "BLANK_2", "hint": None},
    ]
    assert view["code_template"] == config["code_template"]


# --- binary_convert --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("conversion", "given", "expected"),
    [
        ("binary_to_decimal", "1010 1100", "172"),
        ("decimal_to_binary", "5", "00000101"),
        ("decimal_to_binary", "300", "0000000100101100"),
        ("binary_to_hex", "11111111", "FF"),
        ("hex_to_binary", "0x1f", "00011111"),
        ("decimal_to_hex", 255, "FF"),
        ("hex_to_decimal", "a", "10"),
        ("decimal_to_binary", "0", "00000000"),
    ],
)
async def test_binary_convert_computes_the_answer(conversion, given, expected):
    result = await qt.check(
        with_changes("binary_convert", conversion_type=conversion, given_value=given, correct_answer=None)
    )
    assert result.problems == []
    assert result.config["correct_answer"] == expected


async def test_binary_convert_replaces_a_disagreeing_authored_answer_with_a_warning():
    result = await qt.check(with_changes("binary_convert", correct_answer="171"))
    assert result.config["correct_answer"] == "172"
    assert [(p.field, p.severity) for p in result.problems] == [("config.correct_answer", "warning")]
    assert result.problems[0].message == "The answer given was 171; it has been corrected to 172."
    # An equal value written differently is not a disagreement.
    assert (await qt.check(with_changes("binary_convert", correct_answer="0172"))).problems == []


@pytest.mark.parametrize(
    ("conversion", "given"),
    [
        ("binary_to_decimal", "1021"),
        ("decimal_to_hex", "70000"),
        ("hex_to_decimal", "G1"),
        ("decimal_to_binary", "-3"),
        ("binary_to_hex", ""),
    ],
)
async def test_binary_convert_refuses_bad_given_values(conversion, given):
    assert await errors_of(with_changes("binary_convert", conversion_type=conversion, given_value=given)) == [
        "config.given_value"
    ]


async def test_binary_convert_unknown_conversion_is_a_parse_error():
    with pytest.raises(Invalid, match="config.conversion_type: this should be one of"):
        await qt.check(with_changes("binary_convert", conversion_type="binary_to_octal"))


@pytest.mark.parametrize(
    ("conversion", "given", "answer", "right"),
    [
        ("binary_to_decimal", "10101100", "172", True),
        ("binary_to_decimal", "10101100", " 172 ", True),
        ("binary_to_decimal", "10101100", 172, True),
        ("binary_to_decimal", "10101100", "173", False),
        ("decimal_to_binary", "5", "101", True),
        ("decimal_to_binary", "5", "0000 0101", True),
        ("decimal_to_binary", "5", "0b101", True),
        ("decimal_to_binary", "5", "0B0101", True),
        ("decimal_to_binary", "5", "5", False),
        ("decimal_to_hex", "255", "ff", True),
        ("decimal_to_hex", "255", "0xFF", True),
        ("decimal_to_hex", "255", "#ff", True),
        ("hex_to_decimal", "FF", "255", True),
        ("hex_to_decimal", "FF", "1,024", False),
    ],
)
async def test_binary_convert_reads_answers_forgivingly(conversion, given, answer, right):
    config = with_changes(
        "binary_convert", conversion_type=conversion, given_value=given, correct_answer=None
    )
    assert (await score(config, {"answer": answer}) == 4.0) is right


async def test_binary_convert_digits_outside_the_system_get_a_calm_message():
    mark = await marked(
        with_changes("binary_convert", conversion_type="decimal_to_binary", given_value="5"),
        {"answer": "102"},
    )
    assert (mark.score, mark.message) == (0.0, "A binary number uses only the digits 0 and 1.")
    with pytest.raises(Invalid, match="too long"):
        await score(sample("binary_convert"), {"answer": "1" * 101})


async def test_binary_convert_working_is_kept_not_marked():
    mark = await marked(sample("binary_convert"), {"answer": "172", "working": "128 + 32 + 8 + 4"})
    assert mark.is_correct


def test_binary_convert_view_says_denary():
    view = qt.pupil_view(sample("binary_convert"))
    assert (view["from_label"], view["to_label"], view["given_value"]) == ("binary", "denary", "1010 1100")


# --- logic_gates -----------------------------------------------------------------------------------------


def table(inputs: list[str], fill: set[int] | None = None) -> list[dict]:
    rows = logic_gates.combinations(inputs)
    return [{"inputs": r, "fill_in": fill is None or k in fill} for k, r in enumerate(rows)]


@pytest.mark.parametrize(
    ("gate", "inputs", "outputs"),
    [
        ("AND", ["A", "B"], [0, 0, 0, 1]),
        ("OR", ["A", "B"], [0, 1, 1, 1]),
        ("XOR", ["A", "B"], [0, 1, 1, 0]),
        ("NAND", ["A", "B"], [1, 1, 1, 0]),
        ("NOR", ["A", "B"], [1, 0, 0, 0]),
        ("not", ["A"], [1, 0]),
        ("AND", ["A", "B", "C"], [0, 0, 0, 0, 0, 0, 0, 1]),
        ("NAND", ["A", "B", "C"], [1, 1, 1, 1, 1, 1, 1, 0]),
        ("A AND (B OR NOT C)", ["A", "B", "C"], [0, 0, 0, 0, 1, 0, 1, 1]),
        ("NOT A AND B", ["A", "B"], [0, 1, 0, 0]),  # NOT binds tighter than AND
        ("A OR B AND C", ["A", "B", "C"], [0, 0, 0, 1, 1, 1, 1, 1]),  # AND before OR
        ("A XOR B OR C", ["A", "B", "C"], [0, 1, 1, 1, 1, 1, 0, 1]),  # XOR before OR
        ("NOT (A OR B)", ["A", "B"], [1, 0, 0, 0]),
        ("a and not b", ["a", "b"], [0, 0, 1, 0]),
        ("A AND 1", ["A"], [0, 1]),
    ],
)
async def test_logic_gates_outputs_are_computed(gate, inputs, outputs):
    result = await qt.check(with_changes("logic_gates", gate=gate, inputs=inputs, truth_table=table(inputs)))
    assert result.problems == [], result.problems
    assert [r["output"] for r in result.config["truth_table"]] == outputs


async def test_logic_gates_empty_table_is_built_and_wrong_outputs_corrected():
    built = await qt.check(with_changes("logic_gates", gate="AND", inputs=["A", "B"], truth_table=[]))
    assert [(r["inputs"], r["output"], r["fill_in"]) for r in built.config["truth_table"]] == [
        ({"A": 0, "B": 0}, 0, True),
        ({"A": 0, "B": 1}, 0, True),
        ({"A": 1, "B": 0}, 0, True),
        ({"A": 1, "B": 1}, 1, True),
    ]
    rows = table(["A", "B"])
    rows[3]["output"] = 0
    fixed = await qt.check(with_changes("logic_gates", gate="AND", inputs=["A", "B"], truth_table=rows))
    assert fixed.config["truth_table"][3]["output"] == 1
    assert [(p.field, p.severity) for p in fixed.problems] == [("config.truth_table[3].output", "warning")]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"gate": "A AND (B OR C", "inputs": ["A", "B", "C"]}, "config.gate"),
        ({"gate": "A AND D", "inputs": ["A", "B"]}, "config.gate"),
        ({"gate": "A + B", "inputs": ["A", "B"]}, "config.gate"),
        ({"gate": "A AND", "inputs": ["A"]}, "config.gate"),
        ({"gate": "NOT", "inputs": ["A", "B"]}, "config.inputs"),
        ({"gate": "AND", "inputs": ["A"]}, "config.inputs"),
        ({"gate": "AND", "inputs": ["A", "A"]}, "config.inputs"),
        ({"gate": "AND", "inputs": ["A", "AND"]}, "config.inputs[1]"),
        ({"gate": "AND", "inputs": list("ABCDE")}, "config.inputs"),
    ],
)
async def test_logic_gates_refuses_unreadable_gates(changes, field):
    changes.setdefault("truth_table", [])
    assert field in await errors_of(with_changes("logic_gates", **changes))


async def test_logic_gates_table_must_be_complete_with_something_to_fill():
    rows = table(["A", "B"])
    assert await errors_of(
        with_changes("logic_gates", gate="OR", inputs=["A", "B"], truth_table=rows[:3])
    ) == ["config.truth_table"]
    assert await errors_of(
        with_changes("logic_gates", gate="OR", inputs=["A", "B"], truth_table=rows + rows[:1])
    ) == ["config.truth_table[4]"]
    assert await errors_of(
        with_changes("logic_gates", gate="OR", inputs=["A", "B"], truth_table=table(["A", "B"], fill=set()))
    ) == ["config.truth_table"]
    bad = table(["A", "B"])
    bad[0]["inputs"] = {"A": 0}
    assert "config.truth_table[0].inputs" in await errors_of(
        with_changes("logic_gates", gate="OR", inputs=["A", "B"], truth_table=bad)
    )
    messages = await messages_of(
        with_changes("logic_gates", gate="OR", inputs=["A", "B"], truth_table=rows[:3])
    )
    assert messages == ["The table needs every combination of inputs; A=1, B=1 is missing."]


async def test_logic_gates_warns_about_unused_inputs():
    assert await problems_of(
        with_changes("logic_gates", gate="A AND B", inputs=["A", "B", "C"], truth_table=[])
    ) == [("config.inputs", "warning")]


@pytest.mark.parametrize(
    ("outputs", "expected", "details"),
    [
        ({"1": 0, "2": 0, "4": 1, "7": 1}, 4.0, {"1": True, "2": True, "4": True, "7": True}),
        ({"1": "0", "2": False, "4": True, "7": "1"}, 4.0, None),
        ({"1": 1, "2": 0}, 1.0, {"1": False, "2": True}),
        ({"1": None, "4": ""}, 0.0, {}),
        ({}, 0.0, {}),
        ({1: 0, 2: 0, 4: 1, 7: 1}, 4.0, None),  # integer keys from a Python caller
    ],
)
async def test_logic_gates_marks_each_filled_cell(outputs, expected, details):
    mark = await marked(sample("logic_gates"), {"outputs": outputs})
    assert mark.score == expected
    if details is not None:
        assert mark.details["rows"] == details


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        ({"0": 1}, "not a row to fill in"),
        ({"1": 2}, "0 or 1"),
        ({"1": "yes"}, "0 or 1"),
        ({"99": 1}, "not a row"),
    ],
)
async def test_logic_gates_malformed_answers_are_refused(outputs, message):
    with pytest.raises(Invalid, match=message):
        await score(sample("logic_gates"), {"outputs": outputs})


def test_logic_gates_view_spells_out_single_gates():
    view = qt.pupil_view(with_changes("logic_gates", gate="nand", inputs=["A", "B"], truth_table=[]))
    assert (view["gate"], view["expression"]) == ("NAND", "A NAND B")
    three = qt.pupil_view(with_changes("logic_gates", gate="NOR", inputs=["A", "B", "C"], truth_table=[]))
    assert three["expression"] == "NOT (A OR B OR C)"
    expr = qt.pupil_view(
        with_changes("logic_gates", gate="a and ( b or not c )", inputs=["a", "b", "c"], truth_table=[])
    )
    assert expr["expression"] == "a AND (b OR NOT c)"


def test_logic_parser_never_evaluates_python():
    with pytest.raises(logic_gates.ExpressionError):
        logic_gates.parse_expression("__import__('os').system('true')")
    with pytest.raises(logic_gates.ExpressionError):
        logic_gates.parse_expression("(" * 150 + "A" + ")" * 150)
