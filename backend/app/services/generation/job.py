"""Generating a draft assessment as a durable background job ("generate_assessment").

`start_generation` (the API) checks the request, counts it against the teacher's hourly limit and queues the
job; the worker runs `generate_assessment`, which reads the unit's materials, has the AI (or the offline
generator) write the questions, validates and repairs them, and saves one draft assessment. The job's result
holds the assessment id; its warnings are the draft's. If the AI provider is down the job goes back in the
queue with backoff (JobRetry); a refused key fails it at once with a message for the admin (JobFailed)."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta
from typing import NotRequired, TypedDict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app.config import get_settings
from app.errors import Invalid, NotFound
from app.models import Assessment, Question, Unit, User, utcnow
from app.schemas.assessments import AssessmentCreate
from app.schemas.generation import GenerateRequest, GenerationOptions, TypeOption
from app.services.ai.client import AIAuthError, AIBadOutput, AIRequestRefused, AIUnavailable
from app.services.ai.provider import Provider, resolve_provider
from app.services.authoring import assessments
from app.services.authoring.questions import refresh_totals
from app.services.core import audit, jobs, rate_limit
from app.services.generation.ai_generator import UsageLog
from app.services.generation.draft import DraftResult, build_draft
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.materials import GenerationMaterials, load_materials
from app.services.generation.offline import GENERATABLE_TYPES, DraftRequest
from app.services.generation.quality import TYPE_NAMES

JOB_KIND = "generate_assessment"
RATE_MESSAGE = ("You have started {limit} drafts in the last hour, which is the most allowed. You can start "
                "another one later; your drafts so far are saved.")
NO_MATERIALS = ("This unit has no materials yet. Upload a lesson plan or slides, or add learning objectives and "
                "key vocabulary to the unit, then generate again.")
NO_AI = ("No AI service is set up for this school, so this draft can only be made with the offline generator. "
         "Choose 'Offline generator', or ask the school's admin to set up AI in Admin → AI settings.")
MAX_TEXT = {"question_text": 5000, "hint": 1000}


class GenerationJobResult(TypedDict):
    """What a finished generation job holds as its result (JSON, read by the wizard's progress step)."""

    assessment_id: str
    question_count: int | None  # None when a retried job found its draft already saved
    generator: str | None  # "ai" or "offline"
    model: NotRequired[str | None]


def draft_request(payload: jobs.JobPayload) -> DraftRequest:
    low, high = payload.get("difficulty_range") or (1, 5)
    return DraftRequest(
        num_questions=int(payload["num_questions"]),
        difficulty_min=int(low),
        difficulty_max=int(high),
        required_types=list(payload.get("required_question_types") or []),
        excluded_types=list(payload.get("excluded_question_types") or []),
        instructions=payload.get("teacher_instructions") or "",
    )


async def choose_provider(session: AsyncSession, choice: str) -> Provider | None:
    """The provider a generation will use: None for the offline generator. Asking for the AI when none is set
    up is refused with a message that says what to do."""
    provider = await resolve_provider(session)
    if choice == "offline":
        return None
    if choice == "ai" and provider is None:
        raise Invalid(NO_AI)
    return provider


async def generation_options(session: AsyncSession) -> GenerationOptions:
    """Whether an AI service is set up (else drafts come from the offline generator) and the question types
    that can be generated."""
    provider = await resolve_provider(session)
    return GenerationOptions(
        ai_available=provider is not None,
        default_generator="ai" if provider else "offline",
        model=provider.model if provider else None,
        question_types=[TypeOption(type=t, name=TYPE_NAMES[t]) for t in GENERATABLE_TYPES],
    )


async def start_generation(session: AsyncSession, *, teacher: User, body: GenerateRequest) -> tuple[uuid.UUID, str]:
    """Check the request, count it against the hourly limit and queue the job. Returns (job id, generator)."""
    unit = await session.get(Unit, body.unit_id)
    if unit is None:
        raise NotFound("That unit does not exist. Choose another unit.")
    materials = await load_materials(session, body.unit_id)
    if materials.is_empty:
        raise Invalid(NO_MATERIALS)
    provider = await choose_provider(session, body.provider)
    settings = get_settings()
    # Every draft counts, offline ones too: each one keeps the worker (and the code sandbox) busy for a while.
    await rate_limit.hit(session, "generation", str(teacher.id), limit=settings.rate_limit_generation,
                         window=timedelta(hours=1), message=RATE_MESSAGE.format(limit=settings.rate_limit_generation))
    payload = body.model_dump(mode="json")
    payload["seed"] = body.seed if body.seed is not None else random.SystemRandom().randrange(1, 2**31)
    job = await jobs.enqueue(session, JOB_KIND, payload, created_by=teacher, max_tries=4)
    await audit.record(session, "assessment.generate.start", user=teacher, entity_type="job", entity_id=job.id,
                       details={"unit_id": str(unit.id), "generator": "ai" if provider else "offline",
                                "num_questions": body.num_questions})
    return job.id, "ai" if provider else "offline"


@jobs.handler(JOB_KIND)
async def generate_assessment(ctx: jobs.JobContext) -> GenerationJobResult:
    """The worker's side: materials → questions → checks → one saved draft."""
    maker = ctx.sessionmaker
    payload = ctx.payload
    done = await _already_saved(maker, ctx.job_id, ctx.created_by_id)
    if done is not None:  # a worker died after saving but before marking the job done
        return done
    await ctx.progress(5, "Reading the unit's materials")
    async with maker() as session:
        teacher = await session.get(User, ctx.created_by_id) if ctx.created_by_id else None
        if teacher is None or not teacher.is_active:
            raise jobs.JobFailed("The teacher who asked for this draft no longer has an account.")
        try:
            materials = await load_materials(session, uuid.UUID(payload["unit_id"]))
        except NotFound as exc:
            raise jobs.JobFailed(exc.detail) from None
        try:
            provider = await choose_provider(session, payload.get("provider") or "auto")
        except Invalid as exc:
            raise jobs.JobFailed(exc.detail) from None
    if materials.is_empty:
        raise jobs.JobFailed(NO_MATERIALS)
    request = draft_request(payload)
    log = UsageLog(user_id=teacher.id, sessionmaker=maker)
    try:
        result = await build_draft(materials, request, title=payload["title"],
                                   time_limit_minutes=payload.get("time_limit_minutes"), provider=provider,
                                   seed=int(payload.get("seed") or 1), log=log, progress=ctx.progress)
    except AIUnavailable as exc:
        raise jobs.JobRetry(exc.detail, delay_seconds=exc.retry_after) from None
    except (AIAuthError, AIBadOutput, AIRequestRefused) as exc:
        raise jobs.JobFailed(exc.detail) from None
    if not result.questions:
        raise jobs.JobFailed("No questions could be made from this unit's materials. Add key vocabulary or "
                             "objectives to the unit, or write questions by hand.")
    await ctx.progress(90, "Saving the draft")
    async with maker() as session:
        teacher = await session.get(User, teacher.id)
        assessment = await save_draft(session, teacher=teacher, materials=materials, payload=payload,
                                      result=result, job_id=ctx.job_id, provider=provider)
        await session.commit()
        assessment_id = assessment.id
    ctx.warnings.extend(result.warnings)
    return GenerationJobResult(assessment_id=str(assessment_id), question_count=len(result.questions),
                               generator=result.generator, model=result.model)


async def _already_saved(maker: async_sessionmaker, job_id: uuid.UUID,
                         owner_id: uuid.UUID | None) -> GenerationJobResult | None:
    if owner_id is None:
        return None
    async with maker() as session:
        rows = await session.execute(select(Assessment.id, Assessment.generation).where(Assessment.owner_id == owner_id)
                                     .order_by(Assessment.created_at.desc()).limit(50))
        for assessment_id, generation in rows:
            if (generation or {}).get("job_id") == str(job_id):
                return GenerationJobResult(assessment_id=str(assessment_id), question_count=None, generator=None)
    return None


def _clip(text: str | None, limit: int) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1] + "…"


