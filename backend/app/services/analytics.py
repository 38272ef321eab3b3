"""Teacher analytics: class results, question analysis, objective and strand mastery, one pupil's record,
CSV export and the dashboard. Figures come from SQL aggregates over each pupil's chosen attempt (the latest
completed one, else the one in progress), so a class of 30 on a database of hundreds of thousands of answers
answers in milliseconds (backend/bench/analytics_bench.py measures it)."""

from __future__ import annotations

import csv
import io
import statistics
import uuid
from collections import Counter, defaultdict
from datetime import timedelta

from sqlalchemy import Float, and_, case, cast, func, literal_column, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Forbidden, NotFound
from app.models import (
    STRAND_NAMES,
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    LearningObjective,
    MarkingStatus,
    Question,
    SchoolClass,
    Unit,
    User,
    utcnow,
)
from app.services.accounts import classes, users
from app.services.authoring import assessments
from app.services.core import audit

ATTENTION_BELOW = 50.0
FLAG_BELOW = 0.5
WAITING = (MarkingStatus.awaiting_marking, MarkingStatus.ai_suggested)


# --- Scope: which classes and pupils a teacher is looking at ----------------------------------------------

async def _scope(session: AsyncSession, assessment_id: uuid.UUID, teacher: User, class_id: uuid.UUID | None):
    """The assessment and the class ids in view: one class, or every class of the teacher's it was set to."""
    assessment = await assessments.get_for_teacher(session, assessment_id, teacher, with_questions=True,
                                                   with_classes=True)
    linked = [link.class_id for link in assessment.classes]
    if class_id is not None:
        if class_id not in linked:
            raise NotFound("This assessment has not been set for that class.")
        if not await classes.teaches(session, teacher, class_id):
            raise Forbidden("You do not teach that class.")
        return assessment, [class_id]
    mine = await classes.class_ids_for(session, teacher)
    return assessment, [c for c in linked if mine is None or c in mine]


def _pupils_in(class_ids: list[uuid.UUID]):
    return select(ClassPupil.pupil_id).where(ClassPupil.class_id.in_(class_ids)).distinct()


def _chosen_attempts(assessment_id: uuid.UUID, class_ids: list[uuid.UUID]):
    """One attempt per pupil: the latest completed one, otherwise the latest started (a subquery)."""
    rank = func.row_number().over(
        partition_by=Attempt.pupil_id,
        order_by=[case((Attempt.status == AttemptStatus.completed, 0), else_=1),
                  Attempt.completed_at.desc(), Attempt.started_at.desc()],
    )
    ranked = (
        select(Attempt.id, Attempt.pupil_id, Attempt.status, Attempt.total_score, Attempt.max_score,
               Attempt.percentage, Attempt.time_taken_seconds, Attempt.completed_at, Attempt.started_at,
               Attempt.class_id, rank.label("rank"))
        .where(Attempt.assessment_id == assessment_id, Attempt.pupil_id.in_(_pupils_in(class_ids)))
        .subquery()
    )
    return select(ranked).where(ranked.c.rank == 1).subquery("chosen")


async def _completed_ids(session: AsyncSession, assessment_id: uuid.UUID, class_ids: list[uuid.UUID]) -> list:
    """The chosen attempts that are completed, resolved once so later queries use the answers' own index."""
    chosen = _chosen_attempts(assessment_id, class_ids)
    rows = await session.execute(select(chosen.c.id).where(chosen.c.status == AttemptStatus.completed))
    return list(rows.scalars())


# --- Class results -------------------------------------------------------------------------------------------

