"""A video's transcript saved as text: one caption a line, each after its time ("[02:01] so people have started
calling it urban mining"), sound cues ("[Music]") between them, speech without punctuation.

The times and cues are not the lesson's words and are left out. Speech names a thing at the end of one caption and
says what it is in the next ("…calling it urban mining" / "getting the metals back out of old devices…"): such a
pair comes as a "term" block, which structure detection keeps only when it reads as a key word and its meaning.

A script (a podcast's or a role play's: "HOST: Hello and welcome…", "GUEST: Infill is the pattern…") is speech too:
each turn is read without its speaker's name and its [stage directions], as words said aloud (`SPOKEN`), so the
walker reads them as it reads a teacher's speaker notes.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block, clean, text_block

TIMESTAMP = re.compile(r"^\s*[\[(]?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d+)?[\])]?\s*")
CUE = re.compile(r"\[[A-Za-z][^\]]{0,30}\]")  # "[Music]", "[Applause]", "[inaudible]"
MIN_CAPTIONS = 5
# A turn of a script: a speaker's name in capitals or as a name ("HOST:", "Ms Harris:", "Student 2:"), then speech.
TURN = re.compile(r"^\s*(?P<speaker>[A-Z][\w.'’]*(?:\s+[\w.'’]+){0,2}):\s+(?P<speech>\S.*)$")
DIRECTION = re.compile(r"\[[^\]]{0,80}\]")  # "[laughs]", "[PAUSE – 3 seconds]", "[00:02:10]"
MIN_TURNS = 6
TURN_SHARE = 0.5  # of a text's lines spoken by its speakers make it a script
SPOKEN = "spoken"  # the end of a spoken block's `where`, as "notes" ends a slide's speaker notes
TIMED_SHARE = 0.6  # of a text's lines starting with a time make it a transcript
# What a speaker says before the name of a thing, at the end of a caption: "…calling it", "…is called", "…known as".
NAMING = re.compile(r"\b(?:call(?:ed|ing)?\s+(?:it|them|this|that)|(?:is|are)\s+called|known\s+as)\s+"
                    r"(?P<term>[\w-]+(?:\s+[\w-]+){0,2})$", re.IGNORECASE)
# How the next caption starts to say what it is: a doing word ("getting…") or a noun phrase ("a message that…"),
# after a filler ("which is basically…").
EXPLAINED = re.compile(r"^(?:(?:which|that)(?:'s|\s+is|\s+means)\s+)?(?:basically\s+|just\s+)?"
                       r"(?P<meaning>(?:[a-z]+ing|an?|the)\s.+)$", re.IGNORECASE)


def is_transcript(lines: list[str]) -> bool:
    """Most lines start with a time: a transcript, not notes with a time here and there."""
    filled = [line for line in lines if line.strip()]
    timed = sum(1 for line in filled if TIMESTAMP.match(line))
    return timed >= MIN_CAPTIONS and timed >= TIMED_SHARE * len(filled)


def script_speakers(lines: list[str]) -> set[str]:
    """The speakers of a script (names that open at least two turns, at least two of them, saying most of its
    lines), or an empty set for any other text: notes with a "Task: …" line here and there are not a script."""
    filled = [line for line in lines if line.strip()]
    said = [turn["speaker"] for line in filled if (turn := TURN.match(line))]
    speakers = {name for name in said if said.count(name) >= 2}
    turns = sum(1 for name in said if name in speakers)
    return speakers if len(speakers) >= 2 and turns >= MIN_TURNS and turns >= TURN_SHARE * len(filled) else set()


def script_blocks(lines: list[str], speakers: set[str]) -> list[Block]:
    """The lines of a script, each speaker's turn without the name, and none of the stage directions."""
    blocks = []
    for number, line in enumerate(lines, start=1):
        turn = TURN.match(line)
        spoken = turn is not None and turn["speaker"] in speakers
        words = clean(DIRECTION.sub(" ", turn["speech"] if spoken else line))
        block = text_block(words, where=f"line {number} {SPOKEN}" if spoken else f"line {number}") if words else None
        if block is not None:
            blocks.append(block)
    return blocks


def transcript_blocks(lines: list[str]) -> list[Block]:
    """The spoken lines without their times and cues; a thing named at the end of a caption and explained by the
    next comes as a term block in place of that next caption."""
    spoken: list[tuple[str, str]] = []  # (where, words)
    for number, line in enumerate(lines, start=1):
        words = clean(CUE.sub(" ", TIMESTAMP.sub("", line, count=1)))
        if words:
            spoken.append((f"line {number}", words))
    blocks: list[Block] = []
    explained = False
    for index, (where, words) in enumerate(spoken):
        if explained:
            explained = False
            continue
        block = text_block(words, where=where)
        if block is not None:
            blocks.append(block)
        named = NAMING.search(words)
        following = EXPLAINED.match(spoken[index + 1][1]) if named and index + 1 < len(spoken) else None
        if named and following:
            blocks.append(Block("term", named["term"], definition=following["meaning"], where=spoken[index + 1][0]))
            explained = True
    return blocks
