"""Privacy duties: AI keys encrypted at rest and never returned, environment winning, retention purging content
but keeping scores, subject-access export, erasure, and the AI usage log for admins."""

from __future__ import annotations

import asyncio
import json
import uuid
from datetime import timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.ext.asyncio import async_sessionmaker

from app import migrations
from app.config import get_settings
from app.db import create_engine
from app.models import (
    AIMarkingRun,
    AIUsage,
    Answer,
    AnswerHistory,
    AppSetting,
    Attempt,
    AttemptStatus,
    AuditLog,
    MarkingStatus,
    Question,
    Role,
    User,
    utcnow,
)
from app.services.ai import admin_settings
from app.services.ai.provider import resolve_provider
from app.services.privacy import retention
from tests import dbs
from tests.factories import make_assessment, make_class, make_user

SECRET_KEY = "sk-live-abcdefghijklmnop-9876"


async def test_key_is_write_only_and_encrypted_in_the_database(client, session):
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")
    r = await client.put("/api/admin/ai-settings", json={"base_url": "http://127.0.0.1:9/v1", "api_key": SECRET_KEY,
                                                          "model": "gpt-test", "runs_per_model": 3,
                                                          "aggregation": "median", "marking_models": ["a", "b"]})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["api_key_set"]
    assert body["api_key_last4"] == "9876"
    assert body["key_source"] == "admin"
    assert SECRET_KEY not in r.text
    assert SECRET_KEY not in (await client.get("/api/admin/ai-settings")).text
    rows = (await session.execute(text("SELECT * FROM app_settings"))).all()
    assert rows
    assert SECRET_KEY not in str(rows)
    audit_rows = (await session.execute(select(AuditLog.details))).scalars().all()
    assert SECRET_KEY not in json.dumps(audit_rows)
    provider = await resolve_provider(session)
    assert provider.api_key == SECRET_KEY
    assert provider.model == "gpt-test"
    kept = await client.put("/api/admin/ai-settings", json={"model": "gpt-other"})
    assert kept.json()["api_key_set"] is True
    removed = await client.put("/api/admin/ai-settings", json={"api_key": ""})
    assert removed.json()["api_key_set"] is False


async def test_environment_wins_and_a_changed_secret_is_reported(session, monkeypatch):
    admin = await make_user(session, Role.admin)
    await admin_settings.update(session, changes={"api_key": SECRET_KEY, "model": "stored-model"}, actor=admin, ip=None)
    settings = get_settings()
    monkeypatch.setattr(settings, "openai_api_key", "sk-env-0000")
    monkeypatch.setattr(settings, "openai_model", "env-model")
    monkeypatch.setattr(type(settings), "given", lambda self, name: name in {"openai_api_key", "openai_model"})
    loaded = await admin_settings.load(session)
    assert loaded.api_key == "sk-env-0000"
    assert loaded.key_source == "environment"
    assert loaded.values["model"] == "env-model"
    assert set(loaded.from_environment) == {"api_key", "model"}
    monkeypatch.setattr(type(settings), "given", lambda self, name: False)
    monkeypatch.setattr(settings, "session_secret", "a-completely-different-secret-for-this-test-only")
    monkeypatch.setattr(settings, "encryption_key", "")
    unreadable = await admin_settings.load(session)
    assert unreadable.key_unreadable
    assert unreadable.api_key == ""


def test_key_plaintext_never_reaches_the_sqlite_file(tmp_path):
    url = dbs.sqlite_url(tmp_path, "plain.db")
    migrations.upgrade(url)

    async def store() -> None:
        engine = create_engine(url)
        maker = async_sessionmaker(engine, expire_on_commit=False)
        async with maker() as s:
            admin = User(username="root", password_hash="x", name="Admin", role=Role.admin)
            s.add(admin)
            await s.flush()
            await admin_settings.update(s, changes={"api_key": SECRET_KEY}, actor=admin, ip=None)
            await s.commit()
        await engine.dispose()

    asyncio.run(store())
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("plain.db*"))
    assert SECRET_KEY.encode() not in raw
    assert b"gAAAAA" in raw  # a Fernet token is there instead


