"""Small helpers shared by the per-type tests."""

from __future__ import annotations

from typing import Any

from app import question_types as qt
from app.question_types.base import Mark
from tests.question_types.samples import sample


async def problems_of(config: dict, sandbox: Any = None) -> list[tuple[str, str]]:
    """(field, severity) of every problem check() finds."""
    result = await qt.check(config, sandbox=sandbox)
    return [(p.field, p.severity) for p in result.problems]


async def errors_of(config: dict, sandbox: Any = None) -> list[str]:
    result = await qt.check(config, sandbox=sandbox)
    return [p.field for p in result.errors]


async def messages_of(config: dict, sandbox: Any = None) -> list[str]:
    result = await qt.check(config, sandbox=sandbox)
    return [p.message for p in result.problems]


def with_changes(type_name: str, **changes: Any) -> dict:
    config = sample(type_name)
    config.update(changes)
    return config


async def score(config: dict, answer: Any, points: float = 4, sandbox: Any = None) -> float | None:
    """Marks an answer against an unchecked (readable-id) config."""
    return (await qt.mark(config, answer, points, sandbox=sandbox)).score


async def marked(config: dict, answer: Any, points: float = 4, sandbox: Any = None) -> Mark:
    return await qt.mark(config, answer, points, sandbox=sandbox)
