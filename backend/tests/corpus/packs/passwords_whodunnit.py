"""Held out. Year 7 password security as a "whodunnit": a printable case file made in Publisher and saved as PDF
(a department line, a "CASE FILE #7" banner, detective and partner lines, "THE CRIME" story, the objectives as a
lower-case "YOUR MISSION" list, numbered "HOW TO PLAY" steps, four suspect cards in a 2x2 grid, eight dashed
evidence cards two a row – a login log, a photo caption, a lock-screen text, a phishing email, a search history, a
witness statement, the technician's report and a training register – whose key words are defined only inside a
card's "FORENSICS NOTE", the witness's words or the report, numbered "CASE QUESTIONS" on lines, an accusation
box, a "TEACHER ONLY" solution page answering the questions) and the Word "Detective's notebook" (a header, an
emoji Title, a name line, an evidence-log table with the teacher's italic example row, a suspect grid, a
"password lab" whose introduction defines one more word, a crack-time table, an accusation box, a "☐" checklist).
"""

from __future__ import annotations

from docx.shared import Pt

from tests.corpus import formats as f

MISSION = [
    "describe three ways criminals get hold of passwords",
    "explain what makes a password strong",
    "explain how two-factor authentication protects an account",
]
CRIME = (
    "On Monday morning at 07:42 someone logged into the PE department's Instagram account, @ParkHillPE, and "
    "posted “NO PE THIS WEEK!!! all lessons cancelled 😎”. At 07:45 the password was changed and Miss Cole "
    "was locked out. 400 pupils saw the post before Mr Dunn (IT) got the account back. Miss Cole is sure she "
    "never told anyone her password. So… who did it, and how?"
)
HOW_TO_PLAY = [
    "1. Read the suspect cards with your partner.",
    "2. Study each piece of evidence (E1–E8). Fill in the evidence log in your Detective's Notebook.",
    "3. Cross suspects off the grid when the evidence clears them.",
    "4. Answer the case questions, then make your accusation. You must use the evidence!",
]
SUSPECTS = [
    (
        "RYAN SHAH",
        [
            "Year 11, football captain",
            "Phone: iPhone 12",
            "Motive: PE on Monday clashes with his mock",
            "Alibi: “I was at football training from 7:30.”",
        ],
    ),
    (
        "CHLOE PATEL",
        [
            "Year 9, runs the @ParkHillMemes account",
            "Phone: Samsung Galaxy A14",
            "Motive: Miss Cole reported her memes account",
            "Alibi: “I was on the school bus.”",
        ],
    ),
    (
        "MR DUNN",
        [
            "IT technician",
            "Knows the school's systems inside out",
            "Motive: none known… or is there?",
            "Alibi: in a meeting with the Head, 07:30–08:15",
        ],
    ),
    (
        "MR HALE",
        [
            "Drama teacher",
            "Wants the sports hall for the school show",
            "Motive: the PE department would not share the hall",
            "Alibi: “In the staffroom.”",
        ],
    ),
]
EVIDENCE = [
    (
        "E1  LOGIN LOG – @ParkHillPE",
        [
            "Sun 20:01–20:05  Galaxy A14  312 wrong passwords ✗  account locked 1 hour",
            "Mon 07:42  Sports hall iPad (school Wi-Fi)  password ✓  code 482 913 ✓  LOGIN",
            "Mon 07:45  Sports hall iPad  password changed",
            "FORENSICS NOTE: Sunday's passwords were all common ones – football1, password, parkhill123… Hackers use "
            "lists like this in a dictionary attack: instead of trying every combination, a program tries common "
            "words and passwords from a list.",
        ],
    ),
    (
        "E2  PHOTO – posted by Mr Hale, Mon 07:40",
        [
            "[photo] Mr Hale and three other teachers holding mugs in the staffroom.",
            "Caption: “Early start for show rehearsals ☕ #ParkHillDrama”",
            "Posted from: staffroom, Main Building (the other side of the school from the sports hall)",
        ],
    ),
    (
        "E3  MISS COLE'S PHONE – lock screen",
        [
            "Found charging in the PE office, right next to the sports hall. Message preview on the lock screen, "
            "07:41:",
            "“Instagram: 482 913 is your security code. Don't share it.”",
            "FORENSICS NOTE: the account had two-factor authentication (2FA) switched on – as well as your password, "
            "you need a second thing, usually a code sent to your phone, to log in.",
        ],
    ),
    (
        "E4  EMAIL to Miss Cole – Sun 18:12",
        [
            "From: lnstagram Support <security@lnstagram-help.co>",
            "“Your account will be DELETED in 24 hours! Confirm your password here: bit.ly/ig-keep”",
            "FORENSICS NOTE: look closely – the “l” in lnstagram is a lower-case L! Phishing is a fake message that "
            "pretends to be from a company you trust, to trick you into giving away your password or personal "
            "details. The school's email filter shows the link was never clicked.",
        ],
    ),
    (
        "E5  LIBRARY PC – search history (logged in: c.patel)",
        [
            "Sun 14:20  how to hack an instagram account",
            "Sun 14:22  top 10000 most common passwords list",
            "Sun 14:31  does instagram lock you out after wrong passwords",
        ],
    ),
    (
        "E6  WITNESS STATEMENT – Mr Price, caretaker",
        [
            "“Friday after school I was mopping the sports hall. Miss Cole was on the big iPad updating the PE "
            "Instagram, and Ryan Shah was stood right behind her the whole time, watching. My grandson says that's "
            "called shoulder surfing – watching someone type their password over their shoulder. Cheeky, I thought.”"
        ],
    ),
    (
        "E7  IT REPORT – Mr Dunn",
        [
            "The account was NOT hacked by brute force. A brute force attack tries every possible combination of "
            "characters until one works – but Instagram locks the account after too many wrong tries, and Miss "
            "Cole's password is 13 characters long. A computer would need about 200 years!",
            "A strong password is long (at least 12 characters), mixes letters, numbers and symbols, and is not used "
            "for any other account. I've told Miss Cole to get a password manager – an app that creates and "
            "remembers a different strong password for every account.",
        ],
    ),
    (
        "E8  FOOTBALL TRAINING REGISTER – Mon",
        [
            "Coach Rahman.  Start 07:30",
            "J. Ahmed 07:28 ✓   T. Brooks 07:30 ✓   R. Shah 07:52 LATE – “bus was late”",
            "Note from the bus company: the school bus arrived on time at 07:25.",
        ],
    ),
]
QUESTIONS = [
    "Which suspect tried a dictionary attack on Sunday night? Which evidence proves it?",
    "Why did Sunday night's attack fail?",
    "How did the hacker find out Miss Cole's password?",
    "Miss Cole had two-factor authentication switched on. How did the hacker still get in?",
    "Was the phishing email (E4) how the hacker got in? Explain how you know.",
    "Give Miss Cole three pieces of advice to keep her account safe.",
]
SOLUTION = [
    "The hacker was RYAN SHAH.",
    "1. Chloe Patel – the Galaxy A14 in E1 tried 312 common passwords, and E5 shows her searching for a password "
    "list.",
    "2. Miss Cole's password was not a common word, so it was not on the list, and the account locked after too "
    "many wrong tries.",
    "3. Shoulder surfing – Ryan watched her type it on the sports hall iPad on Friday (E6).",
    "4. Her phone showed the security code on the lock screen (E3) while it was charging in the PE office next to "
    "the sports hall, where the iPad was used at 07:42 (E1). Ryan was 22 minutes late to training (E8).",
    "5. No – the school's email filter shows the link was never clicked (E4).",
    "6. e.g. never type her password where people can see it; turn off message previews on the lock screen; "
    "change her password and use a password manager or a long passphrase.",
    "Mr Hale is cleared by E2 (staffroom at 07:40), Mr Dunn by his meeting with the Head.",
]


