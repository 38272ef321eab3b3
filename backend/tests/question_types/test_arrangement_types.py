"""matching, ordering, parsons and drag_label: answers that are arrangements."""

from __future__ import annotations

import pytest

from app import question_types as qt
from app.errors import Invalid
from tests.question_types.helpers import errors_of, marked, problems_of, score, with_changes
from tests.question_types.samples import sample

# --- matching --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (
            {"correct_pairs": [{"left": "l1", "right": "r1"}, {"left": "l2", "right": "r2"}]},
            "config.left_items[2]",
        ),
        (
            {
                "correct_pairs": [
                    {"left": "l1", "right": "r1"},
                    {"left": "l2", "right": "r2"},
                    {"left": "l3", "right": "r9"},
                ]
            },
            "config.correct_pairs[2].right",
        ),
        (
            {
                "correct_pairs": [
                    {"left": "l1", "right": "r1"},
                    {"left": "l2", "right": "r2"},
                    {"left": "lx", "right": "r3"},
                ]
            },
            "config.correct_pairs[2].left",
        ),
        (
            {
                "correct_pairs": [
                    {"left": "l1", "right": "r1"},
                    {"left": "l2", "right": "r1"},
                    {"left": "l3", "right": "r3"},
                ]
            },
            "config.correct_pairs[1].right",
        ),
        (
            {
                "correct_pairs": [
                    {"left": "l1", "right": "r1"},
                    {"left": "l1", "right": "r2"},
                    {"left": "l3", "right": "r3"},
                ]
            },
            "config.correct_pairs[1].left",
        ),
        (
            {"left_items": [{"id": "l1", "text": "CPU"}], "correct_pairs": [{"left": "l1", "right": "r1"}]},
            "config.left_items",
        ),
        ({"right_items": [{"id": "r1", "text": "A"}, {"id": "r2", "text": "B"}]}, "config.right_items"),
    ],
)
async def test_matching_refuses_bad_pairs(changes, field):
    assert field in await errors_of(with_changes("matching", **changes))


async def test_matching_duplicate_right_text_is_ambiguous():
    config = sample("matching")
    config["right_items"][3]["text"] = "carries out instructions"
    assert ("config.right_items[3].text", "error") in await problems_of(config)


@pytest.mark.parametrize(
    ("pairs", "expected", "details"),
    [
        ([("l1", "r1"), ("l2", "r2"), ("l3", "r3")], 3.0, {"l1": True, "l2": True, "l3": True}),
        ([("l1", "r1"), ("l2", "r3"), ("l3", "r2")], 1.0, {"l1": True, "l2": False, "l3": False}),
        ([("l1", "r1")], 1.0, {"l1": True}),
        ([("l1", "r4")], 0.0, {"l1": False}),
        ([], 0.0, {}),
    ],
)
async def test_matching_marks_each_pair(pairs, expected, details):
    mark = await marked(sample("matching"), {"pairs": [{"left": a, "right": b} for a, b in pairs]}, points=3)
    assert (mark.score, mark.details["pairs"], mark.total_count) == (expected, details, 3)


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        ([("l1", "r1"), ("l1", "r2")], "left was matched twice"),
        ([("l1", "r1"), ("l2", "r1")], "right was used twice"),
        ([("l9", "r1")], "not part of this question"),
    ],
)
async def test_matching_malformed_answers_are_refused(pairs, message):
    with pytest.raises(Invalid, match=message):
        await score(sample("matching"), {"pairs": [{"left": a, "right": b} for a, b in pairs]})


# --- ordering --------------------------------------------------------------------------------------------


def items(*positions: int) -> list[dict]:
    return [{"id": f"i{k}", "text": f"Step {k}", "correct_position": p} for k, p in enumerate(positions)]


@pytest.mark.parametrize(
    ("item_list", "field"),
    [
        (items(1), "config.items"),
        (items(*range(1, 12)), "config.items"),
        (items(1, 2, 2), "config.items[2].correct_position"),
        (items(1, 2, 4), "config.items[2].correct_position"),
        (items(0, 1, 2), "config.items[0].correct_position"),
    ],
)
async def test_ordering_positions_must_be_a_permutation(item_list, field):
    assert field in await errors_of(with_changes("ordering", items=item_list))


async def test_ordering_duplicate_ids_and_texts():
    config = with_changes(
        "ordering",
        items=[
            {"id": "a", "text": "X", "correct_position": 1},
            {"id": "a", "text": "x", "correct_position": 2},
        ],
    )
    assert set(await errors_of(config)) == {"config.items[1].id", "config.items[1].text"}


