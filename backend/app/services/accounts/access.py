"""A pupil's access arrangements (read and set by their teachers and admins, one pupil or several of a class at
once) and the pupil's own display choices. Both are stored on the pupil, so they follow the pupil to any device."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Invalid
from app.models import Role, User
from app.schemas.access import (
    AccessArrangements,
    AccessChange,
    ClassAccess,
    DisplayPreferences,
    DisplayPreferencesChange,
    PupilAccess,
)
from app.services.accounts import classes, users
from app.services.core import audit


class OwnSettings(NamedTuple):
    """What /api/auth/me tells a pupil's pages about how to look (both None for staff)."""

    access_arrangements: AccessArrangements | None
    display_preferences: DisplayPreferences | None


def own_settings(user: User) -> OwnSettings:
    """The signed-in person's arrangements and display choices: a pupil's, or none for staff."""
    if user.role != Role.pupil:
        return OwnSettings(None, None)
    return OwnSettings(AccessArrangements.of(user.access_arrangements), DisplayPreferences.of(user.display_preferences))


def _read(pupil: User) -> PupilAccess:
    return PupilAccess(pupil_id=pupil.id, name=pupil.name, username=pupil.username,
                       arrangements=AccessArrangements.of(pupil.access_arrangements))


def _by_name(pupil: User) -> tuple[str, str, str]:
    return ((pupil.last_name or "").lower(), (pupil.first_name or "").lower(), pupil.name.lower())


async def _store(session: AsyncSession, pupil: User, arrangements: AccessArrangements, *, actor: User,
                 ip: str | None) -> None:
    """Save a pupil's arrangements, and audit what changed (nothing is recorded when nothing changed)."""
    before = AccessArrangements.of(pupil.access_arrangements).model_dump()
    after = arrangements.model_dump()
    changed = {key: value for key, value in after.items() if before[key] != value}
    if not changed:
        return
    pupil.access_arrangements = after  # a new dict, so the JSON column is written
    await audit.record(session, "pupil.access_update", user=actor, entity_type="user", entity_id=pupil.id,
                       details={"username": pupil.username, "changed": changed}, ip=ip)


async def pupil_access(session: AsyncSession, *, actor: User, pupil_id: uuid.UUID) -> PupilAccess:
    """One pupil's arrangements, for their teachers and admins."""
    return _read(await users.get_pupil_for(session, actor, pupil_id))


async def set_pupil_access(session: AsyncSession, *, actor: User, pupil_id: uuid.UUID,
                           arrangements: AccessArrangements, ip: str | None = None) -> PupilAccess:
    """Replace one pupil's arrangements (their teachers and admins)."""
    pupil = await users.get_pupil_for(session, actor, pupil_id)
    await _store(session, pupil, arrangements, actor=actor, ip=ip)
    await session.flush()
    return _read(pupil)


async def class_access(session: AsyncSession, *, actor: User, class_id: uuid.UUID) -> ClassAccess:
    """Every pupil of a class with their arrangements, by surname: the class page and its printed list."""
    school_class = await classes.get_class(session, class_id, user=actor)
    return ClassAccess(class_id=school_class.id, class_name=school_class.name,
                       pupils=[_read(pupil) for pupil in sorted(school_class.pupils, key=_by_name)])


async def change_class_access(session: AsyncSession, *, actor: User, class_id: uuid.UUID,
                              pupil_ids: list[uuid.UUID], change: AccessChange,
                              ip: str | None = None) -> ClassAccess:
    """Apply the same change to several pupils of one class; the arrangements not in `change` stay each pupil's
    own. All or nothing: a pupil who is not in the class refuses the whole change."""
    school_class = await classes.get_class(session, class_id, user=actor)
    members = {pupil.id: pupil for pupil in school_class.pupils}
    strangers = [str(pupil_id) for pupil_id in pupil_ids if pupil_id not in members]
    if strangers:
        raise Invalid(f"pupil_ids: {', '.join(strangers)} {'is' if len(strangers) == 1 else 'are'} not in "
                      f"{school_class.name}. Choose pupils from this class's list.")
    fields = change.model_dump(exclude_unset=True)
    if not fields:
        raise Invalid("change: choose at least one arrangement to set.")
    for pupil_id in dict.fromkeys(pupil_ids):
        pupil = members[pupil_id]
        current = AccessArrangements.of(pupil.access_arrangements).model_dump()
        await _store(session, pupil, AccessArrangements.model_validate(current | fields), actor=actor, ip=ip)
    await session.flush()
    return ClassAccess(class_id=school_class.id, class_name=school_class.name,
                       pupils=[_read(pupil) for pupil in sorted(school_class.pupils, key=_by_name)])


async def save_preferences(session: AsyncSession, *, pupil: User,
                           change: DisplayPreferencesChange) -> DisplayPreferences:
    """Save the pupil's own display choices ("Larger text", read aloud speed); those left out are kept."""
    current = DisplayPreferences.of(pupil.display_preferences).model_dump()
    saved = DisplayPreferences.model_validate(current | change.model_dump(exclude_unset=True, exclude_none=True))
    pupil.display_preferences = saved.model_dump()
    await session.flush()
    return saved
