"""Held out. Year 10 GCSE software development (the software development life cycle, waterfall and agile): an Edpuzzle
video lesson saved from the teacher's preview as HTML (the app's top bar and breadcrumb, the assignment's classes,
dates and settings, the YouTube video's title, channel and length, the teacher's description holding the objectives
as "After this video you will be able to:" then "– …" lines in a <p> with <br>s, then the video's timeline of items
each with a "mm:ss" time: notes defining key words, some in bold, an audio note with no words, multiple-choice
questions with the right option marked by a class and a "✓" – one key word defined only in the right option's
feedback – open-ended questions with a "Sample answer", the class's progress figures, footer and scripts) and a Word
sheet of marked mock-exam answers (a school header and footer, the six-mark question in a shaded box, two
candidates' answers cut into a two-column "Candidate's answer | Examiner's comment" table with ✓/✗ and the
examiner's comments in red the only place two key words are defined, "WWW/EBI" lines, the levels mark scheme as a
table and the indicative content as bullets, a bare "Key words to use" line, a "Now you try" question on dotted
lines)."""

from __future__ import annotations

import html

from docx.shared import Pt, RGBColor

from tests.corpus import formats as f

OBJECTIVES = [
    "describe the stages of the software development life cycle",
    "compare the waterfall model with agile development",
    "decide which approach suits a project and justify your choice",
]

# The video's timeline: (time, kind, content). Notes are the teacher's typed notes; questions carry their options
# as (text, correct, feedback).
TIMELINE = [
    ("00:00", "audio", "Audio note"),
    ("00:45", "note", "The <b>software development life cycle (SDLC)</b> is the set of stages a team goes through to "
                      "make a piece of software: analysis, design, implementation, testing, deployment and "
                      "maintenance. Copy this into your book!"),
    ("01:20", "mc", ("What happens in the analysis stage?", [
        ("Writing the code", False, ""),
        ("Finding out what the software must do", True, "Yes – this is where the requirements are agreed."),
        ("Fixing bugs after the software is released", False, ""),
        ("Testing the app with users", False, ""),
    ])),
    ("01:40", "note", "<b>Requirements</b> = the things the finished software must do (and how well it must do "
                      "them), agreed with the client at the start."),
    ("02:05", "note", "Waterfall model: the stages happen one after another in a fixed order, like water going "
                      "down steps – you only move on when a stage is complete. 💧"),
    ("02:30", "mc", ("In the waterfall model, when can the team go back to an earlier stage?", [
        ("Whenever they like", False, ""),
        ("Only at the end of each sprint", False, "No – sprints are part of agile, not waterfall."),
        ("Hardly ever – each stage is finished and signed off before the next one starts", True, ""),
        ("Never, it is against the law", False, ""),
    ])),
    ("03:00", "note", "Agile development: the software is built in small pieces, a bit at a time, with the client "
                      "giving feedback after each piece so that the plan can change."),
    ("03:10", "open", ("What is a sprint?", "A short, fixed period of work – usually 1 to 4 weeks – in which the "
                                            "team plans, builds and tests a small part of the software.")),
    ("03:50", "note", "In agile, requirements are often written as <b>user stories</b>: “As a player, I want to "
                      "save my progress so that I can carry on later.” A user story describes one thing a user "
                      "needs, from the user's point of view."),
    ("04:20", "mc", ("Which of these is NOT a feature of agile?", [
        ("Working in sprints", False, ""),
        ("Regular feedback from the client", False, ""),
        ("All of the design is finished before any code is written", True, "Correct – that is waterfall."),
        ("Changing the plan when the requirements change", False, ""),
    ])),
    ("05:30", "open", ("Give one reason a bank might choose the waterfall model for its new payment system.",
                       "The requirements are clear and will not change, and everything must be fully documented "
                       "and tested before anyone uses it.")),
    ("06:00", "mc", ("Which stage comes after the software has been released to users?", [
        ("Analysis", False, ""),
        ("Design", False, ""),
        ("Maintenance", True, "Correct! Maintenance means fixing bugs and making updates to the software after "
                              "it has been released."),
        ("Implementation", False, ""),
    ])),
]


def _item(time: str, kind: str, content, number: int) -> str:
    head = f'<div class="qi-time"><span class="clock">🕑</span> {time}</div>'
    if kind == "audio":
        return (f'<div class="timeline-item audio-note" data-time="{time}">{head}<div class="qi-type">🎧 Audio '
                f'note</div><div class="audio-player"><button class="play" aria-label="Play"></button>'
                f'<span class="dur">0:32</span></div></div>')
    if kind == "note":
        return (f'<div class="timeline-item note" data-time="{time}">{head}<div class="qi-type">📝 Note</div>'
                f'<div class="qi-body"><p>{content}</p></div></div>')
    if kind == "open":
        question, sample = content
        return (f'<div class="timeline-item question open-ended" data-time="{time}">{head}<div class="qi-type">'
                f'Open-ended question · {number}</div><div class="qi-body"><p>{html.escape(question)}</p>'
                f'<div class="sample-answer"><span class="label">Sample answer</span><p>{html.escape(sample)}</p>'
                f'</div><div class="points">Points: 2</div></div></div>')
    question, options = content
    rows = []
    for letter, (text, correct, feedback) in zip("ABCD", options, strict=True):
        tick = '<span class="tick">✓</span>' if correct else ""
        note = f'<div class="feedback">{html.escape(feedback)}</div>' if feedback else ""
        rows.append(f'<li class="answer{" correct" if correct else ""}"><span class="letter">{letter}</span>'
                    f'<span class="text">{html.escape(text)}</span>{tick}{note}</li>')
    return (f'<div class="timeline-item question multiple-choice" data-time="{time}">{head}<div class="qi-type">'
            f'Multiple-choice question · {number}</div><div class="qi-body"><p>{html.escape(question)}</p>'
            f'<ul class="answers">{"".join(rows)}</ul><div class="points">Points: 1</div></div></div>')


