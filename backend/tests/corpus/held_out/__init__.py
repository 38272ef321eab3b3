"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The sixteenth set, written blind on 2026-12-07 (the fifteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered.

animation_menu_loopcards  a Year 8 PowerPoint on animation in PowerPoint sections ("Starter", "Key words", "Make
                        it", "Plenary", "Key word slides (hidden)"), a flipbook starter answered in the notes,
                        "Learning objectives" as 🥉 Bronze / 🥈 Silver / 🥇 Gold lines, a "Key words – click a word to
                        find out more" menu of eight rounded buttons, each a hyperlink to a hidden slide at the back
                        of the deck titled with the word in capitals, its meaning in a callout shape, an "Example:"
                        line and a "⟵ Back to key words" button linking to the menu; a "Misconceptions" slide of
                        "Many pupils think…" callouts beside "…but actually…" boxes, numbered Pivot Animator steps and
                        an exit ticket answered in the notes) and "I have… Who has…" loop cards printed to a one-page
                        PDF (the teacher's instructions, eight dashed cut-out cards two a row, each "I have…" a word
                        in capitals and "Who has…" the meaning of the word on another card, a ★ start card)
cyberbullying_booklet_tracker  a Year 7 Word lesson booklet on cyberbullying (a cover with name and form lines, a
                        contents page that is a real TOC field – hyperlinked entries with dot leaders and PAGEREF
                        page numbers – over bookmarked numbered headings, a "Page X of Y" footer of PAGE and NUMPAGES
                        fields with the school's values, the aims as a numbered list after "By the end of these two
                        lessons I will be able to:", a scenario table to label, a word bank line, a bystander/
                        upstander table, "STOP – BLOCK – TELL – SAVE" bullets, a "Did you know?" box, a
                        traffic-light self-assessment table of "I can…" rows with empty red, amber and green
                        columns, help lines and links, and a glossary at the back as bold word, tab, meaning
                        paragraphs with a hanging indent) and the department's key-vocabulary tracker saved from
                        Excel as CSV in a .txt (byte-order mark, CRLF, a header row with odd columns – ref, unit,
                        tier, "Say it" pronunciations, booklet page, dual-code and tick columns, two unnamed ones –
                        the glossary's meanings again, two more words defined only there, a note in the last column
                        and trailing empty rows)
mobile_apps_marp_sheet  a Year 9 lesson on mobile apps written as Markdown slides for Marp (front matter with "marp:
                        true", theme, paginate, footer and a CSS style block, "---" slide breaks, "<!-- _class: lead
                        -->" directives, speaker notes as HTML comments, a "![bg right:30% fit]" image, a "Do now", a
                        numbered "I can…" success-criteria list, a native/web/cross-platform pipe table with emoji
                        ticks, a blockquote, two words defined in bold inside sentences, a fenced JavaScript event
                        handler, a CodePen task and an exit ticket answered in a comment) and the key-terms sheet
                        printed from Excel to PDF without fitting it to the page: page 1 holds the title, "#", "Key
                        term" and "Topic" columns, page 2 the "Definition", "Example" and "Learnt? ✓" columns of the
                        same rows, matched only by row (gridlines, the sheet name as the header, "Page n of 2")
"""
