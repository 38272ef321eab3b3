"""The browser-test harness itself: it must notice what a person would not (a CSP violation, a script error,
a missing file, an accessibility failure), or every other browser test could pass while a page is broken."""

from __future__ import annotations

import pytest

from app.web import CONTENT_SECURITY_POLICY

pytestmark = pytest.mark.e2e

BROKEN_PAGE = """<!doctype html><html lang="en"><head><title>Broken</title>
<link rel="stylesheet" href="/css/no-such-file.css"></head>
<body><main><h1 style="color: red">Broken</h1><img src="/img/no-such-image.svg" alt=""><script>document.title = "inline ran";</script></main></body></html>"""


def serve_broken_page(page, path: str = "/harness-check.html") -> None:
    """Answer `path` with BROKEN_PAGE but with the headers the real server sends for its own pages."""

    def handler(route):
        real = route.fetch(url=route.request.url.replace(path, "/"))
        route.fulfill(response=real, body=BROKEN_PAGE)

    page.route(f"**{path}", handler)


def test_the_server_sends_the_strict_csp(page):
    response = page.goto("/")
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY


def test_inline_script_and_style_are_blocked_and_reported(page, page_problems):
    serve_broken_page(page)
    page.goto("/harness-check.html")
    page.wait_for_load_state("load")
    # The browser refused to run the inline script...
    assert page.title() == "Broken"
    problems = "\n".join(page_problems.unexpected())
    # ...and the page fixture would fail the test for both violations and for the missing stylesheet.
    assert "CSP violation" in problems
    assert "inline script" in problems
    assert "inline style" in problems
    assert "HTTP 404 for GET /img/no-such-image.svg" in problems
    # (Chromium refuses the 404's JSON body as a stylesheet and says so on the console.)
    assert "/css/no-such-file.css" in problems
    with pytest.raises(AssertionError, match="problem"):
        page_problems.check()
    page_problems.clear()  # handled: this test provoked them on purpose


def test_a_javascript_error_is_reported(page, page_problems):
    page.goto("/")
    page.evaluate("setTimeout(() => { throw new Error('boom from the page'); })")
    page.wait_for_timeout(200)
    assert any("boom from the page" in p for p in page_problems.unexpected())
    page_problems.allow("boom from the page")
    page_problems.check()  # allowed problems do not fail the test


def test_api_refusals_are_not_page_problems(page, page_problems):
    # The sign-in page asks /api/auth/me and gets 401: that is the app working, not a broken page.
    page.goto("/")
    page.get_by_label("Username").wait_for()
    page.wait_for_load_state("networkidle")
    assert page_problems.unexpected() == []


def test_axe_check_fails_on_a_serious_violation(page, axe_check):
    page.goto("/")
    # An image with no text alternative, and grey-on-white text too faint to read: both serious.
    page.evaluate("""() => {
        const img = document.createElement('img');
        img.src = '/img/logo.svg';
        const faint = document.createElement('p');
        faint.textContent = 'Too faint to read';
        faint.style.color = '#c8c8c8';
        document.getElementById('main').append(img, faint);
    }""")
    with pytest.raises(pytest.fail.Exception) as failure:
        axe_check(page, "harness check")
    message = str(failure.value)
    assert "image-alt" in message
    assert "color-contrast" in message
    assert "Too faint" in message or "p" in message
