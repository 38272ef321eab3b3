"""QTI 3.0 (1EdTech's Question and Test Interoperability): content packages written for other assessment
systems, and read back from them or from a single qti-assessment-item file.

Multiple choice, multiple select, short answers (binary and hexadecimal too), written answers with their mark
scheme (a qti-rubric-block for the scorer), matching, ordering and fill in the code are written as items; the
other types are left out and listed in the manifest. Our own fields ride in the manifest's metadata, so a round
trip keeps them (app.services.exchange.qti_write). A package from elsewhere is read item by item: an item none
of our types can hold is skipped with the reason (app.services.exchange.qti_read)."""

from __future__ import annotations

import re
import uuid
from typing import Any
from xml.etree.ElementTree import Element

from app.errors import AppError, Invalid
from app.models import Strand
from app.schemas.assessments import AIMarkingSettings, AssessmentSettings
from app.services.exchange import limits, pictures, qti_package, qti_write
from app.services.exchange.contents import ExportSource, FileContents, ImportedQuestion, ObjectiveRef, Picture
from app.services.exchange.qti_read import ESSAY_CRITERION, KIND_TYPES, Unreadable, read_item
from app.services.exchange.qti_write import CONFIG_EXTRAS, OUR_FIELDS
from app.services.exchange.qti_xml import OLDER_QTI, QTI_NS, UnsafeXml, find, parse, text_of

NAME = "qti3"
LABEL = "QTI 3.0 content package (.zip)"
DEFAULT_TITLE = "Questions from a QTI package"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
ITEM_TYPE = "imsqti_item_xmlv3p0"
TEST_TYPE = "imsqti_test_xmlv3p0"
OurFields = dict[str, Any]  # our own fields, from our metadata
QuestionFields = dict[str, Any]  # some of a question's fields, in the shape QuestionIn takes
QuestionConfig = dict[str, Any]
AssessmentFields = dict[str, Any]  # an assessment's settings, in the shape AssessmentCreate takes
LOM_DIFFICULTY = {"very easy": 1, "easy": 2, "medium": 3, "difficult": 4, "very difficult": 5}
DURATION = re.compile(r"^P(?:T(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)$")
STRANDS = {s.value for s in Strand}
CHOOSE = ("Choose a QTI 3.0 content package (a .zip with imsmanifest.xml), a single QTI 3.0 item (.xml), or "
          "another file made with Export.")


def write(source: ExportSource) -> bytes:
    return qti_write.write_package(source)


def looks_like_qti(data: bytes, filename: str | None = None) -> bool:
    """A zip (QTI packages are the only zipped format), or XML that names QTI near its start."""
    if data[:4] in ZIP_MAGICS:
        return True
    head = data[:4096].lower()
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and (b"qti-assessment-item" in head
                                                                        or b"imsqti" in head)


def read(data: bytes) -> FileContents:
    """A QTI 3.0 package's or single item's questions, each mapped to one of our types or with the reason why not."""
    if data[:4] in ZIP_MAGICS:
        return _read_package(qti_package.read_zip(data))
    root, namespace = parse(data, "This XML file")
    if root.tag == "qti-assessment-item" and namespace == QTI_NS:
        reader = _Pictures({}, {})
        question = _question(1, root, "item.xml", {}, None, reader)
        return FileContents(format=NAME, title=(root.get("title") or DEFAULT_TITLE)[:200], questions=[question])
    raise _not_qti3(namespace, "This XML file is not a QTI 3.0 item (qti-assessment-item).")


def _not_qti3(namespace: str, otherwise: str) -> Invalid:
    if OLDER_QTI.search(namespace or ""):
        return Invalid("This is an older QTI version (1.2 or 2.x), and this server reads QTI 3.0. Export the "
                       "questions again as QTI 3.0, or convert them first (for example with Cito's qti-convert).")
    return Invalid(f"{otherwise} {CHOOSE}")


class _Pictures:
    """The pictures items show, found by their path in the package; each carried once, under one address."""

    def __init__(self, files: dict[str, bytes], known: dict[str, str]) -> None:
        self.files, self.known = files, known  # known: path → the address the exporting server used
        self.carried: dict[str, Picture] = {}

    def url_for(self, path: str) -> str | None:
        if path in self.carried:
            return self.carried[path].url
        if path not in self.files:
            return None
        url = self.known.get(path) or f"/api/media/{uuid.uuid5(uuid.NAMESPACE_URL, 'qti:' + path)}"
        try:
            self.carried[path] = pictures.from_bytes(url=url, filename=path.rsplit("/", 1)[-1], data=self.files[path])
        except AppError:
            return None  # not a picture this app can show (an SVG, say): the question comes without it
        return url


