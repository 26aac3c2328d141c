"""The review of euaudit's rules (issue 11): invented European pages on which the merged rules
did harm; each output checked by eye."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract

HERE = Path(__file__).resolve().parent.parent / "fixtures" / "review16"


def _read(name: str) -> dict:
    return extract((HERE / name).read_bytes()).to_dict()


@pytest.mark.parametrize("name, joined", [
    ("eu-en_brief.lynx.txt", "after inspectors found cracks in two of its piers"),
    ("eu-de_caption.lynx.txt", "mit Lebensmitteln. Dafür erhielt der Verein"),
    ("eu-de_interview.lynx.txt", "Das spart Zeit und Material."),
])
def test_a_short_lynx_dump_keeps_its_paragraphs_whole(name: str, joined: str) -> None:
    # a lynx dump told by its margin, too short for its wrap width to be measured: its
    # wrapped lines are still joined into their paragraphs
    body = " ".join(_read(name)["body"].split())
    assert joined in body


def test_a_quote_on_a_newsletter_stays_in_the_body() -> None:
    body = _read("eu-nl_gemeente.soup.txt")["body"]
    assert "Meld je aan voor de nieuwsbrief van de vereniging" in body


def test_a_sentence_on_a_newsletter_stays_in_the_body() -> None:
    body = " ".join(_read("eu-sv_kommun.w3m.txt")["body"].split())
    assert "kan prenumerera på nyhetsbrevet från" in body


@pytest.mark.parametrize("name", ["eu-de_konzert.html", "eu-es_teatro.html", "eu-de_polizei.html"])
def test_a_venue_or_an_office_with_its_town_and_a_date_is_no_author(name: str) -> None:
    # "Stadttheater Talheim, Talheim 05.12.2024, 19.30 Uhr", "Teatro Real, Madrid 05/12/2024
    # 20:00", "Kantonspolizei Bern, Medienmitteilung 05.12.2024, 10.15 Uhr"
    assert _read(name)["authors"] == []
