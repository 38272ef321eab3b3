"""One draft from start to finish, whichever generator writes it: write, validate and repair every question,
ask the model again (once) for the questions that still fail and for those whose source is not in the
materials, check every question against the unit's materials, put the questions in order, and list what is
left for the teacher as warnings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.question_types.stored import StoredProblem
from app.services.ai.client import AIBadOutput, AIRequestRefused, CallUsage
from app.services.ai.provider import Provider
from app.services.generation import ai_generator, offline
from app.services.generation.ai_generator import Progress, UsageLog
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.facts import unit_model
from app.services.generation.grounding import ASK_AGAIN, ground, not_found
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest
from app.services.generation.quality import arrange, draft_problems, objective_warnings, unit_problems
from app.services.generation.repair import Checked, check_and_repair, problem_summary

MAX_REASKS = 6  # per draft: each is one more call to the provider


@dataclass
class DraftResult:
    questions: list[DraftQuestion]  # each with "warnings" (the engine's problems)
    warnings: list[str] = field(default_factory=list)
    generator: str = "offline"  # "offline" or "ai"
    model: str | None = None
    usage: list[CallUsage] = field(default_factory=list)


async def build_draft(materials: GenerationMaterials, request: DraftRequest, *, title: str,
                      time_limit_minutes: int | None, provider: Provider | None, seed: int, log: UsageLog,
                      progress: Progress) -> DraftResult:
    """A validated draft. With a provider the AI writes it (AIErrors propagate for the caller to handle);
    without one the offline generator does."""
    if provider is None:
        await progress(20, "Building questions from the materials")
        made = await offline.generate_offline(materials, request, seed=seed)
        await progress(80, "Checking the questions")
        result = DraftResult(questions=made.questions, warnings=list(made.warnings), generator="offline")
        result.warnings += _repair_notes(made.repairs)
    else:
        result = await _ai_draft(materials, request, title=title, time_limit_minutes=time_limit_minutes,
                                 provider=provider, seed=seed, log=log, progress=progress)
    low, high = request.difficulty_min, request.difficulty_max
    result.questions = arrange(result.questions, low, high)
    result.warnings += draft_problems(result.questions, requested=request.num_questions, low=low, high=high,
                                      allowed_types=len(request.allowed_types), required_types=request.required_types)
    result.warnings += check_against_unit(result.questions, materials, request)
    return result


def check_against_unit(questions: list[DraftQuestion], materials: GenerationMaterials,
                       request: DraftRequest) -> list[str]:
    """Check every question against the unit's materials (quality.unit_problems), adding what is found to its
    warnings, and say in the draft's notes how many were flagged and which of the unit's objectives are not
    objectives. The offline generator never keeps such a question, so this mostly speaks about the AI's."""
    model, _facts = unit_model(materials, request.instructions)
    asked = set(request.required_types) | set(offline.read_instructions(request.instructions).counts)
    flagged = 0
    for question in questions:
        found = unit_problems(question, model, asked=asked)
        known = {(p["field"], p["message"]) for p in question.get("warnings") or []}
        new = [p for p in found if (p["field"], p["message"]) not in known]
        if new:
            question["warnings"] = [*(question.get("warnings") or []), *new]
            flagged += 1
    notes = objective_warnings(materials.objectives)
    if flagged:
        notes.append(f"{flagged} question(s) may not fit this unit's lesson materials. Each one says why on its "
                     "card: check it, change it or delete it before publishing.")
    return notes


