"""AI suggestions for written answers (extended_text), marked against the question's mark scheme.

Several runs, possibly on several models, run in parallel (bounded) and are aggregated by mean, median, trimmed
mean or weighted mean; the spread between runs is shown to the teacher as a confidence signal. Every run must
return, per criterion, met or not, the evidence quoted from the answer, and points; a quote that is not in the
answer, points above what a criterion is worth, or feedback in words we never use with pupils are sent back to
the model to correct. Only the question, the mark scheme, the teacher's guidance and the answer text are sent —
never a name or anything else about the pupil. The result is a suggestion: a teacher accepts or changes it
before the pupil sees it, unless the assessment releases AI marks automatically."""

from __future__ import annotations

import asyncio
import re
import statistics
import uuid
from dataclasses import dataclass, field
from typing import Any, NamedTuple, NoReturn, TypedDict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from app import question_types as engine
from app.models import (
    AIMarkingRun,
    Answer,
    AnswerHistory,
    Assessment,
    Attempt,
    MarkingStatus,
    Question,
    User,
    utcnow,
)
from app.question_types import extended_text
from app.schemas.marking import AIDefaults
from app.services.ai import admin_settings, prompts
from app.services.ai.client import AIAuthError, AIBadOutput, AIError, AIUnavailable, ChatMessage, chat_json
from app.services.ai.provider import Provider, resolve_provider
from app.services.ai.schemas import JsonSchema
from app.services.core import jobs
from app.services.marking import scoring
from app.utils import feedback as feedback_language

JOB_KIND = "ai_mark"
# Answer.ai_suggestion (JSON): {"state": none|pending|retrying|failed|suggested, "message", "score", ...}.
SuggestionState = dict[str, Any]
MARKING_SCHEMA: JsonSchema = {
    "type": "object",
    "properties": {
        "criteria": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "criterion": {"type": "string"},
                    "met": {"type": "boolean"},
                    "evidence": {"type": "string"},
                    "points": {"type": "number"},
                },
                "required": ["criterion", "met", "evidence", "points"],
                "additionalProperties": False,
            },
        },
        "total_points": {"type": "number"},
        "feedback": {"type": "string"},
    },
    "required": ["criteria", "total_points", "feedback"],
    "additionalProperties": False,
}
NOT_SET_UP = "No AI service is set up, so written answers wait for you to mark them."


# --- Checking one run ----------------------------------------------------------------------------------------

