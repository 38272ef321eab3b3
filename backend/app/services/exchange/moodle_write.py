"""Writing Moodle XML as Moodle's own "Export questions" writes it, so Moodle imports it as its own: a category
named after the assessment, then each question with its name, HTML text (a picture carried inside it as base64
under @@PLUGINFILE@@), general feedback, grade, hint and tags. Types Moodle cannot express are left out, each
with an XML comment where it would be, and listed in a comment at the top."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

from app.models import Question
from app.question_types import binary_convert, code_completion
from app.services.exchange import pictures
from app.services.exchange.contents import MEDIA_URL, ExportSource
from app.services.exchange.html_text import text_to_html
from app.services.exchange.moodle_xml import (
    COMBINED_FEEDBACK,
    CONFIG_EXTRAS,
    FILE_META,
    MOODLE_TYPES,
    tags_for,
)

PENALTY = "0.3333333"  # Moodle's default penalty for each wrong try
# Characters XML 1.0 cannot hold at all: dropped, so the file always parses.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Inside a Cloze gap these characters are the gap's own syntax, so an answer writes them with a backslash.
_CLOZE_SPECIAL = re.compile(r'([\\}#~/"])')
QuestionConfig = dict[str, Any]


def write(source: ExportSource) -> bytes:
    """Every question Moodle can express, in order, after a category named after the assessment."""
    assessment = source.assessment
    quiz = ET.Element("quiz")
    meta = {"title": assessment.title, "description": assessment.description, "year_group": assessment.year_group}
    quiz.append(ET.Comment(f" {FILE_META} {_comment_json(meta)} "))
    left_out = Counter(q.type for q in source.questions if q.type not in MOODLE_TYPES)
    if left_out:
        listed = ", ".join(f"{name} ({count})" for name, count in sorted(left_out.items()))
        quiz.append(ET.Comment(f" Moodle XML cannot express these question types, so they are left out: {listed}. "))
    quiz.append(_category(assessment.title, assessment.description))
    for number, question in enumerate(source.questions, start=1):
        if question.type in MOODLE_TYPES:
            quiz.append(ET.Comment(f" question: {number} "))
            quiz.append(_question(number, question, source))
        else:
            quiz.append(ET.Comment(f" Question {number} ({question.type}) is left out: Moodle has no question type "
                                   "that asks and marks it the same way. "))
    ET.indent(quiz)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n").encode()


def _comment_json(value: Any) -> str:
    """JSON safe inside an XML comment (which may not hold "--"): only strings can hold it, so it is escaped."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("--", "-\\u002d")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _plain(parent: ET.Element, name: str, text: str = "") -> ET.Element:
    element = ET.SubElement(parent, name)
    element.text = _clean(text)
    return element


def _text(parent: ET.Element, name: str, text: str, text_format: str | None = None) -> ET.Element:
    """<name format="…"><text>…</text></name>, as Moodle wraps each piece of text."""
    element = ET.SubElement(parent, name, {"format": text_format} if text_format else {})
    _plain(element, "text", text)
    return element


def _html(text: str | None, paragraph: bool = True) -> str:
    if not text:
        return ""
    markup = text_to_html(text)
    return markup if paragraph else markup[len("<p>"):-len("</p>")]


def _category(title: str, description: str) -> ET.Element:
    element = ET.Element("question", {"type": "category"})
    _text(element, "category", "$course$/top/" + title.replace("/", "//"))
    _text(element, "info", _html(description), "html")
    _plain(element, "idnumber")
    return element


