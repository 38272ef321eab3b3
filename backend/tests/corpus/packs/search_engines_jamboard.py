"""Held out. A Year 8 Google Jamboard on how search engines work exported to PDF (one 16:9 page a frame, a heading
on each, square sticky notes in Jamboard's yellow, pink, blue, green and orange with centred wrapped text, the
teacher's name and the aims on a sticky of "→" lines under "Our aims today:", pupils' name stickies, a warm-up frame
of pupils' guesses and the teacher's answer, a "Key words – drag the pink meaning next to its word" frame of yellow
capitalised word notes with the pink meaning notes the pupils dragged beside them, one word note left on the far
side of its meaning and overlapping it, a crawl → index → rank frame of three stickies joined by red pen-stroke
arrows, a frame of pupils' ideas answered by a teacher's sticky that defines two more words, an exit frame of
pupils' notes and questions) and a Word card sort ("Card sort: Crawl, Index or Rank?" as a bold home-made title, no
file title, pair instructions, a one-row table of three emoji category headers to cut out, twelve lettered statement
cards in a 3x4 table – two the only place a key word is defined, one as "X (expansion) – meaning" and one as "A X is
…" – and after a page break a "TEACHER COPY" table of the cards sorted into the three columns, with a note on the
arguable card)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f

YELLOW, PINK, BLUE, GREEN, ORANGE = (255, 241, 118), (248, 187, 208), (179, 229, 252), (204, 255, 144), \
    (255, 204, 128)


def _sticky(pdf: f.Pdf, x: float, y: float, text: str, colour: tuple[int, int, int], *, size: float = 9,
            w: float = 42, h: float = 36, bold: bool = False) -> None:
    pdf.set_fill_color(*colour)
    pdf.rect(x, y, w, h, style="F")
    pdf.set_xy(x + 2, y + 3)
    pdf.set_font(pdf.sans, "B" if bold else "", size)
    pdf.multi_cell(w - 4, size * 0.45, pdf.typed(text), align="C", new_x="LEFT", new_y="NEXT")


def _pen(pdf: f.Pdf, points: list[tuple[float, float]], colour: tuple[int, int, int] = (33, 33, 33)) -> None:
    pdf.set_draw_color(*colour)
    pdf.set_line_width(0.9)
    for start, end in zip(points, points[1:], strict=False):
        pdf.line(*start, *end)


def _frame(pdf: f.Pdf, heading: str) -> None:
    pdf.add_page(format=f.SLIDE_PAGE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_xy(10, 6)
    pdf.set_font(pdf.sans, "B", 20)
    pdf.cell(0, 10, pdf.typed(heading))


def jamboard() -> bytes:
    pdf = f.Pdf(title="Y8 Search engines - Jamboard")
    pdf.set_producer("Google")
    _frame(pdf, "How do search engines work?")
    _sticky(pdf, 14, 30, "Year 8 Computing\nFinding things online – lesson 2\nMiss Patel", BLUE, size=11, w=70,
            h=40)
    _sticky(pdf, 120, 28, "Our aims today:\n→ explain how a search engine finds and stores web pages\n→ explain how "
            "a search engine decides the order of the results\n→ use search tips to get better results", YELLOW,
            size=10, w=110, h=60)
    _sticky(pdf, 20, 88, "Add a sticky note with your name when you join!", GREEN, size=9, w=50, h=28)
    _sticky(pdf, 76, 95, "Aisha", PINK, size=9, w=26, h=18)
    _sticky(pdf, 106, 98, "Kacper K", ORANGE, size=9, w=26, h=18)
    _sticky(pdf, 136, 94, "ruby :)", PINK, size=9, w=26, h=18)

    _frame(pdf, "Warm up: how many Google searches happen EVERY SECOND?")
    for x, y, text, colour in [(12, 30, "1 million", PINK), (60, 34, "100,000", ORANGE), (108, 28, "5000", GREEN),
                               (156, 36, "99,000 (I googled it lol)", PINK), (30, 80, "a billion", BLUE)]:
        _sticky(pdf, x, y, text, colour, size=12)
    _sticky(pdf, 150, 86, "About 99,000 a second – that's 8.5 BILLION a day!", YELLOW, size=11, w=60, h=40,
            bold=True)

    _frame(pdf, "Key words – drag the pink meaning next to its word")
    words = ["SEARCH ENGINE", "WEB CRAWLER", "INDEX", "RANKING", "KEYWORDS"]
    meanings = [
        "A website that finds web pages matching the words you type in, e.g. Google, Bing, DuckDuckGo",
        "A program (a bot) that visits web pages and follows the links on them to find new pages. Also called a "
        "spider.",
        "A huge database of the words on every page that has been found, and where to find them",
        "Putting the results in order, with the most useful at the top",
        "The words you type into the search box",
    ]
    for row, (word, meaning) in enumerate(zip(words, meanings, strict=True)):
        y = 22 + row * 23
        if word == "INDEX":  # the word note was dragged onto the far side of its meaning, overlapping it
            _sticky(pdf, 60, y, meaning, PINK, size=8, w=95, h=20)
            _sticky(pdf, 148, y + 5, word, YELLOW, size=10, w=40, h=20, bold=True)
        else:
            _sticky(pdf, 20, y, word, YELLOW, size=10, w=48, h=20, bold=True)
            _sticky(pdf, 72, y, meaning, PINK, size=8, w=95, h=20)

    _frame(pdf, "What happens when you search?")
    _sticky(pdf, 12, 36, "1. CRAWL\nBots follow links from page to page, all day every day, looking for new and "
            "changed pages.", ORANGE, size=10, w=62, h=50)
    _sticky(pdf, 96, 36, "2. INDEX\nThe words on each page are stored with its address, so nothing has to be "
            "searched when you press Enter.", ORANGE, size=10, w=62, h=50)
    _sticky(pdf, 180, 36, "3. RANK\nThe search engine's algorithm gives every matching page a score and sorts "
            "them.", ORANGE, size=10, w=62, h=50)
    _pen(pdf, [(75, 60), (94, 60), (90, 57)], colour=(229, 57, 53))
    _pen(pdf, [(94, 60), (90, 63)], colour=(229, 57, 53))
    _pen(pdf, [(159, 60), (178, 60), (174, 57)], colour=(229, 57, 53))
    _pen(pdf, [(178, 60), (174, 63)], colour=(229, 57, 53))
    _sticky(pdf, 100, 100, "Google looks in its index, NOT the whole web!", YELLOW, size=10, w=55, h=26,
            bold=True)

    _frame(pdf, "What makes a page come higher up the results?")
    for x, y, text, colour in [
        (12, 26, "if lots of people click on it", PINK), (58, 30, "if its got the words you typed", GREEN),
        (104, 24, "lots of other websites link to it", BLUE), (150, 32, "if they pay google", ORANGE),
        (196, 26, "newer pages??", PINK), (30, 72, "if its a good website", GREEN),
    ]:
        _sticky(pdf, x, y, text, colour, size=10)
    _sticky(pdf, 100, 74, "YES Darius! These are called backlinks – links to a page from other websites. Google's "
            "PageRank algorithm counts backlinks like votes: more votes from trusted sites = higher up.", YELLOW,
            size=9, w=80, h=44)
    _pen(pdf, [(125, 61), (130, 73)], colour=(30, 136, 229))

    _frame(pdf, "Exit: one thing you learned today + one question")
    for x, y, text, colour in [
        (12, 28, "google doesnt search the whole internet when you search, it uses its index", GREEN),
        (60, 30, "crawlers are called spiders because they go on the web", PINK),
        (108, 26, "Q: can you pay to be first?", BLUE),
        (156, 32, "backlinks are like votes", ORANGE),
        (30, 76, "idk", PINK),
        (80, 78, "Q: how big is googles index", BLUE),
    ]:
        _sticky(pdf, x, y, text, colour, size=10)
    return pdf.output_bytes()


CARDS = [
    ("A", "Bots follow links from one page to the next.", "Crawling"),
    ("B", "The words on each page are stored in a database along with the page's address.", "Indexing"),
    ("C", "Pages with lots of backlinks from trusted sites move up.", "Ranking"),
    ("D", "Happens all the time, before you have even typed anything.", "Crawling"),
    ("E", "When you search, your keywords are looked up here instead of searching the whole web.", "Indexing"),
    ("F", "Pages that load quickly and work well on phones get a boost.", "Ranking"),
    ("G", "A new page is only found when another page links to it.", "Crawling"),
    ("H", "Your location and what you have searched for before can change the order.", "Ranking"),
    ("I", "Copies of the same page are only stored once.", "Indexing"),
    ("J", "Website owners use SEO (search engine optimisation) – they change their pages so that they come higher "
          "up the results.", "Ranking"),
    ("K", "A sponsored result is one that a company has paid for. It appears at the top with the word "
          "“Sponsored” beside it.", "Ranking"),
    ("L", "It is split across thousands of servers in data centres around the world.", "Indexing"),
]


def card_sort() -> bytes:
    d = f.new_docx(title="")
    d.core_properties.author = "Patel, Anjali"
    f.para(d, "Card sort: Crawl, Index or Rank?", bold=True, size=18)
    f.para(d, "Y8 Finding things online – L2")
    f.para(d, "In pairs: cut out the three headers and the 12 cards. Sort each card under the stage of a search it "
              "belongs to. Glue them into your book when Miss Patel has checked them. Extension: write your own "
              "card for each stage!")
    f.table(d, [["**CRAWLING** 🕷️", "**INDEXING** 📚", "**RANKING** 🏆"]])
    f.para(d, "")
    rows = []
    for start in range(0, len(CARDS), 3):
        rows.append([f"**{letter}**  {text}" for letter, text, _stage in CARDS[start:start + 3]])
    f.table(d, rows)
    paragraph = d.add_paragraph()
    paragraph.add_run().add_break(WD_BREAK.PAGE)
    f.para(d, "TEACHER COPY – answers", bold=True)
    stages = ["Crawling", "Indexing", "Ranking"]
    columns = [[f"{letter} – {text}" for letter, text, stage in CARDS if stage == s] for s in stages]
    f.table(d, [[f"**{s.upper()}**" for s in stages], ["\n".join(column) for column in columns]])
    f.para(d, "Card K is a good one to argue about – sponsored results are paid for, not ranked by the algorithm, "
              "but they still change what comes first. Accept it under RANKING if they can explain why.")
    return f.docx_bytes(d)


FILES = {
    "Y8 Search engines - Jamboard.pdf": jamboard,
    "Card sort - crawl index rank.docx": card_sort,
}
