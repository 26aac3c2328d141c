"""A page that prints its last update above its first publication ("Mon 4 Mar 2024 18.15 GMT"
over "First published on Sun 3 Mar 2024 22.00 GMT"): the date the first publication's label
names is the publication date (FIELD-GUIDE, Dates: a modified date is not the publication
date), though the update's stamp stands nearer the headline and has no label."""

from __future__ import annotations

from typing import Optional

import pytest

from newsextract import extract

_PARAS = ("The city council approved a new budget late on Monday after a debate that lasted more "
          "than seven hours, ending a long standoff over library funding.",
          "Opponents said the plan relied on optimistic revenue estimates and would leave the city "
          "exposed if the economy slows down.")
_DE = ("Der Stadtrat hat am Montagabend nach einer mehr als siebenstündigen Debatte einen neuen "
       "Haushalt beschlossen und damit einen langen Streit beendet.",
       "Kritiker sagten, der Plan beruhe auf zu optimistischen Einnahmeschätzungen und mache die "
       "Stadt anfällig, falls sich die Wirtschaft abschwächt.")


def _date(stamps: str, paras: tuple = _PARAS, title: str = "Council approves budget after long debate") -> Optional[str]:
    page = "\n\n".join(["Home | News", title, "Jane Doe\n" + stamps, *paras]) + "\n"
    return extract(page).date


@pytest.mark.parametrize("stamps, expected", [
    ("Mon 4 Mar 2024 18.15 GMT\nFirst published on Sun 3 Mar 2024 22.00 GMT", "2024-03-03T22:00:00+00:00"),
    ("Mon 4 Mar 2024 18.15 GMT\n\nFirst published on Sun 3 Mar 2024 22.00 GMT", "2024-03-03T22:00:00+00:00"),
    ("March 4, 2024 6:15 PM EST · Originally published March 3, 2024 10:00 PM EST",
     "2024-03-03T22:00:00-05:00"),
])
def test_the_first_publications_stamp_wins(stamps: str, expected: str) -> None:
    assert _date(stamps) == expected


def test_in_german() -> None:
    assert _date("04.03.2024, 18:15 Uhr\nErstmals veröffentlicht am 03.03.2024, 22:00 Uhr", _DE,
                 "Stadtrat beschließt neuen Haushalt") == "2024-03-03T22:00:00+01:00"


@pytest.mark.parametrize("stamps, expected", [
    # no such label: the nearer stamp, as before
    ("Mon 4 Mar 2024 18.15 GMT\nSun 3 Mar 2024 22.00 GMT", "2024-03-04T18:15:00+00:00"),
    # "published" alone is no first publication's label
    ("Published 4 Mar 2024 18.15 GMT\nUpdated 5 Mar 2024 09.02 GMT", "2024-03-04T18:15:00+00:00"),
    # the label with no date after it
    ("Mon 4 Mar 2024 18.15 GMT\nFirst published in The Observer", "2024-03-04T18:15:00+00:00"),
    # (rv-pfd) a labelled date that does not end its line: a box's or a teaser's, not the page's
    ("Mon 4 Mar 2024 18.15 GMT\nOur weekly briefing | First published 12 January 2018 | Sign up now",
     "2024-03-04T18:15:00+00:00"),
    ("Mon 4 Mar 2024 18.15 GMT\n- Originally published Mar 1, 2024: Mayor vetoes bill",
     "2024-03-04T18:15:00+00:00"),
])
def test_near_misses(stamps: str, expected: str) -> None:
    assert _date(stamps) == expected


def test_a_first_publication_told_in_the_text_is_not_the_pages() -> None:
    paras = ("The report, first published on 3 March 1998, found that the budget was too small for "
             "the city's libraries and roads.",) + _PARAS
    assert _date("Mon 4 Mar 2024 18.15 GMT", paras) == "2024-03-04T18:15:00+00:00"


@pytest.mark.parametrize("line", [
    "The photo was first published on 1 March 2024.",   # a sentence's words, not a stamp's label
    "Photo: first published on 1 March 2024",            # after a word and a colon, a caption's
])
def test_a_label_inside_a_line_is_no_stamps(line: str) -> None:
    assert _date("4 March 2024 18:15 GMT\n\n" + line) == "2024-03-04T18:15:00+00:00"
