"""Fixtures for the adversarial tests: the app on a database of its own, as in production.

The usual `client` fixture runs every request on the test's one connection inside a rolled-back transaction,
which serialises requests and hides races and held connections. Here each module gets a freshly migrated
database (SQLite file and PostgreSQL), the app opens its own pooled connections to it (no dependency
overrides), and requests sent with `asyncio.gather` really run at the same time. Data is made with `seed`,
whose session commits; each module drops its database afterwards.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, create_async_engine

from app import migrations
from app.db import Database, create_engine, get_database, session_scope, set_database
from tests import dbs
from tests.conftest import BACKENDS, Client


@pytest.fixture(scope="module", params=BACKENDS)
def real_database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A freshly migrated database for this module alone."""
    if request.param == "sqlite":
        url = dbs.sqlite_url(Path(tmp_path_factory.mktemp("security")), "security.db")
        migrations.upgrade(url)
        yield url
        return
    server = dbs.required_postgres_server("the adversarial tests on PostgreSQL")
    url = dbs.create_postgres_database(server, prefix="ks3_sec")
    migrations.upgrade(url)
    yield url
    dbs.drop_postgres_database(url)


@pytest.fixture
async def real_app(real_database_url: str) -> AsyncIterator[Any]:
    """The app with a Database of its own on the module's database: real pools, real transactions."""
    from app.main import app as fastapi_app

    database = Database(real_database_url)
    set_database(database)
    fastapi_app.dependency_overrides.clear()
    try:
        yield fastapi_app
    finally:
        set_database(None)
        await database.dispose()


@pytest.fixture
def seed(real_app: Any) -> Callable[[], Any]:
    """`async with seed() as session:` — a session on the app's database that commits at the end of the block."""

    @asynccontextmanager
    async def _seed() -> AsyncIterator[AsyncSession]:
        async with session_scope() as session:
            yield session

    return _seed


@pytest.fixture
async def real_clients(real_app: Any) -> AsyncIterator[Callable[..., Client]]:
    """`real_clients()` makes a client of the real app (each keeps its own cookies); all are closed after."""
    made: list[Client] = []

    def _make(ip: str = "127.0.0.1") -> Client:
        client = Client(transport=httpx.ASGITransport(app=real_app, client=(ip, 50002)), base_url="http://testserver")
        made.append(client)
        return client

    yield _make
    for client in made:
        await client.aclose()


async def at_once(*calls: Awaitable[Any]) -> list[Any]:
    """Send requests at the same time (the race tests)."""
    return list(await asyncio.gather(*calls))


@asynccontextmanager
async def app_with_pool_of(database_url: str, size: int) -> AsyncIterator[None]:
    """The app on a Database whose pool holds only `size` connections and no overflow, inside the block: to show
    that slow work (a document read, queued code runs) holds no pooled connection."""
    if make_url(database_url).get_backend_name() == "sqlite":  # app.db.create_engine leaves SQLite's pool as it is
        engine = create_async_engine(database_url, pool_size=size, max_overflow=0, connect_args={"timeout": 30})
    else:
        engine = create_engine(database_url, pool_size=size, max_overflow=0)
    usual, small = get_database(), Database(engine=engine)
    set_database(small)
    try:
        yield
    finally:
        set_database(usual)
        await small.dispose()
