"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The thirteenth set, written blind on 2026-12-07 (the twelfth set moved to packs/ that day): ordinary documents by three
more teachers' hands, on topics the corpus had not covered.

fake_news_nearpod       a Year 8 Nearpod lesson on fake news and evaluating sources saved from the teacher's preview
                        as HTML (the Nearpod top bar with the join code, slides as <div>s carrying their activity
                        type and a "n / 11" counter, a "Lesson objectives" slide of "Students will be able to:"
                        bullets, a poll, a "Matching Pairs" activity whose card pairs give four key words and their
                        meanings, a content slide defining a word in a <strong> sentence, a YouTube video slide, the
                        SIFT steps as an ordered list, an open-ended question, a "Time to Climb" quiz with the right
                        option marked by a class and a "✓", a "Draw It" slide, a Teams link, footer and scripts) and
                        the Word worksheet that goes with it (a school header and footer, name/class/date line, one
                        "Objective:" line repeating the Nearpod's third, a two-column table whose narrow yellow left
                        column is a "KEY WORDS" sidebar of bold words with each meaning in smaller type on the line
                        under, the tasks in the right column: three headlines to check, a nested SIFT table, a
                        written task on lines and an extension)
computer_history_whiteboard  a Year 7 PowerPoint on the history of computers (a title slide, an "Odd one out"
                        starter of four coloured shapes answered in the notes, a "What are we learning today?"
                        objectives slide, dated timeline slides bolding each key word inside a sentence, a "Then and
                        now" table slide, a "Define it in 5 words!" plenary of word boxes whose five-word model
                        answers are only in the notes) and the Promethean ActivInspire flipchart the class worked on,
                        exported to PDF (4:3 pages with a grey page number, the teacher's writing in a
                        handwriting-like oblique font, some labels slightly rotated, a timeline of year labels
                        floating above and below a drawn line with boxed invention labels dragged beside them, a "Key
                        words" page of boxed floating words with their meanings written beside, before or under them
                        and joined by drawn lines, one meaning given as "(= microchip)", pupils' names on their
                        comments, a numbered exit ticket with the class's answers written under each in green)
file_management_clock   a Year 7 file management "revision clock" drawn in Publisher and saved as an A4 landscape
                        PDF (a school line, name line and instructions, a clock face of twelve segments with
                        "0–5"-style minute labels and the topic in the middle, twelve boxed notes placed round it in
                        clock order, each "0–5 mins: heading" over the teacher's example notes, key words given as
                        "X = …", "X – …", "… is called X" and "… = the X", file types as extension lists, a "Mr
                        Hughes' example" sticker, an "After revising, tick what you can do:" list of "☐ I can…"
                        objectives in a corner) and a Word "What does a 6-mark answer look like?" sheet (a header, a
                        "Learning objective:" line, the question in a shaded box, a model answer whose paragraphs
                        carry the teacher's bracketed comments in red bold after each point, one key word bolded and
                        defined inside the answer, a "Why this gets full marks" bullet list, a "Common mistakes"
                        table, a "Now you try" question with answer lines)
"""