async def _old_attempt(session, pupil, assessment, school_class, *, days_ago, number=1):
    question = (await session.execute(select(Question).where(Question.assessment_id == assessment.id)
                                      .order_by(Question.position))).scalars().first()
    started = utcnow() - timedelta(days=days_ago)
    attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id,
                      attempt_number=number, status=AttemptStatus.completed, started_at=started, completed_at=started,
                      question_order=[str(question.id)], option_seed=0, total_score=3, max_score=4, percentage=75)
    session.add(attempt)
    await session.flush()
    answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data={"text": "My private essay words"},
                    seq=1, status=MarkingStatus.teacher_marked, score=3.0, max_score=4.0, is_correct=False,
                    released=True, mark_details={"criteria": [{"evidence": "private essay"}]}, time_taken_seconds=1,
                    tries=1, hint_used=False, scaffold_used=False, submitted_at=started)
    session.add(answer)
    await session.flush()
    session.add(AnswerHistory(answer_id=answer.id, try_number=1, answer_data={"text": "My private essay words"},
                              score=3.0, status=MarkingStatus.teacher_marked, mark_details={}, released=True))
    session.add(AIMarkingRun(answer_id=answer.id, model="m", criteria=[{"evidence": "private essay"}], score=3.0))
    await session.flush()
    return attempt, answer


async def test_retention_purges_content_keeps_scores_and_removes_old_records(client, session):
    admin = await make_user(session, Role.admin, username="boss")
    teacher = await make_user(session, Role.teacher)
    pupil = await make_user(session, Role.pupil)
    school_class = await make_class(session, teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                       questions=[{"type": "extended_text", "points": 4}])
    _recent, recent_answer = await _old_attempt(session, pupil, assessment, school_class, days_ago=10)
    _old, old_answer = await _old_attempt(session, pupil, assessment, school_class, days_ago=400, number=2)
    ancient, _a = await _old_attempt(session, pupil, assessment, school_class, days_ago=365 * 7, number=3)
    ids = (recent_answer.id, old_answer.id, ancient.id)
    admin_id = admin.id
    await client.login("boss")
    assert (await client.get("/api/admin/retention")).json()["content_days"] == 365
    r = await client.post("/api/admin/retention/run")
    assert r.status_code == 200
    assert r.json()["answers_content_purged"] == 1
    assert r.json()["attempts_deleted"] == 1
    session.expire_all()
    recent = await session.get(Answer, ids[0])
    old = await session.get(Answer, ids[1])
    assert recent.answer_data == {"text": "My private essay words"}
    assert old.answer_data == {"purged": True}
    assert old.score == 3.0
    assert old.content_purged_at is not None
    history = (await session.execute(select(AnswerHistory).where(AnswerHistory.answer_id == ids[1]))).scalar_one()
    run = (await session.execute(select(AIMarkingRun).where(AIMarkingRun.answer_id == ids[1]))).scalar_one()
    assert history.answer_data == {"purged": True}
    assert history.score == 3.0
    assert run.criteria == []
    assert await session.get(Attempt, ids[2]) is None
    entry = (await session.execute(select(AuditLog).where(AuditLog.action == "retention.purge"))).scalar_one()
    assert entry.details["answers_content_purged"] == 1
    assert entry.user_id == admin_id
    assert (await client.put("/api/admin/retention", json={"content_days": 30, "record_years": 1})).status_code == 200
    assert (await client.put("/api/admin/retention", json={"content_days": 1, "record_years": 1})).status_code == 422


