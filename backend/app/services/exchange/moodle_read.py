"""Reading Moodle XML, as Moodle's "Export questions" writes it and as its documentation describes it: each
<question> mapped to one of our types, or carrying the reason it cannot be (the preview shows it, and the rest of
the file still imports). The XML itself is read safely (safe_xml.py): DTDs and entities are refused.

HTML in Moodle's text becomes our plain text (html_text.py): raw HTML is never stored. The question's first
picture (carried as base64 under @@PLUGINFILE@@, or a data: address) becomes its picture; a picture at a web
address is kept as that address; any other picture is named in the text as "[Picture: …]"."""

from __future__ import annotations

import ast
import html
import math
import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any, NamedTuple
from urllib.parse import unquote

from app.errors import AppError, Invalid
from app.services.exchange import limits, pictures, safe_xml
from app.services.exchange.contents import FileContents, ImportedQuestion, ObjectiveRef, Picture
from app.services.exchange.html_text import html_to_text
from app.services.exchange.moodle_cloze import cloze_question
from app.services.exchange.moodle_xml import (
    COMBINED_FEEDBACK,
    CONFIG_EXTRAS,
    FILE_META,
    NAME,
    OurFields,
    read_tags,
)
from app.services.exchange.safe_xml import text_child, text_of

DEFAULT_TITLE = "Questions from a Moodle XML file"
# An essay from elsewhere with no mark scheme gets this one criterion, so it can be marked until the teacher
# writes one (as GIFT's import does).
ESSAY_CRITERION = "Answers the question fully and correctly"
QuestionConfig = dict[str, Any]  # a question's config as JSON, in the shape of its type (checked later)
QuestionFields = dict[str, Any]  # a question's fields in the shape QuestionIn takes (checked later)
Entry = dict[str, Any]  # one part of a config: an option, an accepted answer, a test
_IMG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_DATA_URL = re.compile(r"^data:image/[a-z+.-]+;base64,(.*)$", re.IGNORECASE | re.DOTALL)
_MARKS = re.compile(r"^(.*?)\s*\((\d+(?:\.\d+)?) marks?\)$", re.DOTALL)


class Skip(Exception):
    """Why a Moodle question has no type of ours to become (it is skipped with this reason)."""


def read(data: bytes) -> FileContents:
    """A Moodle XML file's questions, each mapped to one of our types or carrying the reason it cannot be."""
    root = safe_xml.parse(data, what="Moodle XML")
    if root.tag != "quiz":
        raise Invalid(f"This XML file is not Moodle XML: it starts with <{_tag_name(root.tag)}>, and Moodle XML "
                      "starts with <quiz>. In Moodle, choose Export questions and the Moodle XML format.")
    elements = [child for child in root if child.tag == "question"]
    questions = [q for q in elements if q.get("type") != "category"]
    limits.check_question_count(len(questions))
    if not questions:
        raise Invalid("This Moodle XML file has no questions in it, only categories. Export a category that "
                      "holds questions.")
    meta = _file_meta(root)
    categories = [_category_path(text_child(q.find("category"), "text").text or text_of(q.find("category")))
                  for q in elements if q.get("type") == "category"]
    contents = FileContents(format=NAME, title="")
    for number, element in enumerate(questions, start=1):
        question, picture = _imported(number, element)
        contents.questions.append(question)
        contents.pictures += [picture] if picture else []
    _describe(contents, meta, [c for c in categories if c], elements)
    return contents


def _tag_name(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1][:40] if isinstance(tag, str) else "?"


def _file_meta(root: ET.Element) -> OurFields:
    """Our comment at the top of the file (title, description, year group), when the file has it."""
    for child in root:
        if child.tag is ET.Comment and (child.text or "").strip().startswith(FILE_META):
            value = _json_object(child.text.strip()[len(FILE_META):])
            if value:
                return value
    return {}


