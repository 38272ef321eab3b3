"""Held out. Year 8 styling web pages with CSS: a curriculum site's teacher lesson plan saved from the browser as
HTML (site navigation and a unit's lesson strip, "Question of the Day", an "Agenda" of timed links, "Students will
be able to:" objectives, a "Vocabulary" list of "**word** - meaning" items, "Teaching Guide" sections with
"Prompt:", a teacher-only "Discussion Goal", "Remarks" to read aloud and a "Teaching Tip" that defines one more
word, HTML and CSS in <pre>, "Check for Understanding" questions without answers, footer and scripts), the class's
Google Classroom stream printed from Chrome to PDF (print header and URL footer, the class banner and code,
"Upcoming", posts newest first: a question post whose answer is only in the teacher's class comment, an
assignment with attachments and comments, an announcement of key words to copy, an older material) and the
README.md of the remixed starter project (the project template's own text left in, then the teacher's task).
"""

from __future__ import annotations

from tests.corpus import formats as f

HEAD = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<!-- saved from url=(0072)https://curriculum.codeexplorers.org/units/web-dev/lessons/6/teacher -->
<title>Lesson 6: Styling with CSS - Teacher Guide | Code Explorers</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./Lesson 6_ Styling with CSS_files/application-4f2a9c.css">
<script async src="./Lesson 6_ Styling with CSS_files/gtag.js"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
</head>
<body class="lesson-plan teacher-view">
<header class="site-header"><a class="logo" href="https://codeexplorers.org/">Code Explorers</a>
<nav><ul><li><a href="/courses">Course Catalog</a></li><li><a href="/projects">Projects</a></li>
<li><a href="/teach">Teach</a></li><li class="user">Mr Okafor ▾</li><li><a href="/sign_out">Sign out</a></li></ul></nav>
</header>
<div class="unit-strip"><span class="unit">Unit 2 – Web Development</span>
<ol class="lesson-bubbles"><li><a href="../1/teacher">1</a></li><li><a href="../2/teacher">2</a></li>
<li><a href="../3/teacher">3</a></li><li><a href="../4/teacher">4</a></li><li><a href="../5/teacher">5</a></li>
<li class="current">6</li><li><a href="../7/teacher">7</a></li><li><a href="../8/teacher">8</a></li></ol></div>
"""

MAIN = """<main class="lesson">
<h1>Lesson 6: Styling with CSS</h1>
<p class="lesson-type">Skill Building &nbsp;|&nbsp; Unplugged + Online &nbsp;|&nbsp; 50 minutes</p>
<section id="overview"><h2>Overview</h2>
<p>Students have built a web page in HTML. Today they learn that the look of a page is written in a different
language from its content. After comparing two versions of the same page, students write their first CSS rule-sets
and link an external style sheet to their band page.</p>
<p class="qotd"><strong>Question of the Day:</strong> How can we make every page of a website look the same
without styling each page by hand?</p></section>
<aside class="agenda"><h2>Agenda</h2><ul>
<li><a href="#warm-up">Warm Up (5 minutes)</a></li>
<li><a href="#activity">Activity (35 minutes)</a></li>
<li><a href="#wrap-up">Wrap Up (10 minutes)</a></li>
<li><a href="#assessment">Assessment</a></li></ul>
<p><a class="btn" href="../../slides/6.pptx">View slides</a> <a class="btn" href="#">Print</a></p></aside>
<section id="objectives"><h2>Objectives</h2>
<p>Students will be able to:</p>
<ul><li>Explain why the content of a web page and its style are kept separate</li>
<li>Write CSS rule-sets that change the colour, font and size of HTML elements</li>
<li>Link an external style sheet to an HTML page</li></ul></section>
<section id="preparation"><h2>Preparation</h2><ul>
<li>Check that the starter project opens on the pupils' machines (school filter!)</li>
<li>Print one copy of the CSS cheat sheet per pair</li></ul></section>
<section id="links"><h2>Links</h2>
<p class="heads-up"><strong>Heads Up!</strong> Please make a copy of any documents you plan to share with students.</p>
<ul><li>For the teachers: <a href="https://docs.example.org/css-slides">Lesson 6 slides</a></li>
<li>For the students: <a href="https://docs.example.org/css-cheat-sheet">CSS cheat sheet</a> – Make a copy</li>
</ul></section>
<section id="vocabulary"><h2>Vocabulary</h2><ul>
<li><strong>CSS</strong> - Cascading Style Sheets, the language used to describe how the content of a web page
should look</li>
<li><strong>Selector</strong> - the part of a CSS rule-set that says which HTML elements the rules apply to</li>
<li><strong>Property</strong> - the feature of an element you want to change, such as color or font-size</li>
<li><strong>Value</strong> - what you set a property to, such as red or 20px</li>
<li><strong>Rule-set</strong> - a selector followed by a block of declarations inside curly braces { }</li>
</ul></section>
"""

GUIDE = """<section id="teaching-guide"><h2>Teaching Guide</h2>
<h3 id="warm-up">Warm Up (5 minutes)</h3>
<h4>Same page, two looks</h4>
<p><strong>Display:</strong> Show the two versions of the band page from the slides side by side.</p>
<p><strong>Prompt:</strong> Compare the two versions of the band page. Write down everything that changed and
everything that stayed the same.</p>
<aside class="discussion-goal"><h5>Discussion Goal</h5><p>Students should notice that the words, headings and
pictures did not change at all – only colours, fonts and sizes did. Draw out that the content and the style can be
written separately.</p></aside>
<h3 id="activity">Activity (35 minutes)</h3>
<div class="remarks"><h5>Remarks</h5><p>HTML tells the browser what is on the page. Today we will use a second
language, CSS, to tell the browser what it should look like.</p></div>
<p><strong>Model:</strong> Type this rule-set in front of the class, naming each part as you go.</p>
<pre><code>h1 {
  color: purple;
  font-family: Arial, sans-serif;
  font-size: 40px;
}</code></pre>
<aside class="tip"><h5>Teaching Tip</h5><p>Students often mix up property and value. A
<strong>declaration</strong> is one property and its value, ending in a semicolon – point at each part as you say
it. Leaving out a semicolon or a closing brace is the commonest bug today.</p></aside>
<p><strong>Link it:</strong> Show how the page finds its styles:</p>
<pre><code>&lt;head&gt;
  &lt;title&gt;The Lunchtime Legends&lt;/title&gt;
  &lt;link rel="stylesheet" href="style.css"&gt;
