"""Writing a previewed class-list plan (pupil_import): new classes and pupils, moves between classes, changed
details, and leavers archived when the admin asked. Archived pupils are switched off, never deleted: their work
and results stay."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ClassPupil, SchoolClass, User
from app.schemas.access import AccessArrangements
from app.schemas.accounts import Credentials, PupilCreate
from app.schemas.roster import RosterResult
from app.services.accounts import sign_in, users
from app.services.core import audit

if TYPE_CHECKING:
    from app.services.accounts.pupil_import import Matched, RosterPlan


async def write_plan(session: AsyncSession, plan: RosterPlan, *, passwords: list[users.NewPassword],
                     archive_leavers: bool, actor: User, ip: str | None) -> RosterResult:
    """Apply the plan (its problem rows left out) and audit it; the new pupils' passwords are returned once."""
    await _create_missing_classes(session, plan, actor=actor, ip=ip)
    created = await _create_pupils(session, plan, passwords=passwords, actor=actor, ip=ip)
    for matched in plan.matched:
        await _update_pupil(session, plan, matched)
    archived = plan.leavers if archive_leavers else []
    for pupil in archived:
        pupil.is_active = False
        await sign_in.end_all_sessions(session, pupil.id)
        await audit.record(session, "user.deactivate", user=actor, entity_type="user", entity_id=pupil.id,
                           details={"username": pupil.username, "by": "import: left"}, ip=ip)
    await session.flush()
    moved = sum(1 for m in plan.matched if m.moving)
    changed = sum(1 for m in plan.matched if m.changes and not m.moving)
    unchanged = sum(1 for m in plan.matched if not m.changes and not m.moving)
    skipped = [row.number for row in plan.problems]
    await audit.record(session, "pupils.import", user=actor, details={
        "count": len(created), "moved": moved, "changed": changed, "archived": len(archived),
        "skipped_rows": len(skipped)}, ip=ip)
    return RosterResult(count=len(created), created=created, moved=moved, changed=changed, unchanged=unchanged,
                        archived=len(archived), skipped_rows=skipped,
                        message=_summary(len(created), moved, changed, len(archived), len(skipped)))


def _summary(new: int, moved: int, changed: int, archived: int, skipped: int) -> str:
    def count(n: int, one: str, many: str) -> str:
        return f"{n} {one if n == 1 else many}"

    parts = [count(new, "new pupil", "new pupils"), count(moved, "pupil moved class", "pupils moved class"),
             count(changed, "pupil's details changed", "pupils' details changed"),
             count(archived, "leaver archived", "leavers archived")]
    text = "Done: " + ", ".join(parts) + "."
    if skipped:
        text += f" {count(skipped, 'row was', 'rows were')} left out because of problems: fix them and import again."
    return text


async def _create_missing_classes(session: AsyncSession, plan: RosterPlan, *, actor: User, ip: str | None) -> None:
    """Create this year's classes the file names that do not exist yet (adding them to the plan's roster)."""
    roster = plan.roster
    rows = [*plan.new, *(m.row for m in plan.matched if m.joins)]
    for row in rows:
        key = row.class_name.lower()
        if key in roster.classes:
            continue
        new_class = SchoolClass(name=row.class_name, year_group=row.year_group, academic_year=roster.year)
        session.add(new_class)
        await session.flush()
        roster.classes[key] = new_class
        await audit.record(session, "class.create", user=actor, entity_type="class", entity_id=new_class.id,
                           details={"name": new_class.name, "by": "import"}, ip=ip)


async def _create_pupils(session: AsyncSession, plan: RosterPlan, *, passwords: list[users.NewPassword],
                         actor: User, ip: str | None) -> list[Credentials]:
    rows, classes = plan.new, plan.roster.classes
    people = [PupilCreate(first_name=r.first_name, last_name=r.last_name, year_group=r.year_group) for r in rows]
    made = await users.create_pupils(session, people=people, passwords=passwords, actor=actor, ip=ip)
    for row, (pupil, _password) in zip(rows, made, strict=True):
        pupil.upn, pupil.admission_number, pupil.email = row.upn, row.admission_number, row.email
        pupil.access_arrangements = row.arrangements_for_new_pupil().model_dump()
        session.add(ClassPupil(class_id=classes[row.class_name.lower()].id, pupil_id=pupil.id))
    await session.flush()
    return [users.credentials(pupil, password, class_name=classes[row.class_name.lower()].name)
            for row, (pupil, password) in zip(rows, made, strict=True)]


async def _update_pupil(session: AsyncSession, plan: RosterPlan, matched: Matched) -> None:
    """A pupil who has an account: their changed details, and their move to the row's class."""
    pupil = matched.pupil
    arrangements = AccessArrangements.of(pupil.access_arrangements).model_dump()
    for key, (_old, new) in matched.changes.items():
        if key.startswith("arrangement:"):
            arrangements[key.removeprefix("arrangement:")] = new
        else:
            setattr(pupil, key, new)
    pupil.access_arrangements = AccessArrangements.model_validate(arrangements).model_dump()
    if "first_name" in matched.changes or "last_name" in matched.changes:
        pupil.name = f"{pupil.first_name} {pupil.last_name}"
    if matched.leaves:
        await session.execute(delete(ClassPupil).where(
            ClassPupil.pupil_id == pupil.id, ClassPupil.class_id.in_([c.id for c in matched.leaves])))
    if matched.joins:
        session.add(ClassPupil(class_id=plan.roster.classes[matched.row.class_name.lower()].id, pupil_id=pupil.id))
    await session.flush()
