"""Shapes first met in the twenty-fourth held-out set: a project brief's "Skills you will learn" list of ticked
aims; a literacy sheet's "Literacy focus: I can…" line; a slide of coded aims ("LO1: …") closed by a line telling
the class what to do; a quiz-game deck whose clue slides give a key word's meaning and whose answer slides name the
word only as "What is …?"; titles that name a game or a word sheet before the topic; a side box of bold words over
their meanings; and captions (.srt) whose speaker defines a word across two cues."""

from __future__ import annotations

from app.services.documents import extract, merge
from app.services.documents.measure_glosses import measure_glosses
from app.services.documents.phrases import term_key
from app.services.documents.title_terms import title_term
from app.services.documents.word_forms import as_written
from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms


def _brief_pdf(heading: str, aims: list[str]) -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Design a poster for the school fair", size=18, bold=True)
    pdf.line_of("Read the brief carefully before you start.", size=10)
    pdf.ln(2)
    pdf.line_of(heading, size=12, bold=True)
    for aim in aims:
        pdf.line_of(f"✔  {aim}", size=10)
    pdf.ln(2)
    pdf.line_of("Steps", size=12, bold=True)
    pdf.line_of("1. Sketch three layouts on paper.", size=10)
    return pdf.output_bytes()


POSTER_AIMS = [
    "Choose fonts that are easy to read from far away",
    "Use a colour scheme that suits the audience",
    "Save a design as a PNG for printing",
]


def test_a_skills_you_will_learn_list_is_objectives():
    found = _objectives(_found("brief.pdf", _brief_pdf("SKILLS YOU WILL LEARN", POSTER_AIMS)))
    assert found == POSTER_AIMS


def test_skills_you_will_develop_is_the_same_label():
    found = _objectives(_found("brief.pdf", _brief_pdf("Skills you will develop:", POSTER_AIMS)))
    assert found == POSTER_AIMS


def test_a_literacy_focus_i_can_line_is_an_objective():
    document = f.new_docx()
    f.para(document, "Key words for spreadsheets", bold=True, size=16)
    f.para(document, "Reading focus: I can read a formula aloud and say what each cell reference does.")
    f.para(document, "Read the table with a partner.")
    found = _objectives(_found("sheet.docx", f.docx_bytes(document)))
    assert found == ["I can read a formula aloud and say what each cell reference does."]


