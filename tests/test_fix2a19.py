"""The second review of the session's byline rules (fix2a19): a portrait's alt cut only before a
byline that goes on (a role, a date opening what follows, a co-writer's plain name), a role's
capitals only an outlet's or a place's, a glued kicker no writer, a team credited without a
label's help; each with the lines that look like them and still read."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.fields.byline import dated_names, parse_credit, unmarked_credit, without_portrait_alt
from newsextract.profiles import get_profile, merged
from tests.conftest import FIXTURES

PAGES = FIXTURES / "fix2a19"


def _read(name: str) -> newsextract.Article:
    return newsextract.extract((PAGES / name).read_text(encoding="utf-8"))


# -- 1. a portrait's alt before a byline that repeats its name --

@pytest.mark.parametrize("line, lang", [
    ("Vivien Valentiner Von Vivien Valentiner, Redakteurin 06.11.2025", "de"),
    ("Jane Doe By Jane Doe December 4, 2024", "en"),
    ("Jane Doe By Jane Doe and John Roe", "en"),
    ("Jane Doe By Jane Doe and John Roe December 4, 2024", "en"),
    ("Jane Doe By Jane Doe, reporter, Dec. 4, 2024", "en"),
    ("Jane Doe By Jane Doe, reporter", "en"),
])
def test_portrait_alt_cut_before_a_byline(line: str, lang: str) -> None:
    assert without_portrait_alt(line, get_profile(lang)) == line.split(" ", 2)[2]


@pytest.mark.parametrize("line, lang", [
    ("Tom Reed by Tom Reed and Friends", "en"),
    ("Lena Marsh By Lena Marsh, out on 4 March 2025 from Harbor Press, is her first memoir.", "en"),
    ("Lena Marsh By Lena Marsh and Tom Reed, a memoir, is out now.", "en"),
    ("Anna Berg von Anna Berg und Jan Pohl, Harbor Verlag, 320 Seiten", "de"),
    ("Anna Berg von Anna Berg, Autorin und Malerin, liest am Freitag", "de"),
    ("Jane Doe By Jane Doe, reporter, said it all.", "en"),
])
def test_portrait_alt_kept_before_a_headline_or_sentence(line: str, lang: str) -> None:
    assert without_portrait_alt(line, get_profile(lang)) == line


def test_and_friends_headline_is_the_title() -> None:
    art = _read("c3_and_friends.w3m.txt")
    assert art.title == "Tom Reed by Tom Reed and Friends"
    assert art.authors == ["Kate Hill"]


@pytest.mark.parametrize("page, line", [
    ("c5_co.w3m.txt", "Lena Marsh By Lena Marsh and Tom Reed, a memoir, is out now."),
    ("c5_date.w3m.txt", "Lena Marsh By Lena Marsh, out on 4 March 2025 from Harbor Press, is her first memoir."),
    ("c7_cowriter.w3m.txt", "Anna Berg von Anna Berg und Jan Pohl, Harbor Verlag, 320 Seiten"),
    ("c7_role.w3m.txt", "Anna Berg von Anna Berg, Autorin und Malerin, liest am Freitag"),
])
def test_book_sentence_stays_in_the_body(page: str, line: str) -> None:
    art = _read(page)
    assert line in art.body
    assert "Anna Berg" not in art.authors and "Lena Marsh" not in art.authors


# -- 2. capitals after a role word: an outlet's name or a place, not a title --

@pytest.mark.parametrize("line, lang, authors", [
    ("Marie Dupont, correspondante à Lille", "fr", ["Marie Dupont"]),
    ("Ana García, corresponsal en Bruselas", "es", ["Ana García"]),
    ("Budi Santoso, kontributor Bandung", "id", ["Budi Santoso"]),
    ("Jane Doe, reporter AFP", "en", ["Jane Doe"]),
    # near misses: a book's, a show's, a prize's name
    ("Andi Hirawan, penulis Laskar Senja", "id", []),
    ("Tom Reed, producer The Crown", "en", []),
    ("Ana García, periodista Premio Nacional", "es", []),
])
def test_role_capitals_outlet_or_place(line: str, lang: str, authors: List[str]) -> None:
    assert dated_names(line, "December 4, 2024", get_profile(lang)) == authors


@pytest.mark.parametrize("page", ["d_1.w3m.txt", "d_2.w3m.txt", "s4.w3m.txt"])
def test_subject_with_title_is_no_writer(page: str) -> None:
    assert _read(page).authors == []


# -- 3. a kicker glued before the outlet --

@pytest.mark.parametrize("page", ["a_kick_mideast_glued.w3m.txt", "a_kick_live_glued.w3m.txt"])
def test_glued_kicker_is_no_writer(page: str) -> None:
    art = _read(page)
    assert art.authors == []
    assert art.title == "Flood waters recede in northern districts"


def test_glued_writer_before_outlet_still_reads() -> None:
    assert dated_names("Lachlan WardThe Sydney Morning HeraldDecember 4, 2024", "December 4, 2024",
                       get_profile("en")) == ["Lachlan Ward"]


# -- 4. a team credited in an unmarked credit --

def test_team_credit_kept_in_unmarked_credit() -> None:
    assert unmarked_credit("Oleh Tim Harian", get_profile("id")) == ["Tim Harian"]
    assert unmarked_credit("By Lesotho Times", get_profile("en")) == []
    assert unmarked_credit("By Emily Post", get_profile("en")) == ["Emily Post"]
    assert _read("b_team2.w3m.txt").authors == ["Tim Harian"]
    assert parse_credit("Oleh Tim Harian", merged())[0] == ["Tim Harian"]
