"""Offline questions built from the words of the lesson materials: key vocabulary (multiple choice, matching,
multiple select, type-the-word), gap-fills from objective sentences, and ordering from sequences of steps.

Each builder takes the shared context and a target difficulty and returns a DraftQuestion, or None when the
materials cannot supply one (too few terms, nothing left unused)."""

from __future__ import annotations

import re
from typing import TypedDict

from app.question_types.stored import StoredConfig, StoredScaffold
from app.services.documents.found import Term
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.utils.feedback import language_problems

MAX_OPTION_CHARS = 160
SYNONYMS = {"denary": ["decimal"], "decimal": ["denary"], "hexadecimal": ["hex"], "hex": ["hexadecimal"]}


class AcceptedAnswer(TypedDict):
    """One answer a text-input question accepts, and the share of the points it earns."""

    text: str
    points: int


def question(ctx: BuildContext, qtype: str, text: str, config: StoredConfig, difficulty: int, *, points: int,
             seconds: int, hint: str, correct: str, incorrect: str, partial: str = "", scaffold: StoredScaffold | None = None,
             about: str = "", topic: str | None = None) -> DraftQuestion:
    """A whole question as the fields a stored Question has (plus the objective's code)."""
    code, strands = ctx.tag(about or text, topic)
    return DraftQuestion(
        type=qtype,
        question_text=text,
        config={**config, "type": qtype},
        difficulty=difficulty,
        points=points,
        time_estimate_seconds=seconds,
        hint=hint,
        feedback={"correct": correct, "incorrect": incorrect, "partial": partial},
        scaffold=scaffold,
        objective_code=code,
        strands=strands,
        tags=["offline"],
    )


def sentence(text: str) -> str:
    """Capital first letter, no trailing full stop (for options and items)."""
    text = " ".join(text.split()).rstrip(".")
    return text[:1].upper() + text[1:]


def _clean_definitions(ctx: BuildContext) -> list[Term]:
    """Defined terms whose definitions are short enough for an option and read well."""
    usable = []
    for item in ctx.materials.defined_vocabulary:
        definition = sentence(item["definition"])
        if len(definition) > MAX_OPTION_CHARS or language_problems(definition):
            continue
        if re.search(rf"\b{re.escape(item['term'])}\b", definition, re.I):
            continue  # "Binary: a binary number…" would give the answer away
        usable.append({"term": sentence(item["term"]), "definition": definition})
    return usable


def _others(ctx: BuildContext, terms: list[Term], exclude: Term, count: int) -> list[Term]:
    pool = [t for t in terms if t["term"].lower() != exclude["term"].lower()
            and t["definition"].lower() != exclude["definition"].lower()]
    ctx.rng.shuffle(pool)
    return pool[:count]


