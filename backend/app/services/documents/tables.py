"""Tables teachers use for teaching structure: glossaries, timed lesson plans and outline plans.

    Term | Definition            a glossary by its header (or "Name | What it is used for", in any columns)
    Email address | A unique…    a glossary by its shape: two columns, short noun phrases beside descriptions
    Time | Activity | …          a timed plan: its activities, in order, are the lesson sequence
    Starter (5 mins) | Pupils…   an outline plan row: one step of the lesson sequence
    CPU | RAM | …  /  The part… | The memory… | …   a glossary laid across: words along a row, meanings beneath
    Definition… | …  /  WORD  /  … | …      a Frayer model: the word in a row of its own, a quadrant labelled
                                            "Definition" holding its meaning

These read rows of cell text only; structure.py decides what the table is part of.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import clean
from app.services.documents.phrases import TIME_EXPRESSION, is_term
from app.services.documents.vocabulary import Candidate, layout_pair, tidy
from app.services.documents.word_forms import ABBREVIATION_LETTERS, capitalised

TERM_HEADERS = {
    "term", "terms", "word", "words", "keyword", "keywords", "key word", "key words", "vocabulary",
    "key vocabulary", "key term", "key terms", "concept", "concepts", "name", "type", "component", "part",
    "feature", "command", "tool", "idea", "big idea", "key idea",
}
DEFINITION_HEADERS = {
    "definition", "definitions", "meaning", "meanings", "description", "what it means", "explanation",
    "what does it mean", "what it does", "what it is used for", "used for", "purpose", "use", "uses", "function",
    "how it works", "what it is", "what is it", "role", "job",
}
TIME_HEADERS = {"time", "times", "timing", "timings", "duration", "mins", "minutes", "when"}
ACTIVITY_HEADERS = {
    "activity", "activities", "task", "tasks", "what", "description", "lesson activity", "teacher activity",
    "pupil activity", "student activity", "learning activity", "content", "what happens", "plan",
}
DESCRIPTION_HEADERS = {"description", "what happens", "details", "detail", "notes", "content"}
# Lesson phases as NCCE outline plans and teachers name them. Homework and extension are not steps of the lesson.
PHASE = re.compile(
    r"^(?P<phase>starter|do now|retrieval(?: practice)?|recap|introduction|intro|main(?: activity| task)?"
    r"|activity\s*\d*|task\s*\d*|demonstration|demo|discussion|plenary|review|assessment|exit ticket"
    r"|homework|extension|consolidation|wrap[- ]up)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
NOT_A_STEP = {"homework", "extension"}
# A time cell: "0-5 mins", "5-15", "10:05", "15 minutes".
TIME_CELL = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*(?:mins?|minutes?|m)?\s*$",
                       re.IGNORECASE)
MAX_STEP_CHARS = 300
# A card's letter before its statement, and a card listed by its letter or number ("K – A sponsored…", "3. …").
CARD_LETTER = re.compile(r"^(?P<letter>[A-Z])\s+(?=\S)")
LISTED_CARD = re.compile(r"^\s*(?:[A-Z]|\d{1,2})\s*(?:[.)]|\s[–—-])\s+(?=\S)")
MIN_CARDS = 3
# A line of code in the word's cell ("t.forward(100)", "t.penup()"): a call given its values, or called on a variable
# named by one letter, is an example to copy; "len()" and "open()" name a function, a key word.
CODE_CALL = re.compile(r"^[A-Za-z_][\w.]*\(\s*[^)\s][^)]*\)$|^[a-z]\.\w+\(\)$")


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def glossary_rows(rows: list[list[str]], *, in_vocabulary_section: bool, titled: bool = False) -> list[Candidate] | None:
    """The terms of a glossary table, or None when the table is not one. A table the teacher labelled (by its
    header, or by the section it is in) keeps every row whose first cell is a key word; one recognised by its
    shape alone keeps only rows that are a key word beside a description."""
    rows = _turned_upright(rows)
    header = [key(cell) for cell in rows[0]]
    columns = _header_columns(header)
    labelled = True
    if columns is not None:
        (term_at, definition_at), body = columns, rows[1:]
    elif titled and len(rows[0]) == 1 and all(len(row) >= 2 for row in rows[1:]):
        # A merged title row ("Key vocabulary") over a two-column table, perhaps with its own header row.
        term_at, definition_at = 0, 1
        body = rows[2:] if len(rows) > 1 and key(rows[1][0]) in TERM_HEADERS else rows[1:]
    elif in_vocabulary_section and all(len(row) == 2 for row in rows):
        term_at, definition_at = 0, 1
        body = rows[1:] if header[0] in TERM_HEADERS else rows
    elif _shaped_like_a_glossary(rows):
        term_at, definition_at, body, labelled = 0, 1, rows, False
    else:
        return None
    # A header that begins each meaning ("Gate | Output is 1 when…"): a column title, not a key word, and the
    # meanings below it are its endings ("AND gate | both inputs are 1").
    lead = _lead_in(rows[0][definition_at]) if len(rows[0]) > definition_at and body and body[0] is rows[0] else ""
    if lead:
        body = body[1:]
    found = []
    for row in body:
        if len(row) <= max(term_at, definition_at):
            continue
        term, definition = row[term_at].strip(), row[definition_at].strip()
        if CODE_CALL.match(term):
            continue
        if lead and definition:
            definition = f"{lead} {definition}"
        if labelled and is_term(term):
            found.append(tidy(term, definition, set_apart=True))
        elif (pair := layout_pair(term, definition)) is not None:
            found.append(pair)
    return found


def without_card_letters(rows: list[list[str]]) -> list[list[str]]:
    """A table of lettered cards to cut out ("A  Bots follow links…", "B  The words on…", in reading order) with
    each card's letter taken off: the letter names the card, it is no word of its statement ("K A sponsored result
    is…" defines "sponsored result"). Any other table as it is."""
    cells = [cell for row in rows for cell in row if cell]
    letters = [match["letter"] if (match := CARD_LETTER.match(cell)) else "" for cell in cells]
    if len(cells) < MIN_CARDS or letters != [chr(ord("A") + i) for i in range(len(cells))]:
        return rows
    return [[CARD_LETTER.sub("", cell, count=1) for cell in row] for row in rows]


