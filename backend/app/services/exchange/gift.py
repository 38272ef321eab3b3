"""GIFT (Moodle's plain-text question format, also read by Canvas and others): the question types GIFT can
express, written so another system can use them, and read back from any GIFT file.

Our own fields that GIFT has no place for (points, difficulty, hints, strands, the settings of each type) ride
in a `// ks3: {...}` comment before each question, so a round trip keeps them; other systems ignore comments.
Types GIFT cannot express (ordering has no faithful GIFT form, nor do code, diagram or table types) are left
out, and listed in a comment at the top of the file."""

from __future__ import annotations

import json
import math
from collections import Counter
from typing import Any

from app.errors import Invalid
from app.models import Question
from app.question_types import binary_convert
from app.services.exchange import gift_parse, limits
from app.services.exchange.contents import (
    MEDIA_URL,
    ExportSource,
    FileContents,
    ImportedQuestion,
    ObjectiveRef,
)
from app.services.exchange.gift_parse import META, Answer, OurFields, ParsedQuestion, escape

NAME = "gift"
LABEL = "GIFT (Moodle, Canvas and others)"
DEFAULT_TITLE = "Questions from a GIFT file"
# A question's config as JSON, in the shape of its type (checked later exactly as a teacher's save is).
QuestionConfig = dict[str, Any]
OptionEntry = dict[str, Any]  # one option of a choice: id, text, is_correct, distractor_feedback
# The config settings each type keeps in our comment: its answers are in the GIFT itself.
CONFIG_EXTRAS: dict[str, tuple[str, ...]] = {
    "multiple_choice": ("shuffle_options",),
    "multiple_select": ("min_selections", "max_selections", "shuffle_options"),
    "text_input": ("case_sensitive", "max_length", "required_keywords", "forbidden_keywords"),
    "binary_convert": ("conversion_type", "given_value", "show_working"),
    "matching": ("shuffle_right",),
    "extended_text": ("min_words", "max_words", "marking_guide", "ai_marking_enabled", "ai_marking_prompt"),
}
META_FIELDS = ("points", "difficulty", "time_estimate_seconds", "hint", "scaffold", "feedback", "strands", "tags")
# Which of our types a GIFT kind may become when our comment names it (anything else in the comment is ignored).
KIND_TYPES = {"choice": {"multiple_choice", "multiple_select"}, "true_false": {"multiple_choice"},
              "short": {"text_input", "binary_convert"}, "numerical": {"text_input", "binary_convert"},
              "matching": {"matching"}, "essay": {"extended_text"}}
# An essay from elsewhere has no mark scheme; this one criterion lets it be marked until the teacher writes one.
ESSAY_CRITERION = "Answers the question fully and correctly"


# --- writing ---------------------------------------------------------------------------------------------------


def write(source: ExportSource) -> bytes:
    """Every question GIFT can express, each after its `// ks3:` comment; the others listed at the top."""
    assessment = source.assessment
    lines = [f"// GIFT export of ‘{assessment.title}’ from KS3 Assessment.",
             gift_parse.FILE_META + " " + _json({"title": assessment.title, "description": assessment.description,
                                                 "year_group": assessment.year_group})]
    left_out = Counter(q.type for q in source.questions if q.type not in CONFIG_EXTRAS)
    if left_out:
        listed = ", ".join(f"{name} ({count})" for name, count in sorted(left_out.items()))
        lines.append(f"// GIFT cannot express these question types, so they are left out: {listed}.")
    lines.append("")
    for number, question in enumerate(source.questions, start=1):
        if question.type in CONFIG_EXTRAS:
            lines += [f"{META} {_json(_meta(question, source))}", _question(number, question), ""]
    return "\n".join(lines).encode("utf-8")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _meta(question: Question, source: ExportSource) -> OurFields:
    config = question.config or {}
    meta: OurFields = {"type": question.type, **{name: getattr(question, name) for name in META_FIELDS},
                            "config": {k: config[k] for k in CONFIG_EXTRAS[question.type] if k in config}}
    if question.image_url and not MEDIA_URL.match(question.image_url):
        meta |= {"image_url": question.image_url, "image_alt": question.image_alt}
    objective = source.objectives.get(question.learning_objective_id) if question.learning_objective_id else None
    if objective:
        meta["objective"] = {"code": objective.code, "description": objective.description}
    if question.topic_id and question.topic_id in source.topics:
        meta["topic"] = source.topics[question.topic_id]
    return meta


