"""The markbook as a CSV file for a spreadsheet: one row per pupil, three columns per assessment (final %,
first-try %, how it ended), then the average and the trend; every export is written to the audit log."""

from __future__ import annotations

import csv
import io
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import User
from app.schemas.markbook import CellState, MarkbookCell, MarkbookFilters, MarkbookRow
from app.services.analytics.export import CsvFile, _neutralise, _number, _safe_filename
from app.services.analytics.markbook import markbook
from app.services.core import audit

# The words the markbook page's legend uses.
STATE_WORDS: dict[CellState, str] = {
    "finished": "Finished", "handed_in": "Handed in by teacher", "time_up": "Handed in when time was up",
    "in_progress": "Started, not finished", "not_started": "Not started", "missed": "Not started, closed",
    "not_open": "Not open yet",
}


async def markbook_csv(session: AsyncSession, *, class_id: uuid.UUID, teacher: User, filters: MarkbookFilters,
                       ip: str | None) -> CsvFile:
    """The markbook in view (the same filters) as CSV."""
    book = await markbook(session, class_id=class_id, teacher=teacher, filters=filters)
    out = io.StringIO()
    writer = csv.writer(out)
    headings = ["Last name", "First name", "Username"]
    for column in book.columns:
        title = _neutralise(column.title)
        headings += [f"{title}: final %", f"{title}: first try %", f"{title}: how it ended"]
    writer.writerow([*headings, "Average final %", "Average first try %", "Trend"])
    for row in book.rows:
        writer.writerow(_line(row))
    await audit.record(session, "markbook.export", user=teacher, entity_type="class", entity_id=book.class_id,
                       ip=ip, details={"assessments": len(book.columns), "rows": len(book.rows),
                                       "filters": filters.model_dump(mode="json", exclude_none=True)})
    return CsvFile(filename=f"{_safe_filename(book.class_name)}-markbook.csv", text=out.getvalue())


def _line(row: MarkbookRow) -> list[str]:
    cells: list[str] = []
    for cell in row.cells:
        cells += [_number(cell.percentage), _number(cell.first_try_percentage), _ended(cell)]
    return [_neutralise(row.last_name or ""), _neutralise(row.first_name or row.name), row.username, *cells,
            _number(row.average), _number(row.first_try_average), row.trend.words]


def _ended(cell: MarkbookCell) -> str:
    words = STATE_WORDS[cell.state]
    return f"{words} (extension)" if cell.extension else words
