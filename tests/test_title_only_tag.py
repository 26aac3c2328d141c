"""A page whose only title is its <title> (no og:title, no JSON-LD headline, no <h1>): a row of
links over the text ("Home News", a menu outside <nav>'s reach) is not the headline; the
<title> is, when the text speaks of its headline more than of the links. A heading of the
page's own, an <h1>, a title for machines are left alone."""

from __future__ import annotations

import pytest

from newsextract import extract

_TEXT = {
    "en": "<p>A storm hit the coast on Thursday night and knocked out power to thousands of homes. "
          "Trees fell across roads along the coast.</p><p>Crews worked through the night to restore "
          "power, the utility said, and warned that some homes could wait days.</p><p>The weather "
          "service said the storm would move north on Friday.</p>",
    "de": "<p>Der Bundestag hat am Donnerstag nach langer Debatte ein neues Klimagesetz beschlossen. "
          "Die Abgeordneten stimmten mit großer Mehrheit.</p><p>Die Opposition kritisierte das "
          "Klimagesetz als zu schwach und kündigte weiteren Widerstand an.</p><p>Die Regierung "
          "verteidigte den Entwurf.</p>",
}
_NAV = '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
_MENU = '<div class="menu"><a href="/">Home</a> <a href="/news">News</a></div>'


def _page(title: str, article: str, lang: str = "en", menu: str = _NAV, head: str = "") -> bytes:
    return (f'<html lang="{lang}"><head><title>{title}</title>{head}</head><body>{menu}'
            f'<div id="content">{article}{_TEXT[lang]}</div>'
            f'<footer>© 2024 Springfield Daily Courier</footer></body></html>').encode()


@pytest.mark.parametrize("title,lang,menu,headline", [
    ("Storm hits coast – Springfield Daily Courier", "en", _NAV, "Storm hits coast"),
    ("Storm hits coast | Springfield Daily Courier", "en", _MENU, "Storm hits coast"),
    # (a site's name that stands nowhere else in the page is not known for one: kept)
    ("Klimagesetz beschlossen - Süddeutsche Zeitung", "de", _NAV,
     "Klimagesetz beschlossen - Süddeutsche Zeitung"),
])
def test_the_title_over_a_row_of_links(title: str, lang: str, menu: str, headline: str) -> None:
    assert extract(_page(title, "", lang, menu)).title == headline


@pytest.mark.parametrize("title,article,head,headline", [
    # a <title> that is the site's name, which the footer speaks of, over a heading: the heading
    ("Springfield Daily Courier", "<h2>Storm hits the coast hard</h2>", "", "Storm hits the coast hard"),
    ("Springfield Daily Courier - Local news", "<p><b>Storm hits the coast hard</b></p>", "",
     "Storm hits the coast hard"),
    # an <h1> that words the headline otherwise
    ("Storm hits coast – Springfield Daily Courier", "<h1>Coast storm cuts power</h1>", "",
     "Coast storm cuts power"),
    # a heading under a <title> of a section
    ("Local News – Springfield Daily Courier", "<h2>Storm hits the coast hard</h2>", "",
     "Storm hits the coast hard"),
    # a headline that links to itself (a blog's theme), under a <title> that words it
    # otherwise, or is the site's name, or a page's number: the headline
    ("Storm hits coast – The Springfield Daily Courier Online Edition",
     '<h2 class="entry-title"><a href="/storm">Storm hits the coast hard</a></h2>', "", "Storm hits the coast hard"),
    ("Storm hits coast – The Springfield Daily Courier Online Edition",
     '<h3><a href="/storm">Coastal storm leaves thousands without power</a></h3>', "",
     "Coastal storm leaves thousands without power"),
    ("Storm hits coast – The Springfield Daily Courier Online Edition",
     '<p><a href="/storm">Storm hits the coast hard</a></p>', "", "Storm hits the coast hard"),
    ("Springfield Daily Courier", '<h2><a href="/storm">Storm hits the coast hard</a></h2>', "",
     "Storm hits the coast hard"),
    ("Page 2 – Springfield Daily Courier", '<h2><a href="/storm">Storm hits the coast hard</a></h2>', "",
     "Storm hits the coast hard"),
    # an og:title: as before
    ("Storm hits coast – Springfield Daily Courier", "", '<meta property="og:title" content="Storm hits coast">',
     "Storm hits coast"),
])
def test_near_misses_keep_their_headline(title: str, article: str, head: str, headline: str) -> None:
    assert extract(_page(title, article, head=head)).title == headline



def test_a_linked_heading_outside_the_content_keeps_its_headline() -> None:
    # (rv-pft) a headline linking to itself in a <header> outside the content's <div>: a heading,
    # no row of links, whatever its box's hint
    page = ('<html lang="en"><head><title>Weather – Springfield Daily Courier</title></head><body>'
            '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
            '<header><h2><a href="/storm">Storm hits the coast hard</a></h2></header><div id="content">'
            '<p>A storm hit the coast on Thursday night and knocked out power to thousands of homes. '
            'Trees fell across roads along the coast.</p><p>Crews worked through the night to restore '
            'power, the utility said, and warned that some homes could wait days.</p><p>The weather '
            'service said the storm would move north on Friday.</p></div>'
            '<footer>© 2024 Springfield Daily Courier</footer></body></html>').encode()
    assert extract(page).title == "Storm hits the coast hard"
