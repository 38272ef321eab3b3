"""Offline questions built from the sentences of the lesson documents themselves: ordering from real sequences of
steps, and written answers ("Describe…", "Explain…") whose mark scheme is the bullet points of the slide or section
they come from (fill-in-the-gap sentences are `offline_gaps`).

Only sentences that state something are used (unfit_text.py), and only sequences that are really steps in order —
numbered steps of a process, or "first… then… finally…" — never a lesson's activities or a list of extension
tasks."""

from __future__ import annotations

import re
from typing import TypedDict

from app.services.generation.context import BuildContext, words
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.facts import option_text
from app.services.generation.materials import UnitObjective
from app.services.generation.offline_gaps import MAX_SENTENCE_CHARS, tidy_sentence
from app.services.generation.offline_words import question
from app.services.generation.passages import Passage, item_source, passage_source
from app.services.generation.phrases import (
    heading_phrases,
    is_generic_heading,
    line_definition,
    names_something_else,
    shares_word,
)
from app.services.generation.teaching_text import as_pupil_task, stated_aims, teaching_sentence, written_task
from app.services.generation.unfit_text import answer_problem, is_how_to

_PROCESS_TITLE = re.compile(r"\b(?:steps?|stages?|cycle|process|algorithm|order|how to|method|procedure|routine"
                            r"|life ?cycle|journey)\b", re.I)
_LESSON_TITLE = re.compile(r"\b(?:lesson|outline|plan|timeline|timetable|activities|agenda|homework|extension"
                           r"|tasks?|questions|answers?|fill in the gaps|worksheet|resources|objectives)\b", re.I)
_TEMPORAL = re.compile(r"\b(?:first|firstly|then|next|after(?:wards)?|finally|lastly|once|until|before|second"
                       r"|secondly|third|thirdly)\b", re.I)
_ASSESSMENT_HEADING = re.compile(r"\b(?:answers?|quiz|test|questions|mark scheme|exam)\b", re.I)
# An objective that names a skill with a method a pupil can explain: "Use a loop to…", "Work out the angle…".
_SKILL = re.compile(r"^(?:use|work\s+out|calculate|choose|convert|select|check|test|protect|spot|avoid|plan"
                    r"|reduce|keep)\s", re.IGNORECASE)
_TEXT_STEP = re.compile(r"(?:,\s*|;\s*|\.\s+|\s+and\s+)(?=(?:then|next|after that|afterwards|finally|lastly"
                        r"|second(?:ly)?|third(?:ly)?)\b)", re.I)


# --- ordering --------------------------------------------------------------------------------------------------

def real_sequence(title: str, steps: list[str]) -> bool:
    """Steps of a process in order (a cycle, an algorithm, numbered instructions, "first… then…"), not a
    lesson's activities, a list of tasks, worksheet questions or answers."""
    if not 3 <= len(steps) <= 12 or len({s.strip().lower() for s in steps}) != len(steps):
        return False
    if any(len(s) > 200 or s.rstrip().endswith("?") or answer_problem(s) is not None for s in steps):
        return False
    if _LESSON_TITLE.search(title or ""):
        return False
    named = (title or "").strip().lower() not in ("", "steps", "sequence", "order")
    if named and _PROCESS_TITLE.search(title):
        return True
    return sum(bool(_TEMPORAL.search(s)) for s in steps) >= 2


_FIRST = re.compile(r"^\W*(?:first(?:ly)?|step 1)\b", re.I)
_STEP_WORD = re.compile(r"^(?:first(?:ly)?|then|next|after that|afterwards|finally|lastly|second(?:ly)?"
                        r"|third(?:ly)?)\b[,\s]*", re.I)