@pytest.mark.parametrize(
    ("order", "expected", "right"),
    [
        (["1", "2", "3", "4"], 4.0, 4),
        (["2", "1", "3", "4"], 2.0, 2),
        (["4", "3", "2", "1"], 0.0, 0),
        (["1", "3", "2", "4"], 2.0, 2),
        ([], 0.0, 0),
    ],
)
async def test_ordering_marks_each_position(order, expected, right):
    mark = await marked(sample("ordering"), {"order": order})
    assert (mark.score, mark.correct_count) == (expected, right)


@pytest.mark.parametrize("order", [["1", "2", "3"], ["1", "2", "3", "3"], ["1", "2", "3", "9"]])
async def test_ordering_needs_every_item_once(order):
    with pytest.raises(Invalid):
        await score(sample("ordering"), {"order": order})


# --- parsons ---------------------------------------------------------------------------------------------


def placed(*steps: tuple[str, int]) -> dict:
    return {"blocks": [{"block_id": b, "indent": i} for b, i in steps]}


RIGHT = [("b1", 0), ("b2", 0), ("b3", 1), ("b4", 0)]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        (
            {"solution": [{"block_id": "b1", "indent": 0}, {"block_id": "zz", "indent": 0}]},
            "config.solution[1].block_id",
        ),
        (
            {"solution": [{"block_id": "b1", "indent": 0}, {"block_id": "b5", "indent": 0}]},
            "config.solution[1].block_id",
        ),
        (
            {"solution": [{"block_id": "b1", "indent": 0}, {"block_id": "b1", "indent": 0}]},
            "config.solution[1].block_id",
        ),
        ({"solution": []}, "config.solution"),
        (
            {"alternative_solutions": [[{"block_id": "nope", "indent": 0}]]},
            "config.alternative_solutions[0][0].block_id",
        ),
        ({"max_distractors_penalty": 2}, "config.max_distractors_penalty"),
        ({"solution": [{"block_id": "b1", "indent": 9}]}, "config.solution[0].indent"),
    ],
)
async def test_parsons_refuses_unknown_or_distractor_blocks(changes, field):
    assert field in await errors_of(with_changes("parsons", **changes))


async def test_parsons_distractor_identical_to_a_real_line_is_an_error():
    config = sample("parsons")
    config["blocks"][4]["code"] = "print(total)"
    assert "config.blocks[4].code" in await errors_of(config)


async def test_parsons_warns_about_unused_blocks_and_odd_indents():
    config = sample("parsons")
    config["solution"] = [
        {"block_id": "b1", "indent": 0},
        {"block_id": "b2", "indent": 2},
        {"block_id": "b3", "indent": 1},
    ]
    assert await problems_of(config) == [
        ("config.solution[1].indent", "warning"),
        ("config.blocks[3]", "warning"),
    ]


async def test_parsons_normalise_takes_block_indents_from_the_solution():
    config = sample("parsons")
    config["blocks"][2]["indent"] = 0
    config["blocks"][2]["code"] = "    total = total + i   "
    result = await qt.check(config)
    block = next(b for b in result.config["blocks"] if b["code"] == "total = total + i")
    assert block["indent"] == 1


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (RIGHT, 1.0),
        # Right order, one indent off: that line earns half → 3.5/4.
        ([("b1", 0), ("b2", 0), ("b3", 0), ("b4", 0)], 0.875),
        # Two lines swapped: LCS 3 of 4.
        ([("b2", 0), ("b1", 0), ("b3", 1), ("b4", 0)], 0.75),
        # The full solution plus the distractor: 4/4 − min(0.5, 1/4).
        ([("b1", 0), ("b5", 0), ("b2", 0), ("b3", 1), ("b4", 0)], 0.75),
        # Only the distractor: 0 − penalty, never negative.
        ([("b5", 0)], 0.0),
        ([("b1", 0)], 0.25),
        ([], 0.0),
    ],
)
async def test_parsons_partial_credit(answer, expected):
    mark = await marked(sample("parsons"), placed(*answer), points=8)
    assert mark.score == expected * 8
    assert mark.details["exact"] is (expected == 1.0)


async def test_parsons_penalty_is_capped():
    config = with_changes("parsons", max_distractors_penalty=0.1)
    assert (
        await score(config, placed(("b1", 0), ("b5", 0), ("b2", 0), ("b3", 1), ("b4", 0)), points=10) == 9.0
    )


async def test_parsons_without_indentation_ignores_indents():
    config = with_changes("parsons", enable_indentation=False)
    assert await score(config, placed(("b1", 3), ("b2", 2), ("b3", 0), ("b4", 1))) == 4.0
    view = qt.pupil_view(config)
    assert {b["indent"] for b in view["blocks"]} == {0, 1}  # display indents when the pupil does not set them


