"""Teacher analytics: results for a class, question analysis, mastery, one pupil, CSV export, dashboard."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from app.deps import CurrentTeacher, SessionDep
from app.schemas.analytics import (
    AttemptDetail,
    ClassResults,
    Dashboard,
    Mastery,
    PupilRecord,
    QuestionAnalysis,
    ResponseFilter,
    Responses,
)
from app.schemas.markbook import ClassTrends, MarkbookFilters
from app.services.analytics import export, mastery, pupils, questions, results, teacher_dashboard, trends
from app.utils.net import client_ip

router = APIRouter(prefix="/analytics", tags=["analytics"])


def markbook_filters(
    unit_id: uuid.UUID | None = Query(default=None, description="only this unit's assessments"),
    half_term: int | None = Query(default=None, ge=1, le=6, description="only this half term (1–6)"),
    date_from: date | None = Query(default=None, description="set on or after this day"),
    date_to: date | None = Query(default=None, description="set on or before this day"),
) -> MarkbookFilters:
    """The markbook's filters from the query string (the markbook, its CSV and the class trends share them)."""
    return MarkbookFilters(unit_id=unit_id, half_term=half_term, date_from=date_from, date_to=date_to)


MarkbookFiltersDep = Annotated[MarkbookFilters, Depends(markbook_filters)]


@router.get("/dashboard", response_model=Dashboard)
async def dashboard(session: SessionDep, teacher: CurrentTeacher) -> Dashboard:
    """Counts by status, attempts this week, recent activity and recent assessments with average scores."""
    return await teacher_dashboard.dashboard(session, teacher=teacher)


@router.get("/assessments/{assessment_id}", response_model=ClassResults)
async def class_results(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                        class_id: uuid.UUID | None = None) -> ClassResults:
    """Completed n/N, average, median, highest, lowest, the score distribution and every pupil's result."""
    return await results.class_results(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id)


@router.get("/assessments/{assessment_id}/questions", response_model=QuestionAnalysis)
async def question_analysis(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                            class_id: uuid.UUID | None = None) -> QuestionAnalysis:
    """Per question: success and partial rates, hints, time, options chosen, common wrong answers, failing tests."""
    return await questions.question_analysis(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id)


@router.get("/assessments/{assessment_id}/questions/{question_id}/responses", response_model=Responses)
async def responses(assessment_id: uuid.UUID, question_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                    class_id: uuid.UUID | None = None, only: ResponseFilter = "all",
                    limit: int = Query(default=50, ge=1, le=500)) -> Responses:
    """Pupils' responses to one question (click through from the analysis)."""
    return await questions.responses(session, assessment_id=assessment_id, question_id=question_id, teacher=teacher,
                                     class_id=class_id, only=only, limit=limit)


@router.get("/assessments/{assessment_id}/objectives", response_model=Mastery)
async def objectives(assessment_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                     class_id: uuid.UUID | None = None) -> Mastery:
    """Mastery by learning objective and by taxonomy strand for the class."""
    return await mastery.mastery(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id)


@router.get("/assessments/{assessment_id}/export.csv", response_class=Response,
            responses={200: {"content": {"text/csv": {}}}})
async def export_csv(assessment_id: uuid.UUID, request: Request, session: SessionDep, teacher: CurrentTeacher,
                     class_id: uuid.UUID | None = None) -> Response:
    """The class's results as a CSV file for a spreadsheet (one row per pupil, one column per question)."""
    csv_file = await export.export_csv(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id,
                                       ip=client_ip(request))
    return Response(content="\ufeff" + csv_file.text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{csv_file.filename}"'})


@router.get("/pupils/{pupil_id}", response_model=PupilRecord)
async def pupil_record(pupil_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> PupilRecord:
    """A pupil's attempts, progress over time, and strengths and areas for development by objective."""
    return await pupils.pupil_record(session, pupil_id=pupil_id, teacher=teacher)


@router.get("/attempts/{attempt_id}", response_model=AttemptDetail)
async def attempt_detail(attempt_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> AttemptDetail:
    """One attempt, answer by answer, with every try the pupil made."""
    return await pupils.attempt_detail(session, attempt_id=attempt_id, teacher=teacher)


@router.get("/classes/{class_id}/trends", response_model=ClassTrends)
async def class_trends(class_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher,
                       filters: MarkbookFiltersDep) -> ClassTrends:
    """The class's mastery by learning objective and by strand across every assessment set to it (narrowed by
    unit, half term and dates as the markbook is)."""
    return await trends.class_trends(session, class_id=class_id, teacher=teacher, filters=filters)
