"""Markbook speed on a realistic volume: one class of 30 pupils with 40 assessments of 10 questions set to it
(every pupil has taken every one), and other classes taking the same assessments until the database holds
200,000 answers (each with its first try in the answer history, a third with a second try). Times the markbook
and the class trends for that class, over many runs.

    cd backend && ../.venv/bin/python -m bench.markbook [--answers 200000] [--runs 50] [--keep]

Uses a throwaway database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL). Target: the
markbook under 50 ms. Prints a small table; the README's performance section quotes it."""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

from sqlalchemy import insert, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import create_engine
from app.models import (
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptEnd,
    AttemptStatus,
    ClassPupil,
    ClassTeacher,
    MarkingStatus,
    Question,
    Role,
    SchoolClass,
    Unit,
    User,
    utcnow,
)
from app.schemas.markbook import MarkbookFilters
from app.services.analytics import markbook, trends
from bench.throwaway import bench_database, p95

PUPILS = 30
ASSESSMENTS = 40
QUESTIONS = 10


class Seeder:
    """Rows made in memory and inserted in batches."""

    def __init__(self, session: AsyncSession, rng: random.Random) -> None:
        self.session, self.rng, self.now = session, rng, utcnow()
        self.attempts: list[dict] = []
        self.answers: list[dict] = []
        self.history: list[dict] = []
        self.answer_count = 0

    async def pupils(self, class_id: uuid.UUID, label: str) -> list[uuid.UUID]:
        rows = [{"id": uuid.uuid4(), "username": f"{label}-{i}", "password_hash": "x", "name": f"Pupil {label}-{i}",
                 "role": Role.pupil, "is_active": True, "first_name": "Pupil", "last_name": f"{label}-{i}",
                 "year_group": 7} for i in range(PUPILS)]
        await self.session.execute(insert(User), rows)
        await self.session.execute(insert(ClassPupil), [{"class_id": class_id, "pupil_id": r["id"]} for r in rows])
        return [r["id"] for r in rows]

    def attempt(self, pupil_id: uuid.UUID, class_id: uuid.UUID, assessment: tuple[uuid.UUID, list[uuid.UUID]]) -> None:
        attempt_id, total, first_total = uuid.uuid4(), 0.0, 0.0
        for question_id in assessment[1]:
            final = self.rng.choice([0.0, 1.0, 2.0, 2.0])
            first = final if self.rng.random() < 0.67 else 0.0
            total += final
            first_total += first
            answer_id = uuid.uuid4()
            self.answers.append({
                "id": answer_id, "attempt_id": attempt_id, "question_id": question_id, "answer_data": {}, "seq": 1,
                "status": MarkingStatus.marked, "score": final, "max_score": 2.0, "is_correct": final == 2.0,
                "released": True, "mark_details": {}, "time_taken_seconds": 30, "tries": 1 if first == final else 2,
                "hint_used": False, "scaffold_used": False, "submitted_at": self.now,
                "first_try_points": first, "first_try_correct": first == 2.0})
            for n, score in enumerate([first] if first == final else [first, final], start=1):
                self.history.append({"id": uuid.uuid4(), "answer_id": answer_id, "try_number": n, "answer_data": {},
                                     "score": score, "is_correct": score == 2.0, "status": MarkingStatus.marked,
                                     "feedback": "", "mark_details": {}, "hint_used": False, "released": True,
                                     "created_at": self.now})
        self.answer_count += len(assessment[1])
        self.attempts.append({
            "id": attempt_id, "pupil_id": pupil_id, "assessment_id": assessment[0], "class_id": class_id,
            "attempt_number": 1, "status": AttemptStatus.completed, "started_at": self.now - timedelta(minutes=20),
            "completed_at": self.now, "time_taken_seconds": 1200, "total_score": total, "first_try_score": first_total,
            "max_score": QUESTIONS * 2.0, "percentage": round(100 * total / (QUESTIONS * 2), 1),
            "end_reason": self.rng.choice([AttemptEnd.pupil, AttemptEnd.pupil, AttemptEnd.window_closed]),
            "question_order": [str(q) for q in assessment[1]], "option_seed": 0, "current_index": 0})

    async def flush(self) -> None:
        for model, rows in ((Attempt, self.attempts), (Answer, self.answers), (AnswerHistory, self.history)):
            if rows:
                await self.session.execute(insert(model), rows)
            rows.clear()
        await self.session.commit()


