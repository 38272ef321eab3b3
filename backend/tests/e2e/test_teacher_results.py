"""The teacher's results screens in a real browser against a real server: class results (figures, histogram, the
pupil table's sort and search, pupils needing attention), question analysis (which option pulls, flagged questions,
the responses dialog), objective and strand mastery, one pupil's view with their history of tries, the CSV download
(parsed and checked against the pupils), the printable views, the teacher's class page with login cards, and another
teacher refused calmly. Every screen is checked with axe and screenshotted at 1280 and 768 pixels wide.

First, pupils' attempts at the demo school's sample assessment are made over HTTP with the pupil API exactly as the
pupil pages make them (sign in, start, submit answers, finish). Six pupils of 7A take part, the last six by
username, so the pupils the pupil-page tests use (the demo `pupil` and the first of the class) are left alone:

  strong    every auto-marked question right                          -> well above 50%
  retry     the conversion wrong first, then right (a history of tries); matching 2 of 3 (partly right)
  distract  the "4 bits" distractor, a misspelt data type, code that fails its tests -> below 50%, needs attention
  mixed     "16 bits", the misspelt type again, the same failing code, some right
  partial   half of each multi-part question right
  started   two answers, not finished                                 -> in progress
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.login_cards import assert_secrets_fit
from tests.e2e.pupil_helpers import wait_drawn

pytestmark = pytest.mark.e2e

DEMO_PASSWORD = "demo1234"
ROLES = ("strong", "retry", "distract", "mixed", "partial", "started")


@dataclass
class Seeded:
    assessment_id: str
    class_id: str
    class_size: int
    pupils: dict[str, dict] = field(default_factory=dict)  # role -> {username, name, id, attempt_id}
    questions: dict[str, dict] = field(default_factory=dict)  # type -> the teacher's question (with answer_key)


def signed_in(base_url: str, username: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=60)
    response = client.post("/api/auth/login", json={"username": username, "password": DEMO_PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client


def _right(kind: str, key: dict) -> dict:
    """The right answer for a question of this type, from the teacher's answer key."""
    if kind == "multiple_choice":
        return {"selected_option": key["correct_option"]["id"]}
    if kind == "multiple_select":
        return {"selected_options": [o["id"] for o in key["correct_options"]]}
    if kind == "text_input":
        return {"text": key["accepted_answers"][0]["text"]}
    if kind == "matching":
        return {"pairs": [{"left": p["left_id"], "right": p["right_id"]} for p in key["pairs"]]}
    if kind == "ordering":
        return {"order": [item["id"] for item in key["order"]]}
    if kind == "parsons":
        return {"blocks": [{"block_id": b["block_id"], "indent": b["indent"]} for b in key["solution"]]}
    if kind == "code_completion":
        return {"blanks": {blank: answers[0] for blank, answers in key["blanks"].items()}}
    if kind == "trace_table":
        return {"values": dict(key["cells"])}
    if kind == "drag_label":
        return {"placements": {zone: placed["label_id"] for zone, placed in key["placements"].items()}}
    if kind == "binary_convert":
        return {"answer": key["correct_answer"]}
    if kind == "logic_gates":
        return {"outputs": {row: value for row, value in key["outputs"].items()}}
    if kind == "python_code":
        return {"code": key["reference_solution"]}
    raise AssertionError(f"no right answer made for {kind}")


AUTO_MARKED = ("multiple_choice", "matching", "binary_convert", "ordering", "multiple_select", "text_input",
               "code_completion", "logic_gates", "trace_table", "parsons", "drag_label", "python_code")
ODD_NOT_EVEN = "def is_even(n):\n    return n % 2 == 1\n"  # runs in the sandbox, and fails both visible tests


def _option(view: dict, text: str) -> str:
    return next(o["id"] for o in view["options"] if o["text"] == text)


def _half_matching(key: dict, view: dict) -> dict:
    pairs = key["pairs"]
    used = {p["right_id"] for p in pairs}
    spare = next(item["id"] for item in view["right_items"] if item["id"] not in used)
    # The first pairs right, the last one matched to the description that belongs to nothing.
    return {"pairs": [{"left": p["left_id"], "right": p["right_id"]} for p in pairs[:-1]]
            + [{"left": pairs[-1]["left_id"], "right": spare}]}


