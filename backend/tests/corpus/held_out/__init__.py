"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-fifth set, written blind on 2026-12-07 (the twenty-fourth set moved to packs/ that day): a Year 10
binary-arithmetic deck animated with Morph and its "I do, We do, You do" sheet (binary_addition_morph), a Year 8 CSS
lesson as a curriculum site's teacher guide, a printed Google Classroom stream and a starter project's README
(css_classroom_stream), and a Year 7 password-security whodunnit case file with its detective's notebook
(passwords_whodunnit). Scored once unseen on 2026-12-07 (recall 62%, precision 75%, objectives 9/9, titles 2/3, on
topic 34/36, questions in the documents 11/22 with 10 answered); not tuned on.

binary_addition_morph   a Year 10 GCSE PowerPoint on binary addition, overflow and binary shifts whose worked
                        examples are built with the Morph transition (the <p:transition> PowerPoint writes, in
                        mc:AlternateContent with a fade fallback, on each step slide; every digit its own "!!"-named
                        Consolas text box, so the title, both numbers and the digits already worked come again on
                        each of five addition steps, two overflow steps and two left-shift steps, while red carry
                        digits, result digits and the caption change), a title slide, a "Do Now" and an exit ticket
                        answered in the notes, "LO1 … LO3" objectives, a rules table with a key word bold in a free
                        text box under it, key words bold inside sentences in the captions and in "Title and
                        Content" bullets, an exam question answered in the notes) and a landscape Word "I do, We do,
                        You do" sheet (a header and footer, a Title-style heading, a name line, a four-row table of
                        faded worked examples – I do worked in full, We do half done, You do the numbered questions
                        Q1–Q4 – one key word bold inside an I do cell, a "Challenge Q5" after the table, an emoji
                        confidence line by LO, the teacher's answers after a page break)
css_classroom_stream    a Year 8 lesson on styling web pages with CSS: a curriculum site's teacher lesson plan saved
                        from the browser as HTML (a "saved from url" comment, analytics script, site navigation, a
                        unit strip of numbered lesson bubbles, "Question of the Day", an "Agenda" aside of timed
                        anchor links, "Students will be able to:" objectives, "Preparation" and "Links" with a
                        "Heads Up!", a "Vocabulary" list of "<strong>word</strong> - meaning" items, a "Teaching
                        Guide" of Warm Up / Activity / Wrap Up with "Prompt:", a teacher-only "Discussion Goal",
                        "Remarks" to read aloud, a "Teaching Tip" aside that is the only place one word is defined,
                        CSS and escaped HTML in <pre><code>, two "Question:" items under "Check for Understanding"
                        with no answers, a licence footer and scripts), the class's Google Classroom stream printed
                        from Chrome to PDF (date and title print header, URL and "n/2" footer, the class banner,
                        class code, "Upcoming", "Announce something to your class", post cards newest first: a
                        question post answered only in the teacher's class comment, an assignment with due date,
                        attachments and comments, an announcement of words to copy that is the only place one word
                        is defined, an older material) and the README.md of the remixed starter project (the
                        template's own "Hello Website" text and "← file" lines left in above a rule, then the
                        teacher's task: one word bold in a sentence, numbered steps, a fenced css block with gaps,
                        "Stuck?" bullets, a "- [ ]" list)
passwords_whodunnit     a Year 7 password-security "whodunnit": a case file made in Publisher and saved as a
                        six-page PDF (no automatic page flow, a department line, a dark "CASE FILE #7" banner,
                        detective and partner lines, "THE CRIME" story, the objectives as a lower-case "YOUR
                        MISSION" list, numbered "HOW TO PLAY" steps, four suspect cards in a 2 × 2 grid with mugshot
                        boxes, eight dashed evidence cards two a row over two pages – a login log, a photo caption,
                        a lock-screen message, a phishing email, a search history, a witness statement, the
                        technician's report, a training register – with every key word defined only inside a card's
                        "FORENSICS NOTE:", the witness's words or the report, six numbered "CASE QUESTIONS" on
                        lines, a bordered accusation box, and a red "SOLUTION – TEACHER ONLY" page answering the
                        questions by number) and the Word "Detective's notebook" (no file title, a header and
                        footer, an emoji Title, a name line, an evidence-log table whose first row is the teacher's
                        italic example, a suspect grid, a "Password lab" whose introduction is the only place
                        passphrase is defined, a crack-time table to rank, one question on a line, a shaded
                        accusation box, a "☐" checklist)
"""
