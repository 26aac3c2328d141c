"""dttl24: a dump's caption closed by its agency in capitals with no label ("Toeristen in de
binnenstad van Amsterdam ANP") stands right over the text and took the headline's place; it
is a caption. Near misses: a headline whose agency is its verb's object ("Rechter geeft ANP
gelijk" ends otherwise; "White House bars AP"), a headline with no other line to beat it."""

from __future__ import annotations

from pathlib import Path

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


_EN_TEXT = ("The city council voted on Tuesday night to approve a new budget that raises property taxes by four\n"
            "percent, the first increase in a decade, after a heated debate that lasted more than five hours.\n\n"
            "Council members who opposed the plan said residents were already struggling with higher costs for\n"
            "housing, food and energy, and that the city should cut spending first.\n")
_EN_HEADLINE = "City council approves first property tax rise in a decade after five-hour debate"


def _en_dump(*head: str) -> bytes:
    menu = "  • News\n  • Sport\n  • Business\n  • Opinion"
    return "\n\n".join([menu, *head, _EN_TEXT]).encode()


@pytest.mark.parametrize("role", [
    "Senior Reporter covering City Hall and local politics",
    "Political Correspondent for The Riverside Courier",
    "Reporter",
])
def test_the_writers_role_and_beat_under_the_name_is_no_headline(role: str) -> None:
    page = _en_dump(_EN_HEADLINE, "Tom Baker", role, "Follow", "May 14, 2024")
    assert extract(page).title == _EN_HEADLINE


def test_a_headline_opening_with_a_role_under_a_kicker_name_stays() -> None:
    # (a name as a kicker over the headline, no headline over the name: the line is the headline)
    page = _en_dump("Evan Gershkovich", "Reporter jailed in Moscow after secret espionage trial", "May 14, 2024")
    assert extract(page).title == "Reporter jailed in Moscow after secret espionage trial"


def test_a_role_line_with_no_date_under_it_is_not_taken_for_a_writers_box() -> None:
    # (with no date under the line the rule leaves it to the other terms: the headline still wins here)
    page = _en_dump(_EN_HEADLINE, "Tom Baker", "Senior Reporter covering City Hall and local politics")
    assert extract(page).title == _EN_HEADLINE


@pytest.mark.parametrize("style", ["w3m", "lynx"])
def test_an_invented_page_with_the_writers_beat_under_the_name(style: str) -> None:
    # (fixtures/dttl24/en_author_role.*: a local paper's page, its headline read by eye)
    path = Path(__file__).resolve().parent.parent / "fixtures" / "dttl24" / f"en_author_role.{style}.txt"
    assert extract(path.read_bytes()).title == _EN_HEADLINE