def test_a_line_after_coded_aims_telling_the_class_what_to_do_is_no_objective():
    presentation = f.new_pptx()
    f.title_slide(presentation, "Spreadsheet showdown", "Year 8")
    f.content_slide(
        presentation,
        "Today",
        [
            "LO1: Describe what a cell reference is",
            "LO2: Use SUM and AVERAGE in a formula",
            "Pairs – one laptop between two. Headphones on!",
        ],
    )
    found = _objectives(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert found == ["Describe what a cell reference is", "Use SUM and AVERAGE in a formula"]


# (clue, answer) pairs of a quiz-game deck: the clue gives the meaning, the answer slide only names the word.
STORAGE_CLUES = [
    ("A kind of storage that keeps its data when the power is turned off.", "What is non-volatile storage?"),
    (
        "Keeps data on flash memory chips, so it has no moving parts. Quieter too!",
        "What is an SSD? (Solid State Drive, SSDs)",
    ),
    ("Name the storage that uses a laser to read the data.", "What is optical storage?"),
    ("Files are saved onto one of these spinning disks, read by a moving arm.", "What is a platter?"),
]


def _game_deck(clues: list[tuple[str, str]], *, linked: bool = True) -> bytes:
    """A cover, then each clue slide (a round strip, the clue in a big shape, an "ANSWER" button) and its answer
    slide; with `linked`, the answer slides come after all the clues and each button links to its answer."""
    presentation = f.new_pptx()
    f.title_slide(presentation, "STORAGE SHOWDOWN!", "Year 9 revision")

    def clue_slide(value: int, clue: str):
        slide = f.blank_slide(presentation)
        f.text_box(slide, f"ROUND 1 – {value}", left=0, top=0, width=10, height=0.8, size=20, bold=True)
        f.shape_box(
            slide, clue, left=0.8, top=1.4, width=8.4, height=3.8, kind="RECTANGLE", fill="1F4FBF", size=28
        )
        f.shape_box(
            slide, "ANSWER", left=7.2, top=6.4, width=2.4, height=0.6, fill="FFD200", size=16, bold=True
        )
        return slide

    def answer_slide(value: int, answer: str):
        slide = f.blank_slide(presentation)
        f.text_box(slide, f"ROUND 1 – {value}", left=0, top=0, width=10, height=0.8, size=20, bold=True)
        f.text_box(slide, answer, left=0.8, top=2.4, width=8.4, height=2, size=36, bold=True)
        return slide

    if linked:
        asked = [clue_slide(100 * n, clue) for n, (clue, _answer) in enumerate(clues, start=1)]
        for n, (slide, (_clue, answer)) in enumerate(zip(asked, clues, strict=True), start=1):
            slide.shapes[-1].click_action.target_slide = answer_slide(100 * n, answer)
    else:
        for n, (clue, answer) in enumerate(clues, start=1):
            clue_slide(100 * n, clue)
            answer_slide(100 * n, answer)
    return f.pptx_bytes(presentation)


def test_a_clue_slide_gives_the_meaning_of_the_word_its_linked_answer_slide_names():
    found = _terms(_found("game.pptx", _game_deck(STORAGE_CLUES)))
    assert (
        found.get("Non-volatile storage")
        == "A kind of storage that keeps its data when the power is turned off"
    )


def test_an_answer_slide_names_an_abbreviation_with_its_expansion_and_no_plural():
    found = _terms(_found("game.pptx", _game_deck(STORAGE_CLUES)))
    assert (
        found.get("SSD (Solid State Drive)") == "Keeps data on flash memory chips, so it has no moving parts"
    )


def test_a_clue_that_asks_the_class_for_the_word_gives_no_meaning():
    found = _terms(_found("game.pptx", _game_deck(STORAGE_CLUES)))
    assert "Optical storage" not in found


def test_an_answer_slide_straight_after_its_clue_names_its_word():
    found = _terms(_found("game.pptx", _game_deck(STORAGE_CLUES, linked=False)))
    assert "Non-volatile storage" in found


def test_an_abbreviation_ending_in_s_is_not_the_plural_of_a_shorter_one():
    assert term_key("DBMS") != term_key("DBM")
    assert term_key("LANs") == term_key("LAN")


def test_a_pair_of_abbreviations_joined_by_a_slash_keeps_its_capitals():
    assert as_written("TCP/IP", "A pair of protocols that split data into packets") == "TCP/IP"


def _word_sheet(heading: str) -> bytes:
    document = f.new_docx()
    f.para(document, "Name: ____________________     Date: __________     Class: ______")
    f.para(document, heading, bold=True, size=18)
    f.table(
        document,
        [["Word", "What it means"], ["star topology", "Every device is joined to one central switch"]],
    )
    return f.docx_bytes(document)


def test_a_word_sheet_named_before_its_topic_is_titled_by_the_topic():
    found = _found("sheet.docx", _word_sheet("Words you need for the exam: network topologies"))
    assert found["lesson_titles"][0] == "network topologies"


def test_a_brief_named_in_a_banner_under_the_school_header_is_titled_by_its_task():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Hillside School – Computing Department      Year 9 • Autumn 1", size=8)
    pdf.line_of("DESIGN BRIEF: Build a website for a local cafe", size=20, bold=True)
    pdf.line_of("Name: ________________   Form: _____", size=10)
    pdf.line_of("The task", size=14, bold=True)
    pdf.line_of("The cafe owner wants a website that shows the menu and the opening times.", size=10)
    found = _found("brief.pdf", pdf.output_bytes())
    assert found["lesson_titles"][0] == "Build a website for a local cafe"


def test_a_quiz_game_named_for_its_topic_gives_way_to_another_documents_title():
    presentation = f.new_pptx()
    f.title_slide(presentation, "TOPOLOGY JEOPARDY!", "Year 9 revision")
    documents = [
        *extract("game.pptx", f.pptx_bytes(presentation)),
        *extract("sheet.docx", _word_sheet("Key words: network topologies")),
    ]
    assert merge(documents).lesson_titles[0] == "network topologies"


def test_an_aim_ending_on_a_preposition_its_clause_strands_is_whole():
    aims = ["Sketch a logo for the club it is made for", "Pick colours that the audience responds to"]
    found = _objectives(_found("brief.pdf", _brief_pdf("Skills you will learn", aims)))
    assert found == aims


SORTING_CUES = [
    "[music]",
    "hello everyone in this video",
    "I'm going to show you how to sort data",
    "first click on the data tab",
    "so sorting means putting the rows in order",
    "of the values in one column",
    "you click the A to Z button",
    "next filtering um filtering is when you hide the rows",
    "that do not match what you are looking for",
    "so you only see the ones you want",
    "now see this strip this is called the ribbon the ribbon is where all the tools are kept",
    "at the top of the window",
    "okay that's it bye",
    "[music]",
]


def _srt(cues: list[str]) -> bytes:
    """Captions downloaded as an .srt file: a number, the times, the words, a blank line."""
    blocks = []
    for number, text in enumerate(cues, start=1):
        start = number * 3
        blocks.append(f"{number}\n00:00:{start:02d},000 --> 00:00:{start + 2:02d},500\n{text}\n")
    return "\n".join(blocks).encode("utf-8")


def test_a_word_said_to_mean_something_in_captions_runs_on_into_the_next_cue():
    found = _terms(_found("captions.txt", _srt(SORTING_CUES)))
    assert found.get("Sorting") == "Putting the rows in order of the values in one column"


def test_a_word_said_to_be_when_something_happens_is_defined_with_a_filler_left_out():
    found = _terms(_found("captions.txt", _srt(SORTING_CUES)))
    assert found.get("Filtering") == "When you hide the rows that do not match what you are looking for"


def test_a_thing_said_to_be_where_something_is_done_is_defined():
    found = _terms(_found("captions.txt", _srt(SORTING_CUES)))
    assert found.get("Ribbon") == "Where all the tools are kept at the top of the window"


def test_caption_numbers_and_times_are_not_the_lesson_text():
    (document,) = extract("captions.txt", _srt(SORTING_CUES))
    assert "-->" not in document.text


def test_a_title_over_a_meaning_that_opens_on_a_described_thing_and_a_colon_is_a_key_word():
    found = title_term("Bit depth", "The detail of each sample: how many bits are used to store it.")
    assert found is not None, "the title is no key word"
    assert found.definition.rstrip(".") == "The detail of each sample: how many bits are used to store it"


def test_a_heading_over_a_quotation_is_no_key_word():
    quoted = (
        "“Our radio station is starting a new show for young people. We want Year 9 to record a podcast.” – Mr "
        "Hale, Town Radio"
    )
    assert title_term("The request", quoted) is None


def test_a_clue_that_points_at_the_word_inside_its_sentence_gives_no_meaning():
    found = _terms(_found("game.pptx", _game_deck(STORAGE_CLUES)))
    assert "Platter" not in found


def _rubric_pdf(cell_lines: list[str]) -> bytes:
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Podcast project", size=18, bold=True)
    pdf.line_of("How it will be marked", size=13, bold=True)
    for line in cell_lines:
        pdf.line_of(line, size=10)
    return pdf.output_bytes()


def test_a_measure_glossed_in_brackets_after_a_two_word_name_is_a_key_word():
    found = _terms(
        _found(
            "rubric.pdf",
            _rubric_pdf(
                [
                    "Recorded at a high sample rate (the number of samples taken each second) so speech sounds clear"
                ]
            ),
        )
    )
    assert found.get("Sample rate") == "The number of samples taken each second"


def test_a_bracketed_gloss_the_page_broke_onto_the_next_line_still_glosses_the_name():
    found = _terms(
        _found(
            "rubric.pdf",
            _rubric_pdf(
                [
                    "Recorded at a high sample rate",
                    "(the number of samples taken each second) so speech sounds clear",
                ]
            ),
        )
    )
    assert found.get("Sample rate") == "The number of samples taken each second"


def test_a_document_with_no_paragraphs_has_no_measure_glosses():
    assert measure_glosses([]) == []


def _teams_vtt(cues: list[str]) -> bytes:
    """Captions as Microsoft Stream/Teams export them: a WEBVTT header, a cue id line, times with dots and cue
    settings, each line in a speaker's voice tag, Windows line endings."""
    lines = ["WEBVTT", ""]
    for number, text in enumerate(cues, start=1):
        start = number * 3
        lines += [f"5b1c2e9a-77d1-4e0f-9c3a-{number:012d}-0",
                  f"00:00:{start:02d}.000 --> 00:00:{start + 2:02d}.500 align:start position:10%",
                  f"<v Ms Reid>{text}</v>", ""]
    return "\r\n".join(lines).encode("utf-8")


def test_captions_exported_from_teams_are_read_as_speech_without_their_tags_and_ids():
    (document,) = extract("Recording transcript.txt", _teams_vtt(SORTING_CUES))
    assert "<v" not in document.text and "5b1c2e9a" not in document.text and "WEBVTT" not in document.text
    found = _terms(_found("Recording transcript.txt", _teams_vtt(SORTING_CUES)))
    assert found.get("Sorting") == "Putting the rows in order of the values in one column"


def test_a_caption_file_of_thousands_of_defining_cues_is_read_at_once():
    cues = [f"so sorting means putting the rows in order number {n}" for n in range(5_000)]
    (document,) = extract("captions.txt", _srt(cues))
    assert document.text
