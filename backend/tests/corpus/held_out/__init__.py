"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The eleventh set, written blind on 2026-12-07 (the tenth set moved to packs/ that day): ordinary documents by three
more teachers' hands, on topics the corpus had not covered.

sensors_frayer_notes    a Year 8 PowerPoint on embedded systems, sensors and actuators whose slides are mostly
                        pictures, shapes and one-word headings while every key word and its meaning is spoken in the
                        speaker notes as the teacher's script ("Say it slowly and get them to write it down: a sensor
                        is…"), a "Do Now" answered in the notes, a "Today" objectives slide, an input → process →
                        output diagram of shapes and arrows, an exit ticket answered in the notes, and a Word
                        Frayer-model vocabulary sheet (a 2x2 table a word with the word in a shaded merged middle row,
                        "Definition", "Characteristics", "Examples" and "Non-examples" quadrants, the last two words
                        left blank for pupils, a department header)
data_units_kahoot       a Year 7 self-marking homework on units of data saved from Word as a two-page PDF (a school
                        line, set and due dates, a "This homework checks that you can:" list in lower case, each unit
                        brought in meaning first – "A group of 8 bits is called a **byte**." – a units ladder table,
                        numbered questions carrying "¹"-style markers whose answers are footnotes at the foot of the
                        last page) and the Kahoot quiz for the next lesson written in Kahoot's spreadsheet import
                        template and copied out as tab-separated text (the template's instruction rows, a header row,
                        four answers, time limits and the correct answer given only as its number, empty rows)
web_dns_notion          a Year 9 lesson page on the internet, the World Wide Web and DNS exported from Notion as
                        Markdown (a hashed file name, page properties as "Key: value" lines, an "<aside>" emoji
                        callout, key words in a toggle as nested bullets with each meaning in the child line, a pipe
                        table comparing the internet and the web, links to the previous and next lessons'
                        percent-encoded pages, numbered DNS steps, a video link, "- [ ]" to-dos) and a Word reading
                        sheet laid out in two newspaper-style columns ("The Daily Byte": masthead, headline, by-line,
                        a story naming each key word after its meaning or with it in brackets, a pull quote) ending
                        in a full-width "Word | Definition | Draw it" table whose last column is empty
"""
