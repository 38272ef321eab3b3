"""The new school year: previewed, applied once, classes moved up with their teachers and pupils, Year 9 and
leavers archived with their results, last year's classes read-only, access arrangements kept."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Attempt, ClassPupil, ClassTeacher, Role, SchoolClass, User
from app.services.accounts.new_year import next_class_name
from app.utils.dates import academic_year_for
from tests.factories import make_assessment, make_class, make_user

THIS_YEAR = academic_year_for()  # the calendar's year, as the school's before the wizard first runs
NEXT_YEAR = f"{int(THIS_YEAR[:4]) + 1}-{(int(THIS_YEAR[:4]) + 2) % 100:02d}"
ROUTE = "/api/admin/new-year"


def test_the_year_number_in_a_class_name_moves_up():
    assert next_class_name("7A", 7) == "8A"
    assert next_class_name("8CS1", 8) == "9CS1"
    assert next_class_name("Y7 Computing", 7) == "Y8 Computing"
    assert next_class_name("17th set", 7) is None, "a 7 inside another number is not the year"
    assert next_class_name("Computing club", 7) is None


async def _pupil(session, name, year, classes, **arrangements):
    pupil = await make_user(session, Role.pupil, username=name.lower(), year_group=year)
    pupil.name = pupil.first_name = name
    pupil.access_arrangements = arrangements
    for school_class in classes:
        session.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
    await session.flush()
    return pupil


async def _school(session):
    teacher = await make_user(session, Role.teacher, username="tutor")
    other = await make_user(session, Role.teacher, username="setter")
    seven = await make_class(session, name="7A", year_group=7, teachers=[teacher], academic_year=THIS_YEAR)
    eight = await make_class(session, name="8CS1", year_group=8, teachers=[other], academic_year=THIS_YEAR)
    nine = await make_class(session, name="9B", year_group=9, teachers=[teacher], academic_year=THIS_YEAR)
    club = await make_class(session, name="Computing club", year_group=7, teachers=[other], academic_year=THIS_YEAR)
    people = {
        "ada": await _pupil(session, "Ada", 7, [seven, club], extra_time_percent=25, read_aloud=True),
        "bo": await _pupil(session, "Bo", 7, [seven]),
        "cy": await _pupil(session, "Cy", 8, [eight]),
        "di": await _pupil(session, "Di", 9, [nine]),
    }
    return {"teacher": teacher, "other": other, "7A": seven, "8CS1": eight, "9B": nine, "club": club,
            **people}


async def _admin(client, session):
    await make_user(session, Role.admin, username="head")
    await client.login("head")


async def _apply(client, plan, **choices):
    body = {"from_year": plan["from_year"], "plan_hash": plan["plan_hash"], **choices}
    return await client.post(ROUTE, json={k: v for k, v in body.items()})


async def test_the_preview_proposes_next_years_classes_and_lists_who_moves_up_and_who_leaves(client, session):
    await _admin(client, session)
    await _school(session)
    plan = (await client.get(ROUTE)).json()
    assert (plan["from_year"], plan["to_year"], plan["blocked"]) == (THIS_YEAR, NEXT_YEAR, None)
    proposed = {c["name"]: (c["continues"], c["next_name"]) for c in plan["classes"]}
    assert proposed == {"7A": (True, "8A"), "Computing club": (True, None), "8CS1": (True, "9CS1"),
                        "9B": (False, None)}
    assert [p["name"] for p in plan["moving_up"]] == ["Ada", "Bo", "Cy"]
    assert [p["name"] for p in plan["finishing_ks3"]] == ["Di"]


async def test_the_move_makes_next_years_classes_and_archives_leavers_keeping_everything(client, session):
    await _admin(client, session)
    school = await _school(session)
    assessment = await make_assessment(session, owner=school["teacher"], questions=["text_input"],
                                       publish_to=[school["9B"]])
    session.add(Attempt(pupil_id=school["di"].id, assessment_id=assessment.id, class_id=school["9B"].id,
                        attempt_number=1, question_order=[]))
    await session.flush()
    plan = (await client.get(ROUTE)).json()
    club_id = str(school["club"].id)
    unnamed = await _apply(client, plan)
    assert unnamed.status_code == 422
    assert "give next year's name for Computing club" in unnamed.json()["detail"]
    moved = await _apply(client, plan, names={club_id: "Computing club 2"}, leaving=[str(school["bo"].id)])
    assert moved.status_code == 200, moved.text
    assert sorted(moved.json()["classes_created"]) == ["8A", "9CS1", "Computing club 2"]
    assert (moved.json()["pupils_moved_up"], moved.json()["pupils_archived"]) == (2, 2)

    new = {c.name: c for c in (await session.execute(
        select(SchoolClass).where(SchoolClass.academic_year == NEXT_YEAR))).scalars()}
    assert (new["8A"].year_group, new["9CS1"].year_group) == (8, 9)
    teachers = set((await session.execute(select(ClassTeacher.teacher_id)
                                          .where(ClassTeacher.class_id == new["8A"].id))).scalars())
    assert teachers == {school["teacher"].id}, "next year's class has the same teachers"
    pupils = set((await session.execute(select(ClassPupil.pupil_id)
                                        .where(ClassPupil.class_id == new["8A"].id))).scalars())
    assert pupils == {school["ada"].id}, "Ada moves up with 7A; Bo was marked as leaving"
    for key in ("ada", "bo", "cy", "di"):
        await session.refresh(school[key])
    assert (school["ada"].year_group, school["cy"].year_group) == (8, 9)
    assert school["ada"].access_arrangements == {"extra_time_percent": 25, "read_aloud": True}, \
        "access arrangements move up with the pupil"
    assert (school["bo"].is_active, school["di"].is_active) == (False, False), "leavers and Year 9 are archived"
    assert await session.scalar(select(func.count()).select_from(Attempt)
                                .where(Attempt.pupil_id == school["di"].id)) == 1, "a leaver's results are kept"
    await session.refresh(school["7A"])
    assert school["7A"].closed_at is not None, "last year's class is closed"


async def test_the_school_moves_once_a_year_and_a_second_run_is_refused(client, session):
    await _admin(client, session)
    await _school(session)
    plan = (await client.get(ROUTE)).json()
    names = {c["class_id"]: c["name"] + " next" for c in plan["classes"] if c["continues"] and not c["next_name"]}
    assert (await _apply(client, plan, names=names)).status_code == 200
    again = await _apply(client, plan, names=names)
    assert again.status_code == 409
    assert f"moved from {THIS_YEAR} to {NEXT_YEAR}" in again.json()["detail"]
    assert "only once a year" in again.json()["detail"]
    after = (await client.get(ROUTE)).json()
    assert after["from_year"] == NEXT_YEAR
    assert after["blocked"] and "can be made from 1 September" in after["blocked"], after["blocked"]
    early = await _apply(client, after)
    assert early.status_code == 409
    assert await session.scalar(select(func.count()).select_from(SchoolClass)
                                .where(SchoolClass.academic_year == NEXT_YEAR)) == 3


async def test_a_plan_that_changed_since_the_preview_is_refused(client, session):
    await _admin(client, session)
    school = await _school(session)
    plan = (await client.get(ROUTE)).json()
    await _pupil(session, "Eli", 7, [school["7A"]])
    response = await _apply(client, plan, names={str(school["club"].id): "Club"})
    assert response.status_code == 409
    assert "changed since the preview" in response.json()["detail"]
    assert await session.scalar(select(func.count()).select_from(SchoolClass)
                                .where(SchoolClass.academic_year == NEXT_YEAR)) == 0


async def test_last_years_classes_are_readable_but_read_only(client, session, make_client):
    await _admin(client, session)
    school = await _school(session)
    assessment = await make_assessment(session, owner=school["teacher"], questions=["text_input"],
                                       publish_to=[school["7A"]])
    plan = (await client.get(ROUTE)).json()
    assert (await _apply(client, plan, names={str(school["club"].id): "Club"})).status_code == 200
    old = school["7A"].id
    newcomer = await _pupil(session, "Fi", 8, [])
    add = await client.post(f"/api/classes/{old}/pupils", json={"pupil_ids": [str(newcomer.id)]})
    assert add.status_code == 409 and "a school year that has ended" in add.json()["detail"]
    assert (await client.delete(f"/api/classes/{old}/pupils/{school['ada'].id}")).status_code == 409
    assert (await client.patch(f"/api/admin/classes/{old}", json={"name": "7Z"})).status_code == 409
    assert (await client.post(f"/api/admin/classes/{old}/teachers",
                              json={"teacher_id": str(school["other"].id)})).status_code == 409

    teacher = await make_client()
    await teacher.login("tutor")
    detail = await teacher.get(f"/api/classes/{old}")
    assert detail.status_code == 200 and detail.json()["read_only"] is True, "last year's class can be read"
    assert [p["name"] for p in detail.json()["pupils"]] == ["Ada", "Bo"]
    publish = await teacher.post(f"/api/assessments/{assessment.id}/publish", json={"classes": [{"class_id": str(old)}]})
    assert publish.status_code == 409

    pupil = await make_client()
    await pupil.login("ada")
    start = await pupil.post(f"/api/pupil/assessments/{assessment.id}/start")
    assert start.status_code == 403 and "last school year" in start.json()["detail"], start.text
    board = (await pupil.get("/api/pupil/assessments")).json()
    assert board["available"] == [], "last year's assessments are not offered"


async def test_an_import_after_the_move_updates_next_years_classes(client, session):
    await _admin(client, session)
    school = await _school(session)
    plan = (await client.get(ROUTE)).json()
    assert (await _apply(client, plan, names={str(school["club"].id): "Club"})).status_code == 200
    text = "first name,last name,year,class\nAda,Last1,8,8A\n"
    school["ada"].last_name = "Last1"
    await session.flush()
    preview = (await client.post("/api/admin/pupils/import/preview", json={"csv": text})).json()
    assert preview["academic_year"] == NEXT_YEAR
    assert [p["name"] for p in preview["unchanged"]] == ["Ada"], "found in next year's 8A by name and class"


async def test_only_admins_move_the_school(client, session):
    await make_user(session, Role.teacher, username="plain")
    await client.login("plain")
    assert (await client.get(ROUTE)).status_code == 403
    assert (await client.post(ROUTE, json={"from_year": THIS_YEAR, "plan_hash": "0" * 64})).status_code == 403
    assert await session.scalar(select(func.count()).select_from(User).where(User.role == Role.admin)) == 0
