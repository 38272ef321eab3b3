"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

networks_slides_pdf     a deck saved as PDF from PowerPoint (16:9 pages, one big word and its meaning a page,
                        "Today we will…" objectives) and a "Keyword wall" slide of small "Term: meaning" boxes
python_selection_obsidian  an Obsidian note (.md: YAML front matter, [[wikilinks]], "> [!abstract]" callouts, key
                        words as "Term:: meaning", a ticked task-list lesson flow) and a true/false worksheet with
                        emoji bullets and "predict the output" Python
spreadsheet_formulas_review  a Word plan with tracked changes and comments, its objectives a multilevel numbered
                        list (1., 1.1.); flash cards with the key word on one page and its meaning on the next
"""
