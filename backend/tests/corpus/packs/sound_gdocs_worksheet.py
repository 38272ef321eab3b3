"""Held out. Year 9 representing sound: a worksheet written in Google Docs and downloaded as a PDF (one column, a
name/form/date line, "●" bullets, a Key Terms table whose first column is the term, a drawn sound wave, a
fill-in-the-gaps paragraph of "______" under a boxed word bank, numbered questions with marks and answer lines, a
school footer with page numbers) and the Google Classroom post that set it, copied into a .txt with the page's
menus, due date and class comments around the teacher's numbered steps."""

from __future__ import annotations

import math

from tests.corpus import formats as f

OBJECTIVES = [
    "Describe how a sound wave is sampled and stored in binary",
    "Explain how the sample rate and bit depth affect the quality and the file size of a recording",
    "Calculate the file size of a sound file",
]
KEY_TERMS = [
    ("Key term", "What it means", "Example"),
    ("Analogue", "A signal that changes smoothly and continuously, like a real sound wave", "Your voice"),
    ("Digital", "Data stored as separate values in binary (0s and 1s)", "An MP3 file"),
    ("Amplitude", "The height of a sound wave – how loud the sound is", ""),
    ("Sample", "A measurement of the amplitude of a sound wave at one moment in time", ""),
    ("Sample rate", "The number of samples taken every second, measured in hertz (Hz)", "CD quality: 44,100 Hz"),
    ("Bit depth", "The number of bits used to store each sample", "CD quality: 16 bits"),
    ("Hertz (Hz)", "The unit for ‘times per second’", "1,000 Hz = 1,000 samples a second"),
    ("ADC", "Analogue-to-digital converter: changes the analogue signal from a microphone into digital data",
     "A sound card"),
]
WORD_BANK = "microphone      sample      binary      sample rate      bit depth      analogue      bigger"
GAP = "______________"
GAP_FILL = (f"Sound travels as an {GAP} wave. A {GAP} turns the sound into an electrical signal. The computer "
            f"measures the height of the wave many times a second; each measurement is called a {GAP}. The number "
            f"of measurements taken each second is the {GAP}. Each measurement is stored in {GAP}. The number of "
            f"bits used for each measurement is the {GAP}. Taking more samples, or using more bits, gives better "
            f"quality but a {GAP} file.")
QUESTIONS = [
    "1. What does ADC stand for? (1 mark)",
    "2. A sound is sampled 8,000 times every second. What is its sample rate? (1 mark)",
    "3. Explain why increasing the bit depth improves the quality of a recording. (2 marks)",
    "4. A 10 second recording has a sample rate of 1,000 Hz and a bit depth of 8 bits. Calculate its file size in "
    "bits. Show your working. (2 marks)",
]
ANSWER_LINE = "_" * 86


class GoogleDocsPdf(f.Pdf):
    """What "File > Download > PDF" gives: Google's producer line and the footer the teacher typed."""

    def __init__(self) -> None:
        super().__init__(title="Y9 Sound Representation Worksheet")
        self.set_producer("Skia/PDF m131 Google Docs Renderer")

    def footer(self) -> None:
        self.set_y(-12)
        self.set_font(self.sans, "", 8)
        self.cell(0, 5, self.typed(f"Oakfield School Computing © 2024            {self.page_no()}"), align="C")


def _sound_wave(pdf: GoogleDocsPdf) -> None:
    """A sine wave with a sample taken at regular intervals, the picture every sound worksheet has."""
    left, middle, width, height = 30, pdf.get_y() + 18, 150, 14
    points = [(left + width * step / 120, middle - height * math.sin(step / 120 * 4 * math.pi))
              for step in range(121)]
    pdf.set_draw_color(30, 60, 120)
    pdf.polyline(points)
    pdf.set_draw_color(200, 80, 20)
    for step in range(0, 121, 8):
        x, y = points[step]
        pdf.line(x, middle, x, y)
    pdf.set_draw_color(0, 0, 0)
    pdf.line(left, middle, left + width, middle)
    pdf.set_y(middle + height + 4)
    pdf.line_of("Figure 1: a sound wave. Each orange line is one sample.", size=9)


def worksheet() -> bytes:
    pdf = GoogleDocsPdf()
    pdf.add_page()
    pdf.line_of("Representing Sound", size=22, bold=True, height=11)
    pdf.line_of("Year 9 Computing · Data Representation · Lesson 3", size=10)
    pdf.line_of("Name: ______________________     Form: ________     Date: ______________", size=10, height=9)
    pdf.line_of("Learning Objectives", size=14, bold=True, height=9)
    for objective in OBJECTIVES:
        pdf.line_of(f"●  {objective}")
    pdf.ln(2)
    pdf.line_of("Key Terms", size=14, bold=True, height=9)
    pdf.set_font(pdf.sans, "", 10)
    with pdf.table(col_widths=(30, 95, 55), line_height=6) as grid:
        for cells in KEY_TERMS:
            row = grid.row()
            for cell in cells:
                row.cell(pdf.typed(cell))
    _sound_wave(pdf)
    pdf.add_page()
    pdf.line_of("Fill in the gaps", size=14, bold=True, height=9)
    pdf.line_of("Use the words in the word bank. Each word is used once.")
    pdf.ln(1)
    pdf.set_font(pdf.sans, "B", 11)
    pdf.set_fill_color(255, 242, 204)
    pdf.multi_cell(0, 7, pdf.typed(f"WORD BANK\n{WORD_BANK}"), border=1, align="C", fill=True, new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(3)
    pdf.line_of(GAP_FILL, height=8)
    pdf.ln(4)
    pdf.line_of("Questions", size=14, bold=True, height=9)
    for question in QUESTIONS:
        pdf.line_of(question)
        pdf.line_of(ANSWER_LINE, height=9)
        pdf.line_of(ANSWER_LINE, height=9)
        pdf.ln(2)
    pdf.line_of("Hint for Q4: file size (bits) = sample rate x bit depth x length in seconds", size=10)
    pdf.ln(3)
    pdf.line_of("Extension: Find out why CDs use a sample rate of 44,100 Hz. Try "
                "https://www.bbc.co.uk/bitesize/guides/zpfdwmn/revision/4", size=10)
    return pdf.output_bytes()


CLASSROOM_POST = """9C Computing
Stream   Classwork   People   Grades

Mr Okafor posted a new assignment: Representing Sound (Lesson 3)
Due 21 Nov, 23:59
10 points

Hi 9C, this is today's lesson. Work through it in this order:

1. Watch the video on sampling (6 mins) – link below, headphones on
2. Read the Key Terms table and highlight the 3 terms you find hardest
3. Do the fill in the gaps paragraph
4. Answer questions 1-4 on the worksheet (full sentences please)
5. Click Turn in when you have finished

Extension is optional. Answers to Q1-4 go up on Friday.
Reminder: bring headphones on Thursday for the Audacity practical.

Attachments
Y9 Sound Representation Worksheet
Google Docs
How sound is sampled
YouTube video 6 minutes
https://www.youtube.com/watch?v=q2kVb7Xw3sE

Class comments
Amira Khan 10:42
sir is the extension compulsory
Mr Okafor 10:45
No, the extension is optional. Do questions 1-4 first.

Add class comment...
"""


def classroom_post() -> bytes:
    return CLASSROOM_POST.encode("utf-8")


FILES = {
    "Y9 Sound Representation Worksheet.pdf": worksheet,
    "Google Classroom - Representing Sound.txt": classroom_post,
}
