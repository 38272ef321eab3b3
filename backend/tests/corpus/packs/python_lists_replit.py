"""Held out. Year 8 lists in Python: a GitHub Classroom assignment README for Replit (the "Review Assignment Due
Date" badge Classroom adds at the top, "## Learning objectives", numbered setup steps, fenced ```python blocks, a
"### Key terms" list of "**term**: meaning" lines with no blank lines between them, a "- [ ]" task checklist,
numbered "check your understanding" questions, a common-error note) and the teacher's plan for the cover teacher
copied out of an Outlook reply into a .txt (mail headers, "LO:" lines, timings as "0-5 mins", starter code typed
with spaces, the answers to the README's questions, a signature, disclaimer and the quoted original message)."""

from __future__ import annotations

README = """[![Review Assignment Due Date](https://classroom.github.com/assets/deadline-readme-button-\
22041afd0340ce965d47ae6ef1cefeee28c7c493a6346c4f15d667ab976d596c.svg)](https://classroom.github.com/a/Qx7Lm2Rk)
# Lesson 5: Lists in Python – Shopping List Manager 🛒

Year 8 Computing · Python unit · Ms Whitfield

So far every variable you have made holds **one** value. Today you will write a program that stores a whole
shopping list in one variable, adds and removes things from it, and prints it out.

## Learning objectives
- Create a list and access items using an index
- Add items to a list with append() and remove them with remove()
- Use a for loop to go through every item in a list

## Setup
1. Click the assignment link in the Teams channel and accept it – GitHub makes you your own copy of this repo.
2. In Replit click **+ Create Repl** → **Import from GitHub** and paste the link to your repo.
3. Open `main.py` and press **Run** ▶. You should see `Shopping list:` in the console.
4. When you finish a task, open the **Git** tab, type a commit message (e.g. "task 2 done") and click
**Commit & push**.

### Key terms
**list**: a collection of items stored in order under one name
**item**: one value stored in a list (also called an element)
**index**: the position of an item in a list – Python starts counting at 0
**append**: to add an item to the end of a list
**len()**: a function that tells you how many items are in a list
**for loop**: a loop that runs once for each item in a list
**iteration**: repeating a set of instructions – with a list, doing the same thing to each item in turn
**array**: what most other programming languages (and exam questions) call a list

## How lists work

```python
shopping = ["milk", "eggs", "bread"]
print(shopping)        # ['milk', 'eggs', 'bread']
print(shopping[0])     # milk  <- the FIRST item is index 0
print(shopping[-1])    # bread <- -1 is the last item
```

Adding and removing:

```python
shopping.append("jam")       # ['milk', 'eggs', 'bread', 'jam']
shopping.remove("eggs")      # ['milk', 'bread', 'jam']
print(len(shopping))         # 3
```

Going through the list (iteration):

```python
for item in shopping:
    print("- " + item)
```

## Tasks
- [ ] **Task 1** – In `main.py` make a list called `shopping` with at least 3 items. Print the whole list.
- [ ] **Task 2** – Print the first item and the last item. (Hint: `shopping[-1]`)
- [ ] **Task 3** – Ask the user to type a new item with `input()` and `append` it to the list.
- [ ] **Task 4** – Use a `for` loop to print every item on its own line, numbered 1, 2, 3…
- [ ] **Task 5 (stretch)** – Let the user remove an item. What happens if they type something that isn't in \
the list? Can you stop the program crashing?
- [ ] Commit and push!

## Check your understanding
Answer these in `answers.txt` in your repo.

1. What is the index of `"bread"` in `["milk", "eggs", "bread"]`?
2. What does `print(len(["a", "b", "c", "d"]))` output?
3. What is the difference between a variable and a list?
4. This code crashes. Why?
```python
names = ["Ali", "Bea"]
print(names[2])
```

## Common errors
`IndexError: list index out of range` – you asked for an index that isn't in the list (remember the last index \
is `len(list) - 1`).

## How your work is checked
GitHub Classroom runs some tests every time you push. A green tick ✅ next to your commit means they passed. A \
red cross ❌ means one failed – click it and open the **Actions** tab to see which one.
"""

EMAIL = """From: Jo Whitfield <j.whitfield@northgate-academy.org.uk>
Sent: 13 January 2025 21:47
To: Daniel Price <d.price@northgate-academy.org.uk>
Cc: Computing Department <computing@northgate-academy.org.uk>
Subject: RE: Y8 Python - lesson 5 plan

Hi Dan,

As promised here's the plan for lists tomorrow (8X3 P2, IT2). The README in the GitHub Classroom assignment \
has all the tasks and the key terms so they can work from that, the link is pinned in the Teams channel and they \
open it in Replit like last week.

Lesson 5 - Lists

LO: Create a list and access items using an index
LO: Add items to a list with append() and remove them with remove()
LO: Use a for loop to go through every item in a list

0-5 mins Starter - predict the output, put this on the board:
    fruit = ["apple", "pear", "kiwi"]
    print(fruit[1])
  most will say apple!! good way in to index starting at 0
5-15 mins Demo - live code the shopping list in Replit: index, append, remove, len. Do fruit[3] on purpose so \
they see an IndexError
15-35 mins Tasks 1-4 from the README, stretch task 5 for the quick ones. TA has printed copies of the code \
examples for R and M
35-45 mins Check your understanding qs 1-4 on mini whiteboards
45-50 mins Exit ticket - what is the index of the last item in a list of 10 items? (9)
50-55 mins Commit + push, check they get the green tick, log off + tuck chairs in

Answers to the check your understanding qs:
1) 2
2) 4
3) a variable holds one value, a list holds lots of values under one name
4) the list only has index 0 and 1 so names[2] doesn't exist - IndexError

Key words for the board: list, item, index, append, iteration

If Replit is down again they can use IDLE and just save main.py to their OneDrive, we'll push it next lesson.

Any probs give me a shout, I'm in tomorrow afternoon.

Thanks
Jo

Jo Whitfield
Teacher of Computing | Second in Department
Northgate Academy

This email and any files transmitted with it are confidential and intended solely for the use of the \
individual or entity to whom they are addressed. If you have received this email in error please notify the \
sender.

-----Original Message-----
From: Daniel Price <d.price@northgate-academy.org.uk>
Sent: 13 January 2025 16:02
To: Jo Whitfield <j.whitfield@northgate-academy.org.uk>
Subject: Y8 Python - lesson 5 plan

Hi Jo, could you send me the plan for 8X3 tomorrow? Haven't done the GitHub Classroom thing before.
Cheers
Dan
"""


def readme() -> bytes:
    return README.encode("utf-8")


def lesson_plan() -> bytes:
    return EMAIL.encode("utf-8")


FILES = {
    "README.md": readme,
    "Y8 lists lesson plan (from email).txt": lesson_plan,
}
