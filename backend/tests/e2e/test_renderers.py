"""The 14 question-type renderers in a real browser (Debian's Chromium), under the real CSP, checked against
the real question engine.

For every type: a pupil answers with the keyboard alone (select-then-place and Move up / Move down for the
drag types) and the engine gives that answer full marks; every interaction reaches onChange; a saved answer
is drawn again exactly; the teacher's editor round-trips a config that check() accepts; axe finds nothing
serious; screenshots at 1280 and 768 pixels go to backend/test-artifacts/screenshots/renderer-*.png.

Pupil views come from `app.question_types.pupil_view` of the sample configs after `check()` (opaque ids and
computed truth, exactly as stored); code runs in the real `app.sandbox`.
"""

from __future__ import annotations

import random
import re

import pytest
from playwright.sync_api import expect

from app import question_types as qt
from app.utils.feedback import FORBIDDEN_WORDS
from tests.e2e import renderer_harness as h
from tests.question_types.samples import SAMPLES, sample

pytestmark = pytest.mark.e2e

TYPES = list(SAMPLES)
DRAG_TYPES = ["ordering", "parsons", "drag_label"]
TABLET = {"width": 768, "height": 1000}
DESKTOP = {"width": 1280, "height": 800}


@pytest.fixture(scope="module")
def stored() -> dict[str, dict]:
    """Every sample as it is stored after saving (check(): opaque ids, computed answers, traced rows)."""
    return {name: h.checked(sample(name)) for name in TYPES}


def view_of(config: dict) -> dict:
    """The pupil view. Multiple choice is shuffled so the right option is not first (the arrow keys get used)."""
    if config["type"] == "multiple_choice":
        correct = qt.answer_key(config)["correct_option"]["id"]
        for seed in range(50):
            view = qt.pupil_view(config, random.Random(seed))
            if view["options"][0]["id"] != correct:
                return view
    return qt.pupil_view(config)


# --- talking to the harness --------------------------------------------------------------------------------


def show(page, name: str, view: dict, **options) -> None:
    page.evaluate("([t, v, o]) => qtHarness.pupil(t, v, o)", [name, view, options])


def read(page, name: str) -> dict:
    return page.evaluate("(t) => qtHarness.read(t)", name)


def changes(page) -> list[dict]:
    return page.evaluate("() => qtHarness.changes()")


def edit(page, name: str, config: dict) -> None:
    page.evaluate("([t, c]) => qtHarness.editor(t, c)", [name, config])


def configs(page) -> list[dict]:
    return page.evaluate("() => qtHarness.configs()")


def status_of(page) -> str:
    return page.locator("#question .qt-status").inner_text().strip()


def question(page):
    return page.locator("#question")


def press(page, locator, key: str = "Enter", times: int = 1) -> None:
    """Keyboard only: move focus to the control, then press the key."""
    locator.focus()
    for _ in range(times):
        page.keyboard.press(key)


# --- answering every type with the keyboard ----------------------------------------------------------------
# Each returns how many interactions it made; every one of them must reach onChange.


def answer_multiple_choice(page, config, view) -> int:
    correct = qt.answer_key(config)["correct_option"]["id"]
    press(page, question(page).locator("input[type=radio]").first, "Space")
    count = 1
    while question(page).locator("input[type=radio]:checked").get_attribute("value") != correct:
        page.keyboard.press("ArrowDown")  # native radios: the arrow keys move and select
        count += 1
    return count


def answer_multiple_select(page, config, view) -> int:
    texts = [o["text"] for o in qt.answer_key(config)["correct_options"]]
    for text in texts:
        press(page, page.get_by_role("checkbox", name=text), "Space")
    return len(texts)


def answer_text_input(page, config, view) -> int:
    text = "Central  Processing Unit."  # the engine forgives case, spaces and a final full stop
    page.get_by_label("Your answer", exact=True).focus()
    page.keyboard.type(text)
    return len(text)


ESSAY = (
    "An algorithm is a set of steps that solves a problem in order. A recipe for a cake is an everyday "
    "example because you follow each step in turn."
)


def answer_extended_text(page, config, view) -> int:
    page.get_by_label("Your answer", exact=True).focus()
    page.keyboard.type(ESSAY)
    expect(question(page).locator(".qt-word-count")).to_have_text(
        f"You have written {len(ESSAY.split())} words."
    )
    return len(ESSAY)


def answer_matching(page, config, view) -> int:
    count = 0
    for pair in qt.answer_key(config)["pairs"]:
        select = page.get_by_label(pair["left"], exact=True)
        select.focus()
        while select.evaluate("(s) => s.selectedOptions[0].textContent") != pair["right"]:
            page.keyboard.press("ArrowDown")  # a closed drop-down list changes with the arrow keys
            count += 1
            assert count < 40, "the arrow keys did not reach the answer"
    return count


def answer_ordering(page, config, view) -> int:
    target = [item["id"] for item in qt.answer_key(config)["order"]]
    count = 0
    for position, item_id in enumerate(target):
        now = question(page).locator(".qt-item").evaluate_all("(items) => items.map((i) => i.dataset.id)")
        steps = now.index(item_id) - position
        if steps:
            # Focus stays on the moved item's button, so pressing Enter again keeps moving it.
            press(
                page,
                question(page).locator(f'.qt-item[data-id="{item_id}"] button[data-action="up"]'),
                "Enter",
                steps,
            )
            count += steps
    return count


