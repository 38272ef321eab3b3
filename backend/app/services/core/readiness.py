"""Whether this process can serve: the database answers and is migrated, and the runner service answers."""

from __future__ import annotations

from sqlalchemy import text

from app import migrations, sandbox
from app.config import get_settings
from app.db import get_database
from app.sandbox import client as runner_client
from app.schemas.ops import Readiness


async def readiness() -> Readiness:
    """Ready to serve: the database answers, its migrations are at head, and the runner service (if configured)
    answers. Also says which sandbox isolation pupil code gets."""
    checks = await _database_checks()
    # A configured runner service that does not answer (or refuses our token) makes us not ready. Which isolation
    # pupil code gets is reported, but does not: without a working sandbox, code answers wait for the teacher.
    settings = get_settings()
    if settings.runner_url and settings.enable_python_runner:
        remote = await runner_client.status()
        checks["runner"] = "ok" if remote is not None else (
            "the runner service is not answering; check the runner container, RUNNER_URL and RUNNER_TOKEN"
        )
        sandbox_mode = remote.get("mode", "unavailable") if remote else "unavailable"
    else:
        sandbox_mode = (await sandbox.isolation_status()).get("mode")
    ok = all(value == "ok" for value in checks.values())
    return Readiness(status="ready" if ok else "not ready", checks=checks, sandbox=sandbox_mode)


async def _database_checks() -> dict[str, str]:
    checks: dict[str, str] = {}
    database = get_database()
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
        checks["database"] = "ok"
        current = await migrations.current_revisions(database.engine)
        checks["migrations"] = "ok" if current == migrations.head_revisions() else (
            f"at {', '.join(sorted(current)) or 'nothing'}; run: python -m app migrate"
        )
    except Exception as exc:  # noqa: BLE001 - readiness must report, never raise
        checks["database"] = f"unreachable: {type(exc).__name__}"
    return checks
