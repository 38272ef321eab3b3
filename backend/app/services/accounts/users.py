"""Accounts: teachers and pupils, passwords, activation. Teachers manage the pupils of their own classes."""

from __future__ import annotations

import asyncio
import functools
import re
import secrets
import string
import uuid
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import exists, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict, Forbidden, Invalid, NotFound
from app.models import ClassPupil, ClassTeacher, Role, User
from app.schemas.accounts import Credentials, PupilCreate, TeacherCreate, TeacherCreated, UserRead, UserUpdate
from app.services.accounts import roster_ids, sign_in
from app.services.core import audit
from app.utils.security import MAX_PASSWORD_BYTES, hash_password, hash_password_sync, username_base

# The word list for generated passwords and the common-password list, each with its source and licence at the top.
DATA_DIR = Path(__file__).resolve().parents[2] / "data"
STAFF_PASSWORD_MIN_LENGTH = 12
STAFF_PASSWORD_RULE = (
    f"Choose a password of at least {STAFF_PASSWORD_MIN_LENGTH} characters that is not a common one, "
    "for example three or four words that have nothing to do with each other."
)
# Pupils read their password from a printed card: three short words and two digits ("otter-plank-sugar-42"), about
# 1,174³ × 90 ≈ 2^37 possibilities. Staff get four words (≈ 2^47). The digits are 10–99: no leading zero to misread.
PUPIL_PASSWORD_WORD_COUNT = 3
STAFF_PASSWORD_WORD_COUNT = 4
PUPIL_PASSWORD_NUMBERS = 90


def _data_lines(name: str) -> list[str]:
    lines = (DATA_DIR / name).read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


@functools.cache
def pupil_password_words() -> tuple[str, ...]:
    """Short, common words suitable for 11–14-year-olds (the EFF short list, with unsuitable words taken out)."""
    return tuple(_data_lines("pupil-password-words.txt"))


@functools.cache
def common_passwords() -> frozenset[str]:
    """The 10,000 most common passwords, lower-cased (from zxcvbn's frequency list)."""
    return frozenset(_data_lines("common-passwords.txt"))


def _passphrase(word_count: int) -> str:
    # `secrets`, not `random`: every choice comes from the operating system's CSPRNG.
    words = [secrets.choice(pupil_password_words()) for _ in range(word_count)]
    return "-".join([*words, str(10 + secrets.randbelow(PUPIL_PASSWORD_NUMBERS))])


def pupil_password() -> str:
    """A password a 12-year-old can read from a card and type: three short words and two digits."""
    return _passphrase(PUPIL_PASSWORD_WORD_COUNT)


def staff_password() -> str:
    """A generated password for a teacher or admin: four short words and two digits."""
    return _passphrase(STAFF_PASSWORD_WORD_COUNT)


def staff_password_problem(password: str) -> str | None:
    """Why a password chosen for a staff account is too weak (None when it is fine): too short, too long for
    bcrypt, a common password (ignoring case, and with digits or symbols added at the end), or one piece
    repeated ("passwordpassword")."""
    if len(password) < STAFF_PASSWORD_MIN_LENGTH:
        return STAFF_PASSWORD_RULE
    if len(password.encode("utf-8")) > MAX_PASSWORD_BYTES:
        return f"Choose a password of at most {MAX_PASSWORD_BYTES} bytes (about {MAX_PASSWORD_BYTES} letters)."
    lowered = password.lower()
    stem = lowered.rstrip(string.digits + string.punctuation + string.whitespace)
    if lowered in common_passwords() or stem in common_passwords() or re.fullmatch(r"(.+?)\1+", lowered):
        return STAFF_PASSWORD_RULE
    return None


def check_staff_password(password: str) -> None:
    """Refuse a weak password for a staff account with a message saying what to choose instead."""
    problem = staff_password_problem(password)
    if problem is not None:
        raise Invalid(problem)