def _json_object(text: str) -> OurFields:
    try:
        value = limits.strict_json(text)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def _category_path(path: str) -> str:
    """The last part of a category path such as $course$/top/Networks ("//" is a "/" in a name)."""
    parts = [p.replace("\x00", "/").strip() for p in path.replace("//", "\x00").split("/")]
    named = [p for p in parts if p and p not in ("top", "$course$", "$system$", "$module$", "$coursecategory$")]
    return named[-1] if named else ""


def _describe(contents: FileContents, meta: OurFields, categories: list[str], elements: list[ET.Element]) -> None:
    """The draft's title, description and year: ours from the comment, else from the first category."""
    title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    description = meta.get("description") if isinstance(meta.get("description"), str) else ""
    if not description:
        info = next((q for q in elements if q.get("type") == "category"), None)
        description = _to_text(*text_child(info, "info")) if info is not None else ""
    if categories and not meta:
        description = "\n".join(filter(None, [description, "Categories in the file (not kept): "
                                              + ", ".join(dict.fromkeys(categories)) + "."]))
    year = meta.get("year_group")
    contents.title = (title or (categories[0] if categories else "") or DEFAULT_TITLE)[:200]
    contents.description = description[:5000]
    contents.year_group = year if isinstance(year, int) and 7 <= year <= 9 else None


def _to_text(markup: str, text_format: str) -> str:
    """A piece of Moodle text as our plain text: HTML (and Moodle's auto format) reduced as a browser shows it;
    plain text and Markdown kept as written."""
    if text_format in ("plain_text", "markdown"):
        return "\n".join(line.rstrip() for line in markup.replace("\r\n", "\n").strip("\n").split("\n"))
    return html_to_text(markup, newlines_break=text_format in ("moodle_auto_format", "moodle"))


# --- one question ----------------------------------------------------------------------------------------------


class Parts(NamedTuple):
    """What every question has: its text (HTML with its pictures taken out), our fields from its tags, and the
    type our tag asks for."""

    element: ET.Element
    markup: str
    text_format: str
    ours: OurFields
    wanted: str | None


def _imported(number: int, element: ET.Element) -> tuple[ImportedQuestion, Picture | None]:
    moodle_type = element.get("type", "")
    tags = [text_child(tag, "text").text or text_of(tag) for tag in element.findall("tags/tag")]
    ours, own_tags = read_tags([t.strip() for t in tags if t.strip()])
    wanted = ours.get("type") if isinstance(ours.get("type"), str) else None
    name = _to_text(*text_child(element, "name"))
    try:
        markup, text_format, image = _picture_out(element, number)
        parts = Parts(element, markup, text_format, ours, wanted)
        reader = _READERS.get(moodle_type)
        if reader is None:
            raise Skip(_unknown_type(moodle_type))
        question_type, config, text = reader(parts)
    except Skip as reason:
        return _skipped(number, element, name, str(reason)), None
    except AppError as error:  # a picture that is not a picture, or too large
        return _skipped(number, element, name, error.detail), None
    fields = _fields(parts, question_type, config, text or name, own_tags)
    if image.fields:
        fields |= image.fields
    elif isinstance(ours.get("image_url"), str):  # a picture at an address of ours, such as /img/…
        fields |= {name: ours[name] for name in ("image_url", "image_alt") if name in ours}
    return ImportedQuestion(number=number, fields=fields, objective=_objective(ours.get("objective")),
                            topic=_topic(ours.get("topic"))), image.picture


def _skipped(number: int, element: ET.Element, name: str, reason: str) -> ImportedQuestion:
    text = _to_text(*text_child(element, "questiontext")) or name
    return ImportedQuestion(number=number, fields={"question_text": text, "type": ""}, problem=reason)


def _unknown_type(moodle_type: str) -> str:
    if moodle_type == "description":
        return "It is a description (text with nothing to answer), so there is nothing to import."
    if moodle_type == "random":
        return "It is a random question, which Moodle picks from a category: it has no question of its own."
    return (f"Moodle's ‘{moodle_type[:40]}’ questions have no matching question type here, so it is skipped. "
            "Write it again as one of this app's question types.")


