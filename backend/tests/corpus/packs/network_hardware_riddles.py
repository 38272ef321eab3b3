"""Held out. Year 10 GCSE network hardware: a PowerPoint of "Who am I?" riddle slides (each device's job given as
first-person clues in one text box, the device's name only in a separate "reveal" box placed on the slide by hand
– sometimes before the clues in the slide's shape order, sometimes after – beside a red "?" circle), an
"LO1 –" objectives slide, a wordless school-network picture, a switch-or-router sort and an exit ticket answered
in the notes, and the Seneca Learning assignment results page saved from the browser as HTML (the app's sidebar,
the class's progress table, "Most missed questions" with the right answer and the commonest wrong one, and the
assignment's content cards with the key word in a highlighted span, one word defined only there)."""

from __future__ import annotations

from tests.corpus import formats as f

OBJECTIVES = [
    "LO1 – Identify the hardware needed to build a local area network (LAN)",
    "LO2 – Describe the job of a NIC, a switch, a router and a wireless access point",
    "LO3 – Explain the difference between a switch and a router",
]

# (clues, answer, is the answer box first in the slide's shape order?)
RIDDLES = [
    ("I live inside every computer, laptop and printer on a network.\n"
     "I give the device a way to connect to the network, by cable or wirelessly.\n"
     "I was given my own MAC address in the factory.",
     "NETWORK INTERFACE CARD (NIC)", False),
    ("I connect the devices on a LAN together.\n"
     "I read the MAC address on each frame and send it only to the device it is meant for.\n"
     "I have lots of Ethernet ports on my front.",
     "SWITCH", True),
    ("I connect different networks together, like your school LAN and the internet.\n"
     "I read the IP address on each packet and send it on the best route towards where it is going.",
     "ROUTER", False),
    ("I let wireless devices like phones and tablets join a wired network.\n"
     "I send and receive data using radio waves (Wi-Fi).",
     "WIRELESS ACCESS POINT (WAP)", True),
    ("I connect devices on a LAN too, but I am not very clever.\n"
     "I send every frame to every device, so I make lots of extra traffic.\n"
     "Most schools threw me away years ago!",
     "HUB", False),
    ("I am a cable with a plastic plug on each end.\n"
     "I carry data between devices and switches using electrical signals in twisted pairs of copper wire.",
     "ETHERNET CABLE", True),
    ("I turn the digital signal from your router into a signal that can travel along the telephone line or "
     "fibre to your internet service provider, and back again.",
     "MODEM", False),
]


def _riddle_slide(deck, number: int, clues: str, answer: str, answer_first: bool) -> None:
    slide = f.titled_slide(deck, f"Who am I?  ({number}/7)")

    def reveal() -> None:
        f.text_box(slide, answer, left=1.5, top=5.6, width=7, height=0.9, size=30, bold=True)

    if answer_first:
        reveal()
    f.text_box(slide, clues, left=0.6, top=1.6, width=8.8, height=3.6, size=22)
    f.shape_box(slide, "?", left=8.3, top=5.5, width=1.1, height=1.1, kind="OVAL", fill="C00000", size=36,
                bold=True)
    if not answer_first:
        reveal()
    slide.notes_slide.notes_text_frame.text = "Click to reveal. Cold call – hands down."


def deck() -> bytes:
    presentation = f.new_pptx(title="Network hardware")
    f.title_slide(presentation, "Network Hardware", "Y10 GCSE Computer Science – Networks lesson 2\nMr Okafor")
    f.content_slide(presentation, "Starter (5 mins)", [
        "Look at the back of the router in the picture on your desk.",
        "How many different sockets can you count?",
        "What do you think each one is for?",
    ], notes="Answers: power, 4 x Ethernet (LAN), 1 x WAN/fibre, reset button. Don't define anything yet.")
    f.content_slide(presentation, "Learning objectives", OBJECTIVES)
    school = f.titled_slide(presentation, "Our school network")
    f.picture(school, f.sketch_png([
        ("rect", (40, 40, 200, 140), "#9dc3e6"), ("rect", (250, 180, 420, 260), "#a9d18e"),
        ("rect", (40, 320, 160, 400), "#ffd966"), ("rect", (440, 320, 560, 400), "#ffd966"),
        ("line", (120, 140, 335, 180), "#555555"), ("line", (335, 260, 100, 320), "#555555"),
        ("line", (335, 260, 500, 320), "#555555"), ("arc", (430, 30, 580, 180), "#2e75b6"),
    ]), left=2.2, top=1.5, width=5.5)
    f.text_box(school, "What do you think each box is?", left=0.6, top=6.3, width=8, height=0.6, size=18)
    for number, (clues, answer, first) in enumerate(RIDDLES, start=1):
        _riddle_slide(presentation, number, clues, answer, first)
    f.content_slide(presentation, "Switch or router?", [
        "Sort these jobs into two columns in your book:",
        "  Uses MAC addresses",
        "  Uses IP addresses",
        "  Connects devices within one LAN",
        "  Connects the LAN to the internet",
        "  Finds the best route for a packet",
    ], notes="Switch: MAC, within one LAN. Router: IP, LAN to internet, best route.")
    f.content_slide(presentation, "Exit ticket", [
        "1. Which device lets a tablet join the school's wired network?",
        "2. Give one reason a switch is better than a hub.",
        "3. Which address does a router use to forward packets?",
    ], notes="1. A wireless access point. 2. A switch sends frames only to the right device, so there is less "
              "traffic / fewer collisions. 3. The IP address.")
    return f.pptx_bytes(presentation)


