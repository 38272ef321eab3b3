"""A pupil's access arrangements (set by their teachers or an admin) and their own display choices.

Stored as JSON on the pupil (users.access_arrangements, users.display_preferences); these schemas are the only
shape either may take, so every reader of them (the time limit, the pupil's screens, the CSV import, the printed
list) sees the same fields with the same defaults."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from app.schemas.base import Schema

TextSize = Literal["normal", "large", "larger"]
LineSpacing = Literal["normal", "wide", "wider"]
# Calm, light background tints (coloured overlays); "none" = the ordinary background.
Tint = Literal["none", "cream", "blue", "green", "pink", "yellow", "grey"]


class AccessArrangements(Schema):
    extra_time_percent: int = Field(0, ge=0, le=200, description="Added to any time limit and to 'about N minutes'")
    read_aloud: bool = False
    text_size: TextSize = "normal"
    dyslexia_font: bool = False
    line_spacing: LineSpacing = "normal"
    background_tint: Tint = "none"
    reduced_motion: bool = False
    break_reminder_minutes: int | None = Field(None, ge=5, le=120, description="A calm reminder to rest; none = off")

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

    @classmethod
    def of(cls, stored: dict | None) -> DisplayPreferences:
        return cls.model_validate({k: v for k, v in (stored or {}).items() if k in cls.model_fields})
