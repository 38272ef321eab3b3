"""Held out. A Year 8 Python lesson on selection kept as an Obsidian note, and the true/false worksheet it links to.

The note (.md) has YAML front matter (title, unit, tags, a [[wikilink]] to its resource), wikilinks to the lessons
before and after, Obsidian callouts ("> [!abstract] Learning objectives", a folded "> [!info]-" of key words typed
as Dataview inline fields "Term:: meaning", "> [!warning]", "> [!example]" holding a fenced Python block), the
lesson flow as a task list with ticked boxes, "==highlights==", a "%% hidden teacher note %%", and the worksheet
answers in a folded "> [!success]-" callout. The worksheet (.docx) has emoji bullets for its instructions, a
"No. | Statement | True | False" table with ☐ boxes, and "Predict the output" code questions in a monospace font.
"""

from __future__ import annotations

from tests.corpus.formats import code_lines, docx_bytes, new_docx, para, table

NOTE = """---
title: "Selection – making decisions with if, elif and else"
unit: "Y8 Programming with Python"
lesson: 4
year: 8
tags: [ks3, python, selection, y8-spring]
created: 2024-01-08
resources:
  - "[[Y8 L4 Selection - true or false.docx]]"
status: taught
---

# Selection – making decisions with if, elif and else

⬅️ [[Y8 Python L3 - Variables and input]] · 🏠 [[Y8 Python unit overview]] · ➡️ [[Y8 Python L5 - Iteration with while]]

> [!abstract] Learning objectives
> - Explain what selection is and why programs need it
> - Write conditions using the comparison operators ==, !=, <, >, <= and >=
> - Use if, elif and else to choose between more than two paths through a program

> [!info]- Key words (on the board before they come in)
> Selection:: choosing which lines of code run next, depending on whether a condition is True or False
> Condition:: a question in a program that can only be answered True or False, e.g. `score > 50`
> Comparison operator:: a symbol that compares two values: == equal to, != not equal to, < less than, > greater than, <= less than or equal to, >= greater than or equal to
> Boolean:: a data type with only two values, True and False
> Indentation:: the spaces at the start of a line that show which code belongs inside the if, elif or else (Python uses 4)
> elif:: short for "else if": checks another condition only when the conditions above it were False

%% 8C struggled with input() last week – recap int(input()) in the do now before anything new. %%

## Lesson flow

- [x] **Do now (5 min)** – what will this print? `x = 7` then `print(x > 5)`. Take answers on mini whiteboards.
- [x] **Teach (10 min)** – conditions and comparison operators; ==True and False== are the only answers a condition can give.
- [x] **Worked example (10 min)** – the cinema ticket program below, live coded. Pupils predict each output first.
- [x] **Worksheet (15 min)** – [[Y8 L4 Selection - true or false.docx]], Part A then Part B.
- [ ] **Code it (15 min)** – extend the ticket program: under 5s go free. Extension: ask for the day and make Tuesday half price.
- [ ] **Exit ticket (5 min)** – write one if/else that prints "Pass" or "Try again" for a score out of 20 (pass mark 12).

> [!warning] Misconception to watch for
> ==`=` stores a value, `==` compares two values.== `if age = 12:` is a syntax error. Also check for the missing colon at the end of the if line.

> [!example] Worked example – cinema ticket
> ```python
> age = int(input("How old are you? "))
> if age < 12:
>     print("Child ticket: £4")
> elif age < 18:
>     print("Teen ticket: £6")
> else:
>     print("Adult ticket: £9")
> ```
> Ask: what prints for 11? 12? 18? Why does 12 not say "Child"?

> [!tip] Differentiation
> - 🟢 Support: printed code with the conditions missing (fill in the gaps).
> - 🟠 Core: the extension above.
> - 🔴 Stretch: use `and` to give a discount to pupils aged 12 to 15 on a Tuesday.

> [!success]- Worksheet answers
> 1. True
> 2. False – = stores a value, == compares two values
> 3. True
> 4. False – else has no condition; it runs when everything above it was False
> 5. True
> 6. False – Python stops checking once one condition is True
> 7. Free entry
> 8. Well done!

#ks3 #python #selection
"""

STATEMENTS = [
    ("1", "An if statement only runs its indented code when the condition is True."),
    ("2", "In Python, = and == mean the same thing."),
    ("3", "A program can have more than one elif."),
    ("4", "The else part needs its own condition."),
    ("5", "The condition 7 >= 7 is True."),
    ("6", "Python checks every branch of an if/elif/else, even after one condition was True."),
]

QUESTION_7 = """age = 4
if age < 5:
    print("Free entry")
elif age < 12:
    print("Child ticket")
else:
    print("Adult ticket")"""

QUESTION_8 = """score = 15
if score >= 12:
    print("Well done!")
else:
    print("Try again")"""


def worksheet() -> bytes:
    document = new_docx(title="Selection - true or false")
    para(document, "Y8 Python – Lesson 4: Selection", bold=True, size=16)
    para(document, "Name: ____________________     Class: ______     Date: __________")
    para(document, "✏️ Read each statement carefully.")
    para(document, "☑️ Tick True or False. Only tick one box on each row.")
    para(document, "💡 Stuck? Look back at the cinema ticket program on the board.")
    para(document, "Part A – True or False?", bold=True, size=13)
    rows = [["No.", "Statement", "True", "False"]]
    rows += [[number, statement, "☐", "☐"] for number, statement in STATEMENTS]
    table(document, rows)
    para(document, "")
    para(document, "Part B – Predict the output", bold=True, size=13)
    para(document, "🔍 Read the code. Write down exactly what it will print.")
    para(document, "7. What will this program print?")
    code_lines(document, QUESTION_7)
    para(document, "Answer: ________________________________")
    para(document, "8. What will this program print?")
    code_lines(document, QUESTION_8)
    para(document, "Answer: ________________________________")
    para(document, "⭐ Finished? Change Question 8 so that a score of exactly 12 prints \"Just made it!\".")
    return docx_bytes(document)


FILES = {
    "Y8 Python L4 - Selection.md": lambda: NOTE.encode("utf-8"),
    "Y8 L4 Selection - true or false.docx": worksheet,
}
