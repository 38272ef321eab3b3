"""Held out. Year 10 GCSE string manipulation in Python: the teacher's Jupyter notebook exported to HTML with
nbconvert (JupyterLab's stylesheet and MathJax scripts in the head, every cell a nest of "jp-" <div>s, Markdown
cells rendered with "¶" anchor links, the code cells highlighted by Pygments into one <span> a token with "In [n]:"
prompts, outputs in <pre>, two red error tracebacks with ANSI colour spans, empty "In [ ]:" task cells, the
objectives as a numbered list after "By the end of this notebook you will be able to:", each key word bold inside a
Markdown sentence – one "… is called **X**", one only in a code cell's comment – and numbered exam-style questions
in the last cell) and a Word sheet of Parsons puzzles (a header, name and date line, cut-out code strips in
Courier New shuffled in one-column tables with a distractor line each, "What does it print?" lines, a bare "Words
to use" list, "Explain it" questions, and after a page break the teacher's answers giving the strip orders and
short meanings)."""

from __future__ import annotations

import html

from docx.enum.text import WD_BREAK
from docx.shared import Pt, RGBColor
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import Python3Lexer

from tests.corpus import formats as f

OBJECTIVES = [
    "find the length of a string and the character at a given index",
    "use slicing to take out a substring",
    "join strings together with concatenation and use casting to join numbers to strings",
    "use string methods such as <code>.upper()</code>, <code>.lower()</code> and <code>.replace()</code>",
]