def answer_parsons(page, config, view) -> int:
    solution = qt.answer_key(config)["solution"]
    count = 0
    for block in solution:
        press(page, question(page).locator(f'.qt-bank__item[data-id="{block["block_id"]}"] button'))
        count += 1
    for block in solution:
        if block["indent"]:
            button = question(page).locator(
                f'.qt-program .qt-item[data-id="{block["block_id"]}"] button[data-action="indent"]'
            )
            press(page, button, "Enter", block["indent"])
            count += block["indent"]
    return count


def answer_code_completion(page, config, view) -> int:
    count = 0
    for number, blank in enumerate(view["blanks"], start=1):
        text = qt.answer_key(config)["blanks"][blank["id"]][0]
        page.get_by_label(f"Blank {number}", exact=True).focus()
        page.keyboard.type(text)
        count += len(text)
    return count


def type_code(page, lines: list[str]) -> int:
    """Replace the editor's code by typing it line by line (the editor keeps and adds indentation itself)."""
    page.get_by_label("Your code", exact=True).focus()
    page.keyboard.press("Control+A")
    count = 0
    for number, line in enumerate(lines):
        if number:
            page.keyboard.press("Enter")
            count += 1
        page.keyboard.type(line)
        count += len(line)
    return count


def answer_python_code(page, config, view) -> int:
    return type_code(page, ["def add(a, b):", "return a + b"])


def answer_code_debug(page, config, view) -> int:
    return type_code(page, ["name = input()", "print('Hello ' + name)"])


def answer_trace_table(page, config, view) -> int:
    count = 0
    for key, value in qt.answer_key(config)["cells"].items():
        step, variable = key.split("_", 1)
        page.get_by_label(f"Step {step}, {variable}", exact=True).focus()
        page.keyboard.type(value)
        count += len(value)
    return count


def answer_drag_label(page, config, view) -> int:
    count = 0
    for zone_id, placement in qt.answer_key(config)["placements"].items():
        press(page, question(page).locator(f'.qt-label[data-label="{placement["label_id"]}"]'))  # pick it up
        press(page, question(page).locator(f'.qt-zone[data-zone="{zone_id}"]'))  # place it
        count += 1
    return count


def answer_binary_convert(page, config, view) -> int:
    page.get_by_label("Your answer (denary)").focus()
    page.keyboard.type(qt.answer_key(config)["correct_answer"])
    page.get_by_label("Your working (optional)").focus()
    page.keyboard.type("128 + 32 + 8 + 4")
    return len(qt.answer_key(config)["correct_answer"]) + len("128 + 32 + 8 + 4")


def answer_logic_gates(page, config, view) -> int:
    outputs = qt.answer_key(config)["outputs"]
    for index, bit in outputs.items():
        group = page.get_by_role("radiogroup", name=f"Row {int(index) + 1} output: 0 or 1")
        press(page, group.get_by_role("radio", name=str(bit)), "Space")
    return len(outputs)


ANSWER_WITH_KEYBOARD = {
    "multiple_choice": answer_multiple_choice,
    "multiple_select": answer_multiple_select,
    "text_input": answer_text_input,
    "extended_text": answer_extended_text,
    "matching": answer_matching,
    "ordering": answer_ordering,
    "parsons": answer_parsons,
    "code_completion": answer_code_completion,
    "python_code": answer_python_code,
    "code_debug": answer_code_debug,
    "trace_table": answer_trace_table,
    "drag_label": answer_drag_label,
    "binary_convert": answer_binary_convert,
    "logic_gates": answer_logic_gates,
}


def test_every_type_has_a_renderer_of_the_same_shape(page):
    h.open_harness(page)
    shapes = page.evaluate("() => qtHarness.shapes()")
    assert sorted(shapes) == sorted(qt.REGISTRY) == sorted(ANSWER_WITH_KEYBOARD)
    for name, shape in shapes.items():
        assert shape == {
            "type": name,
            "functions": ["renderPupil", "readAnswer", "renderEditor", "renderReview"],
        }


@pytest.mark.parametrize("name", TYPES)
def test_the_keyboard_alone_answers_for_full_marks(page, stored, name, screenshot):
    config = stored[name]
    view = view_of(config)
    h.open_harness(page)
    show(page, name, view)
    interactions = ANSWER_WITH_KEYBOARD[name](page, config, view)
    answer = read(page, name)

    mark = h.mark(config, answer)
    if name == "extended_text":  # written answers wait for the teacher or the AI
        assert mark.awaiting_marking
        assert answer == {"text": ESSAY}
    else:
        assert mark.is_correct, (answer, mark)
    # Progress is saved after every interaction: onChange ran for each one, last with the answer shown.
    seen = changes(page)
    assert len(seen) >= interactions > 0
    assert seen[-1] == answer
    screenshot(page, f"renderer-{name}-answered")


# --- restoring a saved answer ------------------------------------------------------------------------------


