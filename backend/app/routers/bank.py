"""The question bank: search every question you can see (with anonymous statistics from past use), copy some
into one of your drafts, and save a question to the bank."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query

from app.deps import CurrentTeacher, SessionDep
from app.schemas.bank import BankAdded, BankAddIn, BankPage, BankSaved, BankSaveIn, BankSearch
from app.services.bank import copying, search

router = APIRouter(prefix="/bank", tags=["question bank"])


@router.get("/questions", response_model=BankPage)
async def search_bank(query: Annotated[BankSearch, Query()], session: SessionDep,
                      teacher: CurrentTeacher) -> BankPage:
    """Questions of the assessments you can see (admins: all), newest first, matching every filter given; each
    with how it went in past use across every class (how many answered, right first time, discrimination,
    average time, hint use), with no pupil named."""
    return await search.search(session, user=teacher, query=query)


@router.post("/add", response_model=BankAdded, status_code=201)
async def add_to_assessment(body: BankAddIn, session: SessionDep, teacher: CurrentTeacher) -> BankAdded:
    """Copy bank questions to the end of one of your drafts; each copy remembers the question it came from."""
    return await copying.add_to_assessment(session, user=teacher, data=body)


@router.put("/questions/{question_id}/saved", response_model=BankSaved)
async def save_to_bank(question_id: uuid.UUID, body: BankSaveIn, session: SessionDep,
                       teacher: CurrentTeacher) -> BankSaved:
    """Save one of your questions to the bank (with tags to find it by): it stays in the bank even after its
    assessment is deleted."""
    return await copying.save(session, user=teacher, question_id=question_id, data=body)


@router.delete("/questions/{question_id}/saved", response_model=BankSaved)
async def remove_from_bank(question_id: uuid.UUID, session: SessionDep, teacher: CurrentTeacher) -> BankSaved:
    """Take a question out of your saved ones (it stays in the bank while its assessment exists)."""
    return await copying.unsave(session, user=teacher, question_id=question_id)