def _question(number: int, question: Question) -> str:
    """One question: title, text in [plain] (so nothing in it is read as HTML), answers, general feedback."""
    config = question.config or {}
    answers = _ANSWERS[question.type](config)
    general = (question.feedback or {}).get("correct", "")
    feedback = f"####{escape(general)}" if general else ""
    return f"::Q{number}::[plain]{escape(question.question_text)}{{{answers}{feedback}}}"


def _with_feedback(text: str, feedback: str | None) -> str:
    return f"{escape(text)}#{escape(feedback)}" if feedback else escape(text)


def _weight(value: float) -> str:
    """A weight as GIFT writes it: 50, 33.33333, -100."""
    return f"{value:.5f}".rstrip("0").rstrip(".")


def _choice(config: QuestionConfig) -> str:
    return " ".join(("=" if o.get("is_correct") else "~") + _with_feedback(o["text"], o.get("distractor_feedback"))
                    for o in config.get("options", []))


def _select(config: QuestionConfig) -> str:
    options = config.get("options", [])
    right = sum(1 for o in options if o.get("is_correct")) or 1
    wrong = (len(options) - right) or 1
    return " ".join(f"~%{_weight(100 / right if o.get('is_correct') else -100 / wrong)}%"
                    + _with_feedback(o["text"], o.get("distractor_feedback")) for o in options)


def _short(config: QuestionConfig) -> str:
    parts = []
    for accepted in config.get("accepted_answers", []):
        points = accepted.get("points", 1)
        weight = "" if points >= 1 else f"%{_weight(points * 100)}%"
        parts.append(f"={weight}{escape(accepted['text'])}")
    return " ".join(parts)


def _binary(config: QuestionConfig) -> str:
    """A denary answer is a GIFT number; a binary or hexadecimal one is a short answer."""
    try:
        answer = binary_convert.normalise(binary_convert.Config.model_validate(config)).correct_answer
    except ValueError:
        answer = config.get("correct_answer")
    answer = "" if answer is None else str(answer)
    if str(config.get("conversion_type", "")).endswith("_to_decimal") and answer.isdigit():
        return f"#{answer}"
    return f"={escape(answer)}"


def _matching(config: QuestionConfig) -> str:
    left = {i["id"]: i["text"] for i in config.get("left_items", [])}
    right = {i["id"]: i["text"] for i in config.get("right_items", [])}
    paired = {p["right"] for p in config.get("correct_pairs", [])}
    parts = [f"={escape(left.get(p['left'], ''))} -> {escape(right.get(p['right'], ''))}"
             for p in config.get("correct_pairs", [])]
    # A right item with no partner is a distractor: Moodle writes it with an empty left side.
    parts += [f"= -> {escape(text)}" for rid, text in right.items() if rid not in paired]
    return " ".join(parts)


_ANSWERS = {"multiple_choice": _choice, "multiple_select": _select, "text_input": _short,
            "binary_convert": _binary, "matching": _matching, "extended_text": lambda _config: ""}


# --- reading ---------------------------------------------------------------------------------------------------


def looks_like_gift(data: bytes) -> bool:
    """Whether a file with no telling name is GIFT rather than JSON: text, not JSON, not a web page, with an
    answer block or a GIFT title in it."""
    start = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not start or start[:1] in (b"{", b"[") or b"\x00" in start or start[:200].lower().find(b"<html") >= 0:
        return False
    return b"{" in data and b"}" in data or start.startswith((b"::", b"//", b"$CATEGORY"))


