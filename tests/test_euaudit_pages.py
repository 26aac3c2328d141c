"""The audit of European and other non-English pages (issue 11): invented article pages in
the layouts of German, Austrian, Swiss, French, Belgian, Spanish, Italian, Portuguese,
Brazilian, Dutch, Polish, Czech, Turkish, Nordic, Japanese and Korean outlets
(fixtures/euaudit/make.py writes them, their w3m, lynx and BeautifulSoup dumps, and gold.json,
the fields a reader takes from each, written by hand before the program ran), each field
asserted on the page and on its three dumps."""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from typing import Dict, List, Tuple

import pytest

import newsextract
from newsextract.segment.dumps import TERMINAL, dump_style
from tests.conftest import FIXTURES

PAGES = FIXTURES / "euaudit"
GOLD: Dict[str, dict] = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
KINDS = {"html": ".html", "w3m": ".w3m.txt", "lynx": ".lynx.txt", "soup": ".soup.txt"}
FIELDS = ("title", "date", "authors", "location", "body_first", "body_last", "clean")

# what the program still gets wrong (the report lists them): (page, kind or "*", field)
KNOWN = {
    # "Peter Meier, Zürich 05.12.2024, 14.30 Uhr" (the NZZ's line): the rule that read a name,
    # its place and the date on one line was taken back after review (venues and offices,
    # "Teatro Real, Madrid 05/12/2024", "Kantonspolizei Bern, Medienmitteilung ...", read as people)
    ("ch_nzz", "w3m", "authors"), ("ch_nzz", "lynx", "authors"),
    # the standfirst over a text that opens with its dateline ("Altdorf (dpa) - ", "Granada, 5 dic
    # (EFE).- ", "ROMA, 05 DIC - "): find_lead holds that what stands above a dateline is never
    # the article's own (on the corpora it is a teaser's or the site's more often than not)
    ("de_regional_dpa", "*", "body_first"), ("es_efe", "*", "body_first"),
    ("it_ansa", "html", "body_first"), ("it_ansa", "lynx", "body_first"), ("it_ansa", "soup", "body_first"),
    # the same standfirst in the w3m dump is read, but the dateline under it is not (the German
    # page's w3m dump, read as wrapped since wrap23, is read as its other forms are: the dateline
    # found, the standfirst left out)
    ("it_ansa", "w3m", "location"),
    # BeautifulSoup's dump: a short last paragraph, under ten words, is left out
    ("be_lesoir", "soup", "body_last"), ("fr_lemonde", "soup", "body_last"),
    # the standfirst left out of a dump's body: under a date line with no year (NOS: "donderdag 5
    # december, 14:30", which is taken for the headline too), under a desk's byline in
    # BeautifulSoup's lines ("Por g1 SP — São Paulo"; in w3m's and lynx's it is read as the
    # desk's credit, and the standfirst over it kept), beside a caption the dump glues to it
    ("nl_nos", "w3m", "body_first"), ("nl_nos", "lynx", "body_first"),
    ("nl_nos", "w3m", "title"), ("nl_nos", "lynx", "title"),
    ("br_g1", "soup", "body_first"),
    ("be_lesoir", "soup", "body_first"), ("es_elpais", "w3m", "body_first"), ("fr_lemonde", "w3m", "body_first"),
    # a photo's caption kept in the text, or taken for the headline: "Fot. Adam Lis / Agencja"
    # (Polish "Fot." with a stop, not a colon), "Beeld X", "LUCIE MOREAU POUR « LE MONDE »"
    # (pl_wyborcza's caption "Protest na rynku w Zielonce. Fot. Adam Lis / Agencja Przykład", under
    # the byline and date that the headline stands over, is no headline since dtitle19, and the
    # standfirst is the body's start: its w3m, lynx and soup title and body_first pass)
    ("es_elpais", "lynx", "clean"), ("es_elpais", "soup", "clean"),
    ("fr_lemonde", "w3m", "clean"), ("fr_lemonde", "lynx", "clean"), ("fr_lemonde", "soup", "clean"),
    # "EFE/Miguel Ángel Molina", the agency's photo credit, read as the writer under "EFE" alone
    ("es_efe", "soup", "authors"),
    # Japanese and Korean: the dumps' headline, a byline of a name alone ("山田太郎") and the
    # body's bounds are not read (the Japanese page's w3m and soup dumps, short lines of text with
    # no spaces, were taken for lines of links, no longer; a Korean paragraph of a dozen words is no prose
    # run); the Korean dumps' photo caption ("... 사진=예시일보 DB") is no longer the headline
    ("ja_news", "w3m", "authors"),
    ("ja_news", "lynx", "authors"), ("ja_news", "soup", "authors"),
    ("ja_news", "soup", "body_last"),
    ("ko_news", "w3m", "body_first"), ("ko_news", "lynx", "body_first"),
    ("ko_news", "soup", "body_first"), ("ko_news", "w3m", "body_last"), ("ko_news", "lynx", "body_last"),
    ("ko_news", "soup", "body_last"),
}


