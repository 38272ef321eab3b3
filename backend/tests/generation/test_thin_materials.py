"""A draft from a unit whose readers found few or no key words: built from its objectives, its teaching sentences
and its own programs, still the size asked for, varied, about the unit, and never made of the furniture around the
teaching (headings, labels, story choices, quiz rows, objectives, where to get help). Small hand-built materials,
written for these tests."""

from __future__ import annotations

import random
import re
from dataclasses import replace

from app.services.generation import offline_gaps as gaps
from app.services.generation import offline_sentences as sentence_wise
from app.services.generation.context import BuildContext
from app.services.generation.facts import unit_facts, unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.passages import Passage
from app.services.generation.quality import answer_fields
from app.services.generation.topic_words import topic_words
from app.services.generation.topics import build_topic_model
from app.services.generation.unfit_text import answer_problem
from bench.generation_quality import thinned
from tests.generation.test_topics import objective, slide

TEACHING = {
    "How a barcode works": [
        "A barcode stores a number as a pattern of black and white lines.",
        "The barcode scanner shines a red light at the lines of the barcode.",
        "Black lines reflect less light than the white spaces between them.",
        "A sensor in the barcode scanner measures the reflected light and turns it into a number.",
        "The shop's computer looks up the barcode number in a database to find the price.",
        "A barcode has a check digit at the end, so a scanner can tell when it has misread the number.",
        "Self-service tills use the same barcode scanner as the tills that a cashier uses.",
    ],
    "QR codes": [
        "A QR code stores data as a grid of black and white squares.",
        "A QR code can hold a web address, a phone number or a short message.",
        "A QR code can be read from any angle because of the large squares in three of its corners.",
        "A damaged QR code can often still be read because it stores extra data for error correction.",
        "Most phone cameras can read a QR code without a special app.",
        "A QR code holds far more data than a barcode because it stores data in two directions.",
        "Museums put a QR code beside each exhibit to link visitors to more information.",
    ],
}
FURNITURE = {
    "Today’s missions": ["🎯 Mission 1 – I can explain how a barcode scanner reads a barcode",
                         "🎯 Mission 2 – I can describe what a QR code can store"],
    "WORD CHECK": ["barcode", "QR code", "scanner"],
    "Choose your path": ["If the barcode scanner beeps twice, go to 7.",
                         "If the till shows the wrong price for the barcode, go to 4."],
    "Quiz results": ["Correct answer: the barcode scanner measures the reflected light.",
                     "Most common wrong answer: the barcode scanner takes a photo of the lines."],
    "Your task": ["Draw a barcode and label its quiet zones.",
                  "Scan three items at home and list what the barcode number of each is."],
    "Where to get help": ["Your form tutor, Head of Year, or the library helpdesk can help with a QR code."],
}
FURNITURE_WORDS = re.compile(r"WORD CHECK|missions|go to \d|Correct answer|common wrong answer|I can|Mission \d"
                             r"|form tutor|Draw a barcode|Scan three items", re.IGNORECASE)


def passages(sections: dict[str, list[str]], first_slide: int = 1) -> list[Passage]:
    found: list[Passage] = []
    for number, (title, lines) in enumerate(sections.items(), start=first_slide):
        found += slide(number, title, *lines, file="Barcodes.pptx")
    return found


def thin_unit(**changes) -> GenerationMaterials:
    """A unit on barcodes with no key words found: objectives, teaching slides and the furniture around them."""
    materials = GenerationMaterials(
        unit_title="Barcodes and QR codes",
        objectives=[objective("LO1", "Explain how a barcode scanner reads a barcode"),
                    objective("LO2", "Describe what a QR code can store"),
                    objective("LO3", "Compare barcodes and QR codes")],
        passages=passages(FURNITURE) + passages(TEACHING, first_slide=len(FURNITURE) + 1),
        text="\n".join(line for lines in (*FURNITURE.values(), *TEACHING.values()) for line in lines),
    )
    return replace(materials, **changes)


def everything_said(question: dict) -> str:
    return f"{question['question_text']} {question['config']}"


# --- the draft ---------------------------------------------------------------------------------------------------

async def test_a_unit_with_no_key_words_still_gets_a_full_varied_draft():
    draft = await generate_offline(thin_unit(), DraftRequest(num_questions=12), seed=3, runner_enabled=False)
    types = {q["type"] for q in draft.questions}
    assert len(draft.questions) == 12, [q["question_text"] for q in draft.questions]
    assert len(types) >= 4, types


async def test_every_question_of_a_thin_draft_is_about_what_the_unit_teaches():
    draft = await generate_offline(thin_unit(), DraftRequest(num_questions=12), seed=5, runner_enabled=False)
    elsewhere = [q["question_text"] for q in draft.questions
                 if not re.search(r"barcode|QR code|scanner", everything_said(q), re.IGNORECASE)]
    assert elsewhere == []



