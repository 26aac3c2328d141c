"""The second review of session 29's merged whole: harms its rules had against the base, kept
as tests (expected values written by hand)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import pytest

from newsextract import extract
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile


def _speakers(lang: str, paragraphs: List[str]) -> List[Optional[str]]:
    return [q.speaker for q in extract_quotes(paragraphs, get_profile(lang))]


@pytest.mark.parametrize("text,speaker", [
    # a person named, then where the person is from or works: the name, not no one
    ('According to Rep. Jim Jordan of Ohio, "the bill will not pass the House this year."', "Jim Jordan"),
    ('According to Sen. Elizabeth Warren of Massachusetts, "the vaccine works well for most people."',
     "Elizabeth Warren"),
    ('According to Professor Mark Smith of Harvard, "the bill will not pass the House this year."', "Mark Smith"),
    ('According to John Smith of Acme Corp, "the bill will not pass the House this year."', "John Smith"),
])
def test_a_source_named_before_where_he_is_from(text: str, speaker: str) -> None:
    assert _speakers("en", ["The bill stalled.", text]) == [speaker]


def test_a_body_after_dari_is_not_the_speaker() -> None:
    # (the body the speaker is from is no person: no speaker rather than the university)
    found = _speakers("id", ["RUU mandek.",
                             'Menurut Budi Santoso dari Universitas Indonesia, "RUU itu tidak akan lolos tahun ini."'])
    assert found in ([None], ["Budi Santoso"])


_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rv2-29"


@pytest.mark.parametrize("name,title", [
    ("k_h2_h2deck_en.html", "Rail workers walk out"),
    ("k_h3_h3deck.html", "Rail workers walk out"),
    ("k_div_h2deck.html", "Rail workers walk out"),
    ("k_fr.html", "Grève SNCF"),
])
def test_a_headline_over_its_deck_keeps_its_own_words(name: str, title: str) -> None:
    # a short headline over its deck in a heading of the same rank (or a <div> over an <h2>),
    # the og:title joining the two: no kicker over its headline; the title is the headline
    # and the deck stays the body's (the merged ttl29 took the og:title's headline and deck)
    art = extract(_FIXTURES / name)
    assert art.title == title
    assert not art.body.startswith(title)
