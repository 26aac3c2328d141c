"""Session 31's shortcuts, each proved to answer as the plain form it stands for: the lazy
patterns of segment/dumps.py as re.compile of their source, and the hinted splits of a
BeautifulSoup dump's glued lines as the splits without their hints."""

from __future__ import annotations

import re
from typing import List

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsextract.segment import dumps

SETTINGS = settings(max_examples=400, deadline=None)

# lines of the shapes the module's patterns are written for, and near misses of them
_LINES = [
    "", " ", "a", "storms both Friday and SaturdayBy Matthew CappucciApril 26, 2024",
    "Nizaar Kinsella2 minutes agoChelsea have delivered a message",
    "Jonisayi Maromo|Published 1 day agoCopy to Clipboard",
    "Stand By Me is a film", "were foundBy Dolores Chang For the Mail",
    "posted 3 hours ago. The river rose", "the StandBy mode",
    "Ein Kommentar vonMarta Keller", "Ola Nordbakkmandag 5. august kl. 14:47",
    "Penulis:Rahmat Hidayat", "a long talk on peace in the regionMary Stone3 hours ago",
    "The council met.The mayor spoke.", "(Foto: dpa)Die Stadt", "Smartfren.(Cas/Isk)",
    "Reporter11:58, 23 APR 2024BookmarkA crowd gathered", "US Elections 2024Ashley",
    "NasionalUmumPolkam", "detikNews iPhone WhatsApp", "ATHENS, Greece (AP) — The ministry said",
    "tersebut.   Dokter mengatakan", "— The GRAMMYs (@TheGRAMMYs) February 16, 2016",
    "Jane PorterBBC", "Ola NordmannNTB", "14:56 WIBOleh Ibrahim Hasan", "vor 3 StundenDer Rat",
    "il y a 5 heuresLe conseil", "hace 2 horasEl consejo", "1 / 23", "Related NewsTelkomsel",
    "Ini kata dia. Baca Juga: Harga naik", "“Wir bleiben”, sagte sie.Über die Pläne",
    "È arrivato.Ma poi", "журналисты.Москва", "学校。東京", "한국어 문장.다음 문장",
]


def _lazy_patterns() -> List[dumps._LazyPattern]:
    return [v for v in vars(dumps).values() if isinstance(v, dumps._LazyPattern)]


def test_the_module_has_lazy_patterns() -> None:
    assert len(_lazy_patterns()) > 50


@pytest.mark.parametrize("line", _LINES)
def test_each_lazy_pattern_answers_as_its_compiled_source(line: str) -> None:
    # (asked twice: the first use compiles the pattern and fills its slots, the second reads
    # the slots)
    for lazy in _lazy_patterns():
        plain = re.compile(*lazy._args)
        for _ in range(2):
            assert [m.span() for m in lazy.finditer(line)] == [m.span() for m in plain.finditer(line)]
            assert bool(lazy.search(line)) == bool(plain.search(line))
            assert bool(lazy.match(line)) == bool(plain.match(line))
            assert lazy.sub("|", line) == plain.sub("|", line)
            assert lazy.findall(line) == plain.findall(line)
            assert (lazy.pattern, lazy.flags, lazy.groups) == (plain.pattern, plain.flags, plain.groups)


def test_a_lazy_pattern_once_compiled_keeps_its_methods_in_its_slots() -> None:
    lazy = dumps._LazyPattern(r"(?<=[a-z])(?=[A-Z])", 0)
    assert lazy._rx is None
    assert lazy.sub("\n", "wordWord") == "word\nWord"  # (compiled here)
    compiled = lazy._rx
    assert compiled is not None
    # (read from the slot, not through __getattr__: the bound method of the compiled pattern)
    assert dumps._LazyPattern.search.__get__(lazy) == compiled.search  # type: ignore[attr-defined]
    assert dumps._LazyPattern.sub.__get__(lazy) == compiled.sub  # type: ignore[attr-defined]
    assert lazy.groupindex == compiled.groupindex  # (an attribute no slot keeps: still answered)


def _plain_split_glued_byline(line: str) -> str:
    """_split_glued_byline as written before its hints: each split tried on every line."""
    label, _label_hint, age, _age_hint = dumps._glued_byline_rxs()
    line = label.sub("\n", line)
    if any(c.isdigit() for c in line):
        line = age.sub(lambda m: ("\n" if m.start() and line[m.start() - 1].isalpha() else "")
                       + m.group(2) + "\n", line)
    return line


