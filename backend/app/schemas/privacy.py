from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field
from typing_extensions import TypedDict  # pydantic reads TypedDicts from typing_extensions before Python 3.12

from app.schemas.base import ReadSchema, Schema


class RetentionIn(Schema):
    content_days: int = Field(ge=30, le=3650, description="written answers and code are removed after this")
    record_years: int = Field(ge=1, le=25, description="whole attempt records and old logs are removed after this")


class RetentionCounts(TypedDict):
    """What one clean-up removed (counts only). Also kept as the setting's last result and in the audit log."""

    answers_content_purged: int
    attempts_deleted: int
    audit_entries_deleted: int
    ai_usage_entries_deleted: int
    jobs_deleted: int
    expired_sessions_deleted: int


class RetentionOut(ReadSchema):
    content_days: int
    record_years: int
    last_run: str | None
    last_result: dict | None


class UsageByModel(ReadSchema):
    model: str
    operation: str
    calls: int
    input_tokens: int
    output_tokens: int
    cost_estimate: float


class UsageItem(ReadSchema):
    id: uuid.UUID
    created_at: datetime
    username: str | None
    operation: str
    provider: str | None
    model: str
    input_tokens: int
    output_tokens: int
    cost_estimate: float
    latency_ms: int
    ok: bool
    error: str | None


class AIUsageReport(ReadSchema):
    total_calls: int
    input_tokens: int
    output_tokens: int
    cost_estimate: float
    failed_calls: int
    by_model: list[UsageByModel]
    items: list[UsageItem]
