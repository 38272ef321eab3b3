"""Web pages (.html, .htm): a lesson kept as a page of the school's site, read with the standard library's parser.

Headings, paragraphs, lists (nested), definition lists (<dt>/<dd> become laid-out terms), tables, <pre> code
(with the language a "language-…" class names) and bold words are kept; so are words the page marks out as a
learning app's pages mark key words: <mark>, or a span made bold or highlighted by its own style, by a rule of the
page's <style> for its class, or by a class named for it ("keyword", "highlight"). A word whose meaning is only in its
tooltip (<abbr title="…">, <dfn title="…">) is laid out with that meaning, as a <dt>/<dd> pair is. What is not the
lesson is left out: scripts, styles, navigation, footers, forms, buttons, embedded objects and anything marked hidden
— except a pop-up window, accordion body or feedback message that the page opens on a click (interactive-content
tools keep meanings and objectives there: its id named by a control, or its class naming such a panel). Nothing is
fetched (no stylesheet, script, image or link is followed) and no script runs. The page is fed to the parser in
pieces, with the time bound checked between them, and decoded within the same bounds as any document.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from app.services.documents import safety
from app.services.documents.blocks import Block, clean, text_block
from app.services.documents.extracted import ExtractedDocument, build_document
from app.services.documents.text_reader import decode

CHUNK = 64 * 1024  # characters fed to the parser between checks of the time bound
MAX_DEPTH = 200  # nesting deeper than this is not followed (lists within lists within lists…)
SKIPPED = {"script", "style", "noscript", "template", "nav", "footer", "svg", "math", "iframe", "object", "embed",
           "button", "form", "select", "textarea", "canvas", "audio", "video", "map", "dialog"}
SKIPPED_ROLES = {"navigation", "contentinfo", "search", "dialog", "alertdialog"}
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
BLOCKS = {"p", "div", "section", "article", "main", "header", "aside", "blockquote", "figure", "figcaption", "address",
          "details", "summary", "center", "hr", "br", "body", "html"}
HEADINGS = {f"h{n}": n for n in range(1, 7)}
LANGUAGE_CLASS = re.compile(r"\b(?:language|lang)-([\w+#-]+)")
# A style that marks words out: bold, or a highlight behind them.
MARKING_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|bolder|[6-9]00)"
                           r"|background(?:-color)?\s*:\s*(?!none|transparent|inherit|initial|unset)", re.IGNORECASE)
CLASS_SELECTOR = re.compile(r"^\s*(?:span|mark)?\.([\w-]+)\s*$")
# A control's link to the hidden panel it opens: aria-controls="x", data-target="#x", href="#x".
OPENED_ID = re.compile(r"""(?:aria-controls|data-(?:bs-)?target)\s*=\s*["']#?([\w-]+)["']|href\s*=\s*["']#([\w-]+)["']""",
                       re.IGNORECASE)
# A class that names a panel shown on a click: a pop-up window, a modal, an accordion's body, a feedback message.
REVEALED_CLASS = re.compile(r"(?:^|[\s_-])(?:window|pop-?up|modal|accordion|collapse|reveal|feedback)(?=$|[\s_-])",
                            re.IGNORECASE)
# An accordion's head: a button that says whether its panel is open, or names the panel it opens.
TOGGLE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-bs-toggle", "data-toggle")
TOGGLE_MARK = re.compile(r"\s*[▾▼▸▶►▴▲⌄⌃˅+−–-]+\s*$|^\s*[▾▼▸▶►+−]+\s*")  # the arrow or sign beside its words
TOGGLE_LEVEL = 3
# The site or tool a page was made with, after a bar at the end of its <title> ("Escape room | Genially"): it
# names where the page lives, not the lesson.
TOOL_NAME = re.compile(r"\s+\|\s+[^|]{1,30}$")
# A heading's permalink ("¶", "#"), as nbconvert (Jupyter), Sphinx, markdown-it and Docusaurus write it: the page's
# own stylesheet shows it only on hover, so it is no part of the heading's words.
PERMALINK_CLASS = re.compile(r"(?:^|\s)(?:anchor-link|headerlink|header-anchor|heading-anchor|hash-link)(?=$|\s)")
MARKING_CLASS = re.compile(r"(?:^|[\s_-])(?:key-?words?|key-?terms?|highlight(?:ed)?)(?=$|[\s_-])", re.IGNORECASE)


