"""Drafting an assessment from a unit's materials: the background job (`job`), the materials fitted to a prompt
(`materials`), the AI path (`ai_generator`) and the offline one (`offline`, `offline_words`,
`offline_computing`), quality checks and mechanical repair (`quality`, `repair`), and regenerating one question
(`regenerate`). A question travels through all of them as a `draft_question.DraftQuestion`."""