def is_card_list(cell: str) -> bool:
    """A cell listing cards by letter or number ("A – Bots follow…" / "D – Happens all the time…"): sorted cards,
    the answer to a card sort, never the meaning of the heading over them."""
    lines = [line for line in cell.splitlines() if line.strip()]
    return len(lines) >= 2 and all(LISTED_CARD.match(line) for line in lines)


def card_lines(cell: str) -> list[str]:
    """A cell's lines, each listed card's without its letter or number: "C – A protocol is a set of rules…" says
    what a protocol is, and "C" is only the card it is on."""
    lines = cell.splitlines()
    return [LISTED_CARD.sub("", line, count=1) for line in lines] if is_card_list(cell) else lines


def _turned_upright(rows: list[list[str]]) -> list[list[str]]:
    """A glossary laid across a slide or page (the words along the top row, each meaning under its word, perhaps
    a second pair of rows beneath) as the word-beside-meaning rows it stands for; any other table as it is. Every
    cell of a words row must be a key word and every cell beneath one a description, so a header row over one row
    of data ("Term | Definition" / "CPU | The part…") is not mistaken for one."""
    if len(rows) < 2 or len(rows) % 2 or any(len(row) < 2 or len(row) != len(rows[0]) for row in rows):
        return rows
    pairs = []
    for words, meanings in zip(rows[::2], rows[1::2], strict=True):
        if any(key(word) in TERM_HEADERS | DEFINITION_HEADERS for word in words):
            return rows
        found = [[word, meaning] for word, meaning in zip(words, meanings, strict=True)
                 if layout_pair(word, meaning, max_words=4) is not None and not is_card_list(meaning)]
        if len(found) != len(words):
            return rows
        pairs.extend(found)
    return pairs


