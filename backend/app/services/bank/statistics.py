"""How each question went in past use, across every class that used it, with no pupil named: how many answered,
first-try facility, discrimination, average time and hint rate. One aggregate query over the page's questions
(found through the answers' question index), so a page of results costs the same however big the bank is.

What counts: the answers in completed attempts whose first try has been marked (a written answer still waiting
for its teacher counts once it is marked). An answer left empty at the end has no try and is not counted.

First try: read by app.services.marking.first_try.right_first_time — the first try stored on an automatically
marked answer, or a written answer's first draft in the answer history — never guessed from the number of tries.

Discrimination: the point-biserial correlation between being fully right at the first try (1 or 0) and the rest
of the attempt — the attempt's score without this question, as a share of the marks left. Near +1: pupils who
did well elsewhere got it right first time and others did not (it tells them apart); near 0 or below: it does
not. It is left out (null) below DISCRIMINATION_MINIMUM answers, and when everyone was alike (all right, all not,
or all with the same rest score), where the correlation is undefined."""

from __future__ import annotations

import math
import uuid
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Float, Row, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, Attempt, AttemptStatus
from app.schemas.bank import BankStats
from app.services.marking.first_try import right_first_time

# About one class. Below it one pupil's answer can move the correlation by more than 0.2 (its standard error is
# roughly 1 / sqrt(n − 1)), too much to choose questions by.
DISCRIMINATION_MINIMUM = 20
# Sums of squares smaller than this (relative to n²) are rounding: everyone scored the same.
FLAT = 1e-9


class Sums(NamedTuple):
    """A question's answers summed in SQL: x = right at the first try (1/0), y = the rest of the attempt (0–1)."""

    answered: int
    right_first_try: int
    time: float | None
    hints: int
    pairs: int  # answers with a rest score (an attempt of this question alone has none)
    sum_x: float
    sum_y: float
    sum_xy: float
    sum_yy: float


NO_SUMS = Sums(0, 0, None, 0, 0, 0.0, 0.0, 0.0, 0.0)


async def question_statistics(session: AsyncSession, question_ids: list[uuid.UUID]) -> dict[uuid.UUID, BankStats]:
    """The statistics of each question (every id gets an entry; unused questions have zero answers)."""
    sums = await _sums(session, question_ids) if question_ids else {}
    return {question_id: stats_from(sums.get(question_id, NO_SUMS)) for question_id in question_ids}


async def _sums(session: AsyncSession, question_ids: list[uuid.UUID]) -> dict[uuid.UUID, Sums]:
    first, first_marked, x = right_first_time()
    marks_left = Attempt.max_score - Answer.max_score
    y = case((marks_left > 0, (Attempt.total_score - func.coalesce(Answer.score, 0.0)) / marks_left))
    rows = await session.execute(
        select(
            Answer.question_id,
            func.count().label("answered"),
            func.sum(x).label("right_first_try"),
            func.avg(cast(Answer.time_taken_seconds, Float)).label("time"),
            func.sum(case((Answer.hint_used, 1), else_=0)).label("hints"),
            func.count(y).label("pairs"),
            func.sum(case((y.is_not(None), x))).label("sum_x"),
            func.sum(y).label("sum_y"),
            func.sum(x * y).label("sum_xy"),
            func.sum(y * y).label("sum_yy"),
        )
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(first, first_marked)
        .where(Answer.question_id.in_(question_ids), Attempt.status == AttemptStatus.completed)
        .group_by(Answer.question_id)
    )
    return {row.question_id: _plain(row) for row in rows}


def _plain(row: Row[Any]) -> Sums:
    """Plain numbers from one row (PostgreSQL sums and averages come as Decimal, empty sums as None)."""
    def number(value: float | Decimal | None) -> float:
        return float(value) if value is not None else 0.0

    return Sums(answered=int(row.answered), right_first_try=int(number(row.right_first_try)),
                time=float(row.time) if row.time is not None else None, hints=int(row.hints or 0),
                pairs=int(row.pairs), sum_x=number(row.sum_x), sum_y=number(row.sum_y), sum_xy=number(row.sum_xy),
                sum_yy=number(row.sum_yy))


def stats_from(sums: Sums) -> BankStats:
    """The statistics a teacher reads, from a question's sums."""
    answered = sums.answered
    return BankStats(
        answered=answered,
        right_first_try=sums.right_first_try,
        facility=round(sums.right_first_try / answered, 3) if answered else None,
        discrimination=point_biserial(sums),
        discrimination_minimum=DISCRIMINATION_MINIMUM,
        average_time_seconds=round(sums.time, 1) if sums.time is not None else None,
        hint_rate=round(sums.hints / answered, 3) if answered else None,
    )


def point_biserial(sums: Sums) -> float | None:
    """Pearson's correlation of x (1/0) with y from the sums — which for a 1/0 x is the point-biserial
    correlation — rounded to 2 places; None below the minimum or when either side does not vary."""
    n = sums.pairs
    if n < DISCRIMINATION_MINIMUM:
        return None
    spread_x = n * sums.sum_x - sums.sum_x ** 2  # x² = x for a 1/0 value
    spread_y = n * sums.sum_yy - sums.sum_y ** 2
    if spread_x <= FLAT * n * n or spread_y <= FLAT * n * n:
        return None
    r = (n * sums.sum_xy - sums.sum_x * sums.sum_y) / math.sqrt(spread_x * spread_y)
    return round(max(-1.0, min(1.0, r)), 2)
