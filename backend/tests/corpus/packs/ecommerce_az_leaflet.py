"""Held out. Year 8 e-commerce: a PowerPoint set up as an A4 portrait printable (7.5 × 10.83 inch slides on the
blank layout, every word in free text boxes and shapes): "The A–Z of online shopping" sheet (a banner, a name
line, a drawn teacher avatar whose speech bubble holds the objectives as "1) …" lines in lower case, the
instructions, a 4 × 7 grid of 26 letter boxes – a circled letter shape, then a text box – six filled in by the
teacher with a word and its meaning written six different ways, the rest dotted lines, some with a "(hint: …)",
a bare word bank in the last cells, a small-print footer) and a homework choice board of nine task tiles; and the
teacher's model tri-fold leaflet made in Publisher and saved as a two-page landscape PDF (WAGOLL), its panels in
folding order – page 1 the inside flap, the back cover and the front cover, page 2 the three inside panels – four
more words defined inside the panels' sentences and steps, a "Quick quiz" on the flap answered on the back
cover, help lines and a credit line)."""

from __future__ import annotations

import io

from pptx.util import Inches

from tests.corpus import formats as f

OBJECTIVES = [
    "explain what e-commerce is and give examples",
    "describe the steps of buying something online",
    "spot the signs that an online shop is safe to use",
]
# The letters the teacher filled in, each typed a different way; the others are left for the class.
FILLED = {
    "B": "B2C – Business to Consumer: a business sells to the public, e.g. Argos selling to you.",
    "C": "C2C (Consumer to Consumer) = ordinary people selling to each other through a website like eBay or Vinted.",
    "D": "Digital wallet: an app that stores your card details safely so you can pay with your phone or watch, "
         "e.g. Apple Pay.",
    "E": "E-commerce means buying and selling goods and services over the internet.",
    "H": "HTTPS → the secure version of HTTP. The padlock 🔒 means data between you and the shop is encrypted.",
    "P": "Payment gateway … checks your card details with the bank and passes the money to the shop (PayPal, "
         "Stripe).",
}
HINTS = {"F": "(hint: a shop that isn’t real!)", "R": "(hint: sending it back)", "S": "(hint: you pay every month)",
         "X": "you can skip this one 😉"}
WORD_BANK = ("WORD BANK\nbasket · checkout · fake shop · refund · returns · subscription · delivery · Klarna · "
             "QR code · Vinted · wish list · review")
TASKS = [
    "Design a logo and a name for your own online shop.",
    "Interview an adult at home: what was the last thing they bought online, and how did they pay?",
    "Make a poster: 5 signs that an online shop might be fake.",
    "Compare the price of one item on three websites. Which is cheapest once delivery is added?",
    "⭐ FREE CHOICE ⭐\nCheck your idea with me first!",
    "Draw a flow chart of an order’s journey from click to doorstep.",
    "Find out what Black Friday is. Are the deals really deals?",
    "Write a 5-star and a 1-star review for a made-up shop. What makes a review useful?",
    "Explain how a shop like Amazon uses your data to choose the adverts you see.",
]
FOOTER = "Mrs Shah · Computing · Y8 Unit 2 Digital world · print A4 portrait, black & white please"


def _teacher_png() -> bytes:
    return f.sketch_png([("ellipse", (150, 40, 450, 340), "#f8cbad"), ("ellipse", (220, 140, 260, 180), "#333333"),
                         ("ellipse", (340, 140, 380, 180), "#333333"), ("arc", (230, 180, 370, 300), "#c00000"),
                         ("rect", (120, 330, 480, 440), "#2f5597")])


