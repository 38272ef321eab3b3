"""The business rules, one package per subject. Routers call these; these never see HTTP.

accounts/    people and classes: signing in, staff and pupil accounts, classes, pupil import
ai/          talking to an AI provider: settings, client, prompts, output schemas, the usage log
analytics/   what teachers read: class results, question analysis, mastery, a pupil's record, CSV
attempts/    a pupil taking an assessment: access, start and finish, autosave, answers, their own results
authoring/   what teachers write and publish: units, assessments, questions, pictures, rubric templates
core/        machinery every subject uses: the audit log, rate limits, background jobs
documents/   lesson documents: reading uploads (pure) and a unit's stored documents and materials
generation/  drafting assessments from a unit's materials, with AI or offline, checked and repaired
lesson/      during a lesson: the live view of a class, pupils' "I need help" requests
marking/     turning answers into marks: scoring, AI suggestions, the teacher's review queue
privacy/     children's data: a pupil's data exported or erased, retention
"""
