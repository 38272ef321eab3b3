"""Shapes first met in the eighteenth held-out set: a walkthrough program printed from a code editor (the file's path
and the time at the top of each page, every line numbered, the lesson's objectives in the docstring and each key
word defined in a comment above its code); a choose-your-path story whose characters explain the key words as
they speak, with a "WORD CHECK" strip, and the mission sheet that goes with it ("🎮 Level 1 – I can…" missions, a
writing task naming the words to use); "Who am I?" riddle slides whose answer sits in a box of its own; and a
learning app's results page that highlights its key words."""

from __future__ import annotations

from app.services.documents import extract, merge
from app.services.documents.riddles import said_of_it
from app.services.documents.sections import section_of
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# A walkthrough program printed from an editor -------------------------------------------------------------------

PROGRAM = '''"""
Year 10 - Defensive design (lesson 3)

Learning objectives:
  * explain why programs should validate the data that users input
  * write range and presence checks in Python
"""

# VALIDATION = checking that input data is sensible and allowed
#   before the program uses it.


def get_name():
    while True:
        name = input("Name: ")
        # --- Presence check: makes sure something has actually been entered
        if name == "":
            print("You must enter a name")
        else:
            return name


def get_tickets():
    tickets = int(input("How many tickets? "))
    # Type check. The data must be the right data type, e.g. a whole number
    # RANGE CHECK >> a number must be between a lower and an upper limit
    if 1 <= tickets <= 8:
        return tickets
'''

ORDINARY_COMMENTS = '''# Ask the user for their name
name = input("Name: ")
# TODO: a lookup check on the film name would be better
# total = total + price
# Main program
print("Hello", name)
'''


class _Printout(f.Pdf):
    """A code editor's "Print…": the file's path and the time at the top of every page."""

    def header(self) -> None:
        self.set_font(self.sans, "", 8)
        self.cell(0, 5, r"C:\Users\teacher\Documents\Y10 CS\booking.py", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "07/12/2026 08:12", new_x="LMARGIN", new_y="NEXT")


def _printout(program: str, *, numbered: bool = True, page_every: int = 0) -> bytes:
    pdf = _Printout(title="booking.py")
    pdf.add_page()
    for number, line in enumerate(program.splitlines(), start=1):
        if page_every and number % page_every == 0:
            pdf.add_page()
        pdf.line_of(f"{number:>3}  {line}" if numbered else line, size=8.5, mono=True, height=4.1)
    return pdf.output_bytes()


def test_comments_naming_a_word_before_its_meaning_define_it():
    terms = _terms(_found("booking.pdf", _printout(PROGRAM)))
    assert "sensible and allowed before the program uses it" in terms.get("Validation", ""), terms
    assert "actually been entered" in terms.get("Presence check", ""), terms
    assert "right data type" in terms.get("Type check", ""), terms
    assert "lower and an upper limit" in terms.get("Range check", ""), terms


def test_comments_in_code_pasted_into_word_define_words_too():
    document = f.new_docx(title="")
    f.para(document, "Validation walkthrough", style="Title")
    f.code_lines(document, PROGRAM)
    terms = _terms(_found("walkthrough.docx", f.docx_bytes(document)))
    assert "right data type" in terms.get("Type check", ""), terms


def test_the_objectives_in_a_programs_docstring_are_the_lessons():
    assert _objectives(_found("booking.pdf", _printout(PROGRAM))) == [
        "Explain why programs should validate the data that users input",
        "Write range and presence checks in Python",
    ]


def test_ordinary_comments_and_todo_notes_define_nothing():
    document = f.new_docx(title="")
    f.para(document, "Booking program", style="Title")
    f.code_lines(document, ORDINARY_COMMENTS)
    assert _terms(_found("program.docx", f.docx_bytes(document))) == {}


def test_an_editors_path_and_time_at_the_top_of_each_page_are_not_lesson_text():
    (document,) = extract("booking.pdf", _printout(PROGRAM, page_every=14))
    assert "Users" not in document.text, document.text
    assert "08:12" not in document.text, document.text


def test_a_title_property_that_is_the_files_name_is_not_the_lessons_title():
    assert _found("booking.pdf", _printout(ORDINARY_COMMENTS, numbered=False))["lesson_titles"] == []


# A choose-your-path story and its mission sheet --------------------------------------------------------------

STORY = [
    "Jay has just got a new game. “That’s the PEGI rating,” says Mum. “It tells you the youngest age a game is "
    "suitable for.” Jay’s big sister sets it up with him.",
    "“Ignore him, that’s griefing,” says Priya. “It’s when someone spoils the game for other players on purpose.”",
    "Mum shows him the privacy settings: the options that control who can see your profile or send you messages.",
    "Jay is the best player in his class, and he knows it. Jay tells his mum about the match.",
    "“That’s amazing,” says Jay. “It’s the best game I have ever played.”",
]


