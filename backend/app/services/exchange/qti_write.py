"""Writing a QTI 3.0 content package: one qti-assessment-item per question QTI can express, a qti-assessment-test
that lists them in order, their pictures as files, and imsmanifest.xml naming every file.

The manifest carries, for each item, IEEE LOM metadata other systems read (difficulty, typical learning time,
keywords for strands and tags) and our own fields in an element of our namespace (points, hint, scaffold,
objective and topic, and the settings of each type that QTI has no place for), so our own import gets the
question back whole. Questions of types QTI cannot express are left out and listed in the manifest."""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element

from app.models import Question
from app.schemas.assessments import AssessmentSettings
from app.services.exchange.contents import ExportSource, strings_in
from app.services.exchange.qti_items import (
    MAP_RESPONSE,
    MATCH_CORRECT,
    WRITERS,
    ItemParts,
    NotExpressible,
    feedback_rules,
    map_response_rules,
    match_correct_rules,
)
from app.services.exchange.qti_text import append_text
from app.services.exchange.qti_xml import (
    CP_NS,
    CP_SCHEMA,
    EXT_NS,
    LOM_NS,
    LOM_SCHEMA,
    QTI_NS,
    QTI_SCHEMA,
    XSI_NS,
    child,
    element,
    number,
    serialize,
)

MANIFEST = "imsmanifest.xml"
TEST_FILE = "assessment-test.xml"
ITEM_FOLDER = "items/"
PICTURE_FOLDER = "items/images/"
# The settings of each type that QTI has no place for, carried in our own metadata.
CONFIG_EXTRAS: dict[str, tuple[str, ...]] = {
    "multiple_choice": (),
    "multiple_select": (),
    "text_input": ("max_length", "required_keywords", "forbidden_keywords"),
    "binary_convert": ("conversion_type", "given_value", "show_working"),
    "extended_text": ("min_words", "max_words", "ai_marking_enabled", "ai_marking_prompt"),
    "matching": (),
    "ordering": (),
    "code_completion": (),
}
OUR_FIELDS = ("points", "difficulty", "time_estimate_seconds", "hint", "scaffold", "strands", "tags")
LOM_DIFFICULTY = {1: "very easy", 2: "easy", 3: "medium", 4: "difficult", 5: "very difficult"}
FEEDBACK_KINDS = ("correct", "partial", "incorrect")
OurFields = dict[str, Any]  # our own fields of a question, written as JSON in our metadata
SETTINGS_FIELDS = tuple(AssessmentSettings.model_fields)


class WrittenItem(NamedTuple):
    identifier: str
    path: str
    xml: bytes
    pictures: list[str]
    ours: OurFields
    question: Question


def write_package(source: ExportSource) -> bytes:
    """The assessment as a QTI 3.0 content package (zip bytes)."""
    picture_paths = _picture_paths(source)
    written: list[WrittenItem] = []
    left_out: Counter[str] = Counter()
    for number_, question in enumerate(source.questions, start=1):
        try:
            written.append(_item_file(question, f"Q{number_:03d}", picture_paths, source))
        except NotExpressible:
            left_out[question.type] += 1
    used = set(strings_in([[item.question.image_url, item.question.config, item.question.scaffold]
                           for item in written]))
    picture_paths = {url: path for url, path in picture_paths.items() if url in used}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, serialize(_manifest(source, written, left_out, picture_paths)))
        archive.writestr(TEST_FILE, serialize(_test(source, written)))
        for item in written:
            archive.writestr(item.path, item.xml)
        for url, path in picture_paths.items():
            archive.writestr(path, source.pictures[url].data)
    return buffer.getvalue()


def left_out_note(left_out: Counter[str]) -> str:
    listed = ", ".join(f"{name} ({count})" for name, count in sorted(left_out.items()))
    return f"QTI 3.0 cannot express these question types, so they are left out: {listed}."


def _picture_paths(source: ExportSource) -> dict[str, str]:
    """Each uploaded picture's file in the package: items/images/1-diagram.png."""
    paths = {}
    for n, (url, media) in enumerate(source.pictures.items(), start=1):
        stem = re.sub(r"[^A-Za-z0-9._-]+", "-", media.filename or "picture").strip("-.")[:60] or "picture"
        paths[url] = f"{PICTURE_FOLDER}{n}-{stem}"
    return paths


def _item_file(question: Question, identifier: str, picture_paths: dict[str, str],
               source: ExportSource) -> WrittenItem:
    writer = WRITERS.get(question.type)
    if writer is None:
        raise NotExpressible(question.type)
    parts = writer(question.config or {}, question.points)
    root = _item(question, identifier, parts, picture_paths)
    path = f"{ITEM_FOLDER}{identifier}.xml"
    used = [p for url, p in picture_paths.items() if url == question.image_url]
    return WrittenItem(identifier, path, serialize(root), used, _ours(question, source), question)


