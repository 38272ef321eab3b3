"""Held out. Year 9 the internet, the World Wide Web and DNS: a teacher's lesson page exported from Notion as Markdown
(the page's properties as "Key: value" lines under the title, a "<aside>" callout with an emoji, a toggle of key
words as nested bullets whose meanings sit in the child lines, a pipe table comparing the internet and the web,
links to other Notion pages with percent-encoded file names, "- [ ]" to-dos, an embedded video link) and a Word
reading sheet laid out in two newspaper-style columns ("The Daily Byte": a headline, a by-line, a story that names
each key word after its meaning or in an aside, a pull quote) ending in a full-width "Word | Definition | Draw it"
table whose last column is left empty."""

from __future__ import annotations

import docx
from docx.enum.section import WD_SECTION
from docx.shared import Pt

from tests.corpus import formats as f

NOTION = """# L4 – The Internet vs the World Wide Web

Class: 9X2, 9Y1
Created: 1 December 2026 19:42
Date: 8 December 2026
Status: Ready to teach
Tags: Networks, Y9
Unit: Networks and the internet (Networks%20and%20the%20internet%20a41c77b0e2f54d1c9b8f0c3a1d2e6f57.md)

<aside>
💡 **Big idea:** the internet and the web are NOT the same thing. Most of them will think they are – get that out early.

</aside>

Previous: [L3 – Network hardware](L3%20%E2%80%93%20Network%20hardware%205b0f1e9a7c3d4a2b8e6f1d0c9b7a3e21.md)

Next: [L5 – Packets and protocols](L5%20%E2%80%93%20Packets%20and%20protocols%20e7d2c4a1b9f04e3c8a5d6b2f1e0c9a84.md)

## Learning objectives

- Explain the difference between the internet and the World Wide Web
- Describe how DNS is used to find a website
- Identify the parts of a URL

## Starter (5 mins)

Hands up: who has used the internet today? Who has used the web? Tally both on the board. Then ask – what's the difference?

WhatsApp, Fortnite, email = internet but not the web. Good discussion point.

## Key words

- **Key words (open this toggle when you get to slide 3)**
    - Internet
        - A global network of networks – the cables, routers and servers that connect computers all over the world
    - World Wide Web (WWW)
        - All the web pages on the internet, linked together by hyperlinks. It is a service that runs *on* the internet.
    - Web browser
        - Software used to find and display web pages, e.g. Chrome, Edge, Safari
    - URL
        - Uniform Resource Locator – the full address of a web page, e.g. https://www.bbc.co.uk/news
    - Domain name
        - The human-friendly name of a website, e.g. bbc.co.uk
    - IP address
        - A unique number given to every device on a network so data can be sent to it, e.g. 151.101.0.81
    - DNS (Domain Name System)
        - Works like the internet's phone book – it looks up a domain name and finds the matching IP address
    - Web server
        - A computer that stores websites and sends web pages to browsers when they ask for them

## Internet vs Web

| | The internet | The World Wide Web |
| --- | --- | --- |
| What is it? | Hardware – a network of networks | A collection of web pages |
| When? | 1969 (ARPANET) | 1989–91, Tim Berners-Lee at CERN |
| Made of | cables, routers, satellites, servers | pages, links, images, videos |
| Examples of use | email, online gaming, video calls, the web | reading BBC News, Wikipedia |

## How DNS works (main activity, 20 mins)

1. You type www.bbc.co.uk into the browser
2. The browser asks a DNS server: "what is the IP address of bbc.co.uk?"
3. The DNS server looks it up (or asks another DNS server) and sends back the IP address
4. The browser uses the IP address to request the page from the web server
5. The web server sends the page back and the browser displays it

Role play this!! 4 volunteers: browser, DNS server, web server, "the internet" (holds the string). Printed IP cards in the blue tray.

[https://www.youtube.com/watch?v=2ZUxoi7YNgs](https://www.youtube.com/watch?v=2ZUxoi7YNgs)

Video is 4:30 – stop at 2:10 if short on time.

## Then

Pupils read **The Daily Byte** (newspaper sheet) and fill in the Word | Definition | Draw it table. Early finishers: label the parts of a URL on the back.

## Plenary

Exit question on mini whiteboards: *Is sending a WhatsApp message using the web? Explain.* (No – it uses the internet, but not web pages or a browser.)

## To do

- [x] Print Daily Byte ×30
- [ ] Book whiteboards
- [ ] IP cards – laminate?
- [ ] Upload slides to Teams after
"""


