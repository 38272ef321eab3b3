"""The code keeps the shape docs/architecture.md describes: services grouped in packages that say what they own,
no import cycles, typed service results, functions that fit on a screen, and no lint markers for rules that are
not run. These read the source; they change nothing and need no database."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import dbs

BACKEND = Path(__file__).resolve().parents[1]
ROOT = BACKEND.parent
APP = BACKEND / "app"
SERVICES = APP / "services"
WEB_JS = ROOT / "web" / "js"
NODE_MODULES = BACKEND / "tests" / "e2e" / "node_modules"

MAX_LINES = 80  # a longer function needs a comment saying why, on the line above it
LONG_MARK = "Long:"


def _python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def _module_name(path: Path) -> str:
    parts = path.relative_to(BACKEND).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


# --- Imports -------------------------------------------------------------------------------------------------

def _runtime_statements(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement, except those under `if TYPE_CHECKING:` (never run, so never part of a cycle)."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        yield node
        return
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.If) and getattr(child.test, "id", getattr(child.test, "attr", "")) == "TYPE_CHECKING":
            yield from (s for branch in child.orelse for s in _runtime_statements(branch))
            continue
        yield from _runtime_statements(child)


def _imports_of(path: Path, modules: set[str]) -> set[str]:
    """The app modules `path` imports, at the top or inside a function. `from package import name` counts as
    importing the module `package.name` when there is one, else the package itself."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _runtime_statements(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
            base = ".".join([*anchor, base] if base else anchor)
        for alias in node.names:
            found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
    return {module for module in found if module in modules and module != name}


def _import_graph() -> dict[str, set[str]]:
    paths = _python_files(APP)
    modules = {_module_name(p) for p in paths}
    return {_module_name(p): _imports_of(p, modules) for p in paths}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan's algorithm, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_import_walk_finds_a_cycle_when_there_is_one():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_the_import_walk_sees_imports_inside_functions():
    graph = _import_graph()
    assert "app.services.accounts.sign_in" in graph["app.deps"]
    assert "app.services.privacy.retention" in graph["app.cli"]  # imported inside a command function


def test_no_import_cycle_in_the_app():
    cycles = _cycles(_import_graph())
    assert cycles == [], "modules that import each other (directly or round a loop): " + "; ".join(
        " ↔ ".join(cycle) for cycle in cycles)


def test_every_service_package_says_what_it_owns():
    packages = sorted(p for p in SERVICES.iterdir() if p.is_dir() and p.name != "__pycache__")
    assert packages, "no service packages found"
    for package in packages:
        init = package / "__init__.py"
        assert init.exists(), f"{package.relative_to(BACKEND)} has no __init__.py"
        docstring = ast.get_docstring(ast.parse(init.read_text()))
        assert docstring, f"{init.relative_to(BACKEND)} has no docstring saying what the package owns"


def test_services_are_packages_not_loose_modules():
    loose = sorted(p.name for p in SERVICES.glob("*.py") if p.name != "__init__.py")
    assert loose == [], f"modules outside a subject package in app/services: {loose}"


# --- Typed results -------------------------------------------------------------------------------------------

def _is_any(node: ast.expr) -> bool:
    return isinstance(node, ast.Name | ast.Attribute) and getattr(node, "id", getattr(node, "attr", "")) in (
        "Any", "object")


def _untyped_dict(node: ast.expr | None) -> bool:
    """Whether a return annotation hands back a dict the reader must guess: `dict`, `dict[str, Any]`, or either
    inside another type (`dict | None`, `list[dict]`, `tuple[str, dict]`)."""
    if node is None:
        return False
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _untyped_dict(ast.parse(node.value, mode="eval").body)
    if isinstance(node, ast.Name):
        return node.id in ("dict", "Dict")
    if isinstance(node, ast.BinOp):
        return _untyped_dict(node.left) or _untyped_dict(node.right)
    if isinstance(node, ast.Tuple):
        return any(_untyped_dict(element) for element in node.elts)
    if isinstance(node, ast.Subscript):
        arguments = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
        is_dict = isinstance(node.value, ast.Name) and node.value.id in ("dict", "Dict")
        if is_dict and len(arguments) == 2 and _is_any(arguments[1]):
            return True
        return any(_untyped_dict(argument) for argument in arguments)
    return False


def _functions(path: Path) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node


