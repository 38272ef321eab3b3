"""Held out. Year 9 3D printing: a Word reading sheet whose key words carry real Word footnotes (superscript
reference numbers in the passage, the meanings only in the footnotes part at the foot of the page, some footnotes
"Word: meaning", some the meaning alone), a school header, "Lesson outcomes" numbered, a side-by-side comparison
table, numbered questions and a "Challenge"; and the department's revision podcast script as a .txt (a HOST and a
GUEST, stage directions in square brackets, timings, three more key words defined only in the conversation, a quick
quiz read aloud with the answers given after a pause, the sign-off)."""

from __future__ import annotations

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt

from tests.corpus import formats as f

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
OUTCOMES = [
    "Describe how a 3D printer makes an object layer by layer",
    "Explain the difference between additive and subtractive manufacturing",
    "Evaluate when 3D printing is a good choice for making a product",
]
# The passage: "[n]" marks a footnote reference after the word it explains.
PASSAGE = [
    "Most things in your house were made by cutting, drilling or moulding. A 3D printer works the other way round. "
    "It uses additive manufacturing[1]: it builds an object up one thin layer at a time, from the bottom upwards, "
    "until it is finished. A wood-turner using a lathe is doing the opposite – subtractive manufacturing[2] – and "
    "the shavings on the floor are wasted material.",
    "Every print starts as a design on a computer. Designers use CAD[3] software such as Tinkercad or Fusion 360 "
    "to draw the object in three dimensions. When the design is finished it is exported as an STL file[4], which "
    "the printer’s software can open.",
    "The most common school printers are FDM printers. A reel of filament[5] is fed into the extruder[6], which "
    "heats it to about 200 °C and squeezes it out through a nozzle a bit like a hot glue gun. The nozzle moves "
    "backwards, forwards and sideways while the bed moves down a fraction of a millimetre after every layer.",
    "Because a single item can be printed without making a mould, 3D printing is brilliant for a prototype[7]. "
    "Engineers can print a part on Monday, test it on Tuesday and print a better version on Wednesday. Doctors use "
    "it to print hearing aids and replacement joints that fit one patient exactly. But printing is slow – a phone "
    "case can take three hours – so factories still use injection moulding to make thousands of identical parts.",
]
FOOTNOTES = {
    1: "Additive manufacturing: making an object by adding material layer by layer.",
    2: "Making an object by cutting, drilling or carving material away from a larger block.",
    3: "Computer-aided design – using a computer program to design and draw a product.",
    4: "STL file: the file type that describes the shape of a 3D model as lots of tiny triangles.",
    5: "The plastic thread, wound on a reel, that is melted to make the object (usually PLA).",
    6: "Extruder: the part of the printer that pulls the filament in, melts it and pushes it out of the nozzle.",
    7: "An early test version of a product, made to check the design before it is mass-produced.",
}
COMPARISON = [
    ["", "**3D printing**", "**Injection moulding**"],
    ["Making one item", "Cheap and quick to set up", "Very expensive – a metal mould is needed"],
    ["Making 10,000 items", "Very slow", "Fast and cheap per item"],
    ["Changing the design", "Just edit the CAD file", "A new mould has to be made"],
    ["Waste", "Very little", "Little, but the mould is scrapped when the design changes"],
]
QUESTIONS = [
    "What does the word “additive” tell you about how a 3D printer works?",
    "Name one CAD program you could use to design a keyring.",
    "What temperature does the extruder heat the filament to?",
    "Give two reasons why an engineer might 3D print a prototype.",
    "Why would a toy company NOT use 3D printing to make 50,000 figures?",
    "Give one way 3D printing is used in medicine.",
]


def _footnotes_part(document) -> None:
    """Word footnotes: a footnotes part with the two separators Word always writes, then one footnote a key word."""
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for number, text in FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{number}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            '<w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
           + "".join(notes) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _passage_paragraph(document, text: str) -> None:
    paragraph = document.add_paragraph()
    parts = text.replace("]", "[").split("[")
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part:
                paragraph.add_run(part)
            continue
        run = paragraph.add_run()
        properties = run._r.get_or_add_rPr()
        style = docx.oxml.OxmlElement("w:rStyle")
        style.set(qn("w:val"), "FootnoteReference")
        properties.append(style)
        run.font.superscript = True
        reference = docx.oxml.OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), part)
        run._r.append(reference)


