"""Export and import of assessments in our own JSON format: a lossless round trip of all 14 question types with
a picture, who may export, a preview that saves nothing, and a clear 4xx for every bad or hostile file."""

from __future__ import annotations

import base64
import json
import uuid

import pytest
from sqlalchemy import select

from app.config import get_settings
from app.demo.sample_assessment import TITLE as DEMO_TITLE
from app.demo.seed import seed_demo
from app.models import Assessment, AuditLog, Media, Question, Role, User
from tests.exchange_helpers import count_rows as _count
from tests.exchange_helpers import exported, refused_storing_nothing
from tests.exchange_helpers import questions_of as _questions
from tests.factories import make_assessment, make_user
from tests.test_media import tiny_png

QUESTION_FIELDS = ("type", "question_text", "points", "difficulty", "time_estimate_seconds", "hint", "feedback",
                   "strands", "tags", "image_alt", "learning_objective_id", "topic_id")
SETTINGS = ("description", "year_group", "time_limit_minutes", "allow_hints", "show_immediate_feedback",
            "randomise_questions", "randomise_options", "max_attempts", "allow_question_retry",
            "max_question_retries", "show_time_remaining", "auto_release_ai_marks", "ai_marking")


async def _demo_with_picture(session) -> tuple[Assessment, str]:
    """The demo assessment (all 14 types), its first question and its diagram using an uploaded picture."""
    await seed_demo(session, if_empty=False)
    assessment = await session.scalar(select(Assessment).where(Assessment.title == DEMO_TITLE))
    owner = await session.get_one(User, assessment.owner_id)
    media = Media(owner_id=owner.id, filename="parts.png", content_type="image/png", size_bytes=len(tiny_png()),
                  width=3, height=2, data=tiny_png())
    session.add(media)
    await session.flush()
    url = f"/api/media/{media.id}"
    questions = (await session.scalars(select(Question).where(Question.assessment_id == assessment.id)
                                       .order_by(Question.position))).all()
    questions[0].image_url, questions[0].image_alt = url, "Eight squares in a row"
    drag = next(q for q in questions if q.type == "drag_label")
    drag.config = {**drag.config, "image": url}
    drag.image_url = url
    assessment.time_limit_minutes, assessment.ai_marking = 40, {"runs_per_model": 2}
    await session.flush()
    return assessment, url


def _upload(content: bytes, name: str = "set.ks3.json") -> dict:
    return {"file": (name, content, "application/json")}


async def _export(client, assessment_id) -> bytes:
    return await exported(client, assessment_id, "ks3-json")


async def test_round_trip_keeps_every_field_of_all_14_types_and_the_picture(client, session):
    original, picture_url = await _demo_with_picture(session)
    await client.login("teacher", "demo1234")
    response = await client.get(f"/api/assessments/{original.id}/export?format=ks3-json")
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == (
        'attachment; filename="Programming-essentials-and-binary-check-your-understanding.ks3.json"')
    document = json.loads(response.content)
    assert (document["format"], document["version"]) == ("ks3-assessment", 1)
    assert len(document["pictures"]) == 1, "the one picture is carried once, though two fields use it"

    imported = await client.post("/api/assessments/import", files=_upload(response.content))
    assert imported.status_code == 201, imported.text
    result = imported.json()
    assert (result["imported"], result["skipped"], result["notes"]) == (14, [], [])

    copy = await session.get(Assessment, uuid.UUID(result["assessment_id"]))
    await session.refresh(copy)
    assert copy.id != original.id
    assert (copy.title, copy.status.value, copy.owner_id) == (original.title, "draft", original.owner_id)
    for name in SETTINGS:
        assert getattr(copy, name) == getattr(original, name), name
    assert copy.unit_id == original.unit_id, "the objectives are found again, so the unit is too"
    before, after = await _questions(session, original.id), await _questions(session, copy.id)
    assert sorted(q.type for q in after) == sorted(q.type for q in before) and len(after) == 14
    new_url = after[0].image_url
    assert new_url != picture_url and new_url.startswith("/api/media/"), "the picture is a new upload"
    new_media = await session.get(Media, uuid.UUID(new_url.rsplit("/", 1)[1]))
    assert new_media.data == tiny_png()
    for old, new in zip(before, after, strict=True):
        assert new.id != old.id
        for name in QUESTION_FIELDS:
            assert getattr(new, name) == getattr(old, name), f"question {old.position + 1} ({old.type}): {name}"
        swap = json.dumps([old.config, old.scaffold, old.image_url]).replace(picture_url, new_url)
        assert json.dumps([new.config, new.scaffold, new.image_url]) == swap, f"{old.type}: config"


