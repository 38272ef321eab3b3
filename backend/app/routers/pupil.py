"""The pupil's API: their assessments, taking one (autosave, submit, hints, run code), finishing, results.

A pupil only ever sees their own work, and never an answer key before their marks are released."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from app.db import session_scope
from app.deps import (
    NOT_SIGNED_IN,
    CurrentPupil,
    DirectDep,
    SessionDep,
    SessionMakerDep,
    get_pupil_id,
    pupil_credentials,
    remember_pupil,
)
from app.errors import NotAuthenticated
from app.schemas.pupil import (
    AttemptView,
    AutosaveIn,
    AutosaveOut,
    Drafts,
    HintOut,
    PositionIn,
    ProgressPoint,
    PupilAssessments,
    Results,
    RunIn,
    RunOut,
    ScaffoldOut,
    SubmitIn,
    SubmitOut,
    Summary,
)
from app.services import attempts, pupil_results

router = APIRouter(prefix="/pupil", tags=["pupil"])


@router.get("/assessments", response_model=PupilAssessments)
async def my_assessments(session: SessionDep, pupil: CurrentPupil) -> dict:
    """Assessments available now, ones in progress to resume, and completed ones (scores once released)."""
    return await pupil_results.dashboard(session, pupil)


@router.get("/progress", response_model=list[ProgressPoint])
async def my_progress(session: SessionDep, pupil: CurrentPupil) -> list[dict]:
    """Released percentages of completed assessments over time, for the progress chart."""
    return await pupil_results.progress(session, pupil)


@router.post("/assessments/{assessment_id}/start", response_model=AttemptView)
async def start(assessment_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """Start an assessment, or resume the open attempt exactly where it was left."""
    return await attempts.start(session, pupil=pupil, assessment_id=assessment_id)


@dataclass(frozen=True)
class AutosaveRequest:
    token: str
    csrf_token: str
    body: AutosaveIn


async def autosave_request(request: Request, sessions: SessionMakerDep) -> AutosaveRequest:
    """The autosave's credentials and body, read here rather than by FastAPI so that who is asking is settled
    first, as on every other route: a teacher gets their 403, not a 422 about a body they should not send."""
    credentials = pupil_credentials(request)
    invalid = None
    if credentials is not None:
        try:
            return AutosaveRequest(*credentials, AutosaveIn.model_validate_json(await request.body()))
        except ValidationError as error:
            invalid = error
    async with session_scope(sessions) as session:
        await get_pupil_id(request, session)  # raises 401 or 403 unless a signed-in pupil sent it
    if invalid is None:  # not reached: without a cookie and a CSRF token get_pupil_id has refused
        raise NotAuthenticated(NOT_SIGNED_IN)
    raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in invalid.errors()])


_AUTOSAVE_BODY = {"requestBody": {"required": True,
                                  "content": {"application/json": {"schema": AutosaveIn.model_json_schema()}}}}


@router.put("/attempts/{attempt_id}/answers/{question_id}", response_model=AutosaveOut, openapi_extra=_AUTOSAVE_BODY)
async def autosave(attempt_id: uuid.UUID, question_id: uuid.UUID,
                   given: Annotated[AutosaveRequest, Depends(autosave_request)], request: Request,
                   sessions: SessionMakerDep, direct: DirectDep) -> dict:
    """Save the answer as it is now. Idempotent; an older save (lower seq) never overwrites a newer one.

    The busiest request of all (every pupil interaction), so kept lean: on PostgreSQL the sign-in check and the
    upsert are one statement, run directly on a pooled connection (app.db_direct), and no session is opened.
    Anything else — not signed in, not their attempt, SQLite — takes the usual path, which says exactly why."""
    body = given.body
    values = {"attempt_id": attempt_id, "question_id": question_id, "answer_data": body.answer_data,
              "seq": body.seq, "elapsed_seconds": body.elapsed_seconds}
    if direct is not None:
        saved = await attempts.autosave_signed_in(direct, token=given.token, csrf_token=given.csrf_token, **values)
        if saved is not None:
            remember_pupil(request, saved[0])
            return saved[1]
    async with session_scope(sessions) as session:
        pupil_id = await get_pupil_id(request, session)
        return await attempts.autosave(session, pupil_id=pupil_id, **values)


@router.post("/attempts/{attempt_id}/answers/{question_id}/submit", response_model=SubmitOut)
async def submit(attempt_id: uuid.UUID, question_id: uuid.UUID, body: SubmitIn, session: SessionDep,
                 pupil: CurrentPupil) -> dict:
    """Submit an answer. With immediate feedback on, returns the feedback and whether another try is allowed."""
    return await attempts.submit(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id,
                                 answer_data=body.answer_data, seq=body.seq, elapsed_seconds=body.elapsed_seconds)


@router.post("/attempts/{attempt_id}/questions/{question_id}/hint", response_model=HintOut)
async def hint(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """The question's hint. Using it is recorded and never lowers the score."""
    return await attempts.use_hint(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.post("/attempts/{attempt_id}/questions/{question_id}/scaffold", response_model=ScaffoldOut)
async def scaffold(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """Switch to the easier version of the question (recorded)."""
    return await attempts.use_scaffold(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.post("/attempts/{attempt_id}/questions/{question_id}/run", response_model=RunOut)
async def run(attempt_id: uuid.UUID, question_id: uuid.UUID, body: RunIn, session: SessionDep,
              pupil: CurrentPupil) -> dict:
    """Run my code: the output and the visible tests' results (hidden tests run only when it is marked)."""
    return await attempts.run_code(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id,
                                   code=body.code)


@router.put("/attempts/{attempt_id}/position", status_code=204)
async def position(attempt_id: uuid.UUID, body: PositionIn, session: SessionDep, pupil: CurrentPupil) -> Response:
    """Remember which question is on screen, so resuming comes back to it."""
    await attempts.set_position(session, pupil=pupil, attempt_id=attempt_id, index=body.index)
    return Response(status_code=204)


@router.post("/attempts/{attempt_id}/break", status_code=204)
async def take_a_break(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> Response:
    """Take a break: everything is saved already; the assessment waits on the dashboard to be resumed."""
    await attempts.take_a_break(session, pupil=pupil, attempt_id=attempt_id)
    return Response(status_code=204)


@router.post("/attempts/{attempt_id}/complete", response_model=Summary)
async def complete(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """Finish: everything not yet marked is marked, and the summary is returned. Safe to repeat."""
    attempt = await attempts.complete(session, pupil=pupil, attempt_id=attempt_id)
    return await pupil_results.summary(session, pupil=pupil, attempt=attempt)


@router.get("/attempts/{attempt_id}/questions/{question_id}/drafts", response_model=Drafts)
async def drafts(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """Every draft of my answer to one question, oldest first, with the feedback my teacher has released."""
    return await pupil_results.drafts(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.get("/attempts/{attempt_id}/results", response_model=Results)
async def results(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> dict:
    """Each question with my answer and its feedback, when my teacher allows review."""
    return await pupil_results.results(session, pupil=pupil, attempt_id=attempt_id)
