"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-third set moved to packs/ on 2026-12-07 to be tuned on; the twenty-fourth set is being written blind.
"""
