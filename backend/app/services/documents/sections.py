"""Which part of a lesson a heading or label opens: objectives, success criteria, key vocabulary or a sequence; and
what a heading or a line says of the lines under it: steps, points (a list whose dashes give examples) or answers
recalling earlier lessons.

Teachers name the parts of a lesson in many ways ("Learning objectives (LOs)", "WALT", "By the end of this lesson
you will be able to:", "Email – Key Words", "Key words to use"); `section_of` knows them, `split_label` also reads
what follows the label's colon, and `lead_in_section` the sentence that opens a list ("Objectives for today – by the
end pupils should be able to:").
"""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents import crossword
from app.services.documents.blocks import clean
from app.services.documents.phrases import is_examples
from app.services.documents.stated_aims import aims_sentence
from app.services.documents.vocabulary import separated

# A matching activity of each word and its meaning ("Match each word to what it means", "Match the key terms to
# their definitions"): when its cards give each word with its meaning, they are a glossary (`is_matching`).
MATCHING = re.compile(r"match (?:each|the) (?:key |new )?(?:words?|terms?) (?:to|with) (?:what (?:it|they) means?"
                      r"|(?:its|their|the) (?:meanings?|definitions?))", re.IGNORECASE)
SECTION_PATTERNS: dict[str, re.Pattern[str]] = {
    "objectives": re.compile(
        # With whose they are, too: "Our aims today", "Your goals".
        # A game's framing too: "Mission objectives", "Quest goals".
        r"(?:(?:our|your|my|today[’']?s) )?(?:lesson |learning |key |unit |mission |quest )?(?:objectives?|outcomes?|intentions?|aims?"
        r"|goals?)"
        # A game's "missions" and "quests" for the lesson are its aims ("Today’s missions"; bare "Missions" may be
        # its tasks).
        r"|(?:our|your|today[’']?s) (?:missions|quests)"
        r"|los|l\.?o\.?s?|walt|(?:we are|i am|i[’']?m) learning to|what (?:you|we) will learn|what (?:we|you) are learning(?: today)?"
        r"|what are (?:we|you) learning(?: today| about)?\??"  # the same, asked: "What are we learning today?"
        # Whatever the pupils work through: "this lesson", "this unit", "this Sway", "these two lessons"; in the
        # pupil's own voice too ("…I will be able to:").
        r"|by the end of (?:today|(?:this|the|these|today'?s)(?: [\w'-]+)? [\w'-]+)"
        r"(?:,? (?:i|we|you|pupils|students|learners) (?:will|should)"
        r"(?: be able to)?)?"
        r"|(?:after|at the end of) (?:this|the) (?:lesson|unit),? (?:you|pupils|students|learners) (?:will|should)"
        r"(?: be able to)?"
        # Whatever else they work through ("After this video you will be able to:"), only with "be able to": "After
        # the starter pupils will…" is a plan's step.
        r"|(?:after|at the end of) (?:this|these|today'?s) [\w'-]+,? (?:you|pupils|students|learners) (?:will|should)"
        r" be able to"
        r"|(?:pupils|students|learners|you) (?:will|should|must) be able to"
        r"|(?:today|in this (?:lesson|chapter|unit|topic|section)),? (?:we|you) (?:will|are going to)(?: learn(?: to| about| how to)?)?"
        r"|what (?:i|you|we) (?:need|will need|have) to (?:know|learn)"
        # A project brief's skills to be learnt: "Skills you will learn", "New skills we will develop".
        r"|(?:the )?(?:new |key )?skills (?:you|we|i) will (?:learn|develop|practi[sc]e|build|gain)"
        # "Today" over a slide's list of aims; a homework or quiz saying what it checks ("This homework checks
        # that you can:").
        r"|today|(?:this|the|today'?s) (?:homework|lesson|quiz|test|task|worksheet|unit) (?:checks|will check|tests"
        r"|will test)(?: that| whether)? (?:you|pupils|students|learners) (?:can|know(?: how to)?)",
        re.IGNORECASE,
    ),
    "success_criteria": re.compile(
        r"success criteria|wilf|what i'?m looking for|i can statements?|(?:revision |topic |learning )?checklist"
        # A closing slide's self-check over the aims, asked: "Check – can you now…", "Now can you…".
        r"|(?:check:? )?can you now|now,? can you",
        re.IGNORECASE,
    ),
    "vocabulary": re.compile(
        r"(?:key |important |new |subject )?(?:vocabulary|vocab|keywords?|key words?|terms|terminology)|glossary"
        r"|(?:key ?word|vocabulary|word) (?:wall|mat|check|watch|focus)|" + MATCHING.pattern
        # A writing task naming the words to use: "Use at least three of:", "Use these key words:".
        + r"|use (?:at least |any |all )?(?:two|three|four|five|six|some) of(?: (?:these|the following|the))?"
        r"(?: (?:key )?(?:words|terms))?|use (?:these|the following|the) (?:key )?(?:words|terms)"
        # A subject's or topic's own words over their meanings: "Design words", "Science terms" (not a word game's
        # "Missing words" or a pronoun's "Your words").
        + r"|(?!(?:missing|mystery|hidden|jumbled|mixed|scrambled|secret|bonus|the|these|those|your|our|my|some"
        r"|other|more|useful|command)\b)[a-z]+ (?:words|terms)"
        # The words still to learn, counted or needed: "Three more words you need", "Key words you need to know".
        r"|(?:(?:two|three|four|five|six|\d{1,2}|a few) (?:more|new) |key )?(?:words|terms)"
        r"(?: (?:you|we) (?:need|will need|must know)(?: to know| to learn)?| to (?:know|learn|remember))"
        r"|(?:two|three|four|five|six|\d{1,2}|a few) (?:more|new) (?:key )?(?:words|terms)",
        re.IGNORECASE,
    ),
    "sequence": re.compile(
        # Not bare "sequence" or "algorithm": those are KS3 vocabulary and topic headings too.
        r"lesson (?:sequence|outline|structure|steps|activities|timeline|timings)|outline(?: plan)?"
        r"|running order|steps|procedure|instructions|activities|timeline|timings?|order of (?:events|activities|the"
        r" lesson)|sequence of (?:events|activities|the lesson)|what to do",
        re.IGNORECASE,
    ),
}
# Optional tails teachers add to a section label: "Learning objectives (LOs)", "Key vocabulary for this lesson",
# "Key words to use", "Key words for the board", and what to do with them after a dash ("Key words – copy these
# into your glossary", "Key vocabulary - learn these").
LABEL_TAIL = re.compile(r"\s*(\(.*\)|for (?:this|the|today'?s) (?:lesson|unit|session)|(?:for )?today"
                        r"|to (?:use|include)|(?:for|on) the (?:board|wall|display)"
                        r"|\s[–—-]\s+(?:copy|learn|write|stick|note|remember|revise|use)\b[^–—:]*)\s*$", re.IGNORECASE)
