"""QTI 3.0 content packages: a round trip of every type QTI can express (our own fields kept in the manifest's
metadata), the package checked against the specification's structure rules and read by an independent QTI
implementation (Cito's qti-convert), packages written by hand from the specification's examples read as
expected (HTML, entities, pictures, per-answer feedback, partial credit, items we cannot hold), and a clear 4xx
for every hostile file. Real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import re
import uuid
import zipfile
from xml.etree.ElementTree import fromstring

import pytest

from app.demo.sample_assessment import TITLE as DEMO_TITLE
from app.models import Assessment, AuditLog, Media, Question, Role
from app.services.exchange.qti_write import CONFIG_EXTRAS
from tests.exchange_helpers import count_rows as _count
from tests.exchange_helpers import demo_assessment, exported, refused_storing_nothing
from tests.exchange_helpers import questions_of as _questions
from tests.factories import make_assessment, make_user

QTI_TYPES = set(CONFIG_EXTRAS)
QTI = "{http://www.imsglobal.org/xsd/imsqtiasi_v3p0}"
CP = "{http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1}"
KEPT_FIELDS = ("type", "question_text", "config", "points", "difficulty", "time_estimate_seconds", "hint",
               "feedback", "strands", "tags", "learning_objective_id", "topic_id", "scaffold", "image_url",
               "image_alt")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def _upload(content: bytes, name: str = "questions.zip") -> dict:
    return {"file": (name, content, "application/zip")}


def _files(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


async def test_round_trip_keeps_every_qti_type_with_our_fields(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    response = await client.get(f"/api/assessments/{original.id}/export?format=qti3")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/zip"
    assert response.headers["content-disposition"] == (
        'attachment; filename="Programming-essentials-and-binary-check-your-understanding.qti3.zip"')

    preview = (await client.post("/api/assessments/import/preview", files=_upload(response.content))).json()
    assert (preview["format"], preview["title"]) == ("qti3", DEMO_TITLE)
    imported = await client.post("/api/assessments/import", files=_upload(response.content))
    assert imported.status_code == 201, imported.text
    result = imported.json()
    assert (result["skipped"], result["notes"]) == ([], [])

    before = [q for q in await _questions(session, original.id) if q.type in QTI_TYPES]
    after = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert {q.type for q in before} == QTI_TYPES, "the demo has every type QTI can express"
    assert result["imported"] == len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        for name in KEPT_FIELDS:
            assert getattr(new, name) == getattr(old, name), f"{old.type}: {name}"


def _parse(data: bytes):
    return fromstring(data)


async def test_the_package_follows_the_structure_rules_of_the_specification(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    files = _files(await exported(client, original.id, "qti3"))
    manifest = _parse(files.pop("imsmanifest.xml"))
    assert manifest.tag == CP + "manifest"
    resources = manifest.findall(f"{CP}resources/{CP}resource")
    listed = {f.get("href") for r in resources for f in r.findall(f"{CP}file")}
    assert listed == set(files), "the manifest lists every file in the zip, and every file it lists is there"
    types = {r.get("identifier"): r.get("type") for r in resources}
    assert types.pop("TEST") == "imsqti_test_xmlv3p0"
    assert set(types.values()) == {"imsqti_item_xmlv3p0"}
    assert all(IDENTIFIER.match(i) for i in types) and len(types) == len(resources) - 1

    test = _parse(files["assessment-test.xml"])
    assert test.tag == QTI + "qti-assessment-test"
    refs = [(r.get("identifier"), r.get("href")) for r in test.iter(QTI + "qti-assessment-item-ref")]
    assert refs == [(r.get("identifier"), r.get("href")) for r in resources if r.get("type") == "imsqti_item_xmlv3p0"]
    for identifier, href in refs:
        _check_item(_parse(files[href]), identifier)

    note = manifest.find(f"{CP}metadata").find("{http://ltsc.ieee.org/xsd/LOM}lom")
    description = "".join(note.itertext())
    for name in ("code_debug", "drag_label", "logic_gates", "parsons", "python_code", "trace_table"):
        assert f"{name} (1)" in description, f"the manifest says {name} is left out"


def _check_item(item, identifier: str) -> None:
    """One item against the rules: its namespace and identifier, identifiers valid and unique, every interaction's
    response declared and every response declared used, every outcome it sets or shows declared."""
    assert item.tag == QTI + "qti-assessment-item" and item.get("identifier") == identifier
    responses = [d.get("identifier") for d in item.findall(QTI + "qti-response-declaration")]
    outcomes = [d.get("identifier") for d in item.findall(QTI + "qti-outcome-declaration")]
    declared = responses + outcomes
    assert len(set(declared)) == len(declared), f"{identifier}: declarations are unique"
    assert all(IDENTIFIER.match(i) for i in declared), identifier
    used = [n.get("response-identifier") for n in item.iter() if n.get("response-identifier")]
    assert sorted(used) == sorted(responses), f"{identifier}: interactions and response declarations agree"
    choices = [n.get("identifier") for n in item.iter() if n.tag.endswith("choice") and n.get("identifier")]
    assert len(set(choices)) == len(choices) and all(IDENTIFIER.match(c) for c in choices), identifier
    for node in item.iter():
        for name in ("outcome-identifier",):
            if node.get(name):
                assert node.get(name) in outcomes, f"{identifier}: {node.get(name)} is declared"
        if node.tag == QTI + "qti-set-outcome-value":
            assert node.get("identifier") in outcomes, f"{identifier}: {node.get('identifier')} is declared"
        if node.tag in (QTI + "qti-variable", QTI + "qti-map-response", QTI + "qti-correct"):
            assert node.get("identifier") in declared, f"{identifier}: {node.get('identifier')} is declared"
    processing = item.find(QTI + "qti-response-processing")
    if processing is not None and processing.get("template"):
        assert processing.get("template") in (
            "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml",
            "https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/map_response.xml")


async def test_an_independent_qti_implementation_reads_the_package(client, session):
    """Cito's qti-convert (from PyPI) converts every item and the test to QTI 2.1, warning only about the QTI 3
    attributes 2.1 has no place for, and finds every file the package refers to."""
    qti_convert = pytest.importorskip("qti_convert")
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    package = await exported(client, original.id, "qti3")
    result = qti_convert.downgrade_package(package)
    assert {(w.code, w.message) for w in result.warnings} <= {
        ("removed-attribute", 'Attribute "external-scored" on qti-outcome-declaration is not supported in QTI 2.1.'),
        ("removed-attribute", 'Attribute "use" on qti-rubric-block is not supported in QTI 2.1.')}
    converted = {name: content for name, content in result.files.items() if name.startswith("items/")}
    assert len(converted) == 8
    interactions = set()
    for content in converted.values():
        item = _parse(content.encode() if isinstance(content, str) else content)
        assert item.tag == "{http://www.imsglobal.org/xsd/imsqti_v2p1}assessmentItem"
        interactions |= {n.tag.rpartition("}")[2] for n in item.iter() if n.tag.endswith("Interaction")}
    assert interactions == {"choiceInteraction", "textEntryInteraction", "extendedTextInteraction",
                            "matchInteraction", "orderInteraction"}
    references = qti_convert.fix_package_references(package)
    assert (references.fixed, references.unresolved) == ([], [])


async def test_a_picture_code_and_partial_credit_come_back(client, session):
    from tests.test_media import tiny_png

    teacher = await make_user(session, Role.teacher, username="t")
    media = Media(owner_id=teacher.id, filename="my chip.png", content_type="image/png", size_bytes=len(tiny_png()),
                  width=3, height=2, data=tiny_png())
    session.add(media)
    await session.flush()
    text = "Look at `x = 1` below.\nThen answer.\n\n```python\nx = 1\nprint(x)\n```\n\nWhat does it print?"
    short = {"type": "text_input", "accepted_answers": [{"text": "1", "points": 1}, {"text": "one", "points": 0.5}],
             "case_sensitive": True, "max_length": 20, "required_keywords": [], "forbidden_keywords": ["two"]}
    assessment = await make_assessment(session, owner=teacher, questions=[
        {"type": "text_input", "config": short, "question_text": text, "image_url": f"/api/media/{media.id}",
         "image_alt": "A chip", "points": 4}])
    await client.login("t")
    package = await exported(client, assessment.id, "qti3")
    files = _files(package)
    assert "items/images/1-my-chip.png" in files and b'src="images/1-my-chip.png"' in files["items/Q001.xml"]
    mapping = _parse(files["items/Q001.xml"]).find(f"{QTI}qti-response-declaration/{QTI}qti-mapping")
    assert [(e.get("map-key"), e.get("mapped-value"), e.get("case-sensitive")) for e in mapping] == [
        ("1", "4", "true"), ("one", "2", "true")], "partial credit is a mapping in points"

    result = (await client.post("/api/assessments/import", files=_upload(package))).json()
    [copy] = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert copy.question_text == text
    assert copy.config["accepted_answers"] == short["accepted_answers"]
    assert (copy.config["case_sensitive"], copy.config["forbidden_keywords"], copy.points) == (True, ["two"], 4)
    assert copy.image_url != f"/api/media/{media.id}" and copy.image_alt == "A chip"
    stored = await session.get(Media, uuid.UUID(copy.image_url.rsplit("/", 1)[1]))
    assert (stored.data, stored.owner_id) == (tiny_png(), teacher.id)


# --- packages written by hand from the QTI 3.0 specification's examples ------------------------------------------

NS = 'xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"'
SCORE = ('<qti-outcome-declaration identifier="SCORE" cardinality="single" base-type="float"/>'
         '<qti-outcome-declaration identifier="MAXSCORE" cardinality="single" base-type="float">'
         '<qti-default-value><qti-value>{points}</qti-value></qti-default-value></qti-outcome-declaration>')


def _item(identifier: str, declarations: str, body: str, after: str = "", points: int = 1) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<qti-assessment-item {NS} identifier="{identifier}" '
            f'title="{identifier}" adaptive="false" time-dependent="false">{declarations}{SCORE.format(points=points)}'
            f"<qti-item-body>{body}</qti-item-body>{after}</qti-assessment-item>")


AWKWARD_ITEMS = {
    # HTML inside the body and the choices, HTML entities XML does not define, a prompt, feedback per choice and
    # modal feedback for a right and a wrong answer.
    "choice": _item("choice", '<qti-response-declaration identifier="RESPONSE" cardinality="single" '
                    'base-type="identifier"><qti-correct-response><qti-value>ChoiceA</qti-value></qti-correct-response>'
                    '</qti-response-declaration><qti-outcome-declaration identifier="FEEDBACK" cardinality="single" '
                    'base-type="identifier"/>',
                    '<div class="qti-layout-row"><p>Which device is an <strong>input</strong>&nbsp;device? '
                    'Caf&eacute; &amp; <em>caf&#233;</em> &lt;menu&gt;</p></div>'
                    '<qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false">'
                    '<qti-prompt>Choose <b>one</b>.</qti-prompt>'
                    '<qti-simple-choice identifier="ChoiceA">Key<i>board</i></qti-simple-choice>'
                    '<qti-simple-choice identifier="ChoiceB">Monitor<qti-feedback-inline outcome-identifier="FEEDBACK" '
                    'identifier="ChoiceB" show-hide="show">A monitor shows <b>output</b>.</qti-feedback-inline>'
                    '</qti-simple-choice><qti-simple-choice identifier="ChoiceC">Speaker</qti-simple-choice>'
                    '</qti-choice-interaction>',
                    '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/'
                    'match_correct.xml"/><qti-modal-feedback outcome-identifier="FEEDBACK" identifier="correct" '
                    'show-hide="show"><qti-content-body><p>Yes: you <em>type</em> on it.</p></qti-content-body>'
                    '</qti-modal-feedback><qti-modal-feedback outcome-identifier="FEEDBACK" identifier="incorrect" '
                    'show-hide="show"><qti-content-body>Not quite.</qti-content-body></qti-modal-feedback>'),
    # Partial credit: +1 for each right choice, -1 for a wrong one, never below 0.
    "select": _item("select", '<qti-response-declaration identifier="RESPONSE" cardinality="multiple" '
                    'base-type="identifier"><qti-correct-response><qti-value>M</qti-value><qti-value>K</qti-value>'
                    '</qti-correct-response><qti-mapping lower-bound="0" upper-bound="2" default-value="0">'
                    '<qti-map-entry map-key="M" mapped-value="1"/><qti-map-entry map-key="K" mapped-value="1"/>'
                    '<qti-map-entry map-key="P" mapped-value="-1"/></qti-mapping></qti-response-declaration>',
                    '<p>Pick the input devices.</p><qti-choice-interaction response-identifier="RESPONSE" '
                    'max-choices="0"><qti-simple-choice identifier="M">Mouse</qti-simple-choice>'
                    '<qti-simple-choice identifier="K">Keyboard</qti-simple-choice>'
                    '<qti-simple-choice identifier="P">Printer</qti-simple-choice></qti-choice-interaction>',
                    '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/'
                    'map_response.xml"/>', points=2),
    # A text entry inside a sentence, scored by a mapping with a half-mark answer, and a picture in the package.
    "text": _item("text", '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string">'
                  '<qti-correct-response><qti-value>Central Processing Unit</qti-value></qti-correct-response>'
                  '<qti-mapping default-value="0"><qti-map-entry map-key="Central Processing Unit" mapped-value="2" '
                  'case-sensitive="false"/><qti-map-entry map-key="processor" mapped-value="1" case-sensitive="false"/>'
                  '</qti-mapping></qti-response-declaration>',
                  '<p><img src="../images/chip.png" alt="A computer chip" width="30"/></p>'
                  '<p>CPU stands for <qti-text-entry-interaction response-identifier="RESPONSE" expected-length="25"/>.</p>',
                  '<qti-response-processing template="https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/'
                  'map_response.xml"/>', points=2),
    # An essay scored by a person, with a rubric for the scorer written as "[points] criterion".
    "essay": _item("essay", '<qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="string"/>',
                   '<p>Explain why computers use binary.</p><qti-rubric-block view="scorer"><qti-content-body>'
                   '<p>[2] Says a transistor is on or off</p><p>[1] Says two states are reliable</p></qti-content-body>'
                   '</qti-rubric-block><qti-extended-text-interaction response-identifier="RESPONSE"/>', points=3),
    "order": _item("order", '<qti-response-declaration identifier="RESPONSE" cardinality="ordered" '
                   'base-type="identifier"><qti-correct-response><qti-value>In</qti-value><qti-value>Pro</qti-value>'
                   '<qti-value>Out</qti-value></qti-correct-response></qti-response-declaration>',
                   '<qti-order-interaction response-identifier="RESPONSE"><qti-prompt>Put them in order.</qti-prompt>'
                   '<qti-simple-choice identifier="Out">Output</qti-simple-choice><qti-simple-choice identifier="In">'
                   'Input</qti-simple-choice><qti-simple-choice identifier="Pro">Process</qti-simple-choice>'
                   '</qti-order-interaction>'),
    "match": _item("match", '<qti-response-declaration identifier="RESPONSE" cardinality="multiple" '
                   'base-type="directedPair"><qti-correct-response><qti-value>B b8</qti-value><qti-value>N n4</qti-value>'
                   '</qti-correct-response></qti-response-declaration>',
                   '<qti-match-interaction response-identifier="RESPONSE" shuffle="true" max-associations="2">'
                   '<qti-prompt>Match each unit to its size.</qti-prompt><qti-simple-match-set>'
                   '<qti-simple-associable-choice identifier="B" match-max="1">byte</qti-simple-associable-choice>'
                   '<qti-simple-associable-choice identifier="N" match-max="1">nibble</qti-simple-associable-choice>'
                   '</qti-simple-match-set><qti-simple-match-set><qti-simple-associable-choice identifier="n4" '
                   'match-max="1">4 bits</qti-simple-associable-choice><qti-simple-associable-choice identifier="b8" '
                   'match-max="1">8 bits</qti-simple-associable-choice><qti-simple-associable-choice identifier="x16" '
                   'match-max="1">16 bits</qti-simple-associable-choice></qti-simple-match-set></qti-match-interaction>'),
    "code": _item("code", '<qti-response-declaration identifier="GAP-1" cardinality="single" base-type="string">'
                  '<qti-correct-response><qti-value>range</qti-value></qti-correct-response></qti-response-declaration>',
                  '<p>Complete the loop.</p><pre><code>for i in <qti-text-entry-interaction response-identifier="GAP-1" '
                  'placeholder-text="a function"/>(3):\n    print(i)</code></pre>'),
    "hotspot": _item("hotspot", '<qti-response-declaration identifier="RESPONSE" cardinality="single" '
                     'base-type="identifier"/>', '<qti-hotspot-interaction response-identifier="RESPONSE" '
                     'max-choices="1"><img src="../images/chip.png" alt="chip"/><qti-hotspot-choice identifier="A" '
                     'shape="circle" coords="1,1,1"/></qti-hotspot-interaction>'),
    "two": _item("two", "", '<qti-choice-interaction response-identifier="A" max-choices="1"><qti-simple-choice '
                 'identifier="a">a</qti-simple-choice></qti-choice-interaction><qti-extended-text-interaction '
                 'response-identifier="B"/>'),
}


def _package(items: dict[str, str], *, extra_files: dict[str, bytes] | None = None, missing: tuple[str, ...] = (),
             manifest: str | None = None, lom: str = "") -> bytes:
    """A package as another system writes one: items in their own folders, a test in its own order."""
    from tests.test_media import tiny_png

    resources = "".join(
        f'<resource identifier="{name}" type="imsqti_item_xmlv3p0" href="items/{name}.xml"><metadata>'
        f'{lom if name == "choice" else ""}</metadata><file href="items/{name}.xml"/></resource>'
        for name in [*items, *missing])
    manifest = manifest or (
        '<?xml version="1.0" encoding="UTF-8"?><manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" '
        'xmlns:imsmd="http://ltsc.ieee.org/xsd/LOM" identifier="M1"><metadata><schema>QTI Package</schema>'
        f'<schemaversion>3.0.0</schemaversion></metadata><organizations/><resources>{resources}</resources></manifest>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("imsmanifest.xml", manifest)
        for name, xml in items.items():
            archive.writestr(f"items/{name}.xml", xml)
        archive.writestr("images/chip.png", tiny_png())
        for name, content in (extra_files or {}).items():
            archive.writestr(name, content)
    return buffer.getvalue()


LOM = ('<imsmd:lom><imsmd:general><imsmd:keyword><imsmd:string>NW</imsmd:string></imsmd:keyword><imsmd:keyword>'
       '<imsmd:string>networks</imsmd:string></imsmd:keyword></imsmd:general><imsmd:educational><imsmd:difficulty>'
       '<imsmd:source>LOMv1.0</imsmd:source><imsmd:value>difficult</imsmd:value></imsmd:difficulty>'
       '<imsmd:typicalLearningTime><imsmd:duration>PT1M30S</imsmd:duration></imsmd:typicalLearningTime>'
       '</imsmd:educational></imsmd:lom>')


async def test_a_package_from_another_system_imports_as_the_specification_reads_it(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    package = _package(AWKWARD_ITEMS, missing=("gone",), lom=LOM)
    counts = [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)]
    response = await client.post("/api/assessments/import/preview", files=_upload(package, "from-elsewhere.zip"))
    assert response.status_code == 200, response.text
    preview = response.json()
    assert [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)] == counts
    assert (preview["format"], preview["title"], preview["question_count"]) == ("qti3", "Questions from a QTI package", 10)
    skipped = {q["number"]: q["skip_reason"] for q in preview["questions"] if not q["will_import"]}
    assert list(skipped) == [8, 9, 10], skipped
    assert "qti-hotspot-interaction" in skipped[8]
    assert "more than one interaction" in skipped[9]
    assert "‘items/gone.xml’ named in the manifest is not in the zip" in skipped[10]

    result = (await client.post("/api/assessments/import", files=_upload(package))).json()
    assert result["imported"] == 7, result
    q = dict(zip(["choice", "select", "text", "essay", "order", "match", "code"],
                 await _questions(session, uuid.UUID(result["assessment_id"])), strict=True))
    assert q["choice"].question_text == ("Which device is an input device? Café & caf\u00e9 <menu>\n\nChoose one.")
    assert [(o["text"], o["is_correct"], o.get("distractor_feedback")) for o in q["choice"].config["options"]] == [
        ("Keyboard", True, None), ("Monitor", False, "A monitor shows output."), ("Speaker", False, None)]
    assert q["choice"].feedback == {"correct": "Yes: you type on it.", "incorrect": "Not quite.", "partial": ""}
    assert (q["choice"].difficulty, q["choice"].time_estimate_seconds) == (4, 90)
    assert (q["choice"].strands, q["choice"].tags) == (["NW"], ["networks"])
    assert q["select"].type == "multiple_select" and q["select"].points == 2
    assert [o["is_correct"] for o in q["select"].config["options"]] == [True, True, False]
    assert q["text"].type == "text_input" and q["text"].question_text == "CPU stands for ."
    assert [(a["text"], a["points"]) for a in q["text"].config["accepted_answers"]] == [
        ("Central Processing Unit", 1), ("processor", 0.5)]
    assert q["text"].image_alt == "A computer chip" and q["text"].image_url.startswith("/api/media/")
    assert q["essay"].config["marking_guide"] == {"points_available": 3, "mark_scheme": [
        {"criterion": "Says a transistor is on or off", "points": 2}, {"criterion": "Says two states are reliable",
                                                                      "points": 1}]}
    assert [i["text"] for i in sorted(q["order"].config["items"], key=lambda i: i["correct_position"])] == [
        "Input", "Process", "Output"]
    left = {i["id"]: i["text"] for i in q["match"].config["left_items"]}
    right = {i["id"]: i["text"] for i in q["match"].config["right_items"]}
    assert sorted((left[p["left"]], right[p["right"]]) for p in q["match"].config["correct_pairs"]) == [
        ("byte", "8 bits"), ("nibble", "4 bits")]
    assert q["code"].config["code_template"] == "for i in {{BLANK_1}}(3):\n    print(i)"
    assert q["code"].config["blanks"][0]["correct_answers"] == ["range"]
    assert q["code"].config["blanks"][0]["hint"] == "a function"


async def test_a_single_item_file_imports(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    item = AWKWARD_ITEMS["order"].encode()
    response = await client.post("/api/assessments/import/preview", files={"file": ("order.xml", item, "text/xml")})
    assert response.status_code == 200, response.text
    preview = response.json()
    assert (preview["format"], preview["title"], preview["importable_count"]) == ("qti3", "order", 1)
    assert preview["questions"][0]["type"] == "ordering"


async def test_a_zip_is_found_to_be_qti_by_its_content(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    response = await client.post("/api/assessments/import/preview",
                                 files=_upload(_package({"order": AWKWARD_ITEMS["order"]}), "upload.bin"))
    assert response.status_code == 200, response.text
    assert (response.json()["format"], response.json()["importable_count"]) == ("qti3", 1)


# --- hostile files -------------------------------------------------------------------------------------------------

def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
          b'&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
          b'<manifest>&lol3;</manifest>')
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE item [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            b'<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0">&secret;</qti-assessment-item>')
QTI21_MANIFEST = (b'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"><resources><resource identifier="a" '
                  b'type="imsqti_item_xmlv2p1" href="a.xml"/></resources></manifest>')
HOSTILE = {
    "a zip bomb": (lambda: _zip({"imsmanifest.xml": b"<manifest/>", "items/big.xml": b"\0" * (30 * 1024 * 1024)}),
                   422, "a “zip bomb”"),
    "a name that climbs out": (lambda: _zip({"imsmanifest.xml": b"<manifest/>", "../../etc/cron.d/x.xml": b"<a/>"}),
                               422, "points outside the package"),
    "an absolute name": (lambda: _zip({"imsmanifest.xml": b"<manifest/>", "/tmp/x.xml": b"<a/>"}),
                         422, "points outside the package"),
    "too many files": (lambda: _zip({f"f{n}.xml": b"" for n in range(2001)}, zipfile.ZIP_STORED), 413,
                       "This zip has 2,001 files inside it"),
    "an XML bomb in the manifest": (lambda: _zip({"imsmanifest.xml": LAUGHS}), 422, "refused for safety"),
    "an external entity in an item": (lambda: _package({}, extra_files={"items/x.xml": EXTERNAL}, manifest=(
        '<manifest><resources><resource type="imsqti_item_xmlv3p0" href="items/x.xml"/></resources></manifest>')),
        422, "refused for safety"),
    "an XML bomb as a single file": (lambda: LAUGHS.replace(b"<manifest>", b"<qti-assessment-item>").replace(
        b"</manifest>", b"</qti-assessment-item>"), 422, "refused for safety"),
    "nesting without end": (lambda: _zip({"imsmanifest.xml": b"<manifest>" + b"<a>" * 5000 + b"</a>" * 5000
                                                             + b"</manifest>"}), 422, "more than 60 levels deep"),
    "a damaged zip": (lambda: b"PK\x03\x04" + b"\x00" * 200, 422, "This zip file is damaged"),
    "a zip with no manifest": (lambda: _zip({"item.xml": b"<a/>"}), 422, "no imsmanifest.xml"),
    "a QTI 2.1 package": (lambda: _zip({"imsmanifest.xml": QTI21_MANIFEST}), 422, "older QTI version"),
    "a manifest that is not XML": (lambda: _zip({"imsmanifest.xml": b"<manifest><resources>"}), 422,
                                   "is not complete XML"),
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_qti_files_get_a_clear_4xx(client, session, name):
    make, status, message = HOSTILE[name]
    content = make()
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    name = "package.zip" if content[:2] == b"PK" else "x.xml"
    await refused_storing_nothing(client, session, _upload(content, name), status, message)


async def test_a_package_over_the_size_setting_is_refused_saying_the_limit(client, session, monkeypatch):
    from app.config import get_settings

    monkeypatch.setattr(get_settings(), "exchange_max_file_mb", 1)
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    package = _zip({"imsmanifest.xml": b"<manifest/>", "a.png": bytes(range(256)) * 8192}, zipfile.ZIP_STORED)
    response = await client.post("/api/assessments/import/preview", files=_upload(package))
    assert response.status_code == 413
    assert "larger than 1 MB" in response.json()["detail"]
