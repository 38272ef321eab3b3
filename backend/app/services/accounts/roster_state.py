"""The school as a class-list import sees it: this year's open classes, who is in them, and the pupils the file's
identifiers name; how a row finds its pupil, what it would change about them, and who the leavers are."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ClassPupil, Role, SchoolClass, User
from app.schemas.access import AccessArrangements
from app.services.accounts.access_csv import COLUMN_WORDS
from app.services.accounts.roster_csv import Row

FIELD_WORDS = {"first_name": "first name", "last_name": "last name", "year_group": "year",
               "upn": "UPN", "admission_number": "admission number", "email": "email"}


class Match:
    """The pupil a row names (None: a new pupil), how it was found, and what stops the row being used."""

    def __init__(self, pupil: User | None = None, how: str | None = None, problems: list[str] | None = None,
                 also: User | None = None) -> None:
        self.pupil, self.how, self.problems = pupil, how, problems or []
        self.also = also  # a second pupil the row names (its admission number's, when its UPN is another's)


@dataclass
class SchoolRoster:
    year: str
    classes: dict[str, SchoolClass]  # this year's open classes by lower-case name
    memberships: dict[uuid.UUID, set[uuid.UUID]]  # pupil id -> ids of those classes they are in
    pupils: dict[uuid.UUID, User]
    by_upn: dict[str, User]
    by_admission_number: dict[str, User]
    by_username: dict[str, User]
    email_owner: dict[str, uuid.UUID]  # lower-case email -> account
    named_classes: set[str] = field(default_factory=set)  # lower-case class names the file uses
    years: set[int] = field(default_factory=set)  # year groups the file uses

    # --- Finding a row's pupil ------------------------------------------------------------------------------

    def match(self, row: Row) -> Match:
        by_upn = self.by_upn.get(row.upn) if row.upn else None
        by_adno = self.by_admission_number.get(row.admission_number) if row.admission_number else None
        if by_upn is not None and by_adno is not None and by_upn.id != by_adno.id:
            return Match(by_upn, "UPN", [f"the UPN is {by_upn.name}'s ({by_upn.username}) but the admission number "
                                         f"is {by_adno.name}'s ({by_adno.username}): check which is right"],
                         also=by_adno)
        if by_upn is not None or by_adno is not None:
            found = by_upn or by_adno
            return Match(found, "UPN" if by_upn else "admission number", self._email_taken(row, found))
        if row.username:
            pupil = self.by_username.get(row.username)
            if pupil is None or pupil.role != Role.pupil:
                return Match(None, None, [f"no pupil has the username ‘{row.username}’: leave the username empty "
                                          "for a new pupil (one is made for them)"])
            return Match(pupil, "username", self._email_taken(row, pupil))
        return self._match_by_name(row)

    def _match_by_name(self, row: Row) -> Match:
        """A file without identifiers: the same first and last name in the same class (ignoring case), unless the
        row's identifiers say it is someone else."""
        school_class = self.classes.get(row.class_name.lower())
        if school_class is None:
            return Match(None, None, self._email_taken(row, None))
        found = [p for p in self.pupils.values()
                 if school_class.id in self.memberships.get(p.id, set())
                 and (p.first_name or "").lower() == row.first_name.lower()
                 and (p.last_name or "").lower() == row.last_name.lower()
                 and (not row.upn or not p.upn) and (not row.admission_number or not p.admission_number)]
        if len(found) > 1:
            return Match(None, None, [f"{len(found)} pupils called {row.first_name} {row.last_name} are in "
                                      f"{school_class.name}: add a UPN or admission number column so each row "
                                      "finds the right one"])
        pupil = found[0] if found else None
        return Match(pupil, "name and class" if pupil else None, self._email_taken(row, pupil))

    def _email_taken(self, row: Row, pupil: User | None) -> list[str]:
        owner = self.email_owner.get(row.email.lower()) if row.email else None
        if owner is not None and (pupil is None or owner != pupil.id):
            return [f"the email ‘{row.email}’ is already another account's: each person's email is their own"]
        return []

    # --- What a row changes ---------------------------------------------------------------------------------

    def changes(self, row: Row, pupil: User) -> dict[str, tuple[object, object]]:
        """Field -> (now, after): the details the row gives differently (an empty identifier cell changes
        nothing), the access arrangements of the columns the file has, and an account switched off."""
        wanted: dict[str, object] = {"first_name": row.first_name, "last_name": row.last_name,
                                     "year_group": row.year_group, "upn": row.upn,
                                     "admission_number": row.admission_number, "email": row.email}
        found = {key: (getattr(pupil, key), value) for key, value in wanted.items()
                 if value is not None and getattr(pupil, key) != value
                 and not (key == "email" and (pupil.email or "").lower() == str(value).lower())}
        arrangements = AccessArrangements.of(pupil.access_arrangements).model_dump()
        found.update({f"arrangement:{key}": (arrangements.get(key), value)
                      for key, value in row.arrangements.items() if arrangements.get(key) != value})
        if not pupil.is_active:
            found["is_active"] = (False, True)
        return found

    @staticmethod
    def describe(key: str, old: object, new: object) -> str:
        """One change as the preview says it: "last name: Smith → Smyth"."""
        if key == "is_active":
            return "account switched on again (it was switched off)"
        if key.startswith("arrangement:"):
            words = COLUMN_WORDS[key.removeprefix("arrangement:")]
            return f"{words}: {_shown(old)} → {_shown(new)}"
        words = FIELD_WORDS[key]
        return f"{words} added: {new}" if old in (None, "") else f"{words}: {old} → {new}"

    # --- Who is in which class, and who has left ------------------------------------------------------------

    def class_names_of(self, pupil: User) -> list[str]:
        ids = self.memberships.get(pupil.id, set())
        return sorted((c.name for c in self.classes.values() if c.id in ids), key=str.lower)

    def leavers(self, matched: set[uuid.UUID]) -> list[User]:
        """Active pupils of the classes the file names or of the year groups it covers whom no row names."""
        covered = {c.id for c in self.classes.values() if c.name.lower() in self.named_classes
                   or c.year_group in self.years}
        gone = [p for p in self.pupils.values()
                if p.id not in matched and p.is_active and self.memberships.get(p.id, set()) & covered]
        return sorted(gone, key=lambda p: ((p.last_name or p.name).lower(), (p.first_name or "").lower(), p.username))