def _topic(value: Any) -> str | None:
    return value[:200] if isinstance(value, str) and value else None


def _objective(value: Any) -> ObjectiveRef | None:
    if isinstance(value, dict) and isinstance(value.get("description"), str) and value["description"]:
        code = value.get("code") if isinstance(value.get("code"), str) else ""
        return ObjectiveRef(code=code[:20], description=value["description"][:5000])
    return None


def _fields(parts: Parts, question_type: str, config: QuestionConfig, text: str,
            own_tags: list[str]) -> QuestionFields:
    """Our question's fields: Moodle's own first, then ours from the tags where they fit its type."""
    element, ours = parts.element, parts.ours
    if parts.wanted == question_type and isinstance(ours.get("config"), dict):
        config |= {k: v for k, v in ours["config"].items() if k in CONFIG_EXTRAS[question_type]
                   and k != "blank_hints"}
    fields: QuestionFields = {"type": question_type, "question_text": text, "config": config,
                              "points": _points(element), "feedback": _feedback(element, question_type),
                              "tags": own_tags[:20]}
    hint = _to_text(*text_child(element, "hint"))
    if hint:
        fields["hint"] = hint if len(hint) <= 1000 else hint[:999] + "…"
    for name in ("difficulty", "time_estimate_seconds", "strands"):
        if name in ours:
            fields[name] = ours[name]
    if parts.wanted == question_type:
        fields |= {name: ours[name] for name in ("scaffold", "feedback") if name in ours}
    if question_type == "extended_text" and "marking_guide" not in config:
        config["marking_guide"] = _mark_scheme(element, fields["points"])
    return fields


def _points(element: ET.Element) -> int:
    """Moodle's default grade as our whole points, 1 to 10 (a grade outside that is brought inside it)."""
    try:
        value = float(text_of(element.find("defaultgrade")) or 1)
    except ValueError:
        value = 1
    return max(1, min(10, round(value))) if math.isfinite(value) else 1


def _feedback(element: ET.Element, question_type: str) -> dict[str, str]:
    """Moodle's correct / partly correct / incorrect feedback where the type has them, else its general
    feedback for all three."""
    general = _to_text(*text_child(element, "generalfeedback"))
    if question_type not in COMBINED_FEEDBACK:
        return {"correct": general, "incorrect": general, "partial": general}
    combined = {key: _to_text(*text_child(element, name)) for key, name in (
        ("correct", "correctfeedback"), ("partial", "partiallycorrectfeedback"), ("incorrect", "incorrectfeedback"))}
    return combined if any(combined.values()) else {"correct": general, "incorrect": general, "partial": general}


def _mark_scheme(element: ET.Element, points: int) -> QuestionConfig:
    """The grader's information as a mark scheme: one criterion a line when each line ends "(n marks)" and they
    add up to the question's points, else the whole of it as one criterion."""
    info = _to_text(*text_child(element, "graderinfo"))
    lines = [line.strip() for line in info.split("\n") if line.strip()]
    found = [_MARKS.match(line) for line in lines]
    if lines and all(found) and sum(float(m.group(2)) for m in found) == points:
        scheme = [{"criterion": m.group(1)[:2000], "points": float(m.group(2))} for m in found]
    else:
        scheme = [{"criterion": (" ".join(lines) or ESSAY_CRITERION)[:2000], "points": points}]
    return {"points_available": points, "mark_scheme": scheme}


# --- pictures --------------------------------------------------------------------------------------------------


class Image(NamedTuple):
    fields: dict[str, Any]
    picture: Picture | None


def _picture_out(element: ET.Element, number: int) -> tuple[str, str, Image]:
    """The question's HTML with its pictures taken out: the first becomes its picture, the others are named."""
    holder = element.find("questiontext")
    markup, text_format = text_child(element, "questiontext")
    files = {f.get("name", ""): f for f in (holder.findall("file") if holder is not None else [])}
    found: list[Image] = []

    def take(match: re.Match) -> str:
        attributes = {m.group(1).lower(): html.unescape(next(g for g in m.groups()[1:] if g is not None))
                      for m in _ATTRIBUTE.finditer(match.group(0))}
        alt = attributes.get("alt", "").strip()
        if not found:
            image = _image(attributes.get("src", ""), alt, files, number)
            if image:
                found.append(image)
                return ""
        return f" [Picture: {alt}] " if alt else " [Picture] "

    markup = _IMG.sub(take, markup)
    return markup, text_format, found[0] if found else Image({}, None)