def _plan(role: str, kind: str, key: dict, view: dict) -> list[dict]:
    """The tries a pupil in this role submits for a question (empty: leaves it)."""
    right = _right(kind, key)
    if role == "strong":
        return [right]
    if role == "retry":
        if kind == "binary_convert":
            return [{"answer": "12"}, right]
        if kind == "matching":
            return [_half_matching(key, view)]
        if kind in ("multiple_choice", "text_input", "logic_gates", "ordering"):
            return [right]
        return []
    if role in ("distract", "mixed") and kind == "python_code":
        return [{"code": ODD_NOT_EVEN}]
    if role == "distract":
        if kind == "multiple_choice":
            return [{"selected_option": _option(view, "4 bits")}]
        if kind == "text_input":
            return [{"text": "intger"}]
        if kind == "binary_convert":
            return [{"answer": "1011"}]
        return []
    if role == "mixed":
        if kind == "multiple_choice":
            return [{"selected_option": _option(view, "16 bits")}]
        if kind == "text_input":
            return [{"text": "intger"}]
        if kind in ("binary_convert", "ordering", "code_completion", "logic_gates"):
            return [right]
        return []
    if role == "partial":
        if kind == "multiple_choice":
            return [right]
        if kind == "matching":
            return [_half_matching(key, view)]
        if kind == "code_completion":
            first = sorted(key["blanks"])[0]
            return [{"blanks": {b: (a[0] if b == first else "show") for b, a in key["blanks"].items()}}]
        if kind == "multiple_select":
            return [{"selected_options": [key["correct_options"][0]["id"]]}]
        if kind == "text_input":
            return [{"text": "whole"}]
        return []
    if role == "started":
        return [right] if kind in ("multiple_choice", "matching") else []
    raise AssertionError(role)


def seed_results(base_url: str) -> Seeded:
    """Make the six pupils' attempts (once: a second call finds them already made) and say who did what."""
    teacher = signed_in(base_url, "teacher")
    try:
        listed = teacher.get("/api/assessments").json()
        sample = next(a for a in listed if a["title"] == SAMPLE_TITLE)
        detail = teacher.get(f"/api/assessments/{sample['id']}").json()
        seven_a = next(c for c in teacher.get("/api/classes").json() if c["name"] == "7A")
        pupils = teacher.get(f"/api/classes/{seven_a['id']}").json()["pupils"]
    finally:
        teacher.close()
    by_username = {p["username"]: p for p in pupils}
    chosen = sorted(u for u in by_username if u != "pupil")[-len(ROLES):]
    seeded = Seeded(assessment_id=sample["id"], class_id=seven_a["id"], class_size=len(pupils),
                    questions={q["type"]: q for q in detail["questions"]})
    keys = {q["id"]: (q["type"], q["answer_key"]) for q in detail["questions"]}
    for role, username in zip(ROLES, chosen, strict=True):
        pupil = signed_in(base_url, username)
        try:
            attempt = pupil.post(f"/api/pupil/assessments/{sample['id']}/start")
            if attempt.status_code != 200:  # already finished by an earlier run against this server
                cards = pupil.get("/api/pupil/assessments").json()
                done = next(c for c in cards["completed"] + cards["in_progress"] if c["assessment_id"] == sample["id"])
                seeded.pupils[role] = {**by_username[username], "attempt_id": done["attempt_id"]}
                continue
            view = attempt.json()
            for question in view["questions"]:
                kind, key = keys[question["id"]]
                if kind not in AUTO_MARKED or (question.get("saved") or {}).get("submitted"):
                    continue  # (answered already when an earlier call was cut short)
                for number, answer in enumerate(_plan(role, kind, key, question["view"]), start=1):
                    if role == "retry" and kind == "binary_convert" and number == 2:
                        hint = pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{question['id']}/hint")
                        hint.raise_for_status()
                    result = pupil.post(
                        f"/api/pupil/attempts/{view['attempt_id']}/answers/{question['id']}/submit",
                        json={"answer_data": answer, "elapsed_seconds": 20 + 10 * number},
                    )
                    assert result.status_code == 200, result.text
            if role != "started":
                finished = pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
                assert finished.status_code == 200, finished.text
            seeded.pupils[role] = {**by_username[username], "attempt_id": view["attempt_id"]}
        finally:
            pupil.close()
    return seeded


# --- The browser tests ----------------------------------------------------------------------------------------