class NewPassword(NamedTuple):
    """A generated password and its hash, made before the transaction that stores it (bcrypt is slow)."""

    password: str
    password_hash: str


class NewPupil(NamedTuple):
    """A pupil just created, with the password to print on their login card (never stored in plain text)."""

    pupil: User
    password: str


def credentials(user: User, password: str, *, class_name: str | None = None) -> Credentials:
    """A username and password to show once, e.g. on a printed login card."""
    return Credentials(id=user.id, username=user.username, password=password, name=user.name,
                       first_name=user.first_name, last_name=user.last_name, year_group=user.year_group,
                       class_name=class_name)


async def get_user(session: AsyncSession, user_id: uuid.UUID, *, role: Role | None = None) -> User:
    """A user by id (of the given role, where one is given), or NotFound."""
    user = await session.get(User, user_id)
    if user is None or (role is not None and not _role_matches(user.role, role)):
        what = {Role.pupil: "pupil", Role.teacher: "teacher", Role.admin: "admin"}.get(role, "account")
        raise NotFound(f"That {what} does not exist.")
    return user


def _role_matches(actual: Role, wanted: Role) -> bool:
    # Admins are teachers with admin rights, so they appear wherever teachers do.
    return actual == wanted or (wanted == Role.teacher and actual == Role.admin)


async def list_users(
    session: AsyncSession,
    *,
    roles: tuple[Role, ...],
    search: str | None = None,
    class_id: uuid.UUID | None = None,
    active: bool | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[UserRead]:
    """Accounts of the given roles, sorted by name, searchable by name or username and filterable by class."""
    stmt = select(User).where(User.role.in_(roles))
    if search:
        like = f"%{search.strip().lower()}%"
        stmt = stmt.where(or_(func.lower(User.name).like(like), User.username.like(like)))
    if class_id is not None:
        stmt = stmt.where(exists().where(ClassPupil.pupil_id == User.id, ClassPupil.class_id == class_id))
    if active is not None:
        stmt = stmt.where(User.is_active.is_(active))
    stmt = stmt.order_by(User.last_name, User.first_name, User.name).limit(limit).offset(offset)
    return [UserRead.model_validate(user) for user in (await session.execute(stmt)).scalars()]


async def _ensure_username_free(session: AsyncSession, username: str) -> None:
    if await session.scalar(select(func.count()).where(User.username == username)):
        raise Conflict(f"The username ‘{username}’ is already taken. Choose another.")


def normalise_email(email: str | None) -> str | None:
    """An email as stored: trimmed, lower case (so uniqueness ignores case), None for none."""
    return (email.strip().lower() or None) if email else None


async def ensure_email_free(session: AsyncSession, email: str | None, *, except_id: uuid.UUID | None = None) -> None:
    """Refuse an email another account has already: single sign-on finds a person by it, so it must be theirs."""
    if email is None:
        return
    stmt = select(User.username).where(User.email == email)
    if except_id is not None:
        stmt = stmt.where(User.id != except_id)
    taken = await session.scalar(stmt.limit(1))
    if taken is not None:
        raise Conflict(f"The account ‘{taken}’ already has the email {email}. Each person needs their own email "
                       "address, because single sign-on finds people by it.")


async def create_teacher(session: AsyncSession, *, data: TeacherCreate, actor: User, ip: str | None) -> TeacherCreated:
    """A teacher (or an admin) account, with the generated password when none was given (shown once)."""
    username = data.username.lower()
    if data.password:
        check_staff_password(data.password)
    await _ensure_username_free(session, username)
    email = normalise_email(data.email)
    await ensure_email_free(session, email)
    generated = None if data.password else staff_password()
    teacher = User(
        username=username,
        password_hash=await hash_password(data.password or generated),
        name=data.name,
        email=email,
        role=Role.admin if data.is_admin else Role.teacher,
        is_active=True,
    )
    session.add(teacher)
    await session.flush()
    await audit.record(session, "user.create", user=actor, entity_type="user", entity_id=teacher.id,
                       details={"username": username, "role": teacher.role.value}, ip=ip)
    return TeacherCreated(teacher=UserRead.model_validate(teacher), password=generated)


async def unique_usernames(session: AsyncSession, bases: list[str]) -> list[str]:
    """One free username per base ("asmith", "asmith2", ...), unique among themselves too."""
    taken: set[str] = set()
    for base in set(bases):
        rows = await session.execute(select(User.username).where(User.username.like(f"{base}%")))
        taken.update(rows.scalars())
    result = []
    for base in bases:
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}{n}"
        taken.add(candidate)
        result.append(candidate)
    return result


