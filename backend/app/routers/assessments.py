"""Assessments and their questions, for the teachers who author and publish them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from app.deps import CurrentTeacher, SessionDep, SessionMakerDep, SlowRouteTeacher
from app.models import AssessmentStatus
from app.schemas.assessments import (
    AssessmentCreate,
    AssessmentListItem,
    AssessmentRead,
    AssessmentUpdate,
    Preview,
    PublishIn,
    QuestionIn,
    QuestionRead,
    QuestionSaved,
    QuestionUpdate,
    ReorderIn,
    StatusChange,
)
from app.services.authoring import assessments, questions

router = APIRouter(prefix="/assessments", tags=["assessments"])


@router.get("", response_model=list[AssessmentListItem])
async def list_assessments(
    session: SessionDep,
    teacher: CurrentTeacher,
    status: AssessmentStatus | None = None,
    class_id: uuid.UUID | None = None,
    unit_id: uuid.UUID | None = None,
    search: str | None = Query(default=None, max_length=100),
) -> list[AssessmentListItem]:
    """Your assessments (and those published to your classes), filtered by status, class, unit or title."""
    return await assessments.list_for_teacher(
        session, teacher, status=status, class_id=class_id, unit_id=unit_id, search=search
    )


@router.post("", response_model=AssessmentRead, status_code=201)
async def create_assessment(body: AssessmentCreate, session: SessionDep, teacher: CurrentTeacher) -> AssessmentRead:
    """Create an empty draft assessment with its settings; add questions next."""
    assessment = await assessments.create(session, data=body, actor=teacher)
    return await assessments.detail(session, assessment.id, teacher)


@router.get("/{assessment_id}", response_model=AssessmentRead)
async def get_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AssessmentRead:
    """An assessment with its settings, classes, and every question with its answer key and problems."""
    return await assessments.detail(session, assessment_id, teacher)


@router.patch("/{assessment_id}", response_model=AssessmentRead)
async def update_assessment(assessment_id: uuid.UUID, body: AssessmentUpdate, session: SessionDep,
                            teacher: CurrentTeacher) -> AssessmentRead:
    """Change the title, unit or settings (hints, feedback, randomisation, attempts, retries, time display)."""
    return await assessments.update(session, assessment_id=assessment_id, data=body, actor=teacher)


@router.delete("/{assessment_id}", status_code=204)
async def delete_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Response:
    """Delete an assessment (pupils' results are kept for the record)."""
    await assessments.delete(session, assessment_id=assessment_id, actor=teacher)
    return Response(status_code=204)


@router.post("/{assessment_id}/duplicate", response_model=AssessmentRead, status_code=201)
async def duplicate_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AssessmentRead:
    """Copy an assessment and all its questions into a new draft of your own."""
    return await assessments.duplicate(session, assessment_id=assessment_id, actor=teacher)


@router.post("/{assessment_id}/status", response_model=AssessmentRead)
async def change_status(assessment_id: uuid.UUID, body: StatusChange, session: SessionDep,
                        teacher: CurrentTeacher) -> AssessmentRead:
    """Move a draft to review, or back to draft."""
    return await assessments.set_review_status(session, assessment_id=assessment_id, status=body.status,
                                               actor=teacher)


@router.post("/{assessment_id}/publish", response_model=AssessmentRead)
async def publish_assessment(assessment_id: uuid.UUID, body: PublishIn, session: SessionDep,
                             teacher: CurrentTeacher) -> AssessmentRead:
    """Publish to your classes, each with an optional available-from / available-until window."""
    return await assessments.publish(session, assessment_id=assessment_id, data=body, actor=teacher)


@router.delete("/{assessment_id}/classes/{class_id}", response_model=AssessmentRead)
async def unpublish_class(assessment_id: uuid.UUID, class_id: uuid.UUID, session: SessionDep,
                          teacher: CurrentTeacher) -> AssessmentRead:
    """Take the assessment away from a class that has not started it."""
    return await assessments.unpublish_class(session, assessment_id=assessment_id, class_id=class_id, actor=teacher)


@router.post("/{assessment_id}/archive", response_model=AssessmentRead)
async def archive_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AssessmentRead:
    """Archive: pupils can no longer start it; the results stay."""
    return await assessments.archive(session, assessment_id=assessment_id, actor=teacher)


@router.get("/{assessment_id}/preview", response_model=Preview)
async def preview_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Preview:
    """The questions exactly as pupils receive them (no answers), for Preview as pupil."""
    return await questions.preview(session, assessment_id=assessment_id, actor=teacher)


@router.post("/{assessment_id}/questions", response_model=QuestionSaved, status_code=201)
async def add_question(assessment_id: uuid.UUID, body: QuestionIn, sessions: SessionMakerDep,
                       teacher: SlowRouteTeacher) -> QuestionSaved:
    """Add a question of any type. It is checked first: a question that cannot be answered is refused with the
    problems listed by field; warnings are saved with it. (A code question's check runs its reference solution,
    with no database transaction open.)"""
    return questions.saved(await questions.add(sessions, assessment_id=assessment_id, data=body, actor=teacher))


@router.patch("/{assessment_id}/questions/{question_id}", response_model=QuestionSaved)
async def update_question(assessment_id: uuid.UUID, question_id: uuid.UUID, body: QuestionUpdate,
                          sessions: SessionMakerDep, teacher: SlowRouteTeacher) -> QuestionSaved:
    """Change a question. If pupils have answered it and the answer key changed, their answers are re-marked (the
    reply says how many). Checking and re-marking run with no database transaction open, so pupils' saves carry
    on meanwhile; each mark is written only over an answer that has not changed since it was read."""
    change = await questions.update(
        sessions, assessment_id=assessment_id, question_id=question_id, data=body, actor=teacher
    )
    return questions.saved(change)


@router.delete("/{assessment_id}/questions/{question_id}", status_code=204)
async def delete_question(assessment_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep,
                          teacher: CurrentTeacher) -> Response:
    """Delete a question nobody has answered yet."""
    await questions.delete(session, assessment_id=assessment_id, question_id=question_id, actor=teacher)
    return Response(status_code=204)


@router.post("/{assessment_id}/questions/reorder", response_model=list[QuestionRead])
async def reorder_questions(assessment_id: uuid.UUID, body: ReorderIn, session: SessionDep,
                            teacher: CurrentTeacher) -> list[QuestionRead]:
    """Put the questions in a new order (every question id exactly once)."""
    return await questions.reorder(session, assessment_id=assessment_id, order=body.question_order, actor=teacher)
