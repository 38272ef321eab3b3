"""What the lines of a question sheet are: a question (asked, or a command in a document about questions), its
marks, its options and the mark on the right one, an answer line, an answers heading, the name of an answers file."""

from __future__ import annotations

import re

from app.services.documents.blocks import clean
from app.services.documents.findings import normal
from app.services.documents.found import Question
from app.services.documents.phrases import CLOCK_TIME, TIME_EXPRESSION

MAX_QUESTIONS = 200
MAX_OPTIONS = 8
MAX_TEXT_CHARS = 1000
BLANK = re.compile(r"_{3,}|…{2,}|\.{5,}")  # a gap to fill in, or a line to write the answer on
ANSWER_LINE_END = re.compile(r"\s*(?:_{3,}|…{2,}|\.{5,})\s*$")  # the last line to answer on, at the end
# "(2 marks)", "[2]" after a space; an online form's "(1 Point)"; its "*" for a question that must be answered is not
# part of it either.
MARKS = re.compile(r"\s*(?:[(\[]\s*\d{1,2}\s*(?:marks?|points?|pts?)\s*[)\]]|(?<=\s)\[\d{1,2}\])\s*$", re.IGNORECASE)
QUOTED = re.compile(r"“[^“”]*”|\"[^\"]*\"")  # words in quotation marks: what someone says or types
REQUIRED = re.compile(r"\s+\*\s*$")
# A form's questions about who is answering ("Which class are you in?", "What is your name?"): not a test question.
ABOUT_YOU = re.compile(
    r"\b(?:which|what)\s+(?:class|form|group|set|tutor group|year)\s+are\s+you\s+in\b"
    r"|^(?:what\s+is\s+|enter\s+|type\s+)?your\s+(?:full\s+)?(?:name|first name|surname|class|form|tutor group"
    r"|email(?:\s+address)?|teacher|candidate number)\b",
    re.IGNORECASE,
)
# A question about a program shown before it: "the program", "this code", "line 7".
ABOUT_CODE = re.compile(r"\b(?:the|this|that|your)\s+(?:program|code|script|function|algorithm)\b|\bline\s+\d{1,3}\b",
                        re.IGNORECASE)
# What a question may quote from a program: a call ("ord(letter)"), or an operator only code uses with what
# follows it ("% 26", "// 2", "== 0"); "+ 1" may be a sum of the question's own.
CODE_QUOTE = re.compile(r"[A-Za-z_]\w*\([^()]*\)|(?://|\*\*|%|==|!=)\s*\w+")
# An arrow pointing back at what a line is about: "← What shape will this draw?".
POINTING = re.compile(r"^\s*(?:[←⬅◄◀]|<-{1,2})\s*(?=\S)")
MAX_LISTED_OPTION_WORDS = 8  # a bulleted line under a question this short is one of its options
# "Q1.", "Question 3:", and a harder one labelled before its number: "Challenge Q5.", "Extension question 6:".
Q_NUMBER = re.compile(r"^\s*(?:(?:challenge|extension|stretch|bonus|extra)\s+)?(?:q|question)\s*(?P<number>\d{1,2})\b"
                      r"\s*[.):\-–—]?\s*(?P<text>.*)$", re.IGNORECASE)
NUMBER_CELL = re.compile(r"^\s*(?:q|question)?\s*(?P<number>\d{1,2})\s*[.):]?\s*$", re.IGNORECASE)
LETTER_CELL = re.compile(r"^\s*\(?(?P<letter>[A-Fa-f])\s*[.):]?\s*$")
ANSWER_LINE = re.compile(r"^\s*(?:answers?|ans)\s*[:.\-–—]\s*(?P<text>.*)$", re.IGNORECASE)
# Ticks and words that mark the right option; they are not part of its text.
RIGHT_MARK = re.compile(r"\s*(?:[✓✔☑]|\((?:correct|right answer|answer)\)|\[(?:correct|answer)\]|<-+\s*correct)\s*$",
                        re.IGNORECASE)
