"""Year 7 introduction to hardware and software: "Hardware = physical parts of a computer" lines, the word
"programs" used in passing (nothing is programmed), teacher's notes kept in Markdown, and a sorting worksheet."""

from __future__ import annotations

from tests.corpus import formats as f


def slides() -> bytes:
    deck = f.new_pptx(title="Hardware and Software")
    f.title_slide(deck, "Hardware & Software", "Y7 Unit 1 – Using computers safely and effectively")
    f.content_slide(deck, "Today we will…", [
        "Know the difference between hardware and software",
        "Give examples of input, output and storage devices",
        "Explain what an operating system does",
    ])
    f.content_slide(deck, "Key terms", [
        "Hardware = physical parts of a computer that you can touch",
        "Software = the programs and apps that run on a computer",
        "Input device = hardware used to put data into a computer e.g. keyboard, mouse",
        "Output device = hardware that shows or gives out information e.g. monitor, speakers",
        "Storage device = keeps data when the computer is turned off e.g. hard disk, USB stick",
    ], notes="Pupils copy these into their books. Check spellings of 'device'.")
    f.content_slide(deck, "Operating System", [
        "The operating system (OS) is the software that manages the hardware and lets you run other programs",
        "Examples: Windows, macOS, Android, iOS",
    ])
    sort = f.titled_slide(deck, "Sort it!")
    f.text_box(sort, "Drag each item into the hardware or software box", left=0.5, top=1.4, width=9, size=20)
    for index, item in enumerate(["Mouse", "Word", "Printer", "Chrome", "Monitor", "Minecraft"]):
        f.text_box(sort, item, left=0.5 + (index % 3) * 3, top=2.4 + (index // 3) * 1.2, width=2.5, height=0.8)
    f.content_slide(deck, "Plenary", ["Think – Pair – Share:", "Could a computer do anything useful without any "
                                      "software? Why / why not?"])
    return f.pptx_bytes(deck)


NOTES = """# Hardware and software – teacher notes

Year 7, lesson 1 of the *Using computers* unit. Most pupils have used a computer at primary but mix up
"the computer" with "the internet" and with "Google", so start from what they can touch.

## Objectives

* Know the difference between hardware and software
* Give examples of input, output and storage devices
* Explain what an operating system does

## Key vocab

- **Hardware** – the physical parts of a computer system
- **Software** – programs that tell the hardware what to do
- **Peripheral** – a device connected to a computer, such as a printer or a webcam
- **Application software** – programs that let you do a task, like writing a letter or editing a photo
- **System software** – programs that run the computer itself, like the operating system

## Timings

1. 5 min starter: "what's inside a computer?" – show the old PC with the side off
2. 15 min: slides, pupils copy the key terms
3. 15 min: sort it! cards, then the input/output worksheet
4. 5 min plenary: think – pair – share

> Tip: keep the old PC out of reach until the end, they WILL try to pull the RAM out :)
"""


def notes() -> bytes:
    return NOTES.encode("utf-8")


def worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Input, output or storage?", level=1)
    f.para(document, "Write whether each device is an input, output or storage device. Some may be more than one!")
    f.table(document, [
        ["Device", "Input, output or storage?"],
        ["Keyboard", ""], ["Monitor", ""], ["USB stick", ""], ["Microphone", ""], ["Printer", ""],
        ["Touchscreen", ""],
    ])
    f.para(document, "")
    f.para(document, "Challenge: explain why a touchscreen is both an input and an output device.")
    return f.docx_bytes(document)


FILES = {
    "Hardware and Software.pptx": slides,
    "hardware-software-notes.md": notes,
    "Input output worksheet.docx": worksheet,
}