WIDTHS = (1280, 768)


@pytest.fixture(scope="module")
def seeded(live_server) -> Seeded:
    return seed_results(live_server.url)


def look(page: Page, screenshot, axe_check, name: str) -> None:
    """axe on the page as it is, then a screenshot at each width (768 px must not scroll sideways)."""
    axe_check(page, f"results {name}")
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"results-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


def pct(value: float) -> str:
    """A percentage as the page writes it (one decimal place at most, as JavaScript rounds)."""
    tenths = int(value * 10 + 0.5) / 10
    return f"{tenths:g}%"


def teacher_api(live_server, seeded: Seeded, part: str = "", username: str = "teacher") -> dict:
    client = signed_in(live_server.url, username)
    try:
        response = client.get(f"/api/analytics/assessments/{seeded.assessment_id}{part}", params={"class_id": seeded.class_id})
        response.raise_for_status()
        return response.json()
    finally:
        client.close()


def open_results(page: Page, seeded: Seeded, tab: str | None = None) -> None:
    page.goto(f"/teacher/class-results.html?id={seeded.assessment_id}&class={seeded.class_id}" + (f"&tab={tab}" if tab else ""))
    wait_drawn(page)


def test_class_results_figures_distribution_table_attention_and_print(page, login_as, seeded, live_server, axe_check,
                                                                      screenshot):
    expected = teacher_api(live_server, seeded)
    assert expected["pupil_count"] == seeded.class_size
    assert expected["completed_count"] >= 5
    login_as(page, "teacher")
    open_results(page, seeded)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Results: {SAMPLE_TITLE}")
    expect(page.get_by_test_id("results-scope")).to_have_text("Class 7A")

    # Completed n/N, average, median, highest, lowest: in numbers and in a sentence.
    done, everyone = expected["completed_count"], expected["pupil_count"]
    expect(page.get_by_test_id("completed")).to_contain_text(f"{done} of {everyone}")
    for key in ("average", "median", "highest", "lowest"):
        expect(page.get_by_test_id(key)).to_contain_text(pct(expected[key]))
    sentence = page.get_by_test_id("summary-sentence")
    expect(sentence).to_contain_text(f"{done} of {everyone} pupils have finished")
    expect(sentence).to_contain_text(f"The average score is {pct(expected['average'])}")
    expect(sentence).to_contain_text(f"Scores go from {pct(expected['lowest'])} (lowest) to {pct(expected['highest'])} (highest)")

    # The histogram: ten bands, and the same counts in its table.
    distribution = page.get_by_test_id("distribution")
    expect(distribution.locator("svg[role=img]")).to_be_visible()
    expect(distribution.locator("rect.chart__bar")).to_have_count(10)
    distribution.get_by_text("Show the numbers as a table").click()
    counts = distribution.locator("details table tbody td").all_inner_texts()
    assert [int(c) for c in counts] == [band["count"] for band in expected["distribution"]]

    # Pupils needing attention: below 50% and not started, each in its own list.
    attention = page.get_by_test_id("needing-attention")
    expect(attention.get_by_role("heading", name=re.compile(r"^Scored below 50%"))).to_be_visible()
    expect(attention).to_contain_text(seeded.pupils["distract"]["name"])
    expect(attention).not_to_contain_text(seeded.pupils["strong"]["name"])
    not_started = [p for p in expected["pupils"] if p["status"] == "not_started"]
    expect(attention.get_by_role("heading", name=f"Not started yet ({len(not_started)})")).to_be_visible()
    expect(attention).to_contain_text(not_started[0]["name"])

    # Every pupil: sorted by name at first; the column headings sort (aria-sort says how); search narrows it.
    table = page.get_by_test_id("pupil-table")
    rows = table.locator("tbody tr")
    expect(rows).to_have_count(everyone)
    expect(table.get_by_role("columnheader", name=re.compile(r"^Pupil"))).to_have_attribute("aria-sort", "ascending")
    percentage = table.get_by_role("columnheader", name=re.compile(r"^Percentage"))
    percentage.get_by_role("button").click()
    expect(percentage).to_have_attribute("aria-sort", "ascending")
    expect(table.get_by_role("columnheader", name=re.compile(r"^Pupil"))).not_to_have_attribute("aria-sort", re.compile("."))
    expect(rows.first.locator("td").nth(2)).to_have_text(pct(expected["lowest"]))
    expect(rows.last.locator("td").nth(2)).to_have_text("—")  # no score yet: last, whichever way round
    percentage.get_by_role("button").click()
    expect(percentage).to_have_attribute("aria-sort", "descending")
    expect(percentage.get_by_role("button")).to_be_focused()
    expect(rows.first.locator("td").nth(2)).to_have_text(pct(expected["highest"]))

    search = page.get_by_label("Find a pupil")
    search.fill(seeded.pupils["started"]["username"])
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text(seeded.pupils["started"]["name"])
    expect(rows.first.locator("td").nth(0)).to_have_text("In progress")
    expect(page.locator(".pupil-table__count")).to_have_text(f"Showing 1 of {everyone} pupils.")
    search.fill("nobody-has-this-name")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("No pupil’s name or username contains")
    search.fill("")
    expect(rows).to_have_count(everyone)
    look(page, screenshot, axe_check, "class-results")

    # The printable view: no navigation, no buttons, no tabs; the figures and the table stay.
    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.get_by_role("tab", name="Question analysis")).to_be_hidden()
    expect(page.get_by_test_id("download-csv")).to_be_hidden()
    expect(page.get_by_label("Find a pupil")).to_be_hidden()
    expect(sentence).to_be_visible()
    expect(table).to_be_visible()
    screenshot(page, "results-class-results-print")
    page.emulate_media(media="screen")


def test_question_analysis_responses_and_mastery(page, login_as, seeded, live_server, axe_check, screenshot):
    analysis = teacher_api(live_server, seeded, "/questions")
    mastery = teacher_api(live_server, seeded, "/objectives")
    login_as(page, "teacher")
    open_results(page, seeded)
    page.get_by_role("tab", name="Question analysis").click()
    expect(page).to_have_url(re.compile(r"[?&]tab=questions"))
    cards = page.get_by_test_id("question-analysis").get_by_test_id("question-stats")
    expect(cards).to_have_count(len(analysis["questions"]))
    by_type = {q["type"]: q for q in analysis["questions"]}

    # Multiple choice: which option each pupil chose, the right one marked in words.
    choice = by_type["multiple_choice"]
    choice_card = cards.nth(choice["number"] - 1)
    options = choice_card.get_by_test_id("option-distribution")
    counts = {o["text"]: o["count"] for o in choice["options"]}
    assert counts["4 bits"] >= 1
    assert counts["16 bits"] >= 1
    for text, count in counts.items():
        expect(options.get_by_role("row", name=re.compile(rf"^{text}")).locator("td").last).to_have_text(str(count))
    expect(options.get_by_role("row", name=re.compile(r"^8 bits"))).to_contain_text("Correct answer")
    expect(options.get_by_role("row", name=re.compile(r"^4 bits"))).to_contain_text("Wrong option")
    expect(choice_card).to_contain_text(f"Fully correct{pct(choice['success_rate'] * 100)}")

    # Questions under 50% are flagged in words; the others are not.
    flagged = [q for q in analysis["questions"] if q["flagged"]]
    assert flagged, "the seeded answers leave at least one question under 50%"
    for q in analysis["questions"]:
        flag = cards.nth(q["number"] - 1).get_by_test_id("flag")
        if q["flagged"]:
            expect(flag).to_have_text("Check this question")
        else:
            expect(flag).to_have_count(0)
    expect(page.get_by_role("navigation", name="Questions to check").get_by_role("link")).to_have_count(len(flagged))

    # Typed answers: the commonest answers that were not right, with counts.
    typed = cards.nth(by_type["text_input"]["number"] - 1).get_by_test_id("wrong-answers")
    expect(typed.get_by_role("listitem").filter(has_text="intger")).to_contain_text("— 2 pupils")

    # Code: the tests pupils' code did not pass, grouped with how many pupils.
    code = by_type["python_code"]
    summaries = [t["summary"] for t in code["failing_tests"]]
    assert any(re.fullmatch(r"\d+ pupils?: is_even\(4\) gave False instead of True", t) for t in summaries), summaries
    expect(cards.nth(code["number"] - 1).get_by_test_id("failing-tests").get_by_role("listitem")).to_have_text(summaries)
    look(page, screenshot, axe_check, "question-analysis")

    # See responses: every pupil's answer drawn by the question type's own review renderer.
    choice_card.get_by_role("button", name=f"See responses to question {choice['number']}").click()
    dialog = page.get_by_role("dialog", name=f"Responses to question {choice['number']}")
    expect(dialog).to_be_visible()
    listed = dialog.get_by_test_id("responses").locator(":scope > li")
    expect(listed).to_have_count(choice["responses"])
    distract = listed.filter(has_text=seeded.pupils["distract"]["name"])
    expect(distract).to_contain_text("Not correct")
    expect(distract.get_by_role("radio", name="4 bits")).to_be_checked()
    strong = listed.filter(has_text=seeded.pupils["strong"]["name"])
    expect(strong).to_contain_text("Correct")
    expect(strong.get_by_role("radio", name="8 bits")).to_be_checked()
    axe_check(page, "results responses dialog")
    screenshot(page, "results-responses-dialog")
    dialog.get_by_label("Only the responses that were not correct").check()
    expect(listed).to_have_count(choice["responses"] - round(choice["success_rate"] * choice["marked"]))
    expect(dialog.get_by_test_id("responses")).not_to_contain_text(seeded.pupils["strong"]["name"])
    expect(dialog.get_by_test_id("responses")).to_contain_text(seeded.pupils["distract"]["name"])
    dialog.get_by_role("button", name="Close responses").click()
    expect(dialog).to_have_count(0)

    # Objectives and strands: labelled bars with the percentage and the marks.
    page.get_by_role("tab", name="Objectives and strands").click()
    panel = page.get_by_test_id("mastery")
    for objective in mastery["objectives"]:
        bar = panel.locator(".rate-bar", has_text=f"{objective['code']}: {objective['description']}")
        expect(bar).to_contain_text(pct(objective["mastery"] * 100))
        expect(bar).to_contain_text(f"of {objective['possible']:g} marks)")
    for strand in mastery["strands"]:
        expect(panel.locator(".rate-bar", has_text=f"{strand['strand']} {strand['name']}")).to_contain_text(pct(strand["mastery"] * 100))
    look(page, screenshot, axe_check, "mastery")


