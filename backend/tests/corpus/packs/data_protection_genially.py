"""Held out. Year 10 GCSE data protection: a Genially escape room saved from the browser as HTML (the viewer's
toolbar, cookie banner and scripts, every screen an absolutely placed <section> of text elements, the objectives
only in a hidden "Mission objectives" window behind an info button, one key word bolded in the story, two defined
only in hidden windows opened by 🔍 hotspots over an office picture, a personal-or-not drag-and-drop whose right
zones are data attributes, the rights as an accordion, the last key word defined only in the hidden success
message of the final lock) and the Word case-file worksheet that goes with it (a header and footer, name, date
and class as content controls showing Word's "Click or tap…" placeholders, one "Learning objective:" line, a shaded
"What the law actually says" box quoting the Act and UK GDPR as the only definitions of three words, three case
files whose "Which principle?" answer is a drop-down listing the principles, a hint defining consent, exam
questions with marks and the mark scheme after a page break)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe the purpose of the Data Protection Act 2018",
    "Explain the rights of data subjects and the duties of organisations that hold personal data",
    "Apply the data protection principles to real scenarios",
]
PRINCIPLES = [
    "used fairly, lawfully and transparently",
    "used for specified, explicit purposes",
    "adequate, relevant and limited to only what is necessary",
    "accurate and, where necessary, kept up to date",
    "kept for no longer than is necessary",
    "handled securely – protected against unauthorised access, loss or damage",
]


def _hotspot(ident: str, left: int, top: int, label: str, heading: str, text: str) -> str:
    """A Genially hotspot: a 🔍 button over the picture whose window (hidden until clicked) holds the text."""
    return f"""
      <div class="genially-view-interactive-element hotspot" id="hs-{ident}" data-tooltip="{label}"
           data-interactivity="window" data-target="win-{ident}" style="left:{left}%;top:{top}%">🔍</div>
      <div class="genially-window" id="win-{ident}" aria-hidden="true" style="display:none">
        <button class="genially-window-close" aria-label="Close">✕</button>
        <h3 class="genially-view-text" style="font-family:'Bebas Neue'">{heading}</h3>
        <p class="genially-view-text">{text}</p>
      </div>"""


HOTSPOTS = "".join([
    _hotspot("cabinet", 12, 38, "Filing cabinet", "PERSONAL DATA",
             "Any information about a living person who can be identified from it – on its own or together with "
             "other information. Think name, address, date of birth, photo, email address, even an IP address."),
    _hotspot("folder", 47, 61, "Red folder", "SPECIAL CATEGORY DATA",
             "More sensitive personal data that needs extra protection: health, ethnic origin, religion, political "
             "opinions, sexuality and biometrics such as fingerprints."),
    _hotspot("bin", 81, 72, "Bin", "Hmm… 🤔",
             "Printed customer lists in an ordinary bin? That’s not very secure. Remember this for Puzzle 3!"),
])
SORT_CARDS = [
    ("Your full name", "personal"), ("Your favourite colour (on its own)", "not"), ("Your NHS number", "personal"),
    ("The weather in Leeds today", "not"), ("A CCTV image of your face", "personal"),
    ("Your school’s postcode", "not"), ("Your IP address", "personal"),
]
RIGHTS = [
    ("The right to be informed", "You must be told what data is being collected about you, why, and who it will "
     "be shared with – usually in a privacy notice."),
    ("The right of access", "You can ask an organisation for a copy of all the data it holds about you. This is "
     "called a <strong>subject access request</strong> (SAR). They have one month to reply and usually can’t "
     "charge you."),
    ("The right to rectification", "You can have data about you corrected if it is wrong."),
    ("The right to erasure", "Also called the <em>right to be forgotten</em>: you can ask for your data to be "
     "deleted when there is no good reason to keep it any more."),
    ("The right to object", "You can tell an organisation to stop using your data for things like direct "
     "marketing."),
]


def escape_room() -> bytes:
    cards = "".join(
        f'\n          <div class="drag-item" draggable="true" data-correct-zone="zone-{zone}">{card}</div>'
        for card, zone in SORT_CARDS)
    rights = "".join(
        f'\n        <div class="accordion-item"><button class="accordion-head" aria-expanded="false">{head} ▾'
        f'</button>\n          <div class="accordion-body" hidden><p>{body}</p></div></div>' for head, body in RIGHTS)
    principles = "".join(f"\n          <li>{p}</li>" for p in PRINCIPLES)
    objectives = "".join(f"\n          <li>{o}</li>" for o in OBJECTIVES)
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ESCAPE THE DATA BREACH 🔐 | Genially</title>
<meta property="og:title" content="ESCAPE THE DATA BREACH 🔐">
<meta property="og:description" content="Interactive content created with Genially, the world’s simplest tool to
create interactive content.">
<meta property="og:image" content="https://img.genial.ly/6571b2/escape-data-breach-cover.png">
<link rel="stylesheet" href="https://static.genial.ly/view/css/viewer.4f2a9c.css">
<link rel="preconnect" href="https://fonts.gstatic.com">
<style>
  .genially-view-slide {{ position: relative; width: 1280px; height: 720px; overflow: hidden; }}
  .genially-view-text {{ position: absolute; }}
  .hotspot {{ position: absolute; width: 48px; height: 48px; border-radius: 50%; background: #ffcc00; }}
  .drop-zone {{ border: 3px dashed #fff; min-height: 220px; }}
  #cookie-banner {{ position: fixed; bottom: 0; left: 0; right: 0; background: #222; color: #eee; }}
</style>
<script>window.__GENIALLY_DATA__ = {{"id": "6571b2e0c4f1a20014d3e9aa", "slides": 7, "lang": "en",
  "user": "r.adeyemi", "reuse": false, "theme": "escape-room-dark"}};</script>
</head>
<body class="genially-viewer">
<div id="cookie-banner" role="dialog">
  We use our own and third-party cookies to analyse our services and show you advertising related to your
  preferences. <a href="https://genial.ly/cookies/">Cookies policy</a>
  <button>Accept all</button> <button>Settings</button>
</div>
<header class="genially-view-toolbar">
  <a class="made-with" href="https://genial.ly/">Made with Genially</a>
  <span class="slide-counter">1 / 7</span>
  <button aria-label="Full screen">⛶</button> <button aria-label="Share">Share</button>
</header>
<main class="genially-view-container" data-genially-id="6571b2e0c4f1a20014d3e9aa">

  <section class="genially-view-slide" data-slide-index="0" style="background:#0b1d33">
    <div class="genially-view-text" style="left:140px;top:180px;font-size:72px">ESCAPE THE DATA BREACH</div>
    <div class="genially-view-text" style="left:140px;top:300px">Year 10 Computing · OCR J277 1.6.1 · Ms Adeyemi
    </div>
    <div class="genially-view-interactive-element" id="btn-info" data-interactivity="window"
         data-target="win-objectives" style="left:1180px;top:30px">ℹ️</div>
    <div class="genially-window" id="win-objectives" aria-hidden="true" style="display:none">
      <button class="genially-window-close" aria-label="Close">✕</button>
      <h3 class="genially-view-text">🎯 Mission objectives</h3>
      <p class="genially-view-text">When you escape you will be able to:</p>
      <ul class="genially-view-text">{objectives}
      </ul>
    </div>
    <button class="genially-view-button" data-go-to-slide="1" style="left:140px;top:420px">START ▶</button>
  </section>

  <section class="genially-view-slide" data-slide-index="1" style="background:#0b1d33">
    <div class="genially-view-text" style="left:80px;top:60px;font-size:44px">Mission briefing</div>
    <div class="genially-view-text" style="left:80px;top:140px;width:760px">
      <p>It’s 08:47 at Digi-Mart HQ. Last night someone copied Digi-Mart’s whole customer database and posted it
      online. This is a <b>data breach</b> – personal data being lost, stolen, destroyed or seen by someone who
      should not have it.</p>
      <p>You are Digi-Mart’s new Data Protection Officer. Solve the four puzzles to collect the four digits of the
      door code and get out before the inspectors arrive. You have 25 minutes. ⏱</p>
    </div>
    <img class="genially-view-image" data-src="https://img.genial.ly/6571b2/agent.png" alt="" loading="lazy"
         style="left:900px;top:160px;width:300px">
    <button class="genially-view-button" data-go-to-slide="2" style="left:80px;top:560px">To the office ▶</button>
  </section>

  <section class="genially-view-slide" data-slide-index="2">
    <img class="genially-view-image" data-src="https://img.genial.ly/6571b2/office-background.jpg" alt=""
         loading="lazy" style="left:0;top:0;width:1280px">
    <div class="genially-view-text" style="left:40px;top:20px;font-size:36px">PUZZLE 1 – The office</div>
    <div class="genially-view-text" style="left:40px;top:70px;width:560px">Search the office. Count the pieces
      of personal data on Sam’s desk: the number is your FIRST digit.</div>{HOTSPOTS}
    <div class="genially-view-interactive-element" data-interactivity="input" data-answer="5"
         style="left:1040px;top:640px">Digit 1: <input type="text" maxlength="1"> <button>Check</button></div>
  </section>

  <section class="genially-view-slide" data-slide-index="3" style="background:#12385e">
    <div class="genially-view-text" style="left:40px;top:20px;font-size:36px">PUZZLE 2 – Personal or not?</div>
    <div class="genially-view-text" style="left:40px;top:70px">Drag each card into the right box. When they are
      all right, the number of PERSONAL cards is your SECOND digit.</div>
    <div class="genially-view-drag" style="left:40px;top:140px">{cards}
    </div>
    <div class="drop-zone" id="zone-personal" style="left:640px;top:140px">PERSONAL DATA</div>
    <div class="drop-zone" id="zone-not" style="left:960px;top:140px">NOT PERSONAL DATA</div>
  </section>

  <section class="genially-view-slide" data-slide-index="4" style="background:#0b1d33">
    <div class="genially-view-text" style="left:40px;top:20px;font-size:36px">PUZZLE 3 – Rule breakers</div>
    <div class="genially-view-text" style="left:40px;top:70px;width:700px">
      <p>The Act says that anyone using personal data must make sure it is:</p>
      <ol>{principles}
      </ol>
      <p>Digi-Mart kept the card details of every customer who left in 2009. Which principle did they break? Its
      number is your THIRD digit.</p>
    </div>
    <div class="genially-view-interactive-element" data-interactivity="input" data-answer="5"
         style="left:1040px;top:640px">Digit 3: <input type="text" maxlength="1"> <button>Check</button></div>
  </section>

  <section class="genially-view-slide" data-slide-index="5" style="background:#12385e">
    <div class="genially-view-text" style="left:40px;top:20px;font-size:36px">PUZZLE 4 – Know your rights</div>
    <div class="genially-view-text" style="left:40px;top:70px">Under the Act, people have rights over their data.
      Open each one. How many rights are there here? That’s your FOURTH digit.</div>
    <div class="genially-view-accordion" style="left:40px;top:130px;width:800px">{rights}
    </div>
  </section>

  <section class="genially-view-slide" data-slide-index="6" style="background:#0b1d33">
    <div class="genially-view-text" style="left:340px;top:120px;font-size:48px">🔐 THE DOOR</div>
    <div class="genially-view-interactive-element" data-interactivity="input" data-answer="5455"
         style="left:340px;top:240px">Enter the code: <input type="text" maxlength="4"> <button>Unlock</button>
    </div>
    <div class="genially-feedback genially-feedback-ok" aria-hidden="true" style="display:none">
      <p>✅ Door unlocked! Just in time – the <strong>ICO</strong> (Information Commissioner’s Office) has
      arrived. The ICO is the UK’s independent regulator for data protection: it investigates complaints and can
      fine organisations up to £17.5 million or 4% of their global turnover.</p>
      <p>Now open the case files on Teams and finish the worksheet. 📂</p>
    </div>
    <div class="genially-feedback genially-feedback-ko" aria-hidden="true" style="display:none">
      <p>❌ Wrong code – go back and check your digits.</p>
    </div>
    <div class="genially-view-text" style="left:40px;top:670px;font-size:12px">Images: Freepik · Icons: Flaticon
    </div>
  </section>
</main>
<footer class="genially-view-footer">
  <a href="https://genial.ly/terms/">Terms</a> · <a href="https://genial.ly/privacy/">Privacy</a> ·
  <a href="https://genial.ly/report/">Report</a>
</footer>
<script src="https://static.genial.ly/view/js/viewer.4f2a9c.js" defer></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
  gtag('js', new Date()); gtag('config', 'G-GENIALLY01');</script>
</body>
</html>
"""
    return page.encode("utf-8")


