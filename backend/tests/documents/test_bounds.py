"""The bounds on reading one uploaded file (pages, characters, seconds, memory), and the reader process that
applies them: a document over a bound is refused with a message that names it and says what to do."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from app.config import get_settings
from app.errors import Unavailable
from app.services.documents import (
    Limits,
    UploadRejected,
    WholeUploadRejected,
    extract,
    read_upload,
    reader_process,
)
from tests.documents import builders

SPLIT_IT = "Split it, or upload the lesson's pages only."


def test_the_bounds_come_from_the_document_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in [("document_max_pages", 40), ("document_max_characters", 5000),
                        ("document_max_seconds", 7.5), ("document_max_memory_mb", 300)]:
        monkeypatch.setattr(get_settings(), name, value)
    limits = Limits.from_settings()
    assert (limits.max_pdf_pages, limits.max_text_chars, limits.max_seconds, limits.max_memory_mb) == (40, 5000, 7.5, 300)


def test_the_default_bounds() -> None:
    settings = get_settings()
    assert (settings.document_max_pages, settings.document_max_characters, settings.document_max_seconds,
            settings.document_max_memory_mb) == (500, 2_000_000, 60.0, 1024)


@pytest.mark.parametrize(("name", "data"), [("Plan.docx", builders.lesson_plan_docx()),
                                            ("Slides.pptx", builders.slides_pptx()),
                                            ("Worksheet.pdf", builders.worksheet_pdf())])
def test_a_document_with_more_text_than_the_bound_is_refused(name: str, data: bytes) -> None:
    with pytest.raises(UploadRejected) as refused:
        extract(name, data, limits=Limits(max_text_chars=100))
    assert refused.value.detail == f"‘{name}’ has more than 100 characters of text. {SPLIT_IT}"
    assert extract(name, data, limits=Limits(max_text_chars=100_000))[0].text, "under the bound, it is read"


def test_a_pdf_whose_page_tree_claims_too_many_pages_is_refused_before_it_is_walked() -> None:
    with pytest.raises(UploadRejected) as refused:
        extract("Book.pdf", builders.many_pages_pdf(600))
    assert refused.value.detail == f"‘Book.pdf’ has more than 500 pages (it has 600). {SPLIT_IT}"


def test_a_pdf_whose_page_tree_claims_fewer_pages_than_it_has_is_counted_when_walked() -> None:
    with pytest.raises(UploadRejected) as refused:
        extract("Book.pdf", builders.many_pages_pdf(600, declared=1))
    assert refused.value.detail == f"‘Book.pdf’ has more than 500 pages (it has 600). {SPLIT_IT}"


def test_a_file_whose_time_is_up_is_refused_whole_even_inside_a_zip() -> None:
    """Inside a zip, an unreadable member is skipped with a note; running out of time refuses the whole zip."""
    with pytest.raises(WholeUploadRejected) as refused:
        read_upload("Y7 Unit.zip", builders.unit_zip(), limits=Limits(max_seconds=0))
    assert refused.value.detail == (
        "‘Y7 Unit.zip’ took longer than 0 seconds to read, so it was not used. Upload its documents in smaller groups."
    )
    with pytest.raises(WholeUploadRejected) as slow:
        extract("Slow.pdf", builders.slow_pdf(pages=3, operations=1000), limits=Limits(max_seconds=0))
    assert slow.value.detail == f"‘Slow.pdf’ took longer than 0 seconds to read, so it was not used. {SPLIT_IT}"


# --- The reader process ---------------------------------------------------------------------------------------


async def test_the_reader_process_reads_exactly_what_reading_here_reads() -> None:
    read = await reader_process.read_in_child("Y7 Unit.zip", builders.unit_zip())
    assert read.result == read_upload("Y7 Unit.zip", builders.unit_zip())
    assert read.pid != os.getpid()


async def test_the_reader_process_carries_a_refusal_back_as_it_was() -> None:
    with pytest.raises(UploadRejected) as refused:
        await reader_process.read_in_child("Setup.docx", builders.renamed_exe())
    assert not isinstance(refused.value, WholeUploadRejected)
    assert refused.value.detail.startswith("‘Setup.docx’ is not a Word document: it looks like a program")
    limits = replace(Limits.from_settings(), max_total_uncompressed=150_000)
    with pytest.raises(WholeUploadRejected) as whole:
        await reader_process.read_in_child("Y7 Unit.zip", builders.unit_zip(), limits=limits)
    assert "unzipped, it would be larger than" in whole.value.detail


async def test_a_reader_that_ends_without_answering_is_a_calm_refusal(monkeypatch: pytest.MonkeyPatch,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setattr(reader_process, "MODULE", "json.tool")  # cannot read the request: exits with an error
    with pytest.raises(UploadRejected) as refused:
        await reader_process.read_in_child("Worksheet.pdf", builders.worksheet_pdf())
    assert refused.value.detail == (
        "‘Worksheet.pdf’ could not be read: it needs more memory or time than this server allows, or it is damaged. "
        "Open it, save it again (or split it), and upload the new copy."
    )
    assert "the reader of Worksheet.pdf (exit code" in caplog.text, "what the reader said was not logged"


def _to_read(name: str, data: bytes) -> reader_process.FileToRead:
    async def the_bytes() -> bytes:
        return data

    return reader_process.FileToRead(name, the_bytes)


async def test_the_files_of_one_upload_are_read_in_one_process_that_exits() -> None:
    readings = await reader_process.read_all_in_child([
        _to_read("Plan.docx", builders.lesson_plan_docx()), _to_read("Setup.docx", builders.renamed_exe()),
        _to_read("Worksheet.pdf", builders.worksheet_pdf())])
    assert [r.name for r in readings] == ["Plan.docx", "Setup.docx", "Worksheet.pdf"]
    refusal = readings[1].refusal
    assert refusal is not None and refusal.detail.startswith("‘Setup.docx’ is not a Word document"), refusal
    pids = {r.read.pid for r in readings if r.read}
    assert len(pids) == 1, f"the files were read in {len(pids)} processes"
    assert os.getpid() not in pids, "the files were parsed in the server's own process"
    assert not Path(f"/proc/{pids.pop()}").exists(), "the reading process has exited"


async def test_a_reader_that_dies_on_one_file_refuses_it_and_a_fresh_one_reads_the_rest(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.failing_reader")
    readings = await reader_process.read_all_in_child([
        _to_read("Plan.docx", builders.lesson_plan_docx()), _to_read("Crash.pdf", builders.worksheet_pdf()),
        _to_read("Worksheet.pdf", builders.worksheet_pdf())])
    assert readings[1].read is None, "the file the reader died on was not refused"
    assert readings[1].refusal is not None
    assert readings[1].refusal.detail.startswith("‘Crash.pdf’ could not be read: it needs more memory or time")
    first, last = readings[0].read, readings[2].read
    assert first is not None and last is not None, "the files either side of it were not read"
    assert first.pid != last.pid, "the files after it were given to the reader that had died"


async def test_a_reader_whose_time_is_up_on_one_file_is_stopped_and_a_fresh_one_reads_the_rest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.failing_reader")
    limits = replace(Limits.from_settings(), max_seconds=0.5)
    readings = await reader_process.read_all_in_child(
        [_to_read("Hang.pdf", builders.worksheet_pdf()), _to_read("Worksheet.pdf", builders.worksheet_pdf())],
        limits=limits)
    assert readings[0].refusal is not None
    assert readings[0].refusal.detail.startswith("‘Hang.pdf’ took longer than 0.5 seconds to read")
    assert readings[1].read is not None, "the file after the stopped one was not read"


async def test_a_reader_slow_to_start_is_not_counted_against_its_first_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.slow_start_reader")  # 3 s to start
    limits = replace(Limits.from_settings(), max_seconds=0.5)  # 2.5 s before the reader would be stopped
    readings = await reader_process.read_all_in_child([_to_read("Worksheet.pdf", builders.worksheet_pdf())],
                                                      limits=limits)
    assert readings[0].refusal is None, readings[0].refusal
    assert readings[0].read is not None


async def test_a_reader_that_never_starts_is_the_servers_trouble_not_the_files(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.slow_start_reader")
    monkeypatch.setattr(reader_process, "START_SECONDS", 0.5)
    with pytest.raises(Unavailable) as busy:
        await reader_process.read_all_in_child([_to_read("Worksheet.pdf", builders.worksheet_pdf())])
    assert busy.value.detail.startswith("Lesson documents cannot be read just now: the server is short of room.")


def test_a_reader_that_has_used_half_its_memory_reads_no_further_file() -> None:
    def read(memory_mb: int) -> reader_process.ReaderReply:
        request = reader_process.ReadRequest(limits=replace(Limits.from_settings(), max_memory_mb=memory_mb),
                                             allowed_extensions=["pdf"])
        return reader_process.read_here("Worksheet.pdf", builders.worksheet_pdf(), request)

    assert read(1_000_000).last is False, "a reader with room to spare handed over"
    assert read(1).last is True, "a reader past half its memory went on to another file"


async def test_the_reader_process_is_given_no_secrets_from_the_servers_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:secret@db/ks3")
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.print_environment")
    reader = await reader_process.start_reader("Worksheet.pdf")
    output, _errors = await reader.communicate(b"")
    assert reader.returncode == 0
    assert b"secret" not in output
    assert b"PATH" in output
