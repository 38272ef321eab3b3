"""A key word's meaning given in passing, inside a sentence about something else:

    Every object has a **fill** (the colour inside it) and a **stroke** (its outline).     in brackets after it
    You edited **paths** – lines made of straight or curved segments – by dragging…        between two dashes
    …by dragging their **nodes**, the points that a path passes through.                  set beside it: ", the…"
    …kept in a **hierarchical structure**, where folders sit inside other folders.         ", where…"
    …made of **objects**: shapes that the computer stores as instructions.                 after a colon
    …you have to **declare** it, which means creating it and giving it a name.            ", which means"
    Joining strings like this is called **concatenation**.                                 named after its meaning
    1000 bytes is a **kilobyte (KB)**.                                                     named after its amount
    The law that protects your data is the **UK GDPR**.                                    described, then named
    Buying **refurbished** devices – second-hand devices that have been… –                  with the noun it is for
    A **left shift** of one place multiplies…, In a **logical shift** the empty places…    narrowed (`qualified_terms`)

The word is one the document marks as a key word (in bold) or lists bare ("Key vocabulary: fill, stroke…"); a
listed word may name the thing with the noun after it ("bitmap" in "a bitmap image (an image made of pixels)"), and
any word does when its meaning names that noun again ("refurbished devices – second-hand devices…").
The meaning must describe (`phrases.is_definition`): "(1)", "(P0, P1, P2)", "(dark)" and "(e.g. …)" are not glosses.
"""

from __future__ import annotations

import re

from app.services.documents.findings import Findings, Origin
from app.services.documents.phrases import (
    FINITE_VERBS,
    NOT_A_NOUN_START,
    is_definition,
    is_instruction,
    is_term,
    term_key,
)
from app.services.documents.pointed_back import pointed_back
from app.services.documents.qualified_terms import qualified_term
from app.services.documents.vocabulary import Candidate, bold_term, own_sentences, tidy
from app.services.documents.word_forms import capitalised, expands

MAX_GLOSS_CHARS = 150
MIN_GLOSS_WORDS = 2
# What may follow the word: its meaning in brackets, between dashes, set beside it after a comma, or after a colon.
GLOSS = (
    r"\s*\((?P<bracketed>[^()]{3,150})\)"
    r"|\s+(?P<dash>[–—-])\s+(?P<dashed>[^–—]{3,150}?)\s+(?P=dash)\s"
    r"|,\s+(?P<beside>(?:the|a|an)\s[^,.;:()]{3,150})(?=[.;]|$)"
    r"|,\s+(?P<kind_that>[a-z]+\s+(?:that|which|who)\s[^,.;:()]{3,150})(?=[.;,]|$)"
    r"|,\s+(?P<where_said>where\s[^,.;:()]{3,150})(?=[.;]|$)"
    r"|:\s+(?P<after_colon>[^.;:()]{3,150})"
    r"|(?:\s+(?:it|them))?,\s+which\s+means\s+(?P<which_means>[^.;:()]{3,150})"
    r"|,\s+which\s+(?P<which_does>(?!means\b)[a-z]+s\s[^.;:()]{3,150}?)(?=,\s+so\b|[.;]|$)"
    # "the **length** of a string, which is the number of characters in it": what the word of its thing is.
    r"|(?:\s+of\s+(?:a|an|the)\s+[\w-]+)?,\s+which\s+(?:is|are)\s+(?P<which_is>(?:the|a|an)\s[^.;:()!?]{3,150}?)"
    r"(?=\s*[.;(!?]|$)"
    # "Go to the **checkout** – the page where you enter…": one dash, a noun and what it is, to the sentence's end.
    # (A word of it may be a file's extension: "– a separate .css file that…".)
    r"|\s+[–—-]\s+(?P<dash_to_end>(?:the|a|an)\s+\.?[\w-]+(?:\s+\.?[\w-]+){0,2}\s+(?:where|that|which|who|when)\s"
    r"[^–—.;:()]{3,150}?)(?=[.;]|$)"
)
# The weakest reading, tried last: a meaning after one dash to the sentence's end ("This is a **data breach** –
# personal data being lost…"), when no amount or other shape names it ("one **megabyte (MB)** – about the size…").
DASHED_TO_END = r"(?<![\w-])(?P<term>{word})\s+[–—]\s+(?P<meaning>[^–—.!?]{3,150})(?=[.!?](?:\s|$)|$)"
# The meaning before the word, in the sentence that names it: "Joining strings like this is called concatenation."
NAMED_AFTER = r"(?:^|(?<=[.!?;:])\s+)(?P<meaning>[^.!?;:]{5,150}?)\s+(?:is|are)\s+(?:(?:also|often|usually|sometimes)\s+)?" \
              r"(?:(?:called|known\s+as)\s+(?:(?:a|an|the|its|their)\s+)?|(?:its|their)\s+)(?P<term>{word}(?:s|es)?)(?=\s*(?:[.,;(]|$))"
