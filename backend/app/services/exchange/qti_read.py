"""Reading one qti-assessment-item into our question fields: which of our types its interaction is, the answers
from its response declaration (correct response and mapping), its text, picture and feedback.

An item that none of our types can hold (a hotspot, a slider, several interactions in one item, several gaps in
prose) carries the reason instead, and the preview shows it as skipped with that reason."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element

from app.services.exchange.qti_text import plain_text
from app.services.exchange.qti_xml import children, find, text_of

QuestionConfig = dict[str, Any]
ESSAY_CRITERION = "Answers the question fully and correctly"
CRITERION = re.compile(r"^(?P<text>.+?)\s*\((?P<points>\d+(?:\.\d+)?)\s*marks?\)\s*$", re.IGNORECASE)
CRITERION_FIRST = re.compile(r"^\[(?P<points>\d+(?:\.\d+)?)\]\s*(?P<text>.+)$")
SCHEME_TOTAL = re.compile(r"^mark scheme\s*\((?P<points>\d+(?:\.\d+)?)\s*marks?\)", re.IGNORECASE)
# Which of our types each kind of item may become when our own metadata names one.
KIND_TYPES = {"choice": {"multiple_choice", "multiple_select"}, "text": {"text_input", "binary_convert"},
              "extended": {"extended_text"}, "match": {"matching"}, "order": {"ordering"},
              "code": {"code_completion"}}


class Unreadable(Exception):
    """Why this item cannot become one of our questions."""


class ReadItem(NamedTuple):
    kind: str
    question_type: str
    text: str
    config: QuestionConfig
    points: float | None  # from MAXSCORE or the SCORE's normal-maximum, when the item says
    feedback: dict[str, str]
    images: list[Element]


class Declarations(NamedTuple):
    """An item's response declarations by identifier, and its outcome declarations' defaults."""

    responses: dict[str, Element]
    outcomes: dict[str, Element]

    def correct(self, identifier: str) -> list[str]:
        declaration = self.responses.get(identifier)
        node = find(declaration, "qti-correct-response") if declaration is not None else None
        return [(value.text or "").strip() for value in children(node, "qti-value")] if node is not None else []

    def mapping(self, identifier: str) -> list[tuple[str, float, bool]]:
        """The mapping's entries: (key, value, case sensitive)."""
        declaration = self.responses.get(identifier)
        node = find(declaration, "qti-mapping") if declaration is not None else None
        entries = []
        for entry in children(node, "qti-map-entry") if node is not None else []:
            value = _float(entry.get("mapped-value"))
            if entry.get("map-key") is not None and value is not None:
                entries.append((entry.get("map-key", "").strip(), value, entry.get("case-sensitive") == "true"))
        return entries

    def points(self) -> float | None:
        maximum = self.outcomes.get("MAXSCORE")
        value = _float(text_of(find(maximum, "qti-value"))) if maximum is not None else None
        score = self.outcomes.get("SCORE")
        return value if value is not None else _float(score.get("normal-maximum")) if score is not None else None


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text not in (None, "") else None
    except ValueError:
        return None
    return value if value is not None and value == value and abs(value) < 1e9 else None


def _parents(root: Element) -> dict[Element, Element]:
    return {item: parent for parent in root.iter() for item in parent}


def read_item(root: Element) -> ReadItem:
    """The item as one of our types, or Unreadable saying why it cannot be."""
    body = find(root, "qti-item-body")
    if body is None:
        raise Unreadable("It has no qti-item-body, so there is no question in it.")
    declarations = Declarations({d.get("identifier", ""): d for d in children(root, "qti-response-declaration")},
                                {d.get("identifier", ""): d for d in children(root, "qti-outcome-declaration")})
    kind, interactions = _kind(body)
    parents = _parents(root)
    maker = _MAKERS[kind]
    question_type, config = maker(interactions, declarations, body)
    if kind == "code":  # the code with its gaps is the config, not part of the question's words
        pre = parents[interactions[0]]
        while pre.tag != "pre":
            pre = parents[pre]
        parents[pre].remove(pre)
    images: list[Element] = []
    words = [plain_text(body, images)]
    words += [plain_text(prompt, images) for i in interactions for prompt in children(i, "qti-prompt")]
    text = "\n\n".join(w for w in words if w)
    return ReadItem(kind, question_type, text, config, declarations.points(), _feedback(root), images)


