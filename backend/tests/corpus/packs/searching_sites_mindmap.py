"""Held out. A Year 9 lesson on searching algorithms as pupils meet it on the department's Google Sites page,
saved from the browser ("Save page as… Web page, HTML only"): Google's generated class names and div nesting,
the site menu and footer ("Report abuse", "Page details"), headings carrying "Copy heading link" buttons, the
objectives as a bulleted list under "By the end of this lesson you will be able to:", the key words as
"collapsible text" groups (a button with the word, its meaning in a hidden panel), a Python linear search typed
into a text box line by line in Courier New with &nbsp; indents, the lesson steps as a numbered list, and
"Check your understanding" questions whose answers sit in collapsibles; with a revision mind map exported as a
tab-indented text outline (the root, branches, and key words as a node with its meaning as a child node)."""

from __future__ import annotations

import html

SITE = "Mr Hughes – Computing"
MENU = ["Home", "Year 7", "Year 8", "Year 9", "Homework", "Revision", "Clubs"]

OBJECTIVES = [
    "describe how a linear search finds an item in a list",
    "describe how a binary search finds an item in a sorted list",
    "compare the two searches and explain which is more efficient for a large sorted list",
]

KEY_WORDS = [
    ("Algorithm", "A precise set of steps to solve a problem or complete a task."),
    ("Linear search", "Checks each item in the list in turn, starting at the first, until it finds the target or "
                      "gets to the end of the list."),
    ("Binary search", "Looks at the middle item of a SORTED list and throws away the half that cannot contain "
                      "the target, again and again until the target is found or nothing is left."),
    ("Midpoint", "The middle item of the part of the list that is still being searched."),
    ("Efficiency", "How few steps (or how little time) an algorithm needs to do its job."),
]

STEPS = [
    "Starter: “Guess my number” – I am thinking of a number from 1 to 100. What is the best first guess?",
    "Unplugged: in pairs, find the card with the number 42 in a row of face-down cards – first in a jumbled row, "
    "then in a sorted row.",
    "Watch the two short videos and write down the steps of each search.",
    "Trace the Python linear search below with the list [7, 3, 9, 4] and the target 9.",
    "Check your understanding (below), then do the exit quiz on Google Forms.",
]

CODE = """def linear_search(items, target):
    for index in range(len(items)):
        if items[index] == target:
            return index
    return -1

numbers = [7, 3, 9, 4]
print(linear_search(numbers, 9))"""

QUESTIONS = [
    ("Why can binary search not be used on the list [8, 2, 5, 1, 9]?",
     "Because the list is not sorted – binary search only works on a sorted list."),
    ("A sorted list has 64 items. What is the largest number of items a binary search would need to look at?",
     "7 (64 → 32 → 16 → 8 → 4 → 2 → 1)."),
    ("What does the linear search code print when the target is 5?",
     "-1, because 5 is not in the list."),
]

STYLE = (".tyJCtd{font-family:Lato,sans-serif}.zfr3Q{font-size:12pt;line-height:1.38}.duRjpb{font-size:26pt}"
         ".OmQG5e{font-size:17pt}.C9DxTc{font-weight:normal}.n8H08c{margin:0;padding-left:24px}"
         ".wRcsqc{display:none}.sIAAlf{cursor:pointer;border-bottom:1px solid #dadce0}")


def _text(value: str, *, style: str = "") -> str:
    styled = f' style="{style}"' if style else ""
    return f'<span class="C9DxTc "{styled}>{html.escape(value, quote=False)}</span>'


def _paragraph(value: str, *, style: str = "") -> str:
    return f'<p dir="ltr" class="CDt4Ke zfr3Q">{_text(value, style=style)}</p>'


def _heading(level: int, anchor: str, value: str) -> str:
    size = "duRjpb" if level == 1 else "OmQG5e"
    return (f'<h{level} id="h.{anchor}" dir="ltr" class="zfr3Q {size} CDt4Ke">'
            f'<div class="GV3q8e aP9Z7e"></div>'
            f'<div class="CjVfdc" jsname="YBBqfd"><div class="PPhIP rviiZ">'
            f'<div role="button" class="U26fgb" aria-label="Copy heading link" tabindex="0">'
            f'<span class="wjp5md">link</span></div></div></div>{_text(value)}</h{level}>')


def _tile(inner: str) -> str:
    return (f'<div class="oKdM2c ZZyype"><div class="hJDwNd-AhqUyc-uQSCkd Ft7HRd-AhqUyc-uQSCkd jXK9ad D2fZ2 '
            f'OjCsFc wHaque GNzUNc"><div class="jXK9ad-SmKAyb"><div class="tyJCtd mGzaTb Depvyb baZpAe">'
            f'{inner}</div></div></div></div>')


def _section(*tiles: str) -> str:
    return f'<section class="yaqOZd"><div class="mYVXT"><div class="LS81yb VICjCf j5pSsc">' \
           f'{"".join(_tile(t) for t in tiles)}</div></div></section>'


def _list(items: list[str], *, numbered: bool) -> str:
    tag = "ol" if numbered else "ul"
    rows = "".join(f'<li class="zfr3Q TYR86d eD0Rn" style="list-style-type: {"decimal" if numbered else "disc"}">'
                   f'<p dir="ltr" class="CDt4Ke zfr3Q" role="presentation">{_text(item)}</p></li>'
                   for item in items)
    return f'<{tag} class="n8H08c UVNKR">{rows}</{tag}>'


def _collapsible(label: str, hidden: str) -> str:
    return (f'<div class="sIAAlf" jscontroller="gBsXSd"><div role="button" class="HiTMnb" aria-expanded="false" '
            f'tabindex="0">{_paragraph(label, style="font-weight: 700;")}'
            f'<span class="qLVKnf" aria-hidden="true">expand_more</span></div>'
            f'<div class="wRcsqc" jsname="Sw9eFe">{_paragraph(hidden)}</div></div>')


