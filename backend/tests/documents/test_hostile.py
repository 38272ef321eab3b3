"""Hostile and broken uploads: each is refused quickly, safely, with a message that names the file."""

from __future__ import annotations

import io
import struct
import time
import tracemalloc
import zipfile

import docx
import pytest

from app.services.documents import (
    Limits,
    UploadRejected,
    UploadTooLargeUnzipped,
    docx_footnotes,
    extract,
    read_upload,
)
from app.services.documents.safety import declares_entities, display_name
from tests.documents import builders


def _refusal(filename: str, data: bytes, **kwargs) -> str:
    with pytest.raises(UploadRejected) as caught:
        read_upload(filename, data, **kwargs)
    assert caught.value.status_code == 422
    message = caught.value.detail
    assert f"‘{filename}" in message, message  # every refusal names the file
    return message


def test_zip_bomb_is_refused_before_anything_is_expanded():
    bomb = builders.zip_bomb(expanded_mb=40)
    assert len(bomb) < 200_000  # 40 MB of zeros in a small file
    tracemalloc.start()
    try:
        started = time.perf_counter()
        message = _refusal("Unit pack.zip", bomb)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 0.5
    assert peak < 2 * 1024 * 1024  # nothing was decompressed: nowhere near the 40 MB inside
    assert "zip bomb" in message
    assert "‘Lesson plan.docx’" in message


def test_word_file_that_is_a_bomb_inside_is_refused():
    message = _refusal("Lesson plan.docx", builders.ratio_bomb_docx())
    assert "‘document.xml’ inside it expands to more than 100 times its size" in message


def test_office_file_with_an_oversized_xml_part_is_refused():
    limits = Limits(max_office_xml_part=1024 * 1024, max_ratio=10**6)  # ratio off: this is about size
    message = _refusal("Huge plan.docx", builders.ratio_bomb_docx(expanded_mb=2), limits=limits)
    assert message == "‘Huge plan.docx’ is too large to read: its text alone is over 1 MB. Split it into smaller documents."


def test_too_many_files_and_too_much_in_total():
    assert "has 250 files inside it; at most 200" in _refusal("Everything.zip", builders.many_files_zip(250))
    message = _refusal("Y7 Unit.zip", builders.unit_zip(), limits=Limits(max_total_uncompressed=150_000))
    assert "unzipped, it would be larger than 0.14 MB. Upload the lesson files in smaller groups." in message
    with pytest.raises(UploadTooLargeUnzipped):
        read_upload("Y7 Unit.zip", builders.unit_zip(), limits=Limits(max_total_uncompressed=150_000))


def test_total_budget_covers_nested_zips_and_office_parts():
    # Each part is small, but a zip of zips of the same file adds up: the shared budget stops it.
    lesson = builders.lesson_plan_docx()
    inner = builders._zip({f"copy{n}.docx": lesson for n in range(5)})
    outer = builders._zip({f"pack{n}.zip": inner for n in range(5)})
    limits = Limits(max_total_uncompressed=1_500_000)
    with pytest.raises(UploadTooLargeUnzipped) as caught:
        read_upload("Packs.zip", outer, limits=limits)
    assert caught.value.detail.startswith("‘Packs.zip")
    assert len(extract("Packs.zip", outer)) == 25  # within the normal limits it is all read


def test_a_zip_claiming_millions_of_entries_is_refused_from_its_end_record():
    data = bytearray(builders._zip({"a.pdf": builders.worksheet_pdf()}))
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = struct.pack("<HH", 60000, 60000)
    assert "has 60000 files inside it" in _refusal("Huge.zip", bytes(data))


def test_lying_sizes_never_expand_past_what_was_declared():
    """A member that claims to be tiny but holds more is cut at its claim and fails its checksum."""
    real = builders.worksheet_pdf()
    data = bytearray(builders._zip({"Worksheet.pdf": real}))
    local_size_at = 22  # uncompressed size in the local header
    central = data.rfind(b"PK\x01\x02")
    data[local_size_at : local_size_at + 4] = struct.pack("<I", 100)
    data[central + 24 : central + 28] = struct.pack("<I", 100)
    message = _refusal("Liar.zip", bytes(data))
    assert "could not be read" in message
    assert "Liar.zip/Worksheet.pdf" in message


@pytest.mark.parametrize("utf16", [False, True])
def test_billion_laughs_in_a_docx_is_refused_before_parsing(utf16):
    started = time.perf_counter()
    message = _refusal("Lesson plan.docx", builders.billion_laughs_docx(utf16=utf16))
    assert time.perf_counter() - started < 0.5
    assert "XML entity declarations" in message


def test_entity_scan_catches_doctype_in_any_case_and_spacing():
    assert declares_entities(b'<?xml version="1.0"?><!doctype x [<!ENTITY a "b">]><x/>')
    assert declares_entities(b"<!DOCTYPE x SYSTEM 'file:///etc/passwd'><x/>")
    assert declares_entities('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x><x/>'.encode("utf-16-le"))
    assert not declares_entities(b'<?xml version="1.0"?><w:document>&amp; text about DOCTYPE</w:document>')


def test_billion_laughs_in_a_pptx_part_is_refused():
    source = zipfile.ZipFile(io.BytesIO(builders.slides_pptx()))
    files = {info.filename: source.read(info) for info in source.infolist()}
    files["ppt/slides/slide2.xml"] = builders.BILLION_LAUGHS
    assert "XML entity declarations" in _refusal("Slides.pptx", builders._zip(files))


