"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-third set, written blind on 2026-12-07 (the twenty-second set moved to packs/ that day): annotated code
in callout shapes, a Parsons problem, Google Slides printed with speaker notes, cut-out bookmarks, an Edpuzzle video
lesson and marked mock-exam answers with examiner comments. Scored once unseen on 2026-12-07 (recall 62%, precision
60%, objectives 3/9, titles 3/3, on topic 33/36, questions in the documents 14/29 with 10 answered); not tuned on.

file_handling_annotated_parsons  a Year 10 GCSE lesson on Python file handling: the teacher's PowerPoint (a title
                        slide, a "Do Now" on last lesson answered in the notes, the objectives on a "What are we
                        doing today?" slide as "LO1 …" lines, a "Why files?" slide with key words bold inside
                        sentences, two "annotated code" slides – a Consolas code box with coloured callout shapes
                        round it, each joined to a line of the code by an arrow, the callouts defining open(), the
                        file modes, the newline character and close() in the teacher's words, in no reading order –
                        a mode table, the with statement and CSV files bold in sentences, a task slide, an exit
                        ticket answered in the notes, a footer box on every slide) and a Parsons-problem PDF (a
                        header strip, name and date lines, cut-out instructions, eleven lettered code strips in
                        dashed boxes, shuffled, two of them distractors, "Once it works" questions on dotted lines
                        running on to a second page, and a "TEACHER ANSWERS" page giving the order and the answers)
photo_editing_notes_bookmark  a Year 8 lesson on photo editing in Photopea: the Google Slides deck printed with "1
                        slide with notes" and saved as PDF (A4 portrait, each page a framed 16:9 slide in the top
                        half – a title, a few words, a drawn picture or a tool table – and the speaker notes in
                        plain type under it, where most meanings are: layer, airbrushing and composite image defined
                        only in the notes; a "Real or fake?" starter answered in the notes, a "Big question" and "In
                        this lesson you are going to:" objectives, a "Tool | Shortcut | What it does" table, a slide
                        whose only words are a slogan while the notes give its key word, numbered task steps, an "OK
                        or not OK?" plenary, an exit ticket answered in the notes, a page number) and a Word sheet
                        of key-word bookmarks to print and cut out (landscape, a 1x3 table of dashed cells each
                        holding the same bookmark: an emoji heading, "word – meaning" lines, one word found nowhere
                        else, a name line; after a page break the bookmarks' backs, a "☐" checklist repeated three
                        times)
sdlc_edpuzzle_marked_answers  a Year 10 GCSE lesson on the software development life cycle, waterfall and agile: an
                        Edpuzzle video lesson saved from the teacher's preview as HTML (the app's top bar and
                        breadcrumb, the assignment's classes, dates and settings, the YouTube video's title, channel
                        and length, the teacher's description holding the objectives as "After this video you will
                        be able to:" then "– …" lines in a <p> with <br>s, then the video's timeline of items each
                        with a "mm:ss" time: notes defining key words, some in bold, an audio note with no words,
                        multiple-choice questions with the right option marked by a class and a "✓" – one key word
                        defined only in the right option's feedback – open-ended questions with a "Sample answer",
                        the class's progress figures, footer and scripts) and a Word sheet of marked mock-exam
                        answers (a school header and footer, the six-mark question in a shaded box, two candidates'
                        answers cut into a two-column "Candidate's answer | Examiner's comment" table with ✓/✗ and
                        the examiner's comments in red the only place two key words are defined, "WWW/EBI" lines,
                        the levels mark scheme as a table and the indicative content as bullets, a bare "Key words
                        to use" line, a "Now you try" question on dotted lines)
"""
