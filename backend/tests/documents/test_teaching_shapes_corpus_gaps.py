"""Shapes the tuning corpus showed the readers missing, each built here with documents of its own: a diagram's
numbered labels explained in a key beside it, a unit set beside its symbol and its amount, a row's abbreviation
spelled out in its meaning, a word explained in passing after a colon (in a table's cell too), what a named kind of
thing does, an abbreviation spelled out and then explained after a dash, an order explained by its span, a word
explained after a dash on a line saying what something does to it, the points of a list whose dashes give examples,
the answers to a Do Now, and a PDF line that breaks after a possessive."""

from __future__ import annotations

from app.services.documents import extract
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import terms as _terms

# A diagram's numbered labels and the key that explains them ----------------------------------------------------


def _labelled_diagram(labels: list[str], key: list[str]) -> bytes:
    deck = f.new_pptx(title="Hard disk drives")
    slide = f.titled_slide(deck, "Inside a hard disk drive")
    f.shape_box(slide, "", left=0.5, top=1.6, width=4.5, height=4.0, kind="OVAL", fill="BFBFBF")
    for index, label in enumerate(labels):
        f.text_box(slide, label, left=6.0, top=1.7 + index * 1.2, width=2.0, height=0.4, size=14, bold=True)
    if key:
        f.text_box(slide, "\n".join(["KEY", *key]), left=0.4, top=6.0, width=9.2, height=1.3, size=10)
    return f.pptx_bytes(deck)


def test_a_diagrams_numbered_labels_take_their_meanings_from_its_key():
    deck = _labelled_diagram(["① Platter", "② Read/write head", "③ Spindle"], [
        "①  A flat round disk coated in magnetic material, where the data is stored.",
        "②  Moves across the platter on an arm and reads or writes the data magnetically.",
        "③  Spins the platters thousands of times a minute.",
    ])
    terms = _terms(_found("hdd.pptx", deck))
    assert terms.get("Platter", "").startswith("A flat round disk coated"), terms
    assert terms.get("Read/write head", "").startswith("Moves across the platter"), terms
    assert terms.get("Spindle", "").startswith("Spins the platters"), terms


def test_numbered_steps_with_no_key_are_not_key_words():
    deck = _labelled_diagram(["① Unplug the computer", "② Open the case", "③ Spindle"], [])
    terms = _terms(_found("steps.pptx", deck))
    assert terms == {}, terms


# A unit beside its symbol, defined by its amount ----------------------------------------------------------------


def _units_slide(lines: list[str]) -> bytes:
    deck = f.new_pptx(title="Sound")
    f.content_slide(deck, "Frequency", ["Frequency is how many times a wave repeats each second", *lines])
    return f.pptx_bytes(deck)


def test_a_unit_set_beside_its_symbol_is_named_by_its_word_and_defined_by_its_amount():
    terms = _terms(_found("sound.pptx", _units_slide([
        "1 kHz (kilohertz) = 1 thousand waves per second",
        "1 megabit (Mb) = one million bits",
    ])))
    assert terms.get("Kilohertz (kHz)") == "1 thousand waves per second", terms
    assert terms.get("Megabit (Mb)") == "One million bits", terms


def test_a_unit_without_its_name_or_a_bracket_that_is_no_name_is_not_a_key_word():
    terms = _terms(_found("sound.pptx", _units_slide(["1 GB = 1000 MB", "1 bag (big) = 3 apples and 2 pears"])))
    assert set(terms) == {"Frequency"}, terms


# A row's abbreviation spelled out at the start of its meaning ---------------------------------------------------


def _spec_table(rows: list[list[str]]) -> bytes:
    document = f.new_docx(title="Hard drive top trumps")
    f.para(document, "Hard drive top trumps", style="Heading 1")
    f.table(document, [["Spec", "What it means", "Best card"], *rows])
    return f.docx_bytes(document)


def test_a_rows_abbreviation_spelled_out_by_its_meaning_names_the_key_word_with_it():
    terms = _terms(_found("cards.docx", _spec_table([
        ["MTBF (hours)", "Mean time between failures – the average time the drive runs before it breaks down",
         "Highest"],
        ["Capacity (GB)", "How much data the drive can hold", "Highest"],
    ])))
    assert terms.get("Mean time between failures (MTBF)", "").lower().startswith("the average time the drive"), terms


def test_a_meaning_that_does_not_spell_out_the_rows_abbreviation_keeps_its_own_name():
    terms = _terms(_found("cards.docx", _spec_table([
        ["SSD", "Flash storage – a kind of storage with no moving parts, so it is quiet and tough", "Yes"],
    ])))
    assert "Flash storage" in terms, terms
    assert not any("(SSD)" in term for term in terms), terms


