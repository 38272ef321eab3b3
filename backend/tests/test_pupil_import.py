"""A class list imported as an update: preview (nothing saved), then apply the previewed plan. Rows are matched by
UPN, admission number, username, or name and class; school information-system exports are read as they come."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from app.models import ClassPupil, Role, SchoolClass, User
from app.services.accounts.roster_csv import parse_rows
from app.services.accounts.roster_ids import upn_problem
from app.utils.dates import academic_year_for
from tests.factories import make_class, make_user

FIXTURES = Path(__file__).parent / "fixtures" / "roster"
HEADER = "first name,last name,year,class\n"
GOOD = HEADER + "Amy,Smith,7,7A\nBen,Jones,Year 7,7A\nCara,Smith,8,8B\n"
ADMIN_ROUTE = "/api/admin/pupils/import"


async def _admin(client, session):
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")


async def preview(client, csv_text, route=ADMIN_ROUTE):
    response = await client.post(f"{route}/preview", json={"csv": csv_text})
    assert response.status_code == 200, response.text
    return response.json()


async def apply(client, csv_text, route=ADMIN_ROUTE, *, archive_leavers=False, plan=None):
    plan = plan or await preview(client, csv_text, route)
    return await client.post(route, json={"csv": csv_text, "plan_hash": plan["plan_hash"],
                                          "archive_leavers": archive_leavers})


async def _pupil(session, first, last, *, classes=(), upn=None, adno=None, year=7, active=True):
    pupil = await make_user(session, Role.pupil, username=f"{first}{last}".lower(), year_group=year, is_active=active)
    pupil.first_name, pupil.last_name, pupil.name = first, last, f"{first} {last}"
    pupil.upn, pupil.admission_number = upn, adno
    for school_class in classes:
        session.add(ClassPupil(class_id=school_class.id, pupil_id=pupil.id))
    await session.flush()
    return pupil


async def _classes_of(session, pupil):
    rows = await session.execute(select(SchoolClass.name).join(ClassPupil, ClassPupil.class_id == SchoolClass.id)
                                 .where(ClassPupil.pupil_id == pupil.id))
    return sorted(rows.scalars())


# --- Reading the file ------------------------------------------------------------------------------------------


def test_a_sims_export_is_read_with_preferred_forenames_identifiers_and_email():
    rows = parse_rows((FIXTURES / "sims.csv").read_text(encoding="utf-8"))
    assert [(r.number, r.first_name, r.last_name, r.class_name, r.year_group) for r in rows] == [
        (2, "Amy", "Smith", "7A", 7), (3, "Benjamin", "O'Neil, Jr", "7A", 7), (4, "Cara", "Jones", "7B", 7)]
    assert rows[0].upn == "H801200001001"
    assert [r.admission_number for r in rows] == ["1001", "1002", "1003"], "leading zeros are not part of an Adno"
    assert rows[0].email == "amy.smith@pupils.example.sch.uk", "School Email is the email column"
    assert all(not r.errors for r in rows), [r.errors for r in rows]


def test_an_arbor_export_with_semicolons_is_read():
    rows = parse_rows((FIXTURES / "arbor.csv").read_text(encoding="utf-8"))
    assert [(r.first_name, r.last_name, r.class_name, r.year_group, r.admission_number) for r in rows] == [
        ("Ravi", "Patel", "8C", 8, "2001"), ("Zosia", "Nowak", "8C", 8, "2002")]
    assert rows[1].email == "zosia@pupils.example.sch.uk", "Email Address is the email column"


def test_a_bromcom_export_with_tabs_is_read():
    rows = parse_rows((FIXTURES / "bromcom.tsv").read_text(encoding="utf-8"))
    assert [(r.first_name, r.class_name, r.year_group, r.admission_number) for r in rows] == [
        ("Gwen", "9E", 9, "3001"), ("Ifan", "9E", 9, "3002")]


def test_headings_ignore_case_spaces_and_punctuation_and_upn_is_not_an_email():
    rows = parse_rows("ADMISSION  NO.,u.p.n,LEGAL_SURNAME,Forename,Reg. Group,N.C. Year\n7,H801200001001,Ng,Li,7A,7\n")
    assert (rows[0].admission_number, rows[0].upn, rows[0].last_name, rows[0].class_name) == ("7", "H801200001001",
                                                                                               "Ng", "7A")
    assert rows[0].email is None, "the UPN column must not be read as an email"


def test_the_class_column_wins_over_the_registration_group():
    rows = parse_rows("Forename,Surname,Year,Reg Group,Class\nLi,Ng,7,7R,7CS1\n")
    assert rows[0].class_name == "7CS1"


def test_a_file_without_a_header_still_reads_four_columns():
    rows = parse_rows("\ufeffAmy;Smith;7;7A\r\nBen;Jones;8;8B\r\n")
    assert [(r.first_name, r.year_group, r.class_name, r.number) for r in rows] == [("Amy", 7, "7A", 1),
                                                                                   ("Ben", 8, "8B", 2)]


def test_upns_are_checked_as_the_dfe_defines_them():
    assert upn_problem("H801200001001") is None, "the DfE's example UPN"
    assert "would be H" in upn_problem("A801200001001"), "a wrong check letter names the right one"
    assert "temporary" in upn_problem("H80120000100A")
    assert "13 characters" in upn_problem("H8012")


# --- Preview and apply -------------------------------------------------------------------------------------------


async def _school(session):
    """This year's 7A and 7B: Amy (UPN), Ben (admission number), Cara (no identifiers), Dan (not in the new file)."""
    year = academic_year_for()
    seven_a = await make_class(session, name="7A", academic_year=year)
    seven_b = await make_class(session, name="7B", academic_year=year)
    people = {
        "amy": await _pupil(session, "Amelia", "Smith", classes=[seven_a], upn="H801200001001"),
        "ben": await _pupil(session, "Ben", "Jones", classes=[seven_a], adno="1002"),
        "cara": await _pupil(session, "Cara", "Lee", classes=[seven_a]),
        "dan": await _pupil(session, "Dan", "Moss", classes=[seven_b]),
    }
    return seven_a, seven_b, people


