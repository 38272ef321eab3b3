"""Reading a class list as schools export it: our own four columns (first name, last name, year, class), or a
school information system's export (SIMS, Arbor, Bromcom): "Adno", "UPN", "Legal Surname", "Preferred
Forename", "Reg Group", "NC Year", an email column, and any columns we do not use. Headings are compared
ignoring case, spaces and punctuation ("Admission No." is "admissionno"). Commas, semicolons or tabs; a byte
order mark, quoted cells and blank lines are fine. Each row gets its own problems; only a file that cannot be
used at all is refused."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import TypedDict

from app.errors import Invalid
from app.schemas.access import AccessArrangements
from app.services.accounts import access_csv, roster_ids

MAX_ROWS = 2000

# Column -> the headings it may have (compared as `_heading` gives them), the most specific first: where a file
# has two ("Class" and "Reg Group"), the first listed wins.
HEADINGS: dict[str, tuple[str, ...]] = {
    "first": ("firstname", "legalforename", "forename", "forenames", "givenname", "first"),
    "preferred_first": ("preferredforename", "preferredfirstname", "preferredname", "knownas"),
    "last": ("lastname", "legalsurname", "surname", "familyname", "last"),
    "preferred_last": ("preferredsurname", "preferredlastname"),
    "year": ("year", "ncyear", "yeargroup", "curriculumyear", "yr"),
    "class": ("class", "classname", "teachinggroup", "group", "reggroup", "registrationgroup", "reg", "form",
              "formgroup", "tutorgroup"),
    "upn": ("upn", "uniquepupilnumber"),
    "admission_number": ("adno", "admissionnumber", "admissionno", "admno", "admissionnum"),
    "email": ("email", "emailaddress", "schoolemail", "schoolemailaddress", "pupilemail", "studentemail"),
    "username": ("username",),
}
REQUIRED = {"first": "first name", "last": "last name", "year": "year", "class": "class"}
WITHOUT_HEADER = {"first": 0, "last": 1, "year": 2, "class": 3}


@dataclass
class Row:
    """One pupil's row as read. Names are those to show: a preferred forename wins over the legal one."""

    number: int  # as the admin sees it in a spreadsheet (the header is row 1)
    first_name: str
    last_name: str
    year_group: int | None
    class_name: str
    upn: str | None = None
    admission_number: str | None = None
    email: str | None = None
    username: str | None = None
    # Only the arrangement columns the file has: a re-import leaves the others as teachers set them.
    arrangements: dict[str, object] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def arrangements_for_new_pupil(self) -> AccessArrangements:
        return AccessArrangements.model_validate(self.arrangements)


class RowProblems(TypedDict):
    """One row's problems, as a preview or a refusal lists them."""

    row: int
    errors: list[str]


def _heading(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def column_map(header: list[str]) -> dict[str, int] | None:
    """Which column holds what (None when the first row is not a header: fewer than two names we know)."""
    cleaned = [_heading(h) for h in header]
    mapping = {}
    for key, names in HEADINGS.items():
        for name in names:
            if name in cleaned:
                mapping[key] = cleaned.index(name)
                break
    if "first" not in mapping and "preferred_first" in mapping:
        mapping["first"] = mapping["preferred_first"]
    return mapping if len(mapping) >= 2 else None


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


def year_of(value: str) -> int | None:
    """A year group as a school writes it: "7", "Year 7", "Y7", "Yr 7", "NC Year 7"."""
    match = re.fullmatch(r"(?:nc\s*)?(?:year|yr|y)?\s*(\d{1,2})", value.strip().lower())
    return int(match.group(1)) if match else None


def parse_rows(text: str) -> list[Row]:
    """The file's rows (with or without a header row), each with its own problems; Invalid for an unusable file."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    raw = _records(text)
    if not raw:
        raise Invalid("The file is empty. It needs one pupil per row: first name, last name, year, class.")
    mapping = column_map(raw[0])
    start = 1 if mapping else 0
    arrangement_columns = access_csv.column_map(raw[0]) if mapping else {}
    mapping = mapping or WITHOUT_HEADER
    missing = [words for key, words in REQUIRED.items() if key not in mapping]
    if missing:
        raise Invalid(
            "The header row is missing these columns: " + ", ".join(missing) + ". "
            "Use the headings: first name, last name, year, class (or your school system's: Forename, Surname, "
            "Year, Reg Group)."
        )
    body = raw[start:]
    if len(body) > MAX_ROWS:
        raise Invalid(f"That file has {len(body)} pupils; import at most {MAX_ROWS} at a time.")
    if not body:
        raise Invalid("The file has a header row but no pupils under it.")
    return [_row(offset + start + 1, cells, mapping, arrangement_columns) for offset, cells in enumerate(body)]


def _row(number: int, cells: list[str], mapping: dict[str, int], arrangement_columns: dict[str, int]) -> Row:
    def cell(key: str) -> str:
        index = mapping.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    row = Row(
        number=number,
        first_name=cell("preferred_first") or cell("first"),
        last_name=cell("preferred_last") or cell("last"),
        year_group=year_of(cell("year")),
        class_name=cell("class"),
        upn=roster_ids.clean_upn(cell("upn")) or None,
        admission_number=roster_ids.clean_admission_number(cell("admission_number")) or None,
        email=(cell("email") or "").lower() or None,  # stored in lower case, as single sign-on matches it
        username=cell("username").lower() or None,
    )
    row.errors.extend(_row_problems(row, year_text=cell("year")))
    arrangements, problems = access_csv.read_arrangements(cells, arrangement_columns)
    row.arrangements = arrangements.model_dump(include=set(arrangement_columns))
    row.errors.extend(problems)
    return row


def _row_problems(row: Row, *, year_text: str) -> list[str]:
    """What is wrong with one row on its own (before it is compared with the school and the rest of the file)."""
    errors = [*_name_problems(row)]
    if row.year_group is None:
        errors.append(f"the year ‘{year_text}’ is not a number (use 7, 8 or 9)")
    elif row.year_group not in (7, 8, 9):
        errors.append(f"the year {row.year_group} is not a KS3 year (use 7, 8 or 9)")
    if not row.class_name:
        errors.append("the class is empty")
    elif len(row.class_name) > 50:
        errors.append("the class name is longer than 50 characters")
    checks = ((row.upn, roster_ids.upn_problem), (row.admission_number, roster_ids.admission_number_problem),
              (row.email, roster_ids.email_problem))
    errors.extend(problem for value, check in checks if value and (problem := check(value)))
    return errors


def _name_problems(row: Row) -> list[str]:
    errors = []
    for words, value in (("first name", row.first_name), ("last name", row.last_name)):
        if not value:
            errors.append(f"the {words} is empty")
        elif len(value) > 100:
            errors.append(f"the {words} is longer than 100 characters")
    return errors
