"""Text from lesson documents that must never become an answer, an objective or a question's source sentence:
classroom instructions and timetable lines, links, example-email lines, SHOUTING, runs of punctuation, worksheet
gaps, and a script's small talk. Lesson packs are full of these (a lesson plan's "9:45 Students will…", a
worksheet's sample phishing email, "Extension: head over to this link…"), and they read as nonsense once they are
a pupil's answer.

    answer_problem("Subject: IMPORTANT – you've won!!!")   # "an example email line"
    objective_problem("9:45 What is network security?")    # "a clock time"
    is_statement("A firewall checks the data coming into a network")   # True: a sentence worth asking about
"""

from __future__ import annotations

import re
from functools import lru_cache

URL = re.compile(r"https?://|\bwww\.\S|\b[\w-]+\.(?:com|org|net|co\.uk|example)/", re.IGNORECASE)
# A line of an email (a header, a greeting, a sign-off) or an address on its own.
EMAIL_LINE = re.compile(
    r"^\W*(?:subject|from|to|cc|bcc|sent|dear|hi|hello|regards|kind regards|best wishes|yours)\s*[:,]"
    r"|^\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$",
    re.IGNORECASE,
)
PUNCTUATION_RUN = re.compile(r"[!?$£€*#…]{3,}|[!?]{2,}|\${2,}")
GAP = re.compile(r"_{3,}|…{2,}|\.{4,}|\(\s*\)")
# Words in capitals that are code keywords or common acronyms, not shouting.
CODE_CAPITALS = {"SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "VALUES", "DISTINCT", "BETWEEN", "OUTPUT",
                 "ENDIF", "ENDWHILE", "REPEAT", "UNTIL", "RETURN", "FUNCTION", "PROCEDURE", "STRING", "INTEGER",
                 "BOOLEAN", "DENARY", "BINARY", "ASCII", "UNICODE"}
LONG_CAPITALS = re.compile(r"\b[A-Z]{6,}\b")
SHOUTED_EXCLAMATION = re.compile(r"\b[A-Z]{4,}\b[^a-z]*!")
CLOCK_TIME = re.compile(r"^\W*\d{1,2}[:.]\d{2}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)\b",
                        re.IGNORECASE)
DURATION = re.compile(r"\(\s*\d+\s*(?:mins?|minutes?)\s*\)|\b\d+\s*(?:mins?|minutes)\b", re.IGNORECASE)
# Who does what in the lesson: "Students will then…", "Teacher to model…", "Pupils in pairs…", "Remind pupils…",
# "You'll need…".
LESSON_ROLE = re.compile(
    r"^\W*(?:(?:the\s+)?(?:teachers?|students?|pupils?|learners?|class|children)\b"
    r"|you\s+(?:will|should|to|then|can|must|need|are going)\b|you['’](?:ll|re\s+going)\b"  # "you'll": "you will"
    r"|(?:remind|tell|ask|show|give|let|get|have|put)\s+(?:the\s+)?(?:pupils|students|learners|class|children)\b)",
    re.IGNORECASE,
)
# Where a lesson sits in a course ("Year 7 – Digital literacy", "KS3 Cyber Security – Lesson 2", "GCSE…").
COURSE_LABEL = re.compile(r"\b(?:KS\s?[1-5]|Y(?:ea)?r?\s?\d{1,2}|GCSE|A-?level|(?:lesson|unit|week|term|module)"
                          r"\s+\d{1,2})\b", re.IGNORECASE)
