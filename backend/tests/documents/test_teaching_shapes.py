"""Lesson documents read the way a teacher wrote them (issue 16): each pattern in a file built here in its shape,
read through the real readers.

Slides whose title is the key word and whose body defines it; term and definition boxes laid side by side or one
above the other; "Hardware = …" lines; bold key words opening a sentence; a lesson plan whose timetable follows its
objectives; example emails, shouting, activities and links that are not vocabulary; a leftover title property;
code in Java, SQL and pseudocode named by its language.
"""

from __future__ import annotations

from app.services.documents import extract, merge
from app.services.documents.language import guess_language
from tests.corpus import formats as f


def _found(name: str, data: bytes) -> dict:
    (document,) = extract(name, data)
    return document.structure


def _terms(found: dict) -> dict[str, str]:
    return {item["term"]: item["definition"] for item in found["vocabulary"]}


def _objectives(found: dict) -> list[str]:
    return [item["text"] for item in found["objectives"]]


# Slides ------------------------------------------------------------------------------------------------------


def test_a_slide_titled_with_a_key_word_defines_it_in_its_body():
    deck = f.new_pptx()
    f.title_slide(deck, "Network Security", "Year 9 Computing – Lesson 1")
    f.content_slide(deck, "Malware", ["‘Malicious software’ – software that is damaging to a computer or network",
                                      "Viruses, worms and trojans are all types of malware"])
    f.content_slide(deck, "Firewalls", ["A firewall checks the data coming into and going out of a network",
                                        "Can be hardware or software"])
    f.content_slide(deck, "Denial of Service (DoS)", ["Flooding a server with so many requests that it can’t "
                                                      "respond to real users"])
    terms = _terms(_found("Security.pptx", f.pptx_bytes(deck)))
    assert terms == {
        "Malware": "‘Malicious software’ – software that is damaging to a computer or network",
        "Firewalls": "A firewall checks the data coming into and going out of a network",
        "Denial of Service (DoS)": "Flooding a server with so many requests that it can’t respond to real users",
    }


def test_slides_that_are_tasks_questions_or_instructions_name_no_key_word():
    deck = f.new_pptx()
    f.content_slide(deck, "Do Now", ["What do you think the word ‘security’ means?"])
    f.content_slide(deck, "Task", ["Complete the matching up activity on your sheet"])
    f.content_slide(deck, "Passwords", ["Use three random words, e.g. TeapotCloudBanana"])
    f.content_slide(deck, "Why binary?", ["Computers are made of billions of tiny switches"])
    f.content_slide(deck, "Exit ticket", ["Name three jobs an operating system does"])
    f.content_slide(deck, "The cycle step by step", ["1. The address in the PC is copied to the MAR",
                                                     "2. The PC is incremented by 1",
                                                     "3. The instruction is fetched"])
    assert _terms(_found("Lesson.pptx", f.pptx_bytes(deck))) == {}


def test_a_slide_whose_first_line_names_its_own_term_is_read_as_that_line():
    deck = f.new_pptx()
    f.content_slide(deck, "Clock speed", ["Clock speed – the number of cycles the CPU carries out per second"])
    f.content_slide(deck, "Spyware & Ransomware", ["Spyware – secretly records what you do on a computer",
                                                   "Ransomware – locks your files and demands payment"])
    assert _terms(_found("CPU.pptx", f.pptx_bytes(deck))) == {
        "Clock speed": "the number of cycles the CPU carries out per second",
        "Spyware": "secretly records what you do on a computer",
        "Ransomware": "locks your files and demands payment",
    }


def test_a_comparison_slide_defines_each_thing_it_compares():
    deck = f.new_pptx()
    f.content_slide(deck, "Volatile vs non-volatile", ["Volatile memory needs power to keep its data",
                                                       "Non-volatile memory keeps its data when the power is off"])
    assert _terms(_found("Memory.pptx", f.pptx_bytes(deck))) == {
        "Volatile memory": "Needs power to keep its data",
        "Non-volatile memory": "Keeps its data when the power is off",
    }


DEFINITIONS = [
    ("Viruses", "Attach themselves to files and spread when the infected file is copied or opened."),
    ("Worms", "Copy themselves and spread across a network on their own, without a host file."),
    ("Trojan horses", "Pretend to be useful software but secretly do something harmful."),
]


def test_term_boxes_pair_with_the_boxes_beside_them_whatever_order_they_were_drawn_in():
    deck = f.new_pptx()
    slide = f.blank_slide(deck)
    f.text_box(slide, "What are the different types of malware?", left=0.5, top=0.3, width=9, bold=True)
    for row, (_term, definition) in enumerate(DEFINITIONS):  # the definitions pasted in first
        f.text_box(slide, definition, left=3.3, top=1.6 + row * 1.8, width=6.2, height=1.4, size=16)
    for row, (term, _definition) in enumerate(DEFINITIONS):
        f.text_box(slide, term, left=0.5, top=1.9 + row * 1.8, width=2.5, height=0.7, size=24, bold=True)
    assert _terms(_found("Malware.pptx", f.pptx_bytes(deck))) == dict(DEFINITIONS)


