"""Year 8 vector graphics, lesson 3, in the shape of a Teach Computing (NCCE) unit: a slide deck ("Lesson 3: …",
"Starter activity", an "Objectives" slide, "Activity 1"/"Activity 2", key words bolded inside explanation
sentences, "Plenary" and "Summary", teacher talk in the speaker notes), the Word activity worksheet, and the unit
overview (a "Lesson | Brief overview | Learning objectives" table and a "Key vocabulary" list)."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

from tests.corpus import formats as f

TITLE = "Lesson 3: Z-order and grouping"
UNIT = "Year 8 – Vector graphics"


# The snowman's six parts: (kind, box or points, fill), as offsets from the drawing's left edge.
SNOWMAN = {
    "body": ("ellipse", [55, 180, 245, 370], "#ffffff"),
    "buttons": ("dots", [240, 275, 310], "#222222"),
    "head": ("ellipse", [95, 100, 205, 210], "#ffffff"),
    "nose": ("polygon", [(150, 150), (185, 158), (150, 165)], "#e67e22"),
    "scarf": ("rectangle", [100, 195, 200, 215], "#c0392b"),
    "hat": ("hat", [110, 40, 190, 110], "#222222"),
}


def _snowman(draw: ImageDraw.ImageDraw, left: int, order: list[str]) -> None:
    """One snowman from the same six shapes, stacked in `order` (back to front)."""
    for part in order:
        kind, where, fill = SNOWMAN[part]
        if kind == "ellipse":
            x0, y0, x1, y1 = where
            draw.ellipse([left + x0, y0, left + x1, y1], fill=fill, outline="#555555", width=3)
        elif kind == "dots":
            for y in where:
                draw.ellipse([left + 143, y, left + 157, y + 14], fill=fill)
        elif kind == "polygon":
            draw.polygon([(left + x, y) for x, y in where], fill=fill)
        else:
            x0, y0, x1, y1 = where
            draw.rectangle([left + x0, y0, left + x1, y1], fill=fill)
            if kind == "hat":
                draw.rectangle([left + x0 - 25, y1 - 5, left + x1 + 25, y1 + 10], fill=fill)


def snowmen_png() -> bytes:
    image = Image.new("RGB", (700, 400), "#dff1fb")
    draw = ImageDraw.Draw(image)
    _snowman(draw, 20, ["body", "buttons", "head", "nose", "scarf", "hat"])
    # B: the body drawn last hides the head, and the hat is behind the head
    _snowman(draw, 380, ["nose", "hat", "head", "scarf", "body", "buttons"])
    draw.text((150, 375), "A", fill="#1f3b73", font=f.font(20, bold=True))
    draw.text((510, 375), "B", fill="#1f3b73", font=f.font(20, bold=True))
    out = io.BytesIO()
    image.save(out, "PNG", optimize=False)
    return out.getvalue()


def slides() -> bytes:
    deck = f.new_pptx(title="Y8 Vector graphics L3")
    f.title_slide(deck, TITLE, UNIT)
    starter = f.titled_slide(deck, "Starter activity")
    f.text_box(starter, "Drawings A and B use exactly the same shapes.\nWhat is different? Why does B look wrong?",
               left=0.5, top=1.4, width=9, size=20)
    f.picture(starter, snowmen_png(), left=1.5, top=2.6, width=7)
    starter.notes_slide.notes_text_frame.text = (
        "Give learners 3 minutes in pairs. Take answers. The shapes are identical – nothing has been resized or "
        "recoloured. The only thing that has changed is the order the shapes are stacked in: in B the body has been "
        "drawn over the head and the hat is hiding behind it. Today we are going to learn how to control that order.")
    f.content_slide(deck, "Objectives", [
        "Learning objectives",
        "  To explain how the z-order of objects changes what is seen",
        "  To group and ungroup objects",
        "  To use alignment tools to position objects precisely",
    ])
    f.marked_content_slide(deck, "Recap", [
        "A **vector graphic** is made of **objects**: shapes that the computer stores as instructions, not pixels.",
        "Every object has a **fill** (the colour inside it) and a **stroke** (its outline).",
        "Last lesson you edited **paths** – lines made of straight or curved segments – by dragging their "
        "**nodes**, the points that a path passes through.",
    ], notes="Cold call: what is the difference between fill and stroke? Who can remember the name of the tool "
             "we used to drag nodes? (Node tool, F2/N.)")
    f.marked_content_slide(deck, "Stacking objects", [
        "Every new object you draw is placed on top of the objects before it.",
        "The **z-order** is the order in which objects are stacked, from back to front.",
        "Raise to top: Home        Lower to bottom: End",
        "Raise one step: Page Up     Lower one step: Page Down",
    ], notes="Z comes from the z-axis. X goes across the screen, y goes up and down, and z comes out of the "
             "screen towards you – so the z-order is how close to you each object is. Demo: draw three "
             "overlapping circles, then use Home and End to shuffle them. Point out the buttons on the toolbar "
             "do the same as the keys.")
    f.content_slide(deck, "Activity 1", [
        "Open snowman.svg from the shared area",
        "The snowman has been drawn in the wrong order",
        "Use raise and lower to put every object back in the right z order",
        "Fill in the table on your worksheet as you go",
    ], notes="Allow 10 minutes. Circulate – the most common mistake is lowering the body below the background "
             "rectangle so it disappears. If that happens, press Page Up until it comes back or Edit > Undo.")
    f.marked_content_slide(deck, "Grouping objects", [
        "When a drawing is made of lots of objects it is easy to move one by mistake.",
        "**Grouping** joins objects together so they can be moved, resized and recoloured as one object.",
        "Select the objects, then Object > Group (Ctrl+G). Ungroup with Shift+Ctrl+G.",
        "You can still change one object inside a group: Ctrl+click it.",
    ], notes="Demo with the finished snowman: drag the head – it leaves the rest behind. Undo, select everything, "
             "group, drag again. Ask: what would happen if we scaled the snowman without grouping it first?")
    f.marked_content_slide(deck, "Lining things up", [
        "**Alignment** lines objects up along their edges or their centres.",
        "**Distribute** spaces objects out so the gaps between them are equal.",
        "Both are in Object > Align and Distribute (Shift+Ctrl+A)",
        "Choose what to line up 'relative to': the page, the biggest object or the first one you selected",
    ], notes="Show how hard it is to centre text on a circle by eye, then do it in one click. Make sure learners "
             "check the 'Relative to' box – this is where most of them go wrong.")
    f.content_slide(deck, "Activity 2", [
        "Design a badge for the school eco club",
        "  Use at least four objects",
        "  Group the parts of your logo so it moves as one",
        "  Centre the club name on the badge using Align and Distribute",
        "  Save it as badge_yourname.svg",
        "Explorer task: add a row of five leaves along the bottom, evenly spaced with Distribute",
    ], notes="15 minutes. Worksheet has the same steps and a checklist. Pick two or three badges to show under "
             "the visualiser before the plenary.")
    f.content_slide(deck, "Plenary", [
        "1. You draw a circle and then a square on top of it. Which object is higher in the z-order?",
        "2. Why would you group the parts of a face before moving it?",
        "3. Which tool would you use to space five stars evenly across the page?",
    ], notes="Mini whiteboards. Answers: 1 – the square: it was drawn last, so it sits on top. 2 – so all the "
             "parts move together and stay in the same place as each other. 3 – Distribute (Align and "
             "Distribute, make the gaps equal).")
    f.content_slide(deck, "Summary", [
        "Objects are stacked in a z-order: the last one drawn is on top",
        "Grouping lets you treat several objects as one",
        "Align and Distribute place objects precisely – much harder to do by hand",
    ])
    f.content_slide(deck, "Next lesson", [
        "In the next lesson you will make new shapes by combining old ones with union, difference and "
        "intersection",
    ])
    return f.pptx_bytes(deck)


def worksheet() -> bytes:
    document = f.new_docx(title="Activity 1 worksheet")
    f.para(document, UNIT, size=10)
    f.para(document, "Lesson 3 – Z-order and grouping", style="Heading 1")
    f.para(document, "Name: ______________________        Class: ________")
    f.para(document, "Activity 1: Fix the snowman", style="Heading 2")
    for step in ["Open snowman.svg (Shared > Computing > Year 8 > Vector graphics).",
                 "Click each object in turn and press Home, End, Page Up or Page Down to change where it sits in "
                 "the z-order.",
                 "Keep going until your snowman looks like drawing A on the board.",
                 "Fill in the table. The first row has been done for you."]:
        f.para(document, step, style="List Number")
    f.table(document, [
        ["Object", "It should be in front of…", "Key(s) I pressed"],
        ["Scarf", "the body and the head", "Page Up (twice)"],
        ["Hat", "", ""],
        ["Head", "", ""],
        ["Nose", "", ""],
        ["Buttons", "", ""],
    ])
    f.para(document, "")
    f.para(document, "Activity 2: Eco club badge", style="Heading 2")
    f.para(document, "The eco club needs a badge for its noticeboard. Design one in Inkscape.")
    for step in ["Draw the badge shape and at least three objects for the logo (a leaf, a drop of water, the sun…).",
                 "Put the objects in the right z-order.",
                 "Select the logo objects and group them (Ctrl+G).",
                 "Add the text ECO CLUB and centre it on the badge with Align and Distribute (Shift+Ctrl+A).",
                 "Save your work as badge_yourname.svg in your Computing folder."]:
        f.para(document, step, style="List Number")
    f.para(document, "Checklist", bold=True)
    for check in ["☐ I used at least four objects", "☐ My logo is grouped and moves as one",
                  "☐ The text is centred on the badge using Align and Distribute"]:
        f.para(document, check)
    f.para(document, "Explorer task", bold=True)
    f.para(document, "Add a row of five leaves along the bottom of the badge. Use Distribute so the gaps between "
                     "them are exactly equal. Can you make the leaves different sizes and still keep the gaps "
                     "equal?")
    return f.docx_bytes(document)


LESSONS = [
    ["Lesson", "Brief overview", "Learning objectives"],
    ["1 Drawing basics",
     "Learners are introduced to vector graphics and the drawing tools in Inkscape. They draw simple shapes and "
     "change their fill (the colour inside a shape) and stroke (its outline).",
     "To identify that vector drawings are made of shapes\nTo create a vector drawing from simple shapes\n"
     "To change the fill and stroke of an object"],
    ["2 Nodes and paths",
     "Learners use the node tool to change the shape of an object and draw their own paths made of straight and "
     "curved segments.",
     "To edit a shape by moving its nodes\nTo draw a path made of straight and curved segments"],
    ["3 Z-order and grouping",
     "Learners change the order in which objects are stacked, then group objects so that they can be moved and "
     "resized as one. They use the align and distribute tools to line objects up precisely.",
     "To explain how the z-order of objects changes what is seen\nTo group and ungroup objects\n"
     "To use alignment tools to position objects precisely"],
    ["4 Combining shapes",
     "Learners make new shapes with path operations: union (joins shapes into one), difference (cuts the top shape "
     "out of the one below) and intersection (keeps only the part where shapes overlap). They duplicate objects to "
     "build a pattern.",
     "To combine shapes using union, difference and intersection\nTo duplicate objects to create a pattern"],
    ["5 Vectors and bitmaps",
     "Learners zoom in on a vector graphic and on a bitmap image (an image made of pixels) and compare what "
     "happens. They learn that vector graphics are scalable: they can be resized without losing quality, because "
     "the computer redraws the shapes from their instructions. They compare file sizes.",
     "To compare vector graphics with bitmap images\n"
     "To explain why vector graphics can be scaled without losing quality"],
    ["6 Design a logo",
     "Learners plan, create and evaluate a logo for a school club, using the skills from the unit.",
     "To apply vector drawing skills to design a logo\nTo evaluate a design against a brief"],
]


def unit_overview() -> bytes:
    document = f.new_docx(title="Unit overview")
    f.para(document, "Unit overview", style="Title")
    f.para(document, UNIT, style="Heading 1")
    f.para(document, "Summary of the unit", style="Heading 2")
    f.para(document, "In this unit learners develop their understanding of the way vector graphics are made up of "
                     "objects – shapes that can each be selected, moved and changed on their own. They use a free "
                     "vector drawing package (Inkscape) to create and edit drawings, put objects in order, group "
                     "and combine them, and finally design a logo of their own. The unit finishes by comparing "
                     "vector graphics with bitmap images.")
    f.para(document, "Overview of lessons", style="Heading 2")
    f.table(document, LESSONS)
    f.para(document, "")
    f.para(document, "Progression", style="Heading 2")
    f.para(document, "This unit builds on the Year 7 graphics work, where learners edited photos. It prepares them "
                     "for the Year 9 media unit, where they choose between vector and bitmap tools for a project.")
    f.para(document, "Assessment", style="Heading 2")
    f.para(document, "Formative: plenary questions and mini whiteboards every lesson. Summative: a multiple choice "
                     "quiz at the end of lesson 5 and the logo project in lesson 6, marked with the rubric.")
    f.para(document, "Key vocabulary", style="Heading 2")
    f.para(document, "Vector graphic, object, fill, stroke, path, node, z-order, grouping, alignment, distribute, "
                     "union, difference, intersection, scalable, bitmap")
    f.para(document, "Software: Inkscape 1.x (installed on all machines in IT2 and IT3). Learners without it at "
                     "home can use Vectr in the browser.")
    return f.docx_bytes(document)


FILES = {
    "Y8 - Vector graphics - L3 - slides.pptx": slides,
    "Y8 - Vector graphics - L3 - Activity worksheet.docx": worksheet,
    "Y8 - Vector graphics - Unit overview.docx": unit_overview,
}
