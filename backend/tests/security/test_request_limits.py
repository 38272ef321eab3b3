"""Size limits beyond the autosave's own: every JSON body has a firm ceiling, checked before it is read; a
submitted answer keeps its type's size limit (as the autosave does); and a submit tells the server which page
(browser tab) it came from, so that page's next save is not mistaken for an older one."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from app.config import get_settings
from app.models import Answer, Role
from tests.factories import make_assessment, make_class, make_user


async def _pupil_and_question(session, client, question_type: str = "python_code") -> tuple[str, str]:
    teacher = await make_user(session, Role.teacher, username="lim_teacher")
    pupil = await make_user(session, Role.pupil, username="lim_pupil")
    school_class = await make_class(session, name="7L", teachers=[teacher], pupils=[pupil])
    assessment = await make_assessment(session, owner=teacher, questions=[question_type], publish_to=[school_class])
    await client.login("lim_pupil")
    view = (await client.post(f"/api/pupil/assessments/{assessment.id}/start")).json()
    return view["attempt_id"], view["questions"][0]["id"]


async def test_a_json_body_over_the_ceiling_is_refused_before_it_is_read(client, session):
    attempt_id, question_id = await _pupil_and_question(session, client)
    ceiling = get_settings().max_json_body_kb * 1024
    huge = {"answer_data": {"code": "x" * (ceiling + 10)}}
    reply = await client.post(f"/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit", json=huge)
    assert reply.status_code == 413, reply.text
    assert reply.json()["error"] == "TooLarge"
    assert "nothing was saved" in reply.json()["detail"]


async def test_a_streamed_json_body_over_the_ceiling_is_refused_as_it_arrives(client, session):
    attempt_id, question_id = await _pupil_and_question(session, client)
    ceiling = get_settings().max_json_body_kb * 1024
    chunk = b'{"answer_data": {"code": "' + b"x" * ceiling

    async def streamed():  # no Content-Length: the body arrives in pieces
        yield chunk
        yield b"x" * 1024 + b'"}}'

    reply = await client.post(f"/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit", content=streamed(),
                              headers={"Content-Type": "application/json"})
    assert reply.status_code == 413, reply.text
    assert reply.json()["error"] == "TooLarge"


async def test_a_submitted_answer_over_its_types_size_is_refused_and_not_kept(client, session):
    attempt_id, question_id = await _pupil_and_question(session, client)
    too_long = {"answer_data": {"code": "# " + "x" * (70 * 1024)}}  # over 64 KB, under the JSON ceiling
    reply = await client.post(f"/api/pupil/attempts/{attempt_id}/answers/{question_id}/submit", json=too_long)
    assert reply.status_code == 413, reply.text
    assert "too long to save" in reply.json()["detail"]
    stored = (await session.execute(select(Answer).where(Answer.question_id == uuid.UUID(question_id)))).scalars()
    assert all(answer.tries == 0 for answer in stored)


async def test_a_submit_makes_its_page_the_one_whose_saves_count(client, session):
    attempt_id, question_id = await _pupil_and_question(session, client, "binary_convert")
    url = f"/api/pupil/attempts/{attempt_id}/answers/{question_id}"
    other = await client.put(url, json={"answer_data": {"answer": "1"}, "seq": 50, "page": "other-tab"})
    assert other.json()["saved"] is True
    submitted = await client.post(f"{url}/submit", json={"answer_data": {"answer": "10"}, "seq": 3, "page": "this-tab"})
    assert submitted.status_code == 200, submitted.text
    # This tab's next save has seq 4: lower than the other tab's 50, but the submit made this tab the one whose
    # counter orders the answer's saves, so it is stored (before, the submit kept the other tab's page and 50).
    after = await client.put(url, json={"answer_data": {"answer": "11"}, "seq": 4, "page": "this-tab"})
    assert after.json()["saved"] is True
    stored = (await session.execute(select(Answer).where(Answer.question_id == uuid.UUID(question_id)))).scalar_one()
    await session.refresh(stored)
    assert stored.answer_data == {"answer": "11"}
    assert stored.page_id == "this-tab"
