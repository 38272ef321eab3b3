"""Moodle XML export and import: a round trip of every type Moodle can express (our own fields kept in `ks3:`
tags), the types it cannot noted where they were, files written as Moodle itself exports them (CDATA, <text>
wrappers, HTML, entities, pictures in base64, partial credit, Cloze and CodeRunner) read as expected, and a clear
4xx for every hostile file. Real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import base64
import uuid

import pytest

from app.config import get_settings
from app.demo.sample_assessment import TITLE as DEMO_TITLE
from app.models import Assessment, AuditLog, Media, Question, Role
from app.services.exchange.moodle_xml import MOODLE_TYPES
from tests.exchange_helpers import count_rows as _count
from tests.exchange_helpers import demo_assessment, exported, refused_storing_nothing, without_ids
from tests.exchange_helpers import questions_of as _questions
from tests.factories import make_assessment, make_user
from tests.test_media import tiny_png

MOODLE_MAPPED = set(MOODLE_TYPES)
KEPT_FIELDS = ("type", "question_text", "points", "difficulty", "time_estimate_seconds", "hint", "feedback",
               "strands", "tags", "learning_objective_id", "topic_id", "scaffold", "image_alt")


def _upload(content: bytes, name: str = "questions.xml") -> dict:
    return {"file": (name, content, "application/xml")}


async def test_round_trip_keeps_every_moodle_type_with_our_fields(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    response = await client.get(f"/api/assessments/{original.id}/export?format=moodle-xml")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/xml")
    assert response.headers["content-disposition"] == (
        'attachment; filename="Programming-essentials-and-binary-check-your-understanding.moodle.xml"')
    text = response.content.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')
    assert "<tag>\n        <text>ks3:difficulty=" in text
    preview = (await client.post("/api/assessments/import/preview", files=_upload(response.content))).json()
    assert (preview["format"], preview["title"]) == ("moodle-xml", DEMO_TITLE), preview
    imported = await client.post("/api/assessments/import", files=_upload(response.content))
    assert imported.status_code == 201, imported.text
    result = imported.json()
    assert (result["skipped"], result["notes"]) == ([], []), result

    before = [q for q in await _questions(session, original.id) if q.type in MOODLE_MAPPED]
    after = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert {q.type for q in before} == MOODLE_MAPPED, "the demo has every type Moodle XML can express"
    assert result["imported"] == len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        for name in KEPT_FIELDS:
            assert getattr(new, name) == getattr(old, name), f"{old.type}: {name}"
        assert without_ids(new.config) == without_ids(old.config), f"{old.type}: config"


async def test_the_types_moodle_cannot_express_are_noted_where_they_were(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    text = (await exported(client, original.id, "moodle-xml")).decode()
    types = [q.type for q in await _questions(session, original.id)]
    left_out = [(number, name) for number, name in enumerate(types, start=1) if name not in MOODLE_MAPPED]
    assert {name for _n, name in left_out} == {"parsons", "code_debug", "trace_table", "logic_gates", "drag_label"}
    for number, name in left_out:
        assert f"<!-- Question {number} ({name}) is left out: Moodle has no question type" in text, name
    assert text.count('<question type="') == 1 + len(MOODLE_MAPPED), "a category, then each mapped question"
    preview = (await client.post("/api/assessments/import/preview", files=_upload(text.encode()))).json()
    assert preview["question_count"] == len(MOODLE_MAPPED)


async def test_an_uploaded_picture_travels_as_base64_and_comes_back_as_a_new_upload(client, session):
    teacher = await make_user(session, Role.teacher, username="t")
    media = Media(owner_id=teacher.id, filename="my parts.png", content_type="image/png",
                  size_bytes=len(tiny_png()), width=3, height=2, data=tiny_png())
    session.add(media)
    await session.flush()
    url = f"/api/media/{media.id}"
    assessment = await make_assessment(session, owner=teacher, questions=[
        {"type": "multiple_choice", "image_url": url, "image_alt": "Three white squares & a gap",
         "question_text": "What is this?\n    Indented  twice.\n\tTabbed <b>not bold</b>"}])
    await client.login("t")
    text = (await exported(client, assessment.id, "moodle-xml")).decode()
    assert '<file name="q1-my-parts.png" path="/" encoding="base64">' + base64.b64encode(tiny_png()).decode() in text
    assert "@@PLUGINFILE@@/q1-my-parts.png" in text
    result = (await client.post("/api/assessments/import", files=_upload(text.encode()))).json()
    [copy] = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert copy.image_url != url and copy.image_url.startswith("/api/media/")
    assert copy.image_alt == "Three white squares & a gap"
    assert (await session.get(Media, uuid.UUID(copy.image_url.rsplit("/", 1)[1]))).data == tiny_png()
    assert copy.question_text == "What is this?\n    Indented  twice.\n\tTabbed <b>not bold</b>", "spaces kept"


async def test_a_question_with_a_non_ks3_tag_and_none_of_ours_still_round_trips_its_own_fields(client, session):
    teacher = await make_user(session, Role.teacher, username="t")
    assessment = await make_assessment(session, owner=teacher, questions=[
        {"type": "text_input", "tags": ["networks", "year 8"], "points": 3}])
    await client.login("t")
    text = (await exported(client, assessment.id, "moodle-xml")).decode()
    stripped = "\n".join(line for line in text.split("\n") if "ks3:" not in line)
    result = (await client.post("/api/assessments/import", files=_upload(stripped.encode()))).json()
    [before] = await _questions(session, assessment.id)
    [after] = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert (after.type, after.points, after.tags, after.hint) == ("text_input", 3, ["networks", "year 8"],
                                                                  before.hint)
    assert after.config["accepted_answers"] == before.config["accepted_answers"]


def _file(name: str, data: bytes) -> str:
    return f'<file name="{name}" path="/" encoding="base64">{base64.b64encode(data).decode()}</file>'


# Written by us in the shapes Moodle's own "Export questions → Moodle XML" produces (CDATA, <text> wrappers,
# format="html", penalty, hidden, idnumber, combined feedback, plug-in types), from Moodle's documentation of the
# format and of the Cloze, ordering and CodeRunner question types, with the awkward cases in it.
MOODLE_EXPORT = f"""<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category>
      <text>$course$/top/Default for Year 8//9/Networks</text>
    </category>
    <info format="moodle_auto_format">
      <text>Questions about networks.</text>
    </info>
    <idnumber></idnumber>
  </question>

