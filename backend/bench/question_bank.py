"""Question bank speed: 20,000 questions in PostgreSQL (1,000 assessments of 20), each answered by a class of 25
(500,000 answers with their tries), then bank searches — words, filters, a deep page — each with the statistics of
its page of 20, timed over many runs.

    cd backend && ../.venv/bin/python -m bench.question_bank [--assessments 1000] [--pupils 25] [--runs 50] [--keep]

Uses a throwaway database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL). Target: every search
under 50 ms. Prints a small table; the README's performance section quotes it."""

from __future__ import annotations

import argparse
import asyncio
import copy
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app.db import create_engine
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    MarkingStatus,
    Question,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.models.assessment import question_search_text
from app.schemas.bank import BankSearch
from app.services.bank import search
from bench.throwaway import bench_database, p95
from tests.question_types.samples import sample

QUESTIONS = 20
CLASSES = 40
TYPES = ["multiple_choice", "multiple_select", "text_input", "binary_convert", "matching", "ordering",
         "code_completion", "logic_gates", "drag_label", "parsons"]
STRANDS = ["NW", "CM", "DI", "DD", "CS", "IT", "AL", "PG", "ET", "SS"]
TERMS = [
    "algorithm", "bandwidth", "binary", "bit", "byte", "cache", "cipher", "compiler", "condition", "database",
    "debugging", "decomposition", "denary", "encryption", "ethernet", "firewall", "flowchart", "function",
    "hardware", "hexadecimal", "iteration", "kilobyte", "loop", "malware", "memory", "network", "packet",
    "password", "phishing", "pixel", "processor", "protocol", "pseudocode", "python", "query", "router",
    "selection", "sequence", "server", "software", "sorting", "spreadsheet", "storage", "switch", "variable",
    "virus", "wireless", "abstraction", "boolean", "integer", "string", "list", "array", "index", "input",
    "output", "keyboard", "monitor", "printer", "sensor", "resolution", "sample", "frequency", "compression",
    "lossless", "lossy", "metadata", "bitmap", "vector", "animation", "formula", "cell", "record", "field",
    "table", "primary", "key", "search", "linear", "bubble", "merge", "insertion", "efficiency", "trace",
    "syntax", "error", "logic", "runtime", "interpreter", "translator", "assembly", "register", "clock", "core",
    "ethics", "privacy", "law", "copyright", "licence", "backup", "recovery", "authentication", "biometric",
    "cookie", "domain", "address", "browser", "website"
]
STEMS = ["Which statement describes", "What is meant by", "Explain how", "Choose the best example of",
         "Put in order the steps of", "Which of these uses", "Match each term about", "Complete the code using"]
TAGS = [f"tag{n}" for n in range(30)] + ["homework", "starter", "exam", "recall", "retrieval"]


def _question_rows(rng: random.Random, assessment_id: uuid.UUID, configs: dict[str, dict],
                   now: Any) -> list[dict[str, Any]]:
    rows = []
    for i in range(QUESTIONS):
        kind = TYPES[i % len(TYPES)]
        config = copy.deepcopy(configs[kind])
        for option in config.get("options", []):
            option["text"] = rng.choice(TERMS)
        rows.append({
            "id": uuid.uuid4(), "assessment_id": assessment_id, "position": i, "type": kind,
            "question_text": f"{rng.choice(STEMS)} {rng.choice(TERMS)} and {rng.choice(TERMS)}?", "config": config,
            "points": 2, "difficulty": rng.randint(1, 5), "time_estimate_seconds": 60, "feedback": {},
            "strands": rng.sample(STRANDS, rng.randint(1, 2)), "tags": rng.sample(TAGS, rng.randint(0, 2)),
            "warnings": [], "version": 1, "created_at": now - timedelta(seconds=rng.randint(0, 10_000_000)),
        })
        rows[-1]["search_text"] = question_search_text(rows[-1]["question_text"], config, rows[-1]["tags"])
    return rows


