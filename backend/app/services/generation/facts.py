"""Key words and what they mean, as the offline generator asks about them.

First the unit's vocabulary (the teacher's corrections, or what the readers found). Then, so a unit whose
documents gave few definitions still gets questions about its own words: lines of the documents that define a
word ("Hardware = physical parts of a computer"), and the first statement under a heading that names one key
phrase ("Encryption" over "Scrambling data so that it can't be understood if it is intercepted"; "What is the
FDE cycle?" over "The fetch-decode-execute cycle is the process the CPU repeats…").

A key word the readers found without a meaning takes it from a glossary's row that gives the word and then its
meaning ("Bystander Someone who sees bullying happening…"); and, in a unit with few key words, a short name on a
line of its own followed by the line that says what it is ("Data subject" / "The person the data is about") is a
key word with its meaning, as is a short name that a teaching sentence says what it is ("Productivity is how much
work gets done in a certain amount of time").

A definition that is a classroom instruction, an objective ("I can…"), where to get help (a helpline, who in school
to tell), an example email, shouting, a course label, a sum, a title, a list of words, a labelled line ("Key words
to use: …"), what people did ("they chose…", "the PE department would not share the hall") or too long to be an
option is left out, as is one that gives its own key word away, and a "Yes –" or "No –" answer. The words the facts
define join the unit's key phrases (`unit_model`), so questions about them count as on topic."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.services.documents.labelled_lines import is_aside_label
from app.services.documents.named_things import PERSONAL, names_no_key_word
from app.services.documents.phrases import EXAMPLE_HEADING, is_examples
from app.services.documents.sections import split_label
from app.services.documents.title_terms import opens_on_a_modifier
from app.services.generation.draft_question import QuestionSource
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import Passage, item_source, passage_source, sentences
from app.services.generation.phrases import (
    defined_subject,
    heading_phrases,
    line_definition,
    names_something_else,
    shares_word,
    usable_phrase,
)
from app.services.generation.teaching_text import (
    gives_an_instruction,
    is_label_line,
    is_logistics,
    is_objective_line,
    is_quiz_row,
    is_signposting,
    stands_alone,
    teaching_sentence,
)
from app.services.generation.topics import KeyPhrase, TopicModel, build_topic_model
from app.services.generation.unfit_text import answer_problem, is_quoted_speech, is_statement
from app.utils.feedback import language_problems

MAX_DEFINITION_CHARS = 160
FEW_FACTS = 4  # fewer key words with meanings than this, and a slide's two-line cards are read as key words too
_NOT_A_DESCRIPTION = re.compile(r"^(?:can|could|is|are|was|were|has|have|will|may|might|must|should|does|do|it|they"
                                r"|this|these|those|that|only|also|not|never|always|you|we|i|be|so|and|but|or)\b",
                                re.I)
_LOGISTICS = re.compile(r"\b(?:quiz|revision|homework|worksheet|lesson|slides?|handout|exercise|activity|starter"
                        r"|plenary)\b", re.I)
# What a sentence saying what a thing is goes on with: "…is a / the / when / how…", "…is repeating a block of code";
# not "…is made from", "…is much faster than", "…is 12 and…", which say something about it, not what it is.
_DESCRIBED = re.compile(r"^(?:an?|the|any|one|when|how|where|what|something|someone|(?!being\b|nothing\b)\w+ing)\s",
                        re.I)
# "sir what is overclocking", "sir is the extension compulsory": a question asked, not a word defined
_ASKING = re.compile(r"\b(?:what|which|who|whom|how|why|sir|miss|mrs|mr|ms)\b", re.I)
_PEOPLE = re.compile(r"^(?:they|he|she|we|you|i)\b", re.I)  # "The people – they chose…": an answer, not a meaning
# "Keyboard, mouse. Output: monitor, speaker": a second labelled line run on after the first, not one meaning.
_SECOND_LABEL = re.compile(r"[.;]\s+[A-Z][\w ]{0,20}:\s")
# "No – the filter shows the link was never clicked", "True or false" rows: the answer to a question, not a word.
_ANSWER_WORDS = {"yes", "no", "true", "false"}
# "Motive: the PE department would not share the hall": a subject and what it did, a story's line, not a meaning;
# "A computer that was built…" is a thing described (its "that" comes before the verb).
_DETERMINERS = {"the", "a", "an", "my", "our", "his", "her", "their", "this", "that"}
_PAST = {"was", "were", "would", "did", "had"}
_RELATIVE = {"that", "which", "who", "whose", "where", "when"}
_EXAMPLE_TAIL = re.compile(r"[,;]?\s*(?:e\.g\.?|eg|for example|such as|like)\s*$", re.I)


class Fact(NamedTuple):
    """A key word, what it means, and where the unit says so."""

    term: str
    definition: str  # as an option: capital first letter, no full stop
    source: QuestionSource


def option_text(text: str) -> str:
    """Capital first letter, no trailing full stop or dangling "e.g." (for options and items)."""
    text = _EXAMPLE_TAIL.sub("", " ".join(text.split()).rstrip(".")).rstrip(" ,;–-")
    return text[:1].upper() + text[1:]


def unit_model(materials: GenerationMaterials, instructions: str = "") -> tuple[TopicModel, list[Fact]]:
    """The unit's topic model, with the words its facts define among the key phrases, and the facts."""
    model = build_topic_model(materials, instructions)
    facts = unit_facts(materials, model)
    model.add_phrases(KeyPhrase(text=f.term, forms=(f.term,), weight=2.0, source=f.source) for f in facts)
    return model, facts


