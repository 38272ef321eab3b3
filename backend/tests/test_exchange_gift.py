"""GIFT export and import: a round trip of every type GIFT can express (our own fields kept in the `// ks3:`
comments), the types it cannot listed at the top, the awkward cases of the Moodle "GIFT format" documentation
read as expected, and a clear 4xx for every hostile file. Real HTTP on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid

import pytest

from app.config import get_settings
from app.demo.sample_assessment import TITLE as DEMO_TITLE
from app.models import Assessment, AuditLog, Media, Question, Role
from app.services.exchange.gift import CONFIG_EXTRAS
from tests.exchange_helpers import count_rows as _count
from tests.exchange_helpers import demo_assessment, exported, refused_storing_nothing, without_ids
from tests.exchange_helpers import questions_of as _questions
from tests.factories import make_assessment, make_user

GIFT_TYPES = set(CONFIG_EXTRAS)
KEPT_FIELDS = ("type", "question_text", "points", "difficulty", "time_estimate_seconds", "hint", "feedback",
               "strands", "tags", "learning_objective_id", "topic_id", "scaffold")


def _upload(content: bytes, name: str = "questions.gift") -> dict:
    return {"file": (name, content, "text/plain")}


async def _export_gift(client, assessment_id) -> bytes:
    return await exported(client, assessment_id, "gift")


async def test_round_trip_keeps_every_gift_type_with_our_fields(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    response = await client.get(f"/api/assessments/{original.id}/export?format=gift")
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    assert response.headers["content-disposition"] == (
        'attachment; filename="Programming-essentials-and-binary-check-your-understanding.gift.txt"')
    text = response.content.decode("utf-8")
    assert "// ks3: {" in text and "::Q1::[plain]" in text

    preview = (await client.post("/api/assessments/import/preview", files=_upload(response.content))).json()
    assert (preview["format"], preview["title"]) == ("gift", DEMO_TITLE)
    imported = await client.post("/api/assessments/import", files=_upload(response.content))
    assert imported.status_code == 201, imported.text
    result = imported.json()
    assert (result["skipped"], result["notes"]) == ([], [])

    before = [q for q in await _questions(session, original.id) if q.type in GIFT_TYPES]
    after = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert {q.type for q in before} == GIFT_TYPES, "the demo has every type GIFT can express"
    assert result["imported"] == len(before) == len(after)
    for old, new in zip(before, after, strict=True):
        for name in KEPT_FIELDS:
            assert getattr(new, name) == getattr(old, name), f"{old.type}: {name}"
        assert without_ids(new.config) == without_ids(old.config), f"{old.type}: config"


async def test_a_denary_answer_is_a_gift_number_and_binary_a_short_answer(client, session):
    teacher = await make_user(session, Role.teacher, username="t")
    to_denary = {"type": "binary_convert", "conversion_type": "binary_to_decimal", "given_value": "1011"}
    to_binary = {"type": "binary_convert", "conversion_type": "decimal_to_binary", "given_value": "5"}
    assessment = await make_assessment(session, owner=teacher, questions=[("binary_convert", to_denary),
                                                                          ("binary_convert", to_binary)])
    await client.login("t")
    text = (await _export_gift(client, assessment.id)).decode()
    assert "{#11####" in text and "{=00000101####" in text
    result = (await client.post("/api/assessments/import", files=_upload(text.encode()))).json()
    assert result["imported"] == 2, result
    copy = await _questions(session, uuid.UUID(result["assessment_id"]))
    assert [(q.type, q.config["conversion_type"], q.config["given_value"]) for q in copy] == [
        ("binary_convert", "binary_to_decimal", "1011"), ("binary_convert", "decimal_to_binary", "5")]


async def test_the_export_of_all_14_types_lists_the_types_left_out(client, session):
    original = await demo_assessment(session)
    await client.login("teacher", "demo1234")
    text = (await _export_gift(client, original.id)).decode()
    [note] = [line for line in text.splitlines() if line.startswith("// GIFT cannot express")]
    left_out = {q.type for q in await _questions(session, original.id)} - GIFT_TYPES
    assert len(left_out) == 8 and "ordering" in left_out
    for name in left_out:
        assert f"{name} (" in note, name
    assert text.count("// ks3: {") == text.count("::Q") == 14 - len(left_out)


# Written by hand from the examples and rules of Moodle's "GIFT format" documentation.
AWKWARD = """// A comment at the top, then a category.
$CATEGORY: $course$/Computing/Networks

::Q1:: Which device joins networks? {
=Router#It passes packets between networks.
~Switch#A switch joins devices on one network.
~Hub
}

::Q2 escapes:: In maths, 2 \\+ 2 \\= 4 and sets use \\{ and \\}; a\\:b and \\~ and \\# too. {
=yes
~no
}