def reading_sheet() -> bytes:
    document = f.new_docx(title="3D printing reading")
    document.core_properties.author = "D Okafor"
    document.styles["Normal"].font.name = "Century Gothic"
    document.styles["Normal"].font.size = Pt(11)
    header = document.sections[0].header.paragraphs[0]
    header.text = "Northfield Academy  ·  Computing & Design Technology  ·  Year 9"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Printed on recycled paper – please recycle me when you have stuck me in!"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading = f.para(document, "3D PRINTING: HOW DOES IT WORK?", size=20, bold=True)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.para(document, "Name: ____________________    Form: ______    Date: ___ / ___ / ______")
    f.para(document, "Lesson outcomes", bold=True)
    for outcome in OUTCOMES:
        f.para(document, outcome, style="List Number")
    f.para(document, "Read the article. The small numbers tell you to look at the bottom of the page for the "
                     "meaning of a key word – underline each key word in the text as you find it.")
    for text in PASSAGE:
        _passage_paragraph(document, text)
    f.para(document, "3D printing vs injection moulding", bold=True)
    f.table(document, COMPARISON)
    f.para(document, "")
    f.para(document, "Questions – answer in full sentences", bold=True)
    for number, question in enumerate(QUESTIONS, start=1):
        f.para(document, f"{number}. {question}")
        f.para(document, "_" * 80)
    f.para(document, "Challenge: A school wants to print 30 chess sets for the chess club. Should they use the 3D "
                     "printer or buy moulded ones? Explain your answer.")
    _footnotes_part(document)
    return f.docx_bytes(document)


PODCAST = """BYTE-SIZED REVISION – the Northfield Computing & DT podcast
Episode 12: 3D printing
Recorded: Thurs 14th Nov, Room T4 (the sound booth!)
Running time: approx. 9 mins
HOST: Mr Okafor
GUEST: Ms Harris (DT technician)

[INTRO JINGLE – 5 seconds, fade under]

HOST: Hello and welcome back to Byte-Sized Revision, the podcast where we squeeze a whole topic into less time than it takes to eat your lunch. I'm Mr Okafor, and this week I've escaped from the computer room to the DT block, because I'm here with Ms Harris, who looks after all of our 3D printers. Hi!

GUEST: Hi everyone. Yes, I'm the one who tells you off for leaving half-finished prints on the bed.

HOST: [laughs] So, Year 9, by the end of this episode you should be able to say how a 3D printer actually makes something, and why we don't print everything. Ms Harris, the big one first. What is additive manufacturing?

GUEST: It just means making something by adding material, layer by layer, instead of cutting it away. So the printer lays down one layer of plastic, then another on top, and another, hundreds of times.

HOST: And the opposite would be...

GUEST: Subtractive – like using the laser cutter or the lathe, where you start with a block and take bits away.

[00:02:10]

HOST: Right. Now a lot of you have designed keyrings in Tinkercad. But you can't just send a Tinkercad file straight to the printer, can you?

GUEST: No. You export an STL file, and then you open it in a slicer. The slicer is software that cuts your 3D model into hundreds of thin horizontal layers and works out the path the nozzle has to follow for each one. It saves all of that as G-code, which is the set of instructions the printer follows.

HOST: So the printer doesn't really "know" it's making a keyring.

GUEST: Not at all! It just follows the instructions: move here, squirt plastic, move there.

HOST: I always see people fiddling with a setting called infill. What's that?

GUEST: Infill is the pattern printed inside an object to fill it up – because we don't print things solid. If you set it to 20 percent, the inside is mostly air with a honeycomb or a grid pattern in it. It saves loads of plastic and time, and it's still strong enough for most things.

HOST: Top tip there. And the last thing I want to ask about – I once printed a little figure with its arms out and it came out as spaghetti.

GUEST: [laughs] Classic. That's because you didn't add supports. Supports are extra bits of plastic the printer builds underneath the parts that stick out, so they've got something to be printed on. You snap them off at the end.

[00:05:30]

HOST: OK, quick-fire quiz time. Pause the podcast if you need thinking time. Question one: what do we call the plastic thread that goes into the printer?

[PAUSE – 3 seconds]

GUEST: Filament!

HOST: Question two: which part of the printer melts it?

[PAUSE – 3 seconds]

GUEST: The extruder – it heats it up and pushes it out through the nozzle.

HOST: Question three: what does CAD stand for?

[PAUSE – 3 seconds]

GUEST: Computer-aided design.

HOST: And question four: why would a company 3D print a prototype?

[PAUSE – 3 seconds]

GUEST: To test the design cheaply and quickly before they make thousands of them.

HOST: Brilliant. That's it for this week. Your homework is the reading sheet on Teams – the footnotes are your key words, so learn them! Next week: we're back in the computer room for spreadsheets. Thanks, Ms Harris.

GUEST: Thanks for having me. And clean the print bed!

[OUTRO JINGLE]

--- Script written by D. Okafor. Podcast available on the school Teams channel "Y9 Computing & DT" > Files > Podcasts.
"""


def podcast_script() -> bytes:
    return PODCAST.encode("utf-8")


FILES = {
    "Y9 3D printing reading sheet.docx": reading_sheet,
    "Podcast ep12 script - 3D printing.txt": podcast_script,
}