UPDATE = ("UPN,Adno,Legal Surname,Legal Forename,Preferred Forename,Reg Group,NC Year\n"
          "H801200001001,,Smith,Amelia,Amy,7A,7\n"  # Amy: her preferred name now shown
          ",001002,Jones,Ben,,7B,7\n"  # Ben: moves from 7A to 7B, found by his admission number
          ",,Lee,Cara,,7A,7\n"  # Cara: unchanged, found by name and class
          "X801200001002,,Khan,Eve,,7B,7\n"  # Eve: new
          "A801200001001,,Bad,Upn,,7B,7\n")  # a UPN with the wrong check letter


async def test_the_preview_lists_each_kind_of_change_and_saves_nothing(client, session):
    await _admin(client, session)
    _a, _b, people = await _school(session)
    before = await session.scalar(select(func.count()).select_from(User))
    plan = await preview(client, UPDATE)
    assert [p["name"] for p in plan["new"]] == ["Eve Khan"]
    assert [(p["name"], p["matched_by"], p["from_classes"], p["to_class"]) for p in plan["moving"]] == [
        ("Ben Jones", "admission number", ["7A"], "7B")]
    assert [(p["name"], p["matched_by"], p["changes"]) for p in plan["changed"]] == [
        ("Amelia Smith", "UPN", ["first name: Amelia → Amy"])]
    assert [(p["name"], p["matched_by"]) for p in plan["unchanged"]] == [("Cara Lee", "name and class")]
    assert [p["name"] for p in plan["leavers"]] == ["Dan Moss"], "7B is in the file and Dan is not"
    assert [p["row"] for p in plan["problems"]] == [6]
    assert "would be H" in plan["problems"][0]["errors"][0]
    assert plan["may_archive_leavers"] is True
    assert await session.scalar(select(func.count()).select_from(User)) == before, "a preview saves nothing"
    assert people["amy"].first_name == "Amelia"


