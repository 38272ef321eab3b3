"""Offline fill-in-the-gap questions from the sentences of the lesson documents themselves: the key word missing
from a sentence, typed or chosen from the unit's other key words.

Only teaching sentences are used (never a heading, a label, a task, a story's choice, a quiz row, an objective, a
worksheet gap, a link or a line of an example email: teaching_text.py, unfit_text.py) that say one key word once,
not as the word a definition line defines."""

from __future__ import annotations

import re

from app.services.generation.context import BuildContext, words
from app.services.generation.draft_question import DraftQuestion
from app.services.generation.facts import option_text
from app.services.generation.offline_words import accepted, question, sentence_key, shown_key
from app.services.generation.passages import Passage, passage_source, sentences
from app.services.generation.teaching_text import stands_alone, teaching_sentence
from app.services.generation.topics import KeyPhrase
from app.services.generation.unfit_text import answer_problem

MAX_SENTENCE_CHARS = 200
_DEFINITION_SEPARATOR = re.compile(r"^[^–—:=]{2,50}?\s*(?:[–—:=]|\s-\s)")
# A dictionary entry's word class after the word it defines: "latency (noun) The delay…".
_WORD_CLASS = re.compile(r"\s*(?:\([^)]{1,60}\)\s*)*\((?:noun|verb|adjective|adverb|n|v|adj|adv)\.?\)", re.I)
# A number in brackets straight after a word: a marker pointing to a note ("your digital footprint (1) is…").
# A note number: "…switch on geotagging (4) automatically", "…a low-level language [9], into…", "[8] assembler – …".
_NOTE_MARKER = re.compile(r"(?<=[a-z])\s?(?:\(\d{1,2}\)|\[[1-9]\d?\])(?=[\s,.;:]|$)|^\[[1-9]\d?\]\s+")


def _gap_candidates(ctx: BuildContext) -> list[tuple[Passage, str, KeyPhrase, re.Match[str]]]:
    """(passage, sentence, key phrase, where it is said) for each statement that says one key phrase once (worked
    out once per draft)."""
    if "gaps" in ctx.memo:
        return ctx.memo["gaps"]
    found = []
    objectives = [o["text"] for o in ctx.materials.objectives]
    for passage in ctx.materials.passages:
        for text in (tidy_sentence(s) for s in sentences(passage)):
            if len(text) > MAX_SENTENCE_CHARS or not teaching_sentence(text, passage["heading"], objectives, passage["text"]) \
                    or not stands_alone(text):
                continue
            lowered = text.lower()
            for phrase in ctx.model.phrases:
                matches = _outermost([m for form in phrase.forms if _stem(form) in lowered for m in _says(text, form)])
                if (len(matches) == 1 and len(text) - len(matches[0].group(0)) >= 25
                        and not _is_defined_term(text, matches[0]) and not _in_example(text, matches[0])):
                    found.append((passage, text, phrase, matches[0]))
                    break
    ctx.memo["gaps"] = found
    return found


def _stem(form: str) -> str:
    """A phrase without a plural ending, lower case: a quick test before the exact search."""
    lowered = form.strip().lower()
    return lowered[:-1] if len(lowered) > 3 and lowered.endswith("s") else lowered


def tidy_sentence(text: str) -> str:
    """A sentence without a dangling "e.g." (a line the reader cut where the example began), or the numbered
    markers a passage points to its margin notes or endnotes with ("…switch on geotagging (4) automatically",
    "…a low-level language [9], into…", an endnote's own "[8] ")."""
    text = _NOTE_MARKER.sub("", text.strip())
    return re.sub(r"[,;]?\s*(?:e\.g\.?|eg|for example|such as)\s*$", "", text, flags=re.I).strip()