def _ours(question: Question, source: ExportSource) -> OurFields:
    config = question.config or {}
    ours: OurFields = {"type": question.type, **{name: getattr(question, name) for name in OUR_FIELDS},
                            "config": {k: config[k] for k in CONFIG_EXTRAS[question.type] if k in config}}
    objective = source.objectives.get(question.learning_objective_id) if question.learning_objective_id else None
    if objective:
        ours["objective"] = {"code": objective.code, "description": objective.description}
    if question.topic_id and question.topic_id in source.topics:
        ours["topic"] = source.topics[question.topic_id]
    return ours


def _title(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= 80 else words[:79].rstrip() + "…"


def _item(question: Question, identifier: str, parts: ItemParts, picture_paths: dict[str, str]) -> Element:
    root = element("qti-assessment-item", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": f"{QTI_NS} {QTI_SCHEMA}",
        "identifier": identifier, "title": _title(question.question_text), "adaptive": "false",
        "time-dependent": "false", "xml:lang": "en-GB"})
    root.extend(parts.responses)
    feedback = {k: v for k, v in (question.feedback or {}).items() if k in FEEDBACK_KINDS and v}
    _outcomes(root, question.points, parts, bool(feedback))
    body = child(root, "qti-item-body")
    if parts.rubric is not None:
        body.append(parts.rubric)
    append_text(body, question.question_text)
    if question.image_url:
        path = picture_paths.get(question.image_url)
        src = path[len(ITEM_FOLDER):] if path else question.image_url
        if path or src.startswith(("https://", "http://")):
            child(child(body, "p"), "img", {"src": src, "alt": question.image_alt or ""})
    body.extend(parts.body)
    _processing(root, parts, bool(feedback))
    for kind in FEEDBACK_KINDS:
        if kind in feedback:
            modal = child(root, "qti-modal-feedback", {"outcome-identifier": "FEEDBACKBASIC", "identifier": kind,
                                                       "show-hide": "show"})
            append_text(child(modal, "qti-content-body"), feedback[kind])
    return root


def _outcome(root: Element, identifier: str, base_type: str, default: str | None = None,
             attributes: dict[str, str] | None = None, cardinality: str = "single") -> None:
    node = child(root, "qti-outcome-declaration", {"identifier": identifier, "cardinality": cardinality,
                                                   "base-type": base_type, **(attributes or {})})
    if default is not None:
        child(child(node, "qti-default-value"), "qti-value", text=default)


def _outcomes(root: Element, points: int, parts: ItemParts, feedback: bool) -> None:
    scored = {"external-scored": "human"} if parts.human_scored else {}
    _outcome(root, "SCORE", "float", "0", {**scored, "normal-maximum": number(points)})
    _outcome(root, "MAXSCORE", "float", number(points))
    if parts.choice_feedback:
        _outcome(root, "FEEDBACK", "identifier", cardinality=parts.choice_feedback)
    if feedback:
        _outcome(root, "FEEDBACKBASIC", "identifier")


def _processing(root: Element, parts: ItemParts, feedback: bool) -> None:
    """A standard template when it scores the question exactly and nothing else is needed; else the rules."""
    if parts.human_scored:
        return
    extra = bool(parts.choice_feedback) or feedback
    if parts.template and not extra:
        child(root, "qti-response-processing", {"template": parts.template})
        return
    rules = list(parts.rules) or {MATCH_CORRECT: match_correct_rules, MAP_RESPONSE: map_response_rules}[parts.template]()
    processing = child(root, "qti-response-processing")
    processing.extend(rules)
    if parts.choice_feedback:
        set_feedback = child(processing, "qti-set-outcome-value", {"identifier": "FEEDBACK"})
        child(set_feedback, "qti-variable", {"identifier": "RESPONSE"})
    if feedback:
        processing.extend(feedback_rules())


