"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-second set, written blind on 2026-12-07 (the twenty-first set moved to packs/ that day): a Jupyter
notebook, real SmartArt, PDF annotations, Google Docs Markdown and a Wordwall printable. Not yet scored.

digital_divide_wordwall a Year 8 lesson on the digital divide: the teacher's plan written in Google Docs and
                        downloaded as Markdown (Google's export – a "# " title, "\\-", "1\\." and "\\&" escapes, bold
                        run-in labels, a two-column header table whose "Learning objectives" cell holds the three
                        numbered objectives joined by "<br>" under a "Big question" row, the key vocabulary as a bare
                        comma list in another cell, "Teacher subject knowledge" prose defining two words bold inside
                        sentences, a "Time | Activity | Resources" plan table, an exit ticket with its answers, a
                        pasted picture as a "![][image1]" reference whose base64 data URI ends the file), a Wordwall
                        "Match up" printable saved as PDF (the title and template name, six numbered word boxes down
                        the left, six lettered meanings shuffled down the right, a wordwall.net footer, an answer-key
                        page of "1 – B" pairs, the only thing tying a word to its meaning) and a Word "Diamond 9" card
                        sort (no file title, a header, a name line, nine cards in a 5 × 3 table laid out as a diamond
                        with empty corner cells, one card the only place "not-spot" is defined, a shaded "Did you
                        know?" box, lines to explain the top card and a stretch question)
open_source_smartart_kami  a Year 10 GCSE lesson on open source and proprietary software: the teacher's
                        PowerPoint whose key words are only in two real SmartArt graphics (a graphic frame pointing
                        at the diagram's data, layout, quick-style, colours and drawing parts, the words and meanings
                        only in the data part and PowerPoint's cached drawing, never in a slide shape: a "Vertical
                        Bullet List" of word over meaning, a "Basic Block List" of "WORD = meaning" blocks), a "Do
                        Now" answered in the notes, a "Big question" slide with "By the end of this lesson you will:"
                        "•" points in a free text box, a comparison table, a "Which licence?" scenario slide answered
                        in the notes, an eight-mark exam question and a return to the big question; and a pupil's
                        mock answer to that question marked in Kami and exported to PDF (the answer typed in a narrow
                        column, the teacher's marking only in PDF annotations – highlights carrying comments, comment
                        sticky notes, a free-text "WWW / EBI" box with the level – one sticky note the only place
                        freeware is defined), the levels of response as a table and a numbered DIRT task on page 2
python_strings_notebook a Year 10 GCSE lesson on string manipulation in Python: the teacher's Jupyter notebook
                        exported to HTML by nbconvert (JupyterLab's stylesheet, require.js and MathJax in the head,
                        every cell a nest of "jp-" <div>s, Markdown cells rendered with "¶" anchor links, code
                        highlighted by Pygments into a <span> a token with "In [n]:" prompts, outputs in <pre>, a
                        printed line then a red TypeError traceback of ANSI colour spans, an IndexError traceback,
                        empty "In [ ]:" task cells, the objectives a numbered list after "By the end of this notebook
                        you will be able to:" with <code> inside, key words bold inside Markdown sentences – "… is
                        called **index**", "The part you take out is called a **substring**" – one only in a code
                        comment "# CASTING = …", an index table, exam-style questions without answers in the last
                        cell) and a Word sheet of Parsons puzzles (a header and a file-path footer, a name line, an
                        emoji title, three puzzles of lettered code strips in Courier New shuffled in tables with one
                        distractor line each, a bare "Words to use" line, "Explain it" questions, and after a page
                        break red "TEACHER ANSWERS" giving the strip orders and short meanings)
"""
