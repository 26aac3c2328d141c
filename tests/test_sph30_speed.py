"""Speed cuts of the HTML path (sph30) answer as the plain forms they replace.

Each test states the plain form (the code before the cut) beside the fast one and checks
them equal on invented lines of the shapes the function is asked about: a paragraph, a
heading, a box's line, a line of links, empty and spaced-out text.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract import classify
from newsextract.fields import authors
from newsextract.profiles import merged
from newsextract.weights import WEIGHTS as W

SETTINGS = settings(max_examples=300, deadline=None)

PIECES = ["About", "Tentang", "KOMPAS.com", "Cek Fakta", "Liputan6.com", "Email", "Me",
          "Follow", "EmailFollow", "Share", "the", "council", "said", ".", " ", "  ", "\n",
          "\t", "Jane Doe", "Reuters", "Über", "uns", "!", "?"]
LINE = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def _plain_about_box(text: str) -> bool:
    """classify._about_box as written before the cut: the text split whole."""
    words = text.split()
    if not 2 <= len(words) <= W.section_heading_words or text.endswith(classify._SENTENCE_END):
        return False
    k = merged()
    if words[0].lower() not in k.about_words:
        return False
    return bool(classify.domain_rx().search(text)) or any(w.lower() in k.outlets for w in words[1:])


def _plain_links_line(text: str) -> bool:
    """authors._links_line as written before the cut."""
    if len(text.split()) > 3:
        return False
    words = authors._CAMEL_JOINT.sub(" ", text).split()
    return 0 < len(words) <= 3 and all(w.lower() in merged().not_names for w in words)


@pytest.mark.parametrize("text, expected", [
    ("About KOMPAS.com", True),  # an about-word and the outlet's domain
    ("Tentang Cek Fakta Liputan6.com", True),
    ("About the council", False),  # no outlet named
    ("About KOMPAS.com and its many desks and the people who run them all day", False),  # too long
    ("About KOMPAS.com.", False),  # a sentence's end
    ("About", False),  # one word
    ("   About   KOMPAS.com   ", True),  # spaced out: the same words
    ("", False),
])
def test_about_box_by_its_first_words(text: str, expected: bool) -> None:
    assert classify._about_box(text) == expected == _plain_about_box(text)


@pytest.mark.parametrize("text, expected", [
    ("Email Me", True),
    ("EmailFollow", True),  # glued words parted
    ("Follow  Email  Share ", True),
    ("Email Me Follow Share", False),  # four words
    ("Jane Doe", False),  # a name
    ("", False),
])
def test_links_line_by_its_first_words(text: str, expected: bool) -> None:
    assert authors._links_line(text) == expected == _plain_links_line(text)


@SETTINGS
@given(LINE)
def test_about_box_and_links_line_are_their_plain_forms(text: str) -> None:
    assert classify._about_box(text) == _plain_about_box(text)
    assert authors._links_line(text) == _plain_links_line(text)



def _plain_units(s: str) -> int:
    """blocks.units as written before its counts were kept: counted each time."""
    from newsextract import blocks

    n = len(s.split())
    if not s.isascii() and blocks._WIDE_OR_SPACELESS.search(s):
        if blocks._FROM_KANA.search(s):
            n += len(blocks.cjk_rx().findall(s)) // 2
        n += len(blocks._SPACELESS.findall(s)) // blocks._SPACELESS_CHARS_PER_WORD
    return n


_PARAGRAPH = ("The council said on Monday that the plan, which was first put forward last year, "
              "would go ahead as soon as the money for it had been found.")


@pytest.mark.parametrize("text, expected", [
    (_PARAGRAPH, 28),  # a paragraph: its count kept
    ("Short line of five words", 5),  # a line: counted each time
    # Japanese, past the length kept: one spaced word, and one for every two of its 160
    # letters (eight a sentence; the stop is none)
    ("日本語の文章です。" * 20, 81),
    ("ภาษาไทย" * 30, 36),  # Thai: one spaced word, and one for every six of its 210 letters
    ("", 0),
])
def test_units_kept_or_counted_answer_as_counted(text: str, expected: int) -> None:
    from newsextract import blocks

    assert blocks.units(text) == expected == _plain_units(text)
    assert blocks.units(text) == expected  # (asked again: the count kept, when one is)


def test_units_kept_are_bounded() -> None:
    from newsextract import blocks

    for i in range(blocks._UNITS_KEPT + 5):
        assert blocks.units(f"{i} {_PARAGRAPH}") == 29
    assert len(blocks._UNITS) <= blocks._UNITS_KEPT
    assert blocks.units(_PARAGRAPH) == 28


@SETTINGS
@given(st.lists(st.sampled_from([*PIECES, "日本", "ภาษา", "한국어", _PARAGRAPH]), max_size=40).map("".join))
def test_units_is_its_plain_count(text: str) -> None:
    from newsextract import blocks

    assert blocks.units(text) == _plain_units(text)
    assert blocks.units(text) == _plain_units(text)


@pytest.mark.parametrize("text", [
    "JAKARTA, KOMPAS.com - Pemerintah menetapkan aturan baru.",  # a dateline and its text
    "LONDON (Reuters) - Britain's economy grew.",
    "Jakarta -",  # a dateline alone
    "The council said on Monday that it would meet again.",  # a sentence: no dateline
    "Baca juga: Banjir di Jakarta",  # a teaser's label
    "BERLIN. " + "Die Regierung hat am Montag beschlossen, das Gesetz zu ändern. " * 6,  # past the length kept
    "",
])
def test_find_dateline_kept_answers_as_read(text: str) -> None:
    from newsextract.fields import dateline

    plain = dateline._find_dateline(text)
    assert dateline.find_dateline(text) == plain
    assert dateline.find_dateline(text) == plain  # (asked again: a line's answer kept)
    endings = ("ung", "heit")
    assert dateline.find_dateline(text, endings) == dateline._find_dateline(text, endings)


def test_find_dateline_reads_the_lines_it_is_for() -> None:
    # (read by eye: the place of a dateline line, none for a sentence; a long paragraph's as well)
    from newsextract.fields import dateline

    found = dateline.find_dateline("JAKARTA, KOMPAS.com - Pemerintah menetapkan aturan baru.")
    assert found is not None and (found[0].location, found[0].site) == ("Jakarta", "KOMPAS.com")
    assert found[1] == "Pemerintah menetapkan aturan baru."
    assert dateline.find_dateline("The council said on Monday that it would meet again.") is None
    long = "BERLIN. " + "Die Regierung hat am Montag beschlossen, das Gesetz zu ändern. " * 6
    assert len(long) > dateline._DATELINE_KEPT_CHARS
    assert dateline.find_dateline(long) == dateline._find_dateline(long)
