"""Lesson documents made in the tests, as a KS3 computing teacher would write them — and hostile ones.

Reusable by any test (generation, browser tests): every builder returns the bytes of a real file.

    lesson_plan_docx()       a Word lesson plan: objectives list, "I can…" criteria, vocabulary table,
                             dashed definitions, an outline-plan table, Python in Courier New
    objectives_table_docx()  a Word lesson plan whose objectives and vocabulary sit in a table
    slides_pptx()            slides with objectives, "term: definition" bullets, grouped shapes, a table,
                             monospace code and speaker notes holding the lesson sequence
    worksheet_pdf()          a small PDF with objectives, vocabulary and numbered steps
    unit_zip()               a unit folder: lessons in nested folders, a lesson-pack zip inside, junk files
    hostile uploads          zip_bomb(), ratio_bomb_docx(), many_files_zip(), billion_laughs_docx(),
                             renamed_exe(), encrypted_docx(), encrypted_pdf(), encrypted_zip(), traversal_zip(),
                             slow_pdf(), many_pages_pdf()
"""

from __future__ import annotations

import io
import zipfile
import zlib

import docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Pt
from msoffcrypto.format.ooxml import OOXMLFile
from pptx import Presentation
from pptx.util import Inches
from pptx.util import Pt as PptPt
from pypdf import PdfReader, PdfWriter

LESSON_OBJECTIVES = [
    "Describe how computers use binary to represent data",
    "Convert a denary number between 0 and 255 into binary",
    "Explain why one byte can store 256 different values",
]
SUCCESS_CRITERIA = ["I can count in binary from 0 to 15", "I can convert an 8-bit binary number into denary"]
VOCABULARY = [
    ("Binary", "A number system that uses only the digits 0 and 1"),
    ("Denary", "The number system we use every day, with the digits 0 to 9"),
    ("Bit", "A single binary digit, either 0 or 1"),
    ("Byte", "A group of 8 bits"),
]
DASHED_VOCABULARY = [
    ("Algorithm", "a set of step-by-step instructions to solve a problem"),
    ("Place value", "the value a digit has because of its position in a number"),
]
PYTHON_SNIPPET = 'number = int(input("Enter a number: "))\nfor bit in range(8):\n    print(number % 2)\n    number = number // 2'
SLIDE_SEQUENCE = [
    "Starter: pupils write the steps for making a cup of tea",
    "Show the tea algorithm and ask what happens if two steps swap",
    "Pupils predict the output of the Python program, then run it",
    "Plenary: pupils explain sequence to a partner using the key words",
]


