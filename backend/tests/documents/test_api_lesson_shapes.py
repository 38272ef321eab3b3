"""A teacher's lesson pack in the shapes of issue 16, uploaded through the API as the wizard does, on SQLite and
PostgreSQL: what the materials step is then given to show."""

from __future__ import annotations

from app.models import Role, Unit
from tests.corpus import formats as f
from tests.documents.test_more_formats import PAGE, STARTER
from tests.documents.test_teaching_shapes import TIMETABLE
from tests.factories import make_user

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _slides() -> bytes:
    deck = f.new_pptx(title="Year 9 Spreadsheets")  # a title property left over from another deck
    f.title_slide(deck, "Network Security", "Year 9 Computing – Lesson 1")
    f.content_slide(deck, "Malware", ["‘Malicious software’ – software that is damaging to a computer or network"])
    f.content_slide(deck, "Encryption", ["Scrambling data so that it can’t be understood if it is intercepted"])
    f.content_slide(deck, "Task", ["Complete the matching up activity on your sheet"])
    return f.pptx_bytes(deck)


def _plan() -> bytes:
    document = f.new_docx()
    f.para(document, "Lesson Plan – Network Security", size=16, bold=True)
    document.add_heading("Lesson Objectives", level=2)
    f.para(document, "To understand the main threats to a network")
    for line in TIMETABLE:
        f.para(document, line)
    f.para(document, "Extension: Head over to this link: https://www.example.org/phishing-quiz and try the quiz.")
    return f.docx_bytes(document)


async def test_an_uploaded_pack_gives_terms_objectives_and_a_lesson_sequence_with_their_sources(client, session):
    teacher = await make_user(session, Role.teacher, username="teacher")
    await client.login("teacher")
    unit = Unit(title="Network security", year_group=9, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    response = await client.post(f"/api/units/{unit.id}/documents", files=[
        ("files", ("Network Security.pptx", _slides(), PPTX)),
        ("files", ("Lesson plan.docx", _plan(), DOCX)),
        ("files", ("computational-thinking.html", PAGE.encode(), "text/html")),
        ("files", ("Malware starter.txt", STARTER.encode(), "text/plain")),
    ])
    assert response.status_code == 201, response.text
    assert response.json()["refused"] == 0, response.json()

    found = (await client.get(f"/api/units/{unit.id}/materials")).json()["found"]
    terms = {v["term"]: v["source"] for v in found["vocabulary"]}
    assert {"Malware": "Network Security.pptx", "Encryption": "Network Security.pptx",
            "Decomposition": "computational-thinking.html"}.items() <= terms.items()
    assert not {"Task", "Match up exercise", "IMPORTANT"} & set(terms)
    objectives = [o["text"] for o in found["objectives"]]
    assert "To understand the main threats to a network" in objectives
    assert "To describe how different types of malware spread and the damage they do" in objectives
    assert not [o for o in objectives if o[:1].isdigit() or o.startswith(("-", "Students", "Teacher"))], objectives
    sequence = next(s for s in found["sequences"] if s["source"] == "Lesson plan.docx")
    assert sequence["title"] == "Lesson sequence"
    assert sequence["steps"][0] == "What is Network Security?"
    assert found["lesson_titles"][0] == "Network Security", "the slides' title, not the leftover file property"


async def test_a_text_file_that_is_really_a_program_is_refused_through_the_api(client, session):
    teacher = await make_user(session, Role.teacher, username="teacher")
    await client.login("teacher")
    unit = Unit(title="Networks", year_group=8, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    response = await client.post(f"/api/units/{unit.id}/documents",
                                 files={"files": ("notes.txt", b"MZ\x90\x00" + b"\x00" * 100, "text/plain")})
    assert response.status_code == 422
    assert "looks like a program" in response.json()["detail"]
