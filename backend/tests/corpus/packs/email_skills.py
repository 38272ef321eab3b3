"""Year 7 email skills: a worksheet with a two-column key-word table (no header row), an example email in a box,
tasks and a SHOUTING spam email to spot; slides with the objectives and a netiquette definition."""

from __future__ import annotations

from tests.corpus import formats as f

KEY_WORDS = [
    ["Email address", "A unique address that emails are sent to, e.g. j.smith@school.example"],
    ["Subject line", "A short summary of what the email is about"],
    ["CC", "Carbon copy – sends a copy of the email to someone else, and everyone can see who it went to"],
    ["BCC", "Blind carbon copy – sends a copy without the other people seeing who it went to"],
    ["Attachment", "A file that is sent along with an email"],
    ["Spam", "Unwanted junk email sent to lots of people at once"],
]


def worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Email – Key Words", level=1)
    f.table(document, KEY_WORDS)
    f.para(document, "")
    f.para(document, "Example email", bold=True)
    f.table(document, [[
        "To: mrs.jones@school.example\n"
        "CC: head.of.year7@school.example\n"
        "Subject: Homework question\n"
        "\n"
        "Hi Mrs Jones,\n"
        "I was off on Tuesday and I’m not sure what the homework is. Could you let me know please?\n"
        "Thanks,\n"
        "Sam"
    ]])
    f.para(document, "")
    f.para(document, "Task 1: Label the parts of the email above: To, CC, Subject, greeting, body, sign-off.")
    f.para(document, "Task 2: Write a reply from Mrs Jones. Remember to use a polite greeting and sign-off!!")
    f.para(document, "")
    f.para(document, "Is this email spam? Write YES or NO and explain why.", bold=True)
    f.table(document, [[
        "From: deals4u@free-stuff.example\n"
        "Subject: FREE IPHONE!!! CLICK NOW!!!\n"
        "CONGRATULATIONS you are our lucky winner. CLICK HERE to claim your FREE phone >>> "
        "www.free-stuff.example/claim"
    ]])
    return f.docx_bytes(document)


def slides() -> bytes:
    deck = f.new_pptx(title="Writing a good email")
    f.title_slide(deck, "Writing a good email", "Year 7 – Digital literacy")
    f.content_slide(deck, "Learning Objectives", [
        "To know the parts of an email",
        "To write a polite, clear email",
        "To recognise spam and phishing emails",
    ])
    f.content_slide(deck, "Netiquette", [
        "Netiquette – the rules for being polite and respectful online",
        "Don’t write in CAPITALS – it looks like you’re SHOUTING",
        "Always read your email again before you press send",
    ])
    f.content_slide(deck, "Phishing", [
        "Phishing – fake emails that try to trick you into giving away personal information, like your password",
        "If in doubt, don’t click!",
    ])
    good_bad = f.titled_slide(deck, "Good or bad subject line?")
    f.text_box(good_bad, "Subject: hi", left=0.7, top=2.2, width=4, size=24)
    f.text_box(good_bad, "Subject: Question about Tuesday’s homework", left=5, top=2.2, width=4.5, size=24)
    return f.pptx_bytes(deck)


FILES = {
    "Email worksheet.docx": worksheet,
    "Email lesson.pptx": slides,
}
