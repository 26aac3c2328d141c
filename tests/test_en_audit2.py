"""English bylines and datelines of outlets we never saw, second audit (issue 11): the shapes
the first audit left failing, and the lines that look like them but are not them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import List, Optional

import pytest

import newsextract
from newsextract.fields.byline import clean_name, split_names
from newsextract.fields.dateline import find_dateline
from newsextract.profiles import get_profile, merged

HEADLINE = "Flood waters recede in northern districts"
LEAD = ("Flood waters began to recede in three northern districts on Tuesday, officials said, as "
        "thousands of residents returned to their homes after a week in relief camps.")
REST = ["The disaster management authority said about 12,000 households had been affected since last week.",
        "\"The worst is over, but the roads will take months to repair,\" said Ravi Menon, the district "
        "collector.",
        "Relief camps will stay open until the weekend, a spokesman said."]
DATE = "December 4, 2024"


def _dump(head: List[str], lead: str = LEAD, site: str = "The Daily Ledger",
          caption: Optional[List[str]] = None) -> str:
    """A page's dump: its <title> line, menu, headline, byline box `head`, share bar, body."""
    lines = [f"{HEADLINE} | {site}", "Home", "World", "Business", "Sports", HEADLINE, *head,
             "Share", "Facebook", "Twitter", *(caption or []), lead, *REST, "Most Read",
             "Council approves new bike lanes downtown", f"© 2024 {site}. All rights reserved."]
    return "\n\n".join(lines) + "\n"


def _html(meta: str, lead: str = LEAD, site: str = "The Daily Ledger") -> str:
    return (f"<html><head><title>{HEADLINE} | {site}</title></head><body><nav><a href='/'>Home</a>"
            f"<a href='/n'>News</a></nav><article><h1>{HEADLINE}</h1>{meta}"
            + "".join(f"<p>{t}</p>" for t in [lead, *REST]) + "</article></body></html>")


# -- "By A, B Post": a co-author whose surname is an outlet's word, or the outlet -------------

@pytest.mark.parametrize("line, authors", [
    # (a lone two-word item after a comma whose last word is an outlet's is read as the
    # writer's outlet: "Emily Post" is lost with the syndicated outlets it looks like)
    ("By Ann Lee, Emily Post", ["Ann Lee"]),
    ("By Jane Doe, Washington Post", ["Jane Doe"]),
    ("By Jane Doe, Denver Post", ["Jane Doe"]),
    ("By Mark Hughes, Boston Herald", ["Mark Hughes"]),
    ("By Ann Lee, Hindustan Times", ["Ann Lee"]),  # "Times" is no one's surname
    ("By Ann Lee, Daily Herald", ["Ann Lee"]),  # an outlet's word opens it
    ("By Ann Lee, The Herald", ["Ann Lee"]),
    ("By Ann Lee, Tom Courier and Joe Ray", ["Ann Lee", "Tom Courier", "Joe Ray"]),
])
def test_second_name_with_an_outlet_surname(line: str, authors: List[str]) -> None:
    assert newsextract.extract(_dump([line, DATE])).authors == authors


@pytest.mark.parametrize("site", ["Bangkok Post", "The Nation"])
def test_outlet_named_by_the_page_after_a_comma_is_no_author(site: str) -> None:
    # the <title>'s tail names the outlet, or the dateline's place opens its name ("BANGKOK:")
    lead = "BANGKOK: " + LEAD
    text = _dump(["By Wassana Nanuam, Bangkok Post", DATE], lead, site=site)
    assert newsextract.extract(text).authors == ["Wassana Nanuam"]
    html = _html(f"<p class='byline'>By Wassana Nanuam, Bangkok Post</p><p>{DATE}</p>", lead, site)
    assert newsextract.extract(html).authors == ["Wassana Nanuam"]


def test_split_names_outlet_surnames() -> None:
    en = get_profile("en")
    assert split_names("Ann Lee, Emily Post", en) == ["Ann Lee"]
    assert split_names("Ann Lee, Emily Post and Joe Ray", en) == ["Ann Lee", "Emily Post", "Joe Ray"]
    assert split_names("Ann Lee, Chicago Tribune", en) == ["Ann Lee"]
    assert split_names("Ann Lee, NY Post", en) == ["Ann Lee"]  # (an acronym first: no first name)


@pytest.mark.parametrize("name", ["Daily Nation", "Express Tribune", "Daily Monitor", "Independent Online"])
def test_outlet_word_first_is_no_name(name: str) -> None:
    assert clean_name(name, merged()) is None


@pytest.mark.parametrize("name", ["Herald Smith", "Emily Post", "Mary Sentinel", "Tom Guardian"])
def test_outlet_surname_first_or_last_is_a_name(name: str) -> None:
    # (an outlet's word that is also a person's name, "Herald", or a surname after a first name)
    assert clean_name(name, merged()) == name


