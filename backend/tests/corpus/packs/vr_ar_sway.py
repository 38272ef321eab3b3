"""Held out. Year 8 virtual and augmented reality: a Microsoft Sway saved from the browser as HTML (the Sway
viewer's toolbar and navigation pane, cards as nested <div>s with data attributes, a title card with the author, a
"What we're learning" card, key words emphasised or accented inside paragraphs, an image card whose caption defines
a word, a "Stack" group and a "Comparison" group, an embedded video, a numbered task card with links, the "Made with
Microsoft Sway" footer, cookie banner and scripts) and the unit glossary in Word (alphabetical, a letter heading
for each letter used, dictionary-style entries "**word** (noun) meaning" with an italic example and "See also").
"""

from __future__ import annotations

from tests.corpus import formats as f

STYLE = """
.sway-viewer{font-family:'Segoe UI',sans-serif;margin:0}
.toolbar{display:flex;gap:12px;background:#008272;color:#fff;padding:6px 14px}
.card{max-width:760px;margin:28px auto}
.emphasis{font-weight:600}
.accent{background:#fff1a8}
.caption{font-size:.9em;color:#555}
.cookie-banner{position:fixed;bottom:0;background:#f3f2f1;padding:8px}
"""


def sway_html() -> bytes:
    body = f"""<!DOCTYPE html>
<html lang="en-GB" dir="ltr">
<head>
<meta charset="utf-8">
<title>Virtual and Augmented Reality – Y8 Emerging Tech</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Virtual and Augmented Reality – Y8 Emerging Tech">
<meta property="og:description" content="A Sway by R Patel">
<meta property="og:site_name" content="Sway">
<link rel="icon" href="https://sway.cloud.microsoft/favicon.ico">
<style>{STYLE}</style>
<script>window.__swayBoot={{"storyId":"k3VQe8dLp2Tn","mode":"view","locale":"en-GB","telemetry":true}};</script>
<script src="https://eus-www.sway-cdn.com/s/dist/viewer.bundle.7f3a91.js" async></script>
</head>
<body class="sway-viewer">
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">This site uses cookies for analytics,
personalised content and ads. By continuing to browse this site, you agree to this use.
<a href="https://go.microsoft.com/fwlink/?LinkId=521839">Learn more</a> <button>Accept</button></div>
<div class="toolbar" role="toolbar">
  <button aria-label="Navigation">Navigation</button>
  <button aria-label="Play">Play</button>
  <button aria-label="Share">Share</button>
  <button aria-label="Edit">Edit</button>
  <button aria-label="More options">…</button>
</div>
<nav class="nav-pane" aria-label="Navigation">
  <ol>
    <li><a href="#c1">Virtual and Augmented Reality</a></li>
    <li><a href="#c2">What we're learning</a></li>
    <li><a href="#c3">Step into another world</a></li>
    <li><a href="#c4">How does VR trick your brain?</a></li>
    <li><a href="#c5">VR vs AR</a></li>
    <li><a href="#c6">Is VR safe?</a></li>
    <li><a href="#c7">Your task</a></li>
  </ol>
</nav>
<main class="story" data-layout="vertical">
<div class="card title-card" id="c1" data-card-type="Title">
  <div class="bg-image" style="background-image:url('https://eus-www.sway-cdn.com/s/img/k3VQe8dLp2Tn/bg1.jpg')"
       role="img" aria-label="A student wearing a VR headset in a classroom"></div>
  <h1>Virtual and Augmented Reality</h1>
  <p class="subtitle">Year 8 Computing · Emerging Technologies · Lesson 2</p>
  <p class="byline">Miss R Patel · 14 min read</p>
</div>
<div class="card text-card" id="c2" data-card-type="Heading1">
  <h2>What we're learning</h2>
</div>
<div class="card text-card" data-card-type="Text">
  <p>By the end of this Sway you should be able to:</p>
  <ul>
    <li>Explain the difference between virtual reality and augmented reality</li>
    <li>Describe the hardware needed for a VR experience</li>
    <li>Give examples of how VR and AR are used in education, medicine and gaming</li>
    <li>Evaluate the health and safety risks of using VR</li>
  </ul>
  <p>Keep your glossary open – every <span class="emphasis">bold</span> word is in it.</p>
</div>
<div class="card text-card" id="c3" data-card-type="Heading1">
  <h2>Step into another world</h2>
</div>
<div class="card text-card" data-card-type="Text">
  <p><span class="emphasis">Virtual reality</span> (VR) is a computer-generated 3D world that completely replaces
  what you see and hear, so you feel as if you are somewhere else. You might be standing in your bedroom, but your
  brain thinks you are on top of Mount Everest.</p>
  <p>The feeling of really being inside the virtual world is called <span class="emphasis">immersion</span>. The
  better the graphics, sound and tracking, the more immersive the experience.</p>
</div>
<div class="card image-card" data-card-type="Image">
  <figure>
    <img src="https://eus-www.sway-cdn.com/s/img/k3VQe8dLp2Tn/headset.jpg" alt="A VR headset on a desk">
    <figcaption class="caption">A <span class="emphasis">head-mounted display (HMD)</span>: a headset worn over
    the eyes with a small screen in front of each eye. Meta Quest 3, 2023.</figcaption>
  </figure>
</div>
<div class="card group-card" id="c4" data-card-type="Group" data-group="Stack">
  <h2>How does VR trick your brain?</h2>
  <div class="card text-card" data-card-type="Text">
    <p><span class="emphasis">Motion tracking</span> – sensors in the headset and controllers follow the movement
    of your head and hands, so the picture changes as you move.</p>
  </div>
  <div class="card text-card" data-card-type="Text">
    <p>How much of the virtual world you can see at one time is called the <span class="emphasis">field of
    view</span>. Most headsets give about 100°; your own eyes see nearly 200°.</p>
  </div>
  <div class="card text-card" data-card-type="Text">
    <p><mark class="accent">Latency</mark> is the delay between you moving your head and the picture changing. If
    it is more than about 20 milliseconds, people start to feel ill.</p>
  </div>
  <div class="card text-card" data-card-type="Text">
    <p>Some controllers and gloves give <span class="emphasis">haptic feedback</span> (vibrations or forces that
    you can feel, like a buzz when your hand touches something in the game).</p>
  </div>
</div>
<div class="card group-card" id="c5" data-card-type="Group" data-group="Comparison">
  <h2>VR vs AR</h2>
  <div class="card text-card" data-card-type="Text">
    <h3>Virtual reality</h3>
    <p>Replaces the real world. You need a headset. Examples: Beat Saber, flight simulators, virtual school trips
    with Google Expeditions.</p>
  </div>
  <div class="card text-card" data-card-type="Text">
    <h3>Augmented reality</h3>
    <p><span class="emphasis">Augmented reality</span> (AR) adds computer-generated images on top of your view of
    the real world, usually through the camera on a phone or tablet. Examples: Pokémon GO, Snapchat filters, the
    IKEA Place app.</p>
  </div>
  <p class="caption">Somewhere in between is <span class="emphasis">mixed reality</span>, where virtual objects
  are placed in the real room and you can interact with them as if they were really there.</p>
</div>
<div class="card text-card" id="c6" data-card-type="Heading1">
  <h2>Is VR safe?</h2>
</div>
<div class="card text-card" data-card-type="Text">
  <p>Lots of people get <span class="emphasis">cybersickness</span> – they feel dizzy or sick because what their
  eyes see does not match what their body feels. Take a break every 20 minutes, clear the space around you and
  never use a headset near stairs. Most headset makers say VR is not for children under 13.</p>
</div>
<div class="card embed-card" data-card-type="Video">
  <iframe title="How does virtual reality work? | BBC Bitesize" width="640" height="360"
    src="https://www.youtube-nocookie.com/embed/2wL3n6fRz1Y" allowfullscreen></iframe>
</div>
<div class="card text-card" id="c7" data-card-type="Heading1">
  <h2>Your task</h2>
</div>
<div class="card text-card" data-card-type="Text">
  <ol>
    <li>Watch the video above (4 minutes).</li>
    <li>Open the class Padlet: <a href="https://padlet.com/rpatel_ks3/y8-vr-ar-8c">padlet.com/rpatel_ks3/y8-vr-ar-8c</a></li>
    <li>Post ONE way VR or AR is used in education, medicine or gaming. Add a picture.</li>
    <li>Reply to two other posts: would you use it? Why?</li>
    <li>Extension: write a paragraph in your book – “VR should be used in every school.” Do you agree?</li>
  </ol>
</div>
</main>
<footer class="sway-footer">
  <p>Made with Microsoft Sway</p>
  <p>Create and share interactive reports, presentations, personal stories, and more.
  <a href="https://sway.cloud.microsoft/?ref=footer">Start now</a></p>
  <p><a href="https://sway.cloud.microsoft/report">Report abuse</a> ·
  <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Privacy &amp; cookies</a> ·
  <a href="https://go.microsoft.com/fwlink/?LinkID=530144">Terms of use</a> · © Microsoft 2025</p>
</footer>
<script>(function(){{var t=document.querySelector('.cookie-banner button');t&&t.addEventListener('click',
function(){{t.parentNode.remove()}})}})();</script>
</body>
</html>
"""
    return body.encode("utf-8")


