"""The generation API end to end: POST /api/assessments/generate → a job the worker runs → GET /api/jobs/{id}
done with the draft's id; the AI path through the real SDK to a local server; regenerating one question;
roles, the hourly limit and clear refusals."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app import question_types as engine
from app import sandbox
from app.config import get_settings
from app.models import AIUsage, Assessment, AssessmentStatus, Job, JobStatus, Question, Role, Unit
from app.services.generation.job import NO_AI, NO_MATERIALS
from tests.factories import make_class, make_user
from tests.fake_openai import Reply
from tests.generation import ai_answers

SUMMARY = {"summary": "Binary uses 0 and 1. Python runs instructions in sequence.",
           "key_facts": ["A byte is 8 bits"], "vocabulary": [{"term": "Bit", "definition": "a 0 or a 1"}]}


def schema_name(request) -> str | None:
    return ((request.json.get("response_format") or {}).get("json_schema") or {}).get("name")


def answer_everything(draft: dict | None = None, one: dict | None = None):
    """A responder for the fake server that answers each kind of request well."""
    def respond(request):
        name = schema_name(request)
        if name == "materials_summary":
            return Reply.json(SUMMARY, usage=(800, 120))
        if name == "one_question":
            return Reply.json({"question": one or ai_answers.binary(3, given="1111", answer="15")}, usage=(900, 200))
        return Reply.json(draft or ai_answers.good_draft(6), usage=(3000, 2500))
    return respond


async def start(client, unit_id, **changes) -> dict:
    body = {"unit_id": str(unit_id), "title": "Binary check-up", "num_questions": 6, **changes}
    response = await client.post("/api/assessments/generate", json=body)
    assert response.status_code == 202, response.text
    return response.json()


async def finished_job(client, run_jobs, session, job_id) -> dict:
    await run_jobs(session)
    response = await client.get(f"/api/jobs/{job_id}")
    assert response.status_code == 200
    return response.json()


async def test_offline_generation_through_the_api_makes_a_valid_draft(client, session, teacher,
                                                                       unit_with_objectives, run_jobs):
    await client.login("gen_teacher")
    options = (await client.get("/api/generation/options")).json()
    assert options["ai_available"] is False
    assert options["default_generator"] == "offline"
    started = await start(client, unit_with_objectives.id, num_questions=8, seed=42, time_limit_minutes=20)
    assert started["generator"] == "offline"
    queued = (await client.get(f"/api/jobs/{started['job_id']}")).json()
    assert queued["status"] == "queued"
    assert queued["assessment_id"] is None
    job = await finished_job(client, run_jobs, session, started["job_id"])
    assert job["status"] == "done", job
    assert job["progress"] == 100, job
    assert job["error"] is None, job
    draft = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()
    assert draft["status"] == "draft"
    assert draft["title"] == "Binary check-up"
    assert draft["time_limit_minutes"] == 20
    assert draft["unit_id"] == str(unit_with_objectives.id)
    assert draft["year_group"] == 7
    assert len(draft["questions"]) == 8
    assert draft["total_points"] == sum(q["points"] for q in draft["questions"])
    assert draft["generation"]["model"] == "offline generator"
    assert draft["generation"]["seed"] == 42
    assert draft["generation"]["job_id"] == started["job_id"]
    assert len({q["type"] for q in draft["questions"]}) >= 4
    assert [q["position"] for q in draft["questions"]] == list(range(8))
    assert all(q["learning_objective_id"] for q in draft["questions"])  # tagged with the teacher's objectives
    for question in draft["questions"]:
        assert not [w for w in question["warnings"] if w["severity"] == "error"]
        assert (await engine.check(question["config"], sandbox=sandbox)).ok
    # The draft can be published as it is.
    school_class = await make_class(session, teachers=[teacher])
    published = await client.post(f"/api/assessments/{job['assessment_id']}/publish",
                                  json={"classes": [{"class_id": str(school_class.id)}]})
    assert published.status_code == 200
    assert published.json()["status"] == "published"


async def test_ai_generation_sends_only_the_teachers_materials_and_logs_usage(client, session, teacher,
                                                                              unit_with_objectives, run_jobs,
                                                                              fake_ai, ai_settings):
    pupil = await make_user(session, Role.pupil, username="pupil_zed")
    await make_class(session, teachers=[teacher], pupils=[pupil])
    fake_ai.responder = answer_everything()
    await client.login("gen_teacher")
    assert (await client.get("/api/generation/options")).json()["ai_available"] is True
    started = await start(client, unit_with_objectives.id, teacher_instructions="Focus on binary to denary.")
    assert started["generator"] == "ai"
    job = await finished_job(client, run_jobs, session, started["job_id"])
    assert job["status"] == "done", job
    draft = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()
    assert draft["generation"]["model"] == "gpt-4o-mini"
    assert draft["generation"]["provider"].startswith("127.0.0.1")
    assert [q["type"] for q in draft["questions"]] == ["multiple_choice", "text_input", "matching", "logic_gates",
                                                       "ordering", "python_code"]
    logic = draft["questions"][3]
    assert logic["config"]["truth_table"][3]["inputs"] == {"A": 1, "B": 1}  # strict-form entries turned back
    request = fake_ai.completions[0]
    assert request.json["response_format"]["json_schema"]["name"] == "assessment_draft"
    assert "Convert a denary number between 0 and 255 into binary" in request.text  # the teacher's objective
    assert "Focus on binary to denary." in request.text
    for private in (pupil.first_name, pupil.last_name, pupil.username, teacher.name, teacher.username):
        assert private not in request.text
    rows = list((await session.execute(select(AIUsage).where(AIUsage.user_id == teacher.id))).scalars())
    assert [(r.operation, r.ok, r.input_tokens) for r in rows] == [("generate", True, 3000)]
    assert rows[0].cost_estimate > 0


async def test_a_question_the_repairs_cannot_fix_is_asked_for_again_once(client, session, teacher,
                                                                          unit_with_objectives, run_jobs, fake_ai,
                                                                          ai_settings):
    broken = ai_answers.good_draft(6)
    for option in broken["questions"][0]["config"]["options"]:
        option["is_correct"] = False  # no right answer: nothing mechanical can mend that
    fake_ai.script(Reply.json(broken), Reply.json({"question": ai_answers.multiple_choice(1)}))
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session, (await start(client, unit_with_objectives.id))["job_id"])
    assert job["status"] == "done"
    repair_request = fake_ai.completions[1]
    assert repair_request.json["response_format"]["json_schema"]["name"] == "one_question"
    assert "Mark one option as the correct answer" in repair_request.text
    draft = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()
    first = draft["questions"][0]
    assert first["type"] == "multiple_choice"
    assert not [w for w in first["warnings"] if w["severity"] == "error"]
    operations = [r.operation for r in (await session.execute(select(AIUsage))).scalars()]
    assert operations == ["generate", "repair"]


async def test_negative_phrasing_is_asked_for_again_in_the_positive(client, session, teacher, unit_with_objectives,
                                                                      run_jobs, fake_ai, ai_settings):
    draft = ai_answers.good_draft(6)
    draft["questions"][0]["question_text"] = "Which of these is NOT a number of bits in a byte? Select ONE answer."
    fake_ai.script(Reply.json(draft), Reply.json({"question": ai_answers.multiple_choice(1)}))
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session, (await start(client, unit_with_objectives.id))["job_id"])
    assert 'Uses "NOT" in capitals' in fake_ai.completions[1].text
    first = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()["questions"][0]
    assert first["question_text"] == "How many bits are in one byte? Select ONE answer."
    assert first["warnings"] == []


async def test_a_question_that_fails_again_becomes_a_warning_and_blocks_publishing(client, session, teacher,
                                                                                     unit_with_objectives, run_jobs,
                                                                                     fake_ai, ai_settings):
    broken = ai_answers.good_draft(6)
    for option in broken["questions"][0]["config"]["options"]:
        option["is_correct"] = False
    still_broken = {"question": broken["questions"][0]}
    fake_ai.script(Reply.json(broken), Reply.json(still_broken))
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session, (await start(client, unit_with_objectives.id))["job_id"])
    assert job["status"] == "done"
    assert len(fake_ai.completions) == 2  # asked again once, not more
    assert any("still has a problem" in w and "correct answer" in w for w in job["warnings"]), job["warnings"]
    draft = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()
    assert any(w["severity"] == "error" for w in draft["questions"][0]["warnings"])
    school_class = await make_class(session, teachers=[teacher])
    refused = await client.post(f"/api/assessments/{job['assessment_id']}/publish",
                                json={"classes": [{"class_id": str(school_class.id)}]})
    assert refused.status_code == 422
    assert "Question 1" in refused.json()["detail"]


async def test_draft_rules_are_repaired_by_order_and_reported_when_they_cannot_be(client, session, teacher,
                                                                                  unit_with_objectives, run_jobs,
                                                                                  fake_ai, ai_settings):
    same = [ai_answers.binary(3, given=format(v, "08b"), answer=str(v)) for v in (5, 9, 17, 33, 65)]
    fake_ai.script(Reply.json({"questions": same}))
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session,
                             (await start(client, unit_with_objectives.id, num_questions=5, difficulty_range=[1, 2],
                                          required_question_types=["matching"]))["job_id"])
    warnings = " ".join(job["warnings"])
    assert "You asked for matching questions; the draft has none" in warnings
    assert "Question 1 has difficulty 3, outside the range 1 to 2 you chose" in warnings
    assert "uses 1 types of question" in warnings
    assert "Questions 1 to 5 are all number conversion" in warnings
    assert "Question 1 has difficulty 3; the first questions should be difficulty 1" in warnings


async def test_large_materials_are_summarised_in_chunks_before_generating(client, session, teacher,
                                                                          unit_with_objectives, run_jobs, fake_ai,
                                                                          ai_settings):
    await ai_settings(max_tokens=250)  # a 1,000-character budget for the materials
    fake_ai.responder = answer_everything()
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session, (await start(client, unit_with_objectives.id))["job_id"])
    assert job["status"] == "done", job
    names = [schema_name(r) for r in fake_ai.completions]
    assert names[-1] == "assessment_draft"
    assert set(names[:-1]) == {"materials_summary"}
    assert len(names) >= 3
    generate = fake_ai.completions[-1].text
    assert "Part 1: Binary uses 0 and 1." in generate
    assert "This lesson introduces binary numbers" not in generate  # the raw text itself was not sent
    assert any("summarised in" in w for w in job["warnings"])
    summary_sizes = [len(r.json["messages"][0]["content"]) for r in fake_ai.completions[:-1]]
    assert max(summary_sizes) < 1000 + 1000  # each chunk within the budget (plus the instructions around it)


async def test_ai_down_puts_the_job_back_in_the_queue_with_the_teachers_message(client, session, teacher,
                                                                               unit_with_objectives, run_jobs,
                                                                               fake_ai, ai_settings):
    fake_ai.responder = lambda request: Reply.error(503, "overloaded")
    await client.login("gen_teacher")
    started = await start(client, unit_with_objectives.id)
    job = await finished_job(client, run_jobs, session, started["job_id"])
    assert job["status"] == "queued"
    assert job["assessment_id"] is None
    assert job["error"].startswith("The AI service is not answering right now. Your draft was not made")
    assert "Trying again in about" in job["message"]


async def test_a_refused_key_fails_the_job_with_a_message_for_the_admin(client, session, teacher,
                                                                         unit_with_objectives, run_jobs, fake_ai,
                                                                         ai_settings):
    fake_ai.expected_api_key = "another-key"
    await client.login("gen_teacher")
    job = await finished_job(client, run_jobs, session, (await start(client, unit_with_objectives.id))["job_id"])
    assert job["status"] == "failed"
    assert job["error"] == "The AI key was refused. Ask the school's admin to check it in Admin → AI settings."


async def test_the_teacher_can_choose_offline_even_when_ai_is_set_up(client, session, teacher, unit_with_objectives,
                                                                      run_jobs, fake_ai, ai_settings):
    await client.login("gen_teacher")
    started = await start(client, unit_with_objectives.id, provider="offline")
    assert started["generator"] == "offline"
    job = await finished_job(client, run_jobs, session, started["job_id"])
    assert job["status"] == "done"
    assert fake_ai.completions == []


async def test_refusals_are_clear(client, session, teacher, unit):
    await client.login("gen_teacher")
    body = {"unit_id": str(unit.id), "title": "T"}
    r = await client.post("/api/assessments/generate", json={**body, "difficulty_range": [4, 2]})
    assert r.status_code == 422
    assert "difficulty_range" in r.json()["detail"]
    r = await client.post("/api/assessments/generate", json={**body, "required_question_types": ["matching"],
                                                             "excluded_question_types": ["matching"]})
    assert r.status_code == 422
    assert "both required and excluded" in r.json()["detail"]
    r = await client.post("/api/assessments/generate", json={**body, "provider": "ai"})
    assert r.status_code == 422
    assert r.json()["detail"] == NO_AI
    r = await client.post("/api/assessments/generate", json={**body, "unit_id": str(uuid.uuid4())})
    assert r.status_code == 404
    empty = Unit(title="Empty", year_group=8, vocabulary=[])
    session.add(empty)
    await session.flush()
    r = await client.post("/api/assessments/generate", json={**body, "unit_id": str(empty.id)})
    assert r.status_code == 422
    assert r.json()["detail"] == NO_MATERIALS


async def test_the_hourly_limit_gives_a_friendly_429(client, session, teacher, unit, monkeypatch):
    monkeypatch.setattr(get_settings(), "rate_limit_generation", 2)
    await client.login("gen_teacher")
    for _ in range(2):
        await start(client, unit.id)
    r = await client.post("/api/assessments/generate", json={"unit_id": str(unit.id), "title": "Third"})
    assert r.status_code == 429
    assert r.headers["retry-after"] == "3600"
    assert r.json()["detail"].startswith("You have started 2 drafts in the last hour")
    jobs = (await session.execute(select(Job).where(Job.created_by_id == teacher.id))).scalars().all()
    assert len(jobs) == 2


async def test_pupils_cannot_generate_or_regenerate(client, session, unit):
    await make_user(session, Role.pupil, username="pupil_gen")
    await client.login("pupil_gen")
    r = await client.post("/api/assessments/generate", json={"unit_id": str(unit.id), "title": "Mine"})
    assert r.status_code == 403
    r = await client.post(f"/api/assessments/{uuid.uuid4()}/questions/{uuid.uuid4()}/regenerate", json={})
    assert r.status_code == 403
    assert (await client.get("/api/generation/options")).status_code == 403


async def _offline_draft(client, session, run_jobs, unit) -> dict:
    job = await finished_job(client, run_jobs, session,
                             (await start(client, unit.id, num_questions=6, seed=3, provider="offline"))["job_id"])
    return (await client.get(f"/api/assessments/{job['assessment_id']}")).json()


async def test_regenerate_one_question_offline(client, session, teacher, unit_with_objectives, run_jobs):
    await client.login("gen_teacher")
    draft = await _offline_draft(client, session, run_jobs, unit_with_objectives)
    target = draft["questions"][2]
    url = f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate"
    same = await client.post(url, json={"keep_type": True})
    assert same.status_code == 200, same.text
    body = same.json()
    assert body["question"]["type"] == target["type"]
    assert body["question"]["id"] == target["id"]
    assert (body["question"]["question_text"], body["question"]["config"]) != (target["question_text"],
                                                                               target["config"])
    assert body["question"]["version"] == target["version"] + 1
    assert "offline generator" in body["notice"]
    changed = await client.post(url, json={"keep_type": False, "question_type": "logic_gates",
                                           "instructions": "make it easier"})
    assert changed.status_code == 200
    assert changed.json()["question"]["type"] == "logic_gates"
    assert (await engine.check(changed.json()["question"]["config"], sandbox=sandbox)).ok


async def test_regenerate_one_question_with_the_ai(client, session, teacher, unit_with_objectives, run_jobs, fake_ai,
                                                    ai_settings):
    await client.login("gen_teacher")
    draft = await _offline_draft(client, session, run_jobs, unit_with_objectives)
    target = next(q for q in draft["questions"] if q["type"] == "binary_convert") if any(
        q["type"] == "binary_convert" for q in draft["questions"]) else draft["questions"][0]
    fake_ai.responder = answer_everything(one=ai_answers.binary(3, given="0000 1111", answer="14"))
    url = f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate"
    r = await client.post(url, json={"keep_type": False, "question_type": "binary_convert",
                                     "instructions": "about nibbles", "provider": "ai"})
    assert r.status_code == 200, r.text
    question = r.json()["question"]
    assert question["type"] == "binary_convert"
    assert question["config"]["correct_answer"] == "15"  # recomputed
    assert "written by the AI" in r.json()["notice"]
    sent = fake_ai.completions[-1]
    assert schema_name(sent) == "one_question"
    assert "about nibbles" in sent.text
    assert sent.json["response_format"]["json_schema"]["schema"]["properties"]["question"]["properties"]["type"][
        "enum"] == ["binary_convert"]
    usage = (await session.execute(select(AIUsage).where(AIUsage.operation == "regenerate"))).scalars().all()
    assert len(usage) == 1
    assert usage[0].ok


async def test_regenerate_with_ai_that_keeps_failing_changes_nothing(client, session, teacher, unit_with_objectives,
                                                                      run_jobs, fake_ai, ai_settings):
    await client.login("gen_teacher")
    draft = await _offline_draft(client, session, run_jobs, unit_with_objectives)
    target = draft["questions"][0]
    broken = ai_answers.multiple_choice(1)
    for option in broken["config"]["options"]:
        option["is_correct"] = False
    broken["type"] = broken["config"]["type"] = target["type"] if target["type"] == "multiple_choice" else (
        "multiple_choice")
    fake_ai.responder = lambda request: Reply.json({"question": broken})
    r = await client.post(f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate",
                          json={"keep_type": False, "question_type": "multiple_choice"})
    assert r.status_code == 422
    assert "was not changed" in r.json()["detail"]
    assert len(fake_ai.completions) == 2  # the first answer, and one re-ask
    unchanged = (await client.get(f"/api/assessments/{draft['id']}")).json()["questions"][0]
    assert unchanged["config"] == target["config"]
    assert unchanged["version"] == target["version"]
    # The calls were still logged, although the request failed.
    logged = (await session.execute(select(AIUsage.operation))).scalars().all()
    assert sorted(logged) == ["regenerate", "repair"]


async def test_regenerate_when_the_ai_is_down_says_so(client, session, teacher, unit_with_objectives, run_jobs,
                                                       fake_ai, ai_settings):
    await client.login("gen_teacher")
    draft = await _offline_draft(client, session, run_jobs, unit_with_objectives)
    fake_ai.responder = lambda request: Reply.error(500)
    target = draft["questions"][0]
    r = await client.post(f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate", json={})
    assert r.status_code == 503
    assert "not answering" in r.json()["detail"]


async def test_another_teacher_cannot_regenerate_my_question(client, session, teacher, unit_with_objectives, run_jobs,
                                                             make_client):
    await make_user(session, Role.teacher, username="other_teacher")
    await client.login("gen_teacher")
    draft = await _offline_draft(client, session, run_jobs, unit_with_objectives)
    other = await make_client()
    await other.login("other_teacher")
    r = await other.post(f"/api/assessments/{draft['id']}/questions/{draft['questions'][0]['id']}/regenerate",
                         json={})
    assert r.status_code == 403
    saved = (await session.execute(select(Assessment).where(Assessment.id == uuid.UUID(draft["id"])))).scalar_one()
    assert saved.status == AssessmentStatus.draft
    count = len((await session.execute(select(Question).where(Question.assessment_id == saved.id))).scalars().all())
    assert count == 6
    job = (await session.execute(select(Job).where(Job.created_by_id == teacher.id))).scalars().first()
    assert job.status == JobStatus.done
