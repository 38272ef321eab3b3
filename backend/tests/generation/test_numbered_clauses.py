"""An agreement's numbered clauses define their own words ("2.1 'Supplier' means…"): the clause number is not part
of the word, and a clause under a heading ("In these terms") is the meaning of the clause's word, never of the
heading. Small hand-written lines, written for these tests."""

from __future__ import annotations

from app.services.generation.phrases import defined_subject, names_something_else


def test_a_numbered_clause_defines_its_quoted_word():
    assert defined_subject("2.1 'Supplier' means the company that sends the laptops to the school") == (
        "Supplier",
        "the company that sends the laptops to the school",
    )


def test_a_lettered_clause_defines_its_word():
    assert defined_subject("(b) Personal data means anything that identifies a living person") == (
        "Personal data",
        "anything that identifies a living person",
    )


def test_a_numbered_clause_names_something_other_than_the_heading_above_it():
    assert names_something_else(
        "2.1 'Supplier' means the company that sends the laptops to the school", "In these terms"
    )


def test_a_number_that_is_part_of_the_subject_is_not_a_clause_number():
    assert defined_subject("8 bits is the size of one byte of memory") != (
        "bits",
        "the size of one byte of memory",
    )


def test_a_label_over_a_numbered_clause_is_not_a_key_word_with_the_clause_as_its_meaning():
    from app.services.generation.facts import unit_facts
    from app.services.generation.materials import GenerationMaterials
    from app.services.generation.topics import build_topic_model
    from tests.generation.test_topics import slide

    terms = GenerationMaterials(
        unit_title="Buying laptops for school",
        passages=slide(
            3,
            "The contract",
            "In these terms",
            "2.1 'Supplier' means the company that sends the laptops to the school",
        ),
    )
    facts = unit_facts(terms, build_topic_model(terms))
    assert "In these terms" not in [fact.term for fact in facts], facts