def _story() -> bytes:
    pdf = f.Pdf(title="Level Up")
    pdf.add_page()
    pdf.line_of("Class set – 7R / 7T – please do not write on this copy", size=8)
    pdf.line_of("LEVEL UP", size=24, bold=True, height=12)
    for number, paragraph in enumerate(STORY, start=1):
        pdf.line_of(str(number), size=16, bold=True, height=8)
        pdf.line_of(paragraph)
    return pdf.output_bytes()


def test_a_word_a_character_names_and_then_explains_is_a_key_word():
    terms = _terms(_found("story.pdf", _story()))
    assert terms.get("Griefing") == "When someone spoils the game for other players on purpose", terms
    assert terms.get("PEGI rating") == "Tells you the youngest age a game is suitable for", terms


def test_a_name_explained_after_a_colon_in_passing_is_a_key_word():
    terms = _terms(_found("story.pdf", _story()))
    assert terms.get("Privacy settings", "").startswith("The options that control who can see"), terms


def test_a_story_character_and_what_they_exclaim_are_not_key_words():
    terms = _terms(_found("story.pdf", _story()))
    assert "Jay" not in terms, terms
    assert "Amazing" not in terms, terms


def test_a_notice_and_the_task_after_its_dash_are_not_a_meaning():
    assert "Class set" not in _terms(_found("story.pdf", _story()))


def test_a_task_after_a_meanings_dash_is_left_out_of_the_meaning():
    text = "Online safety\n\nPhishing – emails that pretend to be from your bank – never click their links\n"
    assert _terms(_found("notes.txt", text.encode())).get("Phishing") == "emails that pretend to be from your bank"


def test_a_word_check_strip_is_a_key_words_section():
    assert section_of("WORD CHECK") == "vocabulary"


def _mission_sheet() -> bytes:
    document = f.new_docx(title="")
    f.para(document, "Online gaming: staying safe", style="Title")
    f.para(document, "Today’s missions", bold=True, size=14)
    f.para(document, "🎮 Level 1 – I can name three risks of playing games online")
    f.para(document, "🎮 Level 2 – I can explain what to do if another player upsets me")
    f.para(document, "Help a friend", bold=True, size=14)
    f.para(document, "Your cousin has a new game. Write them a message with FOUR tips. Use at least three of: "
                     "PEGI rating, username, privacy settings, griefing.")
    return f.docx_bytes(document)


def test_missions_with_a_game_level_before_i_can_are_objectives():
    assert _objectives(_found("missions.docx", _mission_sheet())) == [
        "I can name three risks of playing games online",
        "I can explain what to do if another player upsets me",
    ]


def test_todays_missions_is_an_objectives_heading():
    assert section_of("Today’s missions") == "objectives"


def test_the_words_a_writing_task_says_to_use_are_key_words():
    terms = _terms(_found("missions.docx", _mission_sheet()))
    assert {"PEGI rating", "username", "privacy settings", "griefing"} <= set(terms), terms


def test_a_title_another_document_quotes_is_a_storys_name_not_the_lessons():
    sheet = f.new_docx(title="")
    f.para(sheet, "Online gaming: staying safe", style="Title")
    f.para(sheet, "Read “Level Up”. Write the number of every section you visit.")
    materials = merge([*extract("story.pdf", _story()), *extract("sheet.docx", f.docx_bytes(sheet))])
    assert materials.lesson_titles[0] == "Online gaming: staying safe", materials.lesson_titles


# "Who am I?" riddles ---------------------------------------------------------------------------------------------

RIDDLES = [("I connect the devices on a LAN together.\nI read the MAC address on each frame.", "SWITCH", True),
           ("I live inside every computer on a network.\nI was given my own MAC address in the factory.",
            "NETWORK INTERFACE CARD (NIC)", False)]


def _riddle_deck(riddles: list[tuple[str, str, bool]], *, second_name: str = "") -> bytes:
    presentation = f.new_pptx(title="Network hardware")
    for number, (clues, answer, answer_first) in enumerate(riddles, start=1):
        slide = f.titled_slide(presentation, f"Who am I? ({number}/{len(riddles)})")
        if answer_first:
            f.text_box(slide, answer, left=1.5, top=5.6, width=7, height=0.9, size=30, bold=True)
        f.text_box(slide, clues, left=0.6, top=1.6, width=8.8, height=3.6, size=22)
        f.shape_box(slide, "?", left=8.3, top=5.5, width=1.1, height=1.1, kind="OVAL", fill="C00000", size=36)
        if not answer_first:
            f.text_box(slide, answer, left=1.5, top=5.6, width=7, height=0.9, size=30, bold=True)
        if second_name:
            f.text_box(slide, second_name, left=0.6, top=6.6, width=4, height=0.6, size=18)
    return f.pptx_bytes(presentation)


