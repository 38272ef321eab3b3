"""Our plain text to HTML and back, for formats whose text is HTML (Moodle XML). Raw HTML is never stored: an
import keeps only the words, as a browser would show them.

Text → HTML escapes everything and keeps every line break and run of spaces (as <br> and &nbsp;), so code
indentation survives a round trip. HTML → text follows the browser's rules: spaces and line breaks in the source
collapse, except inside <pre>; <br> and block tags (<p>, <div>, <li>, …) break lines; entities are decoded;
comments, scripts and styles are dropped with their content.

HTML is read with linear scans rather than html.parser, which slows quadratically on some broken markup
(thousands of "<p " in a row) and fails outright on others ("<![<!["): a file must not do either."""

from __future__ import annotations

import html
import re

_HIDDEN_OPEN = re.compile(r"<(script|style)\b[^<>]*>", re.IGNORECASE)
TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|<![^<>]*>|<\?[^<>]*>")
BREAKS = {"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "ul", "ol", "table",
          "blockquote"}
_SOURCE_SPACE = re.compile(r"[ \t\r\n\f]+")
_LONE_SPACE = re.compile(r"(?<=[^ ]) (?=[^ ])")
_KEPT_SPACE = "\xa0"  # a space the reader must keep (from &nbsp; or inside <pre>)


def drop_comments(markup: str) -> str:
    """The markup without <!-- comments --> (to the end when one is never closed)."""
    kept, at = [], 0
    while (start := markup.find("<!--", at)) >= 0:
        kept.append(markup[at:start])
        end = markup.find("-->", start + 4)
        if end < 0:  # never closed: the rest is comment
            return "".join(kept)
        at = end + 3
    return "".join(kept) + markup[at:]


def drop_hidden(markup: str) -> str:
    """The markup without its scripts and styles, content and all (to the end when one is never closed)."""
    lower, kept, at = markup.lower(), [], 0
    while found := _HIDDEN_OPEN.search(markup, at):
        kept.append(markup[at:found.start()])
        end = lower.find("</" + found.group(1).lower(), found.end())
        close = lower.find(">", end) if end >= 0 else -1
        if close < 0:
            return "".join(kept)
        at = close + 1
    return "".join(kept) + markup[at:]


def text_to_html(text: str) -> str:
    """Plain text as one HTML paragraph: escaped, each line break a <br>, each space that HTML would collapse
    (leading, trailing, or beside another) a &nbsp;, tabs as &#9;."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\x00", "").split("\n"):
        escaped = _LONE_SPACE.sub("\x00", html.escape(line, quote=False))
        lines.append(escaped.replace(" ", "&nbsp;").replace("\x00", " ").replace("\t", "&#9;"))
    return "<p>" + "<br>\n".join(lines) + "</p>"


def html_to_text(markup: str, *, newlines_break: bool = False) -> str:
    """HTML as the text a browser shows (see the module's docstring). `newlines_break` is Moodle's "auto"
    format, where a line break in the source is a line break on the screen."""
    markup = drop_hidden(drop_comments(markup.replace("\r\n", "\n")))
    pieces, in_pre, at = [], 0, 0
    for tag in TAG.finditer(markup):
        pieces.append(_source_text(markup[at:tag.start()], in_pre > 0, newlines_break))
        at = tag.end()
        name = (tag.group(2) or "").lower()
        if name == "pre":
            in_pre = max(0, in_pre + (-1 if tag.group(1) else 1))
        if name in BREAKS:
            pieces.append("\n")
    pieces.append(_source_text(markup[at:], in_pre > 0, newlines_break))
    text = html.unescape("".join(pieces))
    lines = [line.strip(" ").replace(_KEPT_SPACE, " ").rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _source_text(text: str, preformatted: bool, newlines_break: bool) -> str:
    """A run of text between tags: kept as it is inside <pre> (its spaces marked as kept); otherwise its runs of
    spaces and line breaks collapsed to one space (line breaks kept when they break lines)."""
    if preformatted:
        return text.replace(" ", _KEPT_SPACE)
    if newlines_break:
        return "\n".join(_SOURCE_SPACE.sub(" ", part) for part in text.split("\n"))
    return _SOURCE_SPACE.sub(" ", text)