def _shown(value: object) -> str:
    if value is True:
        return "yes"
    if value in (False, None):
        return "no"
    return str(value)


async def load_roster(session: AsyncSession, rows: list[Row], *, year: str) -> SchoolRoster:
    """This year's open classes and their pupils, and every account the file's identifiers or emails name."""
    open_classes = (await session.execute(
        select(SchoolClass).where(SchoolClass.academic_year == year, SchoolClass.closed_at.is_(None))
    )).scalars().all()
    memberships: dict[uuid.UUID, set[uuid.UUID]] = {}
    if open_classes:
        links = await session.execute(select(ClassPupil.pupil_id, ClassPupil.class_id)
                                      .where(ClassPupil.class_id.in_([c.id for c in open_classes])))
        for pupil_id, class_id in links:
            memberships.setdefault(pupil_id, set()).add(class_id)
    pupils = await _users(session, User.id, list(memberships))
    by_upn = await _users(session, User.upn, [r.upn for r in rows if r.upn])
    by_adno = await _users(session, User.admission_number, [r.admission_number for r in rows if r.admission_number])
    by_username = await _users(session, User.username, [r.username for r in rows if r.username])
    emails = list({r.email.lower() for r in rows if r.email})
    owners = (await session.execute(select(func.lower(User.email), User.id)
                                    .where(func.lower(User.email).in_(emails)))).all() if emails else []
    for found in (by_upn, by_adno, by_username):
        pupils.update({user.id: user for user in found.values() if user.role == Role.pupil})
    return SchoolRoster(
        year=year,
        classes={c.name.lower(): c for c in open_classes},
        memberships=memberships,
        pupils={p.id: p for p in pupils.values() if p.role == Role.pupil},
        by_upn={u.upn: u for u in by_upn.values()},
        by_admission_number={u.admission_number: u for u in by_adno.values()},
        by_username={u.username: u for u in by_username.values()},
        email_owner=dict(owners),
        named_classes={r.class_name.lower() for r in rows if r.class_name},
        years={r.year_group for r in rows if r.year_group in (7, 8, 9)},
    )


async def _users(session: AsyncSession, column: object, values: Iterable[object]) -> dict[uuid.UUID, User]:
    """The accounts whose `column` is one of `values`, by id (in chunks: a long IN list is slow on SQLite)."""
    wanted = list(dict.fromkeys(values))
    found: dict[uuid.UUID, User] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update({u.id: u for u in (await session.execute(select(User).where(column.in_(chunk)))).scalars()})
    return found
