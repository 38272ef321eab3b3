"""Held out. Year 8 digital divide: the teacher's lesson plan written in Google Docs and downloaded as Markdown
(Google's export: a "# " title, "\\-", "1\\." and "\\&" escapes, bold run-in labels, a two-column header table whose
"Learning objectives" cell holds the numbered objectives joined by "<br>" under a "Big question" row, the key
vocabulary as a bare comma list in another cell, "Teacher subject knowledge" prose with two words bold and defined
inside it, a "Time | Activity | Resources" plan table, an exit ticket with its answers, a pasted picture as a
"![][image1]" reference whose base64 data URI sits at the very end), a Wordwall "Match up" printable saved as PDF
(the title and template name, six numbered word boxes down the left and six lettered meanings shuffled down the
right, a wordwall.net footer, and an answer key page of "1 – B" pairs, the only thing tying a word to its meaning)
and a Word "Diamond 9" card sort (a header, a name line, the cards in a 5 × 3 table laid out as a diamond with empty
corner cells, one card the only place "not-spot" is defined, a shaded "Did you know?" box and lines to explain the
top card)."""

from __future__ import annotations

import base64

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Pt

from tests.corpus import formats as f

PICTURE = f.sketch_png([
    ("rect", (20, 60, 130, 140), "#9dc3e6"),
    ("arc", (150, 20, 280, 150), "#2e75b6"),
    ("line", (140, 100, 280, 100), "#c00000"),
], width=300, height=170)

PLAN = f"""# Year 8 Computing \\- Lesson 4: The Digital Divide

**Unit:** Computing \\& Society    **Teacher:** Ms Adeyemi    **Room:** IT3    **Week:** w/c 12th January

| Big question | Is the internet really for everyone? |
| :---- | :---- |
| Learning objectives | 1\\. Explain what is meant by the digital divide<br>2\\. Describe at least three causes of the digital divide<br>3\\. Suggest ways that the gap could be closed |
| Key vocabulary | digital divide, broadband, infrastructure, digital literacy, data poverty, rural, not\\-spot, digital exclusion |
| SEN / EAL | Word mat on tables. Pre\\-teach *infrastructure* and *rural* with M.K. and J.P. (EAL). A.T. \\- enlarged Diamond 9 cards (A3). |
| Homework | Seneca \\- "The digital divide" (set on Teams, due Friday) |

## **Teacher subject knowledge**

The **digital divide** is the gap between people who have easy access to computers and the internet and the people who do not. It is not just about owning a device \\- it is also about having a fast, reliable connection, being able to pay for it, and having the skills to use it.

Being left out of everyday things such as banking, booking a doctor's appointment, applying for jobs or doing homework because you can't get online is called **digital exclusion**. The people most likely to be digitally excluded are older people, disabled people, people on low incomes and people living in rural areas.

Check the latest Ofcom figures before the lesson \\- the numbers change every year. Worth mentioning lockdown: lots of pupils had to do school work on a parent's phone.

## **Lesson plan**

| Time | Activity | Resources |
| :---- | :---- | :---- |
| 0\\-5 | **Do Now** on the board: 3 retrieval questions on e\\-waste (last lesson). | Slide 2 |
| 5\\-10 | **Big question** \\- think, pair, share. Take 3 answers, write them on the board, come back at the end. | Slide 3 |
| 10\\-20 | **Key words:** Wordwall match up, 1 between 2. Go through answers on the board \\- pupils correct in green pen. | Wordwall printable (answers on p.2) |
| 20\\-40 | **Diamond 9** in groups of 3. Cut out, argue, arrange, then stick in. Circulate \\- push *why* is that card at the top? | Diamond 9 sheet, scissors, glue |
| 40\\-50 | Feedback: each group's top card. Tally on the board. Discuss: which causes could a school fix? | Board |
| 50\\-60 | Exit ticket on post\\-its, stick on the door on the way out. | Post\\-its |

## **Exit ticket**

1\\. What is the digital divide?

2\\. Give two causes of the digital divide.

3\\. Suggest one thing a school could do to help close the gap.

*Answers:* 1\\. The gap between people who have easy access to computers and the internet and people who don't 2\\. e.g. cost of devices / data poverty / no broadband in rural areas / lack of digital literacy 3\\. e.g. lend laptops or dongles, open the IT rooms after school, run computer clubs for parents

Links: [Wordwall match up](https://wordwall.net/resource/48213377/digital-divide-key-words) · [Seneca assignment](https://app.senecalearning.com/classroom/course/7a1f/section/digital-divide)

![][image1]

*Pic for slide 3 \\- "connected" vs "not connected"*

[image1]: <data:image/png;base64,{base64.b64encode(PICTURE).decode("ascii")}>"""

WORDS = ["Digital divide", "Broadband", "Infrastructure", "Digital literacy", "Data poverty", "Rural"]
MEANINGS = [  # in the order Wordwall shuffled them, lettered A–F
    "In the countryside, away from towns and cities",
    "The gap between people who have easy access to computers and the internet and people who do not",
    "Not being able to afford enough mobile data or broadband for what you need",
    "The cables, phone masts and exchanges needed to connect homes and businesses to the internet",
    "Having the skills and confidence to use technology safely and well",
    "A fast internet connection that is always on",
]
KEY = ["1 – B", "2 – F", "3 – D", "4 – E", "5 – C", "6 – A"]


