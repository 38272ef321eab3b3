"""All of a unit's documents merged into one set of materials: what the generators work from."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Protocol


class DocumentLike(Protocol):
    """An ExtractedDocument or a stored UnitDocument row: both have these."""

    filename: str
    text: str
    structure: dict


@dataclass
class UnitMaterials:
    """Objectives and vocabulary (deduplicated), sequences, code snippets and the full text of a unit's documents.

    Each found item says which document it came from (`source`). Vocabulary without a definition is kept
    (a teacher can add one); generators that need definitions use `defined_vocabulary`.
    """

    objectives: list[dict] = field(default_factory=list)  # {code, text, kind, source}
    vocabulary: list[dict] = field(default_factory=list)  # {term, definition, source}
    sequences: list[dict] = field(default_factory=list)  # {title, steps, source}
    code_snippets: list[dict] = field(default_factory=list)  # {language, code, title, source}
    lesson_titles: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    text: str = ""  # every document's text, each under "# <filename>"
    sources: list[str] = field(default_factory=list)

    @property
    def defined_vocabulary(self) -> list[dict]:
        return [item for item in self.vocabulary if item["definition"]]

    @property
    def is_empty(self) -> bool:
        return not (self.objectives or self.vocabulary or self.sequences or self.code_snippets or self.text.strip())

    def to_dict(self) -> dict:
        return asdict(self)


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def merge(documents: Iterable[DocumentLike]) -> UnitMaterials:
    """Merge documents in the order given. Objective codes are kept when they are unique across the
    documents, otherwise every objective is renumbered LO1, LO2, … in order."""
    materials = UnitMaterials()
    seen_objectives: set[str] = set()
    vocabulary: dict[str, dict] = {}
    seen_sequences: set[tuple[str, ...]] = set()
    seen_code: set[str] = set()
    texts: list[str] = []
    for document in documents:
        found = document.structure or {}
        source = document.filename
        materials.sources.append(source)
        if document.text.strip():
            texts.append(f"# {source}\n\n{document.text.strip()}")
        for objective in found.get("objectives", []):
            key = _key(objective.get("text", ""))
            if key and key not in seen_objectives:
                seen_objectives.add(key)
                materials.objectives.append(
                    {
                        "code": objective.get("code", ""),
                        "text": objective["text"],
                        "kind": objective.get("kind", "objective"),
                        "source": source,
                    }
                )
        for item in found.get("vocabulary", []):
            key = _key(item.get("term", ""))
            if not key:
                continue
            if key in vocabulary:
                if not vocabulary[key]["definition"] and item.get("definition"):
                    vocabulary[key].update(definition=item["definition"], source=source)
                continue
            vocabulary[key] = {"term": item["term"], "definition": item.get("definition", ""), "source": source}
        for sequence in found.get("sequences", []):
            key = tuple(_key(step) for step in sequence.get("steps", []))
            if key and key not in seen_sequences:
                seen_sequences.add(key)
                materials.sequences.append({"title": sequence.get("title", ""), "steps": sequence["steps"], "source": source})
        for snippet in found.get("code_snippets", []):
            code = snippet.get("code", "").strip()
            if code and code not in seen_code:
                seen_code.add(code)
                materials.code_snippets.append({**snippet, "source": source})
        for title in found.get("lesson_titles", []):
            if title not in materials.lesson_titles:
                materials.lesson_titles.append(title)
        for heading in found.get("headings", []):
            text = heading["text"] if isinstance(heading, dict) else str(heading)
            if text not in materials.headings:
                materials.headings.append(text)
    materials.vocabulary = list(vocabulary.values())
    materials.text = "\n\n".join(texts)
    codes = [o["code"] for o in materials.objectives]
    if any(not code for code in codes) or len(set(codes)) != len(codes):
        for number, objective in enumerate(materials.objectives, start=1):
            objective["code"] = f"LO{number}"
    return materials
