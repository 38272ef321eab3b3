"""Bulk import of pupils from a CSV of first name, last name, year group and class, and optionally each pupil's
access arrangements (columns named as in access_csv: extra time, read aloud, text size, ...).

All rows are checked first; if any row has a problem nothing is imported and every problem is reported with
its row number, so the teacher can fix the file and try again. An import only ever makes new accounts: a pupil
who already has one is added to a class by the school's admin.

The new passwords are hashed (bcrypt, slow on purpose) with no transaction or pooled connection held: the file is
checked in one short transaction, the passwords are hashed, then the file is checked again and written in a
second short one."""

from __future__ import annotations

import csv
import io
import re
import uuid
from dataclasses import dataclass, field
from typing import NamedTuple, TypedDict

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Forbidden, Invalid
from app.models import ClassPupil, Role, SchoolClass, User
from app.schemas.access import AccessArrangements
from app.schemas.accounts import ImportResult, PupilCreate
from app.services.accounts import access_csv, classes, users
from app.services.core import audit
from app.utils.dates import academic_year_for

MAX_ROWS = 2000
HEADER_NAMES = {
    "first": {"first name", "firstname", "first_name", "forename", "given name", "first"},
    "last": {"last name", "lastname", "last_name", "surname", "family name", "last"},
    "year": {"year", "year group", "year_group", "yeargroup", "yr"},
    "class": {"class", "class name", "class_name", "form", "group", "teaching group"},
}


@dataclass
class Row:
    number: int  # as the teacher sees it in a spreadsheet (the header is row 1)
    first_name: str
    last_name: str
    year_group: int | None
    class_name: str
    arrangements: AccessArrangements = field(default_factory=AccessArrangements)
    errors: list[str] = field(default_factory=list)


class RowProblems(TypedDict):
    """One row's problems, as the refusal lists them (in its JSON body, under "rows")."""

    row: int
    errors: list[str]


def _records(text: str) -> list[list[str]]:
    """The file's rows that are not blank, read with the delimiter its first line uses the most."""
    first_line = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    records: list[list[str]] = []
    while True:
        try:
            record = next(reader)
        except StopIteration:
            return records
        except csv.Error as error:
            # Rows are numbered as parse_rows numbers them: the first row that is not blank is row 1.
            raise _unreadable_row(len(records) + 1, error) from error
        if any(cell.strip() for cell in record):
            records.append(record)


def _unreadable_row(number: int, error: csv.Error) -> Invalid:
    """The refusal for a row the csv module cannot read, e.g. a cell longer than its limit (131,072 characters)."""
    if "field limit" in str(error):  # the csv module says which error only in its message
        problem = (f"a cell is longer than {csv.field_size_limit():,} characters, far longer than a name or a class "
                   "(a missing closing quote \" can run the rest of the file into one cell)")
    else:
        problem = f"this row cannot be read as CSV ({error})"
    return Invalid(
        f"Nothing was imported: row {number} cannot be read. Fix that row and try again.",
        extra={"rows": [RowProblems(row=number, errors=[problem])]},
    )


def _column_map(header: list[str]) -> dict[str, int] | None:
    cleaned = [h.strip().lower() for h in header]
    mapping = {}
    for key, names in HEADER_NAMES.items():
        for index, name in enumerate(cleaned):
            if name in names:
                mapping[key] = index
                break
    return mapping if len(mapping) >= 2 else None


def _year(value: str) -> int | None:
    match = re.fullmatch(r"(?:year|yr|y)?\s*(\d{1,2})", value.strip().lower())
    return int(match.group(1)) if match else None


