"""The design system in a real browser: larger text, accessibility (axe), narrow screens, and the components."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.e2e import browser as chromium

pytestmark = pytest.mark.e2e

GALLERY = (Path(__file__).parent / "component_gallery.js").read_text()


def root_font_size(page) -> str:
    return page.evaluate("getComputedStyle(document.documentElement).fontSize")


def test_larger_text_persists_across_reloads_and_pages(page, login_as, screenshot):
    login_as(page, "teacher")
    toggle = page.get_by_role("button", name="Larger text")
    expect(toggle).to_have_attribute("aria-pressed", "false")
    assert root_font_size(page) == "16px"
    toggle.click()
    expect(toggle).to_have_attribute("aria-pressed", "true")
    assert root_font_size(page) == "20px"
    page.reload()
    expect(page.get_by_role("button", name="Larger text")).to_have_attribute("aria-pressed", "true")
    assert root_font_size(page) == "20px"
    screenshot(page, "teacher-home-larger-text")
    # The sign-in page has the same toggle, already on.
    page.get_by_role("button", name="Sign out").click()
    expect(page).to_have_url(re.compile(r"/\?signed-out=1$"))
    expect(page.get_by_role("button", name="Larger text")).to_have_attribute("aria-pressed", "true")
    assert root_font_size(page) == "20px"
    # Switching it off is remembered too.
    page.get_by_role("button", name="Larger text").click()
    page.reload()
    assert root_font_size(page) == "16px"


def test_larger_text_applies_before_the_page_is_drawn(page):
    # Set by a blocking script in <head>: already there when the document is parsed, so nothing jumps.
    page.goto("/")
    page.evaluate("localStorage.setItem('ks3.largerText', 'on')")
    page.add_init_script("""
        document.addEventListener('readystatechange', () => {
          if (document.readyState === 'interactive') {
            window.__sizeWhenParsed = getComputedStyle(document.documentElement).fontSize;
          }
        });
    """)
    page.reload()
    assert page.evaluate("window.__sizeWhenParsed") == "20px"


def test_pupil_larger_text_is_bigger_still(page, login_as):
    login_as(page, "pupil")
    assert root_font_size(page) == "18px"
    page.get_by_role("button", name="Larger text").click()
    assert root_font_size(page) == "22px"
    saved = "() => localStorage.getItem('ks3.largerText.unsaved') === null"
    page.wait_for_function(saved)
    # A pupil's choice is saved to their account: put it back, and wait until the account has it, for the tests
    # after this one that sign in as the same pupil.
    page.get_by_role("button", name="Larger text").click()
    assert root_font_size(page) == "18px"
    page.wait_for_function(saved)


@pytest.mark.parametrize("larger", [False, True], ids=["normal-text", "larger-text"])
def test_axe_finds_no_serious_problem_on_the_sign_in_page(page, axe_check, screenshot, larger):
    page.goto("/")
    if larger:
        page.get_by_role("button", name="Larger text").click()
    # Show the error state too: its colours and messages must pass as well.
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#username-error")).to_be_visible()
    axe_check(page, f"sign-in page ({'larger' if larger else 'normal'} text)")
    screenshot(page, f"sign-in{'-larger' if larger else ''}")


def test_axe_finds_no_serious_problem_after_a_failed_sign_in(page, axe_check, screenshot):
    page.goto("/")
    page.get_by_label("Username").fill("nobody-here")
    page.get_by_label("Password", exact=True).fill("not-the-password")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#sign-in-message")).to_contain_text("do not match")
    axe_check(page, "sign-in page with message")
    screenshot(page, "sign-in-wrong-password")


@pytest.mark.parametrize(
    ("username", "path"),
    [("teacher", "/teacher/dashboard.html"), ("pupil", "/pupil/dashboard.html"), ("admin", "/admin/index.html")],
)
def test_axe_finds_no_serious_problem_on_the_home_pages(page, login_as, axe_check, username, path):
    login_as(page, username)
    page.goto(path)
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    axe_check(page, f"{username} {path}")


@pytest.mark.parametrize("username", ["teacher", "admin"])
def test_teacher_pages_fit_a_768_pixel_tablet(page, login_as, screenshot, username):
    page.set_viewport_size({"width": 768, "height": 1024})
    login_as(page, username)
    for path in ("/teacher/dashboard.html", "/admin/index.html" if username == "admin" else None):
        if path is None:
            continue
        page.goto(path)
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.get_by_role("button", name="Larger text").click()  # the hardest case: larger text on a tablet
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 768, f"{path} is {width}px wide at 768px: it scrolls sideways"
        screenshot(page, f"tablet-{username}{path.replace('/', '-').replace('.html', '')}")
        page.get_by_role("button", name="Larger text").click()


def test_every_component_passes_axe(page, axe_check, screenshot):
    page.goto("/")
    page.evaluate(GALLERY)
    expect(page.get_by_role("heading", name="Components")).to_be_visible()
    axe_check(page, "component gallery")
    screenshot(page, "component-gallery")
    page.evaluate("document.documentElement.classList.add('text-larger')")
    page.evaluate("document.documentElement.dataset.audience = 'pupil'")
    axe_check(page, "component gallery (pupil, larger text)")
    screenshot(page, "component-gallery-pupil-larger")


def test_components_with_more_contrast_still_pass_axe(browser, live_server, axe_check, screenshot):
    context = browser.new_context(base_url=live_server.url, contrast="more", reduced_motion="reduce",
                                  **chromium.SCHOOL_COMPUTER)
    try:
        page = context.new_page()
        page.goto("/")
        assert page.evaluate("matchMedia('(prefers-contrast: more)').matches")
        assert page.evaluate("getComputedStyle(document.body).color") == "rgb(17, 22, 24)"
        page.evaluate(GALLERY)
        axe_check(page, "component gallery (more contrast)")
        screenshot(page, "component-gallery-more-contrast")
    finally:
        context.close()
