"""The lesson-pack corpus is sound: every pack builds the same files each time, every file opens with its own
library, every expected file has the agreed shape, and the quality bench runs end to end on a pack. Nothing here
checks how well the app reads the packs: that is the bench's figure, not a test."""

from __future__ import annotations

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from pptx import Presentation
from pypdf import PdfReader

from bench import generation_quality
from tests.corpus import REQUIRED_KEYS, build, expected_for, load_packs, pack_modules

MODULES = [(False, m) for m in pack_modules()] + [(True, m) for m in pack_modules(held_out=True)]
IDS = [m.__name__.rpartition(".")[2] + (" (held out)" if held else "") for held, m in MODULES]
OPTIONAL_KEYS = ("lesson_sequence", "questions_in_documents")
# The one pack whose documents state no objective at all (a deck and a gap-fill sheet).
NO_STATED_OBJECTIVES = {"primary_memory"}
CODE_LANGUAGES = {"python", "java", "sql", "javascript", "html", "pseudocode"}


@pytest.mark.parametrize(("held_out", "module"), MODULES, ids=IDS)
def test_a_pack_builds_two_to_six_files_the_same_each_time(held_out, module):
    first, second = build(module.FILES), build(module.FILES)
    assert 2 <= len(first) <= 6, sorted(first)
    for name in first:
        assert first[name] == second[name], f"{name} differs from one build to the next"


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.words: list[str] = []

    def handle_data(self, data: str) -> None:
        self.words += data.split()


def _opened_text(name: str, data: bytes) -> str:
    """The file's text, read with the library for its format (each raises on a file it cannot open)."""
    suffix = Path(name).suffix.lower()
    if suffix == ".docx":
        document = docx.Document(io.BytesIO(data))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return " ".join([p.text for p in document.paragraphs] + cells)
    if suffix == ".pptx":
        deck = Presentation(io.BytesIO(data))
        return " ".join(s.text_frame.text for slide in deck.slides for s in slide.shapes if s.has_text_frame)
    if suffix == ".pdf":
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if suffix in (".html", ".htm"):
        parser = _Text()
        parser.feed(data.decode("utf-8"))
        parser.close()
        return " ".join(parser.words)
    assert suffix in (".md", ".txt"), f"{name}: no library to open a {suffix} file with"
    return data.decode("utf-8")


@pytest.mark.parametrize(("held_out", "module"), MODULES, ids=IDS)
def test_every_file_opens_with_its_library(held_out, module):
    for name, data in build(module.FILES).items():
        assert _opened_text(name, data).strip(), f"{name} opened, but holds no text"


def test_a_slide_can_be_only_a_picture():
    (pack,) = load_packs(names=["primary_memory"])
    deck = Presentation(io.BytesIO(pack.files["Primary Memory.pptx"]))
    picture_only = [s for s in deck.slides if not any(shape.has_text_frame for shape in s.shapes)]
    assert picture_only, "the RAM/ROM slide should hold a picture and no text"


@pytest.mark.parametrize(("held_out", "module"), MODULES, ids=IDS)
def test_the_expected_file_has_the_agreed_shape(held_out, module):
    expected = expected_for(module)
    name = module.__name__.rpartition(".")[2]
    missing = [key for key in REQUIRED_KEYS if key not in expected]
    assert not missing, f"{name}.expected.json lacks {missing}"
    unknown = sorted(set(expected) - set(REQUIRED_KEYS) - set(OPTIONAL_KEYS))
    assert not unknown, f"{name}.expected.json has keys no one reads: {unknown}"
    assert expected["title"].strip()
    assert expected["terms"], "a pack without terms measures nothing"
    for term in expected["terms"]:
        assert term["term"].strip(), term
        assert term["definition"].strip(), term
        assert len(term["term"].split()) <= 6, f"not a short noun phrase: {term['term']}"
    if name not in NO_STATED_OBJECTIVES:
        assert expected["objectives"], f"{name}: objectives are empty, but its documents state some"
    assert all(isinstance(o, str) and o.strip() for o in expected["objectives"])
    assert expected["topic_words"]
    assert set(expected["code_languages"]) <= CODE_LANGUAGES, expected["code_languages"]
    assert all(isinstance(step, str) and step.strip() for step in expected.get("lesson_sequence", []))
    for question in expected.get("questions_in_documents", []):
        assert isinstance(question["number"], int), question
        assert question["text"].strip(), question


