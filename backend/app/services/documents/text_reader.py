"""Plain text (.txt) and Markdown (.md) lesson notes: lines in, blocks out.

A .txt file is read line by line, as it was typed (a starter in Notepad: "Key words: virus, worm…"). A Markdown
file keeps its shape: "#" headings, lists (nested by indent), fenced code with its language, tables, and
**bold** words (the emphasis a key word sentence needs); the marks themselves are dropped. Notes kept in
Obsidian read the same way: YAML front matter is left out (its title kept), "> [!info] Key words" callouts are
sections with that title, "Term:: meaning" fields are "Term: meaning", [[wiki links]] their words, ==highlights==
plain, %% comments %% and lines of #tags left out, task boxes ("- [x] …") ordinary items. Text whose lines are
cells set apart by tabs (a flash-card set exported as "term TAB meaning", rows copied from a spreadsheet) is a
table; a video's transcript ("[02:15] …" lines) or a script ("HOST: …") is its speech (`transcripts`). Both are decoded as UTF-8 (or,
failing that, Windows-1252, as Notepad on a school PC saves), within the same bounds as any document. Each block
says which line it starts on ("line 14").
"""

from __future__ import annotations

import re

from app.services.documents import captions, delimited, safety, transcripts
from app.services.documents.blocks import Block, clean, text_block
from app.services.documents.extracted import ExtractedDocument, FileType, build_document, too_much_text

