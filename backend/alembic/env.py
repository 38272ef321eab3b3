"""Alembic environment: runs migrations with the app's async engine on PostgreSQL or SQLite."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from alembic import context
from sqlalchemy import text
from sqlalchemy.engine import Connection

from app.config import get_settings
from app.db import create_engine
from app.models import Base

config = context.config
if config.config_file_name is not None and not config.attributes.get("skip_logging"):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    return config.attributes.get("database_url") or get_settings().database_url


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        compare_type=True,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        on_version_apply=_remember_applied,
    )


def _remember_applied(*, step: object, **_: object) -> None:
    """Which migrations this run applied, for `app.migrations.upgrade` to report (none: already up to date)."""
    config.attributes.setdefault("applied", []).append(str(getattr(step, "up_revision_id", step)))


def _run_sync(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a table (a new copy, then the old one dropped); with foreign keys on, dropping the old
        # copy deletes every row that refers to it through ON DELETE CASCADE — a school's classes, answers… So they
        # are off while migrating (SQLite ignores this inside a transaction: it runs before one starts) and every
        # reference is checked afterwards.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
    _configure(connection)
    try:
        _migrate(connection)
        if sqlite and connection.in_transaction():
            connection.commit()  # the PRAGMA below is ignored inside a transaction
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()):
        raise RuntimeError(f"The migration left rows that refer to rows that are not there: {broken[:5]}")


def _migrate(connection: Connection) -> None:
    with context.begin_transaction():
        if connection.dialect.name == "postgresql":
            # Several API replicas starting at once on one database: the first to get this lock migrates, the others
            # wait here until it commits, then read the version it left (after the lock) and find nothing to do.
            # On PostgreSQL every migration runs in this one transaction, which holds the lock to its end.
            connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('ks3-assessment migrations'))"))
        context.run_migrations()


async def _run_async() -> None:
    engine = create_engine(_url())
    async with engine.connect() as connection:
        await connection.run_sync(_run_sync)
        await connection.commit()
    await engine.dispose()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:  # handed a live sync connection (tests, programmatic use)
        _run_sync(connection)
        return
    asyncio.run(_run_async())


if context.is_offline_mode():
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
