"""Held out. Year 8 video editing: a two-page project brief for a 60-second film trailer printed from Word to PDF (a
school header line and a "Page n of 2" footer, a banner title, a name/form/deadline line, "The brief" as a client's
request, a "SKILLS YOU WILL LEARN" heading over "✔" objectives, numbered "What you need to do" steps in a narrow
left column beside a shaded "JARGON BUSTER" side box of four bold words each over its meaning, one word bold inside a
step, a four-level "Criteria | Working towards | Secure | Mastery" marking rubric table with one more word defined in
brackets in a cell, a "☐" hand-in checklist, trailer links, the teacher's email) and the captions of the teacher's
Clipchamp screencast downloaded as an .srt file and saved as .txt (numbered cues, "00:00:03,200 --> …" timecodes,
sentences broken across cues, "[music]" and "[typing]" cues, four key words defined only in the teacher's speech, one
of them split over two cues, "um"s, a sign-off)."""

from __future__ import annotations

from tests.corpus import formats as f

OBJECTIVES = [
    "Plan a video using a storyboard",
    "Import, trim and split clips on a timeline",
    "Add transitions, titles and music to a video",
    "Export a video in the right format for the platform it is going to",
]
STEPS = [
    "1. Choose a film (real or made up!) and write a one-sentence pitch.",
    "2. Plan your trailer on the storyboard sheet – at least 8 shots.",
    "3. Film or find your clips. Only use copyright-free footage and music (see the links on page 2).",
    "4. Import your clips into Clipchamp and put them in order on the timeline.",
    "5. Trim and split your clips so the whole trailer is 60 seconds or less.",
    "6. Add titles, at least two transitions and music.",
    "7. Watch it back with a partner and give each other one WWW and one EBI.",
    "8. Export it at 1080p and upload it to the Teams assignment.",
]
STEP_5_EXTRA = ("Tip: use **B-roll** (extra shots of places and objects that you cut in over the main action) to "
                "hide a jumpy cut.")
JARGON = [
    ("Storyboard", "A plan of your video drawn as a row of boxes, one for each shot, with notes on what happens, "
                   "the sound and how long it lasts."),
    ("Clip", "One piece of video, from when you press record to when you press stop."),
    ("Transition", "The effect used to move from one clip to the next, e.g. a fade, a wipe or a straight cut."),
    ("Aspect ratio", "The shape of the video: its width compared with its height. 16:9 is widescreen (YouTube); "
                     "9:16 is tall (TikTok, Reels)."),
]
RUBRIC = [
    ("Criteria", "Working towards", "Secure", "Mastery"),
    ("Planning", "Storyboard has fewer than 8 shots or is not finished",
     "8 shots planned with notes on sound and timing", "Detailed storyboard; the final trailer follows it closely"),
    ("Editing", "Clips are in order but not trimmed", "Clips trimmed and split so the trailer is under 60 seconds",
     "Cuts are timed to the music; B-roll used to hide jumps"),
    ("Transitions & titles", "No transitions, or only one", "At least two transitions and a title",
     "Transitions suit the mood; titles are easy to read"),
    ("Export", "Exported but the wrong shape or very blurry",
     "Exported as MP4 at 1080p in 16:9", "Exported at the right frame rate (the number of still images shown "
     "each second, e.g. 30 fps) and aspect ratio for the platform"),
]
CHECKLIST = [
    "☐ My trailer is 60 seconds or less",
    "☐ I have used at least two transitions",
    "☐ I have trimmed the start and end of every clip",
    "☐ All my footage and music is copyright-free, and I have listed where it came from",
    "☐ I have exported it as an MP4 and uploaded it to Teams",
]


