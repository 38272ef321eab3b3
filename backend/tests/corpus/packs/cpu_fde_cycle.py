"""GCSE CPU and the fetch-decode-execute cycle: a question sheet, its answer sheet written as sentences with the key
word in bold ("The **Program Counter** holds the address of the next instruction"), and slides with the cycle's
steps and the objectives as LO1/LO2."""

from __future__ import annotations

from tests.corpus import formats as f

QUESTIONS = [
    "What does the Program Counter hold?",
    "What is the job of the Memory Address Register?",
    "What does the Memory Data Register hold?",
    "What is stored in the Accumulator?",
    "What does the ALU do?",
    "What does the Control Unit do?",
    "Which register holds the instruction that is being decoded?",
]
ANSWERS = [
    "The **Program Counter (PC)** holds the address of the next instruction to be fetched.",
    "The **Memory Address Register (MAR)** holds the address of the memory location that is about to be read "
    "from or written to.",
    "The **Memory Data Register (MDR)** holds the data or instruction that has just been fetched from memory.",
    "The **Accumulator** stores the results of calculations done by the ALU.",
    "The **Arithmetic Logic Unit (ALU)** carries out calculations and logical comparisons.",
    "The **Control Unit (CU)** decodes instructions and sends control signals to the rest of the CPU.",
    "The **Current Instruction Register (CIR)** holds the instruction that is being decoded and executed.",
]


def question_sheet() -> bytes:
    document = f.new_docx()
    f.para(document, "The CPU – Questions", size=16, bold=True)
    f.para(document, "Use pages 12-15 of your revision guide to help you.")
    for number, question in enumerate(QUESTIONS, start=1):
        f.para(document, f"{number}. {question}")
        f.para(document, "…………………………………………………………………………………………")
    return f.docx_bytes(document)


def answer_sheet() -> bytes:
    document = f.new_docx()
    f.para(document, "The CPU – Answers", size=16, bold=True)
    for number, answer in enumerate(ANSWERS, start=1):
        f.para(document, f"{number}. {answer}")
    f.para(document, "")
    f.para(document, "Extension answer: a faster **clock speed** means more instructions can be carried out each "
                     "second.")
    return f.docx_bytes(document)


def slides() -> bytes:
    deck = f.new_pptx(title="The Fetch-Decode-Execute Cycle")
    f.title_slide(deck, "The Fetch-Decode-Execute Cycle", "GCSE Computer Science – Systems architecture")
    f.content_slide(deck, "Objectives", [
        "LO1: Describe the purpose of the main registers in the CPU",
        "LO2: Explain the steps of the fetch-decode-execute cycle",
    ])
    f.content_slide(deck, "What is the FDE cycle?", [
        "The fetch-decode-execute cycle is the process the CPU repeats to carry out each instruction",
        "The CPU runs programs by repeating this cycle billions of times every second",
    ])
    f.content_slide(deck, "The cycle step by step", [
        "1. The address in the PC is copied to the MAR",
        "2. The PC is incremented by 1",
        "3. The instruction at that address is fetched and copied into the MDR",
        "4. The instruction is copied to the CIR and decoded by the CU",
        "5. The instruction is executed",
    ], notes="Act it out: five pupils are the registers, pass the instruction cards along.")
    f.content_slide(deck, "Clock speed", [
        "Clock speed – the number of fetch-decode-execute cycles the CPU can carry out per second, measured in GHz",
        "3.5 GHz = 3.5 billion cycles per second",
    ])
    return f.pptx_bytes(deck)


FILES = {
    "FDE cycle.pptx": slides,
    "CPU Questions.docx": question_sheet,
    "CPU Answer Sheet.docx": answer_sheet,
}