# A doing said "like this" ("Repeating steps like this is called iteration"): the doing is the meaning whole.
DOING_LIKE_THIS = re.compile(r"^(?P<doing>[A-Za-z]{2,}ing\s[^.!?]{3,150}?)\s+like\s+(?:this|that)$")
# A unit named after the amount it stands for: "1000 bytes is a kilobyte", "1000 megabytes make a gigabyte",
# "When we have 1000 bytes we call it a kilobyte" (the amount is the meaning, though it is a number).
AMOUNT_NAMED = r"(?:^|(?<=[.!?;:])\s+|\b(?:when|if)\s+(?:we|you)\s+have\s+)" \
               r"(?P<meaning>(?:\d[\d,.]*|two|three|four|five|six|eight|ten|sixteen)\s+[a-z][\w-]*(?:\s+together)?)\s+" \
               r"(?:is|are|makes?|equals?|,?\s*(?:we|you)\s+call\s+(?:it|them))\s+(?:(?:a|an|one|1)\s+)?" \
               r"(?P<term>{word})(?=\s*(?:[.,;(–—-]|$))"
# A doing that ends in the word: "Saving data so that it is still there next time gives you **persistent data**."
DOING_GIVES = r"(?:^|(?<=[.!?;:])\s+)(?P<meaning>[a-z]+ing\s[^.!?;:]{10,150}?)\s+gives\s+(?:you|us)\s+" \
              r"(?:(?:a|an|the)\s+)?(?P<term>{word})(?=\s*(?:[.,;(]|$))"
# The description first and the name after it: "The law that protects your personal data is the **UK GDPR**."
DESCRIBED_FIRST = r"(?:^|(?<=[.!?])\s+)(?P<meaning>(?:the|a|an)\s+[\w-]+\s+(?:that|which|who)\s[^.!?;:]{3,200}?)" \
                  r"\s+(?:is|are)\s+(?:the\s+)?(?P<term>{word})(?=\s*(?:[.,;(]|$))"
# A sentence inside a paragraph opened by the word and saying what it is: "… A **character** is any single letter…".
# Also after a label's colon, and with "means" ("Hint: **consent** means the person has agreed…").
OPENS_SENTENCE = r"(?:^|(?<=[.!?:])\s+)(?:(?:the|a|an)\s+)?(?P<term>{word})(?:\s*\([^()]{2,80}\))?\s+" \
                 r"(?:(?:is|are)\s+(?=(?:the|a|an|any)\s)|means\s+)(?P<meaning>(?:[^.!?]|(?<=\d)\.(?=\d)){5,250}?)" \
                 r"(?=[.!?](?:\s|$)|$)"
# "<what it is>. This is called a **name** (ABBR).": the sentence before names nothing, it says what the name is.
CALLED_THIS = r"(?:^|(?<=[.!?])\s+)(?P<meaning>[A-Z][^.!?]{10,200})[.!]\s+(?:This|That|It)\s+is\s+(?:also\s+)?" \
              r"called\s+(?:(?:a|an|the)\s+)?(?P<term>{word})(?:\s*\((?P<short>[A-Z][A-Z0-9]{1,5})\))?(?=\s*(?:[.,;]|$))"