# (letter, [(word, part of speech, meaning, example, see also)])
GLOSSARY = [
    ("A", [("augmented reality (AR)", "noun",
            "Computer-generated images added on top of your view of the real world, usually through the camera on "
            "a phone or tablet.", "Pokémon GO puts Pokémon on the street in front of you.", "mixed reality")]),
    ("C", [("cybersickness", "noun",
            "Feeling dizzy or sick because what your eyes see does not match what your body feels.",
            "After ten minutes on the roller coaster game Sam had cybersickness.", "latency")]),
    ("F", [("field of view", "noun", "How much of the virtual world you can see at one time.",
            "A wider field of view makes VR feel more real.", "")]),
    ("H", [("haptic feedback", "noun", "Vibrations or forces that you can feel, from a controller or glove.",
            "The controller buzzes when your sword hits something.", ""),
           ("head-mounted display (HMD)", "noun",
            "A headset worn over the eyes with a small screen in front of each eye.",
            "Meta Quest 3, PlayStation VR2.", "virtual reality")]),
    ("I", [("immersion", "noun", "The feeling of really being inside the virtual world.",
            "Good 3D sound adds to the immersion.", "")]),
    ("L", [("latency", "noun", "The delay between you moving your head and the picture changing.",
            "High latency can cause cybersickness.", "cybersickness")]),
    ("M", [("mixed reality", "noun",
            "Virtual objects placed in the real room that you can interact with as if they were really there.",
            "Microsoft HoloLens lets surgeons see a 3D heart floating above the patient.", "augmented reality"),
           ("motion tracking", "noun",
            "Sensors following the movement of your head and hands so the picture changes as you move.",
            "Turn your head and the virtual room turns too.", "")]),
    ("V", [("virtual reality (VR)", "noun",
            "A computer-generated 3D world that completely replaces what you see and hear.",
            "A flight simulator used to train pilots.", "head-mounted display")]),
]