def _read_package(files: dict[str, bytes]) -> FileContents:
    manifest_path = next((p for p in files if p.lower() == "imsmanifest.xml"), None)
    if manifest_path is None:
        raise Invalid("This zip has no imsmanifest.xml at its top, so it is not a QTI content package. " + CHOOSE)
    manifest, namespace = parse(files[manifest_path], "imsmanifest.xml")
    resources = list(manifest.iter("resource"))
    types = [r.get("type", "") for r in resources]
    items = [r for r in resources if r.get("type", "").startswith(ITEM_TYPE)]
    if not items:
        older = any(OLDER_QTI.search(t) or re.search(r"xmlv[12]p", t) for t in types)
        raise _not_qti3("imsqti_v2p1" if older else namespace,
                        "This zip's manifest lists no QTI 3.0 items (resources of type imsqti_item_xmlv3p0).")
    limits.check_question_count(len(items))
    ours = _json_object(find(_first(manifest, "metadata"), "assessment"))
    known = {path: url for url, path in (ours.get("pictures") or {}).items()
             if isinstance(url, str) and isinstance(path, str)}
    reader = _Pictures(files, known)
    test_title, ordered = _test_order(files, resources, items)
    questions = [_package_question(n, resource, files, reader) for n, resource in enumerate(ordered, start=1)]
    for path in known:  # pictures an easier version uses: carried too, so its address can be pointed at them
        reader.url_for(path)
    settings = ours.get("settings") if isinstance(ours.get("settings"), dict) else {}
    year = ours.get("year_group")
    title = ours.get("title") if isinstance(ours.get("title"), str) and ours.get("title") else test_title
    description = ours.get("description") if isinstance(ours.get("description"), str) else ""
    return FileContents(
        format=NAME, title=(title or DEFAULT_TITLE)[:200], description=description[:5000],
        year_group=year if isinstance(year, int) and 7 <= year <= 9 else None,
        settings=_settings(settings, ours.get("ai_marking")), questions=questions,
        pictures=list(reader.carried.values()))


def _settings(settings: dict[str, Any], ai_marking: Any) -> AssessmentFields:
    """The assessment's settings from our metadata, checked (a bad one is left at its default)."""
    try:
        checked = AssessmentSettings.model_validate(settings).model_dump()
    except ValueError:
        checked = AssessmentSettings().model_dump()
    try:
        marking = AIMarkingSettings.model_validate(ai_marking or {}).model_dump(exclude_defaults=True)
    except ValueError:
        marking = {}
    return {**checked, "ai_marking": marking}


def _first(node: Element, tag: str) -> Element:
    found = next((item for item in node if item.tag == tag), None)
    return found if found is not None else Element(tag)


def _json_object(node: Element | None) -> OurFields:
    """Our fields from our metadata element; anything that is not a JSON object is ignored."""
    if node is None or not node.text:
        return {}
    try:
        value = limits.strict_json(node.text)
        limits.check_depth(value)
    except (ValueError, RecursionError, Invalid):
        return {}
    return value if isinstance(value, dict) else {}


def _test_order(files: dict[str, bytes], resources: list[Element], items: list[Element]) -> tuple[str, list[Element]]:
    """The test's title and the items in the order its item refs give (any the test leaves out, after)."""
    test = next((r for r in resources if r.get("type", "").startswith(TEST_TYPE)), None)
    path = qti_package.clean_path(test.get("href", "")) if test is not None else ""
    if path not in files:
        return "", items
    root, _namespace = parse(files[path], path)
    by_path = {qti_package.clean_path(r.get("href", "")): r for r in items}
    ordered: list[Element] = []
    for ref in root.iter("qti-assessment-item-ref"):
        found = by_path.get(qti_package.resolve(path, ref.get("href", "")))
        if found is not None and found not in ordered:
            ordered.append(found)
    return root.get("title", ""), ordered + [r for r in items if r not in ordered]


def _package_question(number: int, resource: Element, files: dict[str, bytes], reader: _Pictures) -> ImportedQuestion:
    path = qti_package.clean_path(resource.get("href", ""))
    if path not in files:
        return ImportedQuestion(number=number, fields={"question_text": path},
                                problem=f"The item file ‘{path}’ named in the manifest is not in the zip.")
    try:
        root, namespace = parse(files[path], path)
    except UnsafeXml:
        raise
    except Invalid as error:
        return ImportedQuestion(number=number, fields={"question_text": path}, problem=error.detail)
    if root.tag != "qti-assessment-item" or namespace != QTI_NS:
        return ImportedQuestion(number=number, fields={"question_text": path},
                                problem=f"‘{path}’ is not a QTI 3.0 item (qti-assessment-item).")
    metadata = _first(resource, "metadata")
    return _question(number, root, path, _json_object(find(metadata, "question")), metadata, reader)


