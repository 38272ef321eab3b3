"""What the offline generator understands of a teacher's free-text instructions: how many questions of a type
("two Python questions"), easier or harder, and a preferred number conversion ("binary to denary"). The AI reads
the instructions in full; these are the parts the offline generator can act on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}
_TYPE_WORDS = [
    (r"python(?: code| programming)?", "python_code"),
    (r"binary|hex(?:adecimal)?|denary|conversion", "binary_convert"),
    (r"logic(?: gate)?|truth table", "logic_gates"),
    (r"trace(?: table)?", "trace_table"),
    (r"parsons?", "parsons"),
    (r"matching", "matching"),
    (r"multiple[- ]choice", "multiple_choice"),
    (r"multiple[- ]select", "multiple_select"),
    (r"ordering", "ordering"),
    (r"debug(?:ging)?", "code_debug"),
    (r"code completion|fill[- ]in(?:[- ]the)?[- ]gaps?", "code_completion"),
    (r"short[- ]answer|gap[- ]fill", "text_input"),
    (r"written|extended|essay", "extended_text"),
]


@dataclass
class InstructionHints:
    """What the offline generator understands of free-text instructions: counts of types, easier/harder,
    and a preferred conversion. (The AI reads the instructions in full.)"""

    counts: dict[str, int] = field(default_factory=dict)
    shift: int = 0
    conversion: str | None = None


def read_instructions(text: str) -> InstructionHints:
    """Find "two Python questions", "make it easier", "binary to denary" and the like in the instructions."""
    hints = InstructionHints()
    lowered = (text or "").lower()
    for pattern, qtype in _TYPE_WORDS:
        for match in re.finditer(rf"\b(\d+|one|two|three|four|five|six|an?)\s+(?:{pattern})\b(?:\s+\w+)?", lowered):
            word = match.group(1)
            count = int(word) if word.isdigit() else _NUMBERS[word]
            hints.counts[qtype] = max(hints.counts.get(qtype, 0), min(count, 10))
    if re.search(r"\b(easier|easy|simpler|gentle|support)\b", lowered):
        hints.shift = -1
    elif re.search(r"\b(harder|challenging|stretch|difficult)\b", lowered):
        hints.shift = 1
    directions = {"binary to (?:denary|decimal)": "binary_to_decimal", "(?:denary|decimal) to binary": "decimal_to_binary",
                  "binary to hex": "binary_to_hex", "hex(?:adecimal)? to binary": "hex_to_binary",
                  "(?:denary|decimal) to hex": "decimal_to_hex", "hex(?:adecimal)? to (?:denary|decimal)": "hex_to_decimal"}
    for pattern, conversion in directions.items():
        if re.search(pattern, lowered):
            hints.conversion = conversion
            break
    return hints
