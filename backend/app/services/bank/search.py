"""Searching the bank: words in a question's text, options and tags, and filters by type, unit, objective, strand,
difficulty, tags and "saved", a page at a time, newest first, each question with its statistics.

Words are matched as parts of words, in any case ("bin" finds "Binary"), and every word must appear. The text
searched is each question's `search_text` (its text, options and tags in lower case, written with the question:
app.models.assessment.question_search_text). On PostgreSQL a trigram index on it answers "contains this word"
without reading every question (bench/question_bank.py times it); SQLite reads the column of every question."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, literal, select
from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.models import Assessment, LearningObjective, Question, Unit, User
from app.schemas.bank import BankPage, BankQuestion, BankSearch, BankStats
from app.services.authoring.sharing import can_edit
from app.services.bank.scope import in_bank
from app.services.bank.statistics import question_statistics

MAX_WORDS = 10


async def search(session: AsyncSession, *, user: User, query: BankSearch) -> BankPage:
    """One page of the questions in the user's bank that match the search, with their statistics."""
    conditions = [in_bank(user), *_filters(session.bind.dialect.name, query)]
    found = (await session.execute(_page_ids(conditions, query))).all()
    total = found[0].total if found else await _count(session, conditions, query)
    rows = await _page_rows(session, [row.id for row in found])
    stats = await question_statistics(session, [row.Question.id for row in rows])
    return BankPage(total=total, page=query.page, page_size=query.page_size,
                    questions=[_bank_question(row, stats[row.Question.id], user) for row in rows])


def _page_ids(conditions: list[ColumnElement[bool]], query: BankSearch) -> Select[Any]:
    """The page's question ids, newest first, each with the number of matches (one pass over narrow rows: the
    whole questions are read for the page alone)."""
    return (
        select(Question.id, func.count().over().label("total"))
        .join(Assessment, Assessment.id == Question.assessment_id)
        .where(*conditions)
        .order_by(Question.created_at.desc(), Question.assessment_id, Question.position, Question.id)
        .offset((query.page - 1) * query.page_size)
        .limit(query.page_size)
    )


async def _count(session: AsyncSession, conditions: list[ColumnElement[bool]], query: BankSearch) -> int:
    """The number of matches when the page is empty (none at all, or a page past the last)."""
    if query.page == 1:
        return 0
    matching = select(Question.id).join(Assessment, Assessment.id == Question.assessment_id).where(*conditions)
    return await session.scalar(select(func.count()).select_from(matching.subquery())) or 0


async def _page_rows(session: AsyncSession, ids: list[Any]) -> list[Row[Any]]:
    """The page's questions with their assessment, unit and objective, in the order of `ids`."""
    if not ids:
        return []
    rows = await session.execute(
        select(Question, Assessment, Unit.title.label("unit_title"), LearningObjective.code.label("objective_code"),
               LearningObjective.description.label("objective_description"))
        .join(Assessment, Assessment.id == Question.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id)
        .where(Question.id.in_(ids))
    )
    by_id = {row.Question.id: row for row in rows}
    return [by_id[question_id] for question_id in ids]


def _filters(dialect: str, query: BankSearch) -> list[ColumnElement[bool]]:
    """The search's conditions, one per filter given."""
    conditions: list[ColumnElement[bool]] = [
        Question.search_text.like(f"%{_escaped(word)}%", escape="/") for word in words_of(query.q)
    ]
    if query.type is not None:
        conditions.append(Question.type == query.type)
    if query.unit_id is not None:
        conditions.append(Assessment.unit_id == query.unit_id)
    if query.objective_id is not None:
        conditions.append(Question.learning_objective_id == query.objective_id)
    if query.strand is not None:
        conditions.append(_strand_is(dialect, query.strand.value))
    if query.difficulty is not None:
        conditions.append(Question.difficulty == query.difficulty)
    for tag in query.tags:
        # The tag is among the question's words too: that narrows the questions (through the index on
        # PostgreSQL) before their tags are read one by one.
        conditions += [Question.search_text.like(f"%{_escaped(tag.lower())}%", escape="/"), _has_tag(dialect, tag)]
    if query.saved_only:
        conditions.append(Question.saved_to_bank_at.is_not(None))
    return conditions


def words_of(q: str) -> list[str]:
    """The distinct lower-case words of a search, at most MAX_WORDS."""
    return list(dict.fromkeys(q.lower().split()))[:MAX_WORDS]


def _escaped(word: str) -> str:
    """A word with LIKE's wildcards taken literally ("50%" means the characters 5, 0 and %)."""
    return word.replace("/", "//").replace("%", "/%").replace("_", "/_")


def _strand_is(dialect: str, code: str) -> ColumnElement[bool]:
    """Whether the question carries the strand (codes are stored as given: "AL")."""
    if dialect == "postgresql":
        return Question.strands.op("@>")(func.jsonb_build_array(code))
    element = func.json_each(Question.strands).table_valued("value")
    return select(literal(1)).select_from(element).where(element.c.value == code).exists()


def _has_tag(dialect: str, tag: str) -> ColumnElement[bool]:
    """Whether the question carries the tag, in any case."""
    if dialect == "postgresql":
        element = func.jsonb_array_elements_text(Question.tags).table_valued("value")
    else:
        element = func.json_each(Question.tags).table_valued("value")
    return select(literal(1)).select_from(element).where(func.lower(element.c.value) == tag.lower()).exists()


def _bank_question(row: Row[Any], stats: BankStats, user: User) -> BankQuestion:
    question: Question = row.Question
    assessment: Assessment = row.Assessment
    try:
        key = engine.answer_key(question.config)
    except Exception:  # noqa: BLE001 - a stored config that no longer parses is still listed (its key left out)
        key = {}
    return BankQuestion(
        id=question.id, type=question.type, question_text=question.question_text, config=question.config,
        difficulty=question.difficulty,
        points=question.points, strands=question.strands, tags=question.tags, answer_key=key,
        assessment_id=assessment.id, assessment_title=assessment.title,
        assessment_deleted=assessment.deleted_at is not None, unit_id=assessment.unit_id, unit_title=row.unit_title,
        objective_code=row.objective_code, objective_description=row.objective_description,
        saved_to_bank_at=question.saved_to_bank_at, copied_from_title=question.copied_from_title,
        can_save=can_edit(assessment, user), stats=stats,
    )
