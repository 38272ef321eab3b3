"""Text in pictures: a slide or page with almost no text but a large picture has the picture read with Tesseract
(in the reader process, bounded in time and in number), and what it says goes through the same structure
detection as typed text, marked "(read from a picture)". Where Tesseract is missing, the teacher is told and
nothing fails."""

from __future__ import annotations

import shutil
import time
from dataclasses import replace

import pytest

from app.models import Role, Unit
from app.services.documents import Limits, ocr, read_upload
from tests.dbs import in_ci
from tests.documents import picture_builders as pictures
from tests.factories import make_user

PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
NO_OCR = "Pictures with words in them were not read: this server cannot read text in pictures."

needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None and not in_ci(),
    reason="Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); CI installs it",
)


def _terms(document) -> dict[str, dict]:
    return {item["term"]: item for item in document.structure["vocabulary"]}


@needs_tesseract
def test_a_slide_that_is_only_a_picture_gives_the_terms_in_the_picture():
    (document,) = read_upload("Inside a computer.pptx", pictures.picture_slides()).documents
    terms = _terms(document)
    assert {"CPU", "GPU", "Motherboard", "Heat sink"} <= set(terms), sorted(terms)
    assert terms["CPU"]["definition"].startswith("Central Processing Unit: Carries out the instructions")
    assert terms["CPU"]["where"] == "slide 2 (read from a picture)"
    assert terms["Heat sink"]["where"] == "slide 3 (read from a picture)"
    assert document.structure["pictures"]["read"] == ["slide 2", "slide 3"]
    assert document.structure["pictures"]["not_read"] == []


@needs_tesseract
def test_the_words_in_a_picture_are_part_of_the_slide_and_the_text():
    (document,) = read_upload("Inside a computer.pptx", pictures.picture_slides()).documents
    slide = document.structure["slides"][1]
    assert any("instructions of a program" in bullet for bullet in slide["bullets"]), slide
    assert "Graphics Processing Unit" in document.text


@needs_tesseract
def test_a_slide_with_its_own_text_does_not_have_its_picture_read():
    (document,) = read_upload("Busy.pptx", pictures.busy_slide_with_a_picture()).documents
    assert document.structure["pictures"]["read"] == []
    assert not [t for t in document.structure["vocabulary"] if "picture" in t.get("where", "")]


@needs_tesseract
def test_a_word_document_that_is_a_scanned_page_gives_its_terms():
    (document,) = read_upload("Storage worksheet.docx", pictures.scanned_worksheet_docx()).documents
    terms = _terms(document)
    assert {"Solid state drive", "Optical disc"} <= set(terms), sorted(terms)
    assert terms["Optical disc"]["where"] == "picture 1 (read from a picture)"
    assert document.structure["pictures"]["read"] == ["picture 1"]


@needs_tesseract
def test_a_pdf_page_that_is_a_scanned_picture_gives_its_terms():
    (document,) = read_upload("Storage worksheet.pdf", pictures.scanned_pdf()).documents
    terms = _terms(document)
    assert {"Solid state drive", "Optical disc"} <= set(terms), sorted(terms)
    assert terms["Solid state drive"]["where"] == "page 1 (read from a picture)"
    assert document.structure["pictures"]["read"] == ["page 1"]


@needs_tesseract
def test_at_most_so_many_pictures_are_read_in_one_document():
    limits = replace(Limits(), max_ocr_pictures=2)
    (document,) = read_upload("Four pictures.pptx", pictures.picture_slides(pictures=4), limits=limits).documents
    found = document.structure["pictures"]
    assert found["read"] == ["slide 2", "slide 3"]
    assert found["not_read"] == ["slide 4", "slide 5"]
    assert found["note"] == "The pictures on slides 4 and 5 were not read: at most 2 pictures are read in one document."


@needs_tesseract
def test_a_picture_that_takes_too_long_is_left_out_and_the_rest_is_read():
    limits = replace(Limits(), ocr_seconds_per_picture=0.001)
    started = time.monotonic()
    (document,) = read_upload("Inside a computer.pptx", pictures.picture_slides(), limits=limits).documents
    assert time.monotonic() - started < 5
    found = document.structure["pictures"]
    assert found["read"] == []
    assert found["not_read"] == ["slide 2", "slide 3"]
    assert found["note"] == "The pictures on slides 2 and 3 were not read: reading them took too long."
    assert document.structure["lesson_titles"] == ["Inside a computer"]


@needs_tesseract
def test_a_photo_without_words_gives_nothing_and_is_not_said_to_be_read():
    (document,) = read_upload("Photo.pptx", pictures.photo_slide()).documents
    assert document.structure["pictures"] == {"read": [], "not_read": [], "note": ""}
    assert document.structure["vocabulary"] == []
    assert document.text.strip() == "# Inside a computer"


