"""Quiz-game decks (a Jeopardy-style board, a "reveal the answer" quiz) whose clue slide gives a key word's meaning
and whose answer slide names the word only, asked back as the game asks it: "What is a protocol?", "What is HTTP?
(Hypertext Transfer Protocol)". Neither slide says both, so each answer slide is paired with its clue slide: the
slide whose button links to it, else the slide just before it. The pair is a key word only when the answer slide
holds nothing but the question and short labels (a round strip, a "Back" button) and the clue slide one long line
that describes (not "Name the layer that…", an instruction to the class).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.services.documents.blocks import Block, clean
from app.services.documents.found import SlideSummary
from app.services.documents.phrases import is_definition

# "What is a packet?", "What are cookies?", "What is POP? (Post Office Protocol, POP3)": the word, its expansion.
ANSWER_TITLE = re.compile(
    r"^what\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?(?P<term>[^?…()]{1,50}?)\s*\?"
    r"\s*(?:\((?P<full>[^()]{3,80})\))?\s*$",
    re.IGNORECASE,
)
MAX_LABEL_WORDS = 5  # a round strip ("YOU'VE GOT MAIL – 200"), a button ("BACK TO BOARD"), numbers aside
# A clue that points at the word inside its sentence ("Data is split into these small chunks…") says what is done
# with the thing, not what it is; "This protocol sends email…" opens on it, and says what it does.
POINTED_AT = re.compile(r"^\S.*?\b(?:this|these)\s+[a-z]", re.IGNORECASE)
# A short exclamation after the meaning is said to the class ("Look for the padlock!"), not part of it.
ASIDE = re.compile(r"(?<=[.;])\s+[^.!?]{1,40}!$")


def revealed_terms(slides: list[SlideSummary], links: dict[int, set[int]]) -> list[Block]:
    """A term block (the word, the clue's meaning) for each answer slide whose clue slide describes the word."""
    numbered = {slide["number"]: slide for slide in slides}
    blocks = []
    for slide in slides:
        asked = ANSWER_TITLE.match(clean(slide["title"]))
        if asked is None or any(_words(line) > MAX_LABEL_WORDS for line in slide["bullets"]):
            continue
        pair = _clue_of(slide, numbered, links)
        if pair is not None:
            clue_slide, clue = pair
            term = _term(asked["term"], asked["full"])
            blocks.append(Block("term", term, definition=clue, where=f"slide {clue_slide['number']}"))
    return blocks


def _clue_of(
    answer: SlideSummary, numbered: dict[int, SlideSummary], links: dict[int, set[int]]
) -> tuple[SlideSummary, str] | None:
    """An answer slide's clue slide and its meaning: of the slides linking to it, the one that is a clue (a board
    tile linking there too is a slip; two clues whose copied buttons both lead there leave it unknown); with no
    slide linking to it, the slide just before it, unless that one's own button leads elsewhere."""
    linking = [numbered[n] for n, targets in links.items() if answer["number"] in targets and n in numbered]
    if not linking and (before := numbered.get(answer["number"] - 1)) is not None \
            and not links.get(before["number"]):
        linking = [before]
    clues = [(slide, clue) for slide in linking if (clue := _clue(slide)) is not None]
    return clues[0] if len(clues) == 1 else None


def slide_links(slides: Iterable[object]) -> dict[int, set[int]]:
    """Each slide's number → the numbers of the slides its shapes link to (buttons, tiles)."""
    numbers = {slide.slide_id: number for number, slide in enumerate(slides, start=1)}
    links: dict[int, set[int]] = {}
    for number, slide in enumerate(slides, start=1):
        for shape in slide.shapes:
            try:
                target = shape.click_action.target_slide
            except Exception:  # noqa: BLE001 - a broken or outside link: no slide to pair
                target = None
            # A button linking to its own slide ("Play again") leads nowhere else: no pair to make.
            if target is not None and target.slide_id in numbers and numbers[target.slide_id] != number:
                links.setdefault(number, set()).add(numbers[target.slide_id])
    return links


def _clue(slide: SlideSummary) -> str | None:
    """The one long line of a clue slide, when it describes a thing."""
    lines = [clean(line) for line in [slide["title"], *slide["bullets"]] if clean(line)]
    long = [line for line in lines if _words(line) > MAX_LABEL_WORDS]
    if len(long) != 1 or long[0].endswith("?") or POINTED_AT.match(long[0]):
        return None
    if not is_definition(long[0], min_words=3):
        return None
    meaning = ASIDE.sub("", long[0]).rstrip(" .")
    return meaning[:1].upper() + meaning[1:]


def _term(word: str, full: str | None) -> str:
    """ "protocol" → "Protocol"; "HTTP" with "Hypertext Transfer Protocol" → "HTTP (Hypertext Transfer Protocol)",
    leaving out the word's other forms the brackets list ("POP3", "SSDs")."""
    word = word.strip()
    word = word[:1].upper() + word[1:]
    names = [part.strip() for part in (full or "").split(",")]
    names = [name for name in names if name and not name.lower().startswith(word.lower())]
    return f"{word} ({', '.join(names)})" if names else word


def _words(line: str) -> int:
    return len(re.findall(r"[^\W\d_][\w'’-]*", line))
