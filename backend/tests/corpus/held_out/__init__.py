"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The sixth set, written blind on 2026-12-07 (the fifth set moved to packs/ that day): ordinary documents by a
different teacher's hand, on topics the corpus had not covered.

vector_graphics_ncce    a Teach Computing (NCCE)-style lesson: a deck ("Lesson 3: …" title slide, "Starter
                        activity" with a picture, an "Objectives" slide of "Learning objectives" bullets, key words
                        bolded inside explanation sentences, "Activity 1"/"Activity 2", "Plenary" questions whose
                        answers are only in the speaker notes, "Summary", a "Next lesson" teaser), a Word activity
                        worksheet (numbered steps, a half-filled table, a "☐ I used…" checklist), and the unit
                        overview (a "Lesson | Brief overview | Learning objectives" table for six lessons, meanings
                        in brackets inside the overviews, a bare "Key vocabulary" comma list)
sorting_exam_paper      a GCSE practice paper as a PDF (cover with instructions and a marks grid, parts 1(a) to
                        1(c)(iii), "[2 marks]" at the right, answer lines of dots, data in figure tables, an insertion
                        sort in OCR Exam Reference Language as a boxed line-numbered figure, a table to complete, an
                        "I can …" RAG checklist on the last page) and its mark scheme PDF (a Question | Answer | Marks
                        table: "1 mark for each of:", "Accept …", "Do not accept …"); terms defined only by the
                        question stems and the mark scheme
microbit_quizlet_slides a Quizlet set exported as text (term TAB definition, no title, no final newline) and the
                        Google Slides deck it goes with downloaded as .pptx (16:9, every shape a free text box named
                        "Google Shape;n;page" with titles never in a placeholder, "Learning Intention" and "Success
                        Criteria", a two-column "Vocab" table, MakeCode JavaScript in Courier New, quiz answers on the
                        next slide, model answers in the notes)
"""
