"""PDFs for the corpus packs, over fpdf2."""

from __future__ import annotations

import datetime as dt

from fpdf import FPDF

from tests.corpus.same_bytes import DEJAVU, FIXED_TIME

# Without DejaVu (a machine without the font), the PDF falls back to Helvetica, which has no "–" or "•".
_LATIN1 = str.maketrans({"–": "-", "—": "-", "•": "*", "‘": "'", "’": "'", "“": '"', "”": '"', "→": "->", "✓": "v"})


class Pdf(FPDF):
    """An A4 PDF with a sans font and a monospace font; `mono` and `sans` name them whichever were available."""

    def __init__(self, *, title: str | None = None) -> None:
        super().__init__(format="A4")
        self.set_creation_date(dt.datetime(*FIXED_TIME, tzinfo=dt.UTC))
        self.set_producer("Microsoft Word")
        if title:
            self.set_title(title)
        self.set_auto_page_break(auto=True, margin=15)
        if (DEJAVU / "DejaVuSans.ttf").exists():
            self.add_font("Sans", "", str(DEJAVU / "DejaVuSans.ttf"))
            self.add_font("Sans", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
            self.add_font("Mono", "", str(DEJAVU / "DejaVuSansMono.ttf"))
            self.sans, self.mono, self.unicode = "Sans", "Mono", True
        else:
            self.sans, self.mono, self.unicode = "Helvetica", "Courier", False

    def typed(self, value: str) -> str:
        """The text as this PDF's font can show it."""
        return value if self.unicode else value.translate(_LATIN1)

    def line_of(self, value: str, *, size: float = 11, bold: bool = False, mono: bool = False,
                height: float = 6) -> None:
        """One paragraph across the page (wrapped), in the sans font or the monospace one."""
        self.set_font(self.mono if mono else self.sans, "B" if bold else "", size)
        self.multi_cell(0, height, self.typed(value), new_x="LMARGIN", new_y="NEXT")

    def output_bytes(self) -> bytes:
        return bytes(self.output())



# A Google Slides 16:9 page in millimetres (10 × 5.625 inches), as "Download as PDF" makes it.
SLIDE_PAGE = (254.0, 142.875)
