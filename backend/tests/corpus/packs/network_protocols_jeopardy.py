"""Held out. Year 10 GCSE network protocols and layers: a "PROTOCOL JEOPARDY!" revision game deck (a title slide,
an "LO1/LO2/LO3" objectives slide with a teams line, a rules slide, a board slide of four dark category shapes over
a 4 x 3 grid of "100"/"200"/"300" value tiles each hyperlinked to its clue slide, each clue slide a category/value
strip, one big clue in a shape – the meaning of a key word, never the word – and an "ANSWER" button linked to the
answer slide, which gives the word only as "What is …?" with a "BACK TO BOARD" button, a "DAILY DOUBLE", a "FINAL
JEOPARDY" pair, a team scores table, a few speaker notes) and a Word literacy sheet (a department header and a
footer, a name/date line, a "Literacy focus" line, a "Word | Say it | Break it down | What it means | Use it in a
sentence" tier-3 vocabulary table giving its own meanings of three words, an exam question with a shaded
sentence-starters box, the teacher's model answer with bracketed comments, a "Now you try" question on lines)."""

from __future__ import annotations

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from pptx.util import Inches
from pptx.util import Pt as PptPt

from tests.corpus import formats as f

NAVY, BLUE, GOLD = "0B1F65", "1F4FBF", "FFD200"

CATEGORIES = ["THE RULES", "THE WEB", "YOU'VE GOT MAIL", "MIXED BAG"]
# (category, value, clue, answer, notes)
CLUES = [
    ("THE RULES", 100, "A set of rules that allows devices on a network to communicate with each other.",
     "What is a protocol?", ""),
    ("THE RULES", 200, "This pair of protocols splits data into packets, addresses them, sends them across the "
     "network and makes sure they all arrive and are put back in the right order.", "What is TCP/IP?",
     "Accept 'TCP' on its own for 100 points only."),
    ("THE RULES", 300, "A group of protocols that does one job. Each one only passes data to the one directly above "
     "or below it.", "What is a layer?", ""),
    ("THE WEB", 100, "The protocol a web browser uses to request web pages from a web server and to send them "
     "back.", "What is HTTP? (Hypertext Transfer Protocol)", ""),
    ("THE WEB", 200, "The same as HTTP, but everything sent between the browser and the web server is encrypted. "
     "Look for the padlock!", "What is HTTPS?", ""),
    ("THE WEB", 300, "Used to upload and download files between a client and a server – e.g. putting your website "
     "onto a web host.", "What is FTP? (File Transfer Protocol)", ""),
    ("YOU'VE GOT MAIL", 100, "This protocol sends email from your device to the mail server, and from one mail "
     "server to another.", "What is SMTP? (Simple Mail Transfer Protocol)", "S for SEND – SMTP = Sending Mail."),
    ("YOU'VE GOT MAIL", 200, "Your emails stay on the mail server, so you see the same inbox on your phone and "
     "your laptop.", "What is IMAP? (Internet Message Access Protocol)", ""),
    ("YOU'VE GOT MAIL", 300, "Downloads your emails onto one device and usually deletes them from the server.",
     "What is POP? (Post Office Protocol, POP3)", "Ask: why is this a problem if you lose your phone?"),
    ("MIXED BAG", 100, "Name the layer that HTTP, FTP and the email protocols all belong to.",
     "What is the application layer?", ""),
    ("MIXED BAG", 200, "DAILY DOUBLE! Give TWO benefits of splitting networking into layers.",
     "What is… a big problem is broken into smaller parts / one layer can be changed without affecting the others "
     "/ different companies' hardware and software can work together", "Teams can bet up to their whole score."),
    ("MIXED BAG", 300, "Data sent over a network is split into these small chunks, each with a header holding the "
     "destination address.", "What is a packet?", ""),
]
FINAL = ("Write down the four layers of the TCP/IP model in order, from top to bottom.",
         "Application, Transport, Internet, Link")
OBJECTIVES = [
    "LO1: Describe what a protocol is and why devices need them",
    "LO2: Identify the purpose of TCP/IP, HTTP, HTTPS, FTP, POP, IMAP and SMTP",
    "LO3: Explain the concept of layering and its benefits",
]