def same_answer(name: str, shown: dict, saved: dict) -> None:
    if name == "matching":
        assert sorted(map(tuple, (p.values() for p in shown["pairs"]))) == sorted(
            map(tuple, (p.values() for p in saved["pairs"]))
        )
    else:
        assert {k: shown[k] for k in saved} == saved


@pytest.mark.parametrize("name", TYPES)
def test_a_saved_answer_is_drawn_again_exactly(page, stored, name):
    config = stored[name]
    view = view_of(config)
    saved = qt.example_answer(config)
    if name == "binary_convert":
        saved["working"] = "128 + 32 + 8 + 4"
    h.open_harness(page)
    show(page, name, view, answer=saved)
    same_answer(name, read(page, name), saved)
    assert changes(page) == []  # drawing is not an interaction
    assert h.mark(config, read(page, name)).score in (4, None)

    # What the pupil sees is that answer too (for the types that keep their state outside form controls).
    stage = question(page)
    if name == "ordering":
        assert stage.locator(".qt-item").evaluate_all("(i) => i.map((x) => x.dataset.id)") == saved["order"]
    elif name == "parsons":
        placed = stage.locator(".qt-program .qt-item")
        assert placed.evaluate_all("(i) => i.map((x) => x.dataset.id)") == [
            b["block_id"] for b in saved["blocks"]
        ]
        for index, block in enumerate(saved["blocks"]):
            expect(placed.nth(index).locator(".qt-block")).to_have_class(
                re.compile(f"qt-indent-{block['indent']}")
            )
    elif name == "matching":
        for pair in qt.answer_key(config)["pairs"]:
            expect(page.get_by_label(pair["left"], exact=True)).to_have_value(pair["right_id"])
    elif name == "drag_label":
        for zone_id, placement in qt.answer_key(config)["placements"].items():
            expect(stage.locator(f'.qt-zone[data-zone="{zone_id}"]')).to_contain_text(placement["text"])
    elif name == "multiple_choice":
        expect(stage.locator("input:checked")).to_have_value(saved["selected_option"])


# --- the teacher's editors ---------------------------------------------------------------------------------


def type_into(page, locator, text: str, *, replace: bool = False) -> None:
    """Type as a teacher would; the box must still have focus afterwards (it was not redrawn under them)."""
    locator.focus()
    if replace:
        page.keyboard.press("Control+A")
    else:
        page.keyboard.press("End")
    page.keyboard.type(text)
    assert locator.evaluate("(box) => box === document.activeElement"), "the box lost focus while typing"


def in_editor(page):
    return page.locator("#question")


def edit_multiple_choice(page):
    type_into(page, in_editor(page).locator("[data-field=text]").nth(2), " exactly")
    # Choose another option as the correct one, with the keyboard.
    press(page, in_editor(page).get_by_role("radio", name="This is the correct answer").nth(1), "Space")
    return lambda c: (
        c["options"][2]["text"] == "16 bits exactly"
        and [o["is_correct"] for o in c["options"]] == [False, True, False, False]
    )


def edit_multiple_select(page):
    type_into(page, in_editor(page).locator("[data-field=max_selections]"), "2", replace=True)
    return lambda c: c["max_selections"] == 2


def edit_text_input(page):
    press(page, in_editor(page).get_by_role("button", name="Add an accepted answer"))
    type_into(page, in_editor(page).locator("[data-field=text]").nth(2), "CPU")
    return lambda c: c["accepted_answers"][2] == {"text": "CPU", "points": 1}


def edit_extended_text(page):
    press(page, in_editor(page).get_by_role("button", name="Add a criterion"))
    type_into(page, in_editor(page).locator("[data-field=criterion]").nth(2), "Uses the word sequence")
    return lambda c: (
        c["marking_guide"]["points_available"] == 5
        and c["marking_guide"]["mark_scheme"][2]["criterion"] == "Uses the word sequence"
    )


def edit_matching(page):
    press(page, in_editor(page).get_by_role("button", name="Add a pair"))
    type_into(page, in_editor(page).locator("[data-field=left]").nth(3), "Monitor")
    type_into(page, in_editor(page).locator("[data-field=right]").nth(3), "Shows output as pictures")
    return lambda c: len(c["left_items"]) == 4 and len(c["correct_pairs"]) == 4 and len(c["right_items"]) == 5


def edit_ordering(page):
    type_into(page, in_editor(page).locator("[data-field=text]").nth(0), " device")
    press(page, in_editor(page).get_by_role("button", name="Move down position 1"))
    return lambda c: (
        [i["text"] for i in sorted(c["items"], key=lambda i: i["correct_position"])][:2]
        == ["Process", "Input device"]
    )


def edit_parsons(page):
    press(page, in_editor(page).get_by_role("button", name="Add an extra line"))
    type_into(page, in_editor(page).locator("[data-list=extras] [data-field=code]").nth(1), "print(i)")
    return lambda c: sum(b["is_distractor"] for b in c["blocks"]) == 2 and len(c["solution"]) == 4


def edit_code_completion(page):
    template = in_editor(page).locator("[data-field=code_template]")
    template.focus()
    page.keyboard.press("Control+End")
    page.keyboard.type("print(")
    press(page, in_editor(page).get_by_role("button", name="Insert a blank"))
    page.keyboard.type(")")
    type_into(page, in_editor(page).locator("[data-blank=BLANK_3] [data-field=correct_answers]"), "i")
    return lambda c: (
        c["code_template"].endswith("print({{BLANK_3}})") and c["blanks"][2]["correct_answers"] == ["i"]
    )


