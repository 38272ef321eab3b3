"""Drafts from a unit whose readers found no key words, from sources beyond its sentences: the logic gates a unit
names (which gate follows a rule, which inputs make a gate output 1, each gate with its rule), and the documents'
own answered questions past their usual third of the draft when nothing else can fill a place. Small hand-built
materials, written for these tests."""

from __future__ import annotations

import random

from app.services.generation import offline_lists as lists
from app.services.generation import offline_logic as logic
from app.services.generation.context import BuildContext
from app.services.generation.materials import GenerationMaterials
from app.services.generation.offline import DraftRequest, generate_offline
from app.services.generation.phrases import heading_phrases
from app.services.generation.quality import unit_problems
from tests.generation.test_topics import objective, slide

# Gates only in tables and truth tables, as a deck often has them: the readers find no key words in them.
GATES_TEXT = """# Logic gates
Gate | Output is 1 when…
AND gate | both inputs are 1
OR gate | at least one input is 1
NOT gate | the input is 0
# Truth table: AND
A | B | Q
0 | 0 | 0
1 | 1 | 1"""
LOGIC = GenerationMaterials(
    unit_title="Logic gates",
    objectives=[objective("LO1", "Complete a truth table for the AND, OR and NOT gates"),
                objective("LO2", "Write a Boolean expression for a logic circuit")],
    passages=slide(1, "Logic gates", "Year 8 – Computer systems"),
    text=GATES_TEXT,
)


def _context(materials: GenerationMaterials, seed: int = 1) -> BuildContext:
    return BuildContext.for_materials(materials, random.Random(seed))


def _right(question: dict) -> list[str]:
    return sorted(o["text"] for o in question["config"]["options"] if o["is_correct"])


async def test_a_logic_unit_with_no_key_words_gets_more_than_truth_tables():
    draft = await generate_offline(LOGIC, DraftRequest(num_questions=12), seed=1)
    types = {q["type"] for q in draft.questions}
    assert len(types) >= 4, f"only {sorted(types)}"
    assert len(draft.questions) >= 9, f"{len(draft.questions)} questions: {[q['question_text'] for q in draft.questions]}"


async def test_every_gate_question_is_about_the_unit():
    draft = await generate_offline(LOGIC, DraftRequest(num_questions=12), seed=1)
    ctx = _context(LOGIC)
    for question in draft.questions:
        assert not unit_problems(question, ctx.model), question["question_text"]


def test_the_gate_that_follows_a_rule_is_the_right_answer():
    ctx = _context(LOGIC)
    seen = {}
    while (question := logic.gate_rule_choice(ctx, 1)) is not None:
        seen[question["question_text"]] = _right(question)
    assert seen == {"Which logic gate outputs 1 only when both inputs are 1?": ["AND gate"],
                    "Which logic gate outputs 1 when at least one input is 1?": ["OR gate"],
                    "Which logic gate outputs 1 when its input is 0?": ["NOT gate"]}


def test_the_inputs_that_make_a_gate_output_1_are_worked_out():
    ctx = _context(LOGIC)
    seen = {}
    while (question := logic.gate_inputs_select(ctx, 3)) is not None:
        seen[question["question_text"]] = _right(question)
    assert seen == {
        "Select every pair of inputs that makes the output of an AND gate 1.": ["A = 1, B = 1"],
        "Select every pair of inputs that makes the output of an OR gate 1.": ["A = 0, B = 1", "A = 1, B = 0",
                                                                                "A = 1, B = 1"]}


def test_each_gate_is_matched_to_its_own_rule():
    question = logic.gate_rule_matching(_context(LOGIC), 2)
    assert question is not None, "three gates named: a matching question"
    config = question["config"]
    left = {i["id"]: i["text"] for i in config["left_items"]}
    right = {i["id"]: i["text"] for i in config["right_items"]}
    pairs = {left[p["left"]]: right[p["right"]] for p in config["correct_pairs"]}
    assert pairs == {"AND gate": "Outputs 1 only when both inputs are 1",
                     "OR gate": "Outputs 1 when at least one input is 1",
                     "NOT gate": "Outputs 1 when its input is 0"}


def test_one_word_in_capitals_is_not_taken_for_the_gates_a_unit_teaches():
    materials = GenerationMaterials(unit_title="Passwords", text="Do NOT share your password with anyone.")
    ctx = _context(materials)
    assert logic.gate_rule_choice(ctx, 1) is None
    assert logic.gate_inputs_select(ctx, 3) is None


