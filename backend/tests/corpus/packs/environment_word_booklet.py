"""Year 9 technology and the environment, a department's Word booklet for three lessons (Heading 1 a lesson, its
"Learning objectives", a boxed "Do Now" of retrieval questions (the first lesson's on last year's hardware unit), a
"Key vocabulary" table headed "Word | Meaning", reading paragraphs with bold key words and one meaning in
brackets, tasks with "☐" tick boxes, a shaded "Reflection" box, the Do Now answers at the back) and the plain-text
transcript of the YouTube video the third lesson uses ("[02:15]" timestamps, speech without punctuation, the
channel's sign-off)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f

TITLE = "Technology and the Environment"


def _vocabulary(document: f.DocxDocument, rows: list[tuple[str, str]]) -> None:
    f.para(document, "Key vocabulary", style="Heading 2")
    f.table(document, [["Word", "Meaning"], *[[word, meaning] for word, meaning in rows]])
    made = document.tables[-1]
    for cell in made.rows[0].cells:
        f.cell_fill(cell, "A8D08D")
        cell.paragraphs[0].runs[0].bold = True


def _lesson_start(document: f.DocxDocument, heading: str, objectives: list[str], do_now: list[str]) -> None:
    f.para(document, heading, style="Heading 1")
    f.para(document, "Learning objectives", bold=True)
    for objective in objectives:
        f.para(document, objective, style="List Bullet")
    f.para(document, "Do Now", style="Heading 2")
    f.box(document, ["**Do Now – answer in full sentences. You have 5 minutes.**",
                     *[f"{number}. {question}" for number, question in enumerate(do_now, start=1)]],
          fill="FFF2CC")


def _tasks(document: f.DocxDocument, heading: str, lines: list[str]) -> None:
    f.para(document, heading, style="Heading 2")
    for line in lines:
        f.para(document, f"☐  {line}")


def _reflection(document: f.DocxDocument, prompt: str) -> None:
    f.para(document, "")
    f.box(document, ["**Reflection**", prompt, "", "_" * 70, "", "_" * 70], fill="DEEBF7")


def _page_break(document: f.DocxDocument) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _lesson_1(document: f.DocxDocument) -> None:
    _lesson_start(document, "Lesson 1: Where do our devices come from?", [
        "To describe the raw materials that are used to make digital devices",
        "To explain how making a device affects the environment and people",
    ], ["Name two input devices and one output device.",
        "What is the difference between hardware and software?",
        "Give one reason why people replace their mobile phone."])
    _vocabulary(document, [
        ("Raw materials", "Natural substances, such as metals, sand and oil, that are used to make products"),
        ("Rare earth elements", "A group of 17 metals used in small amounts in screens, speakers, magnets and "
                                "batteries"),
        ("Conflict minerals", "Minerals mined in areas of war, where the money from selling them can pay for the "
                              "fighting"),
        ("Carbon footprint", "The total amount of greenhouse gases produced by making, using and getting rid of "
                             "something"),
    ])
    f.para(document, "")
    for text in [
        "A smartphone is made from more than 60 different elements. The case may be aluminium, the screen is made "
        "from glass (which comes from sand) and the battery needs lithium and cobalt. All of these **raw "
        "materials** have to be dug out of the ground before a single phone can be made.",
        "Many of these metals are mined in only a few countries. Around 70% of the world's cobalt comes from the "
        "Democratic Republic of the Congo, where some mines use child labour. Tin, tantalum, tungsten and gold are "
        "called **conflict minerals** because money from mining them has paid for armed groups.",
        "The **rare earth elements** are not actually rare, but they are spread thinly through rock. Huge amounts "
        "of rock must be dug up and treated with chemicals to collect them, which leaves toxic waste that can "
        "pollute rivers and farmland.",
        "Making a device also uses a lot of energy. The factories that make chips and screens run day and night, "
        "and much of their electricity still comes from burning coal or gas. This releases **greenhouse gases** "
        "(gases such as carbon dioxide that trap heat in the atmosphere and cause climate change). About 80% of "
        "a smartphone's **carbon footprint** comes from making it, not from using it.",
    ]:
        f.para(document, text)
    _tasks(document, "Task 1", [
        "Highlight every raw material in the text above.",
        "Complete the table. The first row has been done for you.",
    ])
    f.table(document, [
        ["Material", "Used for", "Problem caused by getting it"],
        ["Cobalt", "The battery", "Mines in the DRC use child labour"],
        ["Rare earth elements", "", ""],
        ["Gold / tin", "", ""],
        ["Coal or gas (energy)", "", ""],
    ])
    f.para(document, "☐  Challenge: Why might a company not want to tell its customers where its cobalt comes "
                     "from?")
    _reflection(document, "Would you pay more for a phone if you knew it had been made without conflict minerals? "
                          "Why / why not?")


def _lesson_2(document: f.DocxDocument) -> None:
    _lesson_start(document, "Lesson 2: Energy, data centres and streaming", [
        "To describe how using digital devices and online services uses energy",
        "To suggest ways to reduce the energy used by technology",
    ], ["What is meant by raw materials?",
        "Give one reason why mining cobalt is harmful to people or the environment.",
        "What is a carbon footprint?"])
    _vocabulary(document, [
        ("Data centre", "A building full of servers that store data and run websites and online services"),
        ("Energy consumption", "The amount of electricity a device or system uses"),
        ("Renewable energy", "Energy from sources that will not run out, such as wind, solar and hydroelectric "
                             "power"),
        ("Fossil fuels", "Coal, oil and gas: fuels that release carbon dioxide when they are burned to make "
                         "electricity"),
        ("Standby mode", "A low-power state where a device seems to be off but is still using a small amount of "
                         "electricity"),
    ])
    f.para(document, "")
    for text in [
        "Every time you stream a video, send a message or back up a photo, data travels to a **data centre**. A "
        "large data centre holds tens of thousands of servers that run all day, every day. They get very hot, so "
        "a lot of extra electricity is used just to keep them cool. Together, data centres use around 1–1.5% of "
        "all the electricity in the world.",
        "The **energy consumption** of our own devices matters too. A games console or TV left in **standby mode** "
        "overnight is still drawing power, and streaming a film in 4K uses far more data – and so more energy – "
        "than watching it in standard definition on a phone.",
        "Whether this harms the environment depends on where the electricity comes from. Power stations that burn "
        "**fossil fuels** release carbon dioxide. Some technology companies now build data centres in cold "
        "countries such as Iceland and Sweden, where less cooling is needed, and run them on **renewable "
        "energy**.",
    ]:
        f.para(document, text)
    _tasks(document, "Task 2", [
        "Estimate how many hours of video you stream in a week (YouTube, Netflix, TikTok…). Hours: ______",
        "Complete the table: explain how each action saves energy.",
    ])
    f.table(document, [
        ["Action", "How it saves energy"],
        ["Switch devices off at the wall instead of leaving them on standby", ""],
        ["Stream in standard definition on a small screen", ""],
        ["Delete old photos and emails you do not need", ""],
        ["Turn down the screen brightness", ""],
    ])
    f.para(document, "☐  Challenge: Some people say that streaming a film has a bigger carbon footprint than driving "
                     "to the cinema. How could you find out whether this is true?")
    _reflection(document, "Name one change you could make this week to reduce the energy your technology uses.")


def _lesson_3(document: f.DocxDocument) -> None:
    _lesson_start(document, "Lesson 3: E-waste – what happens to our old tech?", [
        "To explain what e-waste is and why it is a problem",
        "To evaluate ways of reducing e-waste, including recycling and repair",
    ], ["What is a data centre?",
        "Why do data centres need so much electricity?",
        "Give one example of renewable energy."])
    _vocabulary(document, [
        ("E-waste", "Electrical or electronic devices that have been thrown away"),
        ("Landfill", "A site where rubbish is buried in the ground"),
        ("Recycling", "Breaking down old products so that the materials inside them can be used again"),
        ("Planned obsolescence", "Designing a product so that it stops working or goes out of date after a set "
                                 "time, so that people buy a new one"),
        ("Right to repair", "The idea that people should be able to fix their own devices, with parts and repair "
                            "instructions available from the manufacturer"),
    ])
    f.para(document, "")
    for text in [
        "**E-waste** is the fastest-growing type of waste in the world. In 2022, 62 million tonnes of it was "
        "thrown away – and only about a fifth of it was recycled properly.",
        "When e-waste goes to **landfill**, toxic substances inside it, such as lead and mercury, can leak into the "
        "soil and water. Some is shipped abroad, where people (often children) burn the plastic off cables to get "
        "at the copper, breathing in the fumes.",
        "In the UK, the **WEEE Regulations** (Waste Electrical and Electronic Equipment) mean that shops selling "
        "electrical goods must help customers to recycle their old ones, for example by taking them back in "
        "store.",
        "Some manufacturers have been accused of **planned obsolescence**: stopping software updates for older "
        "models, or gluing batteries in so that they cannot be replaced. The **right to repair** movement wants "
        "this to change. Buying **refurbished** devices – second-hand devices that have been cleaned, repaired and "
        "tested so they can be sold again – also keeps them out of landfill.",
    ]:
        f.para(document, text)
    f.para(document, "Video", style="Heading 2")
    f.para(document, "Watch: “Where Does Your Old Phone Go? E-Waste Explained” – TechTalk Explained (YouTube, 4:25). "
                     "Answer the questions as you watch. The link is on Google Classroom.")
    for number, question in enumerate([
        "Roughly how much e-waste does the UK produce per person each year?",
        "Which valuable metals can be recovered from old phones?",
        "What does the presenter mean by “urban mining”?",
        "Give two things the presenter says you can do with an old phone instead of leaving it in a drawer.",
    ], start=1):
        f.para(document, f"{number}. {question}")
        f.para(document, "_" * 80)
    _tasks(document, "Task 3", [
        "Sort the ideas on the card sort into Reduce, Reuse and Recycle and stick them in below.",
        "Rank the three ways of dealing with an old phone (repair it, sell it, recycle it) from best to worst "
        "for the environment.",
        "Challenge: Should the government make every phone company sell spare parts for seven years? Give one "
        "argument for and one against.",
    ])
    _reflection(document, "What will you do with your current phone when you replace it? Explain why.")


def _answers(document: f.DocxDocument) -> None:
    f.para(document, "Do Now answers", style="Heading 1")
    f.para(document, "Mark your own Do Now in green pen.", size=9)
    for lesson, answers in [
        ("Lesson 1", ["Input: keyboard, mouse, microphone, touchscreen. Output: monitor, speaker, printer.",
                      "Hardware is the physical parts of a computer that you can touch; software is the programs "
                      "that run on it.",
                      "It is broken or slow, the battery no longer lasts, it stops getting updates, or a newer "
                      "model has come out."]),
        ("Lesson 2", ["Natural substances, such as metals, sand and oil, that are used to make products.",
                      "Mines can pollute rivers and land with toxic waste, some use child labour, and money from "
                      "conflict minerals can pay for fighting.",
                      "The total amount of greenhouse gases produced by making, using and getting rid of "
                      "something."]),
        ("Lesson 3", ["A building full of servers that store data and run websites and online services.",
                      "To run thousands of servers day and night, and to keep them cool so they do not overheat.",
                      "Wind, solar or hydroelectric power."]),
    ]:
        f.para(document, lesson, bold=True)
        for number, answer in enumerate(answers, start=1):
            f.para(document, f"{number}. {answer}")


def booklet() -> bytes:
    document = f.new_docx(title="Y9 Tech and the Environment booklet")
    document.styles["Normal"].font.name = "Century Gothic"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Hollins Park School – Computing Department"
    section.footer.paragraphs[0].text = "Year 9 – Technology and the Environment – Spring 1"
    f.para(document, TITLE, style="Title")
    f.para(document, "Year 9 Computing  |  Lesson booklet: Lessons 1–3")
    f.para(document, "Name: ____________________   Class: ______   Teacher: ______")
    f.para(document, "Bring this booklet to every lesson. The answers to the Do Now questions are at the back.")
    _page_break(document)
    _lesson_1(document)
    _page_break(document)
    _lesson_2(document)
    _page_break(document)
    _lesson_3(document)
    _page_break(document)
    _answers(document)
    return f.docx_bytes(document)


TRANSCRIPT = """Where Does Your Old Phone Go? E-Waste Explained
TechTalk Explained
Transcript

