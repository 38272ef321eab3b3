"""Issue 16 through the API: drafts made only from what the unit teaches. A network-security unit whose slides say
"programs" gets no programming questions; a Java unit gets no Python; "Extension:" lines are never put in order;
an example email is never an answer; every offline question records where in the documents it came from; and
the checks warn the teacher about the AI's questions that do not fit the unit, and about objectives that are
timetable lines."""

from __future__ import annotations

import re

import pytest

from app.models import LearningObjective, Unit
from tests.fake_openai import Reply
from tests.generation import ai_answers, lesson_packs
from tests.generation.conftest import extracted, store_documents

CODE_TYPES = {"python_code", "code_debug", "trace_table", "parsons", "code_completion"}
# What no right answer may hold: example-email lines, shouting, punctuation runs, links, classroom tasks.
UNFIT_ANSWER = re.compile(r"@|\bsubject\s*:|\bdear\b|\bregards\b|IMPORTANT|CANCELLED|\$\$|!!|https?://|www\."
                          r"|\bextension\b|\bposter\b|\bhead over\b", re.IGNORECASE)


# Passages of the security pack, as a model would cite them (its own file names and places, and other spacing).
FIREWALL = {"file": "slides", "where": "slide 9",
            "quote": "A firewall checks the data coming into a network, and blocks anything that breaks its rules"}
EXTENSION = {"file": "Phishing worksheet.docx", "where": "",
             "quote": "Head over to this link: https://www.example.org/phishing-quiz and try the quiz."}
VIRUSES = {"file": "Network threats.pptx", "where": "slide 2",
           "quote": "Viruses and worms are programs that copy themselves onto other computers"}
INVENTED = {"file": "Network threats.pptx", "where": "slide 3", "quote": "Firewalls were invented in 1988 by NASA"}


