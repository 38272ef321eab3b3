from __future__ import annotations

import uuid

from pydantic import Field

from app.models import Role
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
