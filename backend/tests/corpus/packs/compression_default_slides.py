"""Held out. Year 8 data compression: a plain PowerPoint deck in the default layouts ("Title and Content" bullets
with sub-bullets, a "Keywords" slide of "Term – meaning" bullets with one hyphen where autocorrect missed, a
"Two Content" RLE slide, a "Comparison" slide of lossy against lossless, three A)–D) quiz slides each answered on
the next slide, answers to the Do Now in the notes) and the Word homework sheet it sets (a reading passage, a
shaded word bank box, numbered comprehension questions with marks and answer lines)."""

from __future__ import annotations

from tests.corpus import formats as f

OBJECTIVES = [
    "Explain why files are compressed",
    "Use run-length encoding (RLE) to compress and decompress data",
    "Compare lossy and lossless compression",
]
KEYWORDS = [
    "Compression – making a file smaller so it takes up less storage space",
    "Decompression – turning a compressed file back into a form that can be used",
    "Lossless compression – makes a file smaller without losing any data; the original file can be rebuilt exactly",
    "Lossy compression – makes a file smaller by permanently removing some data",
    "Run-length encoding (RLE) – a lossless method that stores each run of repeated data as a count and a value",
    "Bandwidth - how much data can be sent over a connection each second",
    "File size – the amount of storage a file takes up, measured in bytes (KB, MB, GB)",
]
QUIZ = [
    ("Which type of compression should be used for a program file (.exe)?",
     ["A) Lossy", "B) Lossless", "C) Either, it makes no difference", "D) Program files cannot be compressed"],
     ["B) Lossless", "  If any data was removed the program would not run properly"]),
    ("What is AAAABBBBBBCC compressed with RLE?",
     ["A) 4A 6B 2C", "B) 4A 5B 2C", "C) ABC", "D) 12ABC"],
     ["A) 4A 6B 2C", "  4 As, then 6 Bs, then 2 Cs – 12 characters down to 6"]),
    ("Why is lossy compression used for streaming music?",
     ["A) It keeps every bit of the original recording", "B) It makes the files much smaller so they stream quickly",
      "C) It makes the music louder", "D) It is the only type of compression that works on sound"],
     ["B) It makes the files much smaller so they stream quickly",
      "  Most people can't hear the data that has been removed"]),
]


def deck() -> bytes:
    deck = f.new_pptx()
    f.title_slide(deck, "Data Compression", "Y8 Data Representation – Lesson 4")
    f.content_slide(deck, "Do Now (5 mins)", [
        "Answer in your books:",
        "  A photo is 4 MB. How many photos fit on a 32 GB memory card? (1 GB = 1000 MB)",
        "  Why does a video sometimes go blurry when your internet is slow?",
        "  What does a .zip file do?",
    ], notes="8000 photos. Streaming drops the quality so it sends less data. Zip makes files smaller (and puts "
             "lots of files into one) – lead in to today.")
    f.content_slide(deck, "Learning Objectives", [
        *OBJECTIVES,
        "Keywords on the next slide – copy them into the back of your book",
    ])
    f.content_slide(deck, "Keywords", KEYWORDS)
    f.content_slide(deck, "Why compress files?", [
        "Smaller files…",
        "  take up less storage space on your phone, laptop or in the cloud",
        "  upload and download faster",
        "  use less bandwidth, so videos and music can be streamed",
        "  can be sent as email attachments (most email has a 25 MB limit)",
        "Compression removes repeated or unnecessary data",
        "A compressed file has to be decompressed before it can be used",
    ], notes="Netflix example – a 2 hour film in HD with no compression at all would be over 1 TB.")
    f.two_content_slide(deck, "Run-length encoding (RLE)", [
        "Looks for runs – the same value repeated one after another",
        "Stores each run as a count and the value",
        "  AAAAABBBCCCCCCCCD",
        "  becomes 5A 3B 8C 1D",
        "17 characters → 8 characters",
    ], [
        "Works well when data has lots of repeats",
        "  e.g. simple images, icons, black and white scans",
        "Works badly when there are few repeats",
        "  ABCDEF → 1A1B1C1D1E1F (twice as long!)",
        "RLE is lossless",
    ])
    f.content_slide(deck, "RLE with pictures", [
        "Each row of a black and white image can be stored using RLE",
        "  W = white pixel, B = black pixel",
        "Row: WWWWBBBWWW",
        "  RLE: 4W 3B 3W",
        "Your turn – compress these rows in your book:",
        "  WWBBBBBBWW",
        "  BBBBBBBBBB",
        "  WBWBWBWBWB   what goes wrong??",
    ], notes="2W 6B 2W / 10B / 1W1B1W1B1W1B1W1B1W1B is 20 characters – longer than the row it came from.")
    f.comparison_slide(deck, "Lossy vs lossless", ("Lossy", [
        "Some data is removed for ever",
        "Much smaller files",
        "Quality goes down (you might not notice)",
        "Used for: photos (JPEG), music (MP3), video (MP4)",
    ]), ("Lossless", [
        "No data is lost – the original can be rebuilt exactly",
        "Files are not as small",
        "No loss of quality",
        "Used for: text, program code, spreadsheets (ZIP), PNG images",
    ]))
    f.content_slide(deck, "Which would you choose?", [
        "A photo for Instagram",
        "Your Python homework",
        "A song on Spotify",
        "A bank's customer records",
        "  Lossy or lossless? Why? Talk to your partner (2 mins)",
    ], notes="lossy, lossless, lossy, lossless")
    for number, (question, options, answer) in enumerate(QUIZ, start=1):
        f.content_slide(deck, f"Quiz – Question {number}", [question, *options])
        f.content_slide(deck, f"Question {number} – answer", answer)
    f.content_slide(deck, "Homework", [
        "Compression reading + questions sheet",
        "  on Teams → Assignments, or paper copies at the front",
        "Due: next lesson",
        "Full sentences for Q3 and Q4!",
    ])
    f.content_slide(deck, "Exit ticket", [
        "On a post-it:",
        "  Compress WWWWWWBBW using RLE",
        "  Name one file you would NEVER use lossy compression on",
    ], notes="6W 2B 1W. Any text file, program, bank records etc.")
    return f.pptx_bytes(deck)


