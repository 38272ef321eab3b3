"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

bitmap_images_plan      a department lesson-plan template (a Word table of labelled rows: All/Most/Some success
                        criteria, key vocabulary as one comma list) and a deck whose slide titles are questions
computer_law_shapes     a deck of coloured auto shapes joined by arrows to definition callouts, WALT/WILF, a Do Now
                        and an exit ticket; a Word case-study sheet titled "Document1" with a comment
sound_gdocs_worksheet   a Google Docs PDF worksheet (Key Terms table, word bank box, "______" gap paragraph,
                        numbered questions) and the Google Classroom post that set it, copied into a .txt
"""
