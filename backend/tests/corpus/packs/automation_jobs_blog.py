"""Held out. Year 9 automation and jobs: the department's WordPress class blog post saved from the browser as
HTML (the theme's header, menu and search form, the post's date, author and categories, the objectives in one
"This week we are learning to … , … and …" sentence of the opening paragraph, key words as dotted-underlined
<abbr title="…"> tooltips whose meanings are only in the title attribute, an embedded chart picture, a "Tags:"
line, pupils' comments with the teacher's reply defining one more word, a sidebar of recent posts, archives and a
meta widget, the footer and scripts) and the Word debate pack (a "Motion:" line, "Debate rules" in a shaded box,
four role cards in a 2 × 2 table, each a bold role, a first-person brief and a "Words to use:" line joining a
word to its meaning with "=", a speech planner table, a teacher's judging grid after a page break)."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from tests.corpus import formats as f

ABBR = {
    "automation": "using machines or computers to do work that people used to do",
    "artificial intelligence": "computer systems that can do tasks that normally need human thinking, like "
                               "recognising faces or understanding speech",
    "job displacement": "when workers lose their jobs because a machine or computer now does the work",
}
CHART = ("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAh"
         "KmMIQAAAABJRU5ErkJggg==")


def _abbr(word: str) -> str:
    return f'<abbr title="{ABBR[word]}">{word}</abbr>'


def blog() -> bytes:
    page = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Will a robot take your job? &#8211; Year 9 Computing Blog</title>
<link rel="stylesheet" href="https://computing.stmarks.example/wp-content/themes/twentytwenty/style.css?ver=2.4">
<style>abbr{{text-decoration:underline dotted;cursor:help}}.widget{{margin-bottom:2em}}</style>
<script src="https://computing.stmarks.example/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
</head>
<body class="post-template-default single single-post postid-412">
<header id="site-header"><div class="site-title"><a href="/">Year 9 Computing Blog</a></div>
<div class="site-description">St Mark&#8217;s Academy Computing Department</div>
<nav class="primary-menu"><ul><li><a href="/">Home</a></li><li><a href="/category/homework/">Homework</a></li>
<li><a href="/category/lessons/">Lessons</a></li><li><a href="/about/">About</a></li></ul></nav>
<form role="search" action="/"><input type="search" placeholder="Search &hellip;" name="s"><button>Search</button>
</form></header>
<main id="site-content"><article class="post-412 post type-post status-publish">
<header class="entry-header"><div class="entry-categories"><a href="/category/lessons/">Lessons</a>,
<a href="/category/year-9/">Year 9</a></div><h1 class="entry-title">Will a robot take your job?</h1>
<div class="post-meta">By <a href="/author/mrs-hale/">Mrs Hale</a> &middot; <time datetime="2024-11-04">4 November
2024</time> &middot; <a href="#comments">3 Comments</a></div></header>
<div class="entry-content">
<p>Hi 9C and 9F! This week we are learning to describe how {_abbr('automation')} is changing the world of work,
explain the benefits and drawbacks of {_abbr('artificial intelligence')} for workers and employers, and form an
argument for Thursday&#8217;s debate. Hover over the dotted words if you forget what they mean.</p>
<p>Machines have been replacing jobs for over 200 years. In the 1800s weaving machines took work from hand weavers;
today self-service checkouts, warehouse robots and chatbots are doing jobs that people did ten years ago. Some
experts think up to 30% of jobs in the UK could be automated by the 2030s. This is called
{_abbr('job displacement')}.</p>
<figure class="wp-block-image"><img src="{CHART}" alt="Bar chart of jobs most at risk of automation"
width="640" height="360"><figcaption>Jobs most at risk (source: ONS, 2019)</figcaption></figure>
<p>But new technology also creates new jobs &#8211; nobody was a drone pilot or an app developer in 1990. Workers
whose jobs change may need <abbr title="learning new skills so that you can do a different job">retraining</abbr>.
Some people think the government should pay everyone a
<abbr title="a regular amount of money paid by the government to every adult, whether they work or not">universal
basic income</abbr> if there are not enough jobs to go round.</p>
<h3>Before Thursday</h3>
<ol><li>Read your role card (it&#8217;s in the debate pack in Teams &gt; Files).</li>
<li>Find ONE news story about a job being automated and post the link in the comments.</li></ol>
<p><a href="https://www.bbc.co.uk/bitesize/topics/zkcqn39">BBC Bitesize: Impacts of technology</a></p>
</div>
<footer class="entry-footer"><div class="post-tags">Tags: <a href="/tag/automation/" rel="tag">automation</a>,
<a href="/tag/ai/" rel="tag">AI</a>, <a href="/tag/debate/" rel="tag">debate</a>,
<a href="/tag/ethics/" rel="tag">ethics</a></div></footer>
</article>
<section id="comments"><h2>3 thoughts on &#8220;Will a robot take your job?&#8221;</h2>
<ol class="comment-list">
<li class="comment"><b>Jayden 9C</b> <time>4 November 2024 at 6:12 pm</time>
<p>Amazon warehouses use robots to move the shelves https://www.bbc.co.uk/news/technology-67270890</p></li>
<li class="comment"><b>Amira 9F</b> <time>4 November 2024 at 7:40 pm</time>
<p>Miss what does productivity mean? It&#8217;s on my role card</p>
<ol class="children"><li class="comment byuser bypostauthor"><b>Mrs Hale</b> <time>4 November 2024 at 8:05 pm</time>
<p>Good question Amira! Productivity is how much work gets done in a certain amount of time &#8211; robots can
raise it because they never need a break.</p></li></ol></li>
</ol>
<form id="commentform"><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form>
</section></main>
<aside class="sidebar"><div class="widget"><h2>Recent Posts</h2><ul>
<li><a href="/spreadsheets-homework/">Spreadsheets homework</a></li><li><a href="/python-club/">Python club is back!
</a></li><li><a href="/e-safety-week/">E-safety week</a></li></ul></div>
<div class="widget"><h2>Archives</h2><ul><li><a href="/2024/11/">November 2024</a></li>
<li><a href="/2024/10/">October 2024</a></li><li><a href="/2024/09/">September 2024</a></li></ul></div>
<div class="widget"><h2>Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries feed
</a></li></ul></div></aside>
<footer id="site-footer"><p>&copy; 2024 Year 9 Computing Blog &middot; Powered by WordPress</p></footer>
<script src="https://computing.stmarks.example/wp-includes/js/comment-reply.min.js?ver=6.6"></script>
</body>
</html>
"""
    return page.encode("utf-8")