@pytest.mark.parametrize(("annotation", "untyped"), [
    ("dict", True), ("dict | None", True), ("list[dict]", True), ("tuple[str, dict]", True),
    ("dict[str, Any]", True), ("dict[uuid.UUID, list[OptionCount]]", False), ("ClassResults", False),
    ("list[ProgressPoint]", False), ("dict[str, int]", False), ("dict[str, dict]", True),
])
def test_the_dict_check_tells_typed_from_untyped(annotation: str, untyped: bool):
    assert _untyped_dict(ast.parse(annotation, mode="eval").body) is untyped


def test_no_service_returns_an_untyped_dict():
    found = [
        f"{path.relative_to(BACKEND)}:{function.lineno} {function.name} -> {ast.unparse(function.returns)}"
        for path in _python_files(SERVICES)
        for function in _functions(path)
        if _untyped_dict(function.returns)
    ]
    assert found == [], "services must return schemas or named types, not bare dicts:\n" + "\n".join(found)


# --- Function length -----------------------------------------------------------------------------------------

def _explained(lines: list[str], first_line: int, comment: str) -> bool:
    """Whether the line above `first_line` (1-based) is a comment saying why the function is long."""
    above = lines[first_line - 2].strip() if first_line >= 2 else ""
    return above.startswith(f"{comment} {LONG_MARK}") and len(above) > len(comment) + len(LONG_MARK) + 10


def test_the_length_check_counts_a_long_python_function():
    source = "def long():\n" + "    x = 1\n" * MAX_LINES
    (function,) = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef)]
    assert function.end_lineno - function.lineno + 1 == MAX_LINES + 1


def test_no_long_python_function_without_a_reason():
    found = []
    for path in _python_files(APP):
        lines = path.read_text().splitlines()
        for function in _functions(path):
            length = function.end_lineno - function.lineno + 1
            first = min([function.lineno, *(d.lineno for d in function.decorator_list)])
            if length > MAX_LINES and not _explained(lines, first, "#"):
                found.append(f"{path.relative_to(BACKEND)}:{function.lineno} {function.name} ({length} lines)")
    assert found == [], (f"functions over {MAX_LINES} lines need splitting, or a '# {LONG_MARK} why' comment on "
                         "the line above:\n" + "\n".join(found))


def _js_functions(files: list[Path]) -> list[dict]:
    node = shutil.which("node")
    if node is None or not (NODE_MODULES / "acorn").is_dir():
        reason = "node and the test helpers from npm (make e2e-deps) are needed to read web/js"
        if dbs.in_ci():
            pytest.fail(f"{reason}; CI=true, so this check must run")
        pytest.skip(reason)
    result = subprocess.run([node, str(BACKEND / "tests" / "js_functions.mjs"), str(NODE_MODULES),
                             *map(str, files)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_the_js_reader_sees_nested_and_arrow_functions(tmp_path: Path):
    sample = tmp_path / "sample.js"
    sample.write_text("export function outer() {\n  const inner = () => {\n    return 1;\n  };\n  return inner;\n}\n")
    functions = _js_functions([sample])
    assert sorted((f["name"], f["start"], f["end"]) for f in functions) == [("(anonymous)", 2, 4), ("outer", 1, 6)]


def test_no_long_js_function_without_a_reason():
    files = sorted(WEB_JS.rglob("*.js"))
    found = []
    for function in _js_functions(files):
        length = function["end"] - function["start"] + 1
        if length <= MAX_LINES:
            continue
        path = Path(function["file"])
        if not _explained(path.read_text().splitlines(), function["start"], "//"):
            found.append(f"{path.relative_to(ROOT)}:{function['start']} {function['name']} ({length} lines)")
    assert found == [], (f"functions over {MAX_LINES} lines (nested ones included) need splitting, or a "
                         f"'// {LONG_MARK} why' comment on the line above:\n" + "\n".join(found))


# --- Lint markers --------------------------------------------------------------------------------------------

def test_no_noqa_for_a_rule_ruff_does_not_run():
    """RUF100 reports a `# noqa` for a rule that is not selected, or that the line no longer breaks."""
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--extend-select", "RUF100", "--output-format",
                             "concise", "app", "tests", "bench"], cwd=BACKEND, capture_output=True, text=True,
                            timeout=120, check=False)
    stale = [line for line in result.stdout.splitlines() if "RUF100" in line]
    assert stale == [], "noqa markers for rules ruff does not run (or that nothing breaks):\n" + "\n".join(stale)
