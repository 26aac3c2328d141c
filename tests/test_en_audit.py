"""English byline boxes as dumps print them (issue 11), in invented pages: the writer's name
with the box's links ("Email Me", "Follow") beside it or on lines of their own, over a role
line; and "X | Outlet" under the headline, split over three lines by a dump."""

from __future__ import annotations

from typing import List, Optional

import pytest

import newsextract
from newsextract.fields.byline import without_buttons
from newsextract.profiles import merged

HEADLINE = "Measles cases rise among school children"
LEAD = ("Buffalo, N.Y. — Health officials on Tuesday reported a sharp rise in measles cases among "
        "school-age children and urged parents to check that their vaccinations are up to date.")
REST = ["The county has confirmed 14 cases since January, compared with two in all of last year.",
        "\"We are seeing clusters in schools where vaccination rates have slipped,\" said Dr. Anita "
        "Rao, the county health director.",
        "Clinics will offer free shots on Saturday at three locations."]
MENU = ["Home", "World", "U.S.", "Politics", "Business", "Sports", "Subscribe", "Sign in", "News"]
SHARE = ["Share", "Facebook", "Twitter", "Email", "Copy link"]


def _dump(head: List[str], sep: str = "\n", site: str = "The Daily Ledger", share: Optional[List[str]] = None) -> str:
    """A page's dump: its <title> line, menu, headline, byline box `head`, share bar, body."""
    lines = [f"{HEADLINE} | {site}", *MENU, HEADLINE, *head, *(SHARE if share is None else share),
             "A nurse prepares a vaccine. Photo: Staff", LEAD, *REST, "Most Read",
             "Council approves new bike lanes downtown", f"© 2024 {site}. All rights reserved."]
    return sep.join(lines) + "\n"


DATE = "Published March 5, 2024 at 8:02 a.m. ET"


@pytest.mark.parametrize("head, sep", [
    # w3m and lynx glue the box's links to the name
    (["Kevin LiuEmail MeFollow", "Staff Writer", DATE], "\n\n"),
    # BeautifulSoup get_text("\n", strip=True) prints each link on a line of its own
    (["Kevin Liu", "Email Me", "Follow", "Staff Writer", DATE], "\n"),
    # html2text prints the links side by side
    (["[Kevin Liu](/s/kl)[Email Me](mailto:k@x)[Follow](/follow)", "Staff Writer", DATE], "\n\n"),
])
def test_name_with_box_links_over_role(head: List[str], sep: str) -> None:
    art = newsextract.extract(_dump(head, sep))
    assert art.authors == ["Kevin Liu"]
    assert art.location == "Buffalo, N.Y."
    assert art.date and art.date.startswith("2024-03-05T08:02")


def test_writer_over_outlet_tag_split_by_dump() -> None:
    # "Megan Ortiz | Indy Courier" under the headline, the bar on a line of its own: the
    # outlet after the bar is no author
    art = newsextract.extract(_dump(["Megan Ortiz", " | ", "Indy Courier", "March 5, 2024 | 6:40 PM"],
                                    site="Indy Courier"))
    assert art.authors == ["Megan Ortiz"]


@pytest.mark.parametrize("line, name", [
    ("Kevin LiuEmail MeFollow", "Kevin Liu"),
    ("Kevin Liu Email Me Follow", "Kevin Liu"),
    ("Kevin LiuFollow", "Kevin Liu"),
    ("Tom DeMarco", "Tom DeMarco"),  # a glued capital inside a name is the name's
    ("Mary McMore", "Mary McMore"),
    ("Kevin Liu", "Kevin Liu"),
])
def test_without_buttons(line: str, name: str) -> None:
    assert without_buttons(line, merged()) == name


def test_short_glued_word_stays_in_a_surname() -> None:
    assert without_buttons("Ann DeView", merged()) == "Ann DeView"
    assert without_buttons("Ann LeeMore", merged()) == "Ann LeeMore"


@pytest.mark.parametrize("line", ["Jon KellyBBC News", "Jon Kelly\nBBC News"])
def test_name_before_outlet_name_over_date(line: str) -> None:
    # a BBC-style box, the writer's name then the outlet's (an acronym and an outlet's word),
    # which w3m, lynx and html2text glue together
    art = newsextract.extract(_dump([line, "5 March 2024"], share=["ShareFacebookTwitterEmailCopy link"]))
    assert art.authors == ["Jon Kelly"]


def test_zone_after_pm_before_glued_share_bar() -> None:
    # w3m joins the share bar's links to the date's line: "ET" after "p.m." is still the zone
    art = newsextract.extract(_dump(["By JOHN MARSHALL", "AP Sports Writer",
                                     "Published Mar. 5, 2024 7:07 p.m. ET ShareFacebookTwitterEmailCopy link"],
                                    "\n\n"))
    assert art.date == "2024-03-05T19:07:00-05:00"
    assert art.authors == ["John Marshall"]


def test_reuters_standards_line_is_furniture() -> None:
    # the wire's closing line on its own standards, after the reporting credits
    text = _dump(["By Kevin Liu", DATE]).replace(REST[2], REST[2] + "\nReporting by Kevin Liu; Editing by Sue Ray"
                                                  "\nOur Standards: The Thomson Reuters Trust Principles.")
    art = newsextract.extract(text)
    assert "Our Standards" not in art.body
    assert art.body.startswith("Health officials") and REST[1] in art.body


@pytest.mark.parametrize("line, authors", [
    ("By Dan Rivera Staff Writer", ["Dan Rivera"]),  # no comma before the role
    ("By DAN RIVERA STAFF WRITER", ["Dan Rivera"]),
    ("By Times Staff Writer", []),  # a desk's credit, no person
    ("JERUSALEM POST STAFF", []),
])
def test_staff_before_a_role_is_the_roles(line: str, authors: List[str]) -> None:
    art = newsextract.extract(_dump([line, DATE], share=["ShareFacebookTwitterEmailCopy link"]))
    assert art.authors == authors


