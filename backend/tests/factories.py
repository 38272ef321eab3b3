"""Plain async factories for test data. They flush (never commit) so the test transaction rolls back."""

from __future__ import annotations

import itertools

from sqlalchemy.ext.asyncio import AsyncSession

from app.models import ClassPupil, ClassTeacher, Role, SchoolClass, User
from app.utils.security import hash_password_sync

DEFAULT_PASSWORD = "password123"
_counter = itertools.count(1)
_hash_cache: dict[str, str] = {}


def _hash(password: str) -> str:
    if password not in _hash_cache:
        _hash_cache[password] = hash_password_sync(password)
    return _hash_cache[password]


async def make_user(
    session: AsyncSession,
    role: Role = Role.teacher,
    *,
    username: str | None = None,
    password: str = DEFAULT_PASSWORD,
    name: str | None = None,
    is_active: bool = True,
    year_group: int | None = None,
) -> User:
    n = next(_counter)
    username = username or f"{role.value}{n}"
    first, last = (f"First{n}", f"Last{n}") if role == Role.pupil else (None, None)
    user = User(
        username=username,
        password_hash=_hash(password),
        name=name or (f"{first} {last}" if first else f"Teacher {n}"),
        role=role,
        is_active=is_active,
        first_name=first,
        last_name=last,
        year_group=year_group or (7 if role == Role.pupil else None),
    )
    session.add(user)
    await session.flush()
    return user


async def make_class(
    session: AsyncSession,
    *,
    name: str | None = None,
    year_group: int = 7,
    academic_year: str = "2026-27",
    teachers: list[User] = (),
    pupils: list[User] = (),
) -> SchoolClass:
    school_class = SchoolClass(name=name or f"7X{next(_counter)}", year_group=year_group, academic_year=academic_year)
    session.add(school_class)
    await session.flush()
    for teacher in teachers:
        session.add(ClassTeacher(class_id=school_class.id, teacher_id=teacher.id))
    for pupil in pupils:
        session.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
    await session.flush()
    return school_class


async def checked_config(type_name: str, config: dict | None = None) -> dict:
    """A sample (or given) config for a question type, normalised by the engine exactly as saving does."""
    from app import question_types as engine
    from app import sandbox
    from tests.question_types.samples import sample

    result = await engine.check(config or sample(type_name), sandbox=sandbox)
    assert not result.errors, result.errors
    return result.config


async def make_assessment(
    session: AsyncSession,
    *,
    owner: User,
    questions: list = (),
    publish_to: list[SchoolClass] = (),
    title: str = "Test assessment",
    show_answers: str | None = None,
    **settings,
):
    """An assessment with questions given as type names or (type, config, points) / dicts of Question fields,
    published to `publish_to` with `show_answers` for each class (the default for a new assignment if None)."""
    from app.models import Assessment, AssessmentClass, AssessmentStatus, Question

    assessment = Assessment(
        title=title, owner_id=owner.id, status=AssessmentStatus.published if publish_to else AssessmentStatus.draft,
        ai_marking={}, generation={}, **settings,
    )
    session.add(assessment)
    await session.flush()
    total = 0
    for position, spec in enumerate(questions):
        if isinstance(spec, str):
            spec = {"type": spec}
        elif isinstance(spec, tuple):
            spec = dict(zip(("type", "config", "points"), spec, strict=False))
        fields = {
            "question_text": f"Question {position + 1} ({spec['type']})",
            "points": 2,
            "strands": [],
            "tags": [],
            "hint": "Read the question slowly.",
            "feedback": {"correct": "Correct! {correct} of {total}.", "incorrect": "Have another look.",
                         "partial": "{correct} of {total} are right."},
            **{k: v for k, v in spec.items() if k not in ("type", "config")},
        }
        config = await checked_config(spec["type"], spec.get("config"))
        question = Question(assessment_id=assessment.id, position=position, type=spec["type"], config=config,
                            warnings=[], **fields)
        session.add(question)
        total += fields["points"]
    assessment.total_points = total
    for school_class in publish_to:
        session.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id,
                                    **({"show_answers": show_answers} if show_answers else {})))
    await session.flush()
    return assessment
