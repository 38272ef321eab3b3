"""Seed a demo school: an admin, two teachers, classes 7A/8B/9C with 15 pupils each, and one unit.

Fixed demo logins (all with password demo1234): admin, teacher (teaches 7A and 8B), teacher2 (teaches 9C),
pupil (in 7A). Refused in production: these passwords are public."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.config import get_settings
from app.demo import extras
from app.models import ClassPupil, ClassTeacher, LearningObjective, Role, SchoolClass, Topic, Unit, User
from app.utils.dates import academic_year_for
from app.utils.security import hash_password_sync

DEMO_PASSWORD = "demo1234"
DEMO_LOGINS = (
    ("admin", "School admin"),
    ("teacher", "Teacher — 7A and 8B"),
    ("teacher2", "Teacher — 9C"),
    ("pupil", "Pupil in 7A"),
)

FIRST_NAMES = (
    "Amelia", "Oliver", "Isla", "Noah", "Ava", "Leo", "Mia", "Arthur", "Ivy", "Oscar", "Freya", "George",
    "Sophia", "Theo", "Grace", "Harry", "Lily", "Jack", "Evie", "Muhammad", "Poppy", "Alfie", "Ella", "Finley",
    "Rosie", "Jacob", "Daisy", "Charlie", "Aisha", "Zain", "Maya", "Reuben", "Chloe", "Ethan", "Hana", "Kai",
    "Layla", "Max", "Nia", "Ollie", "Priya", "Ravi", "Sienna", "Tomas", "Zara",
)
LAST_NAMES = (
    "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson",
    "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall",
    "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward",
    "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott",
    "Phillips", "Watson", "Khan",
)

UNIT = {
    "title": "Programming essentials and data representation",
    "description": "Sequence, selection and iteration in Python; how computers represent numbers in binary and "
    "hexadecimal; logic gates.",
    "year_group": 7,
    "half_term": 3,
}
VOCABULARY = [
    {"term": "Variable", "definition": "A named place in memory that stores a value which can change"},
    {"term": "Selection", "definition": "Choosing which instructions to run using a condition"},
    {"term": "Iteration", "definition": "Repeating a set of instructions"},
    {"term": "Binary", "definition": "A number system that uses only the digits 0 and 1"},
    {"term": "Bit", "definition": "A single binary digit, 0 or 1"},
    {"term": "Algorithm", "definition": "A set of step-by-step instructions to solve a problem"},
]
TOPICS = ("Sequence and variables", "Selection", "Iteration", "Binary and hexadecimal", "Logic gates")
OBJECTIVES = (
    # (topic index, code, description, strands)
    (0, "LO1", "Use variables and assignment to store and change values in a program", ["PG"]),
    (0, "LO2", "Predict what a short program will output by tracing it line by line", ["PG", "AL"]),
    (1, "LO3", "Use if, elif and else to make decisions in a program", ["PG"]),
    (2, "LO4", "Use for and while loops to repeat instructions", ["PG", "AL"]),
    (3, "LO5", "Convert numbers between binary, denary and hexadecimal", ["DI", "CS"]),
    (4, "LO6", "Complete truth tables for AND, OR and NOT gates", ["CS"]),
    (2, "LO7", "Find and fix errors in a program", ["PG", "DD"]),
)


class DemoRefused(RuntimeError):
    pass


@dataclass
class DemoSummary:
    created: bool
    message: str


async def seed_demo(session: AsyncSession, *, if_empty: bool = True) -> DemoSummary:
    """Add the demo school (refused in production; skipped when accounts exist and `if_empty`, or when the
    demo school is already here)."""
    if get_settings().is_production:
        raise DemoRefused(
            "The demo school is not created in production: its passwords are public. "
            "Create a real admin with: python -m app create-admin"
        )
    existing = await session.scalar(select(func.count()).select_from(User))
    if existing and if_empty:
        return DemoSummary(False, "The database already has accounts; the demo school was not added.")
    if await session.scalar(select(func.count()).where(User.username == "teacher")):
        return DemoSummary(False, "The demo school is already here.")

    people = _People(session, hash_password_sync(DEMO_PASSWORD))
    year = academic_year_for()
    people.add("admin", "Mrs Patel (admin)", Role.admin, email="admin@school.example")
    teacher = people.add("teacher", "Ms Hughes", Role.teacher, email="hughes@school.example")
    teacher2 = people.add("teacher2", "Mr Okafor", Role.teacher, email="okafor@school.example")
    classes = await _classes(session, people, year=year, teachers={"7A": teacher, "8B": teacher, "9C": teacher2})
    unit = await _unit(session, year=year, owner=teacher)
    await extras.seed(session, unit=unit, teacher=teacher, classes=classes)
    return DemoSummary(True, "Demo school created.")


class _People:
    """Adds demo accounts, all with one password hash (hashing once keeps seeding fast)."""

    def __init__(self, session: AsyncSession, password_hash: str) -> None:
        self.session = session
        self.password_hash = password_hash

    def add(self, username: str, name: str, role: Role, **extra: str | int) -> User:
        user = User(username=username, password_hash=self.password_hash, name=name, role=role, is_active=True,
                    **extra)
        self.session.add(user)
        return user


async def _classes(
    session: AsyncSession, people: _People, *, year: str, teachers: dict[str, User]
) -> dict[str, SchoolClass]:
    """Classes 7A, 8B and 9C with their teachers and 15 pupils each; "pupil" is the first pupil of 7A."""
    classes = {}
    for name, year_group in (("7A", 7), ("8B", 8), ("9C", 9)):
        classes[name] = SchoolClass(name=name, year_group=year_group, academic_year=year)
        session.add(classes[name])
    await session.flush()

    n = 0
    for name, school_class in classes.items():
        session.add(ClassTeacher(class_id=school_class.id, teacher_id=teachers[name].id))
        year_group = school_class.year_group
        for i in range(15):
            first, last = FIRST_NAMES[n % len(FIRST_NAMES)], LAST_NAMES[(n * 7) % len(LAST_NAMES)]
            username = "pupil" if (name == "7A" and i == 0) else f"{first[0]}{last}{year_group}{i:02d}".lower()
            pupil = people.add(username, f"{first} {last}", Role.pupil, first_name=first, last_name=last,
                               year_group=year_group)
            await session.flush()
            session.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
            n += 1
    return classes


async def _unit(session: AsyncSession, *, year: str, owner: User) -> Unit:
    """The demo unit with its vocabulary, topics and learning objectives."""
    unit = Unit(**UNIT, academic_year=year, owner_id=owner.id, vocabulary=[dict(entry) for entry in VOCABULARY])
    session.add(unit)
    await session.flush()
    topics = []
    for position, title in enumerate(TOPICS):
        topic = Topic(unit_id=unit.id, title=title, position=position)
        session.add(topic)
        topics.append(topic)
    await session.flush()
    for position, (topic_index, code, description, strands) in enumerate(OBJECTIVES):
        session.add(LearningObjective(unit_id=unit.id, topic_id=topics[topic_index].id, code=code,
                                      description=description, strands=strands, position=position))
    await session.flush()
    return unit