&lt;/head&gt;</code></pre>
<p><strong>Do This:</strong> Pupils remix the starter project and work through the task in its README. Circulate –
check that everyone has the <code>&lt;link&gt;</code> tag before they start styling.</p>
<h3 id="wrap-up">Wrap Up (10 minutes)</h3>
<p><strong>Journal:</strong> Draw a rule-set and label the selector, a property and a value.</p>
<p><strong>Share:</strong> Two or three pupils show their band page on the board.</p>
<h3 id="assessment">Assessment: Check for Understanding</h3>
<ol class="cfu"><li>Question: What is the difference between a selector and a property?</li>
<li>Question: Why is it useful to keep all of your CSS in one external style sheet?</li></ol>
<h3>Extended Learning</h3>
<p>Pupils who finish can look up the <code>border</code> and <code>background-color</code> properties.</p>
</section></main>
"""

FOOT = """<footer class="site-footer"><p>This curriculum is available under a Creative Commons License
(CC BY-NC-SA 4.0).</p><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/tos">Terms</a></li>
<li>© Code Explorers 2026</li></ul><p class="lang">Language: <select><option>English</option>
<option>Cymraeg</option></select></p></footer>
<script src="./Lesson 6_ Styling with CSS_files/application-9b1e3f.js"></script>
<script>document.querySelectorAll('.lesson-bubbles a').forEach(a => a.dataset.track = 'lesson-nav');</script>
</body>
</html>
"""


def lesson_plan() -> bytes:
    return (HEAD + MAIN + GUIDE + FOOT).encode("utf-8")


README = """# Hello Website!

