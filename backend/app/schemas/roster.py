"""A class list imported as an update (preview, then apply), and the new-school-year wizard."""

from __future__ import annotations

import uuid

from pydantic import Field

from app.schemas.accounts import Credentials
from app.schemas.base import ReadSchema, Schema
from app.schemas.units import ACADEMIC_YEAR

PLAN_HASH = Field(min_length=64, max_length=64, pattern=r"^[0-9a-f]{64}$",
                  description="the plan_hash of the preview this applies")


class RosterFile(Schema):
    csv: str = Field(min_length=1, max_length=1_000_000,
                     description="the CSV text: first name, last name, year, class, or a school system's export")


class RosterApply(RosterFile):
    plan_hash: str = PLAN_HASH
    archive_leavers: bool = Field(default=False, description="switch off the leavers' accounts (admin only)")


class RosterNewPupil(ReadSchema):
    row: int
    name: str
    year_group: int
    class_name: str
    upn: str | None = None
    admission_number: str | None = None


class RosterPupil(ReadSchema):
    """A pupil who already has an account: the row that matched them, how, and what will change."""

    row: int
    pupil_id: uuid.UUID
    name: str
    username: str
    matched_by: str  # "UPN", "admission number", "username", "name and class"
    from_classes: list[str]  # this year's classes now
    leaves: list[str]  # those they leave: the classes the file names that their row does not
    to_class: str
    changes: list[str]


class RosterLeaver(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    username: str
    year_group: int | None
    classes: list[str]


class RowProblem(ReadSchema):
    row: int
    errors: list[str]


class RosterPreview(ReadSchema):
    """What applying the file would do. Nothing is saved until it is applied with this plan_hash."""

    academic_year: str
    new: list[RosterNewPupil]
    moving: list[RosterPupil]
    changed: list[RosterPupil]
    unchanged: list[RosterPupil]
    leavers: list[RosterLeaver]
    problems: list[RowProblem]
    new_classes: list[str]
    may_archive_leavers: bool
    plan_hash: str


class RosterResult(ReadSchema):
    count: int = Field(description="new pupils (their login cards are in `created`)")
    created: list[Credentials]
    moved: int
    changed: int
    unchanged: int
    archived: int
    skipped_rows: list[int]
    message: str


# --- The new school year -----------------------------------------------------------------------------------

class NextClass(ReadSchema):
    """One of this year's classes and what it becomes next year."""

    class_id: uuid.UUID
    name: str
    year_group: int
    teachers: list[str]
    pupil_count: int
    continues: bool  # False: a Year 9 class, whose pupils leave KS3
    next_name: str | None  # proposed; None when the name has no year number to move up
    next_year_group: int | None


class YearPupil(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    username: str
    year_group: int | None
    classes: list[str]


class NewYearPreview(ReadSchema):
    from_year: str
    to_year: str
    classes: list[NextClass]
    moving_up: list[YearPupil]  # the admin may mark any of them as leaving
    finishing_ks3: list[YearPupil]  # Year 9: archived
    last_move: str | None  # when the school last moved, in words
    blocked: str | None  # why the move cannot be made now (then nothing can be applied)
    plan_hash: str


class NewYearApply(Schema):
    from_year: str = Field(pattern=ACADEMIC_YEAR)
    plan_hash: str = PLAN_HASH
    names: dict[uuid.UUID, str] = Field(default_factory=dict, max_length=500,
                                        description="next year's name for a class, where it differs or is missing")
    leaving: list[uuid.UUID] = Field(default_factory=list, max_length=3000,
                                     description="pupils moving up who leave the school instead")


class NewYearResult(ReadSchema):
    from_year: str
    to_year: str
    classes_created: list[str]
    pupils_moved_up: int
    pupils_archived: int
    message: str
