"""Which assessment, classes, pupils and attempts a teacher is looking at.

Every figure counts one attempt per pupil, the chosen one (the latest completed, else the one in progress), and
the answers of those attempts are found through the answers' own index, so a class of 30 on a database of
hundreds of thousands of answers answers in milliseconds."""

from __future__ import annotations

import uuid
from typing import NamedTuple

from sqlalchemy import Select, Subquery, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, NotFound
from app.models import Assessment, Attempt, AttemptStatus, ClassPupil, MarkingStatus, User
from app.services.accounts import classes
from app.services.authoring import assessments

# Answers that wait for a person (or the AI) before they count.
WAITING = (MarkingStatus.awaiting_marking, MarkingStatus.ai_suggested)


class Scope(NamedTuple):
    """The assessment (with its questions and classes loaded) and the ids of the classes in view."""

    assessment: Assessment
    class_ids: list[uuid.UUID]


async def scope_for(session: AsyncSession, assessment_id: uuid.UUID, teacher: User,
                    class_id: uuid.UUID | None) -> Scope:
    """The assessment and the class ids in view: one class, or every class of the teacher's it was set to."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True,
                                                   with_classes=True)
    linked = [link.class_id for link in assessment.classes]
    if class_id is not None:
        if class_id not in linked:
            raise NotFound("This assessment has not been set for that class.")
        if not await classes.teaches(session, teacher, class_id):
            raise Forbidden("You do not teach that class.")
        return Scope(assessment, [class_id])
    mine = await classes.class_ids_for(session, teacher)
    return Scope(assessment, [c for c in linked if mine is None or c in mine])


def pupils_in(class_ids: list[uuid.UUID]) -> Select[tuple[uuid.UUID]]:
    """The ids of the pupils in any of the classes (a subquery)."""
    return select(ClassPupil.pupil_id).where(ClassPupil.class_id.in_(class_ids)).distinct()


def chosen_attempts(assessment_id: uuid.UUID, class_ids: list[uuid.UUID]) -> Subquery:
    """One attempt per pupil: the latest completed one, otherwise the latest started (a subquery)."""
    return chosen_attempts_in([assessment_id], pupils_in(class_ids))


def chosen_attempts_in(assessment_ids: list[uuid.UUID], pupil_ids: Select[tuple[uuid.UUID]]) -> Subquery:
    """One attempt per pupil and assessment, chosen as chosen_attempts does (the markbook reads many at once)."""
    rank = func.row_number().over(
        partition_by=[Attempt.pupil_id, Attempt.assessment_id],
        order_by=[case((Attempt.status == AttemptStatus.completed, 0), else_=1),
                  Attempt.completed_at.desc(), Attempt.started_at.desc()],
    )
    ranked = (
        select(Attempt.id, Attempt.pupil_id, Attempt.assessment_id, Attempt.status, Attempt.total_score,
               Attempt.max_score, Attempt.percentage, Attempt.time_taken_seconds, Attempt.completed_at,
               Attempt.started_at, Attempt.class_id, Attempt.end_reason, Attempt.first_try_score, rank.label("rank"))
        .where(Attempt.assessment_id.in_(assessment_ids), Attempt.pupil_id.in_(pupil_ids))
        .subquery()
    )
    return select(ranked).where(ranked.c.rank == 1).subquery("chosen")


async def completed_ids(session: AsyncSession, assessment_id: uuid.UUID,
                        class_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    """The chosen attempts that are completed, resolved once so later queries use the answers' own index."""
    chosen = chosen_attempts(assessment_id, class_ids)
    rows = await session.execute(select(chosen.c.id).where(chosen.c.status == AttemptStatus.completed))
    return list(rows.scalars())