# Text more than this many bytes per allowed character cannot be under the bound once decoded and read.
BYTES_PER_CHARACTER = 4
MAX_TITLE_WORDS = 12
MIN_OUTLINE_LINES = 6
ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
FENCE = re.compile(r"^\s{0,3}(```+|~~~+)\s*([\w+#-]*)")
LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•]|\d{1,3}[.)])\s+")
TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
RULE = re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$")
BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
BOLD_LEAD = re.compile(r"^(?:\*\*.+?\*\*|__.+?__)")
IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
# Obsidian and other note apps.
MAX_FRONT_MATTER = 200
FRONT_TITLE = re.compile(r"^title:\s*(?P<title>.+)$", re.IGNORECASE)
COMMENT = re.compile(r"%%.*?%%", re.DOTALL)
QUOTE_MARKS = re.compile(r"^\s{0,3}(?:>\s?)+")
CALLOUT = re.compile(r"^\[!(?P<kind>\w+)\][+-]?\s*(?P<title>.*)$")
TAG_LINE = re.compile(r"^\s*(?:#[\w/-]+\s*)+$")
TASK_BOX = re.compile(r"^(\s*(?:[-*+]|\d{1,3}[.)])\s+)\[[ xX]\]\s+")
FIELD = re.compile(r"^(\s*(?:[-*+]\s+)?[^\s:][^:]{0,58}?)::\s*")
WIKI_LINK = re.compile(r"\[\[(?P<target>[^\]|#]+)(?:#[^\]|]*)?(?:\|(?P<alias>[^\]]+))?\]\]")
HIGHLIGHT = re.compile(r"==(?=\S)(.+?)(?<=\S)==")
INLINE_MARKS = re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])|`([^`]+)`")
# A backslash before punctuation makes it a plain character ("1\." is no list, "\*" no emphasis); Google Docs'
# Markdown download escapes every such mark ("\-", "\&"). Escaped characters hide in the private-use area while
# the marks are read, then show as themselves.
ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
HIDDEN = 0xE000
HIDDEN_ESCAPE = re.compile(r"[\ue021-\ue07e]")
# Line breaks written as HTML inside a table cell (a cell cannot hold a Markdown line break): the cell's lines.
CELL_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
CELL_BAR = re.compile(r"(?<!\\)\|")
# A line of nothing but links after a label, or of two or more ("Links: [Wordwall](…) · [Seneca](…)"): the way to
# other resources, as a web page's <nav> is, not words of the lesson (one link alone may name what it teaches).
LINKS_ONLY = re.compile(r"^\s*(?:[^\[\]()]{1,30}:\s*\[[^\]]+\]\([^)]*\)|\[[^\]]+\]\([^)]*\)(?=\s*[·•|,;/–—-]?\s*\[))"
                        r"(?:\s*[·•|,;/–—-]?\s*\[[^\]]+\]\([^)]*\))*\s*$")


def decode(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> str:
    """The text of a text file: UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252."""
    budget.spend(name, len(data), limits)
    if len(data) > BYTES_PER_CHARACTER * limits.max_text_chars:
        raise too_much_text(name, limits.max_text_chars)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if len(text) > limits.max_text_chars:
        raise too_much_text(name, limits.max_text_chars)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_txt(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """A plain text file, one block per line; a short first line is its title, as people type notes. An outline
    (a mind map exported as indented text) keeps its shape: a line with lines indented under it is a heading."""
    text = decode(name, data, limits, budget)
    lines = text.split("\n")
    if (rows := delimited.tabbed_rows(lines)) is not None:
        return _document(name, "txt", [Block("table", rows=rows, where="line 1")], data, limits)
    if (table := delimited.csv_blocks(text)) is not None:
        return _document(name, "txt", table, data, limits)
    if _is_outline(lines):
        return _document(name, "txt", _outline_blocks(lines), data, limits)
    blocks = [block for number, line in enumerate(lines, start=1)
              if (block := text_block(line, where=f"line {number}")) is not None]
    if captions.is_captions(lines):
        blocks = captions.caption_blocks(lines)
    elif transcripts.is_transcript(lines):
        blocks = transcripts.transcript_blocks(lines)
    elif speakers := transcripts.script_speakers(lines):
        blocks = transcripts.script_blocks(lines, speakers)
    if len(blocks) > 1 and blocks[0].kind == "paragraph" and _title_like(blocks[0].text):
        blocks[0] = Block("heading", blocks[0].text, level=1, where=blocks[0].where)
    return _document(name, "txt", blocks, data, limits)


def _depth(line: str) -> int:
    """How far a line is indented: tabs, or every two spaces."""
    lead = line[:len(line) - len(line.lstrip())]
    return lead.count("\t") + lead.count(" ") // 2


def _is_outline(lines: list[str]) -> bool:
    """Most lines indented, in three or more depths: an outline, not prose."""
    filled = [line for line in lines if line.strip()]
    depths = {_depth(line) for line in filled}
    indented = sum(1 for line in filled if _depth(line) > 0)
    return len(filled) >= MIN_OUTLINE_LINES and indented >= 0.5 * len(filled) and len(depths) >= 3


def _outline_blocks(lines: list[str]) -> list[Block]:
    """Each line of an outline: a heading at its depth when lines are indented under it, else a paragraph."""
    numbered = [(number, line) for number, line in enumerate(lines, start=1) if line.strip()]
    blocks = []
    for index, (number, line) in enumerate(numbered):
        following = numbered[index + 1][1] if index + 1 < len(numbered) else ""
        where = f"line {number}"
        if following and _depth(following) > _depth(line):
            blocks.append(Block("heading", clean(line), level=min(_depth(line) + 1, 6), where=where))
        elif (block := text_block(line.strip(), where=where)) is not None:
            blocks.append(block)
    return blocks


def _title_like(text: str) -> bool:
    return (text[:1].isupper() and len(text.split()) <= MAX_TITLE_WORDS and not text.endswith((".", "?", "!", ":", ","))
            and ": " not in text)


def read_md(name: str, data: bytes, limits: safety.Limits, budget: safety.Budget) -> ExtractedDocument:
    """A Markdown file, its headings, lists, code, tables and bold words kept."""
    text = decode(name, data, limits, budget)
    return _document(name, "md", _Markdown(_plain_markdown(text.split("\n"))).blocks(), data, limits)


def _plain_markdown(lines: list[str]) -> list[str]:
    """Obsidian's (and other note apps') additions turned into plain Markdown, line for line (so each block still
    names its line): front matter blanked (its title a heading when the note has none), quote marks taken off,
    callout headers made headings, comments, tag lines and task boxes dropped, fields and links made words."""
    lines = list(lines)
    title = ""
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, min(len(lines), MAX_FRONT_MATTER)) if lines[i].strip() in ("---", "...")), 0)
        for i in range(end + 1 if end else 0):
            if (found := FRONT_TITLE.match(lines[i])) is not None:
                title = found["title"].strip().strip("\"'")
            lines[i] = ""
    text = COMMENT.sub(lambda m: "\n" * m.group(0).count("\n"), "\n".join(lines))
    lines = [_plain_line(line) for line in text.split("\n")]
    if title and not any(ATX_HEADING.match(line) and ATX_HEADING.match(line)[1] == "#" for line in lines):
        lines[0] = f"# {title}"
    return lines


def _plain_line(line: str) -> str:
    line = QUOTE_MARKS.sub("", line)
    if (callout := CALLOUT.match(line)) is not None:
        return f"### {callout['title'].strip() or callout['kind'].capitalize()}"
    if TAG_LINE.match(line):
        return ""
    line = TASK_BOX.sub(r"\1", line)
    if (field := FIELD.match(line)) is not None and not LIST_ITEM.match(line):
        line = f"- {field[1].strip()}: {line[field.end():]}"  # a field is a line of its own, as the app shows it
    line = FIELD.sub(r"\1: ", line)
    line = WIKI_LINK.sub(lambda m: m["alias"] or m["target"], line)
    return HIGHLIGHT.sub(lambda m: m[1] if "`" not in m[1] else m[0], line)  # not across `==` in code


def _document(name: str, file_type: FileType, blocks: list[Block], data: bytes,
              limits: safety.Limits) -> ExtractedDocument:
    return build_document(name, file_type, blocks, size_bytes=len(data), max_text_chars=limits.max_text_chars)