async def test_applying_the_plan_makes_each_change_and_leaves_the_problem_row_out(client, session):
    await _admin(client, session)
    _a, _b, people = await _school(session)
    response = await apply(client, UPDATE)
    assert response.status_code == 201, response.text
    result = response.json()
    assert (result["count"], result["moved"], result["changed"], result["unchanged"]) == (1, 1, 1, 1)
    assert result["skipped_rows"] == [6]
    assert result["created"][0]["name"] == "Eve Khan" and result["created"][0]["password"]
    await session.refresh(people["amy"])
    assert people["amy"].name == "Amy Smith"
    assert await _classes_of(session, people["ben"]) == ["7B"], "Ben moved: out of 7A, into 7B"
    eve = await session.scalar(select(User).where(User.upn == "X801200001002"))
    assert eve is not None and await _classes_of(session, eve) == ["7B"]
    await session.refresh(people["dan"])
    assert people["dan"].is_active, "a leaver is only listed unless the admin asks to archive them"


async def test_leavers_are_archived_only_when_the_admin_asks_and_their_classes_are_kept(client, session):
    await _admin(client, session)
    _a, _b, people = await _school(session)
    response = await apply(client, UPDATE, archive_leavers=True)
    assert response.status_code == 201, response.text
    assert response.json()["archived"] == 1
    await session.refresh(people["dan"])
    assert people["dan"].is_active is False
    assert await _classes_of(session, people["dan"]) == ["7B"], "archived, not deleted: class and results kept"


async def test_a_plan_that_changed_since_the_preview_is_refused_and_nothing_is_saved(client, session):
    await _admin(client, session)
    seven_a, _b, people = await _school(session)
    plan = await preview(client, UPDATE)
    await _pupil(session, "Fay", "Late", classes=[seven_a])  # someone adds a pupil meanwhile: a new leaver
    response = await apply(client, UPDATE, plan=plan)
    assert response.status_code == 409, response.text
    assert "changed since the preview" in response.json()["detail"]
    assert response.json()["preview"]["plan_hash"] != plan["plan_hash"], "the refusal carries the new preview"
    assert await session.scalar(select(func.count()).where(User.upn == "X801200001002")) == 0
    assert await _classes_of(session, people["ben"]) == ["7A"]


async def test_a_hash_made_for_another_file_is_refused(client, session):
    await _admin(client, session)
    plan = await preview(client, GOOD)
    response = await apply(client, GOOD + "Dee,Ray,7,7A\n", plan=plan)
    assert response.status_code == 409


async def test_one_pupil_who_already_has_an_account_no_longer_fails_the_file(client, session):
    await _admin(client, session)
    first = await apply(client, GOOD)
    assert first.status_code == 201, first.text
    assert [c["username"] for c in first.json()["created"]] == ["asmith", "bjones", "csmith"]
    again_text = HEADER + "Amy,Smith,7,7A\nDee,Ray,7,7A\n"
    plan = await preview(client, again_text)
    assert [p["name"] for p in plan["unchanged"]] == ["Amy Smith"]
    assert [p["name"] for p in plan["new"]] == ["Dee Ray"]
    again = await apply(client, again_text, plan=plan)
    assert again.status_code == 201, again.text
    assert [c["name"] for c in again.json()["created"]] == ["Dee Ray"]
    assert await session.scalar(select(func.count()).where(User.first_name == "Amy")) == 1


async def test_a_renamed_pupil_who_moved_class_is_still_found_by_their_upn(client, session):
    await _admin(client, session)
    seven_a = await make_class(session, name="7A", academic_year=academic_year_for())
    amy = await _pupil(session, "Amy", "Smith", classes=[seven_a], upn="H801200001001")
    await _pupil(session, "Ben", "Jones", classes=[seven_a], upn="X801200001002")
    text = "UPN,Surname,Forename,Reg Group,Year\nh801 2000 0100 1,Smith-Jones,Amy,7C,7\nX801200001002,Jones,Ben,7A,7\n"
    plan = await preview(client, text)
    assert [(p["pupil_id"], p["leaves"], p["to_class"], p["changes"]) for p in plan["moving"]] == [
        (str(amy.id), ["7A"], "7C", ["last name: Smith → Smith-Jones"])]
    assert plan["new_classes"] == ["7C"]
    assert (await apply(client, text, plan=plan)).status_code == 201
    assert await _classes_of(session, amy) == ["7C"], "out of 7A (which the file names), into 7C"


