"""A glossary section in a document's walk: "term – meaning" lines, a key word alone on its line (or set as a
heading) over its meaning, key words set out with commas. `vocabulary` tells what a line is; this reads the lines
of a "Key words" section in the walk's context and says when the section is over.
"""

from __future__ import annotations

from app.services.documents import vocabulary, word_lists
from app.services.documents.blocks import Block
from app.services.documents.findings import Findings, Origin
from app.services.documents.matching_key import LETTERED, NUMBERED
from app.services.documents.phrases import is_term, term_key
from app.services.documents.sections import is_matching, section_of


class GlossaryWalk:
    """The glossary half of structure's walker, mixed into it: it shares the walker's state (the section and the
    level of the heading that opened it, what has been found) and closes the walker's section when the glossary
    ends; it calls the walker's `origin` and `close_section`."""

    found: Findings
    section: str | None
    section_title: str
    section_level: int | None
    glossary: set[str]

    def start_glossary(self) -> None:
        """Forget the last section's glossary: a new section has begun."""
        self.pending_term = ""  # a key word set as a heading inside a glossary, waiting for its meaning
        self.matching = is_matching(self.section_title)  # a matching activity's cards, not a glossary
        self.words_listed = False  # the glossary so far is key words set out with commas, without meanings
        self.lines_defined = False  # the glossary so far gives each key word and its meaning on one line

    def glossary_term(self, term: str, definition: str, *, origin: Origin) -> None:
        """A key word the document lists as one (a glossary, a key-words list or table)."""
        if self.found.add_term(term, definition, origin=origin):
            self.glossary.add(term_key(term))

    def glossary_heading(self, block: Block) -> bool:
        """A key word set as a heading inside a "Key terms" section (a revision sheet's bold term over its
        meaning): kept to pair with the line below it, and the glossary goes on. On a page the term may be as big
        as the section's own heading, unless the glossary gave its words and meanings on one line each ("**word**
        - meaning"): then a heading as big as the section's ("Common misconception") starts the next section. A
        slide's title always starts a new slide."""
        if self.section != "vocabulary" or block.synthetic or self.section_level is None:
            return False
        deeper = block.level > self.section_level or (block.level == self.section_level and not self.lines_defined
                                                      and not block.where.startswith("slide"))
        if not deeper or section_of(block.text) is not None or not is_term(block.text):
            return False
        self.pending_term = block.text
        return True

    def listed_part(self, text: str) -> None:
        """One part of a list typed along a label's line ("Key words to use: sprint · stakeholder · user story"):
        the parts are peers, so none is the meaning of the word before it."""
        self.pending_term = ""
        self.section_line(text, is_item=True)

    def defines(self, text: str) -> bool:
        """A key word and its meaning in a glossary, even one that trails off ("Place value – what a column is
        worth: 1, 16, 256 …"): not a lead-in."""
        return self.section == "vocabulary" and vocabulary.line_term(text, in_section=True) is not None

    def vocabulary_line(self, text: str) -> bool:
        """Use a line of a glossary; False when it ends the glossary."""
        if self.matching:
            return self.matching_line(text)
        if self.pending_term:
            term, self.pending_term = self.pending_term, ""
            pair = vocabulary.layout_pair(term, text)
            if pair is not None:
                self.glossary_term(*pair, origin=self.origin(f"{term} – {text}"))
                return True
        listed = word_lists.bare_terms(text)
        word_list = word_lists.is_word_list(text, listed)
        if self.words_listed and not word_list:
            self.close_section()  # the key words were set out with commas: a line that is not more of them ends it
            return False
        candidate = vocabulary.line_term(text, in_section=True)
        if candidate is not None:
            self.glossary_term(*candidate, origin=self.origin())
            self.lines_defined = True
            return True
        if len(text.split()) > 12 and not word_list:
            self.close_section()  # prose: the glossary is over
            return False
        self.words_listed = word_list
        for term in listed:
            self.glossary_term(term, "", origin=self.origin(term))
        if listed == [text.strip()]:
            self.pending_term = text.strip()  # a key word alone on its line: its meaning may be the next line
        return True

    def matching_line(self, text: str) -> bool:
        """A line of a matching activity: its cards give a key word, then its meaning, pair after pair. Two words
        in a row, or a numbered or lettered line, are columns shuffled for pupils to match (`matching_key` reads
        those with their key): the activity gives no meanings, and what follows is read as any line is."""
        labelled = bool(LETTERED.match(text) or NUMBERED.match(text))
        if self.pending_term:
            term, self.pending_term = self.pending_term, ""
            pair = None if labelled else vocabulary.layout_pair(term, text)
            if pair is not None:
                self.glossary_term(*pair, origin=self.origin(f"{term} – {text}"))
                return True
        elif not labelled and word_lists.bare_terms(text) == [text.strip()]:
            self.pending_term = text.strip()
            return True
        self.close_section()
        return False
