"""Which sentences of the documents make fill-in-the-gap questions, and how they are shown: a dictionary-style
glossary entry ("latency (noun) The delay…") is the word's definition, asked as a key-word question instead, and a
textbook passage's note markers ("…switch on geotagging (4) automatically") are not part of the sentence."""

from __future__ import annotations

import random

from app.services.generation import offline_gaps as gaps
from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage

VOCABULARY = [
    {"term": "Latency", "definition": "The delay between you moving your head and the picture changing"},
    {"term": "Geotagging", "definition": "Adding the location where a photo was taken to the photo or post"},
    {"term": "Immersion", "definition": "The feeling of really being inside the virtual world"},
    {"term": "Virtual reality (VR)", "definition": "A computer-generated 3D world that replaces what you see"},
]


def _gapped_sentences(*texts: str) -> list[str]:
    """The question text of every gap-fill question the sentences make."""
    passages = [Passage(text=text, heading="", file="page.docx", where="", kind="paragraph") for text in texts]
    materials = GenerationMaterials(unit_title="Emerging technology", vocabulary=VOCABULARY, passages=passages)
    ctx = BuildContext.for_materials(materials, random.Random(1))
    made = []
    while (drafted := gaps.sentence_gap_fill(ctx, 2)) is not None:
        made.append(drafted["question_text"])
    return made


def test_a_dictionary_entry_of_a_glossary_makes_no_gap_sentence():
    made = _gapped_sentences("virtual reality (VR) (noun) A computer-generated 3D world that completely replaces "
                             "what you see and hear.")
    assert made == [], made


def test_a_sentence_of_the_passage_still_makes_a_gap_beside_the_glossary_entry():
    made = _gapped_sentences("latency (noun) The delay between you moving your head and the picture changing.",
                             "High latency can make people feel ill after a few minutes in a headset.")
    assert any("High _____ can make people feel ill" in text for text in made), made


def test_a_note_marker_after_a_word_is_left_out_of_the_gap_sentence():
    made = _gapped_sentences("Many phones switch on geotagging (4) automatically, so anyone can see where you were.")
    assert any("Many phones switch on _____ automatically, so anyone" in text for text in made), made