async def test_export_of_another_teachers_assessment_is_refused(client, session, make_client):
    original, _url = await _demo_with_picture(session)
    await client.login("teacher2", "demo1234")
    response = await client.get(f"/api/assessments/{original.id}/export")
    assert response.status_code == 403
    assert response.json()["detail"] == "This assessment belongs to another teacher."
    pupil = await make_client()
    await pupil.login("pupil", "demo1234")
    assert (await pupil.get(f"/api/assessments/{original.id}/export")).status_code == 403
    assert (await pupil.post("/api/assessments/import/preview", files=_upload(b"{}"))).status_code == 403


async def test_unknown_export_format_is_refused_by_name(client, session):
    teacher = await make_user(session, Role.teacher, username="t")
    assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice"])
    await client.login("t")
    response = await client.get(f"/api/assessments/{assessment.id}/export?format=word")
    assert response.status_code == 422
    assert "ks3-json" in response.json()["detail"]


async def test_preview_lists_questions_and_saves_nothing(client, session):
    original, _url = await _demo_with_picture(session)
    await client.login("teacher", "demo1234")
    content = await _export(client, original.id)
    counts = [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)]
    response = await client.post("/api/assessments/import/preview", files=_upload(content))
    assert response.status_code == 200, response.text
    preview = response.json()
    assert (preview["format"], preview["title"], preview["question_count"]) == ("ks3-json", DEMO_TITLE, 14)
    assert (preview["importable_count"], preview["picture_count"]) == (14, 1)
    first = preview["questions"][0]
    assert (first["number"], first["type"], first["will_import"]) == (1, "multiple_choice", True)
    assert first["short_text"].startswith("How many bits")
    assert [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)] == counts


async def _small_file(client, session) -> dict:
    teacher = await make_user(session, Role.teacher, username="t")
    assessment = await make_assessment(session, owner=teacher, questions=["multiple_choice", "text_input",
                                                                          "ordering"])
    await client.login("t")
    return json.loads(await _export(client, assessment.id))


async def test_invalid_question_is_skipped_with_its_reason(client, session):
    document = await _small_file(client, session)
    document["questions"][1]["config"] = {"type": "text_input", "accepted_answers": []}
    document["questions"][2]["points"] = "ten"
    content = json.dumps(document).encode()
    preview = (await client.post("/api/assessments/import/preview", files=_upload(content))).json()
    assert [q["will_import"] for q in preview["questions"]] == [True, False, False]
    assert "accepted_answers" in preview["questions"][1]["skip_reason"]
    assert preview["questions"][2]["skip_reason"].startswith("points:")
    response = await client.post("/api/assessments/import", files=_upload(content), data={"title": "Mine"})
    assert response.status_code == 201, response.text
    result = response.json()
    assert (result["title"], result["imported"]) == ("Mine", 1)
    assert [s["number"] for s in result["skipped"]] == [2, 3]
    assert "accepted_answers" in result["skipped"][0]["reason"]
    audit = await session.scalar(select(AuditLog).where(AuditLog.action == "assessment.import"))
    assert audit.details["imported"] == 1 and len(audit.details["skipped"]) == 2


async def test_a_picture_the_file_does_not_carry_is_a_warning(client, session):
    document = await _small_file(client, session)
    document["questions"][0]["image_url"] = f"/api/media/{uuid.uuid4()}"
    preview = (await client.post("/api/assessments/import/preview",
                                 files=_upload(json.dumps(document).encode()))).json()
    [warning] = [p for p in preview["questions"][0]["problems"] if p["field"] == "image_url"]
    assert warning["severity"] == "warning" and "not in the file" in warning["message"]
    assert preview["questions"][0]["will_import"] is True


async def test_only_the_chosen_questions_are_imported(client, session):
    content = json.dumps(await _small_file(client, session)).encode()
    response = await client.post("/api/assessments/import", files=_upload(content), data={"include": "1,3"})
    assert response.status_code == 201, response.text
    copy = await _questions(session, uuid.UUID(response.json()["assessment_id"]))
    assert [q.type for q in copy] == ["multiple_choice", "ordering"]


def _nested(levels: int) -> bytes:
    return ("[" * levels + "]" * levels).encode()


def _document(**changes) -> dict:
    return {"format": "ks3-assessment", "version": 1, "assessment": {"title": "A set"}, "questions": [],
            "pictures": [], **changes}


def _picture(data: str) -> dict:
    return _document(pictures=[{"url": f"/api/media/{uuid.UUID(int=1)}", "filename": "diagram.png", "content_type": "image/png",
                                "data": data}])