def _code() -> str:
    mono = "font-family: 'Courier New', Courier, monospace; font-size: 11pt;"
    lines = []
    for line in CODE.splitlines():
        indent = len(line) - len(line.lstrip(" "))
        typed = "&nbsp;" * indent + html.escape(line.lstrip(" "), quote=False) if line else "&nbsp;"
        lines.append(f'<p dir="ltr" class="CDt4Ke zfr3Q"><span class="C9DxTc " style="{mono}">{typed}</span></p>')
    return "".join(lines)


def _body() -> str:
    header = (f'<header class="BbxBP"><div class="Xpil1b">{html.escape(SITE)}</div><nav class="JzO0Vc">'
              + "".join(f'<a class="aJHbb dk90Ob" href="/view/hughes-computing/{item.lower().replace(" ", "-")}">'
                        f"{html.escape(item)}</a>" for item in MENU)
              + "</nav></header>")
    intro = (_heading(1, "k2f9d1x8", "Searching algorithms")
             + _paragraph("Lesson 2 – Linear search and binary search", style="font-size: 14pt;")
             + _paragraph("Year 9 • Algorithms unit • Work through this page from top to bottom."))
    objectives = (_heading(2, "p4s7w2c1", "Learning objectives")
                  + _paragraph("By the end of this lesson you will be able to:") + _list(OBJECTIVES, numbered=False))
    key_words = (_heading(2, "j8m3v6q0", "Key words")
                 + _paragraph("Click a key word to see what it means.")
                 + "".join(_collapsible(word, meaning) for word, meaning in KEY_WORDS))
    today = _heading(2, "t1r5b9n3", "Today's lesson") + _list(STEPS, numbered=True)
    code = (_heading(2, "c6g2h8z4", "Linear search in Python")
            + _paragraph("Read the code, then trace it in your book with the list [7, 3, 9, 4] and the target 9.")
            + _code())
    check = (_heading(2, "x3d7f1l5", "Check your understanding")
             + "".join(_collapsible(f"Q{n}. {question}", f"Answer: {answer}")
                       for n, (question, answer) in enumerate(QUESTIONS, start=1)))
    quiz = ('<div class="w536ob"><iframe title="Exit quiz" class="YMEQtf" '
            'src="https://docs.google.com/forms/d/e/1FAIpQLSexitquiz-y9-searching/viewform?embedded=true" '
            'width="100%" height="600" frameborder="0"></iframe></div>')
    footer = ('<div class="dZA9kd" role="contentinfo"><a class="hBW7Hb" href="https://sites.google.com/">'
              'Google Sites</a><span class="qbbRod">Report abuse</span><span class="qbbRod">Page details</span>'
              '<span class="qbbRod">Page updated</span></div>')
    return (header + '<div role="main" class="UtePc RCETm">'
            + _section(intro) + _section(objectives, key_words) + _section(today) + _section(code)
            + _section(check) + _section(quiz) + "</div>" + footer)


def site_page() -> bytes:
    page = ('<!DOCTYPE html><html lang="en-GB" itemscope itemtype="http://schema.org/WebPage"><head>'
            '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta property="og:title" content="Mr Hughes – Computing - Year 9 - Searching algorithms">'
            '<title>Mr Hughes – Computing - Year 9 - Searching algorithms</title>'
            '<script nonce="">window.WIZ_global_data = {"DpimGf":false,"EP1ykd":["/_/*"],"FdrFJe":"-4120",'
            '"Im6cmf":"/_/atari/_/","LVIXXb":1,"LoQv7e":false,"MT7f9b":[],"QrtxK":"0"};</script>'
            f'<style nonce="">{STYLE}</style></head><body>'
            f'<div class="LqzjUe"><div jsname="rmtOpd">{_body()}</div></div>'
            '<script nonce="">_F_installCss(".tyJCtd{}");</script></body></html>\n')
    return page.encode("utf-8")


MIND_MAP = """Searching algorithms
\tWhat is searching?
\t\tLooking through data to find one item (the target)
\t\tUsed in: search engines, the contacts on your phone, a library catalogue
\tLinear search
\t\tStart at the first item
\t\tIs it the target? Yes → stop, found it
\t\tNo → move to the next item
\t\tGot to the end? → not in the list
\t\t+ works on ANY list, sorted or not
\t\t– slow for big lists
\tBinary search
\t\tList MUST be sorted first!!
\t\tFind the midpoint
\t\tTarget bigger? → throw away the left half
\t\tTarget smaller? → throw away the right half
\t\tRepeat until found or no items left
\t\t+ much faster on big sorted lists
\t\t– list has to be sorted first
\tKey words
\t\tAlgorithm
\t\t\ta precise set of steps to solve a problem or complete a task
\t\tTarget
\t\t\tthe item you are searching for
\t\tMidpoint
\t\t\tthe middle item of the part of the list still being searched
\t\tWorst case
\t\t\tthe most steps an algorithm could ever need, e.g. the target is last or not there at all
\t\tEfficiency
\t\t\thow few steps an algorithm needs to do its job
\tCompare (1000 sorted items)
\t\tLinear: worst case 1000 checks
\t\tBinary: worst case 10 checks
\t\tHalving each time → binary wins on large sorted lists
\tExam tips
\t\tAlways say the list must be sorted for binary search
\t\tShow the midpoint at each step when you trace
"""


def mind_map() -> bytes:
    return MIND_MAP.encode("utf-8")


FILES = {
    "Searching algorithms - Y9 Computing - Mr Hughes.html": site_page,
    "Searching algorithms mind map.txt": mind_map,
}
