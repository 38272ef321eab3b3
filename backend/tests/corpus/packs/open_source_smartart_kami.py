"""Held out. Year 10 GCSE open source and proprietary software: the teacher's PowerPoint whose key words are only in
real SmartArt graphics (a graphic frame pointing at the diagram parts, the words and meanings only in the diagram
data part and PowerPoint's cached drawing of it, never in a slide shape: a "Vertical Bullet List" of word over
meaning and a "Basic Block List" of "WORD = meaning" blocks), a "Do Now" answered in the notes, a "Big question"
slide with "By the end of this lesson you will:" points, a comparison table, a "Which licence?" scenario slide
answered in the notes and an eight-mark exam question; and a pupil's mock answer to that question marked in Kami
and exported to PDF (the answer typed in the page, the teacher's marking only in PDF annotations: highlights with
comments, sticky notes, a free-text "WWW / EBI" box and the level, one sticky the only place freeware is defined),
the level descriptors and a numbered DIRT task on the second page."""

from __future__ import annotations

import datetime as dt

from lxml import etree
from pptx.opc.package import Part
from pptx.opc.packuri import PackURI

from tests.corpus import formats as f

DIAGRAM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DSP = "http://schemas.microsoft.com/office/drawing/2008/diagram"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
EMU = 914400

# The first SmartArt ("Vertical Bullet List"): each word a level-1 node, its meaning the child node under it.
BULLET_LIST = [
    ("Source code", "The program as the programmer wrote it, in a high-level language that people can read and "
     "change"),
    ("Software licence", "A legal agreement that says how a piece of software can be used, copied and shared"),
    ("Open source software", "Software whose source code is published so anyone can view it, change it and share "
     "it"),
    ("Proprietary software", "Software owned by a company or a person who keeps the source code secret – you pay "
     "for a licence to use it"),
]
# The second SmartArt ("Basic Block List"): one block a word, "WORD = meaning" typed into the node.
BLOCKS = [
    "EXECUTABLE FILE = the compiled program the computer runs – you can't read or change the code in it",
    "EULA = End User Licence Agreement – the rules you agree to when you tick “I agree” during installation",
    "COMMUNITY = the volunteers and developers all over the world who write, test and fix open source software",
]


