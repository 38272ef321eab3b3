"""The draft-level rules of SPEC §4 step 4–5: variety (at least 4 types), never more than 3 of one type in a row,
difficulty progression (first ~20% easy, last ~20% hard, within the teacher's range), a hint and feedback on
every question, and the language rules. `arrange` repairs order mechanically; `draft_problems` reports what is
still off, as warnings a teacher can read.

And the checks against the unit's own materials (issue 16), for drafts from either generator: a right answer
that is a classroom instruction, a link, an example-email line, shouting or a run of punctuation; a code
question in a language the unit does not use; a question about neither the unit's key words nor a topic it
teaches (`unit_problems`, as warnings on the question); and an objective that is really a timetable line
(`objective_warnings`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from app.question_types.stored import StoredProblem
from app.services.generation.code_language import display_name, sniff
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.materials import UnitObjective
from app.services.generation.topics import TopicModel
from app.services.generation.unfit_text import answer_problem, objective_problem
from app.utils.feedback import language_problems

MAX_RUN = 3
MIN_TYPES = 4
EDGE_SHARE = 0.2
TYPE_NAMES = {
    "multiple_choice": "multiple choice",
    "multiple_select": "multiple select",
    "text_input": "short answer",
    "extended_text": "written answer",
    "matching": "matching",
    "ordering": "ordering",
    "parsons": "Parsons (order the code)",
    "code_completion": "code completion",
    "python_code": "Python code",
    "code_debug": "debugging",
    "trace_table": "trace table",
    "drag_label": "label the diagram",
    "binary_convert": "number conversion",
    "logic_gates": "logic gates",
}


def edge_count(n: int) -> int:
    """How many questions make up the first (and the last) ~20%."""
    return max(1, round(n * EDGE_SHARE))


def progression_bounds(low: int, high: int) -> tuple[int, int]:
    """(highest difficulty allowed at the start, lowest allowed at the end), inside the teacher's range."""
    return min(low + 1, high), max(high - 1, low)


def target_difficulties(n: int, low: int = 1, high: int = 5) -> list[int]:
    """A difficulty for each position: rising evenly from `low` to `high`, with the first ~20% no higher than
    low+1 and the last ~20% no lower than high-1."""
    if n <= 0:
        return []
    if n == 1:
        return [round((low + high) / 2)]
    values = [int(low + (high - low) * i / (n - 1) + 0.5) for i in range(n)]
    early, late = progression_bounds(low, high)
    if n >= 3:
        k = edge_count(n)
        for i in range(k):
            values[i] = min(values[i], early)
            values[n - 1 - i] = max(values[n - 1 - i], late)
    return values


class Run(NamedTuple):
    """Questions of one type in a row: from index `start`, `length` of them."""

    start: int
    length: int
    type: str


def runs(types: list[str]) -> list[Run]:
    """Every run longer than MAX_RUN."""
    found = []
    start = 0
    for i in range(1, len(types) + 1):
        if i == len(types) or types[i] != types[start]:
            if i - start > MAX_RUN:
                found.append(Run(start, i - start, types[start]))
            start = i
    return found


def arrange(questions: list[DraftQuestion], low: int = 1, high: int = 5) -> list[DraftQuestion]:
    """Reorder for progression (by difficulty, keeping the given order among equals), then break up runs of
    more than 3 questions of one type by swapping in the nearest question of another type with a similar
    difficulty."""
    ordered = sorted(questions, key=lambda q: q.get("difficulty", 3))  # sorted() is stable
    for _ in range(len(ordered)):
        found = runs([q["type"] for q in ordered])
        if not found:
            break
        first = found[0]
        position = first.start + MAX_RUN  # the first question too many
        swap = _swap_partner(ordered, position, first.type)
        if swap is None:
            break
        ordered[position], ordered[swap] = ordered[swap], ordered[position]
    return ordered


def _swap_partner(questions: list[DraftQuestion], position: int, run_type: str) -> int | None:
    difficulty = questions[position].get("difficulty", 3)
    candidates = [i for i, q in enumerate(questions) if q["type"] != run_type and i != position]
    if not candidates:
        return None

    def cost(i: int) -> tuple[int, int, int]:
        gap = abs(questions[i].get("difficulty", 3) - difficulty)
        return (gap, abs(i - position), i)

    best = min(candidates, key=cost)
    if abs(questions[best].get("difficulty", 3) - difficulty) > 1:
        return None
    trial = list(questions)
    trial[position], trial[best] = trial[best], trial[position]
    # Only take the swap if it does not make a new run where the partner came from.
    if len(runs([q["type"] for q in trial])) > len(runs([q["type"] for q in questions])):
        return None
    return best