def parse_rows(text: str) -> list[Row]:
    """The CSV's rows (with or without a header row), each with its own problems; Invalid for an unusable file."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw = _records(text)
    if not raw:
        raise Invalid("The file is empty. It needs one pupil per row: first name, last name, year, class.")
    mapping = _column_map(raw[0])
    start = 1 if mapping else 0
    arrangement_columns = access_csv.column_map(raw[0]) if mapping else {}
    mapping = mapping or {"first": 0, "last": 1, "year": 2, "class": 3}
    missing = [k for k in ("first", "last", "year", "class") if k not in mapping]
    if missing:
        names = {"first": "first name", "last": "last name", "year": "year", "class": "class"}
        raise Invalid(
            "The header row is missing these columns: " + ", ".join(names[m] for m in missing) + ". "
            "Use the headings: first name, last name, year, class."
        )
    body = raw[start:]
    if len(body) > MAX_ROWS:
        raise Invalid(f"That file has {len(body)} pupils; import at most {MAX_ROWS} at a time.")
    if not body:
        raise Invalid("The file has a header row but no pupils under it.")

    rows = []
    for offset, cells in enumerate(body):
        def cell(key: str, cells: list[str] = cells) -> str:
            index = mapping[key]
            return cells[index].strip() if index < len(cells) else ""

        row = Row(
            number=offset + start + 1,
            first_name=cell("first"),
            last_name=cell("last"),
            year_group=_year(cell("year")),
            class_name=cell("class"),
        )
        row.errors.extend(_row_problems(row, year_text=cell("year")))
        row.arrangements, problems = access_csv.read_arrangements(cells, arrangement_columns)
        row.errors.extend(problems)
        rows.append(row)
    return rows


def _row_problems(row: Row, *, year_text: str) -> list[str]:
    """What is wrong with one row on its own (before it is compared with the school and the rest of the file)."""
    errors = []
    if not row.first_name:
        errors.append("the first name is empty")
    elif len(row.first_name) > 100:
        errors.append("the first name is longer than 100 characters")
    if not row.last_name:
        errors.append("the last name is empty")
    elif len(row.last_name) > 100:
        errors.append("the last name is longer than 100 characters")
    if row.year_group is None:
        errors.append(f"the year ‘{year_text}’ is not a number (use 7, 8 or 9)")
    elif row.year_group not in (7, 8, 9):
        errors.append(f"the year {row.year_group} is not a KS3 year (use 7, 8 or 9)")
    if not row.class_name:
        errors.append("the class is empty")
    elif len(row.class_name) > 50:
        errors.append("the class name is longer than 50 characters")
    return errors


class ImportPlan(NamedTuple):
    """A checked file: its rows, the class a teacher imports into (None for an admin), the academic year, and
    the year's classes by lower-case name."""

    rows: list[Row]
    only_class: SchoolClass | None
    year: str
    existing: dict[str, SchoolClass]


async def import_pupils(
    sessions: async_sessionmaker[AsyncSession],
    *,
    text: str,
    actor: User,
    class_id: uuid.UUID | None = None,
    ip: str | None = None,
) -> ImportResult:
    """Create every pupil in the CSV and put them in their classes; all or nothing.

    A teacher imports into one of their classes (`class_id`); an admin imports into any class of the
    current academic year, creating classes that do not exist yet. The new passwords are returned once."""
    async with session_scope(sessions) as session:
        plan = await _checked_plan(session, text=text, actor=actor, class_id=class_id)
    passwords = await users.new_pupil_passwords(len(plan.rows))  # the slow part: nothing held
    async with session_scope(sessions) as session:
        # Checked again: the school may have changed while the passwords were hashed.
        plan = await _checked_plan(session, text=text, actor=actor, class_id=class_id)
        return await _write(session, plan, passwords=passwords, actor=actor, ip=ip)


async def _checked_plan(
    session: AsyncSession, *, text: str, actor: User, class_id: uuid.UUID | None
) -> ImportPlan:
    """Who may import where, then the file checked row by row and against the school; Invalid listing every
    problem when there is one."""
    only_class = None
    if class_id is not None:
        only_class = await classes.get_class(session, class_id, user=actor, with_people=False)
    elif actor.role != Role.admin:
        raise Forbidden("Import pupils from one of your classes' pages.")
    rows = parse_rows(text)
    year = only_class.academic_year if only_class else academic_year_for()
    existing = {
        c.name.lower(): c
        for c in (await session.execute(select(SchoolClass).where(SchoolClass.academic_year == year))).scalars()
    }
    await _check_against_school(session, rows, existing, only_class)
    _refuse_if_any_problem(rows)
    return ImportPlan(rows=rows, only_class=only_class, year=year, existing=existing)