async def test_no_question_is_made_of_the_lesson_furniture():
    for seed in (1, 2, 3):
        draft = await generate_offline(thin_unit(), DraftRequest(num_questions=12), seed=seed, runner_enabled=False)
        furniture = [everything_said(q) for q in draft.questions if FURNITURE_WORDS.search(everything_said(q))]
        assert furniture == [], furniture


async def test_the_objectives_become_written_answers_marked_only_from_the_teaching_on_their_slides():
    mixed = slide(20, "How a barcode scanner reads a barcode", "If the barcode scanner beeps twice, go to 7.",
                  "Most common wrong answer: the barcode scanner takes a photo of the lines.",
                  "The barcode scanner shines a red light at the lines of the barcode.", file="Barcodes.pptx")
    materials = thin_unit(passages=mixed + thin_unit().passages)
    draft = await generate_offline(materials, DraftRequest(num_questions=12), seed=1, runner_enabled=False)
    written = [q for q in draft.questions if q["type"] == "extended_text"]
    assert written, [q["question_text"] for q in draft.questions]
    criteria = [c["criterion"] for q in written for c in q["config"]["marking_guide"]["mark_scheme"]]
    taught = [line.rstrip(".").lower() for lines in TEACHING.values() for line in lines]
    points = [c.removeprefix("Says that ") for c in criteria if c.startswith("Says that ")]
    assert points, criteria
    assert [p for p in points if p.lower() not in taught] == []


async def test_aims_stated_as_i_can_lines_become_written_questions_to_the_pupil_when_there_are_no_objectives():
    materials = thin_unit(objectives=[])
    draft = await generate_offline(materials, DraftRequest(num_questions=12), seed=2, runner_enabled=False)
    written = [q["question_text"] for q in draft.questions if q["type"] == "extended_text"]
    assert any(text.startswith("Explain how a barcode scanner reads a barcode") for text in written), written
    assert not any(re.search(r"\b(?:I|my|me)\b", text) for text in written), written


# --- the unit's own words ----------------------------------------------------------------------------------------

def test_the_words_its_objectives_name_and_its_slides_teach_are_key_phrases():
    phrases = {p.text.lower() for p in build_topic_model(thin_unit()).phrases}
    assert {"barcode scanner", "qr code"} <= {p.rstrip("s") for p in phrases}, phrases


def test_a_word_the_objectives_name_only_in_passing_is_no_topic_word():
    named = {w.text.lower() for w in topic_words(thin_unit())}
    assert "barcode scanner" in named, named
    assert not named & {"store", "reads", "describe", "compare", "explain", "what"}, named


def test_headings_and_labels_never_become_concepts():
    model, facts = unit_model(thin_unit())
    named = {p.text.lower() for p in model.phrases} | {f.term.lower() for f in facts}
    assert not named & {"word check", "today’s missions", "today's missions", "choose your path", "quiz results",
                        "your task", "where to get help"}, named


# --- sentences --------------------------------------------------------------------------------------------------

def _built(builder, materials: GenerationMaterials, difficulty: int = 2) -> list[dict]:
    ctx = BuildContext.for_materials(materials, random.Random(4))
    made = []
    while (question := builder(ctx, difficulty)) is not None:
        made.append(question)
    return made


def test_gaps_are_made_only_in_teaching_sentences():
    made = [q["question_text"] for q in _built(gaps.sentence_gap_fill, thin_unit())]
    assert made
    assert not [text for text in made if FURNITURE_WORDS.search(text)], made


def test_a_story_choice_a_quiz_row_or_an_instruction_makes_no_gap_even_on_a_key_word():
    furniture_only = thin_unit(passages=passages(FURNITURE), vocabulary=[
        {"term": "Barcode scanner", "definition": "A device that reads the lines of a barcode with light"}])
    assert _built(gaps.sentence_gap_fill, furniture_only) == []


def test_a_sentence_that_leans_on_the_one_before_makes_no_gap():
    leaning = thin_unit(passages=slide(1, "Barcodes", "It stores a number as a pattern of lines and a barcode.",
                                       "This means a barcode scanner can read it quickly at the till.",
                                       "a kind of barcode scanner that reads lines with a red light",
                                       "Reads the barcode with a red light and turns it into a number."),
                        vocabulary=[{"term": "Barcode scanner", "definition": ""}, {"term": "Barcode", "definition": ""}])
    assert _built(gaps.sentence_gap_fill, leaning) == []


def test_sentence_halves_match_the_start_of_each_teaching_sentence_to_its_end():
    made = _built(sentence_wise.sentence_halves_matching, thin_unit(), difficulty=3)
    assert made
    taught = {re.sub(r"[,.]", "", line) for lines in TEACHING.values() for line in lines}
    for question in made:
        config = question["config"]
        left = {i["id"]: i["text"] for i in config["left_items"]}
        right = {i["id"]: i["text"] for i in config["right_items"]}
        joined = {re.sub(r"[,.]", "", f"{left[p['left']]} {right[p['right']]}") for p in config["correct_pairs"]}
        assert joined <= taught, joined
        assert [a for _field, a in answer_fields(question) if answer_problem(a)] == []


