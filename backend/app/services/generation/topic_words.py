"""The topic words a unit names in its objectives and titles and then teaches: "search engine" in "Explain how a
search engine finds and stores web pages" when the slides go on to say what a search engine does. They are key
phrases of the unit (topics.py) even when the readers found no key words in its documents, so a unit with few key
words still gets its gaps, distractors and on-topic checks from its own words.

A topic word is a run of one to three content words of an objective (or a stated aim), the unit's title, a lesson
title or a heading (never a lesson label), that the unit's teaching text (teaching_text.py) says at least twice
(once, when two of those name it: the title and an objective). A single word must stand alone where it is named
(not "smart" or "pages" of "smart devices" or "web pages") and be used in the text as a thing ("the sensor
measures…", "Cyberbullying can happen…"), not as a verb ("it stores") or a describing word ("a passive
footprint"). A run inside a longer topic word is kept only when the text also says it more often on its own."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage, sentences
from app.services.generation.phrases import is_generic_heading, usable_phrase
from app.services.generation.teaching_text import (
    COMMAND_START,
    as_pupil_task,
    is_lesson_label,
    stated_aims,
    teaching_sentence,
)


def _listed(words: str) -> list[str]:
    return words.split()


MAX_WORDS = 3
MIN_MENTIONS = 2
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z]")
# Small words, and words that frame an objective or a title, never its topic.
_NOT_TOPIC = frozenset(_listed("""
    the a an and or of to in on for is are be can i how with by from that this it as at its will able if it's
    it’s explain describe define state name identify know understand recognise recognize compare evaluate
    suggest discuss learn find out think about give write create list outline justify decide work use different
    difference between examples example ways way things thing people someone simple terms main why what when
    where who which does do did has have was were been not all each every some more most other own new good
    better best we you your our my me us they them their he she his her so should could would may might must
    shall need needs make makes made get gets got take takes one two three four five first lesson today
    important matters matter affect affects help helps keep keeps into than then there here also very just only
    much many lots lot kind kinds type types part parts uses used using bad real life benefits benefit risks
    advantages disadvantages reasons reason features feature effects effect impact impacts problems problem jobs
    job steps results questions answers ideas idea purpose role roles importance changes change amount order
"""))
_THING_BEFORE = re.compile(r"\b(?:a|an|the|this|these|those|each|every|your|their|its|our|my)\s+$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"^\s*([A-Za-z]+)")
_AUXILIARIES = {"is", "are", "was", "were", "can", "could", "will", "would", "may", "might", "must", "should", "has",
                "have", "had", "does", "did"}
_CONNECTORS = {"of"}  # inside a name, not at its ends: "Internet of Things"


class TopicWord(NamedTuple):
    """A topic word and the teaching passage that first says it."""

    text: str
    passage: Passage


def topic_words(materials: GenerationMaterials) -> list[TopicWord]:
    """The unit's topic words (see the module's docstring), those said most first."""
    objectives = [o["text"] for o in materials.objectives]
    teaching = [(passage, text) for passage in materials.passages for text in sentences(passage)
                if teaching_sentence(text, passage["heading"], objectives, passage["text"])]
    if not teaching:
        return []
    aims = objectives or stated_aims(materials.passages)  # "🎮 Level 1 – I can name…"
    namers = aims + [materials.unit_title, *materials.lesson_titles,
                           *(h for h in materials.headings if not is_lesson_label(h) and not is_generic_heading(h))]
    counted: dict[str, tuple[int, TopicWord]] = {}
    for run in dict.fromkeys(r for namer in namers for r in _runs(namer)):
        key = run.lower()
        if key in counted:
            continue
        said = [(passage, text) for passage, text in teaching if _says(text, run)]
        named = sum(1 for namer in namers if _says(namer, run))
        if len(said) < (1 if named >= 2 else MIN_MENTIONS):  # once is enough for a name the title repeats
            continue
        if len(run.split()) == 1 and not any(_as_a_thing(t, run) for _p, t in said):
            continue
        counted[key] = (len(said), TopicWord(text=run, passage=said[0][0]))
    kept = [word for key, (count, word) in counted.items() if not _inside_longer(key, count, counted)]
    return sorted(kept, key=lambda w: -counted[w.text.lower()][0])


def _runs(text: str) -> list[str]:
    """Runs of one to MAX_WORDS content words of a line (a connector such as "of" may join two of them)."""
    tokens = _TOKEN.findall(COMMAND_START.sub("", as_pupil_task(text or "")))
    found = []
    for start in range(len(tokens)):
        for size in range(1, MAX_WORDS + 1):
            run = tokens[start:start + size]
            if len(run) < size or not all(_content(w) or (0 < i < size - 1 and w.lower() in _CONNECTORS)
                                          for i, w in enumerate(run)):
                break
            phrase = " ".join(run)
            if size == 1 and (len(phrase) < 4 or _in_a_name(tokens, start)):
                continue
            if usable_phrase(phrase) and not is_lesson_label(phrase):
                found.append(phrase)
    return found


def _in_a_name(tokens: list[str], index: int) -> bool:
    """Whether a word is part of a longer name: it describes the next one ("smart" in "smart devices") or the one
    before describes it ("pages" in "web pages", vague on its own)."""
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    before = tokens[index - 1] if index else ""
    return bool(after) and (_content(after) or after.lower() in _CONNECTORS) or bool(before) and _content(before)


def _content(word: str) -> bool:
    lowered = word.lower().strip("'’")
    return len(lowered) > 1 and lowered not in _NOT_TOPIC and not lowered.endswith(("ly", "'s", "’s"))


def _pattern(run: str) -> re.Pattern[str]:
    stem = run[:-1] if len(run) > 3 and run.lower().endswith("s") and not run.lower().endswith("ss") else run
    return re.compile(rf"(?<![\w-])(?:{re.escape(run)}|{re.escape(stem)})(?:s|es)?(?![\w-])", re.IGNORECASE)


def _says(text: str, run: str) -> bool:
    return bool(_pattern(run).search(text))


def _as_a_thing(text: str, word: str) -> bool:
    """Whether `text` uses `word` as a thing — after "a", "the", "your"…, or opening the sentence as what it is
    about ("Cyberbullying can happen…") — and not before a word it describes ("the sensor measures…", not "it
    stores" or "a passive footprint")."""
    if word.lower().endswith("ed"):
        return False
    for match in _pattern(word).finditer(text):
        after = _NEXT_WORD.match(text[match.end():])
        named = after is None or not _content(after.group(1)) or after.group(1).lower().endswith("s")
        opening = not text[: match.start()].strip(" \"'“‘") and after is not None and _says_something(after.group(1))
        if named and (_THING_BEFORE.search(text[: match.start()]) or opening):
            return True
    return False


def _says_something(word: str) -> bool:
    """A word that follows what a sentence is about: "is", "can", "means", "comes" ("Cyberbullying can happen…"),
    not "how" ("Controls how organisations…" is a meaning, not a sentence about controls)."""
    return word in _AUXILIARIES or (word.islower() and len(word) > 3 and word.endswith("s"))


def _inside_longer(key: str, count: int, counted: dict[str, tuple[int, TopicWord]]) -> bool:
    """A run inside a longer topic word, which the text says no more often on its own than inside the longer one."""
    return any(other != key and f" {key} " in f" {other} " and count <= longer for other, (longer, _w) in
               counted.items())