@pytest.mark.parametrize("line", _LINES)
def test_the_hinted_byline_split_is_the_plain_one_on_sample_lines(line: str) -> None:
    assert dumps._split_glued_byline(line) == _plain_split_glued_byline(line)


_PIECES = ["By", "by", "Von", "Por", "Oleh", "Par", "Door", " ", "  ", "\t", "Matthew", "Cappucci",
           "Saturday", "Kinsella", "April", "26", "2", "12", "123", "٣", "²", " minutes ago",
           " hours ago", " stunden", " Stunden", "vor ", "il y a ", " heures", "hace ", " horas",
           "published ", "Chelsea", "Der", "X", "a", "é", ",", ".", "|", "\n"]


@SETTINGS
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join))
@example("both Friday and SaturdayBy Matthew CappucciApril 26")
@example("Kinsella2 minutes agoChelsea")
@example("Kinsella vor 3 StundenDer")
@example("x12 minutes agoChelsea")
@example("Kinsella2 hours agoChelsea")
@example("Kinsella vor 3 stundenDer")
@example("Anna Roe il y a 5 heuresLe")
@example("Kinsella2 hours agoChelsea")
@example("Kinsella vor 3 stundenDer")
@example("Anna Roe il y a 5 heuresLe")
def test_the_hinted_byline_split_is_the_plain_one(line: str) -> None:
    assert dumps._split_glued_byline(line) == _plain_split_glued_byline(line)


# unglue runs each split whose pattern opens with a look behind only where its hint stands:
# the same lines come out when every line the split would change holds the hint
def _hinted_splits() -> list:
    return [
        (dumps._GLUED_SENTENCE, dumps._GLUED_SENTENCE_HINT),
        (dumps._glued_sentence_rx(), dumps._glued_sentence_hint()),
        (dumps._GLUED_CAPS, dumps._GLUED_CAPS_HINT),
        (dumps._GLUED_LABEL, re.compile(":")),
        (dumps._inner_heading_rx(), dumps._inner_heading_hint()),
    ]


def _holds_its_hint(line: str) -> None:
    for split, hint in _hinted_splits():
        if split.search(line):
            assert hint.search(line), (split.pattern[:40], line)


@pytest.mark.parametrize("line", _LINES + [
    "ini harga naik Related News 30 Des 2015", "the Digital 0 Comments Sign in", "Die Stadt.Ärger",
    "war es.„Nein", "sagte sie.» Dann", "gesagt.Über", "dedi.İstanbul", "было.Ёлка", "ήταν.Ωραία",
    "the vote (AP)The council", "done.”The mayor", "the ministry SAIDTHAT", "Penulis:Rahmat"])
def test_a_line_a_hinted_split_would_change_holds_its_hint(line: str) -> None:
    _holds_its_hint(line)


_GLUE = ["a", "z", "ß", "é", "A", "Z", "Ä", "Ü", "İ", "Ё", "Ω", ".", "!", "?", ")", "\"", "“", "”", "»",
         ":", " ", "0", "7", "Related News", "related news", "RELATED NEWS", "Comments", "Sign", "ABCD",
         "THAT", "word", "Word"]


@SETTINGS
@given(st.lists(st.sampled_from(_GLUE), max_size=16).map("".join))
@example("the vote.The council")
@example("ini harga naik Related News 30 Des 2015")
def test_any_line_a_hinted_split_would_change_holds_its_hint(line: str) -> None:
    _holds_its_hint(line)


@pytest.mark.parametrize("glued", [True, False])
def test_unglue_parts_sample_lines_as_before(glued: bool) -> None:
    """unglue of lines of each shape its splits are for, as the splits part them (the
    expected lines read by eye)."""
    text = "The council met.The mayor spoke.\n" \
           "the official statement was read out by the minister of trade at noon Related News 30 Des 2015\n" \
           "word\n" \
           "Nizaar Kinsella2 minutes agoChelsea have won\nPenulis:Rahmat Hidayat\nthe vote wasDELAYED today"
    out = dumps.unglue(text, glued).split("\n")
    assert out[:2] == ["The council met.", "The mayor spoke."]
    assert "Penulis: Rahmat Hidayat" in out
    assert "DELAYED today" in out
    if glued:
        assert "Related News" in out and "2 minutes ago" in out