def question_problems(fields: DraftQuestion) -> list[str]:
    """Quality problems of one question that the engine's check does not cover (missing hint or feedback,
    the language rules in the feedback)."""
    problems = []
    if not (fields.get("hint") or "").strip():
        problems.append("has no hint")
    feedback = fields.get("feedback") or {}
    for key in ("correct", "incorrect"):
        if not (feedback.get(key) or "").strip():
            problems.append(f"has no feedback for a {'correct' if key == 'correct' else 'not-yet-right'} answer")
    for key, text in feedback.items():
        for message in language_problems(text):
            problems.append(f"feedback ({key}): {message}")
    for message in language_problems(fields.get("question_text")):
        problems.append(f"question text: {message}")
    options = (fields.get("config") or {}).get("options")
    if fields.get("type") == "multiple_choice" and isinstance(options, list) and len(options) > 4:
        problems.append(f"has {len(options)} options (at most 4)")
    return problems


def draft_problems(questions: list[DraftQuestion], *, requested: int, low: int = 1, high: int = 5,
                   allowed_types: int = 13, required_types: list[str] | None = None) -> list[str]:
    """Warnings about the draft as a whole, written for the teacher."""
    warnings = []
    n = len(questions)
    if n < requested:
        warnings.append(f"You asked for {requested} questions; the draft has {n}. Add more on the review page.")
    types = [q["type"] for q in questions]
    for qtype in required_types or []:
        if qtype not in types:
            warnings.append(f"You asked for {TYPE_NAMES.get(qtype, qtype)} questions; the draft has none. Add one "
                            "on the review page, or regenerate a question as that type.")
    for i, question in enumerate(questions):
        d = question.get("difficulty", 3)
        if not low <= d <= high:
            warnings.append(f"Question {i + 1} has difficulty {d}, outside the range {low} to {high} you chose.")
    needed = min(MIN_TYPES, allowed_types)
    if n >= MIN_TYPES and len(set(types)) < needed:
        warnings.append(f"The draft uses {len(set(types))} types of question; the rule is at least {needed}. "
                        "Change or add a question of another type.")
    for start, length, run_type in runs(types):
        warnings.append(f"Questions {start + 1} to {start + length} are all {TYPE_NAMES.get(run_type, run_type)}; "
                        f"the rule is at most {MAX_RUN} of one type in a row.")
    if n >= 3:
        early, late = progression_bounds(low, high)
        k = edge_count(n)
        for i in range(k):
            d = questions[i].get("difficulty", 3)
            if d > early:
                warnings.append(f"Question {i + 1} has difficulty {d}; the first questions should be "
                                f"{_range_words(low, early)}.")
        for i in range(n - k, n):
            d = questions[i].get("difficulty", 3)
            if d < late:
                warnings.append(f"Question {i + 1} has difficulty {d}; the last questions should be "
                                f"{_range_words(late, high)}.")
    for i, question in enumerate(questions):
        for problem in question_problems(question):
            warnings.append(f"Question {i + 1} {problem}" if not problem.startswith(("feedback", "question text"))
                            else f"Question {i + 1}, {problem}")
    return warnings


def _range_words(low: int, high: int) -> str:
    return f"difficulty {low}" if low == high else f"difficulty {low} or {high}" if high == low + 1 else (
        f"difficulty {low} to {high}")


# --- Checks against the unit's materials -------------------------------------------------------------------------

RUNNABLE_TYPES = {"python_code", "code_debug", "trace_table"}  # run in the (Python) sandbox
CODE_TYPES = RUNNABLE_TYPES | {"parsons", "code_completion"}
OFF_TOPIC = ("This question is about none of the unit's key words or the topics its materials teach. Check it "
             "belongs in this assessment.")


