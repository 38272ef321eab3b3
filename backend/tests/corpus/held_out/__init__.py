"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-first set moved to packs/ on 2026-12-07 to be tuned on; the twenty-second set is being written blind.
"""
