"""Each question type QTI 3.0 can express, as the parts of a qti-assessment-item: its response declarations,
the interaction in its body, and how it is scored (a standard response processing template where one scores it
exactly, else the same rules written out).

Scores are in points: SCORE runs from 0 to MAXSCORE (the question's points), and partial credit is a qti-mapping
whose values add up exactly as our marking does (multiple select: +points/right for each right choice, −points/
right for each wrong one, never below 0; matching: points/pairs for each right pair; a short answer: its
accepted answers, each with its share of the points). Ordering gives points/items for each item in its place,
which no template expresses, so its rules are written out with qti-index."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from app.question_types import binary_convert
from app.question_types.code_completion import MARKER, markers
from app.services.exchange.qti_text import append_inline
from app.services.exchange.qti_xml import child, element, number

TEMPLATES = "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/"
MATCH_CORRECT = TEMPLATES + "match_correct.xml"
MAP_RESPONSE = TEMPLATES + "map_response.xml"
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")
OUR_OUTCOMES = {"SCORE", "MAXSCORE", "FEEDBACK", "FEEDBACKBASIC", "RESPONSE"}
QuestionConfig = dict[str, Any]


@dataclass
class ItemParts:
    """What one type adds to an item: declarations, body blocks, scoring (a template's address, or rules)."""

    responses: list[Element] = field(default_factory=list)
    body: list[Element] = field(default_factory=list)
    template: str | None = None
    rules: list[Element] = field(default_factory=list)
    # The cardinality of FEEDBACK when choices carry their own feedback (FEEDBACK is then set to the response).
    choice_feedback: str | None = None
    rubric: Element | None = None
    human_scored: bool = False


class NotExpressible(Exception):
    """Why this question cannot be written as QTI (it is then left out, and listed)."""


def identifiers(ids: list[str], prefix: str) -> list[str]:
    """Our ids as QTI identifiers: kept when already valid and distinct, otherwise PREFIX1, PREFIX2…"""
    valid = all(IDENTIFIER.match(i) and i not in OUR_OUTCOMES for i in ids) and len(set(ids)) == len(ids)
    return list(ids) if valid else [f"{prefix}{n}" for n in range(1, len(ids) + 1)]


def response_declaration(identifier: str, cardinality: str, base_type: str, correct: list[str],
                         mapping: list[tuple[str, float, bool]] | None = None,
                         bounds: tuple[float | None, float | None] = (None, None)) -> Element:
    """A qti-response-declaration with its correct response and, for partial credit, its mapping."""
    node = element("qti-response-declaration",
                   {"identifier": identifier, "cardinality": cardinality, "base-type": base_type})
    if correct:
        correct_node = child(node, "qti-correct-response")
        for value in correct:
            child(correct_node, "qti-value", text=value)
    if mapping:
        lower, upper = bounds
        mapping_node = child(node, "qti-mapping", {
            "default-value": "0", "lower-bound": number(lower) if lower is not None else None,
            "upper-bound": number(upper) if upper is not None else None})
        for key, value, case_sensitive in mapping:
            child(mapping_node, "qti-map-entry", {"map-key": key, "mapped-value": number(value),
                                                  "case-sensitive": "true" if case_sensitive else "false"})
    return node


def _set_score(expression: Element) -> Element:
    node = element("qti-set-outcome-value", {"identifier": "SCORE"})
    node.append(expression)
    return node


def _variable(identifier: str) -> Element:
    return element("qti-variable", {"identifier": identifier})


def _base(base_type: str, value: str) -> Element:
    return element("qti-base-value", {"base-type": base_type}, value)


def _condition(test: Element, then: list[Element], otherwise: list[Element] | None = None) -> Element:
    node = element("qti-response-condition")
    branch = child(node, "qti-response-if")
    branch.append(test)
    branch.extend(then)
    if otherwise:
        child(node, "qti-response-else").extend(otherwise)
    return node


def _wrap(tag: str, *children_: Element, attributes: dict[str, str] | None = None) -> Element:
    node = element(tag, attributes)
    node.extend(children_)
    return node


def match_correct_rules() -> list[Element]:
    """The match_correct template written out, scoring MAXSCORE (the points) rather than 1."""
    return [_condition(_wrap("qti-match", _variable("RESPONSE"), element("qti-correct", {"identifier": "RESPONSE"})),
                       [_set_score(_variable("MAXSCORE"))], [_set_score(_base("float", "0"))])]


def map_response_rules(identifier: str = "RESPONSE") -> list[Element]:
    """The map_response template written out."""
    return [_condition(_wrap("qti-is-null", _variable(identifier)), [_set_score(_base("float", "0"))],
                       [_set_score(element("qti-map-response", {"identifier": identifier}))])]


def feedback_rules() -> list[Element]:
    """FEEDBACKBASIC set to correct, partial or incorrect from the score, for the question's feedback."""
    def set_to(value: str) -> Element:
        node = element("qti-set-outcome-value", {"identifier": "FEEDBACKBASIC"})
        node.append(_base("identifier", value))
        return node

    node = _condition(_wrap("qti-gte", _variable("SCORE"), _variable("MAXSCORE")), [set_to("correct")])
    partial = element("qti-response-else-if")
    partial.extend([_wrap("qti-gt", _variable("SCORE"), _base("float", "0")), set_to("partial")])
    node.append(partial)
    child(node, "qti-response-else").append(set_to("incorrect"))
    return [node]


# --- the types ---------------------------------------------------------------------------------------------------


def _choice(config: QuestionConfig, points: int, *, single: bool) -> ItemParts:
    options = config.get("options", [])
    ids = identifiers([o["id"] for o in options], "CHOICE")
    correct = [i for i, o in zip(ids, options, strict=True) if o.get("is_correct")]
    has_feedback = any(o.get("distractor_feedback") for o in options)
    interaction = element("qti-choice-interaction", {
        "response-identifier": "RESPONSE", "shuffle": str(bool(config.get("shuffle_options", True))).lower(),
        "max-choices": "1" if single else str(config.get("max_selections") or 0),
        "min-choices": "1" if single else str(config.get("min_selections", 1))})
    for identifier, option in zip(ids, options, strict=True):
        choice = child(interaction, "qti-simple-choice", {"identifier": identifier})
        append_inline(choice, option["text"])
        if option.get("distractor_feedback"):
            feedback = child(choice, "qti-feedback-inline", {"outcome-identifier": "FEEDBACK",
                                                            "identifier": identifier, "show-hide": "show"})
            append_inline(feedback, " " + option["distractor_feedback"])
    parts = ItemParts(body=[interaction], choice_feedback=("single" if single else "multiple") if has_feedback else None)
    if single:
        parts.responses = [response_declaration("RESPONSE", "single", "identifier", correct)]
        parts.template, parts.rules = (MATCH_CORRECT, []) if points == 1 else (None, match_correct_rules())
        return parts
    share = points / max(len(correct), 1)
    mapping = [(i, share if o.get("is_correct") else -share, True) for i, o in zip(ids, options, strict=True)]
    parts.responses = [response_declaration("RESPONSE", "multiple", "identifier", correct, mapping, (0, points))]
    parts.template = MAP_RESPONSE
    return parts


def _text_entry(answers: list[tuple[str, float]], case_sensitive: bool, points: int) -> ItemParts:
    """One gap for a typed answer: the best answer is the correct response, every accepted one is in the mapping."""
    seen: dict[str, float] = {}
    for text, share in answers:
        seen[text] = max(share, seen.get(text, 0))
    best = max(seen, key=lambda text: seen[text]) if seen else ""
    mapping = [(text, share * points, case_sensitive) for text, share in seen.items()]
    longest = max((len(text) for text in seen), default=10)
    gap = element("p")
    child(gap, "qti-text-entry-interaction", {"response-identifier": "RESPONSE", "expected-length": str(longest + 5)})
    return ItemParts(responses=[response_declaration("RESPONSE", "single", "string", [best] if best else [],
                                                     mapping, (0, points))],
                     body=[gap], template=MAP_RESPONSE)


def _text_input(config: QuestionConfig, points: int) -> ItemParts:
    answers = [(a["text"], float(a.get("points", 1))) for a in config.get("accepted_answers", [])]
    return _text_entry(answers, bool(config.get("case_sensitive")), points)


def _binary(config: QuestionConfig, points: int) -> ItemParts:
    try:
        answer = binary_convert.normalise(binary_convert.Config.model_validate(config)).correct_answer
    except ValueError:
        answer = config.get("correct_answer")
    return _text_entry([(str(answer), 1.0)] if answer not in (None, "") else [], False, points)


def _extended(config: QuestionConfig, points: int) -> ItemParts:
    guide = config.get("marking_guide") or {}
    rubric = element("qti-rubric-block", {"use": "scoring", "view": "scorer"})
    body = child(rubric, "qti-content-body")
    child(body, "p", text=f"Mark scheme ({_marks(guide.get('points_available', points))})")
    criteria = child(body, "ul")
    for row in guide.get("mark_scheme", []):
        child(criteria, "li", text=f"{row['criterion']} ({_marks(row.get('points', 1))})")
    interaction = element("qti-extended-text-interaction",
                          {"response-identifier": "RESPONSE", "expected-lines": "8"})
    return ItemParts(responses=[response_declaration("RESPONSE", "single", "string", [])], body=[interaction],
                     rubric=rubric, human_scored=True)


def _marks(value: float) -> str:
    return f"{number(float(value))} mark{'' if float(value) == 1 else 's'}"


def _matching(config: QuestionConfig, points: int) -> ItemParts:
    left, right = config.get("left_items", []), config.get("right_items", [])
    left_ids = dict(zip([i["id"] for i in left], identifiers([i["id"] for i in left], "L"), strict=True))
    right_ids = dict(zip([i["id"] for i in right], identifiers([i["id"] for i in right], "R"), strict=True))
    pairs = [f"{left_ids[p['left']]} {right_ids[p['right']]}" for p in config.get("correct_pairs", [])
             if p["left"] in left_ids and p["right"] in right_ids]
    share = points / max(len(pairs), 1)
    shuffle = bool(config.get("shuffle_right", True))
    interaction = element("qti-match-interaction", {"response-identifier": "RESPONSE",
                                                    "shuffle": str(shuffle).lower(), "max-associations": str(len(pairs))})
    for items, ids, fixed in ((left, left_ids, shuffle), (right, right_ids, False)):
        match_set = child(interaction, "qti-simple-match-set")
        for item in items:
            choice = child(match_set, "qti-simple-associable-choice",
                           {"identifier": ids[item["id"]], "match-max": "1", "fixed": "true" if fixed else None})
            append_inline(choice, item["text"])
    return ItemParts(responses=[response_declaration("RESPONSE", "multiple", "directedPair", pairs,
                                                     [(p, share, True) for p in pairs], (0, points))],
                     body=[interaction], template=MAP_RESPONSE)


def _ordering(config: QuestionConfig, points: int) -> ItemParts:
    items = config.get("items", [])
    ids = dict(zip([i["id"] for i in items], identifiers([i["id"] for i in items], "ITEM"), strict=True))
    in_order = [ids[i["id"]] for i in sorted(items, key=lambda i: i.get("correct_position", 0))]
    interaction = element("qti-order-interaction", {"response-identifier": "RESPONSE", "shuffle": "true"})
    for item in items:
        append_inline(child(interaction, "qti-simple-choice", {"identifier": ids[item["id"]]}), item["text"])
    share = number(points / max(len(items), 1))
    rules = [_set_score(_base("float", "0"))]
    for position, identifier in enumerate(in_order, start=1):
        test = _wrap("qti-match", _wrap("qti-index", _variable("RESPONSE"), attributes={"n": str(position)}),
                     _base("identifier", identifier))
        rules.append(_condition(test, [_set_score(_wrap("qti-sum", _variable("SCORE"), _base("float", share)))]))
    return ItemParts(responses=[response_declaration("RESPONSE", "ordered", "identifier", in_order)],
                     body=[interaction], rules=rules)


def _code_completion(config: QuestionConfig, points: int) -> ItemParts:
    template = config.get("code_template", "")
    found = markers(template)
    if len(set(found)) != len(found):
        raise NotExpressible("a blank appears more than once in its code, and a QTI gap can appear only once")
    blanks = {b["id"]: b for b in config.get("blanks", [])}
    ids = dict(zip(found, identifiers(found, "BLANK_"), strict=True))
    share = points / max(len(found), 1)
    pre = element("pre")
    last: Element | None = None
    at = 0
    for marker in MARKER.finditer(template):
        piece = template[at:marker.start()]
        if last is None:
            pre.text = (pre.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece
        blank = blanks.get(marker.group(1), {})
        answers = blank.get("correct_answers", [])
        last = child(pre, "qti-text-entry-interaction", {
            "response-identifier": ids[marker.group(1)], "placeholder-text": blank.get("hint") or None,
            "expected-length": str(max((len(a) for a in answers), default=6) + 2)})
        at = marker.end()
    tail = template[at:]
    if last is None:
        pre.text = tail
    else:
        last.tail = tail
    responses = [response_declaration(ids[m], "single", "string", blanks.get(m, {}).get("correct_answers", [])[:1],
                                      [(a, share, True) for a in dict.fromkeys(blanks.get(m, {}).get("correct_answers", []))],
                                      (0, share)) for m in found]
    total = _wrap("qti-sum", *[element("qti-map-response", {"identifier": ids[m]}) for m in found])
    return ItemParts(responses=responses, body=[pre], rules=[_set_score(total)])


WRITERS: dict[str, Callable[[QuestionConfig, int], ItemParts]] = {
    "multiple_choice": lambda config, points: _choice(config, points, single=True),
    "multiple_select": lambda config, points: _choice(config, points, single=False),
    "text_input": _text_input,
    "binary_convert": _binary,
    "extended_text": _extended,
    "matching": _matching,
    "ordering": _ordering,
    "code_completion": _code_completion,
}