def test_term_boxes_pair_with_the_boxes_below_them():
    deck = f.new_pptx()
    slide = f.titled_slide(deck, "How can we protect against malware?")
    pairs = [("Anti-virus software", "Scans files and removes any malware it finds"),
             ("Backups", "Copies of your files kept somewhere else so they can be restored")]
    for column, (term, definition) in enumerate(pairs):
        f.text_box(slide, definition, left=0.4 + column * 3.2, top=2.9, width=2.9, height=2.0, size=16)
        f.text_box(slide, term, left=0.4 + column * 3.2, top=2.0, width=2.9, height=0.6, size=20, bold=True)
    assert _terms(_found("Protect.pptx", f.pptx_bytes(deck))) == dict(pairs)


def test_one_short_box_beside_a_long_one_is_not_taken_for_a_pair():
    deck = f.new_pptx()
    slide = f.blank_slide(deck)
    f.text_box(slide, "Remember", left=0.5, top=2.0, width=2, height=0.7)
    f.text_box(slide, "Always log out of shared computers at the end of the lesson", left=3, top=1.9, width=6)
    sort = f.blank_slide(deck)
    f.text_box(sort, "Drag each item into the hardware or software box", left=0.5, top=1.4, width=9)
    for index, item in enumerate(["Mouse", "Word", "Printer", "Chrome"]):
        f.text_box(sort, item, left=0.5 + index * 2.3, top=2.6, width=2, height=0.8)
    assert _terms(_found("Boxes.pptx", f.pptx_bytes(deck))) == {}


def test_equals_sign_lines_define_key_words():
    deck = f.new_pptx()
    f.content_slide(deck, "Key terms", ["Hardware = physical parts of a computer that you can touch",
                                        "Input device = hardware used to put data into a computer"])
    f.content_slide(deck, "Working", ["8 + 2 = 10", "3.5 GHz = 3.5 billion cycles per second"])
    assert _terms(_found("Hardware.pptx", f.pptx_bytes(deck))) == {
        "Hardware": "physical parts of a computer that you can touch",
        "Input device": "hardware used to put data into a computer",
    }


# Word --------------------------------------------------------------------------------------------------------


def test_bold_words_opening_a_sentence_are_key_words():
    document = f.new_docx()
    f.para(document, "The CPU – Answers", size=16, bold=True)
    f.para(document, "1. The **Program Counter (PC)** holds the address of the next instruction to be fetched.")
    f.para(document, "2. The **Accumulator** stores the results of calculations done by the ALU.")
    f.para(document, "A **flowchart** is a diagram that shows the steps of an algorithm.")
    f.para(document, "Learn these **key words** before the test on Friday.")
    f.para(document, "**Control Unit (CU) – decodes instructions and sends control signals to the CPU**")
    f.para(document, "Extension answer: a faster **clock speed** means more instructions each second.")
    assert _terms(_found("Answers.docx", f.docx_bytes(document))) == {
        "Program Counter (PC)": "Holds the address of the next instruction to be fetched",
        "Accumulator": "Stores the results of calculations done by the ALU",
        "Flowchart": "A diagram that shows the steps of an algorithm",
        "Control Unit (CU)": "decodes instructions and sends control signals to the CPU",  # a bold line, not a heading
    }


def test_defining_sentences_give_their_subject_as_a_key_word():
    document = f.new_docx()
    f.para(document, "A database is an organised collection of data that can be searched and sorted.")
    f.para(document, "SQL (Structured Query Language) is the language used to search a database.")
    f.para(document, "Network security means protecting the data and devices on a network.")
    f.para(document, "This is a really important lesson for your exams.")
    f.para(document, "The CPU runs programs by repeating this cycle billions of times a second.")
    assert _terms(_found("Notes.docx", f.docx_bytes(document))) == {
        "Database": "An organised collection of data that can be searched and sorted",
        "SQL": "Structured Query Language: The language used to search a database",
        "Network security": "Protecting the data and devices on a network",
    }


def test_key_words_that_are_programming_keywords_are_kept():
    document = f.new_docx()
    f.para(document, "A for loop is a loop that repeats its code a set number of times.")
    f.para(document, "AND gate – outputs 1 only when both of its inputs are 1")
    f.para(document, "If you finish early – try the challenge questions on the back")
    f.para(document, "NEVER click links – they may take you to a phishing site")
    assert _terms(_found("Keywords.docx", f.docx_bytes(document))) == {
        "For loop": "A loop that repeats its code a set number of times",
        "AND gate": "outputs 1 only when both of its inputs are 1",
    }