LABEL_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)])\s+", re.IGNORECASE)
# A topic before a label: "Email – Key Words", "Networks: key vocabulary".
TOPIC_PREFIX = re.compile(r"^.{1,40}?\s*[–—:-]\s+(?=\S)")

# A pictograph a slide or page sets before its label ("🎯 Objectives", "🔑 Key words"): decoration, not words.
LEADING_PICTOGRAPH = re.compile(r"^[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d\s]+(?=\w)")
SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
LEAD_IN = re.compile(r"[:…]\s*$|\.\.\.\s*$")


def section_of(text: str) -> str | None:
    """The kind of section a heading or label names ("objectives", "vocabulary", ...), or None."""
    label = LABEL_NUMBER.sub("", LEADING_PICTOGRAPH.sub("", clean(text))).rstrip(":…. ").strip()
    label = LABEL_TAIL.sub("", label).strip().rstrip(":…. ").strip() or label  # "Today" is a label, not a tail
    if not label or len(label) > 70:
        return None
    for kind, pattern in SECTION_PATTERNS.items():
        if pattern.fullmatch(label):
            return kind
    # "Email – Key Words": a topic, then the label. Not for sequences ("Operating systems – lesson plan" is a title).
    topical = TOPIC_PREFIX.sub("", label, count=1)
    for kind in ("objectives", "success_criteria", "vocabulary"):
        if topical != label and SECTION_PATTERNS[kind].fullmatch(topical):
            return kind
    return None


