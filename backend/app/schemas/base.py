"""The base for every request and response schema."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator


def without_nul(value: Any) -> Any:
    """The same JSON with NUL characters removed from every string: PostgreSQL cannot store them, and no
    person means to type one, so dropping them keeps the rest of what they wrote."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_nul(v) for v in value]
    return value


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True, str_strip_whitespace=True, extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _drop_nul_characters(cls, data: Any) -> Any:
        return without_nul(data)


class ReadSchema(BaseModel):
    """Responses: built from ORM objects; extra attributes are ignored."""

    model_config = ConfigDict(from_attributes=True)


class Message(ReadSchema):
    message: str
