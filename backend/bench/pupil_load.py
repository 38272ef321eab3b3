"""A class taking the sample assessment at once: N pupils, each autosaving on every interaction, then submitting
every answer, then finishing — against a real server (uvicorn, 2 workers) on PostgreSQL. Reports throughput and
p50 / p95 / p99 latency of autosave and submit, any errors, and then checks in the database that nothing was
lost: every pupil's newest save of every question is the one stored, never an older one that arrived late.

    cd backend && ../.venv/bin/python -m bench.pupil_load --pupils 30
    cd backend && ../.venv/bin/python -m bench.pupil_load --pupils 300 --think-ms 250

By default it makes a throwaway database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL),
migrates it, seeds a teacher, a class of N pupils and the demo sample assessment (all 14 question types), starts
`uvicorn --workers 2` on a free port and drops everything afterwards. `--url URL --database-url DB` points it at a
server that is already running instead (the database is still seeded and checked through DB).

The pupils run in three phases, one after the other, so each endpoint is measured on its own:
  1. answering: every question gets `--saves-per-question` autosaves with an increasing seq (typing: the text
     grows; clicks and drags: the answer as chosen); every `--late-every`-th save is followed by a copy of an
     older save, as a slow network delivers it late (the server must keep the newer one);
  2. submitting every answer (marked at once; code questions run in the sandbox);
  3. finishing (complete).
`--think-ms` is a pause between one pupil's requests (0 = as fast as the server answers: the class saturates it).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

import bcrypt
import httpx
from sqlalchemy import insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import async_sessionmaker

from app import migrations
from app import question_types as engine
from app.cli import KEEP_ALIVE_SECONDS
from app.db import create_engine
from app.demo import sample_assessment
from app.models import ClassPupil, ClassTeacher, Question, Role, SchoolClass, Unit, User
from tests import dbs

BACKEND = Path(__file__).resolve().parents[1]
PASSWORD = "bench-pupil-1"
WARM_UP_SAVES = 5
FIRST_MEASURED_SEQ = WARM_UP_SAVES + 1
CODE_TYPES = {"python_code", "code_debug"}


# --- Setting up ----------------------------------------------------------------------------------------------

async def seed(database_url: str, pupils: int) -> tuple[str, list[str], dict[str, dict]]:
    """A teacher, a class of `pupils`, the sample assessment published to it.
    Returns (assessment id, usernames, {question id: {type, answer}}) where answer gets full marks."""
    db = create_engine(database_url)
    maker = async_sessionmaker(db, expire_on_commit=False)
    tag = uuid.uuid4().hex[:6]
    # One cheap hash for every bench pupil: logging 300 pupils in should not be a bcrypt benchmark.
    password_hash = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(4)).decode()
    async with maker() as session:
        teacher = User(username=f"bench-teacher-{tag}", password_hash=password_hash, name="Bench teacher",
                       role=Role.teacher, is_active=True)
        school_class = SchoolClass(name=f"B{tag}", year_group=7, academic_year="2025-26")
        unit = Unit(title="Bench unit", description="", year_group=7, half_term=1, academic_year="2025-26",
                    vocabulary=[])
        session.add_all([teacher, school_class])
        await session.flush()
        unit.owner_id = teacher.id
        session.add(unit)
        session.add(ClassTeacher(class_id=school_class.id, teacher_id=teacher.id))
        names = [f"bench-{tag}-{i:03d}" for i in range(pupils)]
        ids = [uuid.uuid4() for _ in names]
        await session.execute(insert(User), [
            {"id": pid, "username": name, "password_hash": password_hash, "name": f"Pupil {i}", "role": Role.pupil,
             "is_active": True, "first_name": "Pupil", "last_name": str(i), "year_group": 7}
            for i, (pid, name) in enumerate(zip(ids, names, strict=True))
        ])
        await session.execute(insert(ClassPupil), [{"class_id": school_class.id, "pupil_id": pid} for pid in ids])
        await session.flush()
        assessment = await sample_assessment.seed(session, unit=unit, teacher=teacher, school_class=school_class)
        questions = (await session.execute(select(Question).where(Question.assessment_id == assessment.id))).scalars()
        answers = {str(q.id): {"type": q.type, "answer": engine.example_answer(q.config)} for q in questions}
        await session.commit()
        assessment_id = str(assessment.id)
    # Table statistics, as autovacuum gathers them soon after a school imports its pupils: without them PostgreSQL
    # guesses, and found the signed-in pupil by scanning every pupil (the role index) instead of by primary key.
    async with db.connect() as conn:
        await conn.execution_options(isolation_level="AUTOCOMMIT")
        await conn.execute(text("ANALYZE"))
    await db.dispose()
    return assessment_id, names, answers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(database_url: str, workers: int, data_dir: Path, app: str = "app.main:app") -> tuple[subprocess.Popen, str]:
    """uvicorn with `workers` processes in production mode, as a school would run it: uvicorn's own access log
    off, the app's one line per request on at LOG_LEVEL=INFO (BENCH_LOG_LEVEL=WARNING leaves it out)."""
    port = free_port()
    env = {
        **os.environ,
        "APP_ENV": "production",
        "DATABASE_URL": database_url,
        "SESSION_SECRET": secrets.token_urlsafe(48),
        "DATA_DIR": str(data_dir),
        "LOG_LEVEL": os.environ.get("BENCH_LOG_LEVEL", "INFO"),
        "OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "RUNNER_URL": "",
        "BCRYPT_ROUNDS": "12",
        "RATE_LIMIT_ATTEMPTS": "1000",
    }
    log = (data_dir / "server.log").open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", str(port),
         "--workers", str(workers), "--no-access-log", "--log-level", "warning",
         "--timeout-keep-alive", str(KEEP_ALIVE_SECONDS)],
        cwd=BACKEND, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"The server stopped while starting; see {data_dir / 'server.log'}")
        try:
            if httpx.get(f"{url}/api/health", timeout=1).status_code == 200:
                time.sleep(1.0)  # let every worker finish starting, not only the first to answer
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("The server did not answer /api/health within 60 seconds.")


