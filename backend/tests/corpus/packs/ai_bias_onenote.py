"""Held out. A Year 9 "AI and me" lesson kept in a OneNote Class Notebook and exported as Word: each OneNote page
becomes a title in Calibri Light with its date and time lines under it, To Do tags come out as little tick-box
pictures before the objectives, key vocabulary is an indented outline (the word, its meaning one level in), text
copied from a web page keeps OneNote's "Pasted from <…>" line, pages are split by page breaks and the teacher-only
answers page comes last; and a Word poster task built only of floating text boxes and shapes (a cloud, a
banner) around one ordinary line for the pupil's name.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor
from PIL import Image, ImageDraw

from tests.corpus.formats import docx_bytes, new_docx, para

OBJECTIVES = [
    "Describe how a machine learning model learns from training data",
    "Explain how bias in training data can lead to unfair decisions",
    "Suggest ways to make an AI system fairer",
]

VOCABULARY = [
    ("Artificial intelligence (AI)", "a computer system that can do jobs that normally need human thinking, like "
                                     "recognising faces or understanding speech"),
    ("Machine learning", "a kind of AI where the computer learns patterns from lots of examples instead of being "
                         "given every rule by a programmer"),
    ("Training data", "the examples a machine learning model learns from"),
    ("Model", "what the computer has learned from the training data; it uses it to make predictions about new data"),
    ("Bias", "when a system treats some groups of people unfairly, often because its training data was unbalanced"),
]


def _tick_box_png() -> bytes:
    """OneNote's To Do tag as Word receives it: a small picture of an empty tick box."""
    image = Image.new("RGB", (16, 16), "white")
    ImageDraw.Draw(image).rectangle([2, 2, 13, 13], outline="#3f3f3f", width=1)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def _page_title(document, title: str, date: str, time: str, *, first: bool = False) -> None:
    if not first:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    run = document.add_paragraph().add_run(title)
    run.font.name, run.font.size = "Calibri Light", Pt(20)
    for line in (date, time):
        small = document.add_paragraph().add_run(line)
        small.font.size, small.font.color.rgb = Pt(10), RGBColor(0x76, 0x76, 0x76)


def _lesson_page(document) -> None:
    _page_title(document, "Lesson 5 – Can a computer be unfair?", "Monday, 7 October 2024", "10:15", first=True)
    para(document, "Year 9 – AI and me")
    para(document, "Learning intentions", bold=True)
    box = _tick_box_png()
    for objective in OBJECTIVES:
        paragraph = document.add_paragraph()
        paragraph.add_run().add_picture(io.BytesIO(box), width=Pt(10))
        paragraph.add_run(" " + objective)
    para(document)
    para(document, "Starter (5 mins)", bold=True)
    para(document, "Which of these use AI? Spotify recommendations, a calculator, face unlock on a phone, a light "
                   "switch, a chatbot on a shop website.")
    para(document)
    para(document, "How does a computer learn?", bold=True)
    para(document, "Instead of writing every rule, programmers give a machine learning system thousands of "
                   "examples. The system looks for patterns in the examples and builds a model. When it sees "
                   "something new, it uses the model to make a guess, called a prediction. The more examples it "
                   "sees, the better its guesses usually get – but only if the examples are good ones.")
    para(document, "Pasted from <https://www.bbc.co.uk/bitesize/topics/z3tbwmn/articles/z8m3wty>")
    para(document)
    para(document, "Case study: the CV robot", bold=True)
    para(document, "A big company built an AI to sort job applications. It learned from the CVs of people the "
                   "company had hired over the last ten years. Most of those people were men. The AI started "
                   "giving lower scores to CVs that mentioned a girls' school or a women's football team.")
    para(document, "Talk with your partner:", bold=True)
    para(document, "1. Why did the AI give lower scores to women?")
    para(document, "2. Whose fault was it – the computer's or the people who made it?")
    para(document, "3. How could the company make the AI fairer?")
    para(document)
    para(document, "Plenary: finish the sentence on the Padlet – \"An AI is only as fair as…\"")


