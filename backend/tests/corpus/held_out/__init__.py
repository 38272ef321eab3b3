"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

(the fourth set moved to packs/ on 2026-12-07; a fifth set written blind goes here)
"""