def read(data: bytes) -> FileContents:
    """A GIFT file's questions, each mapped to one of our types or carrying the reason it cannot be."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Invalid("This file is not text, so it cannot be GIFT. Choose a GIFT file (.gift or .txt) saved as "
                      "UTF-8, or a file made with ‘Export’ in KS3 Assessment.") from None
    if "\x00" in text:
        raise Invalid("This file is not text, so it cannot be GIFT. Choose a GIFT file (.gift or .txt).")
    limits.check_question_count(gift_parse.count_questions(text))
    parsed = gift_parse.parse(text)
    if not parsed.questions:
        raise Invalid("This file has no GIFT questions in it. Each question needs its answers in { }.")
    if all(q.problem for q in parsed.questions):
        first = parsed.questions[0]
        raise Invalid(f"This file could not be read as GIFT. Question {first.number}: {first.problem}")
    file_meta = parsed.file_meta
    title = file_meta.get("title") if isinstance(file_meta.get("title"), str) else ""
    description = file_meta.get("description") if isinstance(file_meta.get("description"), str) else ""
    if parsed.categories:
        description = "\n".join(filter(None, [description, "Categories in the file (not kept): "
                                              + ", ".join(parsed.categories) + "."]))
    if not title and parsed.categories:
        title = parsed.categories[0].rstrip("/").rsplit("/", 1)[-1]
    year = file_meta.get("year_group")
    return FileContents(format=NAME, title=(title or DEFAULT_TITLE)[:200], description=description[:5000],
                        year_group=year if isinstance(year, int) and 7 <= year <= 9 else None,
                        questions=[_imported(q) for q in parsed.questions])


def _imported(parsed: ParsedQuestion) -> ImportedQuestion:
    """One parsed question as our fields; our comment's fields are taken only when its type fits the GIFT."""
    if parsed.problem:
        return ImportedQuestion(number=parsed.number, fields={"question_text": parsed.text}, problem=parsed.problem)
    meta = parsed.meta
    wanted = meta.get("type") if isinstance(meta.get("type"), str) else None
    try:
        question_type, config = _MAKERS[parsed.kind](parsed, wanted if wanted in KIND_TYPES[parsed.kind] else None)
    except _Skip as reason:
        return ImportedQuestion(number=parsed.number, fields={"question_text": parsed.text, "type": ""},
                                problem=str(reason))
    ours = meta if wanted == question_type else {}
    extras = ours.get("config") if isinstance(ours.get("config"), dict) else {}
    config |= {k: v for k, v in extras.items() if k in CONFIG_EXTRAS[question_type]}
    general = parsed.general_feedback or _right_feedback(parsed)
    fields: dict[str, Any] = {"type": question_type, "question_text": parsed.text, "config": config,
                              "feedback": {"correct": general, "incorrect": general, "partial": general}}
    if question_type == "extended_text":
        points = ours.get("points", 1)
        config.setdefault("marking_guide", {"points_available": points, "mark_scheme": [
            {"criterion": ESSAY_CRITERION, "points": points}]})
    fields |= {k: ours[k] for k in (*META_FIELDS, "image_url", "image_alt") if k in ours}
    topic = ours.get("topic")
    return ImportedQuestion(number=parsed.number, fields=fields, objective=_objective(ours.get("objective")),
                            topic=topic[:200] if isinstance(topic, str) and topic else None)


def _right_feedback(parsed: ParsedQuestion) -> str:
    """A choice's feedback on its right answer, which is what our "correct" feedback says."""
    if parsed.kind not in ("choice", "true_false"):
        return ""
    return next((a.feedback for a in parsed.answers if a.right and a.feedback), "")


def _objective(value: Any) -> ObjectiveRef | None:
    if isinstance(value, dict) and isinstance(value.get("description"), str) and value["description"]:
        code = value.get("code") if isinstance(value.get("code"), str) else ""
        return ObjectiveRef(code=code[:20], description=value["description"][:5000])
    return None