# Parts of a lesson and kinds of task, as the label of a line: "Extension: …", "Homework – …", "Task 2 -".
LESSON_PART = re.compile(
    r"^\W*(?:extension(?:\s+(?:task|answer|activity))?|homework|task|activity|starter|plenary|main(?:\s+activity)?"
    r"|challenge|do now|exit(?:\s+(?:ticket|task|slip|card|question))?|resources?|differentiation|assessment|answers?|questions?|q\d+|note|notes"
    r"|worksheet|lesson|slide|week|hint|clue|tip|remember|safeguarding|teacher'?s? notes?|key question|your turn"
    r"|success criteria|objectives?|learning objectives?|word bank|due|name|date|class|key ?words?|key terms"
    r"|keywords|vocab(?:ulary)?|key vocab(?:ulary)?|glossary|lo|l\.o\.?|los|wilf|walt|reminder|announcement|notice)\b\s*(?:\d+\s*)?"
    r"(?:\([^)]*\)\s*)?[:–—-]|^\W*(?:q|question|lo|l\.o\.)\s*\d+\b",
    re.IGNORECASE,
)
# An imperative at the start of a line, followed by the kind of word that follows one in a classroom task.
IMPERATIVE = re.compile(
    r"^\W*(?:please\s+|then\s+|now\s+|next,?\s+|finally,?\s+|first,?\s+)?(?:head|go|click|complete|watch|write|discuss|match|draw|fill|answer|open|log|visit|look"
    r"|find|copy|label|highlight|circle|underline|share|try|research|read|make|create|design|use|check|turn"
    r"|think|talk|work|sort|drag|list|name|give|explain|describe|compare|identify|test|change|save|ask|add|put"
    r"|choose|select|pick|type|enter|press|swap|stick|cut|colour|color|tick|cross|plan|present|show|tell"
    r"|remember|imagine|decide|note|mark|record|prepare|finish|start|move|take|get|keep|never|always|don[’']?t"
    r"|remind|discuss|include|avoid|stop|wait|hand|collect|display|demonstrate|model|recap|review|revise"
    r"|do not|be)\s+(?:the|this|these|that|those|a|an|your|you|yours|over|to|in|into|on|out|up|through|with"
    r"|each|every|all|down|back|at|it|them|here|now|any|some|one|two|three|four|five|how|what|why|which|who"
    r"|whether|if|about|for|from|off|partner|pairs?|groups?|books?|sheets?|notes?|answers?|words?|ideas?"
    r"|examples?|someone|something|anything|everything|three|random|again|more|their|his|her|our|my|me|us|him"
    r"|safe|careful|kind|polite|aware|honest|sure|quiet|ready|pages?|slides?|sheets?)\b",
    re.IGNORECASE,
)
# A teacher's marking notes: "1 mark each for Q1-6", "Accept any sensible answer".
MARKING = re.compile(r"\b\d+\s+marks?\b|\[\d+\s*marks?\]|\baccept any\b|\bmark scheme\b|\bQ\d+\s*[-–]\s*\d+",
                     re.IGNORECASE)
OBJECTIVE_WORDS = re.compile(r"\b(?:be able to|understand|know|learn|recognise|recognize)\b", re.IGNORECASE)
# What a class does, not what it learns: "Match up exercise – …", "Complete the worksheet".
ACTIVITY = re.compile(r"^\W*(?:match|complete|watch|draw|fill|head|click|go|copy|label|highlight|circle|underline|cut"
                      r"|stick|colour|color|swap|sort|drag|play|make a poster|think[ -]pair)\b", re.IGNORECASE)
# Small talk from a script or a transcript: a greeting, a speaker about themself ("Yes, I'm the one who…"), or a
# line left hanging for the other speaker to finish ("And the opposite would be..."). Said, never taught.
CHATTER = re.compile(
    r"^\W*(?:hi|hello|hey|welcome)\b|\bI(?:['’]m|['’]ve|['’]ll|\s+am)\b|^\W*(?:and|but|so)\b.*\w\s*(?:\.\.\.|…)\s*$",
    re.IGNORECASE,
)
GREETING_OR_SIGNOFF = re.compile(r"^\W*(?:dear|hi|hello|thanks|thank you|regards|yours|best)\b.{0,30}[,!]?\s*$",
                                 re.IGNORECASE)


def is_shouting(text: str) -> bool:
    """Long words in capitals that are not code ("IMPORTANT", "CANCELLED"), or capitals before an exclamation."""
    if any(word not in CODE_CAPITALS for word in LONG_CAPITALS.findall(text)):
        return True
    if SHOUTED_EXCLAMATION.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) / len(letters) > 0.7


def calm_capitals(text: str) -> str:
    """A sentence with a word or two in capitals for emphasis ("…allowed BEFORE the program uses it") as it reads
    without the emphasis; a line mostly in capitals (shouting: "FREE IPHONE CLICK NOW") is left as it is."""
    loud = [word for word in LONG_CAPITALS.findall(text) if word not in CODE_CAPITALS]
    if not loud or 4 * len(loud) > len(text.split()):
        return text
    return LONG_CAPITALS.sub(lambda m: m.group(0) if m.group(0) in CODE_CAPITALS else m.group(0).lower(), text)


def is_instruction(text: str) -> bool:
    """A classroom instruction, task label, timetable line or marking note rather than something a lesson teaches."""
    return bool(CLOCK_TIME.match(text) or LESSON_ROLE.search(text) or LESSON_PART.search(text)
                or IMPERATIVE.search(text) or DURATION.search(text) or MARKING.search(text))


@lru_cache(maxsize=16384)
def answer_problem(text: str) -> str | None:
    """Why `text` cannot be a right answer a pupil chooses or types, in words for the teacher; None when it can."""
    if URL.search(text):
        return "a web link"
    if EMAIL_LINE.search(text) or GREETING_OR_SIGNOFF.match(text):
        return "an example email line"
    if GAP.search(text):
        return "a worksheet gap"
    if CHATTER.search(text):
        return "conversational speech"
    if PUNCTUATION_RUN.search(text):
        return "a run of punctuation"
    if is_shouting(text):
        return "words in capitals (shouting)"
    if is_instruction(text):
        return "a classroom instruction"
    if COURSE_LABEL.search(text):
        return "a course or lesson label"
    return None