def edit_python_code(page):
    press(page, in_editor(page).get_by_role("button", name="Add a test"))
    type_into(page, in_editor(page).locator("[data-field=input]").nth(4), "add(1, 1)")
    type_into(page, in_editor(page).locator("[data-field=expected]").nth(4), "2")
    return lambda c: c["test_cases"][4] == {"input": "add(1, 1)", "expected": "2", "visible": True}


def edit_code_debug(page):
    type_into(page, in_editor(page).locator("[data-field=bug_description]"), " It should be name.")
    press(page, in_editor(page).get_by_role("button", name="Add a test"))
    type_into(page, in_editor(page).locator("[data-field=input]").nth(2), "Ada")
    return lambda c: (
        c["bug_description"].endswith("It should be name.")
        and c["test_cases"][2]["expected_output"] == "Hello Ada"
    )


def edit_trace_table(page):
    press(page, in_editor(page).locator('[data-cell="4_i"]'), "Space")
    type_into(page, in_editor(page).get_by_label("Step 2: what happens"), ", i is 1")
    return lambda c: (
        {"step": 4, "variable": "i"} in c["cells_to_fill"]
        and c["trace_rows"][1]["description"].endswith(", i is 1")
    )


def edit_drag_label(page):
    type_into(page, in_editor(page).locator("[data-field=image_alt]"), " and a mouse")
    type_into(page, in_editor(page).locator("[data-field=x]").nth(1), "55", replace=True)
    return lambda c: c["image_alt"].endswith("and a mouse") and c["drop_zones"][1]["x"] == 55


def edit_binary_convert(page):
    type_into(page, in_editor(page).locator("[data-field=given_value]"), "1111 0000", replace=True)
    return lambda c: c["correct_answer"] == "240"


def edit_logic_gates(page):
    press(page, in_editor(page).get_by_role("checkbox", name="Fill in row 1", exact=True), "Space")
    type_into(page, in_editor(page).locator("[data-field=gate]"), "A OR B", replace=True)
    type_into(page, in_editor(page).locator("[data-field=inputs]"), "A, B", replace=True)
    return lambda c: (
        c["gate"] == "A OR B"
        and [r["output"] for r in c["truth_table"]] == [0, 1, 1, 1]
        and c["truth_table"][0]["fill_in"]
    )


EDIT_WITH_KEYBOARD = {
    "multiple_choice": edit_multiple_choice,
    "multiple_select": edit_multiple_select,
    "text_input": edit_text_input,
    "extended_text": edit_extended_text,
    "matching": edit_matching,
    "ordering": edit_ordering,
    "parsons": edit_parsons,
    "code_completion": edit_code_completion,
    "python_code": edit_python_code,
    "code_debug": edit_code_debug,
    "trace_table": edit_trace_table,
    "drag_label": edit_drag_label,
    "binary_convert": edit_binary_convert,
    "logic_gates": edit_logic_gates,
}


@pytest.mark.parametrize("name", TYPES)
def test_the_editor_round_trips_a_config_that_check_accepts(page, stored, name):
    h.open_harness(page, audience="teacher")
    edit(page, name, stored[name])
    changed_as_expected = EDIT_WITH_KEYBOARD[name](page)
    sent = configs(page)
    assert sent, "the editor never called onChange"
    assert len({repr(c) for c in sent}) > 1 or len(sent) == 1
    final = sent[-1]
    assert final["type"] == name
    assert h.errors_of(final) == []
    saved = h.checked(final)  # as the server stores it: computed truth filled in again
    assert changed_as_expected(saved), saved
    # New ids are made in the opaque form, so checking keeps them (answers already saved still match).
    for key in ("options", "items", "blocks", "left_items", "right_items", "drop_zones", "labels"):
        for part in final.get(key) or []:
            assert re.fullmatch(r"[a-z][0-9a-f]{8}", part["id"]), part


# --- how it looks and reads: axe and screenshots -----------------------------------------------------------


def no_sideways_scrolling(page) -> None:
    width = page.evaluate("() => document.documentElement.scrollWidth")
    viewport = page.viewport_size["width"]
    assert width <= viewport, f"the page is {width}px wide in a {viewport}px window"


@pytest.mark.parametrize("name", TYPES)
def test_every_view_passes_axe_and_fits_a_tablet(page, stored, name, axe_check, screenshot):
    config = stored[name]
    view = view_of(config)
    answer = qt.example_answer(config)
    h.open_harness(page)
    show(page, name, view, title="Question 3 of 10")
    axe_check(page, f"renderer {name} empty")
    show(page, name, view, answer=answer, title="Question 3 of 10")
    axe_check(page, f"renderer {name} answered")
    screenshot(page, f"renderer-{name}-1280")
    page.set_viewport_size(TABLET)
    no_sideways_scrolling(page)
    screenshot(page, f"renderer-{name}-768")

    mark = h.mark(config, answer)
    page.evaluate("([t, v, a, d]) => qtHarness.review(t, v, a, d)", [name, view, answer, mark.model_dump()])
    axe_check(page, f"renderer {name} review")
    no_sideways_scrolling(page)
    screenshot(page, f"renderer-{name}-review-768")

    page.set_viewport_size(DESKTOP)
    edit(page, name, config)
    axe_check(page, f"editor {name}")
    screenshot(page, f"editor-{name}-1280")
    page.set_viewport_size(TABLET)
    no_sideways_scrolling(page)
    screenshot(page, f"editor-{name}-768")