def _image(src: str, alt: str, files: dict[str, ET.Element], number: int) -> Image | None:
    """A picture from an <img>: a file carried in the question, a data: address, or a web address."""
    src = src.strip()
    alt_field = {"image_alt": alt[:500]} if alt else {}
    if src.startswith("@@PLUGINFILE@@/"):
        name = unquote(src[len("@@PLUGINFILE@@/"):]).rsplit("/", 1)[-1]
        carried = files.get(name)
        if carried is None or carried.get("encoding", "base64") != "base64":
            return None
        data = "".join((carried.text or "").split())
    elif found := _DATA_URL.match(src):
        name, data = f"picture-{number}", "".join(found.group(1).split())
    elif src.startswith(("https://", "http://")) and len(src) <= 500:
        return Image({"image_url": src, **alt_field}, None)
    else:
        return None
    url = f"/api/media/{uuid.uuid4()}"
    picture = pictures.decode(url=url, filename=name[:255], text=data)
    return Image({"image_url": url, **alt_field}, picture)


# --- the types -------------------------------------------------------------------------------------------------


def _flag(element: ET.Element, name: str, default: bool) -> bool:
    value = text_of(element.find(name)).strip().lower()
    return default if not value else value in ("1", "true", "yes")


def _fraction(answer: ET.Element) -> float:
    try:
        value = float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0
    return value if math.isfinite(value) else 0.0


class Answer(NamedTuple):
    fraction: float
    text: str
    feedback: str
    element: ET.Element


def _answers(element: ET.Element, *, html: bool = True) -> list[Answer]:
    found = []
    for answer in element.findall("answer"):
        raw = text_child(answer, "text").text if answer.find("text") is not None else text_of(answer)
        text = _to_text(raw, answer.get("format", "html")) if html else raw.strip()
        found.append(Answer(_fraction(answer), text, _to_text(*text_child(answer, "feedback")), answer))
    return found


def _question_text(parts: Parts) -> str:
    return _to_text(parts.markup, parts.text_format)


def _options(answers: list[Answer], right: Callable[[Answer], bool]) -> list[Entry]:
    return [{"id": f"o{n}", "text": a.text, "is_correct": right(a),
             **({"distractor_feedback": a.feedback} if a.feedback and not right(a) else {})}
            for n, a in enumerate(answers, start=1)]


def _multichoice(parts: Parts) -> tuple[str, QuestionConfig, str]:
    """One answer (single) is multiple choice, its full-marks answer the right one; several answers is multiple
    select, every answer with a grade above 0 a right one."""
    answers = _answers(parts.element)
    if not any(a.fraction > 0 for a in answers):
        raise Skip("None of its answers is marked right (a grade above 0%).")
    shuffle = _flag(parts.element, "shuffleanswers", True)
    if _flag(parts.element, "single", True) and parts.wanted != "multiple_select":
        best = max(a.fraction for a in answers)
        return "multiple_choice", {"type": "multiple_choice", "options": _options(
            answers, lambda a: a.fraction >= best), "shuffle_options": shuffle}, _question_text(parts)
    return "multiple_select", {"type": "multiple_select", "options": _options(answers, lambda a: a.fraction > 0),
                               "shuffle_options": shuffle}, _question_text(parts)


def _truefalse(parts: Parts) -> tuple[str, QuestionConfig, str]:
    answers = [a._replace(text=a.text.strip().capitalize()) for a in _answers(parts.element, html=False)]
    if not any(a.fraction > 0 for a in answers):
        raise Skip("Neither True nor False is marked right.")
    return "multiple_choice", {"type": "multiple_choice", "options": _options(answers, lambda a: a.fraction > 0),
                               "shuffle_options": False}, _question_text(parts)


