"""Year 9 operating systems, in a deck made by saving over an old one: its file title is still "Year 9 Spreadsheets"
while every slide is about operating systems; a lesson plan (also saved over the old one) with LO1–LO3 lines."""

from __future__ import annotations

from tests.corpus import formats as f

LEFTOVER_TITLE = "Year 9 Spreadsheets"


def slides() -> bytes:
    deck = f.new_pptx(title=LEFTOVER_TITLE)
    f.title_slide(deck, "Operating Systems", "Lesson 2 – What does an OS actually do?")
    f.content_slide(deck, "Operating system", [
        "Software that manages the computer’s hardware and provides a platform for applications to run on",
        "e.g. Windows 11, macOS, Linux, Android",
    ])
    f.content_slide(deck, "Memory management", [
        "The OS decides which programs are loaded into RAM and where, and frees the memory when they close",
    ])
    f.content_slide(deck, "Multitasking", [
        "Running more than one program at the same time by switching between them very quickly",
    ])
    f.content_slide(deck, "Device drivers", [
        "Small programs that let the OS communicate with a piece of hardware, such as a printer or graphics card",
    ], notes="Show Device Manager on the teacher PC.")
    f.content_slide(deck, "User interface", [
        "How the user interacts with the computer",
        "GUI (graphical user interface) – windows, icons, menus and a pointer",
        "Command line interface – the user types commands",
    ])
    f.content_slide(deck, "File management", [
        "Organising files into folders, and naming, moving, copying and deleting them",
    ])
    f.content_slide(deck, "Exit ticket", ["Name three jobs an operating system does"])
    return f.pptx_bytes(deck)


def lesson_plan() -> bytes:
    document = f.new_docx(title=LEFTOVER_TITLE)
    f.para(document, "Operating Systems – lesson plan", size=16, bold=True)
    f.para(document, "LO1: Describe the main functions of an operating system")
    f.para(document, "LO2: Explain why a computer needs device drivers")
    f.para(document, "LO3: Compare a GUI with a command line interface")
    f.para(document, "")
    f.para(document, "Starter: which operating systems do you use at home? (phone, console, laptop)")
    f.para(document, "Main: slides 2-7, pupils make notes in a table: Function | What the OS does | Example")
    f.para(document, "Plenary: exit ticket")
    return f.docx_bytes(document)


FILES = {
    "Operating Systems.pptx": slides,
    "OS lesson plan.docx": lesson_plan,
}