def unit_facts(materials: GenerationMaterials, model: TopicModel) -> list[Fact]:
    """Every usable key word with its meaning: the vocabulary's, then the documents' definition lines, then the
    descriptions under headings."""
    facts: dict[str, Fact] = {}
    for item in materials.vocabulary:
        term, definition = str(item.get("term", "")).strip(), str(item.get("definition", "") or "")
        if definition and usable_phrase(term):
            _add(facts, term, definition, item_source(item, materials.passages, quote=definition,
                                                      fallback="the unit's key vocabulary"))
    for term, definition, passage in _glossary_rows(materials):
        _add(facts, term, definition, passage_source(passage))
    for passage in materials.passages:
        if is_signposting(passage["text"], passage["heading"]):
            continue  # "In school: your form tutor, Head of Year…": who to tell, not what a word means
        defined = line_definition(passage["text"]) if not EXAMPLE_HEADING.match(passage["heading"]) else None
        if defined:  # not "OUTPUT – the actuator switches…" under "Example: smart heating": a part of the example
            _add(facts, defined[0], defined[1], passage_source(passage))
    if len(facts) < FEW_FACTS:  # a name over a line is as often an example or a heading as a key word
        for term, definition, passage in _paired_lines(materials.passages):
            _add(facts, term, definition, passage_source(passage))
    if len(facts) < FEW_FACTS:  # few words defined: the teaching text's own "X is…" sentences say what words mean
        for term, definition, passage, sentence in _defining_sentences(materials):
            _add(facts, term, definition, passage_source(passage, sentence))
    under: dict[str, list[Passage]] = {}  # the passages under a heading naming just this phrase, by phrase
    for passage in materials.passages:
        named = heading_phrases(passage["heading"])
        if len(named) == 1 and not EXAMPLE_HEADING.match(passage["heading"]):
            under.setdefault(named[0], []).append(passage)
    for phrase in model.phrases:
        fact = _heading_fact(phrase.text, under.get(phrase.text, []))
        if fact is not None:
            _add(facts, fact.term, fact.definition, fact.source)
    return list(facts.values())


