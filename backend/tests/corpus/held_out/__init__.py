"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The nineteenth set, written blind on 2026-12-07 (the eighteenth set moved to packs/ that day): ordinary documents by
three more teachers' hands, on topics the corpus had not covered (data protection law, the Little Man Computer,
e-commerce), in shapes no earlier set has had. Scored once unseen on 2026-12-07 (recall 26%, precision 57%, objectives
4/9 with 2 junk, titles 0/3, on topic 24/26); not tuned on.

data_protection_genially  a Year 10 GCSE Genially escape room on the Data Protection Act 2018 saved from the browser
                        as HTML (the viewer's toolbar, cookie banner, metadata and scripts, each screen an
                        absolutely placed <section>, the objectives only in a hidden "🎯 Mission objectives" window
                        behind an ℹ️ button, one key word bolded in the mission story, two defined only in hidden
                        windows opened by 🔍 hotspots over an office picture, a personal-or-not drag-and-drop whose
                        right zones are only data attributes, the principles as a list inside a puzzle, the rights
                        as an accordion of hidden bodies, the ICO defined only in the final lock's hidden success
                        message) and the Word case-file worksheet (a header and footer, name, date and class as
                        content controls showing Word's grey "Click or tap…" placeholders, one "Learning objective:"
                        line, a shaded "What the law actually says" box quoting the Act and UK GDPR as the only
                        definitions of data subject, controller and processor, content controls to rewrite them,
                        three case-file tables whose answer is a drop-down listing the principles, a hint defining
                        consent, exam questions with marks and dotted lines, the mark scheme after a page break)
lmc_caption_cornell     a Year 9 PowerPoint on the Little Man Computer in the default template's caption layouts (a
                        numbered "Do Now" answered in the notes, the objectives as "☐" lines in the content
                        placeholder of a "Content with Caption" slide titled "What are we learning?", the story on a
                        "Picture with Caption" slide, a story-against-CPU table, then one "Content with Caption"
                        slide a key word – the word the small title, its meaning the caption beside, examples in the
                        big placeholder – two captions each defining two words, an instruction-set table under a
                        text box defining the word, a program in Consolas, a task, an exit ticket answered in the
                        notes, footer and slide-number placeholders on every slide after the first, a strapline on
                        the master) and the teacher's model Cornell notes printed from Word to PDF (a "copy the
                        layout" line, a topic/name/date box, an "Essential question", a Cues | Notes grid of
                        key-word or prompt cues beside dashed note-form lines defining two more words, a "Summary"
                        box, a second page of LMC code to trace with an empty trace table); the code is LMC
                        assembly, none of the languages a teacher would list
ecommerce_az_leaflet    a Year 8 e-commerce PowerPoint set up as an A4 portrait printable (7.5 × 10.83 inch
                        blank-layout slides, every word in free text boxes and shapes): "The A–Z of online shopping"
                        (a banner, a name line, a drawn teacher avatar whose speech bubble holds the objectives as
                        lower-case "1) …" lines, a 4 × 7 grid of 26 letter boxes, each a circled letter shape and a
                        text box, six filled by the teacher with a word and its meaning joined six different ways –
                        " – ", "(…) =", ":", "means", "→", "…" – the rest dotted lines, some with a "(hint: …)", a
                        bare word bank in the last cells, a small-print footer) and a homework choice board of nine
                        task tiles; and the teacher's model tri-fold leaflet made in Publisher and saved as a
                        two-page landscape PDF (WAGOLL), its panels in folding order – the inside flap, the back
                        cover and the front cover on page 1, the three inside panels on page 2 – justified text,
                        four more words bold and defined inside the panels' sentences and numbered steps, a "Quick
                        quiz" on the flap answered on the back cover, help lines and a credit line)
"""
