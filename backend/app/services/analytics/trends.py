"""A class's mastery by learning objective and by taxonomy strand across every assessment set to it: points
earned of points possible over each pupil's chosen, finished attempt at each assessment (the markbook's cells),
rolled up as mastery.rollup does for one assessment."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Answer, AttemptStatus, LearningObjective, Question, User
from app.schemas.markbook import ClassTrends, MarkbookFilters
from app.services.accounts import classes
from app.services.analytics.markbook import assignments, chosen_in_class, in_view
from app.services.analytics.mastery import QuestionScore, rollup


async def class_trends(session: AsyncSession, *, class_id: uuid.UUID, teacher: User,
                       filters: MarkbookFilters) -> ClassTrends:
    """Mastery by objective and strand over the assessments in view (the markbook's filters)."""
    school_class = await classes.get_class(session, class_id, user=teacher, with_people=False)
    columns = in_view(await assignments(session, class_id), filters)
    chosen = await chosen_in_class(session, class_id, [c.assessment_id for c in columns])
    finished = [a.id for a in chosen.values() if a.status == AttemptStatus.completed]
    result = rollup(await _question_scores(session, finished))
    return ClassTrends(class_id=school_class.id, class_name=school_class.name, filters=filters,
                       assessment_count=len(columns), attempt_count=len(finished),
                       objectives=result.objectives, strands=result.strands)


async def _question_scores(session: AsyncSession, attempt_ids: list[uuid.UUID]) -> list[QuestionScore]:
    """Points earned and possible per question over the attempts (marked answers only)."""
    if not attempt_ids:
        return []
    sums = (
        select(Answer.question_id, func.sum(Answer.score).label("earned"),
               func.sum(Answer.max_score).label("possible"))
        .where(Answer.attempt_id.in_(attempt_ids), Answer.score.is_not(None))
        .group_by(Answer.question_id)
        .subquery()
    )
    rows = await session.execute(
        select(Question, LearningObjective, sums.c.earned, sums.c.possible)
        .join(sums, sums.c.question_id == Question.id)
        .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id))
    return [QuestionScore(question=row.Question, objective=row.LearningObjective, earned=float(row.earned or 0.0),
                          possible=float(row.possible or 0.0)) for row in rows]