MIN_CALLED_WORDS = 4
# A name set out as a title ("The Daily Byte", "The Secret Life of Machines"): a newspaper, book or show, not a
# key word.
WORK_TITLE = re.compile(r"^The(?:\s+(?:[A-Z][\w'’-]*|of|and|the|in)){2,}$")
# Not a meaning: an example, another name ("(also called casting)"), an aside ("(yes, really!)"), a reference or a
# number.
# An opening quotation mark starts an example quoted in full ("…written as user stories: “As a player, I want…”").
NOT_A_GLOSS_START = re.compile(r"^(?:e\.g\.|eg\b|i\.e\.|ie\b|and\b|or\b|also\b|see\b|page\b|\d"
                               r"|yes\b|no\b|really\b|[“\"‘])", re.IGNORECASE)
# Where a button or a menu is on the screen ("Click **Remix** (top right)"): a place, not a meaning.
SCREEN_PLACE = re.compile(r"(?:(?:at|in|on)\s+(?:the\s+)?)?(?:(?:top|bottom|upper|lower|far)[\s-]+)?(?:left|right)"
                          r"(?:[\s-]+(?:corner|hand\s+side|side))?(?:\s+of\s+the\s+(?:screen|page|window))?"
                          r"|(?:at|in|on)\s+the\s+(?:top|bottom)(?:\s+of\s+the\s+(?:screen|page|window))?",
                          re.IGNORECASE)

# A meaning in passing for a word nothing marks, in shapes that can only be a meaning: set between two dashes as
# "the <thing> that…" after "your/the …" ("Check your privacy settings – the options that control who… – on…"), or
# after a colon to the sentence's end ("She shows him the privacy settings: the options that control who….", "The
# result of a benchmark: a test program that runs…"; "the one that…" points at one of several, it means nothing), or
# an "-ing" word explained in brackets by what doing it is ("Avoid oversharing (giving away too much…)"), or an order
# by the span it runs over ("sorted into ascending order (smallest to largest)").
UNMARKED = re.compile(
    r"\b(?:your|the|their|our|its)\s+(?P<named>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?P<dash>[–—])\s+"
    r"(?P<meaning>(?:the|a|an)\s+[a-z]+\s+(?:that|which|who)\s[^–—]{3,150}?)\s+(?P=dash)\s"
    r"|\b(?:your|the|their|our|its|a|an)\s+(?P<shown>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}):\s+"
    r"(?P<after_colon>(?:the|a|an)\s+(?!ones?\b)[a-z]+(?:\s+[a-z]+)?\s+(?:that|which|who)\s[^.!?;:]{3,150}?)"
    r"(?=[.!?;]|$)"
    # A two-word name beside what it is in the pupil's own world: "a section of secondary storage (your hard drive
    # or SSD)" (a name of two words after a preposition: one word alone may be an example's subject).
    r"|\b(?:of|in|on|to|into|from|called)\s+(?P<owned>(?!the\b|a\b|an\b)[a-z][\w-]+\s+[a-z][\w-]+)\s+"
    r"\((?P<yours>your\s[^()]{3,80})\)"
    r"|(?<![\w-])(?P<doing>[a-z]{3,}ing)\s+\((?P<what_doing>[a-z]+ing\s[^()]{3,150})\)"
    r"|(?<![\w-])(?P<spanned>[a-z]{3,}\s+[a-z]{3,})\s+\((?P<span>[a-z]+est\s+to\s+[a-z]+est)\)"
    # A word set in quotes, then a dash and the kind of thing it is: "Some places are a ‘not-spot’ – an area where…".
    r"|[‘“](?P<quoted>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})[’”]\s+[–—-]\s+"
    r"(?P<quoted_meaning>(?:the|a|an)\s+[a-z]+\s+(?:that|which|who|where)\s[^–—.;:()]{3,150}?)(?=[.;]|$)"
    # A thing shown said to be of a kind of two words, the kind explained after a dash: "B is a composite image – one
    # picture made by combining parts of two or more photos".
    r"|\b(?:is|are)\s+(?:a|an)\s+(?P<kind>[a-z][\w-]+\s+[a-z][\w-]+)\s+[–—]\s+"
    r"(?P<kind_meaning>(?:a|an|one)\s+[a-z]+\s+(?:made|that|which|who|where|used)\s[^–—.;:()]{3,150}?)(?=\s*[.;(]|$)"
    # A thing of two words named in passing, then after one dash the kind of thing it is and what it does, to the
    # sentence's end: "I've told her to get a password manager – an app that creates and remembers…".
    r"|\b(?:a|an)\s+(?P<got>[a-z][\w-]+\s+[a-z][\w-]+)\s+[–—]\s+"
    r"(?P<got_meaning>(?:a|an)\s+[a-z]+\s+(?:that|which|who)\s[^–—.;:()]{3,150}?)(?=\s*[.;!?]|$)"
    # A thing of two words named after "in a", then after a colon what any one of its kind does in it, to the
    # sentence's end: "Hackers use lists like this in a dictionary attack: instead of trying…, a program tries
    # common words…" ("Save it in a new folder: your teacher will check it" says what happens once, not in a kind).
    r"|\bin\s+(?:a|an)\s+(?P<within>[a-z][\w-]+\s+[a-z][\w-]+):\s+"
    r"(?P<happens>[a-z][^.!?;:()]{0,100}?\b(?:a|an)\s+[a-z]+\s+[a-z]+s\s[^.!?;:()]{3,100}?)(?=[.!?]|$)"
)
# "Sort them (smallest to largest)": a pronoun before the bracket names nothing.
PRONOUNS = {"it", "them", "us", "him", "her", "me", "you", "this", "that", "these", "those"}

