"""Shapes first met in the twenty-third held-out set: a video lesson saved from a quiz tool's teacher preview as HTML
(the objectives in the description after "After this video you will be able to:", each question under a label
giving its kind and number, each option's letter in a box of its own, the right option ticked, feedback shown under
an option, an open question's "Sample answer" over the answer)."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

DESCRIPTION = """<html><body><h1>Networks</h1><div class="description"><p>Watch the video first.<br>
After this video you will be able to:<br>– describe what a router does<br>– explain why packets are numbered<br>
<br>Good luck!</p></div></body></html>"""


def test_objectives_after_this_video_you_will_be_able_to_are_read():
    found = _objectives(_found("video.html", DESCRIPTION.encode("utf-8")))
    assert found == ["Describe what a router does", "Explain why packets are numbered"]


def _option(letter: str, text: str, *, right: bool = False, feedback: str = "") -> str:
    tick = '<span class="tick">✓</span>' if right else ""
    note = f'<div class="feedback">{feedback}</div>' if feedback else ""
    return (f'<li class="answer"><span class="letter">{letter}</span><span class="text">{text}</span>{tick}{note}'
            "</li>")


TIMELINE = f"""<html><body><h1>Packets</h1>
<div class="item"><div class="qi-type">Multiple-choice question · 1</div><div class="qi-body">
<p>Which device joins two networks?</p><ul class="answers">
{_option("A", "A switch", feedback="No – a switch joins devices on one network.")}
{_option("B", "A router – it forwards packets between networks", right=True)}
{_option("C", "A printer")}</ul><div class="points">Points: 1</div></div></div>
<div class="item"><div class="qi-type">Open-ended question · 2</div><div class="qi-body">
<p>Why are packets numbered?</p><div class="sample-answer"><span class="label">Sample answer</span>
<p>So that they can be put back in order when they arrive.</p></div></div></div>
</body></html>"""


def _questions() -> list[dict]:
    return _found("packets.html", TIMELINE.encode("utf-8"))["questions"]


def test_a_question_under_a_quiz_tools_kind_label_takes_the_labels_number():
    assert [(q["number"], q["text"]) for q in _questions()] == [
        (1, "Which device joins two networks?"), (2, "Why are packets numbered?")]


def test_option_letters_in_their_own_boxes_are_read_as_lettered_options():
    assert _questions()[0]["options"][0] == "A switch"


def test_feedback_under_an_option_does_not_end_the_questions_options():
    assert len(_questions()[0]["options"]) == 3


def test_the_ticked_option_is_the_answer():
    assert _questions()[0]["answer"] == "A router – it forwards packets between networks"


def test_a_sample_answer_label_gives_the_next_line_as_the_answer():
    assert _questions()[1]["answer"] == "So that they can be put back in order when they arrive."


def test_a_lettered_option_with_a_dash_is_not_a_key_word():
    terms = _terms(_found("packets.html", TIMELINE.encode("utf-8")))
    assert not any("router" in term.lower() for term in terms), terms


def test_a_videos_title_and_subtitle_is_not_a_key_word():
    page = ("<html><body><h1>Searching</h1><div class='video-title'>Search Algorithms – Linear and Binary explained"
            "</div><p>A <b>search</b> is a way of finding an item in a list.</p></body></html>")
    assert "Search Algorithms" not in _terms(_found("search.html", page.encode("utf-8")))


def test_a_bold_word_followed_only_by_a_quoted_example_is_not_given_the_quote_as_its_meaning():
    page = ("<html><body><h1>Agile</h1><p>Requirements are often written as <b>user stories</b>: “As a player, I "
            "want to save my progress so that I can carry on later.” Teams keep them on a board.</p></body></html>")
    assert "User stories" not in _terms(_found("agile.html", page.encode("utf-8")))


AIMED_NOTES = """<html><body><h1>Development</h1><p>After this lesson you will be able to:</p>
<ul><li>compare the waterfall model with agile development</li></ul>
<p>Agile development: the software is built in small pieces, with the client giving feedback after each piece.</p>
<p>Homework: finish the worksheet on page four of your booklet before Friday's lesson.</p></body></html>"""


def test_a_colon_line_explaining_a_word_the_objectives_name_is_a_key_word():
    terms = _terms(_found("notes.html", AIMED_NOTES.encode("utf-8")))
    assert terms.get("Agile development", "").startswith("the software is built in small pieces"), terms


def test_a_colon_line_whose_word_no_objective_names_is_not_a_key_word():
    assert "Homework" not in _terms(_found("notes.html", AIMED_NOTES.encode("utf-8")))


