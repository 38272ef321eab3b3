"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The eighth set, written blind on 2026-12-07 (the seventh set moved to packs/ that day): ordinary documents by yet
another teacher's hand, on topics the corpus had not covered.

debugging_oak_pdfs      an Oak National Academy-style lesson downloaded as PDFs: the slide deck (16:9 pages, a
                        title page, a "Lesson outline" of two learning cycles shown again before each, a
                        "Keywords" page of bold word and meaning, "Check for understanding" multiple choice and
                        true/false pages with the right option ticked, "Task A"/"Task B" with Python in a grey box
                        and "feedback" pages giving the answers, a "Summary"), the "Lesson details" PDF (the lesson
                        outcome as the only objective, "Key learning points", "Keywords" as "**word** - meaning",
                        "Common misconception", "Teacher tip", equipment and licence lines) and the exit quiz PDF
                        with the answers ticked and a matching question
environment_word_booklet  a department's Word booklet for three lessons on technology and the environment (a cover
                        page, Heading 1 a lesson, "Learning objectives" bullets, a boxed "Do Now" of retrieval
                        questions, the first lesson's on last year's hardware unit, a "Word | Meaning" vocabulary
                        table, reading paragraphs with bold key words and one meaning in brackets, "☐" tasks, a
                        shaded "Reflection" box, the Do Now answers at the back, a school header and footer) and a
                        plain-text YouTube transcript ("[02:15]" timestamps, "[Music]", speech without punctuation,
                        a key word defined only in the speech, the channel's sign-off)
js_variables_moodle     a Moodle "Page" saved from the browser as HTML (navigation bar, course index drawer listing
                        other topics, breadcrumbs, "Mark as done" and dates, <strong> key words in paragraphs,
                        JavaScript in <pre><code>, an ordered list of console steps, a YouTube iframe, "Check your
                        understanding" answers in <details>, "Jump to..." menu, footer and scripts) and the
                        teacher's PowerPoint from the school template (layouts and placeholders renamed "KA Do Now",
                        "Lesson Title", "Left Box"…, a crest and strapline on the slide master only, a Do Now on the
                        last topic answered in the notes, a "Keywords" slide as a "Keyword | Meaning" table, code in
                        Consolas text boxes beside an empty placeholder, an exit ticket answered in the notes)
"""