def stop_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


# --- CPU used, from /proc: the machine may be shared, so CPU time per request is the steadier figure ---------

TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def _proc_cpu(pid: str) -> tuple[int, float] | None:
    """(process group, CPU seconds) of one process, or None when it has gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return int(fields[2]), (int(fields[11]) + int(fields[12])) / TICKS


@dataclass
class CpuMeter:
    """CPU seconds of the server (its process group: uvicorn and its workers) and of PostgreSQL's backends
    serving our database (matched by the database name in their process title)."""

    server_group: int | None
    database_name: str

    def sample(self) -> dict[str, float]:
        totals = {"server": 0.0, "database": 0.0}
        if not Path("/proc").is_dir():
            return totals
        for entry in os.listdir("/proc"):
            if not entry.isdigit():
                continue
            found = _proc_cpu(entry)
            if found is None:
                continue
            group, seconds = found
            if self.server_group is not None and group == self.server_group:
                totals["server"] += seconds
                continue
            try:
                title = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if title.startswith(b"postgres:") and f" {self.database_name} ".encode() in title:
                totals["database"] += seconds
        return totals


# --- The pupils ----------------------------------------------------------------------------------------------

@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: {})
    errors: list[str] = field(default_factory=list)
    phase_seconds: dict[str, float] = field(default_factory=dict)
    phase_cpu: dict[str, dict[str, float]] = field(default_factory=dict)
    meter: CpuMeter | None = None

    def add(self, kind: str, seconds: float) -> None:
        self.latencies.setdefault(kind, []).append(seconds)


def drafts(answer: dict, count: int) -> list[dict]:
    """What the answer looks like save by save: text grows as it is typed; a choice is the choice each time."""
    out = []
    for i in range(1, count + 1):
        draft = {}
        for key, value in answer.items():
            if isinstance(value, str) and len(value) > 1:
                draft[key] = value[: max(1, round(len(value) * i / count))]
            else:
                draft[key] = value
        out.append(draft)
    return out


class KeepAliveJson:
    """The autosave loop's HTTP client: one keep-alive connection, requests written as bytes, JSON answers read
    by Content-Length. httpx costs about 1.7 ms of CPU a request here, so on a 2-core machine a class driven
    through it would measure the load generator, not the server; this costs a tenth of that."""

    def __init__(self, base_url: str, headers: dict[str, str]) -> None:
        url = httpx.URL(base_url)
        self.host, self.port = url.host, url.port or 80
        self.fixed = "".join(f"{k}: {v}\r\n" for k, v in {"Host": f"{self.host}:{self.port}", **headers}.items())
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: dict) -> tuple[int, dict]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        data = json.dumps(body, separators=(",", ":")).encode()
        head = (f"{method} {path} HTTP/1.1\r\n{self.fixed}Content-Type: application/json\r\n"
                f"Content-Length: {len(data)}\r\n\r\n").encode()
        self.writer.write(head + data)
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionResetError("the server closed the connection")
        status = int(status_line.split()[1])
        length = 0
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        payload = await self.reader.readexactly(length) if length else b""
        return status, (json.loads(payload) if payload else {})

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            with contextlib.suppress(OSError):
                await self.writer.wait_closed()


class Pupil:
    def __init__(self, base_url: str, username: str, stats: Stats, think: float) -> None:
        self.base_url = base_url
        self.client = httpx.AsyncClient(base_url=base_url, timeout=120,
                                        limits=httpx.Limits(max_connections=2, max_keepalive_connections=2))
        self.fast: KeepAliveJson | None = None
        self.username = username
        self.stats = stats
        self.think = think
        self.attempt_id = ""
        self.question_ids: list[str] = []
        self.expected: dict[str, tuple[int, dict]] = {}  # question id -> (newest seq, answer) sent
        self.page = uuid.uuid4().hex  # the browser tab: its saves are ordered by seq

    async def call(self, kind: str, method: str, path: str, body: dict | None = None, *, ok=(200, 204)) -> dict | None:
        started = time.perf_counter()
        try:
            response = await self.client.request(method, path, json=body)
        except httpx.HTTPError as exc:
            self.stats.errors.append(f"{kind} {self.username}: {type(exc).__name__} {exc}")
            return None
        self.stats.add(kind, time.perf_counter() - started)
        if response.status_code not in ok:
            self.stats.errors.append(f"{kind} {self.username}: HTTP {response.status_code} {response.text[:200]}")
            return None
        return response.json() if response.content else {}

    async def save(self, path: str, body: dict) -> dict | None:
        """One autosave on the keep-alive connection, timed."""
        started = time.perf_counter()
        try:
            status, answer = await self.fast.request("PUT", path, body)
        except (OSError, ValueError, asyncio.IncompleteReadError) as exc:
            self.stats.errors.append(f"autosave {self.username}: {type(exc).__name__} {exc}")
            await self.fast.close()
            self.fast = KeepAliveJson(self.base_url, self.fast_headers)
            return None
        self.stats.add("autosave", time.perf_counter() - started)
        if status != 200:
            self.stats.errors.append(f"autosave {self.username}: HTTP {status} {answer}")
            return None
        return answer

    async def pause(self) -> None:
        if self.think:
            await asyncio.sleep(self.think)

    async def sign_in_and_start(self, assessment_id: str) -> None:
        signed = await self.call("login", "POST", "/api/auth/login", {"username": self.username, "password": PASSWORD})
        if signed is None:
            return
        self.client.headers["X-CSRF-Token"] = signed["csrf_token"]
        cookies = "; ".join(f"{name}={value}" for name, value in self.client.cookies.items())
        self.fast_headers = {"Cookie": cookies, "X-CSRF-Token": signed["csrf_token"], "Accept": "application/json"}
        self.fast = KeepAliveJson(self.base_url, self.fast_headers)
        view = await self.call("start", "POST", f"/api/pupil/assessments/{assessment_id}/start")
        if view is None:
            return
        self.attempt_id = view["attempt_id"]
        self.question_ids = [q["id"] for q in view["questions"]]

    async def warm_up(self, answers: dict[str, dict]) -> None:
        """A few untimed saves of the first question (seq 1..WARM_UP_SAVES), so the measured phase sees a server
        whose connection pools are open and whose statements are prepared, as they are after the first minute
        of a lesson. The measured saves carry higher seqs."""
        qid = self.question_ids[0]
        path = f"/api/pupil/attempts/{self.attempt_id}/answers/{qid}"
        for seq in range(1, WARM_UP_SAVES + 1):
            await self.fast.request("PUT", path, {"answer_data": answers[qid]["answer"], "seq": seq, "page": self.page})

    async def answer_everything(self, answers: dict[str, dict], saves: int, late_every: int) -> None:
        sent = 0
        for qid in self.question_ids:
            path = f"/api/pupil/attempts/{self.attempt_id}/answers/{qid}"
            versions = drafts(answers[qid]["answer"], saves)
            for seq, draft in enumerate(versions, start=FIRST_MEASURED_SEQ):
                result = await self.save(path, {"answer_data": draft, "seq": seq, "elapsed_seconds": seq,
                                                "page": self.page})
                if result is not None:
                    self.expected[qid] = (seq, draft)
                    if (result.get("saved"), result.get("seq")) != (True, seq):
                        self.stats.errors.append(f"autosave {self.username}: sent seq {seq}, server said {result}")
                sent += 1
                if late_every and sent % late_every == 0 and seq > FIRST_MEASURED_SEQ:
                    # An older save delivered late: the server must answer with the newer seq it already has.
                    late = await self.save(path, {"answer_data": versions[seq - FIRST_MEASURED_SEQ - 1], "seq": seq - 1,
                                                  "page": self.page})
                    if late is not None and (late.get("saved"), late.get("seq")) != (False, seq):
                        self.stats.errors.append(f"late save {self.username}: server said {late}")
                await self.pause()

    async def submit_everything(self, answers: dict[str, dict], saves: int) -> None:
        for qid in self.question_ids:
            kind = "submit (code, sandbox)" if answers[qid]["type"] in CODE_TYPES else "submit"
            answer = answers[qid]["answer"]
            result = await self.call(kind, "POST", f"/api/pupil/attempts/{self.attempt_id}/answers/{qid}/submit",
                                     {"answer_data": answer, "seq": FIRST_MEASURED_SEQ + saves})
            if result is not None:
                self.expected[qid] = (FIRST_MEASURED_SEQ + saves, answer)
                if answers[qid]["type"] != "extended_text" and not result.get("is_correct"):
                    self.stats.errors.append(f"submit {self.username} {answers[qid]['type']}: not marked right: "
                                             f"{result.get('feedback')}")
            await self.pause()

    async def finish(self) -> None:
        await self.call("complete", "POST", f"/api/pupil/attempts/{self.attempt_id}/complete")

    async def close(self) -> None:
        await self.client.aclose()
        if self.fast is not None:
            await self.fast.close()


async def phase(stats: Stats, name: str, jobs) -> None:
    before = stats.meter.sample() if stats.meter else {}
    client_before = time.process_time()
    started = time.perf_counter()
    await asyncio.gather(*jobs)
    stats.phase_seconds[name] = time.perf_counter() - started
    after = stats.meter.sample() if stats.meter else {}
    stats.phase_cpu[name] = {k: after[k] - before[k] for k in before}
    stats.phase_cpu[name]["load generator"] = time.process_time() - client_before


async def drive(base_url: str, assessment_id: str, names: list[str], answers: dict, *, saves: int, late_every: int,
                think: float, meter: CpuMeter | None) -> tuple[Stats, list[Pupil]]:
    stats = Stats(meter=meter)
    pupils = [Pupil(base_url, name, stats, think) for name in names]
    await phase(stats, "sign in and start", [p.sign_in_and_start(assessment_id) for p in pupils])
    ready = [p for p in pupils if p.attempt_id]
    await phase(stats, "warming up", [p.warm_up(answers) for p in ready])
    await phase(stats, "answering (autosave)", [p.answer_everything(answers, saves, late_every) for p in ready])
    await phase(stats, "submitting", [p.submit_everything(answers, saves) for p in ready])
    await phase(stats, "finishing", [p.finish() for p in ready])
    for p in pupils:
        await p.close()
    return stats, pupils


# --- The reference point: a bare one-row insert on the same machine, same workers, same client ------------------

async def reference_phase(base_url: str, pupils: list[Pupil], answers: dict, saves: int, meter: CpuMeter) -> Stats:
    """Every pupil sends the same saves again, to a bare app that inserts one row per request (bench.reference_insert)."""
    stats = Stats(meter=meter)

    async def one(pupil: Pupil) -> None:
        client = KeepAliveJson(base_url, {"Accept": "application/json"})
        try:
            for qid in pupil.question_ids:
                path = f"/api/pupil/attempts/{pupil.attempt_id}/answers/{qid}"
                for seq, draft in enumerate(drafts(answers[qid]["answer"], saves), start=1):
                    started = time.perf_counter()
                    status, _ = await client.request("PUT", path, {"answer_data": draft, "seq": seq})
                    stats.add("reference insert", time.perf_counter() - started)
                    if status != 200:
                        stats.errors.append(f"reference insert: HTTP {status}")
        finally:
            await client.close()

    await phase(stats, "reference (bare insert)", [one(p) for p in pupils if p.attempt_id])
    return stats


def run_reference(database_url: str, workers: int, pupils: list[Pupil], answers: dict, saves: int) -> Stats:
    import psycopg

    from bench.reference_insert import TABLE_SQL

    with psycopg.connect(make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False),
                         autocommit=True) as conn:
        conn.execute(TABLE_SQL)
    data_dir = Path(tempfile.mkdtemp(prefix="ks3-bench-reference-"))
    process, url = start_server(database_url, workers, data_dir, "bench.reference_insert:app")
    try:
        meter = CpuMeter(server_group=process.pid, database_name=make_url(database_url).database or "")
        return asyncio.run(reference_phase(url, pupils, answers, saves, meter))
    finally:
        stop_server(process)


# --- Checking nothing was lost --------------------------------------------------------------------------------

async def verify(database_url: str, pupils: list[Pupil]) -> list[str]:
    """Every pupil's newest save or submit of every question is what the database holds; every attempt finished."""
    db = create_engine(database_url)
    problems = []
    async with db.connect() as conn:
        for pupil in pupils:
            if not pupil.attempt_id:
                problems.append(f"{pupil.username}: never started")
                continue
            attempt = uuid.UUID(pupil.attempt_id)
            status = (await conn.execute(text("SELECT status FROM attempts WHERE id = :id"), {"id": attempt})).scalar()
            if status != "completed":
                problems.append(f"{pupil.username}: attempt is {status}, not completed")
            rows = (await conn.execute(
                text("SELECT question_id, seq, answer_data FROM answers WHERE attempt_id = :id"), {"id": attempt}
            )).all()
            stored = {str(r.question_id): (r.seq, r.answer_data if isinstance(r.answer_data, dict)
                                            else json.loads(r.answer_data)) for r in rows}
            for qid, (seq, answer) in pupil.expected.items():
                got = stored.get(qid)
                if got is None:
                    problems.append(f"{pupil.username} {qid}: no answer stored")
                elif got != (seq, answer):
                    problems.append(f"{pupil.username} {qid}: stored seq {got[0]} {got[1]!r}, newest was seq {seq} {answer!r}")
            missing = set(pupil.question_ids) - set(pupil.expected)
            problems.extend(f"{pupil.username} {qid}: no save was acknowledged" for qid in missing)
    await db.dispose()
    return problems