def _accepted(answers: list[Answer], case_sensitive: bool) -> list[Entry]:
    """The answers that earn marks, as accepted answers; one that differs only in case (when case does not
    matter) is one answer, with the better mark."""
    accepted: dict[str, Entry] = {}
    for answer in answers:
        if answer.fraction <= 0:
            continue
        if "*" in answer.text:
            raise Skip(f"Its answer ‘{answer.text[:60]}’ uses * to match any letters. This app marks exact answers: "
                       "list each answer it should accept.")
        points = round(min(answer.fraction / 100, 1), 5)
        key = answer.text if case_sensitive else " ".join(answer.text.casefold().split())
        if key not in accepted or accepted[key]["points"] < points:
            accepted[key] = {"text": accepted[key]["text"] if key in accepted else answer.text, "points": points}
    if not accepted:
        raise Skip("None of its answers earns marks (a grade above 0%).")
    return list(accepted.values())


def _shortanswer(parts: Parts) -> tuple[str, QuestionConfig, str]:
    answers = _answers(parts.element, html=False)
    if parts.wanted == "binary_convert" and answers:
        return "binary_convert", {"type": "binary_convert", "correct_answer": answers[0].text}, _question_text(parts)
    case_sensitive = _flag(parts.element, "usecase", False)
    return "text_input", {"type": "text_input", "accepted_answers": _accepted(answers, case_sensitive),
                          "case_sensitive": case_sensitive}, _question_text(parts)


def _numerical(parts: Parts) -> tuple[str, QuestionConfig, str]:
    """Exact numbers only: an answer with a tolerance is a range, which this app cannot mark."""
    exact = []
    for answer in _answers(parts.element, html=False):
        if answer.text == "*" or answer.fraction <= 0:
            continue
        tolerance = text_of(answer.element.find("tolerance")).strip() or "0"
        if _number(tolerance) != 0:
            raise Skip(f"Skipped: we cannot mark a range of numbers (‘{answer.text} ± {tolerance}’). Give one exact "
                       "answer instead.")
        number = _number(answer.text)
        exact.append(answer._replace(text=str(int(number)) if number.is_integer() else repr(number)))
    if parts.wanted == "binary_convert" and exact:
        return "binary_convert", {"type": "binary_convert", "correct_answer": exact[0].text}, _question_text(parts)
    return "text_input", {"type": "text_input", "accepted_answers": _accepted(exact, False)}, _question_text(parts)