@lru_cache(maxsize=None)
def _article(name: str, kind: str) -> newsextract.Article:
    return newsextract.extract((PAGES / (name + KINDS[kind])).read_bytes())


def _same_date(found: str, gold: str) -> bool:
    """The gold's moment where it has an offset (any offset naming the same instant); else its
    printed day, or day and minute, as a prefix."""
    if len(gold) > 16:
        try:
            a, b = datetime.fromisoformat(found), datetime.fromisoformat(gold)
        except ValueError:
            return False
        return a.tzinfo is not None and a == b
    return found.startswith(gold)


def ok(article: newsextract.Article, gold: dict, field: str, kind: str = "html") -> bool:
    """Whether the record's field is what the gold says (a dump's date: what the page prints)."""
    if field == "date" and kind != "html":
        want = gold["dump_date"]
        return article.date is None if want is None else _same_date(article.date or "", want)
    if field == "title":
        return article.title == gold["title"]
    if field == "date":
        return _same_date(article.date or "", gold["date"])
    if field == "authors":
        return article.authors == gold["authors"]
    if field == "location":
        return article.location == gold["location"]
    if field == "body_first":
        return article.body.startswith(gold["body_first"])
    if field == "body_last":
        return article.body.endswith(gold["body_last"])
    return not any(x in article.body for x in gold["must_not_contain"])


CASES: List[Tuple[str, str, str]] = [(n, k, f) for n in GOLD for k in KINDS for f in FIELDS]


@pytest.mark.parametrize("name, kind, field", [
    pytest.param(n, k, f, marks=pytest.mark.xfail(strict=True, reason="known miss"))
    if (n, k, f) in KNOWN or (n, "*", f) in KNOWN else (n, k, f) for n, k, f in CASES])
def test_audit_page(name: str, kind: str, field: str) -> None:
    assert ok(_article(name, kind), GOLD[name], field, kind)


# -- the rules the audit added, and the lines that look like their shapes but are not them ------

STAND = ("Bis 2030 sollen in der Innenstadt 800 neue Bäume gepflanzt werden. Damit will der Stadtrat die "
         "Hitze im Sommer mindern.")
PARS = ["Die Stadtregierung stellte ihr Programm am Donnerstag vor. Besonders in dicht bebauten Quartieren "
        "fehlten schattige Plätze, sagte Stadträtin Ursula Frei.",
        "Die Bäume sollen auf Parkplätzen und an breiten Strassen stehen. Rund 400 Parkplätze würden dafür "
        "aufgehoben, heisst es im Bericht des Stadtrats.",
        "Der Gemeinderat wird im Frühjahr über den Kredit von 35 Millionen Franken entscheiden, teilte die "
        "Stadt am Donnerstag mit."]