def is_matching(text: str) -> bool:
    """A heading over a matching activity: its key words are read only from cards that pair them with meanings."""
    return bool(MATCHING.fullmatch(clean(text).rstrip(":…. ")))


class Label(NamedTuple):
    """A line that names a section, and whatever follows the colon on the same line."""

    kind: str
    rest: str


def split_label(text: str) -> Label | None:
    """ "Key vocabulary: binary, bit" → ("vocabulary", "binary, bit"); a bare label gives an empty rest."""
    text = clean(text)
    kind = section_of(text)
    if kind:
        return Label(kind, "")
    head, sep, rest = text.partition(":")
    if sep and (kind := section_of(head)):
        return Label(kind, rest.strip())
    return None


def lead_in_section(text: str) -> str | None:
    """The section a lead-in line opens when its label is only part of it: "Objectives for today - by the end
    pupils should be able to:" opens objectives, as a bare "Learning objectives:" does."""
    text = clean(text)
    if not LEAD_IN.search(text) or len(text) > 160:
        return None
    body = re.sub(r"[\s:….]+$", "", text)
    for part in re.split(r"\s+[–—-]\s+|,\s+|;\s+", body):
        kind = section_of(part)
        if kind in ("objectives", "success_criteria", "vocabulary"):
            return kind
    return None


def labelled_sentence(text: str) -> str | None:
    """The sentence of a paragraph that opens with an objectives label and lists them after its colon ("Computing
    Lesson 4. LO: sort… · explain…. Post ONE device each"): a board's description runs its parts together. So does
    a task's last sentence naming the key words to use ("Write them a message. Use at least three of: …"), and a
    sentence of prose saying what "we are learning to" do (`stated_aims`)."""
    for sentence in SENTENCE_BREAK.split(clean(text))[1:]:
        label = split_label(sentence)
        if label is not None and label.rest and label.kind in ("objectives", "success_criteria", "vocabulary"):
            return sentence.rstrip(". ")
    return aims_sentence(text)  # "Hi 9C! This week we are learning to describe…, explain… and form…"


# Headings over numbered questions or answers: their numbered lines are not steps of a process.
QUESTIONS_HEADING = re.compile(
    r"\b(?:questions?|answers?|quiz|test|exam|mark scheme|worksheet|homework|gaps?|gap fill|fill in the blanks)\b",
    re.IGNORECASE,
)
BLANK = re.compile(r"_{3,}|…{2,}|\.{5,}")  # a gap to fill in: the line is a question
# The answers to a lesson's opening questions ("Do Now answers", "Starter – answers"): retrieval practice recalls what
# earlier lessons taught ("Hardware is the physical parts…" a year on), not this lesson's key words.
RECALL_ANSWERS = re.compile(r"\b(?:do now|starter|retrieval(?: practice)?|recap)\b.*\banswers?\b"
                            r"|\banswers?\b.*\b(?:do now|starter|retrieval(?: practice)?|recap)\b", re.IGNORECASE)


def looks_like_steps(steps: list[str], heading: str) -> bool:
    """Numbered lines that are steps of a process: not questions, and not under a "Questions"/"Answers" heading."""
    if QUESTIONS_HEADING.search(heading):
        return False
    questions = sum(1 for step in steps if step.rstrip().endswith("?") or re.search(r"\(\d+ marks?\)", step)
                    or BLANK.search(step) or crossword.CLUE.match(step))  # "… web page (9)": a crossword clue
    return questions * 2 < len(steps)


def lists_examples(line: str) -> bool:
    """Whether a list item gives examples after its dash ("In-app purchases – skins, coins, extra levels"): its list
    sets out things with details, as pros and cons do, so the list's other "Word – …" lines are points, not key words
    with their meanings ("Subscriptions – pay monthly for Premium")."""
    said = separated(line)
    return said is not None and is_examples(said.definition)


def recalls_earlier_lessons(heading: str) -> bool:
    """Whether a heading is over the answers to a Do Now or another retrieval starter."""
    return bool(RECALL_ANSWERS.search(heading))
