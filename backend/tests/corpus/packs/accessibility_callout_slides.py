"""Held out. Year 8 accessible web design: the teacher's PowerPoint (a "Do Now" of five retrieval questions on the
last lesson answered in the notes, "Learning Objectives" as "To …" bullets, explanation slides whose key word
sits in a yellow callout shape beside the body text rather than in it, two callouts on one slide, a "Keywords"
slide that is only a title and a screenshot of a "Keyword | Meaning" table, so those words are in the picture
alone, an audit task and a plenary pointing to a form) and the exit ticket on Google Forms, copied from the
form's preview into a .txt (the "* Indicates required question" line, email, name and a class question that are
not questions on the topic, "1 point" lines, options one a line with no letters, "Your answer" for written
questions and Google's footer)."""

from __future__ import annotations

from pptx.util import Inches

from tests.corpus import formats as f

DO_NOW = [
    "1. What is a wireframe?",
    "2. What does a navigation bar do?",
    "3. What is a hyperlink?",
    "4. What is meant by a ‘house style’?",
    "5. Name two things that make a good home page.",
]
DO_NOW_ANSWERS = ("Do Now answers (from lesson 3, planning a website):\n"
                  "1. A simple sketch/plan of the layout of a web page\n"
                  "2. Links to the main pages of the site so users can move around it\n"
                  "3. Text or an image that takes you to another page when clicked\n"
                  "4. The same fonts, colours and logo used on every page\n"
                  "5. Any two: clear title/logo, navigation bar, readable text, relevant images, contact details")
OBJECTIVES = [
    "To define accessibility and explain why it matters",
    "To identify features that make a website accessible",
    "To evaluate a website using an accessibility checklist",
]
KEYWORDS = [
    ["Keyword", "Meaning"],
    ["Accessibility", "Designing websites so that everyone can use them, including people with disabilities"],
    ["Assistive technology", "Hardware or software that helps a disabled person use a computer"],
    ["Screen reader", "Software that reads the text on the screen aloud"],
    ["Alt text", "A written description of an image, read out by a screen reader"],
    ["Colour contrast", "The difference between the colour of the text and the colour of its background"],
    ["Captions", "Words on the screen that show what is being said in a video"],
    ["Transcript", "A written copy of everything said in a video or audio clip"],
    ["Keyboard navigation", "Using a website with only the keyboard (Tab, Enter and the arrow keys)"],
    ["WCAG", "Web Content Accessibility Guidelines – the international rules for making websites accessible"],
]


def _explained(deck, title: str, lines: list[str], callouts: list[str], *, notes: str = "") -> None:
    """A body placeholder squeezed to the left and the key word in a callout beside it."""
    slide = f.content_slide(deck, title, lines, notes=notes)
    slide.placeholders[1].width = Inches(6.0)
    for index, word in enumerate(callouts):
        f.shape_box(slide, f"KEY WORD\n{word}", left=6.9, top=1.9 + index * 2.3, width=2.7, height=1.5,
                    kind="RECTANGULAR_CALLOUT", fill="FFD966", color="000000", size=18, bold=True)