# The name of a kind of sheet: "… Answers", "Mark scheme", "Answer sheet", "Teacher copy".
# Not pupils' work named for its answers ("marked answers", "exemplar answers", "Pupil answers"): a key to nothing.
ANSWERS_NAME = re.compile(
    r"\b(?<!marked )(?<!exemplar )(?<!example )(?<!pupil )(?<!student )(?<!candidate )"
    r"(?:answers?|mark(?:ing)?\s*scheme|answer\s*(?:sheet|key)|solutions?|teacher'?s?\s*copy)\b", re.IGNORECASE
)
# A heading or label that starts the answers: "Answers", "Networks Quiz – ANSWERS", "Answers (teacher copy)",
# "Do Now answers", "ANSWERS – fold the page up", "Do Now – check your answers".
# Not "Answer:" alone, which is where a pupil writes theirs.
ANSWERS_LABEL = re.compile(
    r"^(?:.{0,60}?\s[–—:-]\s*)?(?:check\s+(?:your\s+|the\s+)?|(?:do now|starter|quiz|worksheet|homework|exit ticket"
    r"|retrieval|plenary|test|teacher'?s?)\s+)?(?:answers(?:\s+(?:sheet|key))?|answer\s+(?:sheet|key)|mark(?:ing)?\s+scheme"
    r"|solutions?|teacher'?s?\s+copy)(?:\s*\(.{0,60}\))?(?:\s+[–—-]\s+[^?\d]{1,60}|\s+(?:to|for)\s+[^?\d]{1,60})?\s*:?$",
    re.IGNORECASE,
)
QUESTIONS_CONTEXT = re.compile(
    r"\b(?:quiz|questions?|test|exam|worksheet|homework|practice|revision|assessment|tasks?|exercises?|q\d+|do now"
    r"|exit ticket|retrieval|recap|check your (?:understanding|learning))\b",
    re.IGNORECASE,
)
COMMAND = re.compile(
    r"^(?:explain|describe|give|state|list|name|identify|define|compare|show|write|complete|change|find|calculate"
    r"|convert|draw|fill|suggest|outline|evaluate|discuss|justify|label|match|circle|tick|design|predict|trace"
    r"|put|sort|encrypt|decrypt|spot|solve|work out"
    # A sum to do ("Add 0011 0011 and…"), not "Add one more point", nor an instruction of a program ("ADD 21").
    r"|(?-i:[Aa]dd|[Ss]ubtract|[Mm]ultiply|[Dd]ivide|[Ss]hift)(?=\s+\d)"
    r"|what|which|who|why|how|when|where)\b",
    re.IGNORECASE,
)
CONTENTS_LINE = re.compile(r"\?\s+\d{1,3}$")  # a contents line: a title asked as a question, then its page
# What a class does rather than answers: work with a partner, in a book, on posts; a piece of writing.
CLASS_ACTIVITY = re.compile(
    r"\b(?:with (?:your|a) partner|in your (?:exercise )?books?|peer[- ]assess|swap (?:books|with)|reply to"
    r"|write a (?:short )?paragraph|\d+\s*[-–]\s*\d+\s+words)\b",
    re.IGNORECASE,
)
# "Challenge: Explain why…": a label over a question, not part of it.
HARDER_LABEL = re.compile(r"^(?:challenge|extension|stretch|bonus|extra)(?: question)?\s*[:–—-]\s*(?=\S)", re.IGNORECASE)
# "Question: What is…": a label over a question (a web page's "Check for Understanding" list), not part of it.
QUESTION_LABEL = re.compile(r"^(?:q|question)\s*[:–—]\s*(?=\S)", re.IGNORECASE)
# A writing frame to finish in the first person ("I accuse ____ because ____", "I think ____"): the pupil's
# statement, not a question.
WRITING_FRAME = re.compile(r"(?:^|\n)\s*(?:I|[Ww]e)\s+[^\n?]*_{3,}")
# Headings over numbered commands that are not questions: a lesson's aims, or the tasks of an activity.
AIMS_OR_TASKS = re.compile(
    r"\b(?:objectives?|aims?|outcomes?|success criteria|learning intentions?|we are learning|your turn|activit(?:y|ies)"
    r"|challenges?|extension|instructions|steps|tasks?|you will be able to|by the end of (?:the|this|today))\b",
    re.IGNORECASE,
)
TASK_LABEL = re.compile(r"^(?:task|activity)\s*\d{0,2}\s*[:.–—-]", re.IGNORECASE)  # "Task 2: Which…? Why?": a task
QUESTIONS_NAMED = re.compile(r"\b(?:questions?|quiz)\b", re.IGNORECASE)  # "Task 2: questions" asks all the same
# "True or false?", "Part A – True/False": the numbered lines under it are statements to judge, asked as they are.
TRUE_OR_FALSE = re.compile(r"\btrue\s*(?:or|/)\s*false\b", re.IGNORECASE)
MAX_TRUE_OR_FALSE_WORDS = 8  # a line saying so is a title, not a sentence that mentions true and false
# The words of an answers heading that say only that it is one: "Answers (teacher copy)", "Check your answers".
ANSWERS_WORDS = re.compile(r"\b(?:answers?|sheet|key|mark(?:ing)?|scheme|solutions?|teacher'?s?|copy|check|your|the)\b",
                           re.IGNORECASE)
QUESTION_HEADERS = {"question", "questions", "q"}
ANSWER_HEADERS = {"answer", "answers", "a", "mark scheme", "model answer", "correct answer"}


def is_answers_file(filename: str) -> bool:
    """A file named as an answers file: "Networks Quiz Answers.docx", "Test 3 mark scheme.pdf"."""
    return bool(ANSWERS_NAME.search(filename.rpartition(".")[0] or filename))


