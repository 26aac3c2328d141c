"""Session 28's speed shortcuts give what the plain forms give.

Patterns made from a page's own words (a name, a place) are new for every page, and Python
compiles each anew: the functions below first look for the literal words every match must
hold, and build the pattern only for a text that holds them. These properties hold each
function to its plain form (the pattern searched at once) on texts made of the pieces the
patterns care about, and spell out by hand a few shapes each is for and a near miss.
"""

from __future__ import annotations

import re
from typing import Optional

from hypothesis import given, settings
from hypothesis import strategies as st

from newsextract.fields import quotes
from newsextract.profiles import get_profile

SETTINGS = settings(max_examples=300, deadline=None)

PIECES = ["Badan", "Pangan", "Nasional", "Bapanas", "(Bapanas)", "(", ")", " ", "  ", "di",
          "Kabupaten", "Bandung", "BANDUNG", "Barat", "the", "Gaza", "Strip", "Van", "Der",
          "Beek", "to", "LEBAK", "Lebak", " -", ",", ".", "–", "\n", "'", "’", "-", "x",
          "é", "É", "Ørsted", "9", "akrab disapa", "via", "text", "message", "said"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
WORD = st.sampled_from(["Bapanas", "Bandung", "Lebak", "Gaza", "Strip", "Van", "Ørsted", "É",
                        "Der", "x", "Barat"])


def _plain_short_form(word: str, body: str) -> bool:
    return len(word) >= 3 and word[:1].isupper() and re.search(
        quotes._u(r"(?:[A-Z][\w'’\-]* ){3,}\(") + re.escape(word) + r"\)", body) is not None


def _plain_dateline(word: str, body: str) -> bool:
    return re.search(r"(?<![\w'’\-])" + re.escape(word.upper()) + r"(?=\s*[,(–—-])", body) is not None


def _plain_place(word: str, then: str, body: str) -> bool:
    prof = get_profile("id")
    for m in re.finditer(r" " + re.escape(word) + r"\b(?! " + re.escape(then) + ")", body):
        before = quotes._LAST_WORD.search(body, max(0, m.start() - 40), m.start())
        if before and (before.group(0).lower() in prof.place_particles
                       or before.group(0).lower() in prof.office_words and not before.group(0).isupper()):
            return True
    return False


def _plain_thing(name: str, body: str) -> bool:
    prof = get_profile("en")
    before = prof.place_particles | prof.apposition_openers | frozenset(prof.locatives)
    for m in re.finditer(r"(?<![\w'’\-])" + re.escape(name) + r"(?![\w'’\-])", body):
        word: Optional[re.Match] = quotes._LAST_WORD.search(body, max(0, m.start() - 40), m.start() - 1) \
            if m.start() else None
        if word and body[word.end():m.start()] == " " and word.group(0).lower() in before:
            return True
    return False


@SETTINGS
@given(WORD, TEXT)
def test_body_short_form_is_its_plain_pattern(word: str, body: str) -> None:
    assert quotes._body_short_form(word, body) == _plain_short_form(word, body)


@SETTINGS
@given(WORD, TEXT)
def test_printed_as_dateline_is_its_plain_pattern(word: str, body: str) -> None:
    assert quotes._printed_as_dateline(word, body) == _plain_dateline(word, body)


@SETTINGS
@given(WORD, WORD, TEXT)
def test_printed_as_place_is_its_plain_loop(word: str, then: str, body: str) -> None:
    assert quotes._printed_as_place(word, then, body, get_profile("id")) == _plain_place(word, then, body)


@SETTINGS
@given(WORD, TEXT)
def test_printed_as_thing_is_its_plain_loop(name: str, body: str) -> None:
    assert quotes._printed_as_thing(name, body, get_profile("en")) == _plain_thing(name, body)


def test_short_form_after_a_body_of_three_words() -> None:
    assert quotes._body_short_form("Bapanas", "Kata Badan Pangan Nasional (Bapanas) hari ini.")
    # a nickname after a name of two words is a person's, and a bare mention no short form
    assert not quotes._body_short_form("Jokowi", "Kata presiden, Joko Widodo (Jokowi) berkata.")
    assert not quotes._body_short_form("Bapanas", "Kata Bapanas hari ini.")


def test_dateline_in_capitals_and_near_misses() -> None:
    assert quotes._printed_as_dateline("Lebak", "LEBAK - Warga desa berkumpul.")
    assert quotes._printed_as_dateline("Kudus", "KUDUS (Antara) - Warga desa berkumpul.")
    assert not quotes._printed_as_dateline("Lebak", "Warga Lebak berkumpul di alun-alun.")
    assert not quotes._printed_as_dateline("Lebak", "LEBAKSARI - Warga desa berkumpul.")


def test_place_after_a_particle_and_near_misses() -> None:
    prof = get_profile("id")
    assert quotes._printed_as_place("Bandung", "Barat", "Ia tinggal di Bandung sejak lama.", prof)
    # the next word of the name follows: a name's word, no place; no particle before it
    assert not quotes._printed_as_place("Bandung", "Barat", "Ia tinggal di Bandung Barat.", prof)
    assert not quotes._printed_as_place("Bandung", "Barat", "Kata Bandung kemarin.", prof)
    assert not quotes._printed_as_place("Bandung", "Barat", "Bandung pagi ini.", prof)
