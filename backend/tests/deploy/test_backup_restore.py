"""docker/backup.sh and docker/restore.sh against a real PostgreSQL: back up a school, restore it into a fresh
database, and find every row again."""

from __future__ import annotations

import os
import stat
import subprocess
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from app import migrations
from tests import dbs
from tests.deploy.servers import REPO, api_env, need_tool, run_cli

BACKUP = REPO / "docker" / "backup.sh"
RESTORE = REPO / "docker" / "restore.sh"


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _pg_env(url: str, **extra: str) -> dict[str, str]:
    """The PG* variables the scripts read (as the Compose `backup` service sets them)."""
    parsed = make_url(url)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PGHOST": parsed.host or "127.0.0.1",
           "PGPORT": str(parsed.port or 5432), "PGUSER": parsed.username or "postgres",
           "PGDATABASE": parsed.database or ""}  # fmt: skip
    if parsed.password:
        env["PGPASSWORD"] = parsed.password
    env.update(extra)
    return env


def _run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["sh", str(script), *args], env=env, capture_output=True, text=True, timeout=180)


def _row_counts(url: str) -> dict[str, int]:
    with psycopg.connect(_libpq(url)) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}


@pytest.fixture(scope="module")
def server() -> str:
    for tool in ("pg_dump", "pg_restore", "psql"):
        need_tool(tool)
    return dbs.required_postgres_server("the backup test")


@pytest.fixture(scope="module")
def school(server, tmp_path_factory) -> str:
    """A migrated database holding the demo school (accounts, classes, a unit, an assessment of every type)."""
    url = dbs.create_postgres_database(server, prefix="ks3_backup_src")
    migrations.upgrade(url)
    workdir = tmp_path_factory.mktemp("school")
    run_cli("seed-demo", env=api_env(url, workdir, APP_ENV="development"))
    yield url
    dbs.drop_postgres_database(url)


@pytest.fixture
def target(server) -> str:
    """A database name that does not exist yet (restore.sh creates it)."""
    url = make_url(server).set(database=f"ks3_backup_dst_{os.urandom(5).hex()}").render_as_string(
        hide_password=False
    )
    yield url
    dbs.drop_postgres_database(url)


def test_backup_then_restore_into_a_fresh_database_keeps_every_row(school, target, tmp_path):
    before = _row_counts(school)
    # A real school's worth of rows, not an empty shell.
    assert before["users"] > 40
    assert before["questions"] >= 14
    done = _run(BACKUP, env=_pg_env(school, BACKUP_DIR=str(tmp_path)))
    assert done.returncode == 0, done.stderr
    [archive] = tmp_path.glob("ks3-*.dump")
    assert f"Backup written: {archive}" in done.stdout
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600  # pupils' personal data: owner only

    restored = _run(RESTORE, str(archive), env=_pg_env(target))
    assert restored.returncode == 0, restored.stderr
    assert _row_counts(target) == before
    with psycopg.connect(_libpq(target)) as conn:
        assert conn.execute("SELECT count(*) FROM users WHERE username = 'pupil'").fetchone()[0] == 1


def test_restored_database_is_at_the_current_migration(school, target, tmp_path):
    assert _run(BACKUP, env=_pg_env(school, BACKUP_DIR=str(tmp_path))).returncode == 0
    [archive] = tmp_path.glob("ks3-*.dump")
    assert _run(RESTORE, str(archive), env=_pg_env(target)).returncode == 0

    import asyncio

    from app.db import create_engine

    async def revisions() -> frozenset[str]:
        engine = create_engine(target)
        try:
            return await migrations.current_revisions(engine)
        finally:
            await engine.dispose()

    assert asyncio.run(revisions()) == migrations.head_revisions()


def test_restore_refuses_a_database_that_is_not_empty_unless_told_to_replace_it(school, target, tmp_path):
    assert _run(BACKUP, env=_pg_env(school, BACKUP_DIR=str(tmp_path))).returncode == 0
    [archive] = tmp_path.glob("ks3-*.dump")
    assert _run(RESTORE, str(archive), env=_pg_env(target)).returncode == 0
    with psycopg.connect(_libpq(target), autocommit=True) as conn:
        conn.execute("DELETE FROM audit_log")  # something changed since the backup

    refused = _run(RESTORE, str(archive), env=_pg_env(target))
    assert refused.returncode == 1
    assert "is not empty" in refused.stderr
    assert "--replace" in refused.stderr

    replaced = _run(RESTORE, "--replace", str(archive), env=_pg_env(target))
    assert replaced.returncode == 0, replaced.stderr
    assert _row_counts(target) == _row_counts(school)


def test_backups_are_timestamped_and_only_the_newest_are_kept(school, tmp_path):
    env = _pg_env(school, BACKUP_DIR=str(tmp_path), BACKUP_KEEP="2")
    names = []
    for _ in range(3):
        done = _run(BACKUP, env=env)
        assert done.returncode == 0, done.stderr
        names.append(done.stdout.split("Backup written: ")[1].split(" ")[0])
        time.sleep(0.2)
    kept = sorted(str(p) for p in tmp_path.glob("ks3-*.dump"))
    assert kept == sorted(names[1:])  # the oldest went
    assert len(set(names)) == 3
    assert all(Path(n).name[4:12].isdigit() for n in names)
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_backup_leaves_no_file_that_looks_like_a_backup(server, tmp_path):
    env = _pg_env(server, PGDATABASE="no_such_database_ks3", BACKUP_DIR=str(tmp_path))
    done = _run(BACKUP, env=env)
    assert done.returncode != 0
    assert "pg_dump of 'no_such_database_ks3' failed" in done.stderr
    assert list(tmp_path.iterdir()) == []


def test_restore_refuses_a_file_that_is_not_a_backup(target, tmp_path):
    bogus = tmp_path / "ks3-20260101-000000Z.dump"
    bogus.write_bytes(b"PGDMP but not really")
    refused = _run(RESTORE, str(bogus), env=_pg_env(target))
    assert refused.returncode == 1
    assert "is not a backup made by backup.sh" in refused.stderr