def _attempt_rows(rng: random.Random, assessment_id: uuid.UUID, class_id: uuid.UUID, pupils: list[uuid.UUID],
                  questions: list[dict[str, Any]], now: Any) -> tuple[list[dict], list[dict], list[dict]]:
    """Each pupil's completed attempt: answers (70% right in the end) and their tries (some need a second)."""
    attempts, answers, tries = [], [], []
    for pupil in pupils:
        attempt_id, total = uuid.uuid4(), 0.0
        ability = rng.random()
        for q in questions:
            first_right = rng.random() < 0.35 + 0.5 * ability
            right = first_right or rng.random() < 0.4
            score = 2.0 if right else rng.choice([0.0, 1.0])
            total += score
            answer_id = uuid.uuid4()
            answers.append({
                "id": answer_id, "attempt_id": attempt_id, "question_id": q["id"], "answer_data": {"text": "x"},
                "seq": 3, "status": MarkingStatus.marked, "score": score, "max_score": 2.0, "is_correct": right,
                "released": True, "mark_details": {}, "time_taken_seconds": rng.randint(10, 200),
                "tries": 1 if first_right else 2, "hint_used": rng.random() < 0.2, "scaffold_used": False,
                "submitted_at": now,
            })
            tries.append({"id": uuid.uuid4(), "answer_id": answer_id, "try_number": 1, "answer_data": {"text": "x"},
                          "score": 2.0 if first_right else 0.0, "is_correct": first_right,
                          "status": MarkingStatus.marked, "mark_details": {}, "created_at": now})
            if not first_right:
                tries.append({"id": uuid.uuid4(), "answer_id": answer_id, "try_number": 2,
                              "answer_data": {"text": "y"}, "score": score, "is_correct": right,
                              "status": MarkingStatus.marked, "mark_details": {}, "created_at": now})
        attempts.append({
            "id": attempt_id, "pupil_id": pupil, "assessment_id": assessment_id, "class_id": class_id,
            "attempt_number": 1, "status": AttemptStatus.completed, "started_at": now - timedelta(minutes=20),
            "completed_at": now, "time_taken_seconds": 1200, "total_score": total, "max_score": QUESTIONS * 2.0,
            "percentage": round(100 * total / (QUESTIONS * 2), 1),
            "question_order": [str(q["id"]) for q in questions], "option_seed": 0, "current_index": 0,
        })
    return attempts, answers, tries


async def _people(session: AsyncSession, pupils_per_class: int) -> tuple[uuid.UUID, list[tuple[uuid.UUID, list]]]:
    teacher = User(username="bench-teacher", password_hash="x", name="Bench", role=Role.teacher)
    session.add(teacher)
    await session.flush()
    classes = []
    for c in range(CLASSES):
        school_class = SchoolClass(name=f"C{c}", year_group=7 + c % 3, academic_year="2026-27")
        session.add(school_class)
        await session.flush()
        pupils = [{"id": uuid.uuid4(), "username": f"p{c}-{i}", "password_hash": "x", "name": f"Pupil {c}-{i}",
                   "role": Role.pupil, "is_active": True, "first_name": "Pupil", "last_name": f"{c}-{i}",
                   "year_group": 7} for i in range(pupils_per_class)]
        await session.execute(insert(User), pupils)
        await session.execute(insert(ClassPupil), [{"class_id": school_class.id, "pupil_id": p["id"]} for p in pupils])
        classes.append((school_class.id, [p["id"] for p in pupils]))
    return teacher.id, classes


async def seed(url: str, assessments: int, pupils_per_class: int) -> uuid.UUID:
    """One teacher's bank: `assessments` assessments of 20 questions, each taken by one class."""
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    rng = random.Random(11)
    configs = {t: (await engine.check(sample(t), sandbox=None)).config for t in TYPES}
    now = utcnow()
    async with maker() as session:
        teacher_id, classes = await _people(session, pupils_per_class)
        for n in range(assessments):
            class_id, pupils = classes[n % CLASSES]
            assessment = Assessment(title=f"Assessment {n}", owner_id=teacher_id, status=AssessmentStatus.published,
                                    ai_marking={}, generation={}, total_points=QUESTIONS * 2)
            session.add(assessment)
            await session.flush()
            session.add(AssessmentClass(assessment_id=assessment.id, class_id=class_id))
            questions = _question_rows(rng, assessment.id, configs, now)
            await session.execute(insert(Question), questions)
            attempts, answers, tries = _attempt_rows(rng, assessment.id, class_id, pupils, questions, now)
            await session.execute(insert(Attempt), attempts)
            await session.execute(insert(Answer), answers)
            await session.execute(insert(AnswerHistory), tries)
            if n % 50 == 49:
                await session.commit()
                print(f"  seeded {(n + 1) * QUESTIONS:,} questions", file=sys.stderr, flush=True)
        await session.commit()
        await session.execute(text("ANALYZE"))
        await session.commit()
    await engine_.dispose()
    return teacher_id