async def _write(
    session: AsyncSession, plan: ImportPlan, *, passwords: list[users.NewPassword], actor: User, ip: str | None
) -> ImportResult:
    """Create the missing classes and the new pupils in them (new accounts only), and audit the import."""
    rows, existing = plan.rows, plan.existing
    await _create_missing_classes(session, rows, existing, year=plan.year, actor=actor, ip=ip)
    people = [PupilCreate(first_name=r.first_name, last_name=r.last_name, year_group=r.year_group) for r in rows]
    created = await users.create_pupils(session, people=people, passwords=passwords, actor=actor, ip=ip)
    for row, (pupil, _password) in zip(rows, created, strict=True):
        session.add(ClassPupil(class_id=existing[row.class_name.lower()].id, pupil_id=pupil.id))
        pupil.access_arrangements = row.arrangements.model_dump()
    await session.flush()
    arranged = sum(1 for row in rows if row.arrangements != AccessArrangements())
    await audit.record(session, "pupils.import", user=actor,
                       details={"count": len(rows), "with_access_arrangements": arranged}, ip=ip)
    return ImportResult(
        count=len(rows),
        created=[
            users.credentials(pupil, password, class_name=existing[row.class_name.lower()].name)
            for row, (pupil, password) in zip(rows, created, strict=True)
        ],
    )


async def _check_against_school(
    session: AsyncSession, rows: list[Row], existing: dict[str, SchoolClass], only_class: SchoolClass | None
) -> None:
    """Add the problems only the whole file and the school show: the wrong class, a pupil listed twice, a pupil
    already in the class."""
    seen: set[tuple[str, str, str]] = set()
    for row in rows:
        if row.errors:
            continue
        key = row.class_name.lower()
        if only_class is not None and key != only_class.name.lower():
            row.errors.append(f"the class ‘{row.class_name}’ is not {only_class.name}, the class you are importing into")
        person = (row.first_name.lower(), row.last_name.lower(), key)
        if person in seen:
            row.errors.append(f"{row.first_name} {row.last_name} appears twice for {row.class_name} in this file")
        seen.add(person)
        if key in existing and not row.errors and await _already_in(session, row, existing[key]):
            row.errors.append(f"{row.first_name} {row.last_name} is already in {existing[key].name}")


async def _already_in(session: AsyncSession, row: Row, school_class: SchoolClass) -> bool:
    already = await session.scalar(
        select(func.count())
        .select_from(ClassPupil)
        .join(User, User.id == ClassPupil.pupil_id)
        .where(
            ClassPupil.class_id == school_class.id,
            func.lower(User.first_name) == row.first_name.lower(),
            func.lower(User.last_name) == row.last_name.lower(),
        )
    )
    return bool(already)


def _refuse_if_any_problem(rows: list[Row]) -> None:
    problems = [RowProblems(row=r.number, errors=r.errors) for r in rows if r.errors]
    if problems:
        count = len(problems)
        raise Invalid(
            f"Nothing was imported: {count} row{'s' if count != 1 else ''} need{'s' if count == 1 else ''} "
            "fixing first. Each problem is listed with its row number.",
            extra={"rows": problems},
        )


async def _create_missing_classes(
    session: AsyncSession,
    rows: list[Row],
    existing: dict[str, SchoolClass],
    *,
    year: str,
    actor: User,
    ip: str | None,
) -> None:
    """Create the classes the file names that this academic year does not have yet (adding them to `existing`)."""
    for row in rows:
        key = row.class_name.lower()
        if key not in existing:
            new_class = SchoolClass(name=row.class_name, year_group=row.year_group, academic_year=year)
            session.add(new_class)
            await session.flush()
            existing[key] = new_class
            await audit.record(session, "class.create", user=actor, entity_type="class", entity_id=new_class.id,
                               details={"name": new_class.name, "by": "import"}, ip=ip)
