"""Running axe-core (from npm: backend/tests/e2e/package.json, installed by `make test` with `npm ci`) on a page,
and turning its violations into a message a person can act on."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

E2E_DIR = Path(__file__).resolve().parent
AXE_PATH = E2E_DIR / "node_modules" / "axe-core" / "axe.min.js"
REPORT_DIR = E2E_DIR.parents[1] / "test-artifacts" / "axe"
BLOCKING_IMPACTS = ("serious", "critical")


def axe_available() -> bool:
    return AXE_PATH.is_file()


@lru_cache(maxsize=1)
def _axe_source() -> str:
    return AXE_PATH.read_text(encoding="utf-8")


def run_axe(page, context_name: str, *, options: dict | None = None) -> dict:
    """Run axe on the page as it is now. Returns axe's results; the full report is also written to
    backend/test-artifacts/axe/<context_name>.json. Does not judge: see `blocking_violations`."""
    # page.evaluate runs through the DevTools protocol, which the page's CSP does not apply to, so axe can be
    # injected into our pages without weakening their policy (a <script> tag would be refused, rightly).
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(_axe_source() + "\n;undefined")
    results = page.evaluate(
        "async (options) => JSON.parse(JSON.stringify(await window.axe.run(document, options)))",
        {"resultTypes": ["violations"], **(options or {})},
    )
    REPORT_DIR.mkdir(parents=True, exist_ok=True)
    (REPORT_DIR / f"{_file_name(context_name)}.json").write_text(json.dumps(results["violations"], indent=2))
    return results


def blocking_violations(results: dict) -> list[dict]:
    return [v for v in results["violations"] if v.get("impact") in BLOCKING_IMPACTS]


def describe(violations: list[dict], context_name: str, url: str) -> str:
    """A readable list: rule, impact, what it means, where on the page, and what to fix."""
    lines = [f'axe found {len(violations)} serious or critical accessibility problem(s) on "{context_name}" ({url}):']
    for violation in violations:
        lines.append(f"  [{violation['impact']}] {violation['id']}: {violation['help']}")
        lines.append(f"      {violation['helpUrl']}")
        for node in violation["nodes"][:5]:
            target = " ".join(str(t) for t in node.get("target", []))
            summary = " ".join((node.get("failureSummary") or "").split())
            lines.append(f"      at {target}: {summary}")
        if len(violation["nodes"]) > 5:
            lines.append(f"      ... and {len(violation['nodes']) - 5} more")
    return "\n".join(lines)


def _file_name(name: str) -> str:
    return re.sub(r"[^a-zA-Z0-9_.-]+", "-", name).strip("-") or "page"