def test_a_pupils_view_shows_what_they_tried_before_getting_it_right(page, login_as, seeded, axe_check, screenshot):
    retry = seeded.pupils["retry"]
    login_as(page, "teacher")
    open_results(page, seeded)
    page.get_by_test_id("pupil-table").get_by_role("link", name=retry["name"]).click()
    wait_drawn(page)
    expect(page).to_have_url(re.compile(rf"/teacher/pupil-detail\.html\?id={retry['id']}$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(retry["name"])
    expect(page.locator(".page__lead")).to_contain_text(f"Username: {retry['username']}. Year 7. Class: 7A.")
    expect(page.get_by_role("img", name="Score in each assessment (%)")).to_be_visible()
    expect(page.get_by_test_id("attempts-table").get_by_role("row", name=re.compile(re.escape(SAMPLE_TITLE)))).to_contain_text("Completed")
    expect(page.get_by_role("heading", name="Strengths", exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Areas for development", exact=True)).to_be_visible()

    attempt = page.locator("details.attempt-detail", has_text=SAMPLE_TITLE)
    attempt.locator("summary").click()
    answers = attempt.get_by_test_id("answers")
    conversion = answers.locator("article", has_text="Number conversion")
    expect(conversion).to_contain_text("2 tries, used the hint")
    tries = conversion.get_by_test_id("tries").locator(":scope > li")
    expect(tries).to_have_count(2)
    expect(tries.nth(0)).to_contain_text("Try 1 — Not correct (0 marks)")
    expect(tries.nth(0).locator(".answer-text")).to_have_text("12")
    expect(tries.nth(1)).to_contain_text("Try 2 — Correct (2 marks), after the hint")
    expect(tries.nth(1).locator(".answer-text")).to_have_text("11")
    matching = answers.locator("article", has_text="Matching")
    expect(matching.locator(".badge")).to_have_text("Partly correct")
    expect(matching.locator(".answer-text")).to_contain_text("Variable → A named place that stores a value which can change")
    untouched = answers.locator("article", has_text="Fix the code")
    expect(untouched).to_contain_text("Not correct")
    look(page, screenshot, axe_check, "pupil-view")

    page.emulate_media(media="print")
    expect(page.locator(".site-nav")).to_be_hidden()
    expect(page.get_by_role("button", name="Print report")).to_be_hidden()
    expect(page.get_by_text(re.compile(r"^Report printed on "))).to_be_visible()
    expect(conversion).to_be_visible()
    screenshot(page, "results-pupil-view-print")
    page.emulate_media(media="screen")


def test_the_csv_download_has_a_row_per_pupil_and_a_column_per_question(page, login_as, seeded, live_server):
    expected = teacher_api(live_server, seeded)
    login_as(page, "teacher")
    open_results(page, seeded)
    with page.expect_download() as info:
        page.get_by_test_id("download-csv").click()
    download = info.value
    assert download.suggested_filename.endswith("-results.csv")
    text = Path(download.path()).read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    numbers = [f"Q{i}" for i in range(1, len(seeded.questions) + 1)]
    assert list(rows[0]) == ["Last name", "First name", "Username", "Class", "Status", "Score", "Out of", "Percentage",
                             "Minutes taken", "Completed at", "Hints used", "How it ended", *numbers,
                             "First-try score", "First-try percentage", *(f"{q} first try" for q in numbers)]
    assert len(rows) == expected["pupil_count"]
    by_username = {row["Username"]: row for row in rows}
    assert set(by_username) == {p["username"] for p in expected["pupils"]}
    for pupil in expected["pupils"]:
        row = by_username[pupil["username"]]
        assert (row["First name"], row["Last name"], row["Class"]) == (pupil["first_name"], pupil["last_name"], "7A")
        assert row["Status"] == pupil["status"].replace("_", " ")
        if pupil["status"] == "completed":
            assert float(row["Percentage"]) == pytest.approx(pupil["percentage"], abs=0.01)
            assert float(row["Score"]) == pytest.approx(pupil["score"], abs=0.01)
        else:
            assert row["Percentage"] == row["Score"] == ""
            assert all(row[q] == "" for q in numbers)
    order = [q["type"] for q in sorted(seeded.questions.values(), key=lambda q: q["position"])]
    choice = f"Q{order.index('multiple_choice') + 1}"
    conversion = f"Q{order.index('binary_convert') + 1}"
    assert by_username[seeded.pupils["strong"]["username"]][choice] == "2"
    assert by_username[seeded.pupils["distract"]["username"]][choice] == "0"
    # Right at the second try: the demo gives reduced credit for retries (half), and 0 at the first try.
    assert by_username[seeded.pupils["retry"]["username"]][conversion] == "1"
    assert by_username[seeded.pupils["retry"]["username"]][f"{conversion} first try"] == "0"
    assert by_username[seeded.pupils["retry"]["username"]]["Hints used"] == "1"


def test_another_teacher_is_refused_calmly_on_the_page(page, login_as, seeded, live_server):
    client = signed_in(live_server.url, "teacher2")
    try:
        results = client.get(f"/api/analytics/assessments/{seeded.assessment_id}", params={"class_id": seeded.class_id})
        pupil = client.get(f"/api/analytics/pupils/{seeded.pupils['strong']['id']}")
    finally:
        client.close()
    assert results.status_code == 403
    assert pupil.status_code in (403, 404)

    login_as(page, "teacher2")
    open_results(page, seeded)
    refused = page.get_by_test_id("results-refused")
    expect(refused).to_have_text(results.json()["detail"])
    expect(page.get_by_text("This page did not load")).to_have_count(0)
    expect(page.get_by_role("button", name="Try again")).to_have_count(0)
    expect(page.get_by_role("link", name="Go to your home page")).to_have_attribute("href", "/teacher/dashboard.html")
    expect(page.get_by_test_id("pupil-table")).to_have_count(0)

    page.goto(f"/teacher/pupil-detail.html?id={seeded.pupils['strong']['id']}")
    wait_drawn(page)
    expect(page.get_by_test_id("pupil-refused")).to_have_text(pupil.json()["detail"])


def test_a_teacher_adds_imports_and_resets_pupils_with_printable_login_cards(page, login_as, live_server, axe_check,
                                                                             screenshot):
    login_as(page, "teacher")
    page.goto("/teacher/classes.html")
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your classes")
    page.get_by_role("link", name="Class 8B").click()
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Class 8B")
    pupils = page.get_by_test_id("class-pupils")
    expect(pupils.locator("tbody tr")).to_have_count(15)
    look(page, screenshot, axe_check, "class-8b")

    # Add one pupil: the login card shows the password once.
    page.get_by_label("First name").fill("Rowan")
    page.get_by_label("Last name").fill("Testwood")
    page.get_by_role("button", name="Add pupil and make a login card").click()
    cards = page.get_by_test_id("login-cards")
    rowan = cards.get_by_test_id("login-card").filter(has_text="Rowan Testwood")
    expect(rowan).to_contain_text("Class 8B")
    expect(cards).to_contain_text("shown only now")
    username, password = rowan.locator(".login-card__secret").all_inner_texts()
    expect(pupils.get_by_role("row", name=re.compile(r"^Rowan Testwood"))).to_contain_text(username)
    with httpx.Client(base_url=live_server.url) as client:  # the card's password works
        assert client.post("/api/auth/login", json={"username": username, "password": password}).status_code == 200

    # Import from CSV: the preview lists the bad rows and saves nothing; fixed, it is applied.
    rows = page.get_by_label("Or paste the rows here")
    rows.fill("first name,last name,year,class\nAsha,Testwell,8,8B\n,Nobody,8,8B\nKit,Testcombe,8,9C\n")
    page.get_by_role("button", name="Preview the changes").click()
    problems = page.get_by_test_id("roster-problems")
    expect(problems.get_by_role("listitem")).to_have_text(["Row 3: the first name is empty",
                                                           re.compile(r"^Row 4: the class ‘9C’ is not 8B")])
    expect(pupils).not_to_contain_text("Asha Testwell")
    page.get_by_role("button", name="Change the file").click()
    rows.fill("first name,last name,year,class\nAsha,Testwell,8,8B\nKit,Testcombe,8,8B\n")
    page.get_by_role("button", name="Preview the changes").click()
    page.get_by_role("button", name="Apply these changes").click()
    expect(page.get_by_test_id("import-status")).to_contain_text("2 new pupils")
    expect(pupils.get_by_role("row", name=re.compile(r"^Asha Testwell"))).to_be_visible()
    expect(cards.get_by_test_id("login-card")).to_have_count(3)  # Rowan's card is kept until hidden
    look(page, screenshot, axe_check, "class-login-cards")
    assert_secrets_fit(cards.get_by_test_id("login-card"))  # the longest password fits on a card

    # Printing while cards are on screen prints the cards alone.
    page.emulate_media(media="print")
    expect(page.locator("#main")).to_be_hidden()
    expect(page.locator(".site-header")).to_be_hidden()
    expect(page.locator(".login-cards-print .login-card")).to_have_count(3)
    assert_secrets_fit(page.locator(".login-cards-print .login-card"))  # and on a printed one
    screenshot(page, "results-login-cards-print")
    page.emulate_media(media="screen")

    # Reset a password: confirmed first; the new card works and the old password does not.
    asha = cards.get_by_test_id("login-card").filter(has_text="Asha Testwell")
    asha_username, old_password = asha.locator(".login-card__secret").all_inner_texts()
    page.get_by_role("button", name="Reset password for Asha Testwell").click()
    page.get_by_role("dialog", name="Reset Asha Testwell’s password?").get_by_role("button", name="Reset the password").click()
    expect(asha.locator(".login-card__secret").nth(1)).not_to_have_text(old_password)
    expect(cards.get_by_test_id("login-card")).to_have_count(3)  # the new card replaces the old one
    new_password = asha.locator(".login-card__secret").nth(1).inner_text()
    with httpx.Client(base_url=live_server.url) as client:
        assert client.post("/api/auth/login", json={"username": asha_username, "password": new_password}).status_code == 200
        assert client.post("/api/auth/login", json={"username": asha_username, "password": old_password}).status_code == 401

    # Take a pupil out of the class (after a confirmation); hiding the cards asks first.
    page.get_by_role("button", name="Remove from class (Rowan Testwood)").click()
    page.get_by_role("dialog", name="Take Rowan Testwood out of 8B?").get_by_role("button", name="Take out of 8B").click()
    expect(pupils.get_by_role("row", name=re.compile(r"^Rowan Testwood"))).to_have_count(0)
    page.get_by_role("button", name="Hide the login cards").click()
    page.get_by_role("dialog", name="Hide the login cards?").get_by_role("button", name="Hide the login cards").click()
    expect(cards).to_have_count(0)
    expect(page.locator(".login-cards-print")).to_have_count(0)
