"""Health and readiness, for Compose healthchecks, Caddy and load balancers."""

from __future__ import annotations

from typing import Literal

from app.schemas.base import ReadSchema


class Health(ReadSchema):
    status: Literal["ok"] = "ok"


class Readiness(ReadSchema):
    status: Literal["ready", "not ready"]
    checks: dict[str, str]
    sandbox: str | None

    @property
    def ok(self) -> bool:
        return self.status == "ready"
