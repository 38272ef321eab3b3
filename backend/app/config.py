"""Configuration from the environment (and a `.env` file), validated once at start-up.

Every setting has a safe development default so `make run` works on a fresh machine;
production mode (`APP_ENV=production`) refuses the defaults that would be unsafe there.
"""

from __future__ import annotations

import logging
import secrets
from functools import lru_cache
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, PrivateAttr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

log = logging.getLogger("app.config")

REPO_ROOT = Path(__file__).resolve().parents[2]
BACKEND_ROOT = REPO_ROOT / "backend"
DEFAULT_DATA_DIR = REPO_ROOT / "data"

# A secret shorter than this, or one of the well-known example values, is refused in production.
MIN_SECRET_LENGTH = 32
KNOWN_WEAK_SECRETS = {
    "",
    "generate_a_random_32_byte_string",
    "change_me",
    "change_me_in_production",
    "secret",
    "changeme",
}


class ConfigError(RuntimeError):
    """A setting that makes it unsafe or impossible to start; the message says how to fix it."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=(str(REPO_ROOT / ".env"), ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
    )

    app_env: Literal["development", "production", "test"] = "development"
    host: str = "127.0.0.1"
    port: int = 8000
    data_dir: Path = DEFAULT_DATA_DIR
    web_dir: Path = REPO_ROOT / "web"
    serve_web: bool = True  # FastAPI serves web/ when Caddy is not in front

    # Database: SQLite file under data/ by default; PostgreSQL in production.
    database_url: str = ""
    db_pool_size: int = 10
    db_max_overflow: int = 20
    db_echo: bool = False

    # Sessions
    session_secret: str = ""
    session_ttl_minutes: int = 480
    cookie_secure: Literal["auto", "always", "never"] = "auto"
    # Proxies whose X-Forwarded-For / X-Real-IP we believe (comma-separated IPs or CIDRs).
    trusted_proxies: str = "127.0.0.1,::1"

    # Passwords: bcrypt cost 12 (about a quarter of a second here). Only tests may lower it.
    bcrypt_rounds: int = 12

    # Login throttling
    # Per username from one address: one pupil guessing a teacher's password locks only their own computer out.
    login_max_failures_per_user: int = 5
    # Per username from every address together: guessing spread over many computers is stopped too.
    login_max_failures_per_user_everywhere: int = 50
    login_max_failures_per_ip: int = 30
    login_failure_window_minutes: int = 15
    login_failure_delay_seconds: float = 0.4  # slows guessing: added per recent failure, at most 5 times

    # AI provider (any OpenAI-compatible server)
    openai_api_key: str = ""
    openai_model: str = "gpt-4o-mini"
    openai_base_url: str = ""
    openai_max_tokens: int = 4096
    openai_timeout_seconds: float = 60.0
    openai_max_retries: int = 3
    encryption_key: str = ""

    # Documents
    max_upload_size_mb: int = 50
    # Importing an assessment file (app.services.exchange): the whole file, and how many questions it may hold.
    exchange_max_file_mb: int = Field(default=40, ge=1)
    exchange_max_questions: int = Field(default=300, ge=1)
    # Every JSON request body (documents and pictures are multipart uploads, limited above): a class list as CSV
    # text is about 100 KB; an answer at most 64 KB.
    max_json_body_kb: int = 1024
    allowed_extensions: str = ".docx,.pptx,.pdf,.zip,.html,.htm,.md,.txt"
    # Reading one uploaded file happens in a process of its own, which exits afterwards; a document over
    # one of these bounds is refused with a message saying what to do.
    document_max_pages: int = Field(default=500, ge=1)  # pages of one PDF
    document_max_characters: int = Field(default=2_000_000, ge=1000)  # text in one document
    document_max_seconds: float = Field(default=60.0, gt=0)  # reading one uploaded file (all of a zip)
    document_max_memory_mb: int = Field(default=1024, ge=128)  # the reading process's address space

    # Rate limits
    rate_limit_generation: int = 10  # per teacher per hour
    rate_limit_attempts: int = 100  # per pupil per hour
    rate_limit_code_runs: int = 20  # per pupil per minute

    # The live lesson view: a pupil with no activity for this many minutes is shown among those needing help.
    live_idle_minutes: int = Field(default=3, ge=1, le=120)

    # Feature flags
    enable_python_runner: bool = True
    enable_immediate_feedback: bool = True

    # Sandbox
    runner_url: str = ""  # when set, code runs in the separate runner service
    runner_token: str = ""
    sandbox_max_concurrency: int = 4
    sandbox_time_limit_seconds: float = 5.0
    sandbox_memory_mb: int = 256
    sandbox_output_limit_kb: int = 64
    sandbox_user: str = "sandbox"
    sandbox_isolation: str = "auto"  # auto | bwrap | unshare | rlimits; forcing one is for tests and odd hosts

    # Background jobs and retention
    enable_job_worker: bool = True
    job_poll_seconds: float = 1.0
    retention_content_days: int = 365
    retention_record_years: int = 6

    # The school's name, printed on pupils' login cards (empty: the cards show only the product name).
    school_name: str = ""
    # The school's time zone: every time the app writes in words ("open until Monday 7 July at 15:30") and the CSV's
    # times are in it. Times are stored and sent to browsers in UTC; pages show them in the computer's own zone.
    school_timezone: str = "Europe/London"
    # The address people use for this site, e.g. https://assess.school.org.uk: single sign-on's redirect address
    # is built from it (empty: from the address each request arrived at).
    public_base_url: str = ""

    # Ops
    metrics_token: str = ""
    log_json: bool = False
    log_level: str = "INFO"

    # Set when development generated the secret, so start-up can say so.
    session_secret_generated: bool = Field(default=False, exclude=True)
    # The settings given explicitly (environment, .env or arguments), as they were at start-up.
    _explicit: frozenset[str] = PrivateAttr(default=frozenset())

    @field_validator("allowed_extensions")
    @classmethod
    def _normalise_extensions(cls, value: str) -> str:
        parts = [p.strip().lower() for p in value.replace(" ", "").split(",") if p.strip()]
        return ",".join(p if p.startswith(".") else f".{p}" for p in parts)

    @field_validator("school_timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value.strip())
        except (ZoneInfoNotFoundError, ValueError) as problem:
            raise ConfigError(f"SCHOOL_TIMEZONE={value!r} is not a time zone this computer knows. Use a name such as "
                              "Europe/London (on a computer with no time zone data, install the tzdata package).") \
                from problem
        return value.strip()

    @model_validator(mode="after")
    def _defaults_and_safety(self) -> Settings:
        if not self.database_url:
            self.database_url = f"sqlite+aiosqlite:///{(self.data_dir / 'ks3.db').as_posix()}"
        elif self.database_url.startswith("postgresql://"):
            self.database_url = "postgresql+psycopg://" + self.database_url[len("postgresql://"):]
        elif self.database_url.startswith("sqlite:///"):
            self.database_url = "sqlite+aiosqlite:///" + self.database_url[len("sqlite:///"):]
        if self.openai_api_key.strip() in ("sk-...", "sk-"):  # the .env.example placeholder
            self.openai_api_key = ""
        weak = self.session_secret.strip() in KNOWN_WEAK_SECRETS or len(self.session_secret) < MIN_SECRET_LENGTH
        if weak:
            if self.is_production:
                raise ConfigError(
                    "SESSION_SECRET is missing or too weak for production. Set it in .env to a random "
                    f"string of at least {MIN_SECRET_LENGTH} characters, for example the output of: "
                    "python3 -c 'import secrets; print(secrets.token_urlsafe(48))'"
                )
            self.session_secret = _development_secret(self.data_dir)
            self.session_secret_generated = True
        if self.bcrypt_rounds < 12 and self.app_env != "test":
            raise ConfigError("BCRYPT_ROUNDS must be at least 12 outside the test suite.")
        return self

    def model_post_init(self, context: object, /) -> None:
        # Private attributes are ready only here; fields_set still holds exactly what was given at start-up.
        super().model_post_init(context)
        self._explicit = frozenset(self.model_fields_set)

    def given(self, name: str) -> bool:
        """Was this setting given explicitly (not left at its default)?"""
        return name in self._explicit

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def allowed_extension_list(self) -> list[str]:
        return self.allowed_extensions.split(",")

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_size_mb * 1024 * 1024

    @property
    def ai_configured(self) -> bool:
        return bool(self.openai_api_key or self.openai_base_url)


def _development_secret(data_dir: Path) -> str:
    """A random secret kept in the data folder so sessions survive restarts and all workers agree."""
    path = data_dir / ".session_secret"
    try:
        if path.exists():
            value = path.read_text().strip()
            if len(value) >= MIN_SECRET_LENGTH:
                return value
        data_dir.mkdir(parents=True, exist_ok=True)
        value = secrets.token_urlsafe(48)
        path.write_text(value)
        path.chmod(0o600)
        return value
    except OSError:
        return secrets.token_urlsafe(48)


@lru_cache
def get_settings() -> Settings:
    return Settings()
