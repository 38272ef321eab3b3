"""Year 7 online safety, a unit with no programming at all: "code" appears only as "a code sent to your phone".
Slides with "I can…" objectives, title/body definitions and SMART rules written "S – Safe: …"; a lesson plan with
numbered objectives and a phase-by-phase outline."""

from __future__ import annotations

from tests.corpus import formats as f

OBJECTIVES = [
    "I can explain what a digital footprint is",
    "I can describe how to keep my personal information private",
    "I can say what to do if I see something upsetting online",
]


def slides() -> bytes:
    deck = f.new_pptx(title="Online Safety")
    f.title_slide(deck, "Staying Safe Online", "Year 7 – Digital citizenship")
    f.content_slide(deck, "Learning Objectives", OBJECTIVES)
    f.content_slide(deck, "Digital footprint", [
        "The trail of information you leave behind every time you use the internet",
        "Posts, photos, comments, searches – even things you delete!",
    ])
    f.content_slide(deck, "Personal information", [
        "Information that can be used to identify you – like your full name, address, school or phone number",
    ])
    f.content_slide(deck, "Privacy settings", [
        "Settings on an app or website that let you control who can see what you post",
        "Check them on every app you use",
    ])
    f.content_slide(deck, "Cyberbullying", [
        "Using technology to bully someone, e.g. sending nasty messages or sharing embarrassing photos",
        "It is never your fault – tell someone",
    ], notes="Sensitive topic – remind pupils who the safeguarding lead is.")
    f.content_slide(deck, "Passwords", [
        "Use three random words, e.g. TeapotCloudBanana",
        "Never share a code that is sent to your phone",
        "Turn on two-step verification",
    ])
    f.content_slide(deck, "Be SMART online", [
        "S – Safe: keep your personal information safe",
        "M – Meet: never meet up with someone you have only met online",
        "A – Accepting: think before you accept files, friend requests or open emails",
        "R – Reliable: not everything you see online is true",
        "T – Tell: tell a trusted adult if something online worries you",
    ])
    return f.pptx_bytes(deck)


def lesson_plan() -> bytes:
    document = f.new_docx()
    document.add_heading("Lesson 1: Staying Safe Online", level=1)
    f.para(document, "Lesson objectives:", bold=True)
    for objective in OBJECTIVES:
        f.para(document, objective, style="List Number")
    f.para(document, "")
    f.para(document, "Starter (10 mins) – watch the video clip and discuss: what information did the character "
                     "give away?")
    f.para(document, "Main (30 mins) – slides on digital footprints and privacy settings, then pupils make a "
                     "‘Be SMART’ leaflet in pairs")
    f.para(document, "Plenary (10 mins) – true or false quiz on mini whiteboards")
    f.para(document, "Homework – check the privacy settings on one app with a parent or carer")
    f.para(document, "")
    f.para(document, "Safeguarding: follow up any disclosures with the DSL the same day.", bold=True)
    return f.docx_bytes(document)


FILES = {
    "Online Safety.pptx": slides,
    "Online safety lesson plan.docx": lesson_plan,
}
