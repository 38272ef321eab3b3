"""Paper versions of an assessment, for a pupil who needs one or a day the network is down.

The pupil version is built from the same pupil views the screens use (app.question_types pupil_view), so it can
never hold more than a pupil's browser is sent; only the answer key adds each type's answer_key. The page
web/teacher/print.html lays both out for the browser's print dialog."""

from __future__ import annotations

import math
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from app import question_types as engine
from app.models import Question, User
from app.schemas.paper import Paper, PaperQuestion, PaperVersion
from app.services.authoring import assessments
from app.services.authoring.questions import option_rng

# Ruled lines left for a written answer. Generous, because handwriting takes more room than typing, and bounded
# so that one question still fits on a page (a question is never split across pages).
WORDS_PER_LINE = 10
MAX_LINES = 22


def _code_lines(code: str) -> int:
    return len(code.rstrip("\n").splitlines()) if code.strip() else 0


def writing_lines(question: Question) -> int:
    """How many ruled lines a question's written answer needs on paper (0: its form has its own spaces)."""
    config, points = question.config, max(1, question.points)
    match question.type:
        case "text_input":
            return 2 if config.get("max_length", 100) > 100 else 1
        case "extended_text":
            words = max(config.get("max_words") or 0, config.get("min_words") or 0, 40)
            return min(MAX_LINES, max(4, math.ceil(words / WORDS_PER_LINE), 2 * points))
        case "binary_convert":
            return 1 + (3 if config.get("show_working") else 0)
        case "python_code":
            return min(MAX_LINES, max(6, _code_lines(config.get("starter_code", "")) + 3 + 2 * points))
        case "code_debug":
            return min(MAX_LINES, max(4, _code_lines(config.get("buggy_code", "")) + 2))
        case _:
            return 0


def paper_question(question: Question, *, number: int, seed: int | None, version: PaperVersion) -> PaperQuestion:
    """One question as printed: its pupil view, room to write, and (in the key only) the answer and mark scheme."""
    return PaperQuestion(
        number=number,
        type=question.type,
        question_text=question.question_text,
        image_url=question.image_url,
        image_alt=question.image_alt,
        points=question.points,
        # The same order of options as Preview as pupil shows, so the paper and the screen agree.
        view=engine.pupil_view(question.config, option_rng(seed, question.id)),
        writing_lines=writing_lines(question),
        key=engine.answer_key(question.config) if version == "key" else None,
    )


async def paper(session: AsyncSession, *, assessment_id: uuid.UUID, actor: User, version: PaperVersion) -> Paper:
    """The assessment as a paper test (version="pupil": no answers anywhere) or as its answer key ("key"), for
    any teacher who may see its questions (colleagues it is shared with too: the key is for staff)."""
    assessment = await assessments.get_for_teacher(session, assessment_id, actor, questions_only=True,
                                                   with_questions=True)
    seed = 0 if assessment.randomise_options else None
    return Paper(
        assessment_id=assessment.id,
        title=assessment.title,
        version=version,
        total_points=sum(q.points for q in assessment.questions),
        estimated_minutes=assessment.estimated_minutes,
        questions=[
            paper_question(q, number=i + 1, seed=seed, version=version) for i, q in enumerate(assessment.questions)
        ],
    )
