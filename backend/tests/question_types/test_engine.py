"""The engine's public interface across all 14 types: parsing, check(), opaque ids, pupil views that never
leak the answer, shuffling, answer keys, example answers and empty answers."""

from __future__ import annotations

import random
from typing import Any

import pytest

from app import question_types as qt
from app.errors import Invalid
from app.question_types.base import OPAQUE_ID, Mark
from tests.question_types.samples import SAMPLES, sample
from tests.question_types.sandbox_double import SandboxDouble

ALL_TYPES = sorted(SAMPLES)
sandbox = SandboxDouble()


async def checked(type_name: str, **changes: Any) -> dict:
    """A sample config after check() (opaque ids, computed truth, verified code), with no errors."""
    config = sample(type_name)
    config.update(changes)
    result = await qt.check(config, sandbox=sandbox)
    assert result.ok, result.errors
    return result.config


def test_registry_has_the_14_types_of_the_spec():
    from app.models.assessment import QUESTION_TYPES as MODEL_TYPES

    assert set(qt.REGISTRY) == set(MODEL_TYPES)
    assert len(qt.REGISTRY) == 14
    assert set(SAMPLES) == set(qt.REGISTRY)
    for name, module in qt.REGISTRY.items():
        assert name == module.TYPE
        for part in (
            "Config",
            "Answer",
            "validate",
            "normalise",
            "pupil_view",
            "mark",
            "answer_key",
            "example_answer",
        ):
            assert hasattr(module, part), f"{name} lacks {part}"


def test_question_config_union_parses_every_sample():
    from pydantic import TypeAdapter

    adapter = TypeAdapter(qt.QuestionConfig)
    for name, config in SAMPLES.items():
        assert adapter.validate_python(config).type == name


def test_needs_sandbox_only_for_code_types():
    assert {t for t in qt.QUESTION_TYPES if qt.needs_sandbox(t)} == {
        "python_code",
        "code_debug",
        "trace_table",
    }


# --- parsing ------------------------------------------------------------------------------------------


def test_parse_config_names_the_missing_field():
    config = sample("multiple_choice")
    del config["options"][1]["text"]
    with pytest.raises(Invalid) as caught:
        qt.parse_config(config)
    assert caught.value.detail == "config.options[1].text: this is required."


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"options": "abc"}, "config.options: this should be a list."),
        ({"shuffle_options": "maybe"}, "config.shuffle_options: this should be true or false."),
        ({"colour": "blue"}, "config.colour: this field is not used by this kind of question."),
    ],
)
def test_parse_config_explains_wrong_shapes(change, expected):
    config = sample("multiple_choice") | change
    with pytest.raises(Invalid) as caught:
        qt.parse_config(config)
    assert caught.value.detail == expected


def test_parse_config_refuses_unknown_or_missing_types():
    with pytest.raises(
        Invalid, match=r"^config.type: 'essay' is not a question type. Choose one of: multiple_choice"
    ):
        qt.parse_config({"type": "essay"})
    with pytest.raises(Invalid, match=r"^config.type: say which type of question this is"):
        qt.parse_config({"options": []})
    with pytest.raises(Invalid, match=r"^config: this should be an object"):
        qt.parse_config(["multiple_choice"])


def test_parse_config_limits_absurd_sizes():
    config = sample("multiple_choice")
    config["options"][0]["text"] = "x" * 3000
    with pytest.raises(
        Invalid, match=r"config.options\[0\].text: this is too long \(at most 2000 characters\)"
    ):
        qt.parse_config(config)


def test_parse_answer_empty_and_malformed():
    assert qt.parse_answer("multiple_choice", None).selected_option is None
    assert qt.parse_answer("multiple_choice", {}).selected_option is None
    with pytest.raises(Invalid, match="answer: this should be an object"):
        qt.parse_answer("multiple_choice", ["a"])
    with pytest.raises(Invalid, match=r"answer.choice: this field is not used"):
        qt.parse_answer("multiple_choice", {"choice": "a"})
    with pytest.raises(Invalid, match=r"answer.selected_options: this should be a list"):
        qt.parse_answer("multiple_select", {"selected_options": "a"})
    with pytest.raises(Invalid, match=r"answer.code: this is too long \(at most 20000 characters\)"):
        qt.parse_answer("python_code", {"code": "x" * 20001})
    with pytest.raises(Invalid, match="question.type: 'essay' is not a question type"):
        qt.parse_answer("essay", {})


# --- check() ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("type_name", ALL_TYPES)
async def test_every_sample_checks_clean_and_checking_twice_changes_nothing(type_name):
    first = await qt.check(sample(type_name), sandbox=sandbox)
    assert first.problems == [], first.problems
    second = await qt.check(first.config, sandbox=sandbox)
    assert second.config == first.config
    assert second.problems == []