# Word content controls: python-docx has no API for them, so the <w:sdt> Word writes for a placeholder.
PLACEHOLDER = "Click or tap here to enter text."
_GREY_RUN = '<w:r><w:rPr><w:color w:val="808080"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'


def _control(paragraph, ident: int, alias: str, kind: str = "text", items: list[str] | None = None) -> None:
    """An empty content control at the end of the paragraph, showing Word's grey placeholder text."""
    if kind == "date":
        shown = "Click or tap to enter a date."
        spec = ('<w:date><w:dateFormat w:val="dd/MM/yyyy"/><w:lid w:val="en-GB"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    elif kind == "list":
        shown = "Choose an item."
        options = "".join(f'<w:listItem w:displayText="{item}" w:value="{item}"/>' for item in items or [])
        spec = f'<w:dropDownList><w:listItem w:value=""/>{options}</w:dropDownList>'
    else:
        shown, spec = PLACEHOLDER, "<w:text/>"
    paragraph._p.append(parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{ident}"/><w:showingPlcHdr/>{spec}</w:sdtPr>'
        f'<w:sdtContent>{_GREY_RUN.format(shown)}</w:sdtContent></w:sdt>'))


LAW = [
    "**📜 What the law actually says**",
    "Data Protection Act 2018, section 3(5): “Data subject” means the identified or identifiable living individual "
    "to whom personal data relates.",
    "UK GDPR, Article 4(7): ‘controller’ means the natural or legal person, public authority, agency or other body "
    "which, alone or jointly with others, determines the purposes and means of the processing of personal data.",
    "UK GDPR, Article 4(8): ‘processor’ means a natural or legal person, public authority, agency or other body "
    "which processes personal data on behalf of the controller.",
]
CASES = [
    ("CASE FILE A – FitLife Gyms",
     "FitLife’s new joining form asks for your blood type, your religion and both of your parents’ names “just in "
     "case”. The form is only used to set up a gym membership.", ""),
    ("CASE FILE B – SnapPrint photo app",
     "When you sign up, a box saying “Share my email with our partners” is already ticked. Thousands of users "
     "start getting spam from companies they have never heard of.",
     "Hint: **consent** means the person has freely and clearly agreed to their data being used – silence or a "
     "pre-ticked box does not count."),
    ("CASE FILE C – Hollybank Academy",
     "The exams officer meant to email each Year 11 pupil their own results. Instead she attached the whole "
     "spreadsheet of results and sent it to every pupil in the year group.", ""),
]
EXAM = [
    ("State two rights that a data subject has under the Data Protection Act 2018.", 2),
    ("A school stores pupils’ medical information. Describe two ways the school can make sure it follows the "
     "Data Protection Act 2018.", 4),
    ("Explain what the ICO can do if an organisation breaks the Data Protection Act 2018.", 2),
]
MARK_SCHEME = [
    "1. Any two from: the right to be informed / of access (subject access request) / to have data corrected / "
    "to erasure (the ‘right to be forgotten’) / to object. 1 mark each.",
    "2. Two ways, 1 mark for the way and 1 for the description, e.g. only collect the medical information it "
    "actually needs (1) so it is not keeping data it has no use for (1); keep it secure (1) e.g. password "
    "protected and only seen by staff who need it (1); keep it up to date (1) by checking it with parents every "
    "year (1); delete it (1) when the pupil leaves the school (1).",
    "3. Investigate the organisation (1); fine it – up to £17.5 million or 4% of turnover (1); order it to change "
    "the way it handles personal data (1). Max 2.",
]


