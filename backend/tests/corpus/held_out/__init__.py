"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The seventeenth set, written blind on 2026-12-07 (the sixteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered. Scored once unseen on 2026-12-07 (recall 41%,
precision 57%, objectives 7/10, titles 3/3, on topic 25/26); not tuned on.

cpu_performance_toptrumps  a Year 10 GCSE PowerPoint on CPU performance in the default layouts (a "Do Now" answered
                        in the notes, a numbered "Learning objectives" slide, an "Inside a quad-core CPU" diagram of
                        grey, blue, green and yellow shapes whose only words are the numbered labels "① Core", "②
                        Cache" and "③ Clock" with arrows, their meanings in a separate "KEY" text box under it
                        numbered ① to ③ without the words, a clock-speed slide with the word bold in a sentence and
                        "1 GHz (gigahertz) = …" as a sub-point, a "Two Content" cores slide whose key word is
                        defined only in the speaker notes, a cache slide of L1/L2/L3 sub-points, a "Which is
                        faster?" table of two CPUs and their benchmark scores, an exam question and an exit ticket
                        answered in the notes), a Word "CPU Top Trumps" card set (a department line, print-and-cut
                        instructions, numbered "How to play" rules, a "Stat | What it means | Winning card" table
                        defining two words inside the stat explanations, then after a page break nine CPU cards as a
                        3x3 table, each a bold name over "Stat: value" lines, a small-print source note) and the
                        chat of the live Teams lesson copied into a .txt ("[09:19] Name" lines over messages,
                        "(Staff)" after the teacher's name, emoji, pupils' questions answered so that two more words
                        are defined only in the teacher's chat replies, a Seneca homework link)
pseudocode_constructs_spicy  a Year 9 differentiated Word worksheet on programming constructs in pseudocode (Century
                        Gothic, a school header and a unit footer, a name/class/date line, a two-cell table with the
                        "Learning objectives" as "•" lines in the left cell beside a "Pick your challenge!" chilli
                        guide, "🌶 MILD", "🌶🌶 SPICY" and "🌶🌶🌶 HOT" sections as big bold lines rather than headings, a
                        shaded word bank box of all eight key words as bare words over a cloze passage of
                        "____________" gaps, a pseudocode-matching table, pseudocode in a Courier New box to trace
                        with an empty trace table and lettered questions, a write-your-own task with a "Hot tip"
                        defining one word as "… is called X", answer lines, and after a page break the teacher's
                        answers: the same passage completed with the filled words in bold, the filled trace table
                        and a model answer) and the Google Forms exit ticket's responses summary printed from Chrome
                        to PDF (the date and form-title print header, "Questions / Responses 27 / Settings",
                        "Summary / Question / Individual", "Insights" of average, median and range, "Frequently
                        missed questions", each quiz question with "n / 27 correct responses" and its options with
                        counts and percentages, "✓" before the right one – one right option the only meaning of a
                        key word – the points, a short-answer question's pupil answers listed, a 1–5 scale question,
                        the form's edit URL and "n/2" as the footer)
search_engines_jamboard  a Year 8 Google Jamboard on how search engines work exported to PDF (one 16:9 page a frame,
                        a heading on each, square sticky notes in Jamboard's yellow, pink, blue, green and orange
                        with centred wrapped text, the teacher's name and the aims on a sticky of "→" lines under
                        "Our aims today:", pupils' name stickies, a warm-up frame of pupils' guesses and the
                        teacher's answer, a "Key words – drag the pink meaning next to its word" frame of yellow
                        capitalised word notes with the pink meaning notes the pupils dragged beside them, one word
                        note left on the far side of its meaning and overlapping it, a crawl → index → rank frame of
                        three stickies joined by red pen-stroke arrows, a frame of pupils' ideas answered by a
                        teacher's sticky that defines two more words, an exit frame of pupils' notes and questions)
                        and a Word card sort ("Card sort: Crawl, Index or Rank?" as a bold home-made title, no file
                        title, pair instructions, a one-row table of three emoji category headers to cut out, twelve
                        lettered statement cards in a 3x4 table – two the only place a key word is defined, one as
                        "X (expansion) – meaning" and one as "A X is …" – and after a page break a "TEACHER COPY"
                        table of the cards sorted into the three columns, with a note on the arguable card)
"""
