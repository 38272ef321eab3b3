"""What the exchange tests (our JSON, GIFT, Moodle XML, QTI) share: the demo assessment to export, reading back an
assessment's questions, counting rows, downloading an export, comparing configs across formats that carry no ids,
and the check that a refused file stores nothing."""

from __future__ import annotations

from sqlalchemy import func, select

from app.demo.sample_assessment import TITLE as DEMO_TITLE
from app.demo.seed import seed_demo
from app.models import Assessment, Media, Question

IMPORT_PATHS = ("/api/assessments/import/preview", "/api/assessments/import")


async def demo_assessment(session) -> Assessment:
    """The demo school's sample assessment: every question type, to export."""
    await seed_demo(session, if_empty=False)
    return await session.scalar(select(Assessment).where(Assessment.title == DEMO_TITLE))


async def questions_of(session, assessment_id) -> list[Question]:
    return list((await session.scalars(select(Question).where(Question.assessment_id == assessment_id)
                                       .order_by(Question.position))).all())


async def count_rows(session, model) -> int:
    return await session.scalar(select(func.count()).select_from(model))


async def exported(client, assessment_id, format_name: str) -> bytes:
    response = await client.get(f"/api/assessments/{assessment_id}/export?format={format_name}")
    assert response.status_code == 200, response.text
    return response.content


def without_ids(config: dict) -> dict:
    """A config with its generated ids replaced by the texts they stand for (GIFT and Moodle XML carry no ids)."""
    config = dict(config)
    if "options" in config:
        config["options"] = [{k: v for k, v in o.items() if k != "id" and v is not None} for o in config["options"]]
    if "left_items" in config:
        left = {i["id"]: i["text"] for i in config.pop("left_items")}
        right = {i["id"]: i["text"] for i in config.pop("right_items")}
        config["pairs"] = sorted((left[p["left"]], right[p["right"]]) for p in config.pop("correct_pairs"))
        config["right_texts"] = sorted(right.values())
    if "items" in config:
        config["items"] = [(i["text"], i["correct_position"]) for i in config["items"]]
    return config


async def refused_storing_nothing(client, session, files: dict, status: int, message: str) -> None:
    """Both the preview and the import refuse the upload with `status` and a detail saying `message`, and no
    assessment, question or picture is stored."""
    counts = [await count_rows(session, model) for model in (Assessment, Question, Media)]
    for path in IMPORT_PATHS:
        response = await client.post(path, files=files)
        assert response.status_code == status, f"{path}: {response.text[:300]}"
        assert message in response.json()["detail"], response.json()["detail"]
    assert [await count_rows(session, model) for model in (Assessment, Question, Media)] == counts