def _banner(pdf: f.Pdf, text: str, *, top: float, fill: tuple[int, int, int] = (20, 20, 20)) -> None:
    pdf.set_fill_color(*fill)
    pdf.rect(10, top, 190, 14, style="F")
    pdf.set_text_color(255, 214, 0)
    pdf.set_xy(10, top + 2)
    pdf.set_font(pdf.sans, "B", 20)
    pdf.cell(190, 10, pdf.typed(text), align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(top + 18)


def _card(pdf: f.Pdf, box: tuple[float, float, float, float], title: str, lines: list[str]) -> None:
    """A dashed card placed on the page (a Publisher text box, x, y, w, h): a bold title over its lines."""
    x, y, w, h = box
    pdf.set_dash_pattern(dash=2, gap=1.5)
    pdf.rect(x, y, w, h)
    pdf.set_dash_pattern()
    pdf.set_xy(x + 3, y + 3)
    pdf.set_font(pdf.sans, "B", 10)
    pdf.multi_cell(w - 6, 5, pdf.typed(title), new_x="LEFT", new_y="NEXT")
    for line in lines:
        pdf.set_x(x + 3)
        pdf.set_font(pdf.sans, "", 9)
        pdf.multi_cell(w - 6, 4.4, pdf.typed(line), new_x="LEFT", new_y="NEXT")


def _cover(pdf: f.Pdf) -> None:
    pdf.add_page()
    pdf.set_font(pdf.sans, "", 8)
    pdf.cell(
        0,
        5,
        "Park Hill Academy – Computing Department – Year 7 Cyber Security, Lesson 4: Password security",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    _banner(pdf, "CASE FILE #7: WHO HACKED @ParkHillPE?", top=18)
    pdf.line_of(
        "Detective: ________________________     Partner: ________________________     Form: ______",
        size=10,
        height=10,
    )
    pdf.line_of("THE CRIME", size=13, bold=True)
    pdf.line_of(CRIME, size=11)
    pdf.ln(3)
    pdf.line_of("YOUR MISSION", size=13, bold=True)
    pdf.line_of("By the end of today's investigation you will be able to:", size=11)
    for aim in MISSION:
        pdf.line_of(f"•  {aim}", size=11)
    pdf.ln(3)
    pdf.line_of("HOW TO PLAY", size=13, bold=True)
    for step in HOW_TO_PLAY:
        pdf.line_of(step, size=11)
    pdf.ln(4)
    pdf.line_of("⚠ Top secret. Do not share the solution with other detectives!", size=9)


def _suspects(pdf: f.Pdf) -> None:
    pdf.add_page()
    _banner(pdf, "THE SUSPECTS", top=12)
    for index, (name, lines) in enumerate(SUSPECTS):
        x, y = 12 + (index % 2) * 95, 34 + (index // 2) * 82
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x + 30, y + 6, 28, 30, style="F")  # the mugshot silhouette box
        pdf.rect(x, y, 90, 77)
        pdf.set_xy(x + 4, y + 40)
        pdf.set_font(pdf.sans, "B", 12)
        pdf.cell(82, 6, name, new_x="LEFT", new_y="NEXT")
        for line in lines:
            pdf.set_x(x + 4)
            pdf.set_font(pdf.sans, "", 9)
            pdf.multi_cell(82, 4.4, pdf.typed(line), new_x="LEFT", new_y="NEXT")


def _evidence(pdf: f.Pdf) -> None:
    for page in range(2):
        pdf.add_page()
        _banner(pdf, f"THE EVIDENCE ({page + 1}/2)", top=12)
        for index, (title, lines) in enumerate(EVIDENCE[page * 4 : page * 4 + 4]):
            x, y = 12 + (index % 2) * 95, 34 + (index // 2) * 122
            _card(pdf, (x, y, 90, 116), title, lines)


def _questions(pdf: f.Pdf) -> None:
    pdf.add_page()
    _banner(pdf, "CASE QUESTIONS", top=12)
    for number, question in enumerate(QUESTIONS, start=1):
        pdf.line_of(f"{number}.  {question}", size=11)
        pdf.line_of("_" * 78, size=10, height=8)
        pdf.line_of("_" * 78, size=10, height=8)
    pdf.ln(4)
    top = pdf.get_y()
    pdf.set_line_width(0.8)
    pdf.rect(10, top, 190, 34)
    pdf.set_line_width(0.2)
    pdf.set_xy(14, top + 4)
    pdf.set_font(pdf.sans, "B", 12)
    pdf.cell(0, 6, "MY ACCUSATION", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(14)
    pdf.set_font(pdf.sans, "", 11)
    pdf.multi_cell(
        180,
        8,
        "I accuse ____________________ because the evidence shows ____________________________"
        "_____________________________________________________________",
        new_x="LMARGIN",
        new_y="NEXT",
    )


def _solution(pdf: f.Pdf) -> None:
    pdf.add_page()
    _banner(pdf, "SOLUTION – TEACHER ONLY (do not photocopy)", top=12, fill=(192, 0, 0))
    for line in SOLUTION:
        pdf.line_of(line, size=11, bold=line == SOLUTION[0])
        pdf.ln(1)


def case_file() -> bytes:
    pdf = f.Pdf(title="Case File 7")
    pdf.set_producer("Microsoft® Publisher for Microsoft 365")
    pdf.set_auto_page_break(auto=False)  # Publisher pages: every box is placed by hand
    _cover(pdf)
    _suspects(pdf)
    _evidence(pdf)
    _questions(pdf)
    _solution(pdf)
    return pdf.output_bytes()


CRACK_TIMES = [
    ["**Password**", "**How long to crack?**", "**Strong or weak?**", "**Rank (1 = best)**"],
    ["password1", "instantly", "", ""],
    ["Netball2019", "3 weeks", "", ""],
    ["Tr0mb0ne!", "8 hours", "", ""],
    ["PurpleTrainBiscuit!7", "2 million years", "", ""],
]
CHECKLIST = [
    "☐ I never share my password – not even with my best friend",
    "☐ I use a different password for every account",
    "☐ I check who an email is really from before I click a link",
    "☐ I have switched on 2FA where I can (ask an adult to help)",
]


def _evidence_log(document: f.DocxDocument) -> None:
    f.para(document, "STEP 1 – Evidence log", bold=True, size=13)
    rows = [
        ["**Evidence**", "**What does it tell us?**", "**Attack or clue word**"],
        [
            "E1",
            "Someone tried 312 common passwords on Sunday night from a Galaxy A14. (example)",
            "dictionary attack",
        ],
    ]
    rows += [[f"E{n}", "", ""] for n in range(2, 9)]
    f.table(document, rows)
    example = document.tables[-1].rows[1]
    for cell in example.cells:
        for run in cell.paragraphs[0].runs:
            run.italic = True  # the teacher's worked example row


def _suspect_grid(document: f.DocxDocument) -> None:
    f.para(document, "")
    f.para(document, "STEP 2 – Suspect grid   (✓ = could have done it   ✗ = cleared)", bold=True, size=13)
    f.table(
        document,
        [
            ["**Suspect**", "**Motive?**", "**Alibi checked? Which evidence?**", "**✓ or ✗**"],
            *[[name.title(), "", "", ""] for name, _lines in SUSPECTS],
        ],
    )


def _password_lab(document: f.DocxDocument) -> None:
    f.para(document, "")
    f.para(document, "STEP 3 – Password lab 🔬", bold=True, size=13)
    f.para(
        document,
        "Mr Dunn says a long **passphrase** beats a short, complicated password. A passphrase is a "
        "password made of three or more random words joined together, like PurpleTrainBiscuit!7 – "
        "easy for you to remember, very hard for a computer to guess.",
    )
    f.table(document, CRACK_TIMES)
    f.para(document, "Which of these passwords would you choose for your own account? Why?")
    f.para(document, "_" * 90)


def notebook() -> bytes:
    document = f.new_docx(title="")
    document.styles["Normal"].font.name = "Calibri"
    document.styles["Normal"].font.size = Pt(11)
    section = document.sections[0]
    school = "Park Hill Academy  •  Computing  •  Year 7 Cyber Security  •  Password security"
    section.header.paragraphs[0].text = school
    section.footer.paragraphs[0].text = "Case File #7 – Detective's Notebook"
    f.para(document, "🕵️ Detective's Notebook", style="Title")
    f.para(document, "Detective: ______________________   Partner: ______________________   Form: _______")
    f.para(document, "Case: **Who hacked @ParkHillPE?**   Keep this notebook with your case file.")
    _evidence_log(document)
    _suspect_grid(document)
    _password_lab(document)
    f.para(document, "")
    f.box(
        document,
        [
            "**STEP 4 – My accusation**",
            "I accuse ______________________ because ____________________",
            "______________________________________________________________",
        ],
        fill="FFF2CC",
    )
    f.para(document, "")
    f.para(document, "Keep your own accounts safe – tick the ones you already do:", bold=True)
    for line in CHECKLIST:
        f.para(document, line)
    return f.docx_bytes(document)


FILES = {
    "CASE FILE 7 - Who hacked ParkHillPE.pdf": case_file,
    "Detective's notebook.docx": notebook,
}
