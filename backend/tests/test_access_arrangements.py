"""Access arrangements: who may read and set them (one pupil, several at once), what is refused, the audit log,
the pupil's /me and their own saved choices, "about N minutes" with extra time, and the CSV import columns."""

from __future__ import annotations

from sqlalchemy import select

from app.models import AuditLog, Role, User
from app.utils.dates import academic_year_for
from tests.factories import make_assessment, make_class, make_user

ARRANGED = {"extra_time_percent": 25, "read_aloud": True, "text_size": "large", "dyslexia_font": True,
            "line_spacing": "wide", "background_tint": "cream", "reduced_motion": True, "break_reminder_minutes": 20}


async def _class(session, *, pupils: int = 2):
    teacher = await make_user(session, Role.teacher, username="teach")
    members = [await make_user(session, Role.pupil, username=f"pip{n}") for n in range(pupils)]
    school_class = await make_class(session, name="7A", teachers=[teacher], pupils=members)
    return teacher, members, school_class


async def test_the_pupils_teacher_reads_and_sets_their_arrangements(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await client.login("teach")
    r = await client.get(f"/api/pupils/{pupil.id}/access")
    assert r.status_code == 200, r.text
    assert r.json()["arrangements"]["extra_time_percent"] == 0, "a pupil starts with no arrangements"
    r = await client.put(f"/api/pupils/{pupil.id}/access", json=ARRANGED)
    assert r.status_code == 200, r.text
    assert r.json()["arrangements"] == ARRANGED
    again = await client.get(f"/api/pupils/{pupil.id}/access")
    assert again.json()["arrangements"] == ARRANGED, "the arrangements were not stored"


async def test_an_admin_may_set_any_pupils_arrangements(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")
    r = await client.put(f"/api/pupils/{pupil.id}/access", json={"read_aloud": True})
    assert r.status_code == 200, r.text
    assert r.json()["arrangements"]["read_aloud"] is True


async def test_another_teacher_is_refused(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await make_user(session, Role.teacher, username="stranger")
    await client.login("stranger")
    assert (await client.get(f"/api/pupils/{pupil.id}/access")).status_code == 403
    r = await client.put(f"/api/pupils/{pupil.id}/access", json={"read_aloud": True})
    assert r.status_code == 403
    assert "not in any of your classes" in r.json()["detail"]


async def test_a_pupil_cannot_read_or_set_anyones_arrangements(client, session):
    _teacher, (pupil, other), _class_ = await _class(session)
    await client.login(pupil.username)
    assert (await client.get(f"/api/pupils/{other.id}/access")).status_code == 403
    assert (await client.put(f"/api/pupils/{pupil.id}/access", json={"extra_time_percent": 50})).status_code == 403


async def test_bad_values_are_refused_with_a_message(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await client.login("teach")
    for body, field in (({"extra_time_percent": 500}, "extra_time_percent"), ({"text_size": "huge"}, "text_size"),
                        ({"background_tint": "red"}, "background_tint"), ({"break_reminder_minutes": 1},
                                                                          "break_reminder_minutes")):
        r = await client.put(f"/api/pupils/{pupil.id}/access", json=body)
        assert r.status_code == 422, f"{body} was accepted"
        assert field in r.text, f"the refusal of {body} does not name {field}: {r.text}"


async def test_every_change_is_in_the_audit_log(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await client.login("teach")
    await client.put(f"/api/pupils/{pupil.id}/access", json={"extra_time_percent": 25})
    entries = (await session.execute(select(AuditLog).where(AuditLog.action == "pupil.access_update"))).scalars().all()
    assert len(entries) == 1
    assert entries[0].entity_id == str(pupil.id)
    assert entries[0].username == "teach"
    assert entries[0].details["changed"] == {"extra_time_percent": 25}


async def test_setting_several_pupils_at_once_keeps_their_other_arrangements(client, session):
    _teacher, (first, second, third), school_class = await _class(session, pupils=3)
    await client.login("teach")
    await client.put(f"/api/pupils/{first.id}/access", json={"dyslexia_font": True})
    r = await client.put(f"/api/classes/{school_class.id}/access",
                         json={"pupil_ids": [str(first.id), str(second.id)], "change": {"extra_time_percent": 25}})
    assert r.status_code == 200, r.text
    by_id = {p["pupil_id"]: p["arrangements"] for p in r.json()["pupils"]}
    assert by_id[str(first.id)]["extra_time_percent"] == 25
    assert by_id[str(first.id)]["dyslexia_font"] is True, "the change undid an arrangement it did not name"
    assert by_id[str(second.id)]["extra_time_percent"] == 25
    assert by_id[str(third.id)]["extra_time_percent"] == 0, "a pupil who was not chosen was changed"
    logged = (await session.execute(select(AuditLog.entity_id).where(AuditLog.action == "pupil.access_update"))).scalars()
    assert sorted(logged) == sorted([str(first.id), str(first.id), str(second.id)])


async def test_setting_several_refuses_a_pupil_from_another_class(client, session):
    _teacher, (pupil, _other), school_class = await _class(session)
    outsider = await make_user(session, Role.pupil, username="elsewhere")
    await client.login("teach")
    r = await client.put(f"/api/classes/{school_class.id}/access",
                         json={"pupil_ids": [str(pupil.id), str(outsider.id)], "change": {"read_aloud": True}})
    assert r.status_code == 422
    assert "not in 7A" in r.json()["detail"]
    await session.refresh(pupil)
    assert pupil.access_arrangements.get("read_aloud") is not True, "all or nothing: the classmate was changed"


async def test_setting_several_needs_a_change(client, session):
    _teacher, (pupil, _other), school_class = await _class(session)
    await client.login("teach")
    r = await client.put(f"/api/classes/{school_class.id}/access", json={"pupil_ids": [str(pupil.id)], "change": {}})
    assert r.status_code == 422
    assert "at least one arrangement" in r.json()["detail"]


async def test_class_list_of_arrangements_is_for_its_teachers(client, session):
    _teacher, (pupil, _other), school_class = await _class(session)
    await client.login("teach")
    await client.put(f"/api/pupils/{pupil.id}/access", json={"read_aloud": True})
    r = await client.get(f"/api/classes/{school_class.id}/access")
    assert r.status_code == 200, r.text
    assert r.json()["class_name"] == "7A"
    assert [p["arrangements"]["read_aloud"] for p in r.json()["pupils"]].count(True) == 1
    await make_user(session, Role.teacher, username="stranger")
    await client.login("stranger")
    assert (await client.get(f"/api/classes/{school_class.id}/access")).status_code == 403


async def test_me_gives_a_pupil_their_arrangements_and_choices(client, session):
    _teacher, (pupil, _other), _class_ = await _class(session)
    pupil.access_arrangements = {"dyslexia_font": True, "extra_time_percent": 50}
    await session.flush()
    await client.login(pupil.username)
    me = (await client.get("/api/auth/me")).json()
    assert me["access_arrangements"]["dyslexia_font"] is True
    assert me["access_arrangements"]["extra_time_percent"] == 50
    assert me["display_preferences"] == {"larger_text": False, "read_aloud_rate": 1.0}


async def test_me_gives_staff_no_arrangements(client, session):
    await _class(session)
    await client.login("teach")
    me = (await client.get("/api/auth/me")).json()
    assert me["access_arrangements"] is None
    assert me["display_preferences"] is None


async def test_a_pupil_saves_their_own_choices_to_their_account(client, session, make_client):
    _teacher, (pupil, _other), _class_ = await _class(session)
    await client.login(pupil.username)
    r = await client.put("/api/pupil/preferences", json={"larger_text": True})
    assert r.status_code == 200, r.text
    r = await client.put("/api/pupil/preferences", json={"read_aloud_rate": 0.75})
    assert r.json() == {"larger_text": True, "read_aloud_rate": 0.75}, "saving the speed forgot Larger text"
    other_device = await make_client()
    await other_device.login(pupil.username)
    me = (await other_device.get("/api/auth/me")).json()
    assert me["display_preferences"] == {"larger_text": True, "read_aloud_rate": 0.75}


async def test_a_pupils_choices_are_checked_and_only_theirs(client, session):
    await _class(session)
    await client.login("pip0")
    r = await client.put("/api/pupil/preferences", json={"read_aloud_rate": 9})
    assert r.status_code == 422
    assert "read_aloud_rate" in r.text
    await client.login("teach")
    assert (await client.put("/api/pupil/preferences", json={"larger_text": True})).status_code == 403


async def test_extra_time_changes_about_n_minutes_on_the_pupils_assessments(client, session):
    teacher, (pupil, other), school_class = await _class(session)
    await make_assessment(session, owner=teacher, questions=["multiple_choice"], publish_to=[school_class],
                          estimated_minutes=20)
    pupil.access_arrangements = {"extra_time_percent": 25}
    await session.flush()
    await client.login(pupil.username)
    card = (await client.get("/api/pupil/assessments")).json()["available"][0]
    assert card["estimated_minutes"] == 25, "20 minutes with 25% extra time is about 25 minutes"
    await client.login(other.username)
    card = (await client.get("/api/pupil/assessments")).json()["available"][0]
    assert card["estimated_minutes"] == 20, "extra time applied to a pupil who does not have it"


IMPORT = """first name,last name,year,class,extra time,read aloud,text size,dyslexia font,line spacing,background tint,reduced motion,break reminder
Amy,Smith,7,7A,25%,yes,Large,Y,wide,cream,no,20 minutes
Ben,Jones,7,7A,,,,,,,,
"""


async def test_import_reads_the_arrangement_columns(client, session):
    teacher = await make_user(session, Role.teacher, username="teach")
    school_class = await make_class(session, name="7A", teachers=[teacher], academic_year=academic_year_for())
    await client.login("teach")
    route = f"/api/classes/{school_class.id}/pupils/import"
    plan = (await client.post(f"{route}/preview", json={"csv": IMPORT})).json()
    r = await client.post(route, json={"csv": IMPORT, "plan_hash": plan["plan_hash"]})
    assert r.status_code == 201, r.text
    amy = await session.scalar(select(User).where(User.first_name == "Amy"))
    ben = await session.scalar(select(User).where(User.first_name == "Ben"))
    assert amy.access_arrangements == ARRANGED | {"reduced_motion": False}
    assert ben.access_arrangements["extra_time_percent"] == 0, "blank cells must mean the usual setting"
    assert ben.access_arrangements["break_reminder_minutes"] is None


async def test_import_reports_each_bad_arrangement_by_row(client, session):
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")
    csv_text = ("first name,last name,year,class,extra_time,read_aloud,text_size,break_reminder\n"
                "Amy,Smith,7,7A,lots,maybe,huge,2\n"
                "Ben,Jones,7,7A,50,no,larger,30\n")
    r = await client.post("/api/admin/pupils/import/preview", json={"csv": csv_text})
    assert r.status_code == 200, r.text
    body = r.json()
    assert [p["row"] for p in body["problems"]] == [2], "only the bad row is listed"
    assert [p["row"] for p in body["new"]] == [3]
    errors = body["problems"][0]["errors"]
    assert "the extra time ‘lots’ is not a percentage from 0% to 200% (for example 25%)" in errors
    assert "the read aloud ‘maybe’ is not yes or no" in errors
    assert "the text size ‘huge’ is not one of: normal, large, larger" in errors
    assert "the break reminder ‘2’ is not a number of minutes from 5 to 120 (or no)" in errors


async def test_a_reimport_changes_only_the_arrangement_columns_the_file_has(client, session):
    teacher = await make_user(session, Role.teacher, username="teach")
    school_class = await make_class(session, name="7A", teachers=[teacher], academic_year=academic_year_for())
    await client.login("teach")
    route = f"/api/classes/{school_class.id}/pupils/import"
    for text in (IMPORT, "first name,last name,year,class,extra time\nAmy,Smith,7,7A,50%\n"):
        plan = (await client.post(f"{route}/preview", json={"csv": text})).json()
        assert (await client.post(route, json={"csv": text, "plan_hash": plan["plan_hash"]})).status_code == 201
    assert plan["changed"][0]["changes"] == ["extra time: 25 → 50"]
    amy = await session.scalar(select(User).where(User.first_name == "Amy"))
    await session.refresh(amy)
    assert amy.access_arrangements == ARRANGED | {"reduced_motion": False, "extra_time_percent": 50}, \
        "the columns the file leaves out keep their values"
