"""Admin: teacher accounts, every pupil, classes, and the audit log."""

from __future__ import annotations

import uuid
from datetime import datetime

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse

from app.deps import CurrentAdmin, SessionDep, SessionMakerDep, SlowRouteAdmin
from app.models import Role
from app.schemas.accounts import (
    AuditPage,
    Credentials,
    PasswordReset,
    TeacherCreate,
    TeacherCreated,
    UserRead,
    UserUpdate,
)
from app.schemas.auth import SessionRead, SessionsEnded
from app.schemas.base import Message
from app.schemas.classes import AddTeacher, ClassCreate, ClassDetail, ClassUpdate
from app.schemas.marking import AISettingsIn, AISettingsOut
from app.schemas.privacy import AIUsageReport, RetentionCounts, RetentionIn, RetentionOut
from app.schemas.roster import (
    NewYearApply,
    NewYearPreview,
    NewYearResult,
    RosterApply,
    RosterFile,
    RosterPreview,
    RosterResult,
)
from app.services.accounts import classes, new_year, own_account, pupil_import, two_factor, users
from app.services.ai import admin_settings, usage
from app.services.core import audit
from app.services.privacy import pupil_data, retention
from app.utils.net import client_ip

router = APIRouter(prefix="/admin", tags=["admin"])


@router.get("/teachers", response_model=list[UserRead])
async def list_teachers(
    session: SessionDep, _admin: CurrentAdmin, search: str | None = Query(default=None, max_length=100)
) -> list[UserRead]:
    """Every teacher and admin account."""
    return await users.list_users(session, roles=(Role.teacher, Role.admin), search=search)


@router.post("/teachers", response_model=TeacherCreated, status_code=201)
async def create_teacher(body: TeacherCreate, request: Request, session: SessionDep, admin: CurrentAdmin) -> TeacherCreated:
    """Create a teacher (or admin). A password given must be at least 12 characters and not a common one; without
    one, one is generated and shown once."""
    return await users.create_teacher(session, data=body, actor=admin, ip=client_ip(request))


@router.patch("/users/{user_id}", response_model=UserRead)
async def update_user(
    user_id: uuid.UUID, body: UserUpdate, request: Request, session: SessionDep, admin: CurrentAdmin
) -> UserRead:
    """Change a person's name or email (a pupil's year group), switch an account off or on, or grant or remove
    admin rights."""
    target = await users.get_user(session, user_id)
    return await users.update_user(session, target=target, data=body, actor=admin, ip=client_ip(request))


@router.post("/users/{user_id}/reset-password", response_model=Credentials)
async def reset_password(
    user_id: uuid.UUID, body: PasswordReset, request: Request, session: SessionDep, admin: CurrentAdmin
) -> Credentials:
    """Give anyone a new password (generated unless given; a teacher's or admin's must be at least 12 characters
    and not a common one). They are signed out everywhere."""
    target = await users.get_user(session, user_id)
    return await users.reset_password(session, target=target, actor=admin, password=body.password,
                                      ip=client_ip(request))


@router.get("/users/{user_id}/sessions", response_model=list[SessionRead])
async def user_sessions(user_id: uuid.UUID, session: SessionDep, admin: CurrentAdmin) -> list[SessionRead]:
    """Where a person is signed in."""
    target = await users.get_user(session, user_id)
    return await own_account.sessions_of(session, target.id)


@router.post("/users/{user_id}/sessions/end", response_model=SessionsEnded)
async def end_user_sessions(user_id: uuid.UUID, request: Request, session: SessionDep,
                            admin: CurrentAdmin) -> SessionsEnded:
    """Sign a person out everywhere (a lost Chromebook, a shared PC left signed in)."""
    target = await users.get_user(session, user_id)
    ended = await own_account.end_sessions_of(session, target=target, actor=admin, ip=client_ip(request))
    return SessionsEnded(ended=ended, message=f"{target.name} was signed out of {ended} "
                                              f"{'session' if ended == 1 else 'sessions'}.")


@router.post("/users/{user_id}/two-factor/reset", response_model=Message)
async def reset_two_factor(user_id: uuid.UUID, request: Request, session: SessionDep, admin: CurrentAdmin) -> Message:
    """Turn off someone's two-step sign-in (a lost phone) and sign them out everywhere; they set it up again (an
    admin on a production server must, at their next sign-in). Not your own: use My account."""
    target = await users.get_user(session, user_id)
    return await two_factor.reset(session, target=target, actor=admin, ip=client_ip(request))


