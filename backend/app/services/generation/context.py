"""What the offline question builders share: the materials, the unit's topic model and key facts, a seeded random
generator, what has been used, and how a question is tagged with its learning objective and strands."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from app.services.generation.code_language import language_of
from app.services.generation.draft_question import QuestionSource
from app.services.generation.facts import Fact, unit_model
from app.services.generation.materials import GenerationMaterials
from app.services.generation.topics import TOPIC_SIGNS, TopicModel

ASKED = QuestionSource(file="", where="the question types you asked for", quote="")
TOPIC_STRANDS = {"binary": ["DI"], "logic": ["CS"], "python": ["PG"], "algorithms": ["AL"]}
_WORD = re.compile(r"[a-z0-9]+")
T = TypeVar("T")
_STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "be", "can", "i", "how", "what",
         "why", "with", "by", "from", "into", "that", "this", "it", "as", "at", "its", "use", "using", "will", "able"}


def words(text: str) -> set[str]:
    """Content words, lower case, crude singulars ("bits" → "bit"), for matching questions to objectives."""
    found = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOP or len(word) < 2:
            continue
        found.add(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found


@dataclass
class BuildContext:
    """Shared by every builder while one draft is made. All randomness comes from `rng` (seeded)."""

    materials: GenerationMaterials
    rng: random.Random
    model: TopicModel
    facts: list[Fact] = field(default_factory=list)  # the unit's key words with their meanings (facts.py)
    runner_enabled: bool = True
    asked_types: set[str] = field(default_factory=set)  # types the teacher asked for (required or in instructions)
    prefer: dict[str, str] = field(default_factory=dict)  # e.g. {"conversion": "binary_to_decimal"}
    used: set[str] = field(default_factory=set)  # keys of things already asked about
    memo: dict[str, Any] = field(default_factory=dict)  # what builders work out once per draft (offline_gaps…)
    _objective_turn: int = 0

    @classmethod
    def for_materials(cls, materials: GenerationMaterials, rng: random.Random, *, instructions: str = "",
                      runner_enabled: bool = True, asked_types: set[str] | None = None) -> BuildContext:
        model, facts = unit_model(materials, instructions)
        return cls(materials=materials, rng=rng, model=model, facts=facts, runner_enabled=runner_enabled,
                   asked_types=set(asked_types or ()))

    def source_for(self, topic: str) -> QuestionSource:
        """Where the unit teaches a topic (its strongest evidence), or the teacher's request when it does not."""
        return self.model.source_for(topic) or ASKED

    def new_id(self, prefix: str) -> str:
        """An opaque id (one letter, 8 hex digits) from the seeded generator: kept as it is by check()."""
        return f"{prefix}{self.rng.getrandbits(32):08x}"

    def about_unit_first(self, choices: list[T], concepts: Callable[[T], tuple[str, ...]], *,
                         asked: str | None = None) -> list[T]:
        """Templates whose programming ideas the unit names ("loop", "selection", "function"…), and only those
        when any is: a unit about loops gets loop programs, not `add(a, b)`. All of them when none is — but none for
        a unit with Python programs of its own whose key words and objectives name none of these ideas: it uses
        Python for something else (a cipher, a booking form), and its own programs are what to ask about. When the
        teacher asked for the type (`asked`), the others follow, so a count they asked for can be met."""
        if asked not in self.asked_types and self.programs_for_something_else(choices, concepts):
            return []
        text = self.memo.get("unit words")
        if text is None:
            text = self.memo["unit words"] = " " + " ".join(re.findall(r"[a-z]+", self.materials.text.lower())) + " "
        # What the key words and objectives name first: a unit on selection says "input" and "integer" in its
        # programs' lines too, but it is selection it teaches.
        named = most_named(choices, concepts, self.taught_words()) or most_named(choices, concepts, text)
        if not named:
            return list(choices)
        return named + ([choice for choice in choices if choice not in named] if asked in self.asked_types else [])

    def programs_for_something_else(self, choices: list[T], concepts: Callable[[T], tuple[str, ...]]) -> bool:
        """Whether the unit has Python programs of its own but its key words and objectives name none of the
        programming ideas these templates practise."""
        if not any(language_of(s) == "python" for s in self.materials.code_snippets):
            return False
        return not most_named(choices, concepts, self.taught_words())

    def times_named(self, concepts: tuple[str, ...]) -> int:
        """How many of a template's programming ideas the unit's key words and objectives name."""
        taught = self.taught_words()
        return sum(f" {concept} " in taught for concept in concepts)

    def taught_words(self) -> str:
        """The words of the unit's key phrases and objectives, lower case, padded with spaces (for most_named)."""
        taught = self.memo.get("taught words")
        if taught is None:
            taught = self.memo["taught words"] = " " + " ".join(re.findall(r"[a-z]+", " ".join(
                [p.text for p in self.model.phrases] + [o["text"] for o in self.model.objectives]).lower())) + " "
        return taught

    def take(self, key: str) -> bool:
        """Mark `key` as used; False when it already was (so a builder can pick something else)."""
        if key in self.used:
            return False
        self.used.add(key)
        return True

    def tag(self, text: str, topic: str | None = None) -> tuple[str | None, list[str]]:
        """(objective code, strands) for a question about `text`: the objective sharing most words with it,
        else one mentioning the topic, else the objectives in turn. Timetable lines and activities that were
        taken for objectives are never used."""
        objectives = self.model.objectives
        if not objectives:
            return None, list(TOPIC_STRANDS.get(topic or "", [])) or guess_strands(text)[:3]
        about = words(text)
        overlaps = [len(about & words(o["text"])) for o in objectives]
        most = max(overlaps)
        # The first objective with the most words in common (none in common: no match).
        chosen = objectives[overlaps.index(most)] if most > 0 else None
        if chosen is None and topic in TOPIC_SIGNS:
            chosen = next((o for o in objectives if TOPIC_SIGNS[topic].search(o["text"])), None)
        if chosen is None:
            chosen = objectives[self._objective_turn % len(objectives)]
            self._objective_turn += 1
        strands = list(chosen.get("strands") or []) or list(TOPIC_STRANDS.get(topic or "", []))
        if not strands:
            strands = guess_strands(chosen["text"] + " " + text)
        return chosen["code"], strands[:3]