async def save_draft(session: AsyncSession, *, teacher: User, materials: GenerationMaterials,
                     payload: jobs.JobPayload, result: DraftResult, job_id: uuid.UUID | None,
                     provider: Provider | None) -> Assessment:
    """Store the draft: one Assessment (status draft) and its questions, each with its remaining problems."""
    data = AssessmentCreate(title=payload["title"], unit_id=materials.unit_id, year_group=materials.year_group,
                            time_limit_minutes=payload.get("time_limit_minutes"),
                            description=f"Generated from the materials of {materials.unit_title}."[:5000])
    assessment = await assessments.create(session, data=data, actor=teacher)
    assessment.generation = {
        "instructions": payload.get("teacher_instructions") or "",
        "provider": provider.name if provider else "offline",
        "model": result.model if result.generator == "ai" else "offline generator",
        "generated_at": utcnow().isoformat(),
        "job_id": str(job_id) if job_id else None,
        "seed": payload.get("seed"),
        "warnings": result.warnings,
        "request": {k: payload.get(k) for k in ("num_questions", "difficulty_range", "required_question_types",
                                                "excluded_question_types")},
    }
    for position, fields in enumerate(result.questions):
        session.add(question_row(assessment.id, position, fields, materials))
    await session.flush()
    await refresh_totals(session, assessment)
    await audit.record(session, "assessment.generate", user=teacher, entity_type="assessment",
                       entity_id=assessment.id, details={"questions": len(result.questions),
                                                         "generator": result.generator})
    return assessment


def question_row(assessment_id: uuid.UUID, position: int, fields: DraftQuestion,
                 materials: GenerationMaterials) -> Question:
    """A Question from generated fields (values kept within the stored limits)."""
    return Question(
        assessment_id=assessment_id,
        position=position,
        type=fields["type"],
        question_text=_clip(fields["question_text"], MAX_TEXT["question_text"]),
        config=fields["config"],
        points=min(10, max(1, int(fields.get("points") or 1))),
        difficulty=min(5, max(1, int(fields.get("difficulty") or 3))),
        time_estimate_seconds=min(3600, max(5, int(fields.get("time_estimate_seconds") or 60))),
        hint=_clip(fields.get("hint"), MAX_TEXT["hint"]),
        scaffold=fields.get("scaffold"),
        feedback={k: _clip(v or "", 1000) for k, v in (fields.get("feedback") or {}).items()},
        learning_objective_id=materials.objective_id(fields.get("objective_code")),
        strands=list(fields.get("strands") or []),
        tags=list(fields.get("tags") or []),
        warnings=list(fields.get("warnings") or []),
        source=dict(fields["source"]) if fields.get("source") else None,
        version=1,
    )
