"""What of a question's key a pupil may see, and when.

Key material is the answer key itself and whatever gives it away: correct options, accepted answers, reference
solutions and correct code, hidden tests and their expected values, mark schemes and model answers, and anything
in a mark's details that names them (a written answer's criteria are its mark scheme). A pupil sees none of it
while they can still change an answer or start another attempt: the next attempt has the same questions and the
same option ids, so the review of a finished attempt must not become the answer sheet for the next one. A revision
window the teacher opened over a finished attempt (app.services.attempts.revising) counts as an answer that can
still change.

Beyond that rule, the teacher chooses per class assignment when its pupils see the answers (`AnswerRelease`):
after each question (practice), after finishing, after the pupil's own window closes (or when the teacher shows
them, with no closing date), or never. `may_show_keys` is the one decision; the rest of this module applies it to
what a pupil is sent, and says in words when the answers will be shown."""

from __future__ import annotations

from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.models import (
    Answer,
    AnswerRelease,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    Extension,
    User,
    utcnow,
)
from app.question_types.stored import StoredConfig
from app.services.attempts.access import (
    OPEN_STATUSES,
    PupilLink,
    extension_of,
    is_locked,
    links_for_pupil,
    when,
)
from app.services.attempts.revising import revising_now
from app.services.marking.scoring import TEACHER_ONLY_DETAILS, MarkDetails

# A compact statement of the right answer (app.question_types.answer_key).
AnswerKey = dict[str, Any]


class Release(NamedTuple):
    """The teacher's choice for the class an attempt was made in, and the moments it turns on for this pupil."""

    show_answers: AnswerRelease
    closes_at: datetime | None = None  # the pupil's own closing time: their extension's, else the class's
    released_at: datetime | None = None  # the teacher's "Show answers now" (after_closing)
    closed_to_all: bool = False  # archived or deleted: nobody can take it any more

    def reached(self, *, finished: bool, now: datetime) -> bool:
        """Whether the teacher's release point has come for this pupil (the rule above it is applied apart)."""
        if self.show_answers == AnswerRelease.after_each_question:
            return True
        if self.show_answers == AnswerRelease.after_finishing:
            return finished
        if self.show_answers == AnswerRelease.after_closing:
            return finished and (self.released_at is not None or self.closed_to_all
                                 or (self.closes_at is not None and now >= self.closes_at))
        return False


class KeyAccess(NamedTuple):
    """What the decision rests on, for one pupil and one attempt (and perhaps one answer in it)."""

    can_start_again: bool  # attempts are left, and the assessment is still open to the pupil (now or later)
    can_change: bool  # an answer that is at stake can still change (in an open attempt)
    finished: bool  # the attempt at stake is finished
    release: Release
    revising: bool = False  # a revision window is open over the attempt's written answers


def may_show_keys(access: KeyAccess, now: datetime | None = None) -> bool:
    """The one decision: key material is shown only once the pupil can neither change an answer nor start another
    attempt at this assessment, and the teacher's release point for the class has come."""
    if access.can_start_again or access.can_change:
        return False
    return access.release.reached(finished=access.finished, now=now or utcnow())


async def key_access(session: AsyncSession, pupil: User, assessment: Assessment, attempt: Attempt, *,
                     answer: Answer | None = None, question_type: str = "") -> KeyAccess:
    """Whether the pupil can still start another attempt at the assessment, or change an answer in one: any
    answer in an open attempt — or, given one `answer` (to a question of `question_type`) whose key alone is at
    stake, whether that
    one can still change (an answer right already, with no tries left, or marked by the teacher, cannot; the same
    question in another open attempt can) — and the release chosen for the class `attempt` was made in."""
    attempts = (await session.execute(
        select(Attempt.id, Attempt.status).where(Attempt.pupil_id == pupil.id, Attempt.assessment_id == assessment.id)
    )).all()
    settled = answer.attempt_id if answer is not None and is_locked(answer, assessment, question_type) else None
    can_change = any(status in OPEN_STATUSES and attempt_id != settled for attempt_id, status in attempts)
    # A revision window lets the pupil change a written answer of a finished attempt.
    revising = await revising_now(session, attempt)
    links = await links_for_pupil(session, pupil, assessment.id)
    return KeyAccess(can_start_again=_can_start_again(assessment, links, len(attempts)),
                     can_change=can_change or revising, finished=attempt.status == AttemptStatus.completed,
                     release=await _release(session, assessment, attempt, links), revising=revising)


def _closed_to_all(assessment: Assessment) -> bool:
    return assessment.status != AssessmentStatus.published or assessment.deleted_at is not None


def _can_start_again(assessment: Assessment, links: list[PupilLink], used: int) -> bool:
    """Whether the pupil could start another attempt now or later: published (not archived or deleted), set for
    one of their classes whose window is not closed for them (one that has not opened yet will), with an attempt
    left there (their extension's extra attempts count)."""
    if _closed_to_all(assessment):
        return False
    now = utcnow()
    return any((row.closes_at is None or now < row.closes_at) and used < row.attempts_allowed for row in links)


