"""Throwaway test databases: a SQLite file, and a PostgreSQL database when a server is reachable."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import psycopg
from sqlalchemy import event
from sqlalchemy.engine import make_url

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def skip_unless_ci(reason: str, *, layer: str = "browser tests") -> None:
    """Skip a test whose tool is missing when developing; fail under CI, where every layer must run."""
    import pytest  # only tests call this; the benchmarks import this module too

    if in_ci():
        pytest.fail(f"{reason} (CI=true: {layer} must run, not skip)")
    pytest.skip(reason)


ALL_BACKENDS = ("sqlite", "postgresql")


def backends() -> list[str]:
    """The databases the suite runs on: both, unless TEST_BACKENDS narrows it for a quick local run (`make check`
    runs SQLite only). Under CI every backend must run, so narrowing it there is an error, not a quiet skip."""
    chosen = [name.strip() for name in os.environ.get("TEST_BACKENDS", ",".join(ALL_BACKENDS)).split(",") if name.strip()]
    unknown = sorted(set(chosen) - set(ALL_BACKENDS))
    if unknown or not chosen:
        raise ValueError(f"TEST_BACKENDS: use one or both of {', '.join(ALL_BACKENDS)} (got {chosen})")
    if in_ci() and set(chosen) != set(ALL_BACKENDS):
        raise ValueError("TEST_BACKENDS narrows the databases, and CI=true runs every layer: unset TEST_BACKENDS.")
    return chosen


def libpq_url(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    if database is not None:
        parsed = parsed.set(database=database)
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_server_url() -> str | None:
    """The PostgreSQL server to create test databases on, or None when there is none."""
    url = os.environ.get("TEST_DATABASE_URL") or DEFAULT_PG
    try:
        with psycopg.connect(libpq_url(url, "postgres"), connect_timeout=3):
            return url
    except psycopg.Error:
        if os.environ.get("TEST_DATABASE_URL"):
            raise
        return None


def required_postgres_server(what: str) -> str:
    """The PostgreSQL server for a test that needs one: without it the test is skipped, or fails under CI=true
    (.ci/run makes sure one is running), so no PostgreSQL layer is ever skipped unnoticed in CI."""
    import pytest

    server = postgres_server_url()
    if server is None:
        if in_ci():
            pytest.fail(f"PostgreSQL is not reachable on 127.0.0.1:5432 and CI=true: {what} must run.")
        pytest.skip("PostgreSQL not reachable; set TEST_DATABASE_URL or start it (CI fails instead of skipping)")
    return server


def create_postgres_database(server_url: str, prefix: str = "ks3_test") -> str:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq_url(server_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return make_url(server_url).set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False
    )


def drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    with psycopg.connect(libpq_url(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def sqlite_url(folder: Path, name: str = "test.db") -> str:
    return f"sqlite+aiosqlite:///{(folder / name).as_posix()}"


def enable_sqlite_savepoints(engine) -> None:
    """pysqlite starts transactions lazily, which breaks SAVEPOINT-based test isolation; take control.

    Only the test suite does this: at run time the driver's default behaves better under concurrency."""

    @event.listens_for(engine.sync_engine, "connect")
    def _no_autobegin(dbapi_connection, _record):
        dbapi_connection.isolation_level = None

    @event.listens_for(engine.sync_engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")