def _az_sheet(deck) -> None:
    slide = f.blank_slide(deck)
    f.shape_box(slide, "THE A–Z OF ONLINE SHOPPING 🛒", left=0.3, top=0.25, width=6.9, height=0.7,
                kind="RECTANGLE", fill="1F3864", size=24, bold=True)
    f.text_box(slide, "Year 8 Computing · E-commerce · Lesson 3", left=0.3, top=1.0, width=4, height=0.3, size=10)
    f.text_box(slide, "Name: ______________________   Class: ________", left=3.6, top=1.0, width=3.7, height=0.3,
               size=10)
    f.picture(slide, _teacher_png(), left=0.3, top=1.45, width=0.95)
    bubble = "Mrs Shah says: by the end of today you should be able to…\n" + "\n".join(
        f"{n}) {objective}" for n, objective in enumerate(OBJECTIVES, start=1))
    f.shape_box(slide, bubble, left=1.5, top=1.4, width=5.7, height=1.05, kind="ROUNDED_RECTANGULAR_CALLOUT",
                fill="FFF2CC", color="000000", size=10)
    f.text_box(slide, "I’ve done six letters for you. Fill in the rest using today’s lesson – every box needs a "
                      "word AND what it means. Stuck? Use the word bank!", left=0.3, top=2.55, width=6.9,
               height=0.5, size=10, bold=True)
    width, height, left, top = 1.72, 1.04, 0.3, 3.1
    for index, letter in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
        x, y = left + (index % 4) * width, top + (index // 4) * height
        frame = slide.shapes.add_shape(1, Inches(x), Inches(y), Inches(width - 0.06), Inches(height - 0.06))
        frame.fill.background()
        frame.name = f"Box {letter}"
        f.shape_box(slide, letter, left=x + 0.04, top=y + 0.04, width=0.34, height=0.34, kind="OVAL",
                    fill="2E75B6", size=11, bold=True)
        text = FILLED.get(letter) or "\n".join(filter(None, ["……………………", HINTS.get(letter, ""),
                                                             "……………………………………"]))
        f.text_box(slide, text, left=x + 0.36, top=y + 0.02, width=width - 0.44, height=height - 0.1, size=7)
    f.shape_box(slide, WORD_BANK, left=left + 2 * width, top=top + 6 * height, width=2 * width - 0.06,
                height=height - 0.06, kind="RECTANGLE", fill="E2EFDA", color="000000", size=8)
    f.text_box(slide, FOOTER, left=0.3, top=10.45, width=6.9, height=0.25, size=7)


def _choice_board(deck) -> None:
    slide = f.blank_slide(deck)
    f.shape_box(slide, "HOMEWORK CHOICE BOARD", left=0.3, top=0.25, width=6.9, height=0.7, kind="RECTANGLE",
                fill="1F3864", size=24, bold=True)
    f.text_box(slide, "Pick THREE tasks in a row – across, down or diagonal – like noughts and crosses ❌⭕\n"
                      "Due: next lesson. Hand in on Teams or on paper. Each task should take about 20 minutes.",
               left=0.3, top=1.05, width=6.9, height=0.7, size=11)
    colours = ["DEEBF7", "FCE4D6", "E2EFDA"]
    for index, task in enumerate(TASKS):
        f.shape_box(slide, task, left=0.3 + (index % 3) * 2.32, top=2.0 + (index // 3) * 2.6, width=2.2,
                    height=2.45, fill="FFD966" if index == 4 else colours[(index + index // 3) % 3],
                    color="000000", size=12, bold=index == 4)
    f.text_box(slide, FOOTER, left=0.3, top=10.45, width=6.9, height=0.25, size=7)


def az_sheet() -> bytes:
    deck = f.new_pptx(title="Y8 E-commerce A-Z")
    deck.slide_width, deck.slide_height = Inches(7.5), Inches(10.83)  # PowerPoint's "A4 Paper", portrait
    _az_sheet(deck)
    _choice_board(deck)
    return f.pptx_bytes(deck)


# The leaflet's panels, as (heading, paragraphs) in the order Publisher lays them on each side of the sheet;
# "**…**" is bold, as the teacher bolded the key words.
OUTSIDE = [
    ("DID YOU KNOW?", [
        "• Over a quarter of everything people in the UK buy is now bought online.",
        "• Some online shops never touch what they sell! In **dropshipping**, the shop takes your order and the "
        "supplier – often in another country – posts it straight to you. That’s why delivery can take weeks.",
        "• Black Friday is the Friday after Thanksgiving in the USA – lots of UK shops have sales then too.",
        "QUICK QUIZ",
        "1. What does the padlock next to a web address mean?",
        "2. Name one C2C website.",
        "3. What is the checkout?",
        "4. Why can buy now, pay later be risky?",
        "(answers on the back!)"]),
    ("NEED HELP?", [
        "If you think you have been scammed, tell an adult straight away.",
        "Action Fraud: 0300 123 2040 – actionfraud.police.uk",
        "Citizens Advice consumer helpline: 0808 223 1133",
        "Quiz answers: 1. The website uses HTTPS – the data is encrypted  2. e.g. eBay, Vinted  3. The page where "
        "you enter your delivery address and payment details  4. If you miss a payment you might pay a fee and it "
        "can affect your credit score",
        "Made by Mrs Shah for 8C as a WAGOLL (What A Good One Looks Like). Images: Pixabay."]),
    ("SHOP SAFE ONLINE", ["a guide for Year 8s (and their grown-ups!)"]),
]
INSIDE = [
    ("HOW DOES BUYING ONLINE WORK?", [
        "1  Browse the shop and pick what you want.",
        "2  Add it to your basket.",
        "3  Go to the **checkout** – the page where you enter your delivery address and payment details.",
        "4  The payment gateway checks your card with your bank.",
        "5  You get an order confirmation email.",
        "6  Your parcel is delivered – or you pick it up in store with click and collect."]),
    ("IS THIS SHOP SAFE? ✔ ✘", [
        "A **fake shop** is a website that looks like a real shop but takes your money and never sends anything. "
        "Check before you buy:",
        "✔ The web address starts with https:// and has a padlock",
        "✔ Real contact details: an address and a phone number",
        "✔ A returns policy",
        "✔ Reviews on other sites like Trustpilot – not just on the shop’s own page",
        "✘ Prices that are too good to be true",
        "✘ Only lets you pay by bank transfer",
        "✘ Spelling mistakes and blurry logos"]),
    ("PAY SMART", [
        "Use a credit card or PayPal if you can – it is easier to get your money back if something goes wrong.",
        "**Buy now, pay later** (BNPL) lets you split the cost into smaller payments later, e.g. Klarna. Sounds "
        "great? If you miss a payment you might pay a fee, and it can affect your credit score.",
        "Never save your card details on a shared computer.",
        "Turn on two-step verification for your shopping accounts."]),
]
PANEL_WIDTH = 99.0


def _panel(pdf, index: int, heading: str, paragraphs: list[str], *, cover: bool = False) -> None:
    left = index * PANEL_WIDTH + 7
    pdf.set_xy(left, 40 if cover else 12)
    pdf.set_text_color(31, 56, 100)
    pdf.set_font(pdf.sans, "B", 26 if cover else 14)
    pdf.multi_cell(PANEL_WIDTH - 14, 12 if cover else 7, pdf.typed(heading), new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    for text in paragraphs:
        heading_line = text.isupper()
        pdf.set_font(pdf.sans, "B" if heading_line else "", 12 if heading_line else 9.5)
        pdf.set_x(left)
        pdf.multi_cell(PANEL_WIDTH - 14, 5, pdf.typed(text), new_x="LEFT", new_y="NEXT", markdown=True)
        pdf.ln(2.5)


def leaflet() -> bytes:
    pdf = f.Pdf(title="Shop safe leaflet")
    pdf.set_producer("Microsoft® Publisher for Microsoft 365")
    pdf.set_auto_page_break(auto=False)  # a leaflet panel never flows on to another page
    pdf.add_page(orientation="L")
    for index, (heading, paragraphs) in enumerate(OUTSIDE):
        _panel(pdf, index, heading, paragraphs, cover=index == 2)
    bag = f.sketch_png([("rect", (170, 150, 430, 400), "#f4b183"), ("arc", (230, 60, 370, 240), "#7f6000"),
                        ("rect", (260, 230, 340, 320), "#ffd966")])
    pdf.image(io.BytesIO(bag), x=2 * PANEL_WIDTH + 20, y=95, w=60)
    pdf.set_xy(2 * PANEL_WIDTH + 7, 170)
    pdf.set_font(pdf.sans, "B", 11)
    pdf.cell(PANEL_WIDTH - 14, 6, pdf.typed("by Mrs Shah’s class 8C"), align="C")
    pdf.add_page(orientation="L")
    for index, (heading, paragraphs) in enumerate(INSIDE):
        _panel(pdf, index, heading, paragraphs)
    return pdf.output_bytes()


FILES = {
    "Y8 E-commerce A-Z + choice board.pptx": az_sheet,
    "Shop Safe Online leaflet (WAGOLL).pdf": leaflet,
}