class _Skip(Exception):
    """Why a GIFT question has no type of ours to become."""


def _options(answers: list[Answer]) -> list[OptionEntry]:
    return [{"id": f"o{n}", "text": a.text, "is_correct": a.right,
             **({"distractor_feedback": a.feedback} if a.feedback and not a.right else {})}
            for n, a in enumerate(answers, start=1)]


def _choice_from(parsed: ParsedQuestion, wanted: str | None) -> tuple[str, QuestionConfig]:
    right = [a for a in parsed.answers if a.right]
    if not right:
        raise _Skip("None of its answers is marked right (with = or a weight above 0).")
    several = len(right) > 1 or wanted == "multiple_select"
    question_type = "multiple_select" if several else "multiple_choice"
    return question_type, {"type": question_type, "options": _options(parsed.answers)}


def _short_from(parsed: ParsedQuestion, wanted: str | None) -> tuple[str, QuestionConfig]:
    if wanted == "binary_convert":
        return "binary_convert", {"type": "binary_convert", "correct_answer": parsed.answers[0].text}
    accepted: dict[str, dict] = {}
    for answer in parsed.answers:
        # Only the answers that earn marks (= or a weight above 0). GIFT short answers ignore case, so Moodle files
        # often list "Local Area Network" and "local area network": one answer, with the better mark.
        if not answer.right:
            continue
        points = round(min((answer.weight if answer.weight is not None else 100) / 100, 1), 5)
        key = " ".join(answer.text.casefold().split())
        if key not in accepted or accepted[key]["points"] < points:
            accepted[key] = {"text": accepted[key]["text"] if key in accepted else answer.text, "points": points}
    return "text_input", {"type": "text_input", "accepted_answers": list(accepted.values())}


def _numerical_from(parsed: ParsedQuestion, wanted: str | None) -> tuple[str, QuestionConfig]:
    for answer in parsed.answers:
        answer.text = _exact_number(answer.text)
    return _short_from(parsed, wanted)


def _exact_number(text: str) -> str:
    """A GIFT number as text to compare with, or _Skip for a range or a tolerance (we mark exact answers)."""
    value, _sep, tolerance = text.replace(" ", "").partition(":")
    if ".." in value or (tolerance and _number(tolerance) != 0):
        raise _Skip(f"Skipped: we cannot mark a range of numbers (‘{text}’). Give one exact answer instead.")
    number = _number(value)
    return str(int(number)) if number.is_integer() else repr(number)


def _number(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise _Skip(f"‘{text}’ is not a number, so this numerical question cannot be read.") from None
    if not math.isfinite(value):
        raise _Skip(f"‘{text}’ is too large a number to keep.")
    return value


def _matching_from(parsed: ParsedQuestion, wanted: str | None) -> tuple[str, QuestionConfig]:
    pairs = [a for a in parsed.answers if a.text]
    lefts = [{"id": f"l{n}", "text": a.text} for n, a in enumerate(pairs, start=1)]
    rights = [{"id": f"r{n}", "text": a.match} for n, a in enumerate(parsed.answers, start=1)]
    by_answer = {id(a): f"r{n}" for n, a in enumerate(parsed.answers, start=1)}
    return "matching", {"type": "matching", "left_items": lefts, "right_items": rights,
                        "correct_pairs": [{"left": left["id"], "right": by_answer[id(a)]}
                                          for left, a in zip(lefts, pairs, strict=True)]}


def _essay_from(parsed: ParsedQuestion, wanted: str | None) -> tuple[str, QuestionConfig]:
    return "extended_text", {"type": "extended_text"}


_MAKERS = {"choice": _choice_from, "true_false": _choice_from, "short": _short_from, "numerical": _numerical_from,
           "matching": _matching_from, "essay": _essay_from}
