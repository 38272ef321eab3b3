"""The pupil's API: their assessments, taking one (autosave, submit, hints, run code), finishing, results.

A pupil only ever sees their own work, and never an answer key before their marks are released."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response

from app.deps import (
    AUTOSAVE_BODY_DOCS,
    AutosaveDep,
    CurrentPupil,
    DirectDep,
    SessionDep,
    SessionMakerDep,
    SlowRoutePupil,
)
from app.schemas.pupil import (
    AttemptView,
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
    StoredAnswers,
    SubmitIn,
    SubmitOut,
    Summary,
)
from app.schemas.revision import PupilRevisions, RevisionItem, RevisionSaved, RevisionSaveIn
from app.services.attempts import answers, dashboard, lifecycle, revising

# Named apart from the routes `autosave` and `results`, which keep their names (and OpenAPI operation ids).
from app.services.attempts import autosave as autosave_service
from app.services.attempts import results as results_service

router = APIRouter(prefix="/pupil", tags=["pupil"])


@router.get("/assessments", response_model=PupilAssessments)
async def my_assessments(session: SessionDep, pupil: CurrentPupil) -> PupilAssessments:
    """Assessments available now, ones in progress to resume, and completed ones (scores once released).
    "About N minutes" includes the pupil's extra time."""
    return await dashboard.dashboard(session, pupil)


@router.get("/progress", response_model=list[ProgressPoint])
async def my_progress(session: SessionDep, pupil: CurrentPupil) -> list[ProgressPoint]:
    """Released percentages of completed assessments over time, for the progress chart."""
    return await dashboard.progress(session, pupil)


