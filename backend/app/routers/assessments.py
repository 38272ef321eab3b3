"""Assessments and their questions, for the teachers who author and publish them."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Query, Response

from app.deps import CurrentTeacher, SessionDep
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
) -> list[dict]:
    """Your assessments (and those published to your classes), filtered by status, class, unit or title."""
    return await assessments.list_for_teacher(
        session, teacher, status=status, class_id=class_id, unit_id=unit_id, search=search
    )


@router.post("", response_model=AssessmentRead, status_code=201)
async def create_assessment(body: AssessmentCreate, session: SessionDep, teacher: CurrentTeacher) -> dict:
    """Create an empty draft assessment with its settings; add questions next."""
    assessment = await assessments.create(session, data=body, actor=teacher)
    return await assessments.detail(session, assessment.id, teacher)


@router.get("/{assessment_id}", response_model=AssessmentRead)
async def get_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> dict:
    """An assessment with its settings, classes, and every question with its answer key and problems."""
    return await assessments.detail(session, assessment_id, teacher)


@router.patch("/{assessment_id}", response_model=AssessmentRead)
async def update_assessment(assessment_id: uuid.UUID, body: AssessmentUpdate, session: SessionDep,
                            teacher: CurrentTeacher) -> dict:
    """Change the title, unit or settings (hints, feedback, randomisation, attempts, retries, time display)."""
    await assessments.update(session, assessment_id=assessment_id, data=body, actor=teacher)
    return await assessments.detail(session, assessment_id, teacher)


@router.delete("/{assessment_id}", status_code=204)
async def delete_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> Response:
    """Delete an assessment (pupils' results are kept for the record)."""
    await assessments.delete(session, assessment_id=assessment_id, actor=teacher)
    return Response(status_code=204)


@router.post("/{assessment_id}/duplicate", response_model=AssessmentRead, status_code=201)
async def duplicate_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> dict:
    """Copy an assessment and all its questions into a new draft of your own."""
    copy = await assessments.duplicate(session, assessment_id=assessment_id, actor=teacher)
    return await assessments.detail(session, copy.id, teacher)


@router.post("/{assessment_id}/status", response_model=AssessmentRead)
async def change_status(assessment_id: uuid.UUID, body: StatusChange, session: SessionDep,
                        teacher: CurrentTeacher) -> dict:
    """Move a draft to review, or back to draft."""
    await assessments.set_review_status(session, assessment_id=assessment_id, status=body.status, actor=teacher)
    return await assessments.detail(session, assessment_id, teacher)


@router.post("/{assessment_id}/publish", response_model=AssessmentRead)
async def publish_assessment(assessment_id: uuid.UUID, body: PublishIn, session: SessionDep,
                             teacher: CurrentTeacher) -> dict:
    """Publish to your classes, each with an optional available-from / available-until window."""
    await assessments.publish(session, assessment_id=assessment_id, data=body, actor=teacher)
    return await assessments.detail(session, assessment_id, teacher)


@router.delete("/{assessment_id}/classes/{class_id}", response_model=AssessmentRead)
async def unpublish_class(assessment_id: uuid.UUID, class_id: uuid.UUID, session: SessionDep,
                          teacher: CurrentTeacher) -> dict:
    """Take the assessment away from a class that has not started it."""
    await assessments.unpublish_class(session, assessment_id=assessment_id, class_id=class_id, actor=teacher)
    return await assessments.detail(session, assessment_id, teacher)


@router.post("/{assessment_id}/archive", response_model=AssessmentRead)
async def archive_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> dict:
    """Archive: pupils can no longer start it; the results stay."""
    await assessments.archive(session, assessment_id=assessment_id, actor=teacher)
    return await assessments.detail(session, assessment_id, teacher)


@router.get("/{assessment_id}/preview", response_model=Preview)
async def preview_assessment(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> dict:
    """The questions exactly as pupils receive them (no answers), for Preview as pupil."""
    return await questions.preview(session, assessment_id=assessment_id, actor=teacher)


def _saved(question, problems: list[dict], remarked: int = 0) -> QuestionSaved:
    return QuestionSaved(
        question=QuestionRead.model_validate(assessments.question_read(question)),
        problems=problems,
        remarked=remarked,
        notice=questions.remark_notice(remarked),
    )


@router.post("/{assessment_id}/questions", response_model=QuestionSaved, status_code=201)
async def add_question(assessment_id: uuid.UUID, body: QuestionIn, session: SessionDep,
                       teacher: CurrentTeacher) -> QuestionSaved:
    """Add a question of any type. It is checked first: a question that cannot be answered is refused with the
    problems listed by field; warnings are saved with it."""
    question, problems = await questions.add(session, assessment_id=assessment_id, data=body, actor=teacher)
    return _saved(question, problems)


@router.patch("/{assessment_id}/questions/{question_id}", response_model=QuestionSaved)
async def update_question(assessment_id: uuid.UUID, question_id: uuid.UUID, body: QuestionUpdate,
                          session: SessionDep, teacher: CurrentTeacher) -> QuestionSaved:
    """Change a question. If pupils have answered it and the answer key changed, their answers are re-marked."""
    question, problems, remarked = await questions.update(
        session, assessment_id=assessment_id, question_id=question_id, data=body, actor=teacher
    )
    return _saved(question, problems, remarked)


@router.delete("/{assessment_id}/questions/{question_id}", status_code=204)
async def delete_question(assessment_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep,
                          teacher: CurrentTeacher) -> Response:
    """Delete a question nobody has answered yet."""
    await questions.delete(session, assessment_id=assessment_id, question_id=question_id, actor=teacher)
    return Response(status_code=204)


@router.post("/{assessment_id}/questions/reorder", response_model=list[QuestionRead])
async def reorder_questions(assessment_id: uuid.UUID, body: ReorderIn, session: SessionDep,
                            teacher: CurrentTeacher) -> list[dict]:
    """Put the questions in a new order (every question id exactly once)."""
    ordered = await questions.reorder(session, assessment_id=assessment_id, order=body.question_order, actor=teacher)
    return [assessments.question_read(q) for q in ordered]
