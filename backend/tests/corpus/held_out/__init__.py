"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The fourteenth set, written blind on 2026-12-07 (the thirteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered.

copyright_keynote_bingo  a Year 8 Apple Keynote deck on copyright and Creative Commons exported to PowerPoint (20 x
                        11.25 inch slides, layouts and placeholders keeping Keynote's names – "Title & Bullets",
                        "Title - Top", "Body Level One" – titles in placeholders but everything else in grouped free
                        text boxes, a "Starter" question answered in the notes, a "Learning goals" slide, key words
                        as "What is X?" questions each answered "X is…" in the same group, three to a slide, a
                        Creative Commons licence-icon grid of pictures and captions, a lettered "Can I use it?"
                        scenario slide answered in the notes, a "TASL" credit slide with sub-points, a task) and a
                        Word vocabulary bingo card (a 3x3 grid of capitalised words, the rules, a teacher's note,
                        and after a page break the caller's clues as numbered "I am…" riddles, each ending with its
                        word in brackets)
io_devices_padlet       a Year 7 class Padlet wall on input and output devices saved as a landscape PDF (the wall's
                        title, the teacher's name and post count, a description holding the lesson's "LO:" aims run
                        together with " · ", four "Shelf" columns of post cards: the teacher's pinned key-word
                        posts, each the word as the post title and its meaning as the body, then pupils' posts with
                        names, "2d" ages, heart and comment counts and the teacher's replies, a wrong post corrected
                        in a reply, one word defined only in a reply, a link post, the longest column running on to
                        a second page, the padlet.com footer) and a landscape Word knowledge-retrieval grid (a 4x4
                        table of numbered questions shaded green, amber and red for 1, 2 and 3 points, "Target: 20
                        points", a score box, the answers in the same grid after a page break)
ui_design_hyperdoc      a Year 9 Google Docs "HyperDoc" on user-interface design published to the web and saved as
                        HTML (the "Published using Google Docs" banner, generated "c12"-style classes in a style
                        block, every link wrapped in a google.com/url?q= redirect, "🎯 Learning objectives" as "I
                        can…" bullets, a seven-row "Step | Click here | What you do" table from ENGAGE to EXTEND
                        whose EXPLORE cell defines each kind of interface in a sentence of its own – "GUI stands
                        for…", "In a command-line interface (CLI) you…", "Most GUIs are WIMP: …" – a "Stuck?" line,
                        the "Report abuse · Updated automatically every 5 minutes" footer and a script) and the Word
                        design brief its APPLY step links to (a school header and motto footer, a client's request
                        in a Quote paragraph, numbered task steps, a text-wrapped floating text box down the right
                        margin headed "DESIGN WORDS" holding the design key words as bold "word:" and meaning, a
                        wireframe sketch picture, an "Annotate it!" list, and a pupil-facing "Before you hand in,
                        check:" list of "☐" points)
"""