async def _ai_draft(materials: GenerationMaterials, request: DraftRequest, *, title: str,
                    time_limit_minutes: int | None, provider: Provider, seed: int, log: UsageLog,
                    progress: Progress) -> DraftResult:
    written = await ai_generator.generate_with_ai(
        provider, materials, title=title, num_questions=request.num_questions,
        difficulty_min=request.difficulty_min, difficulty_max=request.difficulty_max,
        allowed_types=request.allowed_types, required_types=request.required_types,
        instructions=request.instructions, time_limit_minutes=time_limit_minutes, log=log, progress=progress)
    result = DraftResult(questions=[], warnings=list(written.notes), generator="ai", model=written.model,
                         usage=list(written.usage))
    await progress(60, "Checking every question")
    checked: list[Checked] = [await check_and_repair(q) for q in written.questions]
    repairs = [r for c in checked for r in c.repairs]
    failing = [i for i, c in enumerate(checked) if _to_fix(c)]
    if failing:
        await progress(70, f"Asking the AI to fix {len(failing)} question(s)")
    types = [c.fields["type"] for c in checked]
    for index in failing[:MAX_REASKS]:
        current = checked[index]
        neighbours = types[max(0, index - 2):index] + types[index + 1:index + 3]
        try:
            fields, usage = await ai_generator.rewrite_question(
                provider, materials, current.fields, keep_type=True, instructions="",
                neighbour_types=neighbours, allowed_types=request.allowed_types, log=log,
                problems=problem_summary(_to_fix(current), limit=8), operation="repair")
        except (AIBadOutput, AIRequestRefused):
            continue  # the first version stays, with its problems listed
        result.usage.append(usage)
        again = await check_and_repair({**fields, "difficulty": current.fields.get("difficulty", 3)})
        if again.ok and len(_to_fix(again)) < len(_to_fix(current)):
            checked[index] = again
            repairs += again.repairs
    for item in checked:
        if not item.ok:
            result.warnings.append(
                f"A question (\"{_short(item.fields.get('question_text'))}\") still has a problem after the AI was "
                f"asked again: {problem_summary(item.errors, limit=2)}. Edit or replace it before publishing.")
    result.questions = await _grounded([{**c.fields, "warnings": c.problems} for c in checked], materials,
                                       provider=provider, request=request, log=log, result=result)
    missing = request.num_questions - len(result.questions)
    if missing > 0:
        await progress(80, "Topping up with questions from the offline generator")
        top_up = await offline.generate_offline(
            materials, DraftRequest(num_questions=missing, difficulty_min=request.difficulty_min,
                                    difficulty_max=request.difficulty_max, excluded_types=request.excluded_types,
                                    instructions=request.instructions), seed=seed)
        result.questions += top_up.questions
        if top_up.questions:
            result.warnings.append(f"The AI wrote {request.num_questions - missing} of the {request.num_questions} "
                                   f"questions; {len(top_up.questions)} more came from the offline generator.")
    result.warnings += _repair_notes(repairs)
    return result


async def _grounded(questions: list[DraftQuestion], materials: GenerationMaterials, *, provider: Provider,
                    request: DraftRequest, log: UsageLog, result: DraftResult) -> list[DraftQuestion]:
    """Every question with its source as the materials have it (grounding.py). One whose quote is not in the
    materials is asked for again once (at most MAX_REASKS in a draft); if the new version is not grounded either,
    the first is kept with the warning "Not found in your lesson materials"."""
    grounded: list[DraftQuestion] = []
    asked = 0
    types = [q["type"] for q in questions]
    for index, question in enumerate(questions):
        located, found = ground(question, materials)
        if not found and asked < MAX_REASKS:
            asked += 1
            neighbours = types[max(0, index - 2):index] + types[index + 1:index + 3]
            again = await _asked_for_source(question, materials, provider=provider, request=request, log=log,
                                            neighbours=neighbours, result=result)
            located, found = (again, True) if again is not None else (question, False)
        grounded.append(located if found else not_found(question))
    return grounded


async def _asked_for_source(question: DraftQuestion, materials: GenerationMaterials, *, provider: Provider,
                            request: DraftRequest, log: UsageLog, neighbours: list[str],
                            result: DraftResult) -> DraftQuestion | None:
    """The question written again from a passage of the materials, checked and grounded; None when the new
    version fails the checks or does not quote the materials either."""
    try:
        fields, usage = await ai_generator.rewrite_question(
            provider, materials, question, keep_type=True, instructions="", neighbour_types=neighbours,
            allowed_types=request.allowed_types, log=log, problems=ASK_AGAIN, operation="repair")
    except (AIBadOutput, AIRequestRefused):
        return None
    result.usage.append(usage)
    checked = await check_and_repair({**fields, "difficulty": question.get("difficulty", 3)})
    if not checked.ok:
        return None
    located, found = ground({**checked.fields, "warnings": checked.problems}, materials)
    return located if found else None


def _to_fix(checked: Checked) -> list[StoredProblem]:
    """What the model is asked to fix: anything that makes the question unanswerable, and wording of the
    question or its options that breaks the language rules (negative phrasing, "all of the above"), which no
    mechanical repair can rewrite."""
    wording = [p for p in checked.problems if p["severity"] == "warning"
               and (p["field"] == "question_text" or re.fullmatch(r"config\.options\[\d+\]\.text", p["field"]))]
    return checked.errors + wording


def _repair_notes(repairs: list[str]) -> list[str]:
    """Repairs as a few lines for the teacher (each kind once, with how many times)."""
    counted: dict[str, int] = {}
    for repair in repairs:
        counted[repair] = counted.get(repair, 0) + 1
    return [f"Repaired automatically{f' ({n} times)' if n > 1 else ''}: {text}" for text, n in counted.items()]


def _short(text: str | None, limit: int = 60) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
