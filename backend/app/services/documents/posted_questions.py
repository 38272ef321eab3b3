"""A class stream printed or saved (Google Classroom and the like): a question post, answered in the teacher's
class comment.

    Mr Okafor posted a new question: Exit ticket – CSS      the post: who asked, and that it is a question
    10:42                                                   when
    Which CSS property would you use to change…?           the question: the post's first line that asks
    Jayden Morris   10:44 / is it font-color                a pupil's comment: not the answer
    Mr Okafor   10:51 / … the answer is color (…)           the poster's comment that says the answer

The stream's other posts (an assignment, an announcement, a material) ask nothing. The walker
(`questions._Finder`) mixes this in.
"""

from __future__ import annotations

import re

from app.services.documents.answer_lines import given_answer
from app.services.documents.blocks import Block
from app.services.documents.findings import normal
from app.services.documents.found import Question
from app.services.documents.question_lines import ANSWER_LINE, asks

QUESTION_POST = re.compile(
    r"^(?P<who>[^\W\d][\w .'’-]{0,40}?)\s+posted\s+a\s+(?:new\s+)?question\b", re.IGNORECASE
)
ANY_POST = re.compile(
    r"\bposted\s+a\s+(?:new\s+)?(?:assignment|material|announcement|question|quiz)\b", re.IGNORECASE
)
# A comment's header: the commenter's name and when ("Jayden Morris 10:44", "Leo Barnes 4 Dec", "Mr Okafor Yesterday").
COMMENT_HEADER = re.compile(
    r"^(?P<who>[^\W\d][\w .'’-]{0,40}?)\s+(?:\d{1,2}:\d{2}(?:\s*[ap]m)?|\d{1,2}\s+[A-Z][a-z]{2,8}"
    r"|yesterday|today)$",
    re.IGNORECASE,
)
# "… the answer is color (American spelling!)": what the teacher says the answer is, up to the sentence's end.
SAYS_ANSWER = re.compile(
    r"\bthe\s+(?:right\s+|correct\s+)?answer\s+(?:is|was)\s*:?\s*(?P<answer>[^.!?()]+)", re.IGNORECASE
)
MAX_LINES_TO_QUESTION = 4  # the post's header, its time and perhaps a title before the question


class PostedQuestions:
    """The class-stream half of the question walker."""

    poster: str = ""  # who posted the question being read
    post_lines: int = 0  # lines read since its header, while its question is still to come
    posted: Question | None = None  # the post's question, while its comments are read
    by_poster: bool = False  # the comment being read is the poster's

    def stream_post(self, block: Block) -> bool:
        """Whether the line is part of a question post: its header, its question, a comment's header or the
        poster's comment that gives the answer."""
        text = block.text.strip()
        post = QUESTION_POST.match(text)
        if post or ANY_POST.search(text):
            self.poster, self.posted, self.by_poster = normal(post["who"]) if post else "", None, False
            self.post_lines = 0
            return bool(post)
        if self.poster and self.posted is None:
            return self.post_question(block)
        if self.posted is None:
            return False
        header = COMMENT_HEADER.match(text)
        if header:
            self.by_poster = normal(header["who"]) == self.poster
            return True
        if self.by_poster and not self.posted["answer"]:
            said, line = SAYS_ANSWER.search(text), ANSWER_LINE.match(text)
            answer = said["answer"] if said else given_answer(text) or (line["text"] if line else "")
            if answer.strip():
                self.give(self.posted, answer.strip())
                return True
        return False

    def post_question(self, block: Block) -> bool:
        """The post's first line that asks is its question; a post that asks nothing soon is left."""
        self.post_lines += 1
        if self.post_lines > MAX_LINES_TO_QUESTION:
            self.poster = ""
            return False
        if block.kind == "heading" or not asks(block.text):
            return False
        self.ask(0, block.text, block.where, block.text)  # unnumbered: no numbered answer is for it
        self.posted, self.current = self.current, None
        if self.posted is None:
            self.poster = ""
        return True
