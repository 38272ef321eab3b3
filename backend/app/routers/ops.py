"""Health and readiness for Compose, Caddy and monitoring."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlalchemy import text

from app import migrations
from app.db import get_database

router = APIRouter(tags=["ops"])


@router.get("/health")
async def health() -> dict:
    """The process is up and answering."""
    return {"status": "ok"}


@router.get("/ready")
async def ready() -> JSONResponse:
    """Ready to serve: the database answers and its migrations are at head."""
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
    ok = all(value == "ok" for value in checks.values())
    return JSONResponse({"status": "ready" if ok else "not ready", "checks": checks}, status_code=200 if ok else 503)
