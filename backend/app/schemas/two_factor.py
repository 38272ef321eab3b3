"""Two-step sign-in: its state, setting it up, recovery codes, turning it off, and the code at sign-in."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import Field

from app.schemas.base import ReadSchema, Schema


class TwoFactorStatus(ReadSchema):
    """Whether two-step sign-in is on for the person asking, and what they may do about it."""

    enabled: bool
    enabled_at: datetime | None = None
    recovery_codes_left: int = 0
    required: bool = Field(description="an admin on a production server must have it on")
    can_turn_off: bool


class TwoFactorSetup(ReadSchema):
    """What an authenticator app needs: the QR code (an SVG data: URI) or the key typed by hand."""

    secret: str = Field(description="base32, shown in groups of four in `secret_grouped`")
    secret_grouped: str
    account: str = Field(description="how the app names the account: the username")
    issuer: str
    otpauth_uri: str
    qr_svg: str = Field(description="data:image/svg+xml URI of the QR code for otpauth_uri")


class CodeIn(Schema):
    """A code from the authenticator app (6 digits) or one of the recovery codes."""

    code: str = Field(min_length=1, max_length=40)


class TurnOffIn(Schema):
    password: str = Field(min_length=1, max_length=200)
    code: str = Field(min_length=1, max_length=40)


class RecoveryCodes(ReadSchema):
    """New recovery codes, shown this once (only their digests are kept)."""

    recovery_codes: list[str]
    message: str


class CodeNeeded(ReadSchema):
    """The password was right; the code from the authenticator app (or a recovery code) comes next, within
    `expires_in_seconds`. No session is open yet."""

    next_step: Literal["two_factor_code"] = "two_factor_code"
    message: str
    expires_in_seconds: int
