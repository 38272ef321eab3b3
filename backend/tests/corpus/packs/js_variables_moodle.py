"""Year 9 JavaScript variables and data types, the first lesson of a programming topic: the Moodle "Page" resource
pupils follow, saved from the browser as HTML (the site's navigation bar, the course index drawer, breadcrumbs,
activity dates and "Mark as done", headings, <strong> key words inside paragraphs, JavaScript in <pre><code>, an
ordered list of console steps, an embedded YouTube iframe, a "Check your understanding" list whose answers are in
<details>, the footer and Moodle's scripts), and the teacher's PowerPoint made from the school's template (its own
layout and placeholder names, the logo and strapline on the slide master, a Do Now on last topic, a "Keywords"
slide as a two-column table, code in Consolas text boxes, an exit ticket answered in the notes)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from tests.corpus import formats as f

TITLE = "Variables and data types"
SCHOOL = "Kingsbridge Academy"

OBJECTIVES = [
    "Declare variables in JavaScript using let and const",
    "Identify the data types string, number and boolean",
    "Use typeof to find the data type of a value",
    "Convert a string into a number using Number()",
]

# The same objectives as the slides, with the keywords in <code> as the page shows them.
OBJECTIVES_HTML = [
    "Declare variables in JavaScript using <code>let</code> and <code>const</code>",
    "Identify the data types string, number and boolean",
    "Use <code>typeof</code> to find the data type of a value",
    "Convert a string into a number using <code>Number()</code>",
]

CHECK = [
    ("What is the difference between <code>let</code> and <code>const</code>?",
     "<code>let</code> declares a variable whose value can change later; <code>const</code> declares a constant, "
     "whose value cannot be changed once it has been set."),
    ("What data type is the value <code>true</code>?", "Boolean."),
    ('What will <code>console.log("7" + 3)</code> output?',
     "<code>73</code> &ndash; one of the values is a string, so <code>+</code> joins them together "
     "(concatenation) instead of adding."),
    ("What does <code>typeof 3.14</code> give?",
     '<code>"number"</code> &ndash; JavaScript uses the same number type for whole numbers and decimals.'),
    ("A program asks for the user's age with <code>prompt()</code>. Why must you use <code>Number()</code> before "
     "adding 1 to it?",
     '<code>prompt()</code> always gives back a string, so <code>age + 1</code> would join "13" and 1 to make '
     '"131" instead of 14.'),
]

HEAD = """<!DOCTYPE html>
<html dir="ltr" lang="en" xml:lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Y9CS: 3.1 Variables and data types | KA Moodle</title>
<link rel="shortcut icon" href="https://moodle.kingsbridge.sch.uk/theme/image.php/boost/theme/1736100122/favicon">
<meta name="keywords" content="moodle, Y9CS: 3.1 Variables and data types | KA Moodle">
<link rel="stylesheet" type="text/css" href="./Y9CS_ 3.1 Variables and data types _ KA Moodle_files/all">
<link rel="stylesheet" type="text/css" href="./Y9CS_ 3.1 Variables and data types _ KA Moodle_files/all(1)">
<script>
//<![CDATA[
var M = {}; M.yui = {};
M.pageloadstarttime = new Date();
M.cfg = {"wwwroot":"https:\\/\\/moodle.kingsbridge.sch.uk","homeurl":{},"sesskey":"Xb1k9QpL2m","sessiontimeout":"28800",
"sessiontimeoutwarning":1200,"themerev":"1736100122","slasharguments":1,"theme":"boost","iconsystemmodule":
"core\\/icon_system_fontawesome","jsrev":"1736100122","admin":"admin","svgicons":true,"usertimezone":"Europe\\/London",
"language":"en","courseId":412,"courseContextId":5280,"contextid":5391,"contextInstanceId":9918,
"langrev":1736100122,"templaterev":"1736100122"};
//]]>
</script>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body id="page-mod-page-view" class="format-topics path-mod path-mod-page chrome dir-ltr lang-en yui-skin-sam
yui3-skin-sam moodle-kingsbridge-sch-uk pagelayout-incourse course-412 context-5391 cmid-9918 category-14 uses-drawers
drawer-open-index">
<div class="toast-wrapper mx-auto py-0 fixed-top" role="status" aria-live="polite"></div>
<div id="page-wrapper" class="d-print-block">
<div>
<a class="sr-only sr-only-focusable" href="#maincontent">Skip to main content</a>
</div>
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Site navigation">
  <a href="https://moodle.kingsbridge.sch.uk/" class="navbar-brand d-none d-md-flex align-items-center m-0 mr-4 p-0"
  aria-label="KA Moodle"><img src="./Y9CS_ 3.1 Variables and data types _ KA Moodle_files/ka-crest.png"
  class="logo mr-1" alt="KA Moodle"></a>
  <div class="primary-navigation">
    <nav class="moremenu navigation">
      <ul role="menubar" class="nav more-nav nav-tabs">
        <li data-key="home" class="nav-item" role="none"><a role="menuitem" class="nav-link"
          href="https://moodle.kingsbridge.sch.uk/">Home</a></li>
        <li data-key="myhome" class="nav-item" role="none"><a role="menuitem" class="nav-link"
          href="https://moodle.kingsbridge.sch.uk/my/">Dashboard</a></li>
        <li data-key="mycourses" class="nav-item" role="none"><a role="menuitem" class="nav-link"
          href="https://moodle.kingsbridge.sch.uk/my/courses.php">My courses</a></li>
      </ul>
    </nav>
  </div>
  <div id="usernavigation" class="navbar-nav ml-auto">
    <div class="popover-region collapsed" id="nav-notification-popover-container"><div class="sr-only">Toggle
      notifications menu</div></div>
    <div class="usermenu"><span class="userinitials size-35" title="Maya Osei">MO</span></div>
  </div>
