"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-fifth set is being written blind (the twenty-fourth set moved to packs/ on 2026-12-07).
"""
