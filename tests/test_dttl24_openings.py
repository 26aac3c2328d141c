"""dttl24: where a dump's text opens. A dump prints no figure, so the lead photo's caption under
the byline, closed by its credit in brackets ("(ABC News: Jane Roe)", "(Getty Images)"), read as
the text's first paragraph; it is the picture's. Near misses: brackets that say something, a
short article's one paragraph closed by its agency's credit, a long paragraph ending with a
credit; a wire's name alone ("(EFE)") is left alone, as it closes short leads too (see also
test_dttl24_near_misses.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsextract import extract

_FIRST = ("El Consejo de Ministros ha aprobado este martes un real decreto que destina 6.000 millones de "
          "euros a la modernización de la red de Cercanías, según ha anunciado el ministro en rueda de prensa.")
_SECOND = ("La medida llega tras meses de quejas de los usuarios por retrasos y averías, especialmente en "
           "Cataluña y Madrid, donde se concentran la mayoría de los viajeros.")


def _dump(*middle: str, text: tuple = (_FIRST, _SECOND)) -> bytes:
    """A w3m dump in the shape of a Spanish daily's page: menu, kicker, headline, byline, date."""
    head = ["  • España\n  • Internacional\n  • Economía\n  • Deportes",
            "El Gobierno aprueba el decreto para reforzar la red de trenes de Cercanías",
            "Luis Gómez Madrid - 09 may 2024 - 13:45 CEST"]
    return "\n\n".join([*head, *middle, *text]).encode() + b"\n"


_AGENCY_ALONE = pytest.mark.xfail(strict=True, reason="a wire's name alone in brackets also closes a short lead "
                                  "('... per la giornata di domani. (ANSA)'): no caption's sign, so it is left alone")


@pytest.mark.parametrize("caption", [
    pytest.param("Un tren de Cercanías en la estación de Sants, en Barcelona. (EFE)", marks=_AGENCY_ALONE),
    pytest.param("Un tren de Cercanías en la estación de Sants, en Barcelona (Europa Press)", marks=_AGENCY_ALONE),
    "Un tren de Cercanías en la estación de Sants. (Getty Images)",
    "Strong winds lashed the Gold Coast overnight. (ABC News: Chris Gillette)",
    "Un tren de Cercanías en la estación de Sants, en Barcelona, durante la\nhora punta de la mañana. (EFE)",
])
def test_a_caption_closed_by_its_bracketed_credit_does_not_open_the_text(caption: str) -> None:
    a = extract(_dump(caption))
    assert a.body.startswith("El Consejo de Ministros"), a.body[:80]
    assert "Sants" not in a.body and "Gold Coast" not in a.body


def test_under_a_date_line_the_run_took_in() -> None:
    a = extract(_dump("Posted Sat 8 Mar 2025 at 5:12am, updated Sat 8 Mar 2025 at 9:40am",
                      "Strong winds lashed the Gold Coast overnight. (ABC News: Chris Gillette)"))
    assert a.body.startswith("El Consejo de Ministros")


@pytest.mark.parametrize("opening", [
    # brackets that say something, not a picture's credit
    "El ministro defendió la medida ante la prensa en Madrid (en declaraciones a la SER).",
    "El ministro defendió la medida ante la prensa en Madrid. (Actualización: 15.20 horas)",
    # a name after a colon that is no source's name: a quote's source in lower case
    "El ministro defendió la medida ante la prensa en Madrid (según fuentes: Juan Pérez)",
])
def test_a_first_paragraph_with_other_brackets_stays(opening: str) -> None:
    a = extract(_dump(opening))
    assert a.body.startswith(opening.split(" (")[0][:40]), a.body[:80]


def test_a_short_article_closed_by_its_agency_stays() -> None:
    # the text's only paragraph, its agency's credit at its end: nothing under it to open the text
    one = ("El Consejo de Ministros ha aprobado este martes un real decreto para la red de Cercanías. (EFE)")
    a = extract(_dump(text=(one,)))
    assert a.body.startswith("El Consejo de Ministros")


def test_a_long_paragraph_closed_by_a_credit_stays() -> None:
    long_ = " ".join([_FIRST] * 3)[:-1] + " (EFE)"
    a = extract(_dump(text=(long_, _SECOND)))
    assert a.body.startswith("El Consejo de Ministros")


# invented pages in three outlets' shapes (a Spanish daily, an Australian broadcaster, a Dutch
# broadcaster), rendered by w3m, lynx and pandoc (plain): the headline and the text's first
# paragraph as the page was built, read by eye from the dumps
_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "dttl24"
_BUILT = {
    "es_pais": ("El Gobierno aprueba el decreto para reforzar la red de trenes de Cercanías",
                "El Consejo de Ministros ha aprobado este martes"),
    "en_au": ("Cyclone Alfred crosses the coast near Brisbane as thousands lose power",
              "Tropical Cyclone Alfred has crossed"),
    "nl_nos": ("Kabinet wil strengere regels voor verhuur van woningen aan toeristen",
               "Het kabinet wil dat gemeenten meer"),
}


@pytest.mark.parametrize("page", [pytest.param("es_pais", marks=_AGENCY_ALONE), "en_au", "nl_nos"])
@pytest.mark.parametrize("style", ["w3m", "lynx", "pandoc_plain"])
def test_invented_pages_in_three_styles(page: str, style: str) -> None:
    a = extract((_FIXTURES / f"{page}.{style}.txt").read_bytes())
    title, first = _BUILT[page]
    assert a.title == title
    assert a.body.startswith(first), a.body[:80]