@pytest.fixture
async def security_unit(session, teacher) -> Unit:
    unit = Unit(title="Network threats", year_group=9, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    await store_documents(session, unit, extracted(*lesson_packs.security_pack()), teacher)
    return unit


@pytest.fixture
async def java_unit(session, teacher) -> Unit:
    unit = Unit(title="Decisions in Java", year_group=9, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    await store_documents(session, unit, extracted(*lesson_packs.java_pack()), teacher)
    return unit


async def make_draft(client, session, run_jobs, unit, **changes) -> tuple[dict, dict]:
    """(the finished job, the draft) for an offline draft of the unit, made through the API."""
    body = {"unit_id": str(unit.id), "title": "Check-up", "num_questions": 12, "seed": 4, "provider": "offline",
            **changes}
    started = await client.post("/api/assessments/generate", json=body)
    assert started.status_code == 202, started.text
    await run_jobs(session)
    job = (await client.get(f"/api/jobs/{started.json()['job_id']}")).json()
    assert job["status"] == "done", job
    return job, (await client.get(f"/api/assessments/{job['assessment_id']}")).json()


def right_answers(question: dict) -> list[str]:
    """The texts a pupil must choose or type to be right."""
    config = question["config"]
    if question["type"] in ("multiple_choice", "multiple_select"):
        return [o["text"] for o in config["options"] if o["is_correct"]]
    if question["type"] == "text_input":
        return [a["text"] for a in config["accepted_answers"]]
    if question["type"] == "matching":
        return [i["text"] for i in config["left_items"] + config["right_items"]]
    if question["type"] == "ordering":
        return [i["text"] for i in config["items"]]
    return []


def everything_said(question: dict) -> str:
    return f"{question['question_text']} {question['config']}"


async def test_a_security_unit_that_says_programs_gets_no_programming_questions(client, session, teacher,
                                                                               security_unit, run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, security_unit)
    questions = draft["questions"]
    assert len(questions) >= 8, [q["question_text"] for q in questions]
    types = [q["type"] for q in questions]
    assert not CODE_TYPES & set(types), types
    for question in questions:
        said = everything_said(question)
        assert not re.search(r"\bpython\b|\bdef \w+\(|print\(", said, re.IGNORECASE), question["question_text"]
        assert re.search(r"malware|virus|worm|firewall|encrypt|cipher|phishing|denial of service|network|attack"
                         r"|password|threat|security", said, re.IGNORECASE), question["question_text"]
    assert len(set(types)) >= 4, types


async def test_extension_lines_are_never_an_ordering_question(client, session, teacher, security_unit, run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, security_unit, required_question_types=["ordering"])
    ordering = [q for q in draft["questions"] if q["type"] == "ordering"]
    assert ordering, "the slide's real steps (first… then… finally…) make an ordering question"
    for question in ordering:
        items = [item["text"] for item in question["config"]["items"]]
        assert not any(re.search(r"extension|poster|botnet|head over|https?://|quiz", item, re.IGNORECASE)
                       for item in items), items
    steps = {item["text"] for item in ordering[0]["config"]["items"]}
    assert "The victim clicks the link in the email" in steps, steps


async def test_an_example_email_is_never_an_answer(client, session, teacher, security_unit, run_jobs):
    # The unit's key words as the wizard saved them when the teacher accepted what was found, example-email lines
    # and all.
    security_unit.vocabulary = [
        {"term": "IMPORTANT", "definition": "Wow you've won money $$$!!!!!!"},
        {"term": "From", "definition": "prize-team@winner-claims.example"},
        {"term": "Dear Customer", "definition": "You have been chosen to receive £1,000,000!!!"},
        {"term": "Firewall", "definition": "checks the data coming into a network and blocks what breaks its rules"},
        {"term": "Encryption", "definition": "scrambling data so that only someone with the key can read it"},
        {"term": "Phishing", "definition": "messages that pretend to come from a trusted company to steal passwords"},
        {"term": "Malware", "definition": "software that is written to damage a computer or a network"},
    ]
    await session.flush()
    await client.login("gen_teacher")
    for seed in (1, 2, 3):
        _job, draft = await make_draft(client, session, run_jobs, security_unit, seed=seed)
        for question in draft["questions"]:
            for answer in right_answers(question):
                assert not UNFIT_ANSWER.search(answer), (question["question_text"], answer)


async def test_every_offline_question_records_where_it_came_from(client, session, teacher, security_unit, run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, security_unit)
    for question in draft["questions"]:
        source = question["source"]
        assert source is not None, question["question_text"]
        assert source["file"] in lesson_packs.SECURITY_FILES, source
        assert source["quote"], source
    from_slides = [q["source"] for q in draft["questions"] if q["source"]["file"] == "Network threats.pptx"]
    assert from_slides
    assert all(re.fullmatch(r"slide \d+", s["where"]) for s in from_slides), from_slides
    # A passage quoted from the slides is on the slide named (the title slide is 1, "Malware" 2, "Firewalls" 3…).
    slide_of = {"software that is written to damage": "slide 2", "viruses and worms": "slide 2",
                "firewall checks": "slide 3", "can be hardware or software": "slide 3", "scrambling data": "slide 4",
                "secret code": "slide 4", "pretend to come from": "slide 5", "phishing emails often": "slide 5",
                "flooding a server": "slide 6", "programs running on many": "slide 6", "attacker": "slide 7"}
    for source in from_slides:
        expected = next((where for words, where in slide_of.items() if words in source["quote"].lower()), None)
        assert expected is None or source["where"] == expected, source


async def test_a_new_version_of_a_question_records_its_own_source(client, session, teacher, security_unit, run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, security_unit, num_questions=6)
    target = next(q for q in draft["questions"] if q["type"] in ("multiple_choice", "text_input", "matching"))
    response = await client.post(f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate",
                                 json={"keep_type": True})
    assert response.status_code == 200, response.text
    source = response.json()["question"]["source"]
    assert source["file"] in lesson_packs.SECURITY_FILES, source
    again = (await client.get(f"/api/assessments/{draft['id']}")).json()
    assert next(q for q in again["questions"] if q["id"] == target["id"])["source"] == source


async def test_a_java_unit_gets_no_python_code_questions(client, session, teacher, java_unit, run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, java_unit)
    types = [q["type"] for q in draft["questions"]]
    assert not CODE_TYPES & set(types), types
    assert not any(re.search(r"\bpython\b", everything_said(q), re.IGNORECASE) for q in draft["questions"])
    assert len(set(types)) >= 4, types


async def test_a_java_unit_asked_for_a_parsons_puzzle_gets_one_in_java(client, session, teacher, java_unit,
                                                                        run_jobs):
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, java_unit, num_questions=6,
                                   required_question_types=["parsons"])
    parsons = [q for q in draft["questions"] if q["type"] == "parsons"]
    assert len(parsons) == 1
    puzzle = parsons[0]
    assert "java" in puzzle["tags"]
    assert "Java program from the lesson" in puzzle["question_text"]
    lines = [block["code"] for block in puzzle["config"]["blocks"]]
    assert any("System.out.println" in line for line in lines), lines
    assert puzzle["source"]["file"] in lesson_packs.JAVA_FILES
    runnable = [q for q in draft["questions"] if q["type"] in {"python_code", "code_debug", "trace_table"}]
    assert runnable == []


async def test_an_objective_that_is_a_timetable_line_is_a_warning_and_tags_nothing(client, session, teacher,
                                                                                   security_unit, run_jobs):
    # The objectives as the wizard saved them when the teacher accepted what an older reader found.
    saved = ["To understand the main threats to a network", "9:45 What is network security?",
             "To explain how a firewall and encryption protect data", "Students will then complete a matching activity"]
    rows = [LearningObjective(unit_id=security_unit.id, code=f"LO{n}", description=text, position=n)
            for n, text in enumerate(saved, start=1)]
    session.add_all(rows)
    await session.flush()
    await client.login("gen_teacher")
    job, draft = await make_draft(client, session, run_jobs, security_unit)
    assert any("LO2 (‘9:45 What is network security?’) looks like a clock time" in w for w in job["warnings"]), \
        job["warnings"]
    assert any("LO4 (‘Students will then complete a matching activity’) looks like a lesson activity" in w
               for w in job["warnings"]), job["warnings"]
    tagged = {q["learning_objective_id"] for q in draft["questions"]}
    assert str(rows[1].id) not in tagged
    assert str(rows[3].id) not in tagged
    assert tagged <= {str(rows[0].id), str(rows[2].id)}


async def test_the_ais_questions_that_do_not_fit_the_unit_are_warned_about(client, session, teacher,
                                                                           security_unit, run_jobs, fake_ai,
                                                                           ai_settings):
    questions = [
        ai_answers.envelope("multiple_choice", "What does a firewall do? Select ONE answer.", {
            "options": [{"id": "a", "text": "It checks the data coming into a network", "is_correct": True,
                         "distractor_feedback": None},
                        {"id": "b", "text": "It scrambles data", "is_correct": False, "distractor_feedback": None}],
            "shuffle_options": True}, 1, strands=["SS"], source=FIREWALL),
        ai_answers.envelope("multiple_choice", "Where can you try the phishing quiz? Select ONE answer.", {
            "options": [{"id": "a", "text": "https://www.example.org/phishing-quiz", "is_correct": True,
                         "distractor_feedback": None},
                        {"id": "b", "text": "In your book", "is_correct": False, "distractor_feedback": None}],
            "shuffle_options": True}, 2, strands=["SS"], source=EXTENSION),
        {**ai_answers.python(4), "source": VIRUSES},
    ]
    fake_ai.script(Reply.json({"questions": questions}))
    await client.login("gen_teacher")
    started = await client.post("/api/assessments/generate", json={"unit_id": str(security_unit.id),
                                                                   "title": "AI check", "num_questions": 3})
    await run_jobs(session)
    job = (await client.get(f"/api/jobs/{started.json()['job_id']}")).json()
    assert job["status"] == "done", job
    assert any("2 question(s) may not fit this unit's lesson materials" in w for w in job["warnings"]), \
        job["warnings"]
    draft = (await client.get(f"/api/assessments/{job['assessment_id']}")).json()
    by_text = {q["question_text"]: q for q in draft["questions"]}
    firewall = by_text["What does a firewall do? Select ONE answer."]
    assert not [w for w in firewall["warnings"] if "lesson" in w["message"]], firewall["warnings"]
    link = by_text["Where can you try the phishing quiz? Select ONE answer."]
    assert any("looks like a web link" in w["message"] and w["severity"] == "warning" for w in link["warnings"])
    python = next(q for q in draft["questions"] if q["type"] == "python_code")
    messages = [w["message"] for w in python["warnings"]]
    assert "This is a Python question, but the unit's materials use no programming language." in messages
    assert any("none of the unit's key words" in m for m in messages), messages


def firewall_question(source: dict | None) -> dict:
    return ai_answers.envelope("multiple_choice", "What does a firewall do? Select ONE answer.", {
        "options": [{"id": "a", "text": "It checks the data coming into a network", "is_correct": True,
                     "distractor_feedback": None},
                    {"id": "b", "text": "It scrambles data", "is_correct": False, "distractor_feedback": None}],
        "shuffle_options": True}, 1, strands=["SS"], source=source)


def encryption_question(source: dict | None) -> dict:
    return ai_answers.envelope("text_input", "Type the word for scrambling data so only someone with the key can "
                               "read it.", {"accepted_answers": [{"text": "encryption", "points": 1}],
                                            "case_sensitive": False, "max_length": 40, "required_keywords": None,
                                            "forbidden_keywords": None}, 2, strands=["SS"], source=source)


async def ai_draft(client, session, run_jobs, unit, count: int) -> tuple[dict, dict]:
    await client.login("gen_teacher")
    started = await client.post("/api/assessments/generate", json={"unit_id": str(unit.id), "title": "AI check",
                                                                   "num_questions": count})
    await run_jobs(session)
    job = (await client.get(f"/api/jobs/{started.json()['job_id']}")).json()
    assert job["status"] == "done", job
    return job, (await client.get(f"/api/assessments/{job['assessment_id']}")).json()


async def test_the_ais_question_is_shown_with_the_place_its_quote_really_comes_from(client, session, teacher,
                                                                                   security_unit, run_jobs, fake_ai,
                                                                                   ai_settings):
    fake_ai.script(Reply.json({"questions": [firewall_question(FIREWALL)]}))
    _job, draft = await ai_draft(client, session, run_jobs, security_unit, 1)
    assert len(fake_ai.completions) == 1  # grounded: nothing asked again
    sent = fake_ai.completions[0].text
    assert "Network threats.pptx, slide 3: Firewalls" in sent  # the places in the materials, for citing
    question = draft["questions"][0]
    assert question["source"]["file"] == "Network threats.pptx"
    assert question["source"]["where"] == "slide 3"  # where the quote really is, not where the model said
    assert not [w for w in question["warnings"] if w["field"] == "source"]


async def test_a_question_whose_quote_is_not_in_the_materials_is_asked_for_again_once(client, session, teacher,
                                                                                      security_unit, run_jobs,
                                                                                      fake_ai, ai_settings):
    fake_ai.script(Reply.json({"questions": [firewall_question(FIREWALL), encryption_question(INVENTED)]}),
                   Reply.json({"question": encryption_question(
                       {"file": "Network threats.pptx", "where": "slide 4",
                        "quote": "Scrambling data so that only someone with the key can read it"})}))
    _job, draft = await ai_draft(client, session, run_jobs, security_unit, 2)
    assert len(fake_ai.completions) == 2
    again = fake_ai.completions[1]
    assert again.json["response_format"]["json_schema"]["name"] == "one_question"
    assert "were not found in them" in again.text
    assert "Firewalls were invented in 1988 by NASA" in again.text  # the question as it was, with its quote
    question = next(q for q in draft["questions"] if q["type"] == "text_input")
    assert question["source"] == {"file": "Network threats.pptx", "where": "slide 4",
                                  "quote": "Scrambling data so that only someone with the key can read it",
                                  "origin": ""}  # the AI's question, not one from the teacher's worksheet
    assert not [w for w in question["warnings"] if w["field"] == "source"]


async def test_a_question_still_not_found_in_the_materials_is_kept_with_a_warning(client, session, teacher,
                                                                                  security_unit, run_jobs, fake_ai,
                                                                                  ai_settings):
    fake_ai.script(Reply.json({"questions": [firewall_question(FIREWALL), encryption_question(INVENTED)]}),
                   Reply.json({"question": encryption_question({"file": "", "where": "", "quote": "Made up again"})}))
    _job, draft = await ai_draft(client, session, run_jobs, security_unit, 2)
    assert len(fake_ai.completions) == 2  # asked again once, not more
    question = next(q for q in draft["questions"] if q["type"] == "text_input")
    assert question["source"] is None
    assert {"field": "source", "severity": "warning", "message": "Not found in your lesson materials"} in \
        question["warnings"]
    firewall = next(q for q in draft["questions"] if q["type"] == "multiple_choice")
    assert firewall["source"]["where"] == "slide 3"


async def _ai_regenerated(client, session, run_jobs, unit, fake_ai, *replies) -> tuple[dict, dict]:
    """(the response to regenerating a draft's first question with the AI, the question as stored after)."""
    await client.login("gen_teacher")
    _job, draft = await make_draft(client, session, run_jobs, unit, num_questions=6)
    target = draft["questions"][0]
    fake_ai.script(*replies)
    response = await client.post(f"/api/assessments/{draft['id']}/questions/{target['id']}/regenerate",
                                 json={"keep_type": False, "question_type": "text_input", "provider": "ai"})
    assert response.status_code == 200, response.text
    stored = (await client.get(f"/api/assessments/{draft['id']}")).json()
    return response.json()["question"], next(q for q in stored["questions"] if q["id"] == target["id"])


async def test_a_new_version_by_the_ai_whose_quote_is_not_in_the_materials_is_asked_for_again_once(
        client, session, teacher, security_unit, run_jobs, fake_ai, ai_settings):
    grounded = {"file": "Network threats.pptx", "where": "slide 4",
                "quote": "Scrambling data so that only someone with the key can read it"}
    answered, stored = await _ai_regenerated(
        client, session, run_jobs, security_unit, fake_ai,
        Reply.json({"question": encryption_question(INVENTED)}), Reply.json({"question": encryption_question(grounded)}))
    assert len(fake_ai.completions) == 2
    assert "were not found in them" in fake_ai.completions[1].text
    for question in (answered, stored):
        assert question["source"]["file"] == "Network threats.pptx"
        assert not [w for w in question["warnings"] if w["field"] == "source"]


async def test_a_new_version_by_the_ai_still_not_found_is_kept_with_a_warning(client, session, teacher,
                                                                              security_unit, run_jobs, fake_ai,
                                                                              ai_settings):
    answered, stored = await _ai_regenerated(
        client, session, run_jobs, security_unit, fake_ai,
        Reply.json({"question": encryption_question(INVENTED)}),
        Reply.json({"question": encryption_question({"file": "", "where": "", "quote": "Made up again"})}))
    assert len(fake_ai.completions) == 2  # asked again once, not more
    warning = {"field": "source", "severity": "warning", "message": "Not found in your lesson materials"}
    for question in (answered, stored):
        assert question["source"] is None
        assert question["type"] == "text_input"  # the first new version, kept
        assert warning in question["warnings"]
