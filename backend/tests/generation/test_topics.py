"""The unit's topic model, its key facts and the text checks, on small materials: a word in passing switches no
topic on, a topic's templates fill no more than its share of a draft, code is known by its own marks, and
classroom instructions, example emails and timetable lines are never answers or objectives."""

from __future__ import annotations

import pytest

from app.services.generation.code_language import language_of
from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.passages import Passage
from app.services.generation.phrases import heading_phrases, usable_phrase
from app.services.generation.quality import unit_problems
from app.services.generation.topics import build_topic_model
from app.services.generation.unfit_text import answer_problem, objective_problem


def objective(code: str, text: str) -> dict:
    return {"code": code, "text": text, "id": None, "strands": []}


def slide(number: int, title: str, *bullets: str, file: str = "Lesson.pptx") -> list[Passage]:
    return [Passage(text=b, heading=title, file=file, where=f"slide {number}", kind="bullet") for b in bullets]


SECURITY = GenerationMaterials(
    unit_title="Network security",
    objectives=[objective("LO1", "Describe the main threats to a network"),
                objective("LO2", "Explain how a firewall protects a network")],
    vocabulary=[{"term": "Malware", "definition": "software written to damage a computer"},
                {"term": "Firewall", "definition": "checks the data coming into a network"}],
    text="Viruses are programs that copy themselves. Attackers write code to break in. Malware spreads fast.",
)


def test_one_word_in_passing_switches_no_topic_on():
    model = build_topic_model(SECURITY)
    assert not model.teaches("python")
    assert not model.teaches("binary")
    assert model.allowance("python", 12) == 0


def test_binary_search_is_an_algorithm_not_binary_numbers():
    searching = GenerationMaterials(
        unit_title="Searching algorithms",
        objectives=[objective("LO1", "Describe how a binary search finds an item in a sorted list"),
                    objective("LO2", "Compare linear search and binary search")],
        vocabulary=[{"term": "Binary search", "definition": "looks at the middle item and throws away half"},
                    {"term": "Linear search", "definition": "checks each item in turn"}],
        text="Binary search halves the list each time. Binary searches need a sorted list. A binary tree is not on "
             "this unit.",
    )
    assert not build_topic_model(searching).teaches("binary")


def test_python_is_taught_when_the_unit_has_python_code_or_names_it():
    with_code = GenerationMaterials(unit_title="Loops", code_snippets=[
        {"language": "text", "code": "for number in range(3):\n    print(number)", "title": "Loops"}])
    assert build_topic_model(with_code).teaches("python")
    named = GenerationMaterials(unit_title="Programming", objectives=[
        objective("LO1", "Write a Python program that uses a for loop")])
    assert build_topic_model(named).teaches("python")


def test_the_teacher_can_ask_for_a_topic_the_unit_does_not_teach():
    model = build_topic_model(SECURITY, "Include two binary questions")
    assert model.teaches("binary")
    assert model.allowance("binary", 12) == 12
    assert model.source_for("binary")["where"] == "your instructions"


def test_a_topic_fills_no_more_than_its_share_of_a_draft():
    mostly_other = GenerationMaterials(unit_title="Data representation", objectives=[
        objective("LO1", "Convert a binary number into denary"),
        objective("LO2", "Describe how sound is sampled"), objective("LO3", "Describe how images are stored as pixels"),
        objective("LO4", "Explain what resolution means"), objective("LO5", "Explain what a sample rate is")],
        vocabulary=[{"term": t, "definition": d} for t, d in [
            ("Pixel", "a single dot of colour in an image"), ("Resolution", "the number of pixels in an image"),
            ("Sample rate", "how many samples of a sound are taken each second"),
            ("Bit depth", "how many bits store each sample")]])
    model = build_topic_model(mostly_other)
    assert model.teaches("binary")
    assert model.allowance("binary", 12) <= 4
    binary_unit = GenerationMaterials(unit_title="Binary numbers", objectives=[
        objective("LO1", "Convert binary to denary"), objective("LO2", "Convert denary to binary")],
        vocabulary=[{"term": "Binary", "definition": "a number system with two digits"},
                    {"term": "Denary", "definition": "the number system with ten digits"}])
    assert build_topic_model(binary_unit).allowance("binary", 12) >= 6


