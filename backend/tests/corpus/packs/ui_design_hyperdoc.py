"""Held out. Year 9 user-interface design: a Google Docs "HyperDoc" published to the web and saved as HTML (the
"Published using Google Docs" bar, generated "c12"-style classes in a style block, every link wrapped in a
google.com/url?q= redirect, a title, "🎯 I can…" objectives, a seven-row "Step | Click here | What you do"
table, ENGAGE to EXTEND, whose EXPLORE cell defines each kind of interface in a sentence of its own – "GUI stands
for…", "In a command-line interface (CLI) you…" – a "Stuck?" line, the "Report abuse · Updated automatically
every 5 minutes" footer) and the Word design brief the APPLY step links to (a school header, a client's request
in a quotation, the task in numbered steps, a text-wrapped floating text box down the right margin headed
"DESIGN WORDS" holding the design key words as bold word, colon and meaning, a wireframe sketch picture, an
"Annotate it!" list, and a pupil-facing "Before you hand in, check:" list of "☐" points)."""

from __future__ import annotations

import html
import io

from docx.oxml import parse_xml
from docx.shared import Inches, Pt

from tests.corpus import formats as f

DOC_ID = "2PACX-1vT8qk3YzW0b9uXr1mJHnQe7dLw5pVh4cF6sGaK2oNtRi-yEU1xBzM3lPjTfSgD"
OBJECTIVES = [
    "I can compare different types of user interface",
    "I can explain what makes an interface easy to use",
    "I can design and annotate a wireframe for an app screen",
]
EXPLORE = [
    "The <b>user interface (UI)</b> is how a person and a computer talk to each other: everything you see, touch "
    "or hear when you use a device.",
    "GUI stands for graphical user interface. It lets you control the computer by pointing and clicking on "
    "pictures instead of typing.",
    "Most GUIs are WIMP: windows, icons, menus and a pointer.",
    "In a command-line interface (CLI) you type commands as text, e.g. ipconfig. It is quick for experts but "
    "you have to remember the commands.",
    "A menu-driven interface gives you a list of options to pick from, one screen at a time – think of a cash "
    "machine or a smart TV.",
    "With a voice user interface (VUI) you speak to the device and it answers you out loud, like Alexa or Siri.",
]
STEPS = [
    ("ENGAGE", [("Watch: The worst volume control ever (2:14)", "https://www.youtube.com/watch?v=LDKDv7jVwQk")],
     ["Write down 3 things that would annoy you as a user."]),
    ("EXPLORE", [("Slides: Types of interface", "https://docs.google.com/presentation/d/1xUi8TypesOfInterfaces/"
                  "edit"), ("BBC Bitesize: User interfaces", "https://www.bbc.co.uk/bitesize/guides/zt8x34j/")],
     ["Read these, then fill in the comparison table on the slides:", *EXPLORE]),
    ("EXPLAIN", [("Flip: record your answer", "https://flip.com/9cui-ab12")],
     ["In 60 seconds: which interface would be best for a self-service checkout, and why?"]),
    ("APPLY", [("Design brief (Word)", "https://stmarks.sharepoint.com/:w:/s/Computing/UI-design-brief.docx")],
     ["Open the brief. Draw a wireframe for the home screen of the app. Use the design words!"]),
    ("SHARE", [("Class Padlet gallery", "https://padlet.com/mrsokafor/9b-wireframes")],
     ["Post a photo of your wireframe. Give 2 stars and a wish to someone else."]),
    ("REFLECT", [("Exit ticket (Google Form)", "https://forms.gle/Zq7vT2uiExit")],
     ["3 questions – 5 minutes. Be honest!"]),
    ("EXTEND", [("Figma for Education", "https://www.figma.com/education/")],
     ["Turn your wireframe into a clickable prototype."]),
]
STYLE = """.lst-kix_list_1-0>li:before{content:"\\0025cf   "}ul.lst-kix_list_1-0{list-style-type:none}
.c0{color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:"Arial";font-style:normal}
.c2{padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:left;height:11pt}
.c3{padding-top:0pt;padding-bottom:3pt;line-height:1.15;page-break-after:avoid;text-align:left}
.c5{color:#1155cc;text-decoration:underline}
.c7{font-weight:700}
.c9{background-color:#fff2cc;border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;vertical-align:top;width:81pt}
.c11{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-top-width:1pt;vertical-align:top;width:150pt}
.c12{border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-top-width:1pt;vertical-align:top;width:237pt}
.c14{background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt}
.c18{border-spacing:0;border-collapse:collapse;margin-right:auto}
.c20{font-size:26pt;font-family:"Lexend";color:#674ea7}
.title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:"Arial";line-height:1.15}"""