# The label over the quadrant of a word card (a Frayer model) that says what the word means.
MEANING_LABEL = re.compile(r"^(?:definition|meaning|what it means)\s*:?\s*(?:\n|$)", re.IGNORECASE)


def word_card(rows: list[list[str]]) -> Candidate | None:
    """A Frayer model (or any word card laid out as one): a table with the word alone in a row of its own (a merged
    row) and a cell labelled "Definition" whose lines under the label are its meaning — left empty for pupils to
    fill in, the card still names a key word. None for any other table."""
    alone = [row[0].strip() for row in rows if len(row) == 1 and row[0].strip()]
    labelled = [cell for row in rows if len(row) > 1 for cell in row if MEANING_LABEL.match(cell.strip())]
    if len(alone) != 1 or len(labelled) != 1 or len(rows) < 2:
        return None
    word = alone[0]
    if word.isupper():  # set in capitals by the card's design: "EMBEDDED SYSTEM" is "Embedded system"
        word = capitalised(" ".join(w if len(w) <= ABBREVIATION_LETTERS else w.lower() for w in word.split()))
    if not is_term(word, max_words=4):
        return None
    meaning = " ".join(labelled[0].strip().split("\n")[1:]).strip()
    return tidy(word, meaning, set_apart=True)


def _lead_in(cell: str) -> str:
    """The opening of a sentence that a column's cells finish ("Output is 1 when…" → "Output is 1 when"), or ""."""
    text = cell.strip()
    if not re.search(r"(?:…|\.\.\.|:)$", text) or len(text.split()) > 12:
        return ""
    return re.sub(r"\s*(?:…|\.\.\.|:)$", "", text)


def _header_columns(header: list[str]) -> tuple[int, int] | None:
    """(term column, definition column) when the header row names them ("Name" … "What it is used for")."""
    term_at = next((i for i, cell in enumerate(header) if cell in TERM_HEADERS), None)
    if term_at is None:
        return None
    definition_at = next((i for i, cell in enumerate(header) if i > term_at and cell in DEFINITION_HEADERS), None)
    return None if definition_at is None else (term_at, definition_at)


def _shaped_like_a_glossary(rows: list[list[str]]) -> bool:
    """Two columns, at least three rows, and (all but perhaps a header row) a key word beside its meaning."""
    if len(rows) < 3 or any(len(row) != 2 for row in rows):
        return False
    pairs = sum(1 for term, definition in rows if layout_pair(term, definition, max_words=5) is not None)
    return pairs >= len(rows) - 1 and pairs >= 3


def timed_steps(rows: list[list[str]]) -> list[str] | None:
    """The activities of a timed plan (a header with a time column and an activity column), in order, or None
    for any other table. An activity cell that only names a phase ("Starter") takes the first sentence of the
    description beside it ("Starter – Pupils count on their fingers in binary.")."""
    header = [key(cell) for cell in rows[0]]
    time_at = next((i for i, cell in enumerate(header) if cell in TIME_HEADERS), None)
    activity_at = next((i for i, cell in enumerate(header) if cell in ACTIVITY_HEADERS and i != time_at), None)
    if time_at is None or activity_at is None:
        return None
    described_at = next((i for i, cell in enumerate(header)
                         if cell in DESCRIPTION_HEADERS and i not in (time_at, activity_at)), None)
    steps = []
    for row in rows[1:]:
        if len(row) <= max(time_at, activity_at) or not TIME_CELL.match(row[time_at] or "0"):
            continue
        activity = row[activity_at].strip()
        if _is_not_a_step(activity):
            continue
        if described_at is not None and described_at < len(row) and PHASE.fullmatch(activity) and len(activity) < 30:
            step = f"{phase_name(activity)} – {first_sentence(row[described_at])}"
        else:
            step = first_sentence(activity)
        if step:
            steps.append(step[:MAX_STEP_CHARS])
    return steps


