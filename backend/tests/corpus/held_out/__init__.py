"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The tenth set, written blind on 2026-12-07 (the ninth set moved to packs/ that day): ordinary documents by yet
another teacher's hand, on topics the corpus had not covered.

cookies_bitesize_revision  a BBC Bitesize-style revision guide on cookies and online tracking saved from the
                        browser as HTML (the site's navigation, a "Part of" breadcrumb, "Revise / Test" tabs, "Page 1
                        of 3" guide pages in one file, shaded "Key points" panels, <strong> key words inside
                        paragraphs, a "Glossary" list at the foot, a "Test section" quiz saved after a pupil
                        submitted it, each question showing the pupil's pick and "Correct answer:") and the homework
                        set on Microsoft Teams copied into a .txt ("Learning intentions:" lines, numbered steps, a
                        rubric pasted as tab-separated rows, reference links and the class conversation)
accessibility_callout_slides  a Year 8 PowerPoint on accessible web design (a "Do Now" of five retrieval questions
                        on the last lesson answered in the notes, "To …" objectives, each key word in a yellow
                        "KEY WORD" callout shape beside the body text that defines it, a "Keywords" slide that is
                        only a screenshot of a "Keyword | Meaning" table, one word defined in the picture alone) and
                        the exit ticket on Google Forms copied from the preview into a .txt (email, name and class
                        questions first, "1 point" lines, unlettered options one a line, "Your answer", the footer)
blockchain_exam_practice  a Year 10 Word "Exam Question Practice" sheet on cryptocurrency and blockchain (a bold
                        home-made title, "☐ I can…" statements, a key-terms box listing words only, "[3]" questions
                        with dotted answer lines, each followed by a shaded "Answer | Marks" mark scheme table with
                        "(1)" points and "Max 3", a six-mark "Discuss" question with a PEEL writing-frame table and a
                        levels mark scheme with indicative content) and an A4 key-words poster made in Publisher and
                        saved as PDF (a banner, terms in coloured rounded boxes scattered over the page and drawn out
                        of reading order, one box tilted, a "Did you know?" star)
"""