HOSTILE = {
    "truncated JSON": (b'{"format": "ks3-assessment", "version": 1, "assessment": {"ti', 422,
                       "It is not complete JSON"),
    "50-level nesting": (b'{"format": "ks3-assessment", "x": ' + _nested(50) + b"}", 422, "nested more than 24"),
    "100,000-level nesting": (_nested(100_000), 422, "nested more than 24"),
    "an HTML file renamed .json": (b"<!DOCTYPE html><html><body>Hello</body></html>", 422, "a web page (HTML)"),
    "not text": (b"\xff\xfe\x00\x81binary", 422, "It is not text"),
    "JSON but not ours": (b'{"name": "my list"}', 422, "This file is not a KS3 Assessment export"),
    "a newer version": (json.dumps(_document(version=7)).encode(), 422, "format version 7"),
    "a 10 MB base64 picture": (json.dumps(_picture("A" * 10 * 1024 * 1024)).encode(), 413, "larger than 5 MB"),
    "a PNG that is really text": (json.dumps(_picture(base64.b64encode(b"just some words").decode())).encode(),
                                  422, "‘diagram.png’ in this file is not a picture"),
    "picture data that is not base64": (json.dumps(_picture("%%%")).encode(), 422, "not base64"),
    "5,000 questions": (json.dumps(_document(questions=[{}] * 5000)).encode(), 413, "This file has 5,000 questions"),
    "questions of the wrong type": (json.dumps(_document(questions="all of them")).encode(), 422,
                                    "questions: "),
    "a title of the wrong type": (json.dumps(_document(assessment={"title": 12})).encode(), 422,
                                  "assessment.title: "),
    "an empty file": (b"", 422, "This file is empty"),
    "a number too large to keep": (b'{"format": "ks3-assessment", "version": 1e400}', 422, "not complete JSON"),
    "a picture address that is not an upload": (json.dumps(_document(pictures=[
        {"url": "a", "filename": "p.png", "data": ""}])).encode(), 422, "pictures[0].url: "),
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_bad_and_hostile_files_get_a_clear_4xx(client, session, name):
    content, status, message = HOSTILE[name]
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    await refused_storing_nothing(client, session, _upload(content), status, message)


async def test_a_file_over_the_size_setting_is_refused_saying_the_limit(client, session, monkeypatch):
    monkeypatch.setattr(get_settings(), "exchange_max_file_mb", 1)
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = json.dumps(_document(assessment={"title": "x" * 2_000_000})).encode()
    response = await client.post("/api/assessments/import/preview", files=_upload(content))
    assert response.status_code == 413
    assert "larger than 1 MB" in response.json()["detail"]


async def test_an_objective_this_school_lacks_is_a_warning_then_a_note(client, session):
    original, _url = await _demo_with_picture(session)
    await client.login("teacher", "demo1234")
    document = json.loads(await _export(client, original.id))
    linked = next(q for q in document["questions"] if q["objective"])
    linked["objective"]["description"] = "Explain how a quantum computer stores a qubit"
    content = json.dumps(document).encode()
    preview = (await client.post("/api/assessments/import/preview", files=_upload(content))).json()
    number = document["questions"].index(linked) + 1
    warning = next(p for p in preview["questions"][number - 1]["problems"] if p["field"] == "objective")
    assert warning["severity"] == "warning"
    assert "no learning objective ‘Explain how a quantum computer stores a qubit’" in warning["message"]
    result = (await client.post("/api/assessments/import", files=_upload(content))).json()
    assert result["imported"] == 14, "a missing objective does not stop a question"
    assert result["notes"] == [f"Question {number}: the learning objective ‘Explain how a quantum computer stores "
                               "a qubit’ is not in this school's units, so the question is not linked to an "
                               "objective."]


async def test_a_form_without_a_file_or_with_bad_numbers_is_refused(client, session):
    content = json.dumps(await _small_file(client, session)).encode()
    empty = await client.post("/api/assessments/import/preview", data={"title": "x"})
    assert empty.status_code == 422
    assert empty.json()["detail"] == "Choose a file to import."
    numbers = await client.post("/api/assessments/import", files=_upload(content), data={"include": "one, two"})
    assert numbers.status_code == 422
    assert numbers.json()["detail"].startswith("include: list the question numbers")
    none = await client.post("/api/assessments/import", files=_upload(content), data={"include": "9"})
    assert none.status_code == 422
    assert none.json()["detail"] == "Choose at least one question to import."


async def test_a_file_with_no_questions_imports_nothing(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    response = await client.post("/api/assessments/import", files=_upload(json.dumps(_document()).encode()))
    assert response.status_code == 422
    assert response.json()["detail"] == "This file has no questions, so there is nothing to import."


async def test_a_file_written_with_allow_review_still_imports_with_its_other_settings(client, session):
    """Files exported before pupils' answers were shown per class carry allow_review: read, and dropped."""
    document = await _small_file(client, session)
    assert "allow_review" not in document["assessment"]["settings"], "new files no longer write it"
    document["assessment"]["settings"].update({"allow_review": False, "max_attempts": 3})
    response = await client.post("/api/assessments/import", files=_upload(json.dumps(document).encode()))
    assert response.status_code == 201, response.text
    copy = await session.get(Assessment, uuid.UUID(response.json()["assessment_id"]))
    assert copy.max_attempts == 3