# --- keyboard: every control reachable, nobody trapped -----------------------------------------------------


@pytest.mark.parametrize("name", TYPES)
def test_tab_reaches_every_control_and_leaves_the_question(page, stored, name):
    h.open_harness(page)
    show(page, name, view_of(stored[name]))
    # Form controls, and regions that scroll sideways (focusable so the keyboard can scroll them).
    controls = (
        question(page).locator("input:not([type=radio]), select, textarea, button, [tabindex='0']").count()
    )
    radio_groups = page.evaluate(
        "() => new Set([...document.querySelectorAll('#question input[type=radio]')].map((r) => r.name)).size"
    )
    page.locator("#before").focus()
    reached = set()
    for _ in range(200):
        if page.evaluate("() => document.activeElement.matches('.qt-code-editor__input')"):
            page.keyboard.press("Escape")  # the code editor's way out, said in its hint
        page.keyboard.press("Tab")
        where = page.evaluate("""() => {
            const a = document.activeElement;
            if (a.id === 'after') return 'after';
            if (!a.closest('#question')) return 'outside';
            if (!a.dataset.seen) a.dataset.seen = String(Math.random());
            return (a.type === 'radio' ? 'radio:' + a.name : 'control:') + a.dataset.seen;
        }""")
        if where == "after":
            break
        assert where != "outside", "focus left the question before reaching its end"
        reached.add(where)
    else:
        pytest.fail("Tab never left the question: a keyboard trap")
    assert len([r for r in reached if r.startswith("control:")]) == controls
    assert len([r for r in reached if r.startswith("radio:")]) == radio_groups


def test_the_code_editor_indents_with_tab_and_lets_keyboard_users_out(page, stored):
    h.open_harness(page)
    show(page, "python_code", view_of(stored["python_code"]), answer={"code": ""})
    editor = page.get_by_label("Your code", exact=True)
    editor.focus()
    page.keyboard.type("if True:")
    page.keyboard.press("Enter")  # keeps the indentation and adds 4 after a colon
    page.keyboard.type("x = 1")
    page.keyboard.press("Tab")
    page.keyboard.type("# note")
    assert read(page, "python_code")["code"] == "if True:\n    x = 1    # note"
    page.keyboard.press("Shift+Tab")  # takes 4 spaces off the start of the line
    assert read(page, "python_code")["code"] == "if True:\nx = 1    # note"
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.matches('.qt-code-editor__input')"), (
        "Tab alone must indent"
    )
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.activeElement.id") == "after"
    hint = question(page).locator(".qt-hint").last
    expect(hint).to_contain_text("press Escape, then Tab")
    assert editor.get_attribute("spellcheck") == "false"
    assert editor.get_attribute("autocapitalize") == "off"
    assert question(page).locator(".qt-code-editor__gutter span").first.inner_text() == "1"


# --- what the pupil reads -----------------------------------------------------------------------------------


def test_instructions_are_literal_and_inputs_are_named(page, stored):
    h.open_harness(page)
    expected = {
        "multiple_choice": ["Select ONE answer."],
        "multiple_select": ["Select up to THREE answers."],
        "text_input": ["Type your answer in the box.", "Up to 100 characters."],
        "extended_text": ["Write between 20 and 150 words.", "You have written 0 words."],
        "ordering": ["Put these in order. Use the Move up and Move down buttons, or drag them."],
        "parsons": ["Use Indent and Outdent"],
        "code_completion": ["Fill in each blank in the code."],
        "binary_convert": ["Convert 1010 1100 from binary to denary.", "Type your answer in the box."],
        "logic_gates": ["In words: A AND (B OR NOT C)", "In symbols: A ∧ (B ∨ ¬C)", "∧ means AND"],
        "drag_label": ["Press a label to pick it up, then press the zone to place it."],
        "trace_table": ["Trace the code."],
        "matching": ["Each answer can be used once."],
        "python_code": ["Your code must use: return.", "There are also 2 hidden tests."],
        "code_debug": ["Change the code in the box"],
    }
    for name in TYPES:
        show(page, name, view_of(stored[name]))
        text = question(page).inner_text()
        for words in expected[name]:
            assert words in text, (name, words)
        for word in FORBIDDEN_WORDS:
            assert not re.search(rf"\b{word}\b", text, re.IGNORECASE), (name, word)
    show(page, "logic_gates", view_of(stored["logic_gates"]))
    expect(page.get_by_role("radiogroup", name="Row 2 output: 0 or 1")).to_be_visible()
    show(page, "trace_table", view_of(stored["trace_table"]))
    expect(page.get_by_role("textbox", name="Step 3, total")).to_be_visible()
    expect(question(page).locator("th[scope=col]").first).to_have_text("Step")
    show(page, "drag_label", view_of(stored["drag_label"]))
    expect(page.get_by_role("button", name="Zone 1: empty — choose a label to place here")).to_be_visible()
    expect(page.get_by_role("img", name="A desktop computer with three parts marked")).to_be_visible()
    show(page, "multiple_choice", view_of(stored["multiple_choice"]))
    expect(page.get_by_role("radiogroup", name="Select ONE answer.")).to_be_visible()
    show(page, "code_completion", view_of(stored["code_completion"]))
    expect(page.get_by_role("textbox", name="Blank 1")).to_have_accessible_description(
        re.compile("sequence of numbers")
    )