def _in_example(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase is inside the sentence's examples ("… e.g. hard disk, USB stick") or brackets ("GUI
    (graphical user interface)"): trivia, not the point."""
    marker = re.search(r"\b(?:e\.g\.?|eg|for example|such as|like)\s", text, re.I)
    if marker is not None and marker.start() < match.start():
        return True
    return text[: match.start()].count("(") > text[: match.start()].count(")")


def _outermost(matches: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches not inside another one ("Program Counter (PC)" holds "Program Counter" and "PC")."""
    return [m for m in matches if not any(o is not m and o.start() <= m.start() and m.end() <= o.end()
                                          and (o.end() - o.start()) > (m.end() - m.start()) for o in matches)]


def _is_defined_term(text: str, match: re.Match[str]) -> bool:
    """Whether the phrase found is (part of) the word a definition line defines ("Clock speed – the number of…",
    "Application software – programs that…"): a gap there is a key-word question, asked as such."""
    separator = _DEFINITION_SEPARATOR.match(text)
    if separator is not None and match.end() <= separator.end():
        return True
    if match.start() <= 4 and _WORD_CLASS.match(text[match.end():]):
        return True  # "virtual reality (VR) (noun) A computer-generated…": a glossary's entry
    after = re.sub(r"^\s*\([^)]{1,60}\)", "", text[match.end():])
    if match.start() == 0 and re.match(r"\s+[A-Z](?:[a-z]|\s)", after):
        return True  # "Bystander Someone who sees bullying…": a glossary's row, the word then its meaning
    return match.start() <= 4 and bool(re.match(r"\s*(?:[–—:=]|-\s|is\b|are\b|means\b)", after))


def _says(text: str, form: str) -> list[re.Match[str]]:
    """Where `text` says a key phrase, in the singular or the plural ("Digital Footprints" in "your digital
    footprint is…"), as a word of its own: not a part of a file or a web name ("html" in "index.html")."""
    if len(form.strip()) < 2:
        return []
    forms = "|".join(re.escape(f) for f in sorted({form.strip(), _stem(form)}, key=len, reverse=True))
    return list(re.finditer(rf"(?<![\w-])(?<!\w\.)(?:{forms})(?:s|es)?(?![\w-])(?!\.\w)", text, re.I))


def _pick_gap(ctx: BuildContext, prefix: str) -> tuple[Passage, str, KeyPhrase, re.Match[str]] | None:
    candidates = list(_gap_candidates(ctx))
    ctx.rng.shuffle(candidates)
    shown = [key[6:] for key in ctx.used if key.startswith("shown:") and key[6:]]

    def repeats(text: str) -> bool:  # quotes a meaning another question already shows
        quoted = shown_key(text)
        return any(meaning in quoted for meaning in shown)

    # Sentences no other question quotes first, then heavier key phrases (the unit's own terms before names in
    # passing); each sentence once per draft.
    candidates.sort(key=lambda c: (repeats(c[1]), -c[2].weight))
    for passage, text, phrase, match in candidates:
        if sentence_key(text) in ctx.used or f"{prefix}:{phrase.text.lower()}" in ctx.used:
            continue
        ctx.used.update({sentence_key(text), f"{prefix}:{phrase.text.lower()}"})
        return passage, text, phrase, match
    return None


def _gapped(text: str, match: re.Match[str]) -> str:
    return (text[: match.start()] + "_____" + text[match.end():]).rstrip(".")


def sentence_gap_fill(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Type the key word missing from a sentence of the lesson documents."""
    picked = _pick_gap(ctx, "gapword")
    if picked is None:
        return None
    passage, text, phrase, match = picked
    said = match.group(0)
    answers = accepted(said) + [a for form in phrase.forms for a in accepted(form)]
    unique = list({a["text"].lower(): a for a in answers}.values())[:10]
    gapped = _gapped(text, match)
    words_in_answer = len(said.split())
    size = "word" if words_in_answer == 1 else f"{words_in_answer} words"
    return question(
        ctx, "text_input", f"Fill in the gap with the missing key word.\n\"{gapped}.\"",
        {"accepted_answers": unique, "case_sensitive": False, "max_length": 60},
        2 if difficulty <= 2 else 3, points=1, seconds=50,
        hint=f"The missing key word is {size} long. It starts with '{said[0].upper()}'.",
        correct=f"Correct! The missing key word is '{said}'.",
        incorrect="Not quite. Read the whole sentence again and think about which key word from the lesson fits.",
        about=text, source=passage_source(passage, text),
    )


def sentence_choice(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Choose the key word that completes a sentence of the lesson documents; the other options are other key
    words of the same unit."""
    picked = _pick_gap(ctx, "gapchoice")
    if picked is None:
        return None
    passage, text, phrase, match = picked
    others = _distractors(ctx, [phrase], [text])
    count = 2 if difficulty <= 1 else 3
    if len(others) < count:
        return None
    shown = _shown_form(phrase, match.group(0))
    options = [{"id": ctx.new_id("o"), "text": shown, "is_correct": True}]
    options += [{"id": ctx.new_id("o"), "text": option_text(p.forms[0]), "is_correct": False} for p in others[:count]]
    ctx.rng.shuffle(options)
    return question(
        ctx, "multiple_choice",
        f"Which key word completes this sentence? Select ONE answer.\n\"{_gapped(text, match)}.\"",
        {"options": options, "shuffle_options": True}, 1 if difficulty <= 1 else 2, points=1, seconds=45,
        hint="Read the sentence with each key word in the gap. Choose the one that makes it true.",
        correct=f"Correct! The sentence is about '{shown}'.",
        incorrect="Not quite. Read the sentence again and think about what the lesson said about each key word.",
        about=text, source=passage_source(passage, text),
    )


def _distractors(ctx: BuildContext, answers: list[KeyPhrase], texts: list[str]) -> list[KeyPhrase]:
    """Other key phrases of the unit to offer beside `answers`: sharing no word with them, said in none of `texts`,
    and fit to be an answer."""
    answer_words = words(" ".join(form for phrase in answers for form in phrase.forms))
    others = [p for p in ctx.model.phrases if p not in answers and not (words(" ".join(p.forms)) & answer_words)
              and not any(_says(text, form) for text in texts for form in p.forms) and answer_problem(p.text) is None]
    ctx.rng.shuffle(others)
    return others


def _shown_form(phrase: KeyPhrase, said: str) -> str:
    return option_text(said if said.lower() == phrase.text.lower() or len(phrase.forms) == 1 else phrase.forms[0])


def gap_select(ctx: BuildContext, difficulty: int) -> DraftQuestion | None:
    """Two teaching sentences, each missing a key word: select the TWO key words that fill the gaps, from four."""
    candidates = [c for c in _gap_candidates(ctx) if sentence_key(c[1]) not in ctx.used]
    ctx.rng.shuffle(candidates)
    first = next(iter(candidates), None)
    second = next((c for c in candidates if first is not None and c[2] is not first[2]
                   and not words(" ".join(c[2].forms)) & words(" ".join(first[2].forms))), None)
    if first is None or second is None:
        return None
    picked = [first, second]
    others = _distractors(ctx, [c[2] for c in picked], [c[1] for c in picked])
    if len(others) < 2:
        return None
    ctx.used.update(sentence_key(c[1]) for c in picked)
    options = [{"id": ctx.new_id("o"), "text": _shown_form(phrase, match.group(0)), "is_correct": True}
               for _passage, _text, phrase, match in picked]
    options += [{"id": ctx.new_id("o"), "text": option_text(p.forms[0]), "is_correct": False} for p in others[:2]]
    ctx.rng.shuffle(options)
    lines = "\n".join(f"{n}. \"{_gapped(text, match)}.\"" for n, (_p, text, _phrase, match) in enumerate(picked, 1))
    return question(
        ctx, "multiple_select",
        f"Here are two sentences from the lesson, each with a key word missing.\n{lines}\n"
        "Select the TWO key words that fill the gaps.",
        {"options": options, "min_selections": 1, "max_selections": 2, "shuffle_options": True},
        3, points=2, seconds=60,
        hint="Find the word for sentence 1 first. Then find the word for sentence 2.",
        correct="Correct! You found both missing key words.",
        incorrect="Not quite. Read sentence 1 with each word in the gap, then do the same for sentence 2.",
        partial="Nearly there. You found {correct} of the {total} key words. Check the other sentence again.",
        about=" ".join(c[1] for c in picked), source=passage_source(first[0], first[1]),
    )