def _question(number: int, root: Element, path: str, ours: OurFields, metadata: Element | None,
              reader: _Pictures) -> ImportedQuestion:
    """One item as our fields; our metadata's fields are taken only when its type fits the item."""
    title = root.get("title") or f"Item {number}"
    try:
        item = read_item(root)
    except Unreadable as reason:
        return ImportedQuestion(number=number, fields={"question_text": title, "type": ""}, problem=str(reason))
    wanted = ours.get("type") if ours.get("type") in KIND_TYPES[item.kind] else None
    question_type, config = _as_wanted(item.question_type, item.config, wanted)
    ours = ours if wanted == question_type else {}
    extras = ours.get("config") if isinstance(ours.get("config"), dict) else {}
    config |= {k: v for k, v in extras.items() if k in CONFIG_EXTRAS[question_type]}
    points = ours.get("points") if "points" in ours else _points(item.points)
    if question_type == "extended_text":
        config.setdefault("marking_guide", {"points_available": points, "mark_scheme": [
            {"criterion": ESSAY_CRITERION, "points": points}]})
    fields: dict[str, Any] = {"type": question_type, "question_text": item.text or title, "config": config,
                              "points": points,
                              "feedback": {k: item.feedback.get(k, "") for k in ("correct", "incorrect", "partial")}}
    fields |= _picture(item.images, path, reader)
    fields |= _from_lom(metadata) if not ours else {k: ours[k] for k in OUR_FIELDS if k in ours}
    topic = ours.get("topic")
    return ImportedQuestion(number=number, fields=fields, objective=_objective(ours.get("objective")),
                            topic=topic[:200] if isinstance(topic, str) and topic else None)


def _as_wanted(question_type: str, config: QuestionConfig, wanted: str | None) -> tuple[str, QuestionConfig]:
    """The type our metadata names, where the item's interaction can be it."""
    if wanted == "binary_convert" and question_type == "text_input":
        answers = config.get("accepted_answers") or [{}]
        return wanted, {"type": wanted, "correct_answer": answers[0].get("text")}
    if wanted == "multiple_select" and question_type == "multiple_choice":
        return wanted, {**config, "type": wanted}
    return question_type, config


def _points(value: float | None) -> int:
    """A QTI maximum score as our whole points from 1 to 10."""
    return min(max(round(value), 1), 10) if value is not None else 1


def _picture(images: list[Element], path: str, reader: _Pictures) -> QuestionFields:
    for image in images:
        src = image.get("src", "")
        url = src if src.startswith(("https://", "http://")) else reader.url_for(qti_package.resolve(path, src))
        if url:
            return {"image_url": url, "image_alt": (image.get("alt") or "")[:500] or None}
    return {}


def _from_lom(metadata: Element | None) -> QuestionFields:
    """Difficulty, time and keywords from a package's own LOM metadata, for items from other systems."""
    if metadata is None:
        return {}
    found: QuestionFields = {}
    difficulty = find(metadata, "difficulty")
    level = LOM_DIFFICULTY.get(text_of(find(difficulty, "value")).lower()) if difficulty is not None else None
    if level:
        found["difficulty"] = level
    duration = DURATION.match(text_of(find(metadata, "typicalLearningTime")).replace(" ", ""))
    if duration and any(duration.groupdict().values()):
        parts = duration.groupdict()
        seconds = int(parts["h"] or 0) * 3600 + int(parts["m"] or 0) * 60 + float(parts["s"] or 0)
        found["time_estimate_seconds"] = min(max(int(seconds), 5), 3600)
    keywords = [text_of(k) for k in metadata.iter("keyword") if text_of(k)]
    found["strands"] = list(dict.fromkeys(k for k in keywords if k in STRANDS))[:10]
    found["tags"] = list(dict.fromkeys(k[:50] for k in keywords if k not in STRANDS))[:20]
    return found


def _objective(value: Any) -> ObjectiveRef | None:
    if isinstance(value, dict) and isinstance(value.get("description"), str) and value["description"]:
        code = value.get("code") if isinstance(value.get("code"), str) else ""
        return ObjectiveRef(code=code[:20], description=value["description"][:5000])
    return None

