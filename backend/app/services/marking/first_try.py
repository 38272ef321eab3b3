"""Honest retries: what an answer got at its first try, and what a later try is worth under the assessment's
retry credit (SPEC §5, issue 19).

The first try of an automatically marked answer is stored on the answer as it is marked (`answers.
first_try_correct`, `answers.first_try_points`; for code, the first submit), so results, question analysis, the
CSV and the markbook read it without going through the history. A written answer has drafts, not tries: its
first-try columns stay null, and "right first time" for it is read from its first draft in the answer history
(a teacher's mark is written on the latest draft), as the question bank's statistics do (`right_first_time`).

With immediate feedback off a pupil learns nothing between submits (changing an answer is free), so the latest
submit is their first try, and every try is worth its whole mark.

Retry credit, per assessment (`RetryCredit`):
- full: every try is worth the whole mark (the latest try's mark stands, as before this setting).
- reduced: a try's mark × 100% at the first try, 50% at the second, 25% at the third and every later try; a
  later try never lowers what an earlier one earned (a pupil is never worse off for trying again).
- none: only the first try counts; later tries are for learning and still get feedback."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import ColumnElement, and_, case, func
from sqlalchemy.orm import aliased
from sqlalchemy.orm.util import AliasedClass

from app.models import Answer, AnswerHistory, Assessment, MarkingStatus, RetryCredit
from app.services.attempts.access import feedback_on

# The share of a try's mark that counts under reduced credit: the first try, the second, the third and later.
REDUCED_SHARES = (1.0, 0.5, 0.25)


def share(credit: RetryCredit, try_number: int) -> float:
    """The share of try `try_number`'s mark that counts (try 1 always counts in full)."""
    if try_number <= 1 or credit == RetryCredit.full:
        return 1.0
    if credit == RetryCredit.none:
        return 0.0
    return REDUCED_SHARES[min(try_number, len(REDUCED_SHARES)) - 1]


class Credit(NamedTuple):
    """A try's mark as it counts: the points credited, and the answer's first try after it."""

    points: float
    first_try_correct: bool
    first_try_points: float


def credit(policy: RetryCredit, *, try_number: int, points: float, is_correct: bool,
           first: tuple[bool | None, float | None], earned_before: float | None) -> Credit:
    """What try `try_number`, marked `points`, counts for. `first` is the answer's first try as stored (ignored at
    try 1, which becomes it); `earned_before` is what the answer counted for before this try (reduced credit never
    goes below it)."""
    first_correct, first_points = first
    if try_number <= 1 or first_points is None:
        return Credit(round(points, 2), is_correct, points)
    if policy == RetryCredit.full:
        credited = points
    elif policy == RetryCredit.none:
        credited = first_points
    else:
        credited = max(earned_before or 0.0, first_points, points * share(policy, try_number))
    return Credit(round(credited, 2), bool(first_correct), first_points)


class TryMark(NamedTuple):
    """One try's own mark, before any retry credit."""

    try_number: int
    points: float
    is_correct: bool


def recount(policy: RetryCredit, *, feedback_on: bool, tries: Sequence[TryMark]) -> Credit:
    """What an answer counts for from its tries' own marks, in order: each try credited as it came (`credit`), so
    after a key change or a new retry credit the answer counts for what those tries would have earned then."""
    if not tries:
        raise ValueError("an answer with no marked try counts for nothing to recount")
    counted: Credit | None = None
    for tried in tries:
        first = (counted.first_try_correct, counted.first_try_points) if counted else (None, None)
        counted = credit(policy, try_number=tried.try_number if feedback_on else 1, points=tried.points,
                         is_correct=tried.is_correct, first=first, earned_before=counted.points if counted else None)
    return counted


def counted_try(assessment: Assessment, tries: int) -> int:
    """Which try `tries` is for retry credit: with immediate feedback off every submit is the first try."""
    return tries if feedback_on(assessment) else 1


def settle(answer: Answer, assessment: Assessment, *, earned_before: float | None) -> None:
    """After the answer's current try was marked automatically (its score is that try's mark): keep it as the
    first try if it is one, and credit the score as the assessment's retry credit says."""
    counted = credit(assessment.retry_credit, try_number=counted_try(assessment, answer.tries),
                     points=float(answer.score or 0.0), is_correct=bool(answer.is_correct),
                     first=(answer.first_try_correct, answer.first_try_points), earned_before=earned_before)
    answer.score, answer.first_try_correct, answer.first_try_points = counted


def first_try_marks() -> ColumnElement[float]:
    """For a query over answers: each answer's marks at its first try — the stored first try of an automatically
    marked answer, else its mark as it stands (a written answer's drafts are not tries; a blank one has 0)."""
    return func.coalesce(Answer.first_try_points, Answer.score, 0.0)


def right_first_time() -> tuple[AliasedClass[AnswerHistory], ColumnElement[bool], ColumnElement[float]]:
    """For a query over answers: the history's first try to join (and its join condition), and 1.0 / 0.0 for
    right first time — the stored first try of an automatically marked answer, else its first draft's final mark
    (written answers). Join with `.join(first, condition)`; only answers whose first try is marked count."""
    first = aliased(AnswerHistory)
    condition = and_(first.answer_id == Answer.id, first.try_number == 1,
                     first.status.in_([MarkingStatus.marked, MarkingStatus.teacher_marked]))
    right = case((Answer.first_try_correct.is_not(None), case((Answer.first_try_correct.is_(True), 1.0), else_=0.0)),
                 (first.is_correct.is_(True), 1.0), else_=0.0)
    return first, condition, right
