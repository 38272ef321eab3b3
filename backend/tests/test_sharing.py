"""Sharing with the department (services/authoring/sharing.py): a teacher shares an assessment or a unit;
colleagues read, preview, print, export and copy it, and never see its classes or pupils' work nor change it.
Every route is also probed in tests/security/test_route_access.py (A's shared assessment, B a colleague)."""

from __future__ import annotations

import uuid
from typing import Any, NamedTuple

import pytest
from sqlalchemy import select

from app.models import Assessment, AuditLog, Role, Unit
from app.services.authoring import sharing
from tests.conftest import Client
from tests.factories import make_assessment, make_class, make_user

RESULT_ROUTES = [
    "/api/analytics/assessments/{id}",
    "/api/analytics/assessments/{id}/questions",
    "/api/analytics/assessments/{id}/objectives",
    "/api/analytics/assessments/{id}/export.csv",
    "/api/assessments/{id}/extensions",
    "/api/marking/agreement/{id}",
]
CHANGES = [
    ("PATCH", "/api/assessments/{id}", {"title": "Taken over"}),
    ("DELETE", "/api/assessments/{id}", None),
    ("POST", "/api/assessments/{id}/archive", None),
    ("POST", "/api/assessments/{id}/status", {"status": "review"}),
    ("POST", "/api/assessments/{id}/publish", {"classes": [{"class_id": "{colleague_class}"}]}),
    ("POST", "/api/assessments/{id}/questions/reorder", {"question_order": ["{question}"]}),
    ("PATCH", "/api/assessments/{id}/questions/{question}", {"question_text": "Changed"}),
    ("DELETE", "/api/assessments/{id}/questions/{question}", None),
    ("POST", "/api/assessments/{id}/share", None),
    ("DELETE", "/api/assessments/{id}/share", None),
]


class School(NamedTuple):
    owner: Client  # Ms Owen: owns the unit and the assessment, teaches 7S where a pupil has started it
    colleague: Client  # Mr Cole: teaches 7C, nothing of Ms Owen's
    admin: Client
    ids: dict[str, str]


async def _signed_in(make_client: Any, username: str) -> Client:
    client = await make_client()
    await client.login(username)
    return client


