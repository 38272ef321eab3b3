"""Browser tests: Debian's Chromium (through Playwright) driving the real pages of a real server.

Fixtures (see docs/frontend.md, "Writing a browser test"):
  live_server   the running app (url, database); one for all browser tests, seeded with the demo school
  browser       Chromium, launched once
  page          a fresh browser context and page per test, already pointed at the server (page.goto("/"));
                the test fails if the page logs a JavaScript or console error, breaks the CSP, or a page
                resource fails to load
  page_problems what the page reported; `page_problems.allow(regex)` for a problem provoked on purpose
  login_as      login_as(page, "teacher") signs in through the sign-in page (password demo1234) and waits
                until the home page has finished drawing
  axe_check     axe_check(page, "teacher home") fails on any serious or critical axe violation
  screenshot    screenshot(page, "teacher-home") saves backend/test-artifacts/screenshots/teacher-home.png

Without CI, a missing Chromium, Playwright or axe-core skips with the reason; with CI=true it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests import dbs
from tests.e2e import axe
from tests.e2e import browser as chromium
from tests.e2e.server import LiveServer, ServerFailed, throwaway_database

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
DEMO_PASSWORD = "demo1234"
SIGN_IN_PATHS = ("/", "/index.html")


def _missing(reason: str) -> None:
    dbs.skip_unless_ci(reason)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Everything in this folder is a browser test, marked or not, so `-m "not e2e"` always leaves it out.
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call):
    # Remember each phase's outcome so the page fixture can screenshot a failed test.
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


# Package scope: the server, database and browser go away when the browser tests are done,
# before the rest of the suite (whose async tests must not share a thread with Playwright's loop).
@pytest.fixture(scope="package")
def playwright_driver() -> Iterator:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed (pip install -r backend/requirements-dev.txt)")
    if not chromium.chromium_available():
        _missing(f"Chromium not found at {chromium.CHROMIUM_PATH} (apt-get install chromium)")
    driver = sync_playwright().start()
    yield driver
    driver.stop()


@pytest.fixture(scope="package")
def browser(playwright_driver) -> Iterator:
    instance = chromium.launch(playwright_driver)
    yield instance
    instance.close()


@contextmanager
def started_server(prefix: str, **environment: str) -> Iterator[LiveServer]:
    """A server of its own on a throwaway database, started with `environment` added to this process's (the
    server's environment is taken from it); stopped and its database dropped afterwards."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        url, kind = throwaway_database(tmp)
    except ServerFailed as exc:
        pytest.fail(str(exc))
    server = LiveServer(database_url=url, database_kind=kind, tmp=tmp)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in environment.items():
            patch.setitem(os.environ, name, value)
        try:
            server.prepare()
            server.start()
        except ServerFailed as exc:
            server.stop()
            server.drop_database()
            pytest.fail(str(exc))
    try:
        yield server
    finally:
        server.stop()
        server.drop_database()
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture(scope="package")
def live_server(browser) -> Iterator[LiveServer]:  # after the browser, so a skip comes first
    with started_server("ks3-e2e-") as server:
        yield server


@pytest.fixture
def page_problems(live_server: LiveServer) -> chromium.PageProblems:
    return chromium.PageProblems(base_url=live_server.url)


@pytest.fixture
def page(request: pytest.FixtureRequest, browser, live_server: LiveServer, page_problems) -> Iterator:
    """A new browser context (no cookies, no storage) and page per test."""
    context = browser.new_context(base_url=live_server.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
    context.set_default_timeout(10_000)
    new_page = context.new_page()
    page_problems.attach(new_page)
    yield new_page
    failed = getattr(request.node, "report_call", None)
    if failed is not None and failed.failed:
        _save_screenshot(new_page, f"FAILED-{request.node.name}")
    context.close()
    page_problems.check()


@pytest.fixture
def pupil_page(browser, live_server: LiveServer, page_problems) -> Iterator:
    """The pupil's own computer beside the teacher's `page`: a second browser context, sharing no cookies or
    storage with it."""
    context = browser.new_context(base_url=live_server.url, viewport=chromium.VIEWPORT, **chromium.SCHOOL_COMPUTER)
    context.set_default_timeout(10_000)
    new_page = context.new_page()
    page_problems.attach(new_page)
    yield new_page
    context.close()


@pytest.fixture
def login_as(live_server: LiveServer):
    """Sign in through the sign-in page, as a person would, and wait until the home page has finished drawing
    (startPage in web/js/app.js keeps aria-busy on <main> until then)."""

    def _login(page, username: str, password: str = DEMO_PASSWORD):
        page.goto("/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password", exact=True).fill(password)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_url(lambda url: urlparse(url).path not in SIGN_IN_PATHS)
        page.locator("#site-header [data-testid=user-name]").wait_for()
        page.locator("#main:not([aria-busy])").wait_for()
        return page

    return _login


@pytest.fixture
def axe_check():
    """axe_check(page, "name"): fail on serious/critical violations; returns axe's full results."""
    if not axe.axe_available():
        _missing(f"axe-core is not installed: run `npm ci` in {axe.E2E_DIR} (make test does this)")

    def _check(page, context_name: str, **kwargs) -> dict:
        results = axe.run_axe(page, context_name, **kwargs)
        blocking = axe.blocking_violations(results)
        if blocking:
            pytest.fail(axe.describe(blocking, context_name, page.url), pytrace=False)
        return results

    return _check


@pytest.fixture
def screenshot():
    """screenshot(page, "name") -> path of the saved PNG (whole page)."""
    return _save_screenshot


def _save_screenshot(page, name: str) -> Path:
    SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOT_DIR / f"{re.sub(r'[^a-zA-Z0-9_.-]+', '-', name).strip('-')}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
