"""Offline questions from whole teaching sentences of the lesson documents, for a unit whose readers found few key
words with meanings: match the start of each sentence to its end, or choose the ending that completes one.

Only teaching sentences (teaching_text.py) that say one of the unit's key phrases are used, each once per draft, and
a sentence is cut where it reads as two halves ("A firewall checks the data | coming into a network"), so neither
half is an instruction, a link or a run of capitals (unfit_text.answer_problem)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.offline_gaps import MAX_SENTENCE_CHARS, tidy_sentence
from app.services.generation.offline_words import question, sentence_key
from app.services.generation.passages import Passage, passage_source, sentences
from app.services.generation.teaching_text import stands_alone, teaching_sentence
from app.services.generation.unfit_text import answer_problem

MIN_SENTENCE_CHARS = 40
CAPITALS = re.compile(r"\b[A-Z]{6,}\b")
MIN_HALF_WORDS = 3
# Words a sentence's second half reads well from: "…is", "…because", "…which", "…to".
_PIVOTS = {"is", "are", "was", "were", "can", "could", "will", "may", "might", "must", "should", "means", "because",
           "so", "which", "that", "who", "when", "where", "while", "by", "to", "from", "into", "with", "for", "if",
           "as", "but", "and", "or", "without", "until", "unless", "before", "after", "using", "on", "in"}


class Halves(NamedTuple):
    """A teaching sentence cut in two, and where it is."""

    passage: Passage
    text: str
    start: str
    end: str


def split_sentence(text: str, keep: Iterable[str] = ()) -> tuple[str, str] | None:
    """The sentence as a start and an end, cut near its middle, before a word the end reads well from when there is
    one, and never inside one of the phrases to `keep` whole (the unit's key phrases); None when it is too short to
    cut or a half is not fit to be shown as an answer."""
    words = text.rstrip(".").split()
    if len(words) < 2 * MIN_HALF_WORDS:
        return None
    inside = {cut for phrase in keep for cut in _cuts_inside(words, phrase)}
    middle = len(words) / 2

    def cost(index: int) -> float:
        return abs(index - middle) - (2.5 if words[index].lower() in _PIVOTS else 0.0)

    cuts = [cut for cut in range(MIN_HALF_WORDS, len(words) - MIN_HALF_WORDS + 1) if cut not in inside]
    if not cuts:
        return None
    cut = min(cuts, key=cost)
    start, end = " ".join(words[:cut]).rstrip(",;:–—- "), " ".join(words[cut:])
    if any(answer_problem(half) is not None or CAPITALS.search(half) for half in (start, end)):
        return None  # not even a code word in capitals ("OUTPUT – the actuator…"): out of its line it reads as shouting
    return start, end


def _cuts_inside(words: list[str], phrase: str) -> list[int]:
    """The cuts (word positions) that would fall inside `phrase` where the sentence says it."""
    wanted = [w.lower() for w in phrase.split()]
    said = [re.sub(r"\W+$", "", w.lower()) for w in words]
    size = len(wanted)
    return [start + k for start in range(len(said) - size + 1) if size > 1
            and all(said[start + i].startswith(wanted[i]) for i in range(size)) for k in range(1, size)]


def _halves(ctx: BuildContext) -> list[Halves]:
    """Every teaching sentence that says a key phrase, cut in two (worked out once per draft)."""
    if "halves" in ctx.memo:
        return ctx.memo["halves"]
    objectives = [o["text"] for o in ctx.materials.objectives]
    found, seen = [], set()
    for passage in ctx.materials.passages:
        for text in (tidy_sentence(s) for s in sentences(passage)):
            key = sentence_key(text)
            if key in seen or not MIN_SENTENCE_CHARS <= len(text) <= MAX_SENTENCE_CHARS:
                continue
            seen.add(key)
            if not teaching_sentence(text, passage["heading"], objectives, passage["text"]) or not stands_alone(text) \
                    or ctx.model.phrase_in(text) is None:
                continue
            cut = split_sentence(text, keep=[form for phrase in ctx.model.phrases for form in phrase.forms])
            if cut is not None:
                found.append(Halves(passage, text.rstrip("."), *cut))
    ctx.memo["halves"] = found
    return found


def _fresh(ctx: BuildContext) -> list[Halves]:
    """The sentences no question of the draft has used yet, in a seeded order."""
    fresh = [h for h in _halves(ctx) if sentence_key(h.text) not in ctx.used]
    ctx.rng.shuffle(fresh)
    return fresh


def sentence_halves_matching(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Match the start of each of 3 teaching sentences (4 at difficulty 3 and above) to its end. A second one only
    while the unit has twice as many sentences left, so the draft keeps sentences for its other questions."""
    size = 3 if difficulty <= 2 else 4
    fresh = _fresh(ctx)
    if len(fresh) < (2 * size if "halves:made" in ctx.used else size):
        return None
    chosen: list[Halves] = []
    for halves in fresh:
        if all(halves.end.lower() != c.end.lower() and halves.start.lower() != c.start.lower() for c in chosen):
            chosen.append(halves)
        if len(chosen) == size:
            break
    if len(chosen) < 3:
        return None
    ctx.used.update([*(sentence_key(h.text) for h in chosen), "halves:made"])
    left = [{"id": ctx.new_id("l"), "text": h.start} for h in chosen]
    right = [{"id": ctx.new_id("r"), "text": h.end} for h in chosen]
    pairs = [{"left": a["id"], "right": b["id"]} for a, b in zip(left, right, strict=True)]
    ctx.rng.shuffle(right)
    level = 2 if len(chosen) == 3 else 3
    return question(
        ctx, "matching", "Match the start of each sentence from the lesson to its end.",
        {"left_items": left, "right_items": right, "correct_pairs": pairs, "shuffle_right": True},
        level, points=2, seconds=40 + 20 * len(chosen),
        hint="Read each start. Which end makes a true sentence about what you learnt?",
        correct="Correct! Every sentence is joined up the way the lesson said it.",
        incorrect="Not quite. Read each start with each end, and think about what the lesson taught.",
        partial="Nearly there. {correct} of {total} sentences are joined up right. Check the others again.",
        about=" ".join(h.text for h in chosen), source=passage_source(chosen[0].passage, chosen[0].text),
    )


def sentence_ending_choice(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Choose the ending that completes a teaching sentence; the other options end other sentences of the unit."""
    count = 2 if difficulty <= 1 else 3
    every = _halves(ctx)
    for target in _fresh(ctx):
        endings = [h.end for h in every if h.text != target.text and h.end.lower() != target.end.lower()
                   and h.start.lower() != target.start.lower()]
        others = list(dict.fromkeys(endings))
        if len(others) < count:
            return None
        ctx.rng.shuffle(others)
        ctx.used.add(sentence_key(target.text))
        options = [{"id": ctx.new_id("o"), "text": target.end, "is_correct": True}]
        options += [{"id": ctx.new_id("o"), "text": end, "is_correct": False} for end in others[:count]]
        ctx.rng.shuffle(options)
        return question(
            ctx, "multiple_choice",
            f"Which ending completes this sentence from the lesson? Select ONE answer.\n\"{target.start} …\"",
            {"options": options, "shuffle_options": True}, 1 if difficulty <= 1 else 2, points=1, seconds=45,
            hint="Read the start with each ending. Only one makes a sentence the lesson taught.",
            correct=f"Correct! The lesson says: \"{target.text}.\"",
            incorrect="Not quite. Read the start again and think about what the lesson said about it.",
            about=target.text, source=passage_source(target.passage, target.text),
        )
    return None