# A word explained in passing after a colon, in a table's cell ---------------------------------------------------


def test_a_word_explained_after_a_colon_inside_a_cell_is_a_key_word():
    terms = _terms(_found("cards.docx", _spec_table([
        ["Write speed", "How fast the drive empties its buffer: a small memory that holds data waiting to be written",
         "Highest"],
    ])))
    assert terms.get("Buffer", "").startswith("A small memory that holds data waiting"), terms


def test_what_follows_a_colon_that_points_at_one_of_several_is_no_meaning():
    document = f.new_docx(title="Saving work")
    f.para(document, "Saving your work", style="Heading 1")
    f.para(document, "Open the file: the one that ends in .py, not the shortcut.")
    terms = _terms(_found("saving.docx", f.docx_bytes(document)))
    assert "File" not in terms, terms


# What a named kind of thing does --------------------------------------------------------------------------------


def _prose(*paragraphs: str) -> dict[str, str]:
    document = f.new_docx(title="Notes")
    f.para(document, "Notes", style="Heading 1")
    for paragraph in paragraphs:
        f.para(document, paragraph)
    return _terms(_found("notes.docx", f.docx_bytes(document)))


def test_a_sentence_saying_what_a_kind_of_attack_or_data_does_defines_it():
    terms = _prose(
        "A dictionary attack tries every word in a list of common passwords until one works.",
        "Sound is stored in a computer as numbers – sampled data records the height of the wave many times a second.",
        "Look at how Apple's FaceTime app sends video: it encrypts every call from end to end. Microsoft's "
        "BitLocker tool scrambles everything on the drive so a thief cannot read it.",
    )
    assert terms.get("Dictionary attack") == "An attack that tries every word in a list of common passwords until " \
                                             "one works", terms
    assert terms.get("Sampled data", "").startswith("Data that records the height of the wave"), terms
    assert terms.get("BitLocker", "").startswith("A tool that scrambles everything on the drive"), terms
    assert "FaceTime" not in terms, "a name inside a sentence is not the sentence's subject"


def test_people_in_a_story_and_one_thing_doing_something_are_not_kinds():
    terms = _prose(
        "A teacher stores the scores from a class quiz in a list.",
        "A games company wants to let players pay with tokens.",
        "The algorithm gives every matching page a score and sorts them.",
        "A compressed file has to be decompressed before it can be used.",
    )
    assert terms == {}, terms


def test_a_bullet_under_a_slides_title_says_more_about_the_title_not_a_kind_of_its_own():
    deck = f.new_pptx(title="Malware")
    f.content_slide(deck, "Ransomware", ["Malware that locks your files until you pay",
                                         "A double extortion attack also threatens to publish the files"])
    terms = _terms(_found("malware.pptx", f.pptx_bytes(deck)))
    assert "Double extortion attack" not in terms, terms


def test_an_instruction_that_opens_on_a_kind_of_thing_is_not_its_meaning():
    terms = _prose("Live code this in the console rather than just showing the slide.",
                   "Plain text is easier to read than code.")
    assert terms == {}, terms


# An abbreviation spelled out in brackets, then explained after a dash -------------------------------------------


def _cards(*cards: str) -> dict[str, str]:
    document = f.new_docx(title="Card sort")
    f.para(document, "Card sort: online shops", style="Heading 1")
    f.table(document, [list(cards)])
    return _terms(_found("cards.docx", f.docx_bytes(document)))


def test_an_abbreviation_spelled_out_then_explained_after_a_dash_is_a_key_word():
    terms = _cards("A Shops use CRM (customer relationship management) – they keep a record of every order a "
                   "customer makes.", "B Orders are packed in the warehouse.")
    assert terms.get("CRM (customer relationship management)", "").startswith("They keep a record of every order"), \
        terms


def test_a_task_after_an_abbreviation_spelled_out_is_not_its_meaning():
    terms = _cards("A Find the CPU (central processing unit) – label it on the diagram.",
                   "B Orders are packed in the warehouse.")
    assert not any(term.startswith("CPU") for term in terms), terms


# An ordering explained by the span it runs over -----------------------------------------------------------------


def test_an_order_explained_by_its_span_in_brackets_is_a_key_word():
    document = f.new_docx(title="Searching")
    f.para(document, "Searching", style="Heading 1")
    f.table(document, [["1", "A shop keeps its prices in a list, sorted into descending order (largest to smallest)."],
                       ["(a)", "State what is meant by a linear search. [1 mark]"]])
    terms = _terms(_found("paper.docx", f.docx_bytes(document)))
    assert terms.get("Descending order") == "Largest to smallest", terms


