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
