"""The page and the engine the renderer tests use.

The page: /__qt/harness.html, answered by Playwright on the live server's own origin with the headers the
server really sends (so the strict CSP applies: a renderer that sets an inline style or runs inline script
fails), loading the design system, question-types.css and renderer_harness.js, which imports the renderers
as the app's pages do.

The engine: the real `app.question_types` (and the real `app.sandbox` for code) in this process, on one event
loop in a background thread, so the sync Playwright tests can call it.
"""

from __future__ import annotations

import asyncio
import struct
import threading
import zlib
from pathlib import Path
from typing import Any

from app import question_types as qt
from app import sandbox

HERE = Path(__file__).resolve().parent
HARNESS_PATH = "/__qt/harness.html"
SCRIPT_PATH = "/__qt/harness.js"
PICTURE_PATH = "/api/media/computer.png"  # the drag_label sample's image

HARNESS_HTML = """<!doctype html>
<html lang="en-GB" data-audience="{audience}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Question types – KS3 Assessment</title>
  <link rel="stylesheet" href="/css/variables.css">
  <link rel="stylesheet" href="/css/main.css">
  <link rel="stylesheet" href="/css/components.css">
  <link rel="stylesheet" href="/css/accessibility.css">
  <link rel="stylesheet" href="/css/question-types.css">
  <script type="module" src="{script}"></script>
</head>
<body>
  <main id="main" class="page">
    <h1 id="stage-title">Question</h1>
    <button type="button" id="before" class="button button--quiet">Before the question</button>
    <div id="stage" class="card"></div>
    <button type="button" id="after" class="button button--quiet">After the question</button>
  </main>
</body>
</html>
"""


def open_harness(page, *, audience: str = "pupil") -> None:
    """Serve and open the harness page; returns when `window.qtHarness` is ready."""

    def real_headers(route, like: str, body: bytes | str, content_type: str) -> None:
        # The headers of a real page or script of this server (CSP, nosniff, ...) with our body.
        real = route.fetch(url=route.request.url.split("/__qt/")[0] + like)
        headers = {**real.headers, "content-type": content_type}
        route.fulfill(status=200, headers=headers, body=body)

    page.route(
        f"**{HARNESS_PATH}",
        lambda route: real_headers(
            route, "/", HARNESS_HTML.format(audience=audience, script=SCRIPT_PATH), "text/html; charset=utf-8"
        ),
    )
    page.route(
        f"**{SCRIPT_PATH}",
        lambda route: real_headers(
            route, "/js/app.js", (HERE / "renderer_harness.js").read_text(), "text/javascript; charset=utf-8"
        ),
    )
    page.route(
        f"**{PICTURE_PATH}",
        lambda route: route.fulfill(status=200, content_type="image/png", body=computer_picture()),
    )
    page.goto(HARNESS_PATH)
    page.locator("html[data-harness-ready]").wait_for(state="attached")


# --- the engine, on its own event loop ----------------------------------------------------------------------

_loop = asyncio.new_event_loop()
threading.Thread(target=_loop.run_forever, name="question-engine", daemon=True).start()


def run(coroutine) -> Any:
    """Run an engine coroutine to completion (on the engine's loop, not Playwright's)."""
    return asyncio.run_coroutine_threadsafe(coroutine, _loop).result(timeout=120)


def checked(config: dict) -> dict:
    """The config as it is stored after saving: normalised, computed truth filled in, opaque ids."""
    result = run(qt.check(config, sandbox=sandbox))
    assert not result.errors, [p.model_dump() for p in result.errors]
    return result.config


def errors_of(config: dict) -> list[dict]:
    return [p.model_dump() for p in run(qt.check(config, sandbox=sandbox)).errors]


def mark(config: dict, answer: dict, points: float = 4) -> qt.Mark:
    return run(qt.mark(config, answer, points, sandbox=sandbox))


def run_code(config: dict, code: str) -> dict:
    return run(qt.run_code(config, {"code": code}, sandbox=sandbox))


# --- a picture to label -----------------------------------------------------------------------------------


def computer_picture(width: int = 640, height: int = 400) -> bytes:
    """A plain PNG drawn in soft colours: a monitor, a keyboard and a mouse under the sample's three zones."""
    pixels = [[(246, 248, 250)] * width for _ in range(height)]

    def box(x0: float, y0: float, x1: float, y1: float, colour: tuple[int, int, int]) -> None:
        for y in range(int(y0 * height), int(y1 * height)):
            row = pixels[y]
            for x in range(int(x0 * width), int(x1 * width)):
                row[x] = colour

    box(0.08, 0.06, 0.44, 0.40, (96, 112, 124))  # monitor frame (zone 1)
    box(0.10, 0.09, 0.42, 0.36, (198, 222, 240))  # its screen
    box(0.22, 0.40, 0.30, 0.48, (96, 112, 124))  # its stand
    box(0.48, 0.14, 0.92, 0.30, (150, 160, 168))  # keyboard (zone 2)
    for k in range(10):
        box(0.50 + k * 0.042, 0.17, 0.53 + k * 0.042, 0.21, (236, 240, 243))
        box(0.50 + k * 0.042, 0.23, 0.53 + k * 0.042, 0.27, (236, 240, 243))
    box(0.18, 0.64, 0.28, 0.80, (150, 160, 168))  # mouse (zone 3)
    box(0.225, 0.64, 0.235, 0.70, (96, 112, 124))
    raw = b"".join(b"\x00" + bytes(v for pixel in row for v in pixel) for row in pixels)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )
