"""What one lesson file gives, for the teaching-shape tests: its findings, key words and objectives; and the questions
written in an upload of files, with their answers."""

from __future__ import annotations

from app.services.documents import extract, merge, read_upload
from app.services.documents.found import Question


def found(name: str, data: bytes) -> dict:
    """The findings of a file that reads as one document."""
    (document,) = extract(name, data)
    return document.structure


def terms(findings: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in findings["vocabulary"]}


def objectives(findings: dict) -> list[str]:
    return [item["text"] for item in findings["objectives"]]


def written_questions(files: dict[str, bytes]) -> list[Question]:
    """The questions written in the documents of an upload (name → bytes), merged as the unit keeps them."""
    return merge(document for name, data in files.items() for document in read_upload(name, data).documents).questions


def written_answers(files: dict[str, bytes]) -> dict[str, str]:
    """Each written question of an upload → its answer ("" when the documents give none)."""
    return {q["text"]: q["answer"] for q in written_questions(files)}