def _kind(body: Element) -> tuple[str, list[Element]]:
    interactions = [node for node in body.iter() if node.tag.endswith("-interaction")]
    if not interactions:
        raise Unreadable("It has no interaction (nothing for a pupil to answer).")
    names = {node.tag for node in interactions}
    if names == {"qti-text-entry-interaction"}:
        in_code = {id(node) for pre in body.iter("pre") for node in pre.iter("qti-text-entry-interaction")}
        if len(in_code) == len(interactions):
            return "code", interactions
        if len(interactions) == 1:
            return "text", interactions
        raise Unreadable(f"It has {len(interactions)} gaps in its text. KS3 Assessment has gaps only in code "
                         "(fill in the code); make each gap its own question.")
    if len(interactions) > 1:
        raise Unreadable("It has more than one interaction ("
                         + ", ".join(sorted(names)) + "). Each of our questions has one; split it into several.")
    kinds = {"qti-choice-interaction": "choice", "qti-extended-text-interaction": "extended",
             "qti-match-interaction": "match", "qti-order-interaction": "order"}
    tag = interactions[0].tag
    if tag not in kinds:
        raise Unreadable(f"It uses a {tag}, which no KS3 Assessment question type can hold.")
    return kinds[tag], interactions


def _feedback(root: Element) -> dict[str, str]:
    """The item's feedback for a right, partly right or wrong answer (modal feedback or feedback blocks)."""
    found: dict[str, str] = {}
    for node in [*children(root, "qti-modal-feedback"), *root.iter("qti-feedback-block")]:
        kind = (node.get("identifier") or "").lower()
        if kind in ("correct", "partial", "incorrect") and kind not in found:
            found[kind] = plain_text(node)
    return found


def _response_id(interaction: Element) -> str:
    return interaction.get("response-identifier", "RESPONSE")


def _is_true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def _right(declarations: Declarations, identifier: str) -> set[str]:
    right = set(declarations.correct(identifier))
    return right or {key for key, value, _ in declarations.mapping(identifier) if value > 0}


