"""Code typed into a document without a code font: runs of plain lines that read as a program (Python above all)
or as an SQL statement, told from prose so that they are kept as code rather than read as sentences."""

from __future__ import annotations

import re

from app.services.documents.blocks import Block

CODE_LINE = re.compile(
    r"^\s*(?:def |class |for .+ in .+:|while .+:|if .+:|elif .+:|else\s*:|try\s*:|except\b.*:|import \w"
    r"|from [\w.]+ import|return\b|print\s*\(|#|[A-Za-z_][\w.]*(?:\[.*\])?\s*(?:=|\+=|-=|\*=)\s*\S"
    r"|[A-Za-z_][\w.]*\(.*\)\s*$)"
)
STRONG_CODE = re.compile(
    r"print\s*\(|input\s*\(|def \w+\s*\(|range\s*\(|len\s*\(|int\s*\(|str\s*\(|^\s*(?:for|while|if|elif)\b.*:\s*$"
    r"|^\s*import \w|^\s*from [\w.]+ import",
    re.MULTILINE,
)
# An SQL statement typed without a code font: each line starts with a clause keyword in capitals.
SQL_LINE = re.compile(r"^\s*(?:SELECT|FROM|WHERE|ORDER BY|GROUP BY|HAVING|INSERT INTO|VALUES|UPDATE|SET|DELETE FROM"
                      r"|CREATE TABLE|INNER JOIN|LEFT JOIN|AND|OR)\b")


def looks_like_code(text: str) -> bool:
    """True for several lines that read as a program (Python above all) or an SQL statement, not as prose."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    if all(SQL_LINE.match(line) for line in lines) and re.match(r"^\s*(?:SELECT|INSERT|UPDATE|DELETE|CREATE)\b",
                                                                 lines[0]):
        return True
    if not STRONG_CODE.search(text):
        return False
    return sum(1 for line in lines if CODE_LINE.match(line)) / len(lines) >= 0.6


def promote_code(blocks: list[Block]) -> list[Block]:
    """Runs of plain paragraphs that are clearly a program (typed without a code font) become code."""
    result: list[Block] = []
    run: list[Block] = []

    def flush() -> None:
        text = "\n".join(b.text for b in run)
        if len(run) >= 2 and looks_like_code(text):
            result.append(Block("code", text, where=run[0].where))
        else:
            result.extend(run)
        run.clear()

    for block in blocks:
        if block.kind == "paragraph" and (CODE_LINE.match(block.text) or SQL_LINE.match(block.text)):
            run.append(block)
            continue
        flush()
        result.append(block)
    flush()
    return result