def test_a_riddles_answer_box_names_the_thing_its_clues_describe():
    terms = _terms(_found("riddles.pptx", _riddle_deck(RIDDLES)))
    assert terms.get("Switch", "").startswith("Connects the devices on a LAN together"), terms
    assert "its own MAC address" in terms.get("Network interface card (NIC)", ""), terms


def test_a_riddle_with_two_possible_answers_names_nothing():
    terms = _terms(_found("riddles.pptx", _riddle_deck(RIDDLES[:1], second_name="Router")))
    assert terms == {}, terms


def test_first_person_lines_that_are_no_riddle_name_nothing():
    presentation = f.new_pptx(title="Networks")
    f.content_slide(presentation, "Success criteria", ["I can name the parts of a network", "Switch"])
    assert _terms(_found("criteria.pptx", f.pptx_bytes(presentation))) == {}


def test_a_clue_is_said_of_the_thing_it_describes():
    assert said_of_it("I send and receive data using radio waves.") == "Sends and receives data using radio waves."
    assert said_of_it("I am a cable with a plug on each end.") == "A cable with a plug on each end."
    assert said_of_it("I carry data, but I am not very clever.") == "Carries data, but it is not very clever."


# A learning app's results page ---------------------------------------------------------------------------------

def _results_page(style: str, span: str) -> bytes:
    return (f"<html><head><style>{style}</style></head><body><h1>Network hardware</h1>"
            f"<p>A {span} connects devices together on a LAN and sends each frame only to the device it is meant "
            "for.</p></body></html>").encode()


def test_a_word_the_pages_style_highlights_is_a_key_word():
    page = _results_page(".kw{background:#ffe680;font-weight:600}", '<span class="kw">switch</span>')
    assert "LAN" in _terms(_found("results.html", page)).get("Switch", "")


def test_a_marked_word_is_a_key_word():
    page = _results_page("", "<mark>switch</mark>")
    assert "LAN" in _terms(_found("results.html", page)).get("Switch", "")


def test_a_span_whose_class_names_it_a_key_word_is_a_key_word():
    page = _results_page("", '<span class="ConceptCard_keyword__x1">switch</span>')
    assert "LAN" in _terms(_found("results.html", page)).get("Switch", "")


def test_a_span_the_page_does_not_mark_out_is_no_key_word():
    page = _results_page(".kw{color:#333}", '<span class="kw">switch</span>')
    assert _terms(_found("results.html", page)) == {}


# Lines read as any document's ----------------------------------------------------------------------------------

def test_a_word_for_a_doing_defined_by_what_doing_it_is_is_a_key_word():
    document = f.new_docx(title="")
    f.box(document, ["Misconception alert!",
                     "Verification is checking that data has been entered or copied accurately."])
    terms = _terms(_found("sheet.docx", f.docx_bytes(document)))
    assert terms.get("Verification") == "Checking that data has been entered or copied accurately", terms


def test_a_task_after_a_bold_words_meaning_is_no_part_of_it():
    document = f.new_docx(title="")
    f.para(document, "Spot the scam", bold=True, size=14)
    f.para(document, "A **scam** is a trick to get your money or your personal details. Tick the messages you think "
                     "are scams.")
    terms = _terms(_found("sheet.docx", f.docx_bytes(document)))
    assert terms.get("Scam") == "A trick to get your money or your personal details", terms


def test_sentences_that_go_on_about_a_bold_word_stay_in_its_meaning():
    document = f.new_docx(title="")
    f.para(document, "A **session cookie** is deleted when you close the browser. It remembers things only while "
                     "you are on the site.")
    terms = _terms(_found("cookies.docx", f.docx_bytes(document)))
    assert terms.get("Session cookie") == ("Deleted when you close the browser. It remembers things only while you "
                                           "are on the site"), terms


def test_a_person_doing_something_is_not_a_doing_defined():
    text = "Email scenarios\n\nAmira is sending an email to her teacher about her homework.\n"
    assert _terms(_found("scenario.txt", text.encode())) == {}


def test_telling_the_teacher_not_to_define_anything_yet_names_no_key_word():
    presentation = f.new_pptx(title="Networks")
    f.content_slide(presentation, "Starter", ["How many sockets can you count?"],
                    notes="Answers: power, Ethernet, fibre. Don't define anything yet.")
    assert _terms(_found("deck.pptx", f.pptx_bytes(presentation))) == {}
