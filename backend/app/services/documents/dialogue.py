"""Key words a story's characters name and explain in what they say, as a choose-your-path story or a comic strip
for a younger class teaches them:

    “Ignore him, that’s griefing,” says Priya. “It’s when someone spoils the game…”     named in one speech, then
    “That’s the PEGI rating,” says Mum. “It tells you the youngest age a game is…”      explained in the next: "It's
    “That could be grooming,” says Priya’s mum. “It’s when someone builds up…”          when…", "It means…", "It's
                                                                                        a … that…", "It tells you…"

The word closes the speech that names it ("that's X", "that could be X", "it's called X"), and a speech tag ("says
Priya") or nothing comes between it and the explanation. A story's characters are not key words: a name that tags
speech ("says Priya"), has people of its own ("Jay’s big sister") or tells them something is a person
(`characters`).
"""

from __future__ import annotations

import re

from app.services.documents.phrases import is_definition, is_term
from app.services.documents.vocabulary import Candidate, tidy
from app.services.documents.word_forms import capitalised

OPEN = "[“\"]"
CLOSE = "[”\"]"
SPEECH_VERBS = (r"(?:says|said|asks|asked|replies|replied|explains|explained|whispers|whispered|shouts|shouted|adds"
                r"|added|tells|told|warns|warned|answers|answered|laughs|laughed)")
# "…that's griefing,”" / "That could be grooming,”" / "…it's called phishing.”": the word closes the speech.
NAMED = (r"\b(?:that|this|it)(?:[’']s|\s+is|\s+was|\s+(?:could|might|must|may)\s+be|\s+sounds\s+like)"
         r"(?:\s+called)?\s+(?:(?:a|an|the)\s+)?(?P<term>[\w-]+(?:\s+[\w-]+){0,2})\s*[,.!]?" + CLOSE)
# A speech tag after the speech ("says Priya’s mum.", "Mum said,"), then the next speech opens.
TAG = rf"(?:\s*(?:{SPEECH_VERBS}\s+[^“”\".!?]{{1,40}}?|[^“”\".!?]{{1,40}}?\s+{SPEECH_VERBS})[.,])?\s*" + OPEN
# The explanation: "It's when…", "It means…", "It's a <thing> that…", "It tells/lets/shows you…".
EXPLAINED = (r"(?:(?:it[’']s|it\s+is|it\s+means)\s+(?P<meaning>when\s[^.!?”\"]{5,200}"
             r"|(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that|which|who|where|you)\s[^.!?”\"]{5,200})"
             r"|it\s+(?P<does>(?:tells|lets|shows|gives|helps|stops|keeps|makes)\s+(?:you|people|players|users|us)\s"
             r"[^.!?”\"]{5,200}))")
EXPLAINED_WORD = re.compile(NAMED + TAG + EXPLAINED, re.IGNORECASE)
# A story's people: a name tagging quoted speech (”, says Priya" / "Priya says, “"), or named with someone close to
# them ("Jay’s big sister", "Priya’s mum"), or telling them something ("Jay tells his mum"). Not a program or an app
# that "tells you" something: only people have mums, teammates and speech marks.
NAME = r"(?P<name>[A-Z][a-z]{1,15})"
PEOPLE = (r"(?:mum|mom|dad|mother|father|sister|brother|friends?|best friend|teammates?|teachers?|cousins?|nan"
          r"|gran|grandma|grandad|aunt|uncle|parents|carers?|family|classmates?)")
PERSON = [
    re.compile(rf"[”\"]\s*,?\s*{SPEECH_VERBS}\s+{NAME}\b"),
    re.compile(rf"\b{NAME}\s+{SPEECH_VERBS}\s*[,:]?\s*[“\"]"),
    re.compile(rf"\b{NAME}[’']s\s+(?:[a-z]+\s+)?{PEOPLE}\b"),
    re.compile(rf"\b{NAME}\s+(?:tells|told|asks|asked)\s+(?:his|her|their)\s+{PEOPLE}\b"),
]


def spoken_meanings(text: str) -> list[Candidate]:
    """The key words a paragraph of a story names in one speech and explains in the next."""
    found = []
    for match in EXPLAINED_WORD.finditer(text):
        meaning = match["meaning"] or match["does"]
        term, meaning = match["term"].strip(), meaning.strip().rstrip(",;")
        if is_term(term, max_words=3) and is_definition(meaning, min_words=3):
            found.append(tidy(capitalised(term), capitalised(meaning), set_apart=True))
    return found


def characters(text: str) -> set[str]:
    """The people of a story: single capitalised names that tag what is said in speech marks, or that have a mum, a
    sister or a teammate ("Jay’s big sister"), or tell them something."""
    return {match["name"] for pattern in PERSON for match in pattern.finditer(text)}