def _button(slide, text: str, target, *, left: float, top: float, width: float = 2.4, fill: str = GOLD,
            color: str = NAVY) -> None:
    f.shape_box(slide, text, left=left, top=top, width=width, height=0.6, fill=fill, color=color, size=16,
                bold=True)
    slide.shapes[-1].click_action.target_slide = target


def _strip(slide, text: str) -> None:
    f.shape_box(slide, text, left=0, top=0, width=10, height=0.8, kind="RECTANGLE", fill=NAVY, color=GOLD, size=24,
                bold=True)


def deck() -> bytes:
    presentation = f.new_pptx(title="Jeopardy template")
    presentation.core_properties.author = "J. Whitfield"
    f.title_slide(presentation, "PROTOCOL JEOPARDY!", "Y10 Computer Science – 1.3 Networks  |  Lesson 6 revision")
    f.content_slide(presentation, "Today", [*OBJECTIVES, "Teams of 4 – choose a captain. Mini whiteboards out!"],
                    notes="Leave this up while teams get sorted. 5 mins max.")
    rules = f.titled_slide(presentation, "How to play")
    f.text_box(rules, "1. Captains take turns to pick a category and a value.\n2. Every team writes its answer on "
               "the whiteboard – you have 20 seconds.\n3. Answer in the form of a question: “What is …?”\n4. Right "
               "= win the points. Wrong = LOSE the points!\n5. Highest score after Final Jeopardy wins.",
               left=0.8, top=1.8, width=8.4, height=4, size=22)
    board = f.blank_slide(presentation)
    f.text_box(board, "JEOPARDY BOARD", left=3, top=0.1, width=4, height=0.6, size=28, bold=True)
    clue_slides, answer_slides = [], []
    for category, value, clue, answer, notes in CLUES:
        clue_slide = f.blank_slide(presentation)
        _strip(clue_slide, f"{category}  –  {value}")
        f.shape_box(clue_slide, clue, left=0.8, top=1.4, width=8.4, height=3.8, kind="RECTANGLE", fill=BLUE,
                    size=30, bold=True)
        answer_slide = f.blank_slide(presentation)
        _strip(answer_slide, f"{category}  –  {value}")
        f.text_box(answer_slide, answer, left=0.8, top=2.4, width=8.4, height=2, size=36, bold=True)
        if notes:
            answer_slide.notes_slide.notes_text_frame.text = notes
        clue_slides.append(clue_slide)
        answer_slides.append(answer_slide)
    final = f.blank_slide(presentation)
    _strip(final, "FINAL JEOPARDY")
    f.shape_box(final, FINAL[0], left=0.8, top=1.4, width=8.4, height=3.8, kind="RECTANGLE", fill=BLUE, size=30,
                bold=True)
    final_answer = f.blank_slide(presentation)
    _strip(final_answer, "FINAL JEOPARDY")
    f.text_box(final_answer, FINAL[1], left=0.8, top=2.4, width=8.4, height=2, size=36, bold=True)
    final_answer.notes_slide.notes_text_frame.text = "Mnemonic: All Teachers Inspire Learning."
    scores = f.titled_slide(presentation, "Scores")
    f.slide_table(scores, [["Team", "Score"], ["Team 1", ""], ["Team 2", ""], ["Team 3", ""], ["Team 4", ""],
                           ["Team 5", ""], ["Team 6", ""]], left=2, top=1.6, width=6)
    # The board: category headers, then value tiles linked to the clue slides.
    for column, category in enumerate(CATEGORIES):
        f.shape_box(board, category, left=0.3 + column * 2.4, top=0.9, width=2.2, height=0.9, kind="RECTANGLE",
                    fill=NAVY, color="FFFFFF", size=14, bold=True)
    for index, (category, value, *_rest) in enumerate(CLUES):
        column, row = CATEGORIES.index(category), value // 100 - 1
        f.shape_box(board, str(value), left=0.3 + column * 2.4, top=2.0 + row * 1.3, width=2.2, height=1.1,
                    kind="RECTANGLE", fill=BLUE, color=GOLD, size=36, bold=True)
        board.shapes[-1].click_action.target_slide = clue_slides[index]
    _button(board, "FINAL JEOPARDY", final, left=3.6, top=6.1, width=2.8)
    for clue_slide, answer_slide in zip(clue_slides, answer_slides, strict=True):
        _button(clue_slide, "ANSWER", answer_slide, left=7.2, top=6.4)
        _button(answer_slide, "BACK TO BOARD", board, left=7.2, top=6.4)
    _button(final, "ANSWER", final_answer, left=7.2, top=6.4)
    _button(final_answer, "SCORES", scores, left=7.2, top=6.4)
    for slide in presentation.slides:
        for shape in slide.shapes:
            if shape.has_text_frame and shape.text_frame.text in {"100", "200", "300"}:
                shape.text_frame.paragraphs[0].runs[0].font.size = PptPt(40)
    presentation.slide_width, presentation.slide_height = Inches(10), Inches(7.5)
    return f.pptx_bytes(presentation)


