"""fixdti19: dtitle19's title rules mended after review, on invented pages (fixtures/fixdti19).

(1) A line under a byline that stands under a headline-like line is a video's title only where
a short dated line stands between that headline-like line and it (the article's credit): a
column's byline over its headline, under a menu bar, a slogan or a section line, leaves the
headline alone. Near miss: fixtures/dtitle19's video title under the byline and date (tests
in test_dtitle19).

(2) A home link's short menu gives the line under it a trail's bonus only where that line
speaks of the text: a small site's main menu over a promo line does not. Near miss: the same
menu right over the headline.

(3) A soup dump's heading under a kicker under the <title>'s copy is kept over the <title>
only where the first credit line under it is a byline, and the credit lines down to the body
are one block: a video's or a portrait teaser's heading with its own date or writer leaves the
<title>. Near misses: fixtures/dtitle19's page heading over its byline and date.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsextract

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "fixdti19"
_COLUMN = "Why our small towns need their libraries more than ever before"
_ROADS = "County board approves two-year road repair plan after long debate"
_UN = "Vera Beispiel in Genf: Neuer Top-Job bei der UN – folgt bald der nächste Schritt?"


def _record(name: str) -> Any:
    return newsextract.extract((_DIR / name).read_text(encoding="utf-8"))


# ---- (1) a column's byline over its headline, under a menu bar or a slogan

@pytest.mark.parametrize(("name", "title", "author"), [
    ("col_en_nav_w3m.txt", _COLUMN, "Jane Roe"),  # menu bar / section / byline / headline
    ("col_en_slogan_lynx.txt", _COLUMN, "Jane Roe"),  # the site's slogan over the byline
    ("kol_de_w3m.txt", "Warum uns der Stromausfall in Berlin alle etwas angeht", "Anna Muster"),
    ("id_penulis_w3m.txt",
     "Warga Desa Sukamaju Gotong Royong Perbaiki Jembatan yang Rusak Diterjang Banjir", "Budi Contoh"),
])
def test_a_columns_headline_under_its_byline_beats_the_menu_over_it(name: str, title: str, author: str) -> None:
    record = _record(name)
    assert record.title == title
    assert record.authors == [author]


# ---- (2) a small site's main menu over a promo line

@pytest.mark.parametrize(("name", "title"), [
    ("menu_en2_w3m.txt", _ROADS),  # "Home · News · Sports · Obituaries · Contact" / county fair promo
    ("menu_de_w3m.txt", "Kreistag beschließt Sanierung der maroden Brücken bis 2027"),  # "Eilmeldung: ..."
])
def test_a_promo_line_under_a_sites_menu_gets_no_trail_bonus(name: str, title: str) -> None:
    assert _record(name).title == title


def test_the_headline_right_under_the_menu_keeps_it() -> None:
    assert _record("menu_en2_trail_w3m.txt").title == _ROADS


# ---- (3) a video's or a teaser's heading under the page's headline

@pytest.mark.parametrize(("name", "title"), [
    ("kt_video_soup_nl.txt", _UN),  # "Video" / its title / its date, then the page's byline
    ("kt_portrait_soup_nl.txt", _UN),  # "Porträt" / its title / its writer, then the page's
    ("kt_video_en_soup_strip.txt", _ROADS),  # "Watch" / the video's title / its date
])
def test_a_video_or_teaser_heading_under_the_title_leaves_the_title(name: str, title: str) -> None:
    assert _record(name).title == title


# ---- (1) where the byline's own date stands under it: the menu bar over the byline is a run of
# capitalised section names (fix2b19, _menu_run), no headline over the credit

def test_a_columns_headline_under_its_byline_and_date_beats_the_menu_over_it() -> None:
    assert _record("kol_de_dated_w3m.txt").title == "Warum uns der Stromausfall in Berlin alle etwas angeht"
