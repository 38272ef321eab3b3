"""A real server for browser tests: a throwaway database, migrated and seeded with the demo school, and
uvicorn running the app in a subprocess on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from app import migrations
from tests import dbs

BACKEND_DIR = Path(__file__).resolve().parents[2]
START_TIMEOUT_SECONDS = 30


class ServerFailed(RuntimeError):
    """The server did not start; the message carries the end of its log."""


def off_playwright_thread(fn: Callable, *args, **kwargs):
    """Call `fn` in a worker thread and return its result.

    Playwright's sync API keeps an asyncio loop marked as running on the test thread, so anything that starts
    its own loop there (asyncio.run, Alembic's async migrations, the app's async ORM) must run elsewhere.
    In a browser test: `off_playwright_thread(asyncio.run, make_things(url))`."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(fn, *args, **kwargs).result()


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def throwaway_database(tmp: Path) -> tuple[str, str]:
    """(url, kind): PostgreSQL when reachable (required when CI=true), otherwise a SQLite file."""
    server = dbs.postgres_server_url()
    if server is not None:
        return dbs.create_postgres_database(server, prefix="ks3_e2e"), "postgresql"
    if dbs.in_ci():
        raise ServerFailed("PostgreSQL is not reachable on 127.0.0.1:5432 and CI=true: browser tests must use it.")
    return dbs.sqlite_url(tmp, "e2e.db"), "sqlite"


def server_environment(database_url: str, data_dir: Path, overrides: dict[str, str] | None = None) -> dict[str, str]:
    """The environment of the server process: test settings, no AI provider, nothing outside loopback.
    Otherwise the production defaults (the unit-test conftest's shortcuts are taken out again). `overrides` last
    (e.g. APP_ENV=production for a server that must behave as a school's)."""
    env = {k: v for k, v in os.environ.items() if k not in ("LOGIN_FAILURE_DELAY_SECONDS",)}
    env.update(
        {
            "DATABASE_URL": database_url,
            "APP_ENV": "test",
            "BCRYPT_ROUNDS": "4",
            "DATA_DIR": str(data_dir),
            "SESSION_SECRET": secrets.token_urlsafe(48),
            "OPENAI_API_KEY": "",
            "OPENAI_BASE_URL": "",
            "RUNNER_URL": "",
            "ENABLE_JOB_WORKER": "true",  # a real server does its background work (generation jobs)
            "LOG_LEVEL": "WARNING",
            "PYTHONUNBUFFERED": "1",
        }
    )
    env.update(overrides or {})
    return env


@dataclass
class LiveServer:
    """A running app server. `url` is its base address (http://127.0.0.1:<port>)."""

    database_url: str
    database_kind: str
    tmp: Path
    process: subprocess.Popen | None = None
    url: str = ""
    environment: dict[str, str] = field(default_factory=dict)  # server_environment's overrides
    log_path: Path = field(init=False)

    def __post_init__(self) -> None:
        self.log_path = self.tmp / "server.log"

    def prepare(self) -> None:
        """Migrate the database and seed the demo school (fixed logins, password demo1234)."""
        off_playwright_thread(migrations.upgrade, self.database_url)
        result = subprocess.run(
            [sys.executable, "-m", "app", "seed-demo"],
            cwd=BACKEND_DIR,
            env=server_environment(self.database_url, self.tmp / "data"),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise ServerFailed(f"`python -m app seed-demo` failed:\n{result.stdout}\n{result.stderr}")

    def start(self, attempts: int = 3) -> None:
        """Start uvicorn and wait until /api/health answers. Retries on another port if one was taken."""
        for _ in range(attempts):
            port = free_port()
            log = self.log_path.open("ab")
            self.process = subprocess.Popen(
                [sys.executable, "-m", "uvicorn", "app.main:app", "--host", "127.0.0.1", "--port", str(port),
                 "--no-access-log"],
                cwd=BACKEND_DIR,
                env=server_environment(self.database_url, self.tmp / "data", self.environment),
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            log.close()
            self.url = f"http://127.0.0.1:{port}"
            if self._wait_until_healthy():
                return
            self.stop()
        raise ServerFailed(f"The app server did not start. End of its log:\n{self.log_tail()}")

    def _wait_until_healthy(self) -> bool:
        deadline = time.monotonic() + START_TIMEOUT_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                return False
            try:
                with urllib.request.urlopen(f"{self.url}/api/health", timeout=2) as response:
                    if response.status == 200:
                        return True
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.1)
        return False

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def drop_database(self) -> None:
        if self.database_kind == "postgresql":
            dbs.drop_postgres_database(self.database_url)

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"
