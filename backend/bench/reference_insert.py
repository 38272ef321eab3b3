"""The reference point for the pupil load benchmark: a bare FastAPI app whose one route inserts one row with the
ORM — no sign-in, no middleware, nothing else. `bench.pupil_load --reference` serves it with the same uvicorn
workers and drives it with the same client, so the autosave figures can be read against what this machine does
for the simplest possible write on the day (a shared machine varies a lot from hour to hour).

    uvicorn bench.reference_insert:app --workers 2      # DATABASE_URL: a database with the bench_rows table
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, FastAPI
from sqlalchemy import Integer, String
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

TABLE_SQL = "CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY, text varchar(200), seq integer)"


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "bench_rows"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    text: Mapped[str] = mapped_column(String(200))
    seq: Mapped[int] = mapped_column(Integer)


# The same pool sizes as the app's server gets from the benchmark.
engine = create_async_engine(
    os.environ.get("DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"),
    pool_size=int(os.environ.get("DB_POOL_SIZE", "10")),
    max_overflow=int(os.environ.get("DB_MAX_OVERFLOW", "20")),
)
sessions = async_sessionmaker(engine, expire_on_commit=False)


async def get_session() -> AsyncIterator[AsyncSession]:
    async with sessions() as session:
        yield session
        await session.commit()


app = FastAPI()


@app.get("/api/health")
async def health() -> dict:
    return {"status": "ok"}


@app.put("/api/pupil/attempts/{attempt_id}/answers/{question_id}")
async def insert_one_row(attempt_id: str, question_id: str, body: dict,
                         session: Annotated[AsyncSession, Depends(get_session)]) -> dict:
    """One ORM insert, at the autosave's address so the benchmark's client can drive it unchanged."""
    seq = int(body.get("seq", 0))
    session.add(Row(text=str(body.get("answer_data"))[:200], seq=seq))
    return {"saved": True, "seq": seq}