[00:00] [Music]
[00:05] hey everyone welcome back to TechTalk Explained so today we're looking at something most of us never
[00:10] think about what actually happens to your phone when you get a new one
[00:15] be honest how many old phones have you got sitting in a drawer right now because I've got three
[00:22] and that is kind of the problem so let's get into it
[00:27] so first what even is e-waste e-waste basically just means any electrical thing with a plug or a battery
[00:34] that gets thrown away phones laptops chargers TVs vapes even those light up trainers
[00:41] and there is a lot of it in 2022 the world threw away 62 million tonnes of e-waste
[00:48] which is honestly hard to picture it's like it would fill a line of lorries going all the way round the
[00:54] equator
[00:55] and here in the UK we're actually one of the worst in the world at about 24 kilos per person per year
[01:03] that's like every single person throwing away a microwave and a laptop and a couple of phones
[01:09] every year
[01:12] OK so why does it matter well your phone has some pretty nasty stuff inside it
[01:18] lead mercury cadmium and if it ends up in landfill those can leak out into the soil and the water
[01:26] and a lot of e-waste from rich countries gets shipped to places like Ghana where people break it apart by
[01:33] hand or burn the cables to get the copper out and breathing that smoke in is really bad for you
[01:40] [Music]
[01:44] but here's the thing that surprised me your old phone is also kind of treasure
[01:50] there's gold in there silver copper palladium there is actually more gold in a tonne of old phones
[01:57] than in a tonne of gold ore from a mine
[02:01] so people have started calling it urban mining
[02:05] getting the metals back out of old devices instead of digging them out of the ground
[02:10] and that matters because mining is one of the most damaging things we do to the planet
[02:15] right so only about a fifth of e-waste gets properly recycled
[02:20] the rest is burned dumped or just sits in drawers like mine
[02:26] and part of the reason is that phones are not really designed to be taken apart
[02:31] batteries glued in special screws and sometimes updates just stop after a few years so the phone still
[02:38] works but apps won't run and you kind of have to upgrade
[02:43] which is why a lot of people are pushing for the right to repair basically so you can get parts and fix
[02:49] your own stuff and in the EU and the UK there are new rules starting to make that happen
[02:56] [Music]
[03:00] so what can you actually do
[03:03] number one keep your phone longer even one extra year makes a big difference because remember most of the
[03:10] carbon comes from making it not using it
[03:15] number two if it breaks get it repaired a new battery or a new screen is way cheaper than a new phone
[03:22] number three if you don't want it any more sell it or trade it in or give it to someone who needs one
[03:29] number four if it's actually dead recycle it properly most big shops that sell electricals have to take
[03:36] old stuff back and there are collection points at the tip
[03:41] and please please don't put batteries or vapes in the normal bin they can start fires in bin lorries
[03:48] that is a real thing
[03:52] OK quick recap e-waste is stuff with a plug or battery that gets thrown away there's loads of it
[03:59] it's toxic if it's dumped it's valuable if it's recycled and the best thing you can do is keep your
[04:05] tech for longer
[04:09] so yeah that's it from me if this helped hit that like button subscribe for more TechTalk Explained and
[04:16] go and check that drawer I'll catch you in the next one peace
[04:21] [Music]"""


def transcript() -> bytes:
    return TRANSCRIPT.encode("utf-8")


FILES = {
    "Y9 Tech and the Environment booklet L1-3.docx": booklet,
    "E-waste video transcript.txt": transcript,
}