def _glossary_rows(materials: GenerationMaterials) -> list[tuple[str, str, Passage]]:
    """(term, meaning, passage) for each key word found without a meaning whose glossary row gives it: the word,
    then its meaning as a sentence of its own ("Bystander Someone who sees bullying happening, but does nothing")."""
    undefined = [term for item in materials.vocabulary
                 if not str(item.get("definition") or "").strip() and usable_phrase(term := str(item.get("term", "")).strip())]
    rows = []
    for term in undefined:
        row = re.compile(rf"^\W*(?i:{re.escape(term)})\s+(?=[A-Z](?:[a-z]|\s))")  # the meaning's capital letter
        for passage in materials.passages:
            match = row.match(passage["text"])
            if match and is_statement(rest := passage["text"][match.end():].strip()):
                rows.append((term, rest, passage))
                break
    return rows


def _paired_lines(passages: list[Passage]) -> list[tuple[str, str, Passage]]:
    """(term, meaning, passage) for each short name followed, on the same slide or under the same heading, by the
    line that says what it is: "Data subject" then "The person the data is about" — a slide's two-line cards."""
    pairs = []
    for name, meaning in zip(passages, passages[1:], strict=False):
        if (name["file"], name["where"], name["heading"]) != (meaning["file"], meaning["where"], meaning["heading"]):
            continue
        term, text = name["text"].strip(" :–-"), meaning["text"]
        named = term[:1].isupper() and usable_phrase(term) and len(term.split()) <= 4 \
            and not re.search(r"^(?:an?|the)\b|^\w+ed\b|\w+ly\b", term, re.I)  # not "A self-driving car", "Used…"
        if named and not usable_phrase(text) and is_statement(text) and not _NOT_A_DESCRIPTION.match(text) \
                and line_definition(text) is None and not names_something_else(text, term) \
                and not text.rstrip().endswith("…"):  # not "In this agreement" / "1.1 'Client' means…"
            pairs.append((term, text, meaning))
    return pairs


def _defining_sentences(materials: GenerationMaterials) -> list[tuple[str, str, Passage, str]]:
    """(term, meaning, passage, sentence) for each teaching sentence that says what a thing is ("Productivity is how much work
    gets done in a certain amount of time")."""
    objectives = [o["text"] for o in materials.objectives]
    found = []
    for passage in materials.passages:
        for text in sentences(passage):
            if teaching_sentence(text, passage["heading"], objectives, passage["text"]) and stands_alone(text):
                defined = _sentence_definition(text)
                if defined is not None:
                    found.append((*defined, passage, text))
    return found


def _sentence_definition(text: str) -> tuple[str, str] | None:
    """(term, meaning) when a sentence says what a short name is: "…is a / the / when…", "Iteration is repeating a
    block of code"; not a pronoun's ("It is…"), a question put to the teacher ("sir what is…"), what people are
    doing ("engineers are trying to…"), a long subject or a name ("A wood-turner using a lathe is…")."""
    defined = defined_subject(text)
    if defined is None or not _DESCRIBED.match(defined[1]) or len(defined[1].split()) < 4:
        return None  # nor "…is a made-up game", "…is how many letters": too little to be what a word means
    term = defined[0].strip(" “”\"'‘’")
    name = re.sub(r"\([^)]*\)", "", term).split()
    if len(name) > 3 or (len(name) > 1 and all(w[:1].isupper() for w in name)):
        return None  # "A wood-turner using a lathe", "Skyforge Legends": a subject in a story or a name, not a word
    if _NOT_A_DESCRIPTION.match(term) or _PEOPLE.match(term) \
            or _ASKING.search(term) or re.search(rf"{re.escape(term)}\W*\s+are\s+\w+ing\b", text, re.I):
        return None
    return term, re.split(r"\s+[–—]\s+|;\s+", defined[1])[0]


def _add(facts: dict[str, Fact], term: str, definition: str, source: QuestionSource) -> None:
    definition = option_text(definition)
    if _key(term) in facts or not _fits(term, definition):
        return
    if any(f.definition.lower() == definition.lower() for f in facts.values()):
        return
    facts[_key(term)] = Fact(term=option_text(term), definition=definition, source=source)


