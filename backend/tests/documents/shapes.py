"""What one lesson file gives, for the teaching-shape tests: its findings, key words and objectives."""

from __future__ import annotations

from app.services.documents import extract


def found(name: str, data: bytes) -> dict:
    """The findings of a file that reads as one document."""
    (document,) = extract(name, data)
    return document.structure


def terms(findings: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in findings["vocabulary"]}


def objectives(findings: dict) -> list[str]:
    return [item["text"] for item in findings["objectives"]]