def _text_sequences(ctx: BuildContext) -> list[tuple[str, list[str], Passage]]:
    """"First… then… finally…" in the documents — in one sentence, or as the bullet points of one slide or
    section — as steps."""
    found = []
    for passage in ctx.materials.passages:
        if _FIRST.match(passage["text"]):
            parts = [p.strip(" ,.;") for p in _TEXT_STEP.split(passage["text"]) if p.strip(" ,.;")]
            if len(parts) >= 3:
                found.append((passage["heading"], [option_text(_STEP_WORD.sub("", p)) for p in parts], passage))
    for group in _groups(ctx):
        starts = [i for i, p in enumerate(group) if _FIRST.match(p["text"])]
        if not starts:
            continue
        run = []
        for passage in group[starts[0]:]:
            if run and not _STEP_WORD.match(passage["text"]):
                break
            run.append(passage)
        if len(run) >= 3:
            found.append((run[0]["heading"], [option_text(_STEP_WORD.sub("", p["text"])) for p in run], run[0]))
    return found


def sequence_ordering(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Put the steps of a real sequence from the materials in order (4 steps at difficulty 2, up to 6 at 3)."""
    usable = [(s.get("title", ""), list(s["steps"]), item_source(s, ctx.materials.passages, quote=s["steps"][0]))
              for s in ctx.materials.sequences if real_sequence(s.get("title", ""), list(s["steps"]))]
    usable += [(title, steps, passage_source(passage)) for title, steps, passage in _text_sequences(ctx)
               if real_sequence(title or "Steps in order", steps)]
    ctx.rng.shuffle(usable)
    for title, all_steps, source in usable:
        if not ctx.take("order:" + "|".join(step.lower() for step in all_steps[:3])):
            continue
        steps = all_steps[: 4 if difficulty <= 2 else 6]
        items = [{"id": ctx.new_id("i"), "text": option_text(step), "correct_position": n}
                 for n, step in enumerate(steps, start=1)]
        named = f" for '{title.strip()}'" if title.strip().lower() not in ("", "steps", "sequence") else ""
        level = 2 if len(items) <= 4 else 3 if len(items) == 5 else 4 if difficulty >= 4 else 3
        return question(
            ctx, "ordering", f"Put these steps{named} in the order they happen. The first step goes at the top.",
            {"items": items}, level, points=2, seconds=30 + 15 * len(items),
            hint="Find the step that must happen first. Then ask: what comes next?",
            correct="Correct! The steps are in the right order.",
            incorrect="Not quite. Think about what has to happen before each step can start.",
            partial="Nearly there. {correct} of {total} steps are in the right place.",
            about=" ".join(steps), topic="algorithms", source=source,
        )
    return None


# --- written answers -------------------------------------------------------------------------------------------

def _groups(ctx: BuildContext) -> list[list[Passage]]:
    """The passages of each slide (or section under one heading), in order (worked out once per draft)."""
    if "groups" not in ctx.memo:
        groups: dict[tuple[str, str, str], list[Passage]] = {}
        for passage in ctx.materials.passages:
            groups.setdefault((passage["file"], passage["where"], passage["heading"]), []).append(passage)
        ctx.memo["groups"] = list(groups.values())
    return ctx.memo["groups"]


def _named_groups(ctx: BuildContext) -> dict[str, list[Passage]]:
    """The first slide or section whose heading names exactly one key phrase, by that phrase (once per draft)."""
    if "named" not in ctx.memo:
        named: dict[str, list[Passage]] = {}
        for group in _groups(ctx):
            phrases = heading_phrases(group[0]["heading"])
            if len(phrases) == 1:
                named.setdefault(phrases[0], group)
        ctx.memo["named"] = named
    return ctx.memo["named"]


def _points(group: list[Passage], phrase: str | None = None) -> list[Passage]:
    """The statements of a slide or section that can be points of a mark scheme (none for a slide of objectives,
    key words or tasks); with `phrase`, not those that define some other word."""
    if not group or is_generic_heading(group[0]["heading"]):
        return []
    return [p for p in group if teaching_sentence(p["text"], p["heading"]) and len(p["text"]) <= MAX_SENTENCE_CHARS
            and " / " not in p["text"]  # alternative answers from an answer sheet, not one point
            and not (phrase and names_something_else(p["text"], phrase))]


class Criterion(TypedDict):
    """One line of a written answer's mark scheme."""

    criterion: str
    points: int


def _scheme(ctx: BuildContext, points: list[Passage], phrase: str | None) -> list[Criterion]:
    """A mark scheme from the bullet points (a point each), topped up to three lines."""
    described = {f.definition.lower(): f.term for f in ctx.facts}
    scheme: list[Criterion] = [{"criterion": _criterion(p["text"], described), "points": 1} for p in points[:3]]
    if len(scheme) < 3 and phrase:
        scheme.append({"criterion": f"Uses the key word '{phrase}' correctly", "points": 1})
    if len(scheme) < 3:
        scheme.append({"criterion": "Gives a clear reason or an example", "points": 1})
    return scheme


def _criterion(text: str, described: dict[str, str]) -> str:
    """A bullet point as a line of a mark scheme: "Gives the meaning of 'Malware': software that is damaging…",
    or "Says that a switch is either on (1) or off (0)"."""
    text = tidy_sentence(text.strip().rstrip("."))
    defined = line_definition(text)
    if defined:
        return f"Gives the meaning of '{defined[0]}': {_inside(defined[1])}"
    term = described.get(option_text(text).lower())
    if term:
        return f"Gives the meaning of '{term}': {_inside(text)}"  # the slide's description of its title
    return f"Says that {_inside(text)}"


def _inside(text: str) -> str:
    """Text placed inside a sentence: its first letter in lower case, unless it is "I" or an abbreviation, and
    without quotation marks around the whole of it."""
    text = text.strip()
    if len(text) > 2 and text[0] in "‘'\"“" and text[-1] in "’'\"”" and not re.search(r"[’'\"”]", text[1:-1]):
        text = text[1:-1]
    first = text.split(" ", 1)[0]
    return text if first == "I" or first[1:2].isupper() else text[:1].lower() + text[1:]


def _written(ctx: BuildContext, text: str, scheme: list[Criterion], difficulty: int, *, about: str,
             source: QuestionSource) -> DraftQuestion:
    total = sum(c["points"] for c in scheme)
    return question(
        ctx, "extended_text", f"{text} Write 2 to 5 sentences.",
        {"min_words": 15, "max_words": 150, "ai_marking_enabled": True,
         "marking_guide": {"points_available": total, "mark_scheme": scheme}},
        max(4, difficulty), points=total, seconds=240,
        hint="Use the key words from the lesson. Give a reason or an example.",
        correct="Correct! Your answer covers every part of the mark scheme.",
        incorrect="Not quite. Use the key words from the lesson and give a reason or an example.",
        partial="Nearly there. Add a reason or an example, and use the key words.",
        about=about, source=source,
    )


def describe_topic(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Describe one of the unit's key topics; the mark scheme is the bullet points of the slide (or section)
    whose heading names it. The topic is a key word of the unit's vocabulary, or its points say a word of it
    ("Cache memory" over "Very fast memory…"): a heading its lines never mention ("Upcoming" over a class page's
    posts) names no topic."""
    terms = {str(item.get("term", "")).strip().lower() for item in ctx.materials.vocabulary}
    for phrase in ctx.model.phrases:
        group = _named_groups(ctx).get(phrase.text)
        if group and _ASSESSMENT_HEADING.search(group[0]["heading"]):
            group = None
        points = _points(group or [], phrase.text)
        if phrase.text.lower() not in terms and not any(shares_word(p["text"], phrase.text) for p in points):
            continue
        if (len(points) < 2 or is_how_to([p["text"] for p in group or []])  # "Setup": steps, not a topic
                or not ctx.take(f"describe:{phrase.text.lower()}") or not _take_group(ctx, group)):
            continue
        return _written(ctx, f"Describe what is meant by '{phrase.text}'.", _scheme(ctx, points, phrase.text),
                        difficulty,
                        about=" ".join(p["text"] for p in points), source=passage_source(points[0]))
    return None


def _most_about(ctx: BuildContext, aim_text: str, phrase: str | None) -> list[Passage]:
    """The slide or section an objective is about: the one whose heading names its key phrase, else the one
    sharing most words with it (a word of the heading counting twice); [] when none shares two."""
    groups = [g for g in _groups(ctx) if _points(g)]
    named = _named_groups(ctx).get(phrase or "")
    if named is not None and _points(named):
        return named
    aim = words(aim_text)
    scored = [(len(aim & words(" ".join(p["text"] for p in _points(g)))) + 2 * len(aim & words(g[0]["heading"])), g)
              for g in groups]
    best = max(scored, key=lambda s: s[0], default=(0, []))
    return best[1] if best[0] >= 2 else []


def _take_group(ctx: BuildContext, group: list[Passage]) -> bool:
    """Claim a slide or section for one written question per draft (False when it is already claimed)."""
    return bool(group) and ctx.take(f"written:{group[0]['file']}:{group[0]['where']}:{group[0]['heading']}")


def _aims(ctx: BuildContext) -> list[tuple[str, UnitObjective | None, bool]]:
    """(written question, objective, whether it is a skill) for each objective that makes one: "Explain…" and
    "Describe…" ones first, then skills asked as how to do them ("Explain how to work out…"); a unit with no
    objectives uses the aims its documents state ("🎮 Level 1 – I can name three risks…")."""
    objectives: list[tuple[str, UnitObjective | None]] = [(o["text"], o) for o in ctx.model.objectives]
    if not objectives:
        objectives = [(aim, None) for aim in dict.fromkeys(stated_aims(ctx.materials.passages))]
    tasks = [(task, objective, False) for text, objective in objectives if (task := written_task(text))]
    skills = [(task, objective, True) for text, objective in objectives
              if not written_task(text) and (task := _how_to(text))]
    return sorted(tasks, key=lambda task: not task[0].startswith(("Explain", "Describe"))) + skills


def _how_to(objective: str) -> str | None:
    """A skill objective as a question on how to do it: "Use a formula to add up a column" → "Explain how to use a
    formula to add up a column"; None for any other objective."""
    task = as_pupil_task(objective)
    if not _SKILL.match(task) or len(task.split()) < 4:
        return None
    return f"Explain how to {task[:1].lower()}{task[1:]}"


def explain_objective(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """A written answer for an objective ("Explain…", "Describe…", "Know how to…"); its mark scheme is the teaching
    points of the slide or section most about it (or, when none is, key words and a reason)."""
    for task, objective, skill in _aims(ctx):
        if not ctx.take(f"explain:{objective['code'] if objective else task.lower()}"):
            continue
        rest = task.split(" ", 1)[1]
        phrase = ctx.model.phrase_in(rest)
        group = _most_about(ctx, rest, phrase.text if phrase else None)
        if group and not _take_group(ctx, group):
            group = []  # its slide already marks another written question: a scheme of its own words instead
        points = _points(group)
        if skill and not points:
            continue  # a skill no slide teaches: how to do it has no mark scheme of the unit's own
        scheme: list[Criterion]
        if points:
            scheme = _scheme(ctx, points, phrase.text if phrase else None)
            source = passage_source(points[0])
        else:
            scheme = [{"criterion": f"Uses the key word '{phrase.text}' correctly", "points": 1}] if phrase else []
            scheme += [{"criterion": "Gives a clear reason or an example", "points": 1},
                       {"criterion": "Writes in full sentences that answer the question", "points": 1}]
            source = item_source(objective or {}, ctx.materials.passages, quote=objective["text"] if objective else task,
                                 fallback="the unit's learning objectives")
        return _written(ctx, f"{task}.", scheme, difficulty, about=objective["text"] if objective else task,
                        source=source)
    return None