def _test(source: ExportSource, written: list[WrittenItem]) -> Element:
    assessment = source.assessment
    root = element("qti-assessment-test", {
        "xmlns": QTI_NS, "xmlns:xsi": XSI_NS, "xsi:schemaLocation": f"{QTI_NS} {QTI_SCHEMA}",
        "identifier": "TEST", "title": assessment.title[:200], "xml:lang": "en-GB"})
    _outcome(root, "SCORE", "float", "0")
    if assessment.time_limit_minutes:
        child(root, "qti-time-limits", {"max-time": str(assessment.time_limit_minutes * 60)})
    part = child(root, "qti-test-part", {"identifier": "PART1", "navigation-mode": "nonlinear",
                                         "submission-mode": "individual"})
    child(part, "qti-item-session-control", {"max-attempts": str(assessment.max_attempts),
                                             "show-feedback": str(bool(assessment.show_immediate_feedback)).lower()})
    section = child(part, "qti-assessment-section", {"identifier": "SECTION1", "title": assessment.title[:200],
                                                     "visible": "true"})
    if assessment.randomise_questions:
        child(section, "qti-ordering", {"shuffle": "true"})
    for item in written:
        child(section, "qti-assessment-item-ref", {"identifier": item.identifier, "href": item.path})
    processing = child(root, "qti-outcome-processing")
    total = child(child(processing, "qti-set-outcome-value", {"identifier": "SCORE"}), "qti-sum")
    child(total, "qti-test-variables", {"variable-identifier": "SCORE"})
    return root


def _lom(parent: Element, *, title: str = "", description: str = "", keywords: tuple[str, ...] = (),
         difficulty: int | None = None, seconds: int | None = None) -> None:
    lom = child(parent, "imsmd:lom")
    general = child(lom, "imsmd:general")
    if title:
        child(child(general, "imsmd:title"), "imsmd:string", {"language": "en"}, title)
    if description:
        child(child(general, "imsmd:description"), "imsmd:string", {"language": "en"}, description)
    for keyword in keywords:
        child(child(general, "imsmd:keyword"), "imsmd:string", {"language": "en"}, keyword)
    if difficulty is None and seconds is None:
        return
    educational = child(lom, "imsmd:educational")
    if difficulty in LOM_DIFFICULTY:
        level = child(educational, "imsmd:difficulty")
        child(level, "imsmd:source", text="LOMv1.0")
        child(level, "imsmd:value", text=LOM_DIFFICULTY[difficulty])
    if seconds:
        child(child(educational, "imsmd:typicalLearningTime"), "imsmd:duration", text=f"PT{seconds}S")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _manifest(source: ExportSource, written: list[WrittenItem], left_out: Counter[str],
              picture_paths: dict[str, str]) -> Element:
    assessment = source.assessment
    root = element("manifest", {
        "xmlns": CP_NS, "xmlns:imsmd": LOM_NS, "xmlns:ks3": EXT_NS, "xmlns:xsi": XSI_NS,
        "xsi:schemaLocation": f"{CP_NS} {CP_SCHEMA} {LOM_NS} {LOM_SCHEMA} {QTI_NS} {QTI_SCHEMA}",
        "identifier": "KS3-ASSESSMENT-PACKAGE"})
    metadata = child(root, "metadata")
    child(metadata, "schema", text="QTI Package")
    child(metadata, "schemaversion", text="3.0.0")
    note = left_out_note(left_out) if left_out else ""
    _lom(metadata, title=assessment.title, description="\n\n".join(filter(None, [assessment.description, note])))
    settings = {key: getattr(assessment, key) for key in SETTINGS_FIELDS}
    child(metadata, "ks3:assessment", text=_json({
        "title": assessment.title, "description": assessment.description, "year_group": assessment.year_group,
        "settings": settings, "ai_marking": assessment.ai_marking or {}, "pictures": picture_paths,
        "left_out": dict(sorted(left_out.items()))}))
    child(root, "organizations")
    resources = child(root, "resources")
    test = child(resources, "resource", {"identifier": "TEST", "type": "imsqti_test_xmlv3p0", "href": TEST_FILE})
    child(test, "file", {"href": TEST_FILE})
    for item in written:
        child(test, "dependency", {"identifierref": item.identifier})
    for item in written:
        resource = child(resources, "resource", {"identifier": item.identifier, "type": "imsqti_item_xmlv3p0",
                                                 "href": item.path})
        item_metadata = child(resource, "metadata")
        question = item.question
        _lom(item_metadata, keywords=tuple(question.strands or ()) + tuple(question.tags or ()),
             difficulty=question.difficulty, seconds=question.time_estimate_seconds)
        child(item_metadata, "ks3:question", text=_json(item.ours))
        child(resource, "file", {"href": item.path})
        for path in item.pictures:
            child(resource, "file", {"href": path})
    extra = sorted(set(picture_paths.values()) - {p for item in written for p in item.pictures})
    if extra:  # pictures only an easier version (scaffold) uses: carried so it keeps them
        pictures = child(resources, "resource", {"identifier": "PICTURES", "type": "webcontent"})
        for path in extra:
            child(pictures, "file", {"href": path})
    return root


