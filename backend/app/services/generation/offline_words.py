"""Offline questions about the unit's key words (multiple choice, matching, multiple select, type-the-word) and
gap-fills from its objective sentences. The key words and their meanings are the unit's facts (facts.py):
its vocabulary, and what its headings name; distractors are always other key words of the same unit.

Each builder takes the shared context and a target difficulty and returns a DraftQuestion, or None when the
materials cannot supply one (too few key words, nothing left unused). Every question records its source."""

from __future__ import annotations

import re
from collections import Counter
from typing import TypedDict

from app.question_types.stored import StoredConfig, StoredScaffold
from app.services.generation.context import BuildContext, words
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.facts import Fact, option_text
from app.services.generation.passages import item_source
from app.services.generation.teaching_text import is_lesson_label, written_task
from app.services.generation.topics import NAMED_WEIGHT
from app.services.generation.unfit_text import answer_problem

UNCOUNTABLE = {"information", "data", "malware", "software", "hardware", "security", "encryption", "netiquette",
               "abstraction", "decomposition", "selection", "iteration", "sequence", "phishing", "spam", "binary",
               "denary", "hexadecimal", "privacy", "cyberbullying", "storage", "memory", "input", "output"}
_ASKED = re.compile(r"^\W*(?:what|why|how|when|where|which|who|whose|is|are|can|do|does|should)\b", re.IGNORECASE)
SYNONYMS = {"denary": ["decimal"], "decimal": ["denary"], "hexadecimal": ["hex"], "hex": ["hexadecimal"]}


class AcceptedAnswer(TypedDict):
    """One answer a text-input question accepts, and the share of the points it earns."""

    text: str
    points: int


def question(ctx: BuildContext, qtype: str, text: str, config: StoredConfig, difficulty: int, *, points: int,
             seconds: int, hint: str, correct: str, incorrect: str, source: QuestionSource | None,
             partial: str = "", scaffold: StoredScaffold | None = None, about: str = "",
             topic: str | None = None, tags: tuple[str, ...] = ()) -> DraftQuestion:
    """A whole question as the fields a stored Question has (plus the objective's code and its source)."""
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
        tags=["offline", *tags],
        source=source,
    )


def sentence(text: str) -> str:
    """Capital first letter, no trailing full stop (for options and items)."""
    return option_text(text)


def _others(ctx: BuildContext, facts: list[Fact], exclude: Fact, count: int) -> list[Fact]:
    pool = [f for f in facts if f.term.lower() != exclude.term.lower()
            and f.definition.lower() != exclude.definition.lower()]
    ctx.rng.shuffle(pool)
    return pool[:count]


def sentence_key(text: str) -> str:
    """The key that marks a sentence as asked about (case, spacing and end punctuation aside)."""
    return "sentence:" + " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def show(ctx: BuildContext, facts: list[Fact]) -> None:
    """Note that these facts' meanings are shown in a question (so no sentence quoting them is asked again)."""
    ctx.used.update(shown_key(f.definition) for f in facts)


def shown_key(text: str) -> str:
    return "shown:" + " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _common_source(facts: list[Fact]) -> QuestionSource:
    """The source most of these facts share (the file most come from, and the first place in it)."""
    files = Counter(f.source["file"] for f in facts)
    best = files.most_common(1)[0][0]
    return next(f.source for f in facts if f.source["file"] == best)


def _lower_first(text: str) -> str:
    """The text inside a sentence: its first letter in lower case unless the first word is an abbreviation."""
    first = text.split(" ", 1)[0]
    return text if first[1:2].isupper() else text[:1].lower() + text[1:]


def _other_words(ctx: BuildContext, facts: list[Fact], targets: list[Fact], count: int) -> list[Fact | str]:
    """Up to `count` wrong words to offer beside `targets`: other key words with meanings; in a unit whose documents
    define too few, topped up with key words it names without a meaning (a key word, a word a line defines, a
    heading's subject — never a heading asked as a question), none sharing a word with another option."""
    found: list[Fact | str] = [f for f in _others(ctx, facts, targets[0], count + len(targets)) if f not in targets]
    found = found[:count]
    if len(found) >= count:
        return found
    taken = words(" ".join([*(t.term for t in targets), *(f.term for f in found if isinstance(f, Fact))]))
    meanings = " ".join(t.definition.lower() for t in targets)
    named = [p.text for p in ctx.model.phrases if p.weight >= NAMED_WEIGHT and len(p.text.split()) <= 3
             and not _ASKED.match(p.text) and not is_lesson_label(p.text) and answer_problem(p.text) is None
             and p.text.lower() not in meanings]
    ctx.rng.shuffle(named)
    for text in named:
        if len(found) < count and words(text) and not words(text) & taken:
            found.append(text)
            taken |= words(text)
    return found


