"""dttl24: a dump's caption closed by its agency in capitals with no label ("Toeristen in de
binnenstad van Amsterdam ANP") stands right over the text and took the headline's place; it
is a caption. Near misses: a headline whose agency is its verb's object ("Rechter geeft ANP
gelijk" ends otherwise; "White House bars AP"), a headline with no other line to beat it."""

from __future__ import annotations

import pytest

from newsextract import extract

_TEXT = ("Het kabinet wil dat gemeenten meer mogelijkheden krijgen om de verhuur van woningen aan toeristen\n"
         "te beperken. Minister De Jonge stuurt vandaag een wetsvoorstel naar de Tweede Kamer.\n\n"
         "Volgens het kabinet worden in populaire steden te veel woningen onttrokken aan de markt. Vooral in\n"
         "Amsterdam, Utrecht en Maastricht is dat een probleem.\n")
_HEADLINE = "Kabinet wil strengere regels voor verhuur van woningen aan toeristen"


def _dump(*head: str, text: str = _TEXT) -> bytes:
    menu = "  • Nieuws\n  • Binnenland\n  • Buitenland\n  • Politiek\n  • Economie"
    return "\n\n".join([menu, *head, text]).encode()


@pytest.mark.parametrize("caption", [
    "Toeristen in de binnenstad van Amsterdam ANP",
    "Toeristen in de binnenstad van Amsterdam. ANP",
    "Toeristen op de Wallen in Amsterdam tijdens het weekend AFP",
    "Toeristen in de binnenstad van Amsterdam BELGA",
])
def test_a_caption_closed_by_its_agency_is_no_headline(caption: str) -> None:
    page = _dump(_HEADLINE, "Vandaag, 07:45 • Aangepast vandaag, 09:12", "Luister naar dit artikel", caption)
    assert extract(page).title == _HEADLINE


@pytest.mark.parametrize("headline", [
    "White House bars reporters of AP",  # (the agency its verb's object, a short word before it)
    "Kritiek op ANP",  # (too short to be a caption's words and its credit)
    "Rechter stelt fotograaf van ANP in het gelijk over auteursrecht",  # (the agency not at the end)
])
def test_a_headline_naming_an_agency_stays(headline: str) -> None:
    page = _dump(headline, "Door Jan de Vries", "12 maart 2024, 14:05", text=_TEXT)
    assert extract(page).title == headline


def test_a_headline_ending_with_an_agency_alone_over_the_text_stays() -> None:
    # (the penalty is a caption's; a line with no other to beat it is still the headline)
    headline = "Nieuwe hoofdredacteur voor persbureau ANP"
    assert extract(_dump(headline, text=_TEXT)).title == headline