::Q3 html::[html]<p>Is <b>HTML</b> &amp; CSS <script>alert(1)</script>code?</p> {T#Look again.#Yes.}

::Q4 weights:: Which are input devices? {
~%50%Keyboard
~%50%Mouse
~%-100%Monitor
}

::Q5 thirds:: Pick the primary colours of light. {
~%33.33333%Red ~%33.33333%Green ~%33.33333%Blue ~%-100%Yellow
}

::Q6 short:: What does CPU stand for? {=Central Processing Unit =central processor#Nearly. =%50%processor}

::Q7 numeric:: How many bits in a byte? {#=8 =8.0:0 ~7#Count them again.}

::Q8 range:: Pick a number from 5 to 10. {#5..10}

::Q9 tolerance:: About how many bits in a kilobyte? {#8000:200}

::Q10 match:: Match each unit to its size. {
=bit -> 0 or 1
=nibble -> 4 bits
=byte -> 8 bits
= -> 16 bits
}

::Q11 essay::[markdown]Explain **why** we use binary. {}

::Q12 missing:: A byte has {=8 =eight} bits
in it.

::Q13 general:: 1 + 1 = ? in binary {=10 ####Binary 10 is denary 2.}

::Q14 entities:: Caf&eacute; &lt;menu&gt; {=yes ~no}

A description with no answers at all.

// Q16 has no right answer.
::Q16:: Which one? {~a ~b}
"""


async def test_the_awkward_cases_of_the_gift_documentation_import_as_expected(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    counts = [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)]
    response = await client.post("/api/assessments/import/preview", files=_upload(AWKWARD.encode(), "set.txt"))
    assert response.status_code == 200, response.text
    preview = response.json()
    assert [await _count(session, model) for model in (Assessment, Question, Media, AuditLog)] == counts
    assert (preview["format"], preview["title"], preview["question_count"]) == ("gift", "Networks", 16)
    by_number = {q["number"]: q for q in preview["questions"]}
    assert [q["number"] for q in preview["questions"] if not q["will_import"]] == [8, 9, 15, 16]
    assert by_number[8]["skip_reason"].startswith("Skipped: we cannot mark a range")
    assert "range" in by_number[9]["skip_reason"]
    assert "nothing to answer" in by_number[15]["skip_reason"]
    assert "None of its answers is marked right" in by_number[16]["skip_reason"]

    result = (await client.post("/api/assessments/import", files=_upload(AWKWARD.encode(), "set.txt"))).json()
    assert result["imported"] == 12 and [s["number"] for s in result["skipped"]] == [8, 9, 15, 16]
    q = {n: question for n, question in zip([1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14],
                                            await _questions(session, uuid.UUID(result["assessment_id"])),
                                            strict=True)}
    assert q[1].type == "multiple_choice" and q[1].question_text == "Which device joins networks?"
    assert [(o["text"], o["is_correct"], o.get("distractor_feedback")) for o in q[1].config["options"]] == [
        ("Router", True, None), ("Switch", False, "A switch joins devices on one network."), ("Hub", False, None)]
    assert q[1].feedback["correct"] == "It passes packets between networks."
    assert q[2].question_text == "In maths, 2 \\+ 2 = 4 and sets use { and }; a:b and ~ and # too."
    assert q[3].question_text == "Is HTML & CSS code?", "HTML is reduced to text, scripts dropped"
    assert [(o["text"], o["is_correct"]) for o in q[3].config["options"]] == [("True", True), ("False", False)]
    assert q[4].type == q[5].type == "multiple_select"
    assert [o["is_correct"] for o in q[5].config["options"]] == [True, True, True, False]
    assert q[6].type == "text_input"
    assert [(a["text"], a["points"]) for a in q[6].config["accepted_answers"]] == [
        ("Central Processing Unit", 1), ("central processor", 1), ("processor", 0.5)]
    assert [a["text"] for a in q[7].config["accepted_answers"]] == ["8"]
    assert q[10].type == "matching" and len(q[10].config["right_items"]) == 4
    assert len(q[10].config["correct_pairs"]) == 3
    assert q[11].type == "extended_text" and q[11].question_text == "Explain **why** we use binary."
    assert q[12].question_text == "A byte has _____ bits\nin it."
    assert q[13].feedback == {"correct": "Binary 10 is denary 2.", "incorrect": "Binary 10 is denary 2.",
                              "partial": "Binary 10 is denary 2."}
    assert q[14].question_text == "Café <menu>"


HOSTILE = {
    "unterminated braces": (b"::Q1:: What is 1 + 1? {=2 ~3", 422, "never end with }"),
    "deeply nested braces": (b"::Q1:: Deep " + b"{" * 100_000 + b"}" * 100_000, 422, "a { inside its answers"),
    "a binary file": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xd8", 422, "This file is not text"),
    "100,000 tiny questions": (b"Q{=a}\n\n" * 100_000, 413, "This file has 100,000 questions"),
    "broken HTML made to stall a parser": (b"::Q1::[html]" + b"<p " * 300_000 + b"{=a}", 422,
                                           "longer than 20,000 characters"),
    "no questions": (b"// only a comment\n$CATEGORY: x\n", 422, "no GIFT questions"),
}


@pytest.mark.parametrize("name", HOSTILE)
async def test_hostile_gift_files_get_a_clear_4xx(client, session, name):
    content, status, message = HOSTILE[name]
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    await refused_storing_nothing(client, session, _upload(content), status, message)


async def test_a_gift_file_over_the_size_setting_is_refused_saying_the_limit(client, session, monkeypatch):
    monkeypatch.setattr(get_settings(), "exchange_max_file_mb", 1)
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    response = await client.post("/api/assessments/import/preview",
                                 files=_upload(b"Q{=a}\n" + b"x" * (2 * 1024 * 1024)))
    assert response.status_code == 413
    assert "larger than 1 MB" in response.json()["detail"]


async def test_a_gift_file_is_found_by_its_content_and_by_the_format_field(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = b"::Q1:: What is 1 + 1? {=2 ~3}\n"
    for name, data in (("upload.bin", {}), ("upload.json", {"format": "gift"})):
        response = await client.post("/api/assessments/import/preview", files=_upload(content, name), data=data)
        assert response.status_code == 200, response.text
        assert (response.json()["format"], response.json()["importable_count"]) == ("gift", 1)


async def test_our_comment_is_used_only_where_it_fits_and_checked_like_any_save(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    content = "\n".join([
        '// ks3: {"type": "matching", "points": 5, "config": {"shuffle_right": false}}',
        "::Q1:: A choice after a comment for another type. {=yes ~no}",
        "",
        '// ks3: {"type": "text_input", "points": "ten"}',
        "::Q2:: A short answer with a bad points value. {=word}",
        "",
        '// ks3: {"type": "text_input", "points": 3, "config": {"case_sensitive": true, "accepted_answers": []}}',
        "::Q3:: The answers come from the GIFT, not the comment. {=Word}",
        "",
        '// ks3: {"type": "extended_text", "points": 2, "config": {"max_words": NaN}, "hint": "x"}',
        "::Q4:: A comment with a number no database keeps is only a comment. {}",
        "",
        '// ks3: {"type": "extended_text", "points": 2, "tags": ' + "[" * 5000 + "]" * 5000 + "}",
        "::Q5:: So is one nested too deeply to read. {}",
    ]).encode()
    preview = (await client.post("/api/assessments/import/preview", files=_upload(content))).json()
    assert [(q["type"], q["points"], q["will_import"]) for q in preview["questions"]] == [
        ("multiple_choice", 1, True), ("text_input", None, False), ("text_input", 3, True),
        ("extended_text", 1, True), ("extended_text", 1, True)]
    assert preview["questions"][1]["skip_reason"].startswith("points:")
    result = (await client.post("/api/assessments/import", files=_upload(content))).json()
    q3 = (await _questions(session, uuid.UUID(result["assessment_id"])))[1]
    assert q3.config["case_sensitive"] is True
    assert [a["text"] for a in q3.config["accepted_answers"]] == ["Word"]


# As Moodle's own "Export questions → GIFT" writes it: Windows line ends, a byte-order mark, "// question: N  name:"
# comments, a category per block, [html] text with <p> and entities, escaped newlines and colons.
MOODLE_EXPORT = (
    "\ufeff// question: 0  name: Switch category to $course$/top/Networks\r\n"
    "$CATEGORY: $course$/top/Networks\r\n\r\n\r\n"
    "// question: 1041  name: Router\r\n"
    "::Router::[html]<p>Which device sends packets <strong>between</strong> networks\\: LAN to WAN?</p>"
    "{\r\n\t~%-100%Switch#<p>A switch joins devices on one LAN.</p>\r\n\t=Router\r\n\t~%-100%Hub\r\n}\r\n\r\n"
    "// question: 1042  name: Bits in a byte\r\n"
    "::Bits in a byte::[html]<p>How many bits are in a byte?</p>{#8}\r\n\r\n"
    "// question: 1043  name: LAN\r\n"
    "::LAN::[html]<p>What does LAN stand for?&nbsp;</p>{=Local Area Network =local area network}\r\n"
)


async def test_a_file_exported_by_moodle_itself_imports(client, session):
    await make_user(session, Role.teacher, username="t")
    await client.login("t")
    response = await client.post("/api/assessments/import/preview",
                                 files=_upload(MOODLE_EXPORT.encode("utf-8"), "questions-Networks.txt"))
    assert response.status_code == 200, response.text
    preview = response.json()
    assert preview["format"] == "gift"
    assert [q["will_import"] for q in preview["questions"]] == [True, True, True], [q.get("skip_reason") or q.get("problems") for q in preview["questions"]]
    texts = " ".join(q["short_text"] for q in preview["questions"])
    assert "<p>" not in texts and "&nbsp;" not in texts and "between networks: LAN to WAN" in texts
