"""Turning answers into marks: the question engine's mark stored on an answer and attempt totals (`scoring`),
AI suggestions for written answers (`ai_suggestions`), and the teacher's review queue and release
(`review_queue`)."""
