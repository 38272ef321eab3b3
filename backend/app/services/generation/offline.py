"""The offline generator: a real draft from a unit's extracted materials with no AI at all (the default when no
key is set, and a choice the teacher can make).

It plans a difficulty for each position (rising, with the first ~20% easy and the last ~20% hard), then fills
each position with a question type that suits that difficulty — favouring types not used yet, never a fourth
of one type in a row, and the types the teacher requires — and builds the question from the materials:
vocabulary, objective sentences and sequences, or parametric computing questions whose answers are computed
(only for topics the unit teaches, or that the teacher asks for). Every question is checked (and repaired)
by the question engine as it is made; one that still has an error is replaced by another.

The same seed gives the same draft."""

from __future__ import annotations

import inspect
import random
import re
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from app import sandbox
from app.services.generation import offline_computing as computing
from app.services.generation import offline_words as wording
from app.services.generation.context import BuildContext, detect_topics
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.materials import GenerationMaterials
from app.services.generation.quality import MAX_RUN, TYPE_NAMES, arrange, target_difficulties
from app.services.generation.repair import Checked, check_and_repair

GENERATABLE_TYPES = tuple(t for t in TYPE_NAMES if t != "drag_label")
# Builds one question of about this difficulty, or None when the materials cannot supply one (some are async).
Make = Callable[[BuildContext, int], DraftQuestion | None | Awaitable[DraftQuestion | None]]


@dataclass(frozen=True)
class Builder:
    type: str
    make: Make
    difficulties: tuple[int, ...]
    topic: str | None = None  # None: built from the unit's words; otherwise the unit (or teacher) must cover it
    only_when_required: bool = False

    def nearest(self, difficulty: int) -> int:
        return min(self.difficulties, key=lambda d: (abs(d - difficulty), d))


BUILDERS = (
    Builder("multiple_choice", wording.vocabulary_choice, (1, 2)),
    Builder("matching", wording.vocabulary_matching, (2, 3)),
    Builder("text_input", wording.vocabulary_type_word, (2,)),
    Builder("text_input", wording.objective_gap_fill, (2, 3)),
    Builder("multiple_select", wording.vocabulary_select, (3,)),
    Builder("ordering", wording.sequence_ordering, (2, 3)),
    Builder("extended_text", wording.explain_objective, (4, 5), only_when_required=True),
    Builder("binary_convert", computing.binary_conversion, (1, 2, 3, 4, 5), "binary"),
    Builder("ordering", computing.binary_ordering, (3, 4), "binary"),
    Builder("multiple_select", computing.binary_select, (3,), "binary"),
    Builder("logic_gates", computing.logic_gate, (1, 2, 3, 4, 5), "logic"),
    Builder("trace_table", computing.trace_table, (3, 4, 5), "programming"),
    Builder("parsons", computing.parsons, (3, 4), "programming"),
    Builder("code_completion", computing.code_completion, (3,), "programming"),
    Builder("python_code", computing.python_function, (4, 5), "programming"),
    Builder("code_debug", computing.code_debug, (4, 5), "programming"),
)

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
_TYPE_WORDS = [
    (r"python(?: code| programming)?", "python_code"),
    (r"binary|hex(?:adecimal)?|denary|conversion", "binary_convert"),
    (r"logic(?: gate)?|truth table", "logic_gates"),
    (r"trace(?: table)?", "trace_table"),
    (r"parsons?", "parsons"),
    (r"matching", "matching"),
    (r"multiple[- ]choice", "multiple_choice"),
    (r"multiple[- ]select", "multiple_select"),
    (r"ordering", "ordering"),
    (r"debug(?:ging)?", "code_debug"),
    (r"code completion|fill[- ]in(?:[- ]the)?[- ]gaps?", "code_completion"),
    (r"short[- ]answer|gap[- ]fill", "text_input"),
    (r"written|extended|essay", "extended_text"),
]


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
class InstructionHints:
    """What the offline generator understands of free-text instructions: counts of types, easier/harder,
    and a preferred conversion. (The AI reads the instructions in full.)"""

    counts: dict[str, int] = field(default_factory=dict)
    shift: int = 0
    conversion: str | None = None


