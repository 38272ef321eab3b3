"""A teacher's comments on a PDF: the notes a marking tool (Kami, Acrobat, Edge, Preview) adds as annotations, not
as page text — sticky notes (/Text), typed boxes (/FreeText) and the comments on highlights (/Highlight). Their
words are the teacher's own (a meaning written on a sticky, "WWW / EBI"), read after the page's text.

Bounded like the page text: at most MAX_ANNOTATIONS a page and MAX_COMMENT_CHARS a comment, and the characters
count towards the file's limit (the caller adds them up).
"""

from __future__ import annotations

import re

from pypdf import PageObject

from app.services.documents.blocks import Block, clean, text_block

COMMENT_KINDS = {"/Text", "/FreeText", "/Highlight"}
MAX_ANNOTATIONS = 200
MAX_COMMENT_CHARS = 4000
# A marking comment's verdict before its point ("Good – applied to the school", "✓ good point – could you…",
# "Careful! Freeware is…"): praise or a warning about the pupil's answer, never a key word.
VERDICT = re.compile(r"^[✓✔✗✘\s]*(?:good|great|excellent|brilliant|lovely|nice|super|well done|yes|no|careful"
                     r"|be careful|watch out|not quite|almost|nearly|spot on|correct|wrong)(?:\s+(?:point|work|answer"
                     r"|idea|try|start|job))?\s*(?:[!]+\s*|\s[–—-]\s+)(?=\S)", re.IGNORECASE)


def comments(page: PageObject) -> list[str]:
    """The page's comments in the order they were added, each once (Kami puts a highlight's comment on a sticky
    beside it too)."""
    annotations = page.get("/Annots")
    if annotations is None:
        return []
    found: list[str] = []
    for reference in list(annotations.get_object())[:MAX_ANNOTATIONS]:
        annotation = reference.get_object()
        if not hasattr(annotation, "get") or annotation.get("/Subtype") not in COMMENT_KINDS:
            continue
        contents = annotation.get("/Contents")
        text = str(contents)[:MAX_COMMENT_CHARS].strip() if contents is not None else ""
        if text and text not in found:
            found.append(text)
    return found


def comment_blocks(texts: list[str], where: str) -> list[Block]:
    """Each comment's lines as paragraphs, under a heading that says they are the teacher's comments."""
    blocks = [b for text in texts for line in text.replace("\r", "\n").splitlines()
              if (b := text_block(VERDICT.sub("", clean(line), count=1), where=where)) is not None]
    return [Block("heading", "Comments", level=2, synthetic=True, where=where), *blocks] if blocks else []
