"""Question analysis: per question, how the class did (success and partial rates, hints, time, tries), which
options pupils chose, the most common wrong typed answers, which tests pupils' code failed, and the pupils'
responses to one question (clicking through from the analysis)."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import Float, Row, and_, case, cast, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFound
from app.models import Answer, Assessment, Attempt, MarkingStatus, Question, User
from app.question_types import code_completion
from app.schemas.analytics import (
    FailingTest,
    OptionCount,
    QuestionAnalysis,
    QuestionStats,
    Response_,
    ResponseFilter,
    Responses,
    WrongAnswer,
)
from app.services.analytics.scope import WAITING, completed_ids, scope_for
from app.services.marking import corrections

# A question fewer than half the class got right is flagged for the teacher.
FLAG_BELOW = 0.5
# Where each typed-answer question type keeps the pupil's text in its answer.
TEXT_KEYS = {"text_input": "text", "binary_convert": "answer"}
CODE_TYPES = ("python_code", "code_debug")
# What the code runner stored about a pupil's code: {"status": ..., "tests": [{"input", "expected", "got", ...}]}.
MarkDetails = dict[str, Any]


class QuestionTotals(NamedTuple):
    """One question's answers in the chosen attempts, counted and averaged in SQL."""

    responses: int
    correct: int
    partial: int
    marked: int
    waiting: int
    average: float | None  # mean share of the points, over the marked answers
    hints: int
    scaffolds: int
    time: float | None
    tries: float | None
    first_tried: int  # answers with a first try stored (automatically marked; app.services.marking.first_try)
    first_correct: int
    first_average: float | None  # mean share of the points at the first try, over those answers


NO_TOTALS = QuestionTotals(responses=0, correct=0, partial=0, marked=0, waiting=0, average=None, hints=0,
                           scaffolds=0, time=None, tries=None, first_tried=0, first_correct=0, first_average=None)


class AnswerPatterns(NamedTuple):
    """What pupils answered, by question: options chosen, common wrong answers, failed tests."""

    options: dict[uuid.UUID, list[OptionCount]]
    common_wrong: dict[uuid.UUID, list[WrongAnswer]]
    failing_tests: dict[uuid.UUID, list[FailingTest]]


class Failure(NamedTuple):
    """One way code went wrong: a status such as a timeout, or a visible test it did not pass."""

    kind: str
    input: str | None
    expected: str | None
    got: str | None


async def question_analysis(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                            class_id: uuid.UUID | None) -> QuestionAnalysis:
    """Per question: success and partial rates, hints, time, options chosen, common wrong answers and failing
    tests, over the chosen completed attempts."""
    assessment, class_ids = await scope_for(session, assessment_id, teacher, class_id)
    chosen = await completed_ids(session, assessment.id, class_ids)
    totals = await _totals(session, chosen)
    patterns = AnswerPatterns(
        options=await _option_counts(session, assessment, chosen),
        common_wrong=await _common_wrong_answers(session, assessment, chosen),
        failing_tests=await _code_failures(session, assessment, chosen),
    )
    return QuestionAnalysis(assessment_id=assessment.id, title=assessment.title, questions=[
        _question_stats(number, question, totals.get(question.id, NO_TOTALS), patterns)
        for number, question in enumerate(assessment.questions, start=1)
    ])


