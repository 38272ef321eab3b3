"""People and classes: users of every role, teaching groups and who belongs to them."""

from __future__ import annotations

import enum
import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Boolean, ForeignKey, Integer, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, Timestamps, UUIDPk, str_enum


class Role(str, enum.Enum):
    admin = "admin"
    teacher = "teacher"
    pupil = "pupil"


class User(UUIDPk, Timestamps, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    password_hash: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    last_login_at: Mapped[datetime | None]
    # Two-step sign-in (staff; services/accounts/two_factor.py): the authenticator app's secret, encrypted
    # (utils/crypto.py), kept while being set up and after; on once enabled_at is set; the last time step whose
    # code was accepted, so no code works twice.
    two_factor_secret: Mapped[str | None] = mapped_column(String(400))
    two_factor_enabled_at: Mapped[datetime | None]
    two_factor_last_step: Mapped[int | None] = mapped_column(BigInteger)
    # Pupils only
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    year_group: Mapped[int | None] = mapped_column(Integer)
    # Pupils only: the school's stable identifiers, which a re-import matches on (services/accounts/roster_ids.py):
    # the Unique Pupil Number used in England and the school's admission number. Unique when present.
    upn: Mapped[str | None] = mapped_column(String(13), unique=True)
    admission_number: Mapped[str | None] = mapped_column(String(20), unique=True)
    # Anyone (optional): how single sign-on finds the person (Microsoft: their user principal name). Stored in
    # lower case, so the unique index makes it unique whatever the case.
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    # Pupils only: access arrangements set by their teachers or an admin (schemas/access.py says what they hold),
    # and the pupil's own display choices ("Larger text"); both follow the pupil to any device.
    access_arrangements: Mapped[dict] = mapped_column(default=dict, server_default="{}")
    display_preferences: Mapped[dict] = mapped_column(default=dict, server_default="{}")

    @property
    def is_staff(self) -> bool:
        return self.role in (Role.admin, Role.teacher)

    @property
    def two_factor_enabled(self) -> bool:
        return self.two_factor_enabled_at is not None


class SchoolClass(UUIDPk, Timestamps, Base):
    """A teaching group such as "7A" or "8CS1" in one academic year."""

    __tablename__ = "classes"
    __table_args__ = (UniqueConstraint("name", "academic_year"),)

    name: Mapped[str] = mapped_column(String(50))
    year_group: Mapped[int] = mapped_column(Integer)
    academic_year: Mapped[str] = mapped_column(String(9))  # "2025-26"
    # When the new-school-year wizard closed this class: from then on it is last year's, readable but read-only
    # (no publishing to it, no membership changes, no new attempts). None: a class of the current year.
    closed_at: Mapped[datetime | None]

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None

    teachers: Mapped[list[User]] = relationship(secondary="class_teachers", lazy="raise", order_by="User.name")
    pupils: Mapped[list[User]] = relationship(
        secondary="class_pupils", lazy="raise", order_by="(User.last_name, User.first_name)", viewonly=True
    )


class ClassTeacher(Base):
    __tablename__ = "class_teachers"

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True)
    teacher_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class ClassPupil(Base):
    __tablename__ = "class_pupils"

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("classes.id", ondelete="CASCADE"), primary_key=True)
    pupil_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), primary_key=True, index=True
    )
