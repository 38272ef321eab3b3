"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-fourth set, written blind on 2026-12-07 (the twenty-third set moved to packs/ that day): a Year 10
protocols revision game and literacy sheet, a Year 7 Python turtle lesson, a Year 8 video-editing project. Scored
once unseen on 2026-12-07 (recall 44%, precision 71%, objectives 6/14 with 1 junk, titles 0/3, on topic 31/34,
questions in the documents 3/29 with 3 answered); not tuned on.

network_protocols_jeopardy  a Year 10 GCSE "PROTOCOL JEOPARDY!" revision deck on network protocols and layers (a
                        title slide, "LO1/LO2/LO3" objectives with a teams line, a "How to play" slide, a board slide
                        of four category shapes over twelve "100"/"200"/"300" value tiles each hyperlinked to its clue
                        slide, every clue a big shape giving a key word's meaning but never the word, an "ANSWER"
                        button linked to the answer slide that names the word only as "What is …?" with a "BACK TO
                        BOARD" button, a "DAILY DOUBLE" clue, a "FINAL JEOPARDY" pair, an empty scores table, a few
                        speaker notes) and a landscape Word literacy sheet (a department header and footer, a
                        name/date/class line, a "Literacy focus: I can…" line, a "Word | Say it | Break it down | What
                        it means | Use it in a sentence" tier-3 vocabulary table with etymology, a four-mark exam
                        question, a shaded sentence-starters box, the teacher's italic model answer with bracketed
                        "[✓ …]" marking comments, a "Now you try" question on lines)
python_turtle_primm     a Year 7 Python turtle-graphics lesson: a Word PRIMM worksheet (a unit header and a "print
                        double-sided" footer, a name/form/date line, a Title-style heading with an emoji, "I am
                        learning to:" lower-case "•" objectives, the lesson as a five-row table whose narrow shaded
                        left cells are the stages – "P Predict", "R Run", "I Investigate", "M Modify", "M Make" – and
                        whose right cells hold line-numbered Courier New code, tick boxes, numbered investigate
                        questions and lettered tasks, two key words defined only in italic "Hint:" lines inside the
                        cells, an emoji "How did you do?" line, the teacher's answers after a page break) and the
                        Google Slides deck downloaded as PDF (16:9 pages, no notes, a slide number in the corner, a
                        coloured title page with the teacher's name, a "Do Now" on last lesson answered on the next
                        page, a "By the end of today you will be able to:" page, a wordless turtle picture, a
                        "Command | What it does" table, a drawn coordinate grid, key words bold inside sentences –
                        "… is called a X", "The X is …", "This is the X: …" – a shape/sides/turn table with gaps, code
                        in a grey monospace box, Bronze/Silver/Gold/Platinum tasks, a mini-whiteboard quiz answered on
                        the next page)
video_editing_brief_captions  a Year 8 video-editing project: a two-page trailer project brief printed from Word to PDF
                        (a school header line and "Page n of 2" footer, a dark banner title, a name/form/deadline
                        line, the client's request in quotes, "SKILLS YOU WILL LEARN" as "✔" objectives, numbered
                        steps in a narrow left column beside a shaded "JARGON BUSTER" side box of four bold words
                        each over its meaning, drawn after the steps, a "Tip:" defining one word bold in a sentence,
                        a "Criteria | Working towards | Secure | Mastery" rubric table with one word defined in
                        brackets in a cell, a "☐" hand-in checklist, footage links and the teacher's email) and the
                        captions of the teacher's Clipchamp screencast downloaded as .srt and saved as .txt
                        (numbered cues, "00:00:02,505 --> …" timecodes, lower-case speech without punctuation broken
                        across cues, "[music]" and "[typing]" cues, "um"s, four key words – timeline, trimming,
                        splitting, rendering – defined only in the speech, two of them over two cues, the sign-off);
                        no questions in the documents
"""
