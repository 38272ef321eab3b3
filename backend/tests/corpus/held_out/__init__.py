"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

html_learning_mat       a Year 8 Word "learning mat" (landscape, a 2x2 table of quadrants: an HTML skeleton,
                        tags to use, questions, a challenge; objectives as one "LO: … • … • …" line) with a
                        key-word crossword whose Across/Down clues are the only definitions, and a teacher
                        answers document giving the words by clue number
scratch_maze_cover      a "cover work" sheet left for a supply teacher (details table, notes, objectives "for the
                        board", numbered tasks, answers "in case pupils ask") and the Scratch deck printed as a
                        PowerPoint handout PDF, two framed slides a page, scripts written as block text
searching_sites_mindmap  a Google Sites page saved as HTML (generated class names, collapsible key words, a Python
                        search typed line by line in Courier New, answers in collapsibles) and a revision mind map
                        exported as a tab-indented text outline
"""