def test_a_two_column_table_of_words_and_meanings_is_a_glossary_without_a_header():
    document = f.new_docx()
    document.add_heading("Email – Key Words", level=1)
    f.table(document, [["Email address", "A unique address that emails are sent to"],
                       ["CC", "Carbon copy – sends a copy of the email to someone else"],
                       ["Spam", "Unwanted junk email sent to lots of people at once"]])
    f.para(document, "Example email", bold=True)
    f.table(document, [["To: mrs.jones@school.example\nSubject: Homework question\nHi Mrs Jones,"]])
    found = _found("Email.docx", f.docx_bytes(document))
    assert list(_terms(found)) == ["Email address", "CC", "Spam"]
    assert found["lesson_titles"] == [], "a “Key Words” heading names a section, not the lesson"


def test_a_named_column_table_is_a_glossary():
    document = f.new_docx()
    f.table(document, [["Symbol", "Name", "What it is used for"],
                       ["", "Terminator", "The start or end of the flowchart"],
                       ["", "Decision", "A question with a yes or no answer"]])
    assert _terms(_found("Symbols.docx", f.docx_bytes(document))) == {
        "Terminator": "The start or end of the flowchart", "Decision": "A question with a yes or no answer",
    }


# Lesson plans ------------------------------------------------------------------------------------------------

TIMETABLE = [
    "9:45 What is Network Security?",
    "-Teacher will give a short presentation covering malware and firewalls",
    "Students will then complete a matching up activity",
    "Match up exercise – matching up descriptions to types of attack",
    "10:05 Caesar cipher",
    "-Students look at a sample phishing email and highlight the clues that show it is",
    "10:35 Plenary – exit ticket: name two threats to a network",
]


def _lesson_plan() -> bytes:
    document = f.new_docx(title="Lesson Plan")
    f.para(document, "Lesson Plan – Network Security", size=16, bold=True)
    document.add_heading("Lesson Objectives", level=2)
    f.para(document, "To understand the main threats to a network")
    f.para(document, "To be able to spot a phishing email")
    for line in TIMETABLE:
        f.para(document, line)
    f.para(document, "Resources: PowerPoint, cipher wheels, phishing worksheet")
    f.para(document, "After this lesson students should be able to:", bold=True)
    f.para(document, "– describe what malware is and how it can damage a network")
    f.para(document, "– explain how firewalls help to keep data safe")
    return f.docx_bytes(document)


def test_a_timetable_after_the_objectives_is_the_lesson_sequence_not_objectives():
    found = _found("Plan.docx", _lesson_plan())
    assert _objectives(found) == [
        "To understand the main threats to a network",
        "To be able to spot a phishing email",
        "Describe what malware is and how it can damage a network",
        "Explain how firewalls help to keep data safe",
    ]
    sequence = next(s for s in found["sequences"] if s["title"] == "Lesson sequence")
    assert sequence["steps"] == ["What is Network Security?", "Caesar cipher",
                                 "Plenary – exit ticket: name two threats to a network"]
    assert "Match up exercise" not in _terms(found)


def test_extension_homework_and_starter_lines_are_not_a_sequence():
    document = f.new_docx()
    f.para(document, "Extension: Make a poster with tips on how to spot a phishing email.")
    f.para(document, "Extension: Find out what a DDoS attack is and give a real example.")
    f.para(document, "Extension: Head over to this link: https://www.example.org/quiz and try the quiz.")
    f.para(document, "Homework – check the privacy settings on one app")
    f.para(document, "Starter - Year 8 - Malware lesson 2")
    f.para(document, "Do now (5 mins) - answer in your books:")
    assert _found("Sheet.docx", f.docx_bytes(document))["sequences"] == []


def test_an_outline_plan_is_the_lesson_sequence_without_its_homework():
    document = f.new_docx()
    f.para(document, "Starter (10 mins) – watch the video clip and discuss what the character gave away")
    f.para(document, "Main (30 mins) – slides on digital footprints, then pupils make a leaflet")
    f.para(document, "Plenary (10 mins) – true or false quiz on mini whiteboards")
    f.para(document, "Homework – check the privacy settings on one app with a parent")
    (sequence,) = _found("Plan.docx", f.docx_bytes(document))["sequences"]
    assert [step.split(" (")[0] for step in sequence["steps"]] == ["Starter", "Main", "Plenary"]


