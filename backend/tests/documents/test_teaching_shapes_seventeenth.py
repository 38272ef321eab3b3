"""Shapes first met in the seventeenth held-out set: a Jamboard saved as PDF (square sticky notes with centred text,
word notes with their meaning notes dragged beside them, aims as "→" lines under "Our aims today:"); a Word card
sort (lettered cards to cut out, a teacher copy listing the sorted cards under each heading); a Teams chat whose
teacher's replies explain the words pupils ask about; a deck's sub-points that list values or compare levels; and
a cloze passage's answers, each gap's word in bold before the noun it names."""

from __future__ import annotations

from tests.corpus import formats as f
from tests.documents.shapes import found as _found
from tests.documents.shapes import objectives as _objectives
from tests.documents.shapes import terms as _terms

# Aims on a sticky note -----------------------------------------------------------------------------------------

def test_arrow_lines_under_our_aims_today_are_objectives():
    text = ("Networks – lesson 2\n\nOur aims today:\n→ explain what a router does\n→ describe how a packet "
            "finds its way\n\nAdd a sticky note with your name!\n")
    assert _objectives(_found("board.txt", text.encode())) == ["Explain what a router does",
                                                               "Describe how a packet finds its way"]


# Word notes and meaning notes on a Jamboard frame --------------------------------------------------------------

def _sticky(pdf: f.Pdf, x: float, y: float, text: str, *, w: float, h: float, size: float, bold: bool = False) -> None:
    pdf.set_fill_color(255, 241, 118)
    pdf.rect(x, y, w, h, style="F")
    pdf.set_xy(x + 2, y + 3)
    pdf.set_font(pdf.sans, "B" if bold else "", size)
    pdf.multi_cell(w - 4, size * 0.45, pdf.typed(text), align="C", new_x="LEFT", new_y="NEXT")


WORD_NOTES = [("ROUTER", "A device that sends data between different networks, choosing the best route for each "
                         "packet it is given"),
              ("SWITCH", "A device that sends data to the right computer on one network, using its MAC address"),
              ("PACKET", "A small piece of a file or message, sent on its own with the address it is going to")]


def _jamboard(*, last_word_on_far_side: bool) -> bytes:
    pdf = f.Pdf(title="Networks - Jamboard")
    pdf.add_page(format=f.SLIDE_PAGE)
    pdf.set_auto_page_break(auto=False)
    pdf.set_xy(10, 6)
    pdf.set_font(pdf.sans, "B", 20)
    pdf.cell(0, 10, pdf.typed("Key words – drag the meaning next to its word"))
    for row, (word, meaning) in enumerate(WORD_NOTES):
        y = 22 + row * 26
        if last_word_on_far_side and row == len(WORD_NOTES) - 1:  # dragged past its meaning, a little lower
            _sticky(pdf, 60, y, meaning, w=95, h=22, size=8)
            _sticky(pdf, 148, y + 5, word, w=40, h=20, size=10, bold=True)
        else:
            _sticky(pdf, 20, y, word, w=48, h=20, size=10, bold=True)
            _sticky(pdf, 72, y, meaning, w=95, h=22, size=8)
    # Pupils' notes along the bottom fill the frame: a whiteboard frame holds more words than a slide.
    _sticky(pdf, 20, 118, "i think a router is the box at home with the lights on it that my dad restarts when "
            "the wifi stops working", w=80, h=22, size=8)
    _sticky(pdf, 120, 118, "switches are in the school server room, there are loads of cables going into them and "
            "they are always blinking", w=80, h=22, size=8)
    return pdf.output_bytes()


def test_centred_word_notes_beside_their_meaning_notes_define_the_words():
    terms = _terms(_found("board.pdf", _jamboard(last_word_on_far_side=False)))
    assert "different networks" in terms.get("Router", ""), terms
    assert "MAC address" in terms.get("Switch", ""), terms
    assert "small piece" in terms.get("Packet", ""), terms


def test_a_word_note_left_on_the_far_side_of_its_meaning_still_defines_it():
    terms = _terms(_found("board.pdf", _jamboard(last_word_on_far_side=True)))
    assert "small piece" in terms.get("Packet", ""), terms
    assert "different networks" in terms.get("Router", ""), terms


# A card sort ---------------------------------------------------------------------------------------------------

CARDS = [("A", "Data is split into packets before it is sent."),
         ("B", "A packet carries the address it is going to."),
         ("C", "A protocol is a set of rules for sending data."),
         ("D", "Packets can take different routes to get there."),
         ("E", "The packets are put back in order when they arrive."),
         ("F", "A missing packet is sent again.")]