def wordwall() -> bytes:
    pdf = f.Pdf(title="Digital divide key words - Match up")
    pdf.set_producer("Skia/PDF m120")
    pdf.set_creator("Wordwall")
    pdf.set_auto_page_break(auto=False)
    for page in (1, 2):
        pdf.add_page()
        pdf.set_font(pdf.sans, "B", 20)
        pdf.set_xy(10, 14)
        pdf.cell(0, 10, pdf.typed("Digital divide key words"), align="C")
        pdf.set_font(pdf.sans, "", 11)
        pdf.set_xy(10, 25)
        pdf.cell(0, 6, pdf.typed("Match up" if page == 1 else "Match up – Answer key"), align="C")
        if page == 1:
            pdf.set_xy(10, 33)
            pdf.cell(0, 6, pdf.typed("Draw a line to match each keyword to its definition."), align="C")
            for index, word in enumerate(WORDS):
                top = 46 + index * 38
                pdf.set_draw_color(90, 90, 90)
                pdf.rect(15, top, 55, 20, style="D", round_corners=True)
                pdf.set_font(pdf.sans, "B", 13)
                pdf.set_xy(17, top + 7)
                pdf.cell(51, 6, pdf.typed(f"{index + 1}.  {word}"))
                pdf.circle(74, top + 10, 1.5, style="F")
            for index, meaning in enumerate(MEANINGS):
                top = 46 + index * 38
                pdf.circle(101, top + 10, 1.5, style="F")
                pdf.rect(105, top, 90, 28, style="D", round_corners=True)
                pdf.set_font(pdf.sans, "", 11)
                pdf.set_xy(107, top + 2)
                pdf.cell(8, 6, pdf.typed("ABCDEF"[index]))
                pdf.set_xy(115, top + 2)
                pdf.multi_cell(78, 5.5, pdf.typed(meaning), align="L")
        else:
            pdf.set_font(pdf.sans, "", 14)
            for index, pair in enumerate(KEY):
                pdf.set_xy(80, 46 + index * 12)
                pdf.cell(50, 8, pdf.typed(pair))
        pdf.set_font(pdf.sans, "", 8)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(10, 285)
        pdf.cell(95, 5, "wordwall.net/resource/48213377/digital-divide-key-words")
        pdf.cell(95, 5, f"{page}", align="R")
        pdf.set_text_color(0, 0, 0)
    return pdf.output_bytes()


CARDS = {
    (0, 1): "Broadband in some rural villages is very slow, or there is none at all.",
    (1, 0): "A laptop costs hundreds of pounds. Some families can't afford one, or have one device for four "
            "children.",
    (1, 2): "Some older people have never used a computer and don't have the digital literacy to get started.",
    (2, 0): "Some families can only afford a small amount of mobile data each month, so it runs out before the "
            "end of the month.",
    (2, 1): "Some places are a ‘not-spot’ – an area where there is no mobile phone signal at all.",
    (2, 2): "Some websites and apps are hard to use for people with disabilities.",
    (3, 0): "Some people don't trust the internet or are scared of scams.",
    (3, 2): "Laying fibre cables and building masts costs companies a lot, so they start in big cities where "
            "there are more customers.",
    (4, 1): "Lots of websites and services are only in English.",
}


def diamond() -> bytes:
    document = f.new_docx(title="")
    document.styles["Normal"].font.name = "Calibri"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Y8 Computing – Computing & Society – L4"
    f.para(document, "Name: ____________________________     Form: ________")
    title = document.add_paragraph()
    run = title.add_run("DIAMOND 9: Why are some people on the wrong side of the digital divide?")
    run.bold, run.font.size = True, Pt(16)
    f.para(document, "1. Cut out the nine cards.  2. In your group of 3, put the MOST important reason at the top "
                     "and the LEAST important at the bottom.  3. Agree, then glue them into your book as a "
                     "diamond.")
    made = document.add_table(rows=5, cols=3)
    made.style = "Table Grid"
    made.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (row, column), text in CARDS.items():
        cell = made.rows[row].cells[column]
        cell.text = text
        cell.paragraphs[0].runs[0].font.size = Pt(11)
    for row in range(5):
        for column in range(3):
            if (row, column) not in CARDS:
                f.cell_fill(made.rows[row].cells[column], "FFFFFF")
    f.para(document, "")
    f.box(document, ["**Did you know?**",
                     "During the 2020 lockdowns, lots of pupils had to do all of their school work on a parent's "
                     "phone. Some schools lent out laptops and 4G dongles so that their pupils could get online."],
          fill="FFF2CC")
    f.para(document, "")
    f.para(document, "Our top card is: ______________________________________", bold=True)
    f.para(document, "We put it at the top because …")
    for _ in range(4):
        f.para(document, "_" * 85)
    f.para(document, "Stretch: Is the digital divide only a problem in the UK? Think about other countries – "
                     "what would the top card be there?")
    return f.docx_bytes(document)


FILES = {
    "Lesson 4 - The Digital Divide (plan).md": lambda: PLAN.encode("utf-8"),
    "Digital divide key words - Match up.pdf": wordwall,
    "Diamond 9 - digital divide.docx": diamond,
}