def edpuzzle() -> bytes:
    items, number = [], 0
    for time, kind, content in TIMELINE:
        if kind in ("mc", "open"):
            number += 1
        items.append(_item(time, kind, content, number))
    description = "<br>\n".join(["Watch the video and answer the questions as you go – you can rewatch any part "
                                 "but you can't skip ahead.", "", "After this video you will be able to:",
                                 *[f"– {objective}" for objective in OBJECTIVES], "",
                                 "Key words are in <b>bold</b> – copy them into your book. Mr P"])
    page = f"""<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Waterfall vs Agile – the software development life cycle | Edpuzzle</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./Waterfall vs Agile_files/app.4f2a1c.css">
<link rel="icon" href="https://edpuzzle.com/favicon.ico">
<script>window.__APP_CONFIG__ = {{"env":"production","locale":"en-GB","userRole":"teacher","mediaId":"6571c0ffee12ab34cd560f9e"}};</script>
<style>.timeline-item{{border-left:3px solid #ccc;padding:8px 14px;margin:10px 0}}.answer.correct{{background:#e6f6ea}}
.tick{{color:#1a8f3c;font-weight:bold;margin-left:6px}}.feedback{{font-size:12px;color:#555}}</style>
</head>
<body class="teacher-view">
<div id="root">
<header class="topbar">
  <a class="logo" href="https://edpuzzle.com/">edpuzzle</a>
  <nav class="main-nav"><a href="/content">My Content</a><a href="/discover">Discover</a><a href="/classes">My Classes</a><a href="/gradebook">Gradebook</a></nav>
  <div class="user-menu"><img class="avatar" src="./Waterfall vs Agile_files/avatar.png" alt=""><span>Mr R. Patel</span></div>
</header>
<div class="breadcrumb"><a href="/content">My Content</a> › <a href="/content/folder/y10">Year 10</a> › <a href="/content/folder/y10-sdlc">Software development</a></div>
<main class="media-page">
<section class="media-header">
  <h1 class="media-title">Waterfall vs Agile – the software development life cycle</h1>
  <div class="assign-info">
    <div>Assigned to: <span class="class-chip">10C Computer Science</span> <span class="class-chip">10D Computer Science</span></div>
    <div>Start: 04 Dec 2026, 08:00 · Due: 11 Dec 2026, 23:59</div>
    <div class="settings">Prevent skipping: <b>ON</b> · Closed captions: <b>ON</b> · Grading: 12 points</div>
  </div>
  <div class="video-card">
    <img class="thumb" src="./Waterfall vs Agile_files/hqdefault.jpg" alt="Video thumbnail">
    <div class="video-meta"><div class="video-title">Software Development Life Cycle – Waterfall and Agile explained</div>
    <div class="video-source">YouTube · TechEd Simplified · 6:12</div></div>
  </div>
  <div class="description"><h3>Description</h3><p>{description}</p></div>
</section>
<section class="timeline">
<h2>Questions and notes (6 questions · 6 notes)</h2>
{chr(10).join(items)}
</section>
<aside class="progress-panel">
  <h3>Class progress</h3>
  <table class="progress"><tr><th>Class</th><th>Students</th><th>Turned in</th><th>Avg. grade</th></tr>
  <tr><td>10C Computer Science</td><td>27</td><td>19</td><td>71%</td></tr>
  <tr><td>10D Computer Science</td><td>25</td><td>8</td><td>64%</td></tr></table>
  <a class="btn" href="/gradebook/6571c0ffee12ab34cd560f9e">Open gradebook</a>
</aside>
</main>
<footer class="site-footer">© 2026 Edpuzzle · <a href="/privacy">Privacy</a> · <a href="/terms">Terms</a> · <a href="https://support.edpuzzle.com">Help Center</a></footer>
</div>
<script src="./Waterfall vs Agile_files/vendor.9b1e2d.js"></script>
<script src="./Waterfall vs Agile_files/app.4f2a1c.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</body></html>
"""
    return page.encode("utf-8")