# -- "By X (CNN)", "X, The New York Times" over a date ------------------------------------------

@pytest.mark.parametrize("head", [
    ["By Paul Grant (CNN)", DATE],
    ["By Paul Grant (The Hindu)", DATE],
    ["Paul Grant, The New York Times", DATE],
    ["Paul Grant, The Hindu", DATE],
    ["Paul Grant, The Sydney Morning Herald", "4 December 2024"],
])
def test_outlet_beside_the_writer(head: List[str]) -> None:
    assert newsextract.extract(_dump(head)).authors == ["Paul Grant"]


def test_work_title_after_its_makers_name_is_no_outlet() -> None:
    # "Name · The Title" (a film's or a book's, under a review's date): no byline
    assert newsextract.extract(_dump([DATE, "Derek Marlow · The Garden"])).authors == []


def test_roman_numeral_in_parens_stays_off_the_outlet_rule() -> None:
    # (a name's numeral is no outlet's acronym: the credit is read as it was)
    assert clean_name("Martin Luther King (III)", merged()) != "Martin Luther King (III)"


def test_photo_credit_with_outlet_under_a_caption_is_no_byline() -> None:
    # "Name, The Outlet" under a photo's caption credits the photo; the byline is elsewhere
    text = _dump(["By Kevin Liu", DATE],
                 caption=["Residents wade through a flooded street in the old town on Monday.",
                          "Sam Lee, The New York Times"])
    assert newsextract.extract(text).authors == ["Kevin Liu"]


def test_teaser_byline_under_most_read_is_not_the_articles() -> None:
    # (with the article's own byline above: a teaser's writer, with or without the outlet's
    # code, is not a second author; with no byline above, a teaser's "By X" under "Most
    # Read" is still taken, as before this audit: a known failure)
    text = _dump(["By Kevin Liu", DATE]).replace(
        "Council approves new bike lanes downtown",
        "Council approves new bike lanes downtown\n\nBy Paul Grant (CNN)")
    assert newsextract.extract(text).authors == ["Kevin Liu"]


@pytest.mark.parametrize("extra", [
    ["Tags: Daily Nation, Emily Post, The Herald"],  # a topic row whose tags look like outlets or names
    ["Reading Time: 2 mins read"],
    ["The ferry docks at the port on Tuesday.", "Photo/Sarah Namuli"],  # a photo's credit under its caption
    ["The ferry docks at the port on Tuesday.", "Sarah Namuli/Reuters"],
])
def test_lines_beside_the_byline_name_no_one_more(extra: List[str]) -> None:
    assert newsextract.extract(_dump(["By Ann Lee and Emily Post", DATE, *extra])).authors == ["Ann Lee", "Emily Post"]


def test_numbered_brand_after_a_bar() -> None:
    # "Thandi Mokoena | News24": an outlet's word and number glued, after a bar
    assert newsextract.extract(_dump(["Thandi Mokoena | News24", DATE])).authors == ["Thandi Mokoena"]
    # (a teaser's under "Most Read", the article's byline above, is not the article's)
    text = _dump(["By Kevin Liu", DATE]).replace(
        "Council approves new bike lanes downtown",
        "Council approves new bike lanes downtown\n\nThandi Mokoena | News24")
    assert newsextract.extract(text).authors == ["Kevin Liu"]


def test_place_after_a_bar_is_no_outlet() -> None:
    art = newsextract.extract(_dump(["By Jane Doe | New York", DATE]))
    assert art.authors == ["Jane Doe"]


# -- a name, an outlet and a date in elements of their own --------------------------------------

@pytest.mark.parametrize("meta, date", [
    # spans glued with no space between: the <time>'s date opens no word
    ("<div class='story-meta'><span class='author'>Sam Lee</span><span class='source'>The Hindu</span>"
     "<time>December 4, 2024</time></div>", "2024-12-04"),
    ("<div class='story-meta'><span class='author'>Sam Lee</span> <span class='source'>The Hindu</span> "
     "<time datetime='2024-12-04T10:12:00+05:30'>December 04, 2024 10:12 IST</time></div>",
     "2024-12-04T10:12:00+05:30"),
    # in blocks of their own: the name over the outlet over the date
    ("<div class='author-block'><div class='author'>Sam Lee</div><div class='outlet'>Daily Nation</div>"
     "<div class='date'>Wednesday, December 04, 2024</div></div>", "2024-12-04"),
])
def test_name_outlet_and_date_in_elements_of_their_own(meta: str, date: str) -> None:
    art = newsextract.extract(_html(meta))
    assert art.authors == ["Sam Lee"]
    assert art.date == date


def test_time_after_punctuation_keeps_its_text() -> None:
    art = newsextract.extract(_html("<p class='dateline'>Updated: <time>December 4, 2024</time></p>"))
    assert art.date == "2024-12-04"