def test_only_the_words_tesseract_is_sure_of_are_kept():
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [("1", "1", "1", "1", "95.1", "RAM"), ("1", "1", "1", "2", "94.0", "(Random"), ("1", "1", "2", "1", "91.0",
            "Volatile"), ("1", "1", "2", "2", "23.7", "Zeal"), ("2", "1", "1", "1", "96.0", "ROM")]
    tsv = "\n".join([header, "4\t1\t1\t1\t1\t0\t0\t0\t9\t9\t-1\t"] + [
        f"5\t1\t{block}\t{par}\t{line}\t{word}\t0\t0\t9\t9\t{conf}\t{text}"
        for block, par, line, word, conf, text in rows])
    assert ocr.confident_words(tsv) == "RAM (Random\nVolatile\n\nROM"


def test_without_tesseract_the_teacher_is_told_and_nothing_fails(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract on this PATH
    (document,) = read_upload("Inside a computer.pptx", pictures.picture_slides()).documents
    found = document.structure["pictures"]
    assert found["read"] == []
    assert found["not_read"] == ["slide 2", "slide 3"]
    assert found["note"] == NO_OCR
    assert document.structure["lesson_titles"] == ["Inside a computer"]


def test_a_document_without_pictures_says_nothing_about_pictures(monkeypatch: pytest.MonkeyPatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    (document,) = read_upload("Busy.pptx", pictures.busy_slide_with_a_picture()).documents
    assert document.structure["pictures"] == {"read": [], "not_read": [], "note": ""}


def test_a_title_and_body_slide_naming_an_abbreviation_defines_it():
    """The same shape typed: a slide titled "RAM (Random Access Memory)" whose body starts "Volatile – …"."""
    from tests.corpus import formats as f

    deck = f.new_pptx()
    f.content_slide(deck, "RAM (Random Access Memory)", ["Volatile – loses its contents when the power is off",
                                                          "Holds the programs that are running"])
    (document,) = read_upload("Memory.pptx", f.pptx_bytes(deck)).documents
    terms = _terms(document)
    assert "Volatile" not in terms, "a property of RAM is not a key word of its own"
    assert terms["RAM"]["definition"].startswith("Random Access Memory: Volatile – loses its contents")


# --- Through the API: the reader process, and what the materials step is given --------------------------------

async def _unit(client, session) -> Unit:
    teacher = await make_user(session, Role.teacher, username="teacher")
    await client.login("teacher")
    unit = Unit(title="Inside a computer", year_group=8, owner_id=teacher.id, vocabulary=[])
    session.add(unit)
    await session.flush()
    return unit


@needs_tesseract
async def test_an_upload_says_which_slides_were_read_from_pictures(client, session):
    unit = await _unit(client, session)
    response = await client.post(f"/api/units/{unit.id}/documents",
                                 files={"files": ("Inside a computer.pptx", pictures.picture_slides(), PPTX)})
    assert response.status_code == 201, response.text
    (uploaded,) = response.json()["files"][0]["documents"]
    assert uploaded["pictures"] == {"read": ["slide 2", "slide 3"], "not_read": [], "note": ""}
    assert "slides 2 and 3" in response.json()["files"][0]["detail"]
    found = (await client.get(f"/api/units/{unit.id}/materials")).json()["found"]
    cpu = next(v for v in found["vocabulary"] if v["term"] == "CPU")
    assert (cpu["source"], cpu["where"]) == ("Inside a computer.pptx", "slide 2 (read from a picture)")
    (listed,) = (await client.get(f"/api/units/{unit.id}/documents")).json()
    assert listed["pictures"]["read"] == ["slide 2", "slide 3"]


async def test_an_upload_without_tesseract_is_read_and_carries_the_notice(client, session, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # the reader process is given this PATH: no tesseract on it
    unit = await _unit(client, session)
    response = await client.post(f"/api/units/{unit.id}/documents",
                                 files={"files": ("Inside a computer.pptx", pictures.picture_slides(), PPTX)})
    assert response.status_code == 201, response.text
    (listed,) = (await client.get(f"/api/units/{unit.id}/documents")).json()
    assert listed["pictures"] == {"read": [], "not_read": ["slide 2", "slide 3"], "note": NO_OCR}


def test_a_picture_claiming_to_be_enormous_is_never_handed_to_tesseract(monkeypatch: pytest.MonkeyPatch):
    """An adversary's slide: a few hundred bytes of PNG whose header says 13,000 x 13,000 pixels. Decoding it would
    take gigabytes, so it is not read at all (the header is checked first), and the deck is read as usual."""
    handed: list[int] = []
    real = ocr.read_words

    def spy(program: str, data: bytes, *, seconds: float) -> str:
        handed.append(len(data))
        return real(program, data, seconds=seconds)

    monkeypatch.setattr(ocr, "read_words", spy)
    bomb = pictures.pixel_bomb_png()
    assert len(bomb) < 2_000
    (document,) = read_upload("Storage.pptx", pictures.pixel_bomb_slide()).documents
    assert handed == []
    assert document.structure["pictures"]["read"] == []
    assert "Storage devices" in document.text  # the rest of the deck is read as usual
