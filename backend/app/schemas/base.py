"""The base for every request and response schema."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True, str_strip_whitespace=True, extra="forbid")


class ReadSchema(BaseModel):
    """Responses: built from ORM objects; extra attributes are ignored."""

    model_config = ConfigDict(from_attributes=True)


class Message(ReadSchema):
    message: str