<!-- question: 101  -->
  <question type="multichoice">
    <name>
      <text>Router</text>
    </name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr" style="text-align: left;">Which device joins <strong>networks</strong> &amp; sends
      packets   between them?&nbsp;</p><p><img src="@@PLUGINFILE@@/network%20map.png" alt="A map of two networks" width="300"></p><script>alert(1)</script>]]></text>
      {_file("network map.png", tiny_png())}
    </questiontext>
    <generalfeedback format="html">
      <text><![CDATA[<p>Routers work between networks.</p>]]></text>
    </generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber>NET-1</idnumber>
    <single>true</single>
    <shuffleanswers>false</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <showstandardinstruction>0</showstandardinstruction>
    <correctfeedback format="html">
      <text>Your answer is correct.</text>
    </correctfeedback>
    <partiallycorrectfeedback format="html">
      <text>Your answer is partially correct.</text>
    </partiallycorrectfeedback>
    <incorrectfeedback format="html">
      <text>Your answer is incorrect.</text>
    </incorrectfeedback>
    <shownumcorrect/>
    <answer fraction="100" format="html">
      <text><![CDATA[<p>Router</p>]]></text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text><![CDATA[<p>Switch</p>]]></text>
      <feedback format="html">
        <text><![CDATA[<p>A switch joins devices on <em>one</em> network.</p>]]></text>
      </feedback>
    </answer>
    <answer fraction="0" format="html">
      <text>Hub &amp;lt;old&amp;gt; &amp;amp; &#233;</text>
      <feedback format="html">
        <text></text>
      </feedback>
    </answer>
    <hint format="html">
      <text><![CDATA[<p>It <b>routes</b>.</p>]]></text>
      <shownumcorrect/>
    </hint>
    <hint format="html">
      <text>A second hint is not kept.</text>
    </hint>
    <tags>
      <tag><text>networks</text></tag>
    </tags>
  </question>