def _docx_bytes(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _code_paragraphs(document: DocxDocument, code: str, cell=None) -> None:
    target = cell if cell is not None else document
    for index, line in enumerate(code.splitlines()):
        paragraph = target.paragraphs[0] if cell is not None and index == 0 else target.add_paragraph()
        run = paragraph.add_run(line)
        run.font.name = "Courier New"
        run.font.size = Pt(10)


def lesson_plan_docx(title: str = "Lesson 1: Introduction to binary") -> bytes:
    """A Word lesson plan laid out like an NCCE Teach Computing plan."""
    document = docx.Document()
    document.core_properties.title = title
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Year 7 – Data representation. This lesson introduces binary numbers.")
    document.add_heading("Learning objectives", level=1)
    document.add_paragraph("By the end of the lesson pupils will be able to:")
    for objective in LESSON_OBJECTIVES:
        document.add_paragraph(objective, style="List Bullet")
    document.add_heading("Success criteria", level=1)
    for criterion in SUCCESS_CRITERIA:
        document.add_paragraph(criterion, style="List Bullet")
    document.add_heading("Key vocabulary", level=1)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Term", "Definition"
    for term, definition in VOCABULARY:
        row = table.add_row()
        row.cells[0].text, row.cells[1].text = term, definition
    document.add_heading("Remember", level=2)
    for term, definition in DASHED_VOCABULARY:
        document.add_paragraph(f"{term} – {definition}")
    document.add_heading("Outline plan", level=1)
    plan = document.add_table(rows=1, cols=3)
    for cell, text in zip(plan.rows[0].cells, ["Activity", "Time", "Description"], strict=True):
        cell.text = text
    for activity, time, description in [
        ("Starter", "5 mins", "Pupils count on their fingers in binary. They find the largest number."),
        ("Main activity 1", "15 mins", "Pupils convert denary numbers to binary with place-value cards."),
        ("Main activity 2", "20 mins", "Pupils complete the conversion worksheet in pairs."),
        ("Plenary", "5 mins", "Pupils explain why a byte holds 256 values."),
    ]:
        row = plan.add_row()
        row.cells[0].text, row.cells[1].text, row.cells[2].text = activity, time, description
    document.add_heading("Worked example: converting with Python", level=1)
    document.add_paragraph("The program below prints the bits of a number, lowest first.")
    _code_paragraphs(document, PYTHON_SNIPPET)
    document.add_heading("Homework", level=1)
    document.add_paragraph("Pupils convert their house number into binary.")
    return _docx_bytes(document)


def objectives_table_docx() -> bytes:
    """A lesson plan whose objectives, criteria and keywords are in a label | content table, with numbered steps."""
    document = docx.Document()
    document.add_heading("Lesson 2: Binary addition", level=1)
    table = document.add_table(rows=4, cols=2)
    rows = [
        ("Lesson", "Lesson 2 of 6"),
        ("Learning objectives", "LO1: Add two 8-bit binary numbers together\nLO2: Explain what an overflow error is"),
        ("Success criteria", "I can add two binary numbers and show the carries\nI can spot when an overflow happens"),
        ("Key vocabulary", "overflow, carry, most significant bit"),
    ]
    for row, (label, content) in zip(table.rows, rows, strict=True):
        row.cells[0].text = label
        row.cells[1].text = content
    document.add_heading("Key words", level=2)
    document.add_paragraph("Overflow – when a result is too large to fit in the available bits")
    document.add_paragraph("Carry – a digit passed to the next column on the left")
    document.add_heading("How to add binary numbers", level=2)
    for step in [
        "Write the two numbers one above the other",
        "Start with the right-hand column",
        "Add the digits and any carry",
        "Write the result and carry 1 if the total is 2 or 3",
    ]:
        document.add_paragraph(step, style="List Number")
    code_table = document.add_table(rows=1, cols=2)
    code_table.rows[0].cells[0].text = "Python"
    _code_paragraphs(document, 'a = 0b0101\nb = 0b0011\nprint(bin(a + b))', cell=code_table.rows[0].cells[1])
    return _docx_bytes(document)


def _text_box(slide, text: str, *, left: float, top: float, font: str | None = None):
    box = slide.shapes.add_textbox(Inches(left), Inches(top), Inches(4), Inches(1))
    frame = box.text_frame
    for index, line in enumerate(text.splitlines()):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = line
        if font:
            run.font.name = font
            run.font.size = PptPt(14)
    return box


def slides_pptx(title: str = "Lesson 3: Sequencing with Python") -> bytes:
    """Lesson slides with objectives, vocabulary bullets, a grouped diagram, a table, code and notes."""
    presentation = Presentation()
    presentation.core_properties.title = title
    cover = presentation.slides.add_slide(presentation.slide_layouts[0])
    cover.shapes.title.text = title
    cover.placeholders[1].text = "Year 8 – Programming"

    objectives = presentation.slides.add_slide(presentation.slide_layouts[1])
    objectives.shapes.title.text = "Learning objectives"
    body = objectives.placeholders[1].text_frame
    body.text = "To write a program that runs instructions in sequence"
    body.add_paragraph().text = "To predict the output of a short Python program"
    objectives.notes_slide.notes_text_frame.text = "Read the objectives aloud and check pupils understand them."

    vocabulary = presentation.slides.add_slide(presentation.slide_layouts[1])
    vocabulary.shapes.title.text = "Key vocabulary"
    body = vocabulary.placeholders[1].text_frame
    body.text = "Sequence: instructions carried out one after another, in order"
    body.add_paragraph().text = "Variable: a named place in memory that stores a value"
    body.add_paragraph().text = "Output – information that a program shows to the user"

    tea = presentation.slides.add_slide(presentation.slide_layouts[5])
    tea.shapes.title.text = "Making a cup of tea"
    group = tea.shapes.add_group_shape()
    for index, step in enumerate(["Boil the kettle", "Put a tea bag in the cup", "Pour in the water"]):
        box = group.shapes.add_textbox(Inches(1), Inches(2 + index), Inches(3), Inches(0.8))
        box.text_frame.text = step
    tea.notes_slide.notes_text_frame.text = "Lesson sequence:\n" + "\n".join(
        f"{number}. {step}" for number, step in enumerate(SLIDE_SEQUENCE, start=1)
    )

    example = presentation.slides.add_slide(presentation.slide_layouts[5])
    example.shapes.title.text = "Worked example"
    _text_box(example, 'name = input("What is your name? ")\nprint("Hello " + name)', left=0.5, top=1.5, font="Consolas")
    shape = example.shapes.add_table(3, 2, Inches(5), Inches(1.5), Inches(4), Inches(1.5))
    for row, (left, right) in zip(shape.table.rows, [("Line", "What happens"), ("1", "Asks for a name"), ("2", "Greets the user")], strict=True):
        row.cells[0].text, row.cells[1].text = left, right
    example.notes_slide.notes_text_frame.text = "I can explain what each line of the program does."
    buffer = io.BytesIO()
    presentation.save(buffer)
    return buffer.getvalue()


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(pages: list[list[str]], *, title: str | None = None) -> bytes:
    """A valid PDF written by hand: one Helvetica text stream per page, one line of text per entry."""
    # Objects: 1 catalog, 2 page tree, 3 font, then a page and its content stream for each page.
    objects: list[bytes] = []
    first_page_id = 4
    page_ids = [first_page_id + index * 2 for index in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = b" ".join(f"{pid} 0 R".encode() for pid in page_ids)
    objects.append(b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(len(pages)).encode() + b" >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, lines in enumerate(pages):
        content_id = first_page_id + index * 2 + 1
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents " + f"{content_id} 0 R".encode() + b" >>"
        )
        stream = b"BT /F1 11 Tf 14 TL 56 790 Td " + b" ".join(_pdf_string(line) + b" Tj T*" for line in lines) + b" ET"
        objects.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    info_id = None
    if title:
        objects.append(b"<< /Title " + _pdf_string(title) + b" >>")
        info_id = len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    trailer = f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R"
    if info_id:
        trailer += f" /Info {info_id} 0 R"
    out.write(f"{trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


WORKSHEET_PAGES = [
    [
        "Lesson 4: Searching algorithms",
        "Learning objectives",
        "• Describe how a linear search finds an item in a list",
        "• Compare a linear search with a binary search",
        "Key vocabulary",
        "Linear search – checks each item in turn until the target is found",
        "Binary search – repeatedly halves a sorted list to find the target",
    ],
    [
        "Steps",
        "1. Start at the first item in the list",
        "2. Compare the item with the target",
        "3. If they match, stop and report the position",
        "4. Otherwise move to the next item and repeat",
        "I can trace a linear search through a list of numbers",
    ],
]


def worksheet_pdf() -> bytes:
    """A two-page worksheet PDF with objectives, vocabulary, numbered steps and an "I can" line."""
    return pdf_bytes(WORKSHEET_PAGES, title="Searching worksheet")


def _zip(files: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def with_part(document: bytes, name: str, xml: bytes) -> bytes:
    """An Office file with one of its parts replaced (a hostile or damaged part, for the readers' guards)."""
    source = zipfile.ZipFile(io.BytesIO(document))
    files = {info.filename: source.read(info) for info in source.infolist()}
    assert name in files  # the part is really there, and really replaced
    files[name] = xml
    return _zip(files)


def unit_zip() -> bytes:
    """An NCCE-style unit folder: lessons in nested folders, a lesson pack zip inside, and junk to ignore."""
    lesson_pack = _zip({"Lesson 4/Worksheet.pdf": worksheet_pdf(), "Lesson 4/notes.txt": b"printing notes"})
    return _zip(
        {
            "Y7 Data representation/Lesson 1/Lesson plan.docx": lesson_plan_docx(),
            "Y7 Data representation/Lesson 2/Lesson plan.docx": objectives_table_docx(),
            "Y7 Data representation/Lesson 3/Slides.pptx": slides_pptx(),
            "Y7 Data representation/Lesson pack.zip": lesson_pack,
            "Y7 Data representation/Lesson 1/starter.png": b"\x89PNG\r\n\x1a\nnot really",
            "__MACOSX/Y7 Data representation/._Lesson plan.docx": b"\x00\x05\x16\x07",
            "Y7 Data representation/.DS_Store": b"\x00\x00\x00\x01Bud1",
            "Y7 Data representation/Lesson 1/~$sson plan.docx": b"lock file",
        }
    )


# Hostile uploads ---------------------------------------------------------------------------------------


def zip_bomb(expanded_mb: int = 40) -> bytes:
    """A small zip holding one file of zeros that expands about a thousand times (written in chunks)."""
    buffer = io.BytesIO()
    chunk = b"\x00" * (1024 * 1024)
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("Lesson 1/Lesson plan.docx", "w", force_zip64=True) as handle,
    ):
        for _ in range(expanded_mb):
            handle.write(chunk)
    return buffer.getvalue()


def ratio_bomb_docx(expanded_mb: int = 8) -> bytes:
    """A real .docx whose document.xml has been padded with megabytes of spaces (a bomb shaped like Word)."""
    source = zipfile.ZipFile(io.BytesIO(lesson_plan_docx()))
    files = {info.filename: source.read(info) for info in source.infolist()}
    files["word/document.xml"] = files["word/document.xml"] + b" " * (expanded_mb * 1024 * 1024)
    return _zip(files)


def many_files_zip(count: int = 250) -> bytes:
    """A zip with more members than one upload may hold."""
    return _zip({f"file{index}.pdf": b"%PDF-1.4" for index in range(count)})


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""


def billion_laughs_docx(*, utf16: bool = False) -> bytes:
    """A real .docx whose document.xml declares exponentially expanding entities."""
    source = zipfile.ZipFile(io.BytesIO(lesson_plan_docx()))
    files = {info.filename: source.read(info) for info in source.infolist()}
    xml = BILLION_LAUGHS
    if utf16:
        xml = xml.replace(b'encoding="UTF-8"', b'encoding="UTF-16"').decode().encode("utf-16")
    files["word/document.xml"] = xml
    return _zip(files)


def renamed_exe() -> bytes:
    """The start of a Windows program (MZ header and DOS stub), as if renamed to .docx."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"\x80\x00\x00\x00"
    return stub + b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 200


def encrypted_docx(password: str = "Secret123") -> bytes:
    """A lesson plan protected with a password exactly as Word does it (ECMA-376 agile encryption)."""
    plain = io.BytesIO(lesson_plan_docx())
    out = io.BytesIO()
    OOXMLFile(plain).encrypt(password, out)
    return out.getvalue()


def encrypted_pdf(password: str = "Secret123") -> bytes:
    """The worksheet PDF with an open password (AES-128, as Acrobat's default)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(worksheet_pdf())))
    writer.encrypt(user_password=password, owner_password=password + "!", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def owner_locked_pdf() -> bytes:
    """A PDF that opens without a password but is locked against editing (should be read normally)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(worksheet_pdf())))
    writer.encrypt(user_password="", owner_password="owner-only", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_zip() -> bytes:
    """A zip whose only member is flagged as password protected (zipfile cannot encrypt, so the flag
    is set in the local and central headers by hand, as a traditional-encryption zip has it)."""
    data = bytearray(_zip({"Lesson 1/Lesson plan.docx": lesson_plan_docx()}, compression=zipfile.ZIP_STORED))
    central = data.rfind(b"PK\x01\x02")
    data[6] |= 0x1  # local file header: general purpose flags at offset 6
    data[central + 8] |= 0x1  # central directory entry: flags at offset 8
    return bytes(data)


def traversal_zip() -> bytes:
    """A zip whose member names try to climb out of the folder, next to one honest lesson plan."""
    return _zip(
        {
            "../../etc/cron.d/lesson.docx": lesson_plan_docx(),
            "/absolute/lesson.docx": lesson_plan_docx(),
            "Lesson 1/Lesson plan.docx": lesson_plan_docx(),
        }
    )


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of the given objects (numbered from 1; object 1 is the catalog) with its cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def slow_pdf(pages: int = 20, *, draws: int = 1, operations: int = 300_000) -> bytes:
    """A few KB that take minutes to read: every page draws one shared, compressed picture (a form XObject)
    `draws` times, and the picture is `operations` empty text-showing operators — a second or so for pypdf each
    time it is drawn, and no text at all at the end."""
    picture = zlib.compress(b"BT /F1 1 Tf " + b"() Tj " * operations + b"ET", 9)
    content = zlib.compress(b"/Picture Do " * draws, 9)
    first_page = 6
    kids = b" ".join(b"%d 0 R" % (first_page + index) for index in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Length %d /Filter /FlateDecode >>\nstream\n" % len(picture) + picture + b"\nendstream",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
          b"/Resources << /Font << /F1 3 0 R >> /XObject << /Picture 4 0 R >> >> /Contents 5 0 R >>"] * pages,
    ]
    return _raw_pdf(objects)


def many_pages_pdf(pages: int = 100_000, *, declared: int | None = None) -> bytes:
    """A PDF of `pages` empty pages (about 100 bytes each). `declared` is the page count its page tree claims,
    when it should lie (a reader that trusts it walks every page anyway)."""
    kids = b" ".join(b"%d 0 R" % (3 + index) for index in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % (pages if declared is None else declared),
        *[b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >>"] * pages,
    ]
    return _raw_pdf(objects)


WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnoted_docx(passage: str, notes: dict[int, str]) -> bytes:
    """A passage whose "[n]" marks are real Word footnote references, the notes in word/footnotes.xml."""
    document = docx.Document()
    paragraph = document.add_paragraph()
    parts = passage.replace("]", "[").split("[")
    for index, part in enumerate(parts):
        if index % 2 == 0:
            if part:
                paragraph.add_run(part)
            continue
        reference = docx.oxml.OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), part)
        paragraph.add_run()._r.append(reference)
    body = "".join(f'<w:footnote w:id="{n}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}'
                   "</w:t></w:r></w:p></w:footnote>" for n, text in notes.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{WORD_MAIN}">'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           f"{body}</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    return _docx_bytes(document)