QUESTION_7 = [
    "**7**   A games company is making a new mobile app for teenagers. The managers are deciding whether to use "
    "the waterfall model or agile development to make the app.",
    "Evaluate which approach the company should use. Justify your answer.                                   **[6]**",
]
CANDIDATE_A = [
    ("The waterfall model is where you do all of the steps in order.",
     "✓ Right idea, but be precise: each stage is finished and signed off before the next one starts, and it is "
     "hard to go back."),
    ("Agile is better because it is quicker.",
     "✗ Agile is not automatically quicker. Say WHY it suits THIS project."),
    ("The stakeholders can change their mind.",
     "Define the term! A stakeholder is anyone who has an interest in the project or is affected by it – e.g. "
     "the client, the players, the managers. Say WHO would change their mind and why."),
    ("So I would use agile.", "Conclusion ✓ but not justified – link it back to the app."),
]
CANDIDATE_B = [
    ("The company should use agile development. In agile the app is made in short sprints, and at the end of "
     "each one the client sees a working part of the app.", "✓ Uses the key word sprint correctly."),
    ("This suits a games app because teenagers’ tastes change quickly, so the requirements are likely to change "
     "during the project, and agile lets the plan change.",
     "✓✓ Applied to the scenario – this is what lifts it into Level 3."),
    ("The company could also make a prototype and let a group of teenagers try it, so problems are found early.",
     "✓ Good use of ‘prototype’ – an early working model of the app made to get feedback from users before the "
     "final version is built."),
    ("The waterfall model would be less suitable because the whole app is planned at the start and it is hard to "
     "go back, so if the players do not like it, it is expensive to change. However, waterfall is easier to "
     "manage and gives a clear deadline and budget.",
     "✓ Balanced – a point for the other side shows evaluation."),
    ("Overall agile is the better choice because the app needs regular feedback from its users.",
     "✓ Justified conclusion."),
]
LEVELS = [
    ["**Level**", "**Marks**", "**Description**"],
    ["3", "5–6", "Thorough knowledge of both approaches, applied to the scenario throughout. A justified "
                 "conclusion."],
    ["2", "3–4", "Good knowledge of both approaches, some of it applied to the scenario. A conclusion that is "
                 "partly justified."],
    ["1", "1–2", "Basic knowledge of one or both approaches. Little or no link to the scenario."],
    ["0", "0", "Nothing worthy of credit."],
]
INDICATIVE = [
    "Waterfall: stages done in order; each stage signed off before the next; hard and expensive to go back; "
    "clear plan, deadline and budget; suits projects whose requirements are clear and fixed",
    "Agile: built in sprints; regular feedback from the client and users; requirements can change; working "
    "versions early; the client must be available",
    "Application: teenagers’ tastes and trends change; the app can be tried out by users; updates after release",
]


def _feedback_table(document, rows) -> None:
    made = document.add_table(rows=1 + len(rows), cols=2)
    made.style = "Table Grid"
    for cell, text in zip(made.rows[0].cells, ["Candidate’s answer", "Examiner’s comment"], strict=True):
        f.add_marked_runs(cell.paragraphs[0], f"**{text}**")
        f.cell_fill(cell, "D9D9D9")
    for row, (answer, comment) in zip(made.rows[1:], rows, strict=True):
        f.add_marked_runs(row.cells[0].paragraphs[0], answer)
        run = row.cells[1].paragraphs[0].add_run(comment)
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        run.italic = True


def marked_answers() -> bytes:
    document = f.new_docx(title="Mock Q7 exemplars")
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    section.header.paragraphs[0].text = "Hollins Park Academy – Computer Science\tY10 Mock Feedback"
    section.footer.paragraphs[0].text = "Exemplar answers shared with permission – names removed"
    f.para(document, "Mock Exam – Paper 2, Question 7: exemplar answers with examiner comments", size=16, bold=True)
    f.para(document, "Read both answers and the comments. Then use green pen to improve YOUR answer to Q7 on your "
                     "script.")
    f.box(document, QUESTION_7, fill="EDEDED")
    f.para(document)
    f.para(document, "Candidate A – 3/6 (Level 2, bottom)", size=13, bold=True)
    _feedback_table(document, CANDIDATE_A)
    f.para(document, "WWW: you know what both models are.")
    f.para(document, "EBI: use the scenario – “teenagers”, “mobile app” – in every point, and don’t just say one "
                     "is quicker.")
    f.para(document)
    f.para(document, "Candidate B – 6/6 (Level 3)", size=13, bold=True)
    _feedback_table(document, CANDIDATE_B)
    f.para(document, "WWW: a model answer – notice that no point is made without linking it to the games company.")
    f.para(document, "Mark scheme", size=13, bold=True)
    f.table(document, LEVELS)
    f.para(document, "Indicative content", bold=True)
    for line in INDICATIVE:
        f.para(document, line, style="List Bullet")
    f.para(document, "Key words to use: sprint · requirements · prototype · stakeholder · user story · "
                     "maintenance", bold=True)
    f.para(document)
    f.para(document, "Now you try", size=13, bold=True)
    f.para(document, "8   Describe two differences between the waterfall model and agile development.          "
                     "[4]")
    for _ in range(6):
        f.para(document, "." * 110)
    return f.docx_bytes(document)


FILES = {
    "Edpuzzle - Waterfall vs Agile.html": edpuzzle,
    "Mock Q7 - marked answers with examiner comments.docx": marked_answers,
}
