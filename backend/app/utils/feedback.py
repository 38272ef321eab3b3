"""The feedback language of SPEC §1 and §6: how every message to a pupil starts, how long it is, which words
it never uses, and how a question's feedback templates are filled in.

Pupils at this school read literally; feedback is short, calm and predictable:
"Correct!" / "Nearly there." / "Not quite.", then at most three short sentences saying why.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the question types use this module, so their Mark is named for the type checker only
    from app.question_types.base import Mark

FORBIDDEN_WORDS = ("wrong", "incorrect", "failed", "bad")
MAX_SENTENCES = 4

CORRECT = "Correct!"
PARTIAL = "Nearly there."
NOT_YET = "Not quite."
AWAITING = "Your answer is saved. Your teacher will mark it."
HINT_HELPED = "Using the hint helped you get there."
# Said instead of an explanation that names the right answer, while the answer may not be shown yet.
LOOK_AGAIN = "Read the question again and check each part of your answer."

_PLACEHOLDER = re.compile(r"\{(correct|total|passed|score)\}")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_OPENER_AT_START = re.compile(r"^\s*(correct\s*!|nearly there\b[.!]?|not quite\b[.!]?)\s*", re.IGNORECASE)
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.DOTALL)
_FORBIDDEN = re.compile(r"\b(wrong(?:ly)?|incorrect(?:ly)?|failed|bad(?:ly)?)\b", re.IGNORECASE)
_NEGATIVE_PATTERNS = (
    # "is NOT", "does NOT": the shouted negative. A bare NOT stays allowed: it is a logic gate ("A AND NOT B").
    (
        re.compile(r"\b(?i:is|are|does|do|did|was|were|would|could|should|can|will|has|have)\s+NOT\b"),
        'Uses "NOT" in capitals. Ask the question the positive way round.',
    ),
    (re.compile(r"\bEXCEPT\b"), 'Uses "EXCEPT". Ask the question the positive way round.'),
    (
        re.compile(
            r"\bwhich\b[^.?!]{0,60}?\b(?:is|are|does|do|did|was|were|would|could|should|can|will|has|have)"
            r"(?:\s+not\b|n't\b)",
            re.IGNORECASE,
        ),
        'Asks "which … not". Ask which one is, instead.',
    ),
    (
        re.compile(r"\ball of the above\b", re.IGNORECASE),
        'Uses "all of the above". Give every option its own text.',
    ),
    (
        re.compile(r"\bnone of the above\b", re.IGNORECASE),
        'Uses "none of the above". Give every option its own text.',
    ),
)


def _get(mark: Mark | Mapping[str, Any], name: str) -> Any:
    """Read a field from a Mark or from a stored dict of the same shape."""
    if isinstance(mark, Mapping):
        return mark.get(name)
    return getattr(mark, name, None)


def opener(mark: Mark | Mapping[str, Any]) -> str:
    """ "Correct!" for full marks, "Nearly there." for part marks, "Not quite." otherwise ("" while awaiting)."""
    if _get(mark, "awaiting_marking"):
        return ""
    if _get(mark, "is_correct"):
        return CORRECT
    if _get(mark, "is_partial"):
        return PARTIAL
    return NOT_YET


def _number(value: float) -> str:
    value = float(value)
    return f"{int(value)}" if value == int(value) else f"{round(value, 2):g}"


def fill_template(template: object, mark: Mark | Mapping[str, Any]) -> str:
    """Fill {correct} {total} {passed} {score} from the mark. Other braces (and unknown values) stay as they are.

    Never raises: a teacher's template is data, and a broken one must not stop a pupil seeing feedback.
    """
    if not isinstance(template, str):
        return ""
    passed = _get(mark, "passed")
    values = {
        "correct": _get(mark, "correct_count"),
        "total": _get(mark, "total_count"),
        # Non-code types have no tests; "passed" then means the parts they got right.
        "passed": passed if passed is not None else _get(mark, "correct_count"),
        "score": _get(mark, "score"),
    }

    def replace(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        if value is None or isinstance(value, bool):
            return match.group(0)
        try:
            return _number(value)
        except (TypeError, ValueError, OverflowError):
            return match.group(0)

    return _PLACEHOLDER.sub(replace, template)


def sentences(text: object) -> list[str]:
    """Split text into sentences (on . ! ? followed by a space)."""
    if not isinstance(text, str) or not text.strip():
        return []
    return [s.strip() for s in _SENTENCE_END.split(text.strip()) if s.strip()]


def compose(
    question_feedback: Mapping[str, Any] | None, mark: Mark | Mapping[str, Any], *, hint_used: bool = False
) -> str:
    """The feedback a pupil reads after marking: opener, the question's template, the type's message, and
    a word about the hint on a correct answer — at most four short sentences, the most useful kept first.
    """
    message = _get(mark, "message") or ""
    if _get(mark, "awaiting_marking"):
        return " ".join([*sentences(message)[:2], AWAITING])
    feedback = question_feedback if isinstance(question_feedback, Mapping) else {}
    if _get(mark, "is_correct"):
        template = feedback.get("correct")
    elif _get(mark, "is_partial"):
        template = feedback.get("partial") or feedback.get("incorrect")
    else:
        template = feedback.get("incorrect")
    # The mark decides the opener; a template that starts with its own opener would say it twice.
    body = _OPENER_AT_START.sub("", fill_template(template, mark), count=1)
    body_parts = sentences(body)
    message_parts = [s for s in sentences(message) if s not in body_parts]
    hint = [HINT_HELPED] if hint_used and _get(mark, "is_correct") else []

    budget = MAX_SENTENCES - 1 - len(hint)
    # Priority: the template's first sentence, the type's first message, then the rest of each.
    chosen: set[tuple[str, int]] = set()
    queue = [("body", 0), ("message", 0)]
    queue += [("body", i) for i in range(1, len(body_parts))]
    queue += [("message", i) for i in range(1, len(message_parts))]
    for source, index in queue:
        if len(chosen) >= budget:
            break
        parts = body_parts if source == "body" else message_parts
        if index < len(parts):
            chosen.add((source, index))
    kept_body = [s for i, s in enumerate(body_parts) if ("body", i) in chosen]
    kept_message = [s for i, s in enumerate(message_parts) if ("message", i) in chosen]
    return " ".join([opener(mark), *kept_body, *kept_message, *hint])


def gives_away(text: object, key_texts: list[str]) -> str | None:
    """The first of `key_texts` (the right answer's words) that `text` names, as a whole word or phrase in any
    case ("One byte is 8 bits." names "8 bits"), or None."""
    if not isinstance(text, str) or not text:
        return None
    folded = " ".join(text.split()).casefold()
    for key in key_texts:
        wanted = " ".join(key.split()).casefold()
        if wanted and re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", folded):
            return key
    return None


def before_key(full: str, key_texts: list[str], mark: Mark | Mapping[str, Any]) -> str | None:
    """The feedback `full` as a pupil may read it while the answer may not be shown: every sentence that names
    the right answer left out, and, if nothing but the opener is left, a calm prompt to look again. None when
    nothing needs leaving out (a right answer's feedback may name it: the pupil chose it)."""
    if _get(mark, "is_correct") or _get(mark, "awaiting_marking"):
        return None
    parts = sentences(full)
    kept = [s for s in parts if gives_away(s, key_texts) is None]
    if len(kept) == len(parts):
        return None
    if all(_OPENER_AT_START.fullmatch(s) for s in kept):
        kept.append(LOOK_AGAIN)
    return " ".join(kept)


_GENTLER = {"wrong": "unexpected", "incorrect": "unexpected", "failed": "did not work", "bad": "unexpected"}


def calm(text: str) -> str:
    """Text from elsewhere (Python's own error messages) with the forbidden words swapped for plain ones."""
    return re.sub(
        r"\b(wrong|incorrect|failed|bad)\b", lambda m: _GENTLER[m.group(1).lower()], text, flags=re.IGNORECASE
    )


def language_problems(text: object) -> list[str]:
    """What in this text breaks the feedback language rules: forbidden words (whole words) and negative
    phrasing ("NOT", "which … not", "all/none of the above"). An empty list means it reads well.
    """
    if not isinstance(text, str) or not text:
        return []
    text = _CODE.sub(" ", text)  # code is quoted, not phrasing: `if not done:` is fine
    problems = []
    for word in sorted({m.group(1).lower() for m in _FORBIDDEN.finditer(text)}):
        problems.append(f'Uses the word "{word}". Say what to check or try instead.')
    for pattern, message in _NEGATIVE_PATTERNS:
        if pattern.search(text):
            problems.append(message)
    return problems
