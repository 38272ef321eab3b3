"""Questions on the logic gates a unit names, beyond truth tables to fill: which gate follows a rule (multiple
choice), which inputs make a gate output 1 (multiple select) and each gate with its rule (matching).

A logic unit often holds its gates only in tables and symbols the readers do not turn into key words, so without
these its draft is truth tables alone. Every answer is worked out here from the gate's rule, and only gates the
unit's own text names are asked about: they are its own material (Builder.own_material)."""

from __future__ import annotations

import re
from itertools import product

from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.offline_words import question

# When each gate outputs 1, as a pupil would say it, and the gate worked out.
RULES = {
    "AND": "only when both inputs are 1",
    "OR": "when at least one input is 1",
    "NOT": "when its input is 0",
    "XOR": "when exactly one of its two inputs is 1",
    "NAND": "unless both inputs are 1",
    "NOR": "only when both inputs are 0",
}
OUTPUT = {
    "AND": lambda a, b: a & b,
    "OR": lambda a, b: a | b,
    "XOR": lambda a, b: a ^ b,
    "NAND": lambda a, b: 1 - (a & b),
    "NOR": lambda a, b: 1 - (a | b),
}


def named_gates(ctx: BuildContext) -> list[str]:
    """The gates the unit's text names (in capitals, or as "xor gate"), in the order of RULES."""
    found = ctx.memo.get("named gates")
    if found is None:
        text = ctx.materials.text
        found = ctx.memo["named gates"] = [
            gate for gate in RULES
            if re.search(rf"\b{gate}\b", text) or re.search(rf"\b{gate}[- ]gates?\b", text, re.IGNORECASE)]
    return found


def _gates_to_ask(ctx: BuildContext, *, two_inputs: bool = False) -> list[str]:
    """The gates a question may be about: the unit's own, only when it names at least two (one name alone
    may be an ordinary word in capitals)."""
    gates = named_gates(ctx)
    if len(gates) < 2:
        return []
    return [g for g in gates if not two_inputs or g in OUTPUT]


def gate_rule_choice(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Which gate outputs 1 following a rule: the right gate and three others (the unit's first)."""
    gates = [g for g in _gates_to_ask(ctx) if f"gate rule:{g}" not in ctx.used]
    if not gates:
        return None
    gate = ctx.rng.choice(gates)
    ctx.take(f"gate rule:{gate}")
    others = [g for g in named_gates(ctx) if g != gate] + [g for g in RULES if g not in named_gates(ctx)]
    options = [{"id": ctx.new_id("o"), "text": f"{gate} gate", "is_correct": True}]
    options += [{"id": ctx.new_id("o"), "text": f"{g} gate", "is_correct": False,
                 "distractor_feedback": f"The {g} gate outputs 1 {RULES[g]}."} for g in others[:3]]
    ctx.rng.shuffle(options)
    return question(
        ctx, "multiple_choice", f"Which logic gate outputs 1 {RULES[gate]}?",
        {"options": options, "shuffle_options": True}, difficulty, points=1, seconds=40,
        hint="Think about each gate's truth table: for which inputs is its output 1?",
        correct=f"Correct! The {gate} gate outputs 1 {RULES[gate]}.",
        incorrect="Not quite. Go through each gate's truth table and look at the rows where the output is 1.",
        about=f"logic gate {gate} output", topic="logic", source=ctx.source_for("logic"),
    )


def gate_inputs_select(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Which pairs of inputs make a two-input gate output 1 (each worked out from the gate)."""
    gates = [g for g in _gates_to_ask(ctx, two_inputs=True) if f"gate inputs:{g}" not in ctx.used]
    if not gates:
        return None
    gate = ctx.rng.choice(gates)
    ctx.take(f"gate inputs:{gate}")
    options = []
    for a, b in product((0, 1), repeat=2):
        out = OUTPUT[gate](a, b)
        options.append({"id": ctx.new_id("o"), "text": f"A = {a}, B = {b}", "is_correct": out == 1,
                        **({} if out else {"distractor_feedback": f"{a} {gate} {b} is 0."})})
    return question(
        ctx, "multiple_select", f"Select every pair of inputs that makes the output of {_a(gate)} gate 1.",
        {"options": options, "min_selections": 1, "max_selections": None, "shuffle_options": False},
        difficulty, points=2, seconds=70,
        hint=f"Work out {gate} for each pair of inputs, one row of its truth table at a time.",
        correct=f"Correct! Those are the inputs for which the {gate} gate outputs 1.",
        incorrect=f"Not quite. The {gate} gate outputs 1 {RULES[gate]}. Check each pair against that.",
        partial="Nearly there. You found {correct} of the {total} pairs.",
        about=f"logic gate {gate} truth table inputs", topic="logic", source=ctx.source_for("logic"),
    )


def _a(gate: str) -> str:
    """The gate's name after "a" or "an", as it is read aloud ("an AND", "an XOR", "a NOR")."""
    return f"an {gate}" if gate in ("AND", "OR", "XOR") else f"a {gate}"


def gate_rule_matching(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Match each gate the unit names (three or more) to when it outputs 1."""
    gates = _gates_to_ask(ctx)
    if len(gates) < 3 or not ctx.take("gate rules matching"):
        return None
    chosen = gates[:4]
    left = [{"id": ctx.new_id("l"), "text": f"{g} gate"} for g in chosen]
    right = [{"id": ctx.new_id("r"), "text": f"Outputs 1 {RULES[g]}"} for g in chosen]
    return question(
        ctx, "matching", "Match each logic gate to when it outputs 1.",
        {"left_items": left, "right_items": right, "shuffle_right": True,
         "correct_pairs": [{"left": a["id"], "right": b["id"]} for a, b in zip(left, right, strict=True)]},
        difficulty, points=len(chosen), seconds=30 + 15 * len(chosen),
        hint="Picture each gate's truth table and the rows where its output is 1.",
        correct="Correct! You matched every gate to its rule.",
        incorrect="Not quite. Think about the rows of each gate's truth table where the output is 1.",
        partial="Nearly there. {correct} of {total} are matched correctly.",
        about="logic gate " + " ".join(chosen), topic="logic", source=ctx.source_for("logic"),
    )