# --- Reporting -----------------------------------------------------------------------------------------------

def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def report(stats: Stats, pupils: int, problems: list[str], args: argparse.Namespace) -> dict:
    rows = []
    phase_of = {"autosave": "answering (autosave)", "submit": "submitting", "submit (code, sandbox)": "submitting",
                "complete": "finishing", "login": "sign in and start", "start": "sign in and start",
                "reference insert": "reference (bare insert)"}
    for kind in ("autosave", "submit", "submit (code, sandbox)", "complete", "login", "start", "reference insert"):
        values = stats.latencies.get(kind, [])
        if not values:
            continue
        seconds = stats.phase_seconds.get(phase_of[kind], 0) or 1
        rows.append({
            "endpoint": kind, "requests": len(values), "per_second": len(values) / seconds,
            "p50_ms": 1000 * percentile(values, 50), "p95_ms": 1000 * percentile(values, 95),
            "p99_ms": 1000 * percentile(values, 99), "mean_ms": 1000 * statistics.fmean(values),
        })
    print(f"\nPupil load: {pupils} pupils, {args.saves_per_question} saves per question, think {args.think_ms} ms, "
          f"{args.workers} workers, database pool {args.pool_size} + {args.max_overflow} per worker")
    print(f"{'endpoint':<24}{'requests':>9}{'per s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for r in rows:
        print(f"{r['endpoint']:<24}{r['requests']:>9}{r['per_second']:>9.0f}{r['p50_ms']:>9.1f}{r['p95_ms']:>9.1f}"
              f"{r['p99_ms']:>9.1f}")
    for name, seconds in stats.phase_seconds.items():
        cpu = stats.phase_cpu.get(name, {})
        used = ", ".join(f"{k} {v:.1f}" for k, v in cpu.items())
        print(f"  phase {name}: {seconds:.1f} s (CPU seconds: {used})")
    saves = len(stats.latencies.get("autosave", []))
    cpu = stats.phase_cpu.get("answering (autosave)", {})
    per_save = {k: 1000 * v / saves for k, v in cpu.items()} if saves else {}
    if per_save:
        print("  CPU per autosave: " + ", ".join(f"{k} {v:.2f} ms" for k, v in per_save.items()))
    inserts = len(stats.latencies.get("reference insert", []))
    cpu = stats.phase_cpu.get("reference (bare insert)", {})
    if inserts:
        print("  CPU per bare insert: " + ", ".join(f"{k} {1000 * v / inserts:.2f} ms" for k, v in cpu.items()))
    print(f"  machine: {os.cpu_count()} CPUs, load average before the run {args.load_before:.1f}")
    print(f"errors: {len(stats.errors)}")
    for e in stats.errors[:10]:
        print(f"  {e}")
    print(f"database check: {'every newest answer stored, every attempt finished' if not problems else ''}")
    for p in problems[:10]:
        print(f"  LOST: {p}")
    return {"pupils": pupils, "rows": rows, "errors": stats.errors, "lost": problems,
            "phases": stats.phase_seconds, "phase_cpu": stats.phase_cpu, "cpu_ms_per_autosave": per_save,
            "load_before": args.load_before}


# --- Main ----------------------------------------------------------------------------------------------------

def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--saves-per-question", type=int, default=10)
    parser.add_argument("--late-every", type=int, default=7, help="send an older save late after every n-th save")
    parser.add_argument("--think-ms", type=int, default=0, help="pause between one pupil's requests")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--app", default="app.main:app", help="the ASGI app uvicorn serves (to compare variants)")
    parser.add_argument("--pool-size", type=int, default=16,
                        help="database connections each worker keeps (DB_POOL_SIZE); a closed-loop class needs about "
                             "pupils / workers of them, or connections are opened and closed on every request")
    parser.add_argument("--max-overflow", type=int, default=8)
    parser.add_argument("--reference", action="store_true",
                        help="afterwards, send the same saves to a bare one-row-insert app (bench.reference_insert)")
    parser.add_argument("--url", help="a running server (then --database-url is its database)")
    parser.add_argument("--database-url", help="the database to seed and check (default: a throwaway one)")
    parser.add_argument("--json", help="also write the results to this file")
    parser.add_argument("--keep", action="store_true", help="keep the throwaway database")
    args = parser.parse_args()
    args.load_before = os.getloadavg()[0]
    os.environ["DB_POOL_SIZE"] = str(args.pool_size)  # read by the servers this script starts
    os.environ["DB_MAX_OVERFLOW"] = str(args.max_overflow)
    if args.url and not args.database_url:
        parser.error("--url needs --database-url (to seed the class and check the answers)")

    throwaway = None
    database_url = args.database_url
    if database_url is None:
        server = dbs.postgres_server_url()
        if server is None:
            raise SystemExit("PostgreSQL is not reachable on 127.0.0.1:5432; set TEST_DATABASE_URL.")
        database_url = throwaway = dbs.create_postgres_database(server, prefix="ks3_bench")
        migrations.upgrade(database_url)
    process = None
    try:
        print(f"Seeding {args.pupils} pupils and the sample assessment…")
        assessment_id, names, answers = asyncio.run(seed(database_url, args.pupils))
        base_url = args.url
        if base_url is None:
            data_dir = Path(tempfile.mkdtemp(prefix="ks3-bench-"))
            process, base_url = start_server(database_url, args.workers, data_dir, args.app)
        print(f"Driving {args.pupils} pupils against {base_url}…")
        meter = CpuMeter(server_group=process.pid if process else None,
                         database_name=make_url(database_url).database or "")
        stats, pupils = asyncio.run(drive(base_url, assessment_id, names, answers, saves=args.saves_per_question,
                                          late_every=args.late_every, think=args.think_ms / 1000, meter=meter))
        problems = asyncio.run(verify(database_url, pupils))
        if process is not None:
            stop_server(process)
            process = None
        if args.reference:
            reference = run_reference(database_url, args.workers, pupils, answers, args.saves_per_question)
            stats.latencies.update(reference.latencies)
            stats.phase_seconds.update(reference.phase_seconds)
            stats.phase_cpu.update(reference.phase_cpu)
            stats.errors.extend(reference.errors)
        result = report(stats, args.pupils, problems, args)
        if args.json:
            Path(args.json).write_text(json.dumps(result, indent=2))
        return 1 if (stats.errors or problems) else 0
    finally:
        if process is not None:
            stop_server(process)
        if throwaway and not args.keep:
            dbs.drop_postgres_database(throwaway)


if __name__ == "__main__":
    sys.exit(main())