def _xml(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _text_body(tag: str, lines: list[str], *, size: int | None = None) -> str:
    runs = "".join(
        f'<a:p><a:r><a:rPr lang="en-GB" dirty="0"{f" sz={chr(34)}{size * 100}{chr(34)}" if size else ""}/>'
        f"<a:t>{_escape(line)}</a:t></a:r></a:p>" for line in lines)
    return f'<{tag}><a:bodyPr/><a:lstStyle/>{runs}</{tag}>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _data_model(nodes: list[tuple[str, list[str]]], *, drawing_rel: str, layout: str) -> bytes:
    """The diagram data part as PowerPoint writes it: the document point, one point a node (a child point for a
    node's sub-text), the transition points and the connections between them, then the drawing's relationship."""
    points = ['<dgm:pt modelId="{00000000-0000-0000-0000-000000000000}" type="doc"><dgm:prSet '
              f'loTypeId="{layout}" loCatId="list" '
              'qsTypeId="urn:microsoft.com/office/officeart/2005/8/quickstyle/simple1" qsCatId="simple" csTypeId='
              '"urn:microsoft.com/office/officeart/2005/8/colors/accent1_2" csCatId="accent1" phldr="1"/>'
              '<dgm:spPr/><dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t></dgm:pt>']
    connections = []
    serial = 1

    def model_id() -> str:
        nonlocal serial
        serial += 1
        return f"{{{0x2A6B0000 + serial:08X}-5D1E-4B7A-9C3F-{0x1D00F0 + serial:012X}}}"

    for order, (text, children) in enumerate(nodes):
        node = model_id()
        points.append(f'<dgm:pt modelId="{node}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
                      f'{_text_body("dgm:t", [text])}</dgm:pt>')
        link, par, sib = model_id(), model_id(), model_id()
        for kind, point in (("parTrans", par), ("sibTrans", sib)):
            points.append(f'<dgm:pt modelId="{point}" type="{kind}" cxnId="{link}"><dgm:prSet/><dgm:spPr/>'
                          '<dgm:t><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="en-GB"/></a:p></dgm:t>'
                          '</dgm:pt>')
        connections.append((link, "{00000000-0000-0000-0000-000000000000}", node, order, par, sib))
        for child_order, child in enumerate(children):
            child_id = model_id()
            points.append(f'<dgm:pt modelId="{child_id}"><dgm:prSet phldrT="[Text]"/><dgm:spPr/>'
                          f'{_text_body("dgm:t", [child])}</dgm:pt>')
            connections.append((model_id(), node, child_id, child_order, model_id(), model_id()))
    cxn = "".join(f'<dgm:cxn modelId="{m}" srcId="{s}" destId="{d}" srcOrd="{o}" destOrd="0" parTransId="{p}" '
                  f'sibTransId="{t}"/>' for m, s, d, o, p, t in connections)
    text = (f'<dgm:dataModel xmlns:dgm="{DIAGRAM}" xmlns:a="{A}" xmlns:r="{R}"><dgm:ptLst>{"".join(points)}'
            f'</dgm:ptLst><dgm:cxnLst>{cxn}</dgm:cxnLst><dgm:bg/><dgm:whole/><dgm:extLst>'
            '<a:ext uri="http://schemas.microsoft.com/office/drawing/2008/diagram">'
            f'<dsp:dataModelExt xmlns:dsp="{DSP}" relId="{drawing_rel}" minVer="http://schemas.openxmlformats.org/'
            'drawingml/2006/diagram"/></a:ext></dgm:extLst></dgm:dataModel>')
    return _xml(etree.fromstring(text))


def _drawing(boxes: list[tuple[list[str], tuple[float, float, float, float], str]]) -> bytes:
    """PowerPoint's cached drawing of the diagram: one shape a box (lines, inches, fill)."""
    shapes = []
    for number, (lines, (x, y, w, h), fill) in enumerate(boxes, start=1):
        shapes.append(
            f'<dsp:sp modelId="{{7C1A{number:04X}-0B2D-4E0F-8A11-3F5C2E9D{number:04X}}}"><dsp:nvSpPr>'
            f'<dsp:cNvPr id="0" name=""/><dsp:cNvSpPr/></dsp:nvSpPr><dsp:spPr><a:xfrm><a:off x="{int(x * EMU)}" '
            f'y="{int(y * EMU)}"/><a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></a:xfrm><a:prstGeom '
            f'prst="roundRect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
            '</dsp:spPr><dsp:style><a:lnRef idx="2"><a:scrgbClr r="0" g="0" b="0"/></a:lnRef><a:fillRef idx="1">'
            '<a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0"><a:scrgbClr r="0" g="0" b="0"/>'
            '</a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef></dsp:style>'
            f'{_text_body("dsp:txBody", lines)}<dsp:txXfrm><a:off x="{int(x * EMU)}" y="{int(y * EMU)}"/>'
            f'<a:ext cx="{int(w * EMU)}" cy="{int(h * EMU)}"/></dsp:txXfrm></dsp:sp>')
    text = (f'<dsp:drawing xmlns:dgm="{DIAGRAM}" xmlns:dsp="{DSP}" xmlns:a="{A}"><dsp:spTree><dsp:nvGrpSpPr>'
            '<dsp:cNvPr id="0" name=""/><dsp:cNvGrpSpPr/></dsp:nvGrpSpPr><dsp:grpSpPr/>'
            f'{"".join(shapes)}</dsp:spTree></dsp:drawing>')
    return _xml(etree.fromstring(text))


def _layout(unique: str, name: str) -> bytes:
    text = (f'<dgm:layoutDef xmlns:dgm="{DIAGRAM}" xmlns:a="{A}" uniqueId="{unique}"><dgm:title val=""/>'
            '<dgm:desc val=""/><dgm:catLst><dgm:cat type="list" pri="1000"/></dgm:catLst>'
            f'<dgm:layoutNode name="{name}"><dgm:varLst><dgm:dir/><dgm:animLvl val="lvl"/></dgm:varLst>'
            '<dgm:alg type="lin"/><dgm:shape xmlns:r="' + R + '"><dgm:adjLst/></dgm:shape><dgm:presOf/>'
            '<dgm:forEach name="Name0" axis="ch" ptType="node"><dgm:layoutNode name="parentText"><dgm:alg '
            'type="tx"/><dgm:shape type="roundRect" xmlns:r="' + R + '"><dgm:adjLst/></dgm:shape><dgm:presOf '
            'axis="self"/></dgm:layoutNode></dgm:forEach></dgm:layoutNode></dgm:layoutDef>')
    return _xml(etree.fromstring(text))


STYLE = (f'<dgm:styleDef xmlns:dgm="{DIAGRAM}" xmlns:a="{A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/'
         'quickstyle/simple1"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="simple" pri="10100"/>'
         '</dgm:catLst><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig rig="threePt" dir="t"/>'
         '</dgm:scene3d><dgm:styleLbl name="node0"><dgm:scene3d><a:camera prst="orthographicFront"/><a:lightRig '
         'rig="threePt" dir="t"/></dgm:scene3d><dgm:sp3d/><dgm:txPr/><dgm:style><a:lnRef idx="2"><a:scrgbClr r="0" '
         'g="0" b="0"/></a:lnRef><a:fillRef idx="1"><a:scrgbClr r="0" g="0" b="0"/></a:fillRef><a:effectRef idx="0">'
         '<a:scrgbClr r="0" g="0" b="0"/></a:effectRef><a:fontRef idx="minor"><a:schemeClr val="lt1"/></a:fontRef>'
         '</dgm:style></dgm:styleLbl></dgm:styleDef>')
COLOURS = (f'<dgm:colorsDef xmlns:dgm="{DIAGRAM}" xmlns:a="{A}" uniqueId="urn:microsoft.com/office/officeart/2005/8/'
           'colors/accent1_2"><dgm:title val=""/><dgm:desc val=""/><dgm:catLst><dgm:cat type="accent1" pri="11200"/>'
           '</dgm:catLst><dgm:styleLbl name="node0"><dgm:fillClrLst meth="repeat"><a:schemeClr val="accent1"/>'
           '</dgm:fillClrLst><dgm:linClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:linClrLst><dgm:effectClrLst/>'
           '<dgm:txLinClrLst/><dgm:txFillClrLst meth="repeat"><a:schemeClr val="lt1"/></dgm:txFillClrLst>'
           '<dgm:txEffectClrLst/></dgm:styleLbl></dgm:colorsDef>')


def smartart(slide, number: int, *, nodes: list[tuple[str, list[str]]], layout: tuple[str, str],
             boxes: list[tuple[list[str], tuple[float, float, float, float], str]],
             frame: tuple[float, float, float, float]) -> None:
    """A SmartArt graphic as PowerPoint saves one: a graphic frame on the slide whose relationships point at the
    diagram's data, layout, quick-style, colours and drawing parts; no text on the slide itself."""
    package, source = slide.part.package, slide.part
    base = "application/vnd.openxmlformats-officedocument.drawingml."

    def add(kind: str, content_type: str, blob: bytes, reltype: str) -> str:
        part = Part(PackURI(f"/ppt/diagrams/{kind}{number}.xml"), content_type, package, blob)
        return source.relate_to(part, reltype)

    drawing_rel = add("drawing", "application/vnd.ms-office.drawingml.diagramDrawing+xml", _drawing(boxes),
                      "http://schemas.microsoft.com/office/2007/relationships/diagramDrawing")
    data = add("data", base + "diagramData+xml", _data_model(nodes, drawing_rel=drawing_rel, layout=layout[0]),
               REL + "diagramData")
    lo = add("layout", base + "diagramLayout+xml", _layout(*layout), REL + "diagramLayout")
    qs = add("quickStyle", base + "diagramStyle+xml", _xml(etree.fromstring(STYLE)), REL + "diagramQuickStyle")
    cs = add("colors", base + "diagramColors+xml", _xml(etree.fromstring(COLOURS)), REL + "diagramColors")
    x, y, w, h = (int(v * EMU) for v in frame)
    shape_id = slide.shapes._next_shape_id
    graphic = etree.fromstring(
        '<p:graphicFrame xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" '
        f'xmlns:a="{A}" xmlns:r="{R}"><p:nvGraphicFramePr><p:cNvPr id="{shape_id}" name="Diagram {shape_id - 1}"/>'
        '<p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr>'
        f'<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></p:xfrm><a:graphic><a:graphicData '
        f'uri="{DIAGRAM}"><dgm:relIds xmlns:dgm="{DIAGRAM}" r:dm="{data}" r:lo="{lo}" r:qs="{qs}" r:cs="{cs}"/>'
        '</a:graphicData></a:graphic></p:graphicFrame>')
    slide.shapes._spTree.append(graphic)


DO_NOW = [
    "1. Name the law that protects music, films and software from being copied.",
    "2. What is plagiarism?",
    "3. Give one thing the Computer Misuse Act makes illegal.",
    "4. Which translator turns the whole program into machine code in one go?",
]
OBJECTIVES = [
    "know what source code is and why companies keep it secret",
    "be able to explain the difference between open source and proprietary software",
    "be able to give advantages and disadvantages of each for users and for developers",
    "be able to recommend the right type of software for a given situation",
]
COMPARISON = [
    ["", "Open source", "Proprietary"],
    ["Examples", "LibreOffice, Firefox, Linux, GIMP, Python", "Microsoft Office, Windows, macOS, Photoshop"],
    ["Cost", "Usually free", "Licence fee or subscription"],
    ["Source code", "Anyone can see it and change it", "Secret – only the company has it"],
    ["Support", "Forums and the community – no guarantee", "Help desk, updates and fixes from the company"],
    ["Security", "Lots of people check the code, but so can hackers", "Tested by the company; bugs can stay hidden"],
]
SCENARIOS = [
    "A) A small charity with no money needs a word processor and a spreadsheet for 5 volunteers.",
    "B) A hospital needs software for patient records with 24/7 support and guaranteed security updates.",
    "C) A games studio has spent 3 years making a game and wants to sell it.",
    "D) A student wants to change how a photo editor works to add their own filter.",
]
EXAM = ("Q7. Hillside Academy is deciding whether to use open source or proprietary software for its office "
        "applications (word processor, spreadsheet and presentation software).\n\n"
        "Discuss the advantages and disadvantages of each type of software for the school.  [8 marks]")


def deck() -> bytes:
    presentation = f.new_pptx(title="Open source vs proprietary")
    f.title_slide(presentation, "Open Source vs Proprietary Software",
                  "GCSE Computer Science  |  1.6 Ethical, legal, cultural & environmental issues  |  Lesson 5")
    f.content_slide(presentation, "Do Now – 5 minutes, silent", DO_NOW,
                    notes="Answers: 1) Copyright, Designs and Patents Act 1988  2) Copying someone else's work and "
                          "passing it off as your own  3) e.g. unauthorised access to computer material / "
                          "hacking, or making and spreading malware  4) A compiler")
    big = f.titled_slide(presentation, "Big question")
    f.shape_box(big, "Should all software be free?", left=1.5, top=1.6, width=7, height=1.1,
                kind="ROUNDED_RECTANGLE", fill="C00000", size=28, bold=True)
    f.text_box(big, "By the end of this lesson you will:", left=0.8, top=3.0, width=8.4, height=0.5, size=20,
               bold=True)
    f.text_box(big, "\n".join(f"• {line}" for line in OBJECTIVES), left=1.0, top=3.5, width=8.2, height=2.6,
               size=18)
    f.text_box(big, "Copy the big question into your book. Leave 5 lines under it – we come back to it at the end!",
               left=0.8, top=6.5, width=8.4, height=0.6, size=12)

    words = f.titled_slide(presentation, "Key words – copy these into your glossary")
    bullets, y = [], 0.0
    for word, meaning in BULLET_LIST:
        bullets.append(([word], (0.0, y, 8.4, 0.45), "4472C4"))
        bullets.append(([meaning], (0.4, y + 0.45, 8.0, 0.7), "DAE3F3"))
        y += 1.2
    smartart(words, 1, nodes=[(word, [meaning]) for word, meaning in BULLET_LIST],
             layout=("urn:microsoft.com/office/officeart/2005/8/layout/vList2", "linear"), boxes=bullets,
             frame=(0.8, 1.5, 8.4, 5.0))

    f.content_slide(presentation, "What is source code?", [
        "When a programmer writes a program in Python or C#, they write source code",
        "Before you can sell it, the program is compiled into an executable file (.exe / .app)",
        "If you only have the executable you can RUN the program – but you can’t see how it works or change it",
        "  That is how companies protect their work",
    ], notes="Show the Firefox source on GitHub vs the Word .exe in Program Files. Ask: which one could you change?")
    more = f.titled_slide(presentation, "Three more words you need")
    blocks = [([line], (0.0, 1.7 * index, 8.4, 1.5), colour)
              for index, (line, colour) in enumerate(zip(BLOCKS, ("ED7D31", "A5A5A5", "70AD47"), strict=True))]
    smartart(more, 2, nodes=[(line, []) for line in BLOCKS],
             layout=("urn:microsoft.com/office/officeart/2005/8/layout/default", "diagram"), boxes=blocks,
             frame=(0.8, 1.5, 8.4, 5.0))

    compare = f.titled_slide(presentation, "Open source or proprietary?")
    f.slide_table(compare, COMPARISON, left=0.4, top=1.5, width=9.2, row_height=0.8)

    f.content_slide(presentation, "Which licence? Discuss in pairs (3 mins)", SCENARIOS,
                               notes="A) Open source – free, e.g. LibreOffice. B) Proprietary – needs the support "
                                     "and the updates. C) Proprietary – they want to sell it and keep the code "
                                     "secret. D) Open source – they can get the source code and change it (e.g. "
                                     "GIMP).")
    exam = f.titled_slide(presentation, "Exam practice – 15 minutes")
    f.text_box(exam, EXAM, left=0.6, top=1.5, width=8.8, height=2.5, size=18)
    f.text_box(exam, "Use the levels on the sheet. Write on the lined paper – name at the top. I will mark these on "
                     "Kami and give them back next lesson for DIRT.", left=0.6, top=4.6, width=8.8, height=1.2,
               size=14)
    back = f.titled_slide(presentation, "Back to the big question…")
    f.text_box(back, "Should all software be free?\n\nWrite 2–3 sentences under your big question. Use at least TWO "
                     "key words from today.", left=0.8, top=1.8, width=8.4, height=3, size=22)
    back.notes_slide.notes_text_frame.text = "Cold call 3 pupils. Push for ‘it depends on…’ answers."
    return f.pptx_bytes(presentation)


ANSWER = [
    "Open source software is software where you can see the source code and you can change it. Proprietary "
    "software is software that you have to pay for like Microsoft Office.",
    "An advantage of open source for the school is that it is free so the school would save lots of money on "
    "licences which they could spend on other things like more computers. Also open source is the same as "
    "freeware so students could download it at home for free too.",
    "A disadvantage of open source is that there is no help if it goes wrong because nobody owns it. The school "
    "technicians would have to fix it themselves. It might also not work with files sent from other people "
    "who use Word.",
    "An advantage of proprietary software is that it is tested properly so it has less bugs and the company "
    "gives you updates. Lots of people know how to use Microsoft Office so students will be used to it for "
    "when they get a job.",
    "A disadvantage of proprietary is it costs a lot of money every year. Also you cant change it.",
    "Overall I think the school should use proprietary because it is better.",
]
# (text to highlight inside its paragraph, paragraph index, the comment on it)
HIGHLIGHTS = [
    (0, "you have to pay for like Microsoft Office",
     "Not quite – proprietary is about who OWNS it and that the source code is kept secret. Some proprietary "
     "software is free!"),
    (1, "the school would save lots of money on licences",
     "Good – applied to the school ✓"),
    (2, "technicians would have to fix it themselves",
     "✓ good point – could you say there is support from the community (forums) though?"),
    (4, "you cant change it", "Why would the school want to change it? Link to the school!"),
    (5, "because it is better", "This is not a conclusion – better HOW? Weigh up cost against support."),
]
STICKY = ("Careful! Freeware is NOT the same as open source. Freeware is software you can use for free but the "
          "source code is still kept secret – e.g. Skype, Adobe Reader. Open source means the source code is "
          "available to everyone.")
WWW_EBI = ("WWW: You have points for both types and you used the school (cost, technicians, students).\n"
           "EBI: Define the key words properly and finish with a justified conclusion.\n"
           "Level 2 – 5/8")
LEVELS = [
    ("Level 3 (6–8 marks)", "Thorough knowledge of both types. Points are applied to the school throughout. A "
     "well-developed line of reasoning with a supported conclusion."),
    ("Level 2 (3–5 marks)", "Reasonable knowledge; some points applied to the school. Reasoning is mostly clear; "
     "the conclusion may be weak or not justified."),
    ("Level 1 (1–2 marks)", "Basic knowledge with few points applied to the context. Little or no conclusion."),
]
DIRT = [
    "Rewrite your first paragraph so that it defines source code, open source and proprietary correctly.",
    "Explain why freeware is not the same as open source software.",
    "Add one more point about security for EACH type of software.",
    "Rewrite your conclusion. Start with “Overall, the school should use… because… although…”",
]
MARKED = dt.datetime(2025, 3, 14, 16, 42, 0, tzinfo=dt.UTC)


def marked_answer() -> bytes:
    pdf = f.Pdf(title="Q7 mock answer - marked")
    pdf.set_producer("Kami")
    pdf.set_creator("Kami Export")
    pdf.add_page()
    pdf.line_of("Year 10 Computer Science – Paper 1 Mock (March)", size=9)
    pdf.line_of("Candidate: Priya S.     Set: 10X/Cs2     Question 7", size=9, height=8)
    pdf.set_draw_color(120, 120, 120)
    pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.ln(2)
    pdf.line_of(EXAM.replace("\n\n", "  "), size=10, bold=True, height=5)
    pdf.ln(3)
    pdf.set_right_margin(62)  # the answer was typed in a narrow column; Kami's comments sit in the margin
    marks = {index: (phrase, comment) for index, phrase, comment in HIGHLIGHTS}
    for index, paragraph in enumerate(ANSWER):
        pdf.set_font(pdf.sans, "", 11)
        top = pdf.get_y()
        if index in marks:
            phrase, comment = marks[index]
            before, _, after = paragraph.partition(phrase)
            pdf.write(6, pdf.typed(before))
            with pdf.highlight(pdf.typed(comment), color=(1, 0.9, 0.2), modification_time=MARKED,
                               title="Mr Okafor"):
                pdf.write(6, pdf.typed(phrase))
            pdf.write(6, pdf.typed(after))
            pdf.text_annotation(154, top, pdf.typed(comment), w=6, h=6, name="Comment", title="Mr Okafor",
                                modification_time=MARKED)
        else:
            pdf.write(6, pdf.typed(paragraph))
        if index == 1:
            pdf.text_annotation(164, top + 8, pdf.typed(STICKY), w=6, h=6, name="Note", title="Mr Okafor",
                                modification_time=MARKED)
        pdf.ln(8)
    pdf.set_right_margin(10)
    pdf.set_font(pdf.sans, "", 10)
    pdf.free_text_annotation(pdf.typed(WWW_EBI), x=12, y=pdf.get_y() + 4, w=130, h=24, title="Mr Okafor",
                             modification_time=MARKED)
    pdf.add_page()
    pdf.line_of("Levels of response – Q7", size=13, bold=True, height=8)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(45, 145), text_align="LEFT") as grid:
        heading = grid.row()
        heading.cell("Level")
        heading.cell("Descriptor")
        for level, text in LEVELS:
            row = grid.row()
            row.cell(pdf.typed(level))
            row.cell(pdf.typed(text))
    pdf.ln(4)
    pdf.line_of("DIRT – Directed Improvement and Reflection Time (use your purple pen)", size=12, bold=True,
                height=8)
    for number, task in enumerate(DIRT, start=1):
        pdf.line_of(f"{number}. {task}", size=11)
        pdf.line_of("." * 120, size=9, height=7)
        pdf.line_of("." * 120, size=9, height=7)
    pdf.free_text_annotation(pdf.typed("Do Q2 first please Priya!"), x=140, y=60, w=55, h=10,
                             title="Mr Okafor", modification_time=MARKED)
    return pdf.output_bytes()


FILES = {
    "L5 Open source vs proprietary.pptx": deck,
    "Q7 mock - Priya S - marked.pdf": marked_answer,
}