# Marked work in Word: a pupil's answers beside the examiner's comments ------------------------------------------

def _marked_work() -> bytes:
    document = f.new_docx(title="Mock feedback")
    f.para(document, "Candidate A", bold=True)
    made = document.add_table(rows=4, cols=2)
    rows = [("Candidate’s answer", "Examiner’s comment"),
            ("The firewall is where you block all of the websites.", "✓ Detailed – each step of the process is described in order."),
            ("The users can change the settings.", "Define the term! A user is anyone who operates the computer "
                                                   "system. Say WHICH settings."),
            ("It uses encryption to hide the data.", "✓ Good use of ‘encryption’ – scrambling data so that only "
                                                     "someone with the key can read it.")]
    for row, (answer, comment) in zip(made.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = answer, comment
    f.para(document, "Key words to use: firewall · encryption · user account · password")
    return f.docx_bytes(document)


def test_a_pupils_answer_beside_an_examiners_comment_gives_no_key_word():
    terms = _terms(_found("feedback.docx", _marked_work()))
    assert not any("block all of the websites" in meaning.lower() for meaning in terms.values()), terms


def test_a_comments_judgement_before_a_dash_is_not_a_key_word():
    assert "Detailed" not in _terms(_found("feedback.docx", _marked_work()))


def test_a_quoted_word_before_a_dash_in_a_comment_is_defined_by_what_follows():
    terms = _terms(_found("feedback.docx", _marked_work()))
    assert terms.get("encryption", terms.get("Encryption", "")).startswith("scrambling data"), terms


def test_a_comment_sentence_saying_a_word_is_anyone_who_defines_it():
    terms = _terms(_found("feedback.docx", _marked_work()))
    assert terms.get("User", "").startswith("Anyone who operates"), terms


def test_words_listed_along_a_key_words_line_are_each_kept_not_paired_as_word_and_meaning():
    terms = _terms(_found("feedback.docx", _marked_work()))
    assert terms.get("user account") == "" and terms.get("password") == "", terms


def test_a_colon_label_whose_word_the_objectives_use_only_as_a_modifier_is_not_a_key_word():
    page = ("<html><body><h1>Operating systems</h1><p>After this lesson you will be able to:</p><ul><li>describe the "
            "main functions of an operating system</li></ul><p>Main: slides 2-7, pupils make notes in a table of "
            "each function with an example.</p></body></html>")
    assert "Main" not in _terms(_found("os.html", page.encode("utf-8")))


def test_a_question_typed_with_its_number_and_marks_but_no_list_is_read():
    document = f.new_docx(title="Practice")
    f.para(document, "Now you try", bold=True)
    f.para(document, "8   Describe two differences between a switch and a router.          [4]")
    for _ in range(3):
        f.para(document, "." * 80)
    questions = _found("practice.docx", f.docx_bytes(document))["questions"]
    assert [(q["number"], q["text"]) for q in questions] == [
        (8, "Describe two differences between a switch and a router.")]


def test_a_run_of_answers_that_ends_on_a_bare_number_goes_on_at_the_next_line():
    document = f.new_docx(title="Exit ticket")
    f.para(document, "Exit ticket", bold=True)
    for line in ["1. What is a router?", "2. What does a switch join?", "3. Why are packets numbered?"]:
        f.para(document, line)
    f.para(document, "Answers: 1. A device that forwards packets between networks. 2.")
    f.para(document, "Devices on one network. 3. So they can be put back in order.")
    questions = _found("exit.docx", f.docx_bytes(document))["questions"]
    assert [q["answer"] for q in questions][1:] == ["Devices on one network.", "So they can be put back in order."]


def test_a_file_of_marked_answers_is_pupils_work_not_an_answer_key():
    document = f.new_docx(title="Mock feedback")
    f.para(document, "Now you try", bold=True)
    f.para(document, "8   Describe two differences between a switch and a router.          [4]")
    questions = _found("Mock Q7 - marked answers.docx", f.docx_bytes(document))["questions"]
    assert [q["number"] for q in questions] == [8]


def test_an_exam_question_in_a_box_of_its_own_scenario_first_is_read_as_one_question():
    document = f.new_docx(title="Mock")
    f.box(document, ["**3**   A shop wants a new website. The owner is choosing between two designers.",
                     "Evaluate which designer the shop should choose. Justify your answer.          **[6]**"],
          fill="EDEDED")
    questions = _found("mock.docx", f.docx_bytes(document))["questions"]
    assert [(q["number"], q["text"]) for q in questions] == [
        (3, "A shop wants a new website. The owner is choosing between two designers. Evaluate which designer the "
            "shop should choose. Justify your answer.")]