def _footer(pdf, number: int) -> None:
    pdf.set_font(pdf.sans, "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(10, 285)
    pdf.cell(190, 5, f"Page {number} of 2", align="C")
    pdf.set_text_color(0, 0, 0)


def _header(pdf) -> None:
    pdf.set_font(pdf.sans, "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.set_xy(10, 6)
    pdf.cell(190, 5, pdf.typed("Ashcombe Academy – Computing & Creative Media      Year 8 • Spring 2 • Project 3"))
    pdf.set_text_color(0, 0, 0)


def brief() -> bytes:
    pdf = f.Pdf(title="Y8 Trailer Project Brief")
    pdf.set_producer("Microsoft® Word for Microsoft 365")
    pdf.set_auto_page_break(auto=False)
    pdf.add_page()
    _header(pdf)
    pdf.set_fill_color(30, 30, 30)
    pdf.rect(10, 13, 190, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font(pdf.sans, "B", 20)
    pdf.set_xy(14, 16)
    pdf.cell(182, 12, pdf.typed("PROJECT BRIEF: Make a 60-second film trailer"))
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(10, 35)
    pdf.line_of("Name: ______________________   Form: ______   Deadline: Friday 27th March (end of lesson)", size=10)
    pdf.ln(2)
    pdf.line_of("The brief", size=13, bold=True)
    pdf.line_of("“Our cinema is opening a new screen for young film-makers. We want Year 8 to make trailers to show "
                "before the films. A trailer must grab the audience in the first 5 seconds, show the mood of the "
                "film without giving away the ending, and be no longer than 60 seconds.” – Ms Reid, Ashcombe "
                "Picturehouse", size=10, height=5)
    pdf.ln(2)
    pdf.line_of("SKILLS YOU WILL LEARN", size=12, bold=True)
    for objective in OBJECTIVES:
        pdf.line_of(f"✔  {objective}", size=10, height=5.5)
    pdf.ln(3)
    top = pdf.get_y()
    # The jargon buster: a shaded box down the right-hand side, written after the steps in the page's stream.
    pdf.set_xy(10, top)
    pdf.line_of("What you need to do", size=12, bold=True)
    for step in STEPS:
        pdf.set_x(10)
        pdf.set_font(pdf.sans, "", 10)
        pdf.multi_cell(118, 5.2, pdf.typed(step), align="L", new_x="LMARGIN", new_y="NEXT")
        if step.startswith("5."):
            pdf.set_x(16)
            pdf.multi_cell(112, 5.2, pdf.typed(STEP_5_EXTRA), markdown=True, align="L", new_x="LMARGIN",
                           new_y="NEXT")
        pdf.ln(1)
    pdf.set_fill_color(255, 242, 204)
    pdf.rect(134, top, 66, 112, style="F")
    pdf.set_xy(137, top + 3)
    pdf.set_font(pdf.sans, "B", 12)
    pdf.cell(60, 7, "JARGON BUSTER")
    y = top + 12
    for word, meaning in JARGON:
        pdf.set_xy(137, y)
        pdf.set_font(pdf.sans, "B", 10)
        pdf.cell(60, 5, word)
        pdf.set_xy(137, y + 5.5)
        pdf.set_font(pdf.sans, "", 9)
        pdf.multi_cell(60, 4.4, pdf.typed(meaning), align="L")
        y = pdf.get_y() + 4
    _footer(pdf, 1)

    pdf.add_page()
    _header(pdf)
    pdf.set_xy(10, 15)
    pdf.line_of("How it will be marked", size=13, bold=True)
    pdf.set_font(pdf.sans, "", 9)
    with pdf.table(col_widths=(30, 53, 53, 54), line_height=4.8, text_align="LEFT") as made:
        for cells in RUBRIC:
            row = made.row()
            for cell in cells:
                row.cell(pdf.typed(cell))
    pdf.ln(5)
    pdf.line_of("Before you hand in", size=13, bold=True)
    for line in CHECKLIST:
        pdf.line_of(line, size=10, height=6)
    pdf.ln(3)
    pdf.line_of("Inspiration & free footage", size=13, bold=True)
    for line in ["Watch 2–3 trailers on the Teams channel (Files > Trailers) – notice how fast the cuts get!",
                 "Free video: https://www.pexels.com/videos/     Free music: https://pixabay.com/music/",
                 "How-to video (Clipchamp basics): on the Teams assignment"]:
        pdf.line_of(line, size=10, height=5.5)
    pdf.ln(3)
    pdf.line_of("Stuck? Email me: s.patel@ashcombe.sch.uk or come to Computing Club (Wednesday, C14).", size=9)
    _footer(pdf, 2)
    return pdf.output_bytes()


CUES = [
    "[music]",
    "hi Year 8 it's Miss Patel um in this video",
    "I'm going to show you the basics of Clipchamp",
    "so you can start editing your trailer",
    "okay so I've logged in with my school account",
    "and I'm going to click create a new video",
    "first of all we need to import our clips",
    "so I click import media and I find the clips on my OneDrive",
    "[typing]",
    "there we go they're in my media",
    "now see this long strip along the bottom",
    "this is called the timeline the timeline is where you put your clips in order",
    "left to right from the start of your video to the end",
    "so I just drag the clips down onto it like this",
    "now this first clip is way too long",
    "so I'm going to trim it trimming means cutting bits off the start or the end",
    "of a clip so you only keep the part you actually want",
    "you just grab the green edge and drag it in",
    "see",
    "next splitting um splitting is when you cut one clip into two pieces",
    "at the point where the white line is so you can delete the middle bit",
    "or move one half somewhere else",
    "you click the scissors or press S on the keyboard",
    "right when you're happy click export in the top corner",
    "and pick 1080p",
    "now Clipchamp has to render your video and that takes a while",
    "rendering means the computer works out every single frame",
    "and saves it all into one video file an MP4",
    "so please don't close the tab while it's doing that",
    "you'll lose it and you'll have to start again",
    "that's it for now next lesson we'll do transitions and music",
    "any problems come and find me in C14 see you next lesson bye",
    "[music]",
]


def _timecode(milliseconds: int) -> str:
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d},{millis:03d}"


def captions() -> bytes:
    blocks, start = [], 0
    for number, text in enumerate(CUES, start=1):
        length = 900 + 42 * len(text)
        blocks.append(f"{number}\n{_timecode(start)} --> {_timecode(start + length)}\n{text}\n")
        start += length + 40
    return "\n".join(blocks).encode("utf-8")


FILES = {
    "Y8 Trailer Project Brief.pdf": brief,
    "Clipchamp basics - captions.txt": captions,
}
