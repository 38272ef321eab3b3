"""A game deck's clue slides: a clue with an "Answer" button that links to the slide after it, which gives the answer.

    MEMORY – 10                       a strip saying what the clue is worth (on both slides)
    The fast memory on the chip…      the clue: the slide's longest line, asked as it is written
    Answer                            the button: a line that is only "Answer", "Reveal", "Show answer"
    ── next slide ──
    MEMORY – 10                       repeated from the clue slide: not the answer
    What is cache?                    the answer: the first line the clue slide did not have
    Back to the board                 a button back

A quiz game (Jeopardy, "Who wants to be…", a question-per-slide reveal) asks this way whether or not its clue ends
in a question mark: the button says it is asked. Read on slides only: on a page, a line "Answer" is where a pupil
writes theirs. The walker (`questions._Finder`) mixes this in.
"""

from __future__ import annotations

import re

from app.services.documents.blocks import Block
from app.services.documents.found import Question
from app.services.documents.slide_tasks import SlideTasks

# The button a clue slide links to its answer slide with ("Answers" alone heads a slide's answers instead).
BUTTON = re.compile(
    r"^(?:answer|reveal(?:\s+(?:the\s+)?answers?)?|(?:show|see|check)\s+(?:the\s+)?answers?"
    r"|click\s+(?:for|to\s+(?:see|show|reveal))\s+(?:the\s+)?answers?)\s*[▶►→>?!.]?$",
    re.IGNORECASE,
)
SLIDE = re.compile(r"^slide (?P<number>\d{1,4})$")
MIN_CLUE_WORDS = 4  # a clue says something; the strip over it ("MEMORY – 10") and the buttons do not
MAX_SLIDE_LINES = 40  # a slide's lines kept to find its clue in


class ClueSlides(SlideTasks):
    """The clue-slide half of the question walker."""

    slide_number: int = 0  # the slide being read (0 when the document has no slides)
    slide_lines: tuple[Block, ...] = ()  # its lines so far
    clue: Question | None = None  # a clue whose answer is on the slide after `clue_slide`
    clue_slide: int = 0
    clue_lines: frozenset[str] = frozenset()  # the clue slide's lines, repeated on the answer slide

    def on_clue_slide(self, block: Block) -> bool:
        """Whether the line is a clue slide's button (the slide's clue is asked) or the line of the next slide
        that answers it, or a line of a slide's notes that answers its task (`SlideTasks`)."""
        slide = SLIDE.match(block.where)  # a slide's notes ("slide 8 notes") are neither clue nor answer
        if slide is None:
            return self.task_answered(block)
        number, text = int(slide["number"]), block.text.strip()
        self.slide_line(block, number)
        if number != self.slide_number:
            self.slide_number, self.slide_lines = number, ()
        if self.clue is not None and number != self.clue_slide:
            if number == self.clue_slide + 1 and text not in self.clue_lines and not BUTTON.match(text):
                if not self.clue["answer"]:
                    self.give(self.clue, text)
                self.clue = None
                return True
            if number != self.clue_slide + 1:
                self.clue = None  # the slide after the clue did not answer it
        if BUTTON.match(text) and self.ask_clue():
            return True
        if len(self.slide_lines) < MAX_SLIDE_LINES:
            self.slide_lines += (block,)
        return False

    def ask_clue(self) -> bool:
        """The slide's clue asked, to be answered by the next slide: its longest line, unless the slide asks a
        question of its own already (which a "Show answer" on it reveals as it does on any page)."""
        if self.current is not None and self.current.get("where") == f"slide {self.slide_number}":
            return False
        lines = [line for line in self.slide_lines if len(line.text.split()) >= MIN_CLUE_WORDS]
        if not lines:
            return False
        clue = max(lines, key=lambda line: len(line.text))
        self.ask(0, clue.text, clue.where, clue.text)  # unnumbered: no numbered answer is for it
        if self.current is None:
            return False
        self.clue, self.clue_slide = self.current, self.slide_number
        self.clue_lines = frozenset(line.text.strip() for line in self.slide_lines)
        # The lines after the button are neither the clue's options nor the rest of its sentence.
        self.current, self.just_asked = None, False
        return True
