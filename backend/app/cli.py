"""The command line: python -m app <command>."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import sys
from collections.abc import Awaitable, Callable
from typing import TypeVar

import uvicorn
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from app import migrations
from app.config import ConfigError, get_settings
from app.db import get_database
from app.demo.seed import DEMO_LOGINS, DEMO_PASSWORD, DemoRefused, seed_demo
from app.errors import AppError
from app.models import Role, User
from app.services.accounts import two_factor, users
from app.services.privacy import retention
from app.utils.security import hash_password_sync

T = TypeVar("T")


def _print(msg: str = "") -> None:
    print(msg, flush=True)


def cmd_migrate(_args: argparse.Namespace) -> int:
    settings = get_settings()
    applied = migrations.upgrade(settings.database_url)
    where = _where(settings.database_url)
    if applied:
        _print(f"Database migrated: applied {len(applied)} migration(s), now up to date ({where}).")
    else:
        _print(f"Database was already up to date; no migration run ({where}).")
    return 0


def _where(url: str) -> str:
    parsed = make_url(url)
    return parsed.render_as_string(hide_password=True)


async def _with_session(fn: Callable[[AsyncSession], Awaitable[T]]) -> T:
    """Run `fn` in one session of the configured database, committing when it succeeds."""
    database = get_database()
    try:
        async with database.sessionmaker() as session:
            result = await fn(session)
            await session.commit()
            return result
    finally:
        await database.dispose()


def cmd_seed_demo(args: argparse.Namespace) -> int:
    try:
        summary = asyncio.run(_with_session(lambda s: seed_demo(s, if_empty=args.if_empty)))
    except DemoRefused as exc:
        _print(str(exc))
        return 2
    _print(summary.message)
    _print("Demo logins (password for all: " + DEMO_PASSWORD + "):")
    for username, who in DEMO_LOGINS:
        _print(f"  {username:<9} {who}")
    return 0


def cmd_create_admin(args: argparse.Namespace) -> int:
    password = args.password or os.environ.get("ADMIN_PASSWORD")
    if not password:
        if not sys.stdin.isatty():
            _print("Give a password with --password or ADMIN_PASSWORD, or run this in a terminal.")
            return 2
        password = getpass.getpass("Password for the new admin: ")
        if password != getpass.getpass("Type it again: "):
            _print("The two passwords were different. Nothing was created.")
            return 2
    problem = users.staff_password_problem(password)
    if problem is not None:
        _print(problem + " Nothing was created.")
        return 2
    username = args.username.strip().lower()

    async def create(session: AsyncSession) -> bool:
        if await session.scalar(select(func.count()).where(User.username == username)):
            return False
        session.add(User(username=username, name=args.name, role=Role.admin, is_active=True,
                         password_hash=hash_password_sync(password), email=args.email))
        return True

    if not asyncio.run(_with_session(create)):
        _print(f"The username ‘{username}’ is already taken. Nothing was created.")
        return 2
    _print(f"Admin ‘{username}’ created.")
    for line in _first_sign_in(username):
        _print(line)
    return 0


def _first_sign_in(username: str) -> list[str]:
    """What the new admin does next: in production, setting up two-step sign-in comes before anything else."""
    if not get_settings().is_production:
        return [f"Sign in as ‘{username}’ at the web address of this server. Two-step sign-in is optional here: "
                f"set it up on My account ({ENROL_PAGE})."]
    return [
        "Two-step sign-in is required for admins on this server. To set it up:",
        "  1. Have an authenticator app on your phone (Google Authenticator, Microsoft Authenticator or similar).",
        f"  2. Sign in as ‘{username}’ at the web address of this server, for example https://<server>/ .",
        f"  3. You are taken to {ENROL_PAGE} : scan the QR code, type the 6-digit code the app shows, and save",
        "     the 10 recovery codes it gives you somewhere safe. Until then this account can do nothing else.",
    ]


ENROL_PAGE = "/account.html"


def cmd_reset_two_factor(args: argparse.Namespace) -> int:
    username = args.username.strip().lower()

    async def reset(session: AsyncSession) -> str | None:
        target = await session.scalar(select(User).where(User.username == username))
        if target is None:
            return None
        return (await two_factor.reset(session, target=target, actor=None, ip=None)).message

    try:
        message = asyncio.run(_with_session(reset))
    except AppError as refused:
        _print(refused.detail)
        return 2
    if message is None:
        _print(f"There is no account ‘{username}’. Nothing was changed.")
        return 2
    _print(message)
    return 0


KEEP_ALIVE_SECONDS = 75


def cmd_serve(args: argparse.Namespace) -> int:
    settings = get_settings()
    if not args.no_migrate:
        cmd_migrate(args)
    host, port = args.host or settings.host, args.port or settings.port
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host
    _print(f"KS3 Assessment is running at http://{shown}:{port}  (press Ctrl+C to stop)")
    uvicorn.run(
        "app.main:app",
        host=host,
        port=port,
        workers=args.workers,
        proxy_headers=True,
        forwarded_allow_ips=settings.trusted_proxies,
        log_level=settings.log_level.lower(),
        access_log=False,
        # Longer than the proxy keeps an idle connection (60 s in docker/Caddyfile): the proxy closes it first,
        # so it never sends a pupil's request down a connection that uvicorn (default 5 s) is closing.
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
    return 0


def cmd_retention(_args: argparse.Namespace) -> int:
    result = asyncio.run(_with_session(retention.purge))
    _print("Retention applied: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result.items()) + ".")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m app", description="KS3 Assessment")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="migrate the database, then serve the API and web pages")
    serve.add_argument("--host", help="default: HOST or 127.0.0.1")
    serve.add_argument("--port", type=int, help="default: PORT or 8000")
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-migrate", action="store_true")
    serve.set_defaults(func=cmd_serve)

    migrate = sub.add_parser("migrate", help="bring the database schema up to date")
    migrate.set_defaults(func=cmd_migrate)

    admin = sub.add_parser("create-admin", help="create an admin account")
    admin.add_argument("--username", required=True)
    admin.add_argument("--name", default="School admin")
    admin.add_argument("--email")
    admin.add_argument("--password", help="or ADMIN_PASSWORD; asked for when neither is given")
    admin.set_defaults(func=cmd_create_admin)

    reset = sub.add_parser("reset-two-factor", help="turn off someone's two-step sign-in (a lost phone and no "
                                                    "recovery codes, and no other admin to reset it)")
    reset.add_argument("--username", required=True)
    reset.set_defaults(func=cmd_reset_two_factor)

    seed = sub.add_parser("seed-demo", help="add the demo school (not in production)")
    seed.add_argument("--if-empty", action="store_true", help="only when the database has no accounts yet")
    seed.set_defaults(func=cmd_seed_demo)

    keep = sub.add_parser("retention", help="purge written answers, code and old records past the retention period")
    keep.set_defaults(func=cmd_retention)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("alembic").setLevel(logging.WARNING)
    try:
        args = build_parser().parse_args(argv)
        return args.func(args)
    except ConfigError as exc:
        _print(f"Cannot start: {exc}")
        return 2
