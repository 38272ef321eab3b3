"""Who may need help in a lesson, and why: pure rules over what the live view read (no database here).

In the order the view lists them: asked for help (until a teacher marks it seen), no activity for the idle
setting's minutes, two or more hints on one question (a hint and the easier version count one each) or three or
more tries on one question, not started. A pupil may have several reasons; their first decides where the row
goes, so the rows keep still between refreshes unless something about that pupil changed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.schemas.live import LiveHelp, LivePupil, LiveStatus, NeedsHelpReason, ReasonKind

HINTS_ON_ONE_QUESTION = 2
TRIES_ON_ONE_QUESTION = 3
ORDER: tuple[ReasonKind, ...] = ("asked_for_help", "idle", "hints", "tries", "not_started")
OPEN: tuple[LiveStatus, ...] = ("working", "on_break")


@dataclass(frozen=True, slots=True)
class QuestionWork:
    """One answered question of an attempt: its number in the pupil's order (None if removed since)."""

    number: int | None
    helps: int  # hint used + easier version used
    tries: int


def reasons(*, status: LiveStatus, help_request: LiveHelp | None, last_activity: datetime | None,
            now: datetime, idle_minutes: int, work: list[QuestionWork]) -> list[NeedsHelpReason]:
    """Every reason this pupil may need help, in ORDER."""
    found: list[NeedsHelpReason] = []
    if help_request is not None:
        found.append(NeedsHelpReason(kind="asked_for_help", at=help_request.asked_at,
                                     question_number=help_request.question_number))
    if status == "working" and last_activity is not None:
        idle = int((now - last_activity).total_seconds() // 60)
        if idle >= idle_minutes:
            found.append(NeedsHelpReason(kind="idle", minutes=idle))
    if status in OPEN:
        found.extend(_most("hints", [(w.helps, w.number) for w in work], HINTS_ON_ONE_QUESTION))
        found.extend(_most("tries", [(w.tries, w.number) for w in work], TRIES_ON_ONE_QUESTION))
    if status == "not_started":
        found.append(NeedsHelpReason(kind="not_started"))
    return found


def _most(kind: ReasonKind, counts: list[tuple[int, int | None]], threshold: int) -> list[NeedsHelpReason]:
    """The question with the most (at least `threshold`), the later one on a tie: one reason, or none."""
    over = [(n, number) for n, number in counts if n >= threshold]
    if not over:
        return []
    count, number = max(over, key=lambda item: (item[0], item[1] or 0))
    return [NeedsHelpReason(kind=kind, count=count, question_number=number)]


def row_order(pupil: LivePupil, sort_name: str) -> tuple:
    """Sort key: by first reason (none last); within "asked for help" who asked first, within "idle" who has
    been still longest; then by name, so the rows do not shuffle between refreshes."""
    first = pupil.needs_help_reasons[0] if pupil.needs_help_reasons else None
    group = ORDER.index(first.kind) if first else len(ORDER)
    when = ""
    if first is not None and first.kind == "asked_for_help" and first.at is not None:
        when = first.at.isoformat()
    elif first is not None and first.kind == "idle" and pupil.last_activity_at is not None:
        when = pupil.last_activity_at.isoformat()
    return (group, when, sort_name.casefold(), str(pupil.pupil_id))