def test_moves_and_placements_are_announced_in_words(page, stored):
    h.open_harness(page)
    config = stored["ordering"]
    show(page, "ordering", view_of(config))
    first = qt.pupil_view(config)["items"][0]
    press(page, question(page).locator(f'.qt-item[data-id="{first["id"]}"] button[data-action="down"]'))
    assert status_of(page) == f"Moved ‘{first['text']}’ to position 2 of 4."
    expect(page.get_by_role("status")).to_have_attribute("aria-live", "polite")
    press(page, question(page).locator('.qt-item >> nth=0 >> button[data-action="up"]'))
    assert "is already first" in status_of(page)

    config = stored["drag_label"]
    key = qt.answer_key(config)["placements"]
    (zone_one, first_place), (zone_two, second_place) = list(key.items())[:2]
    show(page, "drag_label", view_of(config))
    press(page, question(page).locator(f'.qt-label[data-label="{first_place["label_id"]}"]'))
    assert status_of(page) == f"Picked up ‘{first_place['text']}’. Now choose a zone on the picture."
    expect(question(page).locator(f'.qt-label[data-label="{first_place["label_id"]}"]')).to_have_attribute(
        "aria-pressed", "true"
    )
    press(page, question(page).locator(f'.qt-zone[data-zone="{zone_one}"]'))
    assert status_of(page) == f"Placed ‘{first_place['text']}’ on zone 1."
    expect(page.get_by_role("button", name=f"Zone 1: {first_place['text']}")).to_be_focused()
    # A label put on a taken zone swaps with the one there when it came from another zone.
    press(page, question(page).locator(f'.qt-label[data-label="{second_place["label_id"]}"]'))
    press(page, question(page).locator(f'.qt-zone[data-zone="{zone_two}"]'))
    press(page, question(page).locator(f'.qt-zone[data-zone="{zone_one}"]'))  # picks up what is on zone 1
    press(page, question(page).locator(f'.qt-zone[data-zone="{zone_two}"]'))
    assert (
        status_of(page)
        == f"Placed ‘{first_place['text']}’ on zone 2. ‘{second_place['text']}’ moved to zone 1."
    )
    assert read(page, "drag_label")["placements"] == {
        zone_one: second_place["label_id"],
        zone_two: first_place["label_id"],
    }
    press(page, page.get_by_role("button", name=f"Take off ‘{second_place['text']}’ from zone 1"))
    assert read(page, "drag_label")["placements"] == {zone_two: first_place["label_id"]}
    assert len(changes(page)) == 4  # placed, placed, swapped, taken off (picking up changes nothing)

    config = stored["parsons"]
    show(page, "parsons", view_of(config))
    block = qt.pupil_view(config)["blocks"][0]
    press(page, question(page).locator(f'.qt-bank__item[data-id="{block["id"]}"] button'))
    assert status_of(page) == f"Added ‘{block['code']}’ to your program at line 1 of 1."
    indent = question(page).locator(
        f'.qt-program .qt-item[data-id="{block["id"]}"] button[data-action="indent"]'
    )
    press(page, indent)
    assert status_of(page) == f"‘{block['code']}’ is now indented 1 level."
    expect(indent).to_be_focused()
    press(
        page,
        question(page).locator(f'.qt-program .qt-item[data-id="{block["id"]}"] button[data-action="remove"]'),
    )
    assert "It is back in the code blocks." in status_of(page)
    assert read(page, "parsons") == {"blocks": []}


def test_multiple_select_refuses_one_tick_too_many_calmly(page, stored):
    h.open_harness(page)
    show(page, "multiple_select", view_of(stored["multiple_select"]))
    boxes = question(page).locator("input[type=checkbox]")
    for index in range(4):
        press(page, boxes.nth(index), "Space")
    assert len(read(page, "multiple_select")["selected_options"]) == 3
    expect(boxes.nth(3)).not_to_be_checked()
    assert status_of(page) == "You can select up to 3 answers. Untick one first to choose a different answer."


def test_matching_never_uses_an_answer_twice(page, stored):
    h.open_harness(page)
    config = stored["matching"]
    view = view_of(config)
    show(page, "matching", view)
    first, second = view["left_items"][:2]
    page.get_by_label(first["text"], exact=True).select_option(view["right_items"][0]["id"])
    other = page.get_by_label(second["text"], exact=True)
    used = other.locator(f'option[value="{view["right_items"][0]["id"]}"]')
    expect(used).to_be_disabled()
    expect(used).to_have_text(f"{view['right_items'][0]['text']} (used for {first['text']})")
    assert read(page, "matching") == {"pairs": [{"left": first["id"], "right": view["right_items"][0]["id"]}]}