def test_a_sentence_is_never_cut_inside_a_key_phrase():
    start, end = sentence_wise.split_sentence("The shop uses a barcode scanner to read the number on each item",
                                              keep=["barcode scanner"])
    assert "barcode scanner" in start or "barcode scanner" in end, (start, end)


def test_the_ending_that_completes_a_teaching_sentence_is_chosen_from_other_sentences_endings():
    made = _built(sentence_wise.sentence_ending_choice, thin_unit())
    assert made
    endings = {sentence_wise.split_sentence(line)[1] for lines in TEACHING.values() for line in lines
               if sentence_wise.split_sentence(line)}
    for question in made:
        options = {o["text"] for o in question["config"]["options"]}
        assert options <= endings, options


def test_two_gapped_sentences_ask_for_the_two_missing_key_words():
    with_words = thin_unit(vocabulary=[
        {"term": "Check digit", "definition": ""}, {"term": "Database", "definition": ""},
        {"term": "Error correction", "definition": ""}, {"term": "Sensor", "definition": ""}])
    made = _built(gaps.gap_select, with_words, difficulty=3)
    assert made
    for question in made:
        right = [o for o in question["config"]["options"] if o["is_correct"]]
        assert len(right) == 2, question["config"]["options"]
        assert question["question_text"].count("_____") == 2


# --- meanings ---------------------------------------------------------------------------------------------------

def _meanings(materials: GenerationMaterials) -> dict[str, str]:
    return {f.term: f.definition for f in unit_facts(materials, build_topic_model(materials))}


def test_an_objective_is_never_offered_as_a_meaning():
    materials = thin_unit(passages=slide(1, "Mission 1", "Barcode scanner – 🎯 Level 1 – I can explain how a "
                                         "scanner reads the lines"),
                          vocabulary=[{"term": "QR code", "definition": "I can describe what a QR code can store"}])
    assert _meanings(materials) == {}


def test_a_help_line_or_who_to_tell_is_never_offered_as_a_meaning():
    materials = thin_unit(passages=slide(1, "Where to get help", "Report – Childline 0800 1111, free and private",
                                         "In school: your form tutor, Head of Year, or the safeguarding lead"),
                          vocabulary=[{"term": "Report", "definition": "Tell a trusted adult or call 0800 1111"}])
    assert _meanings(materials) == {}


def test_a_quiz_row_is_never_offered_as_a_meaning():
    materials = thin_unit(vocabulary=[
        {"term": "Scanner", "definition": "Reads the barcode with light (correct)"},
        {"term": "Check digit", "definition": "Average 20.4 / 26 points across the class"}], passages=[])
    assert _meanings(materials) == {}


def test_a_key_word_found_without_a_meaning_takes_it_from_its_glossary_row():
    materials = thin_unit(vocabulary=[{"term": "Check digit", "definition": ""}],
                          passages=slide(1, "Glossary", "Check digit The last digit of a barcode, worked out from "
                                         "the others to catch a misread."))
    assert _meanings(materials) == {"Check digit": "The last digit of a barcode, worked out from the others to "
                                                   "catch a misread"}


def test_a_name_over_the_line_that_says_what_it_is_is_a_key_word_in_a_thin_unit():
    materials = thin_unit(passages=slide(1, "Parts of a barcode", "Quiet zone",
                                         "The blank space either side of the lines", "Check digit",
                                         "The last digit, worked out from the others to catch a misread",
                                         "A tin of beans", "A box of cereal in a supermarket"))
    meanings = _meanings(materials)
    assert meanings.get("Quiet zone") == "The blank space either side of the lines", meanings
    assert "A tin of beans" not in meanings


def test_a_definition_line_in_capitals_is_read_as_the_word_and_its_meaning():
    materials = thin_unit(passages=slide(1, "Key ideas", "BARCODE SCANNER = a device that reads the lines of a "
                                         "barcode BEFORE the till can look up the price"))
    assert _meanings(materials) == {"Barcode scanner": "A device that reads the lines of a barcode before the till "
                                                       "can look up the price"}


# --- the bench ---------------------------------------------------------------------------------------------------

def test_the_bench_thins_the_key_words_and_keeps_everything_else():
    materials = thin_unit(vocabulary=[{"term": t, "definition": ""} for t in ("Barcode", "QR code", "Sensor")])
    thin = thinned(materials, 2)
    assert [v["term"] for v in thin.vocabulary] == ["Barcode", "QR code"]
    assert (thin.objectives, thin.passages, thin.text) == (materials.objectives, materials.passages, materials.text)
    assert thinned(materials, 0).vocabulary == []
