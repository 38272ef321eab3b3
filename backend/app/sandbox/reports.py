"""What callers pass in and get back from the sandbox: plain dataclasses, the same in-process and over HTTP."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

# ok: the code ran (tests may still not pass). The rest say why it could not run to the end.
STATUSES = ("ok", "syntax_error", "timeout", "memory", "output_limit", "crashed", "disabled", "unavailable")


@dataclass(frozen=True)
class TestCase:
    """One python_code test: an expression evaluated after the pupil's code, and the repr it should give."""

    __test__ = False  # not a pytest test class
    expression: str
    expected: str | None = None


@dataclass(frozen=True)
class ProgramCase:
    """One code_debug run: the program's stdin and the output it should print (None: just show the output)."""

    stdin: str = ""
    expected_output: str | None = None


@dataclass
class TestResult:
    """How one test or case went. `passed` is decided outside the sandbox; `got` is the repr or the output."""

    __test__ = False
    index: int
    passed: bool
    got: str | None
    error: str | None


@dataclass
class RunReport:
    """A whole run. `message` is calm and pupil-facing, and "" when status is "ok"."""

    status: str
    message: str
    stdout: str
    results: list[TestResult] = field(default_factory=list)
    duration_ms: int = 0

    @property
    def passed_count(self) -> int:
        return sum(1 for result in self.results if result.passed)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> RunReport:
        return cls(
            status=str(data["status"]),
            message=str(data["message"]),
            stdout=str(data["stdout"]),
            results=[
                TestResult(index=int(r["index"]), passed=bool(r["passed"]), got=r["got"], error=r["error"])
                for r in data["results"]
            ],
            duration_ms=int(data["duration_ms"]),
        )


@dataclass
class TraceReport:
    """A traced run: one row (variable -> shown value) per change of a tracked variable or per print."""

    status: str
    message: str
    rows: list[dict[str, str]] = field(default_factory=list)
    output: str = ""

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> TraceReport:
        return cls(
            status=str(data["status"]),
            message=str(data["message"]),
            rows=[{str(k): str(v) for k, v in row.items()} for row in data["rows"]],
            output=str(data["output"]),
        )