# A word named last, after the description that makes its meaning, which opens the sentence (or the note) as a
# noun phrase: "The folder at the very top, e.g. C:\\, is called the root folder." or "The letters after the
# dot. They tell the computer which program opens it = the file extension." ("This is called…" is not: the
# meaning is elsewhere.)
NAMED_LAST = re.compile(
    r"(?:^|(?<=[a-z)][.!?])\s+)(?P<meaning>(?:The|A|An)\s[^!?]{5,200}?),?\s+(?:(?:is|are)\s+(?:(?:also|often|usually)\s+)?"
    r"called|=)\s+(?:the|a|an)\s+(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*[.!]?$"
)

# A sentence inside a paragraph (not its first: that line is `vocabulary`'s) setting a word equal to its meaning,
# as a reply explains a word a pupil used: "Good word! Resolution = how many pixels the screen can show."
EQUALS_SENTENCE = re.compile(r"(?<=[a-z)][.!?])\s+(?P<term>[A-Z][a-z-]+(?:\s+[a-z-]+){0,2})\s+=\s+"
                             r"(?P<meaning>[a-z][^.!?=]{5,150}?)(?=[.!?](?:\s|$)|$)")
# The same for a word said to be a doing, after a reply's opening: "Great question Tom. Overclocking is setting a
# CPU to run at a higher clock speed…".
DOING_SENTENCE = re.compile(r"(?<=[a-z)][.!?])\s+(?!(?:A|An|The)\s)(?P<term>[A-Z][a-z-]+(?:\s+[a-z-]+){0,2})\s+"
                            r"(?:is|means)\s+(?P<meaning>(?![a-z]*thing\b)[a-z]{3,}ing\s[^.!?=]{5,150}?)"
                            r"(?=[.!?](?:\s|$)|$)")  # "An event is something…": a noun, not a doing
# The meaning said first and the name given after it: "A touchscreen is BOTH: you tap it… We call it an
# input/output device." (what "it" is, is the sentence before).
CALLED_IT = re.compile(r"(?:^|(?<=[.!?])\s+)(?P<meaning>[A-Z][^.!?]{10,200})[.!]\s+(?:We|You|People)\s+call\s+"
                       r"(?:it|this|them)\s+(?:a|an|the)\s+(?P<term>[a-z][\w/-]*(?:\s+[a-z][\w/-]*){0,2})\s*[.!]?$")