def test_pupil_data_is_shown_as_text_never_as_html(page, stored):
    evil = '<img src=x onerror="window.hacked = 1">'
    h.open_harness(page)
    views = {
        "multiple_choice": {
            "type": "multiple_choice",
            "options": [{"id": "oa", "text": evil}, {"id": "ob", "text": "b"}],
        },
        "ordering": {"type": "ordering", "items": [{"id": "ia", "text": evil}, {"id": "ib", "text": "b"}]},
        "matching": {
            "type": "matching",
            "left_items": [{"id": "la", "text": evil}],
            "right_items": [{"id": "ra", "text": evil}],
        },
        "parsons": {
            "type": "parsons",
            "enable_indentation": True,
            "max_indent": 3,
            "blocks": [{"id": "ba", "code": evil, "indent": 0}],
        },
        "code_completion": {
            "type": "code_completion",
            "code_template": evil + " {{BLANK_1}}",
            "blanks": [{"id": "BLANK_1", "hint": evil}],
        },
        "drag_label": {
            "type": "drag_label",
            "image": "/api/media/computer.png",
            "image_alt": evil,
            "drop_zones": [{"id": "za", "number": 1, "x": 1, "y": 1, "w": 10, "h": 10}],
            "labels": [{"id": "lb", "text": evil}],
        },
    }
    for name, view in views.items():
        show(page, name, view)
        assert evil in question(page).inner_text() or name == "drag_label"
        assert question(page).locator("img:not(.qt-picture__image)").count() == 0, name
    assert page.evaluate("window.hacked") is None


# --- "Run my code", review and read-only --------------------------------------------------------------------


def test_run_my_code_reports_the_visible_tests_calmly(page, stored):
    config = stored["python_code"]
    h.open_harness(page)
    page.expose_function("qtRunCode", lambda code: h.run_code(config, code))
    show(page, "python_code", view_of(config), withRun=True)
    type_code(page, ["def add(a, b):", "return a * b"])
    press(page, page.get_by_role("button", name="Run my code"))
    report = question(page).locator(".qt-run__output")
    expect(report).to_contain_text("1 of 2 tests passed.")
    expect(report.locator(".qt-result--not-yet")).to_have_text("iNot yet")
    expect(report).to_contain_text("Your code gave")
    colour = report.locator(".qt-result--not-yet").evaluate("(e) => getComputedStyle(e).color")
    red, green, blue = map(int, re.findall(r"\d+", colour)[:3])
    assert not (red > 150 and green < 80 and blue < 80), f"'Not yet' must not be red ({colour})"
    for word in FORBIDDEN_WORDS:
        assert not re.search(rf"\b{word}\b", report.inner_text(), re.IGNORECASE)

    type_code(page, ["def add(a, b):", "return a + b"])
    press(page, page.get_by_role("button", name="Run my code"))
    expect(report).to_contain_text("2 of 2 tests passed.")
    expect(report.locator(".qt-result--right")).to_have_count(2)
    assert page.evaluate("() => qtHarness.runs()")[-1] == "def add(a, b):\n    return a + b"


def test_review_marks_each_part_right_or_not_yet(page, stored, screenshot):
    h.open_harness(page)
    cases = {
        "ordering": lambda c: {"order": [i["id"] for i in reversed(qt.answer_key(c)["order"])]},
        "trace_table": lambda c: {"values": {**qt.answer_key(c)["cells"], "5_total": "4"}},
        "logic_gates": lambda c: {
            "outputs": {k: (1 - v if k == "1" else v) for k, v in qt.answer_key(c)["outputs"].items()}
        },
        "code_completion": lambda c: {"blanks": {"BLANK_1": "range", "BLANK_2": "prnt"}},
        "drag_label": lambda c: {
            "placements": dict(
                list({z: p["label_id"] for z, p in qt.answer_key(c)["placements"].items()}.items())[:2]
            )
        },
        "python_code": lambda c: {"code": "def add(a, b):\n    return a * b\n"},
    }
    for name, wrong in cases.items():
        config = stored[name]
        answer = wrong(config)
        mark = h.mark(config, answer)
        assert mark.is_partial or mark.score == 0
        page.evaluate(
            "([t, v, a, d]) => qtHarness.review(t, v, a, d)", [name, view_of(config), answer, mark.details]
        )
        stage = question(page)
        expect(stage.locator(".qt-result--not-yet").first).to_be_visible()
        if mark.score:
            expect(stage.locator(".qt-result--right").first).to_be_visible()
        # Read only: nothing to press, nothing to type into.
        assert stage.locator("button:not([disabled]):not(.qt-run__button)").count() == 0, name
        assert (
            stage.locator("input:not([readonly]):not([disabled]), textarea:not([readonly])").count() == 0
        ), name
        screenshot(page, f"renderer-{name}-review-partly")


def test_disabled_view_cannot_change_the_answer(page, stored):
    h.open_harness(page)
    for name in ("multiple_choice", "text_input", "logic_gates", "python_code"):
        config = stored[name]
        answer = qt.example_answer(config)
        show(page, name, view_of(config), answer=answer, disabled=True)
        first = question(page).locator("input, textarea").first
        first.focus()
        page.keyboard.type("x")
        page.keyboard.press("Space")
        same_answer(name, read(page, name), answer)
        assert changes(page) == []