def phase_step(row: list[str]) -> tuple[str, str] | None:
    """One row of an outline plan ("Starter (5 mins)" | "Pupils convert three numbers…") as (its phase, the step),
    or None."""
    cells = [c for c in row if c and not TIME_EXPRESSION.fullmatch(c)]
    if len(cells) < 2 or not (match := PHASE.match(cells[0])) or len(cells[0]) > 60:
        return None
    if key(cells[0]) in ("activity", "activities", "task", "tasks") or _is_not_a_step(cells[0]):
        return None  # the header row ("Activity | Time | Description"), or homework
    return _phase_key(match["phase"]), f"{phase_name(cells[0])} – {first_sentence(cells[1])}"[:MAX_STEP_CHARS]


def phase_of_line(text: str) -> str | None:
    """The phase a line of a lesson plan starts ("Starter (10 mins) – watch…" → "starter"), or None."""
    match = PHASE.match(text)
    if match is None or not re.match(r"^\s*(?:\(|:|[–—-]|\d)", match["rest"]):
        return None
    phase = _phase_key(match["phase"])
    return None if phase in NOT_A_STEP else phase


def _phase_key(phase: str) -> str:
    """ "Main activity 2" → "main activity": the phase, whichever of its parts this is."""
    return key(re.sub(r"\s*\d+$", "", phase.strip()))


def _is_not_a_step(text: str) -> bool:
    match = PHASE.match(text)
    return match is not None and key(match["phase"]) in NOT_A_STEP


def first_sentence(cell: str) -> str:
    first = re.split(r"(?<=[.!?])\s|\n", clean(cell.strip()), maxsplit=1)[0] if cell.strip() else ""
    return first[:MAX_STEP_CHARS]


def phase_name(cell: str) -> str:
    return clean(re.split(r"[(\n]", cell, maxsplit=1)[0]).rstrip(" :–—-")


# A column for pupils to rate themselves: headed by a colour or a confidence word, or by a symbol alone (🔴 🟠 🟢).
RATING_HEADER = re.compile(r"^(?:[^\w]*|red|amber|green|not yet|nearly|got it|confident|unsure|[1-5])$", re.IGNORECASE)


def is_self_rating(rows: list[list[str]]) -> bool:
    """A self-assessment grid ("I can… | 🔴 | 🟠 | 🟢" over statements with the rating columns left empty): pupils
    colour in how sure they feel, so its statements restate what the lesson aims at rather than state it."""
    header = [clean(cell).strip("* ") for cell in rows[0]]
    if len(rows) < 2 or len(header) < 3 or not header[0]:
        return False
    ratings = range(1, len(header))
    return all(RATING_HEADER.match(header[i]) for i in ratings) \
        and all(not row[i].strip() for row in rows[1:] for i in ratings if i < len(row))


def joined_across_pages(before: list[list[str]] | None, rows: list[list[str]]) -> list[list[str]] | None:
    """A sheet printed too wide for the page (Excel's default): its first columns, the words, on one page and the
    rest, their meanings, on the next, matched only by row. The two halves side by side, when the earlier table
    has a word column and no meaning column, this one a meaning column and no word column, and both as many rows."""
    if not before or len(before) != len(rows) or len(rows) < 3:
        return None
    words_header = {key(cell) for cell in before[0]}
    meanings_header = {key(cell) for cell in rows[0]}
    if not words_header & TERM_HEADERS or words_header & DEFINITION_HEADERS:
        return None
    if not meanings_header & DEFINITION_HEADERS or meanings_header & TERM_HEADERS:
        return None
    return [words + meanings for words, meanings in zip(before, rows, strict=True)]