def read_html(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """A web page's lesson content as blocks; its <title> is used only when the page has no heading."""
    text = decode(name, data, limits, budget)
    page = _LessonPage({match[1] or match[2] for match in OPENED_ID.finditer(text)})
    for start in range(0, len(text), CHUNK):
        budget.check_time(limits)
        page.feed(text[start:start + CHUNK])
    page.close()
    page.finish()
    return build_document(name, "html", page.blocks, size_bytes=len(data), max_text_chars=limits.max_text_chars,
                          title=TOOL_NAME.sub("", clean(page.title)))


class _LessonPage(HTMLParser):
    """Blocks from a page as its tags arrive: text gathers until a block-level tag ends it."""

    def __init__(self, opened: set[str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.opened = opened or set()  # ids of hidden panels that a control on the page opens
        self.panels: list[tuple[int, int]] = []  # open revealed panels: (their depth, the blocks before them)
        self.blocks: list[Block] = []
        self.title = ""
        self.in_title = False
        self.skipping: list[str] = []  # the open tags whose content is left out
        self.text: list[str] = []
        self.bold: list[str] = []  # bold phrases of the text being gathered
        self.bold_depth = 0
        self.bold_text: list[str] = []
        self.styles: list[str] = []  # the page's own <style> sheets
        self.marking_classes: tuple[int, set[str]] = (0, set())  # (for how many pieces of style, the classes)
        self.spans: list[bool] = []  # open <span>/<mark> elements, innermost last: whether each marks its words out
        self.lists: list[str] = []  # "ul" / "ol", innermost last
        self.kind = "paragraph"  # what the gathered text will be: "paragraph", "item", "h2", "dt", "dd"
        self.term = ""  # a <dt> waiting for its <dd>
        self.tables: list[list[list[str]]] = []  # open tables (innermost last), each a list of rows
        self.cells: list[list[str]] = []  # the text of open cells (innermost last)
        self.pre: list[str] | None = None
        self.pre_language = ""
        self.depth = 0
        self.count = 0  # paragraphs and tables so far, for where each block is
        self.toggle_head = -1  # the index of the last accordion head read, whose panel may follow
        self.tooltip: tuple[str, list[str]] | None = None  # an open <abbr>/<dfn title="meaning">: meaning, its words
        self.tooltips: list[tuple[str, str]] = []  # the text's words whose meanings are only in a tooltip
        self.lead_span = 0  # how many spans are open when one opens a list item's text: its option letter, maybe

    # Tags ------------------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skipping and tag == "button" and _toggles_a_panel(dict(attrs)):
            self.end_text()  # an accordion's head: the title of the panel it opens, read as a heading
            self.kind, self.depth = "toggle", self.depth + 1
            return
        if self.skipping or self._hidden(tag, dict(attrs)):
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if tag not in VOID:
            self.depth += 1
        if self.depth > MAX_DEPTH:
            return
        if tag not in VOID and self._revealed(dict(attrs)):
            self.end_text()
            self.panels.append((self.depth, len(self.blocks)))
        if tag == "title":
            self.in_title = True
        elif tag in ("abbr", "dfn") and clean(dict(attrs).get("title") or ""):
            self.tooltip = (clean(re.sub(r"\s+", " ", dict(attrs)["title"] or "")), [])
        elif tag in ("strong", "b"):
            self.bold_depth += 1
        elif tag in ("span", "mark"):
            self.spans.append(tag == "mark" or self._marking(dict(attrs)))
            self.bold_depth += self.spans[-1]
            if self.kind == "item" and not self.cells and not "".join(self.text).strip():
                self.lead_span = len(self.spans)
        elif tag == "pre":
            self.end_text()
            self.pre, self.pre_language = [], self._language(dict(attrs))
        elif tag == "code" and self.pre is not None and not self.pre_language:
            self.pre_language = self._language(dict(attrs))
        elif tag in ("ul", "ol"):
            self.end_text()
            self.lists.append(tag)
        elif tag in ("li", "dt", "dd") or tag in HEADINGS:
            self.end_text()
            self.kind = "item" if tag == "li" else tag
        elif tag == "table":
            self.end_text()
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self.cells.append([])
        elif self.cells and (tag in BLOCKS or tag == "li"):
            self.cells[-1].append("\n")  # a cell's paragraphs are its lines, as a Word cell's are
        elif tag in BLOCKS:
            self.end_text(newline=tag == "br")

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            elif tag in ("body", "html"):
                self.skipping.clear()  # a skipped element left open: the page's end closes it
            return
        if self.panels and self.panels[-1][0] == self.depth:
            self.end_panel()
        self.depth = max(0, self.depth - 1)
        if tag in ("span", "mark") and self.lead_span and self.lead_span == len(self.spans):
            self.end_option_letter()
        if tag == "title":
            self.in_title = False
        elif tag in ("abbr", "dfn") and self.tooltip is not None:
            meaning, words = self.tooltip
            self.tooltip = None
            if word := clean(re.sub(r"\s+", " ", "".join(words))):
                self.tooltips.append((word, meaning))
        elif (tag in ("strong", "b") or (tag in ("span", "mark") and self.spans and self.spans.pop())) \
                and self.bold_depth:
            self.bold_depth -= 1
            if not self.bold_depth and (phrase := clean("".join(self.bold_text))):
                self.bold.append(phrase)
            self.bold_text = [] if not self.bold_depth else self.bold_text
        elif tag == "pre" and self.pre is not None:
            self.blocks.append(Block("code", "".join(self.pre).strip("\n"), where=self._where(), language=self.pre_language))
            self.pre = None
        elif tag in ("ul", "ol") and self.lists:
            self.end_text()
            self.lists.pop()
        elif tag in ("td", "th") and self.cells:
            self.end_cell()
        elif tag == "table" and self.tables:
            self.end_table()
        elif tag in ("li", "dt", "dd", "button") or tag in HEADINGS or tag in BLOCKS:
            self.end_text()

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping[-1] == "style":
                self.styles.append(data)
            return
        if self.tooltip is not None:
            self.tooltip[1].append(data)
        if self.in_title:
            self.title += data
        elif self.pre is not None:
            self.pre.append(data)
        elif self.cells:
            self.cells[-1].append(data)
        else:
            self.text.append(data)
            if self.bold_depth:
                self.bold_text.append(data)

    # Blocks ----------------------------------------------------------------------------------------------
    def end_text(self, *, newline: bool = False) -> None:
        """The gathered text as a block of the kind its tags made it."""
        text = clean(re.sub(r"\s+", " ", "".join(self.text)))
        kind, bold = self.kind, self.bold
        self.text, self.bold, self.kind = [], [], "paragraph" if not newline else self.kind
        if not text:
            return
        self.count += 1
        where = self._where()
        if kind in HEADINGS:
            self.blocks.append(Block("heading", text, level=HEADINGS[kind], where=where))
        elif kind == "toggle" and (head := TOGGLE_MARK.sub("", text)):
            self.blocks.append(Block("heading", head, level=TOGGLE_LEVEL, where=where))
            self.toggle_head = len(self.blocks) - 1
        elif kind == "dt":
            self.term = text
        elif kind == "dd" and self.term:
            self.blocks.append(Block("term", self.term, definition=text, where=where))
            self.term = ""
        else:
            level = max(0, len(self.lists) - 1)
            block = text_block(text, level=level, where=where) or Block("paragraph", text, where=where)
            if kind == "item":
                block = Block("item", block.text, level=level, ordered=bool(self.lists) and self.lists[-1] == "ol",
                              where=where)
            block.emphasis = [phrase for phrase in bold if phrase != block.text]
            self.blocks.append(block)
        self.end_tooltips(where)

    def end_option_letter(self) -> None:
        """A quiz tool's option letter in a box of its own ("<span class="letter">B</span><span>Finding…</span>"):
        the page's style sets it apart, so it is written as a lettered option ("B. Finding…"), not glued on."""
        self.lead_span = 0
        if letter := re.fullmatch(r"\s*([A-Fa-f])\s*", "".join(self.text)):
            self.text = [f"{letter[1]}. "]

    def end_tooltips(self, where: str) -> None:
        """Words the text explains only in a tooltip (<abbr title="using machines to do work…">automation</abbr>),
        each laid out with its meaning as a <dt>/<dd> pair is: the layout pairs them, the vocabulary judges them."""
        for word, meaning in self.tooltips:
            self.blocks.append(Block("term", word, definition=meaning, where=where))
        self.tooltips = []

    def end_cell(self) -> None:
        lines = (clean(re.sub(r"\s+", " ", line)) for line in "".join(self.cells.pop()).split("\n"))
        text = "\n".join(line for line in lines if line)
        if self.tables and self.tables[-1]:
            self.tables[-1][-1].append(text)

    def end_table(self) -> None:
        rows = [row for row in self.tables.pop() if any(row)]
        if rows and self.cells:  # a table inside a cell: its rows become part of that cell's text
            self.cells[-1].extend(f" {' | '.join(row)} " for row in rows)
        elif rows:
            number = sum(1 for block in self.blocks if block.kind == "table") + 1
            self.blocks.append(Block("table", rows=rows, where=f"table {number}"))
            self.end_tooltips(f"table {number}")  # a tooltip in a cell: read with its table

    def end_panel(self) -> None:
        """A pop-up window of one heading and one paragraph is a card: the heading is the title its text explains,
        as a slide's title is of its text (whether it defines it is for the vocabulary to judge)."""
        self.end_text()
        _depth, start = self.panels.pop()
        inside = self.blocks[start:]
        if len(inside) == 2 and inside[0].kind == "heading" and inside[1].kind == "paragraph":
            inside[1].title_of = inside[0].text
        elif len(inside) == 1 and inside[0].kind == "paragraph" and self.toggle_head == start - 1:
            inside[0].title_of = self.blocks[start - 1].text  # an accordion's body: its head is what it explains

    def finish(self) -> None:
        self.end_text()
        self.end_tooltips(self._where())
        if self.term:
            self.blocks.append(Block("item", self.term, where=self._where()))

    # Helpers ---------------------------------------------------------------------------------------------
    def _where(self) -> str:
        return f"paragraph {max(self.count, 1)}"

    def _hidden(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in SKIPPED or (tag == "a" and PERMALINK_CLASS.search(attrs.get("class") or "")):
            return True
        # A control labelled for screen readers ("Copy heading link") shows an icon, whose name is its text ("link").
        labelled_control = (attrs.get("role") or "").lower() == "button" and bool(attrs.get("aria-label"))
        if labelled_control or (attrs.get("role") or "").lower() in SKIPPED_ROLES:
            return True
        return _marked_hidden(attrs) and not self._opened_on_click(attrs)

    def _revealed(self, attrs: dict[str, str | None]) -> bool:
        return _marked_hidden(attrs) and self._opened_on_click(attrs)

    def _opened_on_click(self, attrs: dict[str, str | None]) -> bool:
        """Whether a hidden element is a panel the page shows on a click, so its words are the lesson's."""
        return (attrs.get("id") or "") in self.opened or bool(REVEALED_CLASS.search(attrs.get("class") or ""))

    def _marking(self, attrs: dict[str, str | None]) -> bool:
        """Whether a span marks its words out: by its own style, its class's rule in the page's style, or a class
        named for key words or highlighting."""
        classes = (attrs.get("class") or "").split()
        if MARKING_STYLE.search(attrs.get("style") or "") or any(MARKING_CLASS.search(name) for name in classes):
            return True
        return bool(set(classes) & self._marking_classes())

    def _marking_classes(self) -> set[str]:
        """The classes the page's own style sheets make bold or highlighted (read again only when more style came)."""
        if self.marking_classes[0] != len(self.styles):
            marking = set()
            for rule in "".join(self.styles).split("}"):  # "selectors { declarations": split, never searched
                selectors, _brace, rules = rule.rpartition("{")
                selectors = selectors.rpartition("{")[2]  # inside "@media … {", the rule's own selectors
                if MARKING_STYLE.search(rules):
                    marking |= {match[1] for part in selectors.split(",") if (match := CLASS_SELECTOR.match(part))}
            self.marking_classes = (len(self.styles), marking)
        return self.marking_classes[1]

    @staticmethod
    def _language(attrs: dict[str, str | None]) -> str:
        match = LANGUAGE_CLASS.search(attrs.get("class") or "")
        return match.group(1) if match else ""


def _toggles_a_panel(attrs: dict[str, str | None]) -> bool:
    return any(name in attrs for name in TOGGLE_ATTRIBUTES)


def _marked_hidden(attrs: dict[str, str | None]) -> bool:
    return ("hidden" in attrs or attrs.get("aria-hidden") == "true"
            or "display:none" in (attrs.get("style") or "").replace(" ", "").lower())
