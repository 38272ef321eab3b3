"""What the teacher sees and does during a lesson: the live view of a class taking an assessment (who may need
help first, needs_help.py says why) and pupils' quiet "I need help" requests (help_requests.py)."""
