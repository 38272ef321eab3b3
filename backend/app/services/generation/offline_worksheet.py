"""Questions the teacher already wrote in the unit's documents, as draft questions "from your worksheet".

A question is used only when the documents give its answer (marked in the worksheet, or in its answers file):
with options and a marked answer it is multiple choice (the options as written, the marked one right); a short
answer makes a short-answer question that accepts it; a longer one a written question whose mark scheme is that
answer. Each keeps where it was found, with `origin` "worksheet" so the review card says "From your worksheet".
They go through the same checks as every other offline question (offline._passing)."""

from __future__ import annotations

import re

from app.services.documents.found import Question
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.offline_words import question
from app.services.generation.passages import Passage
from app.services.generation.topics import NAMED_WEIGHT

ORIGIN = "worksheet"
SHARE = 3  # at most one worksheet question per this many questions of the draft
MAX_SHORT_WORDS = 6  # an answer of at most this many words is typed; a longer one is written
MAX_SHORT_CHARS = 60
MAX_OPTIONS = 6
MAX_CRITERIA = 4
MAX_CRITERION_CHARS = 500
# A heading over questions on what earlier lessons taught: "Do Now", "Starter", "Recap", "Retrieval practice",
# "Last lesson", "Remember…?", "Memory check".
RECAP_HEADING = re.compile(r"\b(?:do\s*now|starters?|recap|retrieval|last\s+(?:lesson|week|time|unit)|previous\s+"
                           r"(?:lesson|unit)|remember\s+(?:when|this|these)|memory\s+(?:check|jogger)|flashback"
                           r"|prior\s+learning)\b", re.IGNORECASE)


def worksheet_type(found: Question) -> str | None:
    """The question type a written question becomes: None when the documents give no usable answer."""
    answer = " ".join(found.get("answer", "").split())
    if not answer:
        return None
    options = found.get("options") or []
    if not options and true_or_false(answer):
        return "multiple_choice"
    if options:
        return "multiple_choice" if answer in options and 2 <= len(options) <= MAX_OPTIONS else None
    if len(answer.split()) <= MAX_SHORT_WORDS and len(answer) <= MAX_SHORT_CHARS and not _sentences(answer)[1:]:
        return "text_input"
    return "extended_text"


def about_this_unit(ctx: BuildContext, found: list[Question]) -> list[Question]:
    """The documents' questions that name one of the unit's key words, a word a line defines, a heading's subject
    or a topic it teaches: a worksheet's recap of an earlier unit ("What is the difference between RAM and ROM?"
    on a sensors sheet, RAM only an abbreviation there) is the teacher's own, but not this unit's. Under a heading
    that recaps earlier lessons ("Do Now", "Starter", "Recap") a question must name one of the unit's own key words:
    a topic's everyday words ("What does input() give back?" in a Python unit on lists) are what the earlier unit
    taught."""
    kept = []
    for asked in found:
        said = f"{asked['text']} {asked.get('answer', '')}"
        if not ctx.model.about_unit(said, named=True):
            continue
        if _under_recap(asked, ctx.materials.passages) and not _names_key_word(ctx, said):
            continue
        kept.append(asked)
    return kept


def _under_recap(asked: Question, passages: list[Passage]) -> bool:
    """Whether the question is set under a heading that recaps earlier lessons: the heading of the line of its
    file that holds it (or, failing that, of its place in the file)."""
    text = " ".join(asked["text"].split())
    same_file = [p for p in passages if p["file"] == asked.get("source", "")]
    holding = next((p for p in same_file if text and text in " ".join(p["text"].split())), None)
    if holding is None:
        holding = next((p for p in same_file if p["where"] and p["where"] == asked.get("where")), None)
    return holding is not None and bool(RECAP_HEADING.search(holding["heading"]))


def _names_key_word(ctx: BuildContext, said: str) -> bool:
    phrase = ctx.model.phrase_in(said)
    return phrase is not None and phrase.weight >= NAMED_WEIGHT


def unanswered(found: list[Question]) -> int:
    """How many of the documents' questions have no answer in them to use (and so are not used)."""
    return sum(1 for q in found if worksheet_type(q) is None)


def from_worksheet(ctx: BuildContext, found: Question) -> DraftQuestion | None:
    """One of the documents' questions as a draft question of its type, or None when it has no usable answer."""
    qtype = worksheet_type(found)
    if qtype is None or not ctx.take(f"worksheet:{found.get('source', '')}:{found['number']}"):
        return None
    text = " ".join(found["text"].split())
    if found.get("code"):
        text = f"{text}\n\n{found['code']}"
    ctx.used.add(f"text:{text}")
    if qtype == "multiple_choice" and not found.get("options"):
        return _true_false(ctx, found, text, source(found))
    made = {"multiple_choice": _choice, "text_input": _short_answer, "extended_text": _written}[qtype]
    return made(ctx, found, text, source(found))


