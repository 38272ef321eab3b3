"""parsons: arrange code blocks (and their indentation) into a working program; some blocks are distractors.

Marking (docs/question-types.md), compared by code text so two identical lines are interchangeable:
- an exact match with the main or an alternative solution (order, and indents when indentation counts) is full
  marks;
- otherwise, for each solution S: LCS / len(S) − min(max_distractors_penalty, extra / len(S)), where the
  longest common subsequence counts a line 1 with the right indent (or indentation off) and 0.5 without, and
  *extra* is the number of placed lines that are not in S. The best solution wins; never below 0.
"""

from __future__ import annotations

import random
import textwrap
from collections import Counter
from typing import Literal

from pydantic import Field

from app.question_types.base import (
    MAX_LIST,
    AnswerBase,
    Id,
    Mark,
    Part,
    Problem,
    QuestionConfigBase,
    ShortText,
    blank,
    config_seed_rng,
    error,
    opaque_id_map,
    require,
    shuffled,
    unique_problems,
    warning,
)

TYPE = "parsons"
MAX_BLOCKS = 15
MAX_INDENT = 6
MIN_VIEW_INDENT = 3  # the pupil always gets a few levels, so the number offered says little about the answer
INDENT_CREDIT = 0.5  # a line in the right place with the wrong indent


class Block(Part):
    id: Id
    code: ShortText
    indent: int = 0
    is_distractor: bool = False


class Placement(Part):
    block_id: Id
    indent: int = 0


class Config(QuestionConfigBase):
    type: Literal["parsons"] = TYPE
    blocks: list[Block] = Field(max_length=MAX_LIST)
    solution: list[Placement] = Field(max_length=MAX_LIST)
    alternative_solutions: list[list[Placement]] = Field(default_factory=list, max_length=10)
    enable_indentation: bool = True
    max_distractors_penalty: float = 0.5


class Answer(AnswerBase):
    blocks: list[Placement] = Field(default_factory=list, max_length=MAX_LIST)


# The largest answer this type takes, in bytes of JSON (app.question_types.answer_fits; the autosave refuses a
# bigger one): at most 50 blocks (an id and an indent each): about 5 KB at the very most.
MAX_ANSWER_BYTES = 8_192


def _solutions(config: Config) -> list[list[Placement]]:
    return [config.solution, *config.alternative_solutions]


def _solution_problems(config: Config, solution: list[Placement], field: str) -> list[Problem]:
    by_id = {b.id: b for b in config.blocks}
    problems = []
    if not solution:
        problems.append(error(field, "A solution needs at least one block."))
    seen: set[str] = set()
    previous_indent, previous_code = 0, ""
    for k, step in enumerate(solution):
        where = f"{field}[{k}]"
        block = by_id.get(step.block_id)
        if block is None:
            problems.append(error(f"{where}.block_id", f"There is no block with id '{step.block_id}'."))
            continue
        if block.is_distractor:
            problems.append(error(f"{where}.block_id", "A distractor block cannot be part of a solution."))
        if step.block_id in seen:
            problems.append(error(f"{where}.block_id", "This block is used twice in the solution."))
        seen.add(step.block_id)
        if not 0 <= step.indent <= MAX_INDENT:
            problems.append(error(f"{where}.indent", f"Indents run from 0 to {MAX_INDENT}."))
        elif config.enable_indentation:
            opens_block = previous_code.rstrip().endswith(":")
            if k == 0 and step.indent != 0:
                problems.append(warning(f"{where}.indent", "The first line of a program is not indented."))
            elif k > 0 and step.indent > previous_indent + (1 if opens_block else 0):
                problems.append(
                    warning(f"{where}.indent", "This indent is deeper than the line before allows.")
                )
        previous_indent, previous_code = step.indent, block.code
    return problems


def validate(config: Config) -> list[Problem]:
    """Known, non-distractor blocks in every solution; distractors distinguishable from real lines."""
    problems = []
    if len(config.blocks) < 2:
        problems.append(error("blocks", "Give at least 2 blocks."))
    if len(config.blocks) > MAX_BLOCKS:
        problems.append(error("blocks", f"Use at most {MAX_BLOCKS} blocks (this has {len(config.blocks)})."))
    problems += unique_problems([b.id for b in config.blocks], lambda k: f"blocks[{k}].id", "block ids")
    for k, block in enumerate(config.blocks):
        if blank(block.code):
            problems.append(error(f"blocks[{k}].code", "Write the code of this block."))
        if not 0 <= block.indent <= MAX_INDENT:
            problems.append(error(f"blocks[{k}].indent", f"Indents run from 0 to {MAX_INDENT}."))
    problems += _solution_problems(config, config.solution, "solution")
    for n, alternative in enumerate(config.alternative_solutions):
        problems += _solution_problems(config, alternative, f"alternative_solutions[{n}]")
        if _key(config, alternative) == _key(config, config.solution):
            problems.append(warning(f"alternative_solutions[{n}]", "This is the same as the main solution."))
    if not 0 <= config.max_distractors_penalty <= 1:
        problems.append(
            error("max_distractors_penalty", "The penalty is a fraction of the marks, from 0 to 1.")
        )
    real_code = {_code(b) for b in config.blocks if not b.is_distractor}
    used = {p.block_id for s in _solutions(config) for p in s}
    for k, block in enumerate(config.blocks):
        if block.is_distractor and _code(block) in real_code:
            problems.append(
                error(f"blocks[{k}].code", "This distractor has the same code as a block in the solution.")
            )
        if not block.is_distractor and block.id not in used:
            problems.append(
                warning(f"blocks[{k}]", "No solution uses this block. Mark it as a distractor or use it.")
            )
    return problems


