"""dtitle19: a dump's headline stands over its byline and date (fixtures/dtitle19).

(1) A line under a byline that a headline-like line stands over, with no byline or date of
its own under it, is a video's or a picture's title, not the headline ("Headline /
Standfirst. / Von A und B / date / Video kicker / Video title / autoplay"). Near miss: a
teaser's writer over the page's headline, which has its own credit under it.

(2) A soup dump's page heading under a kicker under a printing of the <title> is kept over the
<title> where it stands over its byline or date. Near miss: the same lines with no credit
under the heading (a teaser under the <title>'s copy): the <title> stays.

(3) A dump's short menu that opens with the home link ("Home · News · Politics", a bulleted
trail the segmenter joins) is a breadcrumb trail over the headline. Near misses: a menu bar of
more items, a line that opens with another word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import newsextract
from newsextract.fields.title import _home_trail

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "dtitle19"
_HEADLINE = "Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?"


def _record(name: str) -> Any:
    return newsextract.extract((_DIR / name).read_text(encoding="utf-8"))


def test_a_video_title_under_the_byline_is_no_headline() -> None:
    record = _record("uc_video_w3m.txt")
    assert record.title == _HEADLINE
    assert record.authors == ["Jonas Brenner", "Miriam Falkner"]


def test_the_headline_under_a_teasers_writer_keeps_its_place() -> None:
    # (the teaser "Stromausfall in Berlin: ..." and its writer stand over the headline, which
    # has its own byline and date under it)
    assert _record("uc_teaser_w3m.txt").title == _HEADLINE


def test_the_page_heading_under_the_titles_copy_and_a_kicker_is_the_headline() -> None:
    record = _record("kt_soup.txt")
    assert record.title == "Nur eine Etappe: Was die frühere Außenministerin wirklich vorhat"
    assert record.authors == ["Jonas Brenner"]


def test_a_teaser_under_the_titles_copy_leaves_the_title() -> None:
    assert _record("kt_teaser_soup.txt").title == \
        "Feldkamp bei der UN: Jetzt Top-Job in New York – folgt schon bald der nächste Schritt?"


# ---- (3) a dump's short menu opening with the home link is a breadcrumb trail

@pytest.mark.parametrize("text", [
    "Home · News · Politics",
    "Startseite · Politik · Ausland",
    "Accueil · International · Europe · Ukraine",
])
def test_a_short_menu_opening_with_home_is_a_trail(text: str) -> None:
    assert _home_trail(text)


@pytest.mark.parametrize("text", [
    "Home · News · Sport · Business · Opinion · Culture",  # a site's menu bar
    "Home · News",  # the home link and one section: a bar's first items as often
    "Homes · Gardens · Kitchens",  # not the home link's word
    "News · Home · Politics",
    "Home and away · the season in review",  # no menu
    "Startseite · Politik · Meistgelesen",  # a list's heading last: its first teaser under it
    "Home · News · Most read",
])
def test_a_menu_bar_or_a_homes_line_is_no_trail(text: str) -> None:
    assert not _home_trail(text)


def test_a_menu_bar_opening_with_home_leaves_the_headline() -> None:
    assert _record("ht_menu_w3m.txt").title == "Indiana governor endorses revised GOP state budget package"
