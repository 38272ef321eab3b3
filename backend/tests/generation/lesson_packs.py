"""Small lesson packs in the shapes issue 16 describes, for the generation tests: a network-security unit whose
slides say "programs" and "code" in passing, with a worksheet holding an example phishing email and three
"Extension:" lines, and a lesson plan whose timetable follows its objectives; and a Java unit whose code is in
a monospace font (which the readers may take for Python). Written for these tests, not copied from the corpus."""

from __future__ import annotations

from tests.corpus import formats as f

SECURITY_FILES = ("Network threats.pptx", "Phishing worksheet.docx", "Security lesson plan.docx")
JAVA_FILES = ("Java decisions.pptx", "Java practice.docx")
EXAMPLE_EMAIL = [
    "From: prize-team@winner-claims.example",
    "Subject: IMPORTANT – Wow you've won money $$$!!!!!!",
    "Dear Customer,",
    "You have been chosen to receive £1,000,000!!! Click the link within 24 hours or your prize is CANCELLED.",
    "http://claim-your-prize.example/login",
    "Regards, The Prize Team",
]
EXTENSIONS = [
    "Extension: Make a poster for Year 7 with tips on spotting a phishing email.",
    "Extension: Find out what a botnet is and give a real example.",
    "Extension: Head over to this link: https://www.example.org/phishing-quiz and try the quiz.",
]
ATTACK_STEPS = [
    "First the attacker sends an email that looks like it comes from a bank",
    "Then the victim clicks the link in the email",
    "Next the fake website asks for a password",
    "Finally the attacker uses the password to log in to the real account",
]


def security_slides() -> bytes:
    deck = f.new_pptx(title="Network threats")
    f.title_slide(deck, "Network threats", "Year 9 – Keeping networks safe")
    f.content_slide(deck, "Malware", [
        "Software that is written to damage a computer or a network",
        "Viruses and worms are programs that copy themselves onto other computers",
    ])
    f.content_slide(deck, "Firewalls", [
        "A firewall checks the data coming into a network and blocks anything that breaks its rules",
        "A firewall can be hardware or software",
    ])
    f.content_slide(deck, "Encryption", [
        "Scrambling data so that only someone with the key can read it",
        "The secret code used to scramble the data is called a cipher",
    ])
    f.content_slide(deck, "Phishing", [
        "Messages that pretend to come from a trusted company to trick people into giving away their passwords",
        "Phishing emails often ask you to click a link and log in",
    ])
    f.content_slide(deck, "Denial of service", [
        "Flooding a server with so many requests that it cannot answer real users",
        "Attackers use programs running on many computers at once",
    ])
    f.content_slide(deck, "Steps of a phishing attack", ATTACK_STEPS)
    f.content_slide(deck, "Task", ["Complete the matching activity on your sheet", "Then try the phishing worksheet"])
    return f.pptx_bytes(deck)


def phishing_worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Spot the phish", level=1)
    f.para(document, "Read the email below and circle anything that makes you think it is a phishing email.")
    f.table(document, [["\n".join(EXAMPLE_EMAIL)]])  # the email in a box, as worksheets show one
    f.para(document, "")
    for line in EXTENSIONS:
        f.para(document, line)
    return f.docx_bytes(document)


def security_lesson_plan() -> bytes:
    document = f.new_docx(title="Lesson plan")
    f.para(document, "Lesson plan – Network threats", size=16, bold=True)
    document.add_heading("Learning objectives", level=2)
    f.para(document, "To understand the main threats to a network")
    f.para(document, "To explain how a firewall and encryption protect data")
    f.para(document, "9:45 What is network security?")
    f.para(document, "Students will then complete a matching activity")
    return f.docx_bytes(document)


def security_pack() -> list[tuple[str, bytes]]:
    return list(zip(SECURITY_FILES, (security_slides(), phishing_worksheet(), security_lesson_plan()), strict=True))