def test_the_corpus_has_the_formats_and_the_held_out_packs():
    names = [name for module in pack_modules() for name in module.FILES]
    suffixes = {Path(name).suffix.lower() for name in names}
    assert {".docx", ".pptx", ".pdf", ".html", ".md", ".txt"} <= suffixes
    assert len(pack_modules()) >= 10
    assert len(pack_modules(held_out=True)) >= 3
    assert any("answers" in name.lower() for name in names), "a quiz needs its separate answers file"


def test_the_expected_files_are_valid_json_in_utf8():
    for _held_out, module in MODULES:
        path = Path(module.__file__).with_suffix(".expected.json")
        json.loads(path.read_bytes().decode("utf-8"))


def test_the_bench_runs_end_to_end_on_one_pack(tmp_path):
    out = tmp_path / "figures.json"
    figures = generation_quality.main(["--pack", "network_security", "--json", str(out)])
    assert json.loads(out.read_text(encoding="utf-8")) == figures
    assert [p["pack"] for p in figures["packs"]] == ["network_security"]
    for result in (figures["packs"][0], figures["overall"]):
        for metric in ("recall", "terms_found", "objectives_found_stated", "objectives_stated", "junk_objectives",
                       "on_topic", "questions", "junk_answers", "wrong_language", "types", "read_seconds",
                       "draft_seconds", "title_ok", "files_refused", "sheet_questions", "sheet_found",
                       "sheet_answers", "sheet_answered", "sheet_extra"):
            assert isinstance(result[metric], int | float), f"{result['pack']}: no figure for {metric}"
        assert "precision" in result, "precision is None only when nothing was found"
    assert figures["packs"][0]["questions"] > 0, "the bench made no draft"


def test_the_bench_drafts_from_thin_materials_and_says_so(tmp_path):
    """`--thin 0`: the draft is made without one key word, from the pack's other teaching text, and stays on topic."""
    out = tmp_path / "thin.json"
    figures = generation_quality.main(["--pack", "network_security", "--thin", "0", "--json", str(out)])
    assert figures["thin"] == 0
    (result,) = figures["packs"]
    assert result["terms_found"] > 0, "thinning changes the draft's materials, not what the reader found"
    assert result["questions"] >= 6 and result["on_topic"] == result["questions"]


def test_the_questions_written_in_the_documents_are_scored_word_for_word():
    """Found when the text is the teacher's once normalised and without its marks; answered only with the
    documents' answer; a question cut short is missed, and one with the lines to answer on left in, or one the
    teacher did not list, is extra."""
    listed = [{"number": 1, "text": "What is a bit? (1 mark)", "answer": "A binary digit"},
              {"number": 2, "text": "How many bits are in a byte?", "answer": "8"},
              {"number": 3, "text": "Explain why computers use binary.", "answer": "Two states [1]"},
              {"number": 4, "text": "Describe a byte.", "answer": ""}]
    found = [{"text": "what is a BIT? [1]", "answer": "a binary digit."},
             {"text": "How many bits are in a", "answer": "8"},
             {"text": "Explain why computers use binary. [2]", "answer": "Two states"},
             {"text": "Describe a byte. ........ ........", "answer": ""},
             {"text": "Describe a byte.", "answer": ""},
             {"text": "Colour in the boxes", "answer": ""}]
    figures = generation_quality.PackFigures(pack="p")
    generation_quality.score_sheet_questions(figures, found, listed)
    assert (figures.sheet_questions, figures.sheet_found, figures.sheet_answers, figures.sheet_answered,
            figures.sheet_extra) == (4, 3, 3, 2, 3)
    assert figures.details["sheet_missed"] == ["How many bits are in a byte?"]


def test_thinned_materials_keep_only_the_first_key_words():
    materials = generation_quality.GenerationMaterials(vocabulary=[{"term": t, "definition": "d"} for t in "abc"])
    assert [v["term"] for v in generation_quality.thinned(materials, 1).vocabulary] == ["a"]
    assert generation_quality.thinned(materials, 0).vocabulary == []


def test_load_packs_gives_the_files_and_the_expected_lists():
    (pack,) = load_packs(names=["hardware_software"])
    assert "hardware-software-notes.md" in pack.files
    assert pack.expected["code_languages"] == []
