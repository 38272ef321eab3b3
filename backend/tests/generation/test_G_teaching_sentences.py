"""What the offline generator builds its questions from: number templates only for a unit that teaches number bases
(not one that names a hex colour code), gaps and mark schemes from teaching sentences only (not a teacher's
preparation, a page's buttons, a task's steps or a line someone says), gaps never inside a file name, written
questions only on a topic its section talks about, and meanings that are not quoted speech. Small hand-built
materials, written for these tests."""

from __future__ import annotations

import random

import pytest

from app.services.generation import offline_gaps as gaps
from app.services.generation import offline_passages as passages
from app.services.generation.commands import opens_on_a_command
from app.services.generation.context import BuildContext
from app.services.generation.facts import unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage
from app.services.generation.teaching_text import teaching_sentence
from app.services.generation.topics import build_topic_model
from app.services.generation.unfit_text import is_quoted_speech, is_statement
from tests.generation.test_topics import objective, slide

STYLING = GenerationMaterials(
    unit_title="Making web pages look good",
    objectives=[objective("LO1", "Write rules that change the colour and font of a web page")],
    vocabulary=[{"term": "Stylesheet", "definition": "a file of rules that say how a web page looks"},
                {"term": "Hex colour code", "definition": "a colour written as # and six hexadecimal digits"}],
    text="Every page links to the stylesheet. Pick a hex colour code for the heading. #FF0000 is red in hexadecimal.",
)


def test_a_unit_that_names_a_hex_colour_code_teaches_no_number_bases():
    assert not build_topic_model(STYLING).teaches("binary")


def test_a_unit_on_hexadecimal_still_teaches_number_bases():
    numbers = GenerationMaterials(
        unit_title="Hexadecimal",
        objectives=[objective("LO1", "Convert between binary and hexadecimal")],
        vocabulary=[{"term": "Hexadecimal", "definition": "a number system with sixteen digits, 0 to F"}],
        text="Hex colour codes use hexadecimal. Each hex digit is four bits.",
    )
    assert build_topic_model(numbers).teaches("binary")


@pytest.mark.parametrize("line", [
    "Print one copy of the cheat sheet per pair",
    "Announce something to your class",
    "Open index.html and change the band name to your own band.",
    "Centre the heading with text-align",
])
def test_a_command_is_no_teaching_sentence(line):
    assert opens_on_a_command(line)
    assert not teaching_sentence(line)


@pytest.mark.parametrize("line", [
    "Hackers use phishing emails to steal passwords.",
    "Using a strong password keeps your account safe.",
    "Without a firewall, any data can come into the network.",
    "How the user talks to the computer is called the interface.",
    "Bystander Someone who sees bullying happening but does nothing.",
])
def test_a_statement_is_no_command(line):
    assert not opens_on_a_command(line)


def test_a_line_of_counts_is_no_statement():
    assert not is_statement("29 answered · 1 assigned")


@pytest.mark.parametrize("line", ["Alibi: “I was at football training from 7:30.”", "“Early start for rehearsals",
                                  "482 913 is your security code. Don't share it.”"])
def test_words_someone_says_are_quoted_speech(line):
    assert is_quoted_speech(line)
    assert not teaching_sentence(line)


def test_a_sentence_quoting_a_word_is_no_speech():
    assert not is_quoted_speech("The word “cookie” comes from the fortune cookie.")


def test_a_quoted_line_is_no_meaning_of_a_key_word():
    story = GenerationMaterials(unit_title="Passwords", passages=[
        Passage(text="Alibi: “I was at football training from 7:30.”", heading="Suspects", file="case.pdf",
                where="page 2", kind="paragraph"),
        Passage(text="Passphrase: three random words joined together", heading="Notebook", file="case.pdf",
                where="page 3", kind="paragraph"),
    ])
    _model, facts = unit_model(story)
    assert [f.term for f in facts] == ["Passphrase"], facts


def test_a_gap_is_never_inside_a_file_name():
    materials = GenerationMaterials(
        unit_title="Web pages",
        vocabulary=[{"term": "CSS", "definition": "the language that says how a web page looks"}],
        passages=[Passage(text="Every page of the website links to style.css in the head of the page.", heading="",
                          file="notes.docx", where="", kind="paragraph")])
    ctx = BuildContext.for_materials(materials, random.Random(1))
    made = gaps.sentence_gap_fill(ctx, 2)
    assert made is None, made["question_text"]


def _describe(*slides: list[Passage]) -> str | None:
    materials = GenerationMaterials(unit_title="Computers", passages=[p for s in slides for p in s])
    made = passages.describe_topic(BuildContext.for_materials(materials, random.Random(1)), 4)
    return made["question_text"] if made else None


def test_a_heading_its_lines_never_mention_is_no_topic_to_describe():
    made = _describe(slide(2, "Upcoming", "Mr Okafor posted a new question about the lesson today",
                           "A new assignment was posted for the class this morning"))
    assert made is None, made


def test_a_heading_its_lines_talk_about_is_a_topic_to_describe():
    made = _describe(slide(2, "Cache memory", "Very fast memory inside or very close to the processor",
                           "It holds the instructions that the processor uses most often"))
    assert made is not None and "Cache memory" in made, made


def test_what_one_person_did_is_no_meaning_of_a_key_word():
    story = GenerationMaterials(unit_title="Passwords", passages=[
        Passage(text="Motive: PE on Monday clashes with his mock exam", heading="Suspects", file="case.pdf",
                where="page 2", kind="paragraph"),
        Passage(text="Passphrase: three random words joined together", heading="Notebook", file="case.pdf",
                where="page 3", kind="paragraph"),
    ])
    _model, facts = unit_model(story)
    assert [f.term for f in facts] == ["Passphrase"], facts


@pytest.mark.parametrize("line", ["Mr Okafor posted a new question: Exit ticket about the CSS lesson",
                                  "The second photo of the staffroom was posted by Mr Hale on Monday.",
                                  "[photo] Miss Cole and three other teachers holding mugs in the staffroom."])
def test_a_class_pages_post_or_a_caption_is_no_teaching_sentence(line):
    assert not teaching_sentence(line)