JAVA_EXAMPLE = """int score = 72;
if (score >= 70) {
    System.out.println("Grade A");
} else {
    System.out.println("Try again");
}"""
JAVA_LOOP = """int count = 1;
while (count <= 3) {
    System.out.println(count);
    count = count + 1;
}"""


def java_slides() -> bytes:
    deck = f.new_pptx(title="Decisions in Java")
    f.title_slide(deck, "Decisions in Java", "Year 10 – Programming")
    f.content_slide(deck, "Learning objectives", [
        "Write Java programs that make decisions with if and else",
        "Use comparison operators in conditions",
    ])
    f.content_slide(deck, "Key words", [
        "Selection – choosing which path a program takes, based on a condition",
        "Condition – a test that is either true or false",
        "Comparison operator – compares two values, such as greater than or equal to",
        "Variable – a named location in memory that stores a value",
    ])
    slide = f.titled_slide(deck, "Example program")
    f.text_box(slide, JAVA_EXAMPLE, left=0.5, top=1.5, width=8, height=3, size=14, font="Courier New")
    return f.pptx_bytes(deck)


def java_worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Java practice", level=1)
    f.para(document, "Data type – the kind of data a variable holds, such as a whole number or text")
    f.para(document, "What does this code print?")
    f.code_lines(document, JAVA_LOOP)
    return f.docx_bytes(document)


def java_pack() -> list[tuple[str, bytes]]:
    return list(zip(JAVA_FILES, (java_slides(), java_worksheet()), strict=True))


NETWORK_FILES = ("Networks.pptx", "Networks Quiz.docx", "Networks Quiz Answers.docx")
# The quiz's questions: (text, options, the option marked in bold); the answers file answers 2, 3 and 4; 5 has none.
QUIZ = [
    ("What does LAN stand for?", ["Large Area Network", "Local Area Network", "Long Access Node"],
     "Local Area Network"),
    ("Which device joins two different networks together?", ["Switch", "Router", "Hub"], None),
    ("What is the name for the rules computers follow to communicate?", [], None),
    ("Explain why a school might use a star topology.", [], None),
    ("What is the name of a network that covers a large geographical area?", [], None),
]
QUIZ_ANSWERS = ["2. B", "3. Protocol", "4. If one cable fails only that computer loses its connection. A central "
                "switch makes the network fast and easy to manage."]
UNANSWERED = QUIZ[4][0]


def network_slides() -> bytes:
    deck = f.new_pptx(title="Networks")
    f.title_slide(deck, "Networks", "Year 8 – How computers connect")
    f.content_slide(deck, "LAN", ["Local Area Network – computers connected over a small area, such as a school"])
    f.content_slide(deck, "WAN", ["Wide Area Network – networks connected over a large geographical area"])
    f.content_slide(deck, "Router", ["A router sends data between different networks"])
    f.content_slide(deck, "Switch", ["A switch connects the computers of a LAN and sends data to the right one"])
    f.content_slide(deck, "Protocol", ["A set of rules that computers follow to communicate"])
    f.content_slide(deck, "Star topology", [
        "Every computer is connected to a central switch",
        "If one cable fails only that computer loses its connection",
    ])
    return f.pptx_bytes(deck)


def network_quiz() -> bytes:
    """A Word quiz as teachers type one: numbered questions, lettered options, the right one in bold."""
    document = f.new_docx(title="Networks Quiz")
    f.para(document, "Networks Quiz", style="Title")
    for number, (text, options, right) in enumerate(QUIZ, start=1):
        f.para(document, f"{number}. {text}")
        for letter, option in zip("ABCD", options, strict=False):
            f.para(document, f"{letter}. {option}", bold=option == right)
    return f.docx_bytes(document)


def network_quiz_answers() -> bytes:
    document = f.new_docx(title="Networks Quiz Answers")
    f.para(document, "Networks Quiz – Answers", style="Title")
    for line in QUIZ_ANSWERS:
        f.para(document, line)
    return f.docx_bytes(document)


def network_pack() -> list[tuple[str, bytes]]:
    return list(zip(NETWORK_FILES, (network_slides(), network_quiz(), network_quiz_answers()), strict=True))