ROLES = [
    "**Factory owner (FOR)**\nI have just bought robots for my car factory. They work 24 hours a day and make "
    "fewer mistakes.\nWords to use: productivity = how much work gets done in a certain amount of time",
    "**Supermarket worker (AGAINST)**\nFour of my friends lost their jobs when the self-checkouts came in. I am 52 "
    "and don’t know how to do anything else.\nWords to use: redundancy = losing your job because your employer no "
    "longer needs anyone to do it",
    "**Software engineer (FOR)**\nI build the AI that drives delivery vans. My job did not exist 15 years ago.\n"
    "Words to use: machine learning = when a computer improves at a task by learning from lots of data instead "
    "of being given every rule",
    "**Member of Parliament (UNDECIDED)**\nI want my town to have good jobs. Should I tax companies that use "
    "robots?\nWords to use: robot tax = money a company pays to the government for each worker it replaces with "
    "a machine",
]


def debate_pack() -> bytes:
    document = f.new_docx(title="Debate pack")
    document.sections[0].header.paragraphs[0].text = "St Mark’s Academy – Computing – Year 9"
    f.para(document, "Automation Debate Pack", style="Title")
    f.para(document, "Motion: **This house believes that automation will do more good than harm.**")
    f.box(document, ["**Debate rules**", "• One speaker at a time – hold the mic", "• 1 minute per speech",
                     "• Attack the argument, never the person", "• Use at least two key words"], fill="E2EFDA")
    f.para(document, "")
    f.para(document, "Role cards – cut out", bold=True)
    f.table(document, [ROLES[:2], ROLES[2:]])
    f.para(document, "")
    f.para(document, "My speech planner", bold=True)
    f.table(document, [["My role:", ""], ["Point 1 + evidence", ""], ["Point 2 + evidence", ""],
                       ["What will the other side say? How will I answer?", ""]])
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    f.para(document, "Teacher judging grid", bold=True)
    f.table(document, [["Speaker", "Clear point (2)", "Evidence (2)", "Key words (2)", "Rebuttal (2)", "Total"],
                       ["", "", "", "", "", "/8"], ["", "", "", "", "", "/8"], ["", "", "", "", "", "/8"]])
    return f.docx_bytes(document)


FILES = {
    "Will a robot take your job_ – Year 9 Computing Blog.html": blog,
    "Automation debate pack.docx": debate_pack,
}