def _link(text: str, url: str) -> str:
    target = html.escape(url, quote=True)
    return (f'<span class="c5"><a class="c5" href="https://www.google.com/url?q={target}&amp;sa=D&amp;'
            f'source=editors&amp;ust=1733562000000000&amp;usg=AOvVaw3kX9">{html.escape(text)}</a></span>')


def _p(inner: str, cls: str = "c2") -> str:
    return f'<p class="{cls}"><span class="c0">{inner}</span></p>'


def hyperdoc() -> bytes:
    rows = ['<tr class="c6">' + "".join(f'<td class="{c}" colspan="1" rowspan="1">{_p(f"<b>{h}</b>")}</td>'
                                        for c, h in (("c9", "Step"), ("c11", "Click here"),
                                                     ("c12", "What you do")))
            + "</tr>"]
    for step, links, tasks in STEPS:
        cells = [f'<td class="c9" colspan="1" rowspan="1">{_p(f"<span class=c7>{step}</span>")}</td>',
                 '<td class="c11" colspan="1" rowspan="1">' + "".join(_p(_link(t, u)) for t, u in links) + "</td>",
                 '<td class="c12" colspan="1" rowspan="1">' + "".join(_p(t) for t in tasks) + "</td>"]
        rows.append('<tr class="c6">' + "".join(cells) + "</tr>")
    objectives = "".join(f'<li class="c2 li-bullet-0"><span class="c0">{html.escape(o)}</span></li>'
                         for o in OBJECTIVES)
    page = f"""<!DOCTYPE html><html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Y9 UI Design HyperDoc</title><link rel="icon" href="https://ssl.gstatic.com/docs/documents/images/kix-favicon-2023q4.ico"><style>#banners{{position:fixed;top:0}}#footer{{font-size:11px;color:#777}}</style></head>
<body><div id="banners"><div id="publish-banner"><div id="publish-banner-content"><span>Published using Google Docs</span><a href="https://docs.google.com/abuse?id={DOC_ID}" target="_blank">Report abuse</a><a href="https://support.google.com/docs/answer/183965" target="_blank">Learn more</a></div></div></div>
<div id="header">Y9 UI Design HyperDoc</div>
<div id="contents"><style type="text/css">{STYLE}</style>
<div class="c14 doc-content"><p class="c3 title" id="h.4n8ry2k1d0qz"><span class="c20">Designing for Humans 📱</span></p>
{_p("Year 9 · Unit 4: User Interface Design · Lesson 2 of 4 · Mrs Okafor")}
{_p("Work through the steps IN ORDER. Click the links – they open in a new tab. Type your answers in your own copy (File → Make a copy).")}
<p class="c2"><span class="c0 c7">🎯 Learning objectives</span></p>
<ul class="c16 lst-kix_list_1-0 start">{objectives}</ul>
<p class="c2 c17"><span class="c0"></span></p>
<table class="c18">{"".join(rows)}</table>
<p class="c2 c17"><span class="c0"></span></p>
{_p("Stuck? Ask 3 before me: your notes, a partner, Google – then put your hand up ✋")}
{_p("Finished everything? Look at the apps on your phone. Which one has the best UI? Be ready to say why.")}
</div></div>
<div id="footer"><div id="footer-content">Published using Google Docs <a href="https://docs.google.com/abuse?id={DOC_ID}">Report abuse</a> · <a href="https://support.google.com/docs/answer/183965">Learn more</a> · Updated automatically every 5 minutes</div></div>
<script nonce="x8Qp2Lw">(function(){{var b=document.getElementById('banners');window.addEventListener('scroll',function(){{b.className=window.scrollY?'scrolled':'';}});}})();</script>
</body></html>
"""
    return page.encode("utf-8")