# A quiz unit: its own answered questions, and too little else to fill a draft.
QUIZ = [
    ("Which chart is best for comparing the votes for each flavour?", ["Bar chart", "Line graph", "Pie chart"],
     "Bar chart"),
    ("Which chart shows how a temperature changes over time?", ["Pie chart", "Line graph", "Bar chart"],
     "Line graph"),
    ("Which chart shows the parts of a whole?", ["Scatter graph", "Line graph", "Pie chart"], "Pie chart"),
    ("Which chart shows whether two sets of numbers are linked?", ["Scatter graph", "Pie chart", "Bar chart"],
     "Scatter graph"),
    ("What does the legend of a chart show?", ["What each colour stands for", "The chart's title",
                                                "The scale of the y axis"], "What each colour stands for"),
    ("Which axis of a bar chart usually shows the categories?", ["The x axis", "The y axis", "Neither axis"],
     "The x axis"),
]
CHARTS = GenerationMaterials(
    unit_title="Charts and graphs",
    objectives=[objective("LO1", "Choose a suitable chart for a set of data")],
    passages=slide(2, "Charts", "A chart shows data as a picture."),
    text="Charts and graphs. A chart shows data as a picture.\n" + "\n".join(q for q, *_ in QUIZ),
    questions=[{"number": n, "text": text, "options": options, "answer": answer, "source": "Quiz.docx"}
               for n, (text, options, answer) in enumerate(QUIZ, start=1)],
)


async def test_the_documents_own_questions_fill_places_nothing_else_can():
    draft = await generate_offline(CHARTS, DraftRequest(num_questions=12), seed=1)
    own = [q for q in draft.questions if "worksheet" in q["tags"]]
    assert len(own) > 12 // 3, f"{len(own)} of the worksheet's {len(QUIZ)} questions used"


async def test_a_unit_with_enough_of_its_own_text_keeps_the_worksheets_share():
    sentences = [f"A {kind} chart is used to show {what}." for kind, what in (
        ("bar", "categories"), ("line", "change over time"), ("pie", "parts of a whole"),
        ("scatter", "whether two things are linked"), ("column", "counts side by side"))]
    full = GenerationMaterials(**{**CHARTS.__dict__, "vocabulary": [
        {"term": t, "definition": d} for t, d in (
            ("Bar chart", "a chart of bars that compares categories"), ("Line graph", "a graph of change over time"),
            ("Pie chart", "a circle cut into slices that shows the parts of a whole"),
            ("Legend", "the key that says what each colour stands for"),
            ("Axis", "the line along the side or the bottom of a chart"),
            ("Data range", "the block of cells a chart is made from"))],
        "passages": slide(2, "Charts", *sentences)})
    draft = await generate_offline(full, DraftRequest(num_questions=12), seed=1)
    own = [q for q in draft.questions if "worksheet" in q["tags"]]
    assert len(draft.questions) == 12
    assert len(own) <= 12 // 3, f"{len(own)} worksheet questions in a draft the unit's own words could fill"


# A slide of single words under a heading that says what they are.
SENSORS = GenerationMaterials(
    unit_title="Sensors and actuators",
    objectives=[objective("LO1", "Explain the difference between a sensor and an actuator")],
    passages=[*slide(3, "Types of sensor", "Temperature", "Light", "Motion (PIR)", "Moisture"),
              *slide(4, "Your task", "Complete the sheet", "Use your notes", "Check with a partner"),
              *slide(5, "Examples of actuators", "A motor turns the wheels of a robot.", "Buzzer", "Lamp")],
    text="Types of sensor\nTemperature\nLight\nMotion (PIR)\nMoisture",
)


def test_a_list_under_a_heading_naming_its_kind_gives_a_question_any_item_answers():
    ctx = _context(SENSORS)
    question = lists.name_one_of_kind(ctx, 1)
    assert question is not None, "a list of four sensors under 'Types of sensor'"
    assert question["question_text"] == "Name one type of sensor."
    answers = {a["text"].lower() for a in question["config"]["accepted_answers"]}
    assert {"temperature", "light", "motion (pir)", "motion", "pir", "moisture"} <= answers, answers


def test_a_list_with_a_sentence_in_it_or_under_a_label_gives_no_such_question():
    ctx = _context(SENSORS)
    assert lists.name_one_of_kind(ctx, 1) is not None
    assert lists.name_one_of_kind(ctx, 1) is None, "'Examples of actuators' holds a sentence; 'Your task' is a label"


async def test_a_unit_of_few_words_names_one_of_the_kind_it_lists():
    draft = await generate_offline(SENSORS, DraftRequest(num_questions=6), seed=1)
    assert "Name one type of sensor." in [q["question_text"] for q in draft.questions]


def test_a_question_to_the_class_about_who_does_something_names_no_topic():
    assert heading_phrases("Who is watching?") == (), "a station's question to the class, not a concept"
    assert heading_phrases("Who is Ada Lovelace?") == ("Ada Lovelace",)
    assert heading_phrases("What is hacking?") == ("hacking",)