@router.get("/pupils", response_model=list[UserRead])
async def list_pupils(
    session: SessionDep,
    _admin: CurrentAdmin,
    search: str | None = Query(default=None, max_length=100),
    class_id: uuid.UUID | None = None,
    active: bool | None = None,
    limit: int = Query(default=200, ge=1, le=1000),
    offset: int = Query(default=0, ge=0),
) -> list[UserRead]:
    """Every pupil, searchable by name or username and filterable by class."""
    return await users.list_users(
        session, roles=(Role.pupil,), search=search, class_id=class_id, active=active, limit=limit, offset=offset
    )


@router.post("/pupils/import/preview", response_model=RosterPreview)
async def preview_import(body: RosterFile, session: SessionDep, admin: CurrentAdmin) -> RosterPreview:
    """What importing a class list (CSV: first name, last name, year, class, or a school system's export with UPN,
    Adno, Reg Group, …) would change this school year: new pupils, pupils moving class, changed details, leavers,
    the unchanged, and rows with problems. Nothing is saved."""
    return await pupil_import.preview_import(session, text=body.csv, actor=admin)


@router.post("/pupils/import", response_model=RosterResult, status_code=201)
async def import_pupils(body: RosterApply, request: Request, sessions: SessionMakerDep,
                        admin: SlowRouteAdmin) -> RosterResult:
    """Apply a previewed import (its plan_hash; refused if anything changed since), creating missing classes; with
    archive_leavers, the leavers' accounts are switched off (their results are kept). Rows with problems are left
    out. The new pupils' passwords are returned once, for login cards."""
    return await pupil_import.apply_import(sessions, text=body.csv, plan_hash=body.plan_hash,
                                           archive_leavers=body.archive_leavers, actor=admin, ip=client_ip(request))


@router.get("/new-year", response_model=NewYearPreview)
async def preview_new_year(session: SessionDep, _admin: CurrentAdmin) -> NewYearPreview:
    """The new school year, previewed: next year's classes from this year's (7A → 8A), who moves up, who leaves
    (Year 9). Nothing is saved."""
    return await new_year.preview(session)


@router.post("/new-year", response_model=NewYearResult)
async def start_new_year(body: NewYearApply, request: Request, session: SessionDep,
                         admin: CurrentAdmin) -> NewYearResult:
    """Move the school to the next academic year as previewed (its plan_hash): next year's classes with the same
    teachers and pupils, Year 9 and leaving pupils archived, this year's classes kept read-only. Once a year."""
    return await new_year.apply(session, data=body, actor=admin, ip=client_ip(request))


@router.get("/classes", response_model=list[ClassDetail])
async def list_classes(session: SessionDep, admin: CurrentAdmin) -> list[ClassDetail]:
    """Every class with its teachers and pupils."""
    return await classes.class_details(session, admin)


@router.post("/classes", response_model=ClassDetail, status_code=201)
async def create_class(body: ClassCreate, request: Request, session: SessionDep, admin: CurrentAdmin) -> ClassDetail:
    """Create a class, optionally with its teachers."""
    return await classes.create_class(session, data=body, actor=admin, ip=client_ip(request))


@router.patch("/classes/{class_id}", response_model=ClassDetail)
async def update_class(
    class_id: uuid.UUID, body: ClassUpdate, request: Request, session: SessionDep, admin: CurrentAdmin
) -> ClassDetail:
    """Rename a class or change its year."""
    return await classes.update_class(session, class_id=class_id, data=body, actor=admin, ip=client_ip(request))


@router.delete("/classes/{class_id}", status_code=204)
async def delete_class(class_id: uuid.UUID, request: Request, session: SessionDep, admin: CurrentAdmin) -> Response:
    """Delete a class. Its pupils' accounts and results are kept."""
    await classes.delete_class(session, class_id=class_id, actor=admin, ip=client_ip(request))
    return Response(status_code=204)


@router.post("/classes/{class_id}/teachers", response_model=ClassDetail)
async def add_teacher(
    class_id: uuid.UUID, body: AddTeacher, request: Request, session: SessionDep, admin: CurrentAdmin
) -> ClassDetail:
    """Add a teacher to a class."""
    return await classes.add_teacher(session, class_id=class_id, teacher_id=body.teacher_id, actor=admin,
                                     ip=client_ip(request))


