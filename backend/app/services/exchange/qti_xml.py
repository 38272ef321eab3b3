"""XML for QTI 3.0 packages: the namespaces, building elements, and reading a file's XML safely.

Reading goes through defusedxml with DTDs forbidden, so an XML bomb ("billion laughs"), an external entity or
any DOCTYPE is refused before a single entity is expanded. HTML's named entities (&nbsp; &eacute;), which other
systems often write into QTI although XML has no definition for them, are turned into the characters they name
first, so such a file still reads."""

from __future__ import annotations

import html.entities
import re
from xml.etree.ElementTree import Element, ParseError, SubElement, tostring

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from app.errors import Invalid

QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
QTI_SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"
CP_NS = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1"
CP_SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd"
LOM_NS = "http://ltsc.ieee.org/xsd/LOM"
LOM_SCHEMA = "https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
# Our own fields that QTI has no place for, as JSON in an element of our own namespace in the manifest's
# metadata (IMS CP lets any other namespace in there; other systems ignore it).
EXT_NS = "urn:ks3-assessment:qti-extension:1"
OLDER_QTI = re.compile(r"imsqti_v2p[0-2]|imsqti_v1p|questestinterop", re.IGNORECASE)
MAX_DEPTH = 60  # a real item nests perhaps 12 levels (body → table → row → cell → paragraph → …)
XML_ENTITIES = {"amp", "lt", "gt", "quot", "apos"}
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]{1,31});")


def element(tag: str, attributes: dict[str, str] | None = None, text: str | None = None) -> Element:
    """An element with its attributes (None values left out) and text."""
    node = Element(tag, {k: v for k, v in (attributes or {}).items() if v is not None})
    node.text = text
    return node


def child(parent: Element, tag: str, attributes: dict[str, str] | None = None, text: str | None = None) -> Element:
    node = SubElement(parent, tag, {k: v for k, v in (attributes or {}).items() if v is not None})
    node.text = text
    return node


def serialize(root: Element) -> bytes:
    """The document as UTF-8 XML with its declaration."""
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="utf-8", xml_declaration=False)


def number(value: float) -> str:
    """A number as QTI writes it: 2, 0.5, 0.333333."""
    return f"{value:.6f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))


def _html_entities_as_characters(text: str) -> str:
    def swap(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in XML_ENTITIES or name not in html.entities.name2codepoint:
            return match.group(0)
        return f"&#{html.entities.name2codepoint[name]};"

    return _NAMED_ENTITY.sub(swap, text)


def parse(data: bytes, name: str) -> tuple[Element, str]:
    """A file's XML with every namespace taken off its tags and attributes, and the root's namespace; Invalid
    saying what is wrong (not XML, a DTD or entities, nested absurdly deep)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Invalid(f"‘{name}’ in this file is not text, so it cannot be QTI XML.") from None
    try:
        root = fromstring(_html_entities_as_characters(text), forbid_dtd=True)
    except DefusedXmlException:
        raise _unsafe(name) from None
    except ParseError as error:
        line, column = error.position
        raise Invalid(f"‘{name}’ in this file is not complete XML (it breaks at line {line}, column {column + 1}). "
                      "It may have been cut short or changed; export it again.") from None
    namespace = root.tag[1:].partition("}")[0] if root.tag.startswith("{") else ""
    _strip_namespaces(root, name)
    return root, namespace


class UnsafeXml(Invalid):
    """XML refused for safety: the whole file is refused, not just the one question."""


def _unsafe(name: str) -> UnsafeXml:
    return UnsafeXml(f"‘{name}’ in this file was refused for safety: it declares a DTD or XML entities, which "
                   "QTI files do not need and which can be used to attack a server. Export the questions again "
                   "from the system they came from.")


def _strip_namespaces(root: Element, name: str) -> None:
    """Tags and attribute names without their namespaces (walked without recursion, depth checked)."""
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise Invalid(f"‘{name}’ in this file nests its XML more than {MAX_DEPTH} levels deep, far more than "
                          "any real question. It was not read.")
        if isinstance(node.tag, str) and node.tag.startswith("{"):
            node.tag = node.tag.partition("}")[2]
        for key in [k for k in node.attrib if k.startswith("{")]:
            node.attrib[key.partition("}")[2]] = node.attrib.pop(key)
        stack.extend((item, depth + 1) for item in node)


def text_of(node: Element | None) -> str:
    """All the text inside an element, spaces collapsed."""
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def find(node: Element, tag: str) -> Element | None:
    """The first element called `tag` anywhere inside `node`."""
    return next(node.iter(tag), None)


def children(node: Element, tag: str) -> list[Element]:
    return [item for item in node if item.tag == tag]