def guess_strands(text: str) -> list[str]:
    """Taxonomy strands suggested by the words of a text (an objective or a question)."""
    lowered = text.lower()
    rules = [
        ("NW", r"\b(network|internet|router|packet|wi-?fi|protocol|ip address|lan|wan)\b"),
        ("CM", r"\b(image|sound|video|media|animation|pixel|vector|audio)\b"),
        ("DI", r"\b(binary|denary|hex|data|bit|byte|spreadsheet|database|information|representation)\b"),
        ("DD", r"\b(design|plan|test(ing)?|evaluate|user|requirement)\b"),
        ("CS", r"\b(cpu|processor|memory|ram|rom|hardware|software|computer system|logic|gate|storage)\b"),
        ("IT", r"\b(impact|society|environment|ethic|law|legal|career)\b"),
        ("AL", r"\b(algorithm|sequence|flowchart|decompos|abstract|search|sort)\w*"),
        ("PG", r"\b(program|python|code|variable|loop|iteration|selection|function|scratch)\w*"),
        ("ET", r"\b(file|word processor|presentation|tool|software application)\b"),
        ("SS", r"\b(safety|safe|password|phishing|malware|virus|privacy|secure|security|cyber)\w*"),
    ]
    found = [code for code, pattern in rules if re.search(pattern, lowered)]
    return found[:3]


def most_named(choices: list[T], concepts: Callable[[T], tuple[str, ...]], text: str) -> list[T]:
    """The choices whose ideas `text` (padded with spaces) names, less those it names far less than the most
    named one: a unit on subroutines mentions variables, but it teaches functions."""
    hits = [(choice, sum(f" {concept} " in text for concept in concepts(choice))) for choice in choices]
    best = max((count for _choice, count in hits), default=0)
    return [choice for choice, count in hits if count and 2 * count >= best]
