"""A lesson document's own title: the line under "Title (for the board)", the topic after the kind of sheet
("Knowledge Organiser: Loops in Python" → "Loops in Python"), or its first top-level heading that names a topic;
never a title that only names the kind of sheet ("Revision checklist", "Lesson Plan Template v3"). The file's title
property is used only when the content names none, since it is often left over from another file.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block, clean
from app.services.documents.phrases import PERSON, WH_WORD
from app.services.documents.sections import section_of

# A heading naming the lesson's title ("Title (for the board)"): the line under it is the title.
TITLE_LABEL = re.compile(r"^(?:lesson |today'?s )?title\b", re.IGNORECASE)
# A quiz game named for its topic ("Protocol Jeopardy!", "NETWORKS BLOCKBUSTERS") is the game, not the lesson.
GAME = r"jeopardy|blockbusters|pointless|countdown|family fortunes|(?:who wants to be a )?millionaire"
# Names of a kind of sheet rather than of a topic: a title that is only one of these says nothing of the lesson.
GENRE = re.compile(
    r"(?:year \d{1,2}\s+|ks[345]\s+|gcse\s+)?(?:(?:computing|computer science|ict|it|digital literacy)\s+)?(?:revision(?: sheet| notes| guide| checklist| mat)?|knowledge organi[sz]er"
    r"|worksheet|work sheet|primm(?: task| sheet| worksheet)?|lesson plan|starter|plenary|homework|exit ticket"
    r"|do now|exam questions?|mark scheme"
    r"|checklist|topic checklist|cover (?:work|lesson)|key terms|glossary|notes|handout|activity|task|quiz"
    r"|learning mat|placemat|word mat|key ?word crossword|crossword|word ?search|true or false\??|true ?/ ?false"
    r"|(?:vocab(?:ulary)? |key ?word )?bingo(?: card)?|(?:knowledge|retrieval) grid|(?:project |design )?brief"
    r"|" + GAME + ")",
    re.IGNORECASE,
)
GENRE_TITLE = re.compile(
    GENRE.pattern + r"(?:\s+(?:template|sheet|\d{1,2}))?|(?:untitled|document|presentation|powerpoint presentation"
    r"|template|blank|new)\s*\d*(?:\s+template)?|.{0,40}\btemplate",
    re.IGNORECASE,
)
# A sheet of the lesson's words named for what they are for: "Words that unlock the exam: protocols and layers".
WORD_SHEET = re.compile(r"(?:(?:key|new|tier \d)\s+)?(?:words|vocabulary|terms)(?:\s+(?:that|to|you|for)\b[^:]{0,40})?",
                        re.IGNORECASE)
# "Year 8 Computing", "KS3 Computer Science": which course, not which lesson.
SUBJECT_LABEL = re.compile(r"(?:year \d{1,2}|y\d{1,2}|ks[345])?\s*(?:computing|computer science|ict|it)?",
                           re.IGNORECASE)
# A textbook's numbered section ("2.3  Your digital footprint"): a page of a book the lesson uses, which names the
# book's section rather than the lesson when another document of the unit has a title of its own.
BOOK_SECTION = re.compile(r"^\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\s+\S")
MAX_TITLE_WORDS = 12
# A course line's part naming the unit ("Year 9 · Unit 4: User Interface Design · Lesson 2 of 4").
UNIT_PART = re.compile(r"^(?:unit|topic|module)\s+\d{1,2}\s*[:.–—-]\s*(?P<topic>\S.*)$", re.IGNORECASE)
# A sheet of the lesson's words named for its topic ("The A–Z of online shopping", "A glossary of networks").
SHEET_OF = re.compile(r"^(?:(?:the|an?|my|our)\s+)?(?:a\s*[–—-]\s*z|glossary|dictionary|alphabet)\s+of\s+(?P<topic>\S.*)$",
                      re.IGNORECASE)
PICTOGRAPH_TAIL = re.compile(r"[\s\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+$")
# A title said to the class rather than naming the topic: "Meet the Little Man", "Welcome to Python".
ADDRESSED = re.compile(r"^(?:meet|welcome to|let[’']?s|say hello to|introducing)\s", re.IGNORECASE)
# A title naming a journey rather than the topic: "From Abacus to iPhone", "From pixels to pictures".
JOURNEY = re.compile(r"^from\s+\S[^:]{0,40}?\s+to\s+\S[^:]{0,40}$", re.IGNORECASE)
# A notes template's header box: the topic field before the pupil's name, class or date.
TOPIC_FIELD = re.compile(r"^topic\s*:\s*(?P<topic>[^:]+?)(?:\s+\([A-Z]{2,6}\))?\s+(?:name|class|date|form)\s*:",
                         re.IGNORECASE)
# The pupil's fields a sheet's title line carries on its right ("…Worksheet     Name: ________"): not the title.
PUPIL_FIELDS = re.compile(r"\s+(?:name|class|form|date)\s*:\s*_{2,}.*$", re.IGNORECASE)
# A course line's parts: the subject, the topic, the lesson ("Year 8 Computing · E-commerce · Lesson 3").
LESSON_PART = re.compile(r"^(?:lesson|week|session)\s+\d{1,2}(?:\s+of\s+\d{1,2})?$", re.IGNORECASE)
COURSE_LINE_PARTS = re.compile(r"\s+[·•|]\s+")
# The course named before a lesson's number in a title ("Year 8 Computing - Lesson 4: …").
COURSE_BEFORE_LESSON = re.compile(r"^(?P<course>[^:–—-]{2,40}?)\s+[–—-]\s+(?=(?:lesson|session)\s+\d{1,2}\s*[:.–—-])",
                                  re.IGNORECASE)
UNIT_LINE_BLOCKS = 6  # a course line sits at the top of the page, under its title
# An exam board's specification reference ("OCR J277 1.6.1", "AQA 8525 3.5.2", "Edexcel 1CP2 2.1"): where the
# lesson sits in a course, never its topic.
SPEC_REFERENCE = re.compile(r"(?i:ocr|aqa|edexcel|pearson|wjec|eduqas|ccea|cie|cambridge)"
                            r"\s+[A-Za-z]{0,2}\d[\dA-Z.]*[\d. ]*")
# A header line ending with the lesson's number and topic, after the school, the department or the course
# ("Park Hill Academy – Computing – Year 7 Cyber Security, Lesson 4: Password security").
LESSON_IN_HEADER = re.compile(r"\S[^:]{2,120}?(?:,|\s[–—|•·-])\s+(?:lesson|session)\s+\d{1,2}\s*[:.–—-]\s*"
                              r"(?P<topic>[^:–—|•·]{3,60})", re.IGNORECASE)
# A part of a course banner ("GCSE Computer Science | Unit 2.5 Languages | Lesson 3 of 4"): the course, the unit's
# number (and name) or the lesson's number; a banner of only such parts names where the lesson sits, not the lesson.
COURSE_PART = re.compile(r"(?:(?:year \d{1,2}|y\d{1,2}|ks[345]|gcse|a[ -]level)\s*)?"
                         r"(?:computing|computer science|ict|it)?", re.IGNORECASE)
NUMBERED_UNIT = re.compile(r"(?:unit|topic|module)\s+\d{1,2}(?:\.\d{1,2})?\b.*", re.IGNORECASE)
# A pack or booklet named for its topic ("Automation Debate Pack", "Networks revision booklet"): it holds the whole
# lesson's resources, so its topic is the lesson's title, where one worksheet's title ("… worksheet") is only its own.
PACK_TAIL = re.compile(r"\s+(?:(?:debate|resource|revision|lesson|activity|student|pupil|teacher)s?\s+)?"
                       r"(?:pack|booklet|workbook)$", re.IGNORECASE)
# "3D Printing: how does it work?": a topic, then the question the lesson asks about it.
TOPIC_THEN_QUESTION = re.compile(r"^(?P<topic>[^:?]{2,60}):\s+(?P<question>[^:?]{4,80}\?)$")
VERSION_TAIL = re.compile(r"\s+(?:v|ver\.?|version)\s*\d+(?:\.\d+)*$", re.IGNORECASE)
# A file's name ("booking_walkthrough.py", "Lesson 2.docx") as its title property, as an editor or a printer sets
# it: it names the file, not the lesson.
FILE_NAME = re.compile(r"[^\\/]*[\w-]\.(?:py|java|cs|cpp|sql|html?|txt|md|docx?|pptx?|pdf|xlsx?|ipynb)", re.IGNORECASE)


def lesson_titles(blocks: list[Block], numbered: list[str], property_title: str) -> list[str]:
    """The document's own title first, then any "Lesson N…" headings; the file's title property only when the
    content gives none and it names a topic (not "Template" or "Presentation1").

    The own title is the first line when it names the kind of sheet and then its topic ("Knowledge Organiser:
    Loops in Python", "REVISION: Secondary Storage" → the topic), else the first top-level heading that is
    neither a section label nor only the kind of sheet ("Revision checklist", "Exam question")."""
    first = next((b for b in blocks if b.kind in ("heading", "paragraph") and not b.synthetic
                  and not is_course_banner(b.text)), None)
    own = _labelled_title(blocks) or _lesson_in_header(blocks)
    own = own or (_topic_after_genre(PUPIL_FIELDS.sub("", first.text)) if first is not None else "")
    own = own or _topic_under_header(blocks)  # "DESIGN BRIEF: Build a website…" under the school's header line
    if not own:
        own = next(
            (b.text for b in blocks if b.kind == "heading" and not b.synthetic and b.level <= 1
             and section_of(b.text) is None and not is_genre_title(b.text) and not is_course_banner(b.text)),
            "",
        )
        own = _topic_after_genre(own) or own  # under a pupil's name line: "PRIMM: Drawing with Turtle"
    if own and (sheet := SHEET_OF.match(PICTOGRAPH_TAIL.sub("", own))):
        # "The A–Z of online shopping": a sheet of the lesson's words; the course line names the lesson's topic.
        own = _unit_topic(blocks) or sheet["topic"]
    own = _topic_of_pack(_topic_of_question(_without_course(PUPIL_FIELDS.sub("", own)))) or _unit_topic(blocks)
    own = _topic_of_banner(own)
    titles = [own] if own else []
    titles += [t for t in numbered if t not in titles]
    if not titles and property_title and not is_genre_title(property_title) and not FILE_NAME.fullmatch(property_title):
        titles.append(_topic_of_banner(property_title))
    return titles


def is_course_banner(text: str) -> bool:
    """A line of course, unit and lesson numbers set apart by bars or dots ("GCSE Computer Science | Unit 2.5
    Languages | Lesson 3 of 4"): the banner over every sheet of a course, not this lesson's title."""
    parts = [part.strip() for part in COURSE_LINE_PARTS.split(clean(text))]
    numbered = [part for part in parts if NUMBERED_UNIT.fullmatch(part) or LESSON_PART.match(part)]
    courses = [part for part in parts if COURSE_PART.fullmatch(part)]
    return len(parts) >= 2 and bool(numbered) and len(numbered) + len(courses) == len(parts)


def is_book_section(title: str) -> bool:
    """A title numbered as a textbook numbers its sections ("2.3 Your digital footprint")."""
    return bool(BOOK_SECTION.match(title))


def names_a_sheet(title: str) -> bool:
    """A title that ends by naming the kind of sheet ("Y9 Apps key terms", "Networks worksheet"): one resource of
    the lesson, so another document's title, when there is one, is the lesson's."""
    return bool(re.search(rf"\b(?:{GENRE.pattern})\s*$", title.strip())
                or re.search(rf"\b(?:{GAME})[\s!]*$", title.strip(), re.IGNORECASE))


def is_indirect_title(title: str) -> bool:
    """A title asked as a question ("Who owns it?", "7C Input & Output – what's in your house?"), said to the
    class ("Meet the Little Man", "Welcome to Python") or naming a journey ("From Abacus to iPhone"): another
    document's title, when there is one, names the topic more plainly."""
    return title.rstrip().endswith("?") or bool(ADDRESSED.match(title.strip()) or JOURNEY.match(title.strip()))


def named_more_fully(title: str, others: list[str]) -> bool:
    """Another document's title holds every word of this one and more ("Drawing with Turtle" beside "Drawing shapes
    with Python Turtle"): the same topic, which the other names in full."""
    words = set(_title_words(title))
    return bool(words) and any(words < set(_title_words(other)) and not names_a_sheet(other) for other in others)


def _title_words(title: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", PICTOGRAPH_TAIL.sub("", title).lower())


def is_genre_title(text: str) -> bool:
    """A title that only names the kind of sheet, perhaps with its version ("Lesson Plan Template v3")."""
    return bool(GENRE_TITLE.fullmatch(VERSION_TAIL.sub("", text.strip())))


def _labelled_title(blocks: list[Block]) -> str:
    """The line under a "Title (for the board)" heading, when the document has one, or the topic a notes
    template's header box names ("Topic: Little Man Computer (LMC)   Name: …   Date: …")."""
    for block, following in zip(blocks, blocks[1:], strict=False):
        if (block.kind == "heading" and TITLE_LABEL.match(block.text) and following.kind == "paragraph"
                and 1 <= len(following.text.split()) <= MAX_TITLE_WORDS):
            return following.text
    for block in blocks[:UNIT_LINE_BLOCKS]:
        field = TOPIC_FIELD.match(block.text) if block.kind == "paragraph" else None
        if field and 1 <= len(field["topic"].split()) <= MAX_TITLE_WORDS:
            return field["topic"]
    return ""


def _lesson_in_header(blocks: list[Block]) -> str:
    """The topic a header line over the page's first heading gives the lesson by its number (`LESSON_IN_HEADER`):
    the heading under it may name the sheet rather than the lesson ("CASE FILE #7: WHO HACKED…?")."""
    for block in blocks[:UNIT_LINE_BLOCKS]:
        if block.kind == "heading" and not block.synthetic:
            return ""
        header = LESSON_IN_HEADER.fullmatch(clean(block.text)) if block.kind == "paragraph" else None
        if header is not None and 1 <= len(header["topic"].split()) <= MAX_TITLE_WORDS:
            return header["topic"].strip()
    return ""


def _topic_after_genre(text: str) -> str:
    """ "Knowledge Organiser: Loops in Python" → "Loops in Python", "Year 8 Computing – Learning Mat – HTML: Building
    a Web Page" → "HTML: Building a Web Page"; "" for a line that is not shaped so."""
    text = clean(text)
    parts = re.split(r"\s+[–—-]\s+", text)
    kept = [p for p in parts if not (GENRE.fullmatch(p.strip()) or SUBJECT_LABEL.fullmatch(p.strip()))]
    if len(parts) > 1 and len(kept) < len(parts) and any(GENRE.fullmatch(p.strip()) for p in parts) \
            and kept and 1 <= len(" – ".join(kept).split()) <= MAX_TITLE_WORDS:
        return " – ".join(kept)
    genre, sep, topic = text.partition(":")
    topic = topic.strip()
    if not sep or not (GENRE.fullmatch(genre.strip()) or WORD_SHEET.fullmatch(genre.strip())) \
            or not 1 <= len(topic.split()) <= 8:
        return ""
    return topic


def _topic_under_header(blocks: list[Block]) -> str:
    """The topic of a line at the top of the page, down to its first heading, that names the kind of sheet and then
    its topic, below a header or a name line ("Name: ____", then "Words that unlock the exam: protocols and layers")."""
    for block in blocks[:UNIT_LINE_BLOCKS]:
        topic = _topic_after_genre(PUPIL_FIELDS.sub("", block.text)) if block.kind in ("heading", "paragraph") else ""
        if topic or (block.kind == "heading" and not block.synthetic):
            return topic  # the page's first heading ends the top of the page
    return ""


def _topic_of_question(title: str) -> str:
    """ "3D PRINTING: HOW DOES IT WORK?" → "3D PRINTING": the topic a title names before the question it asks, so
    the title reads as plainly as another document's; any other title as it is."""
    match = TOPIC_THEN_QUESTION.match(title.strip())
    if match is None or not 1 <= len(match["topic"].split()) <= MAX_TITLE_WORDS // 2:
        return title
    return match["topic"].strip() if WH_WORD.match(match["question"]) else title


def _without_course(title: str) -> str:
    """ "Year 8 Computing - Lesson 4: The Digital Divide" → "Lesson 4: The Digital Divide", "Lesson 2: Working with
    strings 🧵" → "Lesson 2: Working with strings": the course before the lesson's number and a pictograph after its
    words say nothing of the lesson; any other title as it is."""
    title = PICTOGRAPH_TAIL.sub("", title.strip()) or title.strip()
    course = COURSE_BEFORE_LESSON.match(title)
    return title[course.end():] if course is not None and COURSE_PART.fullmatch(course["course"]) else title


def _topic_of_pack(title: str) -> str:
    """ "Automation Debate Pack" → "Automation": the topic a pack of the lesson's resources is named for; any other
    title (or a pack named for no topic: "Year 9 Computing booklet") as it is."""
    topic = PACK_TAIL.sub("", title.strip())
    named = topic != title.strip() and 1 <= len(topic.split()) <= MAX_TITLE_WORDS // 2
    return topic if named and not SUBJECT_LABEL.fullmatch(topic) else title


def _topic_of_banner(title: str) -> str:
    """ "Mr Hughes – Computing - Year 9 - Searching algorithms" → "Searching algorithms": a title of dash-separated
    parts that all name the teacher, the course or the lesson's number but one, as a site's page title or a
    header names the topic among them; any other title as it is."""
    parts = [part.strip() for part in re.split(r"\s+[–—-]\s+", title.strip())]
    topics = [part for part in parts if not (SUBJECT_LABEL.fullmatch(part) or COURSE_PART.fullmatch(part)
                                             or _is_teacher(part) or LESSON_PART.match(part))]
    if len(parts) < 3 or len(topics) != 1 or not 1 <= len(topics[0].split()) <= MAX_TITLE_WORDS:
        return title
    return topics[0]


def _unit_topic(blocks: list[Block]) -> str:
    """The unit a course line at the top of the page names ("Year 9 · Unit 4: User Interface Design · Lesson 2"),
    for a page with no heading of its own."""
    for block in blocks[:UNIT_LINE_BLOCKS]:
        parts = COURSE_LINE_PARTS.split(block.text) if block.kind in ("paragraph", "item") else []
        for part in parts if len(parts) > 1 else []:
            if (unit := UNIT_PART.match(part.strip())) and len(unit["topic"].split()) <= MAX_TITLE_WORDS:
                return unit["topic"].strip()
        topics = [p.strip() for p in parts if not SUBJECT_LABEL.fullmatch(p.strip()) and not LESSON_PART.match(p.strip())
                  and not _is_teacher(p.strip()) and not SPEC_REFERENCE.fullmatch(p.strip())]
        if len(parts) >= 3 and len(topics) == 1 and len(topics[0].split()) <= MAX_TITLE_WORDS // 2:
            return topics[0]  # "Year 8 Computing · E-commerce · Lesson 3": the part between subject and lesson
    return ""


def _is_teacher(part: str) -> bool:
    """A teacher's name as a course line or a page title carries it ("Mr Hughes", "Ms Adeyemi"): whose, not what."""
    return bool(PERSON.match(part)) and len(part.split()) <= 3
