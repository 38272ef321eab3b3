"""Whether a line of a list under an objectives label is one of the aims. The list's own items are aims unless
they are a timetable line, an activity or a fragment (`objective_problem`); a plain line must read as an objective
statement, and one ending on a preposition its own clause leaves there ("…for the platform it is going to") is whole,
not cut off. A list whose aims all carry their codes ("LO1: Describe…", "LO2: Identify…") states each aim so: a line
after them without a code ("Teams of 4 – choose a captain. Mini whiteboards out!") tells the class what to do next,
and is no aim of the lesson.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.services.documents.found import Objective
from app.services.documents.phrases import looks_like_objective, objective_problem

# A relative clause whose subject ("it", "the audience") and verb leave its preposition at the end of the line.
STRANDED_PREPOSITION = re.compile(
    r"\b(?:that|which|who|it|they|you|we|he|she)\s+(?:[a-z’']+\s+){1,3}"
    r"(?:to|of|with|for|from|in|on|at|about)\s*$",
    re.IGNORECASE,
)


def listed_aim(text: str, *, is_item: bool, found: Sequence[Objective], listed: int) -> bool:
    """Whether `text`, a line of an objectives list after `listed` aims already found (the last of `found`), is an
    aim of its own."""
    if listed and len(found) >= listed and all(objective["code"] for objective in found[-listed:]):
        return False  # every aim before it carries its code; this line has none
    if not is_item:
        return looks_like_objective(text)
    problem = objective_problem(text)
    return problem is None or (
        problem == "fragment" and bool(STRANDED_PREPOSITION.search(text.rstrip(" .;,")))
    )