def source(found: Question) -> QuestionSource:
    """Where the question is in the teacher's documents, marked as their own worksheet's."""
    return QuestionSource(file=found.get("source", ""), where=found.get("where", ""),
                          quote=found.get("quote") or found["text"], origin=ORIGIN)


def _choice(ctx: BuildContext, found: Question, text: str, where: QuestionSource) -> DraftQuestion:
    answer = " ".join(found["answer"].split())
    options = [{"id": ctx.new_id("o"), "text": option, "is_correct": option == answer}
               for option in dict.fromkeys(" ".join(o.split()) for o in found["options"])]
    return question(
        ctx, "multiple_choice", text, {"options": options, "shuffle_options": True}, 2, points=1, seconds=45,
        hint="Read every option before you choose.", correct=f"Correct! The answer is: {answer}.",
        incorrect="Not quite. Read each option again and think back to the lesson.", source=where,
        about=f"{text} {answer}", tags=(ORIGIN,),
    )


def true_or_false(answer: str) -> tuple[str, str] | None:
    """("True" or "False", the reason given after it) when an answer says only whether a statement is true:
    "TRUE", "False – that's an actuator", "F (it needs updates)"."""
    said = re.match(r"^(?P<word>true|false|t|f)\b\s*[.!]?\s*(?:[–—:,;-]\s*|\(\s*)?(?P<why>.*?)\)?\s*$", answer,
                    re.IGNORECASE)
    if said is None or (len(said["word"]) == 1 and said["word"].islower()):
        return None
    return ("True" if said["word"][0] in "tT" else "False"), said["why"].strip()


def _true_false(ctx: BuildContext, found: Question, text: str, where: QuestionSource) -> DraftQuestion:
    """A statement the worksheet asks pupils to judge, asked plainly as true or false (the statement alone, typed
    into a box, would not say what to answer)."""
    right, why = true_or_false(" ".join(found["answer"].split())) or ("True", "")
    asked = text if re.match(r"^\s*true\s+or\s+false\b", text, re.IGNORECASE) else f"True or false? {text}"
    options = [{"id": ctx.new_id("o"), "text": option, "is_correct": option == right} for option in ("True", "False")]
    because = f" {why[0].upper()}{why[1:]}{'' if why.endswith(('.', '!', '?')) else '.'}" if why else ""
    return question(
        ctx, "multiple_choice", asked, {"options": options, "shuffle_options": False}, 1, points=1, seconds=30,
        hint="Read the statement slowly. Is every part of it right?",
        correct=f"Correct! It is {right.lower()}.{because}",
        incorrect="Not quite. Read the statement again and think back to the lesson.", source=where,
        about=f"{text} {found['answer']}", tags=(ORIGIN,),
    )


def _short_answer(ctx: BuildContext, found: Question, text: str, where: QuestionSource) -> DraftQuestion:
    answer = " ".join(found["answer"].split()).rstrip(".")
    return question(
        ctx, "text_input", text,
        {"accepted_answers": [{"text": answer, "points": 1}], "case_sensitive": False,
         "max_length": max(60, 2 * len(answer))},
        2, points=1, seconds=50, hint="Use a key word from the lesson.", correct=f"Correct! The answer is: {answer}.",
        incorrect="Not quite. Think back to the key words of the lesson.", source=where, about=f"{text} {answer}",
        tags=(ORIGIN,),
    )


def _written(ctx: BuildContext, found: Question, text: str, where: QuestionSource) -> DraftQuestion:
    """A written answer whose mark scheme is the worksheet's answer: a point for each of its sentences, or of
    its parts when it is one sentence listing them with semicolons (up to MAX_CRITERIA; the rest of the answer
    goes with the last)."""
    parts = _sentences(found["answer"])
    if len(parts) == 1:
        parts = [part.strip() for part in parts[0].split(";") if part.strip()]
    parts = parts[: MAX_CRITERIA - 1] + [" ".join(parts[MAX_CRITERIA - 1:])] if len(parts) > MAX_CRITERIA else parts
    scheme = [{"criterion": part[:MAX_CRITERION_CHARS], "points": 1} for part in parts]
    if len(scheme) == 1:
        scheme[0]["points"] = 2
    total = sum(c["points"] for c in scheme)
    return question(
        ctx, "extended_text", text,
        {"min_words": 5, "max_words": 150, "ai_marking_enabled": True,
         "marking_guide": {"points_available": total, "mark_scheme": scheme}},
        4, points=total, seconds=180, hint="Use the key words from the lesson.",
        correct="Correct! Your answer covers every part of the mark scheme.",
        incorrect="Not quite. Compare your answer with the mark scheme.",
        partial="Nearly there. Compare your answer with the mark scheme.",
        source=where, about=f"{text} {found['answer']}", tags=(ORIGIN,),
    )


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join(text.split())) if s.strip()]