async def class_results(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                        class_id: uuid.UUID | None) -> dict:
    assessment, class_ids = await _scope(session, assessment_id, teacher, class_id)
    chosen = _chosen_attempts(assessment.id, class_ids)
    attempts = {
        row.pupil_id: row
        for row in (await session.execute(
            select(chosen.c.id, chosen.c.pupil_id, chosen.c.status, chosen.c.total_score, chosen.c.max_score,
                   chosen.c.percentage, chosen.c.time_taken_seconds, chosen.c.completed_at)
        )).all()
    }
    answer_stats = {
        attempt_id: (hints, waiting)
        for attempt_id, hints, waiting in (await session.execute(
            select(Answer.attempt_id, func.sum(case((Answer.hint_used, 1), else_=0)),
                   func.sum(case((Answer.status.in_(WAITING), 1), else_=0)))
            .where(Answer.attempt_id.in_([row.id for row in attempts.values()]))
            .group_by(Answer.attempt_id)
        )).all()
    } if attempts else {}
    people = (
        await session.execute(
            select(User.id, User.name, User.first_name, User.last_name, User.username, func.min(SchoolClass.name))
            .join(ClassPupil, ClassPupil.pupil_id == User.id)
            .join(SchoolClass, SchoolClass.id == ClassPupil.class_id)
            .where(ClassPupil.class_id.in_(class_ids))
            .group_by(User.id, User.name, User.first_name, User.last_name, User.username)
            .order_by(User.last_name, User.first_name, User.name)
        )
    ).all()
    pupils = []
    for pid, name, first, last, username, cname in people:
        row = attempts.get(pid)
        state = "not_started" if row is None else (
            "completed" if row.status == AttemptStatus.completed else "in_progress")
        hints, waiting = answer_stats.get(row.id, (0, 0)) if row is not None else (0, 0)
        pupils.append({
            "pupil_id": pid, "name": name, "first_name": first, "last_name": last, "username": username,
            "class_name": cname, "attempt_id": row.id if row else None, "status": state,
            "score": row.total_score if state == "completed" else None,
            "max_score": row.max_score if row else None,
            "percentage": row.percentage if state == "completed" else None,
            "time_taken_seconds": row.time_taken_seconds if row else None,
            "completed_at": row.completed_at if row else None,
            "hints_used": int(hints or 0), "waiting_for_marking": int(waiting or 0),
        })
    done = [p["percentage"] for p in pupils if p["status"] == "completed" and p["percentage"] is not None]
    for p in pupils:
        p["needs_attention"] = p["status"] == "not_started" or (
            p["percentage"] is not None and p["percentage"] < ATTENTION_BELOW)
    bins = [0] * 10
    for value in done:
        bins[min(int(value // 10), 9)] += 1
    names = dict((await session.execute(select(SchoolClass.id, SchoolClass.name).where(SchoolClass.id.in_(class_ids)))).all())
    return {
        "assessment_id": assessment.id,
        "title": assessment.title,
        "classes": [{"class_id": c, "class_name": names.get(c, "")} for c in class_ids],
        "pupil_count": len(pupils),
        "completed_count": len(done),
        "in_progress_count": sum(1 for p in pupils if p["status"] == "in_progress"),
        "not_started_count": sum(1 for p in pupils if p["status"] == "not_started"),
        "average": round(statistics.fmean(done), 1) if done else None,
        "median": round(statistics.median(done), 1) if done else None,
        "highest": max(done) if done else None,
        "lowest": min(done) if done else None,
        "total_points": assessment.total_points,
        "distribution": [{"from": i * 10, "to": i * 10 + 10, "count": n} for i, n in enumerate(bins)],
        "pupils": pupils,
        "needing_attention": [p for p in pupils if p["needs_attention"]],
    }


# --- Question analysis ---------------------------------------------------------------------------------------

async def question_analysis(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                            class_id: uuid.UUID | None) -> dict:
    assessment, class_ids = await _scope(session, assessment_id, teacher, class_id)
    chosen = await _completed_ids(session, assessment.id, class_ids)
    marked = Answer.status.in_([MarkingStatus.marked, MarkingStatus.teacher_marked])
    stats = {
        row.question_id: row
        for row in (
            await session.execute(
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
                )
                .where(Answer.attempt_id.in_(chosen))
                .group_by(Answer.question_id)
            )
        ).all()
    }
    option_counts = await _option_counts(session, assessment, chosen)
    common_wrong = await _common_wrong_answers(session, assessment, chosen)
    code_failures = await _code_failures(session, assessment, chosen)
    items = []
    for number, question in enumerate(assessment.questions, start=1):
        row = stats.get(question.id)
        marked_count = int(row.marked) if row else 0
        success = (int(row.correct) / marked_count) if marked_count else None
        item = {
            "question_id": question.id, "number": number, "type": question.type,
            "question_text": question.question_text, "points": question.points, "difficulty": question.difficulty,
            "learning_objective_id": question.learning_objective_id, "strands": question.strands,
            "responses": int(row.responses) if row else 0,
            "marked": marked_count,
            "waiting_for_marking": int(row.waiting) if row else 0,
            "success_rate": round(success, 3) if success is not None else None,
            "partial_rate": round(int(row.partial) / marked_count, 3) if marked_count else None,
            "average_score_rate": round(float(row.average), 3) if row and row.average is not None else None,
            "hint_rate": round(int(row.hints) / int(row.responses), 3) if row and row.responses else None,
            "scaffold_rate": round(int(row.scaffolds) / int(row.responses), 3) if row and row.responses else None,
            "average_time_seconds": round(float(row.time), 1) if row and row.time is not None else None,
            "average_tries": round(float(row.tries), 2) if row and row.tries is not None else None,
            "flagged": success is not None and success < FLAG_BELOW,
            "options": option_counts.get(question.id),
            "common_wrong_answers": common_wrong.get(question.id, []),
            "failing_tests": code_failures.get(question.id, []),
        }
        items.append(item)
    return {"assessment_id": assessment.id, "title": assessment.title, "questions": items}


async def _option_counts(session: AsyncSession, assessment: Assessment, chosen: list) -> dict:
    """For multiple choice and select: how many pupils chose each option (which distractor pulls)."""
    single = [q for q in assessment.questions if q.type == "multiple_choice"]
    multi = [q for q in assessment.questions if q.type == "multiple_select"]
    counts: dict[uuid.UUID, Counter] = defaultdict(Counter)
    if single:
        selected = Answer.answer_data["selected_option"].as_string()
        rows = await session.execute(
            select(Answer.question_id, selected, func.count())
            .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_([q.id for q in single]),
                   Answer.answer_data.is_not(None))
            .group_by(Answer.question_id, selected)
        )
        for qid, option, n in rows:
            counts[qid][option] += n
    if multi:
        counts_multi = await _multi_select_counts(session, [q.id for q in multi], chosen)
        for qid, option, n in counts_multi:
            counts[qid][option] += n
    result = {}
    for question in single + multi:
        result[question.id] = [
            {"option_id": o["id"], "text": o["text"], "is_correct": bool(o.get("is_correct")),
             "count": counts[question.id].get(o["id"], 0)}
            for o in question.config.get("options", [])
        ]
    return result


async def _multi_select_counts(session: AsyncSession, question_ids: list[uuid.UUID], chosen: list):
    """Expand the selected_options arrays in SQL (the JSON functions differ between the two databases)."""
    if session.bind.dialect.name == "postgresql":
        element = func.jsonb_array_elements_text(Answer.answer_data["selected_options"]).table_valued("value")
        option = element.c.value
        stmt = select(Answer.question_id, option, func.count()).select_from(Answer).join(element, literal_column("true"))
    else:
        element = func.json_each(Answer.answer_data, "$.selected_options").table_valued("value")
        option = element.c.value
        stmt = select(Answer.question_id, option, func.count()).select_from(Answer).join(element, literal_column("1"))
    stmt = (stmt.where(Answer.attempt_id.in_(chosen), Answer.question_id.in_(question_ids),
                       Answer.answer_data.is_not(None))
            .group_by(Answer.question_id, option))
    return (await session.execute(stmt)).all()


TEXT_KEYS = {"text_input": "text", "binary_convert": "answer"}


async def _common_wrong_answers(session: AsyncSession, assessment: Assessment, chosen: list) -> dict:
    """The most common answers that were not right, for typed answers, grouped and counted in SQL (one query
    per kind of typed answer, however many questions there are)."""
    result: dict[uuid.UUID, list] = defaultdict(list)
    for kind, key in TEXT_KEYS.items():
        ids = [q.id for q in assessment.questions if q.type == kind]
        if not ids:
            continue
        typed = func.lower(func.trim(Answer.answer_data[key].as_string()))
        rows = await session.execute(
            select(Answer.question_id, typed, func.count())
            .where(Answer.attempt_id.in_(chosen), Answer.question_id.in_(ids), Answer.is_correct.is_not(True),
                   Answer.answer_data.is_not(None))
            .group_by(Answer.question_id, typed)
            .order_by(Answer.question_id, func.count().desc(), typed)
        )
        for question_id, answer, n in rows:
            if answer and len(result[question_id]) < 5:
                result[question_id].append({"answer": answer, "count": n})
    return result


async def _code_failures(session: AsyncSession, assessment: Assessment, chosen: list) -> dict:
    """For code questions: which visible tests pupils' code did not pass, and what it gave instead, grouped.

    The details are nested JSON lists, read for one question's not-quite answers (at most one per pupil)."""
    result: dict[uuid.UUID, list] = {}
    code_questions = [q for q in assessment.questions if q.type in ("python_code", "code_debug")]
    for question in code_questions:
        rows = (
            await session.execute(
                select(Answer.mark_details)
                .where(Answer.attempt_id.in_(chosen), Answer.question_id == question.id,
                       Answer.is_correct.is_not(True), Answer.status == MarkingStatus.marked)
            )
        ).scalars().all()
        groups: Counter = Counter()
        for details in rows:
            status = (details or {}).get("status")
            if status and status != "ok":
                groups[(status, None, None, None)] += 1
            for test in (details or {}).get("tests", []):
                if not test.get("passed"):
                    groups[("test", test.get("input"), test.get("expected"), test.get("got") or test.get("error"))] += 1
        result[question.id] = [
            {"kind": kind, "input": given, "expected": expected, "got": got, "count": n,
             "summary": _failure_summary(kind, given, expected, got, n)}
            for (kind, given, expected, got), n in groups.most_common(6)
        ]
    return result


def _failure_summary(kind: str, given, expected, got, n: int) -> str:
    pupils = f"{n} pupil{'s' if n != 1 else ''}"
    if kind != "test":
        reason = {"timeout": "code took too long (a loop that does not stop)", "syntax_error": "code had a syntax error",
                  "memory": "code used too much memory", "keyword_rule": "code did not follow a keyword rule",
                  "empty": "left the code empty", "unchanged": "left the buggy code unchanged"}.get(kind, kind)
        return f"{pupils}: {reason}"
    return f"{pupils}: {given} gave {got!s} instead of {expected!s}"


async def responses(session: AsyncSession, *, assessment_id: uuid.UUID, question_id: uuid.UUID, teacher: User,
                    class_id: uuid.UUID | None, only: str = "all", limit: int = 50) -> dict:
    """Sample responses to one question (for clicking through from the analysis)."""
    assessment, class_ids = await _scope(session, assessment_id, teacher, class_id)
    question = next((q for q in assessment.questions if q.id == question_id), None)
    if question is None:
        raise NotFound("That question is not part of this assessment.")
    chosen = await _completed_ids(session, assessment.id, class_ids)
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
    return {
        "question_id": question.id, "type": question.type, "question_text": question.question_text,
        "responses": [
            {"pupil_id": pid, "name": name, "answer_id": a.id, "answer_data": a.answer_data, "score": a.score,
             "max_score": a.max_score, "is_correct": a.is_correct, "status": a.status.value, "tries": a.tries,
             "hint_used": a.hint_used, "scaffold_used": a.scaffold_used, "feedback": a.feedback}
            for a, name, pid in rows
        ],
    }


# --- Mastery by objective and strand -------------------------------------------------------------------------

def _rollup(rows) -> tuple[list[dict], list[dict]]:
    """(objectives, strands) mastery from per-question score sums [(question, objective, earned, possible)]."""
    by_objective: dict = defaultdict(lambda: [0.0, 0.0])
    by_strand: dict = defaultdict(lambda: [0.0, 0.0])
    for question, objective, earned, possible in rows:
        if objective is not None:
            by_objective[objective][0] += earned
            by_objective[objective][1] += possible
        for strand in question.strands or []:
            by_strand[strand][0] += earned
            by_strand[strand][1] += possible
    objectives = [
        {"objective_id": o.id, "code": o.code, "description": o.description,
         "mastery": round(e / p, 3) if p else None, "earned": round(e, 2), "possible": p}
        for o, (e, p) in sorted(by_objective.items(), key=lambda kv: (kv[0].position, kv[0].code))
    ]
    strands = [
        {"strand": s, "name": STRAND_NAMES.get(s, s), "mastery": round(e / p, 3) if p else None,
         "earned": round(e, 2), "possible": p}
        for s, (e, p) in sorted(by_strand.items())
    ]
    return objectives, strands


async def mastery(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User, class_id: uuid.UUID | None) -> dict:
    assessment, class_ids = await _scope(session, assessment_id, teacher, class_id)
    chosen = await _completed_ids(session, assessment.id, class_ids)
    sums = dict(
        (qid, (earned or 0.0, possible or 0.0))
        for qid, earned, possible in (
            await session.execute(
                select(Answer.question_id, func.sum(Answer.score), func.sum(Answer.max_score))
                .where(Answer.attempt_id.in_(chosen), Answer.score.is_not(None))
                .group_by(Answer.question_id)
            )
        ).all()
    )
    objectives = {o.id: o for o in (await session.execute(
        select(LearningObjective).where(LearningObjective.id.in_(
            [q.learning_objective_id for q in assessment.questions if q.learning_objective_id])))).scalars()}
    rows = [(q, objectives.get(q.learning_objective_id), *sums.get(q.id, (0.0, 0.0))) for q in assessment.questions]
    by_objective, by_strand = _rollup(rows)
    return {"assessment_id": assessment.id, "objectives": by_objective, "strands": by_strand}


# --- One pupil ----------------------------------------------------------------------------------------------

async def pupil_record(session: AsyncSession, *, pupil_id: uuid.UUID, teacher: User) -> dict:
    """Every attempt of a pupil the teacher teaches, their progress over time, and strengths and areas to develop."""
    pupil = await users.get_pupil_for(session, teacher, pupil_id)
    class_rows = (await session.execute(
        select(SchoolClass.id, SchoolClass.name).join(ClassPupil, ClassPupil.class_id == SchoolClass.id)
        .where(ClassPupil.pupil_id == pupil.id).order_by(SchoolClass.name))).all()
    attempts = (await session.execute(
        select(Attempt, Assessment.title, Unit.title, Unit.half_term)
        .join(Assessment, Assessment.id == Attempt.assessment_id)
        .outerjoin(Unit, Unit.id == Assessment.unit_id)
        .where(Attempt.pupil_id == pupil.id, Assessment.deleted_at.is_(None))
        .order_by(Attempt.started_at.desc()))).all()
    hints = dict((await session.execute(
        select(Answer.attempt_id, func.sum(case((Answer.hint_used, 1), else_=0)))
        .where(Answer.attempt_id.in_([a.id for a, *_ in attempts])).group_by(Answer.attempt_id))).all()) if attempts else {}
    sums = (await session.execute(
        select(Question, LearningObjective, func.sum(Answer.score), func.sum(Answer.max_score))
        .join(Answer, Answer.question_id == Question.id)
        .join(Attempt, Attempt.id == Answer.attempt_id)
        .outerjoin(LearningObjective, LearningObjective.id == Question.learning_objective_id)
        .where(Attempt.pupil_id == pupil.id, Attempt.status == AttemptStatus.completed, Answer.score.is_not(None))
        .group_by(Question.id, LearningObjective.id))).all()
    by_objective, by_strand = _rollup([(q, o, e or 0.0, p or 0.0) for q, o, e, p in sums])
    return {
        "pupil": {"id": pupil.id, "name": pupil.name, "username": pupil.username, "year_group": pupil.year_group,
                  "first_name": pupil.first_name, "last_name": pupil.last_name, "is_active": pupil.is_active,
                  "classes": [{"class_id": c, "class_name": n} for c, n in class_rows]},
        "attempts": [
            {"attempt_id": a.id, "assessment_id": a.assessment_id, "title": title, "attempt_number": a.attempt_number,
             "status": a.status.value, "started_at": a.started_at, "completed_at": a.completed_at,
             "time_taken_seconds": a.time_taken_seconds, "score": a.total_score, "max_score": a.max_score,
             "percentage": a.percentage, "hints_used": int(hints.get(a.id) or 0), "unit_title": unit_title,
             "half_term": half_term}
            for a, title, unit_title, half_term in attempts
        ],
        "progress": [
            {"attempt_id": a.id, "title": title, "completed_at": a.completed_at, "percentage": a.percentage,
             "half_term": half_term}
            for a, title, _u, half_term in sorted(
                (row for row in attempts if row[0].status == AttemptStatus.completed and row[0].percentage is not None),
                key=lambda row: row[0].completed_at)
        ],
        "objectives": by_objective,
        "strands": by_strand,
        "strengths": [o for o in by_objective if o["mastery"] is not None and o["mastery"] >= 0.7],
        "to_develop": [o for o in by_objective if o["mastery"] is not None and o["mastery"] < 0.5],
    }


async def attempt_detail(session: AsyncSession, *, attempt_id: uuid.UUID, teacher: User) -> dict:
    """One attempt answer by answer, each with its full history of tries."""
    attempt = await session.get(Attempt, attempt_id)
    if attempt is None:
        raise NotFound("That attempt does not exist.")
    pupil = await users.get_pupil_for(session, teacher, attempt.pupil_id)
    assessment = await session.get(Assessment, attempt.assessment_id)
    ids = [uuid.UUID(q) for q in attempt.question_order]
    questions = {q.id: q for q in (await session.execute(select(Question).where(Question.id.in_(ids)))).scalars()}
    answers = {a.question_id: a for a in (await session.execute(
        select(Answer).where(Answer.attempt_id == attempt.id))).scalars()}
    history: dict[uuid.UUID, list] = defaultdict(list)
    for h in (await session.execute(
            select(AnswerHistory).join(Answer, Answer.id == AnswerHistory.answer_id)
            .where(Answer.attempt_id == attempt.id).order_by(AnswerHistory.try_number))).scalars():
        history[h.answer_id].append({"try_number": h.try_number, "answer_data": h.answer_data, "score": h.score,
                                     "is_correct": h.is_correct, "feedback": h.feedback, "hint_used": h.hint_used,
                                     "created_at": h.created_at})
    items = []
    for number, qid in enumerate(ids, start=1):
        q = questions.get(qid)
        if q is None:
            continue
        a = answers.get(qid)
        items.append({
            "number": number, "question_id": q.id, "type": q.type, "question_text": q.question_text,
            "points": q.points, "answer_id": a.id if a else None, "answer_data": a.answer_data if a else None,
            "status": a.status.value if a else "not_answered", "score": a.score if a else None,
            "is_correct": a.is_correct if a else None, "feedback": a.feedback if a else None,
            "hint_used": bool(a and a.hint_used), "scaffold_used": bool(a and a.scaffold_used),
            "tries": a.tries if a else 0, "time_taken_seconds": a.time_taken_seconds if a else 0,
            "history": history.get(a.id, []) if a else [],
        })
    return {"attempt_id": attempt.id, "pupil_id": pupil.id, "pupil_name": pupil.name, "title": assessment.title,
            "status": attempt.status.value, "score": attempt.total_score, "max_score": attempt.max_score,
            "percentage": attempt.percentage, "started_at": attempt.started_at, "completed_at": attempt.completed_at,
            "time_taken_seconds": attempt.time_taken_seconds, "answers": items}


# --- CSV export ---------------------------------------------------------------------------------------------

async def export_csv(session: AsyncSession, *, assessment_id: uuid.UUID, teacher: User,
                     class_id: uuid.UUID | None, ip: str | None) -> tuple[str, str]:
    """(filename, CSV text): one row per pupil with their result and each question's score."""
    results = await class_results(session, assessment_id=assessment_id, teacher=teacher, class_id=class_id)
    assessment, class_ids = await _scope(session, assessment_id, teacher, class_id)
    chosen = _chosen_attempts(assessment.id, class_ids)
    scores: dict[tuple, float | None] = {
        (attempt_id, qid): score
        for attempt_id, qid, score in (await session.execute(
            select(Answer.attempt_id, Answer.question_id, Answer.score).join(chosen, Answer.attempt_id == chosen.c.id)
        )).all()
    }
    out = io.StringIO()
    writer = csv.writer(out)
    numbers = [f"Q{i}" for i in range(1, len(assessment.questions) + 1)]
    writer.writerow(["Last name", "First name", "Username", "Class", "Status", "Score", "Out of", "Percentage",
                     "Minutes taken", "Completed at", "Hints used", *numbers])
    for p in results["pupils"]:
        minutes = round(p["time_taken_seconds"] / 60, 1) if p["time_taken_seconds"] else ""
        per_question = [
            _csv_number(scores.get((p["attempt_id"], q.id))) if p["status"] == "completed" else ""
            for q in assessment.questions
        ]
        writer.writerow([
            _csv_safe(p["last_name"] or ""), _csv_safe(p["first_name"] or p["name"]), p["username"],
            _csv_safe(p["class_name"] or ""), p["status"].replace("_", " "),
            _csv_number(p["score"]), _csv_number(p["max_score"] if p["status"] == "completed" else None),
            _csv_number(p["percentage"]), minutes,
            p["completed_at"].strftime("%Y-%m-%d %H:%M") if p["completed_at"] else "", p["hints_used"], *per_question,
        ])
    await audit.record(session, "results.export", user=teacher, entity_type="assessment", entity_id=assessment.id,
                       details={"class_ids": [str(c) for c in class_ids], "rows": len(results["pupils"])}, ip=ip)
    safe_title = "".join(ch if ch.isalnum() else "-" for ch in assessment.title).strip("-")[:60] or "results"
    return f"{safe_title}-results.csv", out.getvalue()


def _csv_number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0").rstrip(".")


def _csv_safe(value: str) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas; a pupil's name must never do that."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# --- Teacher dashboard --------------------------------------------------------------------------------------

async def dashboard(session: AsyncSession, *, teacher: User) -> dict:
    items = await assessments.list_for_teacher(session, teacher)
    counts = Counter(item["status"].value for item in items)
    my_classes = await classes.class_ids_for(session, teacher)
    week_ago = utcnow() - timedelta(days=7)
    visible_ids = [item["id"] for item in items]
    scope = [Attempt.assessment_id.in_(visible_ids)]
    if my_classes is not None:
        scope.append(or_(Attempt.class_id.in_(my_classes), Attempt.assessment_id.in_(
            [i["id"] for i in items if i["owner_id"] == teacher.id])))
    this_week = await session.scalar(
        select(func.count()).where(*scope, Attempt.started_at >= week_ago)) if visible_ids else 0
    completed_week = await session.scalar(
        select(func.count()).where(*scope, Attempt.status == AttemptStatus.completed,
                                   Attempt.completed_at >= week_ago)) if visible_ids else 0
    activity = []
    if visible_ids:
        day = func.date(Attempt.completed_at)
        rows = await session.execute(
            select(Assessment.id, Assessment.title, SchoolClass.name, day, func.count(), func.max(Attempt.completed_at))
            .join(Assessment, Assessment.id == Attempt.assessment_id)
            .outerjoin(SchoolClass, SchoolClass.id == Attempt.class_id)
            .where(*scope, Attempt.status == AttemptStatus.completed, Attempt.completed_at >= utcnow() - timedelta(days=14))
            .group_by(Assessment.id, Assessment.title, SchoolClass.name, day)
            .order_by(func.max(Attempt.completed_at).desc())
            .limit(10)
        )
        for assessment_id, title, class_name, _day, n, last in rows:
            who = f"{n} pupil{'s' if n != 1 else ''}" + (f" in {class_name}" if class_name else "")
            activity.append({"assessment_id": assessment_id, "title": title, "class_name": class_name,
                             "count": n, "when": last, "text": f"{who} completed ‘{title}’"})
    waiting = await session.scalar(
        select(func.count()).select_from(Answer).join(Attempt, Attempt.id == Answer.attempt_id)
        .where(*scope, Answer.status.in_(WAITING))) if visible_ids else 0
    return {
        "counts": {status.value: counts.get(status.value, 0) for status in AssessmentStatus},
        "attempts_this_week": this_week or 0,
        "completed_this_week": completed_week or 0,
        "waiting_for_marking": waiting or 0,
        "recent_activity": activity,
        "recent_assessments": [
            {k: item[k] for k in ("id", "title", "status", "average_percentage", "completed_count", "attempt_count",
                                  "updated_at", "classes")}
            for item in items[:8]
        ],
    }

