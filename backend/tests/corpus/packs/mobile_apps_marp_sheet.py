'''Held out. Year 9 app development: the teacher's slides written in Markdown for Marp (front matter with
"marp: true", theme, paginate and footer, "---" slide breaks, "<!-- _class: lead -->" directives, speaker notes as
HTML comments, a "![bg right:30% fit]" image, a comparison pipe table, a blockquote, success criteria as a numbered
"I can…" list, two words defined in bold inside sentences, a fenced JavaScript event handler, an exit ticket answered
in a comment) and the key-terms sheet printed from Excel to PDF without fitting it to the page, so that the
numbers, terms and topics are on page 1 and the definitions, examples and a tick column for the same rows are on page
2 (gridlines, the sheet name as the page header, "Page n of 2" footers).'''

from __future__ import annotations

from fpdf.enums import MethodReturnValue

from tests.corpus import formats as f

SLIDES = '''---
marp: true
theme: gaia
paginate: true
size: 16:9
footer: 'Y9 Computing · Unit 3 App development · Mr Lewis'
style: |
  section { font-size: 28px; }
  table { font-size: 22px; }
---

<!-- _class: lead -->
<!-- _paginate: false -->

# 📱 What makes an app?

### Y9 Unit 3 · Lesson 1

---

## Do now (5 mins) ⏱

1. How many apps are on your phone? Guess!
2. Name an app you use every day and what you use it for.
3. Have you ever *paid* for an app, or for something inside an app?

<!--
Phones stay in bags! Take a show of hands for Q3 - usually most say they've bought something INSIDE a free app
(skins, coins). Park that for the money slide.
-->

---

## Success criteria

By the end of today:

1. I can explain the difference between native, web and cross-platform apps
2. I can describe three ways that "free" apps make money
3. I can write an event handler in JavaScript that reacts to a button press

---

## Native, web or cross-platform?

![bg right:30% fit](img/three-phones.png)

| | Native | Web | Cross-platform |
|---|---|---|---|
| Get it from | App store | Just open it in a browser | App store |
| Works offline? | ✅ | ❌ (mostly) | ✅ |
| Built with | Swift (iPhone), Kotlin (Android) | HTML, CSS, JavaScript | Flutter, React Native |
| Example | iPhone Camera | Google Docs in Chrome | Duolingo |

<!-- Ask: why would a company build the same app twice? (speed, use of camera/GPS, look and feel) -->

---

## 💷 How do "free" apps make money?

- Adverts (banner ads, "watch a video to get 50 coins")
- In-app purchases – skins, coins, extra levels
- Subscriptions – pay monthly for "Premium" or "Pro"
- Selling data about you?! 🤔

> "If you're not paying for the product, you are the product."

---

## Key terms 📄

Stick the key terms sheet in your book (it printed on **two** pages – sorry!).

Match each definition on page 2 to its term on page 1 using the **#** number, then highlight the terms you already knew.

---

## Apps are event-driven ⚡

An app spends most of its time waiting for you. An **event** is something that happens while the app is running, like a tap, a swipe or a message arriving.

The code that runs when an event happens is called an **event handler**.

```javascript
const likeButton = document.getElementById("like");
let likes = 0;

likeButton.addEventListener("click", function () {
  likes = likes + 1;
  likeButton.textContent = "❤️ " + likes;
});
```

---

## Task – build a like button 👍

1. Open the starter on CodePen: https://codepen.io/mrlewis-cs/pen/y9-like-button
2. Press the button. Nothing happens – why not?
3. Add the event handler from the last slide and test it.
4. **Extension:** stop the count at 10 and change the heart to 🔥

---

## Exit ticket 🎟️

1. Give one advantage of a native app over a web app.
2. What does "freemium" mean?
3. What is an event handler?

<!--
1. Works offline / runs faster / can use the camera, GPS, notifications etc.
2. Free to download, but you pay for extra features or to remove adverts.
3. The code that runs when an event (a tap, a click) happens.
-->
'''


def slides() -> bytes:
    return SLIDES.encode("utf-8")


