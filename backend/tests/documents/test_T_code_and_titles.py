"""Code and titles met in a Morph-animated deck, a web-design lesson and a detective lesson's case file: digits set
in a code font are numbers, not code; a style sheet is counted as the web page's HTML; a header line's "Lesson N:
topic" names the lesson when the heading under it names the sheet."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found


def _languages(findings: dict) -> list[str]:
    return [snippet["language"] for snippet in findings["code_snippets"]]


def test_digits_in_their_own_code_font_boxes_are_not_code():
    presentation = f.new_pptx()
    slide = f.titled_slide(presentation, "Worked example: adding two nibbles")
    for column, digit in enumerate("0110"):
        f.text_box(
            slide, digit, left=2 + column * 0.6, top=2, width=0.5, height=0.6, size=32, font="Consolas"
        )
    f.text_box(
        slide, "  0110 (6)\n+ 0011 (3)\n= 1001 (9)", left=2, top=3.5, width=4, height=1.5, font="Consolas"
    )
    findings = found("sums.pptx", f.pptx_bytes(presentation))
    assert _languages(findings) == []


def test_a_fenced_css_block_is_counted_as_html():
    text = "# Style your page\n\nFinish the rule-set:\n\n```css\nh2 {\n  color: teal;\n  font-size: 24px;\n}\n```\n"
    assert _languages(found("README.md", text.encode())) == ["html"]


def test_css_in_a_web_page_s_code_block_is_counted_as_html():
    page = (
        "<html><body><h1>Lesson 3: Colours in CSS</h1><p>Type this rule-set:</p>"
        "<pre><code>p {\n  color: navy;\n  font-family: Georgia, serif;\n}</code></pre></body></html>"
    )
    assert _languages(found("guide.html", page.encode())) == ["html"]


def test_a_header_line_s_lesson_topic_is_the_title_over_a_heading_naming_the_sheet():
    pdf = f.Pdf()
    pdf.add_page()
    pdf.line_of("Riverside Academy – Computing – Year 8 Networks, Lesson 2: Network topologies", size=8)
    pdf.line_of("MISSION FILE #3: WHO BROKE THE NETWORK?", size=20, bold=True)
    pdf.line_of("Read the clues and find out which cable was cut before the end of the lesson.", size=11)
    pdf.line_of("THE CLUES", size=13, bold=True)
    pdf.line_of("In a star topology every computer has its own cable to the switch.", size=11)
    findings = found("mission.pdf", pdf.output_bytes())
    assert findings["lesson_titles"][0] == "Network topologies"
