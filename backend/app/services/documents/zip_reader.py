"""Zips of lesson documents: an NCCE unit folder, a lesson pack, nested folders and zips inside zips.

Members are read into memory (never written to disk by their names). One unreadable member is skipped
with a note, so the rest of the pack is still used; a zip that is itself unsafe is refused whole.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import PurePosixPath

from app.services.documents import safety
from app.services.documents.extracted import (
    ExtractedDocument,
    SkippedFile,
    UploadRejected,
    UploadResult,
    WholeUploadRejected,
)

LESSON_FILES = ".docx, .pptx, .pdf, .html, .md and .txt files"
# Reads one member file (a document or a nested zip) — passed in so this module does not import its caller.
MemberReader = Callable[[str, bytes, int], UploadResult]


def read_zip(
    name: str,
    data: bytes,
    limits: safety.Limits,
    budget: safety.Budget,
    *,
    depth: int,
    allowed: list[str],
    read_member_file: MemberReader,
) -> UploadResult:
    """Every readable document in the zip, in folder order ("Lesson 2" before "Lesson 10")."""
    documents: list[ExtractedDocument] = []
    skipped: list[SkippedFile] = []
    unsupported: dict[str, int] = {}
    with safety.open_zip(name, data, limits, budget) as archive:
        members = sorted((m for m in archive.infolist() if not m.is_dir()), key=lambda m: _natural(m.filename))
        for member in members:
            budget.check_time(limits)
            path = member.filename
            inner = f"{name}/{_clean_path(path)}"
            if safety.is_unsafe_path(path):  # before is_hidden: ".." also starts with a dot
                skipped.append(SkippedFile(inner, "Skipped: its name points outside the zip's folder."))
                continue
            if safety.is_hidden(path):
                continue
            ext = safety.extension(path)
            if ext not in allowed or ext not in safety.SUPPORTED_EXTENSIONS:
                unsupported[ext or "(no extension)"] = unsupported.get(ext or "(no extension)", 0) + 1
                continue
            if ext == ".zip" and depth >= limits.max_nesting:
                skipped.append(
                    SkippedFile(inner, f"Skipped: zips inside zips are opened only {limits.max_nesting} levels deep.")
                )
                continue
            result = _read_member(
                archive, member, inner, limits, budget, depth=depth, read_member_file=read_member_file
            )
            documents.extend(result.documents)
            skipped.extend(result.skipped)
    if unsupported:
        skipped.append(_unsupported_note(name, unsupported))
    if not documents:
        raise _nothing_usable(name, skipped)
    return UploadResult(filename=name, documents=documents, skipped=skipped)


def _read_member(
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    inner: str,
    limits: safety.Limits,
    budget: safety.Budget,
    *,
    depth: int,
    read_member_file: MemberReader,
) -> UploadResult:
    """One member's documents; a member that cannot be used gives none, with a note saying why."""
    try:
        member_data = safety.read_member(archive, member, inner, limits, budget)
        return read_member_file(inner, member_data, depth + 1)
    except WholeUploadRejected:
        raise  # the whole upload is over its budget (bytes or time): refuse it, do not skip along
    except UploadRejected as exc:
        return UploadResult(filename=inner, documents=[], skipped=[SkippedFile(inner, exc.detail)])


def _unsupported_note(name: str, unsupported: dict[str, int]) -> SkippedFile:
    """One note for all the files of types that are not read (images, spreadsheets, ...)."""
    kinds = ", ".join(sorted(unsupported))
    count = sum(unsupported.values())
    return SkippedFile(
        name,
        f"{count} file{'s' if count != 1 else ''} in ‘{name}’ {'were' if count != 1 else 'was'} not read "
        f"({kinds}): only {LESSON_FILES} are used.",
    )


def _nothing_usable(name: str, skipped: list[SkippedFile]) -> UploadRejected:
    """The refusal for a zip with no document that could be read: the first reasons, or what to add."""
    if any(s.name != name for s in skipped):
        reasons = " ".join(s.reason for s in skipped[:3])
        return UploadRejected(f"Nothing in ‘{name}’ could be used. {reasons}")
    return UploadRejected(
        f"‘{name}’ has no lesson documents ({LESSON_FILES}) inside it. Add them and upload it again."
    )


def _clean_path(path: str) -> str:
    """A member's path for display: safe characters only, no leading slashes or dots."""
    parts = [safety.display_name(p) for p in path.replace("\\", "/").split("/") if p not in ("", ".", "..")]
    return "/".join(parts) or "file"


def _natural(path: str) -> list[int | str]:
    """Sort key where "Lesson 2" comes before "Lesson 10"."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", PurePosixPath(path).as_posix())]