# -- datelines of the international English press ------------------------------------------------
# ("Mumbai: ..." in small letters is read for the cities a profile lists only: a rule for any
# word, tried in this audit, took "Definition:", "Anchor:", "Hollywood Nation:", "Hinweis:"
# and interviewees' names on the corpora for places; the lines below it stay no dateline)

@pytest.mark.parametrize("lead, place", [
    ("MUMBAI: " + LEAD, "Mumbai"),
    ("Mumbai: " + LEAD, "Mumbai"),
    ("Accra, Dec. 4, GNA - " + LEAD, "Accra"),
    ("New Delhi, Dec 4 (PTI) " + LEAD, "New Delhi"),
    ("LAGOS — " + LEAD, "Lagos"),
    ("KUALA LUMPUR, Dec 4 — " + LEAD, "Kuala Lumpur"),
    ("MANILA, Philippines — " + LEAD, "Manila, Philippines"),
    ("NAIROBI, Kenya, Dec. 4 (Xinhua) -- " + LEAD, "Nairobi, Kenya"),
])
def test_datelines_of_the_international_english_press(lead: str, place: str) -> None:
    art = newsextract.extract(_dump(["By Ann Lee", DATE], lead))
    assert art.location == place
    assert art.body.startswith("Flood waters began")


@pytest.mark.parametrize("text", [
    "Mumbai: Rains halt trains",  # a headline: short, no sentence's end
    "Mumbai: Rains halt local trains as the city braces for another day of heavy downpour",
    "Note: " + LEAD,
    "Update: " + LEAD,
    "Background: " + LEAD,
    "Key Points: " + LEAD,
    "Reading Time: " + LEAD,
    "Monday: " + LEAD,
    "Sharma: I think we need to look again at how the camps are run, and we will do so this week.",
    "Persib- Persija: " + LEAD,
    "Mr Sharma: " + LEAD,
    "Definition: " + LEAD,
    "Anchor: " + LEAD,
])
def test_a_word_and_a_colon_that_is_no_place(text: str) -> None:
    found = find_dateline(text)
    assert found is None or found[0].location is None


def test_headline_with_place_and_colon_is_kept_whole() -> None:
    title = "Mumbai: Rains halt trains, schools shut"
    page = _dump(["By Ann Lee", DATE]).replace(HEADLINE, title)
    art = newsextract.extract(page)
    assert art.title == title
    assert art.location is None


# -- the audit's invented pages: HTML, and w3m's and lynx's dumps of it ----------------------------
# (fixtures/enaudit2: English-language outlets of South Asia, Africa, Southeast Asia,
# Australia/NZ, Canada and Ireland, as their layouts print bylines, datelines and dates;
# people and events invented; the gold written by hand; make_pages.py made them)

_PAGES = Path(__file__).parent.parent / "fixtures" / "enaudit2"
# (page and form, field): what this audit left failing
_KNOWN = {
    ("in_caps_colon.html", "date"),  # "Rohan Deshpande / TNN / Updated: Dec 4, 2024, 10:12 IST"
    ("ke_divs.w3m.txt", "title"), ("ke_divs.w3m.txt", "authors"),
    # (ph_dash.w3m.txt's "By: Maria Santos - Reporter / @msantosINQ Philippine Daily Ledger / DATE",
    # a dump's two lines joined, read since idf20: the handle after a spaced slash is no name)
    ("zw_bureau.html", "date"),  # "...mins readDecember 4, 2024": spans glued
    # "By Aroha Walker, Emily Post": a second writer with an outlet's word for a surname,
    # given up for the far more common "By X, Denver Post" (the lead's call after review)
    ("nz_coauthors.html", "authors"), ("nz_coauthors.w3m.txt", "authors"),
    ("nz_coauthors.lynx.txt", "authors"),
}


def _cases() -> List[object]:
    out: List[object] = []
    for gold_path in sorted(_PAGES.glob("*.gold.json")):
        base = gold_path.name[:-len(".gold.json")]
        for ext in (".html", ".w3m.txt", ".lynx.txt"):
            for field in ("title", "date", "authors", "location"):
                marks = [pytest.mark.xfail(reason="left failing by the audit", strict=True)] \
                    if (base + ext, field) in _KNOWN else []
                out.append(pytest.param(base + ext, field, id=f"{base}{ext}-{field}", marks=marks))
    return out


@pytest.mark.parametrize("name, field", _cases())
def test_audit_page(name: str, field: str) -> None:
    gold = json.loads((_PAGES / (name.split(".")[0] + ".gold.json")).read_text(encoding="utf-8"))
    art = newsextract.extract((_PAGES / name).read_text(encoding="utf-8"))
    got = {"title": art.title, "date": (art.date or "")[:10] or None, "authors": art.authors,
           "location": art.location}[field]
    assert got == gold[field]