@pytest.mark.parametrize("type_name", ALL_TYPES)
async def test_ids_a_pupil_can_read_become_opaque(type_name):
    config = await checked(type_name)
    id_lists = {
        "multiple_choice": [o["id"] for o in config.get("options", [])],
        "multiple_select": [o["id"] for o in config.get("options", [])],
        "matching": [i["id"] for i in config.get("left_items", []) + config.get("right_items", [])],
        "ordering": [i["id"] for i in config.get("items", [])],
        "parsons": [b["id"] for b in config.get("blocks", [])],
        "drag_label": [z["id"] for z in config.get("drop_zones", [])]
        + [lb["id"] for lb in config.get("labels", [])],
    }.get(type_name, [])
    assert all(OPAQUE_ID.match(i) for i in id_lists), id_lists
    # And the key still works: references were renamed along with the ids.
    mark = await qt.mark(config, qt.example_answer(config), 2, sandbox=sandbox)
    assert mark.awaiting_marking or mark.is_correct


async def test_opaque_ids_keep_references_consistent():
    config = await checked("parsons")
    block_ids = {b["id"] for b in config["blocks"]}
    assert {p["block_id"] for p in config["solution"]} <= block_ids
    original = {b["code"]: b["id"] for b in sample("parsons")["blocks"]}
    renamed = {b["code"]: b["id"] for b in config["blocks"]}
    assert set(original) == set(renamed)
    assert all(original[c] != renamed[c] for c in original)
    drag = await checked("drag_label")
    labels = {lb["id"]: lb["text"] for lb in drag["labels"]}
    assert [labels[z["correct_label"]] for z in drag["drop_zones"]] == ["Monitor", "Keyboard", "Mouse"]


async def test_already_opaque_ids_are_kept():
    config = sample("multiple_choice")
    for option, new in zip(
        config["options"], ["oaaaaaaa1", "obbbbbbb2", "occcccc03", "odddddd04"], strict=True
    ):
        option["id"] = new
    result = await qt.check(config)
    assert [o["id"] for o in result.config["options"]] == ["oaaaaaaa1", "obbbbbbb2", "occcccc03", "odddddd04"]


async def test_check_reports_problems_with_prefixed_fields_errors_first():
    config = sample("multiple_choice")
    config["options"][0]["is_correct"] = False
    config["options"][2]["text"] = "None of the above"
    result = await qt.check(config)
    assert not result.ok
    assert [(p.field, p.severity) for p in result.problems] == [
        ("config.options", "error"),
        ("config.options[2].text", "warning"),
    ]
    scaffold = await qt.check(config, field_prefix="scaffold.config")
    assert scaffold.problems[0].field == "scaffold.config.options"
    assert result.problems[0].model_dump() == {
        "field": "config.options",
        "message": "Mark one option as the correct answer.",
        "severity": "error",
    }


async def test_code_types_without_a_sandbox_are_saved_with_a_warning():
    result = await qt.check(sample("python_code"))
    assert result.ok
    assert [p.message for p in result.warnings] == [
        "This question runs code, and it was not checked by running it."
    ]


async def test_check_does_not_run_code_when_validation_already_failed():
    config = sample("python_code")
    config["reference_solution"] = "def add(a, b)\n    return a + b"
    counting = SandboxDouble()
    result = await qt.check(config, sandbox=counting)
    assert [p.field for p in result.errors] == ["config.reference_solution"]
    assert "Line 1" in result.errors[0].message
    assert counting.calls == []


# --- pupil views never contain the answer -------------------------------------------------------------

# Keys that only an answer key has. python_code's keyword rules are instructions to the pupil, so allowed there.
SECRET_KEYS = {
    "is_correct",
    "solution",
    "alternative_solutions",
    "reference_solution",
    "mark_scheme",
    "marking_guide",
    "correct_position",
    "correct_label",
    "correct_answer",
    "correct_answers",
    "correct_pairs",
    "correct_code",
    "alternative_fixes",
    "bug_description",
    "accepted_answers",
    "forbidden_keywords",
    "ai_marking_prompt",
    "distractor_feedback",
    "is_distractor",
    "trace_rows",
    "truth_table",
    "test_cases",
    "visible",
}


def walk(value: Any, path: str = "") -> list[tuple[str, str | None, Any]]:
    """Every (path, key, leaf value) in a JSON value."""
    out = []
    if isinstance(value, dict):
        for key, item in value.items():
            out.append((f"{path}.{key}", key, None))
            out += walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for k, item in enumerate(value):
            out += walk(item, f"{path}[{k}]")
    else:
        out.append((path, None, value))
    return out


