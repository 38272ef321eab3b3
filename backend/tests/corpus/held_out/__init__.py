"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The fifth set, written blind on 2026-12-07 (the fourth set moved to packs/ that day):

hexadecimal_forms_quiz  a Microsoft Forms quiz printed from the browser to PDF (date/title header and URL/page
                        footer, "* Required", "(1 Point)", ○ options, objectives and key words typed into the form's
                        and a section's description, a "Which class are you in?" question) and a Word answer key
caesar_cipher_canva     a Canva deck downloaded as a 16:9 PDF (letter-spaced capital headings, free-placed text,
                        "TODAY WE WILL…" pills, key-word cards whose six words come before their six meanings) and
                        a Word extension sheet with a Caesar cipher in Python and teacher answers
ai_bias_onenote         a OneNote Class Notebook section exported to Word (page titles with date and time lines,
                        To Do tags as tick-box pictures, vocabulary as an indented bullet outline, "Pasted from
                        <…>", a teacher-only answers page) and a Word poster task made only of floating text boxes
                        and shapes
"""