# Each cell: ("md", html) or ("code", source, output, prompt number or None, is_error).
CELLS: list[tuple] = [
    ("md", '<h1 id="Lesson-2:-Working-with-strings-🧵">Lesson 2: Working with strings 🧵<a class="anchor-link" '
           'href="#Lesson-2:-Working-with-strings-🧵">¶</a></h1>\n<p><strong>Y10 Computer Science – Programming '
           'fundamentals</strong><br>\nRun each cell with <kbd>Shift</kbd> + <kbd>Enter</kbd>. Do the ✏️ tasks in '
           'the empty cells. Save a copy to your own Drive first (<em>File → Save a copy</em>)!</p>\n'
           '<h3 id="By-the-end-of-this-notebook-you-will-be-able-to:">By the end of this notebook you will be able '
           'to:<a class="anchor-link" href="#By-the-end-of-this-notebook-you-will-be-able-to:">¶</a></h3>\n<ol>\n'
           + "".join(f"<li>{line}</li>\n" for line in OBJECTIVES) + "</ol>\n<hr>"),
    ("md", '<h2 id="1.-What-is-a-string?">1. What is a string?<a class="anchor-link" href="#1.-What-is-a-string?">¶'
           '</a></h2>\n<p>A <strong>string</strong> is a sequence of characters – letters, digits, spaces and '
           'symbols – stored as text. In Python we put strings inside quotation marks: <code>"hello"</code> or '
           "<code>'hello'</code>.</p>\n<p>The <code>len()</code> function gives you the <strong>length</strong> of a "
           "string, which is the number of characters in it (spaces count too!).</p>"),
    ("code", 'name = "Ada Lovelace"\nprint(name)\nprint(len(name))', "Ada Lovelace\n12\n", 1, False),
    ("md", '<h2 id="2.-Indexing">2. Indexing<a class="anchor-link" href="#2.-Indexing">¶</a></h2>\n<p>Every '
           "character in a string has a position number. The position of a character is called its <strong>index"
           "</strong>. Python starts counting at <strong>0</strong>, so the first character is at index 0 and the "
           "last one is at index <code>len(name) - 1</code>.</p>\n<table>\n<thead>\n<tr><th>Character</th><th>A</th>"
           "<th>d</th><th>a</th><th> </th><th>L</th><th>o</th></tr>\n</thead>\n<tbody>\n<tr><td>Index</td><td>0</td>"
           "<td>1</td><td>2</td><td>3</td><td>4</td><td>5</td></tr>\n</tbody>\n</table>"),
    ("code", 'print(name[0])\nprint(name[4])\nprint(name[-1])   # negative index = count from the end',
     "A\nL\ne\n", 2, False),
    ("code", "print(name[12])", None, 3, "IndexError"),
    ("md", "<p>🤔 <strong>Why did that go wrong?</strong> <code>name</code> has 12 characters, so the last index is "
           "11. There is no character at index 12.</p>"),
    ("md", '<h2 id="3.-Slicing">3. Slicing<a class="anchor-link" href="#3.-Slicing">¶</a></h2>\n<p><strong>Slicing'
           "</strong> means taking out part of a string using <code>[start:end]</code>. The part you take out is "
           "called a <strong>substring</strong>. ⚠️ The character at the <em>end</em> position is <strong>not"
           "</strong> included.</p>"),
    ("code", 'print(name[0:3])\nprint(name[4:])\nprint(name[:3].upper())', "Ada\nLovelace\nADA\n", 4, False),
    ("md", "<p>✏️ <strong>Task 1</strong> – make a variable <code>subject</code> that holds "
           '<code>"Computer Science"</code>. Print the first 8 characters, then the word <code>Science</code> '
           "using a slice.</p>"),
    ("code", "", None, None, False),
    ("md", '<h2 id="4.-Concatenation-and-casting">4. Concatenation and casting<a class="anchor-link" '
           'href="#4.-Concatenation-and-casting">¶</a></h2>\n<p>Joining two or more strings together to make one '
           "string is called <strong>concatenation</strong>. In Python we use the <code>+</code> operator.</p>"),
    ("code", 'first = "Grace"\nlast = "Hopper"\nfull = first + " " + last\nprint(full)\nage = 15\n'
             'print("Grace is " + age)', "Grace Hopper\n", 5, "TypeError"),
    ("code", '# CASTING = changing a value from one data type to another, e.g. str(15) turns the integer 15 into '
             'the string "15"\nprint("Grace is " + str(age))\nprint(int("7") + 3)', "Grace is 15\n10\n", 6, False),
    ("md", '<h2 id="5.-String-methods">5. String methods<a class="anchor-link" href="#5.-String-methods">¶</a></h2>'
           "\n<ul>\n<li><code>.upper()</code> → all capitals</li>\n<li><code>.lower()</code> → all small letters"
           "</li>\n<li><code>.replace(old, new)</code> → swaps one piece of text for another</li>\n"
           "<li><code>.find(text)</code> → the index where <code>text</code> first appears (or -1)</li>\n</ul>\n"
           "<p>Strings are <strong>immutable</strong>: once a string has been made it cannot be changed. The "
           "methods above don't change the string – they give you a <em>new</em> string.</p>"),
    ("code", 'password = "letmein"\nprint(password.upper())\nprint(password.replace("e", "3"))\n'
             'print(password.find("me"))\nprint(password)', "LETMEIN\nl3tm3in\n3\nletmein\n", 7, False),
    ("md", "<p>✏️ <strong>Task 2</strong> – ask the user for their first name and surname with <code>input()"
           "</code>. Make a username from the first 3 letters of the surname and the first letter of the first "
           "name, all in lower case, e.g. <code>Hopper</code>, <code>Grace</code> → <code>hopg</code>.</p>"),
    ("code", "", None, None, False),
    ("md", "<p>✏️ <strong>Task 3 (challenge)</strong> 🌶️ – count how many times the letter <code>e</code> appears "
           'in <code>"Never gonna give you up"</code> using a <code>for</code> loop. Can you do it again with '
           "<code>.count()</code>?</p>"),
    ("code", "", None, None, False),
    ("md", '<h2 id="Exam-style-questions-📝">Exam-style questions 📝<a class="anchor-link" '
           'href="#Exam-style-questions-📝">¶</a></h2>\n<p>Answer these in your exercise book.</p>\n<ol>\n'
           '<li>State the output of <code>print(len("GCSE 2025"))</code>. [1]</li>\n<li><code>word = "keyboard"</code>.'
           " Write the code to print the substring <code>\"board\"</code>. [2]</li>\n<li>Explain why "
           "<code>print(\"Score: \" + 10)</code> causes an error and how to fix it. [2]</li>\n<li>Define the term "
           "<em>concatenation</em>. [1]</li>\n</ol>\n<p>Finished? Try the Parsons puzzles sheet 🧩</p>"),
]

