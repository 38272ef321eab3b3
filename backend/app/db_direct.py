"""One statement run straight on a pooled psycopg connection: for the pupil's autosave, the busiest request.

Through a request's AsyncSession an autosave spent more CPU around its one statement (the session, the pool's
pre-ping round trip, SQLAlchemy's per-execution work and the greenlet hop) than on everything else together; run
this way it costs about half as much, and a class saturating it passes 1,000 saves a second (README, "Pupil
load"). The statement is still written once, in Core, and compiled by SQLAlchemy; only running it skips the layers
in between. PostgreSQL only: on SQLite the autosave keeps the ordinary session path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import psycopg
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, create_async_engine
from sqlalchemy.sql import ClauseElement
from sqlalchemy.util import greenlet_spawn


class DirectStatement:
    """`statement` compiled once for `dialect` (a psycopg one), its fixed values already converted. The values
    given on each run are converted by their bind parameter's own type, as SQLAlchemy itself would."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        self.sql = compiled.string
        self._fixed: dict[str, Any] = {}
        self._processors: dict[str, Any] = {}
        for bind, name in compiled.bind_names.items():
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required:  # a value given on each run
                self._processors[name] = processor
            else:  # a literal in the statement, e.g. a status value
                value = bind.effective_value
                self._fixed[name] = processor(value) if processor else value

    def parameters(self, values: Mapping[str, Any]) -> dict[str, Any]:
        if values.keys() != self._processors.keys():
            raise ValueError(f"expected the values {sorted(self._processors)}, got {sorted(values)}")
        out = dict(self._fixed)
        for name, value in values.items():
            processor = self._processors[name]
            out[name] = processor(value) if processor is not None else value  # None too: JSON's None is 'null'
        return out


class DirectRunner(Protocol):
    dialect: Dialect

    async def first(self, statement: DirectStatement, values: Mapping[str, Any]) -> tuple | None: ...


async def _first(connection: psycopg.AsyncConnection, statement: DirectStatement,
                 values: Mapping[str, Any]) -> tuple | None:
    parameters = statement.parameters(values)
    try:
        cursor = await connection.execute(statement.sql, parameters)
        return await cursor.fetchone()
    except psycopg.Error as error:
        # As SQLAlchemy's own errors, so the app's handlers answer as for any other request (a 422 for data
        # PostgreSQL cannot store, a 409 for a clash, the calm 500 otherwise).
        raise sa_exc.DBAPIError.instance(statement.sql, parameters, error, psycopg.Error) from error


class _ConnectionDied(Exception):
    """A pooled connection turned out to be dead when used."""


class DirectConnections:
    """A small pool of autocommit connections of its own, checked out without the main pool's pre-ping round trip.

    A connection found dead on use (the database restarted since it was last used) is dropped and the statement
    run once more on a fresh one — so only statements that are safe to run twice belong here (the autosave is:
    its seq makes a repeat change nothing)."""

    def __init__(self, url: str, *, pool_size: int) -> None:
        # prepare_threshold=0: the pool runs a handful of statements very often, so each is prepared the first time
        # it runs on a connection, not after psycopg's default five runs (unprepared, PostgreSQL spent twice as
        # long planning the autosave as running it).
        self.engine: AsyncEngine = create_async_engine(
            url, pool_size=pool_size, max_overflow=0, pool_pre_ping=False, isolation_level="AUTOCOMMIT",
            connect_args={"prepare_threshold": 0},
        )
        self.dialect = self.engine.dialect

    async def first(self, statement: DirectStatement, values: Mapping[str, Any]) -> tuple | None:
        try:
            return await self._run(statement, values)
        except _ConnectionDied:
            return await self._run(statement, values)  # on a fresh connection; the statement is safe to repeat

    async def _run(self, statement: DirectStatement, values: Mapping[str, Any]) -> tuple | None:
        pooled = await self.engine.raw_connection()
        try:
            return await _first(pooled.driver_connection, statement, values)
        except sa_exc.DBAPIError as error:
            if pooled.driver_connection.broken:
                await greenlet_spawn(pooled.invalidate, error)
                raise _ConnectionDied from error
            raise
        finally:
            await greenlet_spawn(pooled.close)

    async def dispose(self) -> None:
        await self.engine.dispose()


class DirectInTransaction:
    """The same `first` on a connection that is already in a transaction (each test's own, rolled back after)."""

    def __init__(self, connection: AsyncConnection) -> None:
        self.connection = connection
        self.dialect = connection.dialect

    async def first(self, statement: DirectStatement, values: Mapping[str, Any]) -> tuple | None:
        raw = await self.connection.get_raw_connection()
        return await _first(raw.driver_connection, statement, values)
