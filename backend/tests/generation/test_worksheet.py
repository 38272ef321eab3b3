"""Issue 16: the questions a teacher already wrote in the unit's documents (a Word quiz with the right options
in bold, and its answers file) become draft questions "from your worksheet", with the worksheet's own options and
answers; a question whose answer the documents do not give is not used, and the draft's notes say so."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from app.models import Question, Unit
from tests.generation import lesson_packs
from tests.generation.conftest import extracted, store_documents
from tests.generation.test_grounding import make_draft, right_answers


@pytest.fixture
async def quiz_unit(client, session, teacher) -> Unit:
    """A networks unit: slides, a Word quiz and its answers file; the teacher is signed in."""
    await client.login("gen_teacher")
    unit = Unit(title="Networks", year_group=8, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    await store_documents(session, unit, extracted(*lesson_packs.network_pack()), teacher)
    return unit


def from_worksheet(draft: dict) -> dict[str, dict]:
    """The draft's questions taken from the worksheet, by their text."""
    return {q["question_text"]: q for q in draft["questions"] if "worksheet" in q["tags"]}


async def test_the_worksheets_answered_questions_are_in_the_draft(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit)
    taken = from_worksheet(draft)
    assert sorted(taken) == sorted(text for text, *_ in lesson_packs.QUIZ[:4]), list(taken)


async def test_a_marked_option_is_the_right_answer_of_a_multiple_choice(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit)
    for text, options, _bold in lesson_packs.QUIZ[:2]:
        question = from_worksheet(draft)[text]
        assert question["type"] == "multiple_choice", question
        assert sorted(o["text"] for o in question["config"]["options"]) == sorted(options), question["config"]
    lan, device = (from_worksheet(draft)[text] for text, *_ in lesson_packs.QUIZ[:2])
    assert right_answers(lan) == ["Local Area Network"], "the option in bold"
    assert right_answers(device) == ["Router"], "the option the answers file names by its letter"


async def test_answers_in_words_become_short_and_written_answers(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit)
    short = from_worksheet(draft)[lesson_packs.QUIZ[2][0]]
    assert (short["type"], right_answers(short)) == ("text_input", ["Protocol"])
    written = from_worksheet(draft)[lesson_packs.QUIZ[3][0]]
    assert written["type"] == "extended_text", written
    scheme = " ".join(c["criterion"] for c in written["config"]["marking_guide"]["mark_scheme"])
    assert "only that computer loses its connection" in scheme, scheme


async def test_each_records_its_place_in_the_worksheet_as_the_teachers_own(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit)
    for question in from_worksheet(draft).values():
        assert question["source"]["file"] == "Networks Quiz.docx", question["source"]
        assert question["source"]["where"].startswith("paragraph"), question["source"]
    stored = (await session.execute(select(Question).where(Question.assessment_id == uuid.UUID(draft["id"])))).scalars()
    origins = {q.question_text: (q.source or {}).get("origin") for q in stored if "worksheet" in (q.tags or [])}
    assert set(origins.values()) == {"worksheet"}, origins


async def test_a_question_without_an_answer_is_not_used_and_the_notes_say_so(client, session, run_jobs, quiz_unit):
    job, draft = await make_draft(client, session, run_jobs, quiz_unit)
    assert not any(q["question_text"] == lesson_packs.UNANSWERED for q in draft["questions"])
    notes = " ".join(job["warnings"])
    assert "1 question(s) in your documents were not used because the documents give no answer" in notes, notes


async def test_no_more_than_a_third_of_the_draft_is_from_the_worksheet(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit, num_questions=6)
    assert len(from_worksheet(draft)) == 2, list(from_worksheet(draft))
    assert len(draft["questions"]) == 6


async def test_required_types_that_exclude_them_leave_them_out(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit, num_questions=3,
                                   required_question_types=["matching", "ordering", "multiple_select"])
    assert from_worksheet(draft) == {}, "three required types fill a three-question draft"


async def test_an_excluded_type_is_not_taken_from_the_worksheet(client, session, run_jobs, quiz_unit):
    _job, draft = await make_draft(client, session, run_jobs, quiz_unit, excluded_question_types=["multiple_choice"])
    types = {q["type"] for q in from_worksheet(draft).values()}
    assert types == {"text_input", "extended_text"}, types
