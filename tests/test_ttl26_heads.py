"""ttl26: the head of a text dump from outlets of other countries (fixtures/ttl26/, pages and
w3m-shaped dumps invented in the shapes those outlets print, no metadata).

- the writers' line with the page language's own label, "di Marco Bianchi e Francesca Romano"
  over the date, is no headline (Italian "di", Swedish and Norwegian "av", Danish "af");
- a standfirst that is one short sentence under its headline is the deck, not the headline,
  even when it is the shorter line ("Wind farm approvals to be fast-tracked" / "Councils
  complain of being sidelined.");
- a writer's social handle after the name over the date ("Javier Pérez @jperez") is left out
  of the name;
- a name and its role in lower case over the date ("Anna Kowalska dziennikarka działu
  Gospodarka") is the byline, no headline;
- two writers or more listed alone just after the text ("Jan Novák, Petr Malý a Eva
  Dvořáková") sign it, when most open with a given name and the story names none of them;
- a labelled byline that a dump's text run took in, under the headline printed again inside the
  run (the run opened at a hero's teaser above it), names the writers.
Near misses keep the base's answer: a headline opening with the surname particle ("Di Maio attacca
..."), a kicker over a headline with a stop, "Follow @x" and "Breaking News @x" over the
date, people's names the story tells of as tags after the text, places, teams, firms, a single
name, and a signature under a page whose byline already named its writer.
Expectations read by eye from the pages."""

from __future__ import annotations

from pathlib import Path
from typing import List

import pytest

from newsextract import extract
from newsextract.blocks import BODY, Block
from newsextract.fields.authors import _byline_in_opening
from newsextract.profiles import get_profile
from tests.conftest import dump_as

_DIR = Path(__file__).resolve().parent.parent / "fixtures" / "ttl26"
_LONG_HEAD = "Wind farm approvals to be fast-tracked across the country"
_STYLES = ["w3m", "lynx", "markdown", "soup_nl", "elinks", "pandoc_plain"]
# (three rules of this branch were taken out after a second review of the session's whole
# change; their pages stay as known misses: "di"/"av"/"af" as byline labels in the title's
# credit test sent a Swedish, Norwegian or Danish standfirst over "Av Erik Johansson" to the
# title; a handle after a name took an embedded post's header, "Karl Lauterbach
# @Karl_Lauterbach", for the byline; names listed after the text took a figcaption's, a tags
# line's, a cast's and a line-up's names for the writers)
_OUT = "taken out after a second review"


def _xf(*values: object) -> object:
    return pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=_OUT))


def _dump(name: str) -> dict:
    return extract((_DIR / f"{name}.txt").read_bytes()).to_dict()


