"""Shapes first met in the twenty-second held-out set (Office and PDF): key words only in real SmartArt graphics (the
words in the diagram's data part, never in a slide shape), a "Key words – copy these into your glossary" title, a
"Three more words you need" slide of "WORD = meaning" blocks, an abbreviation whose meaning opens with its
spelling out, a pupil's answer marked in a PDF tool (the teacher's words only in sticky notes, typed boxes and
highlights' comments, one sticky putting a misconception right), a levels-of-response table, a DIRT task, and a
"Copy … into your book" line under the lesson's aims."""

from __future__ import annotations

import io
import time
import zipfile

import pytest
from fpdf import FPDF
from lxml import etree
from pptx import Presentation
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI
from pypdf import PdfReader

from app.services.documents import (
    Limits,
    UploadRejected,
    extract,
    pdf_annotations,
    read_upload,
    smartart,
    vocabulary,
)
from app.services.documents.labelled_lines import labelled_term
from app.services.documents.phrases import is_term, objective_problem
from app.services.documents.sections import section_of
from tests.corpus import formats as f
from tests.documents import builders
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DATA_PART = "ppt/diagrams/data1.xml"

# SmartArt: a graphic frame pointing at the diagram's data part ------------------------------------------------


def _data_part(nodes: list[tuple[str, list[str]]], *, reverse_points: bool = False) -> bytes:
    """A diagram data part: the document point, one point a node (a child point for its sub-text), and the
    connections that give their order. `reverse_points` lists the points backwards, as the connections do not."""
    points = ['<dgm:pt modelId="doc" type="doc"><dgm:prSet/></dgm:pt>']
    links = []
    for order, (text, children) in enumerate(nodes):
        points.append(f'<dgm:pt modelId="n{order}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{text}</a:t></a:r></a:p>'
                      "</dgm:t></dgm:pt>")
        points.append(f'<dgm:pt modelId="s{order}" type="sibTrans" cxnId="c{order}"><dgm:t><a:p><a:r><a:t>'
                      "join</a:t></a:r></a:p></dgm:t></dgm:pt>")  # a join's text is never the teacher's
        links.append(f'<dgm:cxn modelId="c{order}" srcId="doc" destId="n{order}" srcOrd="{order}" destOrd="0"/>')
        for child_order, child in enumerate(children):
            points.append(f'<dgm:pt modelId="n{order}_{child_order}"><dgm:t><a:p><a:r><a:t>{child}</a:t></a:r>'
                          "</a:p></dgm:t></dgm:pt>")
            links.append(f'<dgm:cxn modelId="c{order}_{child_order}" srcId="n{order}" destId="n{order}_{child_order}" '
                         f'srcOrd="{child_order}" destOrd="0"/>')
    if reverse_points:
        points = points[:1] + points[:0:-1]
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><dgm:dataModel xmlns:dgm="{DIAGRAM}" '
            f'xmlns:a="{A}"><dgm:ptLst>{"".join(points)}</dgm:ptLst><dgm:cxnLst>{"".join(links)}</dgm:cxnLst>'
            "</dgm:dataModel>").encode()


def _smartart_deck(title: str, nodes: list[tuple[str, list[str]]], *, reverse_points: bool = False) -> bytes:
    """A deck whose second slide holds only a title and a SmartArt graphic of the nodes."""
    presentation = f.new_pptx()
    f.title_slide(presentation, "Software licences", "Year 10")
    slide = f.titled_slide(presentation, title)
    part = Part(PackURI("/" + DATA_PART), "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml",
                slide.part.package, _data_part(nodes, reverse_points=reverse_points))
    rel = slide.part.relate_to(part, f"{R}/diagramData")
    frame = etree.fromstring(
        f'<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="{A}" '
        f'xmlns:r="{R}"><p:nvGraphicFramePr><p:cNvPr id="9" name="Diagram 1"/><p:cNvGraphicFramePr/><p:nvPr/>'
        '</p:nvGraphicFramePr><p:xfrm><a:off x="731520" y="1371600"/><a:ext cx="7680960" cy="4572000"/></p:xfrm>'
        f'<a:graphic><a:graphicData uri="{DIAGRAM}"><dgm:relIds xmlns:dgm="{DIAGRAM}" r:dm="{rel}" r:lo="" r:qs="" '
        'r:cs=""/></a:graphicData></a:graphic></p:graphicFrame>')
    slide.shapes._spTree.append(frame)
    return f.pptx_bytes(presentation)