TERMS = [
    ("Native app", "Types", "An app written for one kind of device or operating system, e.g. only for iPhone, "
     "and installed from that platform's app store.", "WhatsApp for iOS"),
    ("Web app", "Types", "An app that runs in a web browser, so nothing needs to be installed.",
     "Google Docs, Canva"),
    ("Cross-platform app", "Types", "One app written once that can run on both Android and iPhone.",
     "Duolingo (Flutter)"),
    ("App store", "Business", "The official shop where you download apps for a device; it checks apps and takes a "
     "share of the money.", "Apple App Store, Google Play"),
    ("Permissions", "Privacy", "What an app asks to be allowed to use on your phone, such as your camera, "
     "microphone, contacts or location.", "Snapchat asking for your location"),
    ("Push notification", "Design", "A message an app sends to your screen even when you are not using the app.",
     "\"Your food is on its way!\""),
    ("In-app purchase", "Business", "Paying real money for something inside an app, such as coins, skins or extra "
     "levels.", "V-Bucks in Fortnite"),
    ("Freemium", "Business", "An app that is free to download but charges for extra features or to remove adverts.",
     "Spotify Free vs Premium"),
    ("Beta testing", "Design", "Letting a small group of real users try an unfinished app to find bugs before it "
     "is released.", "TestFlight"),
]
PAGE1 = [("A", 10), ("B", 42), ("C", 28)]   # column letter, width (mm): columns A to C fit on page 1
PAGE2 = [("D", 118), ("E", 48), ("F", 22)]  # D to F go on to page 2
LINE = 4.6


def key_terms_sheet() -> bytes:
    pdf = f.Pdf(title="Y9 Apps key terms")
    pdf.set_producer("Microsoft® Excel® for Microsoft 365")
    pdf.set_auto_page_break(auto=False)
    rows: list[dict[str, str]] = [
        {"A": "Y9 Unit 3 – Apps – key terms", "B": "", "C": "", "D": "", "E": "", "F": ""},
        {key: "" for key in "ABCDEF"},
        {"A": "#", "B": "Key term", "C": "Topic", "D": "Definition", "E": "Example", "F": "Learnt? ✓"},
    ]
    for number, (term, topic, meaning, example) in enumerate(TERMS, start=1):
        rows.append({"A": str(number), "B": term, "C": topic, "D": meaning, "E": example, "F": ""})
    rows.append({key: "" for key in "ABCDEF"})
    rows.append({"A": "Definitions adapted from BBC Bitesize – checked by JL Sept 24", "B": "", "C": "", "D": "",
                 "E": "", "F": ""})
    pdf.add_page()  # a first page only to measure the wrapped definitions; the real pages follow
    pdf.set_font(pdf.sans, "", 9)
    heights = []
    for row in rows:
        lines = 1
        for column, width in PAGE1[1:] + PAGE2[:2]:
            if row[column] and not (row is rows[0] or row is rows[-1]):
                wrapped = pdf.multi_cell(width - 2, LINE, pdf.typed(row[column]), dry_run=True,
                                         output=MethodReturnValue.LINES)
                lines = max(lines, len(wrapped))
        heights.append(lines * LINE + 1.6)
    out = f.Pdf(title="Y9 Apps key terms")
    out.set_producer("Microsoft® Excel® for Microsoft 365")
    out.set_auto_page_break(auto=False)
    for page, columns in enumerate((PAGE1, PAGE2), start=1):
        out.add_page()
        out.set_font(out.sans, "", 9)
        out.set_xy(10, 8)
        out.cell(190, 5, "Key terms", align="C")
        y = 18
        for index, (row, height) in enumerate(zip(rows, heights, strict=True)):
            x = 10
            for column, width in columns:
                text = row[column]
                overflow = index in (0, len(rows) - 1) and column == "A"
                bold = index == 2 or (index == 0 and column == "A")
                out.set_draw_color(191, 191, 191)
                out.rect(x, y, width, height)
                out.set_font(out.sans, "B" if bold else "", 11 if index == 0 else 9)
                if text and overflow:
                    out.set_xy(x + 1, y + 0.8)
                    out.cell(0, LINE, out.typed(text))
                elif text:
                    out.set_xy(x + 1, y + 0.8)
                    out.multi_cell(width - 2, LINE, out.typed(text), align="L")
                x += width
            y += height
        out.set_xy(10, 285)
        out.set_font(out.sans, "", 9)
        out.cell(190, 5, f"Page {page} of 2", align="C")
    return out.output_bytes()


FILES = {
    "y9-apps-lesson1.md": slides,
    "Y9 Apps key terms.pdf": key_terms_sheet,
}