DESIGN_WORDS = [
    ("User experience (UX)", "how easy and enjoyable it feels to use a product, from start to finish."),
    ("Wireframe", "a simple plan of a screen drawn with boxes and lines, showing where everything goes – no "
     "colours, no pictures."),
    ("Prototype", "an early working model of your design that real users can try out and test."),
    ("Target audience", "the group of people the app is designed for."),
    ("Consistency", "keeping buttons, colours and fonts the same on every screen so users know what to expect."),
    ("Navigation", "how the user gets from one screen to another, e.g. a menu bar or a back button."),
]
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _side_panel(paragraph, lines: list[str]) -> None:
    """A floating text box anchored to the paragraph, wrapped square, down the right margin: Word's "Sidebar"."""
    body = []
    for line in lines:
        runs = []
        for index, part in enumerate(f.BOLD.split(line)):
            if part:
                bold = "<w:b/>" if index % 2 else ""
                runs.append(f'<w:r><w:rPr>{bold}<w:sz w:val="18"/></w:rPr>'
                            f'<w:t xml:space="preserve">{html.escape(part, quote=False)}</w:t></w:r>')
        body.append(f'<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>{"".join(runs)}</w:p>')
    emu = 914400
    xml = f"""<w:r xmlns:w="{W}"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{int(2.1 * emu)}" cy="{int(6.2 * emu)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="1025" name="Text Box 2"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{int(2.1 * emu)}" cy="{int(6.2 * emu)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E2EFDA"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="70AD47"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{"".join(body)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"""
    paragraph._p.append(parse_xml(xml))


def design_brief() -> bytes:
    document = f.new_docx(title="UI design brief")
    document.core_properties.author = "Okafor, Ngozi"
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    header = document.sections[0].header.paragraphs[0]
    header.text = "St Mark's Academy – Computing – Year 9"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Ready · Respectful · Safe"
    document.add_heading("Design Brief: the FitKids app", level=1)
    intro = f.para(document, "Name: ____________________   Class: 9___   Date: ___/___/___")
    _side_panel(intro, ["**DESIGN WORDS**", *(f"**{word}:** {meaning}" for word, meaning in DESIGN_WORDS),
                        "Use at least 4 of these in your annotations!"])
    f.para(document, "The client", bold=True)
    f.para(document, "“We are a local sports centre. We want an app for children aged 8–11 so they can book "
                     "holiday clubs and see how active they have been each week. Lots of our parents will help "
                     "them use it. Some of our children have dyslexia or find small writing hard to read.” "
                     "– Jo Price, Centre Manager", style="Quote")
    f.para(document, "Your task", bold=True)
    for step in [
            "Read the brief and underline who the target audience is.",
            "Sketch a wireframe for the app's HOME screen on the template sheet (portrait phone).",
            "Sketch one more screen: either \"Book a club\" or \"My week\".",
            "Annotate your wireframes – say WHY you made each choice.",
            "Swap with a partner and test: can they book a club in 3 taps or fewer?"]:
        f.para(document, step, style="List Number")
    f.para(document, "Example wireframe (don't copy it!)", bold=True)
    document.add_picture(io.BytesIO(f.sketch_png([
        ("rect", (200, 20, 400, 430), "#ffffff"), ("rect", (220, 50, 380, 90), "#dddddd"),
        ("rect", (220, 110, 380, 250), "#eeeeee"), ("line", (220, 110, 380, 250), "#999999"),
        ("line", (380, 110, 220, 250), "#999999"), ("rect", (220, 270, 380, 320), "#cccccc"),
        ("rect", (220, 340, 380, 390), "#cccccc")])), width=Inches(2.2))
    f.para(document, "Annotate it!", bold=True)
    for point in ["Size of buttons and text", "Colours and contrast", "Icons or words?",
                  "Where the menu goes", "How the user gets back to the home screen"]:
        f.para(document, point, style="List Bullet")
    f.para(document, "Before you hand in, check:", bold=True)
    for point in ["☐ My name and class are on BOTH sheets",
                  "☐ I have drawn two screens in pencil and a ruler",
                  "☐ I have at least 5 annotations",
                  "☐ I have used at least 4 design words (underline them)",
                  "☐ My partner has tested it and written their comment",
                  "☐ I have uploaded a photo to the class Padlet"]:
        f.para(document, point)
    return f.docx_bytes(document)


FILES = {
    "Y9 UI Design HyperDoc.html": hyperdoc,
    "UI design brief - FitKids.docx": design_brief,
}
