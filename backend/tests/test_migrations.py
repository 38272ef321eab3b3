"""Migrations run up, down and up again on both databases, and match the models exactly."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from app import migrations
from app.db import create_engine
from app.models import Base
from tests import dbs


@pytest.fixture(params=dbs.backends())
def fresh_url(request, tmp_path):
    if request.param == "sqlite":
        yield dbs.sqlite_url(tmp_path, "migrations.db")
        return
    server = dbs.required_postgres_server("the migrations on PostgreSQL")
    url = dbs.create_postgres_database(server, prefix="ks3_migr")
    yield url
    dbs.drop_postgres_database(url)


async def _diff_and_tables(url: str):
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            def inspect(sync_conn):
                context = MigrationContext.configure(sync_conn, opts={"compare_type": True})
                from sqlalchemy import inspect as sa_inspect

                return compare_metadata(context, Base.metadata), set(sa_inspect(sync_conn).get_table_names())

            return await connection.run_sync(inspect)
    finally:
        await engine.dispose()


async def test_upgrade_downgrade_upgrade_and_no_pending_autogenerate_diff(fresh_url):
    await asyncio.to_thread(migrations.upgrade, fresh_url)
    diff, tables = await _diff_and_tables(fresh_url)
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    await asyncio.to_thread(migrations.downgrade, fresh_url, "base")
    _diff, tables = await _diff_and_tables(fresh_url)
    assert tables <= {"alembic_version"}
    await asyncio.to_thread(migrations.upgrade, fresh_url)
    diff, tables = await _diff_and_tables(fresh_url)
    assert diff == []
    assert set(Base.metadata.tables) <= tables
    engine = create_engine(fresh_url)
    try:
        assert await migrations.current_revisions(engine) == migrations.head_revisions()
        if engine.dialect.name == "postgresql":  # JSON as JSONB and native UUID keys on PostgreSQL
            async with engine.connect() as connection:
                kinds = dict((await connection.execute(text(
                    "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                    "WHERE (table_name, column_name) IN (('questions', 'config'), ('users', 'id'))"
                ))).all())
            assert kinds == {"questions.config": "jsonb", "users.id": "uuid"}
    finally:
        await engine.dispose()


def test_two_processes_migrating_an_empty_postgres_database_at_once_take_turns(tmp_path):
    """Two API replicas started together each run `migrate` before serving: exactly one applies the migrations,
    the other waits for it and finds nothing to do (neither fails on a table the other just made)."""
    import subprocess
    import sys

    server = dbs.required_postgres_server("the migrations on PostgreSQL")
    url = dbs.create_postgres_database(server, prefix="ks3_migr_race")
    code = "import sys; from app import migrations; print(len(migrations.upgrade(sys.argv[1])))"
    try:
        processes = [subprocess.Popen([sys.executable, "-c", code, url], stdout=subprocess.PIPE, text=True,
                                      stderr=subprocess.PIPE) for _ in range(2)]
        outcomes = [process.communicate(timeout=120) for process in processes]
        assert [process.returncode for process in processes] == [0, 0], [err for _, err in outcomes]
        applied = sorted(int(out.strip().splitlines()[-1]) for out, _ in outcomes)
        assert applied[0] == 0
        assert applied[1] >= 1  # every migration from empty to head, by the one that got the lock first
        assert asyncio.run(_current(url)) == migrations.head_revisions()
    finally:
        dbs.drop_postgres_database(url)


async def _current(url: str) -> frozenset[str]:
    engine = create_engine(url)
    try:
        return await migrations.current_revisions(engine)
    finally:
        await engine.dispose()


_ASSESSMENTS = sa.table(
    "assessments", sa.column("id", sa.Uuid()), sa.column("title", sa.String()), sa.column("status", sa.String()),
    *(sa.column(name, sa.Boolean()) for name in (
        "allow_hints", "show_immediate_feedback", "randomise_questions", "randomise_options", "allow_question_retry",
        "show_time_remaining", "allow_review", "auto_release_ai_marks")),
    *(sa.column(name, sa.Integer()) for name in ("max_attempts", "max_question_retries", "total_points",
                                                 "estimated_minutes")),
    sa.column("ai_marking", sa.JSON()), sa.column("generation", sa.JSON()))
_CLASSES = sa.table("classes", sa.column("id", sa.Uuid()), sa.column("name", sa.String()),
                    sa.column("year_group", sa.Integer()), sa.column("academic_year", sa.String()))
_LINKS = sa.table("assessment_classes", sa.column("id", sa.Uuid()), sa.column("assessment_id", sa.Uuid()),
                  sa.column("class_id", sa.Uuid()))


async def _seed_reviews(url: str) -> dict[bool, uuid.UUID]:
    """Two assessments as they were before 20261207_0109, one with review on and one off, each set to a class."""
    ids = {True: uuid.uuid4(), False: uuid.uuid4()}
    class_id = uuid.uuid4()
    settings = {"allow_hints": True, "show_immediate_feedback": True, "randomise_questions": False,
                "randomise_options": False, "allow_question_retry": True, "show_time_remaining": False,
                "auto_release_ai_marks": False, "max_attempts": 1, "max_question_retries": 3, "total_points": 0,
                "estimated_minutes": 0, "ai_marking": {}, "generation": {}, "status": "published"}
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(_CLASSES.insert().values(id=class_id, name="7A", year_group=7,
                                                              academic_year="2026-27"))
            for reviewed, assessment_id in ids.items():
                await connection.execute(_ASSESSMENTS.insert().values(
                    id=assessment_id, title=f"Review {reviewed}", allow_review=reviewed, **settings))
                await connection.execute(_LINKS.insert().values(id=uuid.uuid4(), assessment_id=assessment_id,
                                                                class_id=class_id))
    finally:
        await engine.dispose()
    return ids


async def _read(url: str, sql: str) -> dict[uuid.UUID, object]:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            rows = (await connection.execute(sa.text(sql).columns(sa.column("id", sa.Uuid()),
                                                                   sa.column("value")))).all()
    finally:
        await engine.dispose()
    return {row.id: row.value for row in rows}


async def test_each_class_assignment_takes_when_answers_show_from_its_assessments_allow_review(fresh_url):
    """allow_review false → never, true → after finishing; and back again on the way down."""
    await asyncio.to_thread(migrations.upgrade, fresh_url, "0005")
    ids = await _seed_reviews(fresh_url)

    await asyncio.to_thread(migrations.upgrade, fresh_url)
    shown = await _read(fresh_url, "SELECT assessment_id AS id, show_answers AS value FROM assessment_classes")
    assert shown == {ids[True]: "after_finishing", ids[False]: "never"}

    await asyncio.to_thread(migrations.downgrade, fresh_url, "0005")
    reviewed = await _read(fresh_url, "SELECT id, allow_review AS value FROM assessments")
    assert {key: bool(value) for key, value in reviewed.items()} == {ids[True]: True, ids[False]: False}