async def _totals(session: AsyncSession, chosen: list[uuid.UUID]) -> dict[uuid.UUID, QuestionTotals]:
    marked = Answer.status.in_([MarkingStatus.marked, MarkingStatus.teacher_marked])
    rows = await session.execute(
        select(
            Answer.question_id,
            func.count().label("responses"),
            func.sum(case((and_(marked, Answer.is_correct.is_(True)), 1), else_=0)).label("correct"),
            func.sum(case((and_(marked, Answer.is_correct.is_not(True), Answer.score > 0), 1),
                          else_=0)).label("partial"),
            func.sum(case((marked, 1), else_=0)).label("marked"),
            func.sum(case((Answer.status.in_(WAITING), 1), else_=0)).label("waiting"),
            func.avg(case((marked, Answer.score / func.nullif(Answer.max_score, 0)))).label("average"),
            func.sum(case((Answer.hint_used, 1), else_=0)).label("hints"),
            func.sum(case((Answer.scaffold_used, 1), else_=0)).label("scaffolds"),
            func.avg(cast(Answer.time_taken_seconds, Float)).label("time"),
            func.avg(cast(Answer.tries, Float)).label("tries"),
            func.count(Answer.first_try_points).label("first_tried"),
            func.sum(case((Answer.first_try_correct.is_(True), 1), else_=0)).label("first_correct"),
            func.avg(Answer.first_try_points / func.nullif(Answer.max_score, 0)).label("first_average"),
        )
        .where(Answer.attempt_id.in_(chosen))
        .group_by(Answer.question_id)
    )
    return {row.question_id: _question_totals(row) for row in rows}


def _question_totals(row: Row[Any]) -> QuestionTotals:
    """Plain numbers from one row of _totals (PostgreSQL gives Decimal averages)."""
    return QuestionTotals(
        responses=int(row.responses), correct=int(row.correct), partial=int(row.partial), marked=int(row.marked),
        waiting=int(row.waiting), average=_float(row.average), hints=int(row.hints),
        scaffolds=int(row.scaffolds), time=_float(row.time), tries=_float(row.tries),
        first_tried=int(row.first_tried), first_correct=int(row.first_correct or 0),
        first_average=_float(row.first_average),
    )


def _float(value: float | Decimal | None) -> float | None:
    return float(value) if value is not None else None


def _rate(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def _question_stats(number: int, question: Question, totals: QuestionTotals,
                    patterns: AnswerPatterns) -> QuestionStats:
    success = (totals.correct / totals.marked) if totals.marked else None
    return QuestionStats(
        question_id=question.id, number=number, type=question.type, question_text=question.question_text,
        points=question.points, difficulty=question.difficulty,
        learning_objective_id=question.learning_objective_id, strands=question.strands,
        responses=totals.responses,
        marked=totals.marked,
        waiting_for_marking=totals.waiting,
        success_rate=round(success, 3) if success is not None else None,
        partial_rate=_rate(totals.partial, totals.marked),
        average_score_rate=round(totals.average, 3) if totals.average is not None else None,
        hint_rate=_rate(totals.hints, totals.responses),
        scaffold_rate=_rate(totals.scaffolds, totals.responses),
        average_time_seconds=round(totals.time, 1) if totals.time is not None else None,
        average_tries=round(totals.tries, 2) if totals.tries is not None else None,
        first_try_answers=totals.first_tried,
        first_try_success_rate=_rate(totals.first_correct, totals.first_tried),
        first_try_average_score_rate=round(totals.first_average, 3) if totals.first_average is not None else None,
        flagged=success is not None and success < FLAG_BELOW,
        options=patterns.options.get(question.id),
        common_wrong_answers=patterns.common_wrong.get(question.id, []),
        failing_tests=patterns.failing_tests.get(question.id, []),
    )


# --- Options chosen ---------------------------------------------------------------------------------------

async def _option_counts(session: AsyncSession, assessment: Assessment,
                         chosen: list[uuid.UUID]) -> dict[uuid.UUID, list[OptionCount]]:
    """For multiple choice and select: how many pupils chose each option (which distractor pulls)."""
    single = [q for q in assessment.questions if q.type == "multiple_choice"]
    multi = [q for q in assessment.questions if q.type == "multiple_select"]
    counts: dict[uuid.UUID, Counter[str]] = defaultdict(Counter)
    if single:
        selected = Answer.answer_data["selected_option"].as_string()
        rows = await session.execute(
            select(Answer.question_id, selected.label("option"), func.count().label("pupils"))
            .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_([q.id for q in single]),
                   Answer.answer_data.is_not(None))
            .group_by(Answer.question_id, selected)
        )
        for row in rows:
            counts[row.question_id][row.option] += row.pupils
    if multi:
        for row in await _multi_select_counts(session, [q.id for q in multi], chosen):
            counts[row.question_id][row.option] += row.pupils
    return {
        question.id: [
            OptionCount(option_id=o["id"], text=o["text"], is_correct=bool(o.get("is_correct")),
                        count=counts[question.id].get(o["id"], 0))
            for o in question.config.get("options", [])
        ]
        for question in single + multi
    }