<!-- question: 102  -->
  <question type="multichoice">
    <name><text>Primary colours</text></name>
    <questiontext format="html"><text><![CDATA[<p>Pick the primary colours of light.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>3.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>1</hidden>
    <idnumber></idnumber>
    <single>false</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>123</answernumbering>
    <answer fraction="33.33333" format="html"><text>Red</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="33.33333" format="html"><text>Green</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="33.33333" format="html"><text>Blue</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="-100" format="html"><text>Yellow</text><feedback format="html"><text>Yellow is made of red and green light.</text></feedback></answer>
  </question>

<!-- question: 103  -->
  <question type="truefalse">
    <name><text>Binary</text></name>
    <questiontext format="moodle_auto_format"><text>Computers store data in binary.
A bit is 0 or 1.</text></questiontext>
    <generalfeedback format="moodle_auto_format"><text></text></generalfeedback>
    <defaultgrade>1</defaultgrade>
    <penalty>1</penalty>
    <hidden>0</hidden>
    <answer fraction="100" format="moodle_auto_format"><text>true</text><feedback format="html"><text>Yes.</text></feedback></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text><feedback format="html"><text>Look again.</text></feedback></answer>
  </question>

<!-- question: 104  -->
  <question type="shortanswer">
    <name><text>LAN</text></name>
    <questiontext format="html"><text><![CDATA[<p>What does LAN stand for?</p>]]></text></questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>A LAN covers one site.</p>]]></text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>Local Area Network</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="100" format="moodle_auto_format"><text>local area network</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="50" format="moodle_auto_format"><text>local network</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="0" format="moodle_auto_format"><text>*</text><feedback format="html"><text>Think of the words.</text></feedback></answer>
  </question>

<!-- question: 105  -->
  <question type="numerical">
    <name><text>Bits</text></name>
    <questiontext format="html"><text>How many bits are in a byte?</text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <answer fraction="100" format="moodle_auto_format"><text>8</text><feedback format="html"><text></text></feedback><tolerance>0</tolerance></answer>
    <answer fraction="0" format="moodle_auto_format"><text>*</text><feedback format="html"><text></text></feedback><tolerance>0</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>bits</unit_name></unit></units>
    <unitgradingtype>0</unitgradingtype>
    <unitpenalty>0.1000000</unitpenalty>
    <showunits>3</showunits>
    <unitsleft>0</unitsleft>
  </question>

<!-- question: 106  -->
  <question type="numerical">
    <name><text>Kilobyte</text></name>
    <questiontext format="html"><text>About how many bits in a kilobyte?</text></questiontext>
    <answer fraction="100" format="moodle_auto_format"><text>8000</text><tolerance>200</tolerance></answer>
  </question>

