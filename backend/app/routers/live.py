"""During a lesson: the teacher's live view of a class on an assessment, and the pupil's quiet "I need help"."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from app.deps import CurrentPupil, CurrentTeacher, SessionDep
from app.schemas.live import HelpIn, HelpOut, LiveView
from app.services.lesson import help_requests, live

router = APIRouter(tags=["live lesson"])


@router.get("/classes/{class_id}/live", response_model=LiveView)
async def live_view(class_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                    assessment_id: uuid.UUID = Query(description="the assessment set for the class")) -> LiveView:
    """Every pupil of the class on the assessment as it is now: status, answered n of N, the question they are
    on, time used, hints, tries, last activity and an open help request. Those who may need help come first,
    each with the reasons (asked for help, no activity for a while, hints or tries on one question, not
    started). For a teacher of the class or an admin."""
    return await live.live_view(session, teacher=teacher, class_id=class_id, assessment_id=assessment_id)


@router.post("/classes/{class_id}/live/help/{help_id}/seen", status_code=204)
async def help_seen(class_id: uuid.UUID, help_id: uuid.UUID, session: SessionDep,
                    teacher: CurrentTeacher) -> Response:
    """Mark a pupil's help request as seen: it leaves the live view. Safe to repeat."""
    await help_requests.mark_seen(session, teacher=teacher, class_id=class_id, help_id=help_id)
    return Response(status_code=204)


@router.post("/pupil/attempts/{attempt_id}/help", response_model=HelpOut)
async def ask_for_help(attempt_id: uuid.UUID, body: HelpIn, session: SessionDep, pupil: CurrentPupil) -> HelpOut:
    """Tell my teacher quietly that I need help with a question. Pressing again while my teacher has not seen
    it yet changes nothing."""
    return await help_requests.ask(session, pupil=pupil, attempt_id=attempt_id, question_id=body.question_id)
