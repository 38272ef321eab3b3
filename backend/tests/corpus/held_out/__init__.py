"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The seventh set, written blind on 2026-12-07 (the sixth set moved to packs/ that day): ordinary documents by yet another teacher's hand, on topics the
corpus had not covered.

compression_default_slides  a plain PowerPoint deck in the default layouts ("Title and Content" bullets with
                        sub-bullets, a "Keywords" slide of "Term – meaning" bullets with one typed hyphen, an
                        objectives slide ending in a non-objective "– copy them" line, a "Two Content" RLE slide,
                        a "Comparison" slide of lossy against lossless, three "A) … D)" quiz slides each answered
                        on the next slide, answers in the notes) and a Word homework sheet (a reading passage, a
                        shaded word bank box, numbered comprehension questions with marks and answer lines)
cloud_gdocs_organiser   a knowledge organiser written in Google Docs and downloaded as .docx (Arial, tables with
                        borders and no table style, "Keyword | Definition | Example" with blank examples, a shaded
                        "Big questions" box, "•" pros and cons, a key-dates timeline as years over events, Python in
                        a Roboto Mono table cell, one key word defined in brackets in a paragraph) and a one-page
                        retrieval quiz printed from Word to PDF (ten numbered questions on dotted lines, the
                        answers printed upside down at the foot of the page)
python_lists_replit     a GitHub Classroom README for a Replit assignment (the due-date badge, "## Learning
                        objectives", setup steps, fenced ```python blocks, "### Key terms" as "**term**: meaning"
                        lines, a "- [ ]" task checklist, numbered check-your-understanding questions) and the
                        plan sent to a cover teacher, copied out of an Outlook reply into a .txt ("LO:" lines,
                        "0-5 mins" timings, starter code, the answers, a signature and the quoted original)
"""
