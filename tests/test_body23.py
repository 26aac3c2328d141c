"""The body of any HTML page (issue 10), session 23: shapes found by probing with invented
pages, each with the near misses its rule must leave alone.

- a layout table's cell that broke into lines (a <br>, a <p>) ends its last line at its end: a
  menu's cell "Home<br>News<br>Sport" no longer glues "Sport" to the headline's cell; a data
  table's row of plain cells still reads as one line;
- the subheading over the run's first paragraph (a listicle's "1. Lisbon" over its picture and
  credit) is the text's when the run holds subheadings of its tag in its element; the headline
  printed as such a heading, a linked heading, a heading of another tag stay out;
- a list of facts set between two paragraphs of the text ("Cost: 480 million euros") is the
  text's, its colon no label's; a list of links, a share bar's buttons, a list past the text
  stay out;
- a body taken from JSON-LD articleBody no longer also warns that no body was found.
"""

from __future__ import annotations

import json
from typing import List

import newsextract

PARAS = [
    "The city council voted on Tuesday to expand the tram network by twelve kilometres, a plan "
    "that has been debated for almost a decade.",
    "Supporters say the new lines will cut travel times for tens of thousands of commuters in "
    "the northern districts, where buses are often full.",
    "Opponents argue that the money would be better spent on repairing existing roads and "
    "bridges, several of which have been closed in recent years.",
    "Construction is expected to begin next spring and to last at least four years, according "
    "to the transport department.",
]
NAV = ("<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
       "<li><a href='/sport'>Sport</a></li></ul></nav>")
FOOT = "<footer><p>© 2024 The Millbrook Courier. All rights reserved.</p></footer>"


def _ps(paras: List[str]) -> str:
    return "".join(f"<p>{p}</p>" for p in paras)


def _page(article: str, title: str = "City votes to expand tram network") -> str:
    return (f"<html><head><title>{title}</title></head><body>{NAV}<article>{article}</article>"
            f"{FOOT}</body></html>")


def _paras(html: str) -> List[str]:
    return newsextract.extract(html).body.split("\n\n")


# -- a layout table's cells -------------------------------------------------------------------

def test_menu_cell_lines_end_at_the_cell() -> None:
    html = ("<html><head><title>City votes to expand tram network | Courier</title></head><body>"
            "<table><tr><td class='menu'><a href='/'>Home</a><br><a href='/n'>News</a><br>"
            "<a href='/s'>Sport</a></td><td><font size='4'><b>City votes to expand tram network"
            "</b></font><br><br>" + "<br><br>".join(PARAS) + "</td></tr></table></body></html>")
    article = newsextract.extract(html)
    assert article.title == "City votes to expand tram network"
    assert article.body.split("\n\n") == PARAS  # (no "Sport City votes ...", no headline)


def test_data_table_row_stays_one_line() -> None:
    table = ("<table><tr><th>Line</th><th>Length</th></tr><tr><td>T5 North</td><td>6.5 km</td></tr>"
             "<tr><td>T6 East</td><td>5.5 km</td></tr></table>")
    paras = _paras(_page("<h1>City votes to expand tram network</h1>" + _ps(PARAS[:2]) + table
                         + _ps(PARAS[2:])))
    assert paras == [*PARAS[:2], "Line Length", "T5 North 6.5 km", "T6 East 5.5 km", *PARAS[2:]]


def test_address_cell_with_breaks_parts_from_the_next_cell() -> None:
    table = ("<table><tr><td>Town hall<br>Market Square 1</td><td>Monday to Friday</td></tr></table>")
    paras = _paras(_page("<h1>City votes to expand tram network</h1>" + _ps(PARAS[:2]) + table
                         + _ps(PARAS[2:])))
    assert "Market Square 1 Monday to Friday" not in paras


# -- the first subheading of a sectioned text -------------------------------------------------

ITEMS = [
    ("1. Lisbon", "Lisbon's hills, trams and tiled facades make it one of the most walkable "
                  "capitals in Europe, and its food scene has grown in ten years."),
    ("2. Kraków", "Kraków's old town survived the war almost intact, and the market square is "
                  "among the largest medieval squares on the continent."),
    ("3. Ghent", "Ghent is often overlooked in favour of Bruges, but its canals are just as "
                 "pretty and its students keep the prices reasonable."),
]