PASSAGE = [
    "Every minute, people around the world upload hundreds of hours of video to YouTube and send millions of "
    "photos. If all of these files were sent at their full size, the internet would slow to a crawl and our phones "
    "would be full within days. The answer is **compression**: making files smaller so that they take up less "
    "storage space and can be sent more quickly.",
    "There are two types of compression. **Lossless** compression makes a file smaller without throwing any data "
    "away. When the file is decompressed, you get back exactly the same file you started with. This is essential "
    "for text documents and programs – imagine if a few letters went missing from your bank statement, or a line "
    "of code disappeared from an app! ZIP files and PNG images use lossless compression.",
    "**Lossy** compression works differently. It permanently removes data that people are unlikely to notice, "
    "such as tiny changes in colour in a photo or sounds that are too quiet or too high for most of us to hear. "
    "This makes files much smaller, which is why streaming services such as Netflix and Spotify use it. The "
    "downside is that the removed data can never be put back, and if a file is compressed too much you start to "
    "see blocky pictures or hear 'tinny' music. JPEG photos, MP3 music and MP4 videos all use lossy compression.",
    "One simple lossless method is **run-length encoding (RLE)**. Instead of storing every value, RLE stores how "
    "many times a value is repeated in a row. For example, a row of pixels WWWWWBBB can be stored as 5W 3B. RLE "
    "works best on data with long runs of the same value, like a simple cartoon image, but on data with very few "
    "repeats it can even make the file bigger.",
]
WORD_BANK = "compression  ·  lossy  ·  lossless  ·  decompressed  ·  run-length encoding  ·  storage  ·  streaming"
QUESTIONS = [
    "1. What is compression? (1 mark)",
    "2. Give two reasons why files are compressed. (2 marks)",
    "3. Explain the difference between lossy and lossless compression. (2 marks)",
    "4. Why would lossy compression be a bad choice for a text document or a program? (2 marks)",
    "5. Name one type of file that uses lossy compression and one that uses lossless compression. (2 marks)",
    "6. Use run-length encoding to compress this row of pixels: BBBBWWWWWWBB (1 mark)",
    "7. Challenge: Explain why RLE would make the data ABCDEFG bigger instead of smaller. (2 marks)",
]
ANSWER_LINE = "_" * 78


def homework() -> bytes:
    document = f.new_docx()
    f.para(document, "Data Compression – Homework", size=18, bold=True)
    f.para(document, "Name: ______________________     Class: 8____     Due: ______________")
    f.para(document, "Read the text carefully, then answer the questions underneath. Use the word bank to help "
                     "you. Answer in full sentences.")
    document.add_heading("Squeezing the internet", level=2)
    for paragraph in PASSAGE:
        f.para(document, paragraph)
    f.box(document, ["**Word bank**", WORD_BANK], fill="FFF2CC")
    f.para(document)
    f.para(document, "Questions", bold=True, size=14)
    for question in QUESTIONS:
        f.para(document, question)
        f.para(document, ANSWER_LINE)
        f.para(document, ANSWER_LINE)
    f.para(document, "Total: _____ / 12", bold=True)
    return f.docx_bytes(document)


FILES = {
    "Y8 L4 Compression FINAL v2.pptx": deck,
    "Compression homework.docx": homework,
}
