"""Key words a quiz's printed results summary answers (Google Forms, Microsoft Forms): a question asking what a word
is, the tally of correct responses under it, and its options each with a count, the right one ticked:

    What is a trace table?
    19 / 27 correct responses
    ✓ A table used to follow the values of the variables as an algorithm runs, line by line   19 (70.4%)
      A table that shows the inputs a program needs   5 (18.5%)

The ticked option, without its count, is what the word means; the others are wrong answers, never meanings.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block
from app.services.documents.form_summaries import CHART_CONTROL, CHOSEN, RIGHT_COUNT
from app.services.documents.phrases import is_definition
from app.services.documents.vocabulary import ASKED_TITLE, Candidate, tidy
from app.services.documents.word_forms import capitalised

# The count ending an option: how many chose it, and that as a share ("19 (70.4%)"); the tally over the options is
# form_summaries.RIGHT_COUNT, whose questions and answers the question walker reads from the same summary.
COUNT = re.compile(CHOSEN.pattern + "$")
MIN_MEANING_WORDS = 4


def answered_in_results(blocks: list[Block]) -> list[tuple[Candidate, str]]:
    """Each word a results summary's question asks the meaning of, with the ticked option as its meaning, and
    where it was found."""
    found = []
    # The page's buttons by each chart ("Copy chart") are not lines of the summary.
    lines = [block for block in blocks if not CHART_CONTROL.fullmatch(block.text.strip())]
    for index, block in enumerate(lines[:-2]):
        asked = ASKED_TITLE.match(block.text.strip()) if block.kind in ("heading", "paragraph") else None
        if asked is None or not RIGHT_COUNT.match(lines[index + 1].text.strip()):
            continue
        ticked = lines[index + 2]
        meaning = COUNT.sub("", ticked.text.strip())
        if (
            ticked.kind == "item"
            and meaning != ticked.text.strip()
            and is_definition(meaning, min_words=MIN_MEANING_WORDS)
        ):
            found.append((tidy(capitalised(asked["term"].strip()), capitalised(meaning)), ticked.where))
    return found
