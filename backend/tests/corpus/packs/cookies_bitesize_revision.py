"""Held out. Year 8 cookies and online tracking: a BBC Bitesize-style revision guide saved from the browser as HTML
(the site's navigation and a "Part of Computer Science" breadcrumb, a "Revise / Test" tab bar, "Page 1 of 3" guide
pages one after another, shaded "Key points" panels, key words in <strong> inside paragraphs, a figure described
only by its caption, a "Glossary" list at the foot of the page, and a "Test section" quiz of multiple-choice
questions saved after a pupil submitted it, so each shows the pupil's pick and "Correct answer:") and the homework
the teacher set on Microsoft Teams copied into a .txt (the assignment header, instructions with "Learning
intentions:" lines, numbered steps, a rubric pasted as tab-separated rows, reference links and the class
chat under it)."""

from __future__ import annotations

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Cookies and online tracking - KS3 Computer Science Revision - BBC Bitesize</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./Cookies and online tracking_files/bitesize.css">
<style>
  .ks-panel { background: #f6f6f6; border-left: 6px solid #6b2bd6; padding: 12px 20px; }
  .quiz-result.correct { color: #2e7d32; } .quiz-result.wrong { color: #c62828; }
</style>
<script>window.__INITIAL_DATA__ = {"page":"revise","guide":"z7cq6yc","pages":3};</script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="orb">
  <nav aria-label="BBC"><ul>
    <li><a href="https://www.bbc.co.uk/">Home</a></li><li><a href="https://www.bbc.co.uk/news">News</a></li>
    <li><a href="https://www.bbc.co.uk/sport">Sport</a></li><li><a href="https://www.bbc.co.uk/weather">Weather</a></li>
    <li><a href="https://www.bbc.co.uk/iplayer">iPlayer</a></li><li><a href="https://www.bbc.co.uk/sounds">Sounds</a></li>
    <li><a href="https://www.bbc.co.uk/bitesize">Bitesize</a></li>
  </ul></nav>
  <form role="search"><input type="search" placeholder="Search BBC"><button>Search</button></form>
</header>
<nav class="bitesize-nav" aria-label="Bitesize">
  <a href="#">Bitesize</a> <a href="#">Home</a> <a href="#">Study support</a> <a href="#">Careers</a>
  <a href="#">My Bitesize</a> <a href="#">All Bitesize</a>
</nav>
<div class="breadcrumb">
  <a href="#">KS3</a> &gt; <a href="#">Computer Science</a> &gt; <a href="#">Digital literacy</a>
</div>
<main id="main">
<p class="part-of">Part of <a href="#">Computer Science</a> | <a href="#">Digital literacy</a></p>
<h1>Cookies and online tracking</h1>
<div class="tabs" role="tablist">
  <a role="tab" aria-selected="true" href="#revise">Revise</a>
  <a role="tab" href="#test">Test</a>
</div>

<section id="revise">
<div class="guide-page">
<p class="page-count">Page 1 of 3</p>
<h2>What is a cookie?</h2>
<p>When you visit a website, it often saves a small text file on your device. This is called a
<strong>cookie</strong>. The next time you visit, your <strong>web browser</strong> sends the cookie back, so
the website remembers you - for example, what is in your shopping basket or that you are logged in.</p>
<p>Cookies cannot run programs or carry viruses. They are just data, but that data can say a lot about you.</p>
<figure>
  <img src="./Cookies and online tracking_files/cookie-diagram.png" alt="">
  <figcaption>A website sends a cookie to the browser, and the browser sends it back on every visit.</figcaption>
</figure>
<p>A <strong>session cookie</strong> is deleted as soon as you close the browser. It remembers things only
while you are on the site. A <strong>persistent cookie</strong> stays on your device until a set expiry date,
which might be months or years away. Persistent cookies are what keep you logged in.</p>
<div class="ks-panel">
<h3>Key points</h3>
<ul>
  <li>A cookie is a small text file a website stores on your device.</li>
  <li>Session cookies are deleted when the browser closes; persistent cookies stay until they expire.</li>
  <li>Cookies hold data, not programs.</li>
</ul>
</div>
</div>

<div class="guide-page">
<p class="page-count">Page 2 of 3</p>
<h2>First-party and third-party cookies</h2>
<p>A <strong>first-party cookie</strong> is set by the website you are actually visiting. It is normally
useful: it remembers your language, your settings or your basket.</p>
<p>A <strong>third-party cookie</strong> is set by a different company whose content is on the page, such as
an advertising network. Because the same advertiser appears on thousands of sites, its cookie lets it follow
you from site to site and build up a <strong>profile</strong> - a record of your interests and habits.</p>
<p>This is used for <strong>targeted advertising</strong>: adverts chosen for you based on what you have looked
at. Have you ever looked at trainers on one site and then seen adverts for the same trainers everywhere? That
is tracking at work.</p>
<p>Cookies are not the only way to track you. A <strong>tracking pixel</strong> is a tiny invisible image,
often only one pixel in size, hidden in a web page or an email. When it loads, it tells the company that you
opened the page. <strong>Browser fingerprinting</strong> identifies you from the details of your device and
browser, such as your screen size, fonts and time zone, without storing anything on your device at all.</p>
<div class="ks-panel">
<h3>Key points</h3>
<ul>
  <li>First-party cookies come from the site you visit; third-party cookies come from other companies.</li>
  <li>Third-party cookies let advertisers track you across many websites.</li>
  <li>Tracking pixels and browser fingerprinting track you without ordinary cookies.</li>
</ul>
</div>
</div>

<div class="guide-page">
<p class="page-count">Page 3 of 3</p>
<h2>Cookies and the law</h2>
<p>In the UK, websites must ask for your <strong>consent</strong> before they store cookies that are not
essential to make the site work. That is why so many sites show a <strong>cookie banner</strong> - a pop-up
message asking you to accept or reject cookies - when you first visit.</p>
<p>The law that protects your <strong>personal data</strong> (any information that can identify you, such as
your name, your location or your email address) is the <strong>UK GDPR</strong>, together with the Data
Protection Act 2018.</p>
<h2>Protecting your privacy</h2>
<p>You can take control of what is collected about you:</p>
<ul>
  <li>Choose "Reject all" or "Manage settings" on cookie banners.</li>
  <li>Clear your cookies regularly in your browser's <strong>privacy settings</strong>.</li>
  <li>Block third-party cookies in your browser.</li>
  <li>Use <strong>private browsing</strong> (called Incognito in Chrome), which deletes cookies and history when
  you close the window. It does <em>not</em> make you invisible: websites and your school network can still see
  what you do.</li>
</ul>
<div class="ks-panel">
<h3>Key points</h3>
<ul>
  <li>Websites must ask for consent before using non-essential cookies.</li>
  <li>Personal data is protected by the UK GDPR.</li>
  <li>You can reject, block and clear cookies to protect your privacy.</li>
</ul>
</div>
<p class="pager"><a href="#">Previous page</a> | <a href="#test">Next: Test</a></p>
</div>
</section>

<section id="test">
<h2>Test section</h2>
<p>Question 1 of 5 to Question 5 of 5. Your score: 3 out of 5</p>
<ol class="quiz">
  <li>
    <p>What is a cookie?</p>
    <ul>
      <li><input type="radio" name="q1" disabled> A program that runs in your browser</li>
      <li><input type="radio" name="q1" checked disabled> A small text file a website stores on your device</li>
      <li><input type="radio" name="q1" disabled> A type of virus</li>
    </ul>
    <p class="quiz-result correct">You answered: A small text file a website stores on your device. Correct!</p>
  </li>
  <li>
    <p>Which type of cookie is deleted when you close your browser?</p>
    <ul>
      <li><input type="radio" name="q2" checked disabled> A persistent cookie</li>
      <li><input type="radio" name="q2" disabled> A session cookie</li>
      <li><input type="radio" name="q2" disabled> A third-party cookie</li>
    </ul>
    <p class="quiz-result wrong">You answered: A persistent cookie. Correct answer: A session cookie</p>
  </li>
  <li>
    <p>Who sets a third-party cookie?</p>
    <ul>
      <li><input type="radio" name="q3" disabled> The website you are visiting</li>
      <li><input type="radio" name="q3" checked disabled> A different company, such as an advertiser</li>
      <li><input type="radio" name="q3" disabled> Your internet provider</li>
    </ul>
    <p class="quiz-result correct">You answered: A different company, such as an advertiser. Correct!</p>
  </li>
  <li>
    <p>What does private browsing do?</p>
    <ul>
      <li><input type="radio" name="q4" checked disabled> It hides everything you do from everyone</li>
      <li><input type="radio" name="q4" disabled> It deletes cookies and history when you close the window</li>
      <li><input type="radio" name="q4" disabled> It stops adverts appearing</li>
    </ul>
    <p class="quiz-result wrong">You answered: It hides everything you do from everyone. Correct answer: It
    deletes cookies and history when you close the window</p>
  </li>
  <li>
    <p>Why must a website show a cookie banner?</p>
    <ul>
      <li><input type="radio" name="q5" disabled> To advertise its products</li>
      <li><input type="radio" name="q5" checked disabled> To ask for your consent before storing non-essential
      cookies</li>
      <li><input type="radio" name="q5" disabled> To check your age</li>
    </ul>
    <p class="quiz-result correct">You answered: To ask for your consent before storing non-essential cookies.
    Correct!</p>
  </li>
</ol>
<p><a href="#">Retake test</a></p>
</section>

<section class="glossary">
<h2>Glossary</h2>
<ul>
  <li><b>browser fingerprinting</b> - identifying a user from the details of their device and browser.</li>
  <li><b>consent</b> - permission given by a user, for example to store cookies.</li>
  <li><b>cookie</b> - a small text file stored on your device by a website.</li>
  <li><b>personal data</b> - any information that can identify a living person.</li>
  <li><b>profile</b> - a record of a person's interests and habits built up from their browsing.</li>
  <li><b>targeted advertising</b> - adverts chosen for a user from data collected about them.</li>
  <li><b>third-party cookie</b> - a cookie set by a company other than the website being visited.</li>
  <li><b>tracking pixel</b> - a tiny, invisible image that reports when a page or email is opened.</li>
</ul>
</section>

<aside class="related">
<h2>More guides on this topic</h2>
<ul><li><a href="#">Staying safe online</a></li><li><a href="#">Digital footprints</a></li>
<li><a href="#">Passwords</a></li></ul>
</aside>
</main>
<footer>
  <ul><li><a href="#">Terms of Use</a></li><li><a href="#">About the BBC</a></li><li><a href="#">Privacy Policy</a></li>
  <li><a href="#">Cookies</a></li><li><a href="#">Accessibility Help</a></li><li><a href="#">Contact the BBC</a></li></ul>
  <p>Copyright &copy; 2024 BBC. The BBC is not responsible for the content of external sites.</p>
</footer>
<script src="./Cookies and online tracking_files/orb.js"></script>
<script>require(["bitesize/quiz"], function (quiz) { quiz.init({ guide: "z7cq6yc", mode: "results" }); });</script>
</body>
</html>
"""

TEAMS_POST = """8X3 Computing
Posts   Files   Class Notebook   Assignments   Grades

Assignments > Cookies and online tracking - homework

Cookies and online tracking - homework
Due tomorrow at 23:59
Points: 16 points possible

Instructions
This week's homework follows on from Tuesday's lesson on how websites track you.

Learning intentions:
Explain what a cookie is and why websites use them
Compare first-party and third-party cookies
Describe ways to protect your privacy online

What to do:
1. Read all three pages of the Bitesize guide (link below)
2. Do the Test section at the end and screenshot your score
3. Open your browser's privacy settings at home and find out how many cookies are stored (ask an adult first!)
4. Write a short paragraph (100-150 words): "Should third-party cookies be banned?" Give at least one reason for and one against
5. Hand in the screenshot and your paragraph here

Rubric: Cookies homework
Criteria\tExcellent (4)\tGood (3)\tDeveloping (2)\tNot yet (0)
Key words\tUses cookie, third-party cookie, tracking and consent correctly\tUses most key words correctly\tUses one or two key words\tNo key words
Explanation\tExplains clearly how third-party cookies track users across sites\tExplains tracking with a small error\tDescribes tracking but does not explain it\tNo explanation
Argument\tGives reasons for and against and reaches a conclusion\tGives reasons for and against\tGives one side only\tNo argument
Quiz\tScreenshot shows 5/5\tScreenshot shows 3-4\tScreenshot shows 1-2\tNo screenshot

Reference materials
Cookies and online tracking - KS3 Computer Science - BBC Bitesize
https://www.bbc.co.uk/bitesize/guides/z7cq6yc/revision/1
ICO - Cookies and similar technologies (for the keen ones)
https://ico.org.uk/for-the-public/online/cookies/

Student work
+ Add work

Mark as done     Hand in

Class conversation
Leo P. 16:02
do we need to do the privacy settings bit if our parents say no
Ms Adeyemi 16:20
That's fine Leo, just write "not allowed" for step 3. Everything else still applies.
Hana R. 16:31
is it 150 words max
Ms Adeyemi 16:33
Yes - aim for 100-150.

Reply
"""


def revision_page() -> bytes:
    return PAGE.encode("utf-8")


def teams_homework() -> bytes:
    return TEAMS_POST.encode("utf-8")


FILES = {
    "Cookies and online tracking - KS3 Computer Science Revision - BBC Bitesize.html": revision_page,
    "Teams homework - cookies.txt": teams_homework,
}