def _plain(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().casefold()


def quote_in_answer(quote: str, answer: str) -> bool:
    """Is the quote (give or take spaces, case, curly quotes and a trailing ellipsis) in the answer?"""
    cleaned = _plain(quote).strip(" .…\"'")
    if not cleaned:
        return True
    parts = [p.strip(" .…\"'") for p in re.split(r"\.\.\.|…", cleaned) if p.strip(" .…\"'")]
    haystack = _plain(answer)
    return all(part in haystack for part in parts)


class CriterionMark(TypedDict):
    """One line of the mark scheme as a run marked it (stored as JSON on the suggestion and the run)."""

    criterion: str
    met: bool
    evidence: str  # the pupil's words that show it, "" when not met
    points: float
    worth: float


class CheckedRun(NamedTuple):
    """One run of the model, checked: a mark per criterion, their total, and feedback for the pupil."""

    criteria: list[CriterionMark]
    score: float
    feedback: str


def _check_criterion(number: int, given: Any, expected: extended_text.Criterion, answer: str) -> CriterionMark:
    try:
        points = float(given.get("points", 0))
    except (TypeError, ValueError):
        raise ValueError(f"Criterion {number}: points must be a number.") from None
    worth = float(expected.points)
    if points < 0 or points > worth:
        raise ValueError(f"Criterion {number} is worth at most {worth:g} points; you gave {points:g}.")
    met = bool(given.get("met"))
    evidence = str(given.get("evidence") or "").strip()
    if not met:
        points = 0.0
    elif not evidence:
        raise ValueError(f"Criterion {number} is marked as met: quote the words from the answer that show it.")
    if evidence and not quote_in_answer(evidence, answer):
        raise ValueError(f"Criterion {number}: the evidence \"{evidence[:80]}\" is not in the pupil's answer. "
                         "Quote the pupil's exact words, or leave the evidence empty and mark it not met.")
    return CriterionMark(criterion=expected.criterion, met=met, evidence=evidence, points=points, worth=worth)


def _check_feedback(data: dict[str, Any]) -> str:
    text = str(data.get("feedback") or "").strip()
    if not text:
        raise ValueError("Write feedback for the pupil.")
    problems = feedback_language.language_problems(text)
    if problems:
        raise ValueError("Rewrite the feedback: " + "; ".join(problems))
    return text[:1500]


def check_run(data: Any, scheme: list[extended_text.Criterion], answer: str) -> CheckedRun:
    """The run made usable, or ValueError saying exactly what to correct (the model is asked again)."""
    if not isinstance(data, dict) or not isinstance(data.get("criteria"), list):
        raise ValueError("Return an object with a 'criteria' list and 'feedback'.")
    criteria = data["criteria"]
    if len(criteria) != len(scheme):
        raise ValueError(f"Give exactly {len(scheme)} criteria, one per line of the mark scheme, in order.")
    cleaned = [_check_criterion(i, given, expected, answer)
               for i, (given, expected) in enumerate(zip(criteria, scheme, strict=True), start=1)]
    feedback = _check_feedback(data)
    return CheckedRun(criteria=cleaned, score=sum(c["points"] for c in cleaned), feedback=feedback)


# --- Aggregating several runs --------------------------------------------------------------------------------

def aggregate(scores: list[tuple[str, float]], method: str, weights: dict[str, float] | None = None) -> float:
    """One score from several runs: mean, median, trimmed mean (drops the highest and lowest when there are
    at least three runs) or weighted mean (a weight per model, 1 when not given)."""
    values = [s for _m, s in scores]
    if not values:
        raise ValueError("no scores to aggregate")
    if method == "median":
        return float(statistics.median(values))
    if method == "trimmed_mean":
        ordered = sorted(values)
        kept = ordered[1:-1] if len(ordered) >= 3 else ordered
        return float(statistics.fmean(kept))
    if method == "weighted_mean":
        weights = weights or {}
        pairs = [(s, float(weights.get(m, 1.0))) for m, s in scores]
        total = sum(w for _s, w in pairs)
        return float(sum(s * w for s, w in pairs) / total) if total > 0 else float(statistics.fmean(values))
    return float(statistics.fmean(values))


@dataclass
class RunOutcome:
    model: str
    index: int
    ok: bool
    result: CheckedRun | None = None
    error: str | None = None
    unavailable: bool = False
    auth: bool = False
    latency_ms: int = 0


@dataclass
class Suggestion:
    score: float  # on the mark scheme's points
    criteria: list[CriterionMark]
    feedback: str
    spread: float
    runs: int
    models: list[str]
    method: str
    scores: list[float] = field(default_factory=list)


def suggestion_from(outcomes: list[RunOutcome], method: str, weights: dict[str, float]) -> Suggestion:
    """The runs that worked, aggregated: the agreed score, and the closest run's criteria and feedback."""
    good = [o for o in outcomes if o.ok and o.result is not None]
    scores = [(o.model, o.result.score) for o in good]
    score = aggregate(scores, method, weights)
    # The run closest to the agreed score gives the criteria, evidence and feedback the teacher sees.
    representative = min(good, key=lambda o: (abs(o.result.score - score), o.index))
    values = [s for _m, s in scores]
    return Suggestion(
        score=round(score, 2),
        criteria=representative.result.criteria,
        feedback=representative.result.feedback,
        spread=round(max(values) - min(values), 2),
        runs=len(good),
        models=sorted({o.model for o in good}),
        method=method,
        scores=[round(v, 2) for v in values],
    )


# --- Asking the model ----------------------------------------------------------------------------------------

def build_messages(question: Question, config: extended_text.Config, answer_text: str) -> list[ChatMessage]:
    """Only the question, the mark scheme, the teacher's guidance and the answer — nothing about the pupil."""
    scheme = "\n".join(
        f"{i}. {c.criterion} ({c.points:g} point{'s' if c.points != 1 else ''})"
        for i, c in enumerate(config.marking_guide.mark_scheme, start=1)
    )
    user = prompts.render(
        "marking_user",
        question_text=question.question_text,
        points_available=f"{config.marking_guide.points_available:g}",
        mark_scheme=scheme,
        marking_prompt=(config.ai_marking_prompt or "None.").strip(),
        word_count=len(answer_text.split()),
        answer=answer_text,
    )
    return [{"role": "system", "content": prompts.text("marking_system")}, {"role": "user", "content": user}]


@dataclass
class MarkingCall:
    """What every run for one answer shares: whom to ask, what to send, what to check the reply against,
    and where the usage log goes."""

    provider: Provider
    messages: list[ChatMessage]
    scheme: list[extended_text.Criterion]
    answer_text: str
    sessionmaker: async_sessionmaker
    user_id: uuid.UUID | None
    temperature: float


async def _one_run(call: MarkingCall, *, model: str, index: int, semaphore: asyncio.Semaphore) -> RunOutcome:
    async with semaphore:
        started = utcnow()
        try:
            data, _usage = await chat_json(
                call.provider, call.messages, schema=MARKING_SCHEMA, schema_name="marking", operation="mark",
                model=model, user_id=call.user_id, sessionmaker=call.sessionmaker, temperature=call.temperature,
                validate=lambda raw: check_run(raw, call.scheme, call.answer_text),
            )
            latency = int((utcnow() - started).total_seconds() * 1000)
            return RunOutcome(model, index, True, result=data, latency_ms=latency)
        except AIUnavailable as exc:
            return RunOutcome(model, index, False, error=exc.detail, unavailable=True)
        except AIAuthError as exc:
            return RunOutcome(model, index, False, error=exc.detail, auth=True)
        except (AIBadOutput, AIError) as exc:
            return RunOutcome(model, index, False, error=exc.detail)


async def run_all(call: MarkingCall, *, models: list[str], runs_per_model: int, fallback_model: str | None,
                  concurrency: int) -> list[RunOutcome]:
    """Every (model, run) in parallel, at most `concurrency` at a time; a model that gives nothing usable is
    replaced by the fallback model once."""
    semaphore = asyncio.Semaphore(max(1, concurrency))

    async def batch(model: str) -> list[RunOutcome]:
        return list(await asyncio.gather(*(
            _one_run(call, model=model, index=i, semaphore=semaphore) for i in range(runs_per_model)
        )))

    per_model = await asyncio.gather(*(batch(m) for m in models))
    outcomes = [o for group in per_model for o in group]
    failed_models = [m for m, group in zip(models, per_model, strict=True) if not any(o.ok for o in group)]
    if fallback_model and failed_models and fallback_model not in models:
        outcomes += await batch(fallback_model)
    return outcomes


# --- Requesting and doing the work ---------------------------------------------------------------------------

async def request(session: AsyncSession, *, answer: Answer, question: Question,
                  requested_by: User | None = None) -> bool:
    """Queue AI marking for a written answer when AI is set up and the question asks for it."""
    if question.type != "extended_text" or not answer.answer_data or not (answer.answer_data.get("text") or "").strip():
        return False
    config = engine.parse_config(question.config)
    if not config.ai_marking_enabled or await resolve_provider(session) is None:
        return False
    job = await jobs.enqueue(session, JOB_KIND, {"answer_id": str(answer.id), "try": answer.tries},
                             created_by=requested_by, max_tries=4)
    answer.ai_suggestion = {"state": "pending", "job_id": str(job.id)}
    return True


async def after_marking(session: AsyncSession, *, answer: Answer, question: Question) -> None:
    """After an answer is marked: a written answer that waits for a teacher may get an AI suggestion first."""
    if answer.status == MarkingStatus.awaiting_marking:
        await request(session, answer=answer, question=question)


async def marking_defaults(session: AsyncSession) -> AIDefaults:
    """The school's AI marking defaults, which an assessment can change, and whether any AI is set up."""
    stored = await admin_settings.load(session)
    return AIDefaults(configured=stored.configured, models=stored.marking_models,
                      runs_per_model=int(stored.values["runs_per_model"]), aggregation=stored.values["aggregation"],
                      message=None if stored.configured else NOT_SET_UP)


class _Skipped(Exception):
    """The job has nothing to do; the message says why (it becomes the job's result)."""


class _Work(NamedTuple):
    """What the job read about the answer before asking the AI."""

    question: Question
    config: extended_text.Config
    assessment: Assessment
    answer_text: str
    provider: Provider | None
    stored: admin_settings.AISettings


async def _load(ctx: jobs.JobContext, answer_id: uuid.UUID) -> _Work:
    async with ctx.sessionmaker() as session:
        answer = await session.get(Answer, answer_id)
        if answer is None or answer.content_purged_at is not None:
            raise _Skipped("the answer no longer exists")
        if answer.status != MarkingStatus.awaiting_marking or answer.tries != ctx.payload.get("try", answer.tries):
            raise _Skipped("a teacher has marked it, or the pupil sent a new draft")
        question = await session.get(Question, answer.question_id)
        attempt = await session.get(Attempt, answer.attempt_id)
        assessment = await session.get(Assessment, attempt.assessment_id)
        return _Work(question=question, config=engine.parse_config(question.config), assessment=assessment,
                     answer_text=(answer.answer_data or {}).get("text") or "",
                     provider=await resolve_provider(session), stored=await admin_settings.load(session))


class _RunSettings(NamedTuple):
    """How to mark: the assessment's own choices where it made them, else the school's."""

    models: list[str]
    runs_per_model: int
    method: str
    weights: dict[str, float]
    fallback_model: str | None
    concurrency: int
    temperature: float


def _run_settings(assessment: Assessment, stored: admin_settings.AISettings) -> _RunSettings:
    per_assessment = assessment.ai_marking or {}
    runs = int(per_assessment.get("runs_per_model") or stored.values["runs_per_model"])
    return _RunSettings(
        models=list(per_assessment.get("models") or stored.marking_models),
        runs_per_model=max(1, min(runs, 5)),
        method=per_assessment.get("aggregation") or stored.values["aggregation"],
        weights=per_assessment.get("model_weights") or stored.values.get("model_weights") or {},
        fallback_model=stored.values.get("fallback_model") or None,
        concurrency=int(stored.values.get("marking_concurrency") or 3),
        temperature=float(stored.values.get("temperature", 0.2)),
    )


@jobs.handler(JOB_KIND)
async def mark_job(ctx: jobs.JobContext) -> jobs.JobResult:
    """The background job: ask the AI (several runs), keep every run, and store the suggestion on the answer."""
    answer_id = uuid.UUID(ctx.payload["answer_id"])
    try:
        work = await _load(ctx, answer_id)
    except _Skipped as skipped:
        return {"skipped": str(skipped)}
    if work.provider is None:
        await _set_state(ctx, answer_id, {"state": "none", "message": NOT_SET_UP})
        return {"skipped": NOT_SET_UP}
    settings = _run_settings(work.assessment, work.stored)
    await ctx.progress(10, "Asking the AI for a suggested mark")
    call = MarkingCall(provider=work.provider, messages=build_messages(work.question, work.config, work.answer_text),
                       scheme=work.config.marking_guide.mark_scheme, answer_text=work.answer_text,
                       sessionmaker=ctx.sessionmaker, user_id=work.assessment.owner_id,
                       temperature=settings.temperature)
    outcomes = await run_all(call, models=settings.models, runs_per_model=settings.runs_per_model,
                             fallback_model=settings.fallback_model, concurrency=settings.concurrency)
    await _save_runs(ctx, answer_id, outcomes)
    if not any(o.ok for o in outcomes):
        await _give_up(ctx, answer_id, outcomes)
    suggestion = suggestion_from(outcomes, settings.method, settings.weights)
    await _store(ctx, answer_id, suggestion, work.config)
    return {"score": suggestion.score, "spread": suggestion.spread, "runs": suggestion.runs}


async def _save_runs(ctx: jobs.JobContext, answer_id: uuid.UUID, outcomes: list[RunOutcome]) -> None:
    """Every run, ok or not, against the answer's latest draft (so a teacher can see how the AI got there)."""
    async with ctx.sessionmaker() as session:
        history = (await session.execute(
            select(AnswerHistory).where(AnswerHistory.answer_id == answer_id)
            .order_by(AnswerHistory.try_number.desc()).limit(1))).scalar_one_or_none()
        for o in outcomes:
            session.add(AIMarkingRun(
                answer_id=answer_id, history_id=history.id if history else None, model=o.model, run_index=o.index,
                ok=o.ok, score=o.result.score if o.ok else None, criteria=o.result.criteria if o.ok else [],
                feedback=o.result.feedback if o.ok else None, error=o.error, latency_ms=o.latency_ms))
        await session.commit()


async def _give_up(ctx: jobs.JobContext, answer_id: uuid.UUID, outcomes: list[RunOutcome]) -> NoReturn:
    """No run worked: say so on the answer, and fail the job (or retry it when the service was down)."""
    if any(o.auth for o in outcomes):
        await _set_state(ctx, answer_id, {"state": "failed", "message": outcomes[0].error})
        raise jobs.JobFailed("The AI key was refused. Ask the school's admin to check it in Admin → AI settings. "
                             "The answer is waiting for you to mark it.")
    if any(o.unavailable for o in outcomes):
        await _set_state(ctx, answer_id, {"state": "retrying", "message": "The AI service is not answering. "
                                          "It will try again later; you can mark the answer yourself."})
        raise jobs.JobRetry("The AI service is not answering.")
    await _set_state(ctx, answer_id, {"state": "failed", "message": "The AI could not suggest a usable mark. "
                                      "Please mark this answer yourself."})
    raise jobs.JobFailed("The AI could not suggest a usable mark for this answer.")


async def _set_state(ctx: jobs.JobContext, answer_id: uuid.UUID, state: SuggestionState) -> None:
    async with ctx.sessionmaker() as session:
        answer = await session.get(Answer, answer_id)
        if answer is not None and answer.status == MarkingStatus.awaiting_marking:
            answer.ai_suggestion = state
            await session.commit()


async def _store(ctx: jobs.JobContext, answer_id: uuid.UUID, suggestion: Suggestion,
                 config: extended_text.Config) -> None:
    async with ctx.sessionmaker() as session:
        answer = await session.get(Answer, answer_id)
        if answer is None or answer.status != MarkingStatus.awaiting_marking:
            return  # a teacher got there first
        question = await session.get(Question, answer.question_id)
        attempt = await session.get(Attempt, answer.attempt_id)
        assessment = await session.get(Assessment, attempt.assessment_id)
        mark = extended_text.scaled_mark(config, suggestion.score, question.points)
        answer.ai_suggestion = {
            "state": "suggested", "score": mark.score, "scheme_score": suggestion.score,
            "points_available": config.marking_guide.points_available, "criteria": suggestion.criteria,
            "feedback": suggestion.feedback, "spread": suggestion.spread, "runs": suggestion.runs,
            "models": suggestion.models, "method": suggestion.method, "scores": suggestion.scores,
            "created_at": utcnow().isoformat(),
        }
        answer.status = MarkingStatus.ai_suggested
        if assessment.auto_release_ai_marks:
            await scoring.record_final(session, answer=answer, question=question, score=mark.score,
                                       feedback=suggestion.feedback, criteria=suggestion.criteria, release=True,
                                       status=MarkingStatus.ai_suggested)
        await session.commit()