</nav>
"""

COURSE_INDEX = """<div class="drawer drawer-left show d-print-none" id="theme_boost-drawers-courseindex">
  <div class="drawerheader"><span class="sr-only">Course index</span></div>
  <div class="drawercontent">
    <nav id="courseindex" class="courseindex">
      <div class="courseindex-section"><a href="#section-0" class="courseindex-link">General</a>
        <ul><li class="courseindex-item"><a href="#">Announcements</a></li>
            <li class="courseindex-item"><a href="#">Y9 Computer Science – seating plan and homework timetable</a></li>
        </ul></div>
      <div class="courseindex-section"><a href="#section-1" class="courseindex-link">Topic 1: Data representation</a>
        <ul><li class="courseindex-item"><a href="#">1.1 Bits, bytes and binary</a></li>
            <li class="courseindex-item"><a href="#">1.2 Characters and ASCII</a></li>
            <li class="courseindex-item"><a href="#">Topic 1 quiz</a></li></ul></div>
      <div class="courseindex-section"><a href="#section-2" class="courseindex-link">Topic 2: Web design</a>
        <ul><li class="courseindex-item"><a href="#">2.1 Planning a website</a></li>
            <li class="courseindex-item"><a href="#">2.2 Styling with CSS</a></li></ul></div>
      <div class="courseindex-section current"><a href="#section-3" class="courseindex-link">Topic 3: Programming
        in JavaScript</a>
        <ul><li class="courseindex-item"><a href="#">Topic 3 introduction</a></li>
            <li class="courseindex-item pageitem"><a href="#" aria-current="page">3.1 Variables and data types</a></li>
            <li class="courseindex-item"><a href="#">3.1 Console task (upload your screenshot)</a></li>
            <li class="courseindex-item"><a href="#">3.2 Operators and expressions</a></li>
            <li class="courseindex-item"><a href="#">3.3 Making decisions with if</a></li>
            <li class="courseindex-item"><a href="#">Topic 3 quiz</a></li></ul></div>
    </nav>
  </div>
