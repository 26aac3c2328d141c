"""A wire's tag that opens the paragraph before the place and the day, as Italian wires print
their datelines ("(ANSA) - ROMA, 04 MAR - ", "(AGI) - Milano, 4 mar. - "): the place is the
dateline's (FIELD-GUIDE, Datelines: the outlet may come first), the tag its site, and neither is
left in the text. Only with the day after the place, its number first, which tells a dateline
from a sentence that runs on after the tag."""

from __future__ import annotations

from typing import Optional, Tuple

import pytest

from newsextract.fields.dateline import find_dateline

_REST = ("Il consiglio comunale ha approvato lunedì sera un nuovo bilancio dopo un dibattito "
         "durato più di sette ore.")


def _found(opening: str) -> Tuple[Optional[str], Optional[str], str]:
    found = find_dateline(opening + _REST)
    assert found is not None
    dateline, rest = found
    return dateline.location, dateline.site, rest


@pytest.mark.parametrize("opening, place, site", [
    ("(ANSA) - ROMA, 04 MAR - ", "Roma", "ANSA"),
    ("(AGI) - Milano, 4 mar. - ", "Milano", "AGI"),
    ("(dpa) - BERLIN, 4. März - ", "Berlin", "dpa"),
])
def test_the_place_after_the_tag_is_the_datelines(opening: str, place: str, site: str) -> None:
    assert _found(opening) == (place, site, _REST)


@pytest.mark.parametrize("opening", [
    "(ANSA) - ROMA - ",                          # no day after the place: as before, the tag only
    "(Reuters) - Tesla Inc - the carmaker - ",   # an aside, no day
    "(Reuters) - Apple, March 4 2024 - ",        # a kicker's word and a date, its month first
    "(Reuters) - March 4 - ",                    # a day with no place
    "(AFP) - Le président, 4 mars - ",           # a sentence's subject, not a place
    "(ANSA) - La Juventus, 3 gol - ",            # a number that is no day
    "(CNN) - WASHINGTON, officials - ",          # no day
    # (rv-pfd) a name or a topic before a day, not a place: only a place in capitals, or one
    # word before a month cut short ("Milano, 4 mar."), is read
    "(ANSA) - Mattarella, 4 marzo - ",
    "(ANSA) - La Juventus, 3 marzo - ",
    "(dpa) - Siemens, 4. März - ",
    "(EFE) - Real Madrid, 4 de marzo - ",
])
def test_near_misses_keep_the_tag_only(opening: str) -> None:
    location, site, rest = _found(opening)
    assert location is None
    assert site is not None
    assert rest == opening[opening.index("-") + 2:] + _REST
