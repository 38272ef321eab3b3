from __future__ import annotations

import uuid
from datetime import datetime

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
    # An admin on a production server without two-step sign-in: this session can only set it up (My account).
    two_factor_setup_required: bool = False


class MeOut(LoginOut):
    school_name: str = Field(default="", description="SCHOOL_NAME, for printed login cards")
    # Pupils only (null for staff): applied on every pupil page as soon as the pupil signs in, on any device.
    access_arrangements: AccessArrangements | None = None
    display_preferences: DisplayPreferences | None = None


class PasswordChange(Schema):
    current_password: str = Field(min_length=1, max_length=200)
    new_password: str = Field(min_length=1, max_length=200)


class SessionRead(ReadSchema):
    """One place a person is signed in."""

    id: uuid.UUID
    signed_in_at: datetime
    last_seen_at: datetime
    ip: str | None
    device: str  # "Chrome on a Chromebook"
    current: bool  # the session asking


class SessionsEnded(ReadSchema):
    ended: int
    message: str
