"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-sixth set, written blind on 2026-12-07 (the twenty-fifth set moved to packs/ that day).
"""
