"""Settings safety, the command line, the demo school, health and readiness."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.config import ConfigError, Settings
from app.demo.seed import DemoRefused, seed_demo
from app.models import ClassPupil, LearningObjective, Role, SchoolClass, User
from tests import dbs

BACKEND = Path(__file__).resolve().parents[1]


def test_production_refuses_missing_or_weak_session_secret(tmp_path):
    for secret in ("", "generate_a_random_32_byte_string", "short"):
        with pytest.raises(ConfigError, match="SESSION_SECRET"):
            Settings(app_env="production", session_secret=secret, data_dir=tmp_path, bcrypt_rounds=12, _env_file=None)
    strong = "x" * 20 + "Y" * 20
    assert Settings(app_env="production", session_secret=strong, data_dir=tmp_path, bcrypt_rounds=12, _env_file=None).session_secret == strong


def test_development_generates_and_keeps_a_secret(tmp_path):
    first = Settings(app_env="development", session_secret="", data_dir=tmp_path, bcrypt_rounds=12, _env_file=None)
    second = Settings(app_env="development", session_secret="", data_dir=tmp_path, bcrypt_rounds=12, _env_file=None)
    assert first.session_secret_generated
    assert len(first.session_secret) >= 32
    assert first.session_secret == second.session_secret
    assert (tmp_path / ".session_secret").stat().st_mode & 0o077 == 0


def test_bcrypt_cost_is_at_least_12_outside_tests(tmp_path):
    assert Settings.model_fields["bcrypt_rounds"].default >= 12
    with pytest.raises(ConfigError):
        Settings(app_env="development", bcrypt_rounds=4, data_dir=tmp_path, _env_file=None)


def test_the_school_time_zone_is_london_unless_set_and_an_unknown_one_is_refused(tmp_path):
    assert Settings(app_env="test", data_dir=tmp_path, _env_file=None).school_timezone == "Europe/London"
    assert Settings(app_env="test", data_dir=tmp_path, school_timezone=" Europe/Dublin ",
                    _env_file=None).school_timezone == "Europe/Dublin"
    with pytest.raises(ConfigError, match="SCHOOL_TIMEZONE='London' is not a time zone this computer knows"):
        Settings(app_env="test", data_dir=tmp_path, school_timezone="London", _env_file=None)


def test_database_url_defaults_to_sqlite_in_data_dir(tmp_path):
    settings = Settings(data_dir=tmp_path, database_url="", app_env="test", _env_file=None)
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path.as_posix()}/ks3.db"
    pg = Settings(data_dir=tmp_path, database_url="postgresql://u@h/db", app_env="test", _env_file=None)
    assert pg.database_url == "postgresql+psycopg://u@h/db"


async def test_demo_school_has_the_fixed_logins_and_classes(session):
    summary = await seed_demo(session, if_empty=False)
    assert summary.created
    users = {u.username: u for u in (await session.execute(select(User))).scalars()}
    assert users["admin"].role == Role.admin
    assert users["teacher2"].role == Role.teacher
    assert users["pupil"].role == Role.pupil
    counts = dict((await session.execute(
        select(SchoolClass.name, func.count()).join(ClassPupil).group_by(SchoolClass.name)
    )).all())
    assert counts == {"7A": 15, "8B": 15, "9C": 15}
    assert await session.scalar(select(func.count()).select_from(LearningObjective)) >= 5
    again = await seed_demo(session, if_empty=False)
    assert not again.created


async def test_demo_school_is_refused_in_production(session, monkeypatch):
    from app.config import get_settings

    monkeypatch.setattr(get_settings(), "app_env", "production")
    with pytest.raises(DemoRefused):
        await seed_demo(session)


def _cli(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=BACKEND, env={**os.environ, **env},
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow  # starts processes or waits for a time limit
def test_cli_migrate_seed_and_create_admin_on_sqlite(tmp_path):
    env = {"DATA_DIR": str(tmp_path), "DATABASE_URL": "", "APP_ENV": "development", "BCRYPT_ROUNDS": "12"}
    assert _cli(["migrate"], env).returncode == 0
    seeded = _cli(["seed-demo", "--if-empty"], env)
    assert seeded.returncode == 0
    assert "teacher2" in seeded.stdout
    assert "demo1234" in seeded.stdout
    assert "was not added" in _cli(["seed-demo", "--if-empty"], env).stdout
    made = _cli(["create-admin", "--username", "Head", "--password", "a-long-password"], env)
    assert made.returncode == 0, made.stdout + made.stderr
    taken = _cli(["create-admin", "--username", "head", "--password", "a-long-password"], env)
    assert taken.returncode == 2
    assert "already taken" in taken.stdout
    short = _cli(["create-admin", "--username", "x", "--password", "short"], env)
    assert short.returncode == 2


@pytest.mark.slow  # starts processes or waits for a time limit
def test_cli_resets_two_step_sign_in_for_a_lost_phone(tmp_path):
    """The last admin's way back in: `reset-two-factor` on the server turns it off (and says when there is
    nothing to do). In development create-admin says two-step sign-in is optional and where to set it up."""
    from sqlalchemy import create_engine, text

    env = {"DATA_DIR": str(tmp_path), "DATABASE_URL": "", "APP_ENV": "development", "BCRYPT_ROUNDS": "12"}
    assert _cli(["migrate"], env).returncode == 0
    made = _cli(["create-admin", "--username", "head", "--password", "a-long-password"], env)
    assert "Two-step sign-in is optional here" in made.stdout
    engine = create_engine(f"sqlite:///{tmp_path / 'ks3.db'}")
    with engine.begin() as db:
        db.execute(text("UPDATE users SET two_factor_secret = 'x', two_factor_enabled_at = CURRENT_TIMESTAMP"))
    reset = _cli(["reset-two-factor", "--username", "head"], env)
    assert reset.returncode == 0, reset.stdout + reset.stderr
    assert "two-step sign-in was reset" in reset.stdout
    with engine.connect() as db:
        assert db.execute(text("SELECT two_factor_enabled_at FROM users")).scalar_one() is None
    engine.dispose()
    again = _cli(["reset-two-factor", "--username", "head"], env)
    assert (again.returncode, "nothing to reset" in again.stdout) == (2, True)
    nobody = _cli(["reset-two-factor", "--username", "nobody"], env)
    assert (nobody.returncode, "There is no account ‘nobody’" in nobody.stdout) == (2, True)


@pytest.mark.slow  # starts processes or waits for a time limit
def test_cli_refuses_production_without_secret(tmp_path):
    result = _cli(["migrate"], {"DATA_DIR": str(tmp_path), "APP_ENV": "production", "SESSION_SECRET": ""})
    assert result.returncode == 2
    assert "SESSION_SECRET" in result.stdout


@pytest.mark.slow  # starts processes or waits for a time limit
def test_cli_migrate_on_postgresql():
    server = dbs.required_postgres_server("the migrate command on PostgreSQL")
    url = dbs.create_postgres_database(server, prefix="ks3_cli")
    try:
        env = {"DATABASE_URL": url, "APP_ENV": "development", "BCRYPT_ROUNDS": "12"}
        result = _cli(["migrate"], env)
        assert result.returncode == 0, result.stdout + result.stderr
        seeded = _cli(["seed-demo"], env)
        assert seeded.returncode == 0
        assert "Demo school created" in seeded.stdout
    finally:
        dbs.drop_postgres_database(url)


async def test_health_and_ready(client):
    assert (await client.get("/api/health")).json() == {"status": "ok"}
    ready = await client.get("/api/ready")
    assert ready.status_code == 200, ready.text
    assert ready.json()["checks"]["database"] == "ok"
    assert ready.json()["checks"]["migrations"] == "ok"


async def test_ready_reports_unmigrated_database(app, tmp_path, client):
    from app.db import Database, set_database

    set_database(Database(dbs.sqlite_url(tmp_path, "empty.db")))
    r = await client.get("/api/ready")
    assert r.status_code == 503
    assert "migrate" in r.json()["checks"]["migrations"]
