"""Year 7 computational thinking: a lesson kept as a web page (saved from the school's site, with its styles,
scripts, navigation, cookie banner and footer around the lesson: headings, a <dl> of definitions and a bullet
with a bold term) and a Word table of flowchart symbols."""

from __future__ import annotations

from tests.corpus import formats as f

PAGE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Computational Thinking | Mr Smith's Computing</title>
<link rel="stylesheet" href="/assets/site.css">
<style>
  body { font-family: Arial, sans-serif; margin: 0; }
  nav a { padding: 0 1em; color: #004080; }
  .keyword { font-weight: bold; color: #b00; }
  .cookie-banner { position: fixed; bottom: 0; background: #333; color: white; }
</style>
<script async src="https://analytics.example/gtag.js"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date()); gtag('config', 'UA-000000-1');
</script>
</head>
<body>
<div class="cookie-banner">This site uses cookies to improve your experience. <button>Accept all</button></div>
<nav>
  <a href="/">Home</a> | <a href="/ks3">KS3</a> | <a href="/ks4">GCSE</a> | <a href="/clubs">Code Club</a> |
  <a href="/contact">Contact</a>
</nav>
<header>
  <h1>Computational Thinking</h1>
  <p class="subtitle">Year 7 &ndash; Lesson 1</p>
</header>
<main>
<section id="objectives">
  <h2>What we are learning today</h2>
  <ul>
    <li>Describe the four parts of computational thinking</li>
    <li>Use decomposition to break a problem into smaller parts</li>
    <li>Explain what abstraction means using an example</li>
  </ul>
</section>
<section>
  <h2>What is computational thinking?</h2>
  <ul>
    <li><strong>Computational thinking</strong> &ndash; a way of solving problems so that a computer (or a person)
    could carry out the solution</li>
  </ul>
  <p>There are four parts. Learn these key words &ndash; they will be in the end of unit test!</p>
  <dl>
    <dt>Decomposition</dt>
    <dd>Breaking a complex problem down into smaller, more manageable parts</dd>
    <dt>Pattern recognition</dt>
    <dd>Looking for similarities or trends between problems, or within a problem</dd>
    <dt>Abstraction</dt>
    <dd>Removing unnecessary detail so you can focus on what is important</dd>
    <dt>Algorithm</dt>
    <dd>A sequence of steps or rules to solve a problem</dd>
  </dl>
</section>
<section>
  <h2>Activity: plan a school trip</h2>
  <p>Work in pairs. Break the problem <em>&ldquo;plan a Year 7 trip to the zoo&rdquo;</em> down into at least
  five smaller problems. Then cross out any details that don't matter (that's abstraction!).</p>
  <p><a href="/downloads/trip-planner.docx">Download the planning sheet</a></p>
</section>
<script>document.getElementById('year').textContent = new Date().getFullYear();</script>
</main>
<footer>&copy; <span id="year"></span> Mr Smith's Computing &middot; <a href="/privacy">Privacy</a> &middot;
<a href="/cookies">Cookies</a></footer>
</body>
</html>
"""


def page() -> bytes:
    return PAGE.encode("utf-8")


def symbols() -> bytes:
    document = f.new_docx()
    document.add_heading("Flowchart symbols", level=1)
    f.para(document, "A **flowchart** is a diagram that shows the steps of an algorithm.")
    f.table(document, [
        ["Symbol", "Name", "What it is used for"],
        ["", "Terminator", "The start or end of the flowchart"],
        ["", "Process", "An instruction or action, e.g. ‘add 1 to score’"],
        ["", "Decision", "A question with a yes or no answer – the flowchart branches"],
        ["", "Input/Output", "Data going into or coming out of the algorithm"],
    ])
    f.para(document, "")
    f.para(document, "Draw the symbols in the first column. Then draw a flowchart for making toast.")
    return f.docx_bytes(document)


FILES = {
    "computational-thinking.html": page,
    "Flowchart symbols.docx": symbols,
}
