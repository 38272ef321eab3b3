"""A class list imported as an update of the school's roster: first a preview that saves nothing, then the
previewed plan applied.

Each row is matched to a pupil who already has an account by their UPN, else their admission number, else a
username column, else (a file without identifiers) the same first and last name in the same class this year. The
preview lists new pupils, pupils moving class, changed details, leavers (pupils of the classes and year groups
the file covers whom it no longer lists: archived only when the admin asks), the unchanged, and rows with
problems, each with its row number. Applying takes the preview's `plan_hash` and refuses if the plan has changed
since (the file or the school). Rows with problems are left out; the rest is applied.

A teacher imports into one of their classes: new pupils, and details of pupils already in it. Moving pupils
between classes and archiving leavers are the admin's.

New pupils' passwords are hashed (bcrypt, slow on purpose) with no transaction or pooled connection held: the
plan is made in one short transaction, the passwords are hashed, then the plan is made again, compared, and
written in a second short one."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.db import session_scope
from app.errors import Conflict, Forbidden
from app.models import Role, SchoolClass, User
from app.schemas.roster import (
    RosterLeaver,
    RosterNewPupil,
    RosterPreview,
    RosterPupil,
    RosterResult,
    RowProblem,
)
from app.services.accounts import classes, roster_csv, school_year, users
from app.services.accounts.roster_csv import Row
from app.services.accounts.roster_state import SchoolRoster, load_roster
from app.services.accounts.roster_write import write_plan


@dataclass
class Matched:
    """A row that found a pupil who has an account, and what applying it changes."""

    row: Row
    pupil: User
    matched_by: str
    joins: bool  # not yet in the row's class
    leaves: list[SchoolClass]  # classes named in the file that the pupil is in and the row does not name
    changes: dict[str, tuple[object, object]] = field(default_factory=dict)

    @property
    def moving(self) -> bool:
        return self.joins or bool(self.leaves)


@dataclass
class RosterPlan:
    """A file compared with the school: what applying it would do."""

    roster: SchoolRoster
    only_class: SchoolClass | None
    new: list[Row]
    matched: list[Matched]
    leavers: list[User]
    problems: list[Row]
    preview: RosterPreview | None = None


async def preview_import(session: AsyncSession, *, text: str, actor: User,
                         class_id: uuid.UUID | None = None) -> RosterPreview:
    """What importing the file would change. Saves nothing."""
    plan = await make_plan(session, text=text, actor=actor, class_id=class_id)
    return plan.preview


async def apply_import(
    sessions: async_sessionmaker[AsyncSession],
    *,
    text: str,
    plan_hash: str,
    archive_leavers: bool,
    actor: User,
    class_id: uuid.UUID | None = None,
    ip: str | None = None,
) -> RosterResult:
    """Apply the previewed plan; Conflict if the school or the file changed since the preview."""
    if archive_leavers and actor.role != Role.admin:
        raise Forbidden("Only the school's admin can archive leavers.")
    async with session_scope(sessions) as session:
        plan = await make_plan(session, text=text, actor=actor, class_id=class_id)
        _same_plan(plan, plan_hash)
    passwords = await users.new_pupil_passwords(len(plan.new))
    async with session_scope(sessions) as session:
        # Made again: the school may have changed while the passwords were hashed.
        plan = await make_plan(session, text=text, actor=actor, class_id=class_id)
        _same_plan(plan, plan_hash)
        return await write_plan(session, plan, passwords=passwords, archive_leavers=archive_leavers,
                                actor=actor, ip=ip)


def _same_plan(plan: RosterPlan, plan_hash: str) -> None:
    if plan.preview.plan_hash != plan_hash:
        raise Conflict(
            "Nothing was changed: the pupils or classes changed since the preview was made (someone else may "
            "have changed them), so the preview no longer says what would happen. Look at the new preview and "
            "apply it again.",
            extra={"preview": plan.preview.model_dump(mode="json")},
        )


async def make_plan(session: AsyncSession, *, text: str, actor: User, class_id: uuid.UUID | None) -> RosterPlan:
    """The file read and compared with the school, with its preview."""
    only_class = None
    if class_id is not None:
        only_class = await classes.get_class(session, class_id, user=actor, with_people=False)
        school_year.ensure_open(only_class, "import pupils into")
    elif actor.role != Role.admin:
        raise Forbidden("Import pupils from one of your classes' pages.")
    rows = roster_csv.parse_rows(text)
    year = only_class.academic_year if only_class else await school_year.current(session)
    roster = await load_roster(session, rows, year=year)
    plan = RosterPlan(roster=roster, only_class=only_class, new=[], matched=[], leavers=[], problems=[])
    matched_ids = _sort_rows(plan, rows)
    if only_class is None:
        plan.leavers = roster.leavers(matched_ids)
    plan.preview = _preview(plan)
    return plan


def _sort_rows(plan: RosterPlan, rows: list[Row]) -> set[uuid.UUID]:
    """Put each row in new, matched or problems; the ids of every pupil a row names (even a row with problems,
    so that pupil is not taken for a leaver)."""
    roster, seen = plan.roster, _Seen()
    matched_ids: set[uuid.UUID] = set()
    for row in rows:
        found = roster.match(row)
        pupil, how = found.pupil, found.how
        matched_ids.update(p.id for p in (pupil, found.also) if p is not None)
        row.errors.extend(found.problems)
        row.errors.extend(_outside_class(plan, row, pupil, how))
        row.errors.extend(seen.check(row, pupil))
        if row.errors:
            plan.problems.append(row)
        elif pupil is None:
            plan.new.append(row)
        else:
            plan.matched.append(_matched(roster, row, pupil, how))
    return matched_ids


def _outside_class(plan: RosterPlan, row: Row, pupil: User | None, how: str | None) -> list[str]:
    """A teacher's import names their class only, and finds only pupils already in it."""
    only = plan.only_class
    if only is None:
        return []
    if row.class_name and row.class_name.lower() != only.name.lower():
        return [f"the class ‘{row.class_name}’ is not {only.name}, the class you are importing into"]
    if pupil is not None and only.id not in plan.roster.memberships.get(pupil.id, set()):
        return [f"a pupil with this {how} already has an account in another class. Ask the school's admin to "
                f"add them to {only.name}."]
    return []