def test_a_span_in_brackets_after_a_pronoun_or_a_preposition_names_nothing():
    terms = _prose("Sort them (smallest to largest) and write them down.",
                   "Put the cards in order (oldest to newest) on your desk.")
    assert terms == {}, terms


# A line saying what something does, then what the thing it works on is ------------------------------------------


def _method_slide(lines: list[str]) -> bytes:
    deck = f.new_pptx(title="Searching")
    f.content_slide(deck, "Key words", ["Algorithm – a set of steps that solves a problem",
                                        "Linear search – checks each item in turn until it finds the target",
                                        "Binary search – halves the list each time until it finds the target"])
    f.content_slide(deck, "Binary search", lines)
    return f.pptx_bytes(deck)


def test_the_thing_a_line_says_something_works_on_takes_the_meaning_after_the_dash():
    terms = _terms(_found("search.pptx", _method_slide([
        "Looks at the midpoint – the item halfway along the sorted list",
        "Throws away the half that cannot hold the target",
    ])))
    assert terms.get("Midpoint", "").lower() == "the item halfway along the sorted list", terms
    assert "Looks at the midpoint" not in terms, terms


def test_a_line_whose_dash_adds_a_sentence_explains_no_word():
    terms = _terms(_found("search.pptx", _method_slide([
        "Looks at the midpoint – the list must be sorted first",
        "Waits for input – a user types the target",
    ])))
    assert "Midpoint" not in terms and "Input" not in terms, terms


# A list whose dashes give examples --------------------------------------------------------------------------------


def _markdown(text: str) -> dict[str, str]:
    return _terms(_found("lesson.md", text.encode("utf-8")))


def test_a_list_whose_dashes_give_examples_sets_out_points_not_key_words():
    terms = _markdown("# Online shops\n\n## How do online shops get you to spend more?\n\n"
                      "- Offers – vouchers, codes, free delivery\n"
                      "- Flash sales – a timer counts down so you buy before you have thought about it\n"
                      "- Reviews (stars and comments)\n")
    assert "Flash sales" not in terms, terms


def test_a_list_of_words_and_their_meanings_under_a_question_keeps_its_key_words():
    terms = _markdown("# Malware\n\n## How can we protect against malware?\n\n"
                      "- Firewall – checks the data coming in and blocks anything that is not allowed\n"
                      "- Backups – copies of your files kept somewhere else so they can be restored\n")
    assert {"Firewall", "Backups"} <= set(terms), terms


# Answers to a Do Now recall earlier lessons ---------------------------------------------------------------------


def test_a_meaning_in_the_do_now_answers_recalls_an_earlier_lessons_word():
    document = f.new_docx(title="Networks booklet")
    f.para(document, "Networks", style="Heading 1")
    f.para(document, "Key vocabulary", style="Heading 2")
    f.table(document, [["Word", "Meaning"], ["Router", "A device that sends data between networks"]])
    f.para(document, "Do Now answers", style="Heading 1")
    f.para(document, "Lesson 1", style="Heading 2")
    f.para(document, "An operating system is the software that manages the computer's hardware.", style="List Number")
    f.para(document, "Lesson 2: inside a network", style="Heading 1")
    f.para(document, "A switch is a device that connects computers on one network.")
    terms = _terms(_found("booklet.docx", f.docx_bytes(document)))
    assert "Operating system" not in terms, terms
    assert "Router" in terms and "Switch" in terms, "only the Do Now's answers recall other lessons"


# A PDF line that breaks after a possessive ----------------------------------------------------------------------


def _note_pdf(*lines: str) -> str:
    pdf = f.Pdf(title="Sticky notes")
    pdf.add_page()
    for line in lines:
        pdf.line_of(line, size=11)
    (document,) = extract("notes.pdf", pdf.output_bytes())
    return document.text


def test_a_line_ending_on_a_possessive_carries_on_into_the_next():
    text = _note_pdf("These are called cookies – small files a website saves on your computer. Chrome's",
                     "Incognito mode deletes them when you close the window.")
    assert "Chrome's Incognito mode deletes them" in text, text


def test_a_sentence_ending_on_a_possessive_does_not_run_on():
    text = _note_pdf("The first program was written by Ada Lovelace. The idea was Ada's.",
                     "Babbage designed the engine it was meant for.")
    assert "Ada's.\nBabbage" in text, text
