"""An ad slot's notice ("This advertisement has not loaded yet, but your article continues
below.", "La suite après la publicité") is never a dump's headline, in any language (adn28: the
ad-notice part of nws28, kept after its review; the pitch and consent rules were not merged).
Invented pages and lines, each checked by eye."""

from __future__ import annotations

from typing import Optional

import pytest

from newsextract import extract
from newsextract.fields.title import _ad_notice

_EN = ["The city council voted on Tuesday night to double the number of buses running through the northern "
       "districts from next spring, after a debate that lasted more than four hours.",
       "Mayor Anna White called the plan an important step for the city. The cost of about four million "
       "pounds will be shared with the regional government, officials said.",
       "Opposition members criticised the plan for leaving out the villages around the city, which they "
       "said had waited for better links for years.",
       "The transport company plans to hire twenty new drivers. The first extra buses are due to run in March.",
       "Whether the timetable can be kept remains to be seen."]

_HEADLINE = "City council doubles buses for the north"


def _page(title: str, pitch: str, ad: Optional[str] = None) -> str:
    """A w3m dump whose sign-up box is printed above the headline and again inside the text
    (so printed twice, as a headline often is), an ad slot's notice in the text if given."""
    box = [pitch, "Sign up for breaking news, reviews and more."]
    top = ["  • Home\n  • News\n  • Politics", *box, title, "By Jane Roe 12 March 2024"]
    text = _EN[:2] + box + ([ad] if ad else []) + _EN[2:]
    return "\n\n".join(top + text + ["© 2024 Outlet Media. All rights reserved.", "  • Imprint\n  • Privacy"]) + "\n"


@pytest.mark.parametrize("notice", [
    "This advertisement has not loaded yet, but your article continues below.",
    "Story continues below advertisement",
])
def test_an_ad_slots_notice_printed_twice_is_not_the_headline(notice: str) -> None:
    art = extract(_page(_HEADLINE, notice).encode())
    assert art.title == _HEADLINE
    assert art.body.startswith(_EN[0])
    # (inside the text the notice is left to the body's run, which bridges the slot: as
    # furniture it cut the run in two on pages whose text an ad slot parts)
    assert _EN[2] in art.body and _EN[4] in art.body


@pytest.mark.parametrize("line", [
    "This advertisement has not loaded yet, but your article continues below.",
    "Story continues below advertisement",
    "La suite après la publicité",
    "Continua dopo la pubblicità",
    "Weiter nach der Anzeige",
])
def test_ad_slots_notices_in_any_language(line: str) -> None:
    assert _ad_notice(line)


@pytest.mark.parametrize("line", [
    "Advertisers pull out as the story continues to unfold",
    "Why the advertisement industry has not recovered yet",
])
def test_a_headline_about_ads_is_no_ad_notice(line: str) -> None:
    assert not _ad_notice(line)