def _choice(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    interaction = interactions[0]
    identifier = _response_id(interaction)
    right = _right(declarations, identifier)
    if not right:
        raise Unreadable("None of its choices is marked right (it has no correct response).")
    declaration = declarations.responses.get(identifier)
    several = (declaration is not None and declaration.get("cardinality") == "multiple") or len(right) > 1
    options = []
    for choice in interaction.iter("qti-simple-choice"):
        choice_id = choice.get("identifier", "")
        inline = next(choice.iter("qti-feedback-inline"), None)
        feedback = plain_text(inline) if inline is not None else ""
        option: dict[str, Any] = {"id": choice_id, "text": plain_text(choice), "is_correct": choice_id in right}
        if feedback:
            option["distractor_feedback"] = feedback
        options.append(option)
    shuffle = _is_true(interaction.get("shuffle"))
    if not several:
        return "multiple_choice", {"type": "multiple_choice", "options": options, "shuffle_options": shuffle}
    most = int(_float(interaction.get("max-choices")) or 0)
    least = int(_float(interaction.get("min-choices")) or 1)
    return "multiple_select", {"type": "multiple_select", "options": options, "shuffle_options": shuffle,
                               "min_selections": max(least, 1), "max_selections": most or None}


def _text(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    identifier = _response_id(interactions[0])
    entries = [(key, value) for key, value, _ in declarations.mapping(identifier) if value > 0 and key]
    top = max((value for _, value in entries), default=1) or 1
    accepted: dict[str, float] = {key: round(min(value / top, 1), 5) for key, value in entries}
    for value in declarations.correct(identifier):
        if value:
            accepted[value] = 1
    if not accepted:
        raise Unreadable("Its gap has no right answer (no correct response and no mapping).")
    case_sensitive = any(sensitive for _, _, sensitive in declarations.mapping(identifier))
    return "text_input", {"type": "text_input", "case_sensitive": case_sensitive,
                          "accepted_answers": [{"text": text, "points": points} for text, points in accepted.items()]}


def _extended(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    rows: list[dict[str, Any]] = []
    total: float | None = None
    for rubric in body.iter("qti-rubric-block"):
        if "scorer" not in (rubric.get("view") or "").split():
            continue
        for line in plain_text(rubric).split("\n"):
            line = line.strip().lstrip("•-* ").strip()
            scheme = SCHEME_TOTAL.match(line)
            found = CRITERION.match(line) or CRITERION_FIRST.match(line)
            if scheme:
                total = float(scheme.group("points"))
            elif found:
                rows.append({"criterion": found.group("text")[:2000], "points": float(found.group("points"))})
    config: QuestionConfig = {"type": "extended_text"}
    if rows:
        config["marking_guide"] = {"points_available": total if total is not None else sum(r["points"] for r in rows),
                                   "mark_scheme": rows}
    return "extended_text", config


def _match(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    interaction = interactions[0]
    sets = children(interaction, "qti-simple-match-set")
    if len(sets) != 2:
        raise Unreadable("Its match interaction does not have two sets of items to join.")
    left, right = ([{"id": c.get("identifier", ""), "text": plain_text(c)}
                    for c in match_set.iter("qti-simple-associable-choice")] for match_set in sets)
    left_ids, right_ids = {i["id"] for i in left}, {i["id"] for i in right}
    pairs = []
    for value in sorted(_right(declarations, _response_id(interaction))):
        first, _, second = value.partition(" ")
        if first in right_ids and second in left_ids:
            first, second = second, first
        if first in left_ids and second in right_ids:
            pairs.append({"left": first, "right": second})
    if not pairs:
        raise Unreadable("None of its pairs is marked right (it has no correct response).")
    order = {i["id"]: n for n, i in enumerate(left)}
    pairs.sort(key=lambda p: order[p["left"]])
    return "matching", {"type": "matching", "left_items": left, "right_items": right, "correct_pairs": pairs,
                        "shuffle_right": _is_true(interaction.get("shuffle"))}


def _order(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    interaction = interactions[0]
    correct = declarations.correct(_response_id(interaction))
    position = {identifier: n for n, identifier in enumerate(correct, start=1)}
    items = [{"id": c.get("identifier", ""), "text": plain_text(c), "correct_position": position.get(c.get("identifier", ""), 0)}
             for c in interaction.iter("qti-simple-choice")]
    if not correct or any(i["correct_position"] == 0 for i in items):
        raise Unreadable("Its correct order is missing or does not name every item.")
    return "ordering", {"type": "ordering", "items": items}


BLANK = re.compile(r"^BLANK_\d+$")


def _blank_ids(interactions: list[Element]) -> dict[str, str]:
    """Each gap's response identifier → our blank id: kept when already BLANK_n, else BLANK_1, BLANK_2… in order."""
    found = [_response_id(node) for node in interactions]
    if all(BLANK.match(i) for i in found) and len(set(found)) == len(found):
        return {i: i for i in found}
    return {identifier: f"BLANK_{n}" for n, identifier in enumerate(dict.fromkeys(found), start=1)}


def _template(node: Element, ids: dict[str, str]) -> str:
    """The code inside a <pre>, each gap as its {{BLANK_n}} marker."""
    pieces = [node.text or ""]
    for item in node:
        gap = item.tag == "qti-text-entry-interaction"
        pieces += ["{{" + ids[_response_id(item)] + "}}" if gap else _template(item, ids), item.tail or ""]
    return "".join(pieces)


def _code(interactions: list[Element], declarations: Declarations, body: Element) -> tuple[str, QuestionConfig]:
    pre = next(p for p in body.iter("pre") if any(True for _ in p.iter("qti-text-entry-interaction")))
    ids = _blank_ids(interactions)
    template = _template(pre, ids)  # a newline just after <pre> is not part of the code, as in HTML
    blanks = []
    for node in interactions:
        identifier = _response_id(node)
        answers = list(dict.fromkeys(declarations.correct(identifier)
                                     + [k for k, v, _ in declarations.mapping(identifier) if v > 0]))
        blank: dict[str, Any] = {"id": ids[identifier], "correct_answers": answers}
        if node.get("placeholder-text"):
            blank["hint"] = node.get("placeholder-text")
        blanks.append(blank)
    return "code_completion", {"type": "code_completion", "code_template": template.removeprefix("\n"),
                               "blanks": blanks}


_MAKERS: dict[str, Callable[[list[Element], Declarations, Element], tuple[str, QuestionConfig]]] = {
    "choice": _choice, "text": _text, "extended": _extended, "match": _match, "order": _order, "code": _code}
