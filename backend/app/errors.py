"""Errors a person can act on. Services raise these; one handler turns them into {"error", "detail"}."""

from __future__ import annotations

from typing import Any


class AppError(Exception):
    status_code = 400
    error = "BadRequest"

    def __init__(
        self,
        detail: str,
        *,
        status_code: int | None = None,
        error: str | None = None,
        headers: dict[str, str] | None = None,
        keep_changes: bool = False,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        # Extra JSON fields for the response, e.g. the per-row errors of a CSV import.
        self.extra = extra or {}
        # Commit what the request wrote before failing (e.g. a failed login must still be counted).
        self.keep_changes = keep_changes
        if status_code is not None:
            self.status_code = status_code
        if error is not None:
            self.error = error
        self.headers = headers or {}


class Invalid(AppError):
    status_code = 422
    error = "Invalid"


class NotAuthenticated(AppError):
    status_code = 401
    error = "NotAuthenticated"


class Forbidden(AppError):
    status_code = 403
    error = "Forbidden"


class NotFound(AppError):
    status_code = 404
    error = "NotFound"


class Conflict(AppError):
    status_code = 409
    error = "Conflict"


class TooLarge(AppError):
    status_code = 413
    error = "TooLarge"


class TooManyRequests(AppError):
    status_code = 429
    error = "TooManyRequests"

    def __init__(self, detail: str, *, retry_after: int | None = None, keep_changes: bool = False) -> None:
        super().__init__(
            detail, headers={"Retry-After": str(retry_after)} if retry_after else None, keep_changes=keep_changes
        )


class Unavailable(AppError):
    status_code = 503
    error = "Unavailable"
