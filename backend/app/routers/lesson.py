"""A teacher's levers during and after a lesson: hand in or reopen one pupil's attempt, give one pupil more
time or another attempt (an extension), and show a class the answers now. Teachers of the class (or admins)
only; every change is audited."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.schemas.assessments import AnswersShownIn, AssessmentRead
from app.schemas.lesson import AttemptState, ExtensionIn, ExtensionRead
from app.services.attempts import extensions, hand_in, release

router = APIRouter(tags=["lesson"])


@router.post("/attempts/{attempt_id}/finish", response_model=AttemptState)
async def finish_for_pupil(attempt_id: uuid.UUID, sessions: SessionMakerDep, teacher: SlowRouteTeacher) -> AttemptState:
    """Hand in a pupil's open attempt for them: what they saved is marked and totalled, as their own Finish does.
    An attempt already finished is refused with a 409 that says how it ended. Code answers run with no database
    session open."""
    return await hand_in.hand_in(sessions, teacher=teacher, attempt_id=attempt_id)


@router.post("/attempts/{attempt_id}/reopen", response_model=AttemptState)
async def reopen(attempt_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AttemptState:
    """Put a finished attempt back in progress, with its answers and the time it had left. Refused (409, with the
    reason) once the pupil has been shown the answers, or when they would have no time to work."""
    return await hand_in.reopen(session, teacher=teacher, attempt_id=attempt_id)


@router.get("/assessments/{assessment_id}/extensions", response_model=list[ExtensionRead])
async def list_extensions(assessment_id: uuid.UUID, session: SessionDep,
                          teacher: CurrentTeacher) -> list[ExtensionRead]:
    """The pupils given more time or extra attempts at this assessment, in the classes you teach."""
    return await extensions.list_extensions(session, teacher=teacher, assessment_id=assessment_id)


@router.post("/assessments/{assessment_id}/extensions", response_model=ExtensionRead)
async def set_extension(assessment_id: uuid.UUID, body: ExtensionIn, session: SessionDep,
                        teacher: CurrentTeacher) -> ExtensionRead:
    """Give one pupil of a class a later closing time and/or extra attempts (changes their extension if they have
    one). It applies to that pupil only."""
    return await extensions.set_extension(session, teacher=teacher, assessment_id=assessment_id, given=body)


@router.delete("/assessments/{assessment_id}/extensions/{extension_id}", status_code=204)
async def remove_extension(assessment_id: uuid.UUID, extension_id: uuid.UUID, session: SessionDep,
                           teacher: CurrentTeacher) -> Response:
    """Remove a pupil's extension: the class's closing time and attempts apply to them again."""
    await extensions.remove_extension(session, teacher=teacher, assessment_id=assessment_id,
                                      extension_id=extension_id)
    return Response(status_code=204)


@router.put("/assessments/{assessment_id}/classes/{class_id}/answers-shown", response_model=AssessmentRead)
async def show_answers(assessment_id: uuid.UUID, class_id: uuid.UUID, body: AnswersShownIn, session: SessionDep,
                       teacher: CurrentTeacher) -> AssessmentRead:
    """"Show answers now" (`shown: true`) or "Hide answers again" (`shown: false`) for the class's pupils, when
    they see the answers "when the assessment closes" (409 otherwise). A pupil who can still start an attempt or
    change an answer sees none either way."""
    return await release.set_answers_shown(session, teacher=teacher, assessment_id=assessment_id,
                                           class_id=class_id, shown=body.shown)