@router.delete("/classes/{class_id}/teachers/{teacher_id}", response_model=ClassDetail)
async def remove_teacher(class_id: uuid.UUID, teacher_id: uuid.UUID, request: Request, session: SessionDep,
                         admin: CurrentAdmin) -> ClassDetail:
    """Remove a teacher from a class."""
    return await classes.remove_teacher(session, class_id=class_id, teacher_id=teacher_id, actor=admin,
                                        ip=client_ip(request))


@router.get("/audit-log", response_model=AuditPage)
async def read_audit_log(
    session: SessionDep,
    _admin: CurrentAdmin,
    action: str | None = Query(default=None, max_length=64, description='e.g. "login" or "login.failure"'),
    username: str | None = Query(default=None, max_length=64),
    entity_type: str | None = Query(default=None, max_length=64),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(default=100, ge=1, le=500),
    offset: int = Query(default=0, ge=0),
) -> AuditPage:
    """The audit log, newest first, filtered by action (prefix), person, record type and dates."""
    return await audit.search(
        session, action=action, username=username, entity_type=entity_type, since=since, until=until,
        limit=limit, offset=offset,
    )


# --- AI provider settings, usage, privacy -------------------------------------------------------------------


@router.get("/ai-settings", response_model=AISettingsOut)
async def get_ai_settings(session: SessionDep, _admin: CurrentAdmin) -> AISettingsOut:
    """The AI provider and marking settings. The API key is never shown: only whether it is set."""
    return admin_settings.public_view(await admin_settings.load(session))


@router.put("/ai-settings", response_model=AISettingsOut)
async def put_ai_settings(
    body: AISettingsIn, request: Request, session: SessionDep, admin: CurrentAdmin
) -> AISettingsOut:
    """Change the AI settings. The key is stored encrypted; leave it out to keep it, send "" to remove it.
    Settings given as environment variables still win."""
    stored = await admin_settings.update(session, changes=body.model_dump(exclude_unset=True), actor=admin,
                                      ip=client_ip(request))
    return admin_settings.public_view(stored)


@router.get("/ai-usage", response_model=AIUsageReport)
async def ai_usage(
    session: SessionDep,
    _admin: CurrentAdmin,
    operation: str | None = Query(default=None, max_length=64),
    model: str | None = Query(default=None, max_length=100),
    since: datetime | None = None,
    until: datetime | None = None,
    limit: int = Query(default=100, ge=1, le=500),
    offset: int = Query(default=0, ge=0),
) -> AIUsageReport:
    """Every AI call with its tokens, estimated cost and outcome, and the totals."""
    return await usage.report(session, operation=operation, model=model, since=since, until=until,
                              limit=limit, offset=offset)


@router.get("/pupils/{pupil_id}/export")
async def export_pupil(pupil_id: uuid.UUID, request: Request, session: SessionDep, admin: CurrentAdmin) -> JSONResponse:
    """Everything held about one pupil, as JSON (a subject access request)."""
    data = await pupil_data.export(session, pupil_id=pupil_id, actor=admin, ip=client_ip(request))
    return JSONResponse(data, headers={"Content-Disposition": f'attachment; filename="pupil-{pupil_id}.json"'})


@router.delete("/pupils/{pupil_id}", status_code=204)
async def erase_pupil(pupil_id: uuid.UUID, request: Request, session: SessionDep, admin: CurrentAdmin) -> Response:
    """Erase a pupil and all their work. This cannot be undone; the audit log records that it happened."""
    await pupil_data.erase(session, pupil_id=pupil_id, actor=admin, ip=client_ip(request))
    return Response(status_code=204)


@router.get("/retention", response_model=RetentionOut)
async def get_retention(session: SessionDep, _admin: CurrentAdmin) -> RetentionOut:
    """How long written answers, code and records are kept, and the last clean-up."""
    return await retention.load(session)


@router.put("/retention", response_model=RetentionOut)
async def put_retention(
    body: RetentionIn, request: Request, session: SessionDep, admin: CurrentAdmin
) -> RetentionOut:
    """Change how long data is kept."""
    return await retention.save(session, content_days=body.content_days, record_years=body.record_years, actor=admin,
                                ip=client_ip(request))


@router.post("/retention/run", response_model=RetentionCounts)
async def run_retention(session: SessionDep, admin: CurrentAdmin) -> RetentionCounts:
    """Apply the retention settings now (it also runs by itself once a day)."""
    return await retention.purge(session, actor=admin)