TRACEBACKS = {
    "IndexError": '<span class="ansi-red-fg">---------------------------------------------------------------------'
                  '------</span>\n<span class="ansi-red-fg">IndexError</span>                                Trace'
                  'back (most recent call last)\nCell <span class="ansi-green-fg">In[3], line 1</span>\n<span class='
                  '"ansi-green-fg">----&gt; 1</span> <span class="ansi-bold" style="color: rgb(0,135,0)">print</span>'
                  '(name[<span class="ansi-green-fg">12</span>])\n\n<span class="ansi-red-fg">IndexError</span>: '
                  "string index out of range\n",
    "TypeError": '<span class="ansi-red-fg">----------------------------------------------------------------------'
                 '-----</span>\n<span class="ansi-red-fg">TypeError</span>                                 Traceback '
                 '(most recent call last)\nCell <span class="ansi-green-fg">In[5], line 6</span>\n<span class='
                 '"ansi-green-fg">      4</span> <span class="ansi-bold" style="color: rgb(0,135,0)">print</span>(full)\n'
                 '<span class="ansi-green-fg">      5</span> age = <span class='
                 '"ansi-green-fg">15</span>\n<span class="ansi-green-fg">----&gt; 6</span> <span class="ansi-bold" '
                 'style="color: rgb(0,135,0)">print</span>(<span class="ansi-yellow-fg">"</span><span class='
                 '"ansi-yellow-fg">Grace is </span><span class="ansi-yellow-fg">"</span> + age)\n\n<span class='
                 '"ansi-red-fg">TypeError</span>: can only concatenate str (not "int") to str\n',
}

HEAD = """<!DOCTYPE html>
<html>
<head><meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">

<title>Y10_Strings_Lesson2</title><script src="https://cdnjs.cloudflare.com/ajax/libs/require.js/2.1.10/require.min.js"></script>




<style type="text/css">
    pre { line-height: 125%; }
td.linenos .normal { color: inherit; background-color: transparent; padding-left: 5px; padding-right: 5px; }
span.linenos { color: inherit; background-color: transparent; padding-left: 5px; padding-right: 5px; }
.highlight .hll { background-color: var(--jp-cell-editor-active-background) }
.highlight { background: var(--jp-cell-editor-background); color: var(--jp-mirror-editor-variable-color) }
.highlight .c { color: var(--jp-mirror-editor-comment-color); font-style: italic } /* Comment */
.highlight .k { color: var(--jp-mirror-editor-keyword-color); font-weight: bold } /* Keyword */
.highlight .o { color: var(--jp-mirror-editor-operator-color); font-weight: bold } /* Operator */
.highlight .p { color: var(--jp-mirror-editor-punctuation-color) } /* Punctuation */
.highlight .c1 { color: var(--jp-mirror-editor-comment-color); font-style: italic } /* Comment.Single */
.highlight .mi { color: var(--jp-mirror-editor-number-color) } /* Literal.Number.Integer */
.highlight .s2 { color: var(--jp-mirror-editor-string-color) } /* Literal.String.Double */
.highlight .nb { color: var(--jp-mirror-editor-builtin-color) } /* Name.Builtin */
.highlight .n { color: var(--jp-mirror-editor-variable-color) } /* Name */
</style>
<style type="text/css">
/*-----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
:root {
  --jp-cell-editor-background: var(--jp-layout-color1);
  --jp-cell-prompt-width: 64px;
  --jp-code-font-family: menlo, consolas, 'DejaVu Sans Mono', monospace;
  --jp-content-font-family: system-ui, -apple-system, blinkmacsystemfont, 'Segoe UI', helvetica, arial;
}
.jp-InputPrompt, .jp-OutputPrompt { color: var(--jp-cell-inprompt-font-color); font-family: var(--jp-cell-prompt-font-family); text-align: right; }
.jp-RenderedText pre .ansi-red-fg { color: #e75c58; }
.jp-RenderedText pre .ansi-green-fg { color: #00a250; }
.jp-RenderedText pre .ansi-yellow-fg { color: #ddb62b; }
.jp-RenderedText[data-mime-type='application/vnd.jupyter.stderr'] { background: var(--jp-rendermime-error-background); padding-top: var(--jp-code-padding); }
.jp-Notebook { padding: var(--jp-notebook-padding); outline: none; overflow: auto; }
</style>

<style type="text/css">
/* Force rendering true colors when outputing to pdf */
* { -webkit-print-color-adjust: exact; }
/* Misc */
a.anchor-link { display: none; }
.highlight  { margin: 0.4em; }
</style>

<!-- Load mathjax -->
    <script src="https://cdnjs.cloudflare.com/ajax/libs/mathjax/2.7.7/latest.js?config=TeX-AMS_CHTML-full,Safe"> </script>
    <!-- MathJax configuration -->
    <script type="text/x-mathjax-config">
    init_mathjax = function() {
        if (window.MathJax) {
        // MathJax loaded
            MathJax.Hub.Config({
                TeX: {
                    equationNumbers: {
                    autoNumber: "AMS",
                    useLabelIds: true
                    }
                },
                tex2jax: {
                    inlineMath: [ ['$','$'], ["\\\\(","\\\\)"] ],
                    displayMath: [ ['$$','$$'], ["\\\\[","\\\\]"] ],
                    processEscapes: true,
                    processEnvironments: true
                },
                displayAlign: 'center',
            });
            MathJax.Hub.Queue(["Typeset",MathJax.Hub]);
        }
    }
    init_mathjax();
    </script>
    <!-- End of mathjax configuration -->
</head>
<body class="jp-Notebook" data-jp-theme-light="true" data-jp-theme-name="JupyterLab Light">
<main>
"""