WORDS_OVER_MEANINGS = [
    ("Software licence", ["A legal agreement that says how a piece of software can be used and shared"]),
    ("Open source software", ["Software whose source code is published so anyone can change it"]),
]


def test_a_smartart_list_of_words_over_their_meanings_gives_the_key_words():
    found = _terms(_found("deck.pptx", _smartart_deck("Key words", WORDS_OVER_MEANINGS)))
    assert found.get("Software licence") == ("A legal agreement that says how a piece of software can be used and "
                                             "shared")


def test_smartart_nodes_are_read_in_the_diagrams_order_not_the_parts():
    deck = _smartart_deck("Key words", WORDS_OVER_MEANINGS, reverse_points=True)
    found = _terms(_found("deck.pptx", deck))
    assert found.get("Open source software") == "Software whose source code is published so anyone can change it"


def test_a_smartart_joins_text_is_not_read():
    findings = _found("deck.pptx", _smartart_deck("Key words", WORDS_OVER_MEANINGS))
    assert "Join" not in _terms(findings)


def test_smartart_blocks_of_word_equals_meaning_under_a_words_you_need_title_give_key_words():
    nodes = [("EXECUTABLE FILE = the compiled program the computer runs", []),
             ("COMMUNITY = the volunteers who write, test and fix open source software", [])]
    found = _terms(_found("deck.pptx", _smartart_deck("Three more words you need", nodes)))
    assert found.get("Community") == "the volunteers who write, test and fix open source software"


def test_a_smartart_whose_data_part_is_damaged_leaves_the_rest_of_the_deck_read():
    deck = builders.with_part(_smartart_deck("Key words", WORDS_OVER_MEANINGS), DATA_PART, b"<dgm:dataModel><broken")
    findings = _found("deck.pptx", deck)
    assert "Software licences" in findings["lesson_titles"]


# The new XML part is as guarded as every other part --------------------------------------------------------------


def _refusal(filename: str, data: bytes, **kwargs) -> str:
    with pytest.raises(UploadRejected) as caught:
        read_upload(filename, data, **kwargs)
    return caught.value.detail


def test_billion_laughs_in_a_smartart_data_part_is_refused_before_parsing():
    deck = builders.with_part(_smartart_deck("Key words", WORDS_OVER_MEANINGS), DATA_PART, builders.BILLION_LAUGHS)
    started = time.perf_counter()
    message = _refusal("Deck.pptx", deck)
    assert time.perf_counter() - started < 0.5
    assert "XML entity declarations" in message


def test_a_smartart_data_part_pointing_outside_the_file_is_refused():
    external = (b'<?xml version="1.0"?><!DOCTYPE dgm:dataModel SYSTEM "file:///etc/passwd">'
                b'<dgm:dataModel xmlns:dgm="' + DIAGRAM.encode() + b'"/>')
    deck = builders.with_part(_smartart_deck("Key words", WORDS_OVER_MEANINGS), DATA_PART, external)
    assert "XML entity declarations" in _refusal("Deck.pptx", deck)


def test_an_oversized_smartart_data_part_is_refused():
    nodes = [(f"Word {n}", [f"Meaning number {n} of a made-up word " * 20]) for n in range(200)]
    deck = _smartart_deck("Key words", nodes)
    size = zipfile.ZipFile(io.BytesIO(deck)).getinfo(DATA_PART).file_size
    others = max(i.file_size for i in zipfile.ZipFile(io.BytesIO(deck)).infolist() if i.filename != DATA_PART)
    assert size > others  # only the diagram's data part is over the limit
    assert "too large to read" in _refusal("Deck.pptx", deck, limits=Limits(max_office_xml_part=size - 1))


