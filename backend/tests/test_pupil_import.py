"""Bulk import of pupils from CSV: per-row errors, all or nothing, usable credentials."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Role, SchoolClass, User
from app.services.accounts.pupil_import import parse_rows
from app.utils.dates import academic_year_for
from tests.factories import make_class, make_user

GOOD = """First name,Last name,Year,Class
Amy,Smith,7,7A
Ben,Jones,Year 7,7A
Cara,Smith,8,8B
"""


async def _admin(client, session):
    await make_user(session, Role.admin, username="boss")
    await client.login("boss")


async def test_admin_import_creates_pupils_classes_and_credentials(client, session, make_client):
    await _admin(client, session)
    r = await client.post("/api/admin/pupils/import", json={"csv": GOOD})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["count"] == 3
    assert [c["username"] for c in body["created"]] == ["asmith", "bjones", "csmith"]
    assert {c["class_name"] for c in body["created"]} == {"7A", "8B"}
    classes = (await session.execute(select(SchoolClass.name, SchoolClass.academic_year))).all()
    assert set(classes) == {("7A", academic_year_for()), ("8B", academic_year_for())}
    pupil = await make_client()
    await pupil.login("bjones", body["created"][1]["password"])
    again = await client.post("/api/admin/pupils/import", json={"csv": "first name,last name,year,class\nAmy,Smith,7,7A\n"})
    assert again.status_code == 422
    assert "already in 7A" in again.json()["rows"][0]["errors"][0]


async def test_bad_rows_are_reported_per_row_and_nothing_is_imported(client, session):
    await _admin(client, session)
    before = await session.scalar(select(func.count()).select_from(User))
    csv_text = "first name,last name,year,class\nAmy,Smith,7,7A\n,Jones,7,7A\nCal,Ng,12,7A\nDee,Ray,seven,\nAmy,Smith,7,7a\n"
    r = await client.post("/api/admin/pupils/import", json={"csv": csv_text})
    assert r.status_code == 422
    body = r.json()
    assert body["detail"].startswith("Nothing was imported: 4 rows need fixing")
    by_row = {p["row"]: p["errors"] for p in body["rows"]}
    assert by_row[3] == ["the first name is empty"]
    assert "not a KS3 year" in by_row[4][0]
    assert any("not a number" in e for e in by_row[5])
    assert any("class is empty" in e for e in by_row[5])
    assert "appears twice" in by_row[6][0]
    assert await session.scalar(select(func.count()).select_from(User)) == before


async def test_header_is_required_columns(client, session):
    await _admin(client, session)
    r = await client.post("/api/admin/pupils/import", json={"csv": "name,surname\nA,B\n"})
    assert r.status_code == 422


def test_parse_without_header_semicolons_and_bom():
    rows = parse_rows("\ufeffAmy;Smith;7;7A\r\nBen;Jones;8;8B\r\n")
    assert [(r.first_name, r.year_group, r.class_name, r.number) for r in rows] == [
        ("Amy", 7, "7A", 1),
        ("Ben", 8, "8B", 2),
    ]


async def test_teacher_imports_only_into_their_own_class(client, session):
    me = await make_user(session, Role.teacher, username="t")
    mine = await make_class(session, name="7A", teachers=[me], academic_year=academic_year_for())
    theirs = await make_class(session, name="7B", academic_year=academic_year_for())
    await client.login("t")
    r = await client.post(f"/api/classes/{mine.id}/pupils/import",
                          json={"csv": "first name,last name,year,class\nAmy,Smith,7,7A\nBen,Jones,7,7B\n"})
    assert r.status_code == 422
    assert "is not 7A" in r.json()["rows"][0]["errors"][0]
    r = await client.post(f"/api/classes/{theirs.id}/pupils/import",
                          json={"csv": "first name,last name,year,class\nBen,Jones,7,7B\n"})
    assert r.status_code == 403
    r = await client.post("/api/admin/pupils/import", json={"csv": GOOD})
    assert r.status_code == 403
    ok = await client.post(f"/api/classes/{mine.id}/pupils/import",
                           json={"csv": "first name,last name,year,class\nAmy,Smith,7,7A\n"})
    assert ok.status_code == 201
    assert ok.json()["created"][0]["class_name"] == "7A"


async def test_usernames_stay_unique(client, session):
    await _admin(client, session)
    await make_user(session, Role.pupil, username="asmith")
    r = await client.post("/api/admin/pupils/import",
                          json={"csv": "first name,last name,year,class\nAmy,Smith,7,7A\nAl,Smith,7,7A\n"})
    assert [c["username"] for c in r.json()["created"]] == ["asmith2", "asmith3"]