def _term(word: Fact | str) -> str:
    return word.term if isinstance(word, Fact) else word


def _wrong_word_feedback(word: Fact | str) -> dict[str, str]:
    if isinstance(word, Fact):
        return {"distractor_feedback": f"'{word.term}' means: {_lower_first(word.definition)}."}
    return {"distractor_feedback": f"'{word}' is another key word of this unit, with a different meaning."}


def vocabulary_choice(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Multiple choice on a key word. Difficulty 1: pick the meaning of a word from 3. Difficulty 2: pick the
    word for a meaning from 4 (3 when the unit names too few key words). Distractors are other key words of the
    same unit: for the word, those it names without a meaning may join those it defines (`_other_words`)."""
    facts = ctx.facts
    if len(facts) < 3 and (difficulty <= 1 or not facts):
        return None
    order = list(facts)
    ctx.rng.shuffle(order)
    target = next((f for f in order if ctx.take(f"choice:{f.term.lower()}")), None)
    if target is None:
        return None
    meaning = _lower_first(target.definition)
    if difficulty <= 1:
        distractors = _others(ctx, facts, target, 2)
        show(ctx, [target, *distractors])
        options = [{"id": ctx.new_id("o"), "text": target.definition, "is_correct": True}]
        options += [{"id": ctx.new_id("o"), "text": d.definition, "is_correct": False,
                     "distractor_feedback": f"That is the meaning of '{d.term}'."} for d in distractors]
        ctx.rng.shuffle(options)
        return question(
            ctx, "multiple_choice", f"What does the word '{target.term}' mean? Select ONE answer.",
            {"options": options, "shuffle_options": True}, 1, points=1, seconds=40,
            hint=f"Think about where you met the word '{target.term}' in the lesson.",
            correct=f"Correct! '{target.term}' means: {meaning}.",
            incorrect=f"Not quite. Read each meaning and think about the lesson where you learnt '{target.term}'.",
            about=f"{target.term} {target.definition}", source=target.source,
        )
    topped_up = _other_words(ctx, facts, [target], 3) if len(facts) < 4 else None
    if topped_up is not None and len(topped_up) < 2:
        return None  # too few words to choose from: its meaning stays free for a type-the-word question
    if not ctx.take(f"prompt:{target.term.lower()}"):
        return None  # its meaning was already the prompt of a type-the-word question
    distractors = topped_up if topped_up is not None else _others(ctx, facts, target, 3)
    show(ctx, [target])
    options = [{"id": ctx.new_id("o"), "text": target.term, "is_correct": True}]
    options += [{"id": ctx.new_id("o"), "text": _term(d), "is_correct": False, **_wrong_word_feedback(d)}
                for d in distractors]
    ctx.rng.shuffle(options)
    easier = _others(ctx, facts, target, 1) if len(facts) >= 4 else distractors[:1]
    scaffold: StoredScaffold = {
        "type": "multiple_choice",
        "question_text": f"Which key word means: '{target.definition}'? Select ONE answer.",
        "config": {"type": "multiple_choice", "shuffle_options": True, "options": [
            {"id": ctx.new_id("o"), "text": target.term, "is_correct": True},
            {"id": ctx.new_id("o"), "text": _term(easier[0]), "is_correct": False},
        ]},
        "hint": "There are only two words to choose from.",
    }
    return question(
        ctx, "multiple_choice", f"Which key word means: '{target.definition}'? Select ONE answer.",
        {"options": options, "shuffle_options": True}, min(2, difficulty), points=1, seconds=45,
        hint="Say each word to yourself and remember what it means. Choose the one that matches.",
        correct=f"Correct! '{target.term}' means: {meaning}.",
        incorrect="Not quite. Look again at the key words from the lesson and what each one means.",
        scaffold=scaffold, about=f"{target.term} {target.definition}", source=target.source,
    )


def vocabulary_matching(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Match key words to their meanings: 3 pairs at difficulty 2, 4 at 3, 5 and a spare meaning at 4."""
    facts = ctx.facts
    wanted = 3 if difficulty <= 2 else 4 if difficulty == 3 else 5
    size = min(wanted, len(facts) - 1 if difficulty >= 3 and len(facts) > 4 else len(facts))
    if size < 3:
        return None
    order = list(facts)
    ctx.rng.shuffle(order)
    fresh = [f for f in order if f"match:{f.term.lower()}" not in ctx.used]
    if len(fresh) < 2:
        return None
    chosen = (fresh + [f for f in order if f not in fresh])[:size]
    for fact in chosen:
        ctx.used.add(f"match:{fact.term.lower()}")
    show(ctx, chosen)
    left = [{"id": ctx.new_id("l"), "text": f.term} for f in chosen]
    right = [{"id": ctx.new_id("r"), "text": f.definition} for f in chosen]
    pairs = [{"left": a["id"], "right": b["id"]} for a, b in zip(left, right, strict=True)]
    spare = [f for f in facts if f not in chosen]
    if difficulty >= 3 and spare:
        right.append({"id": ctx.new_id("r"), "text": ctx.rng.choice(spare).definition})
    ctx.rng.shuffle(right)
    extra = " One meaning is left over." if len(right) > len(left) else ""
    level = 2 if size <= 3 else 4 if size >= 5 and extra else 3
    return question(
        ctx, "matching", f"Match each key word to its meaning.{extra}",
        {"left_items": left, "right_items": right, "correct_pairs": pairs, "shuffle_right": True},
        level, points=2 if level <= 3 else 3, seconds=30 + 20 * size,
        hint="Start with the word you are most sure about. Then match the others.",
        correct="Correct! You matched every key word to its meaning.",
        incorrect="Not quite. Read each meaning slowly and think about which word it describes.",
        partial="Nearly there. You matched {correct} of {total} key words. Check the others again.",
        about=" ".join(f.term for f in chosen), source=_common_source(chosen),
    )


def vocabulary_select(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Two meanings, four key words: select the TWO words that the meanings describe (in a unit that defines
    fewer than four, the wrong words are key words it names without a meaning: `_other_words`)."""
    facts = ctx.facts
    if len(facts) < 2:
        return None
    order = list(facts)
    ctx.rng.shuffle(order)
    targets = [f for f in order if f"select:{f.term.lower()}" not in ctx.used][:2]
    if len(targets) < 2:
        return None
    distractors: list[Fact | str] = [f for f in order if f not in targets][:2]
    if len(facts) < 4:  # a unit that defines too few key words: key words it names without a meaning join in
        if targets[0].definition.lower() == targets[1].definition.lower() or words(targets[0].term) & words(
                targets[1].term):
            return None  # "Turtle" and "Meet the turtle", one meaning twice
        distractors = _other_words(ctx, facts, targets, 2)
        if len(distractors) < 2:
            return None
    for fact in targets:
        ctx.used.add(f"select:{fact.term.lower()}")
    show(ctx, targets)
    options = [{"id": ctx.new_id("o"), "text": f.term, "is_correct": True} for f in targets]
    options += [{"id": ctx.new_id("o"), "text": _term(d), "is_correct": False, **_wrong_word_feedback(d)}
                for d in distractors]
    ctx.rng.shuffle(options)
    text = (f"Here are two meanings.\n1. {targets[0].definition}.\n2. {targets[1].definition}.\n"
            "Select the TWO key words that these meanings describe.")
    return question(
        ctx, "multiple_select", text,
        {"options": options, "min_selections": 1, "max_selections": 2, "shuffle_options": True},
        3, points=2, seconds=60,
        hint="Find the word for meaning 1 first. Then find the word for meaning 2.",
        correct="Correct! You found both key words.",
        incorrect="Not quite. Read meaning 1, then find its key word. Do the same for meaning 2.",
        partial="Nearly there. You found {correct} of the {total} key words. Check the other meaning again.",
        about=" ".join(f.term for f in targets), source=_common_source(targets),
    )


def accepted(term: str) -> list[AcceptedAnswer]:
    """The answers a typed key word accepts: as written, with or without a plural "s", its known synonyms, and
    the name and the abbreviation on their own ("Program Counter (PC)" → "Program Counter", "PC")."""
    forms = [term]
    match = re.fullmatch(r"(.+?)\s*\(([^)]{1,40})\)", term)
    if match:
        forms += [match.group(1).strip(), match.group(2).strip()]
    answers: list[AcceptedAnswer] = []
    for form in forms:
        answers.append({"text": form, "points": 1})
        plural = _plural(form)
        if plural:
            answers.append({"text": plural, "points": 1})
        answers += [{"text": synonym, "points": 1} for synonym in SYNONYMS.get(form.lower(), [])]
    unique = {a["text"].lower(): a for a in answers}
    return list(unique.values())


def _plural(term: str) -> str | None:
    """The plural a pupil might type ("Routers", "Memories"), or None for a word with none ("Software", "RAM")."""
    last = term.split()[-1] if term.split() else ""
    lowered = last.lower()
    if len(last) <= 3 or last.isupper() or lowered.endswith(("s", ")", "ware", "ing")) or lowered in UNCOUNTABLE:
        return None
    if lowered.endswith("y") and lowered[-2:-1] not in "aeiou":
        return term[:-1] + "ies"
    return term + ("es" if lowered.endswith(("sh", "ch", "x", "z")) else "s")


def vocabulary_type_word(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Type the key word for a meaning (with its first letter as the hint)."""
    facts = [f for f in ctx.facts if len(f.term.split()) <= 3]
    order = list(facts)
    ctx.rng.shuffle(order)
    target = next((f for f in order if f"prompt:{f.term.lower()}" not in ctx.used
                   and ctx.take(f"type:{f.term.lower()}")), None)
    if target is None:
        return None
    ctx.used.add(f"prompt:{target.term.lower()}")  # one question per draft shows this meaning and asks for the word
    show(ctx, [target])
    return question(
        ctx, "text_input", f"Type the key word that means: '{target.definition}'.",
        {"accepted_answers": accepted(target.term), "case_sensitive": False, "max_length": 60},
        2, points=1, seconds=45,
        hint=f"The word starts with the letter '{target.term[0].upper()}'.",
        correct=f"Correct! The key word is '{target.term}'.",
        incorrect="Not quite. Think about the key words from the lesson. Check your spelling too.",
        about=f"{target.term} {target.definition}", source=target.source,
    )


# The frame of an objective, which says nothing about the topic: "Describe what is meant by…", "Explain what … is".
_OBJECTIVE_FRAME = {"explain", "describe", "define", "state", "name", "identify", "know", "understand", "recognise",
                    "recognize", "learn", "what", "meant", "mean", "means", "does", "do", "difference", "between",
                    "why", "how", "exists", "exist", "works", "work", "give", "examples", "example", "different",
                    "find", "out", "think", "about", "say", "suggest", "compare", "discuss", "evaluate", "outline",
                    "list", "ways", "way", "could", "would", "affect", "affects", "need", "needs"}


def says_enough(gapped: str) -> bool:
    """Whether an objective with its key phrase taken out still says something to work the gap out from ("Compare
    _____ storage with local storage"), not only its frame ("Describe what is meant by the _____")."""
    return len(words(gapped) - _OBJECTIVE_FRAME) >= 3


def objective_gap_fill(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Fill the gap in a learning-objective sentence: one of the unit's key phrases is taken out."""
    # Not an abbreviation on its own ("Suggest ways to make an _____ system fairer"): nothing to work it out from.
    phrases = [form for p in ctx.model.phrases for form in p.forms if 1 <= len(form.split()) <= 3
               and not form.isupper()]
    candidates = []
    for objective in ctx.model.objectives:
        if len(objective["text"]) > 200 or written_task(objective["text"]) is None:
            continue  # "Write a balanced exam answer…", "Use search tips…": a skill, not something stated to fill in
        for phrase in phrases:
            pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.I)
            if pattern.search(objective["text"]) and says_enough(pattern.sub(" ", objective["text"], count=1)):
                candidates.append((objective, phrase, pattern))
    ctx.rng.shuffle(candidates)
    for objective, _phrase, pattern in candidates:
        if sentence_key(objective["text"]) in ctx.used or not ctx.take(f"gapobjective:{objective['code']}"):
            continue
        ctx.used.add(sentence_key(objective["text"]))  # not asked again as a sentence of the documents
        found = pattern.search(objective["text"]).group(0)
        gapped = pattern.sub("_____", objective["text"], count=1).rstrip(".")
        return question(
            ctx, "text_input",
            f"Fill in the gap with the missing key word.\n\"{gapped}.\"",
            {"accepted_answers": accepted(found), "case_sensitive": False, "max_length": 60},
            min(max(difficulty, 2), 3), points=1, seconds=50,
            hint=f"The missing word is one of the key words of this unit. It starts with '{found[0].upper()}'.",
            correct=f"Correct! The missing word is '{found}'.",
            incorrect="Not quite. Read the whole sentence again and think about which key word fits.",
            about=objective["text"],
            source=item_source(objective, ctx.materials.passages, quote=objective["text"],
                               fallback="the unit's learning objectives"),
        )
    return None
