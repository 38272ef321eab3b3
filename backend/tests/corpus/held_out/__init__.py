"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The eighteenth set, written blind on 2026-12-07 (the seventeenth set moved to packs/ that day): ordinary documents
by three more teachers' hands, on topics the corpus had not covered (defensive design, online gaming safety, network
hardware), in shapes no earlier set has had. Scored once unseen on 2026-12-07 (recall 15%, precision 57%, objectives
3/9, titles 1/3, on topic 21/23); not tuned on.

defensive_design_codeprint  a Year 10 GCSE teacher's defensive-design walkthrough program printed from Notepad++ to
                        a two-page PDF (the file path and print time as the page header, "Page n of 2" as the
                        footer, every line numbered in a monospace font, the lesson title and learning objectives
                        only in the module's docstring, each key word defined only in a code comment above the
                        Python that does it – "# VALIDATION = …", "# --- Presence check: …", "# Length check – …",
                        "# Type check. The …", "# RANGE CHECK >> …", "# AUTHENTICATION: …" – and "TODO" lines left
                        in) and a Word exam-practice sheet (a department header, a name line, a "Command words you
                        need today" table of State / Describe / Explain / Compare and what each asks for – exam
                        words, not key words – five questions with "[2]" marks and dotted lines, a code snippet in a
                        shaded Courier New box to identify the checks in, a "⚠ Misconception alert!" box that is the
                        only place verification is defined, and the mark scheme after a page break)
gaming_safety_adventure a Year 7 "choose your path" story on online gaming safety printed to a two-page PDF (a
                        class-set line, a bold title and how-to-read instructions, nine numbered sections to be read
                        out of order with bold "→ If Jay …, go to 4." choices, key words defined only in what the
                        characters say – “Ignore him, that’s griefing,” says Priya. “It’s when…” – or in a shaded
                        "WORD CHECK" strip of "word – meaning" lines under one section, an ending marked "THE END",
                        a "Finished? Go back…" line and the author) and the Word mission sheet that goes with it (no
                        file title, a school header, a Title-style heading, the objectives as "🎮 Level 1 – I can…"
                        missions under a bold "Today’s missions" line, a one-row story-tracker table, a "Spot the
                        scam" task whose introduction is the only place the word is defined, bold inside a sentence,
                        a table of three chat messages to judge, a "Help a friend" writing task naming the key
                        words, help-line links)
network_hardware_riddles  a Year 10 GCSE PowerPoint on network hardware (a title slide, a starter answered in the
                        notes, an "LO1 –" objectives slide, a wordless school-network picture, seven "Who am I?
                        (n/7)" slides each a device's job as first-person clues in one free text box – "I connect
                        the devices on a LAN together…" – with the device's name in capitals only in a separate
                        reveal box beside a red "?" circle, the reveal box sometimes before and sometimes after the
                        clues in the slide's shape order, a switch-or-router sort and an exit ticket answered in the
                        notes) and the Seneca Learning assignment results page saved from the browser as HTML (the
                        app's sidebar and breadcrumb, set and due dates, the class's progress table with names, bars
                        and scores, "Most missed questions" with the correct answer and the commonest wrong one, and
                        the assignment's content cards with each key word in a highlighted span, one word – MAC
                        address – given its full meaning only there, a footer and scripts)
"""