async def hash_many(passwords: list[str]) -> list[str]:
    """bcrypt is slow on purpose; hash a class's passwords on a few threads instead of one after another."""
    semaphore = asyncio.Semaphore(4)

    async def one(password: str) -> str:
        async with semaphore:
            return await asyncio.to_thread(hash_password_sync, password)

    return list(await asyncio.gather(*(one(p) for p in passwords)))


async def new_pupil_passwords(count: int) -> list[NewPassword]:
    """Generated passwords for new pupils with their hashes. Slow (bcrypt): call it with no transaction open."""
    passwords = [pupil_password() for _ in range(count)]
    return [NewPassword(p, h) for p, h in zip(passwords, await hash_many(passwords), strict=True)]


async def create_pupils(
    session: AsyncSession, *, people: list[PupilCreate], passwords: list[NewPassword], actor: User, ip: str | None
) -> list[NewPupil]:
    """Pupils with generated usernames and the given new passwords (`new_pupil_passwords`, hashed beforehand),
    returned once for login cards."""
    usernames = await unique_usernames(session, [username_base(p.first_name, p.last_name) for p in people])
    created = []
    for person, username, new_password in zip(people, usernames, passwords, strict=True):
        pupil = User(
            username=username,
            password_hash=new_password.password_hash,
            name=f"{person.first_name} {person.last_name}",
            first_name=person.first_name,
            last_name=person.last_name,
            year_group=person.year_group,
            role=Role.pupil,
            is_active=True,
        )
        session.add(pupil)
        created.append(NewPupil(pupil, new_password.password))
    await session.flush()
    for pupil, _password in created:
        await audit.record(session, "user.create", user=actor, entity_type="user", entity_id=pupil.id,
                           details={"username": pupil.username, "role": "pupil"}, ip=ip)
    return created


async def can_manage_pupil(session: AsyncSession, actor: User, pupil_id: uuid.UUID) -> bool:
    """Whether the actor may manage the pupil: an admin always, a teacher when the pupil is in their class."""
    if actor.role == Role.admin:
        return True
    stmt = select(func.count()).select_from(ClassPupil).join(
        ClassTeacher, ClassTeacher.class_id == ClassPupil.class_id
    ).where(ClassPupil.pupil_id == pupil_id, ClassTeacher.teacher_id == actor.id)
    return bool(await session.scalar(stmt))


async def get_pupil_for(session: AsyncSession, actor: User, pupil_id: uuid.UUID) -> User:
    """A pupil the actor may see: any pupil for admins, pupils of their own classes for teachers."""
    pupil = await get_user(session, pupil_id, role=Role.pupil)
    if not await can_manage_pupil(session, actor, pupil_id):
        raise Forbidden("This pupil is not in any of your classes.")
    return pupil