def test_a_timed_plan_table_gives_its_activities_in_order():
    document = f.new_docx()
    f.table(document, [["Time", "Activity", "Resources"],
                       ["0-5 mins", "Starter: what comes after 99? Discuss why we carry.", "Slide 2"],
                       ["5-15", "Teacher explains place value in binary. Students copy the table.", "Slides"],
                       ["15-30", "Binary cards activity in groups of five", "Cards"]])
    (sequence,) = _found("Plan.docx", f.docx_bytes(document))["sequences"]
    assert sequence["steps"] == ["Starter: what comes after 99?", "Teacher explains place value in binary.",
                                 "Binary cards activity in groups of five"]


def test_numbered_questions_and_gap_fills_are_not_steps():
    document = f.new_docx()
    document.add_heading("Primary memory – fill in the gaps", level=1)
    for line in ["1. ______ is volatile memory that holds the programs that are running.",
                 "2. ROM is ______, so it keeps its contents when the computer is off.",
                 "3. ______ memory is very fast memory close to the CPU."]:
        f.para(document, line)
    f.para(document, "Questions", bold=True)
    for line in ["1. Who is the email from?", "2. List three clues that it is phishing.", "3. What should you do?"]:
        f.para(document, line)
    assert _found("Gaps.docx", f.docx_bytes(document))["sequences"] == []


# What is not vocabulary ---------------------------------------------------------------------------------------


def test_example_emails_shouting_activities_and_links_are_not_vocabulary():
    document = f.new_docx()
    f.table(document, [["From: prize-team@winner-claims.example\n"
                        "Subject: IMPORTANT – Wow you've won money $$$!!!!!!\n"
                        "Dear Customer,\nhttp://claim-your-prize.example/login"]])
    for line in ["Match up exercise – matching up descriptions to types of relationships",
                 "Binary cards activity – students in groups of 5 make numbers with the cards",
                 "Don’t write in CAPITALS – it looks like you’re SHOUTING",
                 "Much slower than RAM – the computer may ‘freeze’",
                 "Posts, photos, comments, searches – even things you delete!",
                 "Sensitive topic – remind pupils who the safeguarding lead is",
                 "S – Safe: keep your personal information safe",
                 "Y7 Unit 1 – Using computers safely and effectively",
                 "Useful site – https://www.example.org/phishing-quiz has a quiz to try"]:
        f.para(document, line)
    assert _terms(_found("Worksheet.docx", f.docx_bytes(document))) == {}


def test_singular_and_plural_of_a_term_are_one_term_across_documents():
    deck = f.new_pptx()
    f.content_slide(deck, "Key words", ["Viruses – attach themselves to files and spread when they are opened"])
    starter = b"Starter\n\nKey words: virus, worm\n"
    materials = merge(extract("Slides.pptx", f.pptx_bytes(deck)) + extract("Starter.txt", starter))
    assert [(v["term"], bool(v["definition"])) for v in materials.vocabulary] == [("Viruses", True), ("worm", False)]


# Titles and code ---------------------------------------------------------------------------------------------


def test_a_leftover_title_property_never_names_the_lesson():
    deck = f.new_pptx(title="Year 9 Spreadsheets")
    f.title_slide(deck, "Operating Systems", "Lesson 2 – What does an OS do?")
    document = f.new_docx(title="Year 9 Spreadsheets")
    f.para(document, "Operating Systems – lesson plan", size=16, bold=True)
    f.para(document, "LO1: Describe the main functions of an operating system")
    assert _found("OS.pptx", f.pptx_bytes(deck))["lesson_titles"] == ["Operating Systems"]
    found = _found("OS plan.docx", f.docx_bytes(document))
    assert found["lesson_titles"] == ["Operating Systems"]  # "– lesson plan" names the kind of sheet
    assert _objectives(found) == ["Describe the main functions of an operating system"]


JAVA = """int score = 72;
if (score >= 70) {
    System.out.println("Grade A");
} else {
    System.out.println("Try again");
}"""


def test_java_pasted_into_word_is_named_java():
    document = f.new_docx()
    f.para(document, "1. What will this program print?", bold=True)
    f.code_lines(document, JAVA)
    (snippet,) = _found("Java.docx", f.docx_bytes(document))["code_snippets"]
    assert (snippet["language"], snippet["code"]) == ("java", JAVA)


def test_the_language_guesser_names_each_language_by_its_signs():
    assert guess_language('name = input("Name? ")\nprint("Hello " + name)') == "python"
    assert guess_language(JAVA) == "java"
    assert guess_language("SELECT FirstName, Surname\nFROM Students\nWHERE Year = 9;") == "sql"
    assert guess_language("total ← 0\nFOR i ← 1 TO 10\n    total ← total + i\nNEXT i\nOUTPUT total") == "pseudocode"
    assert guess_language('let total = 0;\nconsole.log("Total", total);') == "javascript"
    assert guess_language("<ul>\n<li>Home</li>\n</ul>") == "html"
    assert guess_language("x") == "text"
    assert guess_language("x = 1", named="py") == "python", "a language the document names wins"
