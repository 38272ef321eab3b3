"""Held out. Year 7 online gaming safety: a "choose your path" story printed to a two-page PDF (a class-set line, a
bold title and how-to-read instructions, nine numbered sections read out of order with "→ If Jay …, go to 6."
choices, key words defined only in what the characters say – "That's griefing," says Priya. "It's when…" – or in
a shaded "WORD CHECK" strip under a section, an ending marked "THE END", a "Finished? Go back…" line, the author line) and the
Word mission sheet that goes with it (a school header, the objectives as "🎮 Level 1/2/3 –" missions, a story
tracker of boxes to fill with section numbers, a "Spot the scam" task whose introduction defines the word in bold
inside a sentence, a table of three chat messages to judge, a "Help a friend" writing task, help-line links)."""

from __future__ import annotations

from tests.corpus import formats as f

SECTIONS = [
    (1, "Jay is 12 and has just got Skyforge Legends for his birthday. On the back of the box there is a big "
        "orange “12”. “That’s the PEGI rating,” says Mum. “It tells you the youngest age a game is suitable for, "
        "and the little pictures next to it tell you why – like violence or in-game purchases.” Before he can play, "
        "Jay has to choose a name for his player.",
     ["→ If Jay types his real name, JayHarris2014, go to 4.", "→ If Jay makes up the name FrostFox77, go to 2."],
     None),
    (2, "Mum sits down with Jay to set the game up. She shows him the privacy settings: the options that control "
        "who can see your profile, send you messages or join your voice chat. They set messages to “Friends "
        "only”. Then Jay joins his first match.",
     ["→ Go to 3."], None),
    (3, "A player called ZeroChill keeps knocking down everything Jay’s team builds and laughing on voice chat. "
        "“Ignore him, that’s griefing,” says Jay’s teammate Priya. “It’s when someone spoils the game for other "
        "players on purpose.”",
     ["→ If Jay shouts back at ZeroChill, go to 5.", "→ If Jay blocks and reports ZeroChill, go to 6."], None),
    (4, "Straight away a player messages: “hey JayHarris2014 what school do u go to?” Jay’s big sister sees the "
        "screen. “Never use your real name,” she says. “Your username should be made up, so it doesn’t give "
        "away who you are, where you live or how old you are.” Jay changes it to FrostFox77.",
     ["→ Go to 2."], None),
    (5, "Jay shouts back. ZeroChill records it and reports Jay, and Jay gets a 24-hour chat ban. Shouting back "
        "never helps – the griefer wants a reaction.",
     ["→ Go to 6."], None),
    (6, "Jay blocks and reports ZeroChill and the match gets better. After the game the shop pops up: “MYTHIC "
        "CHEST – 500 gems! Could contain the legendary Dragon Wings!” Jay only has 120 gems.",
     ["→ If Jay asks to use Mum’s bank card, go to 7.", "→ If Jay saves up his gems instead, go to 8."],
     ["WORD CHECK", "loot box – a virtual box or chest you pay for without knowing what is inside it, a bit like "
      "gambling", "in-game purchase – spending real money inside a game on extra items, levels or game currency"]),
    (7, "Jay spends £19.99 on gems and opens five chests. He gets five pairs of boots. No Dragon Wings. Mum is "
        "not happy when she sees her bank statement.",
     ["→ Go to 8."], None),
    (8, "A friendly player, Coach_Dan, has been playing with Jay all week. He gives Jay free skins, says Jay is "
        "the best player he knows, and asks him to move to a private chat app – “and don’t tell your mum, she "
        "won’t get it.” Jay tells Priya, and Priya tells her mum. “That could be grooming,” says Priya’s mum. "
        "“It’s when someone builds up a friendship with a young person online so they can trick or harm them. "
        "Asking you to keep secrets is a big warning sign.”",
     ["→ If Jay tells his mum and reports Coach_Dan, go to 9."], None),
    (9, "Jay tells his mum. They take screenshots, block Coach_Dan and report him to the game and to CEOP. A week "
        "later Jay reaches Level 10 with Priya – and he still has his real name to himself.",
     ["THE END – you levelled up safely! ★"], None),
]