async def _release(session: AsyncSession, assessment: Assessment, attempt: Attempt,
                   links: list[PupilLink]) -> Release:
    """The release of the class the attempt was made in, with this pupil's own closing time. A pupil who has left
    the class keeps its choice (and its closing time); an attempt whose class is gone shows no key until the
    assessment is closed to everyone (after_closing, with no date)."""
    own = next((row for row in links if row.link.class_id == attempt.class_id), None)
    if own is not None:
        link, closes_at = own.link, own.closes_at
    else:
        link = await session.scalar(select(AssessmentClass).where(
            AssessmentClass.assessment_id == assessment.id, AssessmentClass.class_id == attempt.class_id))
        closes_at = link.available_until if link is not None else None
    if link is None:
        return Release(AnswerRelease.after_closing, closed_to_all=_closed_to_all(assessment))
    return Release(link.show_answers, closes_at, link.answers_released_at, _closed_to_all(assessment))


def answers_note(access: KeyAccess, *, shown: bool) -> str:
    """When the pupil will see the answers, said plainly for their results page."""
    release = access.release
    if shown:
        return "The right answers are shown with each question."
    if access.revising:
        return "You can still improve a written answer, so the answers are not shown yet."
    if release.show_answers == AnswerRelease.never:
        return "Your teacher has chosen not to show the answers to this assessment."
    if release.show_answers == AnswerRelease.after_closing and not release.reached(finished=True, now=utcnow()):
        if release.closes_at is not None:
            return f"You will see the answers after the assessment closes on {when(release.closes_at)}."
        return "You will see the answers when your teacher shows them."
    if access.can_change:
        return "You will see the answers when you have finished the assessment."
    if release.closes_at is not None:
        return ("You can take this assessment again, so the answers are not shown yet. You will see them after "
                f"the assessment closes on {when(release.closes_at)}.")
    return ("You can take this assessment again, so the answers are not shown yet. You will see them when you "
            "have used all of your attempts.")


def pupil_details(details: MarkDetails | None, *, show_keys: bool) -> MarkDetails:
    """A mark's details as the pupil may see them: never the teacher's own notes, and no key material until keys
    may be shown."""
    shown = {name: value for name, value in (details or {}).items() if name not in TEACHER_ONLY_DETAILS}
    return shown if show_keys else engine.details_without_key(shown)


def pupil_feedback(feedback: str | None, feedback_before_key: str | None, *, show_keys: bool) -> str | None:
    """A mark's feedback as the pupil may read it: until keys may be shown, the version that names no right
    answer (stored with the mark when the full one does), so a try that is not the last never gives it away."""
    if show_keys or feedback_before_key is None:
        return feedback
    return feedback_before_key


def pupil_answer_key(config: StoredConfig, *, show_keys: bool) -> AnswerKey | None:
    """The answer key for results review, or None while keys may not be shown."""
    return engine.answer_key(config) if show_keys else None


# --- During an open attempt: the question screen and a submit's reply ---------------------------------------

class OpenAttemptRules(NamedTuple):
    """What an open attempt's screens need to know about keys: how many attempts the pupil may make in the
    attempt's class (the assessment's, and their extension's extra) and when that class is shown answers."""

    attempts_allowed: int
    show_answers: AnswerRelease


class ShownMark(NamedTuple):
    """A mark's feedback, details and the answer key, as the pupil's question screen may show them."""

    feedback: str | None
    details: MarkDetails
    answer_key: AnswerKey | None


async def open_attempt_rules(session: AsyncSession, attempt: Attempt, assessment: Assessment) -> OpenAttemptRules:
    """The rules for keys during one open attempt, read once for its screen or a submit's reply."""
    row = (await session.execute(
        select(AssessmentClass.show_answers, Extension.extra_attempts)
        .select_from(AssessmentClass)
        .outerjoin(Extension, extension_of(assessment.id, attempt.class_id, attempt.pupil_id))
        .where(AssessmentClass.assessment_id == assessment.id, AssessmentClass.class_id == attempt.class_id)
    )).first()
    if row is None:  # the class is gone: its own rules went with it
        return OpenAttemptRules(assessment.max_attempts, AnswerRelease.after_closing)
    show_answers, extra = row
    return OpenAttemptRules(assessment.max_attempts + (extra or 0), show_answers)


def open_attempt_mark(answer: Answer, config: StoredConfig, assessment: Assessment, rules: OpenAttemptRules, *,
                      question_type: str) -> ShownMark:
    """A mark's feedback, details (and, in practice, the question's answer key) shown during an open attempt. Only with
    answers after each question, and only for an answer that can no longer change (right already, or no tries
    left); whether another attempt will follow is not looked up here, so more than one attempt allowed is taken
    to mean one will."""
    access = KeyAccess(can_start_again=rules.attempts_allowed > 1, can_change=not is_locked(answer, assessment, question_type),
                       finished=False, release=Release(rules.show_answers))
    show = may_show_keys(access)
    return ShownMark(pupil_feedback(answer.feedback, answer.feedback_before_key, show_keys=show),
                     pupil_details(answer.mark_details, show_keys=show),
                     pupil_answer_key(config, show_keys=show and answer.released))