def _cell_id(number: int) -> str:
    return f"{(number * 2654435761) % 0xFFFFFFFF:08x}-{number:04x}-4c1d-9e2a-{(number * 97):012x}"


def _markdown(number: int, body: str) -> str:
    return (f'<div class="jp-Cell jp-MarkdownCell jp-Notebook-cell" id="cell-id={_cell_id(number)}">\n'
            '<div class="jp-Cell-inputWrapper" tabindex="0">\n'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n'
            '<div class="jp-InputArea jp-Cell-inputArea"><div class="jp-InputPrompt jp-InputArea-prompt">\n</div>'
            '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown jp-MarkdownOutput" '
            f'data-mime-type="text/markdown">\n{body}\n</div>\n</div>\n</div>\n</div>')


def _code(number: int, source: str, output: str | None, prompt: int | None, error: str | bool) -> str:
    shown = "&nbsp;" if prompt is None else str(prompt)
    code = highlight(source, Python3Lexer(), HtmlFormatter(nowrap=True)) if source else "\n"
    cell = (f'<div class="jp-Cell jp-CodeCell jp-Notebook-cell{" jp-mod-noOutputs" if not (output or error) else ""}'
            f'" id="cell-id={_cell_id(number)}">\n<div class="jp-Cell-inputWrapper" tabindex="0">\n'
            '<div class="jp-Collapser jp-InputCollapser jp-Cell-inputCollapser">\n</div>\n'
            '<div class="jp-InputArea jp-Cell-inputArea">\n'
            f'<div class="jp-InputPrompt jp-InputArea-prompt">In\u00a0[{shown}]:</div>\n'
            '<div class="jp-CodeMirrorEditor jp-Editor jp-InputArea-editor" data-type="inline">\n'
            '<div class="cm-editor cm-s-jupyter">\n'
            f'<div class="highlight hl-ipython3"><pre><span></span>{code}</pre></div>\n</div>\n</div>\n</div>\n</div>\n')
    children = []
    if output:
        children.append(("text/plain", html.escape(output)))
    if error:
        children.append(("application/vnd.jupyter.stderr", TRACEBACKS[error]))
    if children:
        cell += ('<div class="jp-Cell-outputWrapper">\n<div class="jp-Collapser jp-OutputCollapser '
                 'jp-Cell-outputCollapser">\n</div>\n<div class="jp-OutputArea jp-Cell-outputArea">\n')
        for mime, text in children:
            cell += ('<div class="jp-OutputArea-child">\n<div class="jp-OutputPrompt jp-OutputArea-prompt"></div>\n'
                     f'<div class="jp-RenderedText jp-OutputArea-output" data-mime-type="{mime}" tabindex="0">\n'
                     f"<pre>{text}</pre>\n</div>\n</div>\n")
        cell += "</div>\n</div>\n"
    return cell + "</div>"


