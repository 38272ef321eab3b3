"""Which lines of a unit's documents are teaching text — statements of what the lesson teaches — and which are the
furniture around them: a heading or a label, an instruction, a choice in a story ("If Sam asks…, go to 7"), a row
of quiz results ("Most common wrong answer: …"), an objective ("🎮 Level 1 – I can name three risks…") or where to
get help. When the readers find few key words, a draft is built from the teaching text, so these rules decide what
a gap, a sentence to match or a mark scheme may be made of, and that no label ever becomes a concept. Objectives
and the aims a document states are turned into written questions to the pupil here too (`written_task`).

    teaching_sentence("A firewall checks the data coming into a network.", heading="Firewalls")   # True
    teaching_sentence("If Sam asks for your password, go to 7.", heading="")                       # False
    is_lesson_label("WORD CHECK"), is_lesson_label("Today's missions")                             # True, True
    written_task("🎮 Level 2 – I can explain what to do if a player upsets me")   # "Explain what to do if … you"
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from app.services.documents.sections import section_of
from app.services.generation.commands import opens_on_a_command
from app.services.generation.passages import Passage
from app.services.generation.unfit_text import is_instruction, is_quoted_speech, is_statement


def _words(text: str) -> list[str]:
    return text.split()


# Words that name a part of a lesson, a game's round or a place on a worksheet, never what is taught: a heading made
# only of these ("WORD CHECK", "Today's missions", "Across", "Fun facts", "Boss level") is a label.
LESSON_FURNITURE = frozenset(_words("""
    word words check checks checkpoint mission missions quest quests level levels task tasks challenge challenges
    round rounds quiz quizzes bonus boss up warm cool down across brain break fun fact facts tip
    tips top big question questions think about it did you know today today's todays our my your this that time
    corner zone station recap review reflection reflect mini plenary starter exit ticket spot lesson lessons part
    parts section page step stage activity activities extension stretch support bronze silver gold platinum mild
    medium hot spicy answer answers key help where to get how i do self assessment peer quick let's lets go ready
    play new more extra final last first next and the a of for in on at we are learning learn goal goals aim can
    aims success criteria keywords vocab vocabulary glossary bank wall mat notes note reminder remember true false
    odd one out who what why when which wordsearch crossword puzzle puzzles topic subject title name date walt wilf
    wagoll ebi www case study studies scenario scenarios story tracker sheet card cards organiser organizer template
    log diary journal passport planner unit units revision homework test tests exam exams practice paper end term
    week plan insights frequently missed overview summary report results accuracy responses leaderboard scores
    mark scheme teacher copy podcast forms kahoot quizizz quizlet padlet jamboard nearpod canva sway onenote notion
    replit trumps bingo mindmap infographic