def objective_problem(text: str) -> str | None:
    """Why `text` is not a learning objective (a timetable line, an activity, a link…); None when it may be."""
    if CLOCK_TIME.search(text):
        return "a clock time"
    if URL.search(text):
        return "a web link"
    if OBJECTIVE_WORDS.search(text):
        return None  # "Pupils will be able to explain…" is how many objectives are written
    if LESSON_ROLE.search(text) or LESSON_PART.search(text) or DURATION.search(text) or ACTIVITY.search(text):
        return "a lesson activity"
    return None


_SPEECH_LABEL = re.compile(r"^\W*(?:[\w’'-]+\s+){0,2}[\w’'-]+\s*:\s*")  # "Alibi: “I was…”", "Caption: “…"


def is_quoted_speech(text: str) -> bool:
    """Words someone says or a caption quotes, or a piece of one cut off ("Alibi: “I was at football training.”",
    "“Instagram", "…Don't share it.”"): a story's line, never a meaning or a statement the lesson teaches."""
    body = _SPEECH_LABEL.sub("", text.strip(), count=1)
    if body[:1] in "“\"‘„«":
        return True
    return text.count("“") != text.count("”") or text.count('"') % 2 == 1


@lru_cache(maxsize=16384)
def is_statement(text: str) -> bool:
    """A sentence that states something the lesson teaches: not a question, a task, a gap, a link, an email line,
    shouting or punctuation, and long enough to say something."""
    if FOOTNOTE_MARK.match(text.strip()):
        return False  # "⁷ Yes – 5000 MB is 5 GB…": a footnote, here the answer to a question
    text = FOOTNOTE_MARK.sub("", text).strip()  # "How many bits are in a nibble? ²": judged without its marker
    words = [word for word in text.split() if any(c.isalpha() for c in word)]  # not "29 answered · 1 assigned"
    if len(words) < 5 or len(text) > 260:
        return False
    if RULE_OR_WORKING.search(text):
        return False  # "IF temperature > 28 THEN window OPEN", "200 × 3 = 600 MB": a program's rule or a sum
    asks = text.rstrip().endswith("?") or QUESTION_FIRST.match(text)  # "How many…? 24 11 3000": a quiz row
    if asks or "!" in text or answer_problem(text) is not None:
        return False
    if any(is_instruction(part) for part in re.split(r"(?<=[.;])\s+", text)[1:]):
        return False  # "There are two errors in this code. Find them and fix them."
    if re.match(r"^\W*[A-Z]\s*[–—:=-]", text):
        return False  # a line of a mnemonic ("S – Safe: keep your…"), not a statement
    if re.match(r"^\W*(?:e\.g\.|eg\b|for example|examples?\s*[:–-])", text, re.IGNORECASE):
        return False
    return not _is_title(text)


QUESTION_FIRST = re.compile(r"^[^.!?]*\?\s")
# Footnote markers set as superscript numbers ("… 3 KB? ⁴").
FOOTNOTE_MARK = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# A comparison set between spaces ("moisture < 30", not "<p>"), a pseudo-code IF…THEN, or amounts either side of
# an "=" ("1000 bytes = 1 KB"): a program's rule or working-out.
RULE_OR_WORKING = re.compile(r"\w\s+(?:[<>]=?|[=!]=)\s+\w|\bIF\b.*\bTHEN\b|\d[^=]*=\s*\d")
_SMALL_WORDS = {"a", "an", "and", "the", "of", "in", "on", "for", "to", "with", "&", "vs", "or", "at", "by"}


def _is_title(text: str) -> bool:
    """A title, not a sentence: "Knowledge Organiser: Loops in Python" (every word but the small ones
    capitalised, and no full stop)."""
    if text.rstrip().endswith("."):
        return False
    words = [w.strip("“”\"‘’'():–—-") for w in text.split()]
    words = [w for w in words if w and w.lower() not in _SMALL_WORDS]
    return bool(words) and all(w[0].isupper() or w[0].isdigit() for w in words)


CLAUSE = re.compile(r"[,;.]\s+|\s+(?:and|then)\s+")
HOW_TO_SHARE = 0.5  # of a section's lines that give an order, making it a how-to


def is_how_to(lines: list[str]) -> bool:
    """A section of steps telling the pupil what to do ("Click the link and accept it", "Open main.py and press
    Run", "When you finish, open the Git tab…"): a how-to, not a topic to describe."""
    ordering = sum(1 for line in lines if any(is_instruction(part) for part in CLAUSE.split(line)))
    return bool(lines) and ordering > HOW_TO_SHARE * len(lines)