VOCAB = [
    ["**Word**", "**Say it**", "**Break it down**", "**What it means**", "**Use it in a sentence**"],
    ["protocol", "PRO-tuh-kol", "Greek protokollon: proto = first + kolla = glue (the first page glued onto a "
     "scroll, saying how to read it)", "An agreed set of rules for how devices send and receive data, so that "
     "they can understand each other", "Without a shared protocol, two computers would not know how to read each "
     "other's data."],
    ["packet", "PAK-it", "pack + -et (small): a small pack", "A small chunk of data sent across a network, with a "
     "header that holds the sender's and receiver's addresses", "The file was split into 300 packets, which took "
     "different routes."],
    ["layer", "LAY-er", "lay + -er: something laid on top of something else", "A group of protocols with one job; "
     "it uses the layer below it and gives its service to the layer above it", "HTTP works in the application "
     "layer, so it does not need to know whether you use Wi-Fi or a cable."],
]
STARTERS = [
    "**Sentence starters**",
    "One benefit of using layers is… This means that…",
    "Another benefit is… For example, …",
    "Because each layer only talks to the layer above and below it, …",
]
MODEL = ("One benefit of using layers is that a big, complicated problem is split into smaller parts, so each "
         "layer can be designed and tested on its own [✓ benefit] [✓ explained]. Another benefit is that one layer "
         "can be changed without affecting the others. For example, you can swap Wi-Fi for an Ethernet cable in "
         "the link layer and HTTP still works the same [✓ benefit] [✓ example – this is what gets you the 4th "
         "mark!].")


def literacy_sheet() -> bytes:
    document = f.new_docx(title="Protocols literacy")
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    section.left_margin = section.right_margin = Cm(1.5)
    section.header.paragraphs[0].text = "Computer Science Department  –  Reading & Vocabulary  –  Unit 1.3 Networks"
    section.footer.paragraphs[0].text = "Read it. Say it. Write it. Own it.                 J277 1.3.2"
    f.para(document, "Name: ______________________________     Date: ____________     Class: 10C2")
    f.para(document, "Words that unlock the exam: protocols and layers", bold=True, size=18)
    f.para(document, "Literacy focus: I can use tier 3 vocabulary accurately when I explain how protocols and "
           "layers work.")
    f.para(document, "Read each row aloud with your partner. Cover the last column and try to make your own "
                     "sentence first.", size=10)
    f.table(document, VOCAB)
    f.para(document, "")
    f.para(document, "Exam question", bold=True, size=14)
    f.para(document, "Explain two benefits of using layers in networking. [4]")
    f.box(document, STARTERS, fill="E2EFDA")
    f.para(document, "")
    f.para(document, "Mr W's model answer (4/4)", bold=True)
    paragraph = f.para(document, MODEL)
    paragraph.paragraph_format.left_indent = Cm(1)
    for run in paragraph.runs:
        run.font.size = Pt(11)
        run.italic = True
    f.para(document, "Now you try", bold=True, size=14)
    f.para(document, "Use at least THREE words from the table. Describe the difference between IMAP and POP. [2]")
    for _ in range(4):
        f.para(document, "_" * 110)
    return f.docx_bytes(document)


FILES = {
    "Protocols JEOPARDY - Y10.pptx": deck,
    "Protocols literacy sheet.docx": literacy_sheet,
}
