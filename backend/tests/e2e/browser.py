"""Launching Debian's Chromium through Playwright, and watching a page for problems a person would not see:
JavaScript errors, console errors (Content Security Policy violations among them) and page resources that
failed to load."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# As verified on this machine (MACHINE-NOTES.md). Never `playwright install`: we use the system Chromium.
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1280, "height": 800}
# A school computer in England: British English, and the clock of the school's time zone (SCHOOL_TIMEZONE's
# default), so a time typed into a page means what the server writes back in words.
SCHOOL_COMPUTER = {"locale": "en-GB", "timezone_id": "Europe/London"}


def chromium_available() -> bool:
    return Path(CHROMIUM_PATH).is_file() and os.access(CHROMIUM_PATH, os.X_OK)


def launch(playwright):
    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, headless=True, args=LAUNCH_ARGS)


@dataclass
class PageProblems:
    """Problems seen on a page during one test. The `page` fixture fails the test when any is unexpected.

    A test that provokes a problem on purpose declares it first: `page_problems.allow(r"pattern")`."""

    base_url: str
    seen: list[str] = field(default_factory=list)
    allowed: list[re.Pattern] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.seen.append(f"JavaScript error: {error}"))
        page.on("response", self._on_response)
        page.on("requestfailed", self._on_request_failed)

    def allow(self, pattern: str) -> None:
        self.allowed.append(re.compile(pattern))

    def _on_console(self, message) -> None:
        if message.type != "error":
            return
        text = message.text
        # Failed requests are judged by _on_response instead, which knows the status and the address.
        if text.startswith("Failed to load resource"):
            return
        kind = "CSP violation" if "Content Security Policy" in text else "Console error"
        where = message.location.get("url", "") if message.location else ""
        self.seen.append(f"{kind}: {text}" + (f" (at {where})" if where else ""))

    def _on_response(self, response) -> None:
        if not response.url.startswith(self.base_url) or response.status < 400:
            return
        path = urlparse(response.url).path
        # The API answering 4xx is the app working (wrong password, not signed in); pages show those.
        # A 5xx from the API, or any missing page, script, style or image, is a bug.
        if path.startswith("/api/") and response.status < 500:
            return
        self.seen.append(f"HTTP {response.status} for {response.request.method} {path}")

    def _on_request_failed(self, request) -> None:
        failure = request.failure or ""
        # Requests cut short because the page moved on (a redirect after sign-in) are normal.
        if "ERR_ABORTED" in failure or not request.url.startswith(self.base_url):
            return
        self.seen.append(f"Request failed: {request.method} {urlparse(request.url).path} ({failure})")

    def unexpected(self) -> list[str]:
        return [p for p in self.seen if not any(pattern.search(p) for pattern in self.allowed)]

    def check(self) -> None:
        """Raise AssertionError listing every unexpected problem."""
        problems = self.unexpected()
        if problems:
            listed = "\n".join(f"  - {p}" for p in problems)
            raise AssertionError(f"The browser reported {len(problems)} problem(s) on the page:\n{listed}")

    def clear(self) -> None:
        self.seen.clear()