@pytest.fixture
async def school(session, make_client) -> School:
    owner = await make_user(session, Role.teacher, username="owen", name="Ms Owen")
    colleague = await make_user(session, Role.teacher, username="cole", name="Mr Cole")
    await make_user(session, Role.admin, username="head", name="Mrs Head")
    pupil = await make_user(session, Role.pupil, username="pip")
    own_class = await make_class(session, name="7S", teachers=[owner], pupils=[pupil])
    colleague_class = await make_class(session, name="7C", teachers=[colleague])
    unit = Unit(title="Networks", year_group=7, owner_id=owner.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    assessment = await make_assessment(session, owner=owner, publish_to=[own_class], title="Networks quiz",
                                       unit_id=unit.id, questions=["multiple_choice", "binary_convert"])
    await session.refresh(assessment, ["questions"])
    clients = {name: await _signed_in(make_client, name) for name in ("owen", "cole", "head", "pip")}
    start = await clients["pip"].post(f"/api/pupil/assessments/{assessment.id}/start")
    assert start.status_code == 200, start.text
    ids = {"id": str(assessment.id), "unit": str(unit.id), "question": str(assessment.questions[0].id),
           "class": str(own_class.id), "colleague_class": str(colleague_class.id), "owner": str(owner.id),
           "colleague": str(colleague.id), "pupil": str(pupil.id)}
    return School(clients["owen"], clients["cole"], clients["head"], ids)


def _path(path: str, ids: dict[str, str]) -> str:
    return path.format(**ids)


def _fill(body: Any, ids: dict[str, str]) -> Any:
    if isinstance(body, str):
        return body.format(**ids) if body.startswith("{") else body
    if isinstance(body, dict):
        return {key: _fill(value, ids) for key, value in body.items()}
    if isinstance(body, list):
        return [_fill(value, ids) for value in body]
    return body


async def _share(school: School) -> dict:
    response = await school.owner.post(f"/api/assessments/{school.ids['id']}/share")
    assert response.status_code == 200, response.text
    return response.json()


# --- Sharing an assessment -------------------------------------------------------------------------------------


async def test_an_unshared_assessment_stays_closed_to_colleagues(school):
    response = await school.colleague.get(f"/api/assessments/{school.ids['id']}")
    assert response.status_code == 403
    assert response.json()["detail"] == sharing.NOT_YOURS


async def test_sharing_says_who_shared_it_and_when(school):
    state = await _share(school)
    assert state["shared"] and state["directly"], state
    assert state["shared_by_name"] == "Ms Owen"
    assert state["shared_at"] is not None


async def test_a_colleague_lists_a_shared_assessment_apart_from_their_own(school):
    await _share(school)
    shared = (await school.colleague.get("/api/assessments/shared")).json()
    assert [item["title"] for item in shared] == ["Networks quiz"]
    assert shared[0]["owner_name"] == "Ms Owen"
    assert shared[0]["question_count"] == 2
    mine = (await school.colleague.get("/api/assessments")).json()
    assert school.ids["id"] not in [item["id"] for item in mine], "a shared assessment is not in the colleague's own list"


async def test_the_owner_does_not_see_their_own_assessment_as_shared_by_a_colleague(school):
    await _share(school)
    assert (await school.owner.get("/api/assessments/shared")).json() == []


async def test_a_colleague_reads_the_questions_without_classes_or_attempts(school):
    await _share(school)
    response = await school.colleague.get(f"/api/assessments/{school.ids['id']}")
    assert response.status_code == 200, response.text
    body = response.json()
    assert len(body["questions"]) == 2
    assert body["can_edit"] is False
    assert body["can_see_results"] is False
    assert body["classes"] == [], "the owner's classes are not the colleague's to see"
    assert body["attempt_count"] == 0, "how many pupils started it is not the colleague's to see"
    assert school.ids["class"] not in response.text
    assert body["sharing"]["shared_by_name"] == "Ms Owen"


async def test_the_owner_still_sees_classes_and_attempts(school):
    await _share(school)
    body = (await school.owner.get(f"/api/assessments/{school.ids['id']}")).json()
    assert [c["class_name"] for c in body["classes"]] == ["7S"]
    assert body["attempt_count"] == 1
    assert body["can_see_results"] is True


@pytest.mark.parametrize("path", ["/api/assessments/{id}/preview", "/api/assessments/{id}/paper?version=pupil",
                                  "/api/assessments/{id}/paper?version=key",
                                  "/api/assessments/{id}/export?format=ks3-json",
                                  "/api/assessments/{id}/export?format=gift"])
async def test_a_colleague_may_preview_print_and_export_a_shared_assessment(school, path):
    await _share(school)
    response = await school.colleague.get(_path(path, school.ids))
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:200]}"
    assert school.ids["pupil"] not in response.text


@pytest.mark.parametrize("path", RESULT_ROUTES)
async def test_a_colleague_never_sees_the_pupils_work(school, path):
    await _share(school)
    response = await school.colleague.get(_path(path, school.ids))
    assert response.status_code == 403, f"{path} answered {response.status_code}"
    assert response.json()["detail"] == sharing.QUESTIONS_ONLY


async def test_the_marking_queue_holds_none_of_the_shared_assessments_answers(school):
    await _share(school)
    response = await school.colleague.get("/api/marking/queue", params={"assessment_id": school.ids["id"]})
    assert school.ids["pupil"] not in response.text


async def test_a_colleague_never_sees_the_live_view(school):
    await _share(school)
    response = await school.colleague.get(f"/api/classes/{school.ids['class']}/live",
                                          params={"assessment_id": school.ids["id"]})
    assert response.status_code == 403


@pytest.mark.parametrize(("method", "path", "body"), CHANGES, ids=[f"{m} {p}" for m, p, _ in CHANGES])
async def test_a_colleague_changes_nothing(school, session, method, path, body):
    await _share(school)
    response = await school.colleague.request(method, _path(path, school.ids), json=_fill(body, school.ids))
    assert response.status_code == 403, f"{method} {path} answered {response.status_code}: {response.text}"
    stored = await session.get(Assessment, uuid.UUID(school.ids["id"]), populate_existing=True)
    assert (stored.title, stored.deleted_at) == ("Networks quiz", None), "the shared assessment is as it was"