def _question(number: int, question: Question, source: ExportSource) -> ET.Element:
    config = question.config or {}
    feedback = question.feedback or {}
    combined = question.type in COMBINED_FEEDBACK
    element = ET.Element("question", {"type": _moodle_type(question)})
    short = " ".join(question.question_text.split())
    _text(element, "name", f"Q{number} {short[:60]}".strip())
    text = _QUESTION_TEXT.get(question.type, _plain_question_text)(question)
    question_text = _text(element, "questiontext", text + _picture(number, question, source), "html")
    _picture_file(question_text, number, question, source)
    _text(element, "generalfeedback", "" if combined else _html(feedback.get("correct")), "html")
    _plain(element, "defaultgrade", f"{question.points:.7f}")
    _plain(element, "penalty", PENALTY)
    _plain(element, "hidden", "0")
    _plain(element, "idnumber")
    _WRITERS[question.type](element, config)
    if combined:
        for name, key in (("correctfeedback", "correct"), ("partiallycorrectfeedback", "partial"),
                          ("incorrectfeedback", "incorrect")):
            _text(element, name, _html(feedback.get(key)), "html")
        ET.SubElement(element, "shownumcorrect")
    if question.hint:
        _text(element, "hint", _html(question.hint), "html")
    _tags(element, question, source, config, combined)
    return element


def _tags(element: ET.Element, question: Question, source: ExportSource, config: QuestionConfig,
          combined: bool) -> None:
    objective = source.objectives.get(question.learning_objective_id) if question.learning_objective_id else None
    extras = {key: config[key] for key in CONFIG_EXTRAS[question.type] if key in config}
    if question.type == "code_completion":
        extras["blank_hints"] = [blank.get("hint") for blank in config.get("blanks", [])]
    tags = tags_for(question, objective={"code": objective.code, "description": objective.description}
                    if objective else None, topic=source.topics.get(question.topic_id) if question.topic_id else None,
                    feedback=not combined, config=extras)
    if question.image_url and not MEDIA_URL.match(question.image_url):  # an uploaded one is in the text
        tags.append(f"ks3:image={question.image_url}")
        if question.image_alt:
            tags.append(f"ks3:image_alt={question.image_alt}")
    holder = ET.SubElement(element, "tags")
    for tag in tags:
        _plain(ET.SubElement(holder, "tag"), "text", tag)


def _moodle_type(question: Question) -> str:
    if question.type == "binary_convert" and _binary_answer(question.config or {})[1]:
        return "numerical"
    return MOODLE_TYPES[question.type]


def _file_name(number: int, question: Question, source: ExportSource) -> str:
    media = source.pictures[question.image_url]
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", media.filename or "picture").strip("-") or "picture"
    return f"q{number}-{safe}"


def _picture(number: int, question: Question, source: ExportSource) -> str:
    """The question's uploaded picture as Moodle shows one: an <img> whose file is carried in the question."""
    if not question.image_url or question.image_url not in source.pictures:
        return ""
    alt = html.escape(question.image_alt or "", quote=True)
    return f'<p><img src="@@PLUGINFILE@@/{quote(_file_name(number, question, source))}" alt="{alt}"></p>'


def _picture_file(parent: ET.Element, number: int, question: Question, source: ExportSource) -> None:
    if question.image_url and question.image_url in source.pictures:
        file = ET.SubElement(parent, "file", {"name": _file_name(number, question, source), "path": "/",
                                              "encoding": "base64"})
        file.text = pictures.encode(source.pictures[question.image_url])


def _plain_question_text(question: Question) -> str:
    return _html(question.question_text)


def _cloze_text(question: Question) -> str:
    """The question's words, then its code in <pre> with each blank a Cloze gap {1:SHORTANSWER_C:=answer}
    (case-sensitive, as our blanks are)."""
    config = question.config or {}
    answers = {b.get("id"): b.get("correct_answers", []) for b in config.get("blanks", [])}
    template = config.get("code_template", "")
    pieces, at = [], 0
    for marker in code_completion.MARKER.finditer(template):
        pieces.append(html.escape(template[at:marker.start()], quote=False))
        gap = "~".join("=" + _CLOZE_SPECIAL.sub(r"\\\1", html.escape(a, quote=False))
                       for a in answers.get(marker.group(1), []))
        pieces.append(f"{{1:SHORTANSWER_C:{gap}}}")
        at = marker.end()
    pieces.append(html.escape(template[at:], quote=False))
    return _html(question.question_text) + "<pre>" + "".join(pieces) + "</pre>"


