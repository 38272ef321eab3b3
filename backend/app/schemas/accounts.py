from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.models import Role
from app.schemas.base import ReadSchema, Schema

USERNAME = r"^[a-z0-9][a-z0-9._-]{1,63}$"


class UserRead(ReadSchema):
    id: uuid.UUID
    username: str
    name: str
    role: Role
    is_active: bool
    last_login_at: datetime | None
    first_name: str | None = None
    last_name: str | None = None
    year_group: int | None = None
    email: str | None = None
    upn: str | None = None
    admission_number: str | None = None
    two_factor_enabled: bool = False


class TeacherCreate(Schema):
    username: str = Field(pattern=USERNAME, description="lowercase letters, digits, dot, dash or underscore")
    name: str = Field(min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    is_admin: bool = False
    password: str | None = Field(
        default=None, min_length=1, max_length=72,
        description="at least 12 characters and not a common password; leave out to generate one (shown once)",
    )


class UserUpdate(Schema):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    email: str | None = Field(default=None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    is_active: bool | None = None
    is_admin: bool | None = Field(default=None, description="teachers only: grant or remove admin rights")
    first_name: str | None = Field(default=None, min_length=1, max_length=100, description="pupils only")
    last_name: str | None = Field(default=None, min_length=1, max_length=100, description="pupils only")
    year_group: int | None = Field(default=None, ge=7, le=9, description="pupils only: their KS3 year (7, 8 or 9)")
    upn: str | None = Field(default=None, max_length=20, description='pupils only: Unique Pupil Number; "" removes it')
    admission_number: str | None = Field(default=None, max_length=20,
                                        description='pupils only: the school\'s admission number; "" removes it')


class PupilCreate(Schema):
    first_name: str = Field(min_length=1, max_length=100)
    last_name: str = Field(min_length=1, max_length=100)
    year_group: int = Field(ge=7, le=9)


class PasswordReset(Schema):
    password: str | None = Field(
        default=None, min_length=8, max_length=72,
        description="leave out to generate one; a teacher's or admin's must be at least 12 characters and not a "
                    "common password",
    )


class Credentials(ReadSchema):
    """A username and a password shown once, e.g. for a printed login card."""

    id: uuid.UUID
    username: str
    password: str
    name: str
    first_name: str | None = None
    last_name: str | None = None
    year_group: int | None = None
    class_name: str | None = None


class TeacherCreated(ReadSchema):
    teacher: UserRead
    password: str | None = Field(default=None, description="only when generated; shown once")


class AuditEntry(ReadSchema):
    id: uuid.UUID
    created_at: datetime
    user_id: uuid.UUID | None
    username: str | None
    action: str
    entity_type: str | None
    entity_id: str | None
    details: dict
    ip: str | None


class AuditPage(ReadSchema):
    total: int
    items: list[AuditEntry]
