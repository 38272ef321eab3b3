"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-sixth set, written blind on 2026-12-07 (the twenty-fifth set moved to packs/ that day): a Year 10 GCSE
specification extract with the scheme of work built on it (social engineering), a Year 9 LaTeX Beamer deck with a
LibreOffice Writer worksheet (Python dictionaries), and a Year 8 Mentimeter results export with a printable padlock
escape room (cloud gaming). Scored once unseen on 2026-12-07 (recall 65%, precision 55%, objectives 13/16, titles
3/3, on topic 36/36, questions in the documents 15/27 with 14 answered); not tuned on.

cloud_gaming_menti_escape  a Year 8 lesson on cloud gaming: the teacher's Mentimeter presentation exported to PDF
                        after the lesson with the class's results (16:9 pages, "Go to www.menti.com and use the code
                        …" across the top of each and "Mentimeter" at the foot, a heading slide, a word cloud of the
                        games pupils play drawn at different sizes and scattered, a "Learning intentions" slide of
                        "We are learning to:" bullets, a poll drawn as bars with counts, a paragraph slide that is
                        the only meaning of cloud gaming, a how-it-works loop of boxes, arrows and "①"-numbered
                        labels, a "Words you need" slide of "word – meaning" bullets, three quiz slides headed
                        "Question n of 3" with each option's count and a "✓" before the right one – one right option
                        the only meaning of ping – a leaderboard of nicknames, an open-ended slide of pupils'
                        answers on sticky tiles and a scales slide of averages) and a Word escape room to print ("🔒
                        ESCAPE THE LAG! 🔒", a header and footer, the story, numbered rules, four puzzles each
                        opening a padlock – a 3-digit lock from a ping table, a 4-letter word lock whose acrostic
                        clues "P _ _ _ _ _ loss: …" are the only meanings of three words, a directional lock of five
                        numbered TRUE ↑ / FALSE ↓ statements, a colour lock from a shaded table of broadband plans
                        after a sentence defining data centres between dashes – a lock sheet table, and after a page
                        break the teacher's codes, set-up notes and hints)
python_dictionaries_beamer  a Year 9 lesson on Python dictionaries: the teacher's LaTeX Beamer deck as pdfTeX makes
                        it (128 × 96 mm pages, the Madrid theme drawn as shapes – a blue frame-title bar, an author
                        | title | date footline with "n / 17", grey navigation symbols, bullets as drawn triangles
                        with no text – a title page, an "Outline" frame shown again at the start of each section
                        with the other sections greyed, frames built up with \\pause so one frame is two or three
                        pages each showing a little more under the same frame number, "Definition", "Definition (Key
                        and value)" and red "Watch out!" blocks holding the meanings with the word in italics, code
                        listings with small line numbers on a grey box, a "Learning objectives" block over an
                        enumerated list in lower case, a ".get(key, default) – …" bullet, two columns comparing
                        lists and dictionaries, a "Quick check" frame answered on the next frame, a "Next lesson"
                        frame) and a worksheet made in LibreOffice Writer and saved as .docx (LibreOffice as the
                        application in the document properties, its "Text Body", "Preformatted Text", "Table
                        Heading" and "Table Contents" styles in Liberation fonts, no file title, a footer naming the
                        .odt it was first saved as, one word defined bold in a sentence, a syntax table, predict /
                        fix / make questions numbered 1 to 6 on code, the teacher's answers and a model program
                        after a page break)
social_engineering_spec_sow  a Year 10 GCSE mini-unit on social engineering: two pages of the exam board's
                        specification printed to PDF (a running header with the board, the specification code and
                        version, purple sub-section headings and a heading bar, "Content | Additional information"
                        tables over four sub-sections of which only one is the lesson's, the meanings only in the
                        right-hand column as the specification words them, the neighbouring threats, malware and
                        prevention content statements listing words without meanings, the specification's website
                        line and the page numbers 35 and 36 as the footer) and the department's landscape Word
                        scheme of work for the three lessons (a header and a file-name footer, a bold home-made
                        title, a details table of bold labels, an "Intent" paragraph defining one word in bold, a
                        seven-column "Lesson | Spec ref | Learning objectives | Key vocabulary | Activities |
                        Resources | Assessment" table whose cells hold "LO1 …" objective lines partly copied from
                        the specification, vocabulary as comma lists with some meanings in brackets, activities
                        defining two more words in passing, a shaded "Misconceptions to watch for" box, and after a
                        page break an appendix table of the third lesson's Do Now questions with the answers)
"""
