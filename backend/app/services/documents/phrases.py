"""What a piece of teaching text is: a key word, a definition, an objective statement, or none of these.

Each test looks only at the words, as a teacher would: a key word is a short noun phrase ("Caesar cipher",
"Denial of Service (DoS)"); a definition describes ("Scrambling data so that…"), it does not instruct ("Use three
random words"); an objective states what pupils will learn, it is not a timetable line ("9:45 What is…"), an
activity ("Students will then complete…"), a task, a link or a sentence cut off mid-way. Nothing here knows a
particular document. structure.py asks these before it keeps a term or an objective.
"""

from __future__ import annotations

import re

from app.services.documents import sentence_shapes as shapes


def _listed(words: str) -> list[str]:
    return words.split()


# An all-capital word this long is shouting, not an acronym (acronyms a KS3 unit uses are short: CPU, BIOS, ASCII).
SHOUTING_LETTERS = 6
MAX_TERM_CHARS = 60
MAX_LABEL_WORDS = 8
SHOUTED_SHARE = 0.3  # of a line's words in long capitals make it shouted

URL = re.compile(r"https?://|\bwww\.\S|\b[\w-]+\.(?:com|org|net|co\.uk|ac\.uk|gov\.uk|example)/", re.IGNORECASE)
EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A line of an email written out as an example: a header, a greeting or a sign-off.
EMAIL_LINE = re.compile(
    r"^\s*(?:subject|from|to|cc|bcc|sent|date|dear|regards|kind regards|best wishes|yours sincerely)\s*[:,]",
    re.IGNORECASE,
)
CLOCK_TIME = re.compile(r"^\W*\d{1,2}[:.]\d{2}\s*(?:am|pm)?\b", re.IGNORECASE)  # "9:45 What is network security?"
# "LO1: Describe…", "Learning objective 2 – …", "LO3  Choose…" (spaced off, capital after): an objective with its code.
LO_LINE = re.compile(
    r"^(?:LO|L\.O\.?|learning objective|objective)\s*(\d{1,2})(?:\s*[:.)\-–—]|\s+(?=(?-i:[A-Z])))\s*(?P<text>.+)$",
    re.IGNORECASE)
