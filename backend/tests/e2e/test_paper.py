"""Paper versions in a real browser: the teacher presses Print on the sample assessment (all 14 question types),
gets the pupil paper and the answer key as print.html, and Chromium turns each into a PDF (page.pdf(), as
"Save as PDF" in the print dialog does). The PDFs are read back with pypdf: every question is there, whole on one
page; the pupil paper holds no answer; the key holds them; large print is bigger."""

from __future__ import annotations

import io
import re
import unicodedata

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.e2e.pupil_helpers import Sample, SampleQuestion, sample_assessment, teacher_client, wait_drawn

KEY_FIELDS_IN_PAGE = ("is_correct", "correct_option", "answer_key", "reference_solution", "correct_answers",
                      "mark_scheme", "correct_position", "correct_label", "accepted_answers", "correct_code")


def squash(text: str) -> str:
    """Text without any whitespace, ligatures spelt out ('ﬁ' → 'fi'): PDF text extraction breaks and joins lines
    its own way, and the PDF keeps the font's ligatures."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(page: Page) -> list[str]:
    """The page as printed to PDF (A4, with its print stylesheet), one squashed text per PDF page."""
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True, prefer_css_page_size=True)))
    return [squash(p.extract_text() or "") for p in reader.pages]


def answer_texts(question: SampleQuestion) -> list[str]:
    """Parts of a question's answer that only the key may show (long enough not to occur by chance)."""
    key, kind = question.key, question.type
    if kind == "text_input":
        return [a["text"] for a in key["accepted_answers"] if len(a["text"]) >= 5]
    if kind == "extended_text":
        return [c["criterion"] for c in key["marking_guide"]["mark_scheme"]]
    if kind == "python_code":
        return [key["reference_solution"].strip().splitlines()[-1].strip()]
    if kind == "code_debug":
        return [key["bug_description"], key["correct_code"].strip().splitlines()[-1].strip()]
    if kind == "code_completion":
        return [f"{answers[0]}(" for answers in key["blanks"].values()]
    return []


def open_paper(page: Page, url: str) -> None:
    page.goto(url)
    wait_drawn(page)
    page.locator("#main[data-paper=ready]").wait_for()


def blocks(page: Page) -> list[list[str]]:
    """Each question block's lines of text, as drawn."""
    texts = page.locator("section.paper-q").evaluate_all("els => els.map(e => e.innerText)")
    return [[line for line in text.splitlines() if line.strip()] for text in texts]


def assert_whole_on_one_page(page: Page, pages: list[str]) -> None:
    """Every line of each question is on the page where its heading is: no question is split across pages."""
    for lines in blocks(page):
        heading = squash(lines[0])
        where = [i for i, text in enumerate(pages) if heading in text]
        assert len(where) == 1, f"{lines[0]!r} is on PDF pages {where}"
        missing = [line for line in lines if squash(line) not in pages[where[0]]]
        assert not missing, f"{lines[0]}: these lines are not on its page {where[0] + 1}: {missing}"


def printed_questions(page: Page, pages: list[str]) -> list[str]:
    """Each question's printed text, from its heading up to the next question's heading (or its page's end)."""
    headings = [squash(lines[0]) for lines in blocks(page)]
    found = []
    for k, heading in enumerate(headings):
        text = next(t for t in pages if heading in t)
        start = text.index(heading)
        after = headings[k + 1] if k + 1 < len(headings) else None
        end = text.index(after) if after and after in text else len(text)
        found.append(text[start:end])
    return found


@pytest.fixture
def sample(live_server) -> Sample:
    return sample_assessment(live_server.url)


