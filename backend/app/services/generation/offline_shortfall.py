"""Why an offline draft is shorter than the teacher asked for, in words they can act on: what the reader found in
their documents of each thing a question is built from (key words with meanings, learning objectives, sentences
that teach, numbered steps, programs), and what to add where there was too little.

    shortfall_warning(ctx, made=3, asked=12)
    # "The materials gave enough for 3 of the 12 questions you asked for. In your documents the reader found 1 key
    #  word with its meaning, no learning objectives, 2 sentences that teach something… To get more: add …"
"""

from __future__ import annotations

from app.services.generation.context import BuildContext
from app.services.generation.passages import sentences
from app.services.generation.teaching_text import stands_alone, teaching_sentence

FEW = {"facts": 4, "objectives": 2, "sentences": 8}  # below these, that kind of material is called too little


def _counted(count: int, one: str, many: str) -> str:
    return f"no {many}" if count == 0 else f"1 {one}" if count == 1 else f"{count} {many}"


def teaching_sentences(ctx: BuildContext) -> int:
    """How many sentences of the documents teach something (statements, not headings, tasks or objectives)."""
    objectives = [o["text"] for o in ctx.materials.objectives]
    return sum(1 for passage in ctx.materials.passages for text in sentences(passage)
               if teaching_sentence(text, passage["heading"], objectives, passage["text"]) and stands_alone(text))


def shortfall_warning(ctx: BuildContext, *, made: int, asked: int) -> str:
    """The draft's note when it has fewer questions than asked for: what was found, and what to add."""
    facts, objectives = len(ctx.facts), len(ctx.model.objectives)
    taught = teaching_sentences(ctx)
    found = [_counted(facts, "key word with its meaning", "key words with meanings"),
             _counted(objectives, "learning objective", "learning objectives"),
             _counted(taught, "sentence that teaches something", "sentences that teach something"),
             _counted(len(ctx.materials.sequences), "set of numbered steps", "sets of numbered steps"),
             _counted(len(ctx.materials.code_snippets), "program", "programs")]
    advice = []
    if facts < FEW["facts"]:
        advice.append("add the unit's key words with their meanings in the Key vocabulary table of "
                      "the Lesson materials step (or upload the glossary or key-word sheet)")
    if objectives < FEW["objectives"]:
        advice.append("add the learning objectives in the Learning objectives table of the same step")
    if taught < FEW["sentences"]:
        advice.append("upload the slides, notes or worksheet that explain the topic in full sentences (most of "
                      "what was uploaded is headings, single words, tasks or pictures)")
    advice = advice or ["add more key words with meanings or another lesson's documents"]
    return (f"The materials gave enough for {made} of the {asked} questions you asked for. In your documents the "
            f"reader found {', '.join(found[:-1])} and {found[-1]}. To get more questions: {'; '.join(advice)}; "
            "or add questions by hand.")
