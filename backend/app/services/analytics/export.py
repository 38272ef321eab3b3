"""The class's results as a CSV file for a spreadsheet: one row per pupil (their class result) and one column per
question; every export is written to the audit log."""

from __future__ import annotations

import csv
import io
import uuid
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AttemptEnd, Question, User
from app.schemas.analytics import PupilResult
from app.services.analytics.results import results_in_view
from app.services.analytics.scope import Scope, chosen_attempts, scope_for
from app.services.core import audit
from app.services.marking.first_try import first_try_marks
from app.utils.dates import school_time

HEADINGS = ["Last name", "First name", "Username", "Class", "Status", "Score", "Out of", "Percentage",
            "Minutes taken", "Completed at", "Hints used", "How it ended"]
# After the question columns, so spreadsheets made before these existed still line up: the marks at each
# question's first try beside the final ones (app.services.marking.first_try).
FIRST_TRY_HEADINGS = ["First-try score", "First-try percentage"]
# How a finished attempt ended, in the words the class results page uses.
ENDED = {AttemptEnd.pupil: "Finished", AttemptEnd.teacher: "Handed in by teacher",
         AttemptEnd.window_closed: "Handed in when it closed"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class CsvFile(NamedTuple):
    filename: str
    text: str


class ScoreKey(NamedTuple):
    attempt_id: uuid.UUID
    question_id: uuid.UUID


async def export_csv(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                     class_id: uuid.UUID | None, ip: str | None) -> CsvFile:
    """One row per pupil with their result and each question's score."""
    view = await scope_for(session, assessment_id, teacher, class_id)
    results = await results_in_view(session, view)
    scores = await _scores_by_attempt(session, view)
    out = io.StringIO()
    writer = csv.writer(out)
    numbers = range(1, len(view.assessment.questions) + 1)
    writer.writerow([*HEADINGS, *(f"Q{i}" for i in numbers), *FIRST_TRY_HEADINGS,
                     *(f"Q{i} first try" for i in numbers)])
    for pupil in results.pupils:
        writer.writerow(_row(pupil, view.assessment.questions, scores))
    await audit.record(session, "results.export", user=teacher, entity_type="assessment",
                       entity_id=view.assessment.id, ip=ip,
                       details={"class_ids": [str(c) for c in view.class_ids], "rows": len(results.pupils)})
    return CsvFile(filename=f"{_safe_filename(view.assessment.title)}-results.csv", text=out.getvalue())


class Scores(NamedTuple):
    """One answer's final score and its marks at the first try."""

    final: float | None
    first_try: float | None


async def _scores_by_attempt(session: AsyncSession, view: Scope) -> dict[ScoreKey, Scores]:
    """Each chosen attempt's score on each question it answered, final and at the first try."""
    chosen = chosen_attempts(view.assessment.id, view.class_ids)
    rows = await session.execute(
        select(Answer.attempt_id, Answer.question_id, Answer.score, first_try_marks().label("first_try"))
        .join(chosen, Answer.attempt_id == chosen.c.id)
    )
    return {ScoreKey(row.attempt_id, row.question_id): Scores(row.score, row.first_try) for row in rows}


def _row(pupil: PupilResult, questions: list[Question],
         scores: dict[ScoreKey, Scores]) -> list[str | int | float]:
    """One pupil's line: question scores and the mark out of only once they have finished; then the first-try
    figures."""
    completed = pupil.status == "completed" and pupil.attempt_id is not None
    answers = [scores.get(ScoreKey(pupil.attempt_id, q.id)) if completed else None for q in questions]
    final = [_number(a.final) if a else "" for a in answers]
    first = [_number(a.first_try) if a else "" for a in answers]
    return [
        _neutralise(pupil.last_name or ""), _neutralise(pupil.first_name or pupil.name), pupil.username,
        _neutralise(pupil.class_name or ""), pupil.status.replace("_", " "),
        _number(pupil.score), _number(pupil.max_score if completed else None), _number(pupil.percentage),
        round(pupil.time_taken_seconds / 60, 1) if pupil.time_taken_seconds else "",
        school_time(pupil.completed_at).strftime("%Y-%m-%d %H:%M") if pupil.completed_at else "", pupil.hints_used,
        ENDED.get(pupil.end_reason, "") if completed and pupil.end_reason else "",
        *final,
        _number(pupil.first_try_score), _number(pupil.first_try_percentage),
        *first,
    ]


def _number(value: float | None) -> str:
    """A score as a spreadsheet reads it: 2 rather than 2.0, at most two decimal places."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _neutralise(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a pupil's name must never do that."""
    return "'" + value if value[:1] in FORMULA_STARTS else value


def _safe_filename(title: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in title).strip("-")[:60] or "results"
