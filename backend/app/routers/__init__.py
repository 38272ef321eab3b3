"""Every API router, mounted under /api by main.py. One line per area."""

from fastapi import APIRouter

from app.routers import (
    access,
    admin,
    analytics,
    assessments,
    auth,
    bank,
    classes,
    documents,
    exchange,
    generation,
    jobs,
    lesson,
    live,
    marking,
    media,
    ops,
    paper,
    pupil,
    rubrics,
    sharing,
    sso,
    two_factor,
    units,
)

api_router = APIRouter()
# The pupil's routes first: a request is matched against the routes in order, and a class autosaving is by far
# the busiest traffic (matching past every other router cost more than a third of a millisecond per save).
api_router.include_router(pupil.router)
api_router.include_router(ops.router)
api_router.include_router(auth.router)
api_router.include_router(sso.router)
api_router.include_router(two_factor.router)
api_router.include_router(units.router)
api_router.include_router(documents.router)
api_router.include_router(classes.router)
api_router.include_router(admin.router)
api_router.include_router(media.router)
api_router.include_router(jobs.router)
api_router.include_router(generation.router)
# Before assessments: its /assessments/import... paths must not be read as an assessment id.
api_router.include_router(exchange.router)
api_router.include_router(sharing.router)  # before assessments too: /assessments/shared is not an assessment id
api_router.include_router(assessments.router)
api_router.include_router(lesson.router)
api_router.include_router(paper.router)
api_router.include_router(analytics.router)
api_router.include_router(marking.router)
api_router.include_router(rubrics.router)
api_router.include_router(bank.router)
api_router.include_router(access.router)
api_router.include_router(live.router)
