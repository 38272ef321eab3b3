"""The single sign-on migration makes emails unique for everyone without losing anyone: addresses become lower
case, and an address two accounts shared stays with the account created first; the other loses it, audited."""

from __future__ import annotations

import asyncio
import uuid
from datetime import datetime

import pytest
from sqlalchemy import text

from app import migrations
from app.db import create_engine
from tests import dbs


@pytest.fixture(params=dbs.backends())
def url(request, tmp_path):
    if request.param == "sqlite":
        yield dbs.sqlite_url(tmp_path, "sso-migration.db")
        return
    server = dbs.required_postgres_server("the migrations on PostgreSQL")
    made = dbs.create_postgres_database(server, prefix="ks3_sso_migr")
    yield made
    dbs.drop_postgres_database(made)


async def _run(url: str, statements: list[tuple[str, dict]]) -> list:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            rows = []
            for sql, params in statements:
                result = await connection.execute(text(sql), params)
                rows = result.all() if result.returns_rows else rows
            return rows
    finally:
        await engine.dispose()


def _user(username: str, email: str | None, created: str) -> tuple[str, dict]:
    return ("INSERT INTO users (id, username, password_hash, name, role, is_active, email, access_arrangements, "
            "display_preferences, created_at, updated_at) VALUES (:id, :username, 'x', :username, 'teacher', "
            "true, :email, '{}', '{}', :created, :created)",
            {"id": uuid.uuid4().hex, "username": username, "email": email,
             "created": datetime.fromisoformat(created)})


async def test_shared_and_mixed_case_emails_are_settled_safely(url):
    await asyncio.to_thread(migrations.upgrade, url, "0005")
    await _run(url, [
        _user("first", "Hughes@School.example", "2026-01-01T09:00:00+00:00"),
        _user("second", "hughes@school.example ", "2026-02-01T09:00:00+00:00"),
        _user("blank", "  ", "2026-03-01T09:00:00+00:00"),
        _user("own", "Okafor@School.example", "2026-03-01T09:00:00+00:00"),
    ])
    await asyncio.to_thread(migrations.upgrade, url)
    emails = dict(await _run(url, [("SELECT username, email FROM users ORDER BY username", {})]))
    assert emails == {"blank": None, "first": "hughes@school.example", "own": "okafor@school.example",
                      "second": None}
    audited = await _run(url, [("SELECT username, action FROM audit_log", {})])
    assert audited == [("second", "user.email_cleared")]
