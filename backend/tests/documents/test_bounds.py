"""The bounds on reading one uploaded file (pages, characters, seconds, memory), and the reader process that
applies them: a document over a bound is refused with a message that names it and says what to do."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest

from app.config import get_settings
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
    assert "the reader of Worksheet.pdf (exit code 1) said" in caplog.text


async def test_the_reader_process_is_given_no_secrets_from_the_servers_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://user:secret@db/ks3")
    monkeypatch.setattr(reader_process, "MODULE", "tests.documents.print_environment")
    output, returncode, _errors = await reader_process._run(b"", "Worksheet.pdf", Limits())
    assert returncode == 0
    assert b"secret" not in output
    assert b"PATH" in output