async def _multi_select_counts(session: AsyncSession, question_ids: list[uuid.UUID],
                               chosen: list[uuid.UUID]) -> list[Row[Any]]:
    """(question_id, option, pupils) rows, expanding the selected_options arrays in SQL (the JSON functions
    differ between the two databases)."""
    if session.bind.dialect.name == "postgresql":
        element = func.jsonb_array_elements_text(Answer.answer_data["selected_options"]).table_valued("value")
        on = literal_column("true")
    else:
        element = func.json_each(Answer.answer_data, "$.selected_options").table_valued("value")
        on = literal_column("1")
    option = element.c.value
    stmt = (
        select(Answer.question_id, option.label("option"), func.count().label("pupils"))
        .select_from(Answer).join(element, on)
        .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_(question_ids), Answer.answer_data.is_not(None))
        .group_by(Answer.question_id, option)
    )
    return list((await session.execute(stmt)).all())


# --- Common wrong answers -----------------------------------------------------------------------------------

async def _common_wrong_answers(session: AsyncSession, assessment: Assessment,
                                chosen: list[uuid.UUID]) -> dict[uuid.UUID, list[WrongAnswer]]:
    """The most common answers that were not right, for typed answers, grouped and counted in SQL (one query
    per kind of typed answer, however many questions there are)."""
    result: dict[uuid.UUID, list[WrongAnswer]] = defaultdict(list)
    for kind, key in TEXT_KEYS.items():
        ids = [q.id for q in assessment.questions if q.type == kind]
        if not ids:
            continue
        typed = func.lower(func.trim(Answer.answer_data[key].as_string()))
        rows = await session.execute(
            select(Answer.question_id, typed.label("answer"), func.count().label("pupils"))
            .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_(ids), Answer.is_correct.is_not(True),
                   Answer.answer_data.is_not(None))
            .group_by(Answer.question_id, typed)
            .order_by(Answer.question_id, func.count().desc(), typed)
        )
        for row in rows:
            if row.answer and len(result[row.question_id]) < 5:
                result[row.question_id].append(WrongAnswer(answer=row.answer, count=row.pupils))
    gaps = [q for q in assessment.questions if q.type == code_completion.TYPE]
    if gaps:
        result.update(await _wrong_gap_answers(session, gaps, chosen))
    return result


async def _wrong_gap_answers(session: AsyncSession, gap_questions: list[Question],
                             chosen: list[uuid.UUID]) -> dict[uuid.UUID, list[WrongAnswer]]:
    """Fill in the code gaps: the commonest answers typed in a gap that were not right, with the gap they were
    in (so one can be accepted for that gap). Read per answer that was not fully right: a pupil's gaps are
    nested JSON, and the gap's own rule (Python tokens) says which were right."""
    keys = {q.id: {b["id"]: b.get("correct_answers", []) for b in q.config.get("blanks", [])}
            for q in gap_questions}
    rows = await session.execute(
        select(Answer.question_id, Answer.answer_data)
        .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_(list(keys)), Answer.is_correct.is_not(True),
               Answer.answer_data.is_not(None), Answer.scaffold_used.is_(False))
    )
    counts: dict[uuid.UUID, Counter[tuple[str, str]]] = defaultdict(Counter)
    for question_id, data in rows.all():
        for blank_id, typed in ((data or {}).get("blanks") or {}).items():
            text = " ".join(str(typed or "").split())
            answers = keys[question_id].get(blank_id)
            if text and answers is not None and not code_completion.blank_is_right(text, answers):
                counts[question_id][(blank_id, text)] += 1
    return {
        question_id: [WrongAnswer(answer=text, count=n, blank_id=blank_id, gap=list(keys[question_id]).index(blank_id) + 1)
                      for (blank_id, text), n in sorted(found.items(), key=lambda item: (-item[1], item[0]))[:5]]
        for question_id, found in counts.items()
    }


