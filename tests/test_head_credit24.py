"""A byline between a standfirst and the text's first paragraph, which opens with a dateline, is
the head's, never a line of the body; and a weekday or a month opening a sentence after "By" is no
writer."""

from __future__ import annotations

import pytest

import newsextract

_PAGE = """<html lang="{lang}"><head><title>Council backs new bus lanes</title></head><body>
<header><a href="/">The Courier</a><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></header>
<main><article>
<h1>Council backs new bus lanes after heated debate</h1>
<p class="dek">The plan, which costs four million pounds, will add twelve miles of lanes by 2026.</p>
<div class="meta">{meta}</div>
<figure><img src="/i/bus.jpg" alt="A bus"><figcaption>A bus on High Street. Photo: John Smith</figcaption></figure>
<p>DUNDEE — Councillors voted eighteen to eleven on Tuesday to back a plan for new bus lanes across the city,
after a debate that ran for almost four hours.</p>
<p>Opponents said the lanes would push traffic onto residential streets and hurt shops in the centre.</p>
<p>Work is due to start in the spring, with the first lanes open by the autumn of 2025.</p>
</article></main></body></html>"""


def _record(meta: str, lang: str = "en") -> dict:
    return newsextract.extract(_PAGE.format(meta=meta, lang=lang).encode()).to_dict()


@pytest.mark.parametrize("meta, lang, authors", [
    ('<span>By <a href="/a/sj">Sarah Jones</a> and <a href="/a/rp">Raj Patel</a></span> · '
     '<time datetime="2024-06-12T09:30:00+01:00">12 June 2024, 9:30am</time>', "en", ["Sarah Jones", "Raj Patel"]),
    ('<span>By Sarah Jones and Raj Patel</span> · <time>12 June 2024, 9:30am</time>', "en",
     ["Sarah Jones", "Raj Patel"]),
    ('Von <a href="/autor/as">Anna Schmidt</a> und <a href="/autor/jw">Jonas Weber</a> | 12.06.2024, 09:30 Uhr',
     "de", ["Anna Schmidt", "Jonas Weber"]),
])
def test_a_byline_under_the_standfirst_stays_out_of_the_body(meta: str, lang: str, authors: list) -> None:
    record = _record(meta, lang)
    assert record["authors"] == authors
    assert record["location"] == "Dundee"
    assert record["body"].startswith("The plan, which costs")  # (the standfirst opens the body)
    assert authors[0] not in record["body"]
    assert record["body"].endswith("by the autumn of 2025.")


def test_a_sentence_between_standfirst_and_text_stays_in_the_body() -> None:
    # (a short paragraph of the text that opens with "By" is no byline)
    record = _record("By then, the council had already voted twice on the plan.")
    assert record["authors"] == []
    assert "By then, the council had already voted twice on the plan." in record["body"]


@pytest.mark.parametrize("line", [
    "By Tuesday, officials had counted every ballot in the city.",
    "By Friday, the lanes on High Street were painted red.",
])
def test_a_weekday_after_by_is_no_writer(line: str) -> None:
    record = _record(line)
    assert record["authors"] == []
    assert line in record["body"]


@pytest.mark.parametrize("line, authors", [
    ("By Tuesday, officials had counted every ballot in the city.", []),
    ("By Sunday, Jane Doe had resigned.", []),
    ("Von Donnerstag an gilt die Regel", []),
    ("By June", ["June"]),  # (a month's name may be a blog's writer's first name)
    ("By Jane March", ["Jane March"]),  # (a surname that is a month's name stays)
    ("By Jane Doe, Tuesday", ["Jane Doe"]),
    ("Oleh Pratikno", ["Pratikno"]),  # (one name alone is a writer's)
])
def test_parse_credit_refuses_a_lone_date_word(line: str, authors: list) -> None:
    from newsextract.fields.byline import parse_credit
    from newsextract.profiles import merged

    assert parse_credit(line, merged())[0] == authors


@pytest.mark.parametrize("line", ["Por Agencia EFE", "Par Agence France Presse", "Von Agentur dpa",
                                  "Por Agência Brasil", "Dall'Agenzia Nova"])
def test_an_agency_spelled_out_is_no_writer(line: str) -> None:
    from newsextract.fields.byline import parse_credit
    from newsextract.profiles import merged

    assert parse_credit(line, merged())[0] == []
