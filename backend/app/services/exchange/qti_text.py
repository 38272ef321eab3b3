"""A question's text as QTI's XHTML and back. Our text is plain, with `code` spans and ``` fenced code; written,
each paragraph is a <p> (a single line break a <br/>), a code span a <code>, fenced code a <pre><code>. Read,
any XHTML is reduced to that plain text: paragraphs, lists, headings and table rows become lines, <pre> becomes
fenced code, <code> a code span, and every other tag just its words (no markup is ever kept)."""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from app.services.exchange.qti_xml import child

FENCE = re.compile(r"```([^\n`]*)\n(.*?)\n?```", re.DOTALL)
CODE_SPAN = re.compile(r"`([^`\n]+)`")
BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table", "tbody", "thead",
          "tr", "section", "article", "figure", "figcaption", "dl", "dt", "dd", "qti-content-body", "qti-prompt"}
# Not the question's words: interactions (read on their own), rubrics for the marker, feedback, scripts.
SKIP_PREFIXES = ("qti-", "script", "style", "math", "object", "audio", "video")
KEPT_QTI = {"qti-content-body", "qti-prompt"}


# --- writing ---------------------------------------------------------------------------------------------------


def append_text(parent: Element, text: str) -> None:
    """The text as XHTML blocks appended to `parent`."""
    at = 0
    for found in FENCE.finditer(text):
        _paragraphs(parent, text[at:found.start()])
        pre = child(parent, "pre")
        language = found.group(1).strip()
        child(pre, "code", {"class": f"language-{language}"} if language else None, found.group(2))
        at = found.end()
    _paragraphs(parent, text[at:])


def _paragraphs(parent: Element, text: str) -> None:
    for paragraph in re.split(r"\n[ \t]*\n", text.strip("\n")):
        if paragraph.strip():
            append_inline(child(parent, "p"), paragraph)


def append_inline(parent: Element, text: str) -> None:
    """Text with `code` spans and line breaks as inline XHTML inside `parent`."""
    last: Element | None = None

    def add_text(piece: str) -> None:
        if last is None:
            parent.text = (parent.text or "") + piece
        else:
            last.tail = (last.tail or "") + piece

    for number, line in enumerate(text.split("\n")):
        if number:
            last = child(parent, "br")
        at = 0
        for found in CODE_SPAN.finditer(line):
            add_text(line[at:found.start()])
            last = child(parent, "code", text=found.group(1))
            at = found.end()
        add_text(line[at:])


# --- reading ---------------------------------------------------------------------------------------------------


def _spaces(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "")


def _skipped(tag: str) -> bool:
    return tag not in KEPT_QTI and tag.startswith(SKIP_PREFIXES)


def fenced(pre: Element) -> str:
    """A <pre> as fenced code, its language taken from a class such as language-python."""
    code = next(pre.iter("code"), None)
    classes = (code.get("class", "") if code is not None else "") + " " + pre.get("class", "")
    language = next((c[len("language-"):] for c in classes.split() if c.startswith("language-")), "")
    return f"```{language}\n{''.join(pre.itertext()).strip(chr(10))}\n```"


def _inline(node: Element, images: list[Element]) -> str:
    if node.tag == "br":
        return "\n"
    if node.tag == "img":
        images.append(node)
        return ""
    if _skipped(node.tag):
        return ""
    if node.tag == "code":
        return f"`{' '.join(''.join(node.itertext()).split())}`"
    return _spaces(node.text) + "".join(_inline(item, images) + _spaces(item.tail) for item in node)


def read_blocks(node: Element, out: list[str], images: list[Element]) -> None:
    """The plain-text paragraphs inside `node` appended to `out`; its pictures (img) appended to `images`."""
    line: list[str] = [_spaces(node.text)]

    def flush() -> None:
        text = "\n".join(part.strip() for part in "".join(line).split("\n")).strip()
        if text:
            out.append(text)
        line.clear()

    for item in node:
        if item.tag == "pre":
            flush()
            out.append(fenced(item))
        elif item.tag in BLOCKS:
            flush()
            read_blocks(item, out, images)
        elif not _skipped(item.tag):
            line.append(_inline(item, images))
        line.append(_spaces(item.tail))
    flush()


def plain_text(node: Element, images: list[Element] | None = None) -> str:
    """Everything readable inside `node` as our plain text."""
    out: list[str] = []
    read_blocks(node, out, images if images is not None else [])
    return "\n\n".join(out)