def deck() -> bytes:
    presentation = f.new_pptx(title="Accessible Web Design")
    f.title_slide(presentation, "Accessible Web Design", "Year 8 Computing – Web design unit, lesson 4")
    f.content_slide(presentation, "Do Now ⏱ 5 mins", [*DO_NOW, "Write your answers in your book – no talking!"],
                    notes=DO_NOW_ANSWERS)
    f.content_slide(presentation, "Learning Objectives", OBJECTIVES)
    _explained(presentation, "What is accessibility?", [
        "Accessibility means designing websites so that everyone can use them, including people with "
        "disabilities.",
        "About 1 in 5 people in the UK has a disability.",
        "An accessible website is easier for everyone to use – not just disabled people.",
        "In the UK, the Equality Act 2010 says services (including websites) must not discriminate against disabled "
        "people.",
    ], ["Accessibility"], notes="Ask: who might find a website hard to use? Take 3-4 answers before revealing.")
    _explained(presentation, "Who benefits?", [
        "Visual impairment – blind or partially sighted users, colour blindness",
        "Hearing impairment – deaf or hard of hearing users",
        "Motor impairment – users who cannot use a mouse",
        "Cognitive – for example dyslexia",
        "Many users rely on assistive technology: any hardware or software that helps a disabled person use a "
        "computer, such as a screen reader, a screen magnifier or a switch.",
    ], ["Assistive technology"])
    _explained(presentation, "Screen readers and alt text", [
        "A screen reader is software that reads the text on the screen aloud. Blind users navigate the page by "
        "listening.",
        "A screen reader cannot see pictures!",
        "Alt text is a short written description of an image, added by the web designer, which the screen reader "
        "reads out instead.",
        "  Good: “A girl in a wheelchair using a laptop”",
        "  Bad: “image1.jpg”",
    ], ["Screen reader", "Alt text"])
    _explained(presentation, "Colour and text", [
        "Colour contrast is the difference between the colour of the text and the colour of its background.",
        "Dark text on a light background is easiest to read.",
        "Never use colour alone to show meaning (e.g. “the red boxes are wrong”) – colour-blind users may not "
        "see it.",
        "Use a clear font and let users make the text bigger.",
    ], ["Colour contrast"])
    _explained(presentation, "Video and sound", [
        "Captions are words on the screen that show what is being said in a video, for deaf or hard of hearing "
        "users.",
        "A transcript is a written copy of everything said in a video or audio clip.",
        "Don’t make videos play automatically.",
    ], ["Captions", "Transcript"])
    _explained(presentation, "Keyboard navigation", [
        "Some users cannot use a mouse.",
        "Keyboard navigation means using a website with only the keyboard: Tab moves to the next link or button, "
        "Enter clicks it.",
        "The user must always be able to see which link is selected.",
        "Try it: put your mouse away and use Tab to get around the school website!",
    ], ["Keyboard navigation"])
    keywords = f.titled_slide(presentation, "Keywords")
    f.picture(keywords, f.table_png(KEYWORDS, widths=[420, 1180]), left=0.5, top=1.4, width=9.0)
    f.content_slide(presentation, "Task: Accessibility audit", [
        "1. Open the website on your worksheet",
        "2. Use the checklist to test it: alt text, colour contrast, captions, keyboard navigation, text size",
        "3. Give the website a score out of 10",
        "4. Write three improvements the designer should make",
        "Extension: turn on Narrator (Windows key + Ctrl + Enter) and listen to the page",
    ], notes="Sites: bbc.co.uk (good), the old school site (bad). Headphones for the extension.")
    f.content_slide(presentation, "Plenary – exit ticket", [
        "Complete the exit ticket on Google Forms (link in the Teams chat)",
        "You have 7 minutes",
        "Next lesson: designing our own accessible home page",
    ])
    return f.pptx_bytes(presentation)


FORM = """Accessible web design - exit ticket
Y8 Computing, lesson 4. Answer every question on your own - no notes!

Sign in to Google to save your progress. Learn more
* Indicates required question

Email *
Your email

Name *
Your answer

Class *
8A
8B
8C
8D

1. What is accessibility? *
1 point
Making a website load quickly
Designing websites so that everyone can use them, including people with disabilities
Making a website look good on a phone
Adding a password to a website

2. What does a screen reader do? *
1 point
Reads the text on the screen aloud
Makes the screen brighter
Checks a website for spelling mistakes
Zooms in on a picture

3. Which of these is the best alt text for a photo on a school website? *
1 point
photo.jpg
Image
Pupils in lab coats doing an experiment in a science lesson
Click here

4. Which of these helps a deaf user? *
1 point
Alt text
Captions
Bigger buttons
A dark background

5. Why is light grey text on a white background a problem? *
1 point
It uses too much ink
The colour contrast is too low to read
Screen readers cannot read grey text
It makes the page load slowly

6. True or false: an accessible website only helps disabled people. *
1 point
True
False

7. Give one way a website can be made easier to use for someone who cannot use a mouse. *
2 points
Your answer

Submit
Page 1 of 1
Clear form
Never submit passwords through Google Forms.
This content is neither created nor endorsed by Google. Report Abuse - Terms of Service - Privacy Policy
Google Forms
"""


def exit_ticket() -> bytes:
    return FORM.encode("utf-8")


FILES = {
    "Y8 L4 Accessible Web Design.pptx": deck,
    "Accessible web design - exit ticket - Google Forms.txt": exit_ticket,
}
