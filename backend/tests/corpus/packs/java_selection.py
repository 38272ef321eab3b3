"""GCSE selection taught in Java: slides with objectives, key words and a Java program in a Consolas text box, and a
worksheet with Java code pasted in Courier New. The word "programs" is everywhere; no Python anywhere."""

from __future__ import annotations

from tests.corpus import formats as f

AGE_CHECK = """import java.util.Scanner;

public class AgeCheck {
    public static void main(String[] args) {
        Scanner input = new Scanner(System.in);
        System.out.print("Enter your age: ");
        int age = input.nextInt();
        if (age >= 13) {
            System.out.println("You can make an account");
        } else {
            System.out.println("Sorry, you are too young");
        }
    }
}"""

GRADES = """int score = 72;
if (score >= 70) {
    System.out.println("Grade A");
} else if (score >= 50) {
    System.out.println("Grade B");
} else {
    System.out.println("Try again");
}"""

BROKEN = """String password = "letmein";
if (password = "letmein") {
    System.out.println("Welcome")
}"""


def slides() -> bytes:
    deck = f.new_pptx(title="Selection in Java")
    f.title_slide(deck, "Selection in Java", "Year 10 – Programming fundamentals")
    f.content_slide(deck, "Learning Objectives", [
        "Understand how if statements are used to make decisions in a program",
        "Write Java programs that use if, else if and else",
        "Use comparison operators in conditions",
    ])
    f.content_slide(deck, "Key words", [
        "Selection – choosing which path a program takes, based on a condition",
        "Condition – a test that is either true or false",
        "Boolean – a data type that can only be true or false",
        "Comparison operator – compares two values, e.g. ==, !=, <, >=",
    ])
    example = f.titled_slide(deck, "Example: AgeCheck.java")
    f.text_box(example, AGE_CHECK, left=0.4, top=1.4, width=9.2, height=5, size=13, font="Consolas")
    f.content_slide(deck, "Your turn", [
        "Write a program that asks for a test score and prints Pass if it is 50 or more, otherwise Fail",
        "Test your program with 49, 50 and 51",
    ], notes="Most will forget the braces. Live-code the first one if needed.")
    return f.pptx_bytes(deck)


def worksheet() -> bytes:
    document = f.new_docx()
    document.add_heading("Selection worksheet – Java", level=1)
    f.para(document, "Variable – a named location in memory that stores a value which can change")
    f.para(document, "Data type – the kind of data a variable holds, e.g. int, double, String, boolean")
    f.para(document, "")
    f.para(document, "1. What will this program print?", bold=True)
    f.code_lines(document, GRADES)
    f.para(document, "Answer: ____________________")
    f.para(document, "2. Change the program so that a score of 90 or more prints \"Grade A*\".", bold=True)
    f.para(document, "3. There are two errors in this code. Find them and fix them.", bold=True)
    f.code_lines(document, BROKEN)
    return f.docx_bytes(document)


FILES = {
    "Java Selection.pptx": slides,
    "Java worksheet.docx": worksheet,
}