def notion_md() -> bytes:
    return NOTION.encode("utf-8")


STORY = [
    "Every day, millions of people in the UK say they are “going on the internet” when they open a web page. But "
    "computer scientists say they are mixing up two very different things.",
    "A global network of networks, made of cables, routers and servers that connect computers around the world, "
    "was first switched on in 1969. Today we call it the **internet**.",
    "Twenty years later, at the CERN laboratory in Switzerland, Tim Berners-Lee had an idea: pages of information "
    "that link to each other. These pages, joined together by **hyperlinks** (words or pictures you click to go to "
    "another page), became the **World Wide Web**. The web is just one service that runs on the internet – email "
    "and online games are others.",
    "To visit a web page you need a **web browser** – software such as Chrome or Safari that finds web pages and "
    "shows them on your screen.",
    "But how does your browser find a website? Every device on the internet has its own unique number so that "
    "data can be sent to it. That number is its **IP address**. Numbers like 151.101.0.81 are hard to remember, "
    "so websites also have a **domain name**: a name people can remember, such as bbc.co.uk.",
    "When you type a domain name, your computer asks a special server to look up the matching IP address – a bit "
    "like looking up a friend’s number in your phone’s contacts. This system is called the **Domain Name System**, "
    "or **DNS** for short.",
    "Once your browser knows the IP address, it asks the **web server** – the computer where the website is "
    "stored – to send the page. All of this happens in less than a second.",
]
QUOTE = "“The web is just one service that runs on the internet.”"
TABLE = [
    ["**Word**", "**Definition**", "**Draw it**"],
    ["Internet", "A global network of networks that connects computers around the world", ""],
    ["World Wide Web", "All the web pages on the internet, joined together by hyperlinks", ""],
    ["Hyperlink", "A word or picture you click to go to another page", ""],
    ["Web browser", "Software that finds web pages and shows them on your screen", ""],
    ["IP address", "A unique number given to each device on the internet so data can be sent to it", ""],
    ["Domain name", "A name people can remember for a website, such as bbc.co.uk", ""],
    ["DNS", "The system that looks up the IP address that matches a domain name", ""],
    ["Web server", "The computer where a website is stored, which sends pages to browsers", ""],
]


def _columns(section, number: int) -> None:
    cols = section._sectPr.find(docx.oxml.ns.qn("w:cols"))
    if cols is None:
        cols = docx.oxml.OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(docx.oxml.ns.qn("w:num"), str(number))
    cols.set(docx.oxml.ns.qn("w:space"), "425")
    if number > 1:
        cols.set(docx.oxml.ns.qn("w:sep"), "1")


def newspaper() -> bytes:
    document = f.new_docx(title="")
    document.core_properties.author = "Rhodes, Emma"
    document.styles["Normal"].font.name = "Georgia"
    document.styles["Normal"].font.size = Pt(10.5)
    f.para(document, "THE DAILY BYTE", size=36, bold=True)
    f.para(document, "Tuesday 8 December 2026          Price: one lesson          Year 9 Edition")
    f.para(document, "“IT’S NOT THE SAME THING!” – Experts slam internet mix-up", size=18, bold=True)
    f.para(document, "By our Technology Correspondent, Ms E. Rhodes")
    body = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(body, 2)
    for index, paragraph in enumerate(STORY):
        f.para(document, paragraph)
        if index == 2:
            f.para(document, QUOTE, size=14, bold=True)
    f.para(document, "Read the full story of the web at home.cern/science/computing/birth-web", size=8)
    after = document.add_section(WD_SECTION.CONTINUOUS)
    _columns(after, 1)
    f.para(document, "Now you try: fill in the last column with a drawing that will help you remember each word.",
           bold=True)
    f.table(document, TABLE)
    f.para(document, "")
    f.para(document, "Challenge: explain to a Year 7 why “I’m going on the web” and “I’m going on the internet” do "
                     "not always mean the same thing.")
    return f.docx_bytes(document)


FILES = {
    "L4 – The Internet vs the World Wide Web 3c9e1f02a7b64d58b1e0f9a2c4d7e6b3.md": notion_md,
    "The Daily Byte - internet vs web.docx": newspaper,
}
