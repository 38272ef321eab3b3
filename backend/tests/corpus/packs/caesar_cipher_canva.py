"""Held out. A Year 9 encryption lesson made in Canva and downloaded as a PDF: 16:9 pages with no page numbers,
headings in letter-spaced capitals, text placed freely over coloured blocks, objectives as "TODAY WE WILL…"
pills, a key-words page of six cards whose words were all typed before their meanings (so the PDF holds the six
words first, then the six meanings), a cipher alphabet, tasks and an exit ticket; and a Word extension sheet
with a Caesar cipher in Python (Courier New) and questions on it, answers at the bottom for the teacher.
"""

from __future__ import annotations

from tests.corpus.formats import Pdf, code_lines, docx_bytes, new_docx, para

WIDTH, HEIGHT = 338.7, 190.5  # a Canva presentation page (1280 × 720 px) in mm
NAVY, CREAM, CORAL, WHITE = (27, 38, 79), (255, 246, 229), (255, 111, 97), (255, 255, 255)

OBJECTIVES = [
    "learn what encryption is and why we need it",
    "use a Caesar cipher to encrypt and decrypt a message",
    "explain why a Caesar cipher is easy to crack",
]

CARDS = [
    ("ENCRYPTION", "Scrambling data so that only someone with the key can read it."),
    ("DECRYPTION", "Turning scrambled data back into a message people can read."),
    ("PLAINTEXT", "The message before it is encrypted."),
    ("CIPHERTEXT", "The scrambled message after it has been encrypted."),
    ("KEY", "The secret that locks and unlocks the message. In a Caesar cipher it is how many places you shift."),
    ("CAESAR CIPHER", "A cipher that shifts every letter the same number of places along the alphabet."),
]


class _Canva(Pdf):
    def __init__(self) -> None:
        super().__init__(title="Copy of Y9 Encryption L1 - Secret messages")
        self.set_producer("Canva")
        self.set_creator("Canva")
        self.set_author("Ms Adeyemi")
        self.set_auto_page_break(auto=False)
        self.set_margins(0, 0, 0)

    def new_page(self, background: tuple[int, int, int]) -> None:
        self.add_page(format=(HEIGHT, WIDTH), orientation="L")
        self.set_fill_color(*background)
        self.rect(0, 0, WIDTH, HEIGHT, style="F")

    def text_at(self, x: float, y: float, w: float, value: str, *, size: float, bold: bool = False,
                color: tuple[int, int, int] = NAVY, spacing: float = 0, align: str = "L") -> None:
        """A Canva text box: placed anywhere, wrapped to its own width."""
        self.set_font(self.sans, "B" if bold else "", size)
        self.set_char_spacing(spacing)
        self.set_text_color(*color)
        self.set_xy(x, y)
        self.multi_cell(w, size * 0.5, self.typed(value), align=align)
        self.set_char_spacing(0)

    def block(self, x: float, y: float, w: float, h: float, color: tuple[int, int, int]) -> None:
        self.set_fill_color(*color)
        self.rect(x, y, w, h, style="F", round_corners=True, corner_radius=6)


def _cover_and_objectives(pdf: _Canva) -> None:
    pdf.new_page(NAVY)
    pdf.block(20, 120, 120, 4, CORAL)
    pdf.text_at(20, 45, 300, "SECRET MESSAGES", size=64, bold=True, color=WHITE, spacing=4)
    pdf.text_at(20, 95, 300, "Year 9  ·  Encryption  ·  Lesson 1", size=24, color=CREAM)
    pdf.text_at(20, 150, 200, "Ms Adeyemi  |  Computing", size=16, color=CREAM)
    pdf.new_page(CREAM)
    pdf.text_at(20, 18, 300, "TODAY WE WILL…", size=40, bold=True, spacing=3)
    for index, objective in enumerate(OBJECTIVES):
        top = 55 + index * 40
        pdf.block(20, top, 290, 28, WHITE)
        pdf.text_at(30, top + 7, 270, objective, size=22)
    pdf.text_at(240, 172, 90, "#stayCuriOus", size=12, color=CORAL, align="R")


def _do_now(pdf: _Canva) -> None:
    pdf.new_page(CORAL)
    pdf.text_at(20, 18, 300, "DO NOW", size=40, bold=True, color=WHITE, spacing=3)
    pdf.text_at(20, 60, 300, "Spies sent this message. What do you think it says?", size=26, color=WHITE)
    pdf.text_at(20, 100, 300, "KHOOR ZRUOG", size=60, bold=True, color=NAVY, spacing=6)
    pdf.text_at(20, 160, 300, "Clue: look at where each letter sits in the alphabet.", size=18, color=WHITE)