async def test_parsons_alternative_solution_is_full_marks():
    config = sample("parsons")
    config["blocks"].append({"id": "b6", "code": "total = i + total", "indent": 1, "is_distractor": False})
    config["alternative_solutions"] = [
        [
            {"block_id": "b1", "indent": 0},
            {"block_id": "b2", "indent": 0},
            {"block_id": "b6", "indent": 1},
            {"block_id": "b4", "indent": 0},
        ]
    ]
    assert await score(config, placed(("b1", 0), ("b2", 0), ("b6", 1), ("b4", 0))) == 4.0
    assert await score(config, placed(*RIGHT)) == 4.0


async def test_parsons_identical_lines_are_interchangeable():
    config = {
        "type": "parsons",
        "blocks": [
            {"id": "p1", "code": "print('hi')"},
            {"id": "p2", "code": "x = 1"},
            {"id": "p3", "code": "print('hi')"},
        ],
        "solution": [{"block_id": "p1"}, {"block_id": "p2"}, {"block_id": "p3"}],
    }
    assert await score(config, placed(("p3", 0), ("p2", 0), ("p1", 0))) == 4.0


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ([("b1", 0), ("b1", 0)], "placed twice"),
        ([("zz", 0)], "not part of this question"),
        ([("b1", 11)], "Indents"),
    ],
)
async def test_parsons_malformed_answers_are_refused(answer, message):
    with pytest.raises(Invalid, match=message):
        await score(sample("parsons"), placed(*answer))


# --- drag_label ------------------------------------------------------------------------------------------


def zone(id_: str, label: str, x: float = 0, y: float = 0, w: float = 10, h: float = 10) -> dict:
    return {"id": id_, "x": x, "y": y, "w": w, "h": h, "correct_label": label}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"image": ""}, "config.image"),
        ({"image": "javascript:alert(1)"}, "config.image"),
        ({"image": "//evil.example/x.png"}, "config.image"),
        ({"drop_zones": []}, "config.drop_zones"),
        ({"drop_zones": [zone("z1", "l9")]}, "config.drop_zones[0].correct_label"),
        ({"drop_zones": [zone("z1", "l4")]}, "config.drop_zones[0].correct_label"),
        ({"drop_zones": [zone("z1", "l1"), zone("z2", "l1", x=50)]}, "config.drop_zones[1].correct_label"),
        ({"drop_zones": [zone("z1", "l1", x=95)]}, "config.drop_zones[0]"),
        ({"drop_zones": [zone("z1", "l1", x=-5)]}, "config.drop_zones[0].x"),
        ({"drop_zones": [zone("z1", "l1", w=0)]}, "config.drop_zones[0]"),
    ],
)
async def test_drag_label_refuses_bad_zones_and_images(changes, field):
    assert field in await errors_of(with_changes("drag_label", **changes))


@pytest.mark.parametrize(
    "image", ["/api/media/1", "https://example.org/pc.png", "data:image/png;base64,iVBORw0KGgo="]
)
async def test_drag_label_accepts_safe_image_sources(image):
    assert "config.image" not in await errors_of(with_changes("drag_label", image=image))


async def test_drag_label_warnings_for_missing_alt_overlap_and_unused_labels():
    config = with_changes(
        "drag_label",
        image_alt="",
        drop_zones=[zone("z1", "l1"), zone("z2", "l2", x=5, y=5)],
    )
    assert await problems_of(config) == [
        ("config.image_alt", "warning"),
        ("config.drop_zones[1]", "warning"),
        ("config.labels[2]", "warning"),
    ]


@pytest.mark.parametrize(
    ("placements", "expected", "details"),
    [
        ({"z1": "l1", "z2": "l2", "z3": "l3"}, 3.0, {"z1": True, "z2": True, "z3": True}),
        ({"z1": "l2", "z2": "l1", "z3": "l3"}, 1.0, {"z1": False, "z2": False, "z3": True}),
        ({"z1": "l4"}, 0.0, {"z1": False}),
        ({"z1": "l1", "z2": None}, 1.0, {"z1": True}),
        ({}, 0.0, {}),
    ],
)
async def test_drag_label_marks_each_zone(placements, expected, details):
    mark = await marked(sample("drag_label"), {"placements": placements}, points=3)
    assert (mark.score, mark.details["zones"]) == (expected, details)


@pytest.mark.parametrize(
    ("placements", "message"),
    [
        ({"z1": "l1", "z2": "l1"}, "placed twice"),
        ({"z9": "l1"}, "not part of this picture"),
        ({"z1": "l9"}, "not part of"),
    ],
)
async def test_drag_label_malformed_answers_are_refused(placements, message):
    with pytest.raises(Invalid, match=message):
        await score(sample("drag_label"), {"placements": placements})


async def test_drag_label_view_numbers_zones_and_shows_every_label():
    view = qt.pupil_view(sample("drag_label"))
    assert [z["number"] for z in view["drop_zones"]] == [1, 2, 3]
    assert sorted(lb["text"] for lb in view["labels"]) == ["Keyboard", "Monitor", "Mouse", "Printer"]
