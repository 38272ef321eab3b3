"""Held out. Year 8 fake news and evaluating sources: a Nearpod lesson saved from the teacher's preview as HTML
(the Nearpod top bar with the join code, slides as <div>s carrying the activity type, a "Students will be able to:"
objectives slide, a poll, a "Matching Pairs" activity whose pairs give four key words and their meanings, a content
slide defining a word in a sentence, a video slide, an open-ended question, a "Time to Climb" quiz with the right
answer marked, a "Draw It" slide and scripts) and the Word worksheet that goes with it (school header, name and
class lines, a two-column table whose narrow shaded left column is a "KEY WORDS" sidebar of bold words with their
meanings on the line under, the tasks in the right column: three headlines to check, a SIFT table, an extension)."""

from __future__ import annotations

import html

from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt, RGBColor

from tests.corpus import formats as f

OBJECTIVES = [
    "Explain the difference between misinformation and disinformation",
    "Identify features of fake news stories and clickbait",
    "Use the SIFT method to check whether a source is reliable",
]
PAIRS = [
    ("Misinformation", "False or misleading information shared by someone who believes it is true"),
    ("Clickbait", "A headline or picture designed to make you click a link, often by exaggerating"),
    ("Disinformation", "False information made up and spread on purpose to trick people"),
    ("Satire", "Made-up news written to make fun of something, not meant to be believed"),
]
CLIMB = [
    ("Someone shares a fake story about a celebrity because they think it is true. This is…",
     ["Disinformation", "Misinformation", "Satire", "A deepfake"], 1),
    ("Which of these is a warning sign of clickbait?",
     ["The article names its author", "The headline says YOU WON’T BELIEVE WHAT HAPPENED NEXT!!",
      "The story is on a well-known news site", "The article has a date on it"], 1),
    ("What does the S in SIFT stand for?", ["Search", "Share", "Stop", "Source"], 2),
    ("A video of a head teacher saying something they never said, made with AI, is a…",
     ["Deepfake", "Meme", "Podcast", "Backup"], 0),
]

