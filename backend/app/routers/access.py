"""Access arrangements: a pupil's, set by their teachers and admins (one pupil, or several of a class at once),
and the pupil's own display choices, saved to their account so they follow the pupil to any device."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request

from app.deps import CurrentPupil, CurrentTeacher, SessionDep
from app.schemas.access import (
    AccessArrangements,
    ClassAccess,
    ClassAccessChange,
    DisplayPreferences,
    DisplayPreferencesChange,
    PupilAccess,
)
from app.services.accounts import access
from app.utils.net import client_ip

router = APIRouter(tags=["access"])


@router.get("/pupils/{pupil_id}/access", response_model=PupilAccess)
async def get_pupil_access(pupil_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> PupilAccess:
    """One pupil's access arrangements (the pupil's teachers and admins)."""
    return await access.pupil_access(session, actor=teacher, pupil_id=pupil_id)


@router.put("/pupils/{pupil_id}/access", response_model=PupilAccess)
async def put_pupil_access(pupil_id: uuid.UUID, body: AccessArrangements, request: Request, session: SessionDep,
                           teacher: CurrentTeacher) -> PupilAccess:
    """Replace one pupil's access arrangements; the change is in the audit log. They apply on the pupil's next
    page, on any device."""
    return await access.set_pupil_access(session, actor=teacher, pupil_id=pupil_id, arrangements=body,
                                         ip=client_ip(request))


@router.get("/classes/{class_id}/access", response_model=ClassAccess)
async def get_class_access(class_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> ClassAccess:
    """Every pupil of one of your classes with their access arrangements, by surname (also the printed list)."""
    return await access.class_access(session, actor=teacher, class_id=class_id)


@router.put("/classes/{class_id}/access", response_model=ClassAccess)
async def put_class_access(class_id: uuid.UUID, body: ClassAccessChange, request: Request, session: SessionDep,
                           teacher: CurrentTeacher) -> ClassAccess:
    """Set some arrangements for several pupils of one of your classes at once: the arrangements in `change`
    are set for every pupil in `pupil_ids`; the others stay each pupil's own. Each pupil's change is audited."""
    return await access.change_class_access(session, actor=teacher, class_id=class_id, pupil_ids=body.pupil_ids,
                                            change=body.change, ip=client_ip(request))


@router.put("/pupil/preferences", response_model=DisplayPreferences)
async def put_my_preferences(body: DisplayPreferencesChange, session: SessionDep,
                             pupil: CurrentPupil) -> DisplayPreferences:
    """Save my own display choices ("Larger text", read aloud speed) to my account; those left out are kept."""
    return await access.save_preferences(session, pupil=pupil, change=body)
