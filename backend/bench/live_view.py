"""The live lesson view's speed on a realistic volume: 200,000 answers in PostgreSQL (bench.analytics_bench's
school), then one class of 30 in the middle of a lesson — most working on different questions, some on a break or
finished, a few not started, three asking for help among thousands of requests already seen — and the teacher's
page asking for GET /api/classes/{id}/live many times through the ASGI app (signing in included).

    cd backend && ../.venv/bin/python -m bench.live_view [--answers 200000] [--requests 300] [--keep]

Uses a throwaway database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL). Target: p95 under
50 ms. Prints p50/p95; the README's performance section quotes it."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import time
import uuid
from datetime import timedelta
from typing import NamedTuple

os.environ.setdefault("APP_ENV", "test")
os.environ.setdefault("BCRYPT_ROUNDS", "4")

import httpx
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.db import Database, create_engine, set_database
from app.models import Attempt, AttemptStatus, ClassPupil, HelpRequest, User, utcnow
from app.utils.security import hash_password_sync
from bench.analytics_bench import QUESTIONS, seed
from bench.throwaway import bench_database, p95

PASSWORD = "bench-live-view-password"
SEEN_REQUESTS = 5_000  # help requests teachers have already seen, across the school


async def make_it_a_lesson(url: str, assessment_id: uuid.UUID, class_id: uuid.UUID, teacher_id: uuid.UUID) -> str:
    """Turn the seeded class's finished attempts into a lesson in progress; return the teacher's username."""
    engine = create_engine(url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    rng = random.Random(11)
    now = utcnow()
    async with maker() as session:
        teacher = await session.get(User, teacher_id)
        teacher.password_hash = hash_password_sync(PASSWORD)
        pupils = list((await session.execute(select(ClassPupil.pupil_id).where(ClassPupil.class_id == class_id)
                                             .order_by(ClassPupil.pupil_id))).scalars())
        attempts = {pupil: attempt for pupil, attempt in await session.execute(
            select(Attempt.pupil_id, Attempt.id).where(Attempt.assessment_id == assessment_id))}
        await session.execute(delete(Attempt).where(Attempt.id.in_([attempts[p] for p in pupils[:4]])))  # not started
        for i, pupil in enumerate(pupils[4:]):
            status = AttemptStatus.completed if i < 4 else AttemptStatus.abandoned if i < 6 else AttemptStatus.in_progress
            await session.execute(update(Attempt).where(Attempt.id == attempts[pupil]).values(
                status=status, current_index=rng.randrange(QUESTIONS),
                last_activity_at=now - timedelta(seconds=rng.randint(5, 400))))
        others = list((await session.execute(select(Attempt.id).where(Attempt.assessment_id != assessment_id)
                                             .limit(SEEN_REQUESTS))).scalars())
        await session.execute(insert(HelpRequest), [
            {"id": uuid.uuid4(), "attempt_id": a, "created_at": now - timedelta(days=1), "seen_at": now}
            for a in others])
        for pupil in pupils[10:13]:
            session.add(HelpRequest(attempt_id=attempts[pupil], created_at=now - timedelta(minutes=1)))
        await session.commit()
        await session.execute(text("ANALYZE"))
        await session.commit()
        username = teacher.username
    await engine.dispose()
    return username


class Timings(NamedTuple):
    """Wall-clock milliseconds per request, and the CPU milliseconds this process spent per request (on a shared
    machine the wall clock also holds the time spent waiting for a core; the CPU figure does not)."""

    wall: list[float]
    cpu: float


async def measure(url: str, username: str, assessment_id: uuid.UUID, class_id: uuid.UUID,
                  requests: int) -> dict[str, Timings]:
    """The live view as the teacher's page asks for it, through the app, taking turns with the yardstick: the
    lightest signed-in request (GET /api/auth/me), so both see the machine as it is at that moment."""
    from app.main import app

    database = Database(url)
    set_database(database)
    probes = {"live view": (f"/api/classes/{class_id}/live", {"assessment_id": str(assessment_id)}),
              "yardstick: /api/auth/me": ("/api/auth/me", None)}
    wall: dict[str, list[float]] = {name: [] for name in probes}
    cpu = dict.fromkeys(probes, 0.0)
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            signed_in = await client.post("/api/auth/login", json={"username": username, "password": PASSWORD})
            signed_in.raise_for_status()
            for i in range(requests + 5):
                for name, (path, params) in probes.items():
                    start, start_cpu = time.perf_counter(), time.process_time()
                    response = await client.get(path, params=params)
                    elapsed, used = (time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000
                    response.raise_for_status()
                    if i >= 5:  # the first requests warm the caches
                        wall[name].append(elapsed)
                        cpu[name] += used
    finally:
        await database.dispose()
        set_database(None)
    return {name: Timings(wall[name], cpu[name] / requests) for name in probes}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=200_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument("--profile", action="store_true", help="print where the time goes (cProfile)")
    args = parser.parse_args()
    async with bench_database(keep=args.keep) as url:
        started = time.perf_counter()
        assessment_id, class_id, teacher_id = await seed(url, args.answers)
        username = await make_it_a_lesson(url, assessment_id, class_id, teacher_id)
        print(f"Seeded {args.answers:,} answers in {time.perf_counter() - started:.0f} s", flush=True)
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.enable()
        timings = await measure(url, username, assessment_id, class_id, args.requests)
        if args.profile:
            profiler.disable()
            pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        print(f"\nA class of 30 on a {QUESTIONS}-question assessment, {args.answers:,} answers in the database, "
              f"{args.requests} requests of each through the ASGI app, taking turns (PostgreSQL; load average "
              f"{os.getloadavg()[0]:.1f}):\n")
        print(f"| {'request':<24} | {'p50 ms':>6} | {'p95 ms':>6} | {'max ms':>6} | {'app CPU ms':>10} |")
        print(f"|{'-' * 26}|{'-' * 8}|{'-' * 8}|{'-' * 8}|{'-' * 12}|")
        for name, found in timings.items():
            print(f"| {name:<24} | {statistics.median(found.wall):>6.1f} | {p95(found.wall):>6.1f} | "
                  f"{max(found.wall):>6.1f} | {found.cpu:>10.1f} |")


if __name__ == "__main__":
    asyncio.run(main())
