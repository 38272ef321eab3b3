"""Fixtures: every database test runs on SQLite and on PostgreSQL, migrated with Alembic (not create_all).

Each test runs inside a transaction that is rolled back, so tests are isolated and fast. Each HTTP request gets
its own session on the test's connection (a savepoint), like production's one-session-per-request. Application
code must not call session.commit() itself (get_session does that) nor rely on begin_nested().
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

_TMP = Path(tempfile.mkdtemp(prefix="ks3-tests-"))
# Settings are read once; these must be in place before anything imports app.config.get_settings().
os.environ.update(
    {
        "APP_ENV": "test",
        "BCRYPT_ROUNDS": "4",
        "LOGIN_FAILURE_DELAY_SECONDS": "0",
        "ENABLE_JOB_WORKER": "false",
        "DATA_DIR": str(_TMP / "data"),
        "DATABASE_URL": f"sqlite+aiosqlite:///{(_TMP / 'unused.db').as_posix()}",
        "OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "RUNNER_URL": "",
    }
)

import httpx  # noqa: E402
import pytest  # noqa: E402
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker  # noqa: E402

from app import migrations  # noqa: E402
from app.db import Database, create_engine, get_session, get_sessionmaker, session_scope, set_database  # noqa: E402
from app.db_direct import DirectInTransaction  # noqa: E402
from app.deps import get_direct  # noqa: E402
from tests import dbs  # noqa: E402

BACKENDS = dbs.backends()

# The slow layers: they start real processes (uvicorn, Caddy, the sandbox runner, pg_dump, Chromium) or wait for
# time limits. `make check` leaves them out (`-m "not slow"`); `make test` and CI run everything.
SLOW_LAYERS = ("deploy", "sandbox", "e2e")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    tests_dir = Path(__file__).parent
    for item in items:
        layer = item.path.relative_to(tests_dir).parts[0] if tests_dir in item.path.parents else None
        if layer in SLOW_LAYERS:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def tmp_root() -> Path:
    return _TMP


@pytest.fixture(scope="session", params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_root: Path):
    """A freshly migrated throwaway database of each kind, for the whole run."""
    if request.param == "sqlite":
        url = dbs.sqlite_url(tmp_root, "suite.db")
        migrations.upgrade(url)
        yield url
        return
    server = dbs.required_postgres_server("the PostgreSQL layer")
    url = dbs.create_postgres_database(server)
    migrations.upgrade(url)
    yield url
    dbs.drop_postgres_database(url)


@pytest.fixture(scope="session")
async def engine(database_url: str):
    engine = create_engine(database_url)
    if engine.dialect.name == "sqlite":
        dbs.enable_sqlite_savepoints(engine)
    yield engine
    await engine.dispose()


@pytest.fixture
async def connection(engine) -> AsyncIterator[AsyncConnection]:
    """One connection per test, inside a transaction that is rolled back afterwards."""
    async with engine.connect() as conn:
        transaction = await conn.begin()
        yield conn
        if transaction.is_active:
            await transaction.rollback()


def _sessionmaker(connection: AsyncConnection) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(bind=connection, expire_on_commit=False, join_transaction_mode="create_savepoint")


@pytest.fixture
async def session(connection) -> AsyncIterator[AsyncSession]:
    """The test's own session (factories, assertions). Requests get sessions of their own on the same
    connection, as in production; after a request changed a row, `await session.refresh(obj)` to see it."""
    async with _sessionmaker(connection)() as s:
        yield s


@pytest.fixture
async def app(connection, session, engine):
    from app.main import app as fastapi_app

    maker = _sessionmaker(connection)

    async def _request_session() -> AsyncIterator[AsyncSession]:
        await session.flush()  # the test's pending factory rows must be visible to the request
        async with session_scope(maker) as request_session:
            yield request_session

    async def _request_sessionmaker() -> async_sessionmaker[AsyncSession]:
        await session.flush()
        return maker

    async def _request_direct() -> DirectInTransaction | None:
        await session.flush()
        return DirectInTransaction(connection) if connection.dialect.name == "postgresql" else None

    fastapi_app.dependency_overrides[get_session] = _request_session
    fastapi_app.dependency_overrides[get_sessionmaker] = _request_sessionmaker
    fastapi_app.dependency_overrides[get_direct] = _request_direct
    set_database(Database(engine=engine))
    yield fastapi_app
    fastapi_app.dependency_overrides.clear()
    set_database(None)


class Client(httpx.AsyncClient):
    """An HTTP client through the ASGI app that remembers the CSRF token after signing in."""

    async def login(self, username: str, password: str = "password123") -> dict:
        response = await self.post("/api/auth/login", json={"username": username, "password": password})
        assert response.status_code == 200, response.text
        body = response.json()
        self.headers["X-CSRF-Token"] = body["csrf_token"]
        return body


@pytest.fixture
async def client(app) -> AsyncIterator[Client]:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with Client(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
async def make_client(app):
    """Extra clients (a second user at the same time)."""
    clients: list[Client] = []

    async def _make(ip: str = "127.0.0.1") -> Client:
        c = Client(transport=httpx.ASGITransport(app=app, client=(ip, 50001)), base_url="http://testserver")
        clients.append(c)
        return c

    yield _make
    for c in clients:
        await c.aclose()
