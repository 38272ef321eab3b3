"""What the exchange tests (our JSON, GIFT) share: reading back an assessment's questions, counting rows, and
downloading an export."""

from __future__ import annotations

from sqlalchemy import func, select

from app.models import Question


async def questions_of(session, assessment_id) -> list[Question]:
    return list((await session.scalars(select(Question).where(Question.assessment_id == assessment_id)
                                       .order_by(Question.position))).all())


async def count_rows(session, model) -> int:
    return await session.scalar(select(func.count()).select_from(model))


async def exported(client, assessment_id, format_name: str) -> bytes:
    response = await client.get(f"/api/assessments/{assessment_id}/export?format={format_name}")
    assert response.status_code == 200, response.text
    return response.content
