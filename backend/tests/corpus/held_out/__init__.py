"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The ninth set, written blind on 2026-12-07 (the eighth set moved to packs/ that day): ordinary documents by yet
another teacher's hand, on topics the corpus had not covered.

iot_section_slides      a Year 8 teacher's own PowerPoint on the Internet of Things mixing layouts (a "Section
                        Header" slide before each of the three parts, key words brought in one a slide as a big
                        capitalised "WORD" text box with a clip-art picture and a one-sentence caption under it,
                        "Match the word to its meaning" as two text boxes in shuffled order answered in the notes,
                        a "True or false?" slide answered in the notes, a "3-2-1" plenary, a leftover file title)
                        and a two-page Word worksheet (a word bank table above a "____" fill-the-gaps paragraph, an
                        extension question, then an extended-writing question with a "☐" success-criteria
                        checklist and lines)
characters_revision_guide  a chapter of a published GCSE revision guide on representing characters as a PDF (two
                        columns that flow across pages numbered from 42, a running header with the chapter name,
                        an "In this chapter you will learn to:" opener in lower case, key words bold and defined
                        inside the sentence, a code table and an ASCII/Unicode table, shaded "Key point", "Exam
                        tip" and "Worked example" boxes, the example a calculation of a text's size, "Test
                        yourself" questions with marks, their short answers on a last "Answers" page) and the
                        teacher's one-page homework slip setting it
functions_scheme_handouts  a Year 9 scheme of work on Python subroutines exported from a spreadsheet as quoted
                        comma-separated text in a .txt (a title row above "Week","Lesson title","Learning
                        objectives","Key vocabulary","Resources", several objectives in one cell split by line
                        breaks, vocabulary as a comma list with some meanings in brackets, empty rows and a note)
                        and the first lesson's slides printed from PowerPoint to PDF as handouts (three framed
                        slides a page with lines for notes beside them, "LO1:" objectives, "Term – meaning" key
                        words, Python in a monospace font, a Do Now, a predict-the-output slide and a plenary)
"""