async def test_a_move_never_takes_a_pupil_out_of_a_class_the_file_does_not_name(client, session):
    await _admin(client, session)
    year = academic_year_for()
    form, computing = (await make_class(session, name="7A", academic_year=year),
                       await make_class(session, name="7CS1", academic_year=year))
    amy = await _pupil(session, "Amy", "Smith", classes=[form, computing], adno="1")
    text = "Adno,Surname,Forename,Reg Group,Year\n1,Smith,Amy,7B,7\n"
    plan = await preview(client, text)
    assert [(p["from_classes"], p["leaves"], p["to_class"]) for p in plan["moving"]] == [(["7A", "7CS1"], [], "7B")]
    assert (await apply(client, text, plan=plan)).status_code == 201
    assert await _classes_of(session, amy) == ["7A", "7B", "7CS1"]


async def test_identifiers_are_filled_in_for_a_pupil_found_by_name_and_class(client, session):
    await _admin(client, session)
    seven_a = await make_class(session, name="7A", academic_year=academic_year_for())
    amy = await _pupil(session, "Amy", "Smith", classes=[seven_a])
    text = "Adno,UPN,Surname,Forename,Reg Group,Year,Email\n0042,H801200001001,Smith,Amy,7A,7,amy@pupils.example.sch.uk\n"
    plan = await preview(client, text)
    assert plan["changed"][0]["changes"] == ["UPN added: H801200001001", "admission number added: 42",
                                             "email added: amy@pupils.example.sch.uk"]
    assert (await apply(client, text, plan=plan)).status_code == 201
    await session.refresh(amy)
    assert (amy.upn, amy.admission_number, amy.email) == ("H801200001001", "42", "amy@pupils.example.sch.uk")


async def test_a_switched_off_pupil_who_returns_is_switched_on_again(client, session):
    await _admin(client, session)
    seven_a = await make_class(session, name="7A", academic_year=academic_year_for())
    amy = await _pupil(session, "Amy", "Smith", classes=[seven_a], adno="9", active=False)
    plan = await preview(client, "Adno,Surname,Forename,Reg Group,Year\n9,Smith,Amy,7A,7\n")
    assert plan["changed"][0]["changes"] == ["account switched on again (it was switched off)"]
    assert (await apply(client, "Adno,Surname,Forename,Reg Group,Year\n9,Smith,Amy,7A,7\n", plan=plan)).status_code == 201
    await session.refresh(amy)
    assert amy.is_active


async def test_rows_that_disagree_or_repeat_are_problems_with_their_row_numbers(client, session):
    await _admin(client, session)
    seven_a = await make_class(session, name="7A", academic_year=academic_year_for())
    await _pupil(session, "Amy", "Smith", classes=[seven_a], upn="H801200001001")
    await _pupil(session, "Ben", "Jones", classes=[seven_a], adno="5")
    teacher = await make_user(session, Role.teacher, username="mailer")
    teacher.email = "taken@example.sch.uk"
    text = ("UPN,Adno,Surname,Forename,Reg Group,Year,Email\n"
            "H801200001001,5,Smith,Amy,7A,7,\n"  # the UPN is Amy's, the Adno Ben's
            ",,New,Nia,7A,7,TAKEN@example.sch.uk\n"  # someone else's email
            "X801200001002,,Khan,Eve,7B,7,\n"
            "X801200001002,,Khan,Eva,7B,7,\n"  # the same UPN as row 4
            ",,Ray,Dee,7A,nine,\n")
    plan = await preview(client, text)
    by_row = {p["row"]: p["errors"] for p in plan["problems"]}
    assert sorted(by_row) == [2, 3, 5, 6]
    assert "check which is right" in by_row[2][0]
    assert "already another account's" in by_row[3][0]
    assert by_row[5] == ["row 4 has the same UPN: each pupil's UPN is their own"]
    assert "not a number" in by_row[6][0]
    assert [p["name"] for p in plan["new"]] == ["Eve Khan"]
    assert plan["leavers"] == [], "pupils named by a row with problems are not taken for leavers"