def _fits(term: str, definition: str) -> bool:
    """A definition that can be an option: short, plain, descriptive, and not giving its key word away."""
    if len(definition) > MAX_DEFINITION_CHARS or len(definition.split()) < 3 or language_problems(definition):
        return False
    if answer_problem(definition) is not None or answer_problem(term) is not None or _LOGISTICS.search(definition):
        return False
    if is_quoted_speech(term) or is_quoted_speech(definition) or PERSONAL.search(definition):
        return False  # "Alibi: “I was…”", a caption, what one person did ("…clashes with his mock"): not a meaning
    if is_aside_label(term) or names_no_key_word(term, definition):
        return False  # "FORENSICS NOTE: …", a person, a school, a card's label, a deadline: as the reader refuses them
    if term.strip().lower() in _ANSWER_WORDS or narrates(definition):
        return False
    if is_examples(definition) or _PEOPLE.match(definition) or split_label(definition) is not None \
            or _SECOND_LABEL.search(definition):
        return False  # a list of words, what people did ("they chose…"), a labelled line ("Key words to use: …")
    if is_objective_line(definition) or is_signposting(definition) or gives_an_instruction(definition) \
            or is_quiz_row(definition) or is_label_line(definition) or is_logistics(definition):
        return False  # "🎮 Level 1 – I can name three risks…", a helpline, "…, then tell an adult", a quiz's results
    letters = sum(c.isalpha() for c in definition)
    if letters < 0.6 * len(definition.replace(" ", "")):
        return False  # a sum or a code line ("8 + 2 = 10"), not a meaning
    long_words = [w for w in definition.split() if len(w) >= 3]
    if len(long_words) >= 2 and all(w[:1].isupper() for w in long_words):
        return False  # a title ("End of Unit Quiz"), not a meaning
    names = [term, *re.findall(r"\(([^)]{1,40})\)", term), re.sub(r"\s*\([^)]*\)", "", term)]
    # "Binary: a binary number…" (or "Firewalls: a firewall checks…") would give the answer away.
    return not any(says(definition, n) for n in names if len(n.strip()) > 1)


def narrates(text: str) -> bool:
    """Whether a line tells what some person or group did ("The PE department would not share the hall"): a
    subject, then a past verb, with no "that" or "which" between them."""
    words = [w.lower().strip(",;:") for w in text.split()[:5]]
    if not words or words[0] not in _DETERMINERS:
        return False
    for word in words[1:]:
        if word in _RELATIVE:
            return False
        if word in _PAST:
            return True
    return False


def says(text: str, name: str) -> bool:
    """Whether `text` says `name` as a whole word, in the singular or the plural."""
    stem = name.strip()
    stem = stem[:-1] if len(stem) > 3 and stem.lower().endswith("s") and not stem.lower().endswith("ss") else stem
    return bool(re.search(rf"(?<![\w-]){re.escape(stem)}(?:s|es)?(?![\w-])", text, re.I))


def _heading_fact(phrase: str, under: list[Passage]) -> Fact | None:
    """The first statement under a heading that names `phrase` (and nothing else), as a definition of it — or of
    the subject the statement defines, when that shares a word with the phrase."""
    if not under:
        return None
    first = under[0]
    group = [p for p in under if (p["file"], p["where"]) == (first["file"], first["where"])]
    statement = group[0]
    text = statement["text"]
    if not is_statement(text) or _NOT_A_DESCRIPTION.match(text) or names_something_else(text, phrase):
        return None
    if opens_on_a_modifier(phrase, text):
        return None  # "Errors in programs" / "Programs rarely work…" is about programs
    for found in (line_definition(text), defined_subject(text)):
        if found and shares_word(found[0], phrase):
            return Fact(term=found[0], definition=found[1], source=passage_source(statement))
    if says(text, phrase):
        return None  # says the word: a sentence to fill in, not a description to match
    return Fact(term=phrase, definition=text, source=passage_source(statement))


def _key(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)