def test_thousands_of_smartart_nodes_are_capped_not_all_read():
    nodes = [(f"Point {n}", []) for n in range(smartart.MAX_NODES * 3)]
    presentation = Presentation(io.BytesIO(_smartart_deck("Ideas", nodes)))
    frame = next(s for s in presentation.slides[1].shapes if smartart.is_smartart(s))
    assert len(smartart.smartart_blocks(frame, "slide 2")) < smartart.MAX_NODES


# Section titles and line shapes ---------------------------------------------------------------------------------


def test_a_key_words_title_telling_pupils_what_to_do_with_them_is_still_a_key_words_section():
    assert section_of("Key words – copy these into your glossary") == "vocabulary"


def test_a_title_counting_the_words_still_to_learn_is_a_key_words_section():
    assert section_of("Three more words you need") == "vocabulary"


def test_a_topic_then_more_words_is_not_read_as_a_key_words_section():
    assert section_of("More words") is None


def test_an_abbreviation_whose_meaning_opens_with_its_spelling_out_is_named_with_it():
    pair = vocabulary.line_term("EULA = End User Licence Agreement – the rules you agree to when you install it",
                                in_section=True)
    assert pair == ("EULA (End User Licence Agreement)", "The rules you agree to when you install it")


def test_after_a_dash_the_spelling_out_opens_the_meaning():
    pair = vocabulary.line_term("LAN – Local Area Network – a network over a small area, e.g. one school",
                                in_section=True)
    assert pair is not None and pair.term == "LAN"


def test_a_meaning_that_does_not_spell_the_abbreviation_out_is_left_whole():
    pair = vocabulary.line_term("RAM = memory that is lost – when the power goes off", in_section=True)
    assert pair is not None and pair.term == "RAM"


def test_a_correction_of_a_misconception_defines_the_word_by_its_second_sentence():
    pair = labelled_term("Careful! Freeware is NOT the same as open source. Freeware is software you can use for "
                         "free but the source code is kept secret. Open source means anyone can see it.")
    assert pair == ("Freeware", "Software you can use for free but the source code is kept secret")


def test_a_plain_denial_is_not_a_meaning():
    assert labelled_term("Freeware is not the same as open source.") is None


def test_a_mark_band_is_not_a_key_word():
    assert not is_term("Level 2 (3–5 marks)")


def test_a_marking_routine_is_not_a_key_word():
    assert not is_term("DIRT")


def test_copying_into_the_exercise_book_is_not_an_objective():
    assert objective_problem("Copy the big question into your book. Leave 5 lines under it") is not None


def test_an_objective_about_writing_stays_one():
    assert objective_problem("Write a program that stores a list of scores") is None


def _aims_slide() -> bytes:
    presentation = f.new_pptx()
    f.title_slide(presentation, "Open source software", "Lesson 5")
    slide = f.titled_slide(presentation, "Big question")
    f.text_box(slide, "By the end of this lesson you will:", left=0.8, top=2.0, width=8, height=0.5)
    f.text_box(slide, "• know what source code is\n• be able to compare open source and proprietary software",
               left=1.0, top=2.6, width=8, height=1.5)
    f.text_box(slide, "Copy the big question into your book. Leave 5 lines under it!", left=0.8, top=5.0,
               width=8, height=0.6, size=12)
    return f.pptx_bytes(presentation)


def test_the_line_under_the_aims_telling_pupils_to_copy_is_not_an_objective():
    found = _objectives(_found("deck.pptx", _aims_slide()))
    assert not any(aim.startswith("Copy") for aim in found), found


# A marked PDF: the teacher's words only in annotations -----------------------------------------------------------

STICKY = ("Careful! Freeware is NOT the same as open source. Freeware is software you can use for free but the source "
          "code is still kept secret. Open source means the code is available to everyone.")


