"""The live lesson view and "I need help" through the API: who may look, what each row says (n of N, the question
on screen, hints, tries), the order those who may need help come in (each rule on its own), and help requests
that never pile up and leave the view once a teacher has seen them."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import func, select, update

from app.config import get_settings
from app.models import Answer, Attempt, HelpRequest, Question, Role, utcnow
from tests.factories import make_assessment, make_class, make_user

QUESTIONS = ("multiple_choice", "multiple_choice", "multiple_choice")


async def _lesson(session, *pupil_names: str):
    """A teacher, a class whose pupils have the given last names (and usernames), and a 3-question assessment."""
    teacher = await make_user(session, Role.teacher, username="teach")
    pupils = []
    for name in pupil_names:
        pupil = await make_user(session, Role.pupil, username=name.lower())
        pupil.first_name, pupil.last_name, pupil.name = "Sam", name, f"Sam {name}"
        pupils.append(pupil)
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=pupils)
    assessment = await make_assessment(session, owner=teacher, questions=list(QUESTIONS), publish_to=[school_class])
    return teacher, school_class, assessment


async def _pupil(make_client, username):
    pupil = await make_client()
    await pupil.login(username)
    return pupil


async def _start(pupil, assessment) -> dict:
    response = await pupil.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert response.status_code == 200, response.text
    return response.json()


async def _live(client, school_class, assessment) -> dict:
    response = await client.get(f"/api/classes/{school_class.id}/live", params={"assessment_id": str(assessment.id)})
    assert response.status_code == 200, response.text
    return response.json()


def _names(view) -> list[str]:
    return [row["name"] for row in view["pupils"]]


def _row(view, name) -> dict:
    return next(row for row in view["pupils"] if row["name"] == name)


def _kinds(row) -> list[str]:
    return [reason["kind"] for reason in row["needs_help_reasons"]]


async def _stand_still(session, attempt_id, minutes):
    """Make the attempt's last activity (and its answers' saves) `minutes` ago."""
    then = utcnow() - timedelta(minutes=minutes)
    await session.execute(update(Attempt).where(Attempt.id == uuid.UUID(attempt_id))
                          .values(started_at=then, last_activity_at=then))
    await session.execute(update(Answer).where(Answer.attempt_id == uuid.UUID(attempt_id)).values(updated_at=then))


# --- Who may look ---------------------------------------------------------------------------------------------

async def test_only_the_class_teachers_and_admins_see_the_live_view(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams")
    await make_user(session, Role.teacher, username="other")
    await make_user(session, Role.admin, username="head")
    url = f"/api/classes/{school_class.id}/live"
    params = {"assessment_id": str(assessment.id)}

    other = await _pupil(make_client, "other")
    refused = await other.get(url, params=params)
    assert refused.status_code == 403, refused.text
    assert "You do not teach 7A" in refused.json()["detail"]

    pupil = await _pupil(make_client, "adams")
    assert (await pupil.get(url, params=params)).status_code == 403

    admin = await _pupil(make_client, "head")
    assert (await admin.get(url, params=params)).status_code == 200

    await client.login("teach")
    assert (await client.get(url, params=params)).status_code == 200


async def test_an_assessment_not_set_for_the_class_or_a_missing_class_is_a_clear_404(client, session):
    teacher, school_class, _assessment = await _lesson(session, "Adams")
    elsewhere = await make_assessment(session, owner=teacher, questions=["multiple_choice"])
    await client.login("teach")
    not_set = await client.get(f"/api/classes/{school_class.id}/live", params={"assessment_id": str(elsewhere.id)})
    assert not_set.status_code == 404
    assert not_set.json()["detail"] == "This assessment has not been set for 7A."
    missing = await client.get(f"/api/classes/{uuid.uuid4()}/live", params={"assessment_id": str(elsewhere.id)})
    assert missing.status_code == 404
    no_assessment = await client.get(f"/api/classes/{school_class.id}/live")
    assert no_assessment.status_code == 422


# --- What each row says ---------------------------------------------------------------------------------------

async def test_each_row_says_status_answered_n_of_n_and_the_question_on_screen(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams", "Brown", "Clark", "Davis")
    adams = await _pupil(make_client, "adams")
    view = await _start(adams, assessment)
    first, second = view["questions"][0]["id"], view["questions"][1]["id"]
    saved = await adams.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{first}",
                            json={"answer_data": {"selected_option": "b"}, "seq": 1})
    assert saved.status_code == 200, saved.text
    await adams.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{second}", json={"answer_data": None, "seq": 1})
    await adams.put(f"/api/pupil/attempts/{view['attempt_id']}/position", json={"index": 1})
    # Only empty values count as nothing, as when finishing (a cleared answer may be saved so).
    session.add(Answer(attempt_id=uuid.UUID(view["attempt_id"]), question_id=uuid.UUID(view["questions"][2]["id"]),
                       answer_data={"selected_option": "", "other": []}))
    brown = await _pupil(make_client, "brown")
    brown_view = await _start(brown, assessment)
    await brown.post(f"/api/pupil/attempts/{brown_view['attempt_id']}/break")
    clark = await _pupil(make_client, "clark")
    clark_view = await _start(clark, assessment)
    assert (await clark.post(f"/api/pupil/attempts/{clark_view['attempt_id']}/complete")).status_code == 200

    await client.login("teach")
    live = await _live(client, school_class, assessment)

    assert live["title"] == "Test assessment"
    assert live["class_name"] == "7A"
    assert live["is_open"] is True
    assert live["idle_minutes"] == 3
    row = _row(live, "Sam Adams")
    assert row["status"] == "working"
    assert (row["answered"], row["question_count"]) == (1, 3), "an empty save is not an answer"
    assert row["current_question"] == {"number": 2, "text": "Question 2 (multiple_choice)"}
    assert row["last_activity_at"] is not None
    assert row["time_used_seconds"] >= 0
    assert row["attempt_id"] == view["attempt_id"]
    assert _row(live, "Sam Brown")["status"] == "on_break"
    finished = _row(live, "Sam Clark")
    assert finished["status"] == "finished"
    assert finished["current_question"] is None
    assert finished["needs_help_reasons"] == []
    davis = _row(live, "Sam Davis")
    assert davis["status"] == "not_started"
    assert (davis["answered"], davis["question_count"]) == (0, 3)
    assert davis["attempt_id"] is None


async def test_the_view_takes_a_fixed_number_of_queries_whatever_the_class_size(client, session, make_client, engine):
    from sqlalchemy import event

    names = [f"Pupil{i:02d}" for i in range(8)]
    _teacher, school_class, assessment = await _lesson(session, *names)
    for name in names[:6]:
        pupil = await _pupil(make_client, name.lower())
        view = await _start(pupil, assessment)
        await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/help",
                         json={"question_id": view["questions"][0]["id"]})
    await client.login("teach")
    statements = []

    def count(*_args, **_kwargs):
        statements.append(1)

    event.listen(engine.sync_engine, "before_cursor_execute", count)
    try:
        await _live(client, school_class, assessment)
    finally:
        event.remove(engine.sync_engine, "before_cursor_execute", count)
    # Signing in (session and user) plus the view's own queries; none per pupil.
    assert len(statements) <= 12, f"{len(statements)} statements for a class of 8: one per pupil crept in"


# --- Who comes first, and why ---------------------------------------------------------------------------------

async def test_those_who_may_need_help_come_first_in_a_fixed_order(client, session, make_client):
    # Named so that name order alone would be the exact opposite of the order by need.
    _teacher, school_class, assessment = await _lesson(session, "Fine", "Ending", "Dawson", "Carter", "Baker",
                                                       "Asker")
    views = {}
    for name in ("Fine", "Dawson", "Carter", "Baker", "Asker"):
        pupil = await _pupil(make_client, name.lower())
        views[name] = (pupil, await _start(pupil, assessment))
    asker, asked = views["Asker"]
    await asker.post(f"/api/pupil/attempts/{asked['attempt_id']}/help", json={"question_id": asked["questions"][2]["id"]})
    await _stand_still(session, views["Baker"][1]["attempt_id"], minutes=4)
    carter, carter_view = views["Carter"]
    await _hint_and_easier_version(session, carter, carter_view)
    dawson, dawson_view = views["Dawson"]
    await _wrong_tries(session, dawson, dawson_view, question=1, times=3)

    await client.login("teach")
    live = await _live(client, school_class, assessment)

    assert _names(live) == ["Sam Asker", "Sam Baker", "Sam Carter", "Sam Dawson", "Sam Ending", "Sam Fine"]
    asked_reason = _row(live, "Sam Asker")["needs_help_reasons"][0]
    assert (asked_reason["kind"], asked_reason["question_number"]) == ("asked_for_help", 3)
    assert asked_reason["at"] is not None
    idle = _row(live, "Sam Baker")["needs_help_reasons"]
    assert [(r["kind"], r["minutes"]) for r in idle] == [("idle", 4)]
    hints = _row(live, "Sam Carter")["needs_help_reasons"]
    assert [(r["kind"], r["count"], r["question_number"]) for r in hints] == [("hints", 2, 1)]
    assert _row(live, "Sam Carter")["hints_used"] == 2
    tries = _row(live, "Sam Dawson")["needs_help_reasons"]
    assert [(r["kind"], r["count"], r["question_number"]) for r in tries] == [("tries", 3, 2)]
    assert _row(live, "Sam Dawson")["tries"] == 3
    assert _kinds(_row(live, "Sam Ending")) == ["not_started"]
    assert _kinds(_row(live, "Sam Fine")) == []


async def _hint_and_easier_version(session, pupil, view):
    """A hint (through the API) and the easier version (recorded as the API records it) on question 1."""
    question = view["questions"][0]["id"]
    hint = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{question}/hint")
    assert hint.status_code == 200, hint.text
    await session.execute(update(Answer).where(Answer.attempt_id == uuid.UUID(view["attempt_id"]))
                          .values(scaffold_used=True))


async def _wrong_tries(session, pupil, view, *, question, times):
    qid = view["questions"][question]["id"]
    config = (await session.get(Question, uuid.UUID(qid))).config
    wrong = next(option["id"] for option in config["options"] if not option["is_correct"])
    for seq in range(1, times + 1):
        response = await pupil.post(f"/api/pupil/attempts/{view['attempt_id']}/answers/{qid}/submit",
                                    json={"answer_data": {"selected_option": wrong}, "seq": seq})
        assert response.status_code == 200, response.text


async def test_one_hint_or_two_tries_is_not_yet_a_reason(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams")
    adams = await _pupil(make_client, "adams")
    view = await _start(adams, assessment)
    qid = view["questions"][0]["id"]
    await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/questions/{qid}/hint")
    await _wrong_tries(session, adams, view, question=0, times=2)
    await client.login("teach")
    row = _row(await _live(client, school_class, assessment), "Sam Adams")
    assert (row["hints_used"], row["tries"]) == (1, 2)
    assert row["needs_help_reasons"] == []


async def test_idle_counts_from_the_last_save_and_follows_the_setting(client, session, make_client, monkeypatch):
    _teacher, school_class, assessment = await _lesson(session, "Adams", "Brown")
    for name in ("adams", "brown"):
        pupil = await _pupil(make_client, name)
        view = await _start(pupil, assessment)
        await pupil.put(f"/api/pupil/attempts/{view['attempt_id']}/answers/{view['questions'][0]['id']}",
                        json={"answer_data": {"selected_option": "a"}, "seq": 1})
        await _stand_still(session, view["attempt_id"], minutes=10 if name == "adams" else 2)
    await client.login("teach")
    live = await _live(client, school_class, assessment)
    assert [(r["kind"], r["minutes"]) for r in _row(live, "Sam Adams")["needs_help_reasons"]] == [("idle", 10)]
    assert _row(live, "Sam Brown")["needs_help_reasons"] == [], "2 minutes is under the 3-minute setting"

    monkeypatch.setattr(get_settings(), "live_idle_minutes", 15)
    later = await _live(client, school_class, assessment)
    assert later["idle_minutes"] == 15
    assert _row(later, "Sam Adams")["needs_help_reasons"] == []


async def test_a_pupil_on_a_break_is_not_called_idle(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams")
    adams = await _pupil(make_client, "adams")
    view = await _start(adams, assessment)
    await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/break")
    await _stand_still(session, view["attempt_id"], minutes=20)
    await client.login("teach")
    row = _row(await _live(client, school_class, assessment), "Sam Adams")
    assert row["status"] == "on_break"
    assert row["needs_help_reasons"] == []


# --- "I need help" --------------------------------------------------------------------------------------------

async def test_help_is_recorded_once_while_unseen_then_marked_seen(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams", "Brown")
    brown = await _pupil(make_client, "brown")
    view = await _start(brown, assessment)
    url = f"/api/pupil/attempts/{view['attempt_id']}/help"
    first = await brown.post(url, json={"question_id": view["questions"][1]["id"]})
    assert first.status_code == 200, first.text
    assert first.json()["message"] == "Your teacher has been told. Keep going when you are ready."
    assert first.json()["already_asked"] is False
    again = await brown.post(url, json={"question_id": view["questions"][2]["id"]})
    assert again.json()["already_asked"] is True
    assert again.json()["id"] == first.json()["id"]
    assert await session.scalar(select(func.count()).select_from(HelpRequest)) == 1, "presses piled up"

    await client.login("teach")
    live = await _live(client, school_class, assessment)
    assert _names(live)[0] == "Sam Brown"
    help_request = _row(live, "Sam Brown")["help_request"]
    assert (help_request["id"], help_request["question_number"]) == (first.json()["id"], 2)

    seen = await client.post(f"/api/classes/{school_class.id}/live/help/{help_request['id']}/seen")
    assert seen.status_code == 204, seen.text
    assert (await client.post(f"/api/classes/{school_class.id}/live/help/{help_request['id']}/seen")).status_code == 204
    after = await _live(client, school_class, assessment)
    assert _row(after, "Sam Brown")["help_request"] is None
    assert _names(after) == ["Sam Adams", "Sam Brown"], "Adams has not started, so comes first now"
    stored = await session.get(HelpRequest, uuid.UUID(help_request["id"]))
    await session.refresh(stored)
    assert stored.seen_at is not None
    assert stored.seen_by_id is not None

    anew = await brown.post(url, json={"question_id": view["questions"][0]["id"]})
    assert anew.json()["already_asked"] is False, "once seen, asking again is a new request"


async def test_a_pupil_can_ask_for_help_only_on_their_own_open_attempt(client, session, make_client):
    _teacher, _school_class, assessment = await _lesson(session, "Adams", "Brown")
    adams = await _pupil(make_client, "adams")
    view = await _start(adams, assessment)
    body = {"question_id": view["questions"][0]["id"]}
    brown = await _pupil(make_client, "brown")
    not_theirs = await brown.post(f"/api/pupil/attempts/{view['attempt_id']}/help", json=body)
    assert not_theirs.status_code == 403
    assert not_theirs.json()["detail"] == "This attempt belongs to someone else."
    await client.login("teach")
    assert (await client.post(f"/api/pupil/attempts/{view['attempt_id']}/help", json=body)).status_code == 403
    wrong_question = await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/help",
                                      json={"question_id": str(uuid.uuid4())})
    assert wrong_question.status_code == 404
    await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/complete")
    finished = await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/help", json=body)
    assert finished.status_code == 409
    assert await session.scalar(select(func.count()).select_from(HelpRequest)) == 0


async def test_only_a_teacher_of_the_pupils_class_marks_help_seen(client, session, make_client):
    _teacher, school_class, assessment = await _lesson(session, "Adams")
    other_teacher = await make_user(session, Role.teacher, username="other")
    other_class = await make_class(session, name="8B", teachers=[other_teacher])
    adams = await _pupil(make_client, "adams")
    view = await _start(adams, assessment)
    asked = (await adams.post(f"/api/pupil/attempts/{view['attempt_id']}/help",
                              json={"question_id": view["questions"][0]["id"]})).json()
    other = await _pupil(make_client, "other")
    assert (await other.post(f"/api/classes/{school_class.id}/live/help/{asked['id']}/seen")).status_code == 403
    wrong_class = await other.post(f"/api/classes/{other_class.id}/live/help/{asked['id']}/seen")
    assert wrong_class.status_code == 404
    assert (await adams.post(f"/api/classes/{school_class.id}/live/help/{asked['id']}/seen")).status_code == 403
    stored = await session.get(HelpRequest, uuid.UUID(asked["id"]))
    await session.refresh(stored)
    assert stored.seen_at is None


# --- Within a group (the pure rules) --------------------------------------------------------------------------

def _pupil_row(name, *, reasons, last_activity=None):
    from app.schemas.live import LivePupil

    return LivePupil(pupil_id=uuid.uuid4(), name=name, status="working", attempt_id=None, answered=0,
                     question_count=3, current_question=None, time_used_seconds=0, hints_used=0, tries=0,
                     last_activity_at=last_activity, help_request=None, needs_help_reasons=reasons)


def test_who_asked_first_and_who_has_been_still_longest_come_first_within_their_group():
    from app.schemas.live import NeedsHelpReason
    from app.services.lesson.needs_help import row_order

    now = utcnow()
    rows = [
        _pupil_row("Zed later", reasons=[NeedsHelpReason(kind="asked_for_help", at=now)]),
        _pupil_row("Yan earlier", reasons=[NeedsHelpReason(kind="asked_for_help", at=now - timedelta(minutes=2))]),
        _pupil_row("Abe still 4", reasons=[NeedsHelpReason(kind="idle", minutes=4)],
                   last_activity=now - timedelta(minutes=4)),
        _pupil_row("Bea still 9", reasons=[NeedsHelpReason(kind="idle", minutes=9)],
                   last_activity=now - timedelta(minutes=9)),
        _pupil_row("Cal fine", reasons=[]),
        _pupil_row("Ann fine", reasons=[]),
    ]
    ordered = sorted(rows, key=lambda row: row_order(row, row.name))
    assert [row.name for row in ordered] == ["Yan earlier", "Zed later", "Bea still 9", "Abe still 4", "Ann fine",
                                             "Cal fine"]
