"""Shapes first met in the nineteenth held-out set: a web page saved from an interactive-content tool (an escape
room) whose meanings and objectives sit in pop-up windows hidden until a hotspot or button opens them, rights in an
accordion whose bodies are hidden until opened, and a success message hidden until the lock opens."""

from __future__ import annotations

import io

from pptx import Presentation

from app.services.documents import extract
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# A web page whose pop-up windows are hidden until opened ----------------------------------------------------------

POPUP_PAGE = """<html><head><title>Escape room | Maker</title></head><body>
<section><div class="view-text">Networks escape room</div>
<div class="interactive" data-interactivity="window" data-target="win-goals">i</div>
<div class="view-window" id="win-goals" aria-hidden="true" style="display:none">
  <h3>Mission objectives</h3><p>When you escape you will be able to:</p>
  <ul><li>Describe what a router does on a network</li><li>Explain why networks use switches</li></ul>
</div></section>
<section><div class="view-text">Search the office</div>
<div class="hotspot" data-target="win-router">?</div>
<div class="view-window" id="win-router" style="display:none">
  <h3>ROUTER</h3><p>A device that forwards data packets between different networks.</p>
</div>
<div class="faq"><button aria-expanded="false">Switch</button>
  <div class="accordion-body" hidden><p>A <b>switch</b> is a device that connects devices on one local network.</p>
  </div></div>
</section></body></html>"""


def test_a_pop_up_window_opened_by_a_hotspot_is_read_as_lesson_text():
    findings = _found("escape.html", POPUP_PAGE.encode())
    assert "forwards data packets" in _terms(findings).get("Router", "")
    assert "Describe what a router does on a network" in _objectives(findings)


def test_an_accordion_body_hidden_until_opened_is_read():
    findings = _found("escape.html", POPUP_PAGE.encode())
    assert "local network" in _terms(findings).get("Switch", "")


def test_hidden_text_that_nothing_opens_stays_out():
    page = (b"<html><body><h1>Networks</h1><p>A <b>hub</b> is a device that sends data to every device.</p>"
            b"<div class='old-draft' hidden><p>A <b>modem</b> is a device that turns signals into data.</p></div>"
            b"<div style='display:none' id='spare'><h3>GATEWAY</h3><p>A device that joins two networks.</p></div>"
            b"</body></html>")
    words = _terms(_found("notes.html", page))
    assert "Modem" not in words and "Gateway" not in words


def test_a_label_after_a_pictograph_still_opens_its_section():
    page = ("<html><body><h1>Networks</h1><h3>🎯 Mission objectives</h3><ul><li>Describe what a router does</li>"
            "<li>Explain why networks use switches</li></ul><h3>🧭 The map</h3><ul><li>Go to the office</li></ul>"
            "</body></html>").encode()
    found = _objectives(_found("goals.html", page))
    assert found == ["Describe what a router does", "Explain why networks use switches"]


# A deck in the default template's caption layouts, with "Header & Footer" on every slide ---------------------------

CONTENT_WITH_CAPTION = 7  # the default template's layouts


def _caption_deck(caption: str, content: list[str], *, footer: str = "") -> bytes:
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[CONTENT_WITH_CAPTION])
    slide.shapes.title.text = "Router"
    slide.placeholders[2].text_frame.text = caption
    slide.placeholders[1].text_frame.text = content[0]
    for line in content[1:]:
        slide.placeholders[1].text_frame.add_paragraph().text = line
    if footer:
        for placeholder in slide.slide_layout.placeholders:
            if placeholder.placeholder_format.idx in (11, 12):
                slide.shapes.clone_placeholder(placeholder)
                slide.placeholders[placeholder.placeholder_format.idx].text_frame.text = footer
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def test_a_caption_beside_a_small_title_is_read_first_as_what_the_title_heads():
    data = _caption_deck("A device that forwards data packets between networks.",
                         ["Examples: a home hub", "Every school has one"])
    (document,) = extract("router.pptx", data)
    lines = document.text.splitlines()
    assert lines.index("- A device that forwards data packets between networks.") < lines.index(
        "- Examples: a home hub")
    assert "forwards data packets" in _terms(document.structure).get("Router", "")


def test_footer_and_slide_number_placeholders_are_not_lesson_text():
    data = _caption_deck("A device that forwards data packets between networks.", ["Examples: a home hub"],
                         footer="Mr Okafor · Y9 Computing · Unit 4 Lesson 1")
    (document,) = extract("router.pptx", data)
    assert "Okafor" not in document.text
    assert all("Okafor" not in item for item in _objectives(document.structure))


def test_an_ordinary_caption_under_a_picture_is_not_a_meaning():
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[CONTENT_WITH_CAPTION + 1])  # "Picture with Caption"
    slide.shapes.title.text = "Our trip"
    slide.placeholders[2].text_frame.text = "Photo taken by 9C on the visit to the data centre, March."
    out = io.BytesIO()
    deck.save(out)
    assert _terms(_found("trip.pptx", out.getvalue())) == {}