def secrets_of(type_name: str, config: dict) -> list[str]:
    """Values that would give the answer away if they appeared anywhere in the view."""
    if type_name == "text_input":
        return [a["text"] for a in config["accepted_answers"]] + config["forbidden_keywords"]
    if type_name == "extended_text":
        return [c["criterion"] for c in config["marking_guide"]["mark_scheme"]] + [
            config["ai_marking_prompt"]
        ]
    if type_name == "code_completion":
        return [a for b in config["blanks"] for a in b["correct_answers"]]
    if type_name == "python_code":
        hidden = [t for t in config["test_cases"] if not t["visible"]]
        return [config["reference_solution"], "return a + b"] + [t["input"] for t in hidden] + ["42"]
    if type_name == "code_debug":
        hidden = [t for t in config["test_cases"] if not t["visible"]]
        return [config["correct_code"], config["bug_description"], "name)", *config["alternative_fixes"]] + [
            t["input"] for t in hidden
        ]
    if type_name == "binary_convert":
        return [config["correct_answer"]]
    if type_name == "multiple_choice":
        return [o["distractor_feedback"] for o in config["options"] if o.get("distractor_feedback")]
    return []


@pytest.mark.parametrize("type_name", ALL_TYPES)
@pytest.mark.parametrize("seed", [None, 1, 2, 3])
async def test_pupil_view_leaks_no_answer(type_name, seed):
    config = await checked(type_name)
    view = qt.pupil_view(config, None if seed is None else random.Random(seed))
    assert view["type"] == type_name
    leaves = walk(view)
    for path, key, _ in leaves:
        if key is not None:
            assert key not in SECRET_KEYS, f"{type_name}: {path} is a secret key"
            assert not key.startswith("correct"), f"{type_name}: {path} is a secret key"
    texts = [str(v) for _, key, v in leaves if key is None and v is not None]
    for secret in secrets_of(type_name, config):
        for text in texts:
            assert secret not in text, f"{type_name}: the view contains {secret!r}"
    assert_structure_hides_answer(type_name, config, view)


def assert_structure_hides_answer(type_name: str, config: dict, view: dict) -> None:
    """The answers that live in order or in table cells rather than in words."""
    if type_name == "ordering":
        right = [i["id"] for i in sorted(config["items"], key=lambda i: i["correct_position"])]
        assert [i["id"] for i in view["items"]] != right
    elif type_name == "parsons":
        solution_codes = [
            next(b["code"] for b in config["blocks"] if b["id"] == p["block_id"]) for p in config["solution"]
        ]
        shown = [b["code"] for b in view["blocks"] if b["code"] in solution_codes]
        assert shown != solution_codes
        assert {b["indent"] for b in view["blocks"]} == {0}
    elif type_name == "matching":
        partner = {p["left"]: p["right"] for p in config["correct_pairs"]}
        lined_up = [partner[i["id"]] for i in view["left_items"]]
        assert [i["id"] for i in view["right_items"][: len(lined_up)]] != lined_up
    elif type_name == "drag_label":
        in_zone_order = [z["correct_label"] for z in config["drop_zones"]]
        assert [lb["id"] for lb in view["labels"] if lb["id"] in in_zone_order] != in_zone_order
    elif type_name == "trace_table":
        for cell in config["cells_to_fill"]:
            row = next(r for r in view["rows"] if r["step"] == cell["step"])
            assert row["values"][cell["variable"]] is None
    elif type_name == "logic_gates":
        for row, authored in zip(view["rows"], config["truth_table"], strict=True):
            assert (row["output"] is None) == authored["fill_in"]
    elif type_name == "python_code":
        assert len(view["tests"]) == sum(t["visible"] for t in config["test_cases"])
        assert view["hidden_tests"] == 2


# --- shuffling ----------------------------------------------------------------------------------------


async def test_options_keep_authored_order_without_an_rng():
    config = await checked("multiple_choice")
    authored = [o["text"] for o in config["options"]]
    assert [o["text"] for o in qt.pupil_view(config)["options"]] == authored
    orders = {tuple(o["text"] for o in qt.pupil_view(config, random.Random(s))["options"]) for s in range(20)}
    assert len(orders) > 1, "an rng shuffles the options"
    fixed = await checked("multiple_choice", shuffle_options=False)
    assert [o["text"] for o in qt.pupil_view(fixed, random.Random(5))["options"]] == authored


async def test_the_same_seed_gives_the_same_screen_on_resume():
    for type_name in ("multiple_choice", "multiple_select", "ordering", "parsons", "matching", "drag_label"):
        config = await checked(type_name)
        assert qt.pupil_view(config, random.Random(42)) == qt.pupil_view(config, random.Random(42))
        assert qt.pupil_view(config, None) == qt.pupil_view(config, None)