def _w3m(byline: str) -> str:
    """A w3m dump of a page with a row of menu links (no list), its headline, standfirst,
    byline line `byline` and text."""
    lines = ["Startseite Politik Wirtschaft Sport", "Startseite > Politik", "Zürcher Stadtrat will mehr Bäume "
             "in der Innenstadt", STAND, byline, *PARS, "Mehr zum Thema", "© 2024 Beispiel Verlag AG"]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("byline, authors", [
    # "Name, Place DATE" on one line (spans side by side): the date's own comma set aside
    pytest.param("Peter Meier, Zürich 05.12.2024, 14.30 Uhr", ["Peter Meier"],
                 marks=pytest.mark.xfail(strict=True, reason="a name, a place and the date on one line: the rule was taken back (venues, 'Teatro Real, Madrid 05/12/2024', read as people)")),
    ("Peter Meier, Zürich\n\n05.12.2024, 14.30 Uhr", ["Peter Meier"]),
    ("Peter Meier 05.12.2024, 14.30 Uhr", ["Peter Meier"]),
    # near misses: a place and a role, a place in a street's words, two people
    ("Zürich, Stadtrat 05.12.2024, 14.30 Uhr", []),
    ("Kreis 4, Zürich 05.12.2024, 14.30 Uhr", []),
    pytest.param("Peter Meier, Anna Roth 05.12.2024, 14.30 Uhr", ["Peter Meier", "Anna Roth"],
                 marks=pytest.mark.xfail(strict=True, reason="a name, a place and the date on one line: the rule was taken back (venues, 'Teatro Real, Madrid 05/12/2024', read as people)")),
    # a genre's label and the outlet, the date after a comma of its own: no one
    ("Im Wortlaut, Deutschlandfunk, 02. November 2021", []),
])
def test_name_place_and_date_on_one_line(byline: str, authors: List[str]) -> None:
    assert newsextract.extract(_w3m(byline)).authors == authors


def _lynx(text: str) -> str:
    """`text` as lynx prints it: three columns of margin, the headline centred."""
    out = []
    for line in text.split("\n"):
        out.append("" if not line else ("                  " if line.startswith("Zürcher") else "   ") + line)
    return "\n".join(out)


def test_lynx_margin_without_bullets_is_a_terminal_dump() -> None:
    # a page whose menu is a row of links prints no bullet: lynx's margin tells the dump
    text = _lynx(_w3m("Peter Meier 05.12.2024, 14.30 Uhr"))
    assert dump_style(text) == TERMINAL
    art = newsextract.extract(text)
    assert art.title == "Zürcher Stadtrat will mehr Bäume in der Innenstadt"
    assert art.body.startswith("Bis 2030 sollen")


@pytest.mark.parametrize("text", [
    # near misses: get_text() of indented source, its lines set in by the source's steps
    "\n".join(("  " * (i % 4 + 1)) + w for i, w in enumerate(
        ["Startseite", "Politik", "Zürcher Stadtrat will mehr Bäume", STAND, "Peter Meier", *PARS, "Mehr"] * 2)),
    # a short page: too few lines to tell anything by their margin
    "   Startseite\n\n   Ein Satz.\n\n   Noch ein Satz.\n",
    # a page on one line set in by three spaces (get_text(" ") of a page whose text opens with them)
    "   " + " ".join([STAND, *PARS] * 8),
])
def test_other_indented_text_is_no_lynx_margin(text: str) -> None:
    assert dump_style(text) != TERMINAL


def test_reading_time_before_the_byline_is_no_author() -> None:
    # Le Monde prints "Temps de Lecture 3 min." beside "Par X et Y"
    art = newsextract.extract(_w3m("Temps de Lecture 3 min.\n\nPar Claire Dubois et Julien Martin"))
    assert art.authors == ["Claire Dubois", "Julien Martin"]


@pytest.mark.parametrize("box", [
    "Cet article vous est offert. Abonnez-vous pour lire la suite de nos enquêtes.",
    "Suscríbete para seguir leyendo. Lee sin límites.",
    "Meld je aan voor onze nieuwsbrief en ontvang elke ochtend het nieuws.",
    "Abonner på nyhetsbrevet vårt og få nyhetene hver morgen.",
    "Prenumerera på vårt nyhetsbrev och få nyheterna varje morgon.",
])
def test_newsletter_and_paywall_boxes_after_the_text_are_no_body(box: str) -> None:
    text = _w3m("Peter Meier 05.12.2024, 14.30 Uhr").replace("Mehr zum Thema", box + "\n\nOK\n\nMehr zum Thema")
    art = newsextract.extract(text)
    assert art.body.endswith("teilte die Stadt am Donnerstag mit.")


def test_a_sentence_about_a_newsletter_stays_in_the_text() -> None:
    # (the phrases are a box's call to act; the text may speak of newsletters in other words)
    par = "Die Stadt will ihre Bürger künftig mit einem Newsletter über die Pflanzungen informieren."
    art = newsextract.extract(_w3m("Peter Meier 05.12.2024, 14.30 Uhr").replace(PARS[2], PARS[2] + "\n\n" + par))
    assert par in art.body