def notebook() -> bytes:
    parts = []
    for number, cell in enumerate(CELLS, start=1):
        if cell[0] == "md":
            parts.append(_markdown(number, cell[1]))
        else:
            parts.append(_code(number, *cell[1:]))
    page = HEAD + "\n".join(parts) + "\n</main>\n</body>\n\n\n\n\n\n</html>\n"
    return page.encode("utf-8")


PUZZLES = [
    ("Puzzle 1 – Initials", [
        'print(initials)',
        'first = input("First name: ")',
        'initials = first[0] + last[0]',
        'initials = first[1] + last[1]',
        'last = input("Surname: ")',
    ], "Grace  /  Hopper"),
    ("Puzzle 2 – Shout it!", [
        'print(message + "!!!")',
        'message = input("Say something: ")',
        'message = message.upper()',
        'message.upper = message',
    ], "stop"),
    ("Puzzle 3 – Ticket code", [
        'print("Your code is " + code)',
        'code = town[0:3].upper() + str(seat)',
        'seat = 42',
        'code = town[0:3].upper() + seat',
        'town = "Leeds"',
    ], ""),
]
EXPLAIN = [
    "What is the index of the first character in a Python string?",
    "What is the difference between slicing and indexing?",
    "Puzzle 3 has a distractor line that would crash. Explain why.",
    "Why does message.upper() not change message unless you write message = message.upper()?",
]
ANSWERS = [
    "Puzzle 1: B, E, C, A (D is the distractor – it takes the 2nd letters). Prints GH.",
    "Puzzle 2: B, C, A (D is the distractor). Prints STOP!!!",
    "Puzzle 3: E, C, B, A (D is the distractor). Prints Your code is LEE42",
    "1. 0",
    "2. Indexing gets ONE character from its position; slicing gets a substring – a part of the string from a "
    "start to an end position.",
    "3. You cannot concatenate a string and an integer – seat needs casting to a string with str(seat).",
    "4. Strings are immutable – upper() makes a new string, it does not change the old one.",
]


def _strip_table(document, lines: list[str]) -> None:
    made = document.add_table(rows=len(lines), cols=2)
    made.style = "Table Grid"
    for row, (letter, line) in zip(made.rows, zip("ABCDE", lines, strict=False), strict=True):
        label, code = row.cells
        label.text = letter
        run = code.paragraphs[0].add_run(line)
        run.font.name = "Courier New"
        run.font.size = Pt(12)


def parsons() -> bytes:
    document = f.new_docx(title="Parsons puzzles")
    section = document.sections[0]
    section.header.paragraphs[0].text = "Computing Department\tY10 – Programming\tStrings L2"
    section.footer.paragraphs[0].text = "S:\\Computing\\KS4\\Programming\\Strings\\Parsons puzzles - strings.docx"
    f.para(document, "Name: ______________________    Class: ______    Date: ___ / ___ / ___")
    title = document.add_paragraph()
    run = title.add_run("🧩 Parsons Puzzles – Strings")
    run.bold, run.font.size = True, Pt(20)
    f.para(document, "Cut out the strips and put them in the right order to make a working program. Watch out – "
                     "each puzzle has ONE extra line that you don't need (a distractor)! Stick the working program "
                     "in your book and write what it prints.")
    f.para(document, "Words to use: string   index   slicing   substring   concatenation   casting   immutable",
           bold=False)
    for name, lines, sample in PUZZLES:
        f.para(document, name, bold=True, size=13)
        f.para(document, "✂ - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -")
        _strip_table(document, lines)
        if sample:
            f.para(document, f"Test it with: {sample}")
        f.para(document, "What does it print?  ______________________________________________")
    f.para(document, "Explain it", bold=True, size=13)
    for number, question in enumerate(EXPLAIN, start=1):
        f.para(document, f"{number}. {question}")
        f.para(document, "_" * 80)
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    heading = document.add_paragraph()
    run = heading.add_run("TEACHER ANSWERS – remove before printing")
    run.bold, run.font.color.rgb = True, RGBColor(0xC0, 0x00, 0x00)
    for line in ANSWERS:
        f.para(document, line)
    return f.docx_bytes(document)


FILES = {
    "Y10_Strings_Lesson2.html": notebook,
    "Parsons puzzles - strings.docx": parsons,
}
