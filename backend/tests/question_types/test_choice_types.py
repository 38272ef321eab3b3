"""multiple_choice and multiple_select."""

from __future__ import annotations

import pytest

from app.errors import Invalid
from tests.question_types.helpers import errors_of, marked, problems_of, score, with_changes
from tests.question_types.samples import sample


def option(id_: str, text: str, correct: bool = False, **extra) -> dict:
    return {"id": id_, "text": text, "is_correct": correct, **extra}


# --- multiple_choice -----------------------------------------------------------------------------------


async def test_mc_good_sample_has_no_problems():
    assert await problems_of(sample("multiple_choice")) == []


@pytest.mark.parametrize(
    ("options", "field"),
    [
        ([option("a", "Yes", True)], "config.options"),
        ([option(str(k), f"Option {k}", k == 0) for k in range(5)], "config.options"),
        ([option("a", "One"), option("b", "Two")], "config.options"),
        ([option("a", "One", True), option("b", "Two", True)], "config.options[1].is_correct"),
        ([option("a", "One", True), option("a", "Two")], "config.options[1].id"),
        ([option("a", "One", True), option("b", " one ")], "config.options[1].text"),
        ([option("a", "One", True), option("b", "  ")], "config.options[1].text"),
    ],
)
async def test_mc_refuses_unanswerable_options(options, field):
    assert field in await errors_of(with_changes("multiple_choice", options=options))


async def test_mc_five_options_names_the_count():
    config = with_changes(
        "multiple_choice", options=[option(str(k), f"Option {k}", k == 0) for k in range(5)]
    )
    from app import question_types as qt

    result = await qt.check(config)
    assert result.errors[0].message == "Use at most 4 options (this has 5). Remove a distractor."


async def test_mc_warns_about_above_options_and_feedback_language():
    config = with_changes(
        "multiple_choice",
        options=[
            option("a", "8 bits", True),
            option("b", "All of the above"),
            option("c", "4 bits", distractor_feedback="That is wrong."),
        ],
    )
    assert await problems_of(config) == [
        ("config.options[1].text", "warning"),
        ("config.options[2].distractor_feedback", "warning"),
    ]


async def test_mc_marking_is_all_or_nothing_with_distractor_feedback():
    config = sample("multiple_choice")
    right = await marked(config, {"selected_option": "a"})
    assert (right.score, right.is_correct, right.correct_count, right.total_count, right.message) == (
        4.0,
        True,
        1,
        1,
        "",
    )
    chosen = await marked(config, {"selected_option": "b"})
    assert (chosen.score, chosen.is_correct, chosen.is_partial) == (0.0, False, False)
    assert chosen.message == "4 bits is called a nibble."
    assert (await marked(config, {"selected_option": "c"})).message == ""
    assert await score(config, {"selected_option": None}) == 0.0


async def test_mc_unknown_option_is_refused():
    with pytest.raises(Invalid, match="not one of the options"):
        await score(sample("multiple_choice"), {"selected_option": "z"})
    with pytest.raises(Invalid):
        await score(sample("multiple_choice"), {"selected_option": ["a"]})


# --- multiple_select -----------------------------------------------------------------------------------


async def test_ms_good_sample_has_no_problems():
    assert await problems_of(sample("multiple_select")) == []


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"options": [option("a", "One"), option("b", "Two")]}, "config.options"),
        ({"options": [option(str(k), f"O{k}", k == 0) for k in range(7)]}, "config.options"),
        ({"min_selections": 0}, "config.min_selections"),
        ({"max_selections": 9}, "config.max_selections"),
        ({"min_selections": 3, "max_selections": 2}, "config.min_selections"),
        ({"min_selections": 3, "max_selections": 4}, "config.min_selections"),  # 2 correct, must choose ≥ 3
        ({"max_selections": 1}, "config.max_selections"),  # 2 correct, may choose only 1
    ],
)
async def test_ms_refuses_inconsistent_configs(changes, field):
    assert field in await errors_of(with_changes("multiple_select", **changes))


async def test_ms_warns_when_everything_is_correct_or_there_are_many_options():
    all_correct = with_changes(
        "multiple_select", options=[option("a", "A", True), option("b", "B", True)], max_selections=None
    )
    assert await problems_of(all_correct) == [("config.options", "warning")]
    five = with_changes("multiple_select", options=[option(str(k), f"O{k}", k < 2) for k in range(5)])
    assert await problems_of(five) == [("config.options", "warning")]


@pytest.mark.parametrize(
    ("chosen", "expected", "partial"),
    [
        (["a", "b"], 4.0, False),
        (["a"], 2.0, True),
        (["a", "c"], 0.0, False),  # one right, one other: 1 − 1 = 0
        (["a", "b", "c"], 2.0, True),  # 2 − 1 = 1 of 2
        (["c", "d"], 0.0, False),  # never negative
        ([], 0.0, False),
    ],
)
async def test_ms_marking_subtracts_other_choices(chosen, expected, partial):
    mark = await marked(sample("multiple_select"), {"selected_options": chosen})
    assert (mark.score, mark.is_partial) == (expected, partial)
    assert mark.total_count == 2


async def test_ms_shows_feedback_of_a_chosen_distractor():
    config = sample("multiple_select")
    config["options"][2]["distractor_feedback"] = "A monitor shows output."
    assert (await marked(config, {"selected_options": ["a", "c"]})).message == "A monitor shows output."


@pytest.mark.parametrize(
    ("chosen", "message"),
    [(["a", "a"], "chosen twice"), (["a", "x"], "not an option"), (["a", "b", "c", "d"], "up to 3 answers")],
)
async def test_ms_malformed_answers_are_refused(chosen, message):
    with pytest.raises(Invalid, match=message):
        await score(sample("multiple_select"), {"selected_options": chosen})
