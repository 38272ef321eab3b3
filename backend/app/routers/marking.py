"""Marking written answers: the queue, accepting or changing AI suggestions, releasing marks, agreement, asking
the AI again, revision windows (pupils improving written answers after the lesson); correcting any mark, and
accepting a common answer for everyone."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Request

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.schemas.corrections import Accepted, AcceptIn, AcceptPreview, Corrected, CorrectionIn
from app.schemas.marking import Agreement, AIDefaults, Decided, Decision, Queue, Released, ReleaseIn
from app.schemas.revision import AnswerDrafts, AskAIIn, AskedAI, RevisionOverview, WindowIn, WindowRead
from app.services.marking import (
    accepting,
    ai_suggestions,
    ask_again,
    corrections,
    review_queue,
    revision_windows,
)
from app.utils.net import client_ip

router = APIRouter(prefix="/marking", tags=["marking"])


@router.get("/queue", response_model=Queue)
async def marking_queue(session: SessionDep, teacher: CurrentTeacher, assessment_id: uuid.UUID | None = None,
                        class_id: uuid.UUID | None = None, question_id: uuid.UUID | None = None,
                        include_marked: bool = Query(default=False,
                                                     description="also marked answers not yet released")) -> Queue:
    """Written answers waiting for you: AI suggestions to review, and answers to mark by hand."""
    return await review_queue.answers_to_mark(session, teacher=teacher, assessment_id=assessment_id,
                                              class_id=class_id, question_id=question_id,
                                              include_marked=include_marked)


@router.post("/answers/{answer_id}", response_model=Decided)
async def decide(answer_id: uuid.UUID, body: Decision, request: Request, session: SessionDep,
                 teacher: CurrentTeacher) -> Decided:
    """Accept the AI's suggestion (`{accept: true}`) or give your own mark (`{score, feedback}`). Both the AI's
    suggestion and your final mark are kept."""
    return await review_queue.decide(session, teacher=teacher, answer_id=answer_id, accept=body.accept,
                                     score=body.score, feedback=body.feedback, criteria=body.criteria,
                                     ip=client_ip(request))


@router.post("/release", response_model=Released)
async def release(body: ReleaseIn, request: Request, session: SessionDep, teacher: CurrentTeacher) -> Released:
    """Let pupils see the marks you have decided on, for an assessment (and optionally one class)."""
    return await review_queue.release(session, teacher=teacher, assessment_id=body.assessment_id,
                                      class_id=body.class_id, ip=client_ip(request))


@router.get("/agreement/{assessment_id}", response_model=Agreement)
async def agreement(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Agreement:
    """How often your marks agreed with the AI's suggestions, per written question."""
    return await review_queue.agreement(session, teacher=teacher, assessment_id=assessment_id)


@router.get("/ai-defaults", response_model=AIDefaults)
async def ai_defaults(session: SessionDep, _teacher: CurrentTeacher) -> AIDefaults:
    """The school's AI marking defaults (models, runs per model, how runs are combined), which an assessment can
    change, and whether any AI service is set up."""
    return await ai_suggestions.marking_defaults(session)


@router.post("/answers/{answer_id}/correction", response_model=Corrected)
async def correct_mark(answer_id: uuid.UUID, body: CorrectionIn, request: Request, session: SessionDep,
                       teacher: CurrentTeacher) -> Corrected:
    """Change any answer's mark (automatic, AI-suggested or a teacher's) to a number from 0 to the question's
    points, with a reason. Kept with who and when, audited, and the attempt re-totalled; a later re-mark after the
    key changes keeps it. The pupil sees it when the mark is released, and the reason once answers may be shown."""
    return await corrections.correct_mark(session, teacher=teacher, answer_id=answer_id, score=body.score,
                                          reason=body.reason, ip=client_ip(request))


@router.post("/questions/{question_id}/accept/preview", response_model=AcceptPreview)
async def accept_preview(question_id: uuid.UUID, body: AcceptIn, session: SessionDep,
                         teacher: CurrentTeacher) -> AcceptPreview:
    """Whose mark accepting this answer for everyone would change, and how. Nothing is changed."""
    return await accepting.preview(session, teacher=teacher, question_id=question_id, body=body)


@router.post("/questions/{question_id}/accept", response_model=Accepted)
async def accept_for_everyone(question_id: uuid.UUID, body: AcceptIn, request: Request, sessions: SessionMakerDep,
                              teacher: SlowRouteTeacher) -> Accepted:
    """Add this answer to the question's key (a short answer, or one gap of fill in the code gaps) and re-mark
    everyone's answers to it; the reply says whose mark changed (old → new). Teachers' corrections are kept."""
    return await accepting.accept(sessions, teacher=teacher, question_id=question_id, body=body,
                                  ip=client_ip(request))


@router.post("/answers/{answer_id}/ask-ai", response_model=AskedAI)
async def ask_ai(answer_id: uuid.UUID, request: Request, session: SessionDep, teacher: CurrentTeacher) -> AskedAI:
    """Ask the AI for a suggestion on one written answer that has none (sent before an AI key was set, or its AI
    marking failed)."""
    return await ask_again.ask_for_answer(session, teacher=teacher, answer_id=answer_id, ip=client_ip(request))


@router.post("/ask-ai", response_model=AskedAI)
async def ask_ai_for_all(body: AskAIIn, request: Request, session: SessionDep, teacher: CurrentTeacher) -> AskedAI:
    """Ask the AI for suggestions on every written answer of an assessment (or one question) that has none."""
    return await ask_again.ask_for_all(session, teacher=teacher, assessment_id=body.assessment_id,
                                       question_id=body.question_id, ip=client_ip(request))


@router.get("/answers/{answer_id}/drafts", response_model=AnswerDrafts)
async def answer_drafts(answer_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AnswerDrafts:
    """Every draft of a written answer side by side, with its mark and what changed since the one before."""
    return await revision_windows.answer_drafts(session, teacher=teacher, answer_id=answer_id)


@router.post("/revision-windows", response_model=WindowRead, status_code=201)
async def open_revision_window(body: WindowIn, request: Request, session: SessionDep,
                               teacher: CurrentTeacher) -> WindowRead:
    """Open a revision window: until it closes, the class's pupils (or one pupil) may send new drafts of the
    chosen written questions of their finished attempt."""
    return await revision_windows.open_window(session, teacher=teacher, body=body, ip=client_ip(request))


@router.get("/revision-windows", response_model=RevisionOverview)
async def revision_overview(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                            class_id: uuid.UUID | None = None) -> RevisionOverview:
    """An assessment's revision windows, and each revised answer with its mark before and after: how many improved
    of how many revised."""
    return await revision_windows.overview(session, teacher=teacher, assessment_id=assessment_id, class_id=class_id)


@router.post("/revision-windows/{window_id}/close", response_model=WindowRead)
async def close_revision_window(window_id: uuid.UUID, request: Request, session: SessionDep,
                                teacher: CurrentTeacher) -> WindowRead:
    """Close a revision window now, before its closing time. Drafts already sent are kept."""
    return await revision_windows.close_window(session, teacher=teacher, window_id=window_id, ip=client_ip(request))
