"""Names set out as a key word is, which are never key words: who and where, not what the lesson teaches.

Chloe Patel – the phone in E1 tried…, and E5 shows her searching…   a person (said "her" / "his" of)
Park Hill Academy – Computing Department – Year 7…                   a school, as a header names it
E2 PHOTO – posted by Mr Hale                                         an exhibit's or a card's label
Due Friday – CSS: style your band page                               a deadline on a class page
handled securely – protected against unauthorised access…           how a thing is done, finishing a list's stem
"""

from __future__ import annotations

import re

# A first name and a surname, each one capitalised word of letters ("Chloe Patel", "Ryan O'Neill").
FULL_NAME = re.compile(r"[A-Z][a-z]+\s(?:O['’]|Mc|Mac)?[A-Z][a-z]+")
# What is said of a person: "her" and "his", "she" and "he" (never of a thing, which is "it" or "its").
PERSONAL = re.compile(r"\b(?:she|he|her|his|him|hers|herself|himself)\b", re.IGNORECASE)
# A school or a college by its name ("Park Hill Academy", "St Mark's High School").
SCHOOL = re.compile(r"[A-Z][\w'’. -]{0,50}\s(?:Academy|School|College|University|Primary)")
# An exhibit, a card or a station numbered by a letter ("E2 photo", "S4 witness statement", "C1 login log").
NUMBERED_LABEL = re.compile(r"[A-Z]\d{1,2}\s+\S.*")
# A task's deadline, as a class page lists it ("Due Friday", "Due 11 Dec", "Due tomorrow").
DEADLINE = re.compile(
    r"due\s+(?:by\s+|on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b.*|due\s+(?:today|tomorrow|next\b|\d).*",
    re.IGNORECASE,
)

# A doing and the way it is done ("handled securely", "used fairly"), as items finishing a stem ("…make sure it is:")
# read: a predicate, not a thing. (Nouns ending "-ly" that follow a doing are kept: "embedded assembly".)
DONE_SO = re.compile(
    r"[a-z]{2,}ed\s+(?!(?:assemb|suppl|famil|monopol|anomal|repl)ly\b)[a-z]{3,}ly", re.IGNORECASE
)


def names_no_key_word(term: str, definition: str) -> bool:
    """Whether a found "term" is a person, a school, a numbered card's label, a deadline or a doing's manner (the
    module's shapes)."""
    term = term.strip()
    person = FULL_NAME.fullmatch(term) is not None and PERSONAL.search(definition) is not None
    return person or any(shape.fullmatch(term) for shape in (SCHOOL, NUMBERED_LABEL, DEADLINE, DONE_SO))
