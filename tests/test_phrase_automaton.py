"""The furniture phrases and caption markers of a page found in one pass (an Aho-Corasick
automaton, when pyahocorasick is installed) are those the find passes of the search plan
find: every occurrence of every phrase, and the same blocks hit, on pages of the phrases'
own words, of letters whose small form is longer ("İ"), of characters outside the Basic
Multilingual Plane and of lone surrogates (which a text decoded with surrogateescape holds).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract import classify
from newsextract.blocks import Block

pytest.importorskip("ahocorasick")

SETTINGS = settings(max_examples=300, deadline=None)

_PHRASES = classify.minimal_phrases(classify._substrings())
_MARKERS = classify.minimal_phrases(classify._caption_markers())
# the phrases' words and the phrases whole (overlapping hits: "foto: " and "(foto: x)"), the
# phrases in capitals, and characters whose UTF-8 is longer than one byte
_STEMS = classify._line_stems()
_PIECES = sorted({w for p in _PHRASES + _MARKERS + _STEMS for w in p.split()} | set(_PHRASES) | set(_MARKERS)
                 | set(_STEMS) | {s.upper() for s in _STEMS} | {s[:-1] for s in _STEMS}
                 | {p.upper() for p in _MARKERS[:20]}
                 | {" ", "\n", "x", "é", "’", "İ", "😀", "会員", "\udc80", "Ü", "(", ")"})
PAGE = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


def _without_automaton(fn, *args):
    """fn(*args) with the find passes of the search plan instead of the automaton."""
    automaton = classify._ahocorasick
    classify._ahocorasick = None
    try:
        return fn(*args)
    finally:
        classify._ahocorasick = automaton


def _plain(page: str, phrases: tuple) -> list:
    """Every place where a phrase starts, by a look-ahead per phrase."""
    return sorted(m.start() for p in phrases for m in re.finditer(f"(?={re.escape(p)})", page))


def test_the_phrase_lists_hold_no_line_break_and_no_phrase_twice() -> None:
    # (a hit never spans two pieces joined by a line break, and one place is found once)
    for phrases in (_PHRASES, _MARKERS):
        assert all(p and "\n" not in p for p in phrases)
        assert len(set(phrases)) == len(phrases)


@SETTINGS
@given(PAGE)
@example("(foto: x)(foto: antara)")
@example("privacy policyprivacy policy")
@example("\udc80foto: " + "😀" * 3 + "foto: ")
def test_one_pass_finds_every_occurrence_of_every_phrase(page: str) -> None:
    for phrases in (_PHRASES, _MARKERS):
        one_pass = sorted(classify._occurrences(page, phrases))
        assert one_pass == _plain(page, phrases)
        assert one_pass == sorted(_without_automaton(classify._occurrences, page, phrases))
        # (the find passes over the page's UTF-8: the same places, counted in bytes)
        encoded = page.encode("utf-8", "surrogatepass")
        in_bytes = sorted(_without_automaton(classify._occurrences, encoded, phrases))
        assert [len(encoded[:at].decode("utf-8", "surrogatepass")) for at in in_bytes] == one_pass


@SETTINGS
@given(st.lists(st.tuples(PAGE, st.integers(0, 40)), max_size=8))
def test_hits_in_one_pass_are_those_of_the_find_passes(pieces: list) -> None:
    pieces = [(i // 2, text, limit) for i, (text, limit) in enumerate(pieces)]
    for phrases in (_PHRASES, _MARKERS):
        assert classify._hits(pieces, phrases) == _without_automaton(classify._hits, pieces, phrases)


# (texts about the 240 and 400 characters where the searches' reach changes, a marker at
# their head, middle and tail)
_PLACED = st.tuples(st.integers(0, 320), st.sampled_from(["Foto: Jane Doe", "(Photo: AFP)", " REUTERS/",
                                                          "İ Foto:", "Privacy Policy", "é ©", "😀 Foto: "]),
                    st.integers(0, 320)).map(lambda t: "x" * t[0] + " " + t[1] + " " + "y" * t[2])


@SETTINGS
@given(st.lists(st.tuples(st.one_of(PAGE, _PLACED), st.integers(1, 3)), max_size=8))
@example([("x" * 96 + " é Foto: " + "y" * 135, 1)])  # (a marker about a 240-character block's 100th)
@example([("x" * 258 + " (Photo: AFP) " + "😀" * 130, 1)])  # (in the tail's reach, wide characters after)
def test_page_hits_in_one_pass_are_those_of_the_find_passes(texts: list) -> None:
    blocks = []
    for k, (text, items) in enumerate(texts):
        b = Block(text, k)
        b.items = 1 if items < 3 else 3  # (a folded menu now and then: never searched)
        blocks.append(b)
    assert classify._page_hits(blocks) == _without_automaton(classify._page_hits, blocks)


def test_a_marker_counts_by_its_place_in_characters_not_in_bytes() -> None:
    # a 300-character block: a marker counts when it starts in the first 100 characters or
    # the last 140; wide characters before it put its bytes past 100, its characters not
    head = "é" * 90 + " foto: x "  # (starts at character 91, byte 181)
    block = Block(head + "y" * (300 - len(head)), 0)
    assert classify._page_hits([block])[1] == {0}
    middle = Block("y" * 120 + " foto: x " + "y" * 171, 0)  # (starts at 121 of 300: neither)
    assert classify._page_hits([middle])[1] == set()


@pytest.mark.parametrize("at, counts", [(99, True), (100, False), (159, False), (160, True)])
def test_a_marker_in_a_300_character_block_counts_in_its_first_100_and_last_140(at: int, counts: bool) -> None:
    text = "y" * at + "foto: x"
    block = Block(text + "z" * (300 - len(text)), 0)
    found = classify._page_hits([block])[1]
    assert found == ({0} if counts else set())
    assert found == _without_automaton(classify._page_hits, [block])[1]


def _plain_worded(blocks: list) -> set:
    """The blocks is_boilerplate finds a line's word in (_line_stems in the lower-cased text),
    of those it reads the words of: up to 400 characters, no folded menu."""
    return {i for i, b in enumerate(blocks) if b.items <= 1 and len(b.text) <= 400
            and any(stem in b.text.lower() for stem in _STEMS)}


@SETTINGS
@given(st.lists(st.tuples(st.one_of(PAGE, _PLACED), st.integers(1, 3)), max_size=8))
@example([("Newsletter", 1), ("Tous droits réservés", 1), ("x" * 400 + " newsletter", 1)])
@example([("İ newsletter", 1)])  # (a longer small form: no answer, each block tested)
def test_the_phrases_pass_finds_the_lines_words_as_is_boilerplate_does(texts: list) -> None:
    blocks = []
    for k, (text, items) in enumerate(texts):
        b = Block(text, k)
        b.items = 1 if items < 3 else 3
        blocks.append(b)
    phrase_hits, marker_hits, worded = classify._page_reads(blocks)
    assert (phrase_hits, marker_hits) == classify._page_hits(blocks)
    if worded is not None:
        assert worded == _plain_worded(blocks)
    assert _without_automaton(classify._page_reads, blocks)[2] is None


@SETTINGS
@given(st.one_of(PAGE, _PLACED), st.booleans())
@example("Newsletter abonnieren", False)
@example("Copyright 2024 Example Media. All rights reserved.", False)
@example("© 2024 tous droits réservés", False)
@example("Example Media 2024. All rights reserved.", False)
def test_boilerplate_told_the_lines_word_is_boilerplate_that_looks(text: str, phrase_hit: bool) -> None:
    low = text.lower()
    phrase_hit = any(p in low for p in _PHRASES) if len(text) <= 400 else phrase_hit
    worded = any(stem in low for stem in _STEMS)
    assert classify.is_boilerplate(text, phrase_hit, worded) == classify.is_boilerplate(text, phrase_hit)
    assert classify._text_label.__wrapped__(text, (phrase_hit, worded)) == \
        classify._text_label.__wrapped__(text, (phrase_hit, None))
