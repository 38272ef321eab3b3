"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twentieth set, written blind on 2026-12-07 (the nineteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered (ethical hacking, smart cities, virtual memory), in
shapes no earlier set has had. Scored once unseen on 2026-12-07 (recall 29%, precision 67%, objectives 0/9, titles
2/3, on topic 25/26); not tuned on.

ethical_hacking_comic_contract  a Year 10 Word comic-strip storyboard on ethical hacking (the lesson aims only
                        in the page header as one " | "-separated "Aims:" line, a 3x2 table of panels each with a
                        bold "PANEL n – …" caption, a clip-art picture in two and characters' "NAME: …" speech lines
                        explaining the key words in conversation, a blank "YOUR TURN" panel, a footer) and a mock
                        "Rules of Engagement" penetration-test agreement printed to PDF (a letterhead, the parties,
                        a numbered "1. Definitions" clause of "1.n 'Term' means …" sub-clauses, in-scope and
                        out-of-scope lists, signature lines, the teacher's red-boxed task of numbered questions)
smart_cities_carousel   a Year 8 PowerPoint of printable carousel stations on smart cities (blank slides only, a
                        "How the carousel works" rules slide, six station cards each a red "STATION n" oval, a
                        headline, a "READ ME" box explaining one key word in a news-style paragraph, a clip-art
                        picture and a "Discuss:" question, a printing note; the objectives only on the last
                        "Debrief" slide as "Check – can you now…" lower-case points) and a landscape Word recording
                        sheet ("Station | Big idea | What does it mean? | Good or bad…" table, station 1 filled in
                        in italics as the teacher's worked example, the rest empty, a shaded "Think deeper" box)
virtual_memory_faq      a Year 10 GCSE plain-text FAQ on virtual memory posted for revision (a subject and "Posted
                        by" line, "Q:"/"A:" pairs with every key word defined inside an answer, one answer a
                        numbered sequence of what happens when RAM is full, a sign-off) and a one-page PDF diagram
                        worksheet (a drawn RAM-and-disk picture with floating letter labels, a "Key" of "A = …"
                        lines, numbered questions with "[n]" marks on dotted lines, the success criteria only in a
                        small grey "SC1 … SC2 … SC3 …" strip at the foot of the page)
"""