# --- pointer dragging, the shortcut on top ------------------------------------------------------------------


def drag(page, source, target, *, above: bool = False) -> None:
    box, goal = source.bounding_box(), target.bounding_box()
    page.mouse.move(box["x"] + 12, box["y"] + box["height"] / 2)
    page.mouse.down()
    y = goal["y"] + (4 if above else goal["height"] / 2)
    page.mouse.move(goal["x"] + goal["width"] / 2, y, steps=8)
    page.mouse.up()


def test_pointer_dragging_works_for_every_drag_type(page, stored):
    h.open_harness(page)
    config = stored["ordering"]
    show(page, "ordering", view_of(config))
    items = question(page).locator(".qt-item")
    last_id = items.nth(3).get_attribute("data-id")
    drag(page, items.nth(3).locator(".qt-item__grip"), items.nth(0), above=True)
    assert read(page, "ordering")["order"][0] == last_id
    assert "to position 1 of 4" in status_of(page)

    config = stored["drag_label"]
    show(page, "drag_label", view_of(config))
    zone_id, placement = next(iter(qt.answer_key(config)["placements"].items()))
    drag(
        page,
        question(page).locator(f'.qt-label[data-label="{placement["label_id"]}"]'),
        question(page).locator(f'.qt-zone[data-zone="{zone_id}"]'),
    )
    assert read(page, "drag_label") == {"placements": {zone_id: placement["label_id"]}}
    # Dragging a placed label off the picture takes it off again.
    drag(page, question(page).locator(f'.qt-zone[data-zone="{zone_id}"]'), page.locator("#stage-title"))
    assert read(page, "drag_label") == {"placements": {}}

    config = stored["parsons"]
    show(page, "parsons", view_of(config))
    first = question(page).locator(".qt-bank__item").nth(0)
    block_id = first.get_attribute("data-id")
    drag(page, first.locator(".qt-item__grip"), question(page).locator(".qt-parsons__area--program"))
    assert read(page, "parsons") == {"blocks": [{"block_id": block_id, "indent": 0}]}
    drag(
        page,
        question(page).locator(".qt-program .qt-item__grip").first,
        question(page).locator(".qt-parsons__area--bank"),
    )
    assert read(page, "parsons") == {"blocks": []}
    assert len(changes(page)) == 2


def test_every_editor_starts_from_an_empty_question(page):
    """A question written by hand starts as just its type: every editor draws its form and reports changes."""
    h.open_harness(page, audience="teacher")
    for name in TYPES:
        edit(page, name, {"type": name})
        assert in_editor(page).locator("input, textarea, select").count() > 0, name
        first_box = in_editor(page).locator("input[type=text], textarea").first
        first_box.focus()
        page.keyboard.type("A")
        assert configs(page), name
        assert configs(page)[-1]["type"] == name, name


def test_clicks_alone_answer_the_drag_types(page, stored):
    """Select, then place, with a mouse (or a finger): no dragging needed."""
    h.open_harness(page)
    config = stored["drag_label"]
    show(page, "drag_label", view_of(config))
    for zone_id, placement in qt.answer_key(config)["placements"].items():
        question(page).locator(f'.qt-label[data-label="{placement["label_id"]}"]').click()
        question(page).locator(f'.qt-zone[data-zone="{zone_id}"]').click()
    assert h.mark(config, read(page, "drag_label")).is_correct

    config = stored["ordering"]
    show(page, "ordering", view_of(config))
    target = [item["id"] for item in qt.answer_key(config)["order"]]
    for position, item_id in enumerate(target):
        now = question(page).locator(".qt-item").evaluate_all("(items) => items.map((i) => i.dataset.id)")
        for _ in range(now.index(item_id) - position):
            question(page).locator(f'.qt-item[data-id="{item_id}"] button[data-action="up"]').click()
    assert h.mark(config, read(page, "ordering")).is_correct

    config = stored["parsons"]
    show(page, "parsons", view_of(config))
    for block in qt.answer_key(config)["solution"]:
        question(page).locator(f'.qt-bank__item[data-id="{block["block_id"]}"] button').click()
        for _ in range(block["indent"]):
            question(page).locator(
                f'.qt-program .qt-item[data-id="{block["block_id"]}"] button[data-action="indent"]'
            ).click()
    assert h.mark(config, read(page, "parsons")).is_correct


def test_a_reused_element_forgets_what_was_drawn_before(page, stored):
    h.open_harness(page)
    show(page, "ordering", view_of(stored["ordering"]))
    page.evaluate(
        """([config]) => {
        const root = document.getElementById('question');
        return import('/js/components/question-types/index.js').then(({ questionTypes }) => {
            questionTypes.ordering.renderEditor(root, config, {});
            let refused = null;
            try { questionTypes.ordering.readAnswer(root); } catch (e) { refused = e.message; }
            window.refused = refused;
            window.classes = root.className;
        });
    }""",
        [stored["ordering"]],
    )
    assert "has not drawn" in page.evaluate("window.refused")
    assert page.evaluate("window.classes") == "qt-editor"
