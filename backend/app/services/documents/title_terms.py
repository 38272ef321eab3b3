"""A key word given by a slide's title and the line under it: "Malware" over "Software that is…", "What is colour
depth?" over "The number of bits used…", "LAN" over "Local Area Network: covers a small area…". The title is the key
word only when the line describes it — not when the line opens on another word of the title, defines a thing of its
own, or is an example or a scene.
"""

from __future__ import annotations

import re

from app.services.documents.phrases import (
    QUANTIFIED_SENTENCE,
    is_definition,
    is_term,
    term_key,
    term_words,
)
from app.services.documents.sentence_shapes import names_it_after, sets_a_scene
from app.services.documents.vocabulary import (
    ABBREVIATION_FIRST,
    ARTICLE,
    ASKED_TITLE,
    DISPLAY_WORD_LETTERS,
    EXAMPLES_TITLE,
    OWN_SUBJECT,
    SHORT_FOR,
    TITLE_PREPOSITIONS,
    Candidate,
    defining_sentence,
    separated,
    tidy,
)
from app.services.documents.word_forms import NAMED_THING, capitalised, expands

# A title's article before a common noun ("The right to erasure"): the key word is the noun phrase. A name set out
# in capitals after it ("The Cloud", "The Daily Byte") keeps its article.
ARTICLE_BEFORE_NOUN = re.compile(r"^the\s+(?=[a-z])", re.IGNORECASE)
# A body in quotation marks is someone's words: a client's request, a famous line.
QUOTED = re.compile(r"^[“\"„«]")
# A described thing before a colon, not a key word of its own: "The shape of the video: …", "A list of steps: …".
DESCRIBED_THING = re.compile(r"^(?:the|an?)\s+[a-z]+\s+of\s", re.IGNORECASE)
# A body that gives the title another name before its meaning: "Also called the right to be forgotten: you can…".
ALSO_CALLED = re.compile(r"^(?:also|often|sometimes)\s+(?:called|known\s+as)\s+[^:;–—]{2,60}?\s*[:;–—]\s+"
                         r"(?P<meaning>\S.{8,})$", re.IGNORECASE)

# A title introducing the thing to the class ("Meet the turtle", "Say hello to Sprite"): the thing is the key word.
MEETS = re.compile(r"^(?:meet|say hello to|introducing)\s+(?:(?:the|an?|our|your)\s+)?(?P<thing>\w.{0,40})$",
                   re.IGNORECASE)

# A line opening on what it is for, then what to do ("To draw a regular shape, the turtle must turn…"): a rule or a
# method under the title, not what the title is.
PURPOSE_FIRST = re.compile(r"^To\s+[a-z]+\s[^,.;:]{2,80},\s")


