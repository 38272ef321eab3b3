"""AI marking of written answers through the real `openai` SDK against a local OpenAI-compatible server:
good answers, malformed JSON, invented quotes, a model that is down with a fallback, several runs aggregated by
each method, a provider that is down, no AI at all — and that nothing about the pupil is ever sent."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import async_sessionmaker

from app.config import get_settings
from app.db import create_engine
from app.models import (
    AIMarkingRun,
    AIUsage,
    Answer,
    AnswerHistory,
    AppSetting,
    Assessment,
    AssessmentClass,
    AssessmentStatus,
    Attempt,
    AttemptStatus,
    ClassPupil,
    Job,
    JobStatus,
    MarkingStatus,
    Question,
    Role,
    SchoolClass,
    User,
    utcnow,
)
from app.services.core import jobs
from app.services.marking import ai_suggestions
from tests.factories import checked_config
from tests.fake_openai import FakeOpenAI, Reply

ESSAY = ("An algorithm is a set of step by step instructions that solves a problem. "
         "For example a recipe for making a cake is an algorithm because you follow the steps in order.")
SCHEME = [("Says that an algorithm is a set of steps to solve a problem", 2),
          ("Gives an everyday example, such as a recipe", 2)]


def run(points1: float, points2: float, *, quote1="set of step by step instructions", quote2="a recipe for making a cake",
        feedback="Nearly there. You explained what an algorithm is. Next time give an example.") -> dict:
    return {"criteria": [
        {"criterion": SCHEME[0][0], "met": points1 > 0, "evidence": quote1 if points1 > 0 else "", "points": points1},
        {"criterion": SCHEME[1][0], "met": points2 > 0, "evidence": quote2 if points2 > 0 else "", "points": points2},
    ], "total_points": points1 + points2, "feedback": feedback}


@pytest.fixture
async def world(database_url, monkeypatch):
    """Committed data (the job worker uses its own sessions): a pupil's submitted essay awaiting marking."""
    settings = get_settings()
    engine = create_engine(database_url)
    maker = async_sessionmaker(engine, expire_on_commit=False)
    server = FakeOpenAI().start()
    monkeypatch.setattr(settings, "openai_base_url", server.base_url)
    monkeypatch.setattr(settings, "openai_api_key", "test-key")
    monkeypatch.setattr(settings, "openai_max_retries", 0)
    monkeypatch.setattr(settings, "openai_timeout_seconds", 5.0)
    tag = uuid.uuid4().hex[:6]
    async with maker() as s:
        teacher = User(username=f"t{tag}", password_hash="x", name="Ms Teacher", role=Role.teacher)
        pupil = User(username=f"p{tag}", password_hash="x", name="Zelda Quartermain", first_name="Zelda",
                     last_name="Quartermain", role=Role.pupil)
        school_class = SchoolClass(name=f"7{tag}", year_group=7, academic_year="2026-27")
        s.add_all([teacher, pupil, school_class])
        await s.flush()
        s.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
        assessment = Assessment(title="Algorithms", owner_id=teacher.id, status=AssessmentStatus.published,
                                ai_marking={}, generation={})
        s.add(assessment)
        await s.flush()
        s.add(AssessmentClass(assessment_id=assessment.id, class_id=school_class.id))
        config = await checked_config("extended_text", {
            "type": "extended_text", "min_words": 10, "max_words": 200, "ai_marking_enabled": True,
            "ai_marking_prompt": "Be kind about spelling.",
            "marking_guide": {"points_available": 4, "mark_scheme": [{"criterion": c, "points": p} for c, p in SCHEME]}})
        question = Question(assessment_id=assessment.id, position=0, type="extended_text", points=4,
                            question_text="Explain what an algorithm is, with an example.", config=config,
                            feedback={}, strands=[], tags=[], warnings=[])
        s.add(question)
        await s.flush()
        attempt = Attempt(pupil_id=pupil.id, assessment_id=assessment.id, class_id=school_class.id,
                          status=AttemptStatus.completed, question_order=[str(question.id)], option_seed=0,
                          started_at=utcnow(), completed_at=utcnow())
        s.add(attempt)
        await s.flush()
        answer = Answer(attempt_id=attempt.id, question_id=question.id, answer_data={"text": ESSAY}, seq=1,
                        status=MarkingStatus.awaiting_marking, max_score=4.0, released=False, mark_details={},
                        time_taken_seconds=60, tries=1, hint_used=False, scaffold_used=False, submitted_at=utcnow())
        s.add(answer)
        await s.flush()
        s.add(AnswerHistory(answer_id=answer.id, try_number=1, answer_data={"text": ESSAY},
                            status=MarkingStatus.awaiting_marking, mark_details={}, released=False))
        await s.commit()
    ids = {"teacher": teacher.id, "pupil": pupil.id, "class": school_class.id, "assessment": assessment.id,
           "question": question.id, "attempt": attempt.id, "answer": answer.id}
    yield {"maker": maker, "server": server, "ids": ids}
    server.stop()
    async with maker() as s:
        await s.execute(delete(Job))
        await s.execute(delete(AIUsage))
        await s.execute(delete(AppSetting))
        await s.execute(delete(Assessment).where(Assessment.id == ids["assessment"]))
        await s.execute(delete(SchoolClass).where(SchoolClass.id == ids["class"]))
        await s.execute(delete(User).where(User.id.in_([ids["teacher"], ids["pupil"]])))
        await s.commit()
    await engine.dispose()