def _number(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise Skip(f"‘{text[:40]}’ is not a number, so this numerical question cannot be read.") from None
    if not math.isfinite(value):
        raise Skip(f"‘{text[:40]}’ is too large a number to keep.")
    return value


def _essay(parts: Parts) -> tuple[str, QuestionConfig, str]:
    config: QuestionConfig = {"type": "extended_text"}
    for ours, name in (("min_words", "minwordlimit"), ("max_words", "maxwordlimit")):
        value = text_of(parts.element.find(name)).strip()
        if value.isdigit() and int(value) > 0:
            config[ours] = int(value)
    return "extended_text", config, _question_text(parts)


def _matching(parts: Parts) -> tuple[str, QuestionConfig, str]:
    """Each subquestion with text is a pair; one with no text only adds its answer (a distractor)."""
    left, right, pairs = [], [], []
    for n, sub in enumerate(parts.element.findall("subquestion"), start=1):
        text = _to_text(text_child(sub, "text").text, sub.get("format", "html"))
        answer = text_child(sub, "answer").text.strip()
        right.append({"id": f"r{n}", "text": answer})
        if text:
            left.append({"id": f"l{n}", "text": text})
            pairs.append({"left": f"l{n}", "right": f"r{n}"})
    return "matching", {"type": "matching", "left_items": left, "right_items": right, "correct_pairs": pairs,
                        "shuffle_right": _flag(parts.element, "shuffleanswers", True)}, _question_text(parts)


def _ordering(parts: Parts) -> tuple[str, QuestionConfig, str]:
    """The `ordering` plugin's items; each one's fraction is its position (the file's order when they are not
    all different)."""
    answers = _answers(parts.element)
    fractions = [a.fraction for a in answers]
    if len(set(fractions)) == len(fractions):
        answers = sorted(answers, key=lambda a: a.fraction)
    items = [{"id": f"i{n}", "text": a.text, "correct_position": n} for n, a in enumerate(answers, start=1)]
    return "ordering", {"type": "ordering", "items": items}, _question_text(parts)


def _cloze(parts: Parts) -> tuple[str, QuestionConfig, str]:
    hints = (parts.ours.get("config") or {}).get("blank_hints") if parts.wanted == "code_completion" else None
    try:
        text, config = cloze_question(parts.markup, hints if isinstance(hints, list) else None)
    except ValueError as reason:
        raise Skip(str(reason)) from None
    return "code_completion", config, text


def _coderunner(parts: Parts) -> tuple[str, QuestionConfig, str]:
    """A CodeRunner python3 question whose tests print an expression (print(f(2)) or print(repr(f(2))))."""
    element = parts.element
    language = text_of(element.find("coderunnertype")).strip()
    if not language.startswith("python3"):
        raise Skip(f"This CodeRunner question is in ‘{language[:40] or 'an unnamed language'}’. Only Python 3 "
                   "questions can be imported.")
    solution = text_child(element, "answer").text
    if not solution.strip():
        raise Skip("It has no sample answer (CodeRunner's Answer box), which is needed to check its tests.")
    tests = [_test(n, case) for n, case in enumerate(element.findall("testcases/testcase"), start=1)]
    if not tests:
        raise Skip("It has no test cases, so there is nothing to mark it with.")
    config: QuestionConfig = {"type": "python_code", "starter_code": text_child(element, "answerpreload").text,
                              "test_cases": tests, "reference_solution": solution}
    limit = text_of(element.find("cputimelimitsecs")).strip()
    if re.fullmatch(r"\d+(\.\d+)?", limit):
        config["time_limit_seconds"] = float(limit)
    return "python_code", config, _question_text(parts)


def _test(number: int, case: ET.Element) -> Entry:
    if text_child(case, "stdin").text.strip():
        raise Skip(f"Test {number} gives the program input (stdin). This app's Python questions test a function "
                   "with an expression, such as is_even(4).")
    code = text_child(case, "testcode").text.strip()
    expression, printed_repr = _printed(code)
    if expression is None:
        raise Skip(f"Test {number} (‘{code[:60]}’) does not print one expression. This app's Python questions "
                   "test an expression, such as print(is_even(4)).")
    expected = text_child(case, "expected").text.rstrip()
    if not printed_repr and not _is_literal(expected):
        expected = repr(expected)  # print() showed a string without its quotes; ours compares repr()
    return {"input": expression, "expected": expected, "visible": text_child(case, "display").text.strip() != "HIDE"}


def _printed(code: str) -> tuple[str | None, bool]:
    """The expression a test prints, as written, and whether it prints its repr()."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return None, False
    call = tree.body[0].value if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr) else None
    if not (isinstance(call, ast.Call) and getattr(call.func, "id", "") == "print" and len(call.args) == 1
            and not call.keywords):
        return None, False
    argument = call.args[0]
    if isinstance(argument, ast.Call) and getattr(argument.func, "id", "") == "repr" and len(argument.args) == 1:
        return ast.get_source_segment(code, argument.args[0]), True
    return ast.get_source_segment(code, argument), False


def _is_literal(text: str) -> bool:
    try:
        ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return False
    return True


_READERS: dict[str, Callable[[Parts], tuple[str, QuestionConfig, str]]] = {
    "multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer, "numerical": _numerical,
    "essay": _essay, "matching": _matching, "ordering": _ordering, "multianswer": _cloze,
    "coderunner": _coderunner,
}