# What the pupils said or asked about, named and then glossed after a dash, as a teacher's reply does: "These are
# called backlinks – links to a page from other websites.", "That's a heat sink – a block of metal that…".
CALLED_THESE = re.compile(
    r"(?:^|(?<=[.!?])\s+)(?:(?:These|Those|They|This|That|It)\s+(?:is|are)\s+(?:also\s+)?called\s+(?:(?:a|an|the)\s+)?"
    r"|(?:That|This|It)(?:'s|’s|\s+is)\s+(?=(?:a|an|the)\s.*[–—]\s+(?:a|an|the)\s)(?:a|an|the)\s+)"
    r"(?P<term>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+[–—]\s+(?P<meaning>[a-z][^.!?–—]{5,150}?)(?=[.!?](?:\s|$)|$)"
)


# A line saying what something does to a thing, then what that thing is after a dash: "Looks for runs – the same value
# repeated one after another" (a bullet under the slide's title, its subject left out). The verb takes a particle
# that follows a doing ("looks for", "goes through"), not a noun ("Items in a list"), and what follows the dash is a
# noun phrase, not a sentence of its own ("– the list must be sorted", "– a user types the target").
OBJECT_GLOSSED = re.compile(
    r"^(?P<doing>[A-Z][a-z]+(?<![su]s)s\s+(?:for|at|through|into|up|out|over|across)\s+"
    r"(?:(?:the|a|an|its|their|each|every|any)\s+)?)(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+[–—]\s+"
    r"(?P<meaning>(?:the|a|an)\s+(?![a-z]+(?:\s+[a-z]+)?\s+[a-z]+s\s+(?:the|a|an|its|their)\b)[^–—]{8,150})$"
)


def object_glossed(text: str) -> tuple[Candidate, str] | None:
    """The thing a line says something works on, with the meaning given after the dash, and the words before the dash
    (which a line's "term – meaning" reading would take for a key word); None for any other line."""
    match = OBJECT_GLOSSED.match(text.strip())
    if match is None or set(match["meaning"].lower().split()) & FINITE_VERBS:
        return None
    pair = _kept(match["object"], match["meaning"])
    return (pair, f"{match['doing']}{match['object']}") if pair is not None else None


def unmarked_glosses(text: str) -> list[Candidate]:
    """The words a text explains in passing in the shapes of `UNMARKED`, `NAMED_LAST`, `CALLED_THESE`,
    `EQUALS_SENTENCE` and `DOING_SENTENCE`, though nothing marks them as key words."""
    found = []
    for match in UNMARKED.finditer(text):
        term = (match["named"] or match["shown"] or match["doing"] or match["spanned"] or match["owned"]
                or match["quoted"] or match["kind"] or match["got"] or match["within"])
        meaning = (match["meaning"] or match["after_colon"] or match["what_doing"] or match["span"] or match["yours"]
                   or match["quoted_meaning"] or match["kind_meaning"] or match["got_meaning"] or match["happens"])
        words = term.lower().split()
        if words[0] not in NOT_A_NOUN_START and words[-1] not in PRONOUNS and (pair := _kept(term, meaning)):
            found.append(pair)
    named = NAMED_LAST.search(text.strip()) or CALLED_IT.search(text.strip())
    if named is not None and (pair := _kept(named["term"], named["meaning"].rstrip(" ,"))) is not None:
        found.append(pair)
    for match in CALLED_THESE.finditer(text):
        if (pair := _kept(match["term"], match["meaning"])) is not None:
            found.append(pair)
    for match in [*EQUALS_SENTENCE.finditer(text), *DOING_SENTENCE.finditer(text)]:
        # "Red pen = anything you got wrong": a key to the pupil's own work, not what a word means.
        speaks_to_you = re.search(r"\byou\b", match["meaning"], re.IGNORECASE)
        if match["term"].split()[0].lower() not in NOT_A_NOUN_START and not speaks_to_you \
                and (pair := _kept(match["term"], match["meaning"])):
            found.append(pair)
    return found


