"""Mastery by learning objective and by taxonomy strand: points earned of points possible, rolled up from
per-question score sums (for a class on one assessment here; pupils.pupil_record rolls up one pupil's work)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import STRAND_NAMES, Answer, LearningObjective, Question, User
from app.schemas.analytics import Mastery, ObjectiveMastery, StrandMastery
from app.services.analytics.scope import completed_ids, scope_for


class QuestionScore(NamedTuple):
    """Points earned and possible on one question (summed over the answers that count)."""

    question: Question
    objective: LearningObjective | None
    earned: float
    possible: float


@dataclass
class Tally:
    earned: float = 0.0
    possible: float = 0.0

    def add(self, score: QuestionScore) -> None:
        self.earned += score.earned
        self.possible += score.possible

    @property
    def mastery(self) -> float | None:
        return round(self.earned / self.possible, 3) if self.possible else None


class Rollup(NamedTuple):
    objectives: list[ObjectiveMastery]
    strands: list[StrandMastery]


def rollup(scores: Iterable[QuestionScore]) -> Rollup:
    """Mastery by objective (in the unit's order) and by strand (alphabetical) from per-question score sums."""
    by_objective: dict[LearningObjective, Tally] = defaultdict(Tally)
    by_strand: dict[str, Tally] = defaultdict(Tally)
    for score in scores:
        if score.objective is not None:
            by_objective[score.objective].add(score)
        for strand in score.question.strands or []:
            by_strand[strand].add(score)
    return Rollup(
        objectives=[
            ObjectiveMastery(objective_id=o.id, code=o.code, description=o.description,
                             mastery=by_objective[o].mastery, earned=round(by_objective[o].earned, 2),
                             possible=by_objective[o].possible)
            for o in sorted(by_objective, key=lambda o: (o.position, o.code))
        ],
        strands=[
            StrandMastery(strand=s, name=STRAND_NAMES.get(s, s), mastery=by_strand[s].mastery,
                          earned=round(by_strand[s].earned, 2), possible=by_strand[s].possible)
            for s in sorted(by_strand)
        ],
    )


async def mastery(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                  class_id: uuid.UUID | None) -> Mastery:
    """Mastery by learning objective and by taxonomy strand for the class's chosen, completed attempts."""
    assessment, class_ids = await scope_for(session, assessment_id, teacher, class_id)
    chosen = await completed_ids(session, assessment.id, class_ids)
    rows = await session.execute(
        select(Answer.question_id, func.sum(Answer.score).label("earned"),
               func.sum(Answer.max_score).label("possible"))
        .where(Answer.attempt_id.in_(chosen), Answer.score.is_not(None))
        .group_by(Answer.question_id)
    )
    sums = {row.question_id: (row.earned or 0.0, row.possible or 0.0) for row in rows}
    objectives = {o.id: o for o in (await session.execute(
        select(LearningObjective).where(LearningObjective.id.in_(
            [q.learning_objective_id for q in assessment.questions if q.learning_objective_id])))).scalars()}
    scores = []
    for question in assessment.questions:
        earned, possible = sums.get(question.id, (0.0, 0.0))
        scores.append(QuestionScore(question=question, objective=objectives.get(question.learning_objective_id),
                                    earned=earned, possible=possible))
    result = rollup(scores)
    return Mastery(assessment_id=assessment.id, objectives=result.objectives, strands=result.strands)