def answers_for_a_part(text: str) -> bool:
    """An answers heading that names what it answers ("Do Now – answers", "Quick quiz – answers"), not "Answers"."""
    return bool(re.search(r"[^\W\d_]{2,}", ANSWERS_WORDS.sub(" ", text)))


def option_answer(question: Question, answer: str) -> str:
    """The answer as the question's option when it names one ("B", "C – star", "B (router)", the option's own
    words), else the answer as written."""
    options = question["options"]
    letter = re.match(r"^\s*\(?(?P<l>[A-F])\)?(?:\s*$|\s*[.):]\s*|\s*[–—-]\s+|\s+\()", answer) or re.match(
        r"^\s*\(?(?P<l>[a-f])[.)]", answer)
    if options and letter:
        index = ord(letter["l"].upper()) - ord("A")
        if index < len(options):
            return options[index]
    wanted = normal(RIGHT_MARK.sub("", answer))
    return next((option for option in options if normal(option) == wanted), answer.strip())


def about_program(text: str, program: str) -> bool:
    """Whether a question asks about a program shown before it (so a pupil must see the program to answer):
    it says "the program" or "line 7", or quotes a call or an operator from it ("What does ord(letter) give you?",
    "What does % 26 do?")."""
    squeezed = re.sub(r"\s+", "", program)
    return bool(ABOUT_CODE.search(text)) or any(re.sub(r"\s+", "", quoted) in squeezed
                                                for quoted in CODE_QUOTE.findall(text))


def asks(text: str) -> bool:
    """A line that is plainly a question: a question mark (not only one it quotes: "Reply in the form “Who is …?”"),
    a gap to fill, or the marks it is worth."""
    marked = "?" in QUOTED.sub("", text) or ("?" in text and bool(COMMAND.match(text.strip(" “\""))))
    return marked or bool(BLANK.search(text) or MARKS.search(text))


def asks_for_marks(text: str) -> bool:
    """A question worth marks ("Describe how… [3]"), not an answer that repeats its question before a dash."""
    text = text.strip()
    return bool(MARKS.search(text)) and ("?" in text or bool(COMMAND.match(text))) and not re.search(r"\?\s*[–—:-]\s", text)


def worth_marks(text: str) -> bool:
    """A line set as an exam question without a number: it asks for marks, or its last sentence does after a
    scenario or a condition ("Use three words from the table. Describe the difference… [2]")."""
    last = re.split(r"(?<=[.?!])\s+(?=[A-Z])", text.strip())[-1]
    return asks_for_marks(text) or asks_for_marks(last)


def is_question(text: str, *, about_questions: bool) -> bool:
    """A numbered line that asks something, or that starts with a command in a document about questions."""
    text = HARDER_LABEL.sub("", text.strip())
    if len(re.findall(r"[^\W\d_]{2,}", text)) < 2 or len(text) > MAX_TEXT_CHARS:
        return False  # a question has words: "1 | 0 | 1" is a row of a truth table
    if CLOCK_TIME.match(text) or TIME_EXPRESSION.match(text):
        return False  # "5 min starter: “what's inside a computer?”" is a line of a lesson's timings
    if CONTENTS_LINE.search(text) or CLASS_ACTIVITY.search(text):
        return False  # "What is cyberbullying? 3" in a booklet's contents; "swap with your partner…" is a task
    if WRITING_FRAME.search(text) and "?" not in text:
        return False
    if asks(text) or (about_questions and text.endswith(("…", "..."))):
        return True  # "Q1. Someone shares a story they think is true. This is…": a stem its options complete
    # "There are two errors in this code. Find them and fix them.": the command may be in a later sentence.
    return about_questions and any(COMMAND.match(sentence) for sentence in re.split(r"(?<=[.!])\s+", text))


def question_text(text: str) -> str:
    """The question without its marks and without the line to answer on."""
    text = QUESTION_LABEL.sub("", HARDER_LABEL.sub("", clean(text)))
    # Every line to answer on after it ("… [3 marks] ....... ....... ......." when a PDF cell holds them all), one
    # at a time: a repeated group of runs ("(?:\s*\.{5,})+") backtracks without end on dots followed by more text.
    while not BLANK.fullmatch(text) and (shorter := ANSWER_LINE_END.sub("", text)) != text:
        text = shorter
    text = REQUIRED.sub("", MARKS.sub("", REQUIRED.sub("", text)))  # "… [1 mark] ......": the marks before the line
    return text[:MAX_TEXT_CHARS]


def says_true_or_false(text: str) -> bool:
    """A title over statements to judge: "True or false?", "Part A – True/False"."""
    return bool(TRUE_OR_FALSE.search(text)) and len(text.split()) <= MAX_TRUE_OR_FALSE_WORDS