@pytest.mark.parametrize(("code", "label", "language"), [
    ("public class Hello {\n    public static void main(String[] args) {\n        System.out.println(\"Hi\");\n"
     "    }\n}", "python", "java"),
    ("int score = 72;\nif (score >= 70) {\n    System.out.println(\"A\");\n}", "text", "java"),
    ("SELECT Surname FROM Students WHERE Year = 9;", "text", "sql"),
    ("name = input(\"Name? \")\nprint(\"Hello \" + name)", "text", "python"),
    ("OUTPUT \"Hello\"\nIF age > 12 THEN\n  OUTPUT \"Teen\"\nENDIF", "text", "pseudocode"),
    # The generator uses the reader's one guesser (documents/language.py), languages beyond the usual KS3 ones too.
    ("using System;\nConsole.WriteLine(\"Hi\");", "", "csharp"),
    ("Dim age As Integer\nage = 12", "", "vb"),
    ("#include <iostream>\nint main() { std::cout << 1; }", "text", "cpp"),
    # Labelled Python, but it does not parse: never a runnable Python question.
    ("for i in range(3)\n    print(i)", "python", "text"),
])
def test_code_is_known_by_its_own_marks(code, label, language):
    assert language_of({"language": label, "code": code, "title": ""}) == language


@pytest.mark.parametrize(("text", "reason"), [
    ("Subject: IMPORTANT – Wow you've won money $$$!!!!!!", "an example email line"),
    ("prize-team@winner-claims.example", "an example email line"),
    ("Head over to this link: https://www.example.org/quiz", "a web link"),
    ("Extension: make a poster about phishing", "a classroom instruction"),
    ("Students will then complete a matching activity", "a classroom instruction"),
    ("It looks like you're SHOUTING", "words in capitals (shouting)"),
    ("______ is volatile memory", "a worksheet gap"),
    ("Year 7 – Digital literacy", "a course or lesson label"),
])
def test_unfit_answers_are_recognised(text, reason):
    assert answer_problem(text) == reason


@pytest.mark.parametrize("text", ["Software written to damage a computer", "Router",
                                  "Scrambling data so that it cannot be read", "SELECT"])
def test_fit_answers_pass(text):
    assert answer_problem(text) is None


def test_timetable_lines_and_activities_are_not_objectives():
    assert objective_problem("9:45 What is Network Security?") == "a clock time"
    assert objective_problem("-Teacher will give a short presentation") == "a lesson activity"
    assert objective_problem("Match up exercise – matching descriptions to attacks") == "a lesson activity"
    assert objective_problem("Students will be able to explain what a firewall does") is None
    assert objective_problem("Describe what malware is") is None


def test_headings_and_definition_lines_give_facts_when_the_vocabulary_has_none():
    materials = GenerationMaterials(unit_title="Threats", passages=[
        *slide(1, "Network threats", "Year 9 – Keeping networks safe"),
        *slide(2, "Encryption", "Scrambling data so that only someone with the key can read it"),
        *slide(3, "What is a firewall?", "A firewall is a barrier that checks the data coming into a network"),
        *slide(4, "Key words", "Phishing – messages that pretend to come from a trusted company",
               "Malware = software that is written to damage a computer"),
        *slide(5, "Do Now", "Write down three ideas in your book"),
    ])
    model, facts = unit_model(materials)
    found = {f.term: (f.definition, f.source["where"]) for f in facts}
    assert found == {
        "Phishing": ("Messages that pretend to come from a trusted company", "slide 4"),
        "Malware": ("Software that is written to damage a computer", "slide 4"),
        "Encryption": ("Scrambling data so that only someone with the key can read it", "slide 2"),
        "Firewall": ("A barrier that checks the data coming into a network", "slide 3"),
    }
    assert {"Encryption", "Phishing", "Malware"} <= {p.text for p in model.phrases}
    assert not any("Do Now" in p.text or "Year 9" in p.text for p in model.phrases)


