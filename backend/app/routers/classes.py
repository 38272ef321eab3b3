"""Classes as a teacher sees them: their own classes, the pupils in them, and their pupils' logins."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Request, Response

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.routers.analytics import MarkbookFiltersDep
from app.schemas.accounts import Credentials, PasswordReset, PupilCreate
from app.schemas.classes import AddPupils, ClassDetail, ClassSummary
from app.schemas.markbook import Markbook
from app.schemas.roster import RosterApply, RosterFile, RosterPreview, RosterResult
from app.services.accounts import classes, pupil_import
from app.services.analytics import markbook, markbook_export
from app.utils.net import client_ip

router = APIRouter(prefix="/classes", tags=["classes"])


@router.get("", response_model=list[ClassSummary])
async def list_classes(
    session: SessionDep, teacher: CurrentTeacher, mine: bool = Query(default=False, description="admins: only my own")
) -> list[ClassSummary]:
    """The classes you teach (an admin sees every class unless `mine` is set)."""
    return await classes.list_classes(session, teacher, mine=mine)


@router.get("/{class_id}", response_model=ClassDetail)
async def get_class(class_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> ClassDetail:
    """One of your classes with its teachers and pupils."""
    return await classes.class_detail(session, class_id, user=teacher)


@router.get("/{class_id}/markbook", response_model=Markbook)
async def get_markbook(class_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                       filters: MarkbookFiltersDep) -> Markbook:
    """The class's markbook: each pupil's final and first-try percentage on each assessment set to the class and
    how the attempt ended, with a trend per pupil; narrowed by unit, half term and the dates it was set."""
    return await markbook.markbook(session, class_id=class_id, teacher=teacher, filters=filters)


@router.get("/{class_id}/markbook.csv", response_class=Response, responses={200: {"content": {"text/csv": {}}}})
async def markbook_csv(class_id: uuid.UUID, request: Request, session: SessionDep, teacher: CurrentTeacher,
                       filters: MarkbookFiltersDep) -> Response:
    """The markbook (with the same filters) as a CSV file for a spreadsheet."""
    csv_file = await markbook_export.markbook_csv(session, class_id=class_id, teacher=teacher, filters=filters,
                                                  ip=client_ip(request))
    return Response(content="\ufeff" + csv_file.text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{csv_file.filename}"'})


@router.post("/{class_id}/pupils", response_model=ClassDetail)
async def add_pupils(class_id: uuid.UUID, body: AddPupils, request: Request, session: SessionDep,
                     teacher: CurrentTeacher) -> ClassDetail:
    """Add pupils who already have accounts to a class: the school's admin only (teachers add new pupils)."""
    return await classes.add_pupils(session, class_id=class_id, pupil_ids=body.pupil_ids, actor=teacher,
                                    ip=client_ip(request))


@router.post("/{class_id}/pupils/new", response_model=Credentials, status_code=201)
async def create_pupil(class_id: uuid.UUID, body: PupilCreate, request: Request, session: SessionDep,
                       teacher: CurrentTeacher) -> Credentials:
    """Create one pupil in one of your classes; the generated username and password are shown once."""
    return await classes.create_pupil(session, class_id=class_id, data=body, actor=teacher, ip=client_ip(request))


@router.post("/{class_id}/pupils/import/preview", response_model=RosterPreview)
async def preview_import(class_id: uuid.UUID, body: RosterFile, session: SessionDep,
                         teacher: CurrentTeacher) -> RosterPreview:
    """What importing a class list (CSV: first name, last name, year, class, or a school system's export) into one
    of your classes would do: new pupils, changed details, rows with problems. Nothing is saved."""
    return await pupil_import.preview_import(session, text=body.csv, actor=teacher, class_id=class_id)


@router.post("/{class_id}/pupils/import", response_model=RosterResult, status_code=201)
async def import_pupils(class_id: uuid.UUID, body: RosterApply, request: Request, sessions: SessionMakerDep,
                        teacher: SlowRouteTeacher) -> RosterResult:
    """Apply a previewed import into one of your classes (its plan_hash; refused if anything changed since). Rows
    with problems are left out. The new pupils' passwords are returned once, for printing login cards."""
    return await pupil_import.apply_import(
        sessions, text=body.csv, plan_hash=body.plan_hash, archive_leavers=body.archive_leavers, actor=teacher,
        class_id=class_id, ip=client_ip(request),
    )


@router.delete("/{class_id}/pupils/{pupil_id}", response_model=ClassDetail)
async def remove_pupil(class_id: uuid.UUID, pupil_id: uuid.UUID, request: Request, session: SessionDep,
                       teacher: CurrentTeacher) -> ClassDetail:
    """Take a pupil out of one of your classes (their account and results are kept)."""
    return await classes.remove_pupil(session, class_id=class_id, pupil_id=pupil_id, actor=teacher,
                                      ip=client_ip(request))


@router.post("/{class_id}/pupils/{pupil_id}/reset-password", response_model=Credentials)
async def reset_pupil_password(class_id: uuid.UUID, pupil_id: uuid.UUID, body: PasswordReset, request: Request,
                               session: SessionDep, teacher: CurrentTeacher) -> Credentials:
    """Give a pupil in one of your classes a new password (a simple one is generated unless given)."""
    return await classes.reset_pupil_password(session, class_id=class_id, pupil_id=pupil_id, password=body.password,
                                              actor=teacher, ip=client_ip(request))
