"""Captions saved as text (.srt or WebVTT): numbered cues, each a "00:00:03,200 --> 00:00:05,900" line over the words
said, a blank line between them. The numbers or cue ids, the times, a WebVTT header and the speakers' voice tags
("<v Ms Reid>…</v>", as Teams and Stream export them) are not the lesson's words and are left out.

Speech has no punctuation and breaks where the caption tool breaks it, so a word explained aloud ("so I'm going to
trim it trimming means cutting bits off the start or the end" / "of a clip so you only keep…") is read across the
cues: the meaning runs on into the next cue while that cue opens on a word that carries the sentence on ("of", "at",
"and", "or", "that"…), and stops at one that starts afresh ("so", "now", "you"). A word is explained when it is
said to mean something ("trimming means cutting…"), to be when something happens ("splitting is when you cut…") or
to be where something is done ("the timeline is where you put…"), after any "um" of the speaker's.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block, clean, text_block

TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\b.*$"
)
CUE_NUMBER = re.compile(r"^\s*\d{1,5}\s*$")
HEADER = re.compile(r"^\ufeff?WEBVTT\b")  # a WebVTT file's first line
TAG = re.compile(r"</?[a-z][^<>]{0,60}>", re.IGNORECASE)  # a voice or style tag: "<v Ms Reid>", "</v>", "<i>"
SOUND = re.compile(r"\[[A-Za-z][^\]]{0,30}\]")  # "[music]", "[typing]"
FILLER = re.compile(r"\b(?:um+|uh+|erm*)\b\s*", re.IGNORECASE)
MIN_CUES = 5
MAX_RUN_ON = 2  # cues a meaning may run on into
MAX_CUE_CHARS = 300  # a caption is a line or two of speech; a longer "cue" is no caption
# Words a cue opens on when it carries the sentence of the cue before on.
CARRIES_ON = re.compile(
    r"^(?:of|at|to|in|on|for|with|from|into|onto|by|and|or|but|that|which|who|where|than"
    r")\b",
    re.IGNORECASE,
)
# "trimming means cutting…", "splitting is when you cut…", "the timeline is where you put…": the word said just
# before it, then its meaning. The word is a doing word ("trimming") or a thing named with "the".
SAID_MEANING = re.compile(
    r"(?:\b(?P<doing>[a-z]{1,30}ing)|\bthe\s+(?P<thing>[a-z][\w-]{0,40}))\s+(?:means\s+(?P<means>\S.*)"
    r"|(?:is|are)\s+(?P<meaning>(?:when|where)\s.+))$",
    re.IGNORECASE,
)


def is_captions(lines: list[str]) -> bool:
    """Whether the text is caption cues: at least a few lines of "start --> end" times."""
    return sum(1 for line in lines if TIMING.match(line)) >= MIN_CUES


def caption_blocks(lines: list[str]) -> list[Block]:
    """Each cue's words as a line (without its number, times and sound cues), each word its speech explains as a
    term block before the cue that explains it."""
    cues = _cues(lines)
    blocks: list[Block] = []
    for index, (where, words) in enumerate(cues):
        explained = _explained(words, [said for _where, said in cues[index + 1 : index + 1 + MAX_RUN_ON]])
        if explained is not None:
            blocks.append(Block("term", explained[0], definition=explained[1], where=where))
        if (block := text_block(words, where=where)) is not None:
            blocks.append(block)
    return blocks


def _cues(lines: list[str]) -> list[tuple[str, str]]:
    """(where, words) for each cue's line of speech."""
    cues = []
    for number, line in enumerate(lines, start=1):
        cue_id = number < len(lines) and TIMING.match(lines[number])  # "12", "5b1c2e9a-…-0": the line over the times
        if TIMING.match(line) or CUE_NUMBER.match(line) or HEADER.match(line) or cue_id:
            continue
        words = clean(FILLER.sub("", SOUND.sub(" ", TAG.sub(" ", line))))
        if words:
            cues.append((f"line {number}", words))
    return cues


def _explained(words: str, following: list[str]) -> tuple[str, str] | None:
    """The word this cue's speech explains and its meaning, run on into the cues that carry it on."""
    said = SAID_MEANING.search(words) if len(words) <= MAX_CUE_CHARS else None
    if said is None:
        return None
    meaning = said["means"] or said["meaning"]
    for cue in following:
        if not CARRIES_ON.match(cue):
            break
        meaning = f"{meaning} {cue}"
    term = said["doing"] or said["thing"]
    return term[:1].upper() + term[1:].lower(), meaning[:1].upper() + meaning[1:]