def _listicle(heading: str = "h2", first: str = "") -> str:
    items = "".join(
        f"<{heading}>{first if i == 0 and first else a}</{heading}><figure><img src='x{i}.jpg'>"
        f"<figcaption>Photo: Getty Images</figcaption></figure><p>{b}</p>"
        for i, (a, b) in enumerate(ITEMS))
    return _page("<h1>Three cities to visit this autumn</h1>"
                 "<p>Autumn is the best season for a city break: the crowds have gone home.</p>"
                 + items, title="Three cities to visit this autumn")


def test_listicle_keeps_its_first_subheading() -> None:
    paras = _paras(_listicle())
    assert paras[1:] == [x for item in ITEMS for x in item]


def test_listicle_of_h3_keeps_its_first_subheading() -> None:
    assert _paras(_listicle("h3"))[1] == "1. Lisbon"


def test_first_subheading_that_is_a_link_stays_out() -> None:
    paras = _paras(_listicle(first="<a href='/lisbon'>Our guide to Lisbon</a>"))
    assert "Our guide to Lisbon" not in paras
    assert "2. Kraków" in paras


def test_headline_as_a_subheading_stays_out() -> None:
    # a page that prints its headline as an <h2> over the text, its sections as <h2> too
    html = _page("<h2>City votes to expand tram network</h2>" + _ps(PARAS[:2])
                 + "<h2>What happens next</h2>" + _ps(PARAS[2:]))
    paras = _paras(html)
    assert paras == [*PARAS[:2], "What happens next", *PARAS[2:]]


def test_heading_of_another_tag_over_the_text_stays_out() -> None:
    html = _page("<h1>City votes to expand tram network</h1><h4>Transport</h4>" + _ps(PARAS[:2])
                 + "<h2>What happens next</h2>" + _ps(PARAS[2:]))
    assert "Transport" not in _paras(html)


def test_date_heading_over_the_text_stays_out() -> None:
    html = _page("<h1>City votes to expand tram network</h1><h2>5 March 2024</h2>" + _ps(PARAS[:2])
                 + "<h2>What happens next</h2>" + _ps(PARAS[2:]))
    assert "5 March 2024" not in _paras(html)


# -- a list of facts between two paragraphs ---------------------------------------------------

FACTS = ["Cost: 480 million euros", "Start: spring 2025", "Duration: four years"]


def _with_list(items: str) -> str:
    return _page("<h1>City votes to expand tram network</h1>" + _ps(PARAS[:2]) + f"<ul>{items}</ul>"
                 + _ps(PARAS[2:]))


def test_facts_between_paragraphs_are_the_texts() -> None:
    paras = _paras(_with_list("".join(f"<li>{x}</li>" for x in FACTS)))
    assert paras == [*PARAS[:2], *FACTS, *PARAS[2:]]


def test_plain_points_between_paragraphs_are_the_texts() -> None:
    points = ["Twelve kilometres of new track", "Two new lines to the north", "Twenty new stops"]
    paras = _paras(_with_list("".join(f"<li>{x}</li>" for x in points)))
    assert paras == [*PARAS[:2], *points, *PARAS[2:]]


def test_links_between_paragraphs_stay_out() -> None:
    links = ["Bridge closed for repairs after inspection", "Bus fares to rise next year"]
    paras = _paras(_with_list("".join(f"<li><a href='/x{i}'>{x}</a></li>" for i, x in enumerate(links))))
    assert not set(links) & set(paras)
    assert PARAS[3] in paras


def test_share_buttons_between_paragraphs_stay_out() -> None:
    paras = _paras(_with_list("<li>Share on Facebook</li><li>Share on Twitter</li><li>Share by email</li>"))
    assert not any(p.startswith("Share") for p in paras)


def test_labels_under_the_text_stay_out() -> None:
    # "Tags: ...", "Author: ..." under the last paragraph: no paragraph below them
    html = _page("<h1>City votes to expand tram network</h1>" + _ps(PARAS)
                 + "<ul><li>Author: Jane Roe</li><li>Tags: transport, council, trams</li></ul>")
    paras = _paras(html)
    assert not any(p.startswith(("Author:", "Tags:")) for p in paras)


# -- JSON-LD articleBody ----------------------------------------------------------------------

def test_json_ld_body_does_not_warn_of_no_body() -> None:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
                     "headline": "City votes to expand tram network", "articleBody": "\n\n".join(PARAS)})
    html = (f"<html><head><title>City votes</title><script type='application/ld+json'>{ld}</script>"
            f"</head><body>{NAV}<div id='app'></div><noscript>Please enable JavaScript.</noscript>"
            f"{FOOT}</body></html>")
    article = newsextract.extract(html)
    assert article.body.split("\n\n") == PARAS
    assert article.warnings == ["body from the page's JSON-LD articleBody (the text on the page was thin)"]