async def test_a_colleague_duplicates_it_into_their_own_draft(school):
    await _share(school)
    response = await school.colleague.post(f"/api/assessments/{school.ids['id']}/duplicate")
    assert response.status_code == 201, response.text
    copy = response.json()
    assert copy["owner_id"] == school.ids["colleague"]
    assert copy["status"] == "draft"
    assert copy["can_edit"] is True
    assert len(copy["questions"]) == 2
    assert copy["classes"] == []


async def test_the_copy_remembers_where_it_came_from(school):
    await _share(school)
    copy = (await school.colleague.post(f"/api/assessments/{school.ids['id']}/duplicate")).json()
    again = (await school.colleague.get(f"/api/assessments/{copy['id']}")).json()
    assert again["copied_from"] == {"id": school.ids["id"], "title": "Networks quiz", "owner_name": "Ms Owen"}


async def test_the_copy_is_not_shared_and_is_the_colleagues_to_change(school):
    await _share(school)
    copy = (await school.colleague.post(f"/api/assessments/{school.ids['id']}/duplicate")).json()
    assert copy["sharing"]["shared"] is False
    renamed = await school.colleague.patch(f"/api/assessments/{copy['id']}", json={"title": "My networks quiz"})
    assert renamed.status_code == 200, renamed.text
    assert (await school.owner.get(f"/api/assessments/{copy['id']}")).status_code == 403


# --- Stopping ----------------------------------------------------------------------------------------------------


async def test_stop_sharing_removes_access(school):
    await _share(school)
    stopped = await school.owner.delete(f"/api/assessments/{school.ids['id']}/share")
    assert stopped.json()["shared"] is False
    assert (await school.colleague.get(f"/api/assessments/{school.ids['id']}")).status_code == 403
    assert (await school.colleague.get(f"/api/assessments/{school.ids['id']}/preview")).status_code == 403
    assert (await school.colleague.post(f"/api/assessments/{school.ids['id']}/duplicate")).status_code == 403
    assert (await school.colleague.get("/api/assessments/shared")).json() == []


async def test_a_copy_made_before_stopping_stays_the_colleagues(school):
    await _share(school)
    copy = (await school.colleague.post(f"/api/assessments/{school.ids['id']}/duplicate")).json()
    await school.owner.delete(f"/api/assessments/{school.ids['id']}/share")
    assert (await school.colleague.get(f"/api/assessments/{copy['id']}")).status_code == 200


async def test_a_deleted_shared_assessment_is_gone_for_colleagues(school):
    await _share(school)
    await school.owner.delete(f"/api/assessments/{school.ids['id']}")
    assert (await school.colleague.get("/api/assessments/shared")).json() == []
    assert (await school.colleague.get(f"/api/assessments/{school.ids['id']}")).status_code == 404


async def test_sharing_a_missing_assessment_is_not_found(school):
    response = await school.owner.post(f"/api/assessments/{uuid.uuid4()}/share")
    assert response.status_code == 404


async def test_sharing_and_stopping_are_audited(school, session):
    await _share(school)
    await school.owner.delete(f"/api/assessments/{school.ids['id']}/share")
    actions = (await session.execute(select(AuditLog.action, AuditLog.username).where(
        AuditLog.entity_id == school.ids["id"], AuditLog.action.like("assessment.%share"))))
    assert sorted(tuple(row) for row in actions) == [("assessment.share", "owen"), ("assessment.unshare", "owen")]


# --- Units ---------------------------------------------------------------------------------------------------------


async def _share_unit(school: School) -> dict:
    response = await school.owner.post(f"/api/units/{school.ids['unit']}/share")
    assert response.status_code == 200, response.text
    return response.json()


async def test_sharing_a_unit_shares_the_owners_assessments_in_it(school):
    await _share_unit(school)
    response = await school.colleague.get(f"/api/assessments/{school.ids['id']}")
    assert response.status_code == 200, response.text
    assert response.json()["sharing"]["through_unit_title"] == "Networks"


async def test_sharing_a_unit_shares_its_later_assessments_too(school):
    await _share_unit(school)
    later = (await school.owner.post("/api/assessments", json={"title": "Later quiz", "unit_id": school.ids["unit"]})).json()
    titles = {item["title"] for item in (await school.colleague.get("/api/assessments/shared")).json()}
    assert titles == {"Networks quiz", "Later quiz"}
    assert (await school.colleague.get(f"/api/assessments/{later['id']}/preview")).status_code == 200