</div>
"""

PAGE_HEADER = """<div id="page" data-region="mainpage" data-usertour="scroller" class="drawers show-drawer-left">
<div class="main-inner">
<header id="page-header" class="header-maxwidth d-print-none">
  <div class="w-100">
    <div class="d-flex flex-wrap">
      <div id="page-navbar">
        <nav aria-label="Navigation bar">
          <ol class="breadcrumb">
            <li class="breadcrumb-item"><a href="https://moodle.kingsbridge.sch.uk/course/view.php?id=412"
              title="Year 9 Computer Science">Y9CS</a></li>
            <li class="breadcrumb-item"><a href="https://moodle.kingsbridge.sch.uk/course/section.php?id=2207">Topic 3:
              Programming in JavaScript</a></li>
            <li class="breadcrumb-item"><span>3.1 Variables and data types</span></li>
          </ol>
        </nav>
      </div>
    </div>
    <div class="d-flex align-items-center">
      <div class="mr-auto"><div class="page-context-header"><div class="page-header-headings">
        <h1 class="h2">3.1 Variables and data types</h1></div></div></div>
    </div>
  </div>
</header>
<div id="topofscroll" class="main-inner">
<div id="page-content" class="pb-3 d-print-block">
<div id="region-main-box">
<section id="region-main" aria-label="Content">
<span class="notifications" id="user-notifications"></span>
<div class="activity-header" data-for="page-activity-header">
  <span class="sr-only">Completion requirements</span>
  <div data-region="activity-information" data-activityname="3.1 Variables and data types" class="activity-information">
    <div class="completion-info"><button class="btn btn-outline-secondary btn-sm text-nowrap" data-action="toggle-manual-completion">
      Mark as done</button></div>
    <div class="activity-dates"><div><strong>Opened:</strong> Monday, 6 January 2025, 12:00 AM</div></div>
  </div>