@router.post("/assessments/{assessment_id}/start", response_model=AttemptView)
async def start(assessment_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> AttemptView:
    """Start an assessment, or resume the open attempt exactly where it was left."""
    return await lifecycle.start(session, pupil=pupil, assessment_id=assessment_id)


@router.put("/attempts/{attempt_id}/answers/{question_id}", response_model=AutosaveOut,
            openapi_extra=AUTOSAVE_BODY_DOCS)
async def autosave(attempt_id: uuid.UUID, question_id: uuid.UUID, given: AutosaveDep, sessions: SessionMakerDep,
                   direct: DirectDep) -> AutosaveOut:
    """Save the answer as it is now. Idempotent; an older save (lower seq) never overwrites a newer one.

    The busiest request of all (every pupil interaction), so kept lean: on PostgreSQL the sign-in check and the
    upsert are one statement, run directly on a pooled connection (app.db_direct), and no session is opened.
    Anything else — not signed in, not their attempt, SQLite — takes the usual path, which says exactly why."""
    return await autosave_service.save(sessions, direct, given, attempt_id=attempt_id, question_id=question_id)


@router.get("/attempts/{attempt_id}/answers", response_model=StoredAnswers)
async def stored_answers(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> StoredAnswers:
    """The answers stored for my open attempt, each with the page (browser tab) that saved it. A page looks when
    it comes back into view, moves to another question or finishes, so an answer changed on another screen is
    shown as it is now."""
    return await autosave_service.stored_answers(session, pupil_id=pupil.id, attempt_id=attempt_id)


@router.post("/attempts/{attempt_id}/answers/{question_id}/submit", response_model=SubmitOut)
async def submit(attempt_id: uuid.UUID, question_id: uuid.UUID, body: SubmitIn, sessions: SessionMakerDep,
                 pupil: SlowRoutePupil) -> SubmitOut:
    """Submit an answer. With immediate feedback on, returns the feedback and whether another try is allowed.

    After the time has ended (with a minute's grace) the answer is kept as a late draft for the teacher, not
    marked, and the reply is a 409 that says so. Code is run with no database session open."""
    return await answers.submit(sessions, pupil=pupil, attempt_id=attempt_id, question_id=question_id,
                                answer_data=body.answer_data, seq=body.seq, elapsed_seconds=body.elapsed_seconds,
                                page=body.page)


@router.post("/attempts/{attempt_id}/questions/{question_id}/hint", response_model=HintOut)
async def hint(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> HintOut:
    """The question's hint. Using it is recorded and never lowers the score."""
    return await answers.use_hint(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.post("/attempts/{attempt_id}/questions/{question_id}/scaffold", response_model=ScaffoldOut)
async def scaffold(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep,
                   pupil: CurrentPupil) -> ScaffoldOut:
    """Switch to the easier version of the question (recorded)."""
    return await answers.use_scaffold(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.post("/attempts/{attempt_id}/questions/{question_id}/run", response_model=RunOut)
async def run(attempt_id: uuid.UUID, question_id: uuid.UUID, body: RunIn, sessions: SessionMakerDep,
              pupil: SlowRoutePupil) -> RunOut:
    """Run my code: the output and the visible tests' results (hidden tests run only when it is marked). The code
    runs with no database session open."""
    return await answers.run_code(sessions, pupil=pupil, attempt_id=attempt_id, question_id=question_id,
                                  code=body.code)


@router.put("/attempts/{attempt_id}/position", status_code=204)
async def position(attempt_id: uuid.UUID, body: PositionIn, session: SessionDep, pupil: CurrentPupil) -> Response:
    """Remember which question is on screen, so resuming comes back to it."""
    await lifecycle.set_position(session, pupil=pupil, attempt_id=attempt_id, index=body.index)
    return Response(status_code=204)


@router.post("/attempts/{attempt_id}/break", status_code=204)
async def take_a_break(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> Response:
    """Take a break: everything is saved already; the assessment waits on the dashboard to be resumed."""
    await lifecycle.take_a_break(session, pupil=pupil, attempt_id=attempt_id)
    return Response(status_code=204)


@router.post("/attempts/{attempt_id}/complete", response_model=Summary)
async def complete(attempt_id: uuid.UUID, sessions: SessionMakerDep, pupil: SlowRoutePupil) -> Summary:
    """Finish: everything not yet marked is marked, and the summary is returned. Safe to repeat. Allowed after the
    time has ended: what was saved by then is marked. Code answers are run with no database session open."""
    return await lifecycle.complete(sessions, pupil=pupil, attempt_id=attempt_id)


@router.post("/attempts/{attempt_id}/end-notice", status_code=204)
async def end_notice_read(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> Response:
    """I have read why my attempt was handed in (by my teacher, or when it closed): stop telling me."""
    await dashboard.acknowledge_end_notice(session, pupil=pupil, attempt_id=attempt_id)
    return Response(status_code=204)


@router.get("/attempts/{attempt_id}/questions/{question_id}/drafts", response_model=Drafts)
async def drafts(attempt_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep,
                 pupil: CurrentPupil) -> Drafts:
    """Every draft of my answer to one question, oldest first, with the feedback my teacher has released."""
    return await results_service.drafts(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id)


@router.get("/attempts/{attempt_id}/results", response_model=Results)
async def results(attempt_id: uuid.UUID, session: SessionDep, pupil: CurrentPupil) -> Results:
    """Each question with my answer and its feedback, once I have finished; the right answers once my teacher's
    choice for my class shows them (never while I can take it again or change an answer), and in words when."""
    return await results_service.results(session, pupil=pupil, attempt_id=attempt_id)


@router.get("/revisions", response_model=PupilRevisions)
async def revisions(session: SessionDep, pupil: CurrentPupil) -> PupilRevisions:
    """Written answers I may improve now (my teacher opened a revision window), until when, with my feedback."""
    return await revising.revisions_for(session, pupil)


@router.put("/attempts/{attempt_id}/revisions/{question_id}", response_model=RevisionSaved)
async def save_revision(attempt_id: uuid.UUID, question_id: uuid.UUID, body: RevisionSaveIn, session: SessionDep,
                        pupil: CurrentPupil) -> RevisionSaved:
    """Save my improved answer as it is now (while the revision window is open). An older save (lower seq, same
    page) never overwrites a newer one."""
    return await revising.save(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id, body=body)


@router.post("/attempts/{attempt_id}/revisions/{question_id}/send", response_model=RevisionItem)
async def send_revision(attempt_id: uuid.UUID, question_id: uuid.UUID, body: RevisionSaveIn, session: SessionDep,
                        pupil: CurrentPupil) -> RevisionItem:
    """Send my improved answer to my teacher as a new draft (while the revision window is open)."""
    return await revising.send(session, pupil=pupil, attempt_id=attempt_id, question_id=question_id, body=body)