def test_print_from_the_assessment_gives_a_pupil_paper_with_no_answers(page, login_as, axe_check, screenshot, sample):
    login_as(page, "teacher")
    page.goto(f"/teacher/review-questions.html?id={sample.id}")
    wait_drawn(page)
    page.get_by_role("link", name="Print", exact=True).click()
    page.wait_for_url(re.compile(r"/teacher/print\.html\?assessment=.+&version=pupil"))
    open_paper(page, page.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(sample.title)
    expect(page.get_by_role("heading", level=2)).to_have_count(14)
    expect(page.get_by_text("Name:")).to_be_visible()
    expect(page.get_by_role("button", name="Print")).to_be_visible()
    axe_check(page, "teacher print pupil paper")
    screenshot(page, "teacher-print-pupil")

    source = page.content()
    leaked = [word for word in KEY_FIELDS_IN_PAGE if word in source]
    assert not leaked, f"answer fields in the pupil paper page: {leaked}"
    pages = pdf_pages(page)
    assert_whole_on_one_page(page, pages)
    types = page.locator("section.paper-q").evaluate_all("els => els.map(e => e.dataset.type)")
    by_type = {q.type: q for q in sample.questions.values()}
    for kind, printed in zip(types, printed_questions(page, pages), strict=True):
        for secret in answer_texts(by_type[kind]):
            assert squash(secret) not in printed, f"{kind}: the pupil PDF shows the answer {secret!r}"
    assert_whole_on_one_page(page, pages)


def test_the_pupil_paper_has_a_paper_form_for_every_type(page, login_as, sample):
    login_as(page, "teacher")
    open_paper(page, f"/teacher/print.html?assessment={sample.id}&version=pupil")
    types = page.locator("section.paper-q").evaluate_all("els => els.map(e => e.dataset.type)")
    assert sorted(types) == sorted(q.type for q in sample.questions.values())
    question = {t: page.locator(f"section.paper-q[data-type={t}]") for t in types}
    expect(question["multiple_choice"].get_by_text("Tick ONE box.")).to_be_visible()
    views = {q["type"]: q["view"] for q in page.request.get(f"/api/assessments/{sample.id}/paper").json()["questions"]}
    expect(question["multiple_choice"].locator(".paper-box")).to_have_count(len(views["multiple_choice"]["options"]))
    expect(question["extended_text"].locator(".paper-line").first).to_be_visible()
    expect(question["code_completion"].locator("pre.paper-code")).to_contain_text("(1) ________")
    expect(question["drag_label"].locator(".paper-picture__zone")).to_have_count(len(views["drag_label"]["drop_zones"]))
    expect(question["trace_table"].locator("td .paper-blank").first).to_be_visible()
    expect(question["logic_gates"].locator("td .paper-blank").first).to_be_visible()
    expect(question["python_code"].locator(".paper-lines")).to_be_visible()


def test_the_answer_key_has_every_answer(page, login_as, axe_check, screenshot, sample):
    login_as(page, "teacher")
    open_paper(page, f"/teacher/print.html?assessment={sample.id}&version=pupil")
    page.get_by_role("link", name="Answer key").click()
    page.wait_for_url(re.compile(r"version=key"))
    open_paper(page, page.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Answer key: {sample.title}")
    axe_check(page, "teacher print answer key")
    screenshot(page, "teacher-print-key")
    pages = pdf_pages(page)
    printed = "".join(pages)
    by_type = {q.type: q for q in sample.questions.values()}
    expected = [text for q in sample.questions.values() for text in answer_texts(q)]
    expected.append(by_type["multiple_choice"].key["correct_option"]["text"])
    expected.append(f"Answer:{by_type['binary_convert'].key['correct_answer']}")
    missing = [text for text in expected if squash(text) not in printed]
    assert not missing, f"the key PDF does not show: {missing}"
    assert_whole_on_one_page(page, pages)
    assert len(printed_questions(page, pages)) == len(sample.questions)


def test_large_print_is_bigger_and_keeps_questions_whole(page, login_as, axe_check, screenshot, sample):
    login_as(page, "teacher")
    open_paper(page, f"/teacher/print.html?assessment={sample.id}&version=pupil")
    normal_size = page.locator("article.paper").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    normal_pages = len(pdf_pages(page))
    page.get_by_label("Large print (bigger text, more space)").check()
    expect(page).to_have_url(re.compile(r"large=1"))
    axe_check(page, "teacher print large")
    screenshot(page, "teacher-print-large")
    large_size = page.locator("article.paper").evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert large_size >= 1.4 * normal_size, f"large print is {large_size}px, normal {normal_size}px"
    pages = pdf_pages(page)
    assert len(pages) > normal_pages, f"large print has {len(pages)} pages, normal {normal_pages}"
    assert_whole_on_one_page(page, pages)
    page.reload()
    wait_drawn(page)
    expect(page.get_by_label("Large print (bigger text, more space)")).to_be_checked()


def test_an_assessment_with_no_questions_says_there_is_nothing_to_print(page, login_as, axe_check, live_server):
    client = teacher_client(live_server.url)
    try:
        created = client.post("/api/assessments", json={"title": "Nothing to print yet"})
    finally:
        client.close()
    assert created.status_code == 201, created.text
    login_as(page, "teacher")
    page.goto(f"/teacher/print.html?assessment={created.json()['id']}&version=pupil")
    wait_drawn(page)
    expect(page.get_by_text("This assessment has no questions yet, so there is nothing to print.")).to_be_visible()
    expect(page.get_by_role("link", name="Back to the assessment")).to_be_visible()
    axe_check(page, "teacher print nothing to print")
