"""The offline generator: a real draft from a unit's extracted materials with no AI at all (the default when no
key is set, and a choice the teacher can make).

It plans a difficulty for each position (rising, with the first ~20% easy and the last ~20% hard), then fills
each position with a question type that suits that difficulty — favouring types not used yet, never a fourth
of one type in a row, and the types the teacher requires — and builds the question from the unit's own
material: its key words and their meanings, sentences of its documents, its objectives, its real sequences of
steps, the bullet points of its slides and its own programs. A unit whose readers found few key words is drafted
from its teaching sentences (teaching_text.py: halves to match, endings to choose, gaps on its topic words) and its
objectives, tried after the key-word builders of the same type; when nothing else can fill a place, a written
answer beyond their usual share does. Parametric templates (binary, logic gates, Python, trace tables), whose
answers are computed, are used only for a topic the unit's topic model says it teaches — and then for no more than
that topic's share of the unit — or that the teacher asks for; puzzles from the unit's own programs are not held to
that share. Every question records its source, is checked (and repaired) by the question engine, and must be about
the unit with fit answers (quality.unit_problems); one that is not is replaced by another.

The same seed gives the same draft."""

from __future__ import annotations

import inspect
import random
from collections import Counter
from dataclasses import dataclass, field

from app import sandbox
from app.services.authoring.questions import feedback_naming_answer
from app.services.generation import offline_worksheet as worksheet
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline_builders import BUILDERS, Builder
from app.services.generation.offline_instructions import InstructionHints, read_instructions
from app.services.generation.offline_shortfall import shortfall_warning
from app.services.generation.quality import MAX_RUN, TYPE_NAMES, arrange, target_difficulties, unit_problems
from app.services.generation.repair import Checked, check_and_repair

GENERATABLE_TYPES = tuple(t for t in TYPE_NAMES if t != "drag_label")
WRITTEN_SHARE = 6  # at most one written answer (extended_text) per this many questions, unless asked for


@dataclass
class DraftRequest:
    """What the teacher asked for."""

    num_questions: int
    difficulty_min: int = 1
    difficulty_max: int = 5
    required_types: list[str] = field(default_factory=list)
    excluded_types: list[str] = field(default_factory=list)
    instructions: str = ""

    @property
    def allowed_types(self) -> list[str]:
        return [t for t in GENERATABLE_TYPES if t not in self.excluded_types]


@dataclass
class OfflineDraft:
    questions: list[DraftQuestion]  # checked, each with its "warnings"
    warnings: list[str] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)


