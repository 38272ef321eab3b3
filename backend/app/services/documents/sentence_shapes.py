"""Small shapes of a line that say what it is not, checked by `phrases` and `vocabulary`:

    Exit ticket 🎟                          a label with a pictograph after it, not a key word
    Talking to the user                     a prompt for notes (a verb's -ing form, then whom), not a key word
    Buy now, pay later (BNPL)               one name its abbreviation spells out, commas and all
    Print on A4 – laminate                  a note on making the resource, not a key word
    Tick them off as we go ✔                what to do with a list, not an objective in it
    Copy the big question into your book    what to write down, not an objective
    Inside the computer is a little man…    a scene set (the place first), never what a word means
    A page is a block of memory…            a generic word ("a"/"an", lower case), though "Page 2" is a label
    Each mailbox has a number… That number is its address.   goes on to name the title's word: its meaning
    Software Development Life Cycle – Waterfall and Agile explained   a video's title and subtitle, no meaning
"""

from __future__ import annotations

import re

from app.services.documents.word_forms import expands

PICTOGRAPHS_AFTER = re.compile(r"(?<=\w)[\s\u2190-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+$")
# A verb's -ing form then whom or what it is done to ("Working with files"); "Sorting algorithm" names a thing.
DOING_PHRASE = re.compile(r"^[A-Za-z]+ing\s+(?:to|with|about|into|from|for|the|a|an|your|our|their)\s", re.IGNORECASE)
SPELLED_NAME = re.compile(r"(?P<long>[^()]+?)\s*\((?P<short>[A-Z]{2,6})\)")
# How pupils show how sure they are of each aim ("Thumbs up / sideways / down for each one", "Fist to five",
# "Traffic-light each one"): a way to rate the list, not something learnt.
SELF_RATING = r"|thumbs?\s+(?:up|down)\b|fist\s+to\s+five\b|(?:traffic[\s-]light|rate)\s+(?:each|them|these|yourself)\b"
# What to copy into the exercise book ("Copy the big question into your book", "Write the title in your books"):
# the work of the lesson, never an aim of it.
INTO_THE_BOOK = (r"|(?:copy|write|stick|glue|jot)\b[^.!?]{0,60}?\b(?:in|into|onto)\s+your\s+(?:exercise\s+)?"
                 r"(?:books?|folders?|jotters?)\b")
ABOUT_THE_LIST = re.compile(r"^(?:tick|check|cross|copy|write|jot|note|read|stick|highlight)\s+(?:them|these|each one)"
                            r"(?:\s+(?:off|down|in|into|out|up|as|when|at|on)\b|\W*$)" + SELF_RATING + INTO_THE_BOOK,
                            re.IGNORECASE)
SCENE_SET = re.compile(r"^(?:inside|in|on|at|behind|under|beside|above|below|once upon a time)\s+(?:the|a|an|this|our)?"
                       r"\s*[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:is|are|was|were|lives?|lived|sits?|sat|stands?|stood)"
                       r"\s+(?:a|an|the|some|\d+)\b", re.IGNORECASE)

# A teacher's note on making the resource ("Print on A4", "Photocopy in colour", "Laminate and cut out").
PRINT_NOTE = re.compile(r"^(?:(?:print|photocopy|copy)\s+(?:\w+\s+)?(?:on(?:to)?|in)\s+(?:A[3-5]|colou?r|card|paper)\b"
                        r"|laminate\b)", re.IGNORECASE)


# How a video's or a course's title ends ("… explained", "… made easy", "… for beginners", "… in 5 minutes"): its
# words after a dash are a subtitle, not a meaning.
TITLE_TAIL = re.compile(r"\b(?:explained|made\s+(?:easy|simple)|for\s+(?:beginners|kids|dummies)"
                        r"|in\s+(?:\d+|one|two|five|ten|sixty)\s+(?:seconds|minutes|mins)|tutorial|crash\s+course)\W*$",
                        re.IGNORECASE)


def is_title_tail(definition: str) -> bool:
    """Whether the words after a dash end as a video's or course's subtitle does ("Waterfall and Agile explained")."""
    return bool(TITLE_TAIL.search(definition))


def is_print_note(term: str) -> bool:
    return PRINT_NOTE.match(term) is not None


def without_pictographs(label: str) -> str:
    """ "Exit ticket 🎟" → "Exit ticket": a pictograph after a label is decoration."""
    return PICTOGRAPHS_AFTER.sub("", label)


def is_prompt(term: str) -> bool:
    return DOING_PHRASE.match(term) is not None


def is_spelled_out_name(term: str) -> bool:
    named = SPELLED_NAME.fullmatch(term)
    return named is not None and expands(named["short"], named["long"])


def is_about_the_list(line: str) -> bool:
    return ABOUT_THE_LIST.match(line) is not None


def sets_a_scene(line: str) -> bool:
    return SCENE_SET.match(line.strip()) is not None


def names_it_after(title: str, line: str) -> bool:
    """Whether the line goes on to name the title's thing as what it has described ("Memory address" / "Each of the
    mailboxes has a number… That number is its address")."""
    words = re.findall(r"[\w-]+", title)
    return bool(words) and re.search(rf"\b(?:is|are)\s+(?:called\s+)?(?:its|their|the|an?)\s+{re.escape(words[-1])}\b",
                                     line, re.IGNORECASE) is not None


def is_generic_word(subject: str) -> bool:
    """ "A page is…", "An answer is…": one lower-case word after "a"/"an" names any one of a kind, so it is a word
    being defined even when, capitalised and numbered ("Page 2"), the same word labels a part of a sheet."""
    named = re.fullmatch(r"(?:a|an)\s+(?P<word>[a-z]{3,})", subject.strip(), re.IGNORECASE)
    return named is not None and named["word"].islower()
