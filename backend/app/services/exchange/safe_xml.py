"""Reading an uploaded XML file safely: with defusedxml, so a DTD (which every entity attack needs: "billion
laughs", external entities reading the server's files or fetching addresses) is refused before anything in it is
expanded, and with limits on nesting and on the number of elements, so a small file cannot build a tree that
exhausts memory. Each refusal says what the teacher can do."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import NamedTuple

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from app.errors import Invalid, TooLarge

# A Moodle XML export nests 6 levels (quiz → question → testcases → testcase → expected → text) and holds about
# 60 elements a question: these are far above any real file and far below what would strain the server.
MAX_DEPTH = 40
MAX_ELEMENTS = 200_000


class _LimitedTree(ET.TreeBuilder):
    """A tree builder that keeps comments (our notes in an export) and stops at MAX_DEPTH or MAX_ELEMENTS."""

    def __init__(self, what: str) -> None:
        super().__init__(insert_comments=True)
        self.what, self.depth, self.count = what, 0, 0

    def start(self, tag: str, attrs: dict[str, str]) -> ET.Element:
        self.depth += 1
        self.count += 1
        if self.depth > MAX_DEPTH:
            raise Invalid(f"This {self.what} file nests its parts more than {MAX_DEPTH} levels deep, which no real "
                          "export does. Export the questions again and choose the new file.")
        if self.count > MAX_ELEMENTS:
            raise TooLarge(f"This {self.what} file has more than {MAX_ELEMENTS:,} XML elements, far more than an "
                           "import can take. Split the questions into smaller files.")
        return super().start(tag, attrs)

    def end(self, tag: str) -> ET.Element:
        self.depth -= 1
        return super().end(tag)


def parse(data: bytes, *, what: str) -> ET.Element:
    """The file's root element, or a 4xx naming `what` the file should have been (e.g. "Moodle XML") and why it is
    refused: not XML, broken XML, a DTD or entities, too deep or too many elements."""
    parser = DefusedXMLParser(target=_LimitedTree(what), forbid_dtd=True, forbid_entities=True,
                              forbid_external=True)
    try:
        parser.feed(data)
        return parser.close()
    except DefusedXmlException:  # a DTD, an entity or an external reference
        raise Invalid(f"This file declares a DTD or entities (<!DOCTYPE … or <!ENTITY …). A {what} file never "
                      "needs them, and they can be used to attack a server, so the file is refused. Export the "
                      "questions again without them.") from None
    except ET.ParseError as error:
        raise Invalid(_broken(data, error, what)) from None


def _broken(data: bytes, error: ET.ParseError, what: str) -> str:
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if start != b"<":
        return f"This file is not XML, so it cannot be {what}. Choose the .xml file your system exported."
    line, column = getattr(error, "position", (0, 0))
    return (f"This file is not complete XML, so it cannot be read as {what}: it breaks at line {line}, column "
            f"{column + 1}. It may have been cut short or changed; export it again.")


def text_of(element: ET.Element | None) -> str:
    """An element's own text ("" when there is none)."""
    return "" if element is None or element.text is None else element.text


class Child(NamedTuple):
    """A named child's text and its `format` attribute (Moodle marks each piece of text html, plain_text, …)."""

    text: str
    format: str


def text_child(parent: ET.Element | None, name: str) -> Child:
    """The text inside <name><text>…</text></name> (or <name>…</name> with no <text>), with its format."""
    found = parent.find(name) if parent is not None else None
    if found is None:
        return Child("", "")
    inner = found.find("text")
    return Child(text_of(inner) if inner is not None else text_of(found), found.get("format", ""))