def test_labels_lists_hints_and_answers_about_people_give_no_facts():
    materials = GenerationMaterials(unit_title="AI", passages=[
        *slide(1, "Poster", "Key words to use: artificial intelligence, machine learning, training data, bias"),
        *slide(2, "Answers", "The people – they chose the training data and did not check the results"),
        *slide(3, "KHOOR ZRUOG", "Clue: look at where each letter sits in the alphabet"),
        *slide(4, "Key words", "Bias – when a system treats some groups of people unfairly"),
    ])
    _model, facts = unit_model(materials)
    assert [f.term for f in facts] == ["Bias"]


def test_lesson_part_labels_sentences_and_run_on_labels_give_no_facts():
    materials = GenerationMaterials(unit_title="Errors", passages=[
        *slide(1, "Common misconception", "If a program runs without an error message, it must be working correctly"),
        *slide(2, "Errors in programs", "Programs rarely work perfectly the first time they are written"),
        *slide(3, "Answers", "A string is text: letters, digits and symbols inside quotation marks",
               "Input: keyboard, mouse, microphone. Output: monitor, speaker, printer",
               "Other runtime errors: dividing by zero, using a variable that has not been made yet"),
        *slide(4, "Key words", "Debugging – the process of finding and fixing errors in a program"),
    ])
    _model, facts = unit_model(materials)
    assert [f.term for f in facts] == ["Debugging"]


async def test_a_draft_from_slides_alone_is_about_them_and_cites_them():
    materials = GenerationMaterials(unit_title="Threats", text="Programs and code are everywhere.", passages=[
        *slide(2, "Encryption", "Scrambling data so that only someone with the key can read it",
               "The key is needed to decrypt the message"),
        *slide(3, "Firewalls", "A firewall checks the data coming into a network and blocks anything harmful",
               "A firewall can be hardware or software"),
        *slide(4, "Phishing", "Messages that pretend to come from a trusted company to steal your password",
               "Phishing emails often ask you to click a link"),
        *slide(5, "Malware", "Software that is written to damage a computer or a network",
               "Viruses and worms are kinds of malware that copy themselves"),
        *slide(6, "Denial of service", "Flooding a server with requests so that it cannot answer real users",
               "A denial of service attack can use many computers at once"),
    ])
    draft = await generate_offline(materials, DraftRequest(num_questions=8), seed=3)
    assert len(draft.questions) == 8
    model, _ = unit_model(materials)
    for question in draft.questions:
        assert question["type"] not in {"python_code", "code_debug", "trace_table", "parsons", "code_completion"}
        assert question["source"]["file"] == "Lesson.pptx", question
        assert question["source"]["where"].startswith("slide "), question
        assert unit_problems(question, model) == [], question
    assert len({q["type"] for q in draft.questions}) >= 4


@pytest.mark.parametrize("heading", ["Today I am working towards:", "By the end you will", "What we do next"])
def test_a_heading_said_to_the_class_names_no_topic(heading):
    # "Describe what is meant by 'Today I am working towards'" was a question made from an I-can box's heading.
    assert heading_phrases(heading) == ()


def test_a_heading_naming_a_topic_still_names_it():
    assert heading_phrases("Storage devices") == ("Storage devices",)


