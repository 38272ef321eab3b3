"""The prompt texts, kept as editable files in `assessment_prompts/` at the top of the repository and read once
at start-up (a school can reword them; restart the app to use the new wording).

Templates use `$name` placeholders (string.Template), so the JSON braces in the texts need no escaping."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from string import Template

from app.config import REPO_ROOT

PROMPT_FILES = {
    "system": "system.txt",
    "user_template": "user_template.txt",
    "regenerate_question": "regenerate_question.txt",
    "summarise_materials": "summarise_materials.txt",
    "marking_system": "marking_system.txt",
    "marking_user": "marking_user.txt",
    "feedback": "feedback.txt",
}


def prompts_dir() -> Path:
    """ASSESSMENT_PROMPTS_DIR when set (a container may mount its own), else the repository's folder."""
    return Path(os.environ.get("ASSESSMENT_PROMPTS_DIR") or REPO_ROOT / "assessment_prompts")


class PromptMissing(RuntimeError):
    """A prompt file is missing: the message says which and where."""


@lru_cache
def load_all() -> dict[str, str]:
    """Every prompt, read once. Raises PromptMissing naming the file when one is absent."""
    folder = prompts_dir()
    texts = {}
    for name, filename in PROMPT_FILES.items():
        path = folder / filename
        try:
            texts[name] = path.read_text(encoding="utf-8").strip() + "\n"
        except OSError as exc:
            raise PromptMissing(f"The prompt file {path} could not be read ({exc.strerror}).") from None
    return texts


def text(name: str) -> str:
    """One prompt as written."""
    return load_all()[name]


def render(name: str, **values: object) -> str:
    """A prompt with its $placeholders filled in. A placeholder left without a value raises KeyError."""
    return Template(load_all()[name]).substitute({k: str(v) for k, v in values.items()})
