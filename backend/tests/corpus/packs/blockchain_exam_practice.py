"""Held out. Year 10 cryptocurrency and blockchain: a Word "Exam question practice" sheet (a school header, a
home-made bold title rather than a heading style, "I can…" statements, a key-terms box that only lists the
words, numbered questions with "[3]" marks and answer lines, each followed by a shaded "Mark scheme" table of
"Answer | Marks" with "(1)" points, "Max 3" and "Do not accept", and a six-mark "Discuss" question with a PEEL
writing frame table of sentence starters and a levels mark scheme with indicative content) and an A4 key-terms
poster made in Microsoft Publisher and saved as PDF (a banner title, key terms in coloured rounded boxes
scattered over the page and drawn in the order they were added rather than the reading order, one box tilted,
a "Did you know?" star and a footer)."""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

OBJECTIVES = [
    "I can describe how a blockchain records transactions",
    "I can explain the advantages and disadvantages of using cryptocurrency",
    "I can write a balanced PEEL answer to a 6-mark question",
]
LINES = "." * 120
QUESTIONS = [
    ("1. State what is meant by the term **cryptocurrency**. [1]", 1, [
        ["Answer", "Marks"],
        ["A digital currency that exists only electronically (1)\nand is not issued by a bank or government", "1"],
        ["Do not accept: “online money” on its own", ""],
    ]),
    ("2. Describe how a new transaction is added to a **blockchain**. [3]", 3, [
        ["Answer", "Marks"],
        ["Transactions are grouped together into a block (1)\nThe block is checked/verified by miners or by other "
         "computers (1)\nThe block is given a hash and is linked to the hash of the previous block (1)\nEvery computer "
         "updates its copy of the chain (1)", "Max 3"],
    ]),
    ("3. Explain why it is very difficult to change a transaction once it is on the blockchain. [2]", 2, [
        ["Answer", "Marks"],
        ["Each block stores the hash of the block before it (1) so changing one block changes its hash and breaks "
         "the link to every block after it (1)\nThousands of other copies of the chain would not match, so the change "
         "would be rejected (1)", "Max 2"],
    ]),
    ("4. A games company wants to let players pay for in-game items with cryptocurrency. Give **one** advantage "
     "and **one** disadvantage of this for the company. [4]", 4, [
        ["Answer", "Marks"],
        ["Advantage (1 for the point, 1 for the expansion), e.g.\n• Players anywhere in the world can pay (1) without "
         "changing currency / lower bank fees (1)\n• Payments cannot be reversed (1) so fewer chargeback frauds (1)",
         "2"],
        ["Disadvantage (1 for the point, 1 for the expansion), e.g.\n• The value is volatile (1) so the money received "
         "may be worth less next week (1)\n• Few players own cryptocurrency (1) so most would still need another way "
         "to pay (1)", "2"],
    ]),
]
PEEL = [
    ["PEEL", "Sentence starters"],
    ["**P**oint", "One reason cryptocurrency could / could not replace ordinary money is…"],
    ["**E**vidence", "For example… / Bitcoin has…"],
    ["**E**xplain", "This means that… because…"],
    ["**L**ink", "Therefore, this shows that cryptocurrency…"],
]
LEVELS = [
    ["Level", "Marks", "Description"],
    ["3", "5–6", "A balanced discussion of both sides using key terms accurately. A clear conclusion is reached."],
    ["2", "3–4", "Points for and against, some explained. Some use of key terms. The conclusion may be missing."],
    ["1", "1–2", "One or two simple points, mostly one side. Little use of key terms."],
    ["0", "0", "Nothing worthy of credit."],
]
INDICATIVE = [
    "For: decentralised – no bank or government controls it; fast payments across the world; low fees; "
    "transactions are recorded on a public ledger that is hard to change",
    "Against: volatility – its value rises and falls quickly; mining uses huge amounts of electricity; lose your "
    "private key and the money is gone forever; payments cannot be reversed; used for crime because users are "
    "hard to identify; not everyone has the technology",
]


def _mark_scheme(document, rows: list[list[str]]) -> None:
    f.para(document, "Mark scheme", bold=True, size=9)
    f.table(document, rows)
    grid = document.tables[-1]
    for cell in grid.rows[0].cells:
        f.cell_fill(cell, "D9D9D9")
    for row in grid.rows[1:]:
        for cell in row.cells:
            f.cell_fill(cell, "EAF1DD")
    f.para(document)