SEARCHES: dict[str, dict[str, Any]] = {
    "everything, page 1": {},
    "a common word": {"q": "which"},
    "a rarer word": {"q": "firewall"},
    "two words": {"q": "binary loop"},
    "part of a word": {"q": "encrypt"},
    "type + strand + difficulty": {"type": "multiple_choice", "strand": "AL", "difficulty": 3},
    "a tag": {"tags": ["homework"]},
    "word + filters": {"q": "network", "type": "multiple_choice", "difficulty": 2},
    "page 50": {"page": 50},
}


class Measured(NamedTuple):
    """One search's runs: wall-clock times (ms), its matches, and the CPU it cost per run (ms) in this process and
    in its PostgreSQL backend — what the time would be on an otherwise idle machine."""

    wall: list[float]
    total: int
    app_cpu: float
    db_cpu: float


def _backend_cpu_ms(pid: int) -> float:
    """A PostgreSQL backend's CPU time so far (user + system, from /proc; same machine only)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


async def measure(url: str, teacher_id: uuid.UUID, runs: int) -> dict[str, Measured]:
    """Each search `runs` times in one session (after 3 runs that warm the caches)."""
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    measured = {}
    for name, params in SEARCHES.items():
        async with maker() as session:
            teacher = await session.get(User, teacher_id)
            backend = await session.scalar(text("SELECT pg_backend_pid()"))
            for _ in range(3):
                await search.search(session, user=teacher, query=BankSearch(**params))
            wall, app_start, db_start = [], time.process_time(), _backend_cpu_ms(backend)
            for _ in range(runs):
                start = time.perf_counter()
                page = await search.search(session, user=teacher, query=BankSearch(**params))
                wall.append((time.perf_counter() - start) * 1000)
            measured[name] = Measured(wall, page.total, (time.process_time() - app_start) * 1000 / runs,
                                      (_backend_cpu_ms(backend) - db_start) / runs)
    await engine_.dispose()
    return measured


async def index_used(url: str) -> bool:
    """Whether PostgreSQL answers a word search from the trigram index (EXPLAIN of the count)."""
    engine_ = create_engine(url)
    async with engine_.connect() as connection:
        plan = (await connection.execute(text(
            "EXPLAIN SELECT count(*) FROM questions WHERE "
            "search_text LIKE '%firewall%' ESCAPE '/'"))).scalars().all()
    await engine_.dispose()
    return any("ix_questions_search_text" in line for line in plan)


async def _bench_teacher(url: str) -> uuid.UUID:
    engine_ = create_engine(url)
    async with engine_.connect() as connection:
        found = await connection.scalar(text("SELECT id FROM users WHERE username = 'bench-teacher'"))
    await engine_.dispose()
    return found



async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--pupils", type=int, default=25, help="pupils per class (each class takes its assessments)")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--database", help="measure a database kept by an earlier --keep run (no seeding)")
    args = parser.parse_args()
    questions, answers = args.assessments * QUESTIONS, args.assessments * QUESTIONS * args.pupils
    async with bench_database(keep=args.keep, existing=args.database, prefix="ks3_bench_bank") as url:
        started = time.perf_counter()
        teacher_id = await (_bench_teacher(url) if args.database else seed(url, args.assessments, args.pupils))
        print(f"Seeded {questions:,} questions and {answers:,} answers in {time.perf_counter() - started:.0f} s")
        measured = await measure(url, teacher_id, args.runs)
        print(f"\nOne teacher's bank of {questions:,} questions, {answers:,} answers behind them; a page of 20 with "
              f"its statistics, {args.runs} runs each (PostgreSQL; word index used: {await index_used(url)}; load "
              f"average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):\n")
        print(f"| {'search':<28} | {'matches':>7} | {'median ms':>9} | {'p95 ms':>7} | {'CPU ms (app + db)':>17} |")
        print(f"|{'-' * 30}|{'-' * 9}|{'-' * 11}|{'-' * 9}|{'-' * 19}|")
        for name, m in measured.items():
            cpu = f"{m.app_cpu + m.db_cpu:.1f} ({m.app_cpu:.1f} + {m.db_cpu:.1f})"
            print(f"| {name:<28} | {m.total:>7,} | {statistics.median(m.wall):>9.1f} | {p95(m.wall):>7.1f} | "
                  f"{cpu:>17} |")


if __name__ == "__main__":
    asyncio.run(main())
