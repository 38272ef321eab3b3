"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twenty-first set, written blind on 2026-12-07 (the twentieth set moved to packs/ that day): ordinary documents
by three more teachers' hands, on topics the corpus had not covered (assistive technology, translators, automation
and jobs), in shapes no earlier set has had. Scored once unseen on 2026-12-07 (recall 7%, precision 67%, objectives
6/9, titles 0/3, on topic 14/19, 4 code questions in the wrong language); not tuned on.

assistive_tech_jigsaw   a Year 8 jigsaw lesson on assistive technology: the teacher's PowerPoint (the objectives
                        only in the title slide's subtitle as "Today:" then "- …" lower-case lines, a "How the
                        jigsaw works" slide of home and expert groups, a wordless timer picture, an empty
                        feedback-grid slide table, an exit ticket answered in the notes) and the Word expert sheets
                        (a header, a name and group line, four bold "EXPERT SHEET A – …" parts after page breaks,
                        each a short story with the key words bold, a "Glossary" of dictionary-style "word (noun)
                        meaning" entries with the word and part of speech bold, a shaded "Teach your home group"
                        box)
translators_venn_endnotes  a Year 10 GCSE one-page PDF worksheet on translators (a dark header strip, a name line, a
                        reading whose key words carry "[n]" note numbers with their meanings only as numbered "[n]
                        word – meaning" endnotes in small print under a rule at the foot of the page, the success
                        criteria as a narrow right-hand column of "✓ when you can …" lines beside the reading, a
                        drawn compiler/interpreter Venn diagram with facts typed in the circles, tasks) and the
                        teacher's short PowerPoint (a title slide, an unscramble starter, a picture of the levels of
                        language, three "Which translator? (n/3)" scenario slides answered in the notes, homework)
automation_jobs_blog    a Year 9 WordPress class-blog post on automation and jobs saved as HTML (theme header, menu,
                        search form, author and date line, the objectives inside one "This week we are learning to
                        …, … and …" sentence of the opening paragraph, key words as dotted <abbr title="…"> tooltips
                        whose meanings are only in the attribute, a chart picture, tags, pupils' comments with the
                        teacher's reply defining one more word, sidebar widgets, footer, scripts) and the Word
                        debate pack (a "Motion:" line, a shaded "Debate rules" box, four role cards in a 2 × 2 table
                        each ending "Words to use: word = meaning", a speech planner, a judging grid after a page
                        break)
"""