async def test_teachers_import_into_their_own_open_class_only_and_never_archive(client, session):
    me = await make_user(session, Role.teacher, username="t")
    year = academic_year_for()
    mine = await make_class(session, name="7A", teachers=[me], academic_year=year)
    theirs = await make_class(session, name="7B", academic_year=year)
    other = await _pupil(session, "Pat", "Other", classes=[theirs], upn="H801200001001")
    await client.login("t")
    route = f"/api/classes/{mine.id}/pupils/import"
    plan = await preview(client, HEADER + "Amy,Smith,7,7A\nBen,Jones,7,7B\n", route)
    assert "is not 7A" in plan["problems"][0]["errors"][0]
    assert plan["may_archive_leavers"] is False and plan["leavers"] == []
    plan = await preview(client, "UPN,Forename,Surname,Year,Class\nH801200001001,Pat,Other,7,7A\n", route)
    assert "Ask the school's admin" in plan["problems"][0]["errors"][0], "a teacher cannot take over a pupil"
    forbidden = await client.post(f"/api/classes/{theirs.id}/pupils/import/preview", json={"csv": GOOD})
    assert forbidden.status_code == 403
    assert (await client.post(f"{ADMIN_ROUTE}/preview", json={"csv": GOOD})).status_code == 403
    ok = await apply(client, HEADER + "Amy,Smith,7,7A\n", route)
    assert ok.status_code == 201 and ok.json()["created"][0]["class_name"] == "7A"
    archive = await apply(client, HEADER + "Amy,Smith,7,7A\n", route, archive_leavers=True)
    assert archive.status_code == 403
    assert await _classes_of(session, other) == ["7B"]


async def test_usernames_stay_unique(client, session):
    await _admin(client, session)
    await make_user(session, Role.pupil, username="asmith")
    r = await apply(client, HEADER + "Amy,Smith,7,7A\nAl,Smith,7,7A\n")
    assert [c["username"] for c in r.json()["created"]] == ["asmith2", "asmith3"]


async def test_an_unusable_file_is_refused_with_a_message(client, session):
    await _admin(client, session)
    r = await client.post(f"{ADMIN_ROUTE}/preview", json={"csv": "forename,surname,colour\nA,B,blue\n"})
    assert r.status_code == 422
    assert "missing these columns: year, class" in r.json()["detail"]


# --- Identifiers edited by an admin ---------------------------------------------------------------------------


async def test_an_admin_sets_a_pupils_upn_and_admission_number_checked_and_unique(client, session):
    await _admin(client, session)
    amy = await _pupil(session, "Amy", "Smith", upn="H801200001001")
    ben = await _pupil(session, "Ben", "Jones")
    url = f"/api/admin/users/{ben.id}"
    assert (await client.patch(url, json={"upn": "A801200001001"})).status_code == 422
    taken = await client.patch(url, json={"upn": "h801200001001"})
    assert taken.status_code == 409 and "Amy Smith" in taken.json()["detail"]
    saved = await client.patch(url, json={"upn": "X801200001002", "admission_number": "00123"})
    assert saved.status_code == 200, saved.text
    assert (saved.json()["upn"], saved.json()["admission_number"]) == ("X801200001002", "123")
    cleared = await client.patch(url, json={"upn": ""})
    assert cleared.json()["upn"] is None
    assert (await client.patch(f"/api/admin/users/{amy.id}", json={"admission_number": "123"})).status_code == 409