async def _assessments(session: AsyncSession, teacher_id: uuid.UUID,
                       class_id: uuid.UUID) -> list[tuple[uuid.UUID, list[uuid.UUID]]]:
    """40 assessments of 10 multiple-choice questions in 4 units, set to the class a week apart."""
    units = [Unit(title=f"Unit {u}", year_group=7, half_term=u + 1, vocabulary=[]) for u in range(4)]
    session.add_all(units)
    await session.flush()
    made = []
    start = utcnow() - timedelta(weeks=ASSESSMENTS)
    for a in range(ASSESSMENTS):
        assessment = Assessment(title=f"Quiz {a + 1}", owner_id=teacher_id, status=AssessmentStatus.published,
                                unit_id=units[a % 4].id, ai_marking={}, generation={}, total_points=QUESTIONS * 2)
        session.add(assessment)
        await session.flush()
        session.add(AssessmentClass(assessment_id=assessment.id, class_id=class_id,
                                    available_from=start + timedelta(weeks=a)))
        rows = [{"id": uuid.uuid4(), "assessment_id": assessment.id, "position": i, "type": "multiple_choice",
                 "question_text": f"Q{i}", "config": {}, "points": 2, "difficulty": 2, "time_estimate_seconds": 60,
                 "feedback": {}, "strands": ["AL"], "tags": [], "warnings": [], "version": 1}
                for i in range(QUESTIONS)]
        await session.execute(insert(Question), rows)
        made.append((assessment.id, [r["id"] for r in rows]))
    return made


async def seed(url: str, total_answers: int) -> tuple[uuid.UUID, uuid.UUID]:
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    async with maker() as session:
        seeder = Seeder(session, random.Random(19))
        teacher = User(username="bench-teacher", password_hash="x", name="Bench", role=Role.teacher)
        target = SchoolClass(name="7Bench", year_group=7, academic_year="2026-27")
        session.add_all([teacher, target])
        await session.flush()
        session.add(ClassTeacher(class_id=target.id, teacher_id=teacher.id))
        assessments = await _assessments(session, teacher.id, target.id)
        for pupil_id in await seeder.pupils(target.id, "t"):
            for assessment in assessments:
                seeder.attempt(pupil_id, target.id, assessment)
        await seeder.flush()
        n = 0
        while seeder.answer_count < total_answers:
            other = SchoolClass(name=f"C{n}", year_group=7, academic_year="2026-27")
            session.add(other)
            await session.flush()
            for pupil_id in await seeder.pupils(other.id, f"c{n}"):
                for assessment in seeder.rng.sample(assessments, 12):
                    seeder.attempt(pupil_id, other.id, assessment)
            await seeder.flush()
            n += 1
        print(f"  seeded {seeder.answer_count:,} answers", file=sys.stderr, flush=True)
        ids = (target.id, teacher.id)
    await engine_.dispose()
    return ids


async def measure(url: str, class_id: uuid.UUID, teacher_id: uuid.UUID, runs: int) -> dict[str, list[float]]:
    engine_ = create_engine(url)
    maker = async_sessionmaker(engine_, expire_on_commit=False)
    timings: dict[str, list[float]] = {"markbook": [], "markbook, one unit": [], "class trends": []}
    async with maker() as session:
        await session.execute(text("ANALYZE"))
        await session.commit()
    for i in range(runs + 3):
        async with maker() as session:
            teacher = await session.get(User, teacher_id)
            unit_id = (await markbook.assignments(session, class_id))[0].unit_id
            for name, fn, filters in (("markbook", markbook.markbook, MarkbookFilters()),
                                      ("markbook, one unit", markbook.markbook, MarkbookFilters(unit_id=unit_id)),
                                      ("class trends", trends.class_trends, MarkbookFilters())):
                start = time.perf_counter()
                await fn(session, class_id=class_id, teacher=teacher, filters=filters)
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
        class_id, teacher_id = await seed(url, args.answers)
        print(f"Seeded in {time.perf_counter() - started:.0f} s", flush=True)
        # As the server does once started (app/main.py): what lives as long as the process is frozen out of the
        # garbage collector's view, so its full collections do not walk it on every slow run.
        gc.collect()
        gc.freeze()
        timings = await measure(url, class_id, teacher_id, args.runs)
        print(f"\nOne class of {PUPILS} × {ASSESSMENTS} assessments of {QUESTIONS} questions, {args.answers:,}+ "
              f"answers in the database, {args.runs} runs each (PostgreSQL):\n")
        print(f"| {'query':<20} | {'median ms':>9} | {'p95 ms':>7} | {'max ms':>7} |")
        print(f"|{'-' * 22}|{'-' * 11}|{'-' * 9}|{'-' * 9}|")
        for name, values in timings.items():
            print(f"| {name:<20} | {statistics.median(values):>9.1f} | {p95(values):>7.1f} | {max(values):>7.1f} |")


if __name__ == "__main__":
    asyncio.run(main())