_QUESTION_TEXT: dict[str, Callable[[Question], str]] = {"code_completion": _cloze_text}


def _fraction(value: float) -> str:
    """A fraction as Moodle writes it: 100, 33.33333, -50."""
    return f"{value:.7f}".rstrip("0").rstrip(".")


def _answer(parent: ET.Element, fraction: float, text: str, text_format: str, feedback: str | None = None) -> ET.Element:
    answer = ET.SubElement(parent, "answer", {"fraction": _fraction(fraction), "format": text_format})
    _plain(answer, "text", text)
    _text(answer, "feedback", _html(feedback), "html")
    return answer


def _choices(element: ET.Element, config: QuestionConfig, single: bool, fraction: Callable[[bool], float]) -> None:
    _plain(element, "single", "true" if single else "false")
    _plain(element, "shuffleanswers", "true" if config.get("shuffle_options", True) else "false")
    _plain(element, "answernumbering", "abc")
    _plain(element, "showstandardinstruction", "0")
    for option in config.get("options", []):
        _answer(element, fraction(bool(option.get("is_correct"))), _html(option.get("text"), paragraph=False), "html",
                option.get("distractor_feedback"))


def _multiple_choice(element: ET.Element, config: QuestionConfig) -> None:
    _choices(element, config, True, lambda right: 100 if right else 0)


def _multiple_select(element: ET.Element, config: QuestionConfig) -> None:
    """Right answers share 100%, wrong ones share -100%, so choosing everything scores nothing (as ours)."""
    options = config.get("options", [])
    right = sum(1 for o in options if o.get("is_correct")) or 1
    wrong = (len(options) - right) or 1
    _choices(element, config, False, lambda is_right: 100 / right if is_right else -100 / wrong)


def _short_answer(element: ET.Element, config: QuestionConfig) -> None:
    _plain(element, "usecase", "1" if config.get("case_sensitive") else "0")
    for accepted in config.get("accepted_answers", []):
        _answer(element, float(accepted.get("points", 1)) * 100, accepted.get("text", ""), "moodle_auto_format")


def _binary_answer(config: QuestionConfig) -> tuple[str, bool]:
    """The answer to a conversion, and whether it is denary (a Moodle numerical question)."""
    try:
        answer = binary_convert.normalise(binary_convert.Config.model_validate(config)).correct_answer
    except ValueError:
        answer = config.get("correct_answer")
    answer = "" if answer is None else str(answer)
    return answer, str(config.get("conversion_type", "")).endswith("_to_decimal") and answer.isdigit()


def _binary(element: ET.Element, config: QuestionConfig) -> None:
    """A denary answer is a numerical question with no tolerance; a binary or hexadecimal one a short answer."""
    answer, denary = _binary_answer(config)
    if not denary:
        _plain(element, "usecase", "0")
        _answer(element, 100, answer, "moodle_auto_format")
        return
    _plain(_answer(element, 100, answer, "moodle_auto_format"), "tolerance", "0")
    for name, value in (("unitgradingtype", "0"), ("unitpenalty", "0.1000000"), ("showunits", "3"),
                        ("unitsleft", "0")):
        _plain(element, name, value)


def _essay(element: ET.Element, config: QuestionConfig) -> None:
    """An essay answered in the editor, with its word limits and the mark scheme as the grader's information."""
    for name, value in (("responseformat", "editor"), ("responserequired", "1"), ("responsefieldlines", "10"),
                        ("minwordlimit", str(config.get("min_words") or "")),
                        ("maxwordlimit", str(config.get("max_words") or "")), ("attachments", "0"),
                        ("attachmentsrequired", "0"), ("maxbytes", "0"), ("filetypeslist", "")):
        _plain(element, name, value)
    scheme = (config.get("marking_guide") or {}).get("mark_scheme", [])
    items = "".join(f"<li>{html.escape(str(c.get('criterion', '')), quote=False)} ({_marks(c.get('points'))})</li>"
                    for c in scheme)
    _text(element, "graderinfo", f"<ul>{items}</ul>" if items else "", "html")
    _text(element, "responsetemplate", "", "html")


