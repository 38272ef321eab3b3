"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

storage_revision        a two-column PDF revision sheet with a key-terms box and an exam question
logic_gates_tables      a deck whose terms are in slide tables and whose objectives and plan are speaker notes
python_loops_organiser  a knowledge organiser: a Word table used as a two-column page layout, Python code
"""
