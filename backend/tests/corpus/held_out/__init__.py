"""Held-out packs, in shapes the tuning corpus does not use. Not for tuning: see tests/corpus/__init__.py.

The twelfth set, written blind on 2026-12-07 (the eleventh set moved to packs/ that day): ordinary documents by three
more teachers' hands, on topics the corpus had not covered.

footprint_scanned_textbook  a Year 7 textbook page on digital footprints photocopied and scanned to PDF on the
                        school copier (the page a tilted, speckled greyscale picture under the copier's invisible OCR
                        text layer, whose blocks come in the order the OCR found them: page number and running
                        header, the margin notes, the title, the passage, the "In this section you will:" box, the
                        teacher's stuck-on label; words hyphenated at line ends; a reading passage with numbered
                        markers whose numbered margin notes give the meanings, two more words defined in the
                        passage) and the teacher's Word "True or false? Correct the false ones!" sheet (school header
                        and motto footer, name/form/date line, one "LO:", a table of ten numbered statements, and a
                        teacher copy of the answers with the corrected statements after a page break)
robotics_nested_slides  a Year 9 PowerPoint on robots in the default layouts whose key words are two-level bullets
                        (the word the parent bullet, its meaning and sometimes an "e.g." line the child bullets),
                        objectives as children of a "By the end of this lesson you will be able to:" parent, a "three
                        Ds" slide in the same nested shape that is content and not vocabulary, a "Robot or not?"
                        starter, a learning-journey road map of six lesson stops drawn as shapes and arrows with a
                        "YOU ARE HERE" callout, a "Key question | Model answer" table slide, a task, an exit ticket
                        and a few speaker notes; and an SEN-friendly dual-coded word mat in Word (a "Picture | Word |
                        What it means" table, a clip-art icon in each first cell, short plain meanings, large type)
vr_ar_sway              a Year 8 Microsoft Sway on virtual and augmented reality saved from the browser as HTML (the
                        viewer's toolbar, navigation pane and cookie banner, cards as nested <div>s with data
                        attributes, a title card with the author and read time, "By the end of this Sway you should
                        be able to:" objectives, key words emphasised or accented inside sentences, given before or
                        after their meanings or in brackets, an image card whose caption defines a word, "Stack" and
                        "Comparison" groups, an embedded video, a numbered task card with a Padlet link, the "Made
                        with Microsoft Sway" footer and scripts) and the unit glossary in Word (alphabetical, a
                        letter heading for each letter used, dictionary-style "**word** (noun) meaning" entries with
                        an italic "e.g." sentence and "See also", a header and footer)
"""
