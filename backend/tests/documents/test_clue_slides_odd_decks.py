"""Quiz-game decks built by hand go wrong in ordinary ways: an answer slide's "Play again" button links to the slide
it is on, a board tile and the clue's "ANSWER" button both link to the same answer slide, two clues' buttons were
copied and lead to one answer. Each answer slide still takes its meaning from its own clue, or from none when the
deck cannot say which clue is its own. Small decks written for these tests."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import terms as _terms

CACHE = "A small, very fast memory inside the processor that holds the instructions it uses most often."
REGISTER = "A single storage place inside the processor that holds one value it is working on right now."


def _clue_slide(presentation, clue: str):
    slide = f.blank_slide(presentation)
    f.text_box(slide, "CPU CHALLENGE – 200", left=0, top=0, width=10, height=0.8, size=20, bold=True)
    f.shape_box(slide, clue, left=0.8, top=1.4, width=8.4, height=3.8, kind="RECTANGLE", fill="1F4FBF", size=28)
    f.shape_box(slide, "ANSWER", left=7.2, top=6.4, width=2.4, height=0.6, fill="FFD200", size=16, bold=True)
    return slide


def _answer_slide(presentation, answer: str):
    slide = f.blank_slide(presentation)
    f.text_box(slide, "CPU CHALLENGE – 200", left=0, top=0, width=10, height=0.8, size=20, bold=True)
    f.text_box(slide, answer, left=0.8, top=2.4, width=8.4, height=2, size=36, bold=True)
    f.shape_box(slide, "PLAY AGAIN", left=7.2, top=6.4, width=2.4, height=0.6, fill="FFD200", size=16)
    return slide


def test_an_answer_slide_whose_button_links_to_itself_still_takes_the_clue_before_it():
    presentation = f.new_pptx()
    f.title_slide(presentation, "CPU CHALLENGE!", "Year 8 revision")
    _clue_slide(presentation, CACHE)
    answer = _answer_slide(presentation, "What is cache memory?")
    answer.shapes[-1].click_action.target_slide = answer  # "PLAY AGAIN" restarts the slide's animation
    found = _terms(_found("cpu game.pptx", f.pptx_bytes(presentation)))
    assert found.get("Cache memory") == CACHE.rstrip(".")


def test_an_answer_slide_a_board_tile_also_links_to_takes_the_meaning_of_its_clue():
    presentation = f.new_pptx()
    board = f.blank_slide(presentation)
    f.shape_box(board, "200", left=1, top=2, width=2, height=1.2)
    clue = _clue_slide(presentation, CACHE)
    f.blank_slide(presentation)  # a slide between them: the answer is found by its links, not by its place
    answer = _answer_slide(presentation, "What is cache memory?")
    board.shapes[-1].click_action.target_slide = answer  # the tile was meant for the clue: a slip
    clue.shapes[-1].click_action.target_slide = answer
    found = _terms(_found("cpu game.pptx", f.pptx_bytes(presentation)))
    assert found.get("Cache memory") == CACHE.rstrip(".")


def test_an_answer_slide_two_clues_link_to_takes_neither_meaning():
    presentation = f.new_pptx()
    first, second = _clue_slide(presentation, CACHE), _clue_slide(presentation, REGISTER)
    f.blank_slide(presentation)
    answer = _answer_slide(presentation, "What is cache memory?")
    first.shapes[-1].click_action.target_slide = answer
    second.shapes[-1].click_action.target_slide = answer  # a copied button: which clue is this answer's?
    found = _terms(_found("cpu game.pptx", f.pptx_bytes(presentation)))
    assert "Cache memory" not in found, found