<!-- question: 107  -->
  <question type="essay">
    <name><text>Binary essay</text></name>
    <questiontext format="html"><text><![CDATA[<h3>Why binary?</h3><p>Explain why computers use binary.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>4.0000000</defaultgrade>
    <penalty>0.0000000</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <responseformat>editor</responseformat>
    <responserequired>1</responserequired>
    <responsefieldlines>15</responsefieldlines>
    <minwordlimit>20</minwordlimit>
    <maxwordlimit>200</maxwordlimit>
    <attachments>0</attachments>
    <attachmentsrequired>0</attachmentsrequired>
    <maxbytes>0</maxbytes>
    <filetypeslist></filetypeslist>
    <graderinfo format="html"><text><![CDATA[<ul><li>Says a switch is on or off (2 marks)</li><li>Links on/off to 1 and 0 (2 marks)</li></ul>]]></text></graderinfo>
    <responsetemplate format="html"><text></text></responsetemplate>
  </question>

<!-- question: 108  -->
  <question type="matching">
    <name><text>Units</text></name>
    <questiontext format="html"><text><![CDATA[<p>Match each unit to its size.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <shuffleanswers>true</shuffleanswers>
    <correctfeedback format="html"><text>Well matched.</text></correctfeedback>
    <partiallycorrectfeedback format="html"><text>Some are right.</text></partiallycorrectfeedback>
    <incorrectfeedback format="html"><text>Have another look.</text></incorrectfeedback>
    <shownumcorrect/>
    <subquestion format="html"><text><![CDATA[<p>bit</p>]]></text><answer><text>0 or 1</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>nibble</p>]]></text><answer><text>4 bits</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>byte</p>]]></text><answer><text>8 bits</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>16 bits</text></answer></subquestion>
  </question>