def answer_fields(question: DraftQuestion) -> list[tuple[str, str]]:
    """(field, text) for every text a pupil must choose or give to be right. Computed answers (numbers, code)
    are not text and are left out."""
    config = question.get("config") or {}
    kind = question.get("type")
    found: list[tuple[str, object]] = []
    if kind in ("multiple_choice", "multiple_select"):
        found = [(f"config.options[{i}].text", o.get("text")) for i, o in enumerate(config.get("options") or [])
                 if isinstance(o, dict) and o.get("is_correct")]
    elif kind == "text_input":
        found = [(f"config.accepted_answers[{i}].text", a.get("text"))
                 for i, a in enumerate(config.get("accepted_answers") or []) if isinstance(a, dict)]
    elif kind == "matching":
        found = [(f"config.{side}[{i}].text", item.get("text")) for side in ("left_items", "right_items")
                 for i, item in enumerate(config.get(side) or []) if isinstance(item, dict)]
    elif kind == "ordering":
        found = [(f"config.items[{i}].text", item.get("text")) for i, item in enumerate(config.get("items") or [])
                 if isinstance(item, dict)]
    return [(name, text) for name, text in found if isinstance(text, str) and text.strip()]


def question_language(question: DraftQuestion) -> str | None:
    """The programming language of a code question: Python for the types the sandbox runs; for Parsons and code
    completion the language it is tagged with, or the one its code shows (None when it does not say)."""
    kind = question.get("type")
    if kind in RUNNABLE_TYPES:
        return "python"
    if kind not in CODE_TYPES:
        return None
    tagged = [t for t in question.get("tags") or [] if t in ("java", "sql", "pseudocode", "javascript", "csharp",
                                                              "cpp", "vb", "python")]
    if tagged:
        return tagged[0]
    config = question.get("config") or {}
    code = config.get("code_template") or "\n".join(str(b.get("code", "")) for b in config.get("blocks") or []
                                                    if isinstance(b, dict))
    language = sniff(re.sub(r"\{\{\s*\w+\s*\}\}", "x", str(code)))
    return None if language == "text" else language


def _everything_said(question: DraftQuestion) -> str:
    """The question's text and every string of its config, for the on-topic check."""
    def strings(value: object) -> Iterable[str]:
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in ("id", "type"):
                    yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    return " ".join([question.get("question_text") or "", *strings(question.get("config"))])


def unit_problems(question: DraftQuestion, model: TopicModel, *, asked: Iterable[str] = ()) -> list[StoredProblem]:
    """Warnings about a question against the unit's materials: unfit right answers, code in a language the unit
    does not use, and a question about nothing the unit teaches. A type the teacher asked for is not called off
    topic, and a runnable Python question they asked for is not called the wrong language."""
    asked = set(asked)
    problems: list[StoredProblem] = []
    for name, text in answer_fields(question):
        reason = answer_problem(text)
        if reason:
            problems.append({"field": name, "severity": "warning", "message": f"This right answer looks like "
                             f"{reason}, not something the lesson teaches: ‘{_short(text)}’. Change or remove it."})
    language = question_language(question)
    used = (model.languages | ({"python"} if model.teaches("python") else set())) - {"text", "html"}
    if language and language not in used and not (question.get("type") in asked and language == "python"):
        languages = ", ".join(sorted(display_name(u) for u in used)) or "no programming language"
        problems.append({"field": "config", "severity": "warning", "message": f"This is a {display_name(language)} "
                         f"question, but the unit's materials use {languages}."})
    judged = bool(model.phrases) or any(model.teaches(t) for t in model.topics)
    if judged and question.get("type") not in asked and not model.about_unit(_everything_said(question)):
        problems.append({"field": "question_text", "severity": "warning", "message": OFF_TOPIC})
    return problems


def objective_warnings(objectives: list[UnitObjective], *, limit: int = 4) -> list[str]:
    """Draft warnings about the unit's objectives that are not objectives (a clock time, an activity, a link)."""
    unfit = [(o, reason) for o in objectives if (reason := objective_problem(o["text"]))]
    warnings = [f"The unit's objective {o['code']} (‘{_short(o['text'])}’) looks like {reason}, not a learning "
                "objective, so no question was linked to it. Check the unit's objectives." for o, reason in unfit[:limit]]
    if len(unfit) > limit:
        warnings.append(f"{len(unfit) - limit} more of the unit's objectives look like timetable lines or "
                        "activities. Check the unit's objectives.")
    return warnings


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