@dataclass
class _Filling:
    """A draft being filled, position by position: what is placed so far, and what may still be added."""

    ctx: BuildContext
    builders: list[Builder]
    required: Counter[str]  # the types the teacher asked for, and how many
    size: int
    placed: list[str | None]
    counts: Counter[str] = field(default_factory=Counter)  # questions made, by type
    topic_counts: Counter[str] = field(default_factory=Counter)  # questions made by a topic's templates
    draft: OfflineDraft = field(default_factory=lambda: OfflineDraft(questions=[]))

    def allows(self, builder: Builder) -> bool:
        """Whether another question from this builder fits: a type the teacher asked for until there are as
        many as asked; otherwise within its topic's share of the draft (of made-up programs and templates), and one
        written answer per WRITTEN_SHARE questions."""
        if self.counts[builder.type] < self.required[builder.type]:
            return True
        own = builder.own_material and self.ctx.model.teaches(builder.topic or "")
        if builder.topic and not own \
                and self.topic_counts[builder.topic] >= self.ctx.model.allowance(builder.topic, self.size):
            return False
        return builder.type != "extended_text" or self.counts[builder.type] < max(1, self.size // WRITTEN_SHARE)

    def add(self, builder: Builder, question: DraftQuestion, position: int) -> None:
        self.placed[position] = question["type"]
        self.counts[question["type"]] += 1
        if builder.topic:
            self.topic_counts[builder.topic] += 1


def _builders_for(request: DraftRequest, ctx: BuildContext, asked: set[str]) -> list[Builder]:
    """The builders this unit may use: every one built from its own words; a template only for a topic the unit
    teaches (or the teacher asks for), or when the teacher asks for its type."""
    allowed = set(request.allowed_types)
    return [b for b in BUILDERS if b.type in allowed and (b.has_material is None or b.has_material(ctx))
            and (not b.topic or ctx.model.teaches(b.topic) or b.type in asked)]


def _run_would_exceed(types: list[str | None], position: int, candidate: str) -> bool:
    """True if putting `candidate` at `position` makes more than MAX_RUN of it in a row (planned ones count)."""
    trial = list(types)
    trial[position] = candidate
    run = 1
    k = position - 1
    while k >= 0 and trial[k] == candidate:
        run, k = run + 1, k - 1
    k = position + 1
    while k < len(trial) and trial[k] == candidate:
        run, k = run + 1, k + 1
    return run > MAX_RUN


def _reserve_required(targets: list[int], required: Counter[str], builders: list[Builder]) -> list[str | None]:
    """Place each required type at the free position whose difficulty suits it best."""
    plan: list[str | None] = [None] * len(targets)
    for qtype, count in required.items():
        supported = sorted({d for b in builders if b.type == qtype for d in b.difficulties})
        if not supported:
            continue
        for _ in range(count):
            free = [i for i, t in enumerate(plan) if t is None and not _run_would_exceed(plan, i, qtype)]
            if not free:
                break
            best = min(free, key=lambda i: (min(abs(targets[i] - d) for d in supported), i))
            plan[best] = qtype
    return plan


async def _build(builder: Builder, ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    made = builder.make(ctx, builder.nearest(difficulty))
    return await made if inspect.isawaitable(made) else made


def _asked_types(request: DraftRequest, hints: InstructionHints) -> Counter[str]:
    """The types the teacher asked for (required, or counted in the instructions), and how many of each."""
    required = Counter({t: 1 for t in request.required_types if t in request.allowed_types})
    for qtype, count in hints.counts.items():
        if qtype in request.allowed_types:
            required[qtype] = max(required[qtype], count)
    return required


async def generate_offline(materials: GenerationMaterials, request: DraftRequest, *, seed: int,
                           runner_enabled: bool | None = None) -> OfflineDraft:
    """A checked draft of `request.num_questions` questions (fewer, with a warning, if the materials run out)."""
    hints = read_instructions(request.instructions)
    required = _asked_types(request, hints)
    ctx = BuildContext.for_materials(
        materials, random.Random(seed), instructions=request.instructions, asked_types=set(required),
        runner_enabled=sandbox.runner_enabled() if runner_enabled is None else runner_enabled)
    if hints.conversion:
        ctx.prefer["conversion"] = hints.conversion
    low = max(1, min(5, request.difficulty_min + hints.shift))
    high = max(low, min(5, request.difficulty_max + hints.shift))
    n = max(1, request.num_questions)
    draft = OfflineDraft(questions=[])
    own = await _worksheet_questions(ctx, request, required, n, draft, room=n // worksheet.SHARE)
    made: list[DraftQuestion] = list(own)
    targets = target_difficulties(n - len(own), low, high) if n > len(own) else []
    builders = _builders_for(request, ctx, set(required))
    taken = Counter(q["type"] for q in own)
    plan = _reserve_required(targets, required - taken, builders)
    filling = _Filling(ctx=ctx, builders=builders, required=required, size=n, placed=list(plan), counts=taken,
                       draft=draft)
    for position in range(len(targets)):
        question = await _fill(filling, position, targets[position], plan[position])
        filling.placed[position] = question["type"] if question else None
        if question is not None:
            made.append(question)
    # Places nothing else could fill: the documents' own questions beyond their usual share of the draft.
    more = await _worksheet_questions(ctx, request, Counter(), n, draft, room=n - len(made),
                                      taken=Counter(q["type"] for q in made)) if len(made) < n else []
    made += more
    draft.warnings += _worksheet_notes(ctx.materials, len(own) + len(more))
    draft.questions = arrange(made, low, high)
    for qtype in sorted(t for t, c in required.items() if filling.counts[t] < c):
        draft.warnings.append(f"You asked for {required[qtype]} {TYPE_NAMES[qtype]} question(s); the offline "
                              f"generator could make {filling.counts[qtype]} from these materials.")
    if len(draft.questions) < n:
        draft.warnings.append(shortfall_warning(ctx, made=len(draft.questions), asked=n))
    return draft


async def _worksheet_questions(ctx: BuildContext, request: DraftRequest, required: Counter[str], size: int,
                               draft: OfflineDraft, *, room: int,
                               taken: Counter[str] | None = None) -> list[DraftQuestion]:
    """The documents' own questions that have an answer (not used yet), checked as every question is: up to
    `room` of them, of the types allowed, leaving room for the types the teacher asked for, no more written answers
    than a draft may have (counting those `taken` already), and of as many types as the worksheet gives (its first
    of each type, then its second…)."""
    waiting = [(qtype, found) for found in worksheet.about_this_unit(ctx, ctx.materials.questions)
               if (qtype := worksheet.worksheet_type(found)) in request.allowed_types]
    chosen: list[DraftQuestion] = []
    taken = Counter(taken)
    while waiting and len(chosen) < room:
        qtype, found = min(waiting, key=lambda item: taken[item[0]])  # the first of the least used type
        waiting.remove((qtype, found))
        outstanding = sum(max(0, count - taken[t] - (t == qtype)) for t, count in required.items())
        written = qtype == "extended_text" and taken[qtype] >= max(required[qtype], 1, size // WRITTEN_SHARE)
        if written or size - len(chosen) - 1 < outstanding:
            continue
        fields = worksheet.from_worksheet(ctx, found)
        checked = await _passing(ctx, fields, draft) if fields is not None else None
        if checked is not None:
            chosen.append(checked)
            taken[qtype] += 1
    return chosen


def _worksheet_notes(materials: GenerationMaterials, used: int) -> list[str]:
    """What the draft's notes say about the questions found in the documents."""
    notes = []
    if used:
        notes.append(f"{used} question(s) come from your own worksheets, with the answers your documents give.")
    skipped = worksheet.unanswered(materials.questions)
    if skipped:
        notes.append(f"{skipped} question(s) in your documents were not used because the documents give no answer "
                     "for them (mark the right option, or upload the answers file with the worksheet).")
    return notes


async def _passing(ctx: BuildContext, fields: DraftQuestion, draft: OfflineDraft) -> DraftQuestion | None:
    """The question as the engine checked (and repaired) it, or None when it fails the checks or is not about
    the unit with fit answers (unit_problems), or its feedback on an answer not right yet names the right one
    (feedback_naming_answer): such a question is not handed to the teacher."""
    checked = await check_and_repair(fields)
    if not checked.ok or unit_problems(checked.fields, ctx.model, asked=ctx.asked_types):
        return None
    if feedback_naming_answer(checked.fields.get("feedback") or {}, checked.fields["config"]):
        return None
    draft.repairs += checked.repairs
    return {**checked.fields, "warnings": checked.problems}


def _candidates(filling: _Filling, position: int, difficulty: int, planned: str | None) -> list[Builder]:
    """The builders to try for one position, best first: the planned type's, then every other type by a score
    that favours the right difficulty, types not used yet (and not just used), and the teacher's focus."""
    ctx = filling.ctx
    scores: dict[str, float] = {}
    for qtype in dict.fromkeys(b.type for b in filling.builders):
        if qtype == planned or _run_would_exceed(filling.placed, position, qtype):
            continue
        suits = [b for b in filling.builders if b.type == qtype and filling.allows(b)]
        if not suits:
            continue
        gap = min(abs(b.nearest(difficulty) - difficulty) for b in suits)
        focused = any(b.topic in ctx.model.focus for b in suits if b.topic)
        # What the teacher asked to focus on may come up more often than the rest.
        score = -3 * gap - (1 if focused else 2) * filling.counts[qtype] + ctx.rng.random() + (5 if focused else 0)
        if filling.counts[qtype] == 0:
            score += 6
        if position and filling.placed[position - 1] == qtype:
            score -= 4
        scores[qtype] = score
    types = ([planned] if planned else []) + sorted(scores, key=lambda qtype: -scores[qtype])
    ordered = []
    for qtype in types:
        suits = [b for b in filling.builders if b.type == qtype and filling.allows(b)]
        ordered += sorted(suits, key=lambda b: (b.fallback, abs(b.nearest(difficulty) - difficulty), ctx.rng.random()))
    return ordered


async def _fill(filling: _Filling, position: int, difficulty: int, planned: str | None) -> DraftQuestion | None:
    """Make the question for one position: the first candidate that builds, passes the engine's check, and is
    about the unit with fit answers (unit_problems) — anything else is not handed to the teacher. When none does,
    a written answer past the draft's share of them: better than a draft short of what was asked for."""
    ctx = filling.ctx
    written = [b for b in filling.builders if b.type == "extended_text" and not b.topic
               and not _run_would_exceed(filling.placed, position, b.type)]
    for builder in [*_candidates(filling, position, difficulty, planned), *written]:
        fields = await _build(builder, ctx, difficulty)
        question = await _passing(ctx, fields, filling.draft) if fields is not None else None
        if question is not None:
            filling.add(builder, question, position)
            return question
    return None


async def regenerate_offline(materials: GenerationMaterials, current: DraftQuestion, *, keep_type: bool,
                             instructions: str, seed: int, neighbour_types: list[str],
                             allowed_types: list[str] | None = None, new_type: str | None = None) -> Checked | None:
    """A new question to replace `current`, checked: same type when keep_type, otherwise a type unlike its
    neighbours. "easier" / "harder" in the instructions move the difficulty by one. None when nothing could be
    made."""
    hints = read_instructions(instructions)
    asked = {current["type"]} if keep_type else ({new_type} if new_type else set(hints.counts))
    ctx = BuildContext.for_materials(materials, random.Random(seed), instructions=instructions, asked_types=asked,
                                     runner_enabled=sandbox.runner_enabled())
    if hints.conversion:
        ctx.prefer["conversion"] = hints.conversion
    ctx.used.add(f"text:{current.get('question_text', '')}")
    difficulty = max(1, min(5, int(current.get("difficulty") or 3) + hints.shift))
    allowed = allowed_types or list(GENERATABLE_TYPES)
    usable = [b for b in BUILDERS if b.type in allowed and (not b.topic or ctx.model.teaches(b.topic)
                                                              or b.type in asked)]
    if keep_type or new_type:
        wanted = [current["type"] if keep_type else new_type]
    else:
        others = [b for b in usable if b.type != current["type"]]
        wanted = list(dict.fromkeys(b.type for b in others))
        ctx.rng.shuffle(wanted)

        def fit(qtype: str) -> tuple[bool, bool, bool, int]:
            gap = min(abs(b.nearest(difficulty) - difficulty) for b in others if b.type == qtype)
            # Close enough in difficulty first, then unlike the questions around it, then the closest.
            return (qtype not in hints.counts, gap > 1, qtype in neighbour_types, gap)

        wanted.sort(key=fit)
    for qtype in wanted:
        candidates = sorted((b for b in usable if b.type == qtype),
                            key=lambda b: (b.fallback, abs(b.nearest(difficulty) - difficulty)))
        for builder in candidates:
            checked = await _new_version(builder, ctx, difficulty, current)
            if checked is not None:
                return checked
    return None


async def _new_version(builder: Builder, ctx: BuildContext, difficulty: int, current: DraftQuestion) -> Checked | None:
    """A question from `builder` that passes the checks and differs from `current` (a few tries), or None."""
    for _ in range(4):
        fields = await _build(builder, ctx, difficulty)
        if fields is None:
            return None
        checked = await check_and_repair(fields)
        # Compared once checked: the checks fill in the config's defaults, as the stored question has them.
        same = (checked.fields["question_text"], checked.fields["config"]) == (current.get("question_text"),
                                                                              current.get("config"))
        if checked.ok and not same and not unit_problems(checked.fields, ctx.model, asked=ctx.asked_types) \
                and not feedback_naming_answer(checked.fields.get("feedback") or {}, checked.fields["config"]):
            return checked  # as in a draft: never feedback that hands a pupil who can try again the answer
    return None
