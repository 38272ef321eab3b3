"""What a draft is generated from: a unit's stored documents merged, with the teacher's corrections on top,
and (for the AI) the same materials fitted into a token budget.

The teacher's own objectives (LearningObjective rows) and vocabulary (Unit.vocabulary) win over what was
extracted from the documents, because the wizard lets them correct those. Sequences, code snippets and text
come from the documents."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NotRequired, TypedDict

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import NotFound
from app.models import LearningObjective, Unit, UnitDocument
from app.services import documents
from app.services.documents.found import CodeSnippet, Question, StepSequence, Term
from app.services.generation.passages import Passage, document_passages, program_passages

# Rough size of a token for English text; only used to keep prompts inside a budget.
CHARS_PER_TOKEN = 4


class UnitObjective(TypedDict):
    """An objective questions are tagged with: the teacher's saved one (with its id), or one found in the
    documents (no id: the question is tagged by code only in the draft)."""

    code: str
    text: str
    id: uuid.UUID | None
    strands: list[str]
    source: NotRequired[str]  # the file it was found in (a saved objective: the file that states it, if any)
    where: NotRequired[str]
    quote: NotRequired[str]


class PromptParts(TypedDict):
    """The structured materials as short text blocks, one per placeholder of the prompts."""

    objectives: str
    vocabulary: str
    sequences: str
    code_snippets: str


@dataclass
class GenerationMaterials:
    """Everything the generators may use. Objectives carry their database id (for tagging questions)."""

    unit_id: uuid.UUID | None = None
    unit_title: str = ""
    unit_description: str = ""  # the teacher's own words about the unit ("Selection and iteration in Python")
    year_group: int = 7
    objectives: list[UnitObjective] = field(default_factory=list)
    vocabulary: list[Term] = field(default_factory=list)
    sequences: list[StepSequence] = field(default_factory=list)
    code_snippets: list[CodeSnippet] = field(default_factory=list)
    lesson_titles: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    text: str = ""
    sources: list[str] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)  # every bullet and paragraph, with where it is
    questions: list[Question] = field(default_factory=list)  # written in the documents, with any answers they give

    @property
    def defined_vocabulary(self) -> list[Term]:
        return [v for v in self.vocabulary if v.get("term") and v.get("definition")]

    @property
    def is_empty(self) -> bool:
        return not (self.objectives or self.vocabulary or self.sequences or self.code_snippets or self.text.strip())

    def objective_id(self, code: str | None) -> uuid.UUID | None:
        """The stored objective with this code ("LO2"), if the teacher's unit has one."""
        if not code:
            return None
        wanted = code.strip().upper()
        for objective in self.objectives:
            if objective["code"].upper() == wanted:
                return objective.get("id")
        return None


