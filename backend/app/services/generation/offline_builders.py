"""The offline generator's question builders: which type each makes, at which difficulties, from what (the unit's
own words, or a topic's templates), and in what order they are tried (offline.py fills a draft with them)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from app.services.generation import offline_code as code
from app.services.generation import offline_computing as computing
from app.services.generation import offline_gaps as gaps
from app.services.generation import offline_lists as lists
from app.services.generation import offline_logic as logic
from app.services.generation import offline_passages as passages
from app.services.generation import offline_sentences as sentence_wise
from app.services.generation import offline_trace as trace
from app.services.generation import offline_words as wording
from app.services.generation.context import BuildContext
from app.services.generation.draft_question import DraftQuestion

# Builds one question of about this difficulty, or None when the materials cannot supply one (some are async).
Make = Callable[[BuildContext, int], DraftQuestion | None | Awaitable[DraftQuestion | None]]


@dataclass(frozen=True)
class Builder:
    type: str
    make: Make
    difficulties: tuple[int, ...]
    topic: str | None = None  # None: built from the unit's own words; otherwise the unit (or teacher) must cover it
    # Tried after the other builders of its type: whole teaching sentences for a unit with few key words, made-up
    # programs for one with programs of its own.
    fallback: bool = False
    # Made from the unit's own material (its programs, the logic gates it names): not held to the topic's share of
    # the draft (a cap on made-up programs and templates, which these questions still use up).
    own_material: bool = False
    # Whether the unit holds what this builder is made from (None: always tried). A builder with nothing to build
    # from is not offered, so it takes no turns of the draft's seeded choices.
    has_material: Callable[[BuildContext], bool] | None = None

    def nearest(self, difficulty: int) -> int:
        return min(self.difficulties, key=lambda d: (abs(d - difficulty), d))


BUILDERS = (
    Builder("multiple_choice", wording.vocabulary_choice, (1, 2)),
    Builder("multiple_choice", gaps.sentence_choice, (1, 2)),
    Builder("matching", wording.vocabulary_matching, (2, 3, 4)),
    Builder("text_input", wording.vocabulary_type_word, (2,)),
    Builder("text_input", gaps.sentence_gap_fill, (2, 3)),
    Builder("text_input", wording.objective_gap_fill, (2, 3)),
    Builder("multiple_select", wording.vocabulary_select, (3,)),
    Builder("matching", sentence_wise.sentence_halves_matching, (2, 3), fallback=True),
    Builder("multiple_choice", sentence_wise.sentence_ending_choice, (1, 2), fallback=True),
    Builder("multiple_select", gaps.gap_select, (3,), fallback=True),
    Builder("text_input", lists.name_one_of_kind, (1, 2), fallback=True, has_material=lists.has_kind_lists),
    Builder("ordering", passages.sequence_ordering, (2, 3, 4)),
    Builder("extended_text", passages.describe_topic, (4, 5)),
    Builder("extended_text", passages.explain_objective, (4, 5)),
    Builder("binary_convert", computing.binary_conversion, (1, 2, 3, 4, 5), "binary"),
    Builder("ordering", computing.binary_ordering, (3, 4), "binary"),
    Builder("multiple_select", computing.binary_select, (3,), "binary"),
    Builder("logic_gates", computing.logic_gate, (1, 2, 3, 4, 5), "logic"),
    Builder("multiple_choice", logic.gate_rule_choice, (1, 2), "logic", own_material=True),
    Builder("multiple_select", logic.gate_inputs_select, (3,), "logic", own_material=True),
    Builder("matching", logic.gate_rule_matching, (2, 3), "logic", own_material=True),
    Builder("trace_table", trace.trace_table, (3, 4, 5), "python", own_material=True),
    Builder("trace_table", trace.made_up_trace_table, (3, 4, 5), "python", fallback=True),
    Builder("parsons", code.parsons, (3, 4), "python", own_material=True),
    Builder("parsons", code.made_up_parsons, (3, 4), "python", fallback=True),
    Builder("code_completion", code.code_completion, (3,), "python", own_material=True),
    Builder("code_completion", code.made_up_code_completion, (3,), "python", fallback=True),
    Builder("python_code", computing.python_function, (4, 5), "python"),
    Builder("code_debug", computing.code_debug, (4, 5), "python"),
)