def read_instructions(text: str) -> InstructionHints:
    """Find "two Python questions", "make it easier", "binary to denary" and the like in the instructions."""
    hints = InstructionHints()
    lowered = (text or "").lower()
    for pattern, qtype in _TYPE_WORDS:
        for match in re.finditer(rf"\b(\d+|one|two|three|four|five|six|an?)\s+(?:{pattern})\b(?:\s+\w+)?", lowered):
            word = match.group(1)
            count = int(word) if word.isdigit() else _NUMBERS[word]
            hints.counts[qtype] = max(hints.counts.get(qtype, 0), min(count, 10))
    if re.search(r"\b(easier|easy|simpler|gentle|support)\b", lowered):
        hints.shift = -1
    elif re.search(r"\b(harder|challenging|stretch|difficult)\b", lowered):
        hints.shift = 1
    directions = {"binary to (?:denary|decimal)": "binary_to_decimal", "(?:denary|decimal) to binary": "decimal_to_binary",
                  "binary to hex": "binary_to_hex", "hex(?:adecimal)? to binary": "hex_to_binary",
                  "(?:denary|decimal) to hex": "decimal_to_hex", "hex(?:adecimal)? to (?:denary|decimal)": "hex_to_decimal"}
    for pattern, conversion in directions.items():
        if re.search(pattern, lowered):
            hints.conversion = conversion
            break
    return hints


def _builders_for(request: DraftRequest, ctx: BuildContext, required: set[str]) -> list[Builder]:
    allowed = set(request.allowed_types)
    usable = []
    for builder in BUILDERS:
        if builder.type not in allowed:
            continue
        if builder.only_when_required and builder.type not in required:
            continue
        if builder.topic and builder.topic not in ctx.topics and builder.type not in required:
            continue
        usable.append(builder)
    return usable


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


async def generate_offline(materials: GenerationMaterials, request: DraftRequest, *, seed: int,
                           runner_enabled: bool | None = None) -> OfflineDraft:
    """A checked draft of `request.num_questions` questions (fewer, with a warning, if the materials run out)."""
    rng = random.Random(seed)
    hints = read_instructions(request.instructions)
    topics, focus = detect_topics(materials, request.instructions)
    ctx = BuildContext(materials=materials, rng=rng, topics=topics, focus=focus,
                       runner_enabled=sandbox.runner_enabled() if runner_enabled is None else runner_enabled)
    if hints.conversion:
        ctx.prefer["conversion"] = hints.conversion
    low = max(1, min(5, request.difficulty_min + hints.shift))
    high = max(low, min(5, request.difficulty_max + hints.shift))
    n = max(1, request.num_questions)
    targets = target_difficulties(n, low, high)
    required = Counter({t: 1 for t in request.required_types if t in request.allowed_types})
    for qtype, count in hints.counts.items():
        if qtype in request.allowed_types:
            required[qtype] = max(required[qtype], count)
    builders = _builders_for(request, ctx, set(required))
    plan = _reserve_required(targets, required, builders)
    draft = OfflineDraft(questions=[])
    placed: list[str | None] = list(plan)
    made: list[DraftQuestion | None] = [None] * n
    counts: Counter[str] = Counter()
    for position in range(n):
        question = await _fill(position, targets[position], plan[position], placed, counts, builders, ctx, draft)
        made[position] = question
        if question is not None:
            placed[position] = question["type"]
            counts[question["type"]] += 1
        else:
            placed[position] = None
    draft.questions = arrange([q for q in made if q is not None], low, high)
    short = sorted(t for t, c in required.items() if counts[t] < c)
    for qtype in short:
        draft.warnings.append(f"You asked for {required[qtype]} {TYPE_NAMES[qtype]} question(s); the offline "
                              f"generator could make {counts[qtype]} from these materials.")
    if len(draft.questions) < n:
        draft.warnings.append(
            f"The materials gave enough for {len(draft.questions)} of the {n} questions you asked for. Add key "
            "vocabulary or objectives to the unit for more, or add questions by hand.")
    return draft