def test_billion_laughs_in_a_word_footnotes_part_is_refused_before_parsing():
    sheet = builders.footnoted_docx("Data travels as a packet[1].", {1: "A small chunk of data."})
    started = time.perf_counter()
    message = _refusal("Reading sheet.docx", builders.with_part(sheet, "word/footnotes.xml", builders.BILLION_LAUGHS))
    assert time.perf_counter() - started < 0.5
    assert "XML entity declarations" in message


def test_a_footnotes_part_pointing_outside_the_file_is_refused():
    sheet = builders.footnoted_docx("Data travels as a packet[1].", {1: "A small chunk of data."})
    external = (b'<?xml version="1.0"?><!DOCTYPE w:footnotes SYSTEM "file:///etc/passwd">'
                b'<w:footnotes xmlns:w="' + builders.WORD_MAIN.encode() + b'"/>')
    assert "XML entity declarations" in _refusal("Sheet.docx", builders.with_part(sheet, "word/footnotes.xml", external))


def test_thousands_of_footnotes_are_capped_not_all_read():
    notes = {n: f"Meaning number {n} of a made-up word." for n in range(1, 3001)}
    sheet = builders.footnoted_docx(" ".join(f"Word{n}[{n}]" for n in notes), notes)
    assert len(docx_footnotes.footnotes(docx.Document(io.BytesIO(sheet)))) == docx_footnotes.MAX_NOTES
    [document] = extract("Long sheet.docx", sheet)  # and the whole file still reads
    assert any(t["definition"].startswith("Meaning number") for t in document.structure["vocabulary"])


def test_renamed_program_is_refused_by_content():
    for name in ("Lesson plan.docx", "Slides.pptx", "Worksheet.pdf", "Unit.zip"):
        message = _refusal(name, builders.renamed_exe())
        assert "looks like a program" in message
    elf = b"\x7fELF\x02\x01\x01" + b"\x00" * 100
    assert "looks like a program" in _refusal("notes.docx", elf)


def test_misnamed_real_documents_get_a_helpful_message():
    message = _refusal("Slides.docx", builders.slides_pptx())
    assert "rename it to end in .pptx" in message
    message = _refusal("Worksheet.docx", builders.worksheet_pdf())
    assert "is not really a Word document" in message
    zip_of_pdf = builders._zip({"a.pdf": builders.worksheet_pdf()})
    assert "is not really a PowerPoint presentation" in _refusal("Deck.pptx", zip_of_pdf)


def test_old_binary_office_format_is_explained():
    old_doc = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
    assert "is in the old .doc format" in _refusal("Old plan.docx", old_doc)


def test_encrypted_files_are_refused_with_the_password_message():
    expected = "is password protected. Save a copy without a password and upload that."
    assert _refusal("Unit plan.docx", builders.encrypted_docx()) == f"‘Unit plan.docx’ {expected}"
    assert _refusal("Worksheet.pdf", builders.encrypted_pdf()) == f"‘Worksheet.pdf’ {expected}"
    message = _refusal("Pack.zip", builders.encrypted_zip())
    assert f"‘Pack.zip/Lesson 1/Lesson plan.docx’ {expected}" in message


def test_empty_and_unsupported_files():
    for name in ("Lesson.docx", "Slides.pptx", "Worksheet.pdf", "Unit.zip"):
        assert "is empty (0 bytes)" in _refusal(name, b"")
    assert "is a .exe file, which cannot be used here" in _refusal("setup.exe", builders.renamed_exe())
    assert "without an extension" in _refusal("README", b"hello")
    assert "is an empty zip file" in _refusal("Empty.zip", builders._zip({}))
    message = _refusal("Pictures.zip", builders._zip({"a.png": b"\x89PNG", "b.mp4": b"...."}))
    assert "has no lesson documents (.docx, .pptx, .pdf, .html, .md and .txt files) inside it" in message


def test_allowed_extensions_setting_is_respected():
    message = _refusal("Unit.zip", builders.unit_zip(), allowed_extensions=[".docx", ".pdf"])
    assert "Upload .docx or .pdf files" in message
    result = read_upload("Lesson.docx", builders.lesson_plan_docx(), allowed_extensions=[".docx"])
    assert len(result.documents) == 1


def test_corrupt_files_could_not_be_read():
    assert "could not be read: the PDF may be damaged" in _refusal("Broken.pdf", b"%PDF-1.4\n garbage \x00\x01")
    truncated = builders.lesson_plan_docx()[:5000]
    assert "could not be read" in _refusal("Half.docx", truncated)
    not_xml = builders._zip({"word/document.xml": b"this is not xml", "[Content_Types].xml": b"<nope"})
    assert "could not be read: the Word document may be damaged" in _refusal("Mangled.docx", not_xml)


def test_path_traversal_members_are_skipped_and_named():
    result = read_upload("Sneaky.zip", builders.traversal_zip())
    assert [d.filename for d in result.documents] == ["Sneaky.zip/Lesson 1/Lesson plan.docx"]
    assert sorted(s.name for s in result.skipped) == ["Sneaky.zip/absolute/lesson.docx", "Sneaky.zip/etc/cron.d/lesson.docx"]
    assert all(s.reason == "Skipped: its name points outside the zip's folder." for s in result.skipped)


def test_display_names_cannot_hide_their_real_extension_or_path():
    assert display_name("../../etc/passwd.docx") == "passwd.docx"
    assert display_name("C:\\Users\\teacher\\Plan.docx") == "Plan.docx"
    assert display_name("invoice\u202excod.exe") == "invoicexcod.exe"  # the right-to-left override is removed
    assert display_name("bad\x00name.pdf") == "badname.pdf"
    assert display_name("") == "upload"
    long = display_name("x" * 300 + ".docx")
    assert len(long) <= 120
    assert long.endswith(".docx")
