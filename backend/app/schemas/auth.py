from __future__ import annotations

import uuid

from pydantic import Field

from app.models import Role
from app.schemas.access import AccessArrangements, DisplayPreferences
from app.schemas.base import ReadSchema, Schema


class LoginIn(Schema):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=72)


class UserBrief(ReadSchema):
    id: uuid.UUID
    username: str
    name: str
    role: Role


class LoginOut(ReadSchema):
    user: UserBrief
    csrf_token: str


class MeOut(LoginOut):
    school_name: str = Field(default="", description="SCHOOL_NAME, for printed login cards")
    # Pupils only (null for staff): applied on every pupil page as soon as the pupil signs in, on any device.
    access_arrangements: AccessArrangements | None = None
    display_preferences: DisplayPreferences | None = None
