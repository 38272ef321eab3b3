"""A pupil taking an assessment: which ones they may take, starting and finishing, autosave, answers and hints;
and what the pupil sees of their own work: the dashboard, the progress chart, the summary, results review."""
