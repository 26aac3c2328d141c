"""The review of dauth19's byline rules (fixdau19): lines that look like a portrait's alt before
its byline, a name before an outlet, a role after a name or an outlet credited alone, but are a
headline, a body's sentence, a show's or a gallery's name, a subject's description, a photo's
credit or a team's credit; and the lines each rule was written for, which still read."""

from __future__ import annotations

from typing import List

import pytest

import newsextract
from newsextract.fields.byline import dated_names, parse_credit
from newsextract.profiles import get_profile, merged
from tests.conftest import FIXTURES

PAGES = FIXTURES / "fixdau19"


def _read(name: str) -> newsextract.Article:
    return newsextract.extract((PAGES / name).read_text(encoding="utf-8"))


# -- a portrait's alt: only before a byline that goes on with a role, a date or a co-writer ---

@pytest.mark.parametrize("line, authors", [
    ("Vivien Valentiner Von Vivien Valentiner, Redakteurin 06.11.2025, 17:06 Uhr", ["Vivien Valentiner"]),
    ("Vivien Valentiner Von Vivien Valentiner Redakteurin 06.11.2025", ["Vivien Valentiner"]),
    ("Jane Doe By Jane Doe December 4, 2024", ["Jane Doe"]),
    ("Jane Doe By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    # near misses: a headline, a book's title and author in a body's sentence
    ("Lena Marsh by Lena Marsh", []),
    ("Anna Berg von Anna Berg, erschienen im Harbor Verlag, 320 Seiten", []),
    ("Rina Marlina oleh Rina Marlina, diterbitkan Gramedia, 2024", []),
])
def test_portrait_alt_needs_a_role_date_or_co_writer(line: str, authors: List[str]) -> None:
    assert parse_credit(line, merged())[0] == authors


def test_self_portrait_headline_stays_the_title() -> None:
    art = _read("c3_h1_selfportrait.w3m.txt")
    assert art.title == "Lena Marsh by Lena Marsh"
    assert art.authors == ["Tom Reed"]


def test_book_lines_stay_in_the_body() -> None:
    art = _read("c5_body_lines.w3m.txt")
    assert art.authors == ["Tom Reed"]
    assert "Lena Marsh By Lena Marsh, a memoir, is out now." in art.body
    assert "Jane Doe by Jane Doe" in art.body
    art = _read("c7_de_book.w3m.txt")
    assert art.authors == ["Max Muster"]
    assert "Anna Berg von Anna Berg, erschienen im Harbor Verlag, 320 Seiten" in art.body


# -- a name, the outlet, the date: the outlet's word ends the tag; no genre or photo label --

@pytest.mark.parametrize("line, authors", [
    ("Jane Doe | The Sydney Morning Herald | December 4, 2024", ["Jane Doe"]),
    ("Lachlan WardThe Sydney Morning HeraldDecember 4, 2024", ["Lachlan Ward"]),
    # near misses: a show's name, a gallery's label, a genre's kicker glued to the name
    ("Jon Stewart | The Daily Show | December 4, 2024", []),
    ("Kate Hill | The Today Programme | December 4, 2024", []),
    ("Harold Finch | The Times Rich List | December 4, 2024", []),
    ("Photo Gallery | The Daily Ledger | December 4, 2024", []),
    ("Opinion Jane DoeThe Sydney Morning HeraldDecember 4, 2024", []),
])
def test_name_before_outlet(line: str, authors: List[str]) -> None:
    assert dated_names(line, "", get_profile("en")) == authors


@pytest.mark.parametrize("page", ["a1_kicker_daily.w3m.txt", "a17_photo_gallery.w3m.txt"])
def test_show_or_gallery_before_outlet_is_no_writer(page: str) -> None:
    art = _read(page)
    assert art.authors == []
    assert art.title == "Flood waters recede in northern districts"


# -- a role after the name: a role word and what qualifies it, never a photo's or a subject's --

@pytest.mark.parametrize("line, lang, authors", [
    ("Marie Dupont, rédactrice en chef", "fr", ["Marie Dupont"]),
    ("Budi Santoso, penulis lepas", "id", ["Budi Santoso"]),
    ("Budi Santoso, kontributor Bandung", "id", ["Budi Santoso"]),
    ("Jane Doe, editor emeritus", "en", ["Jane Doe"]),
    ("Jane Doe, staff writer", "en", ["Jane Doe"]),
    ("Lucia Bianchi, giornalista freelance", "it", ["Lucia Bianchi"]),
    ("Anna Berg, Redakteurin", "de", ["Anna Berg"]),
    # near misses: a subject's description, a photographer's credit
    ("Margaret Hale, staff nurse", "en", []),
    ("John Roe, staff sergeant", "en", []),
    ("Rina Marlina, penulis novel", "id", []),
    ("Budi Santoso, pewarta foto", "id", []),
    ("Juan Pérez, reportero gráfico", "es", []),
    ("João Silva, repórter fotográfico", "pt", []),
    ("Marie Dupont, reporter photographe", "fr", []),
])
def test_role_after_the_name(line: str, lang: str, authors: List[str]) -> None:
    assert dated_names(line, "December 4, 2024", get_profile(lang)) == authors


def test_staff_nurse_page_has_no_writer() -> None:
    assert _read("d14_staff_nurse.w3m.txt").authors == []


# -- an outlet credited alone, but a team's credit stays ------------------------------------

@pytest.mark.parametrize("line, authors", [
    ("Penulis: Tim Harian", ["Tim Harian"]),
    ("By Lesotho Times", []),
    ("By Emily Post", ["Emily Post"]),
])
def test_team_credit_before_outlet_alone(line: str, authors: List[str]) -> None:
    assert parse_credit(line, merged())[0] == authors


def test_team_credit_page() -> None:
    assert _read("b15_id_team_top.w3m.txt").authors == ["Tim Harian"]


# -- an outlet alone over the date, on a line of its own -----------------------------------

HEADLINE = "Flood waters recede in northern districts"
LEAD = ("Flood waters began to recede in three northern districts on Tuesday, officials said, as "
        "thousands of residents returned to their homes after a week in relief camps.")
REST = ["The disaster management authority said about 12,000 households had been affected since last week.",
        "Relief camps will stay open until the weekend, a spokesman said, and schools will reopen on Monday."]


@pytest.mark.parametrize("line, authors", [
    ("By Lesotho Times", []),
    ("BY LESOTHO TIMES", []),
    # near misses: an outlet's word that is a surname too, a name ending with one
    ("By Emily Post", ["Emily Post"]),
    ("By Tom Courier", ["Tom Courier"]),
])
def test_outlet_alone_over_the_date(line: str, authors: List[str]) -> None:
    text = "\n\n".join(["The Daily Ledger", "Home", "World", HEADLINE, line, "December 4, 2024", LEAD, *REST,
                        "© 2024 The Daily Ledger. All rights reserved."]) + "\n"
    art = newsextract.extract(text)
    assert art.authors == authors
    assert art.title == HEADLINE