async def test_daily_retention_queues_one_job_a_day(database_url):
    from sqlalchemy import delete

    from app.models import Job

    engine = create_engine(database_url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    try:
        daily = retention.DailyRetention(lambda: maker)
        assert await daily.tick() is True
        assert await daily.tick() is False  # one already queued
        from app.services.core import jobs

        await jobs.Worker(lambda: maker).run_until_idle()
        assert await daily.tick() is False  # ran less than a day ago
    finally:
        async with maker() as s:
            await s.execute(delete(Job))
            await s.execute(delete(AppSetting))
            await s.execute(delete(AuditLog).where(AuditLog.action == "retention.purge"))
            await s.commit()
        await engine.dispose()


@pytest.mark.slow  # starts processes or waits for a time limit
async def test_cli_retention_command(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "DATA_DIR": str(tmp_path), "DATABASE_URL": "", "APP_ENV": "development", "BCRYPT_ROUNDS": "12"}
    backend = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-m", "app", "migrate"], cwd=backend, env=env, capture_output=True).returncode == 0
    result = subprocess.run([sys.executable, "-m", "app", "retention"], cwd=backend, env=env, capture_output=True, text=True)
    assert result.returncode == 0
    assert "Retention applied" in result.stdout


async def test_export_and_erase_a_pupil(client, session):
    await make_user(session, Role.admin, username="boss")
    teacher = await make_user(session, Role.teacher)
    pupil = await make_user(session, Role.pupil, username="leaver", name="Lee Ver")
    school_class = await make_class(session, name="8Q", teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, publish_to=[school_class],
                                       questions=[{"type": "extended_text", "points": 4}])
    attempt, _answer = await _old_attempt(session, pupil, assessment, school_class, days_ago=3)
    pupil_id, attempt_id, teacher_id = pupil.id, attempt.id, teacher.id
    await client.login("boss")
    exported = await client.get(f"/api/admin/pupils/{pupil_id}/export")
    assert exported.status_code == 200
    assert "attachment" in exported.headers["content-disposition"]
    data = exported.json()
    assert data["pupil"]["username"] == "leaver"
    assert data["pupil"]["classes"] == ["8Q"]
    assert data["attempts"][0]["answers"][0]["answer"] == {"text": "My private essay words"}
    assert (await client.delete(f"/api/admin/pupils/{pupil_id}")).status_code == 204
    session.expire_all()
    assert await session.get(User, pupil_id) is None
    assert await session.get(Attempt, attempt_id) is None
    erased = (await session.execute(select(AuditLog).where(AuditLog.action == "pupil.erase"))).scalar_one()
    assert erased.entity_id == str(pupil_id)
    assert "leaver" not in json.dumps(erased.details)
    leftovers = (await session.execute(select(AuditLog.username, AuditLog.details))).all()
    assert "leaver" not in json.dumps([list(r) for r in leftovers], default=str)
    assert (await client.delete(f"/api/admin/pupils/{pupil_id}")).status_code == 404
    assert (await client.delete(f"/api/admin/pupils/{teacher_id}")).status_code == 404


async def test_ai_usage_log_for_admins(client, session, make_client):
    await make_user(session, Role.admin, username="boss")
    await make_user(session, Role.teacher, username="t")
    session.add_all([
        AIUsage(operation="generate", model="gpt-a", input_tokens=1000, output_tokens=500, cost_estimate=0.01,
                latency_ms=900, ok=True),
        AIUsage(operation="mark", model="gpt-a", input_tokens=200, output_tokens=50, cost_estimate=0.001,
                latency_ms=300, ok=False, error="HTTP 500"),
    ])
    await session.flush()
    await client.login("boss")
    body = (await client.get("/api/admin/ai-usage")).json()
    assert body["total_calls"] == 2
    assert body["input_tokens"] == 1200
    assert body["failed_calls"] == 1
    assert {(r["operation"], r["calls"]) for r in body["by_model"]} == {("generate", 1), ("mark", 1)}
    marks = (await client.get("/api/admin/ai-usage", params={"operation": "mark"})).json()
    assert marks["total_calls"] == 1
    assert marks["items"][0]["error"] == "HTTP 500"
    teacher = await make_client()
    await teacher.login("t")
    assert (await teacher.get("/api/admin/ai-usage")).status_code == 403
    assert uuid.UUID(body["items"][0]["id"])