<!-- question: 109  -->
  <question type="ordering">
    <name><text>Sign in</text></name>
    <questiontext format="html"><text><![CDATA[<p>Put the steps in order.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>1</defaultgrade>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <layouttype>VERTICAL</layouttype>
    <selecttype>ALL</selecttype>
    <selectcount>0</selectcount>
    <gradingtype>ABSOLUTE_POSITION</gradingtype>
    <showgrading>SHOW</showgrading>
    <numberingstyle>none</numberingstyle>
    <correctfeedback format="html"><text></text></correctfeedback>
    <partiallycorrectfeedback format="html"><text></text></partiallycorrectfeedback>
    <incorrectfeedback format="html"><text></text></incorrectfeedback>
    <answer fraction="3.0000000" format="moodle_auto_format"><text>Press Sign in</text></answer>
    <answer fraction="1.0000000" format="moodle_auto_format"><text>Type your username</text></answer>
    <answer fraction="2.0000000" format="moodle_auto_format"><text>Type your password</text></answer>
  </question>

<!-- question: 110  -->
  <question type="multianswer">
    <name><text>Loop gaps</text></name>
    <questiontext format="html">
      <text><![CDATA[<p>Complete the loop so it prints 0 to 4.</p><pre>for i in {{1:SHORTANSWER_C:=range~%50%xrange#Nearly: Python 3 says range.}}(5):
    {{1:SA:=print~=print \\}}}}(i)
    x = a &lt; b</pre>]]></text>
    </questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <penalty>0.3333333</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
  </question>

<!-- question: 111  -->
  <question type="multianswer">
    <name><text>Drop-down gap</text></name>
    <questiontext format="html"><text><![CDATA[<p>A {{1:MULTICHOICE:=byte~bit}} is 8 bits.</p>]]></text></questiontext>
  </question>

<!-- question: 112  -->
  <question type="coderunner">
    <name><text>sqr</text></name>
    <questiontext format="html"><text><![CDATA[<p>Write a function <code>sqr(n)</code> that returns n squared.</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <defaultgrade>2</defaultgrade>
    <penalty>0</penalty>
    <hidden>0</hidden>
    <idnumber></idnumber>
    <coderunnertype>python3</coderunnertype>
    <prototypetype>0</prototypetype>
    <allornothing>1</allornothing>
    <penaltyregime>10, 20, ...</penaltyregime>
    <precheck>0</precheck>
    <answerboxlines>18</answerboxlines>
    <answerpreload>def sqr(n):
    pass</answerpreload>
    <answer><![CDATA[def sqr(n):
    return n * n
]]></answer>
    <validateonsave>1</validateonsave>
    <cputimelimitsecs>3</cputimelimitsecs>
    <testcases>
      <testcase testtype="0" useasexample="1" hiderestiffail="0" mark="1.0000000" >
      <testcode><text>print(sqr(3))</text></testcode>
      <stdin><text></text></stdin>
      <expected><text>9</text></expected>
      <extra><text></text></extra>
      <display><text>SHOW</text></display>
    </testcase>
      <testcase testtype="0" useasexample="0" hiderestiffail="0" mark="1.0000000" >
      <testcode><text>print(repr(str(sqr(-2))))</text></testcode>
      <stdin><text></text></stdin>
      <expected><text>'4'
</text></expected>
      <extra><text></text></extra>
      <display><text>HIDE</text></display>
    </testcase>
    </testcases>
  </question>

<!-- question: 113  -->
  <question type="coderunner">
    <name><text>Greeting</text></name>
    <questiontext format="html"><text>Read a name and greet it.</text></questiontext>
    <coderunnertype>python3</coderunnertype>
    <answer>print("Hello " + input())</answer>
    <testcases>
      <testcase testtype="0" useasexample="1" hiderestiffail="0" mark="1.0000000">
      <testcode><text></text></testcode>
      <stdin><text>Sam</text></stdin>
      <expected><text>Hello Sam</text></expected>
      <display><text>SHOW</text></display>
    </testcase>
    </testcases>
  </question>

<!-- question: 114  -->
  <question type="description">
    <name><text>Intro</text></name>
    <questiontext format="html"><text><![CDATA[<p>The next questions are about networks.</p>]]></text></questiontext>
  </question>

<!-- question: 115  -->
  <question type="ddwtos">
    <name><text>Drag words</text></name>
    <questiontext format="html"><text><![CDATA[<p>The [[1]] is the brain of the computer.</p>]]></text></questiontext>
  </question>
</quiz>
"""


async def test_a_file_in_moodles_own_shapes_imports_as_expected(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    counts = [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)]
    response = await client.post("/api/assessments/import/preview",
                                 files=_upload(MOODLE_EXPORT.encode(), "questions-Networks.xml"))
    assert response.status_code == 200, response.text
    preview = response.json()
    assert [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)] == counts
    assert (preview["format"], preview["title"], preview["question_count"]) == ("moodle-xml", "Networks", 15)
    assert preview["picture_count"] == 1
    by_number = {q["number"]: q for q in preview["questions"]}
    assert [q["number"] for q in preview["questions"] if not q["will_import"]] == [6, 11, 13, 14, 15], [
        (q["number"], q["skip_reason"]) for q in preview["questions"]]
    assert by_number[6]["skip_reason"].startswith("Skipped: we cannot mark a range of numbers")
    assert "MULTICHOICE gap" in by_number[11]["skip_reason"]
    assert "stdin" in by_number[13]["skip_reason"]
    assert "description" in by_number[14]["skip_reason"]
    assert "Moodle's ‘ddwtos’ questions have no matching question type" in by_number[15]["skip_reason"]

    result = (await client.post("/api/assessments/import", files=_upload(MOODLE_EXPORT.encode(), "q.xml"))).json()
    assert result["imported"] == 10, result
    draft = await session.get(Assessment, uuid.UUID(result["assessment_id"]))
    assert draft.description.startswith("Questions about networks.")
    q = dict(zip([1, 2, 3, 4, 5, 7, 8, 9, 10, 12], await _questions(session, draft.id), strict=True))
    assert q[1].type == "multiple_choice"
    assert q[1].question_text == "Which device joins networks & sends packets between them?", "HTML reduced to text"
    assert [(o["text"], o["is_correct"], o.get("distractor_feedback")) for o in q[1].config["options"]] == [
        ("Router", True, None), ("Switch", False, "A switch joins devices on one network."), ("Hub <old> & é", False, None)]
    assert q[1].config["shuffle_options"] is False
    assert q[1].feedback == {"correct": "Your answer is correct.", "partial": "Your answer is partially correct.",
                             "incorrect": "Your answer is incorrect."}
    assert (q[1].hint, q[1].tags, q[1].points) == ("It routes.", ["networks"], 1)
    assert q[1].image_alt == "A map of two networks"
    picture = await session.get(Media, uuid.UUID(q[1].image_url.rsplit("/", 1)[1]))
    assert (picture.filename, picture.data) == ("network map.png", tiny_png())
    assert q[2].type == "multiple_select" and q[2].points == 3
    assert [o["is_correct"] for o in q[2].config["options"]] == [True, True, True, False]
    assert q[2].config["options"][3]["distractor_feedback"] == "Yellow is made of red and green light."
    assert q[3].question_text == "Computers store data in binary.\nA bit is 0 or 1.", "auto format keeps lines"
    assert [(o["text"], o["is_correct"]) for o in q[3].config["options"]] == [("True", True), ("False", False)]
    assert q[4].type == "text_input" and q[4].feedback["correct"] == "A LAN covers one site."
    assert [(a["text"], a["points"]) for a in q[4].config["accepted_answers"]] == [
        ("Local Area Network", 1), ("local network", 0.5)]
    assert [a["text"] for a in q[5].config["accepted_answers"]] == ["8"]
    assert (q[7].type, q[7].question_text) == ("extended_text", "Why binary?\n\nExplain why computers use binary.")
    assert (q[7].config["min_words"], q[7].config["max_words"], q[7].points) == (20, 200, 4)
    assert q[7].config["marking_guide"]["mark_scheme"] == [
        {"criterion": "Says a switch is on or off", "points": 2.0},
        {"criterion": "Links on/off to 1 and 0", "points": 2.0}]
    assert q[8].type == "matching" and len(q[8].config["correct_pairs"]) == 3
    assert len(q[8].config["right_items"]) == 4 and q[8].feedback["partial"] == "Some are right."
    assert [i["text"] for i in sorted(q[9].config["items"], key=lambda i: i["correct_position"])] == [
        "Type your username", "Type your password", "Press Sign in"]
    assert q[10].type == "code_completion" and q[10].question_text == "Complete the loop so it prints 0 to 4."
    assert q[10].config["code_template"] == "for i in {{BLANK_1}}(5):\n    {{BLANK_2}}(i)\n    x = a < b"
    assert [b["correct_answers"] for b in q[10].config["blanks"]] == [["range"], ["print", "print }"]]
    assert q[12].type == "python_code" and q[12].points == 2
    assert q[12].config["starter_code"] == "def sqr(n):\n    pass"
    assert [(t["input"], t["expected"], t["visible"]) for t in q[12].config["test_cases"]] == [
        ("sqr(3)", "9", True), ("str(sqr(-2))", "'4'", False)]
    assert q[12].config["time_limit_seconds"] == 3


HOSTILE = {
    "an XML bomb (billion laughs)": (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]>\n<quiz><question type="essay"><name><text>&lol3;'
        b"</text></name></question></quiz>", 422, "declares a DTD or entities"),
    "an external entity": (
        b'<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n'
        b'<quiz><question type="essay"><questiontext><text>&secret;</text></questiontext></question></quiz>',
        422, "declares a DTD or entities"),
    "not XML at all": (b"just some words, named .xml", 422, "This file is not XML"),
    "a binary file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", 422, "This file is not XML"),
    "XML cut short": (b'<?xml version="1.0"?>\n<quiz><question type="essay"><name><text>A', 422,
                      "not complete XML"),
    "XML but not Moodle": (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', 422,
                           "it starts with <rss>, and Moodle XML starts with <quiz>"),
    "nesting far too deep": (b"<quiz>" + b"<a>" * 5000 + b"</a>" * 5000 + b"</quiz>", 422, "levels deep"),
    "a flood of elements": (b"<quiz>" + b"<a/>" * 300_000 + b"</quiz>", 413, "more than 200,000 XML elements"),
    "only categories": (b'<quiz><question type="category"><category><text>$course$/top</text></category>'
                        b"</question></quiz>", 422, "no questions in it"),
    "5,000 questions": (b"<quiz>" + b'<question type="essay"/>' * 5000 + b"</quiz>", 413,
                        "This file has 5,000 questions"),
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_moodle_files_get_a_clear_4xx(client, session, name):
    content, status, message = HOSTILE[name]
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    await refused_storing_nothing(client, session, _upload(content), status, message)


async def test_a_moodle_file_over_the_size_setting_is_refused_saying_the_limit(client, session, monkeypatch):
    monkeypatch.setattr(get_settings(), "exchange_max_file_mb", 1)
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = MOODLE_EXPORT.replace("</quiz>", "<!--" + "x" * 2 * 1024 * 1024 + "--></quiz>").encode()
    response = await client.post("/api/assessments/import/preview", files=_upload(content))
    assert response.status_code == 413
    assert "larger than 1 MB" in response.json()["detail"]


async def test_a_bad_picture_skips_only_its_question(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = MOODLE_EXPORT.replace(_file("network map.png", tiny_png()),
                                    _file("network map.png", b"just some words")).encode()
    preview = (await client.post("/api/assessments/import/preview", files=_upload(content))).json()
    first = preview["questions"][0]
    assert (first["will_import"], preview["picture_count"]) == (False, 0)
    assert "‘network map.png’ in this file is not a picture" in first["skip_reason"]
    assert preview["importable_count"] == 9


async def test_a_moodle_file_is_found_by_its_content_and_by_the_format_field(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = MOODLE_EXPORT.encode()
    for name, data in (("upload.bin", {}), ("upload.txt", {}), ("upload.json", {"format": "moodle-xml"})):
        response = await client.post("/api/assessments/import/preview", files=_upload(content, name), data=data)
        assert response.status_code == 200, response.text
        assert (response.json()["format"], response.json()["importable_count"]) == ("moodle-xml", 10), name


async def test_our_tags_are_used_only_where_they_fit_and_checked_like_any_save(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")

    def question(kind: str, answers: str, tags: list[str]) -> str:
        tagged = "".join(f"<tag><text>{t}</text></tag>" for t in tags)
        return (f'<question type="{kind}"><name><text>n</text></name><questiontext format="html"><text>A '
                f"{kind} question</text></questiontext>{answers}<tags>{tagged}</tags></question>")

    choice = '<answer fraction="100"><text>yes</text></answer><answer fraction="0"><text>no</text></answer>'
    short = '<answer fraction="100"><text>Word</text></answer><usecase>1</usecase>'
    content = "<quiz>" + "".join([
        question("multichoice", choice, ["ks3:type=matching", 'ks3:config={"shuffle_right":false}']),
        question("shortanswer", short, ["ks3:type=text_input", "ks3:difficulty=9"]),
        question("shortanswer", short, ["ks3:type=text_input", 'ks3:config={"max_length":7,"accepted_answers":[]}',
                                        "ks3:time=NaN", "ks3:strand=PG"]),
        question("essay", "", ["ks3:type=extended_text", "ks3:feedback=" + "[" * 5000 + "]" * 5000]),
    ]) + "</quiz>"
    preview = (await client.post("/api/assessments/import/preview", files=_upload(content.encode()))).json()
    assert [(q["type"], q["will_import"]) for q in preview["questions"]] == [
        ("multiple_choice", True), ("text_input", False), ("text_input", True), ("extended_text", True)]
    assert preview["questions"][1]["skip_reason"].startswith("difficulty:")
    result = (await client.post("/api/assessments/import", files=_upload(content.encode()))).json()
    q3 = (await _questions(session, uuid.UUID(result["assessment_id"])))[1]
    assert (q3.config["max_length"], q3.config["case_sensitive"], q3.strands) == (7, True, ["PG"])
    assert [a["text"] for a in q3.config["accepted_answers"]] == ["Word"], "the answers come from Moodle's own"