async def reset_password(
    session: AsyncSession,
    *,
    target: User,
    actor: User,
    password: str | None,
    ip: str | None,
    class_name: str | None = None,
) -> Credentials:
    """Set a new password (generated when none is given), sign the person out everywhere, and audit it. The
    new password is returned once, for a login card (naming `class_name` when given). A staff account's password
    must pass the staff rule (`check_staff_password`)."""
    if target.role != Role.pupil and actor.role != Role.admin:
        raise Forbidden("Only the school's admin can reset a teacher's password.")
    if target.role == Role.pupil and not await can_manage_pupil(session, actor, target.id):
        raise Forbidden("This pupil is not in any of your classes.")
    if target.role == Role.pupil:
        new_password = password or pupil_password()
    elif password:
        check_staff_password(password)
        new_password = password
    else:
        new_password = staff_password()
    target.password_hash = await hash_password(new_password)
    await sign_in.end_all_sessions(session, target.id)
    await audit.record(session, "user.password_reset", user=actor, entity_type="user", entity_id=target.id,
                       details={"username": target.username}, ip=ip)
    return credentials(target, new_password, class_name=class_name)


async def _identifier(session: AsyncSession, target: User, key: str, value: str) -> str | None:
    """A pupil's UPN or admission number as typed, checked and unique (None: removed)."""
    clean, problem = roster_ids.IDENTIFIERS[key]
    cleaned = clean(value) or None
    if cleaned is None:
        return None
    if (message := problem(cleaned)) is not None:
        raise Invalid(message[0].upper() + message[1:] + ".")
    owner = await session.scalar(select(User).where(getattr(User, key) == cleaned, User.id != target.id))
    if owner is not None:
        words = "UPN" if key == "upn" else "admission number"
        raise Conflict(f"The {words} {cleaned} is already {owner.name}'s ({owner.username}). Each pupil's is their own.")
    return cleaned


async def update_user(session: AsyncSession, *, target: User, data: UserUpdate, actor: User, ip: str | None) -> UserRead:
    """Change a person's name, email, year group, admin rights or whether their account is on."""
    changes = data.model_dump(exclude_unset=True)
    if target.id == actor.id and (changes.get("is_active") is False or changes.get("is_admin") is False):
        raise Invalid("You cannot switch off your own account or remove your own admin rights.")
    if "is_admin" in changes and changes["is_admin"] is not None:
        if target.role == Role.pupil:
            raise Invalid("Pupils cannot be given admin rights.")
        target.role = Role.admin if changes["is_admin"] else Role.teacher
    pupil_fields = [key for key in ("first_name", "last_name", "year_group", "upn", "admission_number")
                    if changes.get(key) is not None]
    if pupil_fields and target.role != Role.pupil:
        raise Invalid(f"Only pupils have a {pupil_fields[0].replace('_', ' ')} here; for staff, change the name instead.")
    if changes.get("year_group") is not None:
        target.year_group = changes["year_group"]
    for key in ("upn", "admission_number"):
        if changes.get(key) is not None:
            setattr(target, key, await _identifier(session, target, key, changes[key]))
    if changes.get("first_name") is not None or changes.get("last_name") is not None:
        # A pupil's name is made of the two, as at import; lists sort by last name.
        first = changes.get("first_name") or target.first_name
        last = changes.get("last_name") or target.last_name
        if not first or not last:
            raise Invalid("A pupil needs both a first name and a last name.")
        target.first_name, target.last_name = first, last
        changes["name"] = f"{first} {last}"
    if changes.get("name"):
        target.name = changes["name"]
    if "email" in changes:
        changes["email"] = normalise_email(changes["email"])
        await ensure_email_free(session, changes["email"], except_id=target.id)
        target.email = changes["email"]
    if changes.get("is_active") is not None and changes["is_active"] != target.is_active:
        target.is_active = changes["is_active"]
        if not target.is_active:
            await sign_in.end_all_sessions(session, target.id)
        await audit.record(session, "user.activate" if target.is_active else "user.deactivate", user=actor,
                           entity_type="user", entity_id=target.id, details={"username": target.username}, ip=ip)
    await session.flush()
    await audit.record(session, "user.update", user=actor, entity_type="user", entity_id=target.id,
                       details={"fields": sorted(changes)}, ip=ip)
    return UserRead.model_validate(target)
