"""parse_credit passes by a line that cannot be a credit without reading it.

Nine in ten of the lines the title, author and body rules ask parse_credit about are no
credit. read_credit reads names only from a piece that opens with a credit label, or whose
words hold a label's first word and that opens with a date; a line of one piece (no bar,
slash, semicolon, dot or colon parts it, no bracket, dash or label glued to a name opens it,
no portrait's alt text stands in it) that opens with no label and holds no label's first
word after a figure names no one, and is no bare label. The property holds parse_credit
to read_credit, the reading itself, on lines made of labels, names, marks, brackets, dashes
and dates; the shapes it passes by and those it must read are spelled out by hand.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.blocks import cache_forms
from newsextract.fields import byline
from newsextract.profiles import get_profile, merged

CREDIT_PIECES = [
    "By", "by", "BY", "Oleh", "oleh", "OLEH", "Penulis", "Editor", "Von", "Reporter", "Di", "di", "Av",
    "Jane", "Doe", "Andi", "Wijaya", "Budi", "Santoso", "Vivien", "Valentiner", "and", "dan", "&",
    ",", " ", " ", "  ", "\t", "\u00a0", ":", " : ", "|", " | ", "·", " · ", "/", ";", "•",
    "(", ")", "—", "– ", "-- ", "-", "12 Jan 2025", "2025", "Posted on March 3, 2023",
    "Minggu, 21 Juli 2024 17:30 WITA", "06.11.2025, 17:06 Uhr", "2 hours ago", "Christmas",
    "Beachbody", "nearby", "maybe", "covered", "report", "Text", "Foto", "Photos", "words",
    "a column by", "x", "É", "Ørsted", "9", "ReporterBudi", "EditorDewi", "Lestari",
    "Redakteurin", "Laporan Wartawan", "Tribunnews.com", "Straße", "STRASSE", "ΣΟΦΙΑ", "İstanbul",
]
CREDIT_TEXT = st.lists(st.sampled_from(CREDIT_PIECES), max_size=14).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
# (Italian prints "di" as a label of its own, which merged() lacks: the test builds its pattern)
PROFILES = [merged(), get_profile("en"), get_profile("id"), get_profile("de"), get_profile("it"),
            replace(merged(), author_labels=merged().author_labels + ("di",))]


def _uncached():
    return cache_forms(byline.parse_credit)[1]


@settings(max_examples=1500, deadline=None)
@given(CREDIT_TEXT, st.sampled_from(PROFILES))
def test_parse_credit_is_read_credit(text: str, prof) -> None:
    assert _uncached()(text, prof) == byline.read_credit(text, prof)


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT, st.sampled_from(PROFILES))
def test_parse_credit_is_read_credit_on_any_text(text: str, prof) -> None:
    assert _uncached()(text, prof) == byline.read_credit(text, prof)


def test_plain_lines_are_passed_by() -> None:
    k = merged()
    assert byline._plain_line("Christmas tree lights", k)
    assert byline._plain_line("Trade deal signed in Jakarta on 12 Jan 2025", k)  # a date, no label after it
    # (a label's first word inside another word, or after the line's opening, opens no piece)
    assert byline._plain_line("The nearby village was covered in the report", k)
    assert byline._plain_line("Police said the fire was started by a candle", k)
    assert byline.parse_credit("Christmas tree lights", k) == ([], [], False)


def test_lines_that_may_be_credits_are_read() -> None:
    k = merged()
    assert not byline._plain_line("By Jane Doe", k)
    assert not byline._plain_line("Penulis Andi Wijaya", k)
    assert not byline._plain_line("OLEH ANDI WIJAYA", k)
    # (a label opens the line, whatever follows: read_credit weighs it)
    assert not byline._plain_line("Reporters gathered outside", k)
    assert not byline._plain_line("Posted on March 3, 2023 by Jane Doe", k)  # a date, then a label
    assert not byline._plain_line("(Ditulis oleh Andi Wijaya)", k)  # a bracket opens it
    assert not byline._plain_line("— By Jane Doe", k)  # a closing credit's dash
    assert not byline._plain_line(" By Jane Doe", k)
    assert not byline._plain_line("Jane Doe | Reporter", k)  # a mark parts the line
    assert not byline._plain_line("Jane Doe · Editor", k)
    assert not byline._plain_line("Santoso Kontributor: X", k)  # a colon, a second label's
    assert not byline._plain_line("ReporterBudi Santoso", k)  # a label glued to a name
    # (a portrait's alt text, the name printed twice: a byline may follow it)
    assert not byline._plain_line("Vivien Valentiner Von Vivien Valentiner, Redakteurin", k)
    assert byline.parse_credit("By Jane Doe", k) == (["Jane Doe"], [], False)
    assert byline.parse_credit("Posted on March 3, 2023 by Jane Doe", k) == \
        byline.read_credit("Posted on March 3, 2023 by Jane Doe", k)


def test_a_page_languages_own_label_is_looked_for() -> None:
    # (Italian "di" is no label of merged(): a profile that adds it gets tests of its own)
    own = replace(merged(), author_labels=merged().author_labels + ("di",))
    assert byline._label_tests(get_profile("id")) is byline._shared_label_tests()
    assert byline._label_tests(own) is not byline._shared_label_tests()
    assert byline._plain_line("di Mario Rossi", merged())
    assert not byline._plain_line("di Mario Rossi", own)
    assert not byline._plain_line("Di Mario Rossi", own)
    assert byline.parse_credit("di Mario Rossi", own) == byline.read_credit("di Mario Rossi", own)


def test_a_long_text_is_read_whole() -> None:
    # (past _PLAIN_LINE_CHARS the test is not made: the text is read as it was)
    k = merged()
    long_line = "kata dia " * 60
    assert len(long_line) > byline._PLAIN_LINE_CHARS
    assert byline.parse_credit(long_line, k) == byline.read_credit(long_line, k) == ([], [], False)
    plain_long = "Angin " + "bertiup kencang " * 30
    assert len(plain_long) > byline._PLAIN_LINE_CHARS and byline._plain_line(plain_long, k)
    assert byline.parse_credit(plain_long, k) == ([], [], False)  # (read by read_credit, as it was)
    labelled = "Penulis: Andi Wijaya | " + long_line
    assert byline.parse_credit(labelled, k) == byline.read_credit(labelled, k)