"""))
_WORD = re.compile(r"[a-z']+|\d+")
# An activity about words, whatever else its heading says: "Key Word Frayer Models", "Vocabulary quiz".
WORD_ACTIVITY = re.compile(r"\b(?:key\s*words?|key\s+terms?|vocab(?:ulary)?|glossary|frayer|word\s*search|crossword"
                           r"|worksheet|booklet)\b", re.IGNORECASE)
# "I can…", "To be able to…", "WALT…", with a badge or level before it ("🎮 Level 1 – I can name…", "Bronze: I can…").
OBJECTIVE_LINE = re.compile(
    r"^\W*(?:(?:level|step|stage|mission|quest|bronze|silver|gold|lo|l\.o\.)\s*\d*\s*[:–—-]?\s*)?"
    r"(?:i\s+can|i\s+will|i\s+am\s+able|i\s+understand|i\s+know\s+how|(?:to\s+)?be\s+able\s+to|we\s+are\s+learning"
    r"|walt|wilf|i\s+have|i['’]ve|i\s+(?:used|included|gave|explained|described|checked))\b", re.IGNORECASE)
# The part of an objective line before what the pupil will do: a badge, "I can", "To be able to".
OBJECTIVE_PREFIX = re.compile(
    r"^\W*(?:(?:level|step|stage|mission|quest|bronze|silver|gold|lo|l\.o\.)\s*\d*\s*[:–—-]?\s*)?"
    r"(?:i\s+can|i\s+will(?:\s+be\s+able\s+to)?|i\s+am\s+able\s+to|(?:to\s+)?be\s+able\s+to|we\s+are\s+learning\s+to"
    r"|walt|to)?\s*", re.IGNORECASE)
_FIRST_PERSON = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
                 "i'm": "you're", "i’m": "you’re"}
# What an objective or a task starts with: "Explain…", "Compare lossy and lossless…", "To recognise spam…".
COMMAND_START = re.compile(
    r"^\W*(?:to\s+)?(?:explain|describe|compare|identify|name|state|define|know|understand|recognise|recognize"
    r"|suggest|evaluate|discuss|learn|find\s+out|think\s+about|list|outline|justify|analyse|analyze|give|write"
    r"|use|create|draw|complete|convert|calculate|work\s+out|estimate|rank|decide|sort|match|label|fill|read"
    r"|watch|demonstrate|practise|predict|spot|repeat|stop|check|go|add|take|move|swap|make|ask|tell|try|keep"
    r"|turn|click|press|choose|pick|avoid|plan|revise|prepare|scan|find|look|visit|listen|collect|bring|share|send"
    r"|install|play|build|fix|edit|change|copy|paste|delete|colour|color|investigate|explore|imagine)\b",
    re.IGNORECASE)
# The command words an objective may start with that a written answer can ask for, and how it asks for the others
# ("Know the difference between…" → "Explain the difference between…", "Recognise types of…" → "Describe…").
_WRITTEN = re.compile(r"^(explain|describe|compare|discuss|evaluate|suggest|outline|define|give|name|list|state|know"
                      r"|understand|learn|find out|think about|say|recognise|recognize|identify)\s+(.+)$", re.I)
_ASKS_WHY_OR_HOW = re.compile(r"^(?:how|why|what|whether|the difference|the reasons?|the ways?)\b", re.I)
# Advice, which is an instruction however it is worded: "Don't make videos play automatically", "Never share…".
ADVICE = re.compile(r"^\W*(?:don[’']?t|do\s+not|never|always|please|make\s+sure|remember\s+to|try\s+to|be\s+sure)\b",
                    re.IGNORECASE)
# An exam paper's rubric: "The number of marks for each question is shown in brackets", "Answer ALL questions".
RUBRIC = re.compile(r"\bnumber\s+of\s+marks\b|\bmarks?\s+(?:for\s+each|available)\b|\bshown\s+in\s+brackets\b"
                    r"|\banswer\s+all\b|\bblack\s+ink\b|\[\s*\d+\s*marks?\s*\]", re.IGNORECASE)
# What a question or a task asks the pupil to do (advice such as "Check your settings" is not a task).
QUESTION_COMMAND = re.compile(r"^\W*(?:explain|describe|compare|discuss|evaluate|suggest|justify|analyse|analyze|write"
                              r"|draw|complete|calculate|work\s+out|state|identify|give|list|name|decide|predict|answer"
                              r"|fill|tick|circle|match|sort|read)\b", re.IGNORECASE)
# A choice in a story or a game book: "…, go to 7.", "turn to page 12".
STORY_CHOICE = re.compile(r"\b(?:go|turn|skip|jump|move)\s+(?:back\s+|on\s+)?to\s+(?:page\s+|section\s+|box\s+"
                          r"|step\s+|card\s+|number\s+|square\s+|question\s+)?\d{1,3}\b", re.IGNORECASE)
# A row of a quiz's results: "Correct answer: …", "Most common wrong answer: …", "19 / 27 correct responses".
_RESULT_WORDS = r"answers?|answered|scores?|scored|correct|wrong|incorrect|responses?|votes?|poll|accuracy|attempts?"
QUIZ_ROW = re.compile(rf"^\W*(?:[\w’' ]{{0,30}}\b)?(?:{_RESULT_WORDS})\b[^:–—]{{0,20}}[:–—]"
                      rf"|\b\d+(?:\.\d+)?\s*/\s*\d+\s+(?:points|marks|{_RESULT_WORDS})\b|\b\d{{1,3}}\s*%\s+(?:of\s+\w+\s+)?"
                      rf"(?:got|answered|chose|said|{_RESULT_WORDS})\b"
                      r"|\d+\s*\(\s*\d+(?:\.\d+)?\s*%\s*\)\s*$"  # "…in a program 3 (11.1%)"
                      r"|\((?:correct|right\s+answer|answer)\)\s*$", re.IGNORECASE)  # a quiz's option "…(correct)"
# A task set as a heading: a verb, then what it is done to ("Spot the scam", "Help a friend", "Crack the code").
TASK = re.compile(r"^\W*(?:spot|help|meet|try|play|choose|pick|guess|build|make|fix|test|find|beat|save|protect|stop"
                  r"|plan|check|tell|ask|crack|catch|escape|solve|join|explain|describe|compare|name|write|use|create"
                  r"|draw|complete|match|sort|label|fill|read|watch|design)\s+(?:the|a|an|your|my|our|this|these|some"
                  r"|it|them)\b", re.IGNORECASE)
# A heading over where to get help: its lines are people and numbers to contact, never what a word means.
HELP_HEADING = re.compile(r"^\W*(?:where\s+to\s+(?:get|go|find|turn)(?:\s+for)?\s+(?:help|support)"
                          r"|(?:getting|get|need|needing|finding|more|further)\s+(?:help|support)|help(?:lines?)?"
                          r"|support|useful\s+(?:contacts|links|numbers)|contacts?|who\s+(?:can|to)\s+"
                          r"(?:help|tell|talk\s+to)(?:\s+\w+)?)\W*$", re.IGNORECASE)
# A line that points to people or services to contact: a phone number, or who in school to tell.
SIGNPOST = re.compile(r"\b0\d{3}\s?\d{3}\s?\d{3,4}\b|\b(?:form\s+tutor|head\s+of\s+year|trusted\s+adult"
                      r"|safeguarding\s+lead|childline|ceop|helpline)\b", re.IGNORECASE)
# A sentence that opens on a word pointing back to the one before it.
BACK_REFERENCE = re.compile(r"^\W*(?:it|its|it['’]s|they|them|their|this|these|that|those|he|she|his|her|so|also"
                            r"|then|but|and|or|because|which)\b", re.IGNORECASE)
# The rest of a line that starts elsewhere: small letters and a word that cannot open a sentence of its own.
FRAGMENT = re.compile(r"^\W*(?:a|an|the|what|when|where|who|whose|how|of|to|for|with|by|in|on|from|into|than|like)\s"
                      r"|^\s*\("  # "(speed, use of the camera…)": an aside
                      # "Reads the text on the screen aloud", "Makes it illegal to…": what a word does, without the word
                      r"|^[A-Z][a-z]+s\s+(?:the|a|an|it|its|your|their|his|her|how|what|whether|people)\b")
# Which lesson or week a line belongs to: "L5", "Lesson 3", "Wk 2".
LESSON_NUMBER = re.compile(r"^\W*(?:l|lesson|wk|week|unit|u|session|day|part)\s?\d{1,2}\W*$", re.IGNORECASE)
# Where the class keeps things and what it handles: the room's logistics, never what is taught.
CLASSROOM = re.compile(r"\b(?:tray|printed|photocop\w*|handouts?|shared\s+(?:area|drive)|on\s+teams"
                       r"|google\s+classroom|exercise\s+books?|mini\s+whiteboards?|sticky\s+notes?|glue|scissors)\b",
                       re.IGNORECASE)
# A class page's post ("Mr Okafor posted a new question: …"), or a picture's caption or a stage direction in square
# brackets ("[photo] Miss Cole and three teachers…"): the page around the lesson, not what it teaches.
POSTED = re.compile(r"\b(?:posted|shared|uploaded|added)\s+(?:(?:a\s+)?(?:new\s+)?(?:question|assignment|material"
                    r"|announcement|post|quiz|file)\b|by\b)|^\W*\[[a-z][^\]]{0,30}\]", re.IGNORECASE)
# When work is due: a homework or an assignment line ("Seneca: 2.5 Translators – due Friday"), never teaching.
DEADLINE = re.compile(r"\bdue\s+(?:on\s+|by\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|next\s+\w+"
                      r"|date|in\b)|\bdeadline\b|\bhand\s+(?:it\s+|them\s+)?in\b", re.IGNORECASE)
# A sentence of running text that announces the lesson's aims: "This week we are learning to…", "Today you will…".
_ANNOUNCED = re.compile(r"^\W*(?:(?:this|next)\s+(?:week|lesson|term|unit)|today|in\s+this\s+(?:lesson|unit))\W*"
                        r"(?:we\s+are\s+(?:learning|going)\s+to|we\s+will(?:\s+learn\s+to)?|you\s+will(?:\s+learn\s+to"
                        r"|\s+be\s+able\s+to)?)\s+", re.IGNORECASE)
_NEXT_COMMAND = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:explain|describe|compare|identify|evaluate|form|give"
                           r"|discuss|name|state|use|write)\b)", re.IGNORECASE)
MARK_POINT = re.compile(r"\(\s*[1-9]\s*\)")  # "(1)": a mark scheme's point
_LABEL = re.compile(r"^\W*(?P<label>[^:–—]{1,40}?)\s*(?::|\s[–—]\s)\s*\S")
_CLAUSE = re.compile(r",\s+|;\s+|\s+[–—]\s+|:\s+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\W*[A-Z\[])")


@lru_cache(maxsize=8192)
def is_lesson_label(text: str) -> bool:
    """A heading or label that names a part of the lesson, a round of a game, a place on a sheet or a task ("WORD
    CHECK", "Today's missions", "Across", "Where to get help", "Spot the scam"), not a topic: never a concept to ask
    about."""
    cleaned = text.replace("’", "'").lower()
    words = _WORD.findall(cleaned)
    if not words:
        return True
    if section_of(text) is not None or HELP_HEADING.search(text) or WORD_ACTIVITY.search(text) or TASK.match(text):
        return True
    return all(word in LESSON_FURNITURE or word.isdigit() for word in words)


def is_objective_line(text: str) -> bool:
    """An objective or success criterion as written on a slide ("I can…", "To be able to…", "🎮 Level 1 – I can…"),
    or a command that opens one or a task ("Explain how…", "To recognise spam…")."""
    return bool(OBJECTIVE_LINE.match(text) or COMMAND_START.match(text))


def as_pupil_task(objective: str) -> str:
    """An objective as a task set to the pupil: "🎮 Level 2 – I can explain what to do if another player makes me
    feel uncomfortable" → "explain what to do if another player makes you feel uncomfortable"."""
    body = OBJECTIVE_PREFIX.sub("", objective.strip(), count=1).strip().rstrip(".")
    return re.sub(r"\b(?:I|me|my|mine|myself|am|I[’']m)\b", lambda m: _FIRST_PERSON[m.group(0).lower()], body,
                  flags=re.IGNORECASE)


def written_task(objective: str) -> str | None:
    """An objective as a written question: "Explain how your digital footprint could affect your future" from "I can
    explain how my digital footprint…"; "Explain how to block…" from "Know how to block…"; None for an objective
    that is not a written answer ("Draw the symbols…", "Use search tips…")."""
    match = _WRITTEN.match(as_pupil_task(objective))
    if not match:
        return None
    verb, rest = match.group(1).lower(), match.group(2)
    if verb in ("know", "understand", "learn", "find out", "think about", "say"):
        verb = "explain" if _ASKS_WHY_OR_HOW.match(rest) else "describe"
    elif verb in ("recognise", "recognize", "identify"):
        verb = "describe"
    return f"{verb.capitalize()} {rest}"


def stated_aims(passages: Iterable[Passage]) -> list[str]:
    """The lines that state what the pupil will be able to do: "I can…", "🎮 Level 1 – I can…", "To be able to…",
    or a command under a heading of objectives ("Learning objectives:" / "explain why programs should validate…");
    and, in running text, the aims a sentence announces ("This week we are learning to describe how…, explain…")."""
    lines = [p["text"] for p in passages if OBJECTIVE_LINE.match(p["text"])
             or (COMMAND_START.match(p["text"]) and section_of(p["heading"]) == "objectives")]
    return lines + [aim for p in passages if p["text"] not in lines for aim in _announced_aims(p["text"])]


def _announced_aims(text: str) -> list[str]:
    """"Hi 9C! This week we are learning to describe how automation is changing work, explain the benefits of AI,
    and form an opinion." → ["describe how automation is changing work", "explain the benefits of AI", "form an
    opinion"]: each command of a sentence that announces what the class is learning."""
    aims = []
    for sentence in _SENTENCE.split(text):
        match = _ANNOUNCED.search(sentence)
        if match:
            rest = sentence[match.end():].strip().rstrip(".!")
            aims += [part.strip() for part in _NEXT_COMMAND.split(rest) if COMMAND_START.match(part.strip())]
    return aims


def is_signposting(text: str, heading: str = "") -> bool:
    """Where to get help (a helpline, a phone number, who in school to tell), not what something means."""
    return bool(SIGNPOST.search(text) or HELP_HEADING.search(heading or ""))


def is_logistics(text: str) -> bool:
    """The room's logistics, when work is due or a class page's post ("Sheets are in the tray", "…– due Friday",
    "Mr Okafor posted a new question: …", "[photo] …"), not what is taught."""
    return bool(CLASSROOM.search(text) or DEADLINE.search(text) or POSTED.search(text))


def is_quiz_row(text: str) -> bool:
    """A row of a quiz or its results ("Correct answer: the destination…", "19 / 27 correct responses")."""
    return bool(QUIZ_ROW.search(text))


def is_label_line(text: str) -> bool:
    """A line that is a lesson label and what follows it ("Topic: ASCII and Unicode", "Key words: …", "L5 –
    Packets and protocols")."""
    match = _LABEL.match(text)
    return match is not None and (is_lesson_label(match.group("label")) or bool(LESSON_NUMBER.match(match["label"])))


def gives_an_instruction(text: str) -> bool:
    """Whether any clause of the line tells the pupil what to do ("…, then decide which type each scenario shows",
    "If someone asks for your password, go to 7", "Don't make videos play automatically", "[4 marks]")."""
    if STORY_CHOICE.search(text) or ADVICE.match(text) or RUBRIC.search(text):
        return True
    return any(is_instruction(part) for part in _CLAUSE.split(text) if part.strip())


def is_task(passage: str) -> bool:
    """A paragraph that sets a task, so none of its sentences is teaching text: "Jay saves all of his coursework on
    one USB stick. Explain why Jay should back up his files… [4 marks]" is a question's scenario."""
    return any(RUBRIC.search(part) or QUESTION_COMMAND.match(part) for part in _SENTENCE.split(passage))


def stands_alone(text: str) -> bool:
    """Whether a sentence makes sense on its own, not only after the one before it ("It learned from the CVs…",
    "This means that…") or as the rest of a line whose start is elsewhere ("a kind of AI where…", in a glossary's
    second column; "Reads the text aloud", a meaning without its word): a sentence to fill in or to match must."""
    return not BACK_REFERENCE.match(text) and not FRAGMENT.match(text)


def teaching_sentence(text: str, heading: str = "", objectives: Iterable[str] = (), passage: str = "") -> bool:
    """A statement the lesson teaches: not a heading, label, instruction or command (commands.py), story choice or
    quoted speech, quiz row, objective line (or one of the unit's `objectives`) or signpost to help, not under a
    heading of where to get help, and not part of a `passage` that sets a task."""
    if not is_statement(text) or is_objective_line(text) or gives_an_instruction(text) or opens_on_a_command(text):
        return False
    if passage and passage != text and is_task(passage):
        return False
    if is_quiz_row(text) or is_label_line(text) or is_signposting(text, heading) or is_logistics(text) \
            or is_quoted_speech(text):
        return False
    if text.count(" / ") >= 2 or len(MARK_POINT.findall(text)) >= 2:
        return False  # "Works offline / runs faster / …": a table's row; "… (1), range check (1)": a mark scheme
    key = _key(text)
    return not any(key == _key(objective) for objective in objectives)


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))