This is your very own basic website, made with only HTML, CSS and a tiny bit of JavaScript. Edit the files and
watch the preview update as you type.

_Last updated: 28 November 2026_

## Prerequisites

You don't need to know anything to get started – just start editing!

## What's in this project?

← `README.md`: That's this file, where you can tell people what your cool website does and how you built it.

← `index.html`: This is the main page of your site. The preview shows this page.

← `style.css`: CSS files add styling rules to your content.

← `script.js`: Add interactivity here if you want to.

---

# 🎸 8X2 – Style your band page (Mr Okafor)

Our CSS lives in an **external style sheet** – a separate `.css` file that every page of the site links to with a
`<link>` tag in its `<head>`. Change it once and every page changes.

## Your task

1. Click **Remix** (top right) so you have your own copy. Rename it `8x2-yourname-band`.
2. Open `index.html` and change the band name and the three members to your own band.
3. Open `style.css` and finish the rule-sets below – keep the curly braces and the semicolons!
4. Add **one** rule-set of your own for the `li` elements.
5. Copy your project link and hand it in on Google Classroom.

```css
body {
  background-color: #FFF8E7;
  font-family: Verdana, sans-serif;
}

h1 {
  color: ;          /* pick a hex colour code */
  font-size: 48px;
}

p {
  /* make the paragraphs 18px */
}
```

### Stuck? 🤔

- Nothing changes? Check the `<link rel="stylesheet" href="style.css">` line is in the `<head>` of `index.html`.
- Half the page has gone plain? You have probably missed a `}`.
- Use the CSS cheat sheet on Classroom.

## Try this next

- [ ] Give your `h1` a border
- [ ] Centre the heading with `text-align`
- [ ] Make a second page (`tour.html`) that uses the same `style.css`

