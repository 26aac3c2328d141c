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


def test_a_desk_in_json_ld_with_a_character_reference_is_no_author() -> None:
    # JSON-LD that escaped its text twice: "Redacci&oacute;n ..." is read as "Redacción ...",
    # a desk, not cut at the "&" into a name "Redacci"
    page = ('<html lang="es"><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"headline": "Carabineros cierran la frontera", "author": {"@type": "Person", '
            '"name": "Redacci&oacute;n Diario Sur"}}</script></head><body><article>'
            '<h1>Carabineros cierran la frontera</h1><p>Por <span class="author">Redacci&oacute;n '
            'Diario Sur</span></p><p>Los carabineros cerraron el paso fronterizo durante la noche del '
            'martes tras una serie de incidentes con camiones que intentaban cruzar sin permiso.</p>'
            '<p>El gobierno regional dijo que el paso permanecerá cerrado hasta que termine la '
            'investigación y que los conductores deberán usar otro cruce.</p></article></body></html>')
    assert extract(page).to_dict()["authors"] == []