def _vocabulary_page(document) -> None:
    _page_title(document, "Key vocabulary", "Monday, 7 October 2024", "10:22")
    for word, meaning in VOCABULARY:
        para(document, word, style="List Bullet")
        para(document, meaning, style="List Bullet 2")


def _answers_page(document) -> None:
    _page_title(document, "Teacher only – answers", "Monday, 7 October 2024", "10:40")
    para(document, "1. Its training data was mostly CVs from men, so it learned that \"looking like a man\" "
                   "meant a good candidate.")
    para(document, "2. The people – they chose the training data and did not check the results. The computer "
                   "only copies the patterns it is given.")
    para(document, "3. Use balanced training data, test the AI on different groups of people before using it, and "
                   "keep a human checking the decisions.")
    para(document, "Starter: Spotify, face unlock and the chatbot use AI; the calculator and the light switch just "
                   "follow fixed rules.")


def onenote_docx() -> bytes:
    document = new_docx(title="")
    _lesson_page(document)
    _vocabulary_page(document)
    _answers_page(document)
    return docx_bytes(document)


WPS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
EMU = 360000  # per cm


def _floating(document, number: int, lines: list[str], *, x: float, y: float, w: float, h: float,
              shape: str = "rect", fill: str = "FFFFFF", size: int = 14) -> None:
    """A floating text box or shape (cm from the page's corner) holding paragraphs, as Word 2016 writes it."""
    paragraphs = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr>{"<w:b/>" if line.startswith("**") else ""}'
        f'<w:sz w:val="{size * 2}"/></w:rPr><w:t xml:space="preserve">{escape(line.strip("*"))}</w:t></w:r></w:p>'
        for line in lines)
    text_box = ' txBox="1"' if shape == "rect" else ""
    xml = (
        f'<w:r {WPS}><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251658240 + number}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>{int(x * EMU)}</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>{int(y * EMU)}</wp:posOffset>'
        f'</wp:positionV><wp:extent cx="{int(w * EMU)}" cy="{int(h * EMU)}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{number}" name="{"Text Box" if text_box else "Shape"} {number}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr{text_box}/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
        f'<a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></a:xfrm><a:prstGeom prst="{shape}"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill><a:ln w="28575"><a:solidFill>'
        f'<a:srgbClr val="1F3864"/></a:solidFill></a:ln></wps:spPr><wps:txbx><w:txbxContent>{paragraphs}'
        f'</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" '
        f'rIns="91440" bIns="45720" anchor="ctr" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
        f'</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
    )
    document.paragraphs[0]._p.append(parse_xml(xml))


def poster_docx() -> bytes:
    document = new_docx(title="")
    para(document, "Name: ______________________     Form: ________")
    _floating(document, 1, ["**AI: FRIEND OR FOE?**"], x=2, y=3, w=17, h=2.5, shape="ribbon2", fill="FFC000",
              size=28)
    _floating(document, 2, ["**Your task**", "Make a poster for Year 7 that explains what AI is and why it is "
                            "not always fair."], x=2, y=6.5, w=8, h=5)
    _floating(document, 3, ["Remember!", "AI learns from data.", "If the data is unfair, the AI will be unfair "
                            "too."], x=11, y=6.5, w=8, h=5, shape="cloud", fill="DEEBF7")
    _floating(document, 4, ["**Your poster must have:**", "☐ what AI is, in your own words",
                            "☐ one real example of AI bias", "☐ two ways to make AI fairer",
                            "☐ at least three of our key words"], x=2, y=13, w=17, h=6, fill="E2F0D9")
    _floating(document, 5, ["Key words to use: artificial intelligence, machine learning, training data, model, "
                            "bias, prediction"], x=2, y=20.5, w=17, h=3, fill="FFF2CC", size=12)
    _floating(document, 6, ["Extension: design a robot mascot that tells people when it is not sure."],
              x=2, y=24.5, w=17, h=2.5, shape="wedgeRoundRectCallout", fill="FBE5D6", size=12)
    return docx_bytes(document)


FILES = {
    "Year 9 AI and me (OneNote export).docx": onenote_docx,
    "AI poster task.docx": poster_docx,
}