MINUTES_RANGE = re.compile(r"^\W*\d{1,3}\s*[-–—]\s*\d{1,3}\s*(?:mins?|minutes)\b\.?", re.IGNORECASE)  # "0-5 mins …"
TIME_EXPRESSION = re.compile(r"\b\d+\s*(?:-\s*\d+\s*)?(?:mins?|minutes?|hours?|hrs?)\b", re.IGNORECASE)
# The date a board or a page is written on ("Tue 3rd Nov", "12 January", "Monday 4th March 2026"): never a meaning.
MONTH_NAME = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
WRITTEN_DATE = re.compile(
    rf"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"{MONTH_NAME}|{MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?", re.IGNORECASE)
SHOUTED_EXCLAMATION = re.compile(r"\b[A-Z]{4,}\b[^a-z]*!")
LONG_CAPITALS = re.compile(rf"\b[A-Z]{{{SHOUTING_LETTERS},}}\b")
PUNCTUATION_RUN = re.compile(r"[!?$£€*#_…]{3,}|[!?]{2,}|\.{4,}")
FORMULA_OPERATOR = re.compile(r"(?<=\w|\))\s+[x×*÷/+]\s+(?=[\w(])")
PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# A name with a comma in it is still one thing when it is a law's or a body's name: "Copyright, Designs and
# Patents Act" (a list of words is not: "Input, process, output").
NAMED_WITH_COMMA = re.compile(r"^(?:[A-Z][\w’'-]*,? (?:and |of |the |& )*)+(?:Act|Regulations|Law|Bill|Directive)"
                              r"(?: \d{4})?$")
CONTRACTION = re.compile(r"\b\w+n[’']t\b|\b(?:i|you|we|they|it|that)[’'](?:m|re|ll|ve|d|s)\b", re.IGNORECASE)
# A level label before a differentiated objective ("🥉 Bronze:", "Most –", a game's "🎮 Level 2 –"), or a skill's
# ("Literacy focus:"), says who it is for or which skill, not what is learnt: the objective is what follows it.
LEVEL_LABEL = re.compile(r"^[^\w\s]*\s*(?:bronze|silver|gold|platinum|all|most|some|must|should|could|(?:level|tier)"
                         r"\s*\d{1,2}|(?:literacy|numeracy|oracy|reading|writing) focus)\s*[:–—-]\s*(?=\w)", re.I)
# "Y7", "Year 9", "Lesson 2", "Unit 1": labels of a course, never key words.
COURSE_LABEL = re.compile(r"\b(?:y|yr|year|lesson|unit|week|ks)\s*\d|\b(?:term|key stage|page|slide|paper|topic"
                          r"|chapter|module|component|section|spec(?:ification)?(?: point)?)\s+\d", re.IGNORECASE)

# A person named with a title ("Mr Adeyemi", "Dr. Khan"): the author of a post or reply, never a key word.
PERSON = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir)\.?\s+[A-Z]")
# A heading over an example or examples ("Example: smart heating", "Examples of IoT devices", "Worked example"):
# its lines are the example's parts, not key words and their meanings.
EXAMPLE_HEADING = re.compile(r"^(?:worked\s+|some\s+)?examples?\b", re.IGNORECASE)

# Verbs that start a classroom instruction ("Use three random words", "Remind pupils…"): a definition never does.
INSTRUCTION_VERBS = frozenset(_listed("""
    add answer ask check choose circle click colour color compare complete copy create cross decide define describe
    discuss do don't download drag draw explain fill find follow give go hand have head highlight identify imagine
    jot label list listen log look make mark match move name note open pair pick place please press put read remember
    remind research revise save say share show spot state stick suggest swap talk tell think tick try turn underline
    use visit watch work write never always let
"""))
# Words a noun phrase does not start with: pronouns, determiners, question words, conjunctions, adverbs.
NOT_A_NOUN_START = frozenset(_listed("""
    i you we they he she it its this that these those there here my your our their his her if when then so but and
    or because also much very more less some any all each every no not yes what why how which who where whose
    only just now next first finally after before today tomorrow yesterday e.g. eg i.e. ie etc please well can could
    will would should must may might is are was were be been being has have had does did hi hello thanks thank sorry
    ok okay same different than as of to in on at by for with from about into over under vs versus sir miss
    higher lower bigger smaller larger faster slower greater fewer better worse longer shorter
    almost certainly probably definitely maybe perhaps absolutely exactly
    anything something everything nothing anyone someone everyone nobody anybody somebody everybody
""")) | frozenset(_listed("""
    add ask choose circle click colour color complete create decide define describe discuss do don't download draw
    explain find follow give go head highlight identify imagine jot label listen look make press put remember remind
    research revise say suggest swap talk tell think try underline use visit write never always let compare type keep
"""))  # instructions; not verbs that are also key words ("List", "Read-only memory", "Place value")
NOUNS_TOO = frozenset({"colour", "color", "label", "type"})  # instructions that also name things ("Colour depth")
RELATIVE_WORDS = frozenset({"that", "which", "who", "whose"})  # a clause, not a name: "A calculation that starts…"
# Words a definition does not start with: a meaning is not an example, the lesson talking, or a sentence about
# people named before it ("The people – they chose the training data…" is an answer and its reason).
NOT_A_DEFINITION_START = frozenset(_listed("""
    e.g. eg i.e. ie example examples i we you let's today now next remember don't please they he she
"""))
# "X – the only one that…" picks the odd one out of a set: it says how X differs from the others, not what X is.
CONTRASTED = re.compile(r"^the only (?:one|thing)s?\b", re.IGNORECASE)
# A help line's number ("Childline – 0800 1111 or childline.org.uk"): how to reach it, not what a word means. Dialled
# numbers open on 0 or a +country code and have a digit past 1 (binary "0110 1001" does not).
PHONE_FIRST = re.compile(r"^(?:\+\d{1,3} ?|0)(?=[\d ]*[2-9])\d{2,4} ?\d{3,4}(?: ?\d{3,4})?\b")
# "X is the easiest to use", "X is the strictest": a ranking among things of a kind, with no noun to say what X is.
# And "L1 – smallest and fastest, inside each core", "L2 – bigger, a bit slower": how one of a list of levels or
# kinds compares with the others beside it, not what it is.
RANKED = re.compile(r"^the\s+(?:most\s+|least\s+)?[a-z]+(?<=est)(?:\s+(?:to|of)\s+[a-z]+)?\W*$"
                    r"|^(?:the\s+)?[a-z]+(?:est|er)(?:\s+and\s+[a-z]+(?:est|er))?\s*,", re.IGNORECASE)
# "Non-Commercial: don't make money from it": a name, then the rule it sets; what to do, not what it is.
NAMED_RULE = re.compile(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}:\s+(?P<rule>.+)$")
# What a mark scheme credits, not a name: a count of things ("Three separate points", "Two main reasons") or what
# the answer does ("Keeps talking about Priya", "Uses the key words", "Gives an example").
CREDITED = re.compile(r"^(?:(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z]+\s+)?[a-z]+s$"
                      r"|(?:keeps|uses|gives|explains|mentions|links|includes|describes|identifies|states|refers)\s)",
                      re.IGNORECASE)
# "Lets go…" is "let's" typed without its apostrophe; "lets devices join…" says what something allows.
LETS_INSTRUCTION = re.compile(r"^lets\s+(?:go|look|try|see|start|begin|think|have|do|find|recap|review|learn|get|make"
                              r"|read|write|watch|practise|practice|check|move|play)\b", re.IGNORECASE)
# The kinds of construct a programming keyword names ("If statement", "While loop", "Not operator").
CONSTRUCTS = frozenset(_listed("""
    statement statements loop loops gate gates operator operators block blocks clause clauses condition conditions
    expression expressions keyword keywords mode modes
"""))
# Verbs that make a line a sentence rather than a noun phrase.
FINITE_VERBS = frozenset(_listed("is are was were will would can could should must may might has have had does did"))
# A sentence whose subject is many things ("Each row … can be stored", "All files are…"), not a description.
QUANTIFIED_SENTENCE = re.compile(rf"^(?:each|every|all|most|many)\b.*\b(?:{'|'.join(sorted(FINITE_VERBS))})\b",
                                 re.IGNORECASE)
# A whole term that is a lesson-plan or marking label ("Starter", "Do now", "Level 2 (3–5 marks)"), never a key word.
LABEL_TERM = re.compile(
    r"^(?:slide|lesson|unit|week|part|task|activity|step|starter|plenary|main|homework|extension|note|notes"
    r"|example|examples|question|questions|answer|answers|q|a|hint|tip|top tip|time|timing|timings|resources?"
    r"|equipment|teacher|pupils?|students?|learners?|class|objectives?|lo|l\.o\.?|success criteria|page|section"
    r"|worksheet|figure|video|introduction|intro|recap|review|discussion|demo|demonstration|assessment|dirt|www|ebi"
    r"|differentiation|safeguarding|support|challenge|stretch|key question|outline|preparation|date|due|room|form"
    r"|year|yr|key stage|half term|exam|exam question|exit ticket|do now|your turn|quiz|test yourself|reminder"
    r"|remember|well done|name|mark scheme|marks?|score|think pair share|learning|today|walt|wilf|ks|level|grade"
    r"|for example|for instance|in summary|agenda|contents|overview|summary|key points|next steps|any questions)"
    r"(?:\s*\d{1,2}[a-z]?|\s+[a-z])?(?:\s*\(.*\))?$",  # "Part 2", "Part B"
    re.IGNORECASE,
)
# Words a key word never starts with, because they start lesson-plan lines ("Lesson 3 recap", "Homework sheet").
LABEL_PREFIX = re.compile(
    r"^(?:lesson|unit|week|slide|task|activity|starter|plenary|homework|extension|worksheet|teachers?|pupils?"
    r"|students?|learners?|year|yr|page|question|answer|exam|q\d+|lo\d+|objective|example|success criteria"
    r"|by the end|we are learning|i can|i will)\b",
    re.IGNORECASE,
)
# What an activity is called ("Match up exercise", "Binary cards activity"): the name of a task, not a key word.
ACTIVITY_NOUNS = re.compile(
    r"\b(?:activity|activities|exercise|exercises|task|tasks|worksheet|quiz|game|starter|plenary|homework"
    r"|challenge|lesson|questions?|answers?|poster|ticket|card sort)$",
    re.IGNORECASE,
)
# Objective statements start with what pupils will do or know ("Describe…", "To understand…", "I can…").
OBJECTIVE_START = re.compile(
    r"^(?:to|i|we|you|be|lo\s*\d*|all|most|some|(?:pupils|students|learners|you|we)\s+(?:will|should|must|can)"
    r"|know|understand|describe|explain|identify|use|write|compare|convert|give|recognise|recognize|define|list"
    r"|state|create|design|evaluate|apply|analyse|analyze|outline|name|recall|demonstrate|develop|discuss"
    r"|investigate|plan|test|debug|build|make|learn|spot|choose|select|calculate|represent|draw|label|read|trace"
    r"|predict|justify|consider|summarise|summarize|classify|interpret|solve|program|code|implement|modify|assess"
    r"|distinguish|decompose|follow|produce|construct|present|research|stay|keep|protect|manage|say|show|work"
    r"|appreciate|explore|practise|practice|reflect|remember|become|gain|find|edit|format|search|navigate"
    r"|communicate|collaborate|store|sort|filter|query|insert|upload|download|install|access|compose|send"
    r"|form|argue|debate|judge|be able|can|will|understanding|knowledge|awareness|how|why|what)\b",
    re.IGNORECASE,
)
# Someone doing something in the lesson ("Teacher will give…", "Students will then complete…") — unless it is what
# they will be able to do afterwards ("Pupils will be able to…").
ACTIVITY_LINE = re.compile(
    r"^(?:the\s+)?(?:teachers?|students?|pupils?|learners?|class|children|everyone|groups?)\b"
    r"(?!\s+(?:will|should|must|can)\s+(?:be able|know|understand|learn|have learn))",
    re.IGNORECASE,
)
# "Homework:", "Extension –", "Resources:" — a label that starts a line about something other than learning.
NOT_OBJECTIVE_LABEL = re.compile(
    r"^(?:homework|extension|starter|plenary|main|task\s*\d*|activity\s*\d*|resources?|differentiation|challenge"
    r"|stretch|support|note|notes|date|class|teacher|room|due|time|timing|safeguarding|assessment|equipment"
    r"|prior learning|hook|do now)\b\s*[:–—(-]",
    re.IGNORECASE,
)
# A sentence cut off mid-way ends on a word that cannot end one ("…the clues that show it is")…
DANGLING_END = re.compile(
    r"\b(?:the|a|an|and|or|but|that|which|than|its|their|your|our|my|because|so|if|when|it is|it was|this is"
    r"|there is|they are)\s*$",
    re.IGNORECASE,
)
# …or on a preposition, unless a question word earlier takes it ("what a network is made of").
PREPOSITION_END = re.compile(r"\b(?:to|of|with|for|by|from|in|on|at|as|into|about)\s*$", re.IGNORECASE)
# A check of work already done, as a task's tick-box checklist has it ("☐ I used at least four objects", "My logo
# is grouped", "The text is centred…"): what the finished work is like, not what pupils will learn.
DONE_CHECK = re.compile(
    r"^(?:I(?:'ve|\s+have)?\s+(?!need\b)(?:[a-z]+ed|made|drew|wrote|put|gave|took|kept|built|chose|found|did)\b"
    r"|I(?:'ve|\s+have)\s+(?:[a-z]+(?:en|wn)|done|learnt|spent|sent|met)\b"  # "I have given…", "I have shown…"
    r"|(?:the|my|our)\s+(?:[\w-]+\s+){1,3}(?:is|are|has been|have been)\s+(?!able\b)[a-z]+(?:ed|en)\b)",
    re.IGNORECASE,
)
# An example closing a meaning ("…a web page, e.g. https://…"): judged apart from the words that describe.
EXAMPLE_TAIL = re.compile(r"[,;(]?\s*\b(?:e\.g\.|eg\b|for example\b|such as\b).*$", re.IGNORECASE)
DASH = re.compile(r"\s[–—-]\s")  # between the parts of a line ("Keywords on the next slide – copy them…")
COMPARISON = re.compile(r"\s(?:vs\.?|versus|v\.)\s", re.IGNORECASE)  # "Star vs bus": two things, not one
QUESTION_FIRST = re.compile(r"^[^.!?]*\?(?:\s|$)")  # text whose first sentence asks something
# A sentence left for the pupil to finish ("This means that… because…"): a writing frame's starter, not a meaning.
UNFINISHED = re.compile(r"[^\W\d_](?:…|\.\.\.)$")  # not "1, 16, 256 …", a list that goes on
WH_WORD = re.compile(r"\b(?:what|how|why|where|which|who|whether)\b", re.IGNORECASE)


def words(text: str) -> list[str]:
    return text.split()


def _first_word(text: str) -> str:
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return first.strip("“”\"‘’'(,;:").lower()


def is_shouting(text: str) -> bool:
    """Capitals used for emphasis ("IMPORTANT", "FREE IPHONE!!!"), not an acronym."""
    return bool(SHOUTED_EXCLAMATION.search(text) or LONG_CAPITALS.search(text))


def _shouted_sentence(text: str) -> bool:
    """A sentence in capitals, or shouting with "!": not one name in capitals ("e.g. SUM or AVERAGE")."""
    shouted, capitals = LONG_CAPITALS.findall(text), text.upper() == text  # "CPU CHALLENGE – 200" has no small letter
    return (bool(SHOUTED_EXCLAMATION.search(text) or LONG_CAPITALS.match(text.strip()))
            or len(shouted) >= max(2, SHOUTED_SHARE * len(words(text))) or (bool(shouted) and capitals))


def is_examples(text: str) -> bool:
    """A list of short things ("email, messages, video calls"): examples of something, not what it means."""
    parts = [p.strip() for p in re.split(r",|\band\b|\bor\b", text) if p.strip()]
    doing = re.compile(r"\w(?:ing|ly)\b", re.IGNORECASE)  # "copying, sharing or selling software" says what is done
    return len(parts) >= 3 and all(len(p.split()) <= 2 and not doing.search(p) for p in parts)


def is_formula(text: str) -> bool:
    """Quantities multiplied or added ("width x height x colour depth"): a way to work something out, not what a
    word means."""
    return len(FORMULA_OPERATOR.findall(text)) >= 2 or (bool(FORMULA_OPERATOR.search(text)) and len(words(text)) <= 4)


def is_example_text(text: str) -> bool:
    """A link, an email address or header written out as an example, or a run of "!!!"/"$$$"."""
    return bool(URL.search(text) or EMAIL_LINE.search(text) or PUNCTUATION_RUN.search(text)
                or EMAIL_ADDRESS.fullmatch(text.strip()))


def is_instruction(text: str) -> bool:
    """A line that tells someone to do something: "Use three random words", "Remind pupils who…"."""
    head = text.strip().split(maxsplit=2)
    if not head:
        return False
    first = head[0].strip("“”\"‘’'(").lower().rstrip(",:;!")
    second = head[1].lower() if len(head) > 1 else ""
    if first not in INSTRUCTION_VERBS:
        return False
    # "Copy themselves and spread…" describes worms; "Copy the table" is a task.
    return second not in ("themselves", "itself", "each", "one")


def term_words(term: str) -> list[str]:
    """A term's words without a parenthesis ("Denial of Service (DoS)" has three)."""
    return PARENTHESIS.sub("", term).split()


def is_term(term: str, *, max_words: int = 6) -> bool:
    """A short noun phrase that could be a key word: "Caesar cipher", "Input/Output", "Program Counter (PC)".

    Not a label ("Homework", "Year 9"), an activity ("Match up exercise"), a sentence or question, shouting,
    an example (a URL, an email header), or a phrase that starts like a sentence ("Don't…", "Much slower…").
    """
    term = shapes.without_pictographs(term.strip())  # "Exit ticket 🎟"; "Talking to the user" is a prompt
    bare = term_words(term)
    if not term or not bare or len(term) > MAX_TERM_CHARS or len(bare) > max_words:
        return False
    if not term[0].isalpha() or len(term.replace(" ", "")) < 2 or term.count("(") != term.count(")"):
        return False  # "D) It is the only…": an answer option's label, not part of a name
    if term.endswith((".", "?", "!", ":", ";", ",")) or any(mark in term for mark in (":", ";", "!", "?", "…", "\"", "“")):
        return False
    if ("," in PARENTHESIS.sub("", term) and not NAMED_WITH_COMMA.match(term) and not shapes.is_spelled_out_name(term)) or term[0] in "‘'" or CONTRACTION.search(term) or COMPARISON.search(term):
        return False
    if _starts_like_a_sentence(bare) or any(w.lower() in FINITE_VERBS | RELATIVE_WORDS | {"your"} for w in bare):
        return False  # "Teach your home group": talking to the reader, not naming a thing
    if LABEL_TERM.match(term) or LABEL_PREFIX.match(term) or ACTIVITY_NOUNS.search(PARENTHESIS.sub("", term)) or shapes.is_prompt(term) \
            or shapes.is_print_note(term):
        return False
    if COURSE_LABEL.search(term) or CREDITED.match(term) or PERSON.match(term):
        return False
    return not (is_shouting(term) or is_example_text(term) or TIME_EXPRESSION.search(term))


def _noun_after(word: str) -> bool:
    """A word that can follow a noun in a two-word key word: not a determiner or the like, not a plural."""
    word = word.lower()
    return word.isalpha() and word not in NOT_A_NOUN_START and not word.endswith("s")


def _starts_like_a_sentence(words: list[str]) -> bool:
    """A first word a noun phrase does not start with — except a programming keyword naming a construct ("If
    statement", "For loop", "AND gate": keywords written in capitals, or before the kind of construct they are)."""
    first = words[0].strip("“”\"‘’'(,;:").lower()
    if first not in NOT_A_NOUN_START:
        return False
    in_capitals = len(words) > 1 and all(word.isupper() for word in words)  # "HOW IT WORKS": a heading's style
    if words[0].isupper() and len(words[0]) > 1 and first not in INSTRUCTION_VERBS and not in_capitals:
        return False  # "AND", "OR", "NOT", "IF": a keyword, not a conjunction ("NEVER click…" is still an order)
    if first in NOUNS_TOO and len(words) == 2 and _noun_after(words[1]):
        return False  # "Colour depth", "Label text": a noun before a noun, not "Colour the boxes"
    return not (len(words) > 1 and words[-1].lower() in CONSTRUCTS)


def is_definition(text: str, *, min_words: int = 3) -> bool:
    """A phrase that describes something: not a question, an instruction, a time, shouting or an example."""
    text = text.strip()
    asks = text.endswith("?") or QUESTION_FIRST.match(text) or UNFINISHED.search(text)
    if len(words(text)) < min_words or asks or len(re.findall(r"[^\W\d_]{2,}", text)) < min(2, min_words):
        return False  # too short, a question ("True or false? A program…") or a starter, or sums ("8 + 2 = 10")
    if _first_word(text) in NOT_A_DEFINITION_START or LETS_INSTRUCTION.match(text) or CONTRASTED.match(text) \
            or PHONE_FIRST.match(text):
        return False  # "e.g. Windows 11, macOS…" is an example of something; "We will…" is the lesson talking
    described = EXAMPLE_TAIL.sub("", text) or text  # an example address after "e.g." leaves the meaning one
    rule = NAMED_RULE.match(text)
    if RANKED.match(text) or (rule is not None and is_instruction(rule["rule"])):
        return False
    if is_instruction(text) or _shouted_sentence(text) or is_example_text(described) or is_formula(text) or is_examples(text):
        return False
    if COURSE_LABEL.search(text) and (len(words(text)) <= MAX_LABEL_WORDS or COURSE_LABEL.match(text)):
        return False  # "Year 7 Networks · Lesson 1", "Lesson 4. Do this quiz…": where it sits in a course
    return not (TIME_EXPRESSION.fullmatch(text) or WRITTEN_DATE.fullmatch(text.rstrip(".")))


def is_title_case(text: str) -> bool:
    """Three or more words, every long one capitalised ("End of Unit Quiz"): a heading, not a description."""
    long_words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return len(text.split()) >= 3 and bool(long_words) and all(w[0].isupper() for w in long_words)


def is_fragment(text: str) -> bool:
    """A sentence cut off mid-way ("…highlight the clues that show it is"); "I can say what X is" is whole."""
    text = text.rstrip(" .;,")
    if DANGLING_END.search(text):
        return True
    return bool(PREPOSITION_END.search(text)) and not WH_WORD.search(text)


def objective_problem(text: str) -> str | None:
    """Why a line is not a learning objective ("clock time", "activity", "fragment"…), or None when it is one."""
    text = text.strip()
    plain = text.lstrip("-–—•*· ").strip()
    if len(words(plain)) < 3:
        return "too short"
    if len(plain) > 300 or len(words(plain)) > 45:
        return "too long"
    if CLOCK_TIME.match(plain) or TIME_EXPRESSION.match(plain):
        return "clock time"
    if URL.search(plain) or EMAIL_ADDRESS.search(plain):
        return "link"
    if NOT_OBJECTIVE_LABEL.match(plain):
        return "label"
    if ACTIVITY_LINE.match(plain):
        return "activity"
    if plain.endswith("?"):
        return "question"
    if DONE_CHECK.match(plain) or shapes.is_about_the_list(plain):  # "Tick them off as we go": what to do with the list
        return "work done"
    if _task_after_dash(plain):
        return "task"
    if is_fragment(plain):
        return "fragment"
    return None


def _task_after_dash(text: str) -> bool:
    """ "Keywords on the next slide – copy them into your book": what pupils are told to do, after a dash (an
    objective's own verbs, "– explain why…", still state what is learnt)."""
    parts = DASH.split(text)
    return len(parts) > 1 and is_instruction(parts[-1]) and not OBJECTIVE_START.match(parts[-1].strip())


def looks_like_objective(text: str) -> bool:
    """A whole line that reads as an objective statement on its own ("To understand…", "Describe…", "I can…")."""
    plain = LEVEL_LABEL.sub("", text.strip().lstrip("-–—•*· ").strip())
    return objective_problem(plain) is None and bool(OBJECTIVE_START.match(plain))


def term_key(term: str) -> str:
    """A term as compared for duplicates: lower case, punctuation as spaces, plurals as singulars."""
    words = re.sub(r"[^A-Za-z0-9]+", " ", term).split()  # "HTTPS", "DBMS": capitals with no vowel, not plurals
    return " ".join(w.lower() if re.fullmatch(r"[^a-zAEIOUY]+", w) else _singular(w.lower()) for w in words)


def _singular(word: str) -> str:
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "uses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]