def _code(block: Block) -> str:
    return block.code.strip()


def _key(config: Config, placements: list[Placement]) -> list[tuple[str, int]]:
    """A sequence as (code, indent) pairs; indent ignored (0) when indentation is not marked."""
    by_id = {b.id: b for b in config.blocks}
    return [
        (
            _code(by_id[p.block_id]) if p.block_id in by_id else f"?{p.block_id}",
            p.indent if config.enable_indentation else 0,
        )
        for p in placements
    ]


def normalise(config: Config) -> Config:
    """Block code dedented and trimmed; each block's indent copied from the main solution."""
    solution_indent = {p.block_id: p.indent for p in config.solution}
    blocks = [
        b.model_copy(
            update={
                "code": textwrap.dedent(b.code).strip("\n").rstrip(),
                "indent": solution_indent.get(b.id, b.indent),
            }
        )
        for b in config.blocks
    ]
    return config.model_copy(update={"blocks": blocks})


def opaque_ids(config: Config) -> Config:
    """Block ids such as b1, b2, b3 in solution order would give the answer away: make them random."""
    mapping = opaque_id_map([b.id for b in config.blocks], "b")

    def rename(placements: list[Placement]) -> list[Placement]:
        return [p.model_copy(update={"block_id": mapping.get(p.block_id, p.block_id)}) for p in placements]

    return config.model_copy(
        update={
            "blocks": [b.model_copy(update={"id": mapping.get(b.id, b.id)}) for b in config.blocks],
            "solution": rename(config.solution),
            "alternative_solutions": [rename(s) for s in config.alternative_solutions],
        }
    )


def pupil_view(config: Config, rng: random.Random | None) -> dict:
    """Every block (distractors too), always shuffled so the solution's lines are never in solution order."""
    orders = [[_code(b) for b in _blocks_of(config, s)] for s in _solutions(config)]

    def reveals(order: list[Block]) -> bool:
        codes = [_code(b) for b in order]
        return any([c for c in codes if c in set(s)] == s for s in orders)

    blocks = shuffled(config.blocks, rng or config_seed_rng(config), avoid=reveals)
    needed = max((p.indent for s in _solutions(config) for p in s), default=0)
    return {
        "type": TYPE,
        "enable_indentation": config.enable_indentation,
        "max_indent": max(MIN_VIEW_INDENT, needed + 1),
        # With indentation marked, the pupil sets it (start at 0); otherwise it is display only.
        "blocks": [
            {"id": b.id, "code": b.code, "indent": 0 if config.enable_indentation else b.indent}
            for b in blocks
        ],
    }


def _blocks_of(config: Config, placements: list[Placement]) -> list[Block]:
    by_id = {b.id: b for b in config.blocks}
    return [by_id[p.block_id] for p in placements if p.block_id in by_id]


def _lcs(
    placed: list[tuple[str, int]], solution: list[tuple[str, int]], indentation: bool
) -> tuple[float, int]:
    """Weighted longest common subsequence: (credit, lines matched with the right indent)."""
    rows = [[(0.0, 0)] * (len(solution) + 1) for _ in range(len(placed) + 1)]
    for i, (code, indent) in enumerate(placed):
        for j, (s_code, s_indent) in enumerate(solution):
            best = max(rows[i][j + 1], rows[i + 1][j])
            if code == s_code:
                right_indent = not indentation or indent == s_indent
                credit, full = rows[i][j]
                best = max(
                    best, (credit + (1.0 if right_indent else INDENT_CREDIT), full + int(right_indent))
                )
            rows[i + 1][j + 1] = best
    return rows[-1][-1]


def mark(config: Config, answer: Answer, points: float) -> Mark:
    """Exact match with any solution = full; otherwise the best LCS credit less the capped extra-block penalty."""
    ids = {b.id for b in config.blocks}
    placed_ids = [p.block_id for p in answer.blocks]
    require(all(i in ids for i in placed_ids), "One of those blocks is not part of this question.")
    require(len(set(placed_ids)) == len(placed_ids), "A block was placed twice. Use each block once.")
    require(all(0 <= p.indent <= 10 for p in answer.blocks), "Indents must be between 0 and 10.")
    placed = _key(config, answer.blocks)
    best_fraction, best_full, best_total = 0.0, 0, len(config.solution)
    for solution in _solutions(config):
        target = _key(config, solution)
        if not target:
            continue
        if placed == target:
            return Mark.from_fraction(
                1, points, correct_count=len(target), total_count=len(target), details={"exact": True}
            )
        credit, full = _lcs(placed, target, config.enable_indentation)
        extra = sum((Counter(c for c, _ in placed) - Counter(c for c, _ in target)).values())
        penalty = min(config.max_distractors_penalty, extra / len(target))
        fraction = max(0.0, credit / len(target) - penalty)
        if fraction > best_fraction or (fraction == best_fraction and full > best_full):
            best_fraction, best_full, best_total = fraction, full, len(target)
    return Mark.from_fraction(
        best_fraction, points, correct_count=best_full, total_count=best_total, details={"exact": False}
    )


def answer_key(config: Config) -> dict:
    by_id = {b.id: b for b in config.blocks}
    return {
        "solution": [
            {
                "block_id": p.block_id,
                "code": by_id[p.block_id].code if p.block_id in by_id else None,
                "indent": p.indent,
            }
            for p in config.solution
        ],
        "alternative_solutions": len(config.alternative_solutions),
    }


def example_answer(config: Config) -> dict:
    return {"blocks": [p.model_dump() for p in config.solution]}
