"""Numeric dates whose order the printed stamp tells: on an English page (month first, as in the
United States) a zone of a day-first country after the time makes the date day first
("04/03/2024 18:15 GMT" is a British page's 4 March; FIELD-GUIDE: day first in British, Indian,
Australian English)."""

from __future__ import annotations

from typing import Optional

import pytest

from newsextract import extract

_TEXT = {
    "en": ("City council approves new budget after long debate",
           "The city council approved a new budget late on Monday after a debate that lasted more "
           "than seven hours, ending a long standoff over library funding.",
           "Opponents said the plan relied on optimistic revenue estimates and would leave the "
           "city exposed if the economy slows down."),
    "nl": ("Gemeenteraad neemt nieuwe begroting aan na lang debat",
           "De gemeenteraad heeft maandagavond na een debat van meer dan zeven uur een nieuwe "
           "begroting aangenomen en zo een lange impasse beëindigd.",
           "Critici zeggen dat het plan uitgaat van te optimistische inkomstenramingen en de stad "
           "kwetsbaar maakt als de economie vertraagt."),
    "es": ("El ayuntamiento aprueba un nuevo presupuesto tras un largo debate",
           "El ayuntamiento aprobó el lunes por la noche un nuevo presupuesto tras un debate de más "
           "de siete horas que puso fin a un largo bloqueo.",
           "Los críticos afirmaron que el plan se basa en previsiones de ingresos demasiado "
           "optimistas y dejaría expuesta a la ciudad si la economía se frena."),
}


def _date(lang: str, stamp: str, byline: str = "Jane Doe") -> Optional[str]:
    title, *paragraphs = _TEXT[lang]
    page = "\n\n".join(["Home | News | Politics", title, f"{byline}\n{stamp}", *paragraphs]) + "\n"
    return extract(page).date


@pytest.mark.parametrize("stamp, expected", [
    ("04/03/2024 18:15 GMT", "2024-03-04T18:15:00+00:00"),
    ("12/06/2024 14:30 BST", "2024-06-12T14:30:00+01:00"),
    ("04/03/2024 18:15 IST", "2024-03-04T18:15:00+05:30"),
    ("04/03/2024 6:15pm AEDT", "2024-03-04T18:15:00+11:00"),
    ("05/03/2024, 9:02 am NZDT", "2024-03-05T09:02:00+13:00"),
])
def test_a_day_first_countrys_zone_reads_the_date_day_first(stamp: str, expected: str) -> None:
    assert _date("en", stamp) == expected


@pytest.mark.parametrize("stamp, expected", [
    # the United States' zones, or none: month first as before
    ("03/04/2024 6:15 p.m. EST", "2024-03-04T18:15:00-05:00"),
    ("03/04/2024 6:15 PM ET", "2024-03-04T18:15:00-05:00"),
    ("03/04/2024 18:15", "2024-03-04T18:15:00"),
    # UTC may be printed by any outlet: the page's own order
    ("03/04/2024 18:15 UTC", "2024-03-04T18:15:00+00:00"),
    # a date that can only be month first stays so, whatever the zone
    ("03/14/2024 6:15 PM GMT", "2024-03-14T18:15:00+00:00"),
    # a named month is not reordered
    ("March 4, 2024 6:15 PM GMT", "2024-03-04T18:15:00+00:00"),
    # dotted dates were day first already
    ("04.03.2024 18:15 GMT", "2024-03-04T18:15:00+00:00"),
])
def test_near_misses_keep_the_pages_order(stamp: str, expected: str) -> None:
    assert _date("en", stamp) == expected


def test_a_day_first_language_is_not_turned_month_first() -> None:
    assert _date("es", "04/03/2024 18:15 GMT", "Juana García") == "2024-03-04T18:15:00+00:00"


# (a two-digit year after dashes or slashes is not read: rv-pfd showed article numbers, phone
# numbers and references with a time after them read as dates of the 2030s)
@pytest.mark.parametrize("lang, stamp", [
    ("nl", "04-03-24, 18:15"),
    ("nl", "Bel 06-12-34 18:15 voor info"),
    ("nl", "Artikelnummer 10-05-33 12.50 euro"),
    ("nl", "04-03-24"),                 # no time after it: may be anything
    ("nl", "Uitslag 04-03-24 2-1"),     # a score after it, not a time
    ("en", "Call 555-12-34 18:15"),     # not a date's shape (no day, month, year)
    ("en", "Version 3-10-12, 18:05"),   # a version's number
])
def test_short_year_near_misses_give_no_date(lang: str, stamp: str) -> None:
    assert _date(lang, stamp, "") is None