Made with Glitch 🎏 (remixed by Mr Okafor)
"""


def readme() -> bytes:
    return README.encode("utf-8")


class _ChromePrint(f.Pdf):
    """A page printed from Chrome with "Headers and footers" on: date and page title above, URL and page below."""

    def header(self) -> None:
        self.set_font(self.sans, "", 7)
        self.set_xy(8, 5)
        self.cell(60, 4, "07/12/2026, 15:36")
        self.set_x(80)
        self.cell(60, 4, "Stream - 8X2 Computing", align="C")

    def footer(self) -> None:
        self.set_font(self.sans, "", 7)
        self.set_xy(8, -9)
        self.cell(120, 4, "https://classroom.google.com/c/NjI4MzE5NDQ1NzYw")
        self.set_x(-30)
        self.cell(20, 4, f"{self.page_no()}/{{nb}}", align="R")


POSTS = [
    (
        "Mr Okafor posted a new question: Exit ticket – CSS",
        "10:42",
        [
            "Which CSS property would you use to change the colour of the text in a paragraph?",
            "29 answered   ·   1 assigned",
        ],
        [
            ("Jayden Morris", "10:44", "is it font-color"),
            (
                "Mr Okafor",
                "10:51",
                "Close Jayden! There is no font-color property in CSS. Well done everyone who said "
                "color – the answer is color (American spelling!)",
            ),
        ],
    ),
    (
        "Mr Okafor posted a new assignment: CSS: style your band page",
        "09:55",
        [
            "Due 11 Dec, 15:00",
            "Remix the starter project, then follow the steps in its README. When you have finished, copy your project "
            "link into this assignment and press Hand in.",
            "Band page starter – Glitch   https://glitch.com/~8x2-band-page-starter",
            "CSS cheat sheet   PDF",
        ],
        [
            ("Amira Khan", "10:02", "can we use our own band sir"),
            ("Mr Okafor", "10:05", "Yes – keep it school-appropriate please"),
        ],
    ),
    (
        "Mr Okafor",
        "4 Dec",
        [
            "Good morning 8X2 😊 Today we start CSS! Copy these into your book:",
            "• CSS = Cascading Style Sheets",
            "• A hex colour code is a colour written as # followed by six hexadecimal digits – two each for red, green "
            "and blue, e.g. #FF0000 is red.",
            "Remember your headphones on Thursday!",
        ],
        [("Leo Barnes", "4 Dec", "is #000000 black")],
    ),
    ("Mr Okafor posted a new material: Lesson 5 – HTML tags recap", "28 Nov", [], []),
]


def _post(
    pdf: _ChromePrint, heading: str, when: str, lines: list[str], comments: list[tuple[str, str, str]]
) -> None:
    """One stream card: who posted and when, the post, "n class comments" and the comments under a rule."""
    if pdf.get_y() > 200:
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_xy(34, top + 4)
    pdf.set_font(pdf.sans, "B", 10)
    pdf.multi_cell(140, 5, pdf.typed(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(34)
    pdf.set_font(pdf.sans, "", 8)
    pdf.cell(0, 5, when, new_x="LMARGIN", new_y="NEXT")
    for line in lines:
        pdf.set_x(34)
        pdf.set_font(pdf.sans, "", 10)
        pdf.multi_cell(150, 5, pdf.typed(line), new_x="LMARGIN", new_y="NEXT")
    if comments:
        pdf.line(30, pdf.get_y() + 2, 190, pdf.get_y() + 2)
        pdf.set_xy(34, pdf.get_y() + 4)
        pdf.set_font(pdf.sans, "", 8)
        count = len(comments)
        pdf.cell(0, 5, f"{count} class comment{'s' if count > 1 else ''}", new_x="LMARGIN", new_y="NEXT")
        for name, at, text in comments:
            pdf.set_x(38)
            pdf.set_font(pdf.sans, "B", 8)
            pdf.cell(0, 4, f"{name}   {at}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(38)
            pdf.set_font(pdf.sans, "", 9)
            pdf.multi_cell(145, 4.5, pdf.typed(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(34)
        pdf.set_font(pdf.sans, "", 8)
        pdf.cell(0, 6, "Add class comment…", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y() + 3
    pdf.set_draw_color(218, 220, 224)
    pdf.rect(28, top, 164, bottom - top, round_corners=True, corner_radius=3)
    pdf.set_fill_color(26, 115, 232)
    pdf.ellipse(29.5, top + 4.5, 3.5, 3.5, style="F")  # the poster's avatar, a coloured circle
    pdf.set_draw_color(0, 0, 0)
    pdf.set_y(bottom + 4)


def stream() -> bytes:
    pdf = _ChromePrint(title="Stream - 8X2 Computing")
    pdf.set_producer("Skia/PDF m131")
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_fill_color(30, 142, 62)
    pdf.rect(18, 14, 174, 34, style="F", round_corners=True, corner_radius=4)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(24, 26)
    pdf.set_font(pdf.sans, "B", 22)
    pdf.cell(0, 10, "8X2 Computing", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.set_font(pdf.sans, "", 11)
    pdf.cell(0, 6, "Mr Okafor · Spring 1" if pdf.unicode else "Mr Okafor - Spring 1")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 54)
    pdf.set_font(pdf.sans, "", 8)
    pdf.cell(0, 4, "Class code   k3x7pqa", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(18, 62)
    pdf.set_font(pdf.sans, "B", 9)
    pdf.cell(0, 5, "Upcoming", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18)
    pdf.set_font(pdf.sans, "", 8)
    pdf.cell(0, 4, pdf.typed("Due Friday – CSS: style your band page"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(18)
    pdf.cell(0, 5, "View all", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(28, 84)
    pdf.set_font(pdf.sans, "", 9)
    pdf.cell(0, 8, "Announce something to your class", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(98)
    for heading, when, lines, comments in POSTS:
        _post(pdf, heading, when, lines, comments)
    return pdf.output_bytes()


FILES = {
    "Lesson 6_ Styling with CSS - Teacher Guide _ Code Explorers.html": lesson_plan,
    "Stream - 8X2 Computing.pdf": stream,
    "README.md": readme,
}
