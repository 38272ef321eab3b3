"""Grounding the AI's questions in the teacher's materials: each question the model writes names its source —
the file, where in it, and the words it was built from — and the quote must really be in the materials
(compared after normalising case, spacing and punctuation). A question whose quote is found gets the source
as the materials say it (the file and place of the passage holding the quote, not the model's word for them);
one whose quote is not found is asked for again once (draft.py), then kept with the warning NOT_FOUND.

    located = locate("A firewall checks the data coming in", materials)   # QuestionSource, or None
"""

from __future__ import annotations

import re

from app.question_types.stored import StoredProblem
from app.services.generation.draft_question import DraftQuestion, QuestionSource
from app.services.generation.materials import GenerationMaterials
from app.services.generation.passages import item_source, passage_source

NOT_FOUND = "Not found in your lesson materials"
MIN_QUOTE_WORDS = 3
MAX_SOURCE_LINES = 60
ASK_AGAIN = ("Its source does not quote the lesson materials: the words in source.quote were not found in them. "
             "Build the question from one sentence or bullet point of the materials and copy its words exactly into "
             "source.quote, with the file it is in and where (for example \"slide 4\").")


def normal(text: str) -> str:
    """Lower case, punctuation removed, single spaces: how a quote and the materials are compared."""
    return " ".join(re.sub(r"[^\w\s]|_", " ", (text or "").lower()).split())


def locate(quote: str, materials: GenerationMaterials) -> QuestionSource | None:
    """Where in the materials `quote` is: the passage holding it, else the term or objective that says it, else
    the document whose text has it. None when it is not there (or too short to tell)."""
    key = normal(quote)
    if len(key.split()) < MIN_QUOTE_WORDS:
        return None
    for passage in materials.passages:
        if key in normal(passage["text"]):
            return passage_source(passage, quote)
    for item, said in [*((v, f"{v.get('term', '')} {v.get('definition', '')}") for v in materials.vocabulary),
                       *((o, o["text"]) for o in materials.objectives)]:
        if key in normal(said):
            return item_source(item, materials.passages, quote=quote, fallback="the unit's key words and objectives")
    for document in re.split(r"\n(?=# )", materials.text):
        if key in normal(document):
            name = document[2:].split("\n", 1)[0].strip() if document.startswith("# ") else ""
            return QuestionSource(file=name if name in materials.sources else "", where="", quote=quote)
    return None


def ground(question: DraftQuestion, materials: GenerationMaterials) -> tuple[DraftQuestion, bool]:
    """The question with its source as the materials have it, and whether its quote was found."""
    quote = str((question.get("source") or {}).get("quote") or "")
    found = locate(quote, materials)
    if found is None:
        return question, False
    return {**question, "source": found}, True


def not_found(question: DraftQuestion) -> DraftQuestion:
    """The question kept with the warning that its source is not in the materials (and no source shown)."""
    warning: StoredProblem = {"field": "source", "severity": "warning", "message": NOT_FOUND}
    known = question.get("warnings") or []
    warnings = known if any(w["message"] == NOT_FOUND for w in known) else [*known, warning]
    return {**question, "source": None, "warnings": warnings}


def source_list(materials: GenerationMaterials) -> str:
    """The places in the materials, one line each ("- Network Security.pptx, slide 4: Malware"), for the prompt."""
    seen: dict[tuple[str, str], str] = {}
    for passage in materials.passages:
        seen.setdefault((passage["file"], passage["where"]), passage["heading"])
    lines = [f"- {file}{f', {where}' if where else ''}{f': {heading}' if heading else ''}"
             for (file, where), heading in seen.items()]
    if len(lines) > MAX_SOURCE_LINES:
        lines = lines[:MAX_SOURCE_LINES] + [f"- … and {len(lines) - MAX_SOURCE_LINES} more places"]
    return "\n".join(lines) or "(only the objectives and key vocabulary above)"