def title_term(title: str, first_line: str) -> Candidate | None:
    """A slide titled with a key word whose body begins by describing it ("Malware" / "Software that is…"), or
    titled with the question the body answers ("What is colour depth?" / "The number of bits used…")."""
    if met := MEETS.match(title.strip()):  # "Meet the turtle" / "The turtle is the little arrow…"
        title = capitalised(met["thing"].strip().rstrip("!"))
    if _display_capitals(title) and not _named_in_capitals(title, first_line):  # "SENSOR" set big: "Sensor"
        restated = defining_sentence(first_line)  # "INTERNET OF THINGS" / "The Internet of Things (IoT) is…"
        if restated is not None and term_key(restated.term).startswith(term_key(title)):
            return restated
        title = capitalised(title.strip().lower())
    asked = ASKED_TITLE.match(title.strip())
    if asked:
        title = capitalised(asked["term"])
        restated = defining_sentence(first_line)  # "What is a pixel?" / "A pixel is the smallest dot…"
        if restated is not None:  # the line names what it defines ("What is the FDE cycle?" / "The fetch-…")
            return restated if restated.term.lower() == title.lower() else None
    if QUOTED.match(first_line.strip()):
        return None  # "The brief" / "“Our cinema is opening…” – Ms Reid": someone's words, not a meaning
    own = separated(first_line, colon=True)
    if own is not None and DESCRIBED_THING.match(own.term):
        own = None  # "Aspect ratio" / "The shape of the video: its width…": the line's own words, then more of them
    if own is not None and expands(title, own.term):  # "LAN" / "Local Area Network: covers a small area…"
        return tidy(title, f"{own.term}: {own.definition}")
    # The line names its own term ("Clock speed – the number of…"): it speaks for itself. Not under a title that
    # is an abbreviation with its expansion ("RAM (Random Access Memory)" over "Volatile – loses its contents…"):
    # that title is the key word, and the line says what it is like.
    if own is not None and is_term(own.term) and not ABBREVIATION_FIRST.match(title.strip()) \
            and not SHORT_FOR.match(own.term):  # "BIT" / "Short for binary digit: a single 0 or 1…" is its meaning
        return None
    if EXAMPLES_TITLE.match(title.strip()) or PURPOSE_FIRST.match(first_line.strip()):
        return None  # "Examples of IoT devices" / "Smart speakers (…)": the first of the examples, not a meaning
    if len(term_words(title)) > 5 or not (is_term(title, max_words=5) or _named_in_capitals(title, first_line)):
        return None
    if not is_definition(first_line, min_words=3) or sets_a_scene(first_line) or (
            QUANTIFIED_SENTENCE.match(first_line.strip()) and not names_it_after(title, first_line)):
        return None  # "RLE with pictures" / "Each row of an image can be stored…" says how it is used, not what it is
    if opens_on_a_modifier(title, first_line) or _defines_another(title, first_line):
        return None
    # "Metadata" / "Metadata is data about the image…": what follows the title's own name is its meaning.
    own_name = re.match(rf"^(?:(?:a|an|the)\s+)?{re.escape(title.strip())}\s+(?:(?:is|are|means)\s+(?=\S)|(?=[a-z]+s\s))",
                        first_line, re.IGNORECASE)  # "Sensor" / "A sensor measures…": what it does is its meaning
    meaning = first_line[own_name.end():] if own_name else first_line
    if also := ALSO_CALLED.match(meaning):  # "Also called the right to be forgotten: you can ask…"
        meaning = also["meaning"]
    named = ARTICLE_BEFORE_NOUN.sub("", title.strip())
    return tidy(capitalised(named) if named != title.strip() else title, capitalised(meaning.rstrip()))


def _defines_another(title: str, first_line: str) -> bool:
    """The line defines a thing of its own that shares no word with the title ("Video and sound" / "Captions are
    words on the screen…"): the title is the slide's subject, and the line a key word under it."""
    subject = OWN_SUBJECT.match(first_line.strip())
    if subject is None or not is_term(subject["term"], max_words=4) or expands(title, subject["term"]):
        return False
    return not {term_key(w) for w in term_words(subject["term"])} & {term_key(w) for w in term_words(title)}


def _display_capitals(title: str) -> bool:
    """A title typed in capitals with a word too long to be an abbreviation ("SMART DEVICE", not "RAM" or "HTTPS")."""
    words = title.split()
    return bool(words) and title.isupper() and all(word.isalpha() for word in words) \
        and max(len(word) for word in words) >= DISPLAY_WORD_LETTERS


def opens_on_a_modifier(title: str, first_line: str) -> bool:
    """The line opens on a word of the title that is not the thing the title names ("Errors in programs" /
    "Programs rarely work perfectly…", "Data centre" / "Data is…"): it is about that word, not a meaning of the
    title. The thing named is the word before "of", "in"… ("Errors"), else the last ("Trace table" / "A table…")."""
    words = [term_key(word) for word in term_words(title)]
    opening = [term_key(word) for word in ARTICLE.sub("", first_line.strip(), count=1).split()[:len(words)]]
    if len(words) < 2 or not opening or opening == words:  # "Trace tables record…" names the title itself
        return False
    linked = next((i for i, word in enumerate(words) if i and word in TITLE_PREPOSITIONS), len(words))
    return opening[0] in words and opening[0] != words[linked - 1]


def _named_in_capitals(title: str, first_line: str) -> bool:
    """A function or command written in capitals, as spreadsheets and languages name them ("AVERAGE" / "A function
    that finds the mean…"): a key word, not shouting."""
    return title.isalpha() and title.isupper() and bool(NAMED_THING.match(first_line.strip()))
