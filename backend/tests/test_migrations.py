"""Migrations run up, down and up again on both databases, and match the models exactly."""

from __future__ import annotations

import asyncio

import pytest
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
