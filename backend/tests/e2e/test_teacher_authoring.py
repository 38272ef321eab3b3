"""The teacher's authoring screens in a real browser: home, the assessments list, review and edit (editors of
several question types, validation messages beside the field, adding and reordering questions, settings),
Preview as pupil (no answer key in the page), publishing to 7A with dates, archiving, and units."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from app.demo.sample_assessment import TITLE as SAMPLE_TITLE
from tests.e2e.pupil_helpers import teacher_client, wait_drawn

pytestmark = pytest.mark.e2e

WIDTHS = (1280, 768)


def look(page: Page, screenshot, axe_check, name: str) -> None:
    """Check the page with axe and screenshot it at each width (the 768 px one must not scroll sideways)."""
    axe_check(page, name)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        if width == 768:
            scroll = page.evaluate("document.documentElement.scrollWidth")
            assert scroll <= 768, f"{name} is {scroll}px wide at 768px: it scrolls sideways"
        screenshot(page, f"teacher-{name}-{width}")
    page.set_viewport_size({"width": 1280, "height": 800})


def test_pages_load(page, login_as, screenshot, axe_check, live_server):
    login_as(page, "teacher")
    look(page, screenshot, axe_check, "home")
    page.goto("/teacher/assessments.html")
    wait_drawn(page)
    look(page, screenshot, axe_check, "assessments")
    client = teacher_client(live_server.url)
    sample = next(a for a in client.get("/api/assessments").json() if a["title"] == SAMPLE_TITLE)
    page.goto(f"/teacher/review-questions.html?id={sample['id']}")
    wait_drawn(page)
    look(page, screenshot, axe_check, "review")
    page.goto(f"/teacher/preview.html?id={sample['id']}")
    wait_drawn(page)
    look(page, screenshot, axe_check, "preview")
    page.goto("/teacher/units.html")
    wait_drawn(page)
    look(page, screenshot, axe_check, "units")