def _card_sort() -> bytes:
    d = f.new_docx(title="")
    f.para(d, "Card sort: Sending, Travelling or Arriving?", bold=True, size=18)
    f.para(d, "In pairs: cut out the cards and sort them.")
    f.table(d, [[f"**{letter}**  {text}" for letter, text in CARDS[:3]],
                [f"**{letter}**  {text}" for letter, text in CARDS[3:]]])
    f.para(d, "TEACHER COPY – answers", bold=True)
    f.table(d, [["**SENDING**", "**TRAVELLING**", "**ARRIVING**"],
                ["\n".join(f"{letter} – {text}" for letter, text in CARDS[i::3]) for i in range(3)]])
    return f.docx_bytes(d)


def test_a_lettered_cards_letter_is_no_part_of_the_word_it_defines():
    terms = _terms(_found("cards.docx", _card_sort()))
    assert "set of rules" in terms.get("Protocol", ""), terms
    assert not any(len(term.split()[0]) == 1 for term in terms), terms  # no "C A protocol", "C – A protocol"


def test_sorted_cards_listed_under_a_heading_do_not_define_the_heading():
    terms = _terms(_found("cards.docx", _card_sort()))
    assert not {"Sending", "Travelling", "Arriving"} & {term.capitalize() for term in terms}, terms


# A teacher's replies in a chat ---------------------------------------------------------------------------------

CHAT = """Meeting chat – 9B Computing
[10:02] Ali Khan
whats the thing that shows google results in order
[10:03] Jones, Sarah (Staff)
Good question Ali. These are called search algorithms – programs that give every page a score and sort them.
[10:05] Mia Lee
what is the metal thing on top of the cpu
[10:06] Jones, Sarah (Staff)
That's a heat sink – a block of metal that soaks up heat from the CPU and spreads it out.
[10:07] Sam Ray
sir what is overclocking
[10:08] Jones, Sarah (Staff)
Great question Sam. Overclocking is setting a CPU to run faster than the maker rated it for.
[10:09] Sam Ray
is my phone quad core
[10:10] Jones, Sarah (Staff)
Almost certainly – most phones have at least four cores now.
"""


def test_a_teachers_reply_naming_what_pupils_asked_about_defines_it():
    terms = _terms(_found("chat.txt", CHAT.encode()))
    assert terms.get("Search algorithms", "").startswith("Programs that give every page a score"), terms
    assert terms.get("Heat sink", "").startswith("A block of metal"), terms


def test_a_word_said_to_be_a_doing_after_a_replys_opening_is_defined():
    terms = _terms(_found("chat.txt", CHAT.encode()))
    assert terms.get("Overclocking", "").startswith("Setting a CPU to run faster"), terms


def test_an_answering_adverb_before_a_dash_is_no_key_word():
    terms = _terms(_found("chat.txt", CHAT.encode()))
    assert "Almost certainly" not in terms, terms


# A deck's sub-points -------------------------------------------------------------------------------------------

def test_values_listed_with_equals_signs_define_nothing():
    presentation = f.new_pptx(title="")
    f.title_slide(presentation, "Memory", "Year 10")
    f.content_slide(presentation, "Sizes", ["Kilobyte = 1000, megabyte = 1000 KB, gigabyte = 1000 MB",
                                            "Bigger files need more storage"])
    terms = _terms(_found("deck.pptx", f.pptx_bytes(presentation)))
    assert "Kilobyte" not in terms, terms


def test_levels_compared_with_each_other_are_not_meanings():
    text = ("# Storage\n\nLevels of backup:\n\n- Tier 1 – smallest and fastest, kept on the server\n"
            "- Tier 2 – bigger, a bit slower\n- Tier 3 – biggest, kept off site\n")
    terms = _terms(_found("notes.md", text.encode()))
    assert not {"Tier 1", "Tier 2", "Tier 3"} & set(terms), terms


# A cloze passage's answers -------------------------------------------------------------------------------------

def test_a_bold_gap_word_before_its_noun_names_the_thing_its_sentence_defines():
    d = f.new_docx(title="")
    f.para(d, "Answers")
    f.para(d, "**Storage** keeps data when the power is off. A **solid-state** drive stores data in flash memory "
              "chips. A **magnetic** drive keeps data on spinning disks.")
    terms = _terms(_found("answers.docx", f.docx_bytes(d)))
    assert terms.get("Solid-state drive", "").startswith("Stores data in flash memory"), terms
    assert terms.get("Magnetic drive", "").startswith("Keeps data on spinning disks"), terms