async def _fill(position: int, difficulty: int, planned: str | None, placed: list[str | None], counts: Counter[str],
                builders: list[Builder], ctx: BuildContext, draft: OfflineDraft) -> DraftQuestion | None:
    """Make the question for one position: the planned type first, then the best-scoring others."""
    types = []
    if planned:
        types.append(planned)
    scores: dict[str, float] = {}
    for qtype in dict.fromkeys(b.type for b in builders):
        if qtype == planned:
            continue
        if _run_would_exceed(placed, position, qtype):
            continue
        suits = [b for b in builders if b.type == qtype]
        gap = min(abs(b.nearest(difficulty) - difficulty) for b in suits)
        focused = any(b.topic in ctx.focus for b in suits if b.topic)
        # What the teacher asked to focus on may come up more often than the rest.
        score = -3 * gap - (1 if focused else 2) * counts[qtype] + ctx.rng.random() + (5 if focused else 0)
        if counts[qtype] == 0:
            score += 6
        if position and placed[position - 1] == qtype:
            score -= 4
        scores[qtype] = score
    types += sorted(scores, key=lambda qtype: -scores[qtype])
    for qtype in types:
        suits = sorted((b for b in builders if b.type == qtype), key=lambda b: abs(b.nearest(difficulty) - difficulty))
        for builder in suits:
            fields = await _build(builder, ctx, difficulty)
            if fields is None:
                continue
            checked = await check_and_repair(fields)
            if not checked.ok:
                continue  # not answerable as built: try something else rather than hand the teacher an error
            draft.repairs += checked.repairs
            return {**checked.fields, "warnings": checked.problems}
    return None


async def regenerate_offline(materials: GenerationMaterials, current: DraftQuestion, *, keep_type: bool,
                             instructions: str, seed: int, neighbour_types: list[str],
                             allowed_types: list[str] | None = None, new_type: str | None = None) -> Checked | None:
    """A new question to replace `current`, checked: same type when keep_type, otherwise a type unlike its
    neighbours. "easier" / "harder" in the instructions move the difficulty by one. None when nothing could be
    made."""
    hints = read_instructions(instructions)
    topics, focus = detect_topics(materials, instructions)
    rng = random.Random(seed)
    ctx = BuildContext(materials=materials, rng=rng, topics=topics, focus=focus,
                       runner_enabled=sandbox.runner_enabled())
    if hints.conversion:
        ctx.prefer["conversion"] = hints.conversion
    ctx.used.add(f"text:{current.get('question_text', '')}")
    difficulty = max(1, min(5, int(current.get("difficulty") or 3) + hints.shift))
    allowed = allowed_types or list(GENERATABLE_TYPES)
    if keep_type:
        wanted = [current["type"]]
    elif new_type:
        wanted = [new_type]
    else:
        usable = [b for b in BUILDERS if b.type in allowed and b.type != current["type"] and not b.only_when_required
                  and (not b.topic or b.topic in ctx.topics)]
        wanted = list(dict.fromkeys(b.type for b in usable))
        rng.shuffle(wanted)

        def fit(qtype: str) -> tuple[bool, bool, bool, int]:
            gap = min(abs(b.nearest(difficulty) - difficulty) for b in usable if b.type == qtype)
            # Close enough in difficulty first, then unlike the questions around it, then the closest.
            return (qtype not in hints.counts, gap > 1, qtype in neighbour_types, gap)

        wanted.sort(key=fit)
    required = set(wanted)
    for qtype in wanted:
        candidates = [b for b in BUILDERS if b.type == qtype and (not b.topic or b.topic in ctx.topics
                                                                    or keep_type or new_type)]
        candidates.sort(key=lambda b: abs(b.nearest(difficulty) - difficulty))
        for builder in candidates:
            if builder.only_when_required and qtype not in required:
                continue
            for _ in range(4):  # a few tries, so the new question is not the same as the old one
                fields = await _build(builder, ctx, difficulty)
                if fields is None:
                    break
                checked = await check_and_repair(fields)
                # Compared once checked: the checks fill in the config's defaults, as the stored question has them.
                same = (checked.fields["question_text"], checked.fields["config"]) == (current.get("question_text"),
                                                                                      current.get("config"))
                if checked.ok and not same:
                    return checked
    return None