def _key_words(pdf: _Canva) -> None:
    """Six cards, 3 × 2: the teacher typed all the words, then went back and typed the meanings."""
    pdf.new_page(CREAM)
    pdf.text_at(20, 12, 300, "KEY WORDS", size=36, bold=True, spacing=3)
    spots = [(20 + (index % 3) * 102, 40 + (index // 3) * 72) for index in range(len(CARDS))]
    for x, y in spots:
        pdf.block(x, y, 96, 66, WHITE)
    for (word, _meaning), (x, y) in zip(CARDS, spots, strict=True):
        pdf.text_at(x + 6, y + 6, 84, word, size=20, bold=True, color=CORAL, spacing=1)
    for (_word, meaning), (x, y) in zip(CARDS, spots, strict=True):
        pdf.text_at(x + 6, y + 22, 84, meaning, size=15)


def _how_it_works(pdf: _Canva) -> None:
    pdf.new_page(WHITE)
    pdf.text_at(20, 18, 300, "HOW IT WORKS", size=36, bold=True, spacing=3)
    pdf.text_at(20, 50, 300, "Shift every letter 3 places along the alphabet. After Z, go back round to A.", size=20)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pdf.text_at(20, 80, 310, " ".join(alphabet), size=20, bold=True, spacing=1)
    pdf.text_at(20, 95, 310, " ".join(alphabet[3:] + alphabet[:3]), size=20, bold=True, color=CORAL, spacing=1)
    pdf.text_at(20, 125, 300, "C A T   →   F D W", size=30, bold=True)
    pdf.text_at(20, 160, 300, "Julius Caesar used a shift of 3 to send orders to his generals.", size=16)


def _tasks_and_exit(pdf: _Canva) -> None:
    pdf.new_page(CREAM)
    pdf.text_at(20, 18, 300, "YOUR TURN", size=36, bold=True, spacing=3)
    tasks = [
        "1. Encrypt MEET AT NOON with a key of 3.",
        "2. Decrypt FRPSXWLQJ. The key is 3.",
        "3. Write a secret message for your partner with your own key. Can they crack it?",
    ]
    for index, task in enumerate(tasks):
        pdf.text_at(20, 55 + index * 30, 300, task, size=22)
    pdf.new_page(NAVY)
    pdf.text_at(20, 18, 300, "CRACK IT!", size=36, bold=True, color=WHITE, spacing=3)
    pdf.text_at(20, 55, 300, "4. Why is a Caesar cipher so easy to crack? Hint: how many different keys are there?",
                size=22, color=WHITE)
    pdf.block(20, 110, 290, 50, CORAL)
    pdf.text_at(30, 118, 270, "A brute force attack tries every possible key, one after another, until the "
                "message makes sense.", size=20, color=WHITE)
    pdf.new_page(CORAL)
    pdf.text_at(20, 18, 300, "EXIT TICKET", size=36, bold=True, color=WHITE, spacing=3)
    pdf.text_at(20, 60, 300, "5. Explain the difference between plaintext and ciphertext.", size=26, color=WHITE)
    pdf.text_at(20, 110, 300, "Write it on your sticky note and stick it on the door as you leave.", size=18,
                color=NAVY)


def deck_pdf() -> bytes:
    pdf = _Canva()
    _cover_and_objectives(pdf)
    _do_now(pdf)
    _key_words(pdf)
    _how_it_works(pdf)
    _tasks_and_exit(pdf)
    return pdf.output_bytes()


PROGRAM = '''message = input("Enter your message: ").upper()
key = int(input("Enter the key: "))
secret = ""
for letter in message:
    if letter.isalpha():
        number = ord(letter) - 65
        number = (number + key) % 26
        secret = secret + chr(number + 65)
    else:
        secret = secret + letter
print(secret)'''


def extension_docx() -> bytes:
    document = new_docx(title="Caesar cipher in Python")
    para(document, "Extension: a Caesar cipher in Python", style="Title")
    para(document, "Finished the cipher tasks? Type this program into IDLE and save it as caesar.py. Then answer the "
                   "questions underneath.")
    code_lines(document, PROGRAM)
    para(document)
    para(document, "Questions", bold=True)
    para(document, "1. What does ord(letter) give you?")
    para(document, "2. What does % 26 do on line 7?")
    para(document, "3. What will the program print if the message is HELLO and the key is 1?")
    para(document, "4. Change the program so that it decrypts a message instead.")
    para(document)
    para(document, "Answers (teacher)", bold=True)
    para(document, "1. The number (ASCII code) of the letter, e.g. ord(\"A\") is 65.")
    para(document, "2. It wraps round, so that after Z it goes back to A.")
    para(document, "3. IFMMP")
    para(document, "4. Take the key away instead of adding it: number = (number - key) % 26")
    return docx_bytes(document)


FILES = {
    "Copy of Y9 Encryption L1 - Secret messages.pdf": deck_pdf,
    "Caesar cipher extension.docx": extension_docx,
}
