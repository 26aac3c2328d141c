"""fix2b19: rv-fix19's review of main 5633906 mended, on its invented pages (fixtures/fix2b19).

(1) _under_headed_credit: a menu bar printed as one line of capitalised section names ("Home
News Politics Business Sport Opinion") over a column's section line, byline and date is no
headline over the credit: the column's headline under them keeps its score (_menu_run).

(2) _home_trail: a home link's short menu gives the line under it a trail's bonus only where a
credit, a date or the text follows within _CREDIT_REACH lines; a promo line under the menu has
the headline and its standfirst under it.

(3) _fact_check (dumps): a verdict heading's paragraph that shares words with an ordinary
story's headline ("The Verdict" / a podcast's pitch, "Conclusion" / a guide's teaser) is no
fact check's verdict unless the verdict or that headline holds a fact check's label word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsextract
from newsextract.fields.title import _menu_run

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "fix2b19"
_ROADS = "County board approves two-year road repair plan after long debate"
_FLOOD_LAST = "Relief camps will stay open until the weekend, a spokesman said, and schools will reopen on Monday."


def _record(name: str) -> Any:
    return newsextract.extract((_DIR / name).read_text(encoding="utf-8"))


def test_a_columns_headline_beats_the_one_line_menu_over_its_byline_and_date() -> None:
    r = _record("k_en2.w3m.txt")
    assert r.title == "Why the county's road plan matters to every family here"
    assert r.authors == ["Jane Roe"]


@pytest.mark.parametrize(("line", "menu"), [
    ("Home News Politics Business Sport Opinion", True),
    ("Startseite Politik Wirtschaft Sport Kultur Meinung", True),
    # menus with a function word, a dotted or a hyphened section (the last review, rv-last19)
    ("Home News Sport Life and Style Opinion", True),
    ("Inicio España Mundo Economía y Empleo Opinión", True),
    ("Beranda Berita Politik Gaya Hidup dan Wisata Opini", True),
    ("Home News U.S. World Business Opinion", True),
    ("Home News Local Sports Opinion Obituaries E-Edition", True),
    # a headline in Title Case reads as one too: the rule asking keeps out, as before it was
    ("Flood Waters Recede in Northern Districts", True),
    # near misses: headlines, with a small word that is no function word or a mark, or too
    # short to be a menu
    ("Why the county's road plan matters to every family here", False),
    ("Warum uns der Stromausfall in Berlin alle etwas angeht", False),
    ("Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?", False),
    ("Opinion", False),
    ("Home News", False),
])
def test_menu_run(line: str, menu: bool) -> None:
    assert _menu_run(line) is menu


@pytest.mark.parametrize("name", ["h_promo2.w3m.txt", "h_promo3.w3m.txt", "h_promo_de.w3m.txt"])
def test_a_promo_line_under_a_home_menu_is_not_the_headline(name: str) -> None:
    assert _record(name).title == _ROADS


@pytest.mark.parametrize("name", ["v_podcast.w3m.txt", "v_concl.w3m.txt"])
def test_a_box_under_a_verdict_heading_after_ordinary_news_is_cut(name: str) -> None:
    assert _record(name).body.split("\n\n")[-1] == _FLOOD_LAST


def test_an_indonesian_verdict_box_after_ordinary_news_is_cut() -> None:
    # (the box's paragraph judges, 'adalah hoaks', but the story's headline does not: a fact
    # check's own verdict needs a label's word in both, or a label before the headline)
    last = "Tempat pengungsian tetap dibuka hingga akhir pekan, kata seorang juru bicara."
    assert _record("v_id_news.w3m.txt").body.split("\n\n")[-1] == last


_TRAIL_HEAD = """Millbrook Courier

  • Home
  • News
  • Politics

County board approves two-year road repair plan after long debate

Two members voted against the plan, which sets aside money for bridges and school roads

By Jane Roe | April 28, 2023

The Millbrook County board voted on Thursday to approve a two-year plan to repair the county's
worst roads, ending a debate that had run since the winter. The plan sets aside money for bridges
and for the roads around the schools.

Board members said the repair plan would be paid for from the road fund and from a state grant. Two
members voted against it, saying the county should wait for the state's budget before it spends the
money.

Residents who spoke at the meeting said the roads near the river had been in poor shape for years.
Work on the first roads could begin in June, the board said.
"""


def test_near_miss_a_headline_under_a_home_trail_with_a_standfirst_and_its_byline_under_it() -> None:
    # the standfirst under the headline is headline-like (no full stop), but the byline stands
    # within reach under the headline: the trail's bonus stays
    assert newsextract.extract(_TRAIL_HEAD).title == _ROADS
