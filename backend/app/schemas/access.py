"""A pupil's access arrangements (set by their teachers or an admin) and their own display choices.

Stored as JSON on the pupil (users.access_arrangements, users.display_preferences); these schemas are the only
shape either may take, so every reader of them (the time limit, the pupil's screens, the CSV import, the printed
list) sees the same fields with the same defaults."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from pydantic import Field

from app.schemas.base import ReadSchema, Schema

TextSize = Literal["normal", "large", "larger"]
LineSpacing = Literal["normal", "wide", "wider"]
# Calm, light background tints (coloured overlays); "none" = the ordinary background.
Tint = Literal["none", "cream", "blue", "green", "pink", "yellow", "grey"]
# Shared by the whole record and by a partial change, so both refuse the same values with the same message.
ExtraTime = Annotated[int, Field(ge=0, le=200, description="Added to any time limit and to 'about N minutes'")]
BreakMinutes = Annotated[int, Field(ge=5, le=120, description="A calm reminder to rest; none = off")]
ReadingRate = Annotated[float, Field(ge=0.5, le=2.0, description="Read aloud speed: 1 is the voice's usual speed")]


class AccessArrangements(Schema):
    extra_time_percent: ExtraTime = 0
    read_aloud: bool = False
    text_size: TextSize = "normal"
    dyslexia_font: bool = False
    line_spacing: LineSpacing = "normal"
    background_tint: Tint = "none"
    reduced_motion: bool = False
    break_reminder_minutes: BreakMinutes | None = None

    @classmethod
    def of(cls, stored: dict | None) -> AccessArrangements:
        """The arrangements stored on a pupil (older rows may lack fields: defaults fill them)."""
        return cls.model_validate({k: v for k, v in (stored or {}).items() if k in cls.model_fields})

    def minutes_with_extra_time(self, minutes: int) -> int:
        """A time limit or estimate in whole minutes with this pupil's extra time (rounded up: never less)."""
        return -(-minutes * (100 + self.extra_time_percent) // 100)


class DisplayPreferences(Schema):
    """What the pupil chose for themselves on their screens."""

    larger_text: bool = False
    read_aloud_rate: ReadingRate = 1.0

    @classmethod
    def of(cls, stored: dict | None) -> DisplayPreferences:
        return cls.model_validate({k: v for k, v in (stored or {}).items() if k in cls.model_fields})


class AccessChange(Schema):
    """Some arrangements to change, for several pupils at once: each field left out keeps every pupil's own value
    (send break_reminder_minutes: null to turn the reminder off)."""

    extra_time_percent: ExtraTime | None = None
    read_aloud: bool | None = None
    text_size: TextSize | None = None
    dyslexia_font: bool | None = None
    line_spacing: LineSpacing | None = None
    background_tint: Tint | None = None
    reduced_motion: bool | None = None
    break_reminder_minutes: BreakMinutes | None = None


class ClassAccessChange(Schema):
    pupil_ids: list[uuid.UUID] = Field(min_length=1, max_length=500, description="pupils in this class")
    change: AccessChange


class DisplayPreferencesChange(Schema):
    """The pupil's own choices to save; fields left out keep their saved value."""

    larger_text: bool | None = None
    read_aloud_rate: ReadingRate | None = None


class PupilAccess(ReadSchema):
    pupil_id: uuid.UUID
    name: str
    username: str
    arrangements: AccessArrangements


class ClassAccess(ReadSchema):
    class_id: uuid.UUID
    class_name: str
    pupils: list[PupilAccess]
