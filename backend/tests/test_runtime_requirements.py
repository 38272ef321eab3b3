"""Every package the app imports is in requirements.txt, the file the production images install.

The runner image once crashed at start (`No module named 'httpx'`) while every test passed, because the test
virtualenv also had requirements-dev.txt. This reads the app's imports and fails for any third-party module whose
distribution requirements.txt does not name. (The stack test, docker/stack-test.sh, proves it for real by
starting the images.)"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import sys
from pathlib import Path

BACKEND = Path(__file__).resolve().parents[1]


def _imported_modules() -> set[str]:
    found: set[str] = set()
    for path in (BACKEND / "app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"app"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _runtime_requirements() -> set[str]:
    names = set()
    for line in (BACKEND / "requirements.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            names.add(_normalise(re.split(r"[\s<>=!~;\[]", line, maxsplit=1)[0]))
    return names


def test_every_module_the_app_imports_is_installed_by_requirements_txt():
    distributions = importlib.metadata.packages_distributions()
    listed = _runtime_requirements()
    missing = {}
    for module in sorted(_imported_modules()):
        owners = {_normalise(d) for d in distributions.get(module, [module])}
        if not owners & listed:
            missing[module] = sorted(owners)
    assert not missing, f"imported by app/ but not in requirements.txt (module: distributions): {missing}"


def test_the_check_would_see_a_missing_package():
    assert "httpx" in _imported_modules()
    assert "pytest" not in _runtime_requirements()