HEAD = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Spotting Fake News | Nearpod</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="https://nearpod.com/assets/css/np-player.8f3a1c.css">
<style>.np-slide{border:1px solid #ddd;margin:12px;padding:16px}.np-correct{color:#1b8a3a;font-weight:bold}</style>
<script>window.NP_CONFIG = {"presentationId": 88231947, "mode": "preview", "lang": "en-GB"};</script>
</head>
<body class="np-preview">
<header class="np-topbar">
  <a class="np-logo" href="https://nearpod.com/library">nearpod</a>
  <span class="np-mode">Teacher preview</span>
  <span class="np-code">Join code: <b>XKQ7P</b> &nbsp;|&nbsp; join at nearpod.com</span>
  <button class="np-btn">Share</button> <button class="np-btn">Exit</button>
</header>
<main class="np-deck">
"""


def _slide(number: int, kind: str, inner: str) -> str:
    return (f'<div class="np-slide" id="slide-{number}" data-slide-type="{kind}">\n'
            f'  <div class="np-slide-number">{number} / 11</div>\n{inner}\n</div>\n')


def nearpod() -> bytes:
    e = html.escape
    slides = []
    slides.append(_slide(1, "Slide", "  <h1>Spotting Fake News</h1>\n  <p>Year 8 Digital Literacy – Lesson 4</p>\n"
                         "  <p class=\"np-author\">Mr D. Okafor · Thornfield Academy</p>"))
    objs = "\n".join(f"    <li>{e(o)}</li>" for o in OBJECTIVES)
    slides.append(_slide(2, "Slide", f"  <h2>Lesson objectives</h2>\n  <p>Students will be able to:</p>\n  <ul>\n{objs}\n"
                         "  </ul>"))
    slides.append(_slide(3, "Poll", "  <div class=\"np-activity-label\">Poll</div>\n"
                         "  <h2>Have you ever shared something online that turned out to be fake?</h2>\n"
                         "  <ul class=\"np-options\"><li>Yes</li><li>No</li><li>Not sure</li></ul>"))
    cards = []
    for number, (term, meaning) in enumerate(PAIRS, start=1):
        cards.append(f'    <div class="np-pair" data-pair="{number}">\n'
                     f'      <div class="np-card np-card-a">{e(term)}</div>\n'
                     f'      <div class="np-card np-card-b">{e(meaning)}</div>\n    </div>')
    slides.append(_slide(4, "MatchingPairs", "  <div class=\"np-activity-label\">Matching Pairs</div>\n"
                         "  <h2>Match each word to what it means</h2>\n  <div class=\"np-pairs\">\n"
                         + "\n".join(cards) + "\n  </div>"))
    slides.append(_slide(5, "Slide", "  <h2>What is a deepfake?</h2>\n"
                         "  <p>A <strong>deepfake</strong> is a video, picture or voice recording that has been changed "
                         "using AI so that a real person appears to say or do something they never did.</p>\n"
                         "  <p>Look closely at: blinking, lips not matching the words, blurry edges round the face, "
                         "odd lighting.</p>"))
    slides.append(_slide(6, "Video", "  <div class=\"np-activity-label\">Video</div>\n"
                         "  <h2>Watch: How to spot fake news (3:12)</h2>\n"
                         "  <iframe src=\"https://www.youtube.com/embed/AkwWcHekMdo\" width=\"560\" height=\"315\" "
                         "title=\"How to spot fake news\"></iframe>"))
    slides.append(_slide(7, "Slide", "  <h2>Check before you share: SIFT</h2>\n  <ol>\n"
                         "    <li><b>S</b>top – don’t share straight away. How does it make you feel?</li>\n"
                         "    <li><b>I</b>nvestigate the source – who made this and why?</li>\n"
                         "    <li><b>F</b>ind better coverage – are trusted news sites reporting it too?</li>\n"
                         "    <li><b>T</b>race claims to the original – where did the quote or picture first "
                         "appear?</li>\n  </ol>"))
    slides.append(_slide(8, "OpenEnded", "  <div class=\"np-activity-label\">Open Ended Question</div>\n"
                         "  <h2>Why do people make fake news? Give two reasons.</h2>\n"
                         "  <textarea placeholder=\"Type your answer here\"></textarea>"))
    questions = []
    for number, (question, options, right) in enumerate(CLIMB, start=1):
        items = "\n".join(
            f'      <li class="np-option{" np-correct" if index == right else ""}">{e(option)}'
            f'{" ✓" if index == right else ""}</li>' for index, option in enumerate(options))
        questions.append(f'    <div class="np-question" data-q="{number}" data-time="30">\n'
                         f'      <p>Q{number}. {e(question)}</p>\n      <ul>\n{items}\n      </ul>\n    </div>')
    slides.append(_slide(9, "TimeToClimb", "  <div class=\"np-activity-label\">Time to Climb</div>\n"
                         "  <h2>Fake News Climb! Pick your avatar…</h2>\n" + "\n".join(questions)))
    slides.append(_slide(10, "DrawIt", "  <div class=\"np-activity-label\">Draw It</div>\n"
                         "  <h2>Draw or write one warning sign that a story might be fake</h2>"))
    slides.append(_slide(11, "Slide", "  <h2>Well done!</h2>\n  <p>Now open the worksheet on Teams: "
                         "<a href=\"https://teams.microsoft.com/l/file/8Y-fake-news\">Source checker worksheet</a></p>"))
    tail = ("</main>\n<footer class=\"np-footer\">© 2026 Nearpod Inc. · <a href=\"https://nearpod.com/privacy\">"
            "Privacy</a> · <a href=\"https://nearpod.com/terms\">Terms</a></footer>\n"
            "<script src=\"https://nearpod.com/assets/js/np-player.3b91e0.js\"></script>\n</body></html>\n")
    return (HEAD + "".join(slides) + tail).encode("utf-8")


SIDEBAR = [
    ("Source", "Where a piece of information comes from, e.g. a website, a newspaper or a person."),
    ("Reliable", "Can be trusted to be accurate and true."),
    ("Bias", "Only showing one side of a story, or unfairly favouring one person, group or opinion."),
    ("Fact-checking", "Checking a claim against other trustworthy sources before you believe it or share it."),
    ("Lateral reading", "Leaving a website to find out what other sites say about it and who wrote it."),
    ("Echo chamber", "When you only see opinions that agree with your own, because of who you follow and what "
     "the algorithm shows you."),
]
HEADLINES = [
    "A) “SCIENTISTS CONFIRM: Eating chocolate makes you smarter!!! Click to find out how much” – healthtips4u.biz",
    "B) “Heavy snow closes 200 schools across Yorkshire” – BBC News, 12 January",
    "C) “Government to ban homework for all under-16s, says leaked memo” – shared by @newz_daily_real (2 days old, "
    "no link)",
]


def worksheet() -> bytes:
    document = f.new_docx(title="Source checker")
    document.core_properties.author = "D Okafor"
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.left_margin = section.right_margin = Cm(1.5)
    header = section.header.paragraphs[0]
    header.text = "Thornfield Academy – Computing Department            Year 8 Digital Literacy"
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    f.para(document, "SOURCE CHECKER: Real or fake?", size=20, bold=True)
    f.para(document, "Name: ______________________     Class: 8____     Date: ____________")
    f.para(document, "Objective: Use the SIFT method to check whether a source is reliable")
    made = document.add_table(rows=1, cols=2)
    made.style = "Table Grid"
    made.autofit = False
    side, main = made.rows[0].cells
    side.width, main.width = Cm(5.0), Cm(13.0)
    f.cell_fill(side, "FFE699")
    heading = side.paragraphs[0]
    run = heading.add_run("KEY WORDS")
    run.bold = True
    run.font.size = Pt(14)
    run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    for word, meaning in SIDEBAR:
        f.add_marked_runs(side.add_paragraph(), f"**{word}**", size=11)
        f.add_marked_runs(side.add_paragraph(), meaning, size=9)
    f.add_marked_runs(side.add_paragraph(), "Stuck? Look back at the Nearpod!", size=9)
    first = main.paragraphs[0]
    f.add_marked_runs(first, "**Task 1 – Spot the warning signs**")
    f.add_marked_runs(main.add_paragraph(), "Read each headline. Highlight anything that makes you suspicious.")
    for headline in HEADLINES:
        f.add_marked_runs(main.add_paragraph(), headline)
    f.add_marked_runs(main.add_paragraph(), "")
    f.add_marked_runs(main.add_paragraph(), "**Task 2 – SIFT it!**")
    f.add_marked_runs(main.add_paragraph(), "Pick ONE headline and complete the table.")
    inner = main.add_table(rows=5, cols=2)
    inner.style = "Table Grid"
    for row, (step, prompt) in zip(inner.rows, [
        ("**Step**", "**What did you find?**"),
        ("Stop", "How does the headline make you feel? Why might that be a trick?"),
        ("Investigate the source", "Who wrote it? What do other sites say about them?"),
        ("Find better coverage", "Is anyone else reporting it? Which sites?"),
        ("Trace claims", "Where did the story or picture first appear?"),
    ], strict=True):
        f.add_marked_runs(row.cells[0].paragraphs[0], step)
        f.add_marked_runs(row.cells[1].paragraphs[0], prompt)
    f.add_marked_runs(main.add_paragraph(), "")
    f.add_marked_runs(main.add_paragraph(), "**Task 3 – Would you share it?**")
    f.add_marked_runs(main.add_paragraph(), "Explain your decision in 2–3 sentences. Use at least two key words "
                      "from the sidebar.")
    for _ in range(4):
        f.add_marked_runs(main.add_paragraph(), "_" * 60)
    f.add_marked_runs(main.add_paragraph(), "**Extension:** Why might social media make echo chambers worse?")
    footer = section.footer.paragraphs[0]
    footer.text = "Think before you share • Report it, don’t repost it"
    return f.docx_bytes(document)


FILES = {
    "Spotting Fake News - Nearpod.html": nearpod,
    "Source checker worksheet.docx": worksheet,
}