def glossary_docx() -> bytes:
    document = f.new_docx(title="Glossary")
    document.core_properties.author = "Rupa Patel"
    section = document.sections[0]
    section.header.paragraphs[0].text = "Y8 Emerging Technologies – Computing Dept"
    section.footer.paragraphs[0].text = "Keep this in the front of your book"
    document.add_heading("Emerging Technologies: Glossary", level=0)
    f.para(document, "Lesson 2 – Virtual and Augmented Reality. Words are in alphabetical order. Use them in your "
                     "extended writing!")
    for letter, entries in GLOSSARY:
        document.add_heading(letter, level=1)
        for word, kind, meaning, example, see_also in entries:
            paragraph = document.add_paragraph()
            run = paragraph.add_run(word)
            run.bold = True
            kind_run = paragraph.add_run(f" ({kind}) ")
            kind_run.italic = True
            paragraph.add_run(meaning)
            sentence = document.add_paragraph()
            example_run = sentence.add_run(f"e.g. {example}")
            example_run.italic = True
            if see_also:
                sentence.add_run(f"  See also: {see_also}.")
    f.para(document, "")
    f.para(document, "Missing a word? Add it on the last page and show Miss Patel.", size=9)
    return f.docx_bytes(document)


FILES = {
    "Virtual and Augmented Reality – Y8 Emerging Tech.html": sway_html,
    "Y8 Emerging Tech Glossary.docx": glossary_docx,
}