def _marks(points: Any) -> str:
    value = points if isinstance(points, int | float) else 0
    shown = f"{value:g}"
    return f"{shown} mark" if value == 1 else f"{shown} marks"


def _matching(element: ET.Element, config: QuestionConfig) -> None:
    """Each pair a subquestion; a right item with no partner a subquestion with no text (Moodle's distractor)."""
    _plain(element, "shuffleanswers", "true" if config.get("shuffle_right", True) else "false")
    right = {i.get("id"): i.get("text", "") for i in config.get("right_items", [])}
    left = {i.get("id"): i.get("text", "") for i in config.get("left_items", [])}
    pairs = config.get("correct_pairs", [])
    for pair in pairs:
        _subquestion(element, _html(left.get(pair.get("left")), paragraph=False), right.get(pair.get("right"), ""))
    paired = {p.get("right") for p in pairs}
    for right_id, text in right.items():
        if right_id not in paired:
            _subquestion(element, "", text)


def _subquestion(element: ET.Element, text: str, answer: str) -> None:
    sub = ET.SubElement(element, "subquestion", {"format": "html"})
    _plain(sub, "text", text)
    _plain(ET.SubElement(sub, "answer"), "text", answer)


def _ordering(element: ET.Element, config: QuestionConfig) -> None:
    """The `ordering` plugin: items in their right order, each one's fraction its position; every item in its
    absolute position scores, as ours does."""
    for name, value in (("layouttype", "VERTICAL"), ("selecttype", "ALL"), ("selectcount", "0"),
                        ("gradingtype", "ABSOLUTE_POSITION"), ("showgrading", "SHOW"), ("numberingstyle", "none")):
        _plain(element, name, value)
    items = sorted(config.get("items", []), key=lambda i: i.get("correct_position", 0))
    for position, item in enumerate(items, start=1):
        answer = ET.SubElement(element, "answer", {"fraction": f"{position}.0000000", "format": "html"})
        _plain(answer, "text", _html(item.get("text"), paragraph=False))


def _cloze(element: ET.Element, config: QuestionConfig) -> None:
    """A Cloze question holds everything in its text (see _cloze_text)."""


def _coderunner(element: ET.Element, config: QuestionConfig) -> None:
    """CodeRunner, python3: the starter code preloaded, the reference solution as its answer, each test printing
    its expression (with repr() when the expected value is a string, as ours compares repr())."""
    for name, value in (("coderunnertype", "python3"), ("prototypetype", "0"), ("allornothing", "0"),
                        ("penaltyregime", "0"), ("precheck", "0"), ("showsource", "0"), ("answerboxlines", "18"),
                        ("answerpreload", config.get("starter_code", "")),
                        ("answer", config.get("reference_solution", "")), ("validateonsave", "1"),
                        ("cputimelimitsecs", f"{config.get('time_limit_seconds', 5):g}")):
        _plain(element, name, value)
    tests = ET.SubElement(element, "testcases")
    for test in config.get("test_cases", []):
        visible = test.get("visible", True)
        case = ET.SubElement(tests, "testcase", {"testtype": "0", "useasexample": "1" if visible else "0",
                                                 "hiderestiffail": "0", "mark": "1.0000000"})
        expected = str(test.get("expected", ""))
        expression = test.get("input", "")
        printed = f"print(repr({expression}))" if expected.startswith(("'", '"')) else f"print({expression})"
        for name, value in (("testcode", printed), ("stdin", ""), ("expected", expected), ("extra", ""),
                            ("display", "SHOW" if visible else "HIDE")):
            _text(case, name, value)


_WRITERS: dict[str, Callable[[ET.Element, QuestionConfig], None]] = {
    "multiple_choice": _multiple_choice, "multiple_select": _multiple_select, "text_input": _short_answer,
    "binary_convert": _binary, "extended_text": _essay, "matching": _matching, "ordering": _ordering,
    "code_completion": _cloze, "python_code": _coderunner,
}
