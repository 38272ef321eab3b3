"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The fifteenth set, written blind on 2026-12-07 (the fourteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered.

charts_impress_quizizz  a Year 8 LibreOffice Impress deck on spreadsheet charts and graphs saved as .pptx
                        (LibreOffice named as the application, Impress's layout and placeholder names – "Title,
                        Content", "PlaceHolder 1" – a starter answered in the notes, an "Aims" slide, two "Vocab"
                        slides each a table of four words across the top row with their meanings in the row beneath,
                        a slide per chart type that is a wordless chart picture and a "Best for…" caption, a
                        lettered "Which chart?" slide answered in the notes, numbered how-to steps, a task and a
                        plenary) and the Quizizz quiz for the next lesson exported as text (quiz details, "Question
                        n (Multiple Choice) – 30 seconds – 1 point" blocks, "Answer choices:" a) to d) with
                        "(correct)" after the right ones, a fill-in-the-blank with "Accepted answers:", a checkbox
                        question with two correct, an open-ended question with a "Sample answer:", the export
                        footer)
printing3d_footnotes_podcast  a Year 9 Word reading sheet on 3D printing whose key words carry real Word footnotes
                        (superscript reference marks after the words in the article, the meanings only in the
                        document's footnotes part, some written "Word: meaning" and some as the meaning alone), a
                        school header and recycling footer, a name/form/date line, numbered "Lesson outcomes", a "3D
                        printing vs injection moulding" comparison table, six numbered questions on lines and a
                        "Challenge"; and the department's revision podcast script as a .txt (episode details, HOST
                        and GUEST lines, stage directions and timestamps in square brackets, three more key words –
                        slicer, infill, supports – defined only in the guest's speech, a quick-fire quiz read aloud
                        with each answer after a "[PAUSE]", the sign-off and a Teams location line)
quantum_infographic_email  a Year 9 "Computing futures" one-page infographic on quantum computing for beginners made
                        in Canva and downloaded as PDF (a dark banner with the title and a strapline that defines a
                        quantum computer, eight coloured rounded tiles in a 2x4 grid, each a drawn line icon, a
                        capitalised heading and a short caption – six of them key words with the caption as the
                        meaning, two of them facts – a yellow "QUANTUM ADVANTAGE = …" strip and a credits line) and
                        the lesson plan emailed to the department, copied out of Outlook into a .txt (From/Sent/To/
                        Cc/Subject lines, "Hi all", "LOs:" as "- To …" lines, a "Plan:" of "•" timed steps with "o"
                        sub-points, the key words for the board as a bare comma list with one meaning in brackets, a
                        resources line with links, a signature with pronouns and the school's disclaimer)
"""
