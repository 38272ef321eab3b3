"""The tuning corpus: one module per lesson pack, each with its hand-written `<module>.expected.json`.

network_security        title/body definition slides, a lesson plan whose timetable follows its objectives and
                        ends with a "students should be able to" list, a phishing worksheet with an email and links
malware_types           free text boxes pairing terms with definitions (beside, and above/below), a .txt starter
hardware_software       "Hardware = physical parts…" lines, "programs" in passing, a .md teacher's notes file
primary_memory          a slide that is only a picture with words in it (RAM and ROM)
binary_numbers          a timed lesson plan (Time | Activity | Resources) with objectives and success criteria
email_skills            a worksheet with a headerless term table, an example email and a SHOUTING spam email
networks_quiz           a quiz in Word tables with the answer marked (bold, ✓) and a separate answers file
cpu_fde_cycle           an answer sheet of "The **Program Counter** holds…" sentences and its question sheet
computational_thinking  an HTML lesson page (script, style, navigation, <dl> definitions) and a symbols table
java_selection          a Java unit: slides and a worksheet with Java code in a monospace font
databases_sql           a two-column PDF with bullets and an SQL block, and SQL in a Word document
online_safety           no programming at all ("code" only in "a code sent to your phone"), SMART rules
operating_systems       a deck whose file title is left over from another deck ("Year 9 Spreadsheets")
storage_revision        a two-column PDF revision sheet with a key-terms box and an exam question
logic_gates_tables      a deck whose terms are in slide tables and whose objectives and plan are speaker notes
python_loops_organiser  a knowledge organiser: a Word table used as a two-column page layout, Python code
bitmap_images_plan      a department lesson-plan template (a Word table of labelled rows: All/Most/Some success
                        criteria, key vocabulary as one comma list) and a deck whose slide titles are questions
computer_law_shapes     a deck of coloured auto shapes joined by arrows to definition callouts, WALT/WILF, a Do Now
                        and an exit ticket; a Word case-study sheet titled "Document1" with a comment
sound_gdocs_worksheet   a Google Docs PDF worksheet (Key Terms table, word bank box, "______" gap paragraph,
                        numbered questions) and the Google Classroom post that set it, copied into a .txt
networks_slides_pdf     a deck saved as PDF from PowerPoint (16:9 pages, one big word and its meaning a page,
                        "Today we will…" objectives) and a "Keyword wall" slide of small "Term: meaning" boxes
python_selection_obsidian  an Obsidian note (.md: YAML front matter, [[wikilinks]], "> [!abstract]" callouts, key
                        words as "Term:: meaning", a ticked task-list lesson flow) and a true/false worksheet with
                        emoji bullets and "predict the output" Python
spreadsheet_formulas_review  a Word plan with tracked changes and comments, its objectives a multilevel numbered
                        list (1., 1.1.); flash cards with the key word on one page and its meaning on the next
html_learning_mat       a Year 8 Word "learning mat" (landscape, a 2x2 table of quadrants: an HTML skeleton,
                        tags to use, questions, a challenge; objectives as one "LO: … • … • …" line) with a
                        key-word crossword whose Across/Down clues are the only definitions, and a teacher
                        answers document giving the words by clue number
scratch_maze_cover      a "cover work" sheet left for a supply teacher (details table, notes, objectives "for the
                        board", numbered tasks, answers "in case pupils ask") and the Scratch deck printed as a
                        PowerPoint handout PDF, two framed slides a page, scripts written as block text
searching_sites_mindmap  a Google Sites page saved as HTML (generated class names, collapsible key words, a Python
                        search typed line by line in Courier New, answers in collapsibles) and a revision mind map
                        exported as a tab-indented text outline
hexadecimal_forms_quiz  a Microsoft Forms quiz printed from the browser to PDF (date/title header and URL/page
                        footer, "* Required", "(1 Point)", ○ options, objectives and key words typed into the form's
                        and a section's description, a "Which class are you in?" question) and a Word answer key
caesar_cipher_canva     a Canva deck downloaded as a 16:9 PDF (letter-spaced capital headings, free-placed text,
                        "TODAY WE WILL…" pills, key-word cards whose six words come before their six meanings) and
                        a Word extension sheet with a Caesar cipher in Python and teacher answers
ai_bias_onenote         a OneNote Class Notebook section exported to Word (page titles with date and time lines,
                        To Do tags as tick-box pictures, vocabulary as an indented bullet outline, "Pasted from
                        <…>", a teacher-only answers page) and a Word poster task made only of floating text boxes
                        and shapes
vector_graphics_ncce    a Teach Computing (NCCE)-style lesson: a deck ("Lesson 3: …" title slide, "Starter
                        activity" with a picture, an "Objectives" slide of "Learning objectives" bullets, key words
                        bolded inside explanation sentences, "Activity 1"/"Activity 2", "Plenary" questions whose
                        answers are only in the speaker notes, "Summary", a "Next lesson" teaser), a Word activity
                        worksheet (numbered steps, a half-filled table, a "☐ I used…" checklist), and the unit
                        overview (a "Lesson | Brief overview | Learning objectives" table for six lessons, meanings
                        in brackets inside the overviews, a bare "Key vocabulary" comma list)
sorting_exam_paper      a GCSE practice paper as a PDF (cover with instructions and a marks grid, parts 1(a) to
                        1(c)(iii), "[2 marks]" at the right, answer lines of dots, data in figure tables, an insertion
                        sort in OCR Exam Reference Language as a boxed line-numbered figure, a table to complete, an
                        "I can …" RAG checklist on the last page) and its mark scheme PDF (a Question | Answer | Marks
                        table: "1 mark for each of:", "Accept …", "Do not accept …"); terms defined only by the
                        question stems and the mark scheme
microbit_quizlet_slides a Quizlet set exported as text (term TAB definition, no title, no final newline) and the
                        Google Slides deck it goes with downloaded as .pptx (16:9, every shape a free text box named
                        "Google Shape;n;page" with titles never in a placeholder, "Learning Intention" and "Success
                        Criteria", a two-column "Vocab" table, MakeCode JavaScript in Courier New, quiz answers on the
                        next slide, model answers in the notes)
compression_default_slides  a plain PowerPoint deck in the default layouts ("Title and Content" bullets with
                        sub-bullets, a "Keywords" slide of "Term – meaning" bullets with one typed hyphen, an
                        objectives slide ending in a non-objective "– copy them" line, a "Two Content" RLE slide,
                        a "Comparison" slide of lossy against lossless, three "A) … D)" quiz slides each answered
                        on the next slide, answers in the notes) and a Word homework sheet (a reading passage, a
                        shaded word bank box, numbered comprehension questions with marks and answer lines)
cloud_gdocs_organiser   a knowledge organiser written in Google Docs and downloaded as .docx (Arial, tables with
                        borders and no table style, "Keyword | Definition | Example" with blank examples, a shaded
                        "Big questions" box, "•" pros and cons, a key-dates timeline as years over events, Python in
                        a Roboto Mono table cell, one key word defined in brackets in a paragraph) and a one-page
                        retrieval quiz printed from Word to PDF (ten numbered questions on dotted lines, the
                        answers printed upside down at the foot of the page)
python_lists_replit     a GitHub Classroom README for a Replit assignment (the due-date badge, "## Learning
                        objectives", setup steps, fenced ```python blocks, "### Key terms" as "**term**: meaning"
                        lines, a "- [ ]" task checklist, numbered check-your-understanding questions) and the
                        plan sent to a cover teacher, copied out of an Outlook reply into a .txt ("LO:" lines,
                        "0-5 mins" timings, starter code, the answers, a signature and the quoted original)
debugging_oak_pdfs      an Oak National Academy-style lesson downloaded as PDFs: the slide deck (16:9 pages, a
                        title page, a "Lesson outline" of two learning cycles shown again before each, a
                        "Keywords" page of bold word and meaning, "Check for understanding" multiple choice and
                        true/false pages with the right option ticked, "Task A"/"Task B" with Python in a grey box
                        and "feedback" pages giving the answers, a "Summary"), the "Lesson details" PDF (the lesson
                        outcome as the only objective, "Key learning points", "Keywords" as "**word** - meaning",
                        "Common misconception", "Teacher tip", equipment and licence lines) and the exit quiz PDF
                        with the answers ticked and a matching question
environment_word_booklet  a department's Word booklet for three lessons on technology and the environment (a cover
                        page, Heading 1 a lesson, "Learning objectives" bullets, a boxed "Do Now" of retrieval
                        questions, the first lesson's on last year's hardware unit, a "Word | Meaning" vocabulary
                        table, reading paragraphs with bold key words and one meaning in brackets, "☐" tasks, a
                        shaded "Reflection" box, the Do Now answers at the back, a school header and footer) and a
                        plain-text YouTube transcript ("[02:15]" timestamps, "[Music]", speech without punctuation,
                        a key word defined only in the speech, the channel's sign-off)
js_variables_moodle     a Moodle "Page" saved from the browser as HTML (navigation bar, course index drawer listing
                        other topics, breadcrumbs, "Mark as done" and dates, <strong> key words in paragraphs,
                        JavaScript in <pre><code>, an ordered list of console steps, a YouTube iframe, "Check your
                        understanding" answers in <details>, "Jump to..." menu, footer and scripts) and the
                        teacher's PowerPoint from the school template (layouts and placeholders renamed "KA Do Now",
                        "Lesson Title", "Left Box"…, a crest and strapline on the slide master only, a Do Now on the
                        last topic answered in the notes, a "Keywords" slide as a "Keyword | Meaning" table, code in
                        Consolas text boxes beside an empty placeholder, an exit ticket answered in the notes)
iot_section_slides      a Year 8 teacher's own PowerPoint on the Internet of Things mixing layouts (a "Section
                        Header" slide before each of the three parts, key words brought in one a slide as a big
                        capitalised "WORD" text box with a clip-art picture and a one-sentence caption under it,
                        "Match the word to its meaning" as two text boxes in shuffled order answered in the notes,
                        a "True or false?" slide answered in the notes, a "3-2-1" plenary, a leftover file title)
                        and a two-page Word worksheet (a word bank table above a "____" fill-the-gaps paragraph, an
                        extension question, then an extended-writing question with a "☐" success-criteria
                        checklist and lines)
characters_revision_guide  a chapter of a published GCSE revision guide on representing characters as a PDF (two
                        columns that flow across pages numbered from 42, a running header with the chapter name,
                        an "In this chapter you will learn to:" opener in lower case, key words bold and defined
                        inside the sentence, a code table and an ASCII/Unicode table, shaded "Key point", "Exam
                        tip" and "Worked example" boxes, the example a calculation of a text's size, "Test
                        yourself" questions with marks, their short answers on a last "Answers" page) and the
                        teacher's one-page homework slip setting it
functions_scheme_handouts  a Year 9 scheme of work on Python subroutines exported from a spreadsheet as quoted
                        comma-separated text in a .txt (a title row above "Week","Lesson title","Learning
                        objectives","Key vocabulary","Resources", several objectives in one cell split by line
                        breaks, vocabulary as a comma list with some meanings in brackets, empty rows and a note)
                        and the first lesson's slides printed from PowerPoint to PDF as handouts (three framed
                        slides a page with lines for notes beside them, "LO1:" objectives, "Term – meaning" key
                        words, Python in a monospace font, a Do Now, a predict-the-output slide and a plenary)
cookies_bitesize_revision  a BBC Bitesize-style revision guide on cookies and online tracking saved from the
                        browser as HTML (the site's navigation, a "Part of" breadcrumb, "Revise / Test" tabs, "Page 1
                        of 3" guide pages in one file, shaded "Key points" panels, <strong> key words inside
                        paragraphs, a "Glossary" list at the foot, a "Test section" quiz saved after a pupil
                        submitted it, each question showing the pupil's pick and "Correct answer:") and the homework
                        set on Microsoft Teams copied into a .txt ("Learning intentions:" lines, numbered steps, a
                        rubric pasted as tab-separated rows, reference links and the class conversation)
accessibility_callout_slides  a Year 8 PowerPoint on accessible web design (a "Do Now" of five retrieval questions
                        on the last lesson answered in the notes, "To …" objectives, each key word in a yellow
                        "KEY WORD" callout shape beside the body text that defines it, a "Keywords" slide that is
                        only a screenshot of a "Keyword | Meaning" table, one word defined in the picture alone) and
                        the exit ticket on Google Forms copied from the preview into a .txt (email, name and class
                        questions first, "1 point" lines, unlettered options one a line, "Your answer", the footer)
blockchain_exam_practice  a Year 10 Word "Exam Question Practice" sheet on cryptocurrency and blockchain (a bold
                        home-made title, "☐ I can…" statements, a key-terms box listing words only, "[3]" questions
                        with dotted answer lines, each followed by a shaded "Answer | Marks" mark scheme table with
                        "(1)" points and "Max 3", a six-mark "Discuss" question with a PEEL writing-frame table and a
                        levels mark scheme with indicative content) and an A4 key-words poster made in Publisher and
                        saved as PDF (a banner, terms in coloured rounded boxes scattered over the page and drawn out
                        of reading order, one box tilted, a "Did you know?" star)
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
fake_news_nearpod       a Year 8 Nearpod lesson on fake news and evaluating sources saved from the teacher's preview
                        as HTML (the Nearpod top bar with the join code, slides as <div>s carrying their activity
                        type and a "n / 11" counter, a "Lesson objectives" slide of "Students will be able to:"
                        bullets, a poll, a "Matching Pairs" activity whose card pairs give four key words and their
                        meanings, a content slide defining a word in a <strong> sentence, a YouTube video slide, the
                        SIFT steps as an ordered list, an open-ended question, a "Time to Climb" quiz with the right
                        option marked by a class and a "✓", a "Draw It" slide, a Teams link, footer and scripts) and
                        the Word worksheet that goes with it (a school header and footer, name/class/date line, one
                        "Objective:" line repeating the Nearpod's third, a two-column table whose narrow yellow left
                        column is a "KEY WORDS" sidebar of bold words with each meaning in smaller type on the line
                        under, the tasks in the right column: three headlines to check, a nested SIFT table, a
                        written task on lines and an extension)
computer_history_whiteboard  a Year 7 PowerPoint on the history of computers (a title slide, an "Odd one out"
                        starter of four coloured shapes answered in the notes, a "What are we learning today?"
                        objectives slide, dated timeline slides bolding each key word inside a sentence, a "Then and
                        now" table slide, a "Define it in 5 words!" plenary of word boxes whose five-word model
                        answers are only in the notes) and the Promethean ActivInspire flipchart the class worked on,
                        exported to PDF (4:3 pages with a grey page number, the teacher's writing in a
                        handwriting-like oblique font, some labels slightly rotated, a timeline of year labels
                        floating above and below a drawn line with boxed invention labels dragged beside them, a "Key
                        words" page of boxed floating words with their meanings written beside, before or under them
                        and joined by drawn lines, one meaning given as "(= microchip)", pupils' names on their
                        comments, a numbered exit ticket with the class's answers written under each in green)
file_management_clock   a Year 7 file management "revision clock" drawn in Publisher and saved as an A4 landscape
                        PDF (a school line, name line and instructions, a clock face of twelve segments with
                        "0–5"-style minute labels and the topic in the middle, twelve boxed notes placed round it in
                        clock order, each "0–5 mins: heading" over the teacher's example notes, key words given as
                        "X = …", "X – …", "… is called X" and "… = the X", file types as extension lists, a "Mr
                        Hughes' example" sticker, an "After revising, tick what you can do:" list of "☐ I can…"
                        objectives in a corner) and a Word "What does a 6-mark answer look like?" sheet (a header, a
                        "Learning objective:" line, the question in a shaded box, a model answer whose paragraphs
                        carry the teacher's bracketed comments in red bold after each point, one key word bolded and
                        defined inside the answer, a "Why this gets full marks" bullet list, a "Common mistakes"
                        table, a "Now you try" question with answer lines)
copyright_keynote_bingo  a Year 8 Apple Keynote deck on copyright and Creative Commons exported to PowerPoint (20 x
                        11.25 inch slides, layouts and placeholders keeping Keynote's names – "Title & Bullets",
                        "Title - Top", "Body Level One" – titles in placeholders but everything else in grouped free
                        text boxes, a "Starter" question answered in the notes, a "Learning goals" slide, key words
                        as "What is X?" questions each answered "X is…" in the same group, three to a slide, a
                        Creative Commons licence-icon grid of pictures and captions, a lettered "Can I use it?"
                        scenario slide answered in the notes, a "TASL" credit slide with sub-points, a task) and a
                        Word vocabulary bingo card (a 3x3 grid of capitalised words, the rules, a teacher's note,
                        and after a page break the caller's clues as numbered "I am…" riddles, each ending with its
                        word in brackets)
io_devices_padlet       a Year 7 class Padlet wall on input and output devices saved as a landscape PDF (the wall's
                        title, the teacher's name and post count, a description holding the lesson's "LO:" aims run
                        together with " · ", four "Shelf" columns of post cards: the teacher's pinned key-word
                        posts, each the word as the post title and its meaning as the body, then pupils' posts with
                        names, "2d" ages, heart and comment counts and the teacher's replies, a wrong post corrected
                        in a reply, one word defined only in a reply, a link post, the longest column running on to
                        a second page, the padlet.com footer) and a landscape Word knowledge-retrieval grid (a 4x4
                        table of numbered questions shaded green, amber and red for 1, 2 and 3 points, "Target: 20
                        points", a score box, the answers in the same grid after a page break)
ui_design_hyperdoc      a Year 9 Google Docs "HyperDoc" on user-interface design published to the web and saved as
                        HTML (the "Published using Google Docs" banner, generated "c12"-style classes in a style
                        block, every link wrapped in a google.com/url?q= redirect, "🎯 Learning objectives" as "I
                        can…" bullets, a seven-row "Step | Click here | What you do" table from ENGAGE to EXTEND
                        whose EXPLORE cell defines each kind of interface in a sentence of its own – "GUI stands
                        for…", "In a command-line interface (CLI) you…", "Most GUIs are WIMP: …" – a "Stuck?" line,
                        the "Report abuse · Updated automatically every 5 minutes" footer and a script) and the Word
                        design brief its APPLY step links to (a school header and motto footer, a client's request
                        in a Quote paragraph, numbered task steps, a text-wrapped floating text box down the right
                        margin headed "DESIGN WORDS" holding the design key words as bold "word:" and meaning, a
                        wireframe sketch picture, an "Annotate it!" list, and a pupil-facing "Before you hand in,
                        check:" list of "☐" points)
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
cpu_performance_toptrumps  a Year 10 GCSE PowerPoint on CPU performance in the default layouts (a "Do Now" answered
                        in the notes, a numbered "Learning objectives" slide, an "Inside a quad-core CPU" diagram of
                        grey, blue, green and yellow shapes whose only words are the numbered labels "① Core", "②
                        Cache" and "③ Clock" with arrows, their meanings in a separate "KEY" text box under it
                        numbered ① to ③ without the words, a clock-speed slide with the word bold in a sentence and
                        "1 GHz (gigahertz) = …" as a sub-point, a "Two Content" cores slide whose key word is
                        defined only in the speaker notes, a cache slide of L1/L2/L3 sub-points, a "Which is
                        faster?" table of two CPUs and their benchmark scores, an exam question and an exit ticket
                        answered in the notes), a Word "CPU Top Trumps" card set (a department line, print-and-cut
                        instructions, numbered "How to play" rules, a "Stat | What it means | Winning card" table
                        defining two words inside the stat explanations, then after a page break nine CPU cards as a
                        3x3 table, each a bold name over "Stat: value" lines, a small-print source note) and the
                        chat of the live Teams lesson copied into a .txt ("[09:19] Name" lines over messages,
                        "(Staff)" after the teacher's name, emoji, pupils' questions answered so that two more words
                        are defined only in the teacher's chat replies, a Seneca homework link)
pseudocode_constructs_spicy  a Year 9 differentiated Word worksheet on programming constructs in pseudocode (Century
                        Gothic, a school header and a unit footer, a name/class/date line, a two-cell table with the
                        "Learning objectives" as "•" lines in the left cell beside a "Pick your challenge!" chilli
                        guide, "🌶 MILD", "🌶🌶 SPICY" and "🌶🌶🌶 HOT" sections as big bold lines rather than headings, a
                        shaded word bank box of all eight key words as bare words over a cloze passage of
                        "____________" gaps, a pseudocode-matching table, pseudocode in a Courier New box to trace
                        with an empty trace table and lettered questions, a write-your-own task with a "Hot tip"
                        defining one word as "… is called X", answer lines, and after a page break the teacher's
                        answers: the same passage completed with the filled words in bold, the filled trace table
                        and a model answer) and the Google Forms exit ticket's responses summary printed from Chrome
                        to PDF (the date and form-title print header, "Questions / Responses 27 / Settings",
                        "Summary / Question / Individual", "Insights" of average, median and range, "Frequently
                        missed questions", each quiz question with "n / 27 correct responses" and its options with
                        counts and percentages, "✓" before the right one – one right option the only meaning of a
                        key word – the points, a short-answer question's pupil answers listed, a 1–5 scale question,
                        the form's edit URL and "n/2" as the footer)
search_engines_jamboard  a Year 8 Google Jamboard on how search engines work exported to PDF (one 16:9 page a frame,
                        a heading on each, square sticky notes in Jamboard's yellow, pink, blue, green and orange
                        with centred wrapped text, the teacher's name and the aims on a sticky of "→" lines under
                        "Our aims today:", pupils' name stickies, a warm-up frame of pupils' guesses and the
                        teacher's answer, a "Key words – drag the pink meaning next to its word" frame of yellow
                        capitalised word notes with the pink meaning notes the pupils dragged beside them, one word
                        note left on the far side of its meaning and overlapping it, a crawl → index → rank frame of
                        three stickies joined by red pen-stroke arrows, a frame of pupils' ideas answered by a
                        teacher's sticky that defines two more words, an exit frame of pupils' notes and questions)
                        and a Word card sort ("Card sort: Crawl, Index or Rank?" as a bold home-made title, no file
                        title, pair instructions, a one-row table of three emoji category headers to cut out, twelve
                        lettered statement cards in a 3x4 table – two the only place a key word is defined, one as
                        "X (expansion) – meaning" and one as "A X is …" – and after a page break a "TEACHER COPY"
                        table of the cards sorted into the three columns, with a note on the arguable card)
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
file_handling_annotated_parsons  a Year 10 GCSE lesson on Python file handling: the teacher's PowerPoint (a title
                        slide, a "Do Now" on last lesson answered in the notes, the objectives on a "What are we
                        doing today?" slide as "LO1 …" lines, a "Why files?" slide with key words bold inside
                        sentences, two "annotated code" slides – a Consolas code box with coloured callout shapes
                        round it, each joined to a line of the code by an arrow, the callouts defining open(), the
                        file modes, the newline character and close() in the teacher's words, in no reading order –
                        a mode table, the with statement and CSV files bold in sentences, a task slide, an exit
                        ticket answered in the notes, a footer box on every slide) and a Parsons-problem PDF (a
                        header strip, name and date lines, cut-out instructions, eleven lettered code strips in
                        dashed boxes, shuffled, two of them distractors, "Once it works" questions on dotted lines
                        running on to a second page, and a "TEACHER ANSWERS" page giving the order and the answers)
photo_editing_notes_bookmark  a Year 8 lesson on photo editing in Photopea: the Google Slides deck printed with "1
                        slide with notes" and saved as PDF (A4 portrait, each page a framed 16:9 slide in the top
                        half – a title, a few words, a drawn picture or a tool table – and the speaker notes in
                        plain type under it, where most meanings are: layer, airbrushing and composite image defined
                        only in the notes; a "Real or fake?" starter answered in the notes, a "Big question" and "In
                        this lesson you are going to:" objectives, a "Tool | Shortcut | What it does" table, a slide
                        whose only words are a slogan while the notes give its key word, numbered task steps, an "OK
                        or not OK?" plenary, an exit ticket answered in the notes, a page number) and a Word sheet
                        of key-word bookmarks to print and cut out (landscape, a 1x3 table of dashed cells each
                        holding the same bookmark: an emoji heading, "word – meaning" lines, one word found nowhere
                        else, a name line; after a page break the bookmarks' backs, a "☐" checklist repeated three
                        times)
sdlc_edpuzzle_marked_answers  a Year 10 GCSE lesson on the software development life cycle, waterfall and agile: an
                        Edpuzzle video lesson saved from the teacher's preview as HTML (the app's top bar and
                        breadcrumb, the assignment's classes, dates and settings, the YouTube video's title, channel
                        and length, the teacher's description holding the objectives as "After this video you will
                        be able to:" then "– …" lines in a <p> with <br>s, then the video's timeline of items each
                        with a "mm:ss" time: notes defining key words, some in bold, an audio note with no words,
                        multiple-choice questions with the right option marked by a class and a "✓" – one key word
                        defined only in the right option's feedback – open-ended questions with a "Sample answer",
                        the class's progress figures, footer and scripts) and a Word sheet of marked mock-exam
                        answers (a school header and footer, the six-mark question in a shaded box, two candidates'
                        answers cut into a two-column "Candidate's answer | Examiner's comment" table with ✓/✗ and
                        the examiner's comments in red the only place two key words are defined, "WWW/EBI" lines,
                        the levels mark scheme as a table and the indicative content as bullets, a bare "Key words
                        to use" line, a "Now you try" question on dotted lines)
network_protocols_jeopardy  a Year 10 GCSE "PROTOCOL JEOPARDY!" revision deck on network protocols and layers (a
                        title slide, "LO1/LO2/LO3" objectives with a teams line, a "How to play" slide, a board slide
                        of four category shapes over twelve "100"/"200"/"300" value tiles each hyperlinked to its clue
                        slide, every clue a big shape giving a key word's meaning but never the word, an "ANSWER"
                        button linked to the answer slide that names the word only as "What is …?" with a "BACK TO
                        BOARD" button, a "DAILY DOUBLE" clue, a "FINAL JEOPARDY" pair, an empty scores table, a few
                        speaker notes) and a landscape Word literacy sheet (a department header and footer, a
                        name/date/class line, a "Literacy focus: I can…" line, a "Word | Say it | Break it down | What
                        it means | Use it in a sentence" tier-3 vocabulary table with etymology, a four-mark exam
                        question, a shaded sentence-starters box, the teacher's italic model answer with bracketed
                        "[✓ …]" marking comments, a "Now you try" question on lines)
python_turtle_primm     a Year 7 Python turtle-graphics lesson: a Word PRIMM worksheet (a unit header and a "print
                        double-sided" footer, a name/form/date line, a Title-style heading with an emoji, "I am
                        learning to:" lower-case "•" objectives, the lesson as a five-row table whose narrow shaded
                        left cells are the stages – "P Predict", "R Run", "I Investigate", "M Modify", "M Make" – and
                        whose right cells hold line-numbered Courier New code, tick boxes, numbered investigate
                        questions and lettered tasks, two key words defined only in italic "Hint:" lines inside the
                        cells, an emoji "How did you do?" line, the teacher's answers after a page break) and the
                        Google Slides deck downloaded as PDF (16:9 pages, no notes, a slide number in the corner, a
                        coloured title page with the teacher's name, a "Do Now" on last lesson answered on the next
                        page, a "By the end of today you will be able to:" page, a wordless turtle picture, a
                        "Command | What it does" table, a drawn coordinate grid, key words bold inside sentences –
                        "… is called a X", "The X is …", "This is the X: …" – a shape/sides/turn table with gaps, code
                        in a grey monospace box, Bronze/Silver/Gold/Platinum tasks, a mini-whiteboard quiz answered on
                        the next page)
video_editing_brief_captions  a Year 8 video-editing project: a two-page trailer project brief printed from Word to PDF
                        (a school header line and "Page n of 2" footer, a dark banner title, a name/form/deadline
                        line, the client's request in quotes, "SKILLS YOU WILL LEARN" as "✔" objectives, numbered
                        steps in a narrow left column beside a shaded "JARGON BUSTER" side box of four bold words
                        each over its meaning, drawn after the steps, a "Tip:" defining one word bold in a sentence,
                        a "Criteria | Working towards | Secure | Mastery" rubric table with one word defined in
                        brackets in a cell, a "☐" hand-in checklist, footage links and the teacher's email) and the
                        captions of the teacher's Clipchamp screencast downloaded as .srt and saved as .txt
                        (numbered cues, "00:00:02,505 --> …" timecodes, lower-case speech without punctuation broken
                        across cues, "[music]" and "[typing]" cues, "um"s, four key words – timeline, trimming,
                        splitting, rendering – defined only in the speech, two of them over two cues, the sign-off);
                        no questions in the documents
binary_addition_morph   a Year 10 GCSE PowerPoint on binary addition, overflow and binary shifts whose worked
                        examples are built with the Morph transition (the <p:transition> PowerPoint writes, in
                        mc:AlternateContent with a fade fallback, on each step slide; every digit its own "!!"-named
                        Consolas text box, so the title, both numbers and the digits already worked come again on
                        each of five addition steps, two overflow steps and two left-shift steps, while red carry
                        digits, result digits and the caption change), a title slide, a "Do Now" and an exit ticket
                        answered in the notes, "LO1 … LO3" objectives, a rules table with a key word bold in a free
                        text box under it, key words bold inside sentences in the captions and in "Title and
                        Content" bullets, an exam question answered in the notes) and a landscape Word "I do, We do,
                        You do" sheet (a header and footer, a Title-style heading, a name line, a four-row table of
                        faded worked examples – I do worked in full, We do half done, You do the numbered questions
                        Q1–Q4 – one key word bold inside an I do cell, a "Challenge Q5" after the table, an emoji
                        confidence line by LO, the teacher's answers after a page break)
css_classroom_stream    a Year 8 lesson on styling web pages with CSS: a curriculum site's teacher lesson plan saved
                        from the browser as HTML (a "saved from url" comment, analytics script, site navigation, a
                        unit strip of numbered lesson bubbles, "Question of the Day", an "Agenda" aside of timed
                        anchor links, "Students will be able to:" objectives, "Preparation" and "Links" with a
                        "Heads Up!", a "Vocabulary" list of "<strong>word</strong> - meaning" items, a "Teaching
                        Guide" of Warm Up / Activity / Wrap Up with "Prompt:", a teacher-only "Discussion Goal",
                        "Remarks" to read aloud, a "Teaching Tip" aside that is the only place one word is defined,
                        CSS and escaped HTML in <pre><code>, two "Question:" items under "Check for Understanding"
                        with no answers, a licence footer and scripts), the class's Google Classroom stream printed
                        from Chrome to PDF (date and title print header, URL and "n/2" footer, the class banner,
                        class code, "Upcoming", "Announce something to your class", post cards newest first: a
                        question post answered only in the teacher's class comment, an assignment with due date,
                        attachments and comments, an announcement of words to copy that is the only place one word
                        is defined, an older material) and the README.md of the remixed starter project (the
                        template's own "Hello Website" text and "← file" lines left in above a rule, then the
                        teacher's task: one word bold in a sentence, numbered steps, a fenced css block with gaps,
                        "Stuck?" bullets, a "- [ ]" list)
passwords_whodunnit     a Year 7 password-security "whodunnit": a case file made in Publisher and saved as a
                        six-page PDF (no automatic page flow, a department line, a dark "CASE FILE #7" banner,
                        detective and partner lines, "THE CRIME" story, the objectives as a lower-case "YOUR
                        MISSION" list, numbered "HOW TO PLAY" steps, four suspect cards in a 2 × 2 grid with mugshot
                        boxes, eight dashed evidence cards two a row over two pages – a login log, a photo caption,
                        a lock-screen message, a phishing email, a search history, a witness statement, the
                        technician's report, a training register – with every key word defined only inside a card's
                        "FORENSICS NOTE:", the witness's words or the report, six numbered "CASE QUESTIONS" on
                        lines, a bordered accusation box, and a red "SOLUTION – TEACHER ONLY" page answering the
                        questions by number) and the Word "Detective's notebook" (no file title, a header and
                        footer, an emoji Title, a name line, an evidence-log table whose first row is the teacher's
                        italic example, a suspect grid, a "Password lab" whose introduction is the only place
                        passphrase is defined, a crack-time table to rank, one question on a line, a shaded
                        accusation box, a "☐" checklist)
logic_gates_tables, python_loops_organiser and storage_revision were the first held-out packs: scored once, unseen,
on 2026-12-06 (recall 63%, precision 80%,
objectives 1/9, titles 1/3, on topic 33/36), then used for tuning; new held-out packs replaced them.
The three after them (bitmap_images_plan, computer_law_shapes, sound_gdocs_worksheet) were the second held-out
set, written blind: scored unseen on 2026-12-06 (recall 62%, precision 65%, objectives 10/13, titles 2/3), then
used for tuning on 2026-12-07; a third blind set replaced them.
The third set (networks_slides_pdf, python_selection_obsidian, spreadsheet_formulas_review): unseen recall 26%,
precision 86%, objectives 7/12; the fourth (html_learning_mat, scratch_maze_cover, searching_sites_mindmap):
unseen recall 32%, precision 100%, objectives 6/9, titles 0/3; the fifth (hexadecimal_forms_quiz,
caesar_cipher_canva, ai_bias_onenote): unseen recall 50%, precision 69%, objectives 5/9, titles 2/3; each then
tuned on (the fifth on 2026-12-07: recall 94%, precision 100%, objectives 9/9, titles 3/3).
The sixth (vector_graphics_ncce, sorting_exam_paper, microbit_quizlet_slides), asked to be ordinary documents:
unseen recall 28%, precision 59%, objectives 24/24 with 3 junk, titles 2/3; tuned on 2026-12-07: recall 97%,
precision 100%, objectives 24/24, titles 3/3.
The seventh (compression_default_slides, cloud_gdocs_organiser, python_lists_replit), ordinary documents again:
unseen recall 64%, precision 78%, objectives 10/10 with 1 junk, titles 3/3; tuned on 2026-12-07: recall 93%,
precision 96%, objectives 10/10, titles 3/3.
The eighth (debugging_oak_pdfs, environment_word_booklet, js_variables_moodle), ordinary documents: unseen recall
86%, precision 82%, objectives 11/11, titles 3/3; tuned on 2026-12-07: recall 100%, precision 97%.
The ninth (iot_section_slides, characters_revision_guide, functions_scheme_handouts): unseen recall 39%,
precision 63%, objectives 6/20, titles 3/3; tuned on 2026-12-07: recall 100%, precision 100%, objectives 20/20.
The tenth (cookies_bitesize_revision, accessibility_callout_slides, blockchain_exam_practice): unseen recall 85%,
precision 78%, objectives 9/9, titles 3/3, on topic 35/36; tuned on 2026-12-07: recall 97%, precision 100%.
The eleventh (sensors_frayer_notes, data_units_kahoot, web_dns_notion): unseen recall 48%, precision 76%,
objectives 3/10, titles 3/3, on topic 28/29; tuned on 2026-12-07: recall 96%, precision 100%, objectives 10/10.
The twelfth (footprint_scanned_textbook, robotics_nested_slides, vr_ar_sway): unseen recall 52%, precision 68%,
objectives 7/11, titles 2/3, on topic 30/30; tuned on 2026-12-07: recall 100%, precision 100%, objectives 11/11.
The thirteenth (computer_history_whiteboard, fake_news_nearpod, file_management_clock): unseen recall 72%, precision
81%, objectives 8/11, titles 2/3, on topic 29/29; tuned on 2026-12-07: recall 100%, precision 100%, objectives
11/11, titles 2/3.
The fourteenth (copyright_keynote_bingo, io_devices_padlet, ui_design_hyperdoc): unseen recall 14%, precision 57%,
objectives 6/9, titles 0/3, on topic 36/36; tuned on 2026-12-07: recall 100%, precision 100%, objectives 9/9, titles
3/3.
The fifteenth (charts_impress_quizizz, printing3d_footnotes_podcast, quantum_infographic_email): unseen recall 23%,
precision 100%, objectives 9/9, titles 1/3, on topic 27/30; tuned on 2026-12-07: recall 100%, precision 100%,
objectives 9/9, titles 3/3.
The sixteenth (animation_menu_loopcards, cyberbullying_booklet_tracker, mobile_apps_marp_sheet): unseen recall 40%,
precision 86%, objectives 7/10 with 3 junk, titles 2/3, on topic 34/35; tuned on 2026-12-07: recall 100%, precision
97%, objectives 10/10.
The seventeenth (cpu_performance_toptrumps, pseudocode_constructs_spicy, search_engines_jamboard): unseen recall
41%, precision 57%, objectives 7/10, titles 3/3, on topic 25/26; tuned on 2026-12-07: recall 76%, precision 96%,
objectives 10/10.
The eighteenth (defensive_design_codeprint, gaming_safety_adventure, network_hardware_riddles): unseen recall
15%, precision 57%, objectives 3/9, titles 1/3, on topic 21/23; tuned on 2026-12-07: recall 100%, precision 100%,
objectives 9/9, titles 3/3, on topic 35/36.
The nineteenth (data_protection_genially, ecommerce_az_leaflet, lmc_caption_cornell): unseen recall 26%,
precision 57%, objectives 4/9 with 2 junk, titles 0/3, on topic 24/26; tuned on 2026-12-07: recall 100%, precision
97%, objectives 9/9, titles 2/3, on topic 36/36.
The twentieth (ethical_hacking_comic_contract, smart_cities_carousel, virtual_memory_faq): unseen recall 29%,
precision 67%, objectives 0/9, titles 2/3, on topic 25/26; tuned on 2026-12-07: recall 100%, precision 100%,
objectives 9/9, titles 2/3, on topic 36/36.
The twenty-first (assistive_tech_jigsaw, automation_jobs_blog, translators_venn_endnotes): unseen recall 7%,
precision 67%, objectives 6/9, titles 0/3, on topic 14/19; tuned on 2026-12-07: recall 100%, precision 100%,
objectives 9/9, titles 2/3, on topic 36/36.
The twenty-second (digital_divide_wordwall, open_source_smartart_kami, python_strings_notebook): unseen recall 62%,
precision 71%, objectives 4/11 with 2 junk, titles 3/3, on topic 30/33, questions in the documents 7/11 (4
answered); tuned on 2026-12-07: recall 100%, precision 100%, objectives 11/11, titles 3/3, on topic 36/36, questions
in the documents 11/11 (all answered).
The twenty-third (file_handling_annotated_parsons, photo_editing_notes_bookmark, sdlc_edpuzzle_marked_answers):
unseen recall 62%, precision 60%, objectives 3/9, titles 3/3, on topic 33/36, questions in the documents 14/29 (10
answered); tuned on 2026-12-07: recall 100%, precision 100%, objectives 9/9, titles 3/3, on topic 34/36, questions
in the documents 22/29 (17 answered).
The twenty-fourth (network_protocols_jeopardy, python_turtle_primm, video_editing_brief_captions): unseen recall
44%, precision 71%, objectives 6/14 with 1 junk, titles 0/3, on topic 31/34, questions in the documents 3/29 (3
answered); tuned on 2026-12-07: recall 100%, precision 100%, objectives 14/14, titles 3/3, on topic 36/36, questions
in the documents 28/29 (26 answered).
The twenty-fifth (binary_addition_morph, css_classroom_stream, passwords_whodunnit): unseen recall 62%, precision
75%, objectives 9/9, titles 2/3, on topic 34/36, questions in the documents 11/22 (10 answered); tuned on
2026-12-07: recall 100%, precision 100%, objectives 9/9, titles 3/3, on topic 35/36, questions in the documents
22/22 (all 19 answered).
"""