class _Seen:
    """Who the file has named so far, to find a pupil listed twice."""

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], int] = {}

    def check(self, row: Row, pupil: User | None) -> list[str]:
        keys = [("pupil", str(pupil.id))] if pupil is not None else []
        if pupil is None:
            keys += [(what, value.lower()) for what, value in (("UPN", row.upn), ("admission number",
                     row.admission_number)) if value]
            if not keys:
                keys.append(("name", f"{row.first_name}|{row.last_name}|{row.class_name}".lower()))
        if row.email:
            keys.append(("email", row.email.lower()))
        problems = []
        for key in keys:
            earlier = self.keys.setdefault(key, row.number)
            if earlier != row.number:
                problems.append(_twice(row, key[0], earlier))
        return problems


def _twice(row: Row, what: str, earlier: int) -> str:
    if what in ("pupil", "name"):
        return (f"{row.first_name} {row.last_name} appears twice for {row.class_name} in this file (also row "
                f"{earlier})" if what == "name" else f"this is the same pupil as row {earlier}")
    return f"row {earlier} has the same {what}: each pupil's {what} is their own"


def _matched(roster: SchoolRoster, row: Row, pupil: User, how: str) -> Matched:
    target = roster.classes.get(row.class_name.lower())
    current = roster.memberships.get(pupil.id, set())
    named = roster.named_classes
    leaves = [c for c in roster.classes.values()
              if c.id in current and c.name.lower() in named and (target is None or c.id != target.id)]
    return Matched(row=row, pupil=pupil, matched_by=how, joins=target is None or target.id not in current,
                   leaves=sorted(leaves, key=lambda c: c.name), changes=roster.changes(row, pupil))


def _preview(plan: RosterPlan) -> RosterPreview:
    roster = plan.roster
    entries = [_pupil_entry(roster, m) for m in plan.matched]
    wanted = [row.class_name for row in plan.new] + [m.row.class_name for m in plan.matched if m.joins]
    new_classes = sorted((name for name in wanted if name.lower() not in roster.classes), key=str.lower)
    preview = RosterPreview(
        academic_year=roster.year,
        new=[RosterNewPupil(row=r.number, name=f"{r.first_name} {r.last_name}", year_group=r.year_group,
                            class_name=r.class_name, upn=r.upn, admission_number=r.admission_number)
             for r in plan.new],
        moving=[e for e, m in zip(entries, plan.matched, strict=True) if m.moving],
        changed=[e for e, m in zip(entries, plan.matched, strict=True) if not m.moving and m.changes],
        unchanged=[e for e, m in zip(entries, plan.matched, strict=True) if not m.moving and not m.changes],
        leavers=[RosterLeaver(pupil_id=p.id, name=p.name, username=p.username, year_group=p.year_group,
                              classes=roster.class_names_of(p)) for p in plan.leavers],
        problems=[RowProblem(row=r.number, errors=r.errors) for r in plan.problems],
        new_classes=_dedupe_lower(new_classes),
        may_archive_leavers=plan.only_class is None,
        plan_hash="0" * 64,
    )
    digest = hashlib.sha256(preview.model_dump_json(exclude={"plan_hash"}).encode()).hexdigest()
    return preview.model_copy(update={"plan_hash": digest})


def _dedupe_lower(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.lower(), name)
    return list(seen.values())


def _pupil_entry(roster: SchoolRoster, m: Matched) -> RosterPupil:
    return RosterPupil(
        row=m.row.number, pupil_id=m.pupil.id, name=m.pupil.name, username=m.pupil.username,
        matched_by=m.matched_by, from_classes=roster.class_names_of(m.pupil), leaves=[c.name for c in m.leaves],
        to_class=roster.classes[m.row.class_name.lower()].name if m.row.class_name.lower() in roster.classes
        else m.row.class_name,
        changes=[roster.describe(key, old, new) for key, (old, new) in m.changes.items()],
    )