LEVELS = [
    ("Level 3 (5–6 marks)", "Detailed knowledge of both kinds of software, applied to the business all the way "
     "through. A clear line of reasoning that ends in a supported judgement."),
    ("Level 2 (3–4 marks)", "Sound knowledge; some points applied to the business. The reasoning is mostly clear "
     "but the judgement may not be supported."),
    ("Level 1 (1–2 marks)", "Basic knowledge with few points applied. Little or no judgement."),
]


def _marked(*, sticky: str = STICKY, free_text: str = "", highlight: str = "", levels: bool = False) -> bytes:
    pdf = f.Pdf(title="Marked answer")
    pdf.add_page()
    pdf.line_of("Question 7 – open source or proprietary software for the school?", bold=True)
    pdf.set_font(pdf.sans, "", 11)
    if highlight:
        with pdf.highlight(pdf.typed(highlight), title="Teacher"):
            pdf.write(6, "Open source software is free so the school would save money on licences.")
        pdf.ln(8)
    pdf.line_of("Also open source is the same as freeware so students could use it at home.")
    if sticky:
        pdf.text_annotation(160, 40, pdf.typed(sticky), w=6, h=6, name="Note", title="Teacher")
    if free_text:
        pdf.free_text_annotation(pdf.typed(free_text), x=12, y=80, w=120, h=20, title="Teacher")
    if levels:
        pdf.ln(6)
        with pdf.table(col_widths=(45, 145), text_align="LEFT") as grid:
            for cells in (("Level", "Descriptor"), *LEVELS):
                row = grid.row()
                for cell in cells:
                    row.cell(pdf.typed(cell))
        pdf.line_of("DIRT – Directed Improvement and Reflection Time (use your purple pen)", bold=True, size=12)
        pdf.line_of("1. Rewrite your conclusion.")
    return pdf.output_bytes()


def test_a_sticky_note_putting_a_misconception_right_gives_the_key_word():
    found = _terms(_found("marked.pdf", _marked()))
    assert found.get("Freeware") == "Software you can use for free but the source code is still kept secret"


def test_a_typed_comment_box_is_read():
    found = _terms(_found("marked.pdf", _marked(sticky="", free_text="Key word: licence = the rules for using "
                                                                      "a piece of software")))
    assert {term.lower(): meaning.lower() for term, meaning in found.items()}.get("licence") == (
        "the rules for using a piece of software")


def test_a_highlights_comment_is_read():
    comment = "Careful! Shareware is not free software. Shareware is software you can try for a short time."
    found = _terms(_found("marked.pdf", _marked(sticky="", highlight=comment)))
    assert found.get("Shareware") == "Software you can try for a short time"


def test_a_marking_verdict_before_a_dash_is_not_a_key_word():
    found = _terms(_found("marked.pdf", _marked(sticky="Good – applied to the school ✓")))
    assert "Good" not in found


def test_a_levels_of_response_table_gives_no_key_words():
    found = _terms(_found("marked.pdf", _marked(levels=True)))
    assert not any(term.startswith("Level") for term in found), found


def test_a_dirt_heading_is_not_a_key_word():
    found = _terms(_found("marked.pdf", _marked(levels=True)))
    assert "DIRT" not in found


def test_a_page_with_thousands_of_comments_is_read_up_to_the_cap():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 10, "An answer")
    for n in range(pdf_annotations.MAX_ANNOTATIONS + 50):
        pdf.text_annotation(10 + n % 150, 40, f"Comment {n}", w=4, h=4)
    page = PdfReader(io.BytesIO(bytes(pdf.output()))).pages[0]
    assert len(pdf_annotations.comments(page)) == pdf_annotations.MAX_ANNOTATIONS


def test_the_comments_count_towards_the_files_text_limit():
    data = _marked(sticky="Careful! " + "word " * 300)  # 1,500 characters of comment on a page of 150
    with pytest.raises(UploadRejected):
        extract("marked.pdf", data, limits=Limits(max_text_chars=1000))
