"""A unit ABOUT programming languages (translators, high- and low-level languages, Python named as an example)
teaches no program, so its draft has no Python code questions; a unit that does teach programming keeps them.
Small hand-built materials, written for these tests."""

from __future__ import annotations

from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.topics import build_topic_model
from tests.generation.test_topics import objective, slide

CODE_TYPES = {"python_code", "code_debug", "trace_table", "parsons", "code_completion"}

LANGUAGES = GenerationMaterials(
    unit_title="Languages and translators",
    objectives=[objective("LO1", "Explain why programs written in a high-level language need to be translated"),
                objective("LO2", "Describe how a compiler and an interpreter work")],
    headings=["Translators: from Python to machine code", "Levels of language"],
    vocabulary=[{"term": "High-level language",
                 "definition": "a programming language people can read, such as Python or Java"},
                {"term": "Compiler", "definition": "translates the whole program into machine code before it runs"},
                {"term": "Interpreter", "definition": "translates and runs a program one line at a time"},
                {"term": "Assembler", "definition": "translates assembly language into machine code"}],
    text="Programmers write programs as source code in a high-level language such as Python. The CPU only runs "
         "machine code, so every program must be translated. Python is usually interpreted.",
    passages=[*slide(2, "Translators: from Python to machine code",
                     "Programmers write programs as source code in a high-level language such as Python",
                     "The CPU only runs machine code, so every program must be translated"),
              *slide(3, "Levels of language", "Python and Java are high-level languages",
                     "Assembly language is a low-level language")],
)


def test_naming_python_in_a_unit_about_translators_is_not_teaching_programming():
    assert not build_topic_model(LANGUAGES).teaches("python")


async def test_a_unit_about_translators_gets_no_python_code_questions():
    draft = await generate_offline(LANGUAGES, DraftRequest(num_questions=12), seed=1)
    code = [q["type"] for q in draft.questions if q["type"] in CODE_TYPES]
    assert code == [], f"code questions in a unit that teaches no program: {code}"


def test_a_java_unit_that_names_python_teaches_java_not_python():
    java = GenerationMaterials(
        unit_title="Selection in Java",
        objectives=[objective("LO1", "Use if statements to make decisions in a program")],
        headings=["Java and Python are both high-level languages"],
        code_snippets=[{"language": "java", "title": "Grade",
                        "code": "if (score > 50) {\n    System.out.println(\"Pass\");\n}"}],
        text="Java and Python are both high-level languages. Python programs are shorter.")
    assert not build_topic_model(java).teaches("python")


def test_a_unit_naming_python_where_it_teaches_loops_still_teaches_python():
    loops = GenerationMaterials(
        unit_title="Python programming",
        objectives=[objective("LO1", "Use a while loop to repeat instructions"),
                    objective("LO2", "Write a Python program that asks for a name")],
        text="In Python a while loop repeats while its condition is true.")
    assert build_topic_model(loops).teaches("python")
