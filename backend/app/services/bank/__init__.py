"""The question bank: every question of every assessment a teacher can see (`scope`), found by words and filters
with anonymous statistics from past use (`search`, `statistics`), copied into a draft or saved to the bank (`copying`)."""