SENECA = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Network hardware | Assignment | Seneca</title>
<link rel="stylesheet" href="https://app.senecalearning.com/static/css/main.8c1f2a.css">
<style>.keyword{background:#ffe680;font-weight:600}.bar{background:#2ecc71;height:8px}</style>
</head>
<body>
<div id="root">
<nav class="Sidebar_sidebar__x1">
  <a href="/dashboard/classes">Classes</a>
  <a href="/dashboard/assignments">Assignments</a>
  <a href="/dashboard/insights">Insights</a>
  <a href="/dashboard/courses">Courses</a>
  <span class="Sidebar_user__q2">Mr D Okafor · Bramhall High School</span>
</nav>
<main class="AssignmentPage_main__k9">
<div class="Breadcrumb_crumbs__a1"><a href="/dashboard/classes/10X-Cs">10X/Cs</a> › Assignments › Network hardware</div>
<h1>Network hardware</h1>
<p class="AssignmentPage_meta__p3">Set 03/12/2026 · Due 10/12/2026 23:59 · Course: GCSE Computer Science: OCR ·
Section 1.3.1 Wired and wireless networks</p>
<div class="Tabs_tabs__z8"><button class="active">Results</button><button>Questions</button><button>Content</button></div>

<section class="Results_summary__r4">
  <div><span class="big">74%</span> average score</div>
  <div><span class="big">21/26</span> students started</div>
  <div><span class="big">38 min</span> average time studied</div>
</section>

<table class="Results_table__t7">
<thead><tr><th>Student</th><th>Progress</th><th>Score</th><th>Time studied</th></tr></thead>
<tbody>
<tr><td>Aisha B.</td><td><div class="bar" style="width:100%"></div>100%</td><td>91%</td><td>52 min</td></tr>
<tr><td>Callum D.</td><td><div class="bar" style="width:100%"></div>100%</td><td>68%</td><td>41 min</td></tr>
<tr><td>Ellie F.</td><td><div class="bar" style="width:60%"></div>60%</td><td>72%</td><td>25 min</td></tr>
<tr><td>Harvey G.</td><td><div class="bar" style="width:0%"></div>Not started</td><td>–</td><td>–</td></tr>
<tr><td>Imran K.</td><td><div class="bar" style="width:100%"></div>100%</td><td>80%</td><td>47 min</td></tr>
<tr><td>Jess L.</td><td><div class="bar" style="width:35%"></div>35%</td><td>55%</td><td>12 min</td></tr>
</tbody>
</table>
<p class="Results_more__m1"><a href="#">Show all 26 students</a> · <a href="#">Download CSV</a></p>

<h2>Most missed questions</h2>
<ol class="Missed_list__l2">
<li><p class="q">What does a router use to decide where to send a packet?</p>
<p class="correct">Correct answer: the destination IP address</p>
<p class="wrong">Most common wrong answer: the MAC address (9 students)</p></li>
<li><p class="q">Why has a switch replaced the hub in most networks?</p>
<p class="correct">Correct answer: a switch only sends each frame to the device it is meant for, so there is less traffic</p>
<p class="wrong">Most common wrong answer: a switch is wireless (4 students)</p></li>
<li><p class="q">Which piece of hardware has the MAC address?</p>
<p class="correct">Correct answer: the network interface card (NIC)</p>
<p class="wrong">Most common wrong answer: the router (6 students)</p></li>
<li><p class="q">What is the job of a wireless access point?</p>
<p class="correct">Correct answer: it lets wireless devices connect to a wired network</p>
<p class="wrong">Most common wrong answer: it connects the school to the internet (5 students)</p></li>
</ol>

<h2>Content in this assignment</h2>
<div class="ConceptCard_card__c5">
  <h3>Connecting to a network</h3>
  <p>Every device on a network needs a <span class="keyword">network interface card (NIC)</span>. This is the
  hardware that lets the device connect to the network, either with a cable or wirelessly.</p>
  <p>Each NIC has a <span class="keyword">MAC address</span>: a unique 48-bit address given to the card when it is
  made, usually written as six pairs of hexadecimal digits, like 3C:22:FB:91:0A:7E.</p>
</div>
<div class="ConceptCard_card__c5">
  <h3>Switches and routers</h3>
  <p>A <span class="keyword">switch</span> connects devices together on a LAN and sends each frame only to the
  device it is meant for.</p>
  <p>A <span class="keyword">router</span> connects different networks together and forwards packets towards
  their destination using IP addresses.</p>
</div>
<div class="ConceptCard_card__c5">
  <h3>Going wireless</h3>
  <p>A <span class="keyword">wireless access point</span> lets devices connect to a wired network using Wi-Fi.
  Home &ldquo;routers&rdquo; are really a router, a switch, a wireless access point and a modem in one box.</p>
</div>
</main>
<footer class="Footer_footer__f0">© Seneca Learning Ltd · <a href="/privacy">Privacy</a> · <a href="/help">Help centre</a></footer>
</div>
<script src="https://app.senecalearning.com/static/js/main.4b7d0e.js"></script>
<script>window.__INITIAL_STATE__={"assignmentId":"9f3c1e2a","classId":"10X-Cs"};</script>
</body>
</html>
"""


def seneca() -> bytes:
    return SENECA.encode("utf-8")


FILES = {
    "Network hardware - Who am I.pptx": deck,
    "Seneca - Network hardware - 10X Cs.html": seneca,
}