# --- Failing tests ------------------------------------------------------------------------------------------

async def _code_failures(session: AsyncSession, assessment: Assessment,
                         chosen: list[uuid.UUID]) -> dict[uuid.UUID, list[FailingTest]]:
    """For code questions: which visible tests pupils' code did not pass, and what it gave instead, grouped.

    The details are nested JSON lists, read for one question's not-quite answers (at most one per pupil)."""
    result: dict[uuid.UUID, list[FailingTest]] = {}
    for question in [q for q in assessment.questions if q.type in CODE_TYPES]:
        details = (
            await session.execute(
                select(Answer.mark_details)
                .where(Answer.attempt_id.in_(chosen), Answer.question_id == question.id,
                       Answer.is_correct.is_not(True), Answer.status == MarkingStatus.marked)
            )
        ).scalars().all()
        groups = _failures(details)
        result[question.id] = [
            FailingTest(kind=failure.kind, input=failure.input, expected=failure.expected, got=failure.got,
                        count=n, summary=_failure_summary(failure, n))
            for failure, n in groups.most_common(6)
        ]
    return result


def _failures(all_details: list[MarkDetails | None]) -> Counter[Failure]:
    """How many answers went wrong in each way (one answer can fail several tests)."""
    groups: Counter[Failure] = Counter()
    for details in all_details:
        status = (details or {}).get("status")
        if status and status != "ok":
            groups[Failure(status, None, None, None)] += 1
        for test in (details or {}).get("tests", []):
            if not test.get("passed"):
                groups[Failure("test", test.get("input"), test.get("expected"),
                               test.get("got") or test.get("error"))] += 1
    return groups


FAILURE_REASONS = {
    "timeout": "code took too long (a loop that does not stop)", "syntax_error": "code had a syntax error",
    "memory": "code used too much memory", "keyword_rule": "code did not follow a keyword rule",
    "empty": "left the code empty", "unchanged": "left the buggy code unchanged",
}


def _failure_summary(failure: Failure, n: int) -> str:
    pupils = f"{n} pupil{'s' if n != 1 else ''}"
    if failure.kind != "test":
        return f"{pupils}: {FAILURE_REASONS.get(failure.kind, failure.kind)}"
    return f"{pupils}: {failure.input} gave {failure.got!s} instead of {failure.expected!s}"


# --- One question's responses -------------------------------------------------------------------------------

async def responses(session: AsyncSession, *, assessment_id: uuid.UUID, question_id: uuid.UUID, teacher: User,
                    class_id: uuid.UUID | None, only: ResponseFilter = "all", limit: int = 50) -> Responses:
    """Sample responses to one question (for clicking through from the analysis)."""
    assessment, class_ids = await scope_for(session, assessment_id, teacher, class_id)
    question = next((q for q in assessment.questions if q.id == question_id), None)
    if question is None:
        raise NotFound("That question is not part of this assessment.")
    chosen = await completed_ids(session, assessment.id, class_ids)
    stmt = (
        select(Answer, User.name, User.id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .join(User, User.id == Attempt.pupil_id)
        .where(Answer.attempt_id.in_(chosen), Answer.question_id == question_id)
        .order_by(User.last_name, User.first_name)
        .limit(limit)
    )
    if only == "not_correct":
        stmt = stmt.where(Answer.is_correct.is_not(True))
    rows = (await session.execute(stmt)).all()
    changed = await corrections.for_answers(session, [answer.id for answer, _name, _pupil in rows])
    return Responses(question_id=question.id, type=question.type, question_text=question.question_text, responses=[
        Response_(pupil_id=pupil_id, name=name, answer_id=answer.id, answer_data=answer.answer_data,
                  score=answer.score, max_score=answer.max_score, is_correct=answer.is_correct,
                  status=answer.status.value, tries=answer.tries, hint_used=answer.hint_used,
                  scaffold_used=answer.scaffold_used, feedback=answer.feedback,
                  corrections=changed.get(answer.id, []))
        for answer, name, pupil_id in rows
    ])