def case_files() -> bytes:
    document = f.new_docx(title="DPA case files")
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "GCSE Computer Science (J277)  ·  1.6.1 Legislation  ·  Lesson 2 of 3"
    section.footer.paragraphs[0].text = "Ms R Adeyemi · Computing Dept · v3 Nov 2024 · please don’t print in colour"
    document.add_heading("Case Files: Who broke the law?", level=0)
    line = f.para(document, "Name: ")
    _control(line, 184201, "Name")
    line.add_run("      Date: ")
    _control(line, 184202, "Date", kind="date")
    line.add_run("      Class: ")
    _control(line, 184203, "Class", kind="list", items=["10A/Cs1", "10B/Cs2", "10D/Cs3"])
    f.para(document, "**Learning objective:** Apply the data protection principles to real scenarios")
    f.para(document, "Type in the grey boxes on screen – don’t print this! Finished? Hand it in on Teams "
                     "(Assignments → ‘DPA case files’). Use the escape room if you get stuck: "
                     "https://view.genial.ly/6571b2e0c4f1a20014d3e9aa")
    f.box(document, LAW, fill="FFF2CC")
    f.para(document, "Lawyer-speak! 😅 Rewrite each one in your own words:")
    for ident, word in enumerate(("Data subject", "Data controller", "Data processor"), start=184210):
        _control(f.para(document, f"{word} = "), ident, word)
    document.add_heading("The case files", level=1)
    f.para(document, "Read each case. Pick the principle that was broken from the drop-down, then explain.")
    for ident, (heading, story, hint) in enumerate(CASES, start=184220):
        made = document.add_table(rows=3, cols=2)
        made.style = "Table Grid"
        f.cell_fill(made.rows[0].cells[0], "1F3864")
        merged = made.rows[0].cells[0].merge(made.rows[0].cells[1])
        f.add_marked_runs(merged.paragraphs[0], f"**{heading}**")
        made.rows[1].cells[0].text = "What happened"
        f.add_marked_runs(made.rows[1].cells[1].paragraphs[0], story)
        if hint:
            f.add_marked_runs(made.rows[1].cells[1].add_paragraph(), hint, size=9)
        made.rows[2].cells[0].text = "Which principle was broken? Why?"
        _control(made.rows[2].cells[1].paragraphs[0], ident, "Principle", kind="list", items=PRINCIPLES)
        _control(made.rows[2].cells[1].add_paragraph(), ident + 5, "Explain")
        f.para(document)
    document.add_heading("Exam corner", level=1)
    for number, (question, marks) in enumerate(EXAM, start=1):
        f.para(document, f"{number}. {question} [{marks}]")
        for _ in range(marks):
            f.para(document, "." * 110)
    document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "Mark scheme (teacher copy – delete this page before setting!)", bold=True)
    for answer in MARK_SCHEME:
        f.para(document, answer)
    return f.docx_bytes(document)


FILES = {
    "Genially - Escape the Data Breach.html": escape_room,
    "DPA case files.docx": case_files,
}