async def load_materials(session: AsyncSession, unit_id: uuid.UUID) -> GenerationMaterials:
    """A unit's materials: its documents merged, with the teacher's objectives and vocabulary winning. Every
    item keeps the file it came from (and where in it, when the reader says), so questions can cite it."""
    unit = await session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("That unit does not exist. It may have been deleted.")
    rows = list((await session.execute(
        select(UnitDocument).where(UnitDocument.unit_id == unit_id).order_by(UnitDocument.created_at, UnitDocument.filename)
    )).scalars())
    merged = documents.merge(rows)
    stored_objectives = list((await session.execute(
        select(LearningObjective).where(LearningObjective.unit_id == unit_id)
        .order_by(LearningObjective.position, LearningObjective.code)
    )).scalars())
    found_objectives = {_key(o["text"]): o for o in merged.objectives}
    if stored_objectives:
        objectives = [{**_located(found_objectives.get(_key(o.description))), "code": o.code, "text": o.description,
                       "id": o.id, "strands": list(o.strands or [])} for o in stored_objectives]
    else:
        objectives = [{**_located(o), "code": o["code"], "text": o["text"], "id": None, "strands": []}
                      for o in merged.objectives]
    found_terms = {_key(v["term"]): v for v in merged.vocabulary}
    if unit.vocabulary:
        vocabulary = [{**_located(found_terms.get(_key(str(v.get("term", ""))))),
                       "term": str(v.get("term", "")).strip(), "definition": str(v.get("definition", "") or "").strip()}
                      for v in unit.vocabulary if str(v.get("term", "")).strip()]
    else:
        vocabulary = [{**_located(v), "term": v["term"], "definition": v.get("definition", "")}
                      for v in merged.vocabulary]
    code_snippets: list[CodeSnippet] = [
        {**_located(c), "language": c.get("language", ""), "code": c["code"], "title": c.get("title", "")}
        for c in merged.code_snippets]
    return GenerationMaterials(
        unit_id=unit.id,
        unit_title=unit.title,
        unit_description=unit.description or "",
        year_group=unit.year_group,
        objectives=objectives,
        vocabulary=vocabulary,
        sequences=[{**_located(s), "title": s.get("title", ""), "steps": list(s["steps"])} for s in merged.sequences],
        code_snippets=code_snippets,
        lesson_titles=list(merged.lesson_titles),
        headings=list(merged.headings),
        text=merged.text,
        sources=list(merged.sources),
        passages=[p for row in rows for p in document_passages(row.filename, row.text, row.structure)]
        + [p for snippet in code_snippets for p in program_passages(snippet)],
        questions=list(merged.questions),
    )


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _located(item: Mapping[str, object] | None) -> dict[str, str]:
    """Where a found item came from (its file, and where in it and the words, when the reader gives them)."""
    if not item:
        return {}
    return {key: str(item[key]) for key in ("source", "where", "quote") if item.get(key)}


def estimate_tokens(text: str) -> int:
    return (len(text) + CHARS_PER_TOKEN - 1) // CHARS_PER_TOKEN


def split_into_chunks(text: str, max_chars: int) -> list[str]:
    """Split text into pieces of at most max_chars, at document, heading, paragraph or line boundaries when
    possible (so a definition or a code block is not cut in half unless it is itself too long)."""
    text = text.strip()
    if not text:
        return []
    if len(text) <= max_chars:
        return [text]
    # Try the biggest natural boundary first, then smaller ones.
    for pattern in (r"\n(?=# )", r"\n(?=#{1,3} )", r"\n\s*\n", r"\n"):
        pieces = [p for p in re.split(pattern, text) if p.strip()]
        if len(pieces) > 1 and all(len(p) <= max_chars for p in pieces):
            return _pack(pieces, max_chars)
        if len(pieces) > 1:
            # Some pieces are still too big: split those at the next boundary down.
            out: list[str] = []
            for piece in pieces:
                out.extend(split_into_chunks(piece, max_chars) if len(piece) > max_chars else [piece])
            return _pack(out, max_chars)
    return [text[i : i + max_chars] for i in range(0, len(text), max_chars)]


def _pack(pieces: list[str], max_chars: int) -> list[str]:
    """Join neighbouring pieces while they fit, so there are as few chunks as possible."""
    chunks: list[str] = []
    current = ""
    for piece in pieces:
        piece = piece.strip()
        candidate = f"{current}\n\n{piece}" if current else piece
        if len(candidate) <= max_chars:
            current = candidate
        else:
            if current:
                chunks.append(current)
            current = piece
    if current:
        chunks.append(current)
    return chunks


def structured_lines(materials: GenerationMaterials) -> PromptParts:
    """The structured parts of the materials as short text blocks for a prompt."""
    def listed(lines: list[str]) -> str:
        return "\n".join(lines) if lines else "(none found)"

    return PromptParts(
        objectives=listed([f"{o['code']}: {o['text']}" for o in materials.objectives]),
        vocabulary=listed([f"- {v['term']}: {v['definition']}" if v.get("definition") else f"- {v['term']}"
                           for v in materials.vocabulary]),
        sequences=listed([f"{s['title'] or 'Steps'}: " + " → ".join(s["steps"]) for s in materials.sequences]),
        code_snippets=listed([f"{c['title'] or 'Example'}:\n```\n{c['code']}\n```" for c in materials.code_snippets]),
    )