async def _request_and_run(world, *, ai_marking_settings: dict | None = None, admin_settings: dict | None = None):
    maker, ids = world["maker"], world["ids"]
    async with maker() as s:
        if ai_marking_settings is not None:
            (await s.get(Assessment, ids["assessment"])).ai_marking = ai_marking_settings
        if admin_settings is not None:
            s.add(AppSetting(key="ai", value=admin_settings))
        answer = await s.get(Answer, ids["answer"])
        question = await s.get(Question, ids["question"])
        queued = await ai_suggestions.request(s, answer=answer, question=question)
        await s.commit()
    await jobs.Worker(lambda: maker).run_until_idle()
    async with maker() as s:
        answer = await s.get(Answer, ids["answer"])
        runs = (await s.execute(select(AIMarkingRun).where(AIMarkingRun.answer_id == ids["answer"])
                                .order_by(AIMarkingRun.model, AIMarkingRun.run_index))).scalars().all()
        job = (await s.execute(select(Job).order_by(Job.created_at.desc()).limit(1))).scalar_one_or_none()
    return queued, answer, runs, job


async def test_good_answer_gives_a_suggestion_with_evidence_and_nothing_personal_is_sent(world):
    world["server"].script(Reply.json(run(2, 1), usage=(900, 120)))
    queued, answer, runs, job = await _request_and_run(world)
    assert queued
    assert job.status == JobStatus.done
    assert answer.status == MarkingStatus.ai_suggested
    assert answer.released is False
    assert answer.score is None
    suggestion = answer.ai_suggestion
    assert suggestion["state"] == "suggested"
    assert suggestion["scheme_score"] == 3.0
    assert suggestion["score"] == 3.0
    assert suggestion["criteria"][0]["evidence"] == "set of step by step instructions"
    assert suggestion["spread"] == 0
    assert suggestion["runs"] == 1
    assert len(runs) == 1
    sent = str(world["server"].completions[0].json)
    assert ESSAY[:40] in sent
    assert "Be kind about spelling" in sent
    for personal in ("Zelda", "Quartermain", str(world["ids"]["pupil"]), str(world["ids"]["attempt"])):
        assert personal not in sent
    async with world["maker"]() as s:
        usage = (await s.execute(select(AIUsage).where(AIUsage.operation == "mark"))).scalars().all()
    assert usage
    assert usage[0].input_tokens == 900
    assert usage[0].output_tokens == 120


async def test_malformed_json_and_an_invented_quote_are_sent_back_to_be_corrected(world):
    world["server"].script(
        Reply.text("{not json at all"),
        Reply.json(run(2, 2, quote2="he likes making pancakes on sunday")),
        Reply.json(run(2, 2)),
    )
    _queued, answer, _runs, job = await _request_and_run(world)
    assert job.status == JobStatus.done
    assert answer.ai_suggestion["scheme_score"] == 4.0
    correction = world["server"].completions[2].json["messages"][-1]["content"]
    assert "is not in the pupil's answer" in correction


@pytest.mark.parametrize("method,expected", [("mean", 2.5), ("median", 2.5), ("trimmed_mean", 2.5),
                                             ("weighted_mean", (1 * 1 + 4 * 3) / 4)])
