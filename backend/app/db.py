"""The database engine and the one-session-per-request dependency."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from app.config import get_settings
from app.db_direct import DirectConnections
from app.errors import AppError


def create_engine(url: str, *, echo: bool = False, pool_size: int = 10, max_overflow: int = 20) -> AsyncEngine:
    """An async engine; SQLite gets foreign keys, WAL and a busy timeout so concurrent requests wait politely."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_async_engine(url, echo=echo, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_async_engine(
        url, echo=echo, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True
    )


class Database:
    """Holds the engine and session factory for the running app (replaced wholesale in tests)."""

    def __init__(self, url: str | None = None, *, engine: AsyncEngine | None = None) -> None:
        settings = get_settings()
        # PostgreSQL's pool for the pupil's autosave (app.db_direct); not made for an engine handed in (the tests
        # give each request their own connection instead).
        self.direct: DirectConnections | None = None
        if engine is not None:
            self.engine = engine
            self.url = engine.url.render_as_string(hide_password=False)
        else:
            self.url = url or settings.database_url
            self.engine = create_engine(
                self.url,
                echo=settings.db_echo,
                pool_size=settings.db_pool_size,
                max_overflow=settings.db_max_overflow,
            )
            if make_url(self.url).get_backend_name() == "postgresql":
                self.direct = DirectConnections(self.url, pool_size=settings.db_pool_size)
        self.sessionmaker = async_sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    async def dispose(self) -> None:
        await self.engine.dispose()
        if self.direct is not None:
            await self.direct.dispose()


_database: Database | None = None


def get_database() -> Database:
    global _database
    if _database is None:
        _database = Database()
    return _database


def set_database(database: Database | None) -> None:
    global _database
    _database = database


@asynccontextmanager
async def session_scope(maker: async_sessionmaker[AsyncSession] | None = None) -> AsyncIterator[AsyncSession]:
    """A session that commits when the block succeeds and rolls back when it raises (an AppError that asks to keep
    its changes, e.g. a failed sign-in that is counted, commits)."""
    async with (maker or get_database().sessionmaker)() as session:
        try:
            yield session
            await session.commit()
        except AppError as exc:
            if exc.keep_changes:
                await session.commit()
            else:
                await session.rollback()
            raise
        except BaseException:
            await session.rollback()
            raise


async def get_session() -> AsyncIterator[AsyncSession]:
    """One session per request: commit when the handler succeeds, roll back when it raises."""
    async with session_scope() as session:
        yield session


async def get_sessionmaker() -> async_sessionmaker[AsyncSession]:
    """For a route that opens a session (with `session_scope`) only when it needs one: the autosave, whose usual
    path does not touch the session at all."""
    return get_database().sessionmaker
