"""A place printed in capitals is title-cased as the place is written (FIELD-GUIDE, Datelines):
a particle inside its name is written small ("RIO DE JANEIRO (AP) —" is Rio de Janeiro, not
"Rio De Janeiro"); a particle that opens or closes the name keeps its capital ("LA PAZ",
"DEN HAAG")."""

from __future__ import annotations

import pytest

from newsextract.fields.dateline import find_dateline, title_case_place


@pytest.mark.parametrize("printed, written", [
    ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("FRANKFURT AM MAIN", "Frankfurt am Main"),
    ("ISLE OF WIGHT", "Isle of Wight"),
    ("SANTA CRUZ DE LA SIERRA", "Santa Cruz de la Sierra"),
    ("SAN JOSÉ DEL CABO", "San José del Cabo"),
])
def test_a_particle_inside_the_name_is_small(printed: str, written: str) -> None:
    assert title_case_place(printed) == written


@pytest.mark.parametrize("printed, written", [
    ("LA PAZ", "La Paz"),               # the first word keeps its capital
    ("DEN HAAG", "Den Haag"),
    ("LE MANS", "Le Mans"),
    ("DE AAR", "De Aar"),
    ("NEW YORK", "New York"),           # no particle
    ("BUFFALO, N.Y.", "Buffalo, N.Y."),  # an abbreviation keeps its case
    ("KABUPATEN MANGGARAI BARAT", "Kabupaten Manggarai Barat"),
    ("Rio De Janeiro", "Rio De Janeiro"),  # not in capitals: as printed
    # (rv-pfd) after a word that makes a new place of a named one, the particle is the name's
    ("SOUTH EL MONTE", "South El Monte"),
    ("WEST DE PERE", "West De Pere"),
    ("VILLA EL SALVADOR", "Villa El Salvador"),
    ("PORT OF SPAIN", "Port of Spain"),
])
def test_near_misses(printed: str, written: str) -> None:
    assert title_case_place(printed) == written


def test_an_agencys_dateline_in_capitals() -> None:
    found = find_dateline("RIO DE JANEIRO (AP) — The city council approved a new budget late on "
                          "Monday after a debate that lasted more than seven hours.")
    assert found is not None
    assert (found[0].location, found[0].site) == ("Rio de Janeiro", "AP")