async def test_two_models_aggregated_by_each_method(world, method, expected):
    by_model = {"model-a": run(1, 0), "model-b": run(2, 2)}
    world["server"].responder = lambda request: Reply.json(by_model[request.json["model"]])
    _queued, answer, runs, job = await _request_and_run(
        world, ai_marking_settings={"models": ["model-a", "model-b"], "runs_per_model": 1, "aggregation": method,
                                    "model_weights": {"model-a": 1.0, "model-b": 3.0}},
    )
    assert job.status == JobStatus.done
    assert sorted(r.score for r in runs) == [1.0, 4.0]
    assert answer.ai_suggestion["scheme_score"] == pytest.approx(expected, abs=0.01)
    assert answer.ai_suggestion["spread"] == 3.0
    assert answer.ai_suggestion["models"] == ["model-a", "model-b"]


def test_aggregation_methods_with_known_numbers():
    scores = [("a", 1.0), ("a", 2.0), ("b", 4.0)]
    assert ai_suggestions.aggregate(scores, "mean") == pytest.approx(7 / 3)
    assert ai_suggestions.aggregate(scores, "median") == 2.0
    assert ai_suggestions.aggregate(scores, "trimmed_mean") == 2.0  # drops 1 and 4
    assert ai_suggestions.aggregate(scores, "weighted_mean", {"a": 1, "b": 3}) == pytest.approx((1 + 2 + 12) / 5)
    assert ai_suggestions.aggregate([("a", 3.0), ("b", 1.0)], "trimmed_mean") == 2.0  # too few runs to trim


async def test_three_runs_aggregated_and_spread(world):
    queue = [run(1, 0), run(2, 0), run(2, 2)]
    world["server"].responder = lambda request: Reply.json(queue.pop(0))
    _queued, answer, runs, _job = await _request_and_run(
        world, ai_marking_settings={"models": ["fake-model"], "runs_per_model": 3, "aggregation": "trimmed_mean"})
    assert sorted(r.score for r in runs) == [1.0, 2.0, 4.0]
    assert answer.ai_suggestion["scheme_score"] == 2.0
    assert answer.ai_suggestion["spread"] == 3.0
    assert answer.ai_suggestion["scores"]
    assert answer.ai_suggestion["runs"] == 3


async def test_a_model_that_is_down_falls_back_to_the_fallback_model(world):
    def responder(request):
        if request.json["model"] == "broken-model":
            return Reply.error(500)
        return Reply.json(run(2, 2))

    world["server"].responder = responder
    _queued, answer, runs, job = await _request_and_run(
        world, admin_settings={"marking_models": ["broken-model"], "fallback_model": "backup-model",
                               "runs_per_model": 1})
    assert job.status == JobStatus.done
    assert [(r.model, r.ok) for r in runs] == [("backup-model", True), ("broken-model", False)]
    assert answer.ai_suggestion["models"] == ["backup-model"]


async def test_provider_down_puts_the_job_back_and_tells_the_teacher(world):
    world["server"].responder = lambda request: Reply.error(503)
    _queued, answer, _runs, job = await _request_and_run(world)
    assert job.status == JobStatus.queued
    assert job.run_after > utcnow()
    assert answer.status == MarkingStatus.awaiting_marking
    assert answer.ai_suggestion["state"] == "retrying"
    assert "not answering" in answer.ai_suggestion["message"]


async def test_wrong_key_fails_clearly(world):
    world["server"].responder = lambda request: Reply.error(401, "Incorrect API key")
    _queued, answer, _runs, job = await _request_and_run(world)
    assert job.status == JobStatus.failed
    assert "AI settings" in job.error
    assert answer.ai_suggestion["state"] == "failed"


async def test_no_ai_configured_leaves_the_answer_for_the_teacher(world, monkeypatch):
    monkeypatch.setattr(get_settings(), "openai_base_url", "")
    monkeypatch.setattr(get_settings(), "openai_api_key", "")
    queued, answer, runs, _job = await _request_and_run(world)
    assert queued is False
    assert runs == []
    assert answer.status == MarkingStatus.awaiting_marking
    assert world["server"].completions == []


async def test_auto_release_lets_the_pupil_see_the_ai_mark(world):
    async with world["maker"]() as s:
        (await s.get(Assessment, world["ids"]["assessment"])).auto_release_ai_marks = True
        await s.commit()
    world["server"].script(Reply.json(run(2, 2)))
    _queued, answer, _runs, _job = await _request_and_run(world)
    assert answer.released is True
    assert answer.score == 4.0
    assert answer.is_correct is True
    async with world["maker"]() as s:
        attempt = await s.get(Attempt, world["ids"]["attempt"])
    assert attempt.total_score == 4.0