def practice_sheet() -> bytes:
    document = f.new_docx(title="Exam question practice")
    header = document.sections[0].header.paragraphs[0]
    header.text = "Harbour View Academy – Computer Science Department"
    document.sections[0].footer.paragraphs[0].text = "Y10 Emerging technologies – EQP 3"
    f.para(document, "Exam Question Practice: Cryptocurrency and Blockchain", bold=True, size=18)
    f.para(document, "Year 10  |  Emerging technologies  |  Name: ______________________  Class: _______")
    f.para(document, "Today I am working towards:", bold=True)
    for objective in OBJECTIVES:
        f.para(document, f"☐ {objective}")
    f.para(document, "How to use this sheet", bold=True)
    for step in [
        "1. Answer questions 1–4 in 15 minutes. Cover the mark schemes!",
        "2. Mark your answers in green pen using the mark schemes.",
        "3. Plan question 5 using the PEEL frame.",
        "4. Write your answer to question 5 in full, then swap with your partner to peer assess it.",
    ]:
        f.para(document, step)
    f.box(document, ["**Key terms to use in your answers** (see the poster on the wall if you are stuck):",
                     "cryptocurrency   blockchain   block   ledger   hash   mining   decentralised   digital wallet   "
                     "private key   volatility"], fill="FFF2CC")
    f.para(document)
    for text, marks, scheme in QUESTIONS:
        f.para(document, text)
        for _ in range(marks + 1):
            f.para(document, LINES, size=9)
        _mark_scheme(document, scheme)
    f.para(document, "5. “Cryptocurrencies like Bitcoin should replace ordinary money.”", bold=True)
    f.para(document, "Discuss this statement. You should give arguments for and against and reach a conclusion. "
                     "[6]")
    f.para(document, "Use the PEEL frame to plan one paragraph for each side:", size=10)
    f.table(document, PEEL)
    for cell in document.tables[-1].columns[0].cells:
        f.cell_fill(cell, "DEEAF6")
    f.para(document)
    for _ in range(12):
        f.para(document, LINES, size=9)
    f.para(document, "Mark scheme", bold=True, size=9)
    f.para(document, "Mark in levels. Indicative content:", size=9)
    for point in INDICATIVE:
        paragraph = f.para(document, f"• {point}", size=9)
        paragraph.paragraph_format.left_indent = Pt(12)
    f.table(document, LEVELS)
    f.para(document)
    f.para(document, "Total: ______ / 16          WWW: ______________________   EBI: ______________________")
    return f.docx_bytes(document)


# The poster's boxes in the order they were added in Publisher: (x, y, w, h, fill, term, meaning), millimetres.
BOXES = [
    (12, 52, 88, 44, (255, 214, 102), "Blockchain",
     "A shared digital record of transactions, stored as a chain of blocks and copied on thousands of computers."),
    (112, 150, 86, 40, (169, 209, 142), "Hash",
     "A code worked out from a block’s data. If the data changes even slightly, the hash changes."),
    (108, 50, 90, 46, (157, 195, 230), "Cryptocurrency",
     "A digital currency that exists only electronically and is not issued by a bank or government, e.g. Bitcoin."),
    (14, 204, 84, 40, (244, 177, 131), "Digital wallet",
     "Software that stores the keys you need to spend your cryptocurrency."),
    (14, 104, 84, 36, (197, 224, 180), "Block",
     "A group of transactions added to the blockchain in one go."),
    (110, 102, 88, 40, (255, 230, 153), "Ledger",
     "A record of who has paid what to whom."),
    (12, 148, 90, 48, (189, 215, 238), "Mining",
     "Using powerful computers to check a block of transactions and add it to the chain. Miners are rewarded with "
     "new coins."),
    (112, 198, 86, 44, (248, 203, 173), "Private key",
     "A secret code that proves you own your coins. Lose it and your money is gone forever!"),
    (60, 250, 92, 22, (217, 217, 217), "Decentralised",
     "Not controlled by any one bank, company or government."),
]


def poster() -> bytes:
    pdf = f.Pdf(title="crypto poster FINAL v2")
    pdf.set_producer("Microsoft® Publisher 2016")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    pdf.set_fill_color(31, 56, 100)
    pdf.rect(0, 0, 210, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(10, 9)
    pdf.set_font(pdf.sans, "B", 30)
    pdf.cell(190, 14, pdf.typed("CRYPTO & BLOCKCHAIN"), align="C")
    pdf.set_xy(10, 25)
    pdf.set_font(pdf.sans, "", 14)
    pdf.cell(190, 8, pdf.typed("Key words you need to know"), align="C")
    pdf.set_text_color(0, 0, 0)
    for x, y, width, height, fill, term, meaning in BOXES:
        tilted = term == "Hash"
        with pdf.rotation(angle=4 if tilted else 0, x=x + width / 2, y=y + height / 2):
            pdf.set_fill_color(*fill)
            pdf.set_draw_color(90, 90, 90)
            pdf.rect(x, y, width, height, style="DF", round_corners=True, corner_radius=4)
            pdf.set_xy(x + 4, y + 3)
            pdf.set_font(pdf.sans, "B", 16)
            pdf.cell(width - 8, 9, pdf.typed(term.upper()))
            pdf.set_xy(x + 4, y + 13)
            pdf.set_font(pdf.sans, "", 11)
            pdf.multi_cell(width - 8, 5.5, pdf.typed(meaning), align="L")
    # The "Did you know?" star, drawn last though it sits near the top.
    pdf.set_fill_color(255, 192, 0)
    pdf.star(x=186, y=31, r_in=9, r_out=15, corners=8, style="F")
    pdf.set_xy(171, 26)
    pdf.set_font(pdf.sans, "B", 7)
    pdf.multi_cell(30, 3.5, pdf.typed("Did you know?\nBitcoin began in 2009"), align="C")
    pdf.set_xy(10, 277)
    pdf.set_font(pdf.sans, "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(190, 5, pdf.typed("Bitcoin mining uses more electricity in a year than some whole countries.   "
                               "Y10 display board – Mr Lewis"), align="C")
    return pdf.output_bytes()


FILES = {
    "EQP 3 - Crypto and Blockchain.docx": practice_sheet,
    "Blockchain key words poster.pdf": poster,
}
