"""What the reviews of the enaudit2 and fixid2 merges found, on invented lines (checked by eye):
bylines, datelines and speakers those rules had taken wrongly."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.fields.quotes import extract_quotes
from newsextract.profiles import get_profile

P = ("Heavy rains halted trains across the city on Wednesday, officials said, as the storm moved "
     "north and crews worked.")


def _dump(lines: List[str], lead: str = P) -> str:
    return "Rains halt trains in the city\n\n" + "\n\n".join(lines) + f"\n\n{lead}\n\n{P}\n\n{P}\n"


@pytest.mark.parametrize("lines, authors", [
    (["Andi Saputra | Liga1", "December 4, 2024"], []),  # a topic's tag with a number: no outlet
    (["Thandi Mokoena | News24", "December 4, 2024"], ["Thandi Mokoena"]),  # an outlet's word and a number
    (["Metropolitan Transit Authority (MTA)", "December 4, 2024"], []),  # its own initials: a body
    (["By Paul Grant (CNN)", "December 4, 2024"], ["Paul Grant"]),
    (["Editor: Rina Wulandari", "Andi Saputra | Kamis, 5 Desember 2024 10:00 WIB"], ["Andi Saputra"]),
    (["Ann Roebuck, Daily Mirror", "Tom Reedley, Daily Mirror", "December 4, 2024"],
     ["Ann Roebuck", "Tom Reedley"]),  # co-authors one a line
    (["By Ann Roebuck, Mary Ledger", "December 4, 2024"], ["Ann Roebuck", "Mary Ledger"]),
])
def test_bylines_the_review_found(lines: List[str], authors: List[str]) -> None:
    assert newsextract.extract(_dump(lines)).authors == authors


@pytest.mark.parametrize("lead, place, site", [
    ("PERTH, Dec 4, WA - ", "Perth, WA", None),  # an acronym after the date is the state here
    ("Accra, Dec. 4, GNA - ", "Accra", "GNA"),  # an agency's tag
])
def test_an_acronym_after_a_datelines_date(lead: str, place: str, site: str) -> None:
    record = newsextract.extract(_dump(["December 4, 2024"], lead + P))
    assert (record.location, record.site) == (place, site)


def test_a_headline_naming_a_person_and_a_thing_is_no_byline() -> None:
    html = ("<html><head><title>Lorna Vesk, The Night Mayor - Metro Ledger</title></head><body>"
            "<h1>Lorna Vesk, The Night Mayor</h1><p>By Sam Leeward</p><p>December 4, 2024</p>"
            + f"<p>{P}</p>" * 3 + "</body></html>")
    record = newsextract.extract(html)
    assert (record.title, record.authors) == ("Lorna Vesk, The Night Mayor", ["Sam Leeward"])


def _speakers(par: str, code: str) -> List[object]:
    return [q.speaker for q in extract_quotes([par], get_profile(code))]


@pytest.mark.parametrize("code, par, want", [
    # an initial, then two words of the name: the name whole
    ("id", "Kapolres Sukamaju AKBP Rudi S. Wibowo Putra mengatakan, \"Kami sudah menahan dua orang "
           "tersangka dalam kasus ini.\"", "Rudi S. Wibowo Putra"),
    ("en", "Union organiser Dana F. Whitcombe Jr. said: \"We will not accept this offer from the "
           "company under any circumstances.\"", "Dana F. Whitcombe Jr"),  # (the stop after Jr goes)
    # a letter that ends a sentence before a title still does
    ("en", "The result leaves them third in Group A. Coach Martin Fellowes said: \"We created "
           "enough chances to win two games tonight.\"", "Martin Fellowes"),
])
def test_an_initial_inside_a_name(code: str, par: str, want: str) -> None:
    assert _speakers(par, code) == [want]


def test_a_partial_quotation_after_according_to_stays() -> None:
    par = ("According to Dana Whitcombe, \"the plan is dead\" and talks will resume next week with "
           "a new offer from the city.")
    assert _speakers(par, "en") == ["Dana Whitcombe"]
