"""Year 9 network security: a deck of title/body definition slides, a lesson plan whose timetable lines follow its
objectives with no heading of their own and which ends with a real "students should be able to" list, and a
phishing worksheet with an example email and extension tasks."""

from __future__ import annotations

from tests.corpus import formats as f


def slides() -> bytes:
    deck = f.new_pptx(title="Network Security")
    f.title_slide(deck, "Network Security", "Year 9 Computing – Lesson 1")
    f.content_slide(deck, "Do Now", ["What do you think the word ‘security’ means?", "Write down 3 ideas in your book"])
    f.content_slide(deck, "What is network security?", [
        "Network security means protecting the data and devices on a network from unauthorised access, misuse or "
        "damage",
    ], notes="Ask the class who they think tries to attack school networks and why.")
    f.content_slide(deck, "Malware", [
        "‘Malicious software’ – software that is damaging to a computer or network",
        "Viruses, worms and trojans are all types of malware – programs that can copy themselves or hide inside "
        "other files",
    ])
    f.content_slide(deck, "Firewalls", [
        "A firewall checks the data coming into and going out of a network and blocks anything that doesn't meet "
        "its rules",
        "Can be hardware or software",
    ])
    f.content_slide(deck, "Encryption", [
        "Scrambling data so that it can’t be understood if it is intercepted",
        "Only someone with the key can decrypt it",
    ])
    f.content_slide(deck, "Caesar cipher", [
        "A simple type of encryption where each letter is shifted a set number of places along the alphabet",
        "e.g. shift of 3: A → D, B → E, C → F",
    ], notes="Hand out the cipher wheels now. Students encode their name for a partner.")
    f.content_slide(deck, "Denial of Service (DoS)", [
        "Flooding a server or network with so many requests that it can’t respond to real users",
        "A DDoS attack uses lots of computers at once",
    ])
    f.content_slide(deck, "Phishing", [
        "Emails or messages pretending to be from a trusted company, to trick people into giving away personal "
        "details such as passwords",
    ])
    f.content_slide(deck, "Task", ["Complete the matching up activity on your sheet", "Then try the phishing email "
                                   "worksheet – spot the clues!"])
    return f.pptx_bytes(deck)


TIMETABLE = [
    "9:45 What is Network Security?",
    "-Teacher will give a short presentation covering malware, firewalls, encryption and DoS attacks",
    "Students will then complete a matching up activity",
    "Match up exercise – matching up descriptions to types of attack",
    "10:05 Caesar cipher",
    "-Students use a cipher wheel to encode a message for their partner to decode",
    "10:20 Phishing emails",
    "-Students look at a sample phishing email and highlight the clues that show it is",
    "10:35 Plenary – exit ticket: name two threats to a network and one way to protect against each",
]


def lesson_plan() -> bytes:
    """The school's template gives the "Lesson Objectives" heading; the teacher typed the timings straight after the
    two objectives, and the outcomes at the end."""
    document = f.new_docx(title="Lesson Plan")
    f.para(document, "Lesson Plan – Network Security", size=16, bold=True)
    f.para(document, "Year 9      Date: ____________      Room: IT2")
    document.add_heading("Lesson Objectives", level=2)
    f.para(document, "To understand the main threats to a network and how to protect against them")
    f.para(document, "To be able to spot a phishing email")
    for line in TIMETABLE:
        f.para(document, line)
    f.para(document, "")
    f.para(document, "Resources: PowerPoint, cipher wheels (printed on card), phishing worksheet")
    f.para(document, "Differentiation: sentence starters for students who need them; extension tasks on the sheet")
    f.para(document, "")
    f.para(document, "After this lesson students should be able to:", bold=True)
    f.para(document, "– describe what malware is and how it can damage a network")
    f.para(document, "– explain how firewalls and encryption help to keep data safe")
    f.para(document, "– identify a phishing email and explain how to stay safe")
    return f.docx_bytes(document)


def worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Spot the Phish!", level=1)
    f.para(document, "Name: ____________________    Class: ________")
    f.para(document, "Read the email below and circle anything that makes you think it is a phishing email.")
    f.table(document, [[
        "From: prize-team@winner-claims.example\n"
        "To: you@school.example\n"
        "Subject: IMPORTANT – Wow you've won money $$$!!!!!!\n"
        "\n"
        "Dear Customer,\n"
        "You have been selected to recieve £1,000,000!!! To claim your prize click the link below and enter your "
        "bank details within 24 hours or your prize will be CANCELLED.\n"
        "http://claim-your-prize.example/login\n"
        "Regards,\n"
        "The Prize Team"
    ]])
    f.para(document, "")
    f.para(document, "Questions", bold=True)
    f.para(document, "1. Who is the email from? Does the address look real?")
    f.para(document, "2. List three clues that this is a phishing email.")
    f.para(document, "3. What should you do if you get an email like this?")
    f.para(document, "")
    f.para(document, "Extension: Make a poster for Year 7 with tips on how to spot a phishing email.")
    f.para(document, "Extension: Find out what a DDoS attack is and give a real example.")
    f.para(document, "Extension: Head over to this link: https://www.example.org/phishing-quiz and try the quiz.")
    return f.docx_bytes(document)


FILES = {
    "Network Security.pptx": slides,
    "Network Security Lesson Plan.docx": lesson_plan,
    "Phishing Worksheet.docx": worksheet,
}