def gloss(text: str, word: str, *, extend: bool = False) -> Candidate | None:
    """The meaning `text` gives `word` in passing (its plural too), or None; with `extend`, the word may be followed
    by one more noun that the meaning is for ("bitmap" → "Bitmap image")."""
    word = word.strip()
    if not word:
        return None
    pattern = rf"(?<![\w-])(?P<term>{re.escape(word)}(?:s|es)?(?:[ \t]+[a-z][a-z-]{{2,}})?)(?:{GLOSS})"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        meaning = next(m for m in (match["bracketed"], match["dashed"], match["beside"], match["after_colon"],
                                   match["which_means"], match["kind_that"], match["which_does"], match["which_is"],
                                   match["where_said"], match["dash_to_end"]) if m)
        term = match["term"] if match["term"].lower() != f"{word.lower()}s" else word
        if len(term.split()) > len(word.split()) and not _names_the_noun(term, meaning, bracketed=extend
                                                                          and match["bracketed"] is not None):
            continue
        if (pair := _kept(term, meaning)) is not None:
            return pair
    opened = re.search(OPENS_SENTENCE.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    if opened is not None and (pair := _kept(opened["term"], opened["meaning"])) is not None:
        return pair
    described = re.search(DESCRIBED_FIRST.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    if described is not None and (pair := _kept(word, re.sub(r"\s*\([^()]*\)", "", described["meaning"]))):
        return pair
    counted = re.search(AMOUNT_NAMED.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    if counted is not None and is_term(counted["term"], max_words=5):
        return tidy(capitalised(counted["term"]), capitalised(counted["meaning"]))
    doing = re.search(DOING_GIVES.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    if doing is not None and (pair := _kept(word, doing["meaning"])) is not None:
        return pair
    named = re.search(NAMED_AFTER.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    said_so = DOING_LIKE_THIS.match(named["meaning"]) if named is not None else None
    meaning = said_so["doing"] if said_so is not None else named["meaning"] if named is not None else ""
    # "Being left out of … is called digital exclusion": a doing opened by "being" names a state, as a noun does.
    opening = _first_word(meaning) if named is not None else ""
    if named is not None and not ({opening, _last_word(meaning)} - {"being"}) & NOT_A_NOUN_START:
        term = named["term"] if named["term"].lower() != f"{word.lower()}s" else word
        return _kept(term, meaning)
    # ("This is called…" names a meaning given elsewhere.)
    dashed = re.search(DASHED_TO_END.replace("{word}", re.escape(word)), text, re.IGNORECASE)
    return _kept(dashed["term"], dashed["meaning"]) if dashed is not None else None


def bold_glosses(text: str, emphasis: list[str]) -> list[Candidate]:
    """The bold words of a paragraph given a meaning in passing ("…a **fill** (the colour inside it)…") or by a
    later sentence that one opens ("An app waits for you. An **event** is something that happens…"). The sentence
    opening the paragraph is `vocabulary.anywhere_term`'s to judge ("**const** makes a constant – …" is not one)."""
    found = []
    for at, phrase in enumerate(emphasis):
        own = own_sentences(text, phrase, emphasis)
        later = at or (own and not text.strip().startswith(own))
        pair = gloss(text, phrase) or (bold_term(own, [phrase]) or _with_its_noun(own, phrase) if later else None)
        pair = _spelled_out_then_explained(text, phrase, pair) or _called_after_its_meaning(text, phrase) or pair
        pair = pair or pointed_back(text, phrase) or qualified_term(text, phrase)
        if pair is not None:
            found.append(pair)
    return found


def _spelled_out_then_explained(text: str, phrase: str, pair: Candidate | None) -> Candidate | None:
    """An abbreviation spelled out in brackets and explained by a later sentence it opens ("the **ICO** (Information
    Commissioner’s Office) has arrived. The ICO is the UK’s regulator…"): named with its spelling out, as a
    heading over its meaning would be, and meaning what that sentence says."""
    if pair is None or not expands(phrase.strip(), pair.definition):
        return None
    for opened in re.finditer(OPENS_SENTENCE.replace("{word}", re.escape(phrase.strip())), text, re.IGNORECASE):
        meaning = opened["meaning"].strip()
        if is_definition(meaning, min_words=MIN_GLOSS_WORDS) and not NOT_A_GLOSS_START.match(meaning):
            return tidy(f"{phrase.strip()} ({pair.definition.strip().rstrip('.')})", capitalised(meaning),
                        set_apart=True)
    return None


def _called_after_its_meaning(text: str, phrase: str) -> Candidate | None:
    """A word named by the sentence after the one that says what it is, with its abbreviation ("You can ask for a
    copy of your data. This is called a **subject access request** (SAR)."): the sentence before is its meaning."""
    named = re.search(CALLED_THIS.replace("{word}", re.escape(phrase.strip())), text, re.IGNORECASE)
    if named is None or is_instruction(named["meaning"]) or len(named["meaning"].split()) < MIN_CALLED_WORDS:
        return None
    short = named["short"]
    term = capitalised(named["term"]) + (f" ({short})" if short and expands(short, named["term"]) else "")
    return tidy(term, capitalised(named["meaning"].strip()))


def _with_its_noun(sentence: str, phrase: str) -> Candidate | None:
    """A bold word that only starts the name of what a later sentence says it does, the noun after it unmarked (a
    cloze's answer with the gap's word in bold): "A **count-controlled** loop repeats a set number of times" names
    "count-controlled loop". A bold phrase of several words is a name already ("The **right to repair**
    movement wants…" is about the movement)."""
    if " " in phrase.strip():
        return None
    named = re.match(rf"(?:(?:the|a|an)\s+)?{re.escape(phrase)}\s+(?P<noun>[a-z]{{3,}})\s+[a-z]+s\b", sentence,
                     re.IGNORECASE)
    if named is None or named["noun"].lower() in NOT_A_NOUN_START or named["noun"].endswith("s"):
        return None
    return bold_term(sentence, [f"{phrase} {named['noun']}"])


def _names_the_noun(term: str, meaning: str, *, bracketed: bool) -> bool:
    """Whether a word and the noun after it are one name: a listed word's noun with a bracket right after it
    ("a bitmap image (an image made of…)"), or any word's when its meaning names that noun again
    ("refurbished devices – second-hand devices that…")."""
    noun = term_key(term.split()[-1])
    return bracketed or noun in [term_key(w) for w in meaning.split()[:3]]


def _kept(term: str, meaning: str) -> Candidate | None:
    """The word and its meaning when the word is a key word and the meaning describes."""
    meaning = meaning.strip().rstrip(".")
    if NOT_A_GLOSS_START.match(meaning) or SCREEN_PLACE.fullmatch(meaning) or not is_term(term, max_words=5) \
            or WORK_TITLE.match(term):
        return None
    if is_definition(meaning, min_words=MIN_GLOSS_WORDS) and len(meaning) <= MAX_GLOSS_CHARS:
        return tidy(capitalised(term), capitalised(meaning))
    return None


def _first_word(text: str) -> str:
    return text.split(maxsplit=1)[0].lower() if text.split() else ""


def _last_word(text: str) -> str:
    return text.split()[-1].lower() if text.split() else ""


def gloss_listed_words(found: Findings, text: str) -> None:
    """Key words listed without a meaning take the one the document gives them in passing ("Key vocabulary: fill,
    … bitmap" and "their fill (the colour inside a shape)", "a bitmap image (an image made of pixels)")."""
    # A meaning another key word already has is that word's: "built-in function (comes with…)" is not "function"'s.
    given = {item["definition"].lower() for item in found.vocabulary if item["definition"]}
    for item in [item for item in found.vocabulary if not item["definition"]]:
        pair = gloss(text, item["term"], extend=True)
        if pair is not None and pair.definition.lower() not in given:
            found.add_term(*pair, origin=Origin(item.get("where", ""), pair.term))