def test_binary_said_only_in_meanings_and_running_text_switches_no_topic_on():
    control = GenerationMaterials(
        unit_title="Embedded systems",
        objectives=[objective("LO1", "Explain the difference between a sensor and an actuator")],
        vocabulary=[{"term": "ADC", "definition": "turns the continuous signal into binary numbers"},
                    {"term": "Digital data", "definition": "data stored as separate values, in binary"},
                    {"term": "Sensor", "definition": "an input device that measures a physical quantity"}],
        text="The computer can only work with digital data, in binary. The ADC turns it into binary numbers. "
             "Draw the wave and chop it into binary steps. Binary is 1s and 0s.",
    )
    assert not build_topic_model(control).teaches("binary")


@pytest.mark.parametrize("heading", ["Exit ticket 🎟️", "Starter 🔥", "Plenary ✅"])
def test_a_lesson_part_with_an_emoji_is_no_key_phrase(heading):
    assert not usable_phrase(heading)


@pytest.mark.parametrize("label", ["Exit", "Exit slip", "Exit task"])
def test_an_exit_label_is_no_key_phrase(label):
    # "Exit: one thing you learned today + one question" heads the last part of a lesson; it defines no word.
    assert not usable_phrase(label)


def test_a_word_set_in_capitals_on_a_banner_is_not_an_abbreviation():
    # "PAINT" heads each of three bookmarks; the sentences say "paint" in small letters: a word, not a key term.
    banner = GenerationMaterials(
        unit_title="Digital painting",
        text="🎨 PAINT / KEY WORDS / Brush – the tool that lays down colour / Layer – a level you can paint on\n" * 3
        + "Choose a paint colour from the RGB picker. Digital paint can be undone. Mix paint on a new layer. "
        "RGB mixes red, green and blue light.",
    )
    found = [phrase.text for phrase in build_topic_model(banner).phrases]
    assert "PAINT" not in found, found


def test_an_abbreviation_the_text_uses_twice_is_still_a_key_phrase():
    banner = GenerationMaterials(unit_title="Digital painting",
                                 text="Choose a colour from the RGB picker. RGB mixes red, green and blue light.")
    assert "RGB" in [phrase.text for phrase in build_topic_model(banner).phrases]


def test_capitals_in_an_example_spam_link_are_not_abbreviations():
    spam = GenerationMaterials(
        unit_title="Spotting scams",
        text="TAP HERE to get your PRIZE now at www.prize-land.example/win\n"
             "TAP HERE for a PRIZE >>> www.prize-land.example/more\nA scam tricks you into paying.",
    )
    found = [phrase.text for phrase in build_topic_model(spam).phrases]
    assert "TAP" not in found, found


def test_a_question_that_asks_for_one_of_the_units_objectives_is_about_the_unit():
    posters = GenerationMaterials(
        unit_title="Designing a poster",
        objectives=[objective("LO1", "Explain how a layout can guide the reader's eye")],
        vocabulary=[{"term": "Contrast", "definition": "a big difference between two colours"}],
        text="Contrast makes a heading stand out from the page.",
    )
    model = build_topic_model(posters)
    assert model.about_unit("Explain how a layout can guide the reader's eye. Write 2 to 5 sentences.")


def test_a_question_that_shares_only_a_word_with_an_objective_is_not_about_the_unit_for_it():
    posters = GenerationMaterials(
        unit_title="Designing a poster",
        objectives=[objective("LO1", "Explain how a layout can guide the reader's eye")],
        vocabulary=[{"term": "Contrast", "definition": "a big difference between two colours"}],
        text="Contrast makes a heading stand out from the page.",
    )
    assert not build_topic_model(posters).about_unit("Explain how a kettle boils water.")


def test_an_objective_asked_as_a_written_question_is_about_the_unit():
    posters = GenerationMaterials(
        unit_title="Designing a poster",
        objectives=[objective("LO1", "To know the parts of a good poster layout")],
        vocabulary=[{"term": "Contrast", "definition": "a big difference between two colours"}],
        text="Contrast makes a heading stand out from the page.",
    )
    assert build_topic_model(posters).about_unit("Describe the parts of a good poster layout. Write 2 to 5 sentences.")
