"""text_input and extended_text."""

from __future__ import annotations

import pytest

from app import question_types as qt
from app.errors import Invalid
from app.question_types import extended_text
from tests.question_types.helpers import errors_of, marked, problems_of, score, with_changes
from tests.question_types.samples import sample

# --- text_input ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"accepted_answers": []}, "config.accepted_answers"),
        ({"accepted_answers": [{"text": "processor", "points": 0.5}]}, "config.accepted_answers"),
        (
            {"accepted_answers": [{"text": "cpu", "points": 1}, {"text": "x", "points": 1.5}]},
            "config.accepted_answers[1].points",
        ),
        ({"accepted_answers": [{"text": " ", "points": 1}]}, "config.accepted_answers[0].text"),
        (
            {"accepted_answers": [{"text": "CPU", "points": 1}, {"text": "cpu ", "points": 1}]},
            "config.accepted_answers[1].text",
        ),
        ({"max_length": 0}, "config.max_length"),
        ({"max_length": 5}, "config.accepted_answers[0].text"),  # the key itself is too long to type
        ({"forbidden_keywords": ["unit"]}, "config.accepted_answers[0].text"),
        ({"required_keywords": ["cpu"], "forbidden_keywords": ["CPU"]}, "config.forbidden_keywords"),
        ({"required_keywords": [""]}, "config.required_keywords[0]"),
    ],
)
async def test_text_input_refuses_bad_configs(changes, field):
    assert field in await errors_of(with_changes("text_input", **changes))


async def test_text_input_warns_when_an_accepted_answer_lacks_a_required_keyword():
    config = with_changes("text_input", required_keywords=["processing"])
    assert await problems_of(config) == [("config.accepted_answers[1].text", "warning")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("central processing unit", 4.0),
        ("  Central   Processing UNIT. ", 4.0),  # trimmed, spaces collapsed, case and final full stop ignored
        ("processor", 2.0),  # an accepted answer worth half
        ("central processing", 0.0),
        ("random access memory", 0.0),
        ("", 0.0),
        (None, 0.0),
    ],
)
async def test_text_input_best_accepted_answer_wins(text, expected):
    assert await score(sample("text_input"), {"text": text}) == expected


async def test_text_input_case_sensitive():
    config = with_changes(
        "text_input", case_sensitive=True, accepted_answers=[{"text": "print", "points": 1}]
    )
    assert await score(config, {"text": "print"}) == 4.0
    assert await score(config, {"text": "Print"}) == 0.0


async def test_text_input_forbidden_keyword_gives_zero():
    config = with_changes(
        "text_input",
        accepted_answers=[{"text": "it stores data in memory", "points": 1}],
        forbidden_keywords=["RAM"],
    )
    assert await score(config, {"text": "it stores data in memory"}) == 4.0
    assert await score(config, {"text": "it stores data in memory like RAM"}) == 0.0
    # Whole words only: "ram" inside "program" is fine.
    assert (
        await score(
            with_changes(
                "text_input",
                forbidden_keywords=["ram"],
                accepted_answers=[{"text": "a program", "points": 1}],
            ),
            {"text": "a program"},
        )
        == 4.0
    )


async def test_text_input_required_keywords_cap_and_give_credit():
    config = with_changes(
        "text_input",
        accepted_answers=[{"text": "input then output", "points": 1}, {"text": "input", "points": 1}],
        required_keywords=["input", "output"],
        forbidden_keywords=[],
    )
    full = await marked(config, {"text": "input then output"})
    assert (full.score, full.correct_count, full.total_count) == (4.0, 2, 2)
    # Listed as accepted, but a required keyword is missing: capped at 1 of 2 keywords.
    assert await score(config, {"text": "input"}) == 2.0
    # Not listed, yet it has both keywords: the keyword route gives full credit.
    assert await score(config, {"text": "first the input, then the output"}) == 4.0
    assert await score(config, {"text": "only output here"}) == 2.0
    assert await score(config, {"text": "nothing useful"}) == 0.0


async def test_text_input_too_long_answer_is_refused():
    with pytest.raises(Invalid, match="keep it to 100 characters"):
        await score(sample("text_input"), {"text": "x" * 101})
    with pytest.raises(Invalid):
        await score(sample("text_input"), {"text": 5})


# --- extended_text ---------------------------------------------------------------------------------------


def guide(points_available: float, *points: float) -> dict:
    return {
        "points_available": points_available,
        "mark_scheme": [{"criterion": f"Point {k}", "points": p} for k, p in enumerate(points)],
    }


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"marking_guide": guide(4, 2, 1)}, "config.marking_guide.points_available"),
        ({"marking_guide": guide(4)}, "config.marking_guide.mark_scheme"),
        ({"marking_guide": guide(0)}, "config.marking_guide.points_available"),
        ({"marking_guide": guide(2, 2, 0)}, "config.marking_guide.mark_scheme[1].points"),
        ({"min_words": 200, "max_words": 100}, "config.min_words"),
        ({"max_words": 5000}, "config.max_words"),
        ({"min_words": -1}, "config.min_words"),
    ],
)
async def test_extended_text_refuses_bad_configs(changes, field):
    assert field in await errors_of(with_changes("extended_text", **changes))


async def test_extended_text_sum_message_names_both_numbers():
    result = await qt.check(with_changes("extended_text", marking_guide=guide(4, 2, 1.5)))
    assert (
        result.errors[0].message == "The criteria add up to 3.5 but the scheme says 4 points are available."
    )


async def test_extended_text_is_awaiting_marking_not_zero():
    mark = await marked(sample("extended_text"), {"text": "An algorithm is a set of steps. " * 5})
    assert (mark.score, mark.awaiting_marking, mark.is_correct, mark.is_partial) == (None, True, False, False)
    assert mark.details == {"word_count": 35, "over_limit": False, "under_minimum": False}
    short = await marked(sample("extended_text"), {"text": "Steps."})
    assert short.awaiting_marking
    assert short.details["under_minimum"]


async def test_extended_text_empty_is_zero_and_long_work_is_kept():
    empty = await marked(sample("extended_text"), {"text": "   "})
    assert (empty.score, empty.awaiting_marking) == (0.0, False)
    # Over the word limit is saved and marked by a person (never lost); only absurd lengths are refused.
    long = await marked(sample("extended_text"), {"text": "word " * 400})
    assert long.awaiting_marking
    assert long.details["over_limit"]
    with pytest.raises(Invalid, match="at most 20000 characters"):
        await score(sample("extended_text"), {"text": "x" * 20001})


def test_extended_text_scaled_mark_converts_scheme_points():
    config = extended_text.Config.model_validate(sample("extended_text"))
    assert extended_text.scaled_mark(config, 3, 2).score == 1.5
    assert extended_text.scaled_mark(config, 4, 2).is_correct
    assert extended_text.scaled_mark(config, 9, 2).score == 2.0
    assert extended_text.scaled_mark(config, 0, 2, message="Say more.").message == "Say more."