async def test_sharing_a_unit_never_shares_a_colleagues_assessment_in_it(school, make_client):
    await _share_unit(school)
    theirs = (await school.colleague.post("/api/assessments", json={"title": "Cole's quiz",
                                                                    "unit_id": school.ids["unit"]})).json()
    assert (await school.owner.get(f"/api/assessments/{theirs['id']}")).status_code == 403
    assert "Cole's quiz" not in [item["title"] for item in (await school.owner.get("/api/assessments/shared")).json()]


async def test_the_unit_says_it_is_shared(school):
    await _share_unit(school)
    unit = (await school.colleague.get(f"/api/units/{school.ids['unit']}")).json()
    assert unit["sharing"]["shared"] is True
    assert unit["sharing"]["shared_by_name"] == "Ms Owen"
    listed = {u["id"]: u["shared"] for u in (await school.colleague.get("/api/units")).json()}
    assert listed[school.ids["unit"]] is True


async def test_stop_sharing_a_unit_removes_access(school):
    await _share_unit(school)
    await school.owner.delete(f"/api/units/{school.ids['unit']}/share")
    assert (await school.colleague.get(f"/api/assessments/{school.ids['id']}")).status_code == 403
    assert (await school.colleague.get(f"/api/units/{school.ids['unit']}")).json()["sharing"]["shared"] is False


async def test_an_assessment_in_a_shared_unit_stays_shared_when_its_own_share_stops(school):
    await _share(school)
    await _share_unit(school)
    state = (await school.owner.delete(f"/api/assessments/{school.ids['id']}/share")).json()
    assert state["shared"] is True
    assert state["directly"] is False
    assert state["through_unit_title"] == "Networks"


@pytest.mark.parametrize("method", ["POST", "DELETE"])
async def test_only_the_units_owner_shares_it(school, method):
    response = await school.colleague.request(method, f"/api/units/{school.ids['unit']}/share")
    assert response.status_code == 403
    assert "belongs to another teacher" in response.json()["detail"]


async def test_unit_sharing_is_audited(school, session):
    await _share_unit(school)
    actions = (await session.execute(select(AuditLog.action).where(AuditLog.entity_id == school.ids["unit"]))).scalars()
    assert "unit.share" in list(actions)


# --- Admins ----------------------------------------------------------------------------------------------------


async def test_an_admin_sees_everything_shared_or_not(school):
    response = await school.admin.get(f"/api/assessments/{school.ids['id']}")
    body = response.json()
    assert body["can_edit"] is True
    assert body["can_see_results"] is True
    assert [c["class_name"] for c in body["classes"]] == ["7S"]
    assert (await school.admin.get(f"/api/analytics/assessments/{school.ids['id']}")).status_code == 200


async def test_an_admin_may_share_a_teachers_assessment(school):
    response = await school.admin.post(f"/api/assessments/{school.ids['id']}/share")
    assert response.status_code == 200, response.text
    assert (await school.colleague.get(f"/api/assessments/{school.ids['id']}")).status_code == 200


# --- The rule itself, as the question bank uses it ----------------------------------------------------------------


async def _viewable(session, username: str) -> set[uuid.UUID]:
    from app.models import User

    user = await session.scalar(select(User).where(User.username == username))
    return set((await session.execute(select(Assessment.id).where(sharing.viewable_by(user)))).scalars())


async def test_viewable_by_follows_sharing(school, session):
    assessment_id = uuid.UUID(school.ids["id"])
    assert assessment_id not in await _viewable(session, "cole")
    await _share(school)
    assert assessment_id in await _viewable(session, "cole")
    await school.owner.delete(f"/api/assessments/{school.ids['id']}/share")
    assert assessment_id not in await _viewable(session, "cole")


async def test_can_view_assessment_agrees_with_the_routes(school, session):
    from app.models import User

    cole = await session.scalar(select(User).where(User.username == "cole"))
    assessment_id = uuid.UUID(school.ids["id"])
    assert await sharing.can_view_assessment(session, cole, assessment_id) is False
    await _share(school)
    assert await sharing.can_view_assessment(session, cole, assessment_id) is True