@pytest.mark.parametrize("style", ["html", "markdown", "soup_nl"] + [_xf(s) for s in ("w3m", "lynx", "elinks", "pandoc_plain")])
def test_italian_writers_line_with_di_is_no_headline(style: str) -> None:
    d = extract(dump_as((_DIR / "it_di_e.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["title"] == "Eolico, i sindaci contro il decreto del governo"


@pytest.mark.xfail(strict=True, reason=_OUT)
def test_italian_writers_line_in_a_dump_names_both() -> None:
    d = _dump("it_di_two")
    assert d["title"] == "Eolico, i sindaci contro il decreto del governo"
    assert d["authors"] == ["Marco Bianchi", "Francesca Romano"]


def test_a_headline_opening_with_the_surname_particle_stays() -> None:
    assert _dump("it_Di_one")["title"] == "Di Maio attacca il governo sul decreto eolico"


def test_a_short_sentence_deck_under_its_headline_is_not_the_headline() -> None:
    d = _dump("en_short_deck")
    assert d["title"] == "Wind farm approvals to be fast-tracked"
    assert d["authors"] == ["Liam O'Connor"]


@pytest.mark.parametrize("page, title", [
    # (the kicker over a headline that ends with a stop: the base's answer, not the deck's rule)
    ("en_stop_headline_under_kicker", "Wind energy news today"),
    ("en_menu_over_sentence", "Energy Wind Climate Business"),
])
def test_lines_over_a_sentence_keep_the_base_answer(page: str, title: str) -> None:
    assert _dump(page)["title"] == title


@pytest.mark.parametrize("style", [_xf(s) if s in ("w3m", "lynx", "elinks", "pandoc_plain") else s for s in _STYLES])
def test_a_writers_handle_after_the_name_is_left_out(style: str) -> None:
    d = extract(dump_as((_DIR / "es_name_twitter.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["authors"] == ["Javier Pérez"]
    assert d["title"] == "Los municipios critican la nueva ley de renovables"


@pytest.mark.parametrize("page, authors", [
    _xf("en_handle", ["Jane Whitaker"]),
    ("en_follow_handle", []),
    ("en_breaking_handle", []),
])
def test_handles_over_the_date(page: str, authors: List[str]) -> None:
    d = _dump(page)
    assert d["authors"] == authors
    assert d["title"] == _LONG_HEAD


@pytest.mark.parametrize("style", [_xf(s) for s in ["html"] + _STYLES])
def test_writers_listed_after_the_text_sign_it(style: str) -> None:
    d = extract(dump_as((_DIR / "cs_signed_after.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["authors"] == ["Jan Novák", "Petr Malý", "Eva Dvořáková"]


@pytest.mark.parametrize("page, authors", [
    _xf("en_signed_after", ["Jane Whitaker", "Tom Alvarez"]),
    ("en_tags_after", []),  # the story names them: its tags
    ("en_people_tags_unnamed", []),  # a label before the names
    ("en_places_after", []),
    ("en_one_name_after", []),  # one name alone: a credit, a tag or a teaser's as often
    ("en_teams_after", []),
    ("en_brands_after", []),
    ("en_photo_credits_after", []),
    ("en_signed_with_byline", ["Mary Roe"]),  # the byline named the writer
    ("after_read_more_heading_then_names", []),  # under a heading: teasers' writers
    ("after_comments_names", []),  # under "Comments (2)": commenters
    ("after_name_place", []),  # a name and a place
    ("after_bullet_names", []),  # a list's item
    ("after_share_names", []),
])
def test_names_after_the_text(page: str, authors: List[str]) -> None:
    d = _dump(page)
    assert d["authors"] == authors
    assert d["title"] == _LONG_HEAD


@pytest.mark.parametrize("style", _STYLES)
def test_a_name_and_its_role_in_lower_case_is_the_byline(style: str) -> None:
    d = extract(dump_as((_DIR / "pl_name_role.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["title"] == "Rząd przyjął projekt ustawy o szybszej budowie wiatraków"
    assert d["authors"] == ["Anna Kowalska"]


@pytest.mark.parametrize("page, title", [
    ("pl_name_role", "Rząd przyjął projekt ustawy o szybszej budowie wiatraków"),
    # a headline's clause after a role word, and a role that closes with a lower-case word
    ("en_producer_headline", "Taylor Swift producer sues label over wind farm song"),
    ("pl_role_of_year", "Anna Kowalska dziennikarka roku"),
])
def test_name_and_role_lines_and_headlines(page: str, title: str) -> None:
    assert _dump(page)["title"] == title


# a dump's text run that opened at a hero's teaser above the headline printed again: the
# byline under that second headline is a block of the run (blocks built by hand, labelled as
# the classifier labels such a run)
_RUN_HEAD = "Windparks sollen schneller genehmigt werden"
_RUN_TEXT = ("Das Kabinett hat am Mittwoch eine Reform des Genehmigungsrechts beschlossen, die die Verfahren "
             "für neue Windparks an Land halbieren soll.")


def _run_blocks(byline: str, text: str = _RUN_TEXT, again: bool = True) -> List[Block]:
    texts = [("Home · Politik · Wirtschaft", "boilerplate"), (_RUN_HEAD, "title"),
             ("Das Kabinett hat eine Reform beschlossen, die Verfahren für neue Windparks halbieren soll.", BODY),
             ("Berlin, May 14, 2025, 18:32 Uhr", "header"),
             ("Die Windkraft an Land ist seit Jahren das Sorgenkind der Energiewende.", BODY),
             ("picture alliance/dpa | Max Muster", "caption"),
             (_RUN_HEAD if again else "Bund und Länder streiten seit Monaten über die Fristen", "title" if again else BODY),
             ("Bund und Länder einigen sich auf kürzere Fristen – Kommunen fürchten um Mitsprache", BODY),
             (byline, BODY), (text, BODY),
             ("Das Gesetz soll nach der Sommerpause im Bundestag beraten werden.", BODY)]
    return [Block(t, index=i, label=lab) for i, (t, lab) in enumerate(texts)]


@pytest.mark.parametrize("byline, text, again, found", [
    ("Von Jonas Berg, Berlin", _RUN_TEXT, True, (8, ["Jonas Berg"])),
    ("By Jane Whitaker and Tom Alvarez", _RUN_TEXT, True, (8, ["Jane Whitaker", "Tom Alvarez"])),
    ("Von Berlin nach Brüssel", _RUN_TEXT, True, None),  # no one named
    ("Von Robert Habeck", _RUN_TEXT + " Robert Habeck sprach von einem Durchbruch.", True, None),  # the subject
    ("Von Jonas Berg, Berlin", _RUN_TEXT, False, None),  # no headline again: past the run's first lines
])
def test_a_byline_the_run_took_in_under_the_headline_printed_again(byline: str, text: str, again: bool,
                                                                   found: object) -> None:
    blocks = _run_blocks(byline, text, again)
    assert _byline_in_opening(blocks, 1, 2, len(blocks), get_profile("de")) == found


@pytest.mark.parametrize("page, title, authors", [
    # a Swedish headline opening with "Av" stays; a Swedish byline "Av X och Y" is no headline
    ("more_sv_av_headline", "Av vindkraft lever hela byn numera", []),
    ("more_sv_av_byline", "Regeringen vill snabba på vindkraften i hela landet", ["Erik Lindqvist", "Anna Berg"]),
    # a name, its role in lower case and the desk's word
    ("more_role_desk_caps", _LONG_HEAD, ["Jane Whitaker"]),
    # a headline in title case with a role word in lower case in it: no byline
    ("more_role_verb_headline", "Jane Whitaker editor Quits The Times", []),
    # a question's headline over a short sentence's deck
    ("more_deck_question", "Why wind farm approvals take so long in Britain", []),
])
def test_more_near_misses(page: str, title: str, authors: List[str]) -> None:
    d = _dump(page)
    assert d["title"] == title
    assert d["authors"] == authors


# (a review's near misses, pages the reviewer invented: names listed after the text whose
# surnames the story prints are a line-up or its people tags, not its writers; a handle after
# an account's name that opens with no given name is an embedded post's header; a picture's
# caption naming a person the text quotes, with the role, is no byline)
_WIND_HEAD = "Wind farm approvals to be fast-tracked across the country"
_PL_HEAD = "Rząd przyspiesza budowę farm wiatrowych"


@pytest.mark.parametrize("page, title", [
    # "Kane scored twice" over "Manuel Neuer, Joshua Kimmich, Harry Kane, Jamal Musiala"
    ("rv_i1_lineup_after", "Bayern beat Dortmund to go four points clear"),
    # "sagte Merz" over "Friedrich Merz, Robert Habeck"
    ("rv_i4_de_tags", "Windkraft-Genehmigungen sollen schneller werden"),
    # "Sanchez told reporters" over "Maria Garcia, Juan Lopez, Pedro Sanchez"
    ("rv_a7_people_mentioned", _WIND_HEAD),
    # an embedded post's header under the date, "Met Police @metpoliceuk"
    ("rv_e9_tweet_top", _WIND_HEAD),
    # an account over the date, "Green Weekly @greenweekly"
    ("rv_e12_newsletter", _WIND_HEAD),
    # "Jan Nowak redaktor naczelny Polityki" under the date, "powiedział Jan Nowak" in the text
    ("pl_quoted_caption_role", _PL_HEAD),
])
def test_review_near_misses_name_no_writer(page: str, title: str) -> None:
    d = _dump(page)
    assert d["title"] == title
    assert d["authors"] == []


@pytest.mark.parametrize("style", ["w3m", "lynx"])
def test_an_embedded_posts_header_is_no_byline(style: str) -> None:
    d = extract(dump_as((_DIR / "rv_h3_tweet_top.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["title"] == _WIND_HEAD
    assert d["authors"] == []


@pytest.mark.parametrize("page", ["pl_quoted_caption_role", "pl_quoted_caption_over_date"])
@pytest.mark.parametrize("style", ["html", "w3m", "lynx", "markdown", "elinks"])
def test_a_quoted_persons_caption_with_the_role_is_no_byline(page: str, style: str) -> None:
    d = extract(dump_as((_DIR / f"{page}.html").read_text(encoding="utf-8"), style).encode()).to_dict()
    assert d["title"] == _PL_HEAD
    assert d["authors"] == []