</div>
<div role="main"><span id="maincontent"></span>
<div class="box py-3 generalbox center clearfix"><div class="no-overflow">
"""

CONTENT = """<p>This is the first lesson of our JavaScript topic. Work through the page in order. If you were absent,
everything you need is here &ndash; the slides from the lesson are in the Topic 3 introduction.</p>
<h3>Learning objectives</h3>
<p>By the end of this lesson you should be able to:</p>
<ul>
{objectives}
</ul>
<h3>What is a variable?</h3>
<p>Programs need to remember things: a player's name, a score, whether the game is over. A <strong>variable</strong>
is a named location in memory that stores a value, and that value can change while the program is running.</p>
<p>Before you can use a variable you have to <strong>declare</strong> it, which means creating it and giving it a
name. In JavaScript you declare a variable with the keyword <code>let</code>. Giving a variable a value with the
<code>=</code> sign is called <strong>assignment</strong>.</p>
<p>Some values should never change, like the number of lives a player starts with. For these we use a
<strong>constant</strong>: a value declared with <code>const</code> that cannot be changed once it has been set. By
convention constants are written in capitals.</p>
<pre><code>let playerName = "Sam";
let score = 0;
score = score + 10;      // assignment: score is now 10
const MAX_LIVES = 3;
MAX_LIVES = 4;           // TypeError: Assignment to constant variable.</code></pre>
<p><em>Variable names can't have spaces in them and can't start with a number. We use camelCase: playerName,
highScore, livesLeft.</em></p>
<h3>Data types</h3>
<p>Every value has a <strong>data type</strong>, which tells the computer what kind of data it is and what can be
done with it. In this lesson we use three:</p>
<ul>
<li>a <strong>string</strong> is text: letters, digits, spaces and symbols written inside quotation marks, e.g.
<code>"Sam"</code> or <code>"07700 900123"</code></li>
<li>a <strong>number</strong> is any number, whole or decimal, e.g. <code>10</code> or <code>2.5</code>
(JavaScript doesn't have a separate integer type like Python does)</li>
<li>a <strong>boolean</strong> can only be <code>true</code> or <code>false</code></li>
</ul>
<p>If you declare a variable but don't give it a value, its value is <strong>undefined</strong>: it exists, but
nothing has been stored in it yet.</p>
<p>You can find out the type of any value with <strong>typeof</strong>, an operator that gives back the data type of
a value as a string:</p>
<pre><code>let speed = 2.5;
let gameOver = false;
let lives;
console.log(typeof speed);      // "number"
console.log(typeof gameOver);   // "boolean"
console.log(typeof lives);      // "undefined"</code></pre>
<h3>Joining and converting</h3>
<p>The <code>+</code> sign adds two numbers, but if either value is a string it joins them together instead. Joining
strings like this is called <strong>concatenation</strong>.</p>
<pre><code>console.log(5 + 3);       // 8
console.log("5" + 3);     // "53"
console.log("Hi " + playerName);   // "Hi Sam"</code></pre>
<p>Anything the user types into <code>prompt()</code> comes back as a string, even if they type a number. To do maths
with it you have to change it into a number first with <code>Number()</code>. Changing a value from one data type to
another is called <strong>type conversion</strong> (you might also hear it called casting).</p>
<pre><code>let age = prompt("How old are you?");   // "13"
let nextYear = Number(age) + 1;         // 14</code></pre>
<h3>Try it yourself</h3>
<p>You don't need to install anything &ndash; every web browser can run JavaScript.</p>
<ol>
<li>Open Google Chrome and go to any web page (this one is fine).</li>
<li>Press <kbd>F12</kbd> (or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>J</kbd>) to open the Developer Tools, then click
the <strong>Console</strong> tab.</li>
<li>Type <code>let age = 13;</code> and press Enter.</li>
<li>Type <code>typeof age</code> and press Enter. Write down what it shows.</li>
<li>Now type <code>age = "thirteen";</code> and then <code>typeof age</code> again. What has changed?</li>
<li>Try <code>"5" + 3</code> and then <code>Number("5") + 3</code>. Explain the difference.</li>
<li>Take a screenshot of your console and upload it to <a href="#">3.1 Console task</a>.</li>
</ol>
<h3>Watch</h3>
<p>This video goes over the same ideas. Watch up to 6:30 &ndash; the part after that is about arrays, which we'll do
later in the topic.</p>
<p><iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/aQk9G1xzPtE?rel=0"
title="JavaScript variables and data types for beginners" frameborder="0" allow="accelerometer; autoplay;
clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen=""></iframe></p>
<h3>Check your understanding</h3>
<p>Answer each question in your head or on paper first, then click to check.</p>
<ol>
{check}
</ol>
<p>Finished? Have a go at the <a href="#">Topic 3 quiz</a> questions on variables, or start
<a href="#">3.2 Operators and expressions</a>.</p>
"""

FOOTER = """</div></div>
<div class="modified">Last modified: Sunday, 5 January 2025, 7:42 PM</div>
</div>
<div class="mt-5 mb-1 activity-navigation container-fluid">
  <div class="row"><div class="col-md-4"><a href="#" id="prev-activity-link" class="btn btn-link">&#9664;&#xFE0E;
    Topic 3 introduction</a></div>
  <div class="col-md-4"><select id="jump-to-activity" class="custom-select"><option value="">Jump to...</option>
    <option>Announcements</option><option>1.1 Bits, bytes and binary</option><option>1.2 Characters and ASCII</option>
    <option>Topic 1 quiz</option><option>2.1 Planning a website</option><option>2.2 Styling with CSS</option>
    <option>Topic 3 introduction</option><option>3.1 Console task (upload your screenshot)</option>
    <option>3.2 Operators and expressions</option><option>3.3 Making decisions with if</option>
    <option>Topic 3 quiz</option></select></div>
  <div class="col-md-4"><a href="#" id="next-activity-link" class="btn btn-link">3.1 Console task (upload your
    screenshot) &#9654;&#xFE0E;</a></div></div>
</div>
</section>
</div>
</div>
</div>
<footer id="page-footer" class="footer-popover bg-white">
  <div class="footer-content-popover container" data-region="footer-content-popover">
    <div class="footer-section p-3 border-bottom"><div class="logininfo">You are logged in as
      <a href="#" title="View profile">Maya Osei</a> (<a href="#">Log out</a>)</div></div>
    <div class="footer-section p-3 border-bottom"><div><a href="#">Data retention summary</a></div>
      <div><a href="https://download.moodle.org/mobile?version=2022112808">Get the mobile app</a></div></div>
    <div class="footer-section p-3"><div>Powered by <a href="https://moodle.com">Moodle</a></div></div>
  </div>
  <div class="footer-content-debugging footer-dark bg-dark text-light"><div class="container-fluid
    footer-dark-inner"></div></div>
</footer>
</div>
</div>
</div>
<script>
//<![CDATA[
var require = { baseUrl : 'https://moodle.kingsbridge.sch.uk/lib/requirejs.php/1736100122/',
    enforceDefine: true, skipDataMain: true, waitSeconds : 0 };
M.util.js_pending('core/first');
require(['core/first'], function() { require(['theme_boost/loader', 'theme_boost/drawer'], function(Loader, Drawer) {
    Drawer.init(); M.util.js_complete('theme_boost/drawer'); }); M.util.js_complete('core/first'); });
//]]>
</script>
</body>
</html>
"""


def moodle_page() -> bytes:
    objectives = "\n".join(f"<li>{objective}</li>" for objective in OBJECTIVES_HTML)
    check = "\n".join(f"<li>{question}\n<details><summary>Show answer</summary><p>{answer}</p></details></li>"
                      for question, answer in CHECK)
    page = HEAD + COURSE_INDEX + PAGE_HEADER + CONTENT.format(objectives=objectives, check=check) + FOOTER
    return page.encode("utf-8")


# The school's PowerPoint template ----------------------------------------------------------------------------

NAVY = "1B2A4A"
# The template's layouts: (default layout index, the template's name, its placeholder names by idx)
LAYOUTS = {
    "title": (0, "KA Title Slide", {0: "Lesson Title", 1: "Course and Lesson No."}),
    "text": (1, "KA Heading + Text", {0: "Heading", 1: "Main Text"}),
    "do_now": (2, "KA Do Now", {0: "Do Now Banner", 1: "Do Now Questions"}),
    "two": (3, "KA Code + Explain", {0: "Heading", 1: "Left Box", 2: "Right Box"}),
    "heading": (5, "KA Heading Only", {0: "Heading"}),
}


def crest_png() -> bytes:
    """The school crest: a shield with the initials, as the template's logo."""
    image = Image.new("RGBA", (240, 280), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.polygon([(10, 10), (230, 10), (230, 150), (120, 270), (10, 150)], fill="#1b2a4a", outline="#c9a227")
    draw.line([(120, 20), (120, 250)], fill="#c9a227", width=6)
    draw.text((38, 60), "K", fill="#c9a227", font=f.font(90, bold=True))
    draw.text((135, 60), "A", fill="#c9a227", font=f.font(90, bold=True))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def _template() -> f.PptxPresentation:
    deck = f.new_pptx(title="KA Template 2024")
    deck.core_properties.author = "KA Marketing"
    deck.core_properties.last_modified_by = "Maya Osei"
    for index, name, placeholders in LAYOUTS.values():
        f.template_layout(deck, index, name, placeholders)
    f.master_picture(deck, crest_png(), left=9.15, top=6.75, width=0.6, height=0.7)
    f.master_text(deck, f"{SCHOOL}  •  Aspire  •  Achieve  •  Belong", left=0.3, top=7.05, width=6, height=0.35,
                  size=10, color=NAVY)
    return deck


def _code_box(slide: f.Slide, code: str, *, left: float, top: float, width: float, height: float) -> None:
    f.text_box(slide, code, left=left, top=top, width=width, height=height, size=16, font="Consolas")


def slides() -> bytes:
    deck = _template()
    layout = {key: value[0] for key, value in LAYOUTS.items()}
    f.template_slide(deck, layout["title"], {0: [TITLE], 1: ["Y9 Computer Science – Topic 3: JavaScript – L1"]})
    f.template_slide(deck, layout["do_now"], {0: ["Do Now"], 1: [
        "1. How many bits are there in a byte?",
        "2. Convert the binary number 1010 to denary.",
        "3. What is ASCII used for?",
        "4. Why does a computer need to store text and numbers differently?",
    ]}, notes="Answers: 1) 8  2) 10  3) to give every character a binary code so text can be stored  4) they are "
              "stored as different binary codes and used in different ways – you can do maths with numbers. Link "
              "Q4 to today: that's what data types are about.")
    f.template_slide(deck, layout["text"], {0: ["Learning objectives"], 1: OBJECTIVES})
    keywords = f.template_slide(deck, layout["heading"], {0: ["Keywords"]})
    f.slide_table(keywords, [
        ["Keyword", "Meaning"],
        ["variable", "a named location in memory that stores a value which can change"],
        ["constant", "a value that cannot be changed once it has been set (const)"],
        ["data type", "what kind of data a value is, and what can be done with it"],
        ["string", "text, written inside quotation marks"],
        ["number", "any number, whole or decimal"],
        ["boolean", "true or false"],
        ["concatenation", "joining strings together with +"],
    ], left=0.5, top=1.5, width=9, row_height=0.6)
    declare = f.template_slide(deck, layout["two"], {0: ["Declaring variables"], 1: [], 2: [
        "**let** creates (declares) a variable",
        "**=** gives it a value (assignment)",
        "**const** makes a constant – it can't be changed",
        "Names: no spaces, don't start with a number, use camelCase",
    ]}, notes="Live code this in the console rather than just showing the slide. Show the TypeError when you try "
              "to change MAX_LIVES – they love breaking things.")
    _code_box(declare, 'let playerName = "Sam";\nlet score = 0;\nscore = score + 10;\nconst MAX_LIVES = 3;', left=0.5,
              top=1.8, width=4.4, height=2.5)
    types = f.template_slide(deck, layout["two"], {0: ["What type is it?"], 1: [], 2: [
        '"Sam"  →  string',
        "2.5  →  number",
        "false  →  boolean",
        "let lives;  →  undefined",
        "**typeof** tells you the type of a value",
    ]})
    _code_box(types, 'let speed = 2.5;\nlet gameOver = false;\n\nconsole.log(typeof speed);\nconsole.log(typeof '
                     'gameOver);', left=0.5, top=1.8, width=4.4, height=2.8)
    predict = f.template_slide(deck, layout["heading"], {0: ["Predict the output"]})
    _code_box(predict, 'console.log(5 + 3);\nconsole.log("5" + 3);\nconsole.log("5" - 3);\n'
                       'console.log(Number("5") + 3);', left=0.8, top=1.8, width=8, height=2.4)
    f.text_box(predict, "Write your predictions on your mini whiteboard. Then test them in the console.", left=0.8,
               top=4.6, width=8, size=18)
    predict.notes_slide.notes_text_frame.text = (
        "8, 53, 2, 8. The third one catches everyone out: - only works on numbers, so JavaScript converts \"5\" to "
        "a number. + with a string joins them – concatenation. Number() is type conversion.")
    f.template_slide(deck, layout["text"], {0: ["Your turn"], 1: [
        "Open Moodle → Y9CS → Topic 3 → 3.1 Variables and data types",
        "Work through the Try it yourself steps in the Chrome console",
        "Upload your screenshot to 3.1 Console task",
        "Finished? Check your understanding questions at the bottom of the page",
    ]})
    f.template_slide(deck, layout["text"], {0: ["Exit ticket"], 1: [
        "1. Declare a constant called SCHOOL that stores the name of our school.",
        "2. What data type is 42? What data type is \"42\"?",
        "3. Why does \"3\" + 4 give 34 and not 7?",
    ]}, notes="Answers: 1) const SCHOOL = \"Kingsbridge Academy\";  2) number; string  3) \"3\" is a string, so + "
              "joins (concatenates) them instead of adding.")
    return f.pptx_bytes(deck)


FILES = {
    "Y9CS_ 3.1 Variables and data types _ KA Moodle.html": moodle_page,
    "Y9 JS L1 Variables and data types.pptx": slides,
}