@pytest.mark.parametrize("line, authors", [
    ("By Anil Mehta, Hindustan Times", ["Anil Mehta"]),  # the outlet after a comma is no writer
    ("By Ann Lee and Tom Ray, Chicago Tribune", ["Ann Lee", "Tom Ray"]),
    ("By Ann Lee, Tom Ray and Joe Bloggs", ["Ann Lee", "Tom Ray", "Joe Bloggs"]),
])
def test_outlet_after_comma_is_no_author(line: str, authors: List[str]) -> None:
    art = newsextract.extract(_dump([line, DATE], share=["ShareFacebookTwitterEmailCopy link"]))
    assert art.authors == authors


@pytest.mark.parametrize("line, authors", [
    # a co-author whose surname is an outlet's word is a person (review of the audit, 1)
    ("By Ann Lee and Mary Sentinel", ["Ann Lee", "Mary Sentinel"]),
    ("By JOHN DOE and JANE POST", ["John Doe", "Jane Post"]),
    ("By Ann Lee, Tom Guardian and Joe Ray", ["Ann Lee", "Tom Guardian", "Joe Ray"]),  # a list's member
])
def test_coauthor_with_outlet_word_surname(line: str, authors: List[str]) -> None:
    art = newsextract.extract(_dump([line, DATE], share=["ShareFacebookTwitterEmailCopy link"]))
    assert art.authors == authors


@pytest.mark.parametrize("credit, names", [
    ("Von Anna Müller und Tom Post", ["Anna Müller", "Tom Post"]),
    ("Por Ana Lima e Rui Monitor", ["Ana Lima", "Rui Monitor"]),
    ("By Ann Lee and Mary Sentinel", ["Ann Lee", "Mary Sentinel"]),
    ("By Anil Mehta, Hindustan Times", ["Anil Mehta"]),
])
def test_split_names_keeps_outlet_word_surnames(credit: str, names: List[str]) -> None:
    from newsextract.fields.byline import split_names
    assert [n.split(" ", 1)[1] if n.split()[0] in ("By", "Von", "Por") else n
            for n in split_names(credit, merged())] == names


def test_html_coauthor_with_outlet_word_surname() -> None:
    html = ("<html><head><title>Measles cases rise</title></head><body><article><h1>" + HEADLINE + "</h1>"
            "<p class=\"byline\">By Ann Lee and Mary Sentinel</p><time datetime=\"2024-03-05\">March 5, 2024</time>"
            + "".join(f"<p>{t}</p>" for t in [LEAD, *REST]) + "</article></body></html>")
    assert newsextract.extract(html).authors == ["Ann Lee", "Mary Sentinel"]


@pytest.mark.parametrize("line", ["By Seattle Times Staff Reporter", "By Daily Herald Staff Writer",
                                  "By Sun Sentinel Staff Writer", "By Wall Street Journal Staff Reporter"])
def test_outlet_staff_credit_names_no_one(line: str) -> None:
    # the paper's staff credit (review of the audit, 2): 'Staff Writer' after an outlet's name
    art = newsextract.extract(_dump([line, DATE], share=["ShareFacebookTwitterEmailCopy link"]))
    assert art.authors == []


def test_marked_authors_beside_outlet_name_no_guess() -> None:
    # review of the audit, 6: the names in an element marked as the author's, the outlet's in
    # the next ("Kevin Johnson and Kevin McCoy USA TODAY"): the authors, with no low-confidence
    # warning
    html = ("<html><head><title>" + HEADLINE + "</title></head><body><article><h1>" + HEADLINE + "</h1>"
            "<div class=\"byline\"><span class=\"author\">Kevin Johnson and Kevin McCoy</span>"
            "<span class=\"publication\">USA TODAY</span></div>"
            "<div class=\"date\">Published 8:02 a.m. ET March 5, 2024</div>"
            + "".join(f"<p>{t}</p>" for t in [LEAD, *REST]) + "</article></body></html>")
    art = newsextract.extract(html)
    assert art.authors == ["Kevin Johnson", "Kevin McCoy"]
    assert not [w for w in art.warnings if "authors" in w]


@pytest.mark.parametrize("line, date", [
    # review of the audit, 5: a word after the letters is no zone's ("ET Bureau", "PT Barnum")
    ("March 5, 2024, 07:07 PM ET Bureau", "2024-03-05T19:07:00"),
    ("March 5, 2024 7:07 p.m. PT Barnum reports", "2024-03-05T19:07:00"),
    ("March 5, 2024 7:07 p.m. ET", "2024-03-05T19:07:00-05:00"),
])
def test_zone_after_pm_not_before_a_word(line: str, date: str) -> None:
    from newsextract.fields.dates import find_dates
    assert [d.iso for d in find_dates(line, merged())][:1] == [date]


@pytest.mark.parametrize("line, words", [
    # review of the audit, 4: a name in capitals ends in capitals; no conjunction is left last
    ("JOHN DOE and JANE POST", "JOHN DOE and JANE POST"),
    ("By MARY ANN LEE POST", "By MARY ANN LEE POST"),
    ("Ann Lee and MARY POST", "Ann Lee and MARY POST"),
    ("Jon Kelly BBC News", "Jon Kelly"),
    ("Jon KellyBBC News", "Jon Kelly"),
    ("Kevin Johnson and Kevin McCoy USA TODAY", "Kevin Johnson and Kevin McCoy"),
])
def test_without_outlet_name(line: str, words: str) -> None:
    from newsextract.fields.byline import without_outlet_name
    assert " ".join(without_outlet_name(line.split())) == words
