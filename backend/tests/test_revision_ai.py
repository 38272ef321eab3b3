"""Asking the AI again, and AI suggestions for drafts sent in a revision window, through the real `openai` SDK
against the local OpenAI-compatible test server (tests/fake_openai.py). Committed data: the job worker uses its
own sessions."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.config import get_settings
from app.db import create_engine
from app.errors import Conflict
from app.models import (
    AIUsage,
    Answer,
    AnswerHistory,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    Job,
    MarkingStatus,
    Question,
    RevisionWindow,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.schemas.revision import RevisionSaveIn
from app.services.attempts import revising
from app.services.core import jobs
from app.services.marking import ask_again
from tests.factories import checked_config
from tests.fake_openai import FakeOpenAI, Reply

SCHEME = [("Says that an algorithm is a set of steps to solve a problem", 2), ("Gives an everyday example", 2)]
ESSAY = "An algorithm is a set of steps to solve a problem."
BETTER = "An algorithm is a set of steps to solve a problem. For example a recipe for a cake."


def reply(points1: float, points2: float) -> Reply:
    return Reply.json({"criteria": [
        {"criterion": SCHEME[0][0], "met": points1 > 0, "evidence": "a set of steps" if points1 else "",
         "points": points1},
        {"criterion": SCHEME[1][0], "met": points2 > 0, "evidence": "a recipe for a cake" if points2 else "",
         "points": points2},
    ], "total_points": points1 + points2, "feedback": "Well done. You explained it and gave an example."})


async def _pupil_with_essay(s, school_class, assessment, question, tag: str, *, suggestion: dict | None,
                            released: bool = False) -> Answer:
    pupil = User(username=f"p{tag}", password_hash="x", name=f"Pupil {tag}", role=Role.pupil)
    s.add(pupil)
    await s.flush()
    s.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
    attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id,
                      status=AttemptStatus.completed, question_order=[str(question.id)], option_seed=0,
                      started_at=utcnow(), completed_at=utcnow())
    s.add(attempt)
    await s.flush()
    status = MarkingStatus.teacher_marked if released else MarkingStatus.awaiting_marking
    answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data={"text": ESSAY}, seq=1,
                    status=status, max_score=4.0, released=released, score=2.0 if released else None,
                    feedback="Add an example." if released else None, mark_details={}, time_taken_seconds=60,
                    tries=1, hint_used=False, scaffold_used=False, submitted_at=utcnow(), ai_suggestion=suggestion)
    s.add(answer)
    await s.flush()
    s.add(AnswerHistory(answer_id=answer.id, try_number=1, answer_data={"text": ESSAY}, status=status,
                        score=answer.score, feedback=answer.feedback, mark_details={}, released=released))
    return answer


@pytest.fixture
async def world(database_url, monkeypatch):
    """Three finished essays: one sent before an AI key was set (no suggestion), one whose AI marking failed, one
    marked and released (to be revised)."""
    settings = get_settings()
    engine = create_engine(database_url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    server = FakeOpenAI().start()
    monkeypatch.setattr(settings, "openai_base_url", server.base_url)
    monkeypatch.setattr(settings, "openai_api_key", "test-key")
    monkeypatch.setattr(settings, "openai_max_retries", 0)
    tag = uuid.uuid4().hex[:6]
    async with maker() as s:
        teacher = User(username=f"t{tag}", password_hash="x", name="Ms Teacher", role=Role.teacher)
        school_class = SchoolClass(name=f"7{tag}", year_group=7, academic_year="2026-27")
        s.add_all([teacher, school_class])
        await s.flush()
        assessment = Assessment(title="Algorithms", owner_id=teacher.id, status=AssessmentStatus.published,
                                ai_marking={}, generation={})
        s.add(assessment)
        await s.flush()
        s.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id))
        config = await checked_config("extended_text", {
            "type": "extended_text", "min_words": 5, "max_words": 200, "ai_marking_enabled": True,
            "marking_guide": {"points_available": 4, "mark_scheme": [{"criterion": c, "points": p} for c, p in SCHEME]}})
        question = Question(assessment_id=assessment.id, position=0, type="extended_text", points=4,
                            question_text="Explain what an algorithm is, with an example.", config=config,
                            feedback={}, strands=[], tags=[], warnings=[])
        s.add(question)
        await s.flush()
        before_key = await _pupil_with_essay(s, school_class, assessment, question, f"a{tag}", suggestion=None)
        failed = await _pupil_with_essay(s, school_class, assessment, question, f"b{tag}",
                                         suggestion={"state": "failed", "message": "The AI could not suggest."})
        revised = await _pupil_with_essay(s, school_class, assessment, question, f"c{tag}", suggestion=None,
                                          released=True)
        await s.commit()
    yield {"maker": maker, "server": server, "teacher": teacher, "assessment": assessment, "class": school_class,
           "question": question, "before_key": before_key, "failed": failed, "revised": revised}
    server.stop()
    async with maker() as s:
        await s.execute(delete(Job))
        await s.execute(delete(AIUsage))
        await s.execute(delete(Assessment).where(Assessment.id == assessment.id))
        await s.execute(delete(SchoolClass).where(SchoolClass.id == school_class.id))
        await s.execute(delete(User).where(User.username.like(f"%{tag}")))
        await s.commit()
    await engine.dispose()


async def _answer(world, answer: Answer) -> Answer:
    async with world["maker"]() as s:
        return await s.get(Answer, answer.id)


async def test_asking_for_all_queues_the_answers_without_a_suggestion_and_they_get_one(world):
    world["server"].responder = lambda _request: reply(2, 0)
    async with world["maker"]() as s:
        teacher = await s.get(User, world["teacher"].id)
        asked = await ask_again.ask_for_all(s, teacher=teacher, assessment_id=world["assessment"].id,
                                            question_id=None, ip=None)
        await s.commit()
    assert asked.queued == 2  # the released one has a mark already
    await jobs.Worker(lambda: world["maker"]).run_until_idle()
    for which in ("before_key", "failed"):
        answer = await _answer(world, world[which])
        assert answer.status == MarkingStatus.ai_suggested, which
        assert answer.ai_suggestion["score"] == 2.0, which
    assert len(world["server"].completions) == 2


async def test_asking_for_one_answer_and_refusing_one_already_on_its_way(world):
    world["server"].responder = lambda _request: reply(2, 0)
    async with world["maker"]() as s:
        teacher = await s.get(User, world["teacher"].id)
        asked = await ask_again.ask_for_answer(s, teacher=teacher, answer_id=world["failed"].id, ip=None)
        await s.commit()
        assert asked.queued == 1
        with pytest.raises(Conflict, match="already working on this answer"):
            await ask_again.ask_for_answer(s, teacher=teacher, answer_id=world["failed"].id, ip=None)
    await jobs.Worker(lambda: world["maker"]).run_until_idle()
    answer = await _answer(world, world["failed"])
    assert answer.ai_suggestion["state"] == "suggested"
    assert answer.ai_suggestion["score"] == 2.0
    untouched = await _answer(world, world["before_key"])
    assert untouched.ai_suggestion is None


async def test_a_draft_sent_in_a_revision_window_gets_its_own_ai_suggestion(world):
    world["server"].responder = lambda _request: reply(2, 2)
    async with world["maker"]() as s:
        s.add(RevisionWindow(assessment_id=world["assessment"].id, class_id=world["class"].id,
                             question_ids=[str(world["question"].id)], opens_at=utcnow() - timedelta(minutes=1),
                             closes_at=utcnow() + timedelta(days=1)))
        attempt = await s.get(Attempt, world["revised"].attempt_id)
        pupil = await s.get(User, attempt.pupil_id)
        sent = await revising.send(s, pupil=pupil, attempt_id=attempt.id, question_id=world["question"].id,
                                   body=RevisionSaveIn(answer_data={"text": BETTER}, seq=1))
        await s.commit()
    assert sent.waiting_for_teacher is True
    await jobs.Worker(lambda: world["maker"]).run_until_idle()
    answer = await _answer(world, world["revised"])
    assert answer.tries == 2
    assert answer.status == MarkingStatus.ai_suggested
    assert answer.ai_suggestion["score"] == 4.0
    assert BETTER in str(world["server"].completions[0].json)
