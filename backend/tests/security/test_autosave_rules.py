"""The autosave's rules at the door: an answer must fit its question (its type, or its easier version's once the
pupil switched, and the type's size limit); the time limit holds on the server (what arrives after the end is a
late draft for the teacher, never marked); and between pages (browser tabs) the save received last wins, while
the reply always says truthfully whether this save was stored. Rules use the ordinary `client`; what needs real
concurrency uses `real_app`."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.models import Answer, AssessmentClass, Attempt, Role, utcnow
from app.services.privacy import pupil_data, retention
from tests.factories import checked_config, make_assessment, make_class, make_user
from tests.security.conftest import at_once

BLAME = ("wrong", "incorrect", "invalid", "failed", "error")


async def _setup(session, questions, tag: str = "", **settings):
    teacher = await make_user(session, Role.teacher, username=f"teach{tag}")
    pip = await make_user(session, Role.pupil, username=f"pip{tag}")
    kit = await make_user(session, Role.pupil, username=f"kit{tag}")
    school_class = await make_class(session, name=f"7A{tag}", teachers=[teacher], pupils=[pip, kit])
    assessment = await make_assessment(session, owner=teacher, questions=list(questions), publish_to=[school_class],
                                       **settings)
    return pip, assessment


async def _start(client, assessment_id) -> tuple[str, list[str]]:
    view = await client.post(f"/api/pupil/assessments/{assessment_id}/start")
    assert view.status_code == 200, view.text
    return view.json()["attempt_id"], [q["id"] for q in view.json()["questions"]]


def _url(attempt_id: str, question_id: str) -> str:
    return f"/api/pupil/attempts/{attempt_id}/answers/{question_id}"


async def _stored(session, attempt_id: str, question_id: str) -> Answer | None:
    answer = (await session.execute(select(Answer).where(
        Answer.attempt_id == uuid.UUID(attempt_id), Answer.question_id == uuid.UUID(question_id)))).scalar_one_or_none()
    if answer is not None:
        await session.refresh(answer)
    return answer


def _calm(detail: str) -> None:
    assert not any(word in detail.lower() for word in BLAME), detail


# --- An answer must fit its question -------------------------------------------------------------------------

async def test_an_answer_that_does_not_fit_its_question_is_refused_calmly_and_nothing_is_stored(client, session):
    _pip, assessment = await _setup(session, ["multiple_choice"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)

    evil = await client.put(url, json={"answer_data": {"evil": "x"}, "seq": 2147483000})
    assert evil.status_code == 422, evil.text
    assert "does not fit this question" in evil.json()["detail"]
    _calm(evil.json()["detail"])
    assert await _stored(session, attempt_id, question) is None

    for shape in ({"text": "8 bits"}, {"selected_option": 5}, {"selected_option": ["a"]}, {"code": "print(1)"}):
        refused = await client.put(url, json={"answer_data": shape, "seq": 2})
        assert refused.status_code == 422, (shape, refused.text)
    assert await _stored(session, attempt_id, question) is None

    # The refused saves left nothing behind: an honest save with a small seq is stored.
    honest = await client.put(url, json={"answer_data": {"selected_option": "x1"}, "seq": 1})
    assert honest.status_code == 200, honest.text
    assert honest.json()["saved"] is True
    assert (await client.put(url, json={"answer_data": {}, "seq": 2})).json()["saved"] is True
    assert (await client.put(url, json={"answer_data": None, "seq": 3})).json()["saved"] is True
    stored = await _stored(session, attempt_id, question)
    assert stored.seq == 3


async def test_who_is_asking_is_settled_before_anything_about_the_body(client, session, make_client):
    _pip, assessment = await _setup(session, ["multiple_choice"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    evil = {"answer_data": {"evil": "x"}, "seq": 2147483000}
    teacher = await make_client()
    await teacher.login("teach")
    assert (await teacher.put(_url(attempt_id, question), json=evil)).status_code == 403
    kit = await make_client()
    await kit.login("kit")
    theirs = await kit.put(_url(attempt_id, question), json=evil)
    assert theirs.status_code == 403
    assert "someone else" in theirs.json()["detail"]
    assert (await (await make_client()).put(_url(attempt_id, question), json=evil)).status_code == 401
    elsewhere = await client.put(_url(attempt_id, str(uuid.uuid4())), json=evil)
    assert elsewhere.status_code == 404


async def test_after_switching_to_the_easier_version_answers_fit_the_easier_version(client, session):
    _pip, assessment = await _setup(session, [{
        "type": "text_input",
        "scaffold": {"type": "multiple_choice", "question_text": "Which is the processor?",
                     "config": await checked_config("multiple_choice")},
    }])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)
    assert (await client.put(url, json={"answer_data": {"text": "cpu"}, "seq": 1})).status_code == 200
    assert (await client.put(url, json={"answer_data": {"selected_option": "a"}, "seq": 2})).status_code == 422

    easier = await client.post(f"/api/pupil/attempts/{attempt_id}/questions/{question}/scaffold")
    assert easier.status_code == 200, easier.text
    chosen = await client.put(url, json={"answer_data": {"selected_option": "a"}, "seq": 3})
    assert chosen.status_code == 200, chosen.text
    assert chosen.json()["saved"] is True
    typed = await client.put(url, json={"answer_data": {"text": "cpu"}, "seq": 4})
    assert typed.status_code == 422, typed.text
    assert (await _stored(session, attempt_id, question)).answer_data == {"selected_option": "a"}


# --- Size ------------------------------------------------------------------------------------------------------

async def test_an_answer_over_its_types_size_limit_is_refused_with_a_calm_message(client, session):
    _pip, assessment = await _setup(session, ["text_input", "extended_text"])
    await client.login("pip")
    attempt_id, (short, essay) = await _start(client, assessment.id)

    too_long = await client.put(_url(attempt_id, short), json={"answer_data": {"text": "word " * 2000}, "seq": 1})
    assert too_long.status_code == 413, too_long.text
    assert too_long.json()["detail"].startswith("This answer is too long to save.")
    _calm(too_long.json()["detail"])
    assert await _stored(session, attempt_id, short) is None

    long_essay = "A CPU fetches, decodes and executes. " * 500  # 18,500 characters: a very long essay
    assert (await client.put(_url(attempt_id, essay), json={"answer_data": {"text": long_essay}, "seq": 1})).json()[
        "saved"] is True
    over_in_characters = await client.put(_url(attempt_id, essay),
                                          json={"answer_data": {"text": "x" * 20_001}, "seq": 2})
    assert over_in_characters.status_code == 413, over_in_characters.text
    over_in_bytes = await client.put(_url(attempt_id, essay),
                                     json={"answer_data": {"text": "\U0001F600" * 17_000}, "seq": 3})  # 68 KB
    assert over_in_bytes.status_code == 413, over_in_bytes.text
    assert (await _stored(session, attempt_id, essay)).answer_data == {"text": long_essay}


class _Counted:
    """A request body sent in 1 MB pieces, counting how much of it the server asked for."""

    def __init__(self, megabytes: int) -> None:
        self.megabytes = megabytes
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield b'{"seq": 1, "answer_data": {"text": "'
        for _ in range(self.megabytes):
            self.sent += 1
            yield b"x" * 1_000_000
        yield b'"}}'


async def test_a_huge_save_is_refused_before_it_is_read(client, session, make_client):
    _pip, assessment = await _setup(session, ["extended_text"])
    await client.login("pip")
    attempt_id, (essay,) = await _start(client, assessment.id)
    url = _url(attempt_id, essay)
    headers = {"Content-Type": "application/json"}

    streamed = _Counted(45)
    refused = await client.put(url, content=streamed, headers=headers)
    assert refused.status_code == 413, refused.text
    assert refused.json()["detail"].startswith("This answer is too long to save.")
    assert streamed.sent <= 1, f"the server read {streamed.sent} MB of a body it refuses"

    declared = _Counted(45)
    refused = await client.put(url, content=declared, headers={**headers, "Content-Length": "45000040"})
    assert refused.status_code == 413, refused.text
    assert declared.sent == 0, "a body declared too big is refused before any of it is read"

    anonymous = await (await make_client()).put(url, content=_Counted(45), headers=headers)
    assert anonymous.status_code == 401  # who is asking still comes first
    assert await _stored(session, attempt_id, essay) is None


# --- Time ------------------------------------------------------------------------------------------------------

async def _move_start(session, attempt_id: str, minutes_ago: float) -> None:
    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(attempt_id))
                          .values(started_at=utcnow() - timedelta(minutes=minutes_ago)))
    await session.flush()


async def test_after_the_time_ends_a_save_is_kept_as_a_late_draft_and_the_pupil_is_told(client, session):
    _pip, assessment = await _setup(session, ["text_input"], time_limit_minutes=10)
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)
    assert (await client.put(url, json={"answer_data": {"text": "on time"}, "seq": 1})).status_code == 200

    await _move_start(session, attempt_id, 10.5)  # 30 seconds after the end: within the grace period
    grace = (await client.put(url, json={"answer_data": {"text": "last keystroke"}, "seq": 2})).json()
    assert (await _stored(session, attempt_id, question)).answer_data == {"text": "last keystroke"}

    await _move_start(session, attempt_id, 12)  # past the end and the grace period
    late = await client.put(url, json={"answer_data": {"text": "too late"}, "seq": 3, "page": "tab-1"})
    assert late.status_code == 200, late.text
    stored = await _stored(session, attempt_id, question)
    assert stored.answer_data == {"text": "last keystroke"}  # the answer that will be marked is unchanged
    assert stored.late_answer_data == {"text": "too late"}  # and nothing typed is lost
    assert stored.late_saved_at is not None
    assert stored.seq == 3
    assert grace["time_ended"] is False
    assert late.json()["saved"] is True  # kept, as a late draft
    assert late.json()["time_ended"] is True
    assert "time for this assessment has ended" in late.json()["message"]
    _calm(late.json()["message"])

    again = (await client.put(url, json={"answer_data": {"text": "too late"}, "seq": 3, "page": "tab-1"})).json()
    assert again["saved"] is True
    assert again["time_ended"] is True
    newer = (await client.put(url, json={"answer_data": {"text": "later still"}, "seq": 4, "page": "tab-1"})).json()
    assert newer["time_ended"] is True
    stored = await _stored(session, attempt_id, question)
    assert stored.late_answer_data == {"text": "later still"}
    assert stored.answer_data == {"text": "last keystroke"}


async def test_a_first_save_after_the_time_ends_is_a_late_draft_too(client, session):
    _pip, assessment = await _setup(session, ["text_input"], time_limit_minutes=5)
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    await _move_start(session, attempt_id, 30)
    late = await client.put(_url(attempt_id, question), json={"answer_data": {"text": "x"}, "seq": 1})
    stored = await _stored(session, attempt_id, question)
    assert stored.answer_data is None
    assert stored.late_answer_data == {"text": "x"}
    assert late.json()["time_ended"] is True


async def test_when_the_class_window_closes_the_time_ends(client, session):
    _pip, assessment = await _setup(session, ["text_input"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)
    window = (await session.execute(select(AssessmentClass))).scalar_one()
    window.available_until = utcnow() - timedelta(seconds=30)  # closed, but within the grace period
    await session.flush()
    on_time = await client.put(url, json={"answer_data": {"text": "a"}, "seq": 1})
    assert (await _stored(session, attempt_id, question)).answer_data == {"text": "a"}
    window.available_until = utcnow() - timedelta(minutes=5)
    await session.flush()
    late = await client.put(url, json={"answer_data": {"text": "b"}, "seq": 2})
    stored = await _stored(session, attempt_id, question)
    assert stored.answer_data == {"text": "a"}
    assert stored.late_answer_data == {"text": "b"}
    assert on_time.json()["time_ended"] is False
    assert late.json()["time_ended"] is True


async def test_late_drafts_are_in_the_pupils_export_and_purged_with_written_content(client, session):
    pip, assessment = await _setup(session, ["extended_text"], time_limit_minutes=5)
    admin = await make_user(session, Role.admin, username="head")
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    await _move_start(session, attempt_id, 30)
    await client.put(_url(attempt_id, question), json={"answer_data": {"text": "after the end"}, "seq": 1})

    exported = await pupil_data.export(session, pupil_id=pip.id, actor=admin, ip=None)
    (answer,) = exported["attempts"][0]["answers"]
    assert answer["late_answer"] == {"text": "after the end"}
    assert answer["late_saved_at"] is not None

    await _move_start(session, attempt_id, 60 * 24 * 400)  # older than any content retention
    await retention.purge(session, actor=admin)
    stored = await _stored(session, attempt_id, question)
    assert stored.late_answer_data == retention.PURGED


# --- Pages ------------------------------------------------------------------------------------------------------

async def test_between_pages_the_save_received_last_wins_and_the_reply_says_whether_it_was_stored(client, session):
    _pip, assessment = await _setup(session, ["text_input"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)

    def save(text: str, seq: int, page: str | None):
        body = {"answer_data": {"text": text}, "seq": seq} | ({"page": page} if page else {})
        return client.put(url, json=body)

    first = (await save("first screen", 7, "screen-a")).json()
    assert (first["saved"], first["seq"], first["page"]) == (True, 7, "screen-a")
    # A second screen starts its own counter: its lower seq is a newer save, not a late one.
    second = (await save("second screen", 1, "screen-b")).json()
    assert (second["saved"], second["seq"], second["page"]) == (True, 1, "screen-b")
    assert (await _stored(session, attempt_id, question)).answer_data == {"text": "second screen"}
    assert (await _stored(session, attempt_id, question)).page_id == "screen-b"

    back = (await save("first screen again", 8, "screen-a")).json()
    assert (back["saved"], back["seq"], back["page"]) == (True, 8, "screen-a")
    # Within one page, a late older save never overwrites a newer one, and the reply says it was not stored.
    late = (await save("first screen, older", 6, "screen-a")).json()
    assert (late["saved"], late["seq"], late["page"]) == (False, 8, "screen-a")
    assert (await _stored(session, attempt_id, question)).answer_data == {"text": "first screen again"}
    same = (await save("first screen again", 8, "screen-a")).json()
    assert (same["saved"], same["seq"]) == (True, 8)  # the same save twice: it is what is stored

    # A page that sends no id (an old page still open) counts as one page of its own.
    old = (await save("old page", 2, None)).json()
    assert (old["saved"], old["seq"], old["page"]) == (True, 2, None)
    old_late = (await save("old page, older", 1, None)).json()
    assert (old_late["saved"], old_late["seq"], old_late["page"]) == (False, 2, None)
    assert (await _stored(session, attempt_id, question)).answer_data == {"text": "old page"}


async def test_a_save_that_was_not_stored_is_never_answered_as_saved(client, session):
    """The fault as found: a second screen restarts the counter, and its save was answered {"saved": true} while
    its content was dropped. A page that sends no id still counts as one page, so the save is not stored; what
    matters is that the reply says so."""
    _pip, assessment = await _setup(session, ["text_input"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    url = _url(attempt_id, question)
    await client.put(url, json={"answer_data": {"text": "first screen"}, "seq": 7})
    second = (await client.put(url, json={"answer_data": {"text": "second screen"}, "seq": 1})).json()
    stored = await _stored(session, attempt_id, question)
    assert (second["saved"], stored.answer_data == {"text": "second screen"}) in ((True, True), (False, False))
    assert second["saved"] is False
    assert second["seq"] == 7


async def test_a_page_id_is_short_and_plain(client, session):
    _pip, assessment = await _setup(session, ["text_input"])
    await client.login("pip")
    attempt_id, (question,) = await _start(client, assessment.id)
    for page in ("x" * 65, "has space", "", "<script>"):
        refused = await client.put(_url(attempt_id, question), json={"answer_data": {}, "seq": 1, "page": page})
        assert refused.status_code == 422, (page, refused.text)


async def test_the_stored_answers_say_whose_save_each_is(client, session, make_client):
    _pip, assessment = await _setup(session, ["text_input", "multiple_choice"])
    await client.login("pip")
    attempt_id, (text_q, _choice_q) = await _start(client, assessment.id)
    await client.put(_url(attempt_id, text_q), json={"answer_data": {"text": "cpu"}, "seq": 4, "page": "screen-a"})
    stored = await client.get(f"/api/pupil/attempts/{attempt_id}/answers")
    assert stored.status_code == 200, stored.text
    assert stored.json()["time_ended"] is False
    assert stored.json()["answers"] == [{"question_id": text_q, "answer_data": {"text": "cpu"}, "seq": 4,
                                         "page": "screen-a", "scaffold_used": False}]

    kit = await make_client()
    await kit.login("kit")
    assert (await kit.get(f"/api/pupil/attempts/{attempt_id}/answers")).status_code == 403
    await client.post(f"/api/pupil/attempts/{attempt_id}/complete")
    finished = await client.get(f"/api/pupil/attempts/{attempt_id}/answers")
    assert finished.status_code == 409
    assert "already finished" in finished.json()["detail"]


# --- At the same time (the app on a database of its own, real pools) ---------------------------------------------

@pytest.fixture
async def two_screens(seed, real_clients):
    tag = uuid.uuid4().hex[:8]  # the module's database is shared by its tests
    async with seed() as session:
        _pip, assessment = await _setup(session, ["text_input"], tag)
        assessment_id = assessment.id
    screens = [real_clients(), real_clients()]
    for screen in screens:
        await screen.login(f"pip{tag}")
    attempt_id, (question,) = await _start(screens[0], assessment_id)
    return screens, attempt_id, question


async def _stored_now(seed, attempt_id: str, question: str) -> Answer:
    async with seed() as session:
        return (await session.execute(select(Answer).where(Answer.attempt_id == uuid.UUID(attempt_id),
                                                           Answer.question_id == uuid.UUID(question)))).scalar_one()


async def test_saves_from_two_screens_at_once_are_never_acknowledged_and_then_lost(two_screens, seed):
    screens, attempt_id, question = two_screens
    url = _url(attempt_id, question)
    sent = []
    for seq in range(1, 13):
        for name, screen in zip(("screen-a", "screen-b"), screens, strict=True):
            sent.append((screen, {"answer_data": {"text": f"{name} {seq}"}, "seq": seq, "page": name}))
    replies = await at_once(*(screen.put(url, json=body) for screen, body in sent))
    assert all(r.status_code == 200 for r in replies), [r.text for r in replies if r.status_code != 200]
    for (_screen, body), reply in zip(sent, replies, strict=True):
        answer = reply.json()
        if not answer["saved"]:  # only ever because a newer save of the same page is stored
            assert answer["page"] == body["page"], (body, answer)
            assert answer["seq"] > body["seq"], (body, answer)
    stored = await _stored_now(seed, attempt_id, question)
    stored_text = stored.answer_data["text"]
    acknowledged = {body["answer_data"]["text"] for (_s, body), r in zip(sent, replies, strict=True) if r.json()["saved"]}
    assert stored_text in acknowledged
    assert stored_text == f"{stored.page_id} {stored.seq}"


async def test_one_page_saving_fast_keeps_its_newest_save(two_screens, seed):
    screens, attempt_id, question = two_screens
    url = _url(attempt_id, question)
    bodies = [{"answer_data": {"text": f"draft {seq}"}, "seq": seq, "page": "screen-a"} for seq in range(1, 21)]
    replies = await at_once(*(screens[seq % 2].put(url, json=body) for seq, body in enumerate(reversed(bodies))))
    assert all(r.status_code == 200 for r in replies)
    stored = await _stored_now(seed, attempt_id, question)
    assert (stored.seq, stored.answer_data) == (20, {"text": "draft 20"})

