"""What the database benchmarks share: a throwaway PostgreSQL database migrated with the app's migrations, and
the 95th percentile they report."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from app import migrations
from tests import dbs


@asynccontextmanager
async def bench_database(*, keep: bool, existing: str | None = None,
                         prefix: str = "ks3_bench") -> AsyncIterator[str]:
    """A migrated database on the PostgreSQL server at 127.0.0.1:5432 (or TEST_DATABASE_URL): a new one, dropped
    afterwards unless `keep`, or `existing` (a database an earlier `keep` run left, never dropped)."""
    server = dbs.postgres_server_url()
    if server is None:
        sys.exit("PostgreSQL is not reachable on 127.0.0.1:5432 (or TEST_DATABASE_URL).")
    url = existing or dbs.create_postgres_database(server, prefix=prefix)
    try:
        await asyncio.to_thread(migrations.upgrade, url)
        yield url
    finally:
        if keep or existing:
            print(f"kept: {url}")
        else:
            dbs.drop_postgres_database(url)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
