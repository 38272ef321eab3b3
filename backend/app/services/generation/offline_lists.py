"""Questions from a list the lesson gives under a heading that says what the list is ("Types of sensor",
"Examples of malware", "Kinds of network"): name one of them, any item of the list being a right answer.

A slide of single words under such a heading teaches the members of a kind even when the readers find no key word
with a meaning in it. Only short items that could be an answer are used (not instructions, labels or sentences),
and only a list of three or more."""

from __future__ import annotations

import re

from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.offline_words import accepted, question
from app.services.generation.passages import Passage, passage_source
from app.services.generation.teaching_text import is_lesson_label
from app.services.generation.unfit_text import answer_problem

# The heading's kind and what it is of: "Types of sensor" → ("type", "sensor").
_KIND_HEADING = re.compile(r"^\W*(?P<kind>types?|kinds?|examples?|sorts?|forms?)\s+of\s+(?P<what>[\w][\w\s'’-]{1,40}?)"
                           r"\W*$", re.I)
_ASK = {"type": "Name one type of {what}.", "kind": "Name one kind of {what}.", "sort": "Name one sort of {what}.",
        "form": "Name one form of {what}.", "example": "Give one example of {what}."}
MAX_ITEM_WORDS = 4
MIN_ITEMS = 3


def _item(text: str) -> str | None:
    """The list item as an answer, or None when it is too long or cannot be a right answer."""
    item = text.strip().strip(".;,")
    if not item or len(item.split()) > MAX_ITEM_WORDS or answer_problem(item) is not None or is_lesson_label(item):
        return None
    return item


def kind_lists(ctx: BuildContext) -> list[tuple[str, str, list[str], Passage]]:
    """(kind, what, items, first passage) for each heading of the documents that names a kind over a list."""
    found = ctx.memo.get("kind lists")
    if found is not None:
        return found
    groups: dict[tuple[str, str], list[Passage]] = {}
    kinds: dict[tuple[str, str], re.Match[str]] = {}
    for passage in ctx.materials.passages:
        if match := _KIND_HEADING.match(passage["heading"] or ""):
            kinds[passage["file"], passage["heading"]] = match
            groups.setdefault((passage["file"], passage["heading"]), []).append(passage)
    found = []
    for key, passages in groups.items():
        items = [item for p in passages if (item := _item(p["text"])) is not None]
        # Every line of the list must be an item: a list with a sentence in it is a slide of text, not of members.
        if len(items) >= MIN_ITEMS and len(items) == len(passages):
            kind = kinds[key]["kind"].lower().rstrip("s")
            found.append((kind, kinds[key]["what"].strip(), list(dict.fromkeys(items)), passages[0]))
    ctx.memo["kind lists"] = found
    return found


def has_kind_lists(ctx: BuildContext) -> bool:
    return bool(kind_lists(ctx))


def name_one_of_kind(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Name one member of a kind the lesson lists ("Name one type of sensor."): any item of its list is right."""
    for kind, what, items, passage in kind_lists(ctx):
        if not ctx.take(f"kind list:{kind}:{what.lower()}"):
            continue
        answers = list({a["text"].lower(): a for item in items for a in accepted(item)}.values())
        return question(
            ctx, "text_input", _ASK[kind].format(what=what),
            {"accepted_answers": answers, "case_sensitive": False, "max_length": 60},
            difficulty, points=1, seconds=40,
            hint=f"The lesson listed {len(items)} of them. Any one of them is a right answer.",
            correct=f"Correct! That is one of the {kind}s of {what} from the lesson.",
            incorrect=f"Not quite. Think back to the lesson's list of {kind}s of {what}. Check your spelling too.",
            about=f"{what} {' '.join(items)}", source=passage_source(passage, ", ".join(items)),
        )
    return None
