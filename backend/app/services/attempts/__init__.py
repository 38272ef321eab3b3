"""A pupil taking an assessment (what they may take, starting, autosave, answers, finishing) and seeing their own
work; a teacher's levers on attempts: hand in, reopen, extensions, and the automatic hand-in when time is over."""
