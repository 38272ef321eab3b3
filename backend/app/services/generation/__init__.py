"""Drafting an assessment from a unit's materials: the background job (`job`), the materials with their source
passages (`materials`, `passages`), the unit's topic model and key facts (`topics`, `facts`, `phrases`,
`code_language`, `unfit_text`, `teaching_text`, `topic_words`), the AI path (`ai_generator`) and the offline one
(`offline`, `offline_instructions`, `offline_words`, `offline_gaps`, `offline_sentences`, `offline_passages`,
`offline_code`, `offline_computing`, `offline_trace`), quality checks and mechanical repair
(`quality`, `repair`), and regenerating one question (`regenerate`). A question travels through all of them as a
`draft_question.DraftQuestion`, carrying the `QuestionSource` it was built from."""
