"""Analytics speed on a realistic volume: 200,000 answers in PostgreSQL, then the class results and question
analysis for one class of 30 on an assessment of 20 questions, timed over many runs.

    cd backend && ../.venv/bin/python -m bench.analytics_bench [--answers 200000] [--runs 50] [--keep]

Uses a throwaway database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL). Target: both
under 50 ms. Prints a small table; the README's performance section quotes it."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import async_sessionmaker

from app import question_types as engine
from app.db import create_engine
from app.models import (
    Answer,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    ClassTeacher,
    MarkingStatus,
    Question,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.services.analytics import mastery, questions, results
from bench.throwaway import bench_database, p95
from tests.question_types.samples import sample

TYPES = ["multiple_choice", "multiple_select", "text_input", "binary_convert", "matching", "ordering",
         "code_completion", "logic_gates", "drag_label", "parsons"]
QUESTIONS = 20
CLASS_SIZE = 30


async def seed(url: str, total_answers: int) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """Many classes each taking their own copy of a 20-question assessment, 20 answers per attempt."""
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    rng = random.Random(7)
    attempts_needed = total_answers // QUESTIONS
    classes_needed = max(1, attempts_needed // CLASS_SIZE)
    configs = {t: (await engine.check(sample(t), sandbox=None)).config for t in TYPES}
    keys = {t: engine.example_answer(c) for t, c in configs.items()}
    now = utcnow()
    async with maker() as session:
        teacher = User(username="bench-teacher", password_hash="x", name="Bench", role=Role.teacher)
        session.add(teacher)
        await session.flush()
        target = None
        for c in range(classes_needed):
            school_class = SchoolClass(name=f"C{c}", year_group=7 + c % 3, academic_year="2026-27")
            assessment = Assessment(title=f"Assessment {c}", owner_id=teacher.id, status=AssessmentStatus.published,
                                    ai_marking={}, generation={}, total_points=QUESTIONS * 2)
            session.add_all([school_class, assessment])
            await session.flush()
            session.add(ClassTeacher(class_id=school_class.id, teacher_id=teacher.id))
            session.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id))
            question_rows = [
                {"id": uuid.uuid4(), "assessment_id": assessment.id, "position": i, "type": TYPES[i % len(TYPES)],
                 "question_text": f"Q{i}", "config": configs[TYPES[i % len(TYPES)]], "points": 2, "difficulty": 2,
                 "time_estimate_seconds": 60, "feedback": {}, "strands": ["AL"], "tags": [], "warnings": [],
                 "version": 1}
                for i in range(QUESTIONS)
            ]
            await session.execute(insert(Question), question_rows)
            pupil_rows = [
                {"id": uuid.uuid4(), "username": f"p{c}-{i}", "password_hash": "x", "name": f"Pupil {c}-{i}",
                 "role": Role.pupil, "is_active": True, "first_name": "Pupil", "last_name": f"{c}-{i}", "year_group": 7}
                for i in range(CLASS_SIZE)
            ]
            await session.execute(insert(User), pupil_rows)
            await session.execute(insert(ClassPupil), [{"class_id": school_class.id, "pupil_id": p["id"]}
                                                       for p in pupil_rows])
            attempt_rows, answer_rows = [], []
            for p in pupil_rows:
                attempt_id = uuid.uuid4()
                total = 0.0
                for q in question_rows:
                    right = rng.random() < 0.7
                    score = 2.0 if right else rng.choice([0.0, 1.0])
                    total += score
                    answer_rows.append({
                        "id": uuid.uuid4(), "attempt_id": attempt_id, "question_id": q["id"],
                        "answer_data": keys[q["type"]] if right else {"text": rng.choice(["ram", "rom", "cpu"])},
                        "seq": 3, "status": MarkingStatus.marked, "score": score, "max_score": 2.0,
                        "is_correct": right, "released": True, "mark_details": {}, "time_taken_seconds": rng.randint(10, 200),
                        "tries": rng.randint(1, 3), "hint_used": rng.random() < 0.2, "scaffold_used": False,
                        "submitted_at": now,
                    })
                attempt_rows.append({
                    "id": attempt_id, "pupil_id": p["id"], "assessment_id": assessment.id, "class_id": school_class.id,
                    "attempt_number": 1, "status": AttemptStatus.completed, "started_at": now - timedelta(minutes=20),
                    "completed_at": now, "time_taken_seconds": 1200, "total_score": total,
                    "max_score": QUESTIONS * 2.0, "percentage": round(100 * total / (QUESTIONS * 2), 1),
                    "question_order": [str(q["id"]) for q in question_rows], "option_seed": 0, "current_index": 0,
                })
            await session.execute(insert(Attempt), attempt_rows)
            await session.execute(insert(Answer), answer_rows)
            if target is None:
                target = (assessment.id, school_class.id)
            if c % 20 == 0:
                await session.commit()
                print(f"  seeded {len(answer_rows) * (c + 1):,} answers", file=sys.stderr, flush=True)
        await session.commit()
        teacher_id = teacher.id
    await engine_.dispose()
    return target[0], target[1], teacher_id


async def measure(url: str, assessment_id: uuid.UUID, class_id: uuid.UUID, teacher_id: uuid.UUID, runs: int) -> dict:
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    timings: dict[str, list[float]] = {"class results": [], "question analysis": [], "mastery": []}
    async with maker() as session:
        await session.execute(__import__("sqlalchemy").text("ANALYZE"))
        await session.commit()
    for i in range(runs + 3):
        async with maker() as session:
            teacher = await session.get(User, teacher_id)
            for name, fn in (("class results", results.class_results),
                             ("question analysis", questions.question_analysis),
                             ("mastery", mastery.mastery)):
                start = time.perf_counter()
                await fn(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id)
                if i >= 3:  # the first runs warm the caches
                    timings[name].append((time.perf_counter() - start) * 1000)
    await engine_.dispose()
    return timings



async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()
    async with bench_database(keep=args.keep) as url:
        started = time.perf_counter()
        assessment_id, class_id, teacher_id = await seed(url, args.answers)
        print(f"Seeded {args.answers:,} answers in {time.perf_counter() - started:.0f} s", flush=True)
        timings = await measure(url, assessment_id, class_id, teacher_id, args.runs)
        print(f"\nOne class of {CLASS_SIZE} on a {QUESTIONS}-question assessment, {args.answers:,} answers in the "
              f"database, {args.runs} runs each (PostgreSQL):\n")
        print(f"| {'query':<18} | {'median ms':>9} | {'p95 ms':>7} | {'max ms':>7} |")
        print(f"|{'-' * 20}|{'-' * 11}|{'-' * 9}|{'-' * 9}|")
        for name, values in timings.items():
            print(f"| {name:<18} | {statistics.median(values):>9.1f} | {p95(values):>7.1f} | {max(values):>7.1f} |")


if __name__ == "__main__":
    asyncio.run(main())