def vocabulary_choice(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Multiple choice on a key word. Difficulty 1: pick the meaning of a word from 3. Difficulty 2: pick the
    word for a meaning from 4. Distractors are other terms of the same unit."""
    terms = _clean_definitions(ctx)
    if len(terms) < 3:
        return None
    order = list(terms)
    ctx.rng.shuffle(order)
    target = next((t for t in order if ctx.take(f"choice:{t['term'].lower()}")), None)
    if target is None:
        return None
    if difficulty <= 1:
        distractors = _others(ctx, terms, target, 2)
        options = [{"id": ctx.new_id("o"), "text": target["definition"], "is_correct": True}]
        options += [{"id": ctx.new_id("o"), "text": d["definition"], "is_correct": False,
                     "distractor_feedback": f"That is the meaning of '{d['term']}'."} for d in distractors]
        ctx.rng.shuffle(options)
        return question(
            ctx, "multiple_choice", f"What does the word '{target['term']}' mean? Select ONE answer.",
            {"options": options, "shuffle_options": True}, 1, points=1, seconds=40,
            hint=f"Think about where you met the word '{target['term']}' in the lesson.",
            correct=f"Correct! '{target['term']}' means: {target['definition'].lower()}.",
            incorrect=f"Not quite. Read each meaning and think about the lesson where you learnt '{target['term']}'.",
            about=f"{target['term']} {target['definition']}",
        )
    distractors = _others(ctx, terms, target, 3)
    options = [{"id": ctx.new_id("o"), "text": target["term"], "is_correct": True}]
    options += [{"id": ctx.new_id("o"), "text": d["term"], "is_correct": False,
                 "distractor_feedback": f"'{d['term']}' means: {d['definition'].lower()}."} for d in distractors]
    ctx.rng.shuffle(options)
    easier = _others(ctx, terms, target, 1)
    scaffold: StoredScaffold = {
        "type": "multiple_choice",
        "question_text": f"Which key word means: '{target['definition']}'? Select ONE answer.",
        "config": {"type": "multiple_choice", "shuffle_options": True, "options": [
            {"id": ctx.new_id("o"), "text": target["term"], "is_correct": True},
            {"id": ctx.new_id("o"), "text": easier[0]["term"], "is_correct": False},
        ]},
        "hint": "There are only two words to choose from.",
    }
    return question(
        ctx, "multiple_choice", f"Which key word means: '{target['definition']}'? Select ONE answer.",
        {"options": options, "shuffle_options": True}, min(2, difficulty), points=1, seconds=45,
        hint="Say each word to yourself and remember what it means. Choose the one that matches.",
        correct=f"Correct! '{target['term']}' means: {target['definition'].lower()}.",
        incorrect="Not quite. Look again at the key words from the lesson and what each one means.",
        scaffold=scaffold, about=f"{target['term']} {target['definition']}",
    )


def vocabulary_matching(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Match key words to their meanings: 3 pairs at difficulty 2, 4 or 5 (and a spare meaning) at 3."""
    terms = _clean_definitions(ctx)
    size = 3 if difficulty <= 2 else min(5, len(terms) - 1 if len(terms) > 4 else len(terms))
    if len(terms) < 3 or size < 3:
        return None
    order = list(terms)
    ctx.rng.shuffle(order)
    fresh = [t for t in order if f"match:{t['term'].lower()}" not in ctx.used]
    chosen = (fresh + [t for t in order if t not in fresh])[:size]
    if len(fresh) < 2:
        return None
    for t in chosen:
        ctx.used.add(f"match:{t['term'].lower()}")
    left = [{"id": ctx.new_id("l"), "text": t["term"]} for t in chosen]
    right = [{"id": ctx.new_id("r"), "text": t["definition"]} for t in chosen]
    pairs = [{"left": a["id"], "right": b["id"]} for a, b in zip(left, right, strict=True)]
    spare = [t for t in terms if t not in chosen]
    if difficulty >= 3 and spare:
        right.append({"id": ctx.new_id("r"), "text": ctx.rng.choice(spare)["definition"]})
    ctx.rng.shuffle(right)
    extra = " One meaning is left over." if len(right) > len(left) else ""
    return question(
        ctx, "matching", f"Match each key word to its meaning.{extra}",
        {"left_items": left, "right_items": right, "correct_pairs": pairs, "shuffle_right": True},
        2 if size <= 3 else 3, points=2, seconds=30 + 20 * size,
        hint="Start with the word you are most sure about. Then match the others.",
        correct="Correct! You matched every key word to its meaning.",
        incorrect="Not quite. Read each meaning slowly and think about which word it describes.",
        partial="Nearly there. You matched {correct} of {total} key words. Check the others again.",
        about=" ".join(t["term"] for t in chosen),
    )


def vocabulary_select(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Two meanings, four key words: select the TWO words that the meanings describe."""
    terms = _clean_definitions(ctx)
    if len(terms) < 4:
        return None
    order = list(terms)
    ctx.rng.shuffle(order)
    targets = [t for t in order if f"select:{t['term'].lower()}" not in ctx.used][:2]
    if len(targets) < 2:
        return None
    for t in targets:
        ctx.used.add(f"select:{t['term'].lower()}")
    distractors = [t for t in order if t not in targets][:2]
    options = [{"id": ctx.new_id("o"), "text": t["term"], "is_correct": True} for t in targets]
    options += [{"id": ctx.new_id("o"), "text": t["term"], "is_correct": False,
                 "distractor_feedback": f"'{t['term']}' means: {t['definition'].lower()}."} for t in distractors]
    ctx.rng.shuffle(options)
    text = (f"Here are two meanings.\n1. {targets[0]['definition']}.\n2. {targets[1]['definition']}.\n"
            "Select the TWO key words that these meanings describe.")
    return question(
        ctx, "multiple_select", text,
        {"options": options, "min_selections": 1, "max_selections": 2, "shuffle_options": True},
        3, points=2, seconds=60,
        hint="Find the word for meaning 1 first. Then find the word for meaning 2.",
        correct="Correct! You found both key words.",
        incorrect="Not quite. Read meaning 1, then find its key word. Do the same for meaning 2.",
        partial="Nearly there. You found {correct} of the {total} key words. Check the other meaning again.",
        about=" ".join(t["term"] for t in targets),
    )


def _accepted(term: str) -> list[AcceptedAnswer]:
    answers = [{"text": term, "points": 1}]
    lowered = term.lower()
    if not lowered.endswith("s"):
        answers.append({"text": f"{term}s", "points": 1})
    for synonym in SYNONYMS.get(lowered, []):
        answers.append({"text": synonym, "points": 1})
    return answers


def vocabulary_type_word(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Type the key word for a meaning (with its first letter as the hint)."""
    terms = [t for t in _clean_definitions(ctx) if len(t["term"].split()) <= 3]
    order = list(terms)
    ctx.rng.shuffle(order)
    target = next((t for t in order if ctx.take(f"type:{t['term'].lower()}")), None)
    if target is None:
        return None
    return question(
        ctx, "text_input", f"Type the key word that means: '{target['definition']}'.",
        {"accepted_answers": _accepted(target["term"]), "case_sensitive": False, "max_length": 60},
        2, points=1, seconds=45,
        hint=f"The word starts with the letter '{target['term'][0].upper()}'.",
        correct=f"Correct! The key word is '{target['term']}'.",
        incorrect="Not quite. Think about the key words from the lesson. Check your spelling too.",
        about=f"{target['term']} {target['definition']}",
    )


def objective_gap_fill(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Fill the gap in a learning-objective sentence: a key word of the unit is taken out."""
    terms = [v["term"] for v in ctx.materials.vocabulary if v.get("term") and len(v["term"].split()) <= 2]
    candidates = []
    for objective in ctx.materials.objectives:
        for term in terms:
            pattern = re.compile(rf"\b{re.escape(term)}\b", re.I)
            if pattern.search(objective["text"]) and len(objective["text"]) <= 200:
                candidates.append((objective, term, pattern))
    ctx.rng.shuffle(candidates)
    for objective, term, pattern in candidates:
        if not ctx.take(f"gap:{objective['code']}:{term.lower()}") or not ctx.take(f"gapobjective:{objective['code']}"):
            continue
        match = pattern.search(objective["text"])
        found = match.group(0)
        gapped = pattern.sub("_____", objective["text"], count=1).rstrip(".")
        return question(
            ctx, "text_input",
            f"Fill in the gap with the missing key word.\n\"{gapped}.\"",
            {"accepted_answers": _accepted(found), "case_sensitive": False, "max_length": 60},
            min(max(difficulty, 2), 3), points=1, seconds=50,
            hint=f"The missing word is one of the key words of this unit. It starts with '{found[0].upper()}'.",
            correct=f"Correct! The missing word is '{found}'.",
            incorrect="Not quite. Read the whole sentence again and think about which key word fits.",
            about=objective["text"],
        )
    return None


def sequence_ordering(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Put the steps of a sequence from the materials in order (4 steps at difficulty 2, up to 6 at 3)."""
    usable = [s for s in ctx.materials.sequences if 3 <= len(s["steps"]) <= 12
              and all(len(step) <= 200 for step in s["steps"])
              and len({step.strip().lower() for step in s["steps"]}) == len(s["steps"])]
    ctx.rng.shuffle(usable)
    for sequence in usable:
        key = "order:" + "|".join(step.lower() for step in sequence["steps"][:3])
        if not ctx.take(key):
            continue
        size = 4 if difficulty <= 2 else 6
        steps = sequence["steps"][:size]
        items = [{"id": ctx.new_id("i"), "text": sentence(step), "correct_position": n}
                 for n, step in enumerate(steps, start=1)]
        title = sequence["title"].strip()
        generic = {"steps", "sequence", "lesson sequence", "outline plan", "lesson plan", "plan", "order", "method"}
        named = f" for '{title}'" if title and title.lower() not in generic else ""
        return question(
            ctx, "ordering", f"Put these steps{named} in the order they happen. The first step goes at the top.",
            {"items": items}, 2 if len(items) <= 4 else 3, points=2, seconds=30 + 15 * len(items),
            hint="Find the step that must happen first. Then ask: what comes next?",
            correct="Correct! The steps are in the right order.",
            incorrect="Not quite. Think about what has to happen before each step can start.",
            partial="Nearly there. {correct} of {total} steps are in the right place.",
            about=" ".join(steps), topic="algorithms",
        )
    return None


def explain_objective(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """A written answer for an "Explain…" or "Describe…" objective, with a simple mark scheme."""
    for objective in ctx.materials.objectives:
        text = objective["text"].strip().rstrip(".")
        match = re.match(r"^(?:to\s+|i can\s+)?(explain|describe)\s+(.*)$", text, re.I)
        if not match or not ctx.take(f"explain:{objective['code']}"):
            continue
        verb, rest = match.group(1).capitalize(), match.group(2)
        terms = [v["term"] for v in ctx.materials.vocabulary
                 if v.get("term") and re.search(rf"\b{re.escape(v['term'])}\b", rest, re.I)][:2]
        scheme = [{"criterion": f"Uses the key word '{term}' correctly", "points": 1} for term in terms]
        scheme.append({"criterion": "Gives a clear reason or an example", "points": 1})
        scheme.append({"criterion": "Writes in full sentences that answer the question", "points": 1})
        total = sum(c["points"] for c in scheme)
        return question(
            ctx, "extended_text", f"{verb} {rest}. Write 2 to 5 sentences.",
            {"min_words": 15, "max_words": 150, "ai_marking_enabled": True,
             "marking_guide": {"points_available": total, "mark_scheme": scheme}},
            max(4, difficulty), points=total, seconds=240,
            hint="Use the key words from the lesson. Give a reason or an example.",
            correct="Correct! Your answer covers every part of the mark scheme.",
            incorrect="Not quite. Use the key words from the lesson and give a reason or an example.",
            partial="Nearly there. Add a reason or an example, and use the key words.",
            about=objective["text"],
        )
    return None