def inline(text: str) -> tuple[str, list[str]]:
    """Markdown text without its marks, and the phrases that were in bold."""
    text = ESCAPE.sub(lambda m: chr(HIDDEN + ord(m[1])), text)
    bold = [_shown(clean(a or b)) for a, b in BOLD.findall(text)]
    text = BOLD.sub(lambda m: m.group(1) or m.group(2), text)
    text = LINK.sub(r"\1", IMAGE.sub(r"\1", text))
    text = INLINE_MARKS.sub(lambda m: m.group(1) or m.group(2), text)
    return _shown(clean(text)), [phrase for phrase in bold if phrase]


def _shown(text: str) -> str:
    """Escaped characters (hidden while the marks were read) as themselves."""
    return HIDDEN_ESCAPE.sub(lambda m: chr(ord(m[0]) - HIDDEN), text)


def _cell(text: str) -> str:
    """A table cell's text, its "<br>"-joined lines kept as lines (as a Word cell's paragraphs are)."""
    return "\n".join(line for part in CELL_BREAK.split(text) if (line := inline(part)[0]))


class _Markdown:
    """Markdown lines read in order: a paragraph runs until a blank line, a heading, a list item or a fence."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.out: list[Block] = []
        self.paragraph: list[str] = []
        self.start = 0  # the line the paragraph (or table) began on

    def blocks(self) -> list[Block]:
        number = 0
        while number < len(self.lines):
            number = self.line(number)
        self.flush()
        return self.out

    def line(self, number: int) -> int:
        """Read the block starting at this line; the number of the next line to read."""
        raw = self.lines[number]
        where = f"line {number + 1}"
        if (fence := FENCE.match(raw)) is not None:
            return self.code(number, fence)
        if TABLE_ROW.match(raw) and number + 1 < len(self.lines) and TABLE_RULE.match(self.lines[number + 1]):
            return self.table(number)
        if self.paragraph and SETEXT_UNDERLINE.match(raw) and len(self.paragraph) == 1:
            text, _bold = inline(self.paragraph[0])
            self.paragraph = []
            self.out.append(Block("heading", text, level=1 if raw.strip()[0] == "=" else 2, where=f"line {self.start}"))
            return number + 1
        if not raw.strip() or RULE.match(raw) or LINKS_ONLY.match(raw):
            self.flush()
        elif (heading := ATX_HEADING.match(raw)) is not None:
            self.flush()
            self.out.append(Block("heading", inline(heading[2])[0], level=len(heading[1]), where=where))
        elif (item := LIST_ITEM.match(raw)) is not None:
            self.flush()
            self.item(raw, item, where)
        elif self.out and self.out[-1].kind == "item" and raw.startswith("  ") and not self.paragraph:
            self.out[-1].text = f"{self.out[-1].text} {inline(raw)[0]}"  # an item's text carried on
        else:
            if not self.paragraph:
                self.start = number + 1
            self.paragraph.append(raw.lstrip("> ").strip())
        return number + 1

    def item(self, raw: str, item: re.Match[str], where: str) -> None:
        level = len(item[1].replace("\t", "  ")) // 2
        block = text_block(raw.strip(), level=level, where=where)
        if block is None:
            return
        block.text, bold = inline(block.text)
        block.emphasis = [phrase for phrase in bold if phrase != block.text]
        if block.text:
            self.out.append(block)

    def code(self, number: int, fence: re.Match[str]) -> int:
        self.flush()
        end = number + 1
        while end < len(self.lines) and not self.lines[end].strip().startswith(fence[1]):
            end += 1
        code = "\n".join(self.lines[number + 1:end])
        self.out.append(Block("code", code.replace("\t", "    "), where=f"line {number + 1}", language=fence[2]))
        return end + 1

    def table(self, number: int) -> int:
        self.flush()
        rows = []
        end = number
        while end < len(self.lines) and TABLE_ROW.match(self.lines[end]):
            if end != number + 1:  # the |---|---| rule under the header
                rows.append([_cell(cell) for cell in CELL_BAR.split(self.lines[end].strip().strip("|"))])
            end += 1
        self.out.append(Block("table", rows=rows, where=f"line {number + 1}"))
        return end

    def flush(self) -> None:
        # Lines that each open with a bold word ("**list**: a collection…" under the last) are set out one a line, as
        # a list is, though Markdown would join them into one paragraph.
        led = len(self.paragraph) > 1 and all(BOLD_LEAD.match(line) for line in self.paragraph)
        for offset, line in enumerate(self.paragraph if led else [" ".join(self.paragraph)] if self.paragraph else []):
            text, bold = inline(line)
            block = text_block(text, where=f"line {self.start + offset}")
            if block is not None:
                block.emphasis = [phrase for phrase in bold if phrase != block.text]
                self.out.append(block)
        self.paragraph = []
