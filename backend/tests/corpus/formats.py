"""How the corpus packs make their files: small helpers over python-docx, python-pptx, fpdf2 and Pillow.

Every helper returns plain bytes, the same bytes every run: Office files are zips whose members carry the time
they were written, so `fixed_zip` rewrites them with one fixed time, and PDFs get a fixed creation date.
Text is written as the teacher typed it (dashes, "•" typed by hand, bold runs), never shaped for the reader.
The helpers live by format (`word_files`, `slide_files`, `pdf_files`, `picture_files`, `same_bytes`); packs use
them through this one module.
"""

from __future__ import annotations

from tests.corpus.pdf_files import SLIDE_PAGE, Pdf
from tests.corpus.picture_files import font, picture_png, sketch_png, table_png
from tests.corpus.same_bytes import BOLD, DEJAVU, FIXED_TIME, fixed_zip
from tests.corpus.slide_files import (
    BLANK,
    COMPARISON,
    MSO_SHAPE,
    SECTION_HEADER,
    TITLE_AND_CONTENT,
    TITLE_ONLY,
    TITLE_SLIDE,
    TWO_CONTENT,
    PptxPresentation,
    RGBColor,
    Slide,
    arrow,
    blank_slide,
    comparison_slide,
    content_slide,
    fill_marked,
    marked_content_slide,
    master_picture,
    master_text,
    new_pptx,
    picture,
    pptx_bytes,
    section_slide,
    shape_box,
    slide_table,
    template_layout,
    template_slide,
    text_box,
    title_slide,
    titled_slide,
    two_content_slide,
)
from tests.corpus.word_files import (
    DocxDocument,
    add_marked_runs,
    box,
    cell_fill,
    code_lines,
    docx_bytes,
    new_docx,
    para,
    table,
    table_borders,
)

__all__ = [
    "BLANK", "BOLD", "COMPARISON", "DEJAVU", "DocxDocument", "FIXED_TIME", "MSO_SHAPE", "Pdf", "PptxPresentation",
    "RGBColor", "SECTION_HEADER", "SLIDE_PAGE", "Slide", "TITLE_AND_CONTENT", "TITLE_ONLY", "TITLE_SLIDE",
    "TWO_CONTENT", "add_marked_runs", "arrow", "blank_slide", "box", "cell_fill", "code_lines",
    "comparison_slide", "content_slide", "docx_bytes", "fill_marked", "fixed_zip", "font", "marked_content_slide",
    "master_picture", "master_text", "new_docx", "new_pptx", "para", "picture", "picture_png", "pptx_bytes",
    "section_slide", "shape_box", "sketch_png", "slide_table", "table", "table_borders", "table_png",
    "template_layout", "template_slide", "text_box", "title_slide", "titled_slide", "two_content_slide"
]