def story() -> bytes:
    pdf = f.Pdf(title="Level Up Safely")
    pdf.add_page()
    pdf.line_of("Class set – 7R / 7T – please do not write on this copy", size=8)
    pdf.line_of("LEVEL UP SAFELY", size=24, bold=True, height=12)
    pdf.line_of("A choose-your-path story", size=13, height=8)
    pdf.line_of("How to read it: start at section 1. At the end of each section, choose what Jay does and go to "
                "that number. Don’t read straight through! Keep track of your path on your mission sheet.",
                size=10)
    pdf.ln(3)
    for number, text, choices, word_check in SECTIONS:
        if number == 6:
            pdf.add_page()
        pdf.line_of(str(number), size=16, bold=True, height=8)
        pdf.line_of(text, size=11)
        for choice in choices:
            pdf.line_of(choice, size=11, bold=True)
        if word_check:
            pdf.set_fill_color(255, 242, 204)
            pdf.set_font(pdf.sans, "B", 9)
            pdf.multi_cell(0, 5, pdf.typed(word_check[0]), fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(pdf.sans, "", 9)
            for line in word_check[1:]:
                pdf.multi_cell(0, 5, pdf.typed(line), fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.line_of("Finished? Go back to section 3 and find out what happens if Jay makes the other choice.", size=10, bold=True)
    pdf.ln(4)
    pdf.line_of("Story by Miss K. Rowe, Computing Dept.  Skyforge Legends is a made-up game.", size=8)
    return pdf.output_bytes()


MISSIONS = [
    "🎮 Level 1 – I can name three risks of playing games online",
    "🎮 Level 2 – I can explain what to do if another player makes me feel uncomfortable",
    "🎮 Level 3 – I can give a friend advice on setting up a new game safely",
]

SCAM_MESSAGES = [
    ["**Message**", "**Scam? ✓ / ✗**", "**Why?**"],
    ["“FREE 10,000 gems!!! Just log in at skyforge-gems-free.net 😱”", "", ""],
    ["“GG! Want to play again tomorrow? – Priya”", "", ""],
    ["“This is Skyforge support. Your account will be deleted. Send your password to keep it.”", "", ""],
]


def mission_sheet() -> bytes:
    document = f.new_docx(title="")
    document.sections[0].header.paragraphs[0].text = "St Oswald’s C of E Academy · Computing · Year 7 Digital Life"
    f.para(document, "Online gaming: staying safe", style="Title")
    f.para(document, "Name: ____________________   Form: 7___", size=11)
    f.para(document, "Today’s missions", bold=True, size=14)
    for mission in MISSIONS:
        f.para(document, mission)
    f.para(document, "")
    f.para(document, "Story tracker", bold=True, size=14)
    f.para(document, "Read “Level Up Safely”. Write the number of every section you visit, in order.")
    f.table(document, [["1", "", "", "", "", "", "", "", ""]])
    f.para(document, "Which choice was the hardest for Jay? Why? ________________________________________")
    f.para(document, "")
    f.para(document, "Spot the scam", bold=True, size=14)
    f.para(document, "A **scam** is a trick to get your money, your account or your personal details, like a "
                     "website promising free gems or skins. Tick the messages you think are scams and say why.")
    f.table(document, SCAM_MESSAGES)
    f.para(document, "")
    f.para(document, "Help a friend", bold=True, size=14)
    f.para(document, "Your cousin is 10 and has just got their first online game. Write them a message with "
                     "FOUR tips. Use at least three of: PEGI rating, username, privacy settings, griefing, loot "
                     "box, grooming.")
    for _ in range(6):
        f.para(document, "_" * 80)
    f.para(document, "Worried about something that happened online? Talk to a trusted adult, or: Childline 0800 "
                     "1111 · www.childline.org.uk · report to CEOP at www.ceop.police.uk", size=9)
    return f.docx_bytes(document)


FILES = {
    "Level Up Safely - story.pdf": story,
    "Y7 Gaming safety mission sheet.docx": mission_sheet,
}
