"""A corpus of lesson packs as KS3/GCSE computing teachers really write them, each with what a teacher would
list from it: the measure of how well lesson documents are read and how good a draft made from them is.

    packs = load_packs()                    # the tuning corpus: [Pack(name, files, expected), ...]
    held_out = load_packs(held_out=True)    # the held-out packs

Each pack is a module in `packs/` (or `held_out/`) whose `FILES` maps a file name to a function building that
file's bytes (python-docx, python-pptx, fpdf2, Pillow, or plain text for .html, .md and .txt), with
`<module>.expected.json` beside it, written by hand from the documents, never from what the reader found:

    {"title": "...", "terms": [{"term": "...", "definition": "..."}], "objectives": ["..."],
     "topic_words": ["..."], "lesson_sequence": ["..."], "code_languages": ["java"],
     "questions_in_documents": [{"number": 1, "text": "...", "answer": "..."}]}

`lesson_sequence` and `questions_in_documents` are left out when a pack has none. Terms are short noun phrases
with descriptive definitions; objectives are the stated objective statements, never timetable lines or tasks.
The files are built in code, the same bytes every run: no binary file is committed.

The held-out packs (`held_out/`) are in shapes the tuning packs do not use. They are NOT for tuning: do not read
them, or their figures, while changing the readers or the generator; `bench/generation_quality.py --held-out`
scores them apart, as the check that the work generalises.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

HERE = Path(__file__).parent
REQUIRED_KEYS = ("title", "terms", "objectives", "topic_words", "code_languages")


class Pack(NamedTuple):
    """One lesson pack: its files as uploaded (name → bytes) and what a teacher would list from them."""

    name: str
    files: dict[str, bytes]
    expected: dict


def pack_modules(*, held_out: bool = False) -> list[ModuleType]:
    """The pack modules of the tuning corpus (or of the held-out packs), by name."""
    folder = "held_out" if held_out else "packs"
    names = sorted(info.name for info in pkgutil.iter_modules([str(HERE / folder)]))
    return [importlib.import_module(f"{__name__}.{folder}.{name}") for name in names]


def expected_for(module: ModuleType) -> dict:
    """The hand-written expected file beside a pack module."""
    path = Path(module.__file__).with_suffix(".expected.json")
    return json.loads(path.read_text(encoding="utf-8"))


def build(files: dict[str, Callable[[], bytes]]) -> dict[str, bytes]:
    return {name: make() for name, make in files.items()}


def load_packs(held_out: bool = False, *, names: list[str] | None = None) -> list[Pack]:
    """Every pack of the corpus (or the held-out packs), built: only those in `names` when given."""
    packs = []
    for module in pack_modules(held_out=held_out):
        name = module.__name__.rpartition(".")[2]
        if names and name not in names:
            continue
        packs.append(Pack(name=name, files=build(module.FILES), expected=expected_for(module)))
    return packs