@pytest.mark.parametrize("type_name", ["ordering", "parsons", "matching", "drag_label"])
async def test_revealing_orders_are_always_shuffled_and_never_correct(type_name):
    config = await checked(type_name)
    for seed in range(200):
        assert_structure_hides_answer(type_name, config, qt.pupil_view(config, random.Random(seed)))


async def test_two_item_ordering_is_always_reversed():
    config = await checked(
        "ordering",
        items=[
            {"id": "x", "text": "First", "correct_position": 1},
            {"id": "y", "text": "Second", "correct_position": 2},
        ],
    )
    for seed in range(30):
        assert [i["text"] for i in qt.pupil_view(config, random.Random(seed))["items"]] == ["Second", "First"]


# --- answer keys, example answers, empty answers --------------------------------------------------------


@pytest.mark.parametrize("type_name", ALL_TYPES)
async def test_example_answer_gets_full_marks(type_name):
    config = await checked(type_name)
    answer = qt.example_answer(config)
    mark = await qt.mark(config, answer, 5, sandbox=sandbox)
    if type_name == "extended_text":
        assert mark.awaiting_marking
        assert mark.score is None  # a person or the AI marks written answers
    else:
        assert (mark.score, mark.max_score, mark.is_correct, mark.is_partial) == (5.0, 5.0, True, False)


@pytest.mark.parametrize("type_name", ALL_TYPES)
@pytest.mark.parametrize("empty", [None, {}])
async def test_an_empty_answer_scores_zero_without_running_code(type_name, empty):
    config = await checked(type_name)
    counting = SandboxDouble()
    mark = await qt.mark(config, empty, 3, sandbox=counting)
    assert (mark.score, mark.is_correct, mark.is_partial, mark.awaiting_marking) == (0.0, False, False, False)
    assert counting.calls == []


async def test_answer_keys_state_the_right_answer():
    keys = {t: qt.answer_key(await checked(t)) for t in ALL_TYPES}
    assert all(keys[t]["type"] == t for t in ALL_TYPES)
    assert keys["multiple_choice"]["correct_option"]["text"] == "8 bits"
    assert [o["text"] for o in keys["multiple_select"]["correct_options"]] == ["Keyboard", "Mouse"]
    assert [p["right"] for p in keys["matching"]["pairs"]][0] == "Carries out instructions"
    assert [i["text"] for i in keys["ordering"]["order"]] == ["Input", "Process", "Output", "Storage"]
    assert [s["code"] for s in keys["parsons"]["solution"]][-1] == "print(total)"
    assert keys["code_completion"]["blanks"] == {"BLANK_1": ["range"], "BLANK_2": ["print"]}
    assert keys["trace_table"]["cells"] == {"3_total": "1", "5_total": "3", "7_total": "6"}
    assert keys["binary_convert"]["correct_answer"] == "172"
    assert keys["logic_gates"]["outputs"] == {"1": 0, "2": 0, "4": 1, "7": 1}
    assert sorted(lb["text"] for lb in keys["drag_label"]["placements"].values()) == [
        "Keyboard",
        "Monitor",
        "Mouse",
    ]
    assert keys["python_code"]["reference_solution"].startswith("def add")
    assert keys["code_debug"]["bug_description"].startswith("The variable")
    assert keys["extended_text"]["marking_guide"]["points_available"] == 4
    assert keys["text_input"]["accepted_answers"][0]["text"] == "central processing unit"


async def test_run_code_only_for_code_questions():
    with pytest.raises(Invalid, match="Only Python questions"):
        await qt.run_code(await checked("multiple_choice"), {}, sandbox=sandbox)


# --- Mark arithmetic -----------------------------------------------------------------------------------


def test_mark_from_fraction_rounds_and_clamps():
    assert Mark.from_fraction(1 / 3, 2).score == 0.67
    assert Mark.from_fraction(-0.5, 2).score == 0.0
    assert Mark.from_fraction(1.7, 2).score == 2.0
    assert Mark.from_fraction(float("nan"), 2).score == 0.0
    summed = Mark.from_fraction(0.1 + 0.2 + 0.7, 3)
    assert summed.is_correct
    assert summed.score == 3.0
    almost = Mark.from_fraction(0.9999, 10)
    assert (almost.score, almost.is_correct, almost.is_partial) == (9.99, False, True)
    zero = Mark.from_fraction(0, 4)
    assert (zero.is_correct, zero.is_partial, zero.max_score) == (False, False, 4.0)
    waiting = Mark.awaiting(4)
    assert (waiting.score, waiting.awaiting_marking, waiting.is_correct) == (None, True, False)
