"""Validate and repair one generated question with the question engine.

Mechanical repairs, made before the engine checks the question, each recorded in words for the teacher:
- multiple choice: more than 4 options → the correct one and the first 3 others; "all/none of the above"
  distractors dropped; several options marked correct → the first kept as the answer;
- multiple select: more than 4 options → trimmed to 4, keeping the correct ones;
- forbidden feedback words ("wrong", "incorrect", "failed", "bad") replaced in feedback and hints;
- a missing hint or missing feedback → a literal default for the type;
- ordering positions that are not 1..n → renumbered in the order given; a text answer with no full-mark
  answer → its best answer made worth full marks; a mark scheme whose points do not add up → the total fixed;
- trace tables → traced in the sandbox (the engine does this again), and cells to fill that name no value
  replaced by cells that have one;
- Python questions whose reference solution disagrees with a test → the test's expected value worked out by
  running the reference solution (the teacher is told to check it);
- a scaffold that cannot be answered → dropped.
The engine itself recomputes binary answers, logic-gate outputs and traced rows (`check()`).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

from app import sandbox
from app.errors import Invalid
from app.question_types.stored import StoredConfig, StoredProblem
from app.services.authoring.questions import check_question
from app.services.generation.draft_question import DraftQuestion
from app.utils.feedback import FORBIDDEN_WORDS

MAX_OPTIONS = 4
_ABOVE = re.compile(r"\b(all|none|both|neither) of (the|these) (above|options)\b", re.I)
_REPLACEMENTS = [
    (re.compile(r"\b(?:is|was|are|were)\s+(?:wrong|incorrect)\b", re.I), "is not right"),
    (re.compile(r"\b(?:wrongly|incorrectly)\b", re.I), "not quite right"),
    (re.compile(r"\b(?:wrong|incorrect)\b", re.I), "not right"),
    (re.compile(r"\bfailed\b", re.I), "did not pass"),
    (re.compile(r"\bbadly\b", re.I), "not well"),
    (re.compile(r"\bbad\b", re.I), "weak"),
]
PARTIAL_TYPES = {"multiple_select", "matching", "ordering", "parsons", "code_completion", "python_code",
                 "code_debug", "trace_table", "logic_gates", "text_input"}
DEFAULT_HINTS = {
    "multiple_choice": "Read every option before you choose. Think about what you learnt in the lesson.",
    "multiple_select": "Read every option. Decide for each one whether it fits.",
    "text_input": "Think about the key words from the lesson. Check your spelling.",
    "extended_text": "Use the key words from the lesson. Give a reason or an example.",
    "matching": "Start with the pair you are most sure about.",
    "ordering": "Find the first step. Then ask: what comes next?",
    "parsons": "Find the first line of the program. Lines ending in a colon start a block.",
    "code_completion": "Each gap is one Python word. Read what the line needs to do.",
    "python_code": "Use the examples shown to test your code.",
    "code_debug": "Run the program and compare its output with what it should print.",
    "trace_table": "Go through the program one line at a time and write each new value.",
    "drag_label": "Start with the label you are most sure about.",
    "binary_convert": "Write the place values above the digits: 128, 64, 32, 16, 8, 4, 2, 1.",
    "logic_gates": "Work out one row at a time.",
}
DEFAULT_FEEDBACK = {
    "correct": "Correct! Well done.",
    "incorrect": "Not quite. Read the question again and check each part of your answer.",
    "partial": "Nearly there. You got {correct} of {total} parts right. Check the others.",
}


@dataclass
class Checked:
    """A question after repair and the engine's check."""

    fields: DraftQuestion  # with the stored (normalised) config and scaffold
    problems: list[StoredProblem] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)  # what was mended, in words

    @property
    def errors(self) -> list[StoredProblem]:
        return [p for p in self.problems if p["severity"] == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def tidy_language(text: str | None) -> tuple[str | None, bool]:
    """Replace the forbidden feedback words with calm ones. Returns (text, changed)."""
    if not text:
        return text, False
    new = text
    for pattern, replacement in _REPLACEMENTS:
        new = pattern.sub(replacement, new)
    new = re.sub(r"\s{2,}", " ", new).strip()
    return new, new != text.strip()


def _repair_choice(config: StoredConfig, repairs: list[str]) -> None:
    options = config.get("options")
    if not isinstance(options, list) or not all(isinstance(o, dict) for o in options):
        return
    correct = [o for o in options if o.get("is_correct")]
    if len(correct) > 1:
        for extra in correct[1:]:
            options.remove(extra)
        repairs.append("More than one option was marked correct; the first was kept as the answer and the "
                       "others were removed.")
    above = [o for o in options if not o.get("is_correct") and _ABOVE.search(str(o.get("text", "")))]
    if above and len(options) - len(above) >= 2:
        for option in above:
            options.remove(option)
        repairs.append('An "all/none of the above" option was removed.')
    if len(options) > MAX_OPTIONS:
        keep = [o for o in options if o.get("is_correct")][:1]
        keep += [o for o in options if not o.get("is_correct")][: MAX_OPTIONS - len(keep)]
        dropped = len(options) - len(keep)
        config["options"] = [o for o in options if o in keep]
        repairs.append(f"It had {len(options)} options; {dropped} distractor(s) were removed to leave {MAX_OPTIONS}.")


def _repair_select(config: StoredConfig, repairs: list[str]) -> None:
    options = config.get("options")
    if not isinstance(options, list) or len(options) <= MAX_OPTIONS:
        return
    correct = [o for o in options if isinstance(o, dict) and o.get("is_correct")]
    if not correct or len(correct) >= MAX_OPTIONS:
        return
    keep = correct + [o for o in options if isinstance(o, dict) and not o.get("is_correct")][: MAX_OPTIONS - len(correct)]
    config["options"] = [o for o in options if o in keep]
    if isinstance(config.get("max_selections"), int):
        config["max_selections"] = min(config["max_selections"], len(config["options"]))
    repairs.append(f"It had {len(options)} options; it was trimmed to {MAX_OPTIONS}, keeping every correct one.")


def _repair_ordering(config: StoredConfig, repairs: list[str]) -> None:
    items = config.get("items")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        return
    positions = [i.get("correct_position") for i in items]
    if sorted(p for p in positions if isinstance(p, int)) == list(range(1, len(items) + 1)):
        return
    ranked = sorted(range(len(items)), key=lambda k: (
        items[k].get("correct_position") if isinstance(items[k].get("correct_position"), int) else 10**6, k))
    for position, k in enumerate(ranked, start=1):
        items[k]["correct_position"] = position
    repairs.append("The positions were renumbered 1, 2, 3, … in the order given.")


def _repair_text_input(config: StoredConfig, repairs: list[str]) -> None:
    answers = config.get("accepted_answers")
    if not isinstance(answers, list) or not answers or not all(isinstance(a, dict) for a in answers):
        return
    if any(a.get("points", 1) == 1 for a in answers):
        return
    best = max(answers, key=lambda a: a.get("points", 0) or 0)
    best["points"] = 1
    repairs.append(f"No answer was worth full marks; '{best.get('text')}' now is.")


def _repair_extended(config: StoredConfig, repairs: list[str]) -> None:
    guide = config.get("marking_guide")
    if not isinstance(guide, dict) or not isinstance(guide.get("mark_scheme"), list):
        return
    try:
        total = sum(float(c.get("points", 0)) for c in guide["mark_scheme"])
    except (TypeError, ValueError, AttributeError):
        return
    if total > 0 and guide.get("points_available") != total:
        guide["points_available"] = total
        repairs.append(f"The mark scheme's points add up to {total:g}; the total was set to match.")


async def _repair_trace(config: StoredConfig, repairs: list[str]) -> None:
    """Trace the code so the rows are true, then make sure the cells to fill have values."""
    code, variables = config.get("code"), config.get("variables")
    if not isinstance(code, str) or not isinstance(variables, list) or not sandbox.runner_enabled():
        return
    if not all(isinstance(v, str) and v.isidentifier() for v in variables) or not variables:
        return
    try:
        report = await sandbox.trace_program(code, list(variables))
    except Exception:  # noqa: BLE001 - a trace that cannot even start is reported by check() instead
        return
    if report.status != "ok" or not report.rows:
        return
    rows = [{"step": k + 1, "description": "", "values": {v: row.get(v, "") for v in variables}}
            for k, row in enumerate(report.rows)]
    old_rows = config.get("trace_rows") if isinstance(config.get("trace_rows"), list) else []
    if len(old_rows) == len(rows):
        for row, old in zip(rows, old_rows, strict=True):
            if isinstance(old, dict) and isinstance(old.get("description"), str):
                row["description"] = old["description"]
    config["trace_rows"] = rows
    by_step = {row["step"]: row["values"] for row in rows}
    cells = config.get("cells_to_fill") if isinstance(config.get("cells_to_fill"), list) else []
    good, seen = [], set()
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        step, name = cell.get("step"), cell.get("variable")
        key = (step, name)
        if key in seen or by_step.get(step, {}).get(name, "") == "":
            continue
        seen.add(key)
        good.append({"step": step, "variable": name})
    if len(good) != len(cells) or not good:
        if not good:
            last = rows[-1]
            good = [{"step": last["step"], "variable": v} for v in variables if last["values"].get(v, "") != ""][:2]
        repairs.append("Some cells to fill had no value when the code was traced; cells with values were chosen.")
    config["cells_to_fill"] = good


async def _repair_python_expected(fields: DraftQuestion, problems: list[StoredProblem], repairs: list[str]) -> bool:
    """When the reference solution and a test disagree, trust the code that runs: work the expected value out
    by running the reference solution. True when something changed."""
    config = fields["config"]
    disagreeing = [p for p in problems if p["severity"] == "error"
                   and re.fullmatch(r"config\.test_cases\[\d+\]\.expected", p["field"] or "")
                   and "stops with" not in p["message"]]
    if not disagreeing or not sandbox.runner_enabled():
        return False
    tests = config.get("test_cases") or []
    report = await sandbox.run_tests(config.get("reference_solution", ""),
                                     [sandbox.TestCase(str(t.get("input", "")), None) for t in tests])
    if report.status != "ok":
        return False
    changed = 0
    for result in report.results:
        if result.error is None and result.got is not None and tests[result.index].get("expected") != result.got:
            tests[result.index]["expected"] = result.got
            changed += 1
    if changed:
        repairs.append(f"{changed} test(s) expected a value the reference solution does not give; the expected "
                       "values were worked out by running it. Check they are what you want.")
    return bool(changed)


def _repair_wording(fields: DraftQuestion, repairs: list[str]) -> None:
    qtype = fields["type"]
    feedback = dict(fields.get("feedback") or {})
    for key in ("correct", "incorrect"):
        if not (feedback.get(key) or "").strip():
            feedback[key] = DEFAULT_FEEDBACK[key]
            repairs.append(f"It had no feedback for a {'correct' if key == 'correct' else 'not-yet-right'} answer; "
                           "a plain one was added.")
    if qtype in PARTIAL_TYPES and not (feedback.get("partial") or "").strip():
        feedback["partial"] = DEFAULT_FEEDBACK["partial"]
    for key in list(feedback):
        text, changed = tidy_language(feedback[key])
        if changed:
            feedback[key] = text
            words = ", ".join(f'"{w}"' for w in FORBIDDEN_WORDS)
            repairs.append(f"The {key} feedback used a word pupils should not read ({words}); it was reworded.")
    fields["feedback"] = feedback
    hint, changed = tidy_language(fields.get("hint"))
    if changed:
        fields["hint"] = hint
        repairs.append("The hint used a word pupils should not read; it was reworded.")
    if not (fields.get("hint") or "").strip():
        fields["hint"] = DEFAULT_HINTS.get(qtype, "Read the question again slowly.")
        repairs.append("It had no hint; a plain one was added.")


async def pre_repair(fields: DraftQuestion) -> tuple[DraftQuestion, list[str]]:
    """The mechanical repairs that need no model, before the engine's check. Returns (fields, repairs)."""
    fields = copy.deepcopy(fields)
    repairs: list[str] = []
    config = fields.get("config")
    if isinstance(config, dict):
        config["type"] = fields["type"]
        qtype = fields["type"]
        if qtype == "multiple_choice":
            _repair_choice(config, repairs)
        elif qtype == "multiple_select":
            _repair_select(config, repairs)
        elif qtype == "ordering":
            _repair_ordering(config, repairs)
        elif qtype == "text_input":
            _repair_text_input(config, repairs)
        elif qtype == "extended_text":
            _repair_extended(config, repairs)
        elif qtype == "trace_table":
            await _repair_trace(config, repairs)
    _repair_wording(fields, repairs)
    return fields, repairs


async def check_and_repair(fields: DraftQuestion) -> Checked:
    """Repair what is mechanical, check with the engine, and repair again where the check shows how
    (a scaffold that cannot be answered, a Python test that disagrees with its reference solution)."""
    if not isinstance(fields.get("config"), dict):
        return _unreadable(fields, "The question has no config object.", [])
    fields, repairs = await pre_repair(fields)
    try:
        config, scaffold, problems = await check_question(fields)
    except Invalid as exc:
        # A malformed shape: the scaffold may be the culprit; otherwise it is an error to re-ask about.
        if fields.get("scaffold"):
            fields["scaffold"] = None
            repairs.append("Its easier version could not be read, so it was removed.")
            return await _check_again(fields, repairs)
        return _unreadable(fields, exc.detail, repairs)
    if fields["type"] == "python_code" and await _repair_python_expected({**fields, "config": config}, problems,
                                                                          repairs):
        fields["config"] = config
        return await _check_again(fields, repairs)
    scaffold_errors = [p for p in problems if p["severity"] == "error" and p["field"].startswith("scaffold")]
    if scaffold_errors:
        fields["scaffold"] = None
        repairs.append("Its easier version could not be answered as written, so it was removed.")
        return await _check_again(fields, repairs)
    return Checked({**fields, "config": config, "scaffold": scaffold}, problems, repairs)


async def _check_again(fields: DraftQuestion, repairs: list[str]) -> Checked:
    try:
        config, scaffold, problems = await check_question(fields)
    except Invalid as exc:
        return _unreadable(fields, exc.detail, repairs)
    return Checked({**fields, "config": config, "scaffold": scaffold}, problems, repairs)


def _unreadable(fields: DraftQuestion, message: str, repairs: list[str]) -> Checked:
    """A question whose config the engine cannot read at all: one error, on the config."""
    return Checked(fields, [{"field": "config", "message": message, "severity": "error"}], repairs)


def problem_summary(problems: list[StoredProblem], limit: int = 4) -> str:
    """Problems as one line for a teacher (or for the model, when it is asked again)."""
    return "; ".join(f"{p['field']}: {p['message']}" for p in problems[:limit])
