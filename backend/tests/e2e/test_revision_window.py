"""FeedForward after the lesson in a real browser: the teacher opens a revision window for a class's finished
written answers; a pupil sees "You can improve your answer to question 1 until …" on their dashboard, reads the
released feedback, writes a better answer (saved as they type: it is there after reloading) and sends it; once
the teacher has marked it, the teacher sees 1 of 1 revised answers improved, compares the drafts word by word and
closes the window early, and the pupil's dashboard no longer offers it. Each screen checked with axe. The class,
pupils and assessment are made for this test; the demo school is left as it was (the demo teacher teaches the new
class, as in test_marking.py)."""

from __future__ import annotations

import re
from contextlib import closing

import pytest
from playwright.sync_api import expect

from tests.e2e.pupil_helpers import wait_drawn
from tests.e2e.test_marking import signed_in

pytestmark = pytest.mark.e2e

CLASS_NAME = "9R (revision test)"
FIRST = "An algorithm is a set of steps."
BETTER = "An algorithm is a set of steps to solve a problem, like a recipe for a cake."


def _scene(base_url: str) -> dict:
    """A class of one pupil who wrote a short answer and finished; the teacher gave 1 of 4 and released it."""
    with closing(signed_in(base_url, "admin")) as admin, closing(signed_in(base_url, "teacher")) as teacher:
        roster = f"first name,last name,year,class\nRory,Reviser,9,{CLASS_NAME}"
        plan = admin.post("/api/admin/pupils/import/preview", json={"csv": roster}).json()
        imported = admin.post("/api/admin/pupils/import", json={"csv": roster, "plan_hash": plan["plan_hash"]})
        assert imported.status_code == 201, imported.text
        pupil = imported.json()["created"][0]
        school_class = next(c for c in admin.get("/api/admin/classes").json() if c["name"] == CLASS_NAME)
        me = teacher.get("/api/auth/me").json()["user"]
        admin.post(f"/api/admin/classes/{school_class['id']}/teachers", json={"teacher_id": me["id"]}).raise_for_status()
        assessment = teacher.post("/api/assessments", json={"title": "Algorithms (revision test)", "max_attempts": 1})
        assert assessment.status_code == 201, assessment.text
        assessment_id = assessment.json()["id"]
        question = teacher.post(f"/api/assessments/{assessment_id}/questions", json={
            "type": "extended_text", "question_text": "Explain what an algorithm is, with an example.", "points": 4,
            "config": {"type": "extended_text", "min_words": 3, "max_words": 150,
                       "marking_guide": {"points_available": 4, "mark_scheme": [
                           {"criterion": "Says what an algorithm is", "points": 2},
                           {"criterion": "Gives an everyday example", "points": 2}]}}})
        assert question.status_code == 201, question.text
        question_id = question.json()["question"]["id"]
        teacher.post(f"/api/assessments/{assessment_id}/publish",
                     json={"classes": [{"class_id": school_class["id"]}]}).raise_for_status()
        with closing(signed_in(base_url, pupil["username"], pupil["password"])) as rory:
            attempt = rory.post(f"/api/pupil/assessments/{assessment_id}/start").json()["attempt_id"]
            rory.post(f"/api/pupil/attempts/{attempt}/answers/{question_id}/submit",
                      json={"answer_data": {"text": FIRST}}).raise_for_status()
            rory.post(f"/api/pupil/attempts/{attempt}/complete").raise_for_status()
        _mark(teacher, assessment_id, 1, "A good start. Say what the steps are for, and give an example.")
    return {"assessment": assessment_id, "pupil": pupil}


def _mark(teacher, assessment_id: str, score: int, feedback: str) -> None:
    [item] = teacher.get("/api/marking/queue", params={"assessment_id": assessment_id}).json()["items"]
    teacher.post(f"/api/marking/answers/{item['answer_id']}", json={"score": score, "feedback": feedback}).raise_for_status()
    teacher.post("/api/marking/release", json={"assessment_id": assessment_id}).raise_for_status()


def test_a_pupil_improves_an_answer_after_the_lesson_and_the_teacher_sees_it_improved(
        page, pupil_page, live_server, login_as, axe_check):
    scene = _scene(live_server.url)
    login_as(page, "teacher")
    page.goto(f"/teacher/revision.html?assessment={scene['assessment']}")
    wait_drawn(page)
    expect(page.get_by_role("heading", level=1)).to_have_text("Improving written answers: Algorithms (revision test)")
    expect(page.get_by_label("Who can improve their answers")).to_contain_text("Rory Reviser")
    axe_check(page, "revision windows")
    page.get_by_label("Closes").fill("2099-07-01T15:30")
    page.get_by_role("button", name="Open the revision window").click()
    expect(page.get_by_test_id("revision-status")).to_contain_text("Revision window opened.")
    expect(page.get_by_test_id("revision-windows")).to_contain_text("Question 1, all of 9R (revision test): open until")

    login_as(pupil_page, scene["pupil"]["username"], scene["pupil"]["password"])
    notices = pupil_page.get_by_test_id("revisions")
    expect(notices).to_contain_text("You can improve your answer to question 1 until Wednesday 1 July at 15:30.")
    axe_check(pupil_page, "pupil dashboard with a revision window")
    notices.get_by_role("link", name="Improve my answer").click()
    wait_drawn(pupil_page)
    expect(pupil_page.get_by_test_id("revise-feedback")).to_contain_text("Say what the steps are for")
    box = pupil_page.get_by_label("Your improved answer")
    expect(box).to_have_value(FIRST)
    box.fill(BETTER)
    expect(pupil_page.get_by_test_id("revise-status")).to_have_text("Saved.")
    pupil_page.reload()
    wait_drawn(pupil_page)
    expect(pupil_page.get_by_label("Your improved answer")).to_have_value(BETTER)
    axe_check(pupil_page, "improving an answer")
    pupil_page.get_by_role("button", name="Send to my teacher").click()
    expect(pupil_page.get_by_test_id("revise-status")).to_contain_text("Sent to your teacher. This is draft 2.")

    with closing(signed_in(live_server.url, "teacher")) as teacher:
        _mark(teacher, scene["assessment"], 3, "Well done. That is much clearer.")
    page.reload()
    wait_drawn(page)
    expect(page.get_by_test_id("improved-count")).to_have_text(
        "1 of 1 revised answer improved (a higher mark than before).")
    page.get_by_role("button", name=re.compile(r"^Compare drafts\W+Rory Reviser, question 1$")).click()
    drafts = page.get_by_test_id("teacher-draft")
    expect(drafts).to_have_count(2)
    expect(drafts.nth(1).locator("ins")).to_contain_text("to solve a problem, like a recipe for a cake.")
    expect(drafts.nth(1).locator("del")).to_have_text("steps.")
    axe_check(page, "drafts side by side")
    page.get_by_role("button", name="Close now").click()
    expect(page.get_by_test_id("revision-windows")).to_contain_text("closed early on")

    pupil_page.goto("/pupil/dashboard.html")
    wait_drawn(pupil_page)
    expect(pupil_page.get_by_role("heading", name="Finished")).to_be_visible()
    expect(pupil_page.get_by_test_id("revisions")).to_have_count(0)
